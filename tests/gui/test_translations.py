"""English, the second language: every message translated, placeholders kept, the .qm current, real pages in English.

When one of these fails after you added or changed a text in the GUI, run

    .venv/bin/python resources/translations/update.py

give every message marked type="unfinished" in resources/translations/kontopronto_en.ts its
English text, and run it again (it compiles kontopronto_en.qm).
"""

from __future__ import annotations

import importlib.util
import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QTableView,
    QTabWidget,
    QWidget,
)

from kontopronto_desktop.core.store import Store
from kontopronto_desktop.ui.books import page as books_page
from kontopronto_desktop.ui.consolidation import page as group_page
from kontopronto_desktop.ui.context import AppContext
from kontopronto_desktop.ui.i18n import (
    SOURCE_LANGUAGE,
    SUPPORTED,
    choose_language,
    install_translator,
    translations_dir,
)
from kontopronto_desktop.ui.invoices import page as invoices_page
from kontopronto_desktop.ui.members import page as members_page
from kontopronto_desktop.ui.payments import page as payments_page
from kontopronto_desktop.ui.privacy import page as privacy_page
from kontopronto_desktop.ui.products import page as products_page
from kontopronto_desktop.ui.reminders import page as reminders_page
from kontopronto_desktop.ui.settings import channels as channels_tab
from kontopronto_desktop.ui.settings import page as settings_page

UPDATE = translations_dir() / "update.py"
RUN = f"run `.venv/bin/python {UPDATE.relative_to(translations_dir().parents[1])}`"
#: every language besides Norwegian bokmål (the source language)
LANGUAGES = tuple(code for code in SUPPORTED if code != SOURCE_LANGUAGE)
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n|%L?\d")
ACCELERATOR = re.compile(r"&(?!&|nbsp;|amp;|lt;|gt;)\w")


