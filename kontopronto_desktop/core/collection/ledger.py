"""What collection adds to a member's reskontro: fee, interest and compensation claims, the part
of each payment that covered them, and the charges still open."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models.collection import CollectionCharge
from ..models.invoice import Invoice
from .settlement import charge_payments_by_payment

KIND_LABELS = {"gebyr": "purregebyr", "rente": "forsinkelsesrente", "kompensasjon": "kompensasjon"}
TEXT = {"gebyr": "Purregebyr", "rente": "Forsinkelsesrente", "kompensasjon": "Standardkompensasjon (frl. § 3a)"}


@dataclass(frozen=True)
class LedgerParts:
    #: (date, kind, sort id, reference, text, debit, credit) as in the reskontro
    lines: list[tuple[date, str, int, str, str, int, int]]
    paid_by_payment: dict[int, int]
    #: (reference, charged on, amount open, kind label)
    open_charges: list[tuple[str, date, int, str]]


def ledger_parts(session: Session, member_id: int, payment_ids: list[int], on: date | None = None) -> LedgerParts:
    rows = session.execute(select(CollectionCharge, Invoice.number).join(Invoice, Invoice.id == CollectionCharge.invoice_id)
                           .where(Invoice.member_id == member_id).order_by(CollectionCharge.id)).all()
    lines, open_charges = [], []
    for ch, number in rows:
        if on is not None and ch.charged_on > on:
            continue
        label = KIND_LABELS.get(ch.kind, ch.kind)
        text = f"faktura {number}"
        if ch.kind == "rente" and ch.period_from and ch.period_to:
            text += f", {ch.period_from:%d.%m.%Y}–{ch.period_to:%d.%m.%Y}"
        lines.append((ch.charged_on, label, ch.id, f"{TEXT.get(ch.kind, ch.kind)} (faktura {number})", text,
                      ch.amount_ore, 0))
        if ch.amount_ore > ch.paid_ore:
            open_charges.append((f"{TEXT.get(ch.kind, ch.kind)} (faktura {number})", ch.charged_on,
                                 ch.amount_ore - ch.paid_ore, label.capitalize()))
    return LedgerParts(lines, charge_payments_by_payment(session, payment_ids) if rows else {}, open_charges)
