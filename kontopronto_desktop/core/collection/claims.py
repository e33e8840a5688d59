"""Overdue claims with their collection history, read in bulk (a run may see 20,000 of them).

A claim is an issued invoice with something left to pay (principal and/or charges). Its state
comes from the reminders that covered it, its charges, holds and hand-over: plain data, no ORM
objects, so the GUI and the run can both use it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import TypeVar

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from ..models import Member
from ..models.collection import CollectionCharge, CollectionHold, Handover, Reminder, ReminderItem
from ..models.invoice import Invoice, InvoiceKind, InvoiceStatus

OPEN = (InvoiceStatus.SENT.value, InvoiceStatus.PARTLY_PAID.value, InvoiceStatus.OVERDUE.value,
        InvoiceStatus.PAID.value)
T = TypeVar("T")


def chunks(items: list[T], size: int = 900) -> Iterator[list[T]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


@dataclass
class Claim:
    invoice_id: int
    number: int
    member_id: int | None
    customer_number: int
    business: bool
    buyer_name: str
    buyer_street: str
    buyer_postcode: str
    buyer_city: str
    buyer_email: str
    invoice_date: date
    due: date
    kid: str
    total_ore: int
    principal_ore: int  # what is left of the invoice itself
    reminders: int = 0
    fees_counted: int = 0
    last_issued: date | None = None
    last_deadline: date | None = None
    last_stage: str = ""
    reminder_numbers: list[tuple[int, date, str]] = field(default_factory=list)
    charges_ore: int = 0  # fees, interest, compensation charged so far
    open_charges_ore: int = 0  # of which still unpaid
    fees_ore: int = 0
    interest_ore: int = 0
    compensation_ore: int = 0
    interest_through: date | None = None
    hold: tuple[date, str] | None = None
    handed_over: date | None = None

    @property
    def open_ore(self) -> int:
        return self.principal_ore + self.open_charges_ore


def load_claims(session: Session, on: date, *, member_ids: Iterable[int] | None = None,
                invoice_ids: Iterable[int] | None = None, overdue_only: bool = True,
                min_reminders: int = 0) -> list[Claim]:
    """Issued invoices with principal or charges open (due before ``on`` when ``overdue_only``);
    with ``min_reminders``, only those already covered by a reminder of at least that sequence
    (what ``Claim.reminders`` counts): the hand-over list reads only the claims through the plan,
    not all 25 000 overdue ones of a 100 000-invoice file."""
    open_charge_ids = select(CollectionCharge.invoice_id).where(CollectionCharge.paid_ore < CollectionCharge.amount_ore)
    # what is left of the invoice itself: a part written off as a loss is not claimed any more
    left = Invoice.total_ore - Invoice.paid_ore - Invoice.credited_ore - Invoice.written_off_ore
    query = (select(Invoice.id, Invoice.number, Invoice.member_id, Invoice.customer_number, Member.kind,
                    Invoice.buyer_name, Invoice.buyer_street, Invoice.buyer_postcode, Invoice.buyer_city,
                    Invoice.buyer_email, Invoice.invoice_date, Invoice.due_date, Invoice.kid, Invoice.total_ore, left)
             .join(Member, Member.id == Invoice.member_id, isouter=True)
             .where(Invoice.kind == InvoiceKind.INVOICE.value, Invoice.number.is_not(None),
                    Invoice.status.in_(OPEN), Invoice.invoice_date <= on,
                    or_(left > 0, Invoice.id.in_(open_charge_ids)))
             .order_by(Invoice.customer_number, Invoice.due_date, Invoice.number))
    if overdue_only:
        query = query.where(Invoice.due_date < on)
    if member_ids is not None:
        query = query.where(Invoice.member_id.in_(list(member_ids)))
    if invoice_ids is not None:
        query = query.where(Invoice.id.in_(list(invoice_ids)))
    if min_reminders > 0:
        query = query.where(Invoice.id.in_(
            select(ReminderItem.invoice_id).join(Reminder, Reminder.id == ReminderItem.reminder_id)
            .where(ReminderItem.sequence >= min_reminders, Reminder.issued_on <= on)))
    claims = [Claim(iid, number or 0, mid, cust, kind == "organisation", name, street, postcode, city, email, inv_date,
                    due, kid, total, max(left, 0))
              for iid, number, mid, cust, kind, name, street, postcode, city, email, inv_date, due, kid, total, left
              in session.execute(query)]
    by_id = {c.invoice_id: c for c in claims}
    ids = list(by_id)
    for part in chunks(ids):
        for iid, seq, fee, issued, dl, stage, rnum in session.execute(
                select(ReminderItem.invoice_id, ReminderItem.sequence, ReminderItem.fee_counted, Reminder.issued_on,
                       Reminder.deadline, Reminder.stage, Reminder.number)
                .join(Reminder, Reminder.id == ReminderItem.reminder_id)
                .where(ReminderItem.invoice_id.in_(part), Reminder.issued_on <= on)
                .order_by(Reminder.issued_on, Reminder.number)):
            c = by_id[iid]
            c.reminders = max(c.reminders, seq)
            c.fees_counted += 1 if fee else 0
            c.last_issued, c.last_deadline, c.last_stage = issued, dl, stage
            c.reminder_numbers.append((rnum, issued, stage))
        for iid, kind, amount, paid, period_to in session.execute(
                select(CollectionCharge.invoice_id, CollectionCharge.kind, CollectionCharge.amount_ore,
                       CollectionCharge.paid_ore, CollectionCharge.period_to)
                .where(CollectionCharge.invoice_id.in_(part), CollectionCharge.charged_on <= on)):
            c = by_id[iid]
            c.charges_ore += amount
            c.open_charges_ore += amount - paid
            if kind == "gebyr":
                c.fees_ore += amount
            elif kind == "rente":
                c.interest_ore += amount
                if period_to is not None and (c.interest_through is None or period_to > c.interest_through):
                    c.interest_through = period_to
            else:
                c.compensation_ore += amount
        for iid, handed in session.execute(select(Handover.invoice_id, Handover.handed_over_on)
                                           .where(Handover.invoice_id.in_(part))):
            by_id[iid].handed_over = handed
    _apply_holds(session, claims, on)
    return [c for c in claims if c.open_ore > 0]


def _apply_holds(session: Session, claims: list[Claim], on: date) -> None:
    holds = session.execute(select(CollectionHold.invoice_id, CollectionHold.member_id, CollectionHold.until,
                                   CollectionHold.reason)
                            .where(CollectionHold.released_at.is_(None), CollectionHold.until >= on)).all()
    if not holds:
        return
    by_invoice = {iid: (until, reason) for iid, _m, until, reason in holds if iid is not None}
    by_member = {mid: (until, reason) for iid, mid, until, reason in holds if iid is None and mid is not None}
    for c in claims:
        c.hold = by_invoice.get(c.invoice_id) or (by_member.get(c.member_id) if c.member_id is not None else None)


def charges_of(session: Session, invoice_ids: list[int]) -> dict[int, list[CollectionCharge]]:
    out: dict[int, list[CollectionCharge]] = {}
    for part in chunks(invoice_ids):
        for ch in session.scalars(select(CollectionCharge).where(CollectionCharge.invoice_id.in_(part))
                                  .order_by(CollectionCharge.id)):
            out.setdefault(ch.invoice_id, []).append(ch)
    return out


def has_open_charges(session: Session, invoice_ids: list[int] | None = None) -> bool:
    query = select(func.count()).select_from(CollectionCharge).where(
        CollectionCharge.paid_ore < CollectionCharge.amount_ore)
    if invoice_ids is not None:
        query = query.where(and_(CollectionCharge.invoice_id.in_(invoice_ids)))
    return bool(session.scalar(query.limit(1)))
