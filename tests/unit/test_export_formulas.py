"""Every spreadsheet the program writes keeps a member named like a formula as plain text (issue 21).

A member called =HYPERLINK("http://x","y") must not become a live formula in the aging xlsx, the
consolidation xlsx, the access export's CSV files or the audit CSV.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import os
import zipfile
from datetime import date
from pathlib import Path

from openpyxl import load_workbook

from kontopronto_desktop.core import audit, members
from kontopronto_desktop.core.consolidation import export, groups, mapping, statements
from kontopronto_desktop.core.payments import aging, aging_export
from kontopronto_desktop.core.privacy import access_export
from kontopronto_desktop.core.store import Store
from tests.payments_support import invoice, seed_members
from tests.unit.test_consolidation_group import build_group, map_and_eliminate

EVIL = '=HYPERLINK("http://x","y")'


def _no_formula_in(xlsx: Path) -> None:
    with zipfile.ZipFile(xlsx) as zf:
        sheets = [n for n in zf.namelist() if n.startswith("xl/worksheets/sheet")]
        assert sheets
        for name in sheets:
            assert "<f>" not in zf.read(name).decode(), name


def _text_cells(xlsx: Path, value: str) -> list[str]:
    """Data types of every cell holding exactly ``value`` across the book."""
    book = load_workbook(xlsx)
    return [c.data_type for ws in book.worksheets for row in ws.iter_rows() for c in row if c.value == value]


def test_aging_xlsx_writes_formula_names_as_text(store: Store, tmp_path: Path) -> None:
    seed_members(store, [EVIL, "@SUM(1+1)"])
    invoice(store, 1001, 10_000, invoice_date=date(2026, 1, 5), due_date=date(2026, 1, 20))
    invoice(store, 1002, 20_000, invoice_date=date(2026, 1, 5), due_date=date(2026, 1, 20))
    with store.session() as s:
        report = aging.aging_report(s, date(2026, 6, 30))
    xlsx = aging_export.export_xlsx(report, tmp_path / "a.xlsx", "-Laget")
    _no_formula_in(xlsx)
    assert _text_cells(xlsx, EVIL) == ["s", "s"]  # summary sheet and invoice sheet
    assert _text_cells(xlsx, "@SUM(1+1)") == ["s", "s"]


def test_consolidation_xlsx_writes_formula_texts_as_text(store: Store, tmp_path: Path) -> None:
    build_group(store)
    map_and_eliminate(store)
    with store.session() as s:
        g = groups.get_group(s, "Fjellkonsern")
        report = statements.build_report(s, g, 2026)
        maps = mapping.list_mappings(s, g, 2026)
    report.group = EVIL
    maps[0] = dataclasses.replace(maps[0], name="+cmd|' /C calc'!A0")
    xlsx = export.to_xlsx(report, tmp_path / "k.xlsx", maps)
    _no_formula_in(xlsx)
    assert _text_cells(xlsx, "+cmd|' /C calc'!A0") == ["s"]
    assert os.name == "nt" or xlsx.stat().st_mode & 0o077 == 0  # owner-only, like every export
    titles = [ws["A1"] for ws in load_workbook(xlsx).worksheets[:2]]
    assert all(c.value.startswith(EVIL) and c.data_type == "s" for c in titles)


def test_access_export_csv_prefixes_formula_values(store: Store, tmp_path: Path) -> None:
    with store.session() as s:
        members.create_member(s, {"name": EVIL, "email": "x@example.no", "street": "-Gata 1",
                                  "postcode": "0150", "city": "Oslo"})
    target = tmp_path / "innsyn.zip"
    with store.session() as s:
        access_export.export_zip(s, 1001, target)
    with zipfile.ZipFile(target) as zf:
        rows = list(csv.DictReader(io.StringIO(zf.read("csv/medlem.csv").decode("utf-8-sig")), delimiter=";"))
        every_csv = [n for n in zf.namelist() if n.endswith(".csv")]
        for name in every_csv:
            for row in csv.reader(io.StringIO(zf.read(name).decode("utf-8-sig")), delimiter=";"):
                assert not any(v.startswith(("=", "+", "@")) for v in row), (name, row)
    assert rows[0]["name"] == "'" + EVIL and rows[0]["street"] == "'-Gata 1"


def test_audit_csv_prefixes_formula_values(store: Store, tmp_path: Path) -> None:
    with store.session() as s:
        members.create_member(s, {"name": "Ola", "postcode": "0150", "city": "Oslo"})
    with store.session() as s:
        entries = audit.list_entries(s, entity="member")
    entries = [dataclasses.replace(entries[0], actor=EVIL)]
    target = tmp_path / "logg.csv"
    audit.write_csv(entries, target)
    row = list(csv.reader(target.open(encoding="utf-8-sig"), delimiter=";"))[1]
    assert row[2] == "'" + EVIL
