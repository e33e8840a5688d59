"""Write-off (tap på fordring): an open invoice written off as a loss, fully or partly, with a reason.

Not a credit note: the invoice stays exactly as issued (nothing is charged back to the buyer);
only the receivable is reduced. The invoice's remaining amount is total - paid - credited -
written off; an invoice with nothing left after a write-off gets the status "avskrevet". The
reskontro and the aging show the write-off on its own line, and a member whose only open items
were written off has no open balance and can be erased.

A payment that arrives later on a written-off invoice is a recovery (inngått tidligere
avskrevet fordring): it is booked against the invoice and the write-off is reduced by the same
amount with a "gjenvinning" row dated the payment's booking date, so the loss already reported
stays in its period and the recovery is income of the period it came in.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from .. import audit
from ..access import require
from ..errors import NotFound, UserError
from ..integrity import register_invariant
from ..models.invoice import Invoice, InvoiceKind, InvoiceStatus
from ..models.payment import Allocation, Payment, PaymentStatus
from ..models.writeoff import RECOVERY, WRITE_OFF, InvoiceWriteOff
from ..money import format_amount, format_kr
from ..periods import check_open

REVERSAL = "tilbakeført"  # a write-off taken back (row amount negative, no payment)
OPEN = (InvoiceStatus.SENT.value, InvoiceStatus.PARTLY_PAID.value, InvoiceStatus.OVERDUE.value)
RECOVERY_METHOD = "gjenvinning"


@dataclass(frozen=True)
class WriteOffView:
    id: int
    invoice_number: int
    customer_number: int
    kind: str  # avskrivning | gjenvinning
    amount_ore: int  # positive for a write-off, negative for a recovery
    on: date
    reason: str
    payment_id: int | None
    actor: str

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "invoice": self.invoice_number, "member": self.customer_number, "kind": self.kind,
                "amount": format_amount(self.amount_ore), "date": self.on.isoformat(), "reason": self.reason,
                "payment": self.payment_id, "actor": self.actor}


def refresh_status(inv: Invoice) -> None:
    """Status after a write-off or recovery: "avskrevet" when a write-off leaves nothing to pay."""
    from ..payments.booking import refresh_invoice

    refresh_invoice(inv)


def _invoice(session: Session, number: int) -> Invoice:
    inv = session.scalars(select(Invoice).where(Invoice.number == int(number))).first()
    if inv is None:
        raise NotFound(f"Fant ikke faktura {number}.")
    if inv.kind != InvoiceKind.INVOICE.value:
        raise UserError(f"{number} er en kreditnota; bare fakturaer kan avskrives.")
    return inv


def write_off(session: Session, number: int, reason: str, amount_ore: int | None = None,
              on: date | None = None) -> WriteOffView:
    """Write off all (default) or part of what is left on an issued invoice, as a loss."""
    require(session, "invoices")  # administrators and bookkeepers; not read-only users
    inv = _invoice(session, number)
    reason = (reason or "").strip()
    if not reason:
        raise UserError("Skriv en begrunnelse for avskrivningen (f.eks. «konkurs», «ikke funnet», «foreldet»).")
    if inv.status not in OPEN or inv.remaining_ore <= 0:
        raise UserError(f"Faktura {number} har ikke noe utestående å avskrive.")
    amount = inv.remaining_ore if amount_ore is None else int(amount_ore)
    if amount <= 0:
        raise UserError("Beløpet som avskrives må være større enn null.")
    if amount > inv.remaining_ore:
        raise UserError(f"Kan ikke avskrive {format_kr(amount)}: høyst {format_kr(inv.remaining_ore)} "
                        f"står igjen på faktura {number}.")
    on = on or date.today()
    if on < inv.invoice_date:
        raise UserError(f"Avskrivningen kan ikke dateres før fakturadatoen {inv.invoice_date:%d.%m.%Y}.")
    check_open(session, on, f"en avskrivning datert {on:%d.%m.%Y}")
    old = {"written_off_ore": inv.written_off_ore, "status": inv.status}
    row = InvoiceWriteOff(invoice_id=inv.id, kind=WRITE_OFF, amount_ore=amount, on=on, reason=reason,
                          actor=audit.actor_of(session))
    session.add(row)
    inv.written_off_ore += amount
    refresh_status(inv)
    session.flush()
    _post(session, inv, row)
    audit.record(session, "write_off", "invoice", inv.id, {
        **audit.diff(old, {"written_off_ore": inv.written_off_ore, "status": inv.status}),
        "amount_ore": [None, amount], "on": [None, on.isoformat()], "reason": [None, reason]})
    return _view(row, inv)


def reverse_write_off(session: Session, number: int, reason: str, on: date | None = None) -> WriteOffView:
    """Take back what is still written off on an invoice (a write-off made by mistake, or before a credit
    note): the receivable stands again. Recorded as its own row; the original write-off stays on record."""
    require(session, "invoices")
    inv = _invoice(session, number)
    reason = (reason or "").strip()
    if not reason:
        raise UserError("Skriv hvorfor avskrivningen tilbakeføres.")
    if inv.written_off_ore <= 0:
        raise UserError(f"Faktura {number} har ingen avskrivning å tilbakeføre.")
    on = on or date.today()
    check_open(session, on, f"en tilbakeføring av avskrivning datert {on:%d.%m.%Y}")
    old = {"written_off_ore": inv.written_off_ore, "status": inv.status}
    row = InvoiceWriteOff(invoice_id=inv.id, kind=REVERSAL, amount_ore=-inv.written_off_ore, on=on,
                          reason=reason, actor=audit.actor_of(session))
    session.add(row)
    inv.written_off_ore = 0
    refresh_status(inv)
    session.flush()
    _post(session, inv, row)
    audit.record(session, "write_off_reversed", "invoice", inv.id, {
        **audit.diff(old, {"written_off_ore": inv.written_off_ore, "status": inv.status}),
        "amount_ore": [None, row.amount_ore], "on": [None, on.isoformat()], "reason": [None, reason]})
    return _view(row, inv)


def recover(session: Session, payment: Payment, inv: Invoice, amount_ore: int, method: str = RECOVERY_METHOD
            ) -> int:
    """Book up to ``amount_ore`` of the payment's unallocated money as a recovery on a written-off invoice.

    Returns the øre recovered (0 when the invoice has no write-off left or the payment nothing left).
    """
    amount = min(int(amount_ore), payment.unallocated_ore, inv.written_off_ore)
    if amount <= 0:
        return 0
    old = {"paid_ore": inv.paid_ore, "written_off_ore": inv.written_off_ore, "status": inv.status}
    payment.allocations.append(Allocation(invoice_id=inv.id, amount_ore=amount, method=method,
                                          actor=audit.actor_of(session)))
    payment.allocated_ore += amount
    if payment.member_id is None:
        payment.member_id = inv.member_id
    from ..payments.booking import refresh_payment

    refresh_payment(payment)
    inv.paid_ore += amount
    inv.written_off_ore -= amount
    row = InvoiceWriteOff(invoice_id=inv.id, kind=RECOVERY, amount_ore=-amount, on=payment.booked_on,
                          reason="Inngått tidligere avskrevet fordring", payment_id=payment.id,
                          actor=audit.actor_of(session))
    session.add(row)
    refresh_status(inv)
    session.flush()
    _post(session, inv, row)
    try:
        from ..books.events import sync_payment
    except ImportError:  # pragma: no cover
        pass
    else:
        sync_payment(session, payment, "matching", payment.booked_on)
    audit.record(session, "recovery", "invoice", inv.id, {
        **audit.diff(old, {"paid_ore": inv.paid_ore, "written_off_ore": inv.written_off_ore, "status": inv.status}),
        "payment": [None, payment.id], "amount_ore": [None, amount]})
    return amount


def recover_from_payments(session: Session, payment_ids: list[int]) -> tuple[int, int]:
    """After a bank import: payments whose KID belongs to a written-off invoice and that landed as credit
    on the member's account are booked as recoveries on that invoice.

    Returns (øre recovered, payments with no credit left), for the import's summary.
    """
    if not payment_ids:
        return 0, 0
    total = emptied = 0
    for start in range(0, len(payment_ids), 500):
        part = payment_ids[start:start + 500]
        rows = session.execute(select(Payment, Invoice).join(Invoice, Invoice.kid == Payment.kid).where(
            Payment.id.in_(part), Payment.kid != "", Payment.status == PaymentStatus.CREDIT.value,
            Invoice.kind == InvoiceKind.INVOICE.value, Invoice.number.is_not(None), Invoice.written_off_ore > 0,
            Invoice.member_id == Payment.member_id).order_by(Payment.id)).all()
        for payment, inv in rows:
            total += recover(session, payment, inv, payment.unallocated_ore)
            emptied += payment.unallocated_ore == 0
    return total, emptied


def _post(session: Session, inv: Invoice, row: InvoiceWriteOff) -> None:
    """The voucher in the books: a loss against the member's receivable; a recovery turns it back."""
    try:
        from ..books.posting import Line, post_voucher
    except ImportError:  # pragma: no cover - books are optional for invoicing
        return
    if row.kind == WRITE_OFF:
        kind, text = "tap", f"Tap på fordring, faktura {inv.number}"
    elif row.kind == REVERSAL:
        kind, text = "tap", f"Tilbakeført tap på fordring, faktura {inv.number}"
    else:
        kind, text = "gjenvunnet", f"Inngått tidligere avskrevet fordring, faktura {inv.number}"
    post_voucher(session, row.on, kind, f"Faktura {inv.number}",
                 [Line(row.amount_ore, "loss", description=text),
                  Line(-row.amount_ore, "receivable", member_id=inv.member_id, description=text)],
                 description=text, source="writeoff", source_id=row.id)


