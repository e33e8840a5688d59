"""Text to a CSV table, strictly: every row has exactly the header's cells, every quote closes.

Python's csv module forgives too much for money: a quote that never closes swallows the rest of
the file into one field, and a comma-separated export with decimal commas ("123,40") gets one
cell too many per amount, so every later column is read shifted. Here either the table is
exactly what the header promises, or the file is refused with the lines that broke it.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from .errors import InputError
from .limits import MAX_ROWS, too_many_rows
from .text import decode_text

DELIMITERS = ";,\t"
_NAMES = {";": "semikolon", ",": "komma", "\t": "tabulator"}


@dataclass(frozen=True)
class CsvTable:
    headers: list[str]
    #: (line where the row starts, its cells stripped), blank rows left out
    rows: list[tuple[int, list[str]]]
    delimiter: str

    def column(self, name: str) -> int:
        return self.headers.index(name)


def _header_line(text: str) -> str:
    for line in text.split("\n"):
        if line.strip():
            return line
    return ""


def pick_delimiter(header: str) -> str:
    """The delimiter that splits the header line (outside quotes) the most; semicolon on a tie."""
    counts = {d: 0 for d in DELIMITERS}
    quoted = False
    for ch in header:
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch in counts:
            counts[ch] += 1
    best = max(DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ";"


def _csv_problem(exc: csv.Error, start: int, line: int) -> str:
    text = str(exc)
    if "unexpected end of data" in text or "EOF" in text:
        return (f"linje {start}: et anførselstegn (\") lukkes aldri, så resten av filen ville blitt lest "
                "som ett felt")
    if "field larger than field limit" in text:
        return f"linje {start}: et felt er lengre enn 128 KB"
    if "new-line character" in text:
        return f"linje {line}: linjeskift midt i et felt"
    if "expected after" in text:
        return f"linje {line}: anførselstegn midt i et felt"
    return f"linje {line}: {text}"


def read_csv_table(data: bytes | str, what: str = "CSV-filen", *, delimiter: str | None = None,
                   max_rows: int = MAX_ROWS) -> CsvTable:
    """Header and rows of a CSV export; raises ``InputError`` listing every line that does not fit."""
    if isinstance(data, bytes):
        # a file far beyond the row limit is refused before it is decoded (a copy as big as the file)
        if max(data.count(b"\n"), data.count(b"\r")) > 2 * max_rows + 10:
            raise too_many_rows(what, max_rows)
        text = decode_text(data, what)
    else:
        text = data
    if text.startswith("\ufeff"):
        text = text[1:]
    delimiter = delimiter or pick_delimiter(_header_line(text))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    headers: list[str] | None = None
    rows: list[tuple[int, list[str]]] = []
    problems: list[str] = []
    too_many = False
    while True:
        start = reader.line_num + 1
        try:
            raw = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            problems.append(_csv_problem(exc, start, reader.line_num))
            break  # the reader cannot find the next row reliably after a broken one
        if not any(c.strip() for c in raw):
            continue
        cells = [c.strip() for c in raw]
        if headers is None:
            headers = cells
            continue
        if len(cells) != len(headers):
            too_many = too_many or len(cells) > len(headers)
            problems.append(f"linje {start} har {len(cells)} felt, men overskriften har {len(headers)}")
            if len(problems) > 10:
                break
            continue
        rows.append((start, cells))
        if len(rows) > max_rows:
            raise too_many_rows(what, max_rows)
    if problems:
        more = " …" if len(problems) > 10 else ""
        hint = ""
        if too_many and delimiter == ",":
            hint = " Beløp med desimalkomma i en kommadelt fil? Lagre filen med semikolon som skilletegn."
        raise InputError(f"{what} kan ikke leses ({_NAMES[delimiter]} som skilletegn): "
                         + "; ".join(problems[:10]) + more + "." + hint + " Ingenting er lagret.")
    if headers is None:
        raise InputError(f"{what} er tom. Ingenting er lagret.")
    return CsvTable(headers, rows, delimiter)
