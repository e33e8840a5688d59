"""The unbroken invoice number series (bokføringsforskriften § 5-1-1).

Numbers are taken from the single ``invoice_series`` row inside the transaction that issues
the invoices. SQLite serialises writers, so two processes cannot take the same number, and a
rollback (error, cancel, SIGKILL) also rolls back the counter: no gaps, no duplicates.
"""

from __future__ import annotations

from sqlalchemy import update
from sqlalchemy.orm import Session

from ..integrity import register_invariant
from ..models.invoice import Invoice, InvoiceSeries

SERIES_ID = 1


def reserve_numbers(session: Session, count: int) -> int:
    """Take ``count`` consecutive numbers; returns the first. Takes the write lock at once."""
    if count <= 0:
        raise ValueError("count must be positive")
    new_next = session.execute(
        update(InvoiceSeries).where(InvoiceSeries.id == SERIES_ID)
        .values(next_number=InvoiceSeries.next_number + count)
        .returning(InvoiceSeries.next_number)
    ).scalar_one()
    return int(new_next) - count


def peek_next_number(session: Session) -> int:
    row = session.get(InvoiceSeries, SERIES_ID)
    return row.next_number if row is not None else 1


def lock_series(session: Session) -> None:
    """Take the store's write lock now, before reading what to invoice.

    A deferred transaction that reads first and writes later fails with SQLITE_BUSY if another
    writer committed in between; taking the lock first makes a long batch wait its turn instead.
    """
    session.execute(update(InvoiceSeries).where(InvoiceSeries.id == SERIES_ID)
                    .values(next_number=InvoiceSeries.next_number))


def issued_kids(session: Session, kids: list[str]) -> dict[str, int]:
    """Which of ``kids`` were ever issued: {kid: invoice id} (read in chunks, never the whole registry)."""
    from sqlalchemy import select

    from ..models.kid import IssuedKid

    out: dict[str, int] = {}
    unique = sorted({k for k in kids if k})
    for i in range(0, len(unique), 900):
        out.update(session.execute(select(IssuedKid.kid, IssuedKid.invoice_id).where(
            IssuedKid.kid.in_(unique[i:i + 900]))).all())
    return out


def register_kids(session: Session, invoices: list[Invoice]) -> None:
    """Register the KIDs of just-issued (flushed) invoices; the primary key refuses one issued before."""
    from sqlalchemy.exc import IntegrityError

    from ..errors import UserError

    rows = [(inv.kid, inv.id) for inv in invoices if inv.kid]
    if not rows:
        return
    try:
        session.connection().exec_driver_sql("INSERT INTO issued_kid (kid, invoice_id) VALUES (?, ?)", rows)
    except IntegrityError:
        raise UserError("En KID i denne utstedelsen er brukt før og blir aldri gitt på nytt. Velg KID fra "
                        "fakturanummer under Innstillinger › Fakturering.") from None


@register_invariant("KID")
def kids_unique(session: Session) -> list[str]:
    """No KID on two invoices (old duplicates from before the registry are listed apart, not as damage),
    and every KID issued since is in the registry."""
    from sqlalchemy import func, select

    from ..models.kid import IssuedKid
    from ..settings import get_setting

    legacy_max = int(get_setting(session, "invoicing.kid_legacy_max_id", 0) or 0)
    shared = session.execute(select(Invoice.kid, func.count(), func.max(Invoice.id)).where(
        Invoice.kid != "", Invoice.number.is_not(None)).group_by(Invoice.kid).having(func.count() > 1)).all()
    problems = [f"KID {kid} står på {n} fakturaer." for kid, n, newest in shared if newest > legacy_max][:20]
    missing = session.scalar(select(func.count()).select_from(Invoice).join(
        IssuedKid, IssuedKid.kid == Invoice.kid, isouter=True).where(
        Invoice.kid != "", Invoice.number.is_not(None), Invoice.id > legacy_max, IssuedKid.kid.is_(None))) or 0
    if missing:
        problems.append(f"{missing} fakturaer har en KID som ikke er registrert som utstedt.")
    return problems
