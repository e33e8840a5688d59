"""Import a bank file: read it, drop what was imported before, book exact KID matches, queue the rest.

One file = one transaction: either every new payment in it is stored (matched or queued) or,
on any error, nothing. Lookups are done in bulk (all KIDs of the file at once) and rows are
written with executemany, so a file with 100,000 payments against 100,000 open invoices costs
a handful of queries, not one per payment. Each payment is identified by its bank reference
(``BankTransaction.ref``), the file by its SHA-256: importing the same file again, or a file
that overlaps an earlier one, books nothing twice and reports the repeats as duplicates.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any, BinaryIO, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from .. import audit
from ..access import require
from ..errors import UserError
from ..inputs.limits import MAX_FILE_BYTES
from ..inputs.stream import Source
from ..models.base import utcnow
from ..models.invoice import InvoiceKind, InvoiceStatus
from ..models.payment import Allocation, BankFile, Payment
from ..money import format_amount, format_kr
from ..periods import closed_through
from .bankfile import (
    FORMATS,
    BankFileError,
    BankTransaction,
    ParsedFile,
    detect_format,
    file_hash,
    refuse_repeated_identities,
)
from .booking import invoice_status, payment_status

CHUNK = 5000
T = TypeVar("T")
Progress = Callable[[int, int], None]
IsCancelled = Callable[[], bool]


class ImportCancelled(UserError):
    def __init__(self) -> None:
        super().__init__("Importen ble avbrutt. Ingenting er bokført, og filen er ikke registrert som importert.")


def chunks(items: Iterable[T], size: int = CHUNK) -> Iterator[list[T]]:
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


@dataclass(frozen=True)
class ImportSummary:
    """What an import did, to the øre: imported = booked + on members' accounts + unmatched."""

    file_name: str
    format: str
    sha256: str
    bank_file_id: int | None
    already_imported: bool
    count: int
    imported_ore: int
    matched_count: int
    booked_ore: int
    credit_count: int
    credit_ore: int
    unmatched_count: int
    unmatched_ore: int
    suggestions_count: int
    duplicates: int
    duplicates_ore: int
    skipped: tuple[str, ...] = ()
    duplicate_where: tuple[str, ...] = field(default=())
    #: payments dated in the closed period, booked on its first open day instead (bank date kept in the audit)
    moved: int = 0
    moved_to: date | None = None
    #: signed sum of what the file holds but was not imported (outgoing negative, zero, reversals)
    skipped_ore: int = 0

    @property
    def balanced(self) -> bool:
        return self.imported_ore == self.booked_ore + self.credit_ore + self.unmatched_ore

    def text(self) -> str:
        """The Norwegian summary shown after an import."""
        if self.already_imported:
            head = (f"Filen {self.file_name} er importert før; ingenting er bokført på nytt "
                    f"({self.duplicates} transaksjoner, {format_kr(self.duplicates_ore)}).")
            return head
        lines = [
            f"{self.file_name}: {self.count} innbetalinger importert, {format_kr(self.imported_ore)}.",
            f"Bokført mot fakturaer: {format_kr(self.booked_ore)} ({self.matched_count} med KID). "
            f"På medlemmers konto: {format_kr(self.credit_ore)} ({self.credit_count}). "
            f"Ikke matchet: {format_kr(self.unmatched_ore)} ({self.unmatched_count}, "
            f"{self.suggestions_count} med forslag).",
            f"Kontroll: {format_kr(self.imported_ore)} = {format_kr(self.booked_ore)} + "
            f"{format_kr(self.credit_ore)} + {format_kr(self.unmatched_ore)} "
            + ("– stemmer på øret." if self.balanced else "– STEMMER IKKE."),
        ]
        if self.duplicates:
            lines.append(f"{self.duplicates} transaksjoner ({format_kr(self.duplicates_ore)}) var importert "
                         "før og er hoppet over.")
        if self.moved and self.moved_to:
            lines.append(f"{self.moved} innbetalinger er datert i den lukkede perioden og er bokført "
                         f"{self.moved_to:%d.%m.%Y} (første åpne dag); bankens dato står i revisjonsloggen.")
        lines += list(self.skipped)
        return "\n".join(lines)

    def to_json(self) -> dict[str, Any]:
        return {
            "file": self.file_name, "format": self.format, "sha256": self.sha256, "bank_file": self.bank_file_id,
            "already_imported": self.already_imported, "count": self.count,
            "imported": format_amount(self.imported_ore), "matched": self.matched_count,
            "booked": format_amount(self.booked_ore), "credit_count": self.credit_count,
            "credit": format_amount(self.credit_ore), "unmatched_count": self.unmatched_count,
            "unmatched": format_amount(self.unmatched_ore), "suggestions": self.suggestions_count,
            "duplicates": self.duplicates, "duplicates_amount": format_amount(self.duplicates_ore),
            "balanced": self.balanced, "skipped": list(self.skipped),
            "moved_to_open_period": self.moved,
            "moved_to": self.moved_to.isoformat() if self.moved_to else None,
            "skipped_amount": format_amount(self.skipped_ore),
        }


