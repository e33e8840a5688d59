"""Refresh kontopronto_en.ts from the code and compile kontopronto_en.qm.

    .venv/bin/python resources/translations/update.py

Every module calls ``tr(text)``, a small wrapper around ``QCoreApplication.translate(CONTEXT,
text)``. ``pyside6-lupdate`` finds those calls but cannot see the wrapper's context, so this
script runs lupdate, gives each context-less message the context of the ``def tr`` in its file,
keeps the English translations already in kontopronto_en.ts, and runs ``pyside6-lrelease``.
Edit the English text in kontopronto_en.ts (by hand or with ``pyside6-linguist``) and run it again.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
TS = HERE / "kontopronto_en.ts"
QM = HERE / "kontopronto_en.qm"
BIN = Path(sys.executable).parent
_CONTEXT = re.compile(r'def tr\(text: str\) -> str:\s+return QCoreApplication\.translate\("([^"]+)", text\)')


def sources() -> list[Path]:
    package = ROOT / "kontopronto_desktop"
    return [package / "app.py", *sorted((package / "ui").glob("*.py"))]


def context_of(path: Path) -> str:
    match = _CONTEXT.search(path.read_text(encoding="utf-8"))
    return match.group(1) if match else path.stem


def existing_translations() -> dict[tuple[str, str], str]:
    if not TS.exists():
        return {}
    found: dict[tuple[str, str], str] = {}
    for ctx in ET.parse(TS).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            text = msg.findtext("translation") or ""
            if text:
                found[(name, msg.findtext("source") or "")] = text
    return found


def main() -> None:
    messages: dict[str, dict[str, None]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for path in sources():
            # one file at a time: lupdate merges equal context-less texts across files
            ts = Path(tmp) / f"{path.stem}.ts"
            subprocess.run([str(BIN / "pyside6-lupdate"), str(path), "-locations", "none", "-ts", str(ts)],
                           check=True, cwd=ROOT, capture_output=True)
            for ctx in ET.parse(ts).getroot().iter("context"):
                context = ctx.findtext("name") or context_of(path)
                for msg in ctx.iter("message"):
                    messages.setdefault(context, {})[msg.findtext("source") or ""] = None
    known = existing_translations()
    root = ET.Element("TS", version="2.1", language="en_GB", sourcelanguage="nb_NO")
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
    TS.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                  + ET.tostring(root, encoding="unicode") + "\n", encoding="utf-8")
    subprocess.run([str(BIN / "pyside6-lrelease"), str(TS), "-qm", str(QM)], check=True, capture_output=True)
    total = sum(len(v) for v in messages.values())
    print(f"{TS.name}: {total} tekster, {untranslated} uten engelsk oversettelse; {QM.name} laget")


if __name__ == "__main__":
    main()