def member_written_off(session: Session) -> dict[int, int]:
    """{member id: øre written off less recovered}, negative: what it takes off the reskontro balance."""
    return {int(m or 0): -int(s) for m, s in session.execute(
        select(Invoice.member_id, func.sum(InvoiceWriteOff.amount_ore)).join(
            Invoice, Invoice.id == InvoiceWriteOff.invoice_id).where(Invoice.member_id.is_not(None))
        .group_by(Invoice.member_id)).all() if s}


try:  # the books compare their customer sub-ledger with the reskontro; write-offs move it
    from ..books.integrity import EXTRA_BALANCES as _EXTRA
except ImportError:  # pragma: no cover
    pass
else:
    if member_written_off not in _EXTRA:
        _EXTRA.append(member_written_off)


def _view(row: InvoiceWriteOff, inv: Invoice) -> WriteOffView:
    return WriteOffView(row.id, inv.number or 0, inv.customer_number, row.kind, row.amount_ore, row.on, row.reason,
                        row.payment_id, row.actor)


def list_write_offs(session: Session, *, number: int | None = None, member_id: int | None = None,
                    on: date | None = None) -> list[WriteOffView]:
    """Write-offs and recoveries, oldest first; for one invoice, one member, or dated by ``on``."""
    query = select(InvoiceWriteOff, Invoice).join(Invoice, Invoice.id == InvoiceWriteOff.invoice_id)
    if number is not None:
        query = query.where(Invoice.number == int(number))
    if member_id is not None:
        query = query.where(Invoice.member_id == member_id)
    if on is not None:
        query = query.where(InvoiceWriteOff.on <= on)
    return [_view(row, inv) for row, inv in session.execute(
        query.order_by(InvoiceWriteOff.on, InvoiceWriteOff.id)).all()]


