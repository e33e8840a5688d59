"""Spreadsheet formula neutralisation for every CSV and .xlsx the program writes.

A member named ``=HYPERLINK("http://x","y")`` must not become a live formula when the
bookkeeper opens an export in Excel or LibreOffice (CSV/formula injection, OWASP). A text
value that starts with ``=``, ``+``, ``-``, ``@``, tab or carriage return is written as text:
in CSV with a leading apostrophe (the spreadsheet's own "this is text" marker, which it hides),
in .xlsx as a string cell (openpyxl data type ``s``), never as a formula cell.

Plain numbers written as text ("-12,50", "+47 22 33 44 55" is *not* one) are left alone:
a spreadsheet reads them as numbers, never as formulas, and an amount column stays usable.
Non-string values (int, Decimal, date, None) pass through unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"[+-]?\d+(?:[.,]\d+)?")


def is_dangerous(value: object) -> bool:
    """True when a spreadsheet could read this value as a formula."""
    return (isinstance(value, str) and value.startswith(FORMULA_PREFIXES)
            and _PLAIN_NUMBER.fullmatch(value) is None)


def safe_cell(value: Any) -> Any:
    """The value to write into a CSV cell: a formula-looking text gets a leading apostrophe."""
    return "'" + value if is_dangerous(value) else value


def safe_row(values: Iterable[Any]) -> list[Any]:
    """safe_cell over a whole CSV row (csv.writer.writerow(safe_row(row)))."""
    return [safe_cell(v) for v in values]


def safe_dict(row: dict[str, Any]) -> dict[str, Any]:
    """safe_cell over the values of a csv.DictWriter row."""
    return {k: safe_cell(v) for k, v in row.items()}


def as_text_cells(cells: Iterable[Any]) -> None:
    """Force openpyxl cells holding text to string cells (data type 's'), never formulas.

    openpyxl turns any str starting with '=' into a formula cell; a string cell is shown
    as the literal text by every spreadsheet, so no apostrophe is needed in .xlsx."""
    for cell in cells:
        if isinstance(cell.value, str):
            cell.data_type = "s"


def append_row(sheet: Any, values: Iterable[Any]) -> None:
    """sheet.append(values) with every text cell written as text (openpyxl Worksheet)."""
    sheet.append(list(values))
    as_text_cells(sheet[sheet.max_row])


def set_cell(cell: Any, value: Any) -> Any:
    """cell.value = value, a text value kept as text (openpyxl Cell). Returns the cell."""
    cell.value = value
    if isinstance(value, str):
        cell.data_type = "s"
    return cell


def neutralise_workbook(book: Any) -> Any:
    """Every text cell of every sheet as a string cell; call just before book.save(...).

    One call covers titles, names and free text alike, so a new column cannot be forgotten.
    The program never writes real formulas, so nothing legitimate is lost. Returns the book."""
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            as_text_cells(row)
    return book
