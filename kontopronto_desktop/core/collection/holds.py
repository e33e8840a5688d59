"""Holds: a disputed claim or agreed instalments keep a claim (or a member) out of reminder runs."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import audit
from ..access import require
from ..errors import NotFound, UserError
from ..models import Member
from ..models.base import utcnow
from ..models.collection import CollectionHold
from ..models.invoice import Invoice, InvoiceKind


@dataclass(frozen=True)
class HoldView:
    id: int
    invoice_number: int | None
    customer_number: int | None
    until: date
    reason: str
    active: bool

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "invoice": self.invoice_number, "member": self.customer_number,
                "until": self.until.isoformat(), "reason": self.reason, "active": self.active}


def put_on_hold(session: Session, *, until: date, reason: str, invoice_number: int | None = None,
                customer_number: int | None = None) -> HoldView:
    """Hold one invoice or all of a member's claims until ``until`` (inclusive)."""
    require(session, "invoices")
    if not reason.strip():
        raise UserError("Skriv en grunn for stansen (f.eks. «tvist» eller «avtalt nedbetaling»).")
    if (invoice_number is None) == (customer_number is None):
        raise UserError("Velg enten en faktura eller et medlem å stanse purringer for.")
    hold = CollectionHold(until=until, reason=reason.strip(), actor=audit.actor_of(session))
    if invoice_number is not None:
        inv = session.scalars(select(Invoice).where(Invoice.number == int(invoice_number),
                                                    Invoice.kind == InvoiceKind.INVOICE.value)).first()
        if inv is None:
            raise NotFound(f"Fant ikke faktura {invoice_number}.")
        hold.invoice_id = inv.id
    else:
        member = session.scalars(select(Member).where(Member.customer_number == int(customer_number or 0))).first()
        if member is None:
            raise NotFound(f"Fant ikke medlem med kundenummer {customer_number}.")
        hold.member_id = member.id
    session.add(hold)
    session.flush()
    audit.record(session, "hold", "collection_hold", hold.id, {
        "invoice": [None, invoice_number], "member_id": [None, hold.member_id], "until": [None, until.isoformat()]})
    return _view(session, hold, date.today())


def release_hold(session: Session, hold_id: int) -> None:
    require(session, "invoices")
    hold = session.get(CollectionHold, int(hold_id))
    if hold is None or hold.released_at is not None:
        raise NotFound(f"Fant ingen aktiv stans med nummer {hold_id}.")
    hold.released_at = utcnow()
    audit.record(session, "release", "collection_hold", hold.id, {"released_at": [None, hold.released_at.isoformat()]})


def _view(session: Session, h: CollectionHold, on: date) -> HoldView:
    number = session.scalar(select(Invoice.number).where(Invoice.id == h.invoice_id)) if h.invoice_id else None
    cust = session.scalar(select(Member.customer_number).where(Member.id == h.member_id)) if h.member_id else None
    return HoldView(h.id, number, cust, h.until, h.reason, h.released_at is None and h.until >= on)


def list_holds(session: Session, on: date | None = None, *, include_released: bool = False) -> list[HoldView]:
    """Holds not released (``active`` says whether one still holds at ``on``, default today)."""
    on = on or date.today()
    query = select(CollectionHold).order_by(CollectionHold.id)
    if not include_released:
        query = query.where(CollectionHold.released_at.is_(None))
    return [_view(session, h, on) for h in session.scalars(query)]