def written_off_at(session: Session, on: date) -> dict[int, int]:
    """{invoice id: øre written off less recovered by ``on``} (for the aging at a date)."""
    return {int(i): int(s) for i, s in session.execute(
        select(InvoiceWriteOff.invoice_id, func.sum(InvoiceWriteOff.amount_ore)).where(InvoiceWriteOff.on <= on)
        .group_by(InvoiceWriteOff.invoice_id)).all() if s}


@register_invariant("avskrivninger")
def write_offs_agree(session: Session) -> list[str]:
    """Each invoice's written-off amount is the sum of its write-offs and recoveries, never below zero."""
    per = (select(InvoiceWriteOff.invoice_id.label("iid"), func.sum(InvoiceWriteOff.amount_ore).label("sum"))
           .group_by(InvoiceWriteOff.invoice_id).subquery())
    bad = session.execute(select(Invoice.number, Invoice.written_off_ore, func.coalesce(per.c.sum, 0))
                          .join(per, per.c.iid == Invoice.id, isouter=True)
                          .where((func.coalesce(per.c.sum, 0) != Invoice.written_off_ore)
                                 | (Invoice.written_off_ore < 0)
                                 | (Invoice.total_ore - Invoice.paid_ore - Invoice.credited_ore
                                    - Invoice.written_off_ore < 0) & (Invoice.written_off_ore > 0))).all()
    return [f"Faktura {n}: avskrevet {format_kr(w)}, men avskrivningene er {format_kr(s)}." for n, w, s in bad[:20]]


def undo_recovery(session: Session, inv: Invoice, payment: Payment, amount_ore: int) -> None:
    """A recovery match is undone (payments' unmatch): the write-off stands again, by a row of its own."""
    row = InvoiceWriteOff(invoice_id=inv.id, kind=RECOVERY, amount_ore=amount_ore, on=date.today(),
                          reason="Angret gjenvinning", payment_id=payment.id, actor=audit.actor_of(session))
    session.add(row)
    inv.written_off_ore += amount_ore
    session.flush()
    _post(session, inv, row)
