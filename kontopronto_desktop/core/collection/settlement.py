"""Payments on a claim with costs: costs first, then interest, then the principal.

Inkassoloven § 9 / the general rule of dekningsrekkefølge: a payment covers costs (reminder fees,
standard compensation), then interest, then the principal. Booking (KID match at import, manual
match, split, use of credit) first books against the invoice as usual; ``cover_costs_first`` then
moves what is needed from that allocation (and the payment's unallocated rest on the same
member's account) to the claim's open charges. ``Payment.allocated_ore`` stays the sum of the
invoice allocations plus the charge payments.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import audit
from ..models.collection import ChargePayment, CollectionCharge
from ..models.invoice import Invoice
from ..models.payment import Allocation, Payment
from ..payments.booking import refresh_invoice, refresh_payment
from .claims import chunks

ORDER = {"gebyr": 0, "kompensasjon": 0, "rente": 1}


def _open_charges(session: Session, invoice_ids: list[int]) -> dict[int, list[CollectionCharge]]:
    out: dict[int, list[CollectionCharge]] = {}
    for part in chunks(invoice_ids):
        for ch in session.scalars(select(CollectionCharge).where(
                CollectionCharge.invoice_id.in_(part), CollectionCharge.paid_ore < CollectionCharge.amount_ore)):
            out.setdefault(ch.invoice_id, []).append(ch)
    for charges in out.values():
        charges.sort(key=lambda ch: (ORDER.get(ch.kind, 0), ch.charged_on, ch.id))
    return out


def cover_costs_first(session: Session, payment_ids: Iterable[int], *, use_spare: bool = True) -> int:
    """Re-spread these payments' invoice allocations so open charges are paid first; returns øre moved.

    ``use_spare`` lets the payment's unallocated rest (its credit on the same member's account) pay
    charges too; a split keeps it for the next part.
    """
    ids = sorted(set(payment_ids))
    if not ids or session.scalar(select(CollectionCharge.id).where(
            CollectionCharge.paid_ore < CollectionCharge.amount_ore).limit(1)) is None:
        return 0  # the usual case (no charges anywhere): costs nothing
    session.flush()
    allocs: list[Allocation] = []
    for part in chunks(ids):
        allocs += session.scalars(select(Allocation).where(Allocation.payment_id.in_(part)).order_by(Allocation.id))
    charges = _open_charges(session, sorted({a.invoice_id for a in allocs}))
    moved_total = 0
    for alloc in allocs:
        open_charges = charges.get(alloc.invoice_id)
        if not open_charges:
            continue
        payment = session.get(Payment, alloc.payment_id)
        invoice = session.get(Invoice, alloc.invoice_id)
        assert payment is not None and invoice is not None
        spare = payment.unallocated_ore if use_spare and payment.member_id == invoice.member_id else 0
        available = alloc.amount_ore + spare
        moved = 0
        for ch in open_charges:
            share = min(ch.amount_ore - ch.paid_ore, available - moved)
            if share <= 0:
                break
            ch.paid_ore += share
            session.add(ChargePayment(payment_id=payment.id, charge_id=ch.id, amount_ore=share))
            moved += share
        if not moved:
            continue
        principal_room = invoice.remaining_ore + alloc.amount_ore
        new_principal = min(available - moved, principal_room)
        old = {"paid_ore": invoice.paid_ore, "status": invoice.status}
        invoice.paid_ore += new_principal - alloc.amount_ore
        payment.allocated_ore += moved + new_principal - alloc.amount_ore
        refresh_invoice(invoice)
        refresh_payment(payment)
        if new_principal:
            alloc.amount_ore = new_principal
        else:
            payment.allocations.remove(alloc)
        audit.record(session, "cover_costs", "invoice", invoice.id, {
            **audit.diff(old, {"paid_ore": invoice.paid_ore, "status": invoice.status}),
            "payment": [None, payment.id], "costs_ore": [None, moved]})
        charges[alloc.invoice_id] = [ch for ch in open_charges if ch.paid_ore < ch.amount_ore]
        moved_total += moved
    session.flush()
    return moved_total


def release_charge_payments(session: Session, payment: Payment) -> int:
    """Undo of a match: the charges the payment covered are open again; returns øre released."""
    released = 0
    for cp in session.scalars(select(ChargePayment).where(ChargePayment.payment_id == payment.id)):
        charge = session.get(CollectionCharge, cp.charge_id)
        assert charge is not None
        charge.paid_ore -= cp.amount_ore
        released += cp.amount_ore
        session.delete(cp)
    if released:
        audit.record(session, "uncover_costs", "payment", payment.id, {"costs_ore": [released, None]})
    return released


def charge_payments_by_payment(session: Session, payment_ids: list[int]) -> dict[int, int]:
    out: dict[int, int] = {}
    for part in chunks(payment_ids):
        for pid, amount in session.execute(select(ChargePayment.payment_id, ChargePayment.amount_ore)
                                           .where(ChargePayment.payment_id.in_(part))):
            out[pid] = out.get(pid, 0) + amount
    return out