@pytest.fixture(scope="module")
def update() -> ModuleType:
    """resources/translations/update.py, the tool the failure messages tell you to run."""
    spec = importlib.util.spec_from_file_location("translations_update", UPDATE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _messages(ts: Path) -> Iterator[tuple[str, str, ET.Element]]:
    for ctx in ET.parse(ts).getroot().iter("context"):
        for msg in ctx.iter("message"):
            translation = msg.find("translation")
            assert translation is not None
            yield ctx.findtext("name") or "", msg.findtext("source") or "", translation


def _problems(source: str, translation: ET.Element) -> list[str]:
    text = translation.text or ""
    if translation.get("type") in ("unfinished", "obsolete", "vanished") or not text.strip():
        return ["no finished translation"]
    found = []
    if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
        found.append(f"placeholders {sorted(PLACEHOLDER.findall(source))} became {sorted(PLACEHOLDER.findall(text))}")
    if len(ACCELERATOR.findall(source)) != len(ACCELERATOR.findall(text)):
        found.append("the & accelerator was dropped or added")
    if (source[:1].isspace(), source[-1:].isspace()) != (text[:1].isspace(), text[-1:].isspace()):
        found.append("leading/trailing space differs (the text is glued to another)")
    return found


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_has_a_finished_translation_with_the_same_placeholders(language: str) -> None:
    ts = translations_dir() / f"kontopronto_{language}.ts"
    bad = [f"  [{context}] {source!r} -> {translation.text!r}: {'; '.join(found)}"
           for context, source, translation in _messages(ts) if (found := _problems(source, translation))]
    assert not bad, (f"{len(bad)} message(s) in {ts.name} need work; fix the English in the .ts, then {RUN}:\n"
                     + "\n".join(bad))


def test_the_checks_catch_a_bad_translation() -> None:
    """The completeness check itself must notice the mistakes it is there for."""
    def element(text: str | None, kind: str | None = None) -> ET.Element:
        el = ET.Element("translation")
        el.text = text
        if kind:
            el.set("type", kind)
        return el

    assert _problems("Slettet {n} medlemmer", element("Deleted {n} members")) == []
    assert _problems("Slettet {n} medlemmer", element("Deleted members"))[0].startswith("placeholders")
    assert _problems("Slettet {n}", element("Deleted {n} of {m}"))[0].startswith("placeholders")
    assert _problems("Kunne ikke lagre {0}", element("Could not save", "unfinished")) == ["no finished translation"]
    assert _problems("&Fil", element("File")) == ["the & accelerator was dropped or added"]
    assert _problems("Ikke lagret: ", element("Not saved:")) != []


@pytest.mark.parametrize("language", LANGUAGES)
def test_qm_is_compiled_from_the_current_ts(update: ModuleType, tmp_path: Path, language: str) -> None:
    ts, qm = translations_dir() / f"kontopronto_{language}.ts", translations_dir() / f"kontopronto_{language}.qm"
    fresh = tmp_path / qm.name
    update.compile_qm(ts, fresh)
    assert qm.exists() and qm.read_bytes() == fresh.read_bytes(), f"{qm.name} is older than {ts.name}: {RUN}"


def test_every_supported_language_has_its_files(update: ModuleType) -> None:
    assert sorted(update.LANGUAGES) == sorted(LANGUAGES), "i18n.SUPPORTED and update.LANGUAGES must list the same"
    for language in LANGUAGES:
        assert (translations_dir() / f"kontopronto_{language}.qm").exists(), f"kontopronto_{language}.qm: {RUN}"
        assert choose_language(language) == language
        assert choose_language(language.upper() + "_XX") == language
    assert choose_language("sv") == SOURCE_LANGUAGE  # not translated: Norwegian


def test_ts_has_exactly_the_texts_in_the_code(update: ModuleType) -> None:
    in_code = {(context, text) for context, texts in update.collect().items() for text in texts}
    for language in LANGUAGES:
        ts = translations_dir() / f"kontopronto_{language}.ts"
        in_ts = {(context, source) for context, source, _ in _messages(ts)}
        missing, stale = sorted(in_code - in_ts), sorted(in_ts - in_code)
        assert not missing and not stale, (
            f"{ts.name} does not match the code; {RUN} and translate what it marks unfinished.\n"
            + "".join(f"  new in the code: [{c}] {t!r}\n" for c, t in missing[:30])
            + "".join(f"  gone from the code: [{c}] {t!r}\n" for c, t in stale[:30]))


def test_update_finds_texts_that_lupdate_misses(update: ModuleType) -> None:
    """tr() inside an f-string and texts that reach tr() through a variable are in the .ts too."""
    messages = update.collect()
    assert "Gjelder faktura" in messages["InvoicesPage"]  # tr('…') inside an f-string
    assert "Kundenr." in messages["InvoicesPage"]  # a column header in InvoiceTableModel.HEADERS
    assert "Delvis betalt" in messages["InvoicesPage"]  # core STATUS_LABELS
    assert "Ikke forfalt" in messages["PaymentsPage"]  # core aging.BUCKETS
    assert "Utgående saldo" in messages["GroupPage"]  # core trial_balance_files.FIELD_LABELS
    assert "Sikkerhetskopi: aldri tatt" in messages["BackupStatus"]  # core backup indicator
    assert "Bilag" in messages["BooksPage"]  # ui/books/vouchers_tab.py: a subpackage, tr imported from .base
    assert "Tap på fordringer" in messages["BooksPage"]  # core chart.ROLE_LABELS
    assert "Hovedstol" in messages["RemindersPage"]  # a RowsModel column header
    assert "Full pris" in messages["InvoicingSettings"]  # core invoicing.settings.PRO_RATA
    assert "Regnskap" in messages["sections"] and "Kanaler" in messages["sections"]  # sections.py titles
    assert not any(context in messages for context in ("base", "page", "chart_tab", "settings_tab"))


# -- real pages in English ----------------------------------------------------------------------

def _english_only() -> tuple[dict[str, str], set[str]]:
    """Norwegian sources whose English differs, and every English text (which may equal some source)."""
    norwegian: dict[str, str] = {}
    english: set[str] = set()
    for _context, source, translation in _messages(translations_dir() / "kontopronto_en.ts"):
        english.add(translation.text or "")
        if (translation.text or "") != source:
            norwegian[source] = translation.text or ""
    return {s: t for s, t in norwegian.items() if s not in english}, english


def _shown_texts(page: QWidget) -> list[str]:
    """What the user reads on the page: buttons, labels, tabs, group boxes, combo items, column headers.

    Every tab is chosen once first, as a user would, since a tab may be built when first chosen
    (Innstillinger's tabs are)."""
    opened: set[int] = set()
    while tabs := [t for t in page.findChildren(QTabWidget) if id(t) not in opened]:
        for t in tabs:
            opened.add(id(t))
            for i in range(t.count()):
                t.setCurrentIndex(i)
    texts = [b.text() for b in page.findChildren(QAbstractButton)]
    texts += [lbl.text() for lbl in page.findChildren(QLabel)]
    texts += [g.title() for g in page.findChildren(QGroupBox)]
    texts += [t.tabText(i) for t in page.findChildren(QTabWidget) for i in range(t.count())]
    texts += [c.itemText(i) for c in page.findChildren(QComboBox) for i in range(c.count())]
    for view in page.findChildren(QTableView):
        model = view.model()
        if model is not None:
            texts += [str(model.headerData(i, Qt.Orientation.Horizontal) or "") for i in range(model.columnCount())]
    return [t for t in texts if t]


@pytest.fixture()
def english() -> Iterator[QTranslator]:
    app = QApplication.instance()
    assert isinstance(app, QCoreApplication)
    translator = install_translator(app, "en")
    assert translator is not None, f"resources/translations/kontopronto_en.qm is missing: {RUN}"
    try:
        yield translator
    finally:
        app.removeTranslator(translator)


def _page(qtbot, module: ModuleType, store: Store) -> QWidget:  # type: ignore[no-untyped-def]
    page = module.create_page(AppContext(store))
    qtbot.addWidget(page)
    return page


def test_pages_show_english_buttons_and_headers(qtbot, store: Store, english: QTranslator) -> None:  # type: ignore[no-untyped-def]
    invoices = _page(qtbot, invoices_page, store)
    assert invoices.new_button.text() == "New invoice …"
    assert invoices.run_button.text() == "Invoice run …"
    assert invoices.credit_button.text() == "Credit …"
    assert invoices.send_all_button.text() == "Send all unsent"
    headers = [invoices.model.headerData(i, Qt.Orientation.Horizontal) for i in range(invoices.model.columnCount())]
    assert headers[:5] == ["No.", "Type", "Invoice date", "Due", "Customer no."]
    assert "Partly paid" in [invoices.status_filter.itemText(i) for i in range(invoices.status_filter.count())]

    privacy = _page(qtbot, privacy_page, store)
    assert privacy.person_tab.export_button.text() == "Export access report (ZIP) …"
    assert privacy.person_tab.erase_button.text() == "Delete …"
    assert privacy.retention_tab.run_button.text() == "Run retention rules"
    tabs = privacy.findChild(QTabWidget)
    assert [tabs.tabText(i) for i in range(tabs.count())][:2] == ["Access and erasure", "Retention rules"]
    assert "Breaches and records" in [tabs.tabText(i) for i in range(tabs.count())]

    payments = _page(qtbot, payments_page, store)
    shown = _shown_texts(payments)
    assert {"Import and queue", "Accounts receivable", "Aging", "Accept suggestion", "Not due"} <= set(shown)

    settings = _page(qtbot, settings_page, store)
    shown = _shown_texts(settings)
    assert {"Organisation", "Invoicing", "Email", "Backup", "Users", "Back up now", "Add user"} <= set(shown)
    assert {"Channels", "Write to the outbox and upload"} <= set(shown)

    assert {"Chart of accounts", "Vouchers", "VAT basis", "Debit", "Bad debt write-offs"} \
        <= set(_shown_texts(_page(qtbot, books_page, store)))
    assert {"Reminders", "Claims on hold", "Principal", "New reminder run …"} \
        <= set(_shown_texts(_page(qtbot, reminders_page, store)))


def test_no_norwegian_left_on_the_pages_in_english(qtbot, store: Store, english: QTranslator) -> None:  # type: ignore[no-untyped-def]
    """A text on screen that is still a Norwegian source means a tr() the translator cannot find."""
    norwegian, _english = _english_only()
    left: list[str] = []
    for module in (members_page, products_page, invoices_page, reminders_page, payments_page, books_page, group_page,
                   privacy_page, settings_page, channels_tab):
        page = _page(qtbot, module, store)
        left += [f"  {module.__name__}: {t!r} (English: {norwegian[t]!r})" for t in _shown_texts(page) if t in norwegian]
    assert not left, "Norwegian text on English pages; does it reach tr() the way update.py sees it? " \
                     f"Then {RUN}.\n" + "\n".join(left)
