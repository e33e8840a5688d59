"""Plain views of payments for the GUI and the CLI (never live ORM objects)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ..errors import NotFound
from ..models import Member
from ..models.invoice import Invoice
from ..models.payment import PAYMENT_STATUS_LABELS, Payment, PaymentStatus
from ..money import format_amount


@dataclass(frozen=True)
class AllocationView:
    invoice_number: int
    amount_ore: int
    method: str

    def to_json(self) -> dict[str, Any]:
        return {"invoice": self.invoice_number, "amount": format_amount(self.amount_ore), "method": self.method}


@dataclass(frozen=True)
class PaymentView:
    id: int
    source: str
    booked_on: date
    amount_ore: int
    kid: str
    archive_ref: str
    payer_name: str
    payer_account: str
    text: str
    status: str
    customer_number: int | None
    allocated_ore: int
    refunded_ore: int
    allocations: tuple[AllocationView, ...] = field(default=())

    @property
    def unallocated_ore(self) -> int:
        return self.amount_ore - self.allocated_ore - self.refunded_ore

    @property
    def status_label(self) -> str:
        return PAYMENT_STATUS_LABELS[PaymentStatus(self.status)]

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id, "source": self.source, "date": self.booked_on.isoformat(),
            "amount": format_amount(self.amount_ore), "kid": self.kid, "archive_ref": self.archive_ref,
            "payer_name": self.payer_name, "payer_account": self.payer_account, "text": self.text,
            "status": self.status, "member": self.customer_number, "allocated": format_amount(self.allocated_ore),
            "refunded": format_amount(self.refunded_ore), "credit": format_amount(
                self.unallocated_ore if self.customer_number is not None else 0),
            "allocations": [a.to_json() for a in self.allocations],
        }


def views_of(session: Session, payments: list[Payment]) -> list[PaymentView]:
    member_ids = {p.member_id for p in payments if p.member_id is not None}
    customers = dict(session.execute(select(Member.id, Member.customer_number).where(
        Member.id.in_(member_ids))).all()) if member_ids else {}
    inv_ids = {a.invoice_id for p in payments for a in p.allocations}
    numbers = dict(session.execute(select(Invoice.id, Invoice.number).where(
        Invoice.id.in_(inv_ids))).all()) if inv_ids else {}
    return [PaymentView(
        p.id, p.source, p.booked_on, p.amount_ore, p.kid, p.archive_ref, p.payer_name, p.payer_account, p.text,
        p.status, customers.get(p.member_id) if p.member_id is not None else None, p.allocated_ore, p.refunded_ore,
        tuple(AllocationView(numbers[a.invoice_id] or 0, a.amount_ore, a.method) for a in p.allocations))
        for p in payments]


def get_payment_view(session: Session, payment_id: int) -> PaymentView:
    p = session.get(Payment, int(payment_id))
    if p is None:
        raise NotFound(f"Fant ikke innbetaling {payment_id}.")
    return views_of(session, [p])[0]


def list_payments(session: Session, *, status: str | None = None, bank_file_id: int | None = None,
                  limit: int | None = 5000) -> list[PaymentView]:
    """Newest first."""
    query = select(Payment).options(selectinload(Payment.allocations)).order_by(
        Payment.booked_on.desc(), Payment.id.desc())
    if status:
        query = query.where(Payment.status == status)
    if bank_file_id is not None:
        query = query.where(Payment.bank_file_id == bank_file_id)
    if limit:
        query = query.limit(limit)
    return views_of(session, list(session.scalars(query)))
