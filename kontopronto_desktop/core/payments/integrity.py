"""Invariants for ``kontopronto check``: invoices' paid amounts and payments' allocations agree."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..integrity import register_invariant
from ..models.invoice import Invoice, InvoiceKind
from ..models.payment import Allocation, Payment
from .booking import payment_status


@register_invariant("innbetalinger")
def allocations_agree(session: Session) -> list[str]:
    problems: list[str] = []
    per_invoice = (select(Allocation.invoice_id.label("iid"), func.sum(Allocation.amount_ore).label("sum"))
                   .group_by(Allocation.invoice_id).subquery())
    bad = session.execute(select(Invoice.number, Invoice.paid_ore, func.coalesce(per_invoice.c.sum, 0))
                          .join(per_invoice, per_invoice.c.iid == Invoice.id, isouter=True)
                          .where(func.coalesce(per_invoice.c.sum, 0) != Invoice.paid_ore)).all()
    problems += [f"Faktura {n}: betalt {p / 100:.2f} kr, men innbetalingene som er ført mot den er "
                 f"{s / 100:.2f} kr." for n, p, s in bad[:20]]
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
            problems.append(f"Innbetaling {pid}: fordelt {allocated / 100:.2f} kr, men fordelingene er "
                            f"{summed / 100:.2f} kr.")
        elif amount <= 0 or allocated < 0 or refunded < 0 or allocated + refunded > amount:
            problems.append(f"Innbetaling {pid} er overfordelt: {(allocated + refunded) / 100:.2f} kr av "
                            f"{amount / 100:.2f} kr.")
        elif status != payment_status(member_id, amount, allocated, refunded):
            problems.append(f"Innbetaling {pid} har feil status «{status}».")
        if len(problems) >= 40:
            break
    negative = session.scalar(select(func.count()).select_from(Allocation).where(Allocation.amount_ore <= 0)) or 0
    if negative:
        problems.append(f"{negative} fordelinger har beløp null eller negativt.")
    return problems
