"""One input layer for every file the program reads: bytes -> text, text -> rows, text -> numbers.

Each reader (bank CSV, OCR, camt, member list, trial balance, SAF-T) used to learn the same
lessons on its own: Excel's "Unicode text" is UTF-16, old Macs end lines with CR, a stray quote
swallows the rest of a CSV file, "1e3" is a number to Python but not to a bookkeeper, and an XML
file may carry a DTD that no bookkeeping format needs. The functions here refuse such input with
an ``InputError`` (a ``UserError``: one Norwegian line, exit 2) that says where and why.
"""

from __future__ import annotations

from .errors import InputError
from .limits import MAX_FILE_BYTES, check_size
from .numbers import parse_amount_ore, parse_digits
from .table import CsvTable, read_csv_table
from .text import decode_text
from .xml import refuse_dtd

__all__ = ["MAX_FILE_BYTES", "CsvTable", "InputError", "check_size", "decode_text", "parse_amount_ore",
           "parse_digits", "read_csv_table", "refuse_dtd"]
