"""Refresh kontopronto_en.ts from the code and compile kontopronto_en.qm.

    .venv/bin/python resources/translations/update.py

Run it after adding or changing any user-visible text, then give every message marked
``type="unfinished"`` in kontopronto_en.ts its English text (by hand or with
``pyside6-linguist``) and run it again; tests/gui/test_translations.py fails until both are done.

How it works: every module calls ``tr(text)``, a small wrapper around
``QCoreApplication.translate(CONTEXT, text)``. ``pyside6-lupdate`` finds those calls but cannot see
the wrapper's context, so this script runs lupdate on one file at a time, gives each context-less
message the context of the ``def tr`` in its file, adds the texts that reach ``tr()`` through a
variable (column headers, labels kept in core; see ``dynamic_texts``), keeps the English
translations already in kontopronto_en.ts and runs ``pyside6-lrelease``. Never pass an f-string to
``tr()``: write ``tr("Slettet {n} medlemmer").format(n=n)`` so the text with its placeholder is the
same every time and can be looked up.

Adding a language (say Swedish, "sv"):
  1. add ``"sv": "sv_SE"`` to ``LANGUAGES`` below and run this script: it writes kontopronto_sv.ts
     with every message marked unfinished;
  2. translate the .ts (``pyside6-linguist resources/translations/kontopronto_sv.ts``), keeping every
     {placeholder}, & accelerator and leading/trailing space, and run the script again: it compiles
     kontopronto_sv.qm;
  3. add "sv" to ``SUPPORTED`` in kontopronto_desktop/ui/i18n.py (which loads kontopronto_<code>.qm)
     and to the ``--language`` choices in kontopronto_desktop/app.py. tests/gui/test_translations.py
     then checks the new .ts and .qm like the English ones.
"""

from __future__ import annotations

import ast
import inspect
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
PACKAGE = ROOT / "kontopronto_desktop"
#: language code -> the .ts file's Qt locale name; Norwegian bokmål is the source language
LANGUAGES = {"en": "en_GB"}
TS = HERE / "kontopronto_en.ts"
QM = HERE / "kontopronto_en.qm"
BIN = Path(sys.executable).parent
_CONTEXT = re.compile(r'def tr\(text: str\) -> str:\s+return QCoreApplication\.translate\("([^"]+)", text\)')

Messages = dict[str, dict[str, None]]  # context -> source texts in order (a dict keeps order, no repeats)


def ts_path(language: str) -> Path:
    return HERE / f"kontopronto_{language}.ts"


def qm_path(language: str) -> Path:
    return HERE / f"kontopronto_{language}.qm"


def sources() -> list[Path]:
    """app.py and every module under ui/, subpackages (ui/books/, ui/settings/, …) included."""
    return [PACKAGE / "app.py", *sorted((PACKAGE / "ui").rglob("*.py"))]


def context_of(path: Path) -> str:
    """The context of the ``def tr`` in the file, or of the module it imports ``tr`` from.

    A subpackage's tabs share one ``tr`` (``from .base import tr`` in ui/books/), so the context of
    their texts is base.py's; without following the import they would get the file name as context
    and never be found at run time.
    """
    text = path.read_text(encoding="utf-8")
    match = _CONTEXT.search(text)
    if match:
        return match.group(1)
    for node in ast.walk(ast.parse(text)):
        if isinstance(node, ast.ImportFrom) and node.level and any(a.name == "tr" and a.asname in (None, "tr")
                                                                    for a in node.names):
            base = path.parent
            for _ in range(node.level - 1):
                base = base.parent
            module = base.joinpath(*(node.module or "").split(".")) if node.module else base / "__init__"
            imported = module.with_suffix(".py") if module.with_suffix(".py").exists() else module / "__init__.py"
            if imported.exists() and imported != path:
                return context_of(imported)
    return path.stem


