"""What payments hold about a member, declared for the privacy module (access and erasure).

Payments are accounting records (bokføringsloven § 13): they veto full erasure. A member's
credit (money we hold for them) is a negative open item, so erasure waits until it is used or
refunded. On erasure the payer's free text goes at once (accounting does not need it); the
payer's account number and name stay with the restricted record, and are blanked when the
member is erased fully.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, case, or_, select, union
from sqlalchemy.orm import Session, selectinload

from ..models.invoice import Invoice, InvoiceKind
from ..models.payment import Allocation, Payment, PaymentStatus
from ..privacy import registry
from ..privacy.registry import AccountingRecord, OpenItem
from .views import views_of


def _payments(session: Session, member_id: int) -> list[Payment]:
    """Payments on the member's account or booked against the member's invoices."""
    invoice_ids = select(Invoice.id).where(Invoice.member_id == member_id)
    paid_by = select(Allocation.payment_id).where(Allocation.invoice_id.in_(invoice_ids))
    return list(session.scalars(select(Payment).options(selectinload(Payment.allocations)).where(
        or_(Payment.member_id == member_id, Payment.id.in_(paid_by))).order_by(Payment.booked_on, Payment.id)))


@registry.accounting_records
def payment_records(session: Session, member_id: int) -> list[AccountingRecord]:
    return [AccountingRecord(p.booked_on, "innbetaling", f"Innbetaling {p.id}") for p in _payments(session, member_id)]


@registry.open_items
def member_credit(session: Session, member_id: int) -> list[OpenItem]:
    items = [OpenItem(f"Kreditt på konto (innbetaling {p.id})", -p.unallocated_ore)
             for p in session.scalars(select(Payment).where(Payment.member_id == member_id,
                                                            Payment.status == PaymentStatus.CREDIT.value))]
    # an invoice paid and then credited: the member has paid more than is owed
    items += [OpenItem(f"Overbetalt faktura {inv.number}", inv.remaining_ore)
              for inv in session.scalars(select(Invoice).where(
                  Invoice.member_id == member_id, Invoice.status == "kreditert",
                  Invoice.total_ore - Invoice.paid_ore - Invoice.credited_ore < 0))]
    return items


@registry.accounting_records_bulk(payment_records)
def members_with_payments(session: Session, among: Select[tuple[int]]) -> set[int]:
    on_account = select(Payment.member_id).where(Payment.member_id.in_(among))
    paid_invoices = (select(Invoice.member_id).join(Allocation, Allocation.invoice_id == Invoice.id)
                     .where(Invoice.member_id.in_(among)))
    return set(session.scalars(union(on_account, paid_invoices)))


@registry.open_items_bulk(member_credit)
def members_with_credit(session: Session, among: Select[tuple[int]]) -> set[int]:
    credit = select(Payment.member_id).where(
        Payment.member_id.in_(among), Payment.status == PaymentStatus.CREDIT.value,
        Payment.amount_ore - Payment.allocated_ore - Payment.refunded_ore != 0)
    overpaid = select(Invoice.member_id).where(
        Invoice.member_id.in_(among), Invoice.status == "kreditert",
        Invoice.total_ore - Invoice.paid_ore - Invoice.credited_ore < 0,
        case((Invoice.kind == InvoiceKind.CREDIT_NOTE.value, 0),
             else_=Invoice.total_ore - Invoice.paid_ore - Invoice.credited_ore - Invoice.written_off_ore) != 0)
    return set(session.scalars(union(credit, overpaid)))


@registry.section("innbetalinger")
def payments_section(session: Session, member_id: int) -> list[dict[str, Any]]:
    return [v.to_json() for v in views_of(session, _payments(session, member_id))]


@registry.eraser
def erase_payment_data(session: Session, member_id: int, keep_accounting: bool) -> list[str]:
    payments = _payments(session, member_id)
    done = []
    texts = [p for p in payments if p.text]
    for p in texts:
        p.text = ""
    if texts:
        done.append("fritekst på innbetalinger")
    if not keep_accounting:
        for p in payments:
            p.payer_name = ""
            p.payer_account = ""
        if payments:
            done.append("betalers navn og kontonummer på innbetalinger")
    return done