def parse_bank_file(data: Source, fmt: str | None = None, csv_mapping: Any = None) -> ParsedFile:
    """Read a file of the given (or detected) format; raises BankFileError naming where it broke.

    ``data`` is the file's bytes or the open file; an open file is read in chunks and a line or an
    entry at a time, so only the payments are held, never the file. A file whose own transactions
    repeat an identity is refused here, for every format: it is imported whole or not at all,
    never thinned to its first occurrences as "imported before".
    """
    fmt = (fmt or detect_format(data)).lower()
    if fmt not in FORMATS:
        raise UserError(f"Ukjent filformat «{fmt}»; bruk ocr, camt eller csv.")
    if fmt == "ocr":
        from .ocr import parse_ocr
        parsed = parse_ocr(data)
    elif fmt == "camt":
        from .camt import parse_camt
        parsed = parse_camt(data)
    else:
        from .csv_bank import parse_csv
        parsed = parse_csv(data, csv_mapping)
    refuse_repeated_identities(parsed, {"ocr": "OCR-filen", "camt": "camt-filen"}.get(fmt, "CSV-filen"))
    return parsed


@dataclass
class _Inv:
    id: int
    member_id: int | None
    status: str
    total: int
    paid: int
    credited: int
    number: int
    written_off: int = 0  # tap på fordring (core/invoicing/writeoff.py)

    @property
    def remaining(self) -> int:
        return self.total - self.paid - self.credited - self.written_off


def _invoices_by_kid(session: Session, kids: set[str]) -> dict[str, list[_Inv]]:
    """Issued invoices per KID, open ones first and oldest first (a KID is unique among open ones).

    Read through the driver in chunks: 100,000 rows through the ORM's row processing would cost
    more than the lookup itself.
    """
    out: dict[str, list[_Inv]] = {}
    conn = session.connection()
    for part in chunks(sorted(kids), 900):
        rows = conn.exec_driver_sql(
            "SELECT id, member_id, status, total_ore, paid_ore, credited_ore, number, kid, written_off_ore FROM invoice "
            f"WHERE kind = ? AND number IS NOT NULL AND kid IN ({', '.join('?' * len(part))})",
            (InvoiceKind.INVOICE.value, *part)).fetchall()
        for iid, member_id, status, total, paid, credited, number, kid, written_off in rows:
            out.setdefault(kid, []).append(_Inv(iid, member_id, status, total, paid, credited, number, written_off))
    for invs in out.values():
        invs.sort(key=lambda i: (i.status == InvoiceStatus.CREDITED.value or i.remaining <= 0, i.number))
    return out


def _avtalegiro_invoice(session: Session, kid: str, amount_ore: int, touched: dict[int, _Inv]) -> _Inv | None:
    """The invoice an AvtaleGiro payment settles (its claim, by agreement KID and amount), if any."""
    from ..channels.avtalegiro import claim_for_payment

    invoice_id = claim_for_payment(session, kid, amount_ore)
    if invoice_id is None:
        return None
    if invoice_id in touched:
        return touched[invoice_id]
    row = session.connection().exec_driver_sql(
        "SELECT id, member_id, status, total_ore, paid_ore, credited_ore, number, written_off_ore FROM invoice "
        "WHERE id = ?", (invoice_id,)).fetchone()
    return _Inv(*row) if row is not None else None


def _insert_many(session: Session, table: str, rows: list[dict[str, Any]],
                 after_chunk: Callable[[int], None] | None = None) -> None:
    """executemany straight to the driver: at 100,000 rows SQLAlchemy's per-row bind processing
    costs more than SQLite itself. Values are stored exactly as SQLAlchemy would store them
    (dates as ISO text, UTC timestamps as "YYYY-MM-DD HH:MM:SS.ffffff")."""
    if not rows:
        return
    stamp = utcnow().replace(tzinfo=None).strftime("%Y-%m-%d %H:%M:%S.%f")
    columns = [*rows[0], "created_at"]
    sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
    conn = session.connection()
    written = 0
    for part in chunks(rows):
        conn.exec_driver_sql(sql, [tuple(v.isoformat() if isinstance(v, date) else v for v in row.values()) + (stamp,)
                                   for row in part])
        written += len(part)
        if after_chunk:
            after_chunk(written)