def _call_strings(path: Path, callee: str, positions: tuple[int, ...] = (0,)) -> list[str]:
    """String constants given (alone or in a tuple/list) at ``positions`` of the calls to ``callee``."""
    found: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", None)
        if name != callee:
            continue
        for i in positions:
            if i >= len(node.args):
                continue
            arg = node.args[i]
            items = arg.elts if isinstance(arg, ast.Tuple | ast.List) else [arg]
            found += [e.value for e in items if isinstance(e, ast.Constant) and isinstance(e.value, str)]
        found += [k.value.value for k in node.keywords if k.arg == "title"
                  and isinstance(k.value, ast.Constant) and isinstance(k.value.value, str)]
    return found


def _default_of(function: Callable[..., object], name: str) -> list[str]:
    default = inspect.signature(function).parameters[name].default
    return [default] if isinstance(default, str) else []


def dynamic_texts() -> dict[str, list[str]]:
    """Texts that reach ``tr()`` through a variable, read from the code itself (lupdate cannot see them).

    When a page starts passing a new kind of variable to ``tr()``, add its source here.
    """
    sys.path.insert(0, str(ROOT))
    from kontopronto_desktop.core.books import chart, vat
    from kontopronto_desktop.core.consolidation import acquisition, trial_balance_files
    from kontopronto_desktop.core.invoicing.billing_period import MONTHS_NO
    from kontopronto_desktop.core.invoicing.settings import KID_CHANGE_WARNING, NON_VAT_LINES, PRO_RATA
    from kontopronto_desktop.core.models.invoice import STATUS_LABELS
    from kontopronto_desktop.core.models.payment import PAYMENT_STATUS_LABELS
    from kontopronto_desktop.core.models.product import PERIOD_LABELS, VAT_LABELS
    from kontopronto_desktop.core.payments import aging
    from kontopronto_desktop.ui.books import export_tab
    from kontopronto_desktop.ui.consolidation import page as group_page
    from kontopronto_desktop.ui.invoices import dialogs as invoice_dialogs
    from kontopronto_desktop.ui.invoices import page as invoices_page
    from kontopronto_desktop.ui.payments import page as payments_page
    from kontopronto_desktop.ui.reminders import page as reminders_page
    from kontopronto_desktop.ui.sections import SECTIONS, SETTINGS_TABS
    from kontopronto_desktop.ui.settings import backup as settings_backup

    ui = PACKAGE / "ui"
    status = PACKAGE / "core" / "backup" / "status.py"
    texts: dict[str, list[str]] = {
        "InvoicesPage": [*invoices_page.InvoiceTableModel.HEADERS, *STATUS_LABELS.values(),
                         *(label for _, label in invoices_page.PERIODS), *invoice_dialogs.CreditDialog.COLUMNS,
                         *(month.capitalize() for month in MONTHS_NO)],  # the billing period choice
        "PaymentsPage": [*aging.BUCKETS,
                         *PAYMENT_STATUS_LABELS.values(), *STATUS_LABELS.values(),
                         *(label for _, label in payments_page.CsvMappingDialog.FIELDS),
                         "Purrekrav"],  # status of an open reminder charge in core/collection/ledger.py
        "GroupPage": [*trial_balance_files.FIELD_LABELS.values(), *acquisition.METHODS.values(),
                      *_default_of(group_page.GroupPage._error, "title"),
                      *(text for path in sorted((ui / "consolidation").glob("*.py"))  # the page and its tabs
                        for text in _call_strings(path, "_error", (1,)))],
        "InvoicingSettings": [*PRO_RATA.values(), *NON_VAT_LINES.values(), KID_CHANGE_WARNING],
        "BackupSettings": [h for h in settings_backup.SnapshotTableModel.HEADERS if h],
        "BackupStatus": _call_strings(status, "Indicator", (1, 2)),
        "ProductsPage": [*VAT_LABELS.values(), *PERIOD_LABELS.values()],
        "BooksPage": [*chart.ROLE_LABELS.values(), *vat.TERMS.values(), *(label for _, label, _ in export_tab.FORMATS)],
        "RemindersPage": [*reminders_page.STAGE_LABELS.values()],
        # navigation and Innstillinger tabs: translate("sections", title) for every registered title
        "sections": [title for _key, title, _module in (*SECTIONS, *SETTINGS_TABS)],
    }
    for path in sources():  # column headers of every RowsModel(…, translate=tr), in the file's context
        texts.setdefault(context_of(path), []).extend(h for h in _call_strings(path, "RowsModel") if h)
    return texts


