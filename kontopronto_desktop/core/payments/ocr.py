"""Nets OCR Giro files (fixed-width 80-character records), read with netsgiro.

netsgiro parses a whole file at once and raises without saying where; we hand it one line
at a time (its own record classes), so a damaged or truncated file is rejected with the line
number, then check the counts and sums of the assignment and transmission end records, and
only then build netsgiro's objects.
"""

from __future__ import annotations

from typing import Any

import netsgiro
from netsgiro import records as ng_records
from netsgiro.converters import to_record_type
from netsgiro.enums import ServiceCode, TransactionType

from .bankfile import BankFileError, BankTransaction, ParsedFile


def _record_classes() -> dict[Any, Any]:
    def subclasses(cls: type) -> list[type]:
        out: list[type] = cls.__subclasses__()
        return out + [s for c in out for s in subclasses(c)]

    return {c.RECORD_TYPE: c for c in subclasses(ng_records.Record) if hasattr(c, "RECORD_TYPE")}


_CLASSES = _record_classes()
_REVERSALS = {TransactionType.REVERSING_WITH_KID, TransactionType.REVERSING_WITH_TEXT}


def _fail(no: int, why: str) -> BankFileError:
    return BankFileError(f"OCR-filen er skadet på linje {no}: {why}. Ingenting er bokført.")


def read_records(text: str) -> list[tuple[int, Any]]:
    """(line number, netsgiro record) for every line; raises naming the first bad line."""
    lines = text.splitlines()
    while lines and not lines[-1].strip():
        lines.pop()
    out: list[tuple[int, Any]] = []
    for no, line in enumerate(lines, 1):
        if len(line) != 80:
            raise _fail(no, f"linjen har {len(line)} tegn, men en OCR-post har 80 (avkortet eller endret fil?)")
        if not line.startswith("NY"):
            raise _fail(no, "linjen begynner ikke med «NY»")
        try:
            cls = _CLASSES[to_record_type(line[6:8])]
        except (ValueError, KeyError):
            raise _fail(no, f"ukjent posttype «{line[6:8]}»") from None
        try:
            out.append((no, cls.from_string(line)))
        except (ValueError, TypeError) as exc:
            raise _fail(no, f"posten kan ikke leses ({exc})") from None
    return out


def _check_structure(recs: list[tuple[int, Any]]) -> None:
    if not recs:
        raise BankFileError("OCR-filen er tom. Ingenting er bokført.")
    first_no, first = recs[0]
    if not isinstance(first, ng_records.TransmissionStart):
        raise _fail(first_no, "filen begynner ikke med en startpost for forsendelsen")
    last_no, last = recs[-1]
    if not isinstance(last, ng_records.TransmissionEnd):
        raise _fail(last_no, "filen slutter uten sluttpost for forsendelsen (avkortet fil?)")
    open_start: tuple[int, Any] | None = None
    count = amount = records_in = 0
    file_count = file_amount = 0
    for no, rec in recs[1:-1]:
        if isinstance(rec, ng_records.TransmissionStart | ng_records.TransmissionEnd):
            raise _fail(no, "en ny forsendelse begynner midt i filen")
        if isinstance(rec, ng_records.AssignmentStart):
            if open_start is not None:
                raise _fail(no, f"oppdraget fra linje {open_start[0]} mangler sluttpost")
            if rec.service_code != ServiceCode.OCR_GIRO:
                raise BankFileError("Filen er en AvtaleGiro-fil (krav eller avtaler), ikke en OCR-fil med "
                                    "innbetalinger. Ingenting er bokført.")
            open_start, count, amount, records_in = (no, rec), 0, 0, 1
            continue
        if open_start is None:
            raise _fail(no, "posten står utenfor et oppdrag")
        records_in += 1
        if isinstance(rec, ng_records.TransactionAmountItem1):
            count += 1
            amount += rec.amount
        if isinstance(rec, ng_records.AssignmentEnd):
            if rec.num_transactions != count or (rec.total_amount or 0) != amount or rec.num_records != records_in:
                raise _fail(no, f"sluttposten for oppdraget oppgir {rec.num_transactions} transaksjoner og "
                                f"{(rec.total_amount or 0) / 100:.2f} kr, men oppdraget har {count} og "
                                f"{amount / 100:.2f} kr")
            file_count += count
            file_amount += amount
            open_start = None
    if open_start is not None:
        raise _fail(last_no, f"oppdraget fra linje {open_start[0]} mangler sluttpost (avkortet fil?)")
    if last.num_transactions != file_count or last.total_amount != file_amount or last.num_records != len(recs):
        raise _fail(last_no, f"sluttposten oppgir {last.num_transactions} transaksjoner og "
                             f"{last.total_amount / 100:.2f} kr, men filen har {file_count} og "
                             f"{file_amount / 100:.2f} kr")


def parse_ocr(data: bytes) -> ParsedFile:
    """Every OCR Giro payment in the file; reversals are listed as skipped (handled by hand)."""
    text = data.decode("latin-1").lstrip("\ufeff")
    recs = read_records(text)
    _check_structure(recs)
    try:
        transmission = netsgiro.Transmission.from_records([r for _, r in recs])
    except (ValueError, AssertionError, TypeError) as exc:  # structure netsgiro refuses
        raise BankFileError(f"OCR-filen har feil oppbygning ({exc}). Ingenting er bokført.") from None
    parsed = ParsedFile("ocr")
    amount_lines = iter(no for no, r in recs if isinstance(r, ng_records.TransactionAmountItem1))
    for assignment in transmission.assignments:
        for tx in assignment.transactions:
            assert isinstance(tx, netsgiro.Transaction)
            line = next(amount_lines)
            ore = int(tx.amount * 100)
            if tx.type in _REVERSALS or ore <= 0:
                parsed.skipped.append(f"Linje {line}: tilbakeføring på {tx.amount:.2f} kr (KID {tx.kid or '–'}) "
                                      "er ikke importert; behandle den for hånd.")
                continue
            parsed.transactions.append(BankTransaction(
                ref=f"ocr:{assignment.account}:{tx.date.isoformat()}:{tx.reference or ''}:{tx.number}",
                booked_on=tx.bank_date or tx.date, amount_ore=ore, kid=(tx.kid or "").strip(),
                archive_ref=tx.reference or "", payer_account=tx.debit_account or "",
                text=(tx.text or "").strip(), where=f"linje {line}"))
    return parsed
