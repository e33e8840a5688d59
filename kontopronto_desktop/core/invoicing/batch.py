"""Fakturakjøring: one invoice per member from their standard products, all or nothing.

``preview_batch`` writes nothing. ``run_batch`` issues every invoice inside the caller's
transaction; the numbers are reserved in one step, so cancel, an error or a killed process
leaves neither invoices nor a used number behind.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, selectinload

from .. import audit
from ..access import require
from ..errors import UserError
from ..kid import build_kid
from ..models import Member, MemberProduct, Product
from ..models.base import utcnow
from ..models.invoice import Invoice, InvoiceBatch, InvoiceKind, InvoiceStatus
from ..periods import check_open
from .archive import archive_issued
from .invoices import (
    _dates,
    assign_number_and_kid,
    member_standard_lines,
    open_kids,
    set_lines,
    snapshot_buyer,
)
from .lines import LineAmounts
from .numbering import lock_series, register_kids, reserve_numbers
from .pdf import seller_of
from .settings import get_invoice_settings

Progress = Callable[[int, int], None]
IsCancelled = Callable[[], bool]


class BatchCancelled(UserError):
    def __init__(self) -> None:
        super().__init__("Fakturakjøringen ble avbrutt. Ingen fakturaer er laget.")


@dataclass(frozen=True)
class BatchFilter:
    """Which members and which of their products: all active, by product, by payment method."""

    product_code: str | None = None
    payment_method: str | None = None
    period: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {k: v for k, v in vars(self).items() if v}


@dataclass(frozen=True)
class BatchSample:
    customer_number: int
    name: str
    total_ore: int
    needs_print: bool


@dataclass(frozen=True)
class BatchPreview:
    invoice_date: date
    due_date: date
    count: int
    total_ore: int
    needs_print: int
    sample: tuple[BatchSample, ...] = field(default=())


@dataclass(frozen=True)
class BatchResult:
    batch_id: int
    count: int
    total_ore: int
    first_number: int | None
    last_number: int | None
    needs_print: int


def _members(session: Session, flt: BatchFilter, on: date) -> Iterator[Member]:
    query = (select(Member)
             .where(Member.restricted_until.is_(None),
                    or_(Member.ended_on.is_(None), Member.ended_on > on),
                    or_(Member.active_from.is_(None), Member.active_from <= on))
             .order_by(Member.customer_number)
             .options(selectinload(Member.products).selectinload(MemberProduct.product)))
    if flt.payment_method:
        query = query.where(Member.payment_method == flt.payment_method.lower())
    if flt.product_code:
        code = flt.product_code.strip().upper()
        query = query.where(Member.id.in_(select(MemberProduct.member_id).join(Product).where(Product.code == code)))
    yield from session.scalars(query.execution_options(yield_per=500))


def _planned(session: Session, flt: BatchFilter, on: date) -> list[tuple[Member, list[LineAmounts]]]:
    code = flt.product_code.strip().upper() if flt.product_code else None
    if code and session.scalars(select(Product.id).where(Product.code == code)).first() is None:
        raise UserError(f"Fant ikke produktet «{flt.product_code}».")
    out = []
    for member in _members(session, flt, on):
        lines = member_standard_lines(member, code, flt.period)
        if lines and sum(line.gross_ore for line in lines) > 0:
            out.append((member, lines))
    return out


def preview_batch(session: Session, invoice_date: date, flt: BatchFilter | None = None, *,
                  due_days: int | None = None, sample_size: int = 10) -> BatchPreview:
    """What a run would make (count, total, a sample); writes nothing."""
    flt = flt or BatchFilter()
    settings = get_invoice_settings(session)
    inv_date, _deliv, due = _dates(settings, invoice_date, None, None, due_days)
    planned = _planned(session, flt, inv_date)
    sample = tuple(BatchSample(m.customer_number, m.name, sum(ln.gross_ore for ln in lines), not m.email)
                   for m, lines in planned[:sample_size])
    return BatchPreview(inv_date, due, len(planned), sum(sum(ln.gross_ore for ln in lines) for _, lines in planned),
                        sum(1 for m, _ in planned if not m.email), sample)


def run_batch(session: Session, invoice_date: date, flt: BatchFilter | None = None, *,
              due_days: int | None = None, delivery_date: date | None = None,
              progress: Progress | None = None, is_cancelled: IsCancelled | None = None,
              chunk: int = 250) -> BatchResult:
    """Issue one invoice per selected member in the caller's transaction.

    Raises BatchCancelled when ``is_cancelled()`` turns true; the caller's unit of work then
    rolls everything back, numbers included.
    """
    require(session, "invoices")
    flt = flt or BatchFilter()
    lock_series(session)
    settings = get_invoice_settings(session)
    inv_date, deliv, due = _dates(settings, invoice_date, delivery_date, None, due_days)
    check_open(session, inv_date, f"fakturaer datert {inv_date:%d.%m.%Y}")
    planned = _planned(session, flt, inv_date)
    if not planned:
        raise UserError("Ingen medlemmer passer til utvalget; ingen fakturaer er laget.")
    total = len(planned)
    if progress:
        progress(0, total)
    batch = InvoiceBatch(actor=audit.actor_of(session), invoice_date=inv_date, due_date=due,
                         filter=json.dumps(flt.to_json(), ensure_ascii=False), count=0, total_ore=0,
                         created_at=utcnow())
    session.add(batch)
    session.flush()
    first = reserve_numbers(session, total)
    layout = settings.kid_layout
    taken = open_kids(session, [build_kid(m.customer_number, first + i, layout) for i, (m, _) in enumerate(planned)])
    seller = seller_of(session)
    pending: list[Invoice] = []
    total_ore = 0
    printed = 0
    for i, (member, lines) in enumerate(planned):
        if is_cancelled and is_cancelled():
            raise BatchCancelled()
        inv = Invoice(kind=InvoiceKind.INVOICE.value, status=InvoiceStatus.DRAFT.value, invoice_date=inv_date,
                      delivery_date=deliv, due_date=due, paid_ore=0, credited_ore=0, reason="",
                      email_error="", batch_id=batch.id, created_at=utcnow())
        snapshot_buyer(inv, member)
        set_lines(inv, lines)
        assign_number_and_kid(inv, first + i, settings, taken)
        session.add(inv)
        pending.append(inv)
        total_ore += inv.total_ore
        printed += inv.needs_print
        if (i + 1) % chunk == 0:
            session.flush()
            register_kids(session, pending)
            archive_issued(session, pending, seller)  # the PDF as issued (core/invoicing/archive.py)
            pending = []
            if progress:
                progress(i + 1, total)
    if is_cancelled and is_cancelled():
        raise BatchCancelled()
    session.flush()
    register_kids(session, pending)
    archive_issued(session, pending, seller)
    from ..books.events import post_batch

    post_batch(session, batch.id)  # one voucher per invoice (core/books)
    batch.count = total
    batch.total_ore = total_ore
    batch.first_number = first
    batch.last_number = first + total - 1
    session.flush()
    audit.record(session, "invoice_run", "invoice_batch", batch.id,
                 {"count": [None, total], "total_ore": [None, total_ore],
                  "numbers": [None, f"{first}-{first + total - 1}"], "filter": [None, flt.to_json()]})
    if progress:
        progress(total, total)
    return BatchResult(batch.id, total, total_ore, first, first + total - 1, printed)


@dataclass(frozen=True)
class BatchView:
    id: int
    created_at: Any
    invoice_date: date
    due_date: date
    count: int
    total_ore: int
    first_number: int | None
    last_number: int | None


def list_batches(session: Session) -> list[BatchView]:
    return [BatchView(b.id, b.created_at, b.invoice_date, b.due_date, b.count, b.total_ore, b.first_number,
                      b.last_number)
            for b in session.scalars(select(InvoiceBatch).order_by(InvoiceBatch.id.desc()))]
