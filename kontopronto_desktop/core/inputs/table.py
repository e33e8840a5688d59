"""Text to a CSV table, strictly: every row has exactly the header's cells, every quote closes.

Python's csv module forgives too much for money: a quote that never closes swallows the rest of
the file into one field, and a comma-separated export with decimal commas ("123,40") gets one
cell too many per amount, so every later column is read shifted. Here either the table is
exactly what the header promises, or the file is refused with the lines that broke it.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass

from .errors import InputError
from .limits import MAX_ROWS, too_many_rows
from .stream import Source, as_stream, count_lines
from .text import MAX_LINE_CHARS, LineTooLong, scan_text, text_lines

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


class CsvStream:
    """A CSV table read one row at a time: ``headers`` at once, then ``for line, cells in stream``.

    The same strictness as ``read_csv_table`` and the same messages in the same order: rows that do
    not fit are collected and the file is refused when the rows run out (``InputError`` from the
    loop), so a caller that books rows as they come must book nothing before the loop has ended.
    Only the current row is held, never the file or its text.
    """

    def __init__(self, lines: Iterator[str], what: str, delimiter: str, max_rows: int) -> None:
        self.what, self.delimiter, self.max_rows = what, delimiter, max_rows
        self._reader = csv.reader(lines, delimiter=delimiter, strict=True)
        self._problems: list[str] = []
        self._too_many = False
        self._broken = False
        first = self._next_cells()
        if first is None:
            self._finish(None)
        assert first is not None
        self.headers: list[str] = first[1]

    def _next_cells(self) -> tuple[int, list[str]] | None:
        """The next row with something in it, or None at the end or after a row the reader cannot pass."""
        reader = self._reader
        while not self._broken:
            start = reader.line_num + 1
            try:
                raw = next(reader)
            except StopIteration:
                return None
            except csv.Error as exc:
                self._problems.append(_csv_problem(exc, start, reader.line_num))
                self._broken = True  # the reader cannot find the next row reliably after a broken one
                return None
            except LineTooLong as exc:
                self._problems.append(f"linje {exc.line} er lengre enn {MAX_LINE_CHARS // (1 << 20)} MB")
                self._broken = True
                return None
            if any(c.strip() for c in raw):
                return start, [c.strip() for c in raw]
        return None

    def __iter__(self) -> Iterator[tuple[int, list[str]]]:
        count = 0
        width = len(self.headers)
        while (row := self._next_cells()) is not None:
            start, cells = row
            if len(cells) != width:
                self._too_many = self._too_many or len(cells) > width
                self._problems.append(f"linje {start} har {len(cells)} felt, men overskriften har {width}")
                if len(self._problems) > 10:
                    break
                continue
            count += 1
            if count > self.max_rows:
                raise too_many_rows(self.what, self.max_rows)
            yield start, cells
        self._finish(self.headers)

    def _finish(self, headers: list[str] | None) -> None:
        problems = self._problems
        if problems:
            more = " …" if len(problems) > 10 else ""
            hint = ""
            if self._too_many and self.delimiter == ",":
                hint = " Beløp med desimalkomma i en kommadelt fil? Lagre filen med semikolon som skilletegn."
            raise InputError(f"{self.what} kan ikke leses ({_NAMES[self.delimiter]} som skilletegn): "
                             + "; ".join(problems[:10]) + more + "." + hint + " Ingenting er lagret.")
        if headers is None:
            raise InputError(f"{self.what} er tom. Ingenting er lagret.")


def _delimiter_of(lines: Iterator[str]) -> str:
    """``pick_delimiter(_header_line(text))`` from lines: the first line (split at LF only) with
    something in it decides; only counts are kept, so a hostile header costs no memory."""
    counts = dict.fromkeys(DELIMITERS, 0)
    quoted, blank = False, True

    def best() -> str:
        choice = max(DELIMITERS, key=lambda d: counts[d])
        return choice if counts[choice] else ";"

    try:
        for line in lines:
            ends = line.endswith("\n")
            body = line[:-1] if ends else line
            blank = blank and not body.strip()
            parts = body.split('"')
            for k, part in enumerate(parts):
                if (quoted + k) % 2 == 0:
                    for d in DELIMITERS:
                        counts[d] += part.count(d)
            quoted = (quoted + len(parts) - 1) % 2 == 1
            if ends:
                if not blank:
                    return best()
                counts, quoted, blank = dict.fromkeys(DELIMITERS, 0), False, True
    except LineTooLong:
        pass  # the table's own pass refuses the line
    return best() if not blank else ";"


def open_csv_table(source: Source | str, what: str = "CSV-filen", *, delimiter: str | None = None,
                   max_rows: int = MAX_ROWS) -> CsvStream:
    """Header of a CSV export, and its rows to iterate; refusals as in ``read_csv_table``."""
    if isinstance(source, str):
        text = source[1:] if source.startswith("\ufeff") else source
        delimiter = delimiter or pick_delimiter(_header_line(text))
        return CsvStream(iter(io.StringIO(text, newline="")), what, delimiter, max_rows)
    handle = as_stream(source)
    lf, cr = count_lines(handle)
    # a file far beyond the row limit is refused before it is decoded
    if max(lf, cr) > 2 * max_rows + 10:
        raise too_many_rows(what, max_rows)
    plan = scan_text(handle, what)
    if not delimiter:
        probe = text_lines(handle, plan)
        try:
            delimiter = _delimiter_of(_without_bom(probe))
        finally:
            probe.close()
    return CsvStream(_without_bom(text_lines(handle, plan)), what, delimiter, max_rows)


def _without_bom(lines: Iterator[str]) -> Iterator[str]:
    first = next(lines, None)
    if first is None:
        return
    yield first[1:] if first.startswith("\ufeff") else first
    yield from lines


def read_csv_table(data: Source | str, what: str = "CSV-filen", *, delimiter: str | None = None,
                   max_rows: int = MAX_ROWS) -> CsvTable:
    """Header and rows of a CSV export; raises ``InputError`` listing every line that does not fit."""
    stream = open_csv_table(data, what, delimiter=delimiter, max_rows=max_rows)
    rows = list(stream)
    return CsvTable(stream.headers, rows, stream.delimiter)