def _known_refs(session: Session, refs: list[str]) -> set[str]:
    known: set[str] = set()
    for part in chunks(refs):
        known.update(session.scalars(select(Payment.external_ref).where(Payment.external_ref.in_(part))))
    return known


def import_bank_file(session: Session, data: Source, file_name: str, fmt: str | None = None,
                     csv_mapping: Any = None, *, progress: Progress | None = None,
                     is_cancelled: IsCancelled | None = None) -> ImportSummary:
    """Import one bank file in this transaction and say what happened, to the øre.

    ``progress(done, total)`` is called every few thousand payments (booking, then writing);
    when ``is_cancelled()`` turns true, ``ImportCancelled`` is raised and the caller's unit of
    work rolls everything back: nothing booked, the file not registered as imported.
    Payments dated in a closed period (see core/periods.py) are booked on its first open day.
    ``data`` is the file's bytes or the open file (read in chunks: first parsed, then hashed).
    """
    require(session, "payments")

    def check_cancel() -> None:
        if is_cancelled is not None and is_cancelled():
            raise ImportCancelled()

    parsed = parse_bank_file(data, fmt, csv_mapping)
    check_cancel()
    sha = file_hash(data)
    name = Path(file_name).name
    earlier = session.scalar(select(BankFile).where(BankFile.sha256 == sha))
    if earlier is not None:
        total = sum(t.amount_ore for t in parsed.transactions)
        return ImportSummary(name, parsed.format, sha, earlier.id, True, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                             len(parsed.transactions), total, tuple(parsed.skipped), skipped_ore=parsed.skipped_ore)
    bank_file = BankFile(sha256=sha, file_name=name[:260], format=parsed.format, actor=audit.actor_of(session))
    session.add(bank_file)
    session.flush()  # takes the store's write lock before we read what is already there

    known = _known_refs(session, [t.ref for t in parsed.transactions])
    new: list[BankTransaction] = []
    dups: list[BankTransaction] = []
    for t in parsed.transactions:
        if t.ref in known:
            dups.append(t)
        else:
            known.add(t.ref)
            new.append(t)

    by_kid = _invoices_by_kid(session, {t.kid for t in new if t.kid})
    through = closed_through(session)
    open_day = through + timedelta(days=1) if through is not None else None
    moved: list[tuple[int, date]] = []
    steps = 2 * len(new)
    if progress:
        progress(0, steps)
    next_id = (session.scalar(select(func.max(Payment.id))) or 0) + 1
    actor = audit.actor_of(session)
    payments: list[dict[str, Any]] = []
    allocations: list[dict[str, Any]] = []
    touched: dict[int, _Inv] = {}
    booked = credit = unmatched = matched_count = credit_count = 0
    unmatched_ids: list[int] = []
    for pid, t in enumerate(new, start=next_id):
        if (pid - next_id) % CHUNK == 0 and pid != next_id:
            check_cancel()
            if progress:
                progress(pid - next_id, steps)
        booked_on = t.booked_on
        if open_day is not None and booked_on < open_day:
            moved.append((pid, booked_on))
            booked_on = open_day
        member_id: int | None = None
        allocated = 0
        candidates = by_kid.get(t.kid, []) if t.kid else []
        method = "kid"
        if not candidates and t.kid:  # an AvtaleGiro payment carries the agreement's KID, not the invoice's
            claimed = _avtalegiro_invoice(session, t.kid, t.amount_ore, touched)
            candidates, method = ([claimed], "avtalegiro") if claimed is not None else ([], method)
        if candidates:
            inv = next((i for i in candidates if i.status != InvoiceStatus.CREDITED.value and i.remaining > 0),
                       candidates[0])
            member_id = inv.member_id
            if inv.status != InvoiceStatus.CREDITED.value and inv.remaining > 0:
                allocated = min(t.amount_ore, inv.remaining)
                inv.paid += allocated
                inv.status = invoice_status(inv.status, inv.total, inv.paid, inv.credited)
                if inv.written_off and inv.remaining <= 0:
                    inv.status = InvoiceStatus.WRITTEN_OFF.value
                touched[inv.id] = inv
                allocations.append({"payment_id": pid, "invoice_id": inv.id, "amount_ore": allocated,
                                    "method": method, "actor": actor})
                matched_count += 1
        rest = t.amount_ore - allocated
        booked += allocated
        if member_id is not None and rest:
            credit += rest
            credit_count += 1
        elif member_id is None:
            unmatched += t.amount_ore
            unmatched_ids.append(pid)
        payments.append({
            "id": pid, "bank_file_id": bank_file.id, "external_ref": t.ref[:200], "source": parsed.format[:10],
            "booked_on": booked_on, "amount_ore": t.amount_ore, "kid": t.kid[:25], "archive_ref": t.archive_ref[:60],
            "payer_name": t.payer_name[:200], "payer_account": t.payer_account[:40], "text": t.text,
            "status": payment_status(member_id, t.amount_ore, allocated, 0), "member_id": member_id,
            "allocated_ore": allocated, "refunded_ore": 0})
    check_cancel()

    def written(count: int) -> None:
        check_cancel()
        if progress:
            progress(len(new) + count, steps)

    _insert_many(session, Payment.__tablename__, payments, written)
    _insert_many(session, Allocation.__tablename__, allocations)
    from ..books.events import post_bank_import

    post_bank_import(session, payments, allocations)  # one voucher per payment (core/books)
    conn = session.connection()
    for inv_part in chunks(touched.values()):
        conn.exec_driver_sql("UPDATE invoice SET paid_ore = ?, status = ? WHERE id = ?",
                             [(i.paid, i.status, i.id) for i in inv_part])

    imported = sum(t.amount_ore for t in new)
    bank_file.count = len(new)
    bank_file.total_ore = imported
    bank_file.duplicates = len(dups)
    audit.record(session, "import", "bank_file", bank_file.id, {
        "format": [None, parsed.format], "count": [None, len(new)], "imported_ore": [None, imported],
        "booked_ore": [None, booked], "credit_ore": [None, credit], "unmatched_ore": [None, unmatched],
        "duplicates": [None, len(dups)], "invoices_paid": [None, len(touched)],
        **({"moved_to_open_period": [None, len(moved)]} if moved else {})})
    for pid, bank_date in moved:  # the bank's own date stays on record
        audit.record(session, "period_shift", "payment", pid, {"booked_on": [bank_date.isoformat(),
                                                                             str(open_day)]})
    session.flush()
    from ..collection.settlement import cover_costs_first

    cover_costs_first(session, [a["payment_id"] for a in allocations])  # reminder fees and interest first
    from ..invoicing.writeoff import recover_from_payments

    recovered, emptied = recover_from_payments(session, [
        p["id"] for p in payments if p["kid"] and p["member_id"] is not None
        and p["allocated_ore"] < p["amount_ore"]])  # on written-off invoices: booked, not left as credit
    booked, credit, credit_count = booked + recovered, credit - recovered, credit_count - emptied
    from ..books.events import sync_charged_payments

    sync_charged_payments(session, [a["payment_id"] for a in allocations])  # fees/interest paid: vouchers
    check_cancel()
    from .matching import count_with_suggestions
    suggested = count_with_suggestions(session, unmatched_ids)
    check_cancel()
    summary = ImportSummary(name, parsed.format, sha, bank_file.id, False, len(new), imported, matched_count, booked,
                            credit_count, credit, len(unmatched_ids), unmatched, suggested, len(dups),
                            sum(t.amount_ore for t in dups), tuple(parsed.skipped),
                            tuple(t.where for t in dups[:20]), len(moved), open_day if moved else None,
                            parsed.skipped_ore)
    if progress:
        progress(steps, steps)
    if not summary.balanced:  # cannot happen; refuse to commit a file that does not add up
        raise UserError("Importen stemmer ikke på øret og er avbrutt; ingenting er bokført.")
    return summary


def open_bank_file(path: Path) -> BinaryIO:
    """The bank file at ``path``, open for reading in chunks; too big a file is refused before a byte is read."""
    try:
        handle = open(path, "rb")  # noqa: SIM115 (the caller closes it)
    except OSError as exc:
        raise UserError(f"Kunne ikke lese {path}: {exc.strerror or exc}.") from None
    try:
        size = os.fstat(handle.fileno()).st_size
        if size > MAX_FILE_BYTES:
            raise BankFileError(f"{Path(path).name} er {size / 1024 / 1024:.0f} MB; en bankfil kan være høyst "
                                f"{MAX_FILE_BYTES // 1024 // 1024} MB. Last ned en kortere periode. Ingenting er bokført.")
    except BaseException:
        handle.close()
        raise
    return handle


def import_path(session: Session, path: Path, fmt: str | None = None, csv_mapping: Any = None,
                progress: Progress | None = None, is_cancelled: IsCancelled | None = None) -> ImportSummary:
    """``import_bank_file`` reading the file from disk as it goes (never the whole file in memory)."""
    with open_bank_file(path) as handle:
        return import_bank_file(session, handle, Path(path).name, fmt, csv_mapping, progress=progress,
                                is_cancelled=is_cancelled)
