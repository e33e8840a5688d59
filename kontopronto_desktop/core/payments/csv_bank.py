"""A plain CSV bank export, for banks that give nothing else, read through a column mapping.

The mapping says which column is the date, the amount (money in), the text, the KID, a bank
reference and the payer. ``guess_mapping`` proposes one from the header names Norwegian banks
use; the user confirms or changes it. Every bad row is reported at once (with its line
number) and the file is then rejected as a whole.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, fields
from datetime import date
from functools import lru_cache
from typing import Any

from ..errors import UserError
from ..inputs import InputError, parse_amount_ore
from ..inputs.dates import parse_date
from ..inputs.stream import Source
from ..inputs.table import CsvStream, open_csv_table
from .bankfile import BankFileError, BankTransaction, ParsedFile, make_ref

_GUESSES: dict[str, tuple[str, ...]] = {
    "date": ("bokført dato", "bokfort dato", "bokføringsdato", "dato", "date", "transaksjonsdato", "valutadato"),
    "amount": ("inn på konto", "inn", "innbetalt", "beløp", "belop", "beløp inn", "amount", "kredit"),
    "text": ("forklaring", "tekst", "beskrivelse", "melding", "text", "description"),
    "kid": ("kid", "kid-nummer", "kidnummer"),
    "reference": ("arkivreferanse", "arkivref", "referanse", "reference", "ref"),
    "payer": ("betaler", "avsender", "fra", "navn", "payer"),
}
LABELS = {"date": "dato", "amount": "beløp", "text": "tekst", "kid": "KID", "reference": "referanse",
          "payer": "betaler"}


@dataclass(frozen=True)
class CsvMapping:
    """Column names for each field; "" means the file has no such column."""

    date: str
    amount: str
    text: str = ""
    kid: str = ""
    reference: str = ""
    payer: str = ""

    @classmethod
    def parse(cls, spec: str) -> CsvMapping:
        """From "date=Dato,amount=Inn på konto,text=Forklaring" (the CLI's --map)."""
        values: dict[str, str] = {}
        for part in spec.split(","):
            key, sep, column = part.partition("=")
            if not sep or key.strip() not in LABELS:
                raise UserError(f"Ugyldig kolonnekobling «{part}»; bruk f.eks. date=Dato,amount=Beløp,kid=KID.")
            values[key.strip()] = column.strip()
        if "date" not in values or "amount" not in values:
            raise UserError("Kolonnekoblingen må minst si hvilken kolonne som er date og amount.")
        return cls(**values)


def read_table(data: Source) -> tuple[list[str], list[list[str]]]:
    """Headers and rows of a CSV export (UTF-8/16/32 with or without BOM, or Windows-1252; ; , or tab).

    Strict (core/inputs): a quote that does not close or a row whose cells do not match the header
    refuses the file with the lines, so nothing is ever read shifted.
    """
    stream = _open(data)
    return stream.headers, [cells for _line, cells in _rows(stream)]


def read_headers(data: Source) -> list[str]:
    """The header of a CSV export, after reading every row (one at a time) so a broken file is
    refused now, before anyone is asked to choose its columns."""
    stream = _open(data)
    for _row in _rows(stream):
        pass
    return stream.headers


def _bank_error(exc: InputError) -> BankFileError:
    return BankFileError(exc.message.replace("Ingenting er lagret.", "Ingenting er bokført."))


def _open(data: Source) -> CsvStream:
    try:
        return open_csv_table(data, "CSV-filen")
    except InputError as exc:
        raise _bank_error(exc) from None


def _rows(stream: CsvStream) -> Iterator[tuple[int, list[str]]]:
    try:
        yield from stream
    except InputError as exc:
        raise _bank_error(exc) from None


def guess_mapping(headers: list[str]) -> dict[str, str]:
    """Field -> column for the headers we recognise (may lack date or amount)."""
    lower = {h.lower(): h for h in headers}
    out: dict[str, str] = {}
    for key, names in _GUESSES.items():
        for name in names:
            if name in lower and lower[name] not in out.values():
                out[key] = lower[name]
                break
    return out


@lru_cache(maxsize=4096)
def _parse_date(text: str) -> date:
    """Cached: a bank export has a few hundred distinct dates over 100,000 rows."""
    return parse_date(text, first_year=2000)


_amount = lru_cache(maxsize=65536)(parse_amount_ore)  # amounts repeat (the same fee from many members)


_KID_IN_TEXT = re.compile(r"\bKID\W*(\d{2,25})\b", re.IGNORECASE)


def _columns(headers: list[str], mapping: CsvMapping) -> dict[str, int]:
    """Field -> column index; a column named twice in the header, or used for two fields, is refused."""
    index: dict[str, int] = {}
    used: dict[str, str] = {}
    for f in fields(CsvMapping):
        column = getattr(mapping, f.name)
        if not column:
            continue
        if column not in headers:
            raise BankFileError(f"CSV-filen har ingen kolonne «{column}» (for {LABELS[f.name]}). "
                                f"Kolonner i filen: {', '.join(headers)}.")
        if headers.count(column) > 1:
            raise BankFileError(f"CSV-filen har {headers.count(column)} kolonner som heter «{column}»; "
                                "det er uklart hvilken som gjelder. Ingenting er bokført.")
        if column in used:
            raise BankFileError(f"Kolonnen «{column}» er valgt både for {LABELS[used[column]]} og for "
                                f"{LABELS[f.name]}; velg én kolonne per felt. Ingenting er bokført.")
        used[column] = f.name
        index[f.name] = headers.index(column)
    return index


def parse_csv(data: Source, mapping: CsvMapping | dict[str, str] | None = None) -> ParsedFile:
    """Incoming payments of a bank CSV: amounts above zero; zero, negative and empty amounts are
    skipped and counted. Every bad row is reported at once and the file then books nothing.

    Rows are read one at a time and only the payments are kept. A table that does not fit its
    header is refused before the column choice and the rows' own errors, as if it had been read
    whole first."""
    stream = _open(data)
    headers = stream.headers
    try:
        if mapping is None:
            guessed = guess_mapping(headers)
            if "date" not in guessed or "amount" not in guessed:
                raise BankFileError("Fant ikke kolonnene for dato og beløp i CSV-filen; velg kolonnene selv "
                                    f"(kolonner i filen: {', '.join(headers)}).")
            mapping = CsvMapping(**guessed)
        elif isinstance(mapping, dict):
            mapping = CsvMapping(**mapping)
        index = _columns(headers, mapping)
    except BankFileError:
        for _row in _rows(stream):  # a broken table is reported first
            pass
        raise
    parsed = ParsedFile("csv")
    errors: list[str] = []  # the first ten
    error_count = 0
    seen: Counter[str] = Counter()
    first_line: dict[str, int] = {}
    outgoing = zero = 0

    def cell(row: list[str], key: str) -> str:
        i = index.get(key)
        return row[i] if i is not None else ""

    def fail(message: str) -> None:
        nonlocal error_count
        error_count += 1
        if len(errors) < 10:
            errors.append(message)

    for line, row in _rows(stream):
        raw_amount = cell(row, "amount")
        if not raw_amount:
            outgoing += 1
            continue
        try:
            amount = _amount(raw_amount)
        except ValueError as exc:
            fail(f"linje {line}: {exc}")
            continue
        try:
            when = _parse_date(cell(row, "date"))
        except ValueError as exc:
            fail(f"linje {line}: {exc}")
            continue
        if amount <= 0:
            parsed.skipped_ore += amount
            if amount == 0:
                zero += 1
            else:
                outgoing += 1
            continue
        text = cell(row, "text")
        kid = "".join(cell(row, "kid").split())
        if not kid and (found := _KID_IN_TEXT.search(text)):
            kid = found.group(1)
        reference = cell(row, "reference")
        if reference:
            ref = make_ref("csv", reference)
            if ref in first_line:
                fail(f"linje {line}: referansen «{reference[:40]}» står også på linje {first_line[ref]} "
                              f"(er «{mapping.reference}» bankens unike referanse? Hvis ikke: velg ingen kolonne "
                              "for referanse)")
                continue
            first_line[ref] = line
        else:  # no reference: the row's content, and how many identical rows came before it
            key = f"{when.isoformat()}:{amount}:{kid}:{text}"
            seen[key] += 1
            ref = make_ref("csv", key, seen[key])
        if kid and (not kid.isascii() or not kid.isdigit() or len(kid) > 25):  # no KID a bank accepts: queue it
            text = f"{text} (KID i filen: {kid[:40]})".strip()
            kid = ""
        parsed.transactions.append(BankTransaction(
            ref=ref, booked_on=when, amount_ore=amount, kid=kid, archive_ref=reference[:60],
            payer_name=cell(row, "payer"), text=text, where=f"linje {line}"))
    if errors:
        more = f" (og {error_count - 10} til)" if error_count > 10 else ""
        raise BankFileError("CSV-filen kan ikke leses: " + "; ".join(errors) + more + ". Ingenting er bokført.")
    if outgoing:
        parsed.skipped.append(f"{outgoing} rader uten innbetaling (utgående beløp) er hoppet over.")
    if zero:
        parsed.skipped.append(f"{zero} rader med beløp 0,00 er hoppet over.")
    return parsed


def mapping_json(mapping: CsvMapping) -> dict[str, Any]:
    return {f.name: getattr(mapping, f.name) for f in fields(CsvMapping)}
