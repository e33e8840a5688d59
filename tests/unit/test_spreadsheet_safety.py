"""Formula neutralisation: every dangerous prefix is made text, numbers and plain text are not."""

import csv
import io
import zipfile
from decimal import Decimal

import pytest
from openpyxl import Workbook, load_workbook

from kontopronto_desktop.core.spreadsheet_safety import (
    append_row,
    is_dangerous,
    safe_cell,
    safe_row,
    set_cell,
)

EVIL = '=HYPERLINK("http://x","y")'


@pytest.mark.parametrize("value", [EVIL, "+1+1", "-2+3", "@SUM(A1)", "\tx", "\r=1"])
def test_dangerous_text_gets_an_apostrophe(value: str) -> None:
    assert is_dangerous(value)
    assert safe_cell(value) == "'" + value


@pytest.mark.parametrize("value", ["Kari Nordmann", "-12,50", "+47", "12.5", "", "a=b"])
def test_ordinary_text_and_numbers_unchanged(value: str) -> None:
    assert not is_dangerous(value)
    assert safe_cell(value) == value


def test_non_strings_pass_through() -> None:
    assert safe_row([1, Decimal("-2.50"), None]) == [1, Decimal("-2.50"), None]


def test_csv_round_trip_keeps_the_apostrophe() -> None:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=";").writerow(safe_row([EVIL, "Ola"]))
    assert next(csv.reader(io.StringIO(buffer.getvalue()), delimiter=";")) == ["'" + EVIL, "Ola"]


def test_xlsx_text_cells_are_strings_not_formulas(tmp_path) -> None:
    wb = Workbook()
    ws = wb.active
    append_row(ws, [EVIL, 3, "@x"])
    set_cell(ws["A2"], "=1+1")
    wb.save(tmp_path / "a.xlsx")
    xml = zipfile.ZipFile(tmp_path / "a.xlsx").read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in xml
    loaded = load_workbook(tmp_path / "a.xlsx").active
    assert [(c.value, c.data_type) for c in loaded[1]] == [(EVIL, "s"), (3, "n"), ("@x", "s")]
    assert loaded["A2"].data_type == "s"
