"""Nets OCR Giro files (fixed-width 80-character records), read with netsgiro.

netsgiro parses a whole file at once and raises without saying where; we hand it one line
at a time (its own record classes), so a damaged or truncated file is rejected with the line
number, then check the counts and sums of the assignment and transmission end records, and
only then build netsgiro's objects.
"""

from __future__ import annotations

from typing import Any

from netsgiro import records as ng_records
from netsgiro.converters import to_record_type
from netsgiro.enums import ServiceCode, TransactionType

from ..inputs.limits import MAX_ROWS, grouped
from .bankfile import BankFileError, BankTransaction, ParsedFile, make_ref


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
            raise _fail(no, f"posten kan ikke leses ({' '.join(str(exc).split())})") from None
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
    """Every OCR Giro payment in the file; reversals are listed as skipped (handled by hand).

    The transactions are assembled from netsgiro's records (amount items 1, 2 and the optional
    text item 3) as ``netsgiro.Transaction.from_records`` does, without building its object tree a
    second time: at 100,000 payments that would double the cost of reading the file.
    """
    lines = data.count(b"\n")
    if lines > 3 * MAX_ROWS + 10:  # three records per payment at most; netsgiro's objects cost ~1 KB a line
        raise BankFileError(f"OCR-filen har {grouped(lines)} linjer, mer enn {grouped(MAX_ROWS)} innbetalinger kan ha. "
                            "Del den opp (f.eks. per dag). Ingenting er bokført.")
    text = data.decode("latin-1").lstrip("\ufeff")
    recs = read_records(text)
    _check_structure(recs)
    parsed = ParsedFile("ocr")
    account = assignment = ""
    pending: list[tuple[int, Any]] = []

    def flush() -> None:
        if not pending:
            return
        (line, item1), (_l2, item2) = pending[0], pending[1]
        words = pending[2][1].text if len(pending) > 2 else None
        ore = int(item1.amount)
        kid = (item1.kid or "").strip()
        if ore <= 0:
            parsed.skipped.append(f"Linje {line}: transaksjon på 0,00 kr (KID {kid or '–'}) er hoppet over.")
        elif item1.transaction_type in _REVERSALS:
            parsed.skipped.append(f"Linje {line}: tilbakeføring på {ore / 100:.2f} kr (KID {kid or '–'}) "
                                  "er ikke importert; behandle den for hånd.")
            parsed.skipped_ore += ore
        else:
            # Nets' archive reference is unique per payment; the transaction number only within an
            # assignment, so without a reference the assignment number keeps two payments apart
            reference = item2.reference or ""
            ref = make_ref("ocr", account, item1.nets_date.isoformat(), reference, item1.transaction_number,
                           *(() if reference else (f"oppdrag={assignment}",)))
            parsed.transactions.append(BankTransaction(
                ref=ref, booked_on=item2.bank_date or item1.nets_date, amount_ore=ore, kid=kid,
                archive_ref=reference, payer_account=item2.debit_account or "",
                text=(words or "").strip(), where=f"linje {line}"))
        pending.clear()

    for no, rec in recs:
        if isinstance(rec, ng_records.AssignmentStart):
            account = rec.assignment_account or ""
            assignment = str(rec.assignment_number or "")
        elif isinstance(rec, ng_records.TransactionAmountItem1):
            if len(pending) == 1:
                raise _fail(no, f"transaksjonen på linje {pending[0][0]} mangler beløpspost 2")
            flush()
            pending.append((no, rec))
        elif isinstance(rec, ng_records.TransactionAmountItem2 | ng_records.TransactionAmountItem3):
            expected = ng_records.TransactionAmountItem2 if len(pending) == 1 else ng_records.TransactionAmountItem3
            if not pending or len(pending) > 2 or not isinstance(rec, expected) \
                    or rec.transaction_number != pending[0][1].transaction_number:
                raise _fail(no, "beløpspostene for transaksjonen står ikke i riktig rekkefølge")
            pending.append((no, rec))
        elif isinstance(rec, ng_records.AssignmentEnd):
            if len(pending) == 1:
                raise _fail(no, f"transaksjonen på linje {pending[0][0]} mangler beløpspost 2")
            flush()
    return parsed
