"""A plain CSV bank export, for banks that give nothing else, read through a column mapping.

The mapping says which column is the date, the amount (money in), the text, the KID, a bank
reference and the payer. ``guess_mapping`` proposes one from the header names Norwegian banks
use; the user confirms or changes it. Every bad row is reported at once (with its line
number) and the file is then rejected as a whole.
"""

from __future__ import annotations

import csv
import io
import re
from collections import Counter
from dataclasses import dataclass, fields
from datetime import date, datetime
from typing import Any

from ..errors import UserError
from ..money import parse_amount
from .bankfile import BankFileError, BankTransaction, ParsedFile

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


def read_table(data: bytes) -> tuple[list[str], list[list[str]]]:
    """Headers and rows of a CSV export (UTF-8 with or without BOM, or cp1252; ; , or tab)."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    sample = text[:4096]
    delimiter = max(";,\t", key=sample.count)
    rows = [row for row in csv.reader(io.StringIO(text), delimiter=delimiter) if any(c.strip() for c in row)]
    if not rows:
        raise BankFileError("CSV-filen er tom. Ingenting er bokført.")
    return [h.strip() for h in rows[0]], rows[1:]


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


def _parse_date(text: str) -> date:
    text = text.strip()
    for fmt in ("%d.%m.%Y", "%Y-%m-%d", "%d.%m.%y", "%d/%m/%Y"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValueError(text)


_KID_IN_TEXT = re.compile(r"\bKID\W*(\d{2,25})\b", re.IGNORECASE)


def parse_csv(data: bytes, mapping: CsvMapping | dict[str, str] | None = None) -> ParsedFile:
    headers, rows = read_table(data)
    if mapping is None:
        guessed = guess_mapping(headers)
        if "date" not in guessed or "amount" not in guessed:
            raise BankFileError("Fant ikke kolonnene for dato og beløp i CSV-filen; velg kolonnene selv "
                                f"(kolonner i filen: {', '.join(headers)}).")
        mapping = CsvMapping(**guessed)
    elif isinstance(mapping, dict):
        mapping = CsvMapping(**mapping)
    index: dict[str, int] = {}
    for f in fields(CsvMapping):
        column = getattr(mapping, f.name)
        if column:
            if column not in headers:
                raise BankFileError(f"CSV-filen har ingen kolonne «{column}» (for {LABELS[f.name]}). "
                                    f"Kolonner i filen: {', '.join(headers)}.")
            index[f.name] = headers.index(column)
    parsed = ParsedFile("csv")
    errors: list[str] = []
    seen: Counter[str] = Counter()
    outgoing = 0

    def cell(row: list[str], key: str) -> str:
        i = index.get(key)
        return row[i].strip() if i is not None and i < len(row) else ""

    for line, row in enumerate(rows, start=2):
        raw_amount = cell(row, "amount")
        if not raw_amount:
            outgoing += 1
            continue
        try:
            when = _parse_date(cell(row, "date"))
        except ValueError:
            errors.append(f"linje {line}: «{cell(row, 'date')}» er ikke en dato")
            continue
        try:
            amount = parse_amount(raw_amount)
        except UserError:
            errors.append(f"linje {line}: «{raw_amount}» er ikke et beløp")
            continue
        if amount <= 0:
            outgoing += 1
            continue
        text = cell(row, "text")
        kid = "".join(cell(row, "kid").split())
        if not kid and (found := _KID_IN_TEXT.search(text)):
            kid = found.group(1)
        reference = cell(row, "reference")
        if reference:
            ref = f"csv:{reference}"
        else:  # no reference: the row's content, and how many identical rows came before it
            key = f"{when.isoformat()}:{amount}:{kid}:{text}"
            seen[key] += 1
            ref = f"csv:{key}:{seen[key]}"
        parsed.transactions.append(BankTransaction(
            ref=ref[:200], booked_on=when, amount_ore=amount, kid=kid[:25], archive_ref=reference[:60],
            payer_name=cell(row, "payer"), text=text, where=f"linje {line}"))
    if errors:
        more = f" (og {len(errors) - 10} til)" if len(errors) > 10 else ""
        raise BankFileError("CSV-filen kan ikke leses: " + "; ".join(errors[:10]) + more + ". Ingenting er bokført.")
    if outgoing:
        parsed.skipped.append(f"{outgoing} rader uten innbetaling (utgående beløp) er hoppet over.")
    return parsed


def mapping_json(mapping: CsvMapping) -> dict[str, Any]:
    return {f.name: getattr(mapping, f.name) for f in fields(CsvMapping)}
