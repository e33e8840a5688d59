"""Invariants for ``kontopronto check``: invoices' paid amounts and payments' allocations agree;
and the repair (``check --repair``) for what can be derived from the allocations themselves."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from .. import audit
from ..integrity import register_invariant, register_repair
from ..models.invoice import Invoice, InvoiceKind
from ..models.payment import Allocation, Payment
from ..money import format_kr
from .booking import payment_status, refresh_invoice


@register_invariant("innbetalinger")
def allocations_agree(session: Session) -> list[str]:
    problems: list[str] = []
    per_invoice = (select(Allocation.invoice_id.label("iid"), func.sum(Allocation.amount_ore).label("sum"))
                   .group_by(Allocation.invoice_id).subquery())
    bad = session.execute(select(Invoice.number, Invoice.paid_ore, func.coalesce(per_invoice.c.sum, 0))
                          .join(per_invoice, per_invoice.c.iid == Invoice.id, isouter=True)
                          .where(func.coalesce(per_invoice.c.sum, 0) != Invoice.paid_ore)).all()
    problems += [f"Faktura {n}: betalt {format_kr(p)}, men innbetalingene som er ført mot den er "
                 f"{format_kr(s)}." for n, p, s in bad[:20]]
    wrong_target = session.scalar(select(func.count()).select_from(Allocation).join(
        Invoice, Invoice.id == Allocation.invoice_id).where(
        (Invoice.kind != InvoiceKind.INVOICE.value) | Invoice.number.is_(None))) or 0
    if wrong_target:
        problems.append(f"{wrong_target} innbetalinger er ført mot utkast eller kreditnotaer.")
    per_payment = (select(Allocation.payment_id.label("pid"), func.sum(Allocation.amount_ore).label("sum"))
                   .group_by(Allocation.payment_id).subquery())
    rows = session.execute(select(Payment.id, Payment.amount_ore, Payment.allocated_ore, Payment.refunded_ore,
                                  Payment.member_id, Payment.status, func.coalesce(per_payment.c.sum, 0))
                           .join(per_payment, per_payment.c.pid == Payment.id, isouter=True)).all()
    from ..collection.settlement import charge_payments_by_payment

    to_charges = charge_payments_by_payment(session, [r[0] for r in rows])  # reminder fees and interest
    for pid, amount, allocated, refunded, member_id, status, summed in rows:
        summed += to_charges.get(pid, 0)
        if summed != allocated:
            problems.append(f"Innbetaling {pid}: fordelt {format_kr(allocated)}, men fordelingene er "
                            f"{format_kr(summed)}.")
        elif amount == 0 and allocated == 0 and refunded == 0:
            problems.append(f"Innbetaling {pid} har beløp 0,00 kr og skulle ikke vært bokført "
                            "(fjernes med «kontopronto check --repair»).")
        elif amount <= 0 or allocated < 0 or refunded < 0 or allocated + refunded > amount:
            problems.append(f"Innbetaling {pid} er overfordelt: {format_kr(allocated + refunded)} av "
                            f"{format_kr(amount)}.")
        elif status != payment_status(member_id, amount, allocated, refunded):
            problems.append(f"Innbetaling {pid} har feil status «{status}».")
        if len(problems) >= 40:
            break
    negative = session.scalar(select(func.count()).select_from(Allocation).where(Allocation.amount_ore <= 0)) or 0
    if negative:
        problems.append(f"{negative} fordelinger har beløp null eller negativt.")
    return problems


@register_repair("innbetalinger")
def repair_payments(session: Session) -> list[str]:
    """What ``allocations_agree`` finds and the store itself can settle.

    - A payment of 0,00 kr (camt imports before the zero check booked them) moved no money: it is
      removed when nothing refers to it, audited with its bank reference.
    - An invoice's paid amount and a payment's allocated amount are sums of allocations, and
      both statuses follow from the amounts: they are recomputed from the allocations.
    Over-allocation (allocations above a payment's amount) is not guessed at; it stays reported.
    """
    done: list[str] = []
    zero = session.scalars(select(Payment).where(Payment.amount_ore == 0, Payment.allocated_ore == 0,
                                                 Payment.refunded_ore == 0)).all()
    for payment in zero:
        has_allocations = session.scalar(select(func.count()).select_from(Allocation).where(
            Allocation.payment_id == payment.id)) or 0
        if has_allocations:
            continue
        try:
            with session.begin_nested():
                audit.record(session, "repair", "payment", payment.id, {
                    "amount_ore": [0, None], "external_ref": [payment.external_ref, None],
                    "booked_on": [payment.booked_on.isoformat(), None], "reason": ["beløp 0,00 kr", None]})
                session.delete(payment)
                session.flush()
        except IntegrityError:
            done.append(f"Innbetaling {payment.id} på 0,00 kr er brukt andre steder og er ikke fjernet.")
            continue
        done.append(f"Innbetaling {payment.id} på 0,00 kr ({payment.external_ref}) er fjernet.")
    sums = {iid: total for iid, total in session.execute(
        select(Allocation.invoice_id, func.sum(Allocation.amount_ore)).group_by(Allocation.invoice_id))}
    for invoice in session.scalars(select(Invoice).where(Invoice.kind == InvoiceKind.INVOICE.value)):
        right = int(sums.get(invoice.id, 0) or 0)
        if invoice.paid_ore != right:
            audit.record(session, "repair", "invoice", invoice.id, {"paid_ore": [invoice.paid_ore, right]})
            done.append(f"Faktura {invoice.number}: betalt {format_kr(invoice.paid_ore)} -> {format_kr(right)} "
                        "(summen av innbetalingene ført mot den).")
            invoice.paid_ore = right
            refresh_invoice(invoice)
    per_payment = {pid: total for pid, total in session.execute(
        select(Allocation.payment_id, func.sum(Allocation.amount_ore)).group_by(Allocation.payment_id))}
    for payment in session.scalars(select(Payment)):
        right = int(per_payment.get(payment.id, 0) or 0)
        status = payment_status(payment.member_id, payment.amount_ore, right, payment.refunded_ore)
        if payment.allocated_ore != right or payment.status != status:
            audit.record(session, "repair", "payment", payment.id, {
                "allocated_ore": [payment.allocated_ore, right], "status": [payment.status, status]})
            done.append(f"Innbetaling {payment.id}: fordelt {format_kr(payment.allocated_ore)} -> "
                        f"{format_kr(right)}, status «{payment.status}» -> «{status}».")
            payment.allocated_ore = right
            payment.status = status
    session.flush()
    return done
