"""What collection adds to a member's reskontro: fee, interest and compensation claims, the part
of each payment that covered them, the charges still open, and the letters themselves (each
reminder, inkassovarsel and hand-over as a line without amount, so the reskontro tells the story)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models.collection import ChargePayment, CollectionCharge
from ..models.invoice import Invoice
from ..models.payment import Payment

KIND_LABELS = {"gebyr": "purregebyr", "rente": "forsinkelsesrente", "kompensasjon": "kompensasjon"}
TEXT = {"gebyr": "Purregebyr", "rente": "Forsinkelsesrente", "kompensasjon": "Standardkompensasjon (frl. § 3a)"}


@dataclass(frozen=True)
class LedgerParts:
    #: (date, kind, sort id, reference, text, debit, credit) as in the reskontro
    lines: list[tuple[date, str, int, str, str, int, int]]
    #: (reference, charged on, amount open, status label, invoice id)
    open_charges: list[tuple[str, date, int, str, int]]


def ledger_parts(session: Session, member_id: int) -> LedgerParts:
    """Charges on the member's invoices as debit lines, the payments' parts that covered them as
    credit lines ("innbetaling"), and the charges still open."""
    rows = session.execute(select(CollectionCharge, Invoice.number).join(Invoice, Invoice.id == CollectionCharge.invoice_id)
                           .where(Invoice.member_id == member_id).order_by(CollectionCharge.id)).all()
    lines: list[tuple[date, str, int, str, str, int, int]] = []
    open_charges = []
    for ch, number in rows:
        label = KIND_LABELS.get(ch.kind, ch.kind)
        text = f"faktura {number}"
        if ch.kind == "rente" and ch.period_from and ch.period_to:
            text += f", {ch.period_from:%d.%m.%Y}–{ch.period_to:%d.%m.%Y}"
        lines.append((ch.charged_on, label, ch.id, f"{TEXT.get(ch.kind, ch.kind)} (faktura {number})", text,
                      ch.amount_ore, 0))
        if ch.amount_ore > ch.paid_ore:
            open_charges.append((f"{TEXT.get(ch.kind, ch.kind)} (faktura {number})", ch.charged_on,
                                 ch.amount_ore - ch.paid_ore, "Purrekrav", ch.invoice_id))
    if rows:
        kinds = {ch.id: (ch.kind, number) for ch, number in rows}
        for pid, booked_on, charge_id, amount in session.execute(
                select(ChargePayment.payment_id, Payment.booked_on, ChargePayment.charge_id, ChargePayment.amount_ore)
                .join(Payment, Payment.id == ChargePayment.payment_id)
                .where(ChargePayment.charge_id.in_(list(kinds))).order_by(ChargePayment.id)):
            kind, number = kinds[charge_id]
            lines.append((booked_on, "innbetaling", pid, f"Innbetaling {pid}",
                          f"{TEXT.get(kind, kind).lower()} på faktura {number}", 0, amount))
    lines += letter_lines(session, member_id)
    return LedgerParts(lines, open_charges)


def letter_lines(session: Session, member_id: int) -> list[tuple[date, str, int, str, str, int, int]]:
    """Each reminder and inkassovarsel on the member's invoices, and each hand-over, as a line
    without amount: «Purring nr. 12», «faktura 5 (purring 2), 6 (purring 1), frist 28.02.2025»."""
    from ..models.collection import Handover, Reminder, ReminderItem

    out: list[tuple[date, str, int, str, str, int, int]] = []
    letters: dict[int, list[Any]] = {}
    for rid, number, stage, issued, deadline, invoice_number, sequence in session.execute(
            select(Reminder.id, Reminder.number, Reminder.stage, Reminder.issued_on, Reminder.deadline, Invoice.number,
                   ReminderItem.sequence)
            .join(ReminderItem, ReminderItem.reminder_id == Reminder.id)
            .join(Invoice, Invoice.id == ReminderItem.invoice_id)
            .where(Invoice.member_id == member_id).order_by(Reminder.number, Invoice.number)):
        # the plan puts the inkassovarsel last, so a purring's sequence is its purring number
        what = f"{invoice_number} (purring {sequence})" if stage == "purring" else str(invoice_number)
        letters.setdefault(rid, [number, stage, issued, deadline, []])[4].append(what)
    for rid, (number, stage, issued, deadline, invoices) in letters.items():
        title = "Inkassovarsel" if stage == "inkassovarsel" else "Purring"
        out.append((issued, stage, rid, f"{title} nr. {number}",
                    f"faktura {', '.join(invoices)}, frist {deadline:%d.%m.%Y}", 0, 0))
    for hid, on, invoice_number in session.execute(
            select(Handover.id, Handover.handed_over_on, Invoice.number).join(Invoice, Invoice.id == Handover.invoice_id)
            .where(Invoice.member_id == member_id)):
        out.append((on, "inkasso", hid, f"Sendt til inkasso (faktura {invoice_number})", "", 0, 0))
    return out


def balances_added(session: Session) -> dict[int, int]:
    """Per member: charges less what payments covered of them (for the books' reskontro check)."""
    from sqlalchemy import func

    out: dict[int, int] = {}
    for member_id, amount in session.execute(select(Invoice.member_id, func.sum(CollectionCharge.amount_ore))
                                             .join(Invoice, Invoice.id == CollectionCharge.invoice_id)
                                             .group_by(Invoice.member_id)):
        if member_id is not None:
            out[member_id] = out.get(member_id, 0) + int(amount or 0)
    for member_id, amount in session.execute(select(Invoice.member_id, func.sum(ChargePayment.amount_ore))
                                             .join(CollectionCharge, CollectionCharge.id == ChargePayment.charge_id)
                                             .join(Invoice, Invoice.id == CollectionCharge.invoice_id)
                                             .group_by(Invoice.member_id)):
        if member_id is not None:
            out[member_id] = out.get(member_id, 0) - int(amount or 0)
    return out


def aging_charges(session: Session, on: date) -> list[tuple[int, int, str, date, int]]:
    """Fees and interest open at ``on`` per invoice: (invoice number, customer number, name, due date, øre).

    Charged by then, less what payments booked by then covered; aged by the invoice's due date.
    """
    from sqlalchemy import func

    paid = dict(session.execute(select(ChargePayment.charge_id, func.sum(ChargePayment.amount_ore))
                                .join(Payment, Payment.id == ChargePayment.payment_id)
                                .where(Payment.booked_on <= on).group_by(ChargePayment.charge_id)).all())
    per_invoice: dict[int, list[Any]] = {}
    for cid, number, cust, name, due, amount in session.execute(
            select(CollectionCharge.id, Invoice.number, Invoice.customer_number, Invoice.buyer_name, Invoice.due_date,
                   CollectionCharge.amount_ore).join(Invoice, Invoice.id == CollectionCharge.invoice_id)
            .where(CollectionCharge.charged_on <= on).order_by(Invoice.number)):
        left = int(amount) - int(paid.get(cid, 0) or 0)
        if left > 0:
            row = per_invoice.setdefault(int(number or 0), [int(number or 0), cust, name, due, 0])
            row[4] += left
    return [(r[0], r[1], r[2], r[3], r[4]) for r in per_invoice.values()]
