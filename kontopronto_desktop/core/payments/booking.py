"""The one place where money moves between a payment and an invoice.

``paid_ore`` on an invoice is always the sum of its allocations, and the invoice's payment
status follows from paid and credited amounts. Everything else in the payments package books
through these functions (or, for a whole bank file, through the same rules in bulk).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import audit
from ..errors import UserError
from ..models import AuditEntry
from ..models.invoice import Invoice, InvoiceKind, InvoiceStatus
from ..models.payment import Allocation, Payment, PaymentStatus
from ..money import format_nok


def invoice_status(status: str, total_ore: int, paid_ore: int, credited_ore: int) -> str:
    """Stored status after a payment change; "forfalt" is evaluated at a date, never stored here."""
    if status == InvoiceStatus.DRAFT.value:
        return status
    if credited_ore >= total_ore:
        return InvoiceStatus.CREDITED.value
    if paid_ore + credited_ore >= total_ore:
        return InvoiceStatus.PAID.value
    if paid_ore > 0:
        return InvoiceStatus.PARTLY_PAID.value
    return InvoiceStatus.SENT.value


def payment_status(member_id: int | None, amount_ore: int, allocated_ore: int, refunded_ore: int) -> str:
    if member_id is None and allocated_ore == 0 and refunded_ore == 0:
        return PaymentStatus.UNMATCHED.value
    if amount_ore - allocated_ore - refunded_ore > 0:
        return PaymentStatus.CREDIT.value
    return PaymentStatus.BOOKED.value


def refresh_payment(payment: Payment) -> None:
    payment.status = payment_status(payment.member_id, payment.amount_ore, payment.allocated_ore,
                                    payment.refunded_ore)


def refresh_invoice(invoice: Invoice) -> None:
    invoice.status = invoice_status(invoice.status, invoice.total_ore, invoice.paid_ore, invoice.credited_ore)
    if invoice.written_off_ore and invoice.status != InvoiceStatus.CREDITED.value and invoice.remaining_ore <= 0:
        invoice.status = InvoiceStatus.WRITTEN_OFF.value  # the rest was written off (invoicing/writeoff.py)


def check_payable(invoice: Invoice) -> None:
    if invoice.number is None or invoice.kind != InvoiceKind.INVOICE.value:
        raise UserError("Innbetalinger kan bare føres mot utstedte fakturaer (ikke utkast eller kreditnotaer).")


def allocate(session: Session, payment: Payment, invoice: Invoice, amount_ore: int, method: str, *,
             allow_other_member: bool = False) -> Allocation:
    """Book ``amount_ore`` of the payment against the invoice (never more than either has left)."""
    check_payable(invoice)
    if amount_ore <= 0:
        raise UserError("Beløpet som føres mot en faktura må være større enn null.")
    if amount_ore > payment.unallocated_ore:
        raise UserError(f"Innbetaling {payment.id} har bare {format_nok(payment.unallocated_ore)} kr igjen å fordele.")
    if amount_ore > invoice.remaining_ore:
        raise UserError(f"Faktura {invoice.number} har bare {format_nok(max(invoice.remaining_ore, 0))} kr igjen å "
                        "betale; resten kan stå på medlemmets konto.")
    if not allow_other_member and payment.member_id is not None and invoice.member_id is not None \
            and payment.member_id != invoice.member_id:
        raise UserError(f"Innbetaling {payment.id} står på et annet medlems konto enn faktura {invoice.number}.")
    old = {"paid_ore": invoice.paid_ore, "status": invoice.status}
    alloc = Allocation(invoice_id=invoice.id, amount_ore=amount_ore, method=method, actor=audit.actor_of(session))
    payment.allocations.append(alloc)
    payment.allocated_ore += amount_ore
    invoice.paid_ore += amount_ore
    refresh_invoice(invoice)
    if payment.member_id is None:
        payment.member_id = invoice.member_id
    refresh_payment(payment)
    audit.record(session, "payment", "invoice", invoice.id,
                 {**audit.diff(old, {"paid_ore": invoice.paid_ore, "status": invoice.status}),
                  "payment": [None, payment.id], "amount_ore": [None, amount_ore], "method": [None, method]})
    from ..collection.settlement import cover_costs_first

    # reminder fees and interest on this invoice are paid before its principal (may shrink ``alloc``)
    cover_costs_first(session, [payment.id], use_spare=method != "deling")
    return alloc


def local_date(stamp: object, fallback: date) -> date:
    """The local calendar day of a stored UTC timestamp (the day the user did it)."""
    return stamp.astimezone().date() if isinstance(stamp, datetime) else fallback


def allocation_date(payment: Payment, alloc: Allocation) -> date:
    """The booking date of a match: the bank date for a KID match made at import, otherwise the day
    the match was made by hand (never before the payment itself)."""
    if alloc.method == "kid":
        return payment.booked_on
    return max(payment.booked_on, local_date(alloc.created_at, payment.booked_on))


def credit_stamps(session: Session) -> dict[int, datetime]:
    """Payment id -> the time of its last «credit» audit entry, for every payment at once: what
    ``credit_placed_on`` reads one payment at a time (the first books backfill asked it of 75,000
    payments at 100,000 members, one query each)."""
    return {payment_id: at for payment_id, at in session.execute(select(AuditEntry.entity_id, AuditEntry.at).where(
        AuditEntry.entity == "payment", AuditEntry.action == "credit").order_by(AuditEntry.id))
            if payment_id is not None}


def credit_placed_on(session: Session, payment: Payment, stamps: Mapping[int, datetime] | None = None) -> date:
    """When a payment was put on a member's account: the day it was done by hand (audit), else at
    import. ``stamps`` (``credit_stamps``) spares the query when asked of many payments."""
    if stamps is not None:
        stamp: datetime | None = stamps.get(payment.id)
    else:
        stamp = session.scalar(select(AuditEntry.at).where(
            AuditEntry.entity == "payment", AuditEntry.entity_id == payment.id, AuditEntry.action == "credit")
            .order_by(AuditEntry.id.desc()).limit(1))
    return max(payment.booked_on, local_date(stamp, payment.booked_on))
