"""Nets OCR Giro files (fixed-width 80-character records), read with netsgiro.

netsgiro parses a whole file at once and raises without saying where; we hand it one line
at a time (its own record classes), so a damaged or truncated file is rejected with the line
number, and check the counts and sums of the assignment and transmission end records as the
lines come. The file is read in chunks and only the payments are kept, never the file.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, BinaryIO

from netsgiro import records as ng_records
from netsgiro.converters import to_record_type
from netsgiro.enums import ServiceCode, TransactionType

from ..inputs import stream
from ..inputs.limits import MAX_ROWS, grouped
from ..inputs.stream import Source, as_stream, count_bytes
from ..money import format_kr
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


def _record(no: int, line: str | None, length: int) -> Any:
    """The netsgiro record of one line (``line`` is None when too long to keep), or the refusal."""
    if length != 80 or line is None:
        raise _fail(no, f"linjen har {length} tegn, men en OCR-post har 80 (avkortet eller endret fil?)")
    if not line.startswith("NY"):
        raise _fail(no, "linjen begynner ikke med «NY»")
    try:
        cls = _CLASSES[to_record_type(line[6:8])]
    except (ValueError, KeyError):
        raise _fail(no, f"ukjent posttype «{line[6:8]}»") from None
    try:
        return cls.from_string(line)
    except (ValueError, TypeError) as exc:
        raise _fail(no, f"posten kan ikke leses ({' '.join(str(exc).split())})") from None


#: what ``str.splitlines`` ends a line at, in Latin-1 text
_BREAKS = frozenset("\n\r\x0b\x0c\x1c\x1d\x1e\x85")
#: a line longer than this is wrong anyway (a record has 80 characters); only its length is kept
_KEEP = 4096


def physical_lines(handle: BinaryIO) -> Iterator[tuple[str | None, int, bool]]:
    """(text or None when too long to keep, length, blank) for each line of a Latin-1 file, split
    exactly as ``str.splitlines`` splits the whole text, read a chunk at a time."""
    carry = pending = ""
    long = -1  # length so far of a line too long to keep; -1: none
    blank = True
    while True:
        block = handle.read(stream.CHUNK_BYTES)
        text = carry + block.decode("latin-1")
        carry = ""
        if block and text.endswith("\r"):  # may be the first half of CRLF
            carry, text = "\r", text[:-1]
        if not block and not text:
            break
        for part in text.splitlines(True):
            ended = part[-1] in _BREAKS
            content = part[:-2] if part.endswith("\r\n") else part[:-1] if ended else part
            if long >= 0:
                long += len(content)
                blank = blank and not content.strip()
            else:
                pending += content
                if len(pending) > _KEEP:
                    long, blank, pending = len(pending), not pending.strip(), ""
            if ended:
                if long >= 0:
                    yield None, long, blank
                else:
                    yield pending, len(pending), not pending.strip()
                pending, long, blank = "", -1, True
        if not block:
            break
    if long >= 0:
        yield None, long, blank
    elif pending:
        yield pending, len(pending), not pending.strip()


def _records(handle: BinaryIO) -> Iterator[tuple[int, Any]]:
    """Records one line at a time; blank lines at the end are ignored, a blank line before
    another line is a bad line (as when the whole file was split and its trailing blanks dropped)."""
    first_blank: tuple[int, int] | None = None
    for no, (line, length, blank) in enumerate(physical_lines(handle), 1):
        if blank:
            first_blank = first_blank or (no, length)
            continue
        if first_blank is not None:
            _record(first_blank[0], " " * first_blank[1] if first_blank[1] <= _KEEP else None, first_blank[1])
        yield no, _record(no, line, length)


class _Structure:
    """The transmission's and assignments' start and end records, counts and sums, checked as the
    records come; the first problem is kept and raised by ``finish`` in the order a check of the
    whole list would find it: empty, first record, last record, the middle ones, the totals."""

    def __init__(self) -> None:
        self.n = 0
        self.first: tuple[int, Any] | None = None
        self.held: tuple[int, Any] | None = None  # the latest record: a middle one once another follows
        self.error: BankFileError | None = None
        self.open_start: tuple[int, Any] | None = None
        self.count = self.amount = self.records_in = self.file_count = self.file_amount = 0

    def feed(self, no: int, rec: Any) -> None:
        self.n += 1
        if self.first is None:
            self.first = (no, rec)
            return
        if self.held is not None and self.error is None:
            try:
                self._middle(*self.held)
            except BankFileError as exc:
                self.error = exc
        self.held = (no, rec)

    def _middle(self, no: int, rec: Any) -> None:
        if isinstance(rec, ng_records.TransmissionStart | ng_records.TransmissionEnd):
            raise _fail(no, "en ny forsendelse begynner midt i filen")
        if isinstance(rec, ng_records.AssignmentStart):
            if self.open_start is not None:
                raise _fail(no, f"oppdraget fra linje {self.open_start[0]} mangler sluttpost")
            if rec.service_code != ServiceCode.OCR_GIRO:
                raise BankFileError("Filen er en AvtaleGiro-fil (krav eller avtaler), ikke en OCR-fil med "
                                    "innbetalinger. Ingenting er bokført.")
            self.open_start, self.count, self.amount, self.records_in = (no, rec), 0, 0, 1
            return
        if self.open_start is None:
            raise _fail(no, "posten står utenfor et oppdrag")
        self.records_in += 1
        if isinstance(rec, ng_records.TransactionAmountItem1):
            self.count += 1
            self.amount += rec.amount
        if isinstance(rec, ng_records.AssignmentEnd):
            if rec.num_transactions != self.count or (rec.total_amount or 0) != self.amount \
                    or rec.num_records != self.records_in:
                raise _fail(no, f"sluttposten for oppdraget oppgir {rec.num_transactions} transaksjoner og "
                                f"{format_kr(rec.total_amount or 0)}, men oppdraget har {self.count} og "
                                f"{format_kr(self.amount)}")
            self.file_count += self.count
            self.file_amount += self.amount
            self.open_start = None

    def finish(self) -> None:
        if self.first is None:
            raise BankFileError("OCR-filen er tom. Ingenting er bokført.")
        first_no, first = self.first
        if not isinstance(first, ng_records.TransmissionStart):
            raise _fail(first_no, "filen begynner ikke med en startpost for forsendelsen")
        last_no, last = self.held or self.first
        if not isinstance(last, ng_records.TransmissionEnd):
            raise _fail(last_no, "filen slutter uten sluttpost for forsendelsen (avkortet fil?)")
        if self.error is not None:
            raise self.error
        if self.open_start is not None:
            raise _fail(last_no, f"oppdraget fra linje {self.open_start[0]} mangler sluttpost (avkortet fil?)")
        if last.num_transactions != self.file_count or last.total_amount != self.file_amount \
                or last.num_records != self.n:
            raise _fail(last_no, f"sluttposten oppgir {last.num_transactions} transaksjoner og "
                                 f"{format_kr(last.total_amount)}, men filen har {self.file_count} og "
                                 f"{format_kr(self.file_amount)}")


class _Payments:
    """Transactions assembled from amount items 1, 2 and the optional text item 3, as the records
    come; the first problem is kept (it is raised only when the structure is sound)."""

    def __init__(self) -> None:
        self.parsed = ParsedFile("ocr")
        self.account = self.assignment = ""
        self.pending: list[tuple[int, Any]] = []
        self.error: BankFileError | None = None

    def _flush(self) -> None:
        pending, parsed = self.pending, self.parsed
        if not pending:
            return
        (line, item1), (_l2, item2) = pending[0], pending[1]
        words = pending[2][1].text if len(pending) > 2 else None
        ore = int(item1.amount)
        kid = (item1.kid or "").strip()
        if ore <= 0:
            parsed.skipped.append(f"Linje {line}: transaksjon på 0,00 kr (KID {kid or '–'}) er hoppet over.")
        elif item1.transaction_type in _REVERSALS:
            parsed.skipped.append(f"Linje {line}: tilbakeføring på {format_kr(ore)} (KID {kid or '–'}) "
                                  "er ikke importert; behandle den for hånd.")
            parsed.skipped_ore += ore
        else:
            # Nets' archive reference is unique per payment; the transaction number only within an
            # assignment, so without a reference the assignment number keeps two payments apart
            reference = item2.reference or ""
            ref = make_ref("ocr", self.account, item1.nets_date.isoformat(), reference, item1.transaction_number,
                           *(() if reference else (f"oppdrag={self.assignment}",)))
            parsed.transactions.append(BankTransaction(
                ref=ref, booked_on=item2.bank_date or item1.nets_date, amount_ore=ore, kid=kid,
                archive_ref=reference, payer_account=item2.debit_account or "",
                text=(words or "").strip(), where=f"linje {line}"))
        pending.clear()

    def feed(self, no: int, rec: Any) -> None:
        if self.error is not None:
            return
        try:
            self._feed(no, rec)
        except BankFileError as exc:
            self.error = exc

    def _feed(self, no: int, rec: Any) -> None:
        pending = self.pending
        if isinstance(rec, ng_records.AssignmentStart):
            self.account = rec.assignment_account or ""
            self.assignment = str(rec.assignment_number or "")
        elif isinstance(rec, ng_records.TransactionAmountItem1):
            if len(pending) == 1:
                raise _fail(no, f"transaksjonen på linje {pending[0][0]} mangler beløpspost 2")
            self._flush()
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
            self._flush()


def parse_ocr(data: Source) -> ParsedFile:
    """Every OCR Giro payment in the file; reversals are listed as skipped (handled by hand).

    One pass, a line at a time: each line is checked and turned into its netsgiro record, fed to
    the structure check (counts and sums) and to the payments being assembled, then dropped; only
    the payments are kept. A bad line refuses the file at once; problems of structure and order are
    raised after the last line, structure first, so the message is the one a check of the whole
    file would give. The transactions are assembled as ``netsgiro.Transaction.from_records`` does,
    without building its object tree a second time.
    """
    handle = as_stream(data)
    lines = count_bytes(handle, b"\n")
    if lines > 3 * MAX_ROWS + 10:  # three records per payment at most
        raise BankFileError(f"OCR-filen har {grouped(lines)} linjer, mer enn {grouped(MAX_ROWS)} innbetalinger kan ha. "
                            "Del den opp (f.eks. per dag). Ingenting er bokført.")
    handle.seek(0)
    structure = _Structure()
    payments = _Payments()
    for no, rec in _records(handle):
        structure.feed(no, rec)
        payments.feed(no, rec)
    structure.finish()
    if payments.error is not None:
        raise payments.error
    return payments.parsed