def literal_calls(path: Path) -> list[tuple[str, str]]:
    """(context, text) of every ``tr("…")``, ``translate("ctx", "…")`` and ``QT_TRANSLATE_NOOP`` in a file."""
    own = context_of(path)
    found: list[tuple[str, str]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", None)
        args = [a.value if isinstance(a, ast.Constant) and isinstance(a.value, str) else None for a in node.args]
        if name == "tr" and len(args) == 1 and args[0] is not None:
            found.append((own, args[0]))
        elif name in ("translate", "QT_TRANSLATE_NOOP") and len(args) >= 2 and None not in args[:2]:
            found.append((str(args[0]), str(args[1])))
    return found


def _lupdate(path: Path, out: Path) -> None:
    subprocess.run([str(BIN / "pyside6-lupdate"), str(path), "-locations", "none", "-ts", str(out)],
                   check=True, cwd=ROOT, capture_output=True)


def collect() -> Messages:
    """Every translatable text in the code, by context."""
    messages: Messages = {}
    with tempfile.TemporaryDirectory() as tmp:
        for number, path in enumerate(sources()):
            # one file at a time: lupdate merges equal context-less texts across files; a fresh .ts
            # for each (ui/books/page.py and a future ui/x/page.py must not merge into one file)
            ts = Path(tmp) / f"{number}_{path.stem}.ts"
            _lupdate(path, ts)
            for ctx in ET.parse(ts).getroot().iter("context"):
                context = ctx.findtext("name") or context_of(path)
                for msg in ctx.iter("message"):
                    messages.setdefault(context, {})[msg.findtext("source") or ""] = None
        for path in sources():
            for context, text in literal_calls(path):  # e.g. tr() inside an f-string, which lupdate skips
                messages.setdefault(context, {})[text] = None
    for context, texts in dynamic_texts().items():
        for text in texts:
            messages.setdefault(context, {})[text] = None
    return messages


def read_ts(path: Path) -> dict[tuple[str, str], str]:
    """(context, source) -> finished translation ("" when unfinished) for every message in a .ts."""
    found: dict[tuple[str, str], str] = {}
    if not path.exists():
        return found
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr_el = msg.find("translation")
            done = tr_el is not None and tr_el.get("type") not in ("unfinished", "obsolete", "vanished")
            found[(name, msg.findtext("source") or "")] = (tr_el.text or "") if done and tr_el is not None else ""
    return found


def write_ts(path: Path, locale: str, messages: Messages) -> int:
    """Write the .ts with the translations it already had; returns how many are unfinished."""
    known = {key: text for key, text in read_ts(path).items() if text}
    root = ET.Element("TS", version="2.1", language=locale, sourcelanguage="nb_NO")
    untranslated = 0
    for context in sorted(messages):
        ctx_el = ET.SubElement(root, "context")
        ET.SubElement(ctx_el, "name").text = context
        for source in messages[context]:
            msg = ET.SubElement(ctx_el, "message")
            ET.SubElement(msg, "source").text = source
            tr_el = ET.SubElement(msg, "translation")
            text = known.get((context, source), "")
            if text:
                tr_el.text = text
            else:
                tr_el.set("type", "unfinished")
                untranslated += 1
    ET.indent(root)
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                    + ET.tostring(root, encoding="unicode") + "\n", encoding="utf-8")
    return untranslated


def compile_qm(ts: Path, qm: Path) -> None:
    subprocess.run([str(BIN / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True,
                   capture_output=True)


def main() -> None:
    messages = collect()
    total = sum(len(v) for v in messages.values())
    for language, locale in LANGUAGES.items():
        ts, qm = ts_path(language), qm_path(language)
        untranslated = write_ts(ts, locale, messages)
        compile_qm(ts, qm)
        print(f"{ts.name}: {total} tekster, {untranslated} uten oversettelse; {qm.name} laget")


if __name__ == "__main__":
    main()
