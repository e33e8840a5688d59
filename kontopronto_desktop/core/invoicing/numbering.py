"""The unbroken invoice number series (bokføringsforskriften § 5-1-1).

Numbers are taken from the single ``invoice_series`` row inside the transaction that issues
the invoices. SQLite serialises writers, so two processes cannot take the same number, and a
rollback (error, cancel, SIGKILL) also rolls back the counter: no gaps, no duplicates.
"""

from __future__ import annotations

from sqlalchemy import update
from sqlalchemy.orm import Session

from ..models.invoice import InvoiceSeries

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
