"""Reskontro: a member's invoices, credit notes, payments and refunds in date order with saldo.

Positive amounts are what the member owes (debit), negative what we owe the member. The
closing balance equals the sum of the open items: open invoices minus credit on account.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, selectinload

from ..errors import NotFound
from ..invoicing.status import states_of
from ..models import Member
from ..models.invoice import Invoice, InvoiceKind
from ..models.payment import Allocation, Payment, PaymentStatus
from ..money import format_amount

_ORDER = {"faktura": 0, "kreditnota": 1, "innbetaling": 2, "tilbakebetaling": 3, "gjenvinning": 4, "avskrivning": 5,
          "purring": 6, "inkassovarsel": 6, "inkasso": 7}


@dataclass(frozen=True)
class LedgerLine:
    on: date
    #: faktura | kreditnota | innbetaling | tilbakebetaling | avskrivning | gjenvinning | purregebyr |
    #: forsinkelsesrente | kompensasjon | purring | inkassovarsel | inkasso (the last three without amount)
    kind: str
    reference: str
    text: str
    debit_ore: int
    credit_ore: int
    balance_ore: int

    def to_json(self) -> dict[str, Any]:
        return {"date": self.on.isoformat(), "kind": self.kind, "reference": self.reference, "text": self.text,
                "debit": format_amount(self.debit_ore), "credit": format_amount(self.credit_ore),
                "balance": format_amount(self.balance_ore)}


@dataclass(frozen=True)
class OpenLedgerItem:
    reference: str
    on: date
    due_date: date | None
    amount_ore: int
    status: str
    #: the claim's reminder stage (collection.stages): purring_1 … / inkassovarsel / stanset / til_inkasso / ""
    stage: str = ""
    stage_text: str = ""
    #: for an invoice, the status model's codes (core/invoicing/status.py); ``status`` is its text
    payment_state: str = ""
    overdue_days: int = 0

    def to_json(self) -> dict[str, Any]:
        return {"reference": self.reference, "date": self.on.isoformat(),
                "due_date": self.due_date.isoformat() if self.due_date else None,
                "amount": format_amount(self.amount_ore), "status": self.status,
                "payment_state": self.payment_state or None, "overdue_days": self.overdue_days,
                "reminder_stage": self.stage, "reminder_stage_text": self.stage_text}


@dataclass(frozen=True)
class Ledger:
    customer_number: int
    name: str
    on: date
    lines: tuple[LedgerLine, ...]
    open_items: tuple[OpenLedgerItem, ...]
    balance_ore: int
    credit_ore: int
    #: written off as a loss less recovered (tap på fordring), shown apart from what is owed
    written_off_ore: int = 0

    def to_json(self) -> dict[str, Any]:
        return {"member": self.customer_number, "name": self.name, "date": self.on.isoformat(),
                "balance": format_amount(self.balance_ore), "credit": format_amount(self.credit_ore),
                "written_off": format_amount(self.written_off_ore),
                "lines": [ln.to_json() for ln in self.lines],
                "open_items": [i.to_json() for i in self.open_items]}


def member_ledger(session: Session, customer_number: int, on: date | None = None) -> Ledger:
    """The member's reskontro; "forfalt" is judged at ``on`` (default today)."""
    on = on or date.today()
    member = session.scalars(select(Member).where(Member.customer_number == int(customer_number))).first()
    if member is None:
        raise NotFound(f"Fant ikke medlem med kundenummer {customer_number}.")
    docs = list(session.scalars(select(Invoice).where(Invoice.member_id == member.id, Invoice.number.is_not(None))))
    numbers = {d.id: d.number for d in docs}
    own_ids = {d.id for d in docs if d.kind == InvoiceKind.INVOICE.value}
    payments = list(session.scalars(select(Payment).options(selectinload(Payment.allocations)).where(or_(
        Payment.member_id == member.id,
        Payment.id.in_(select(Allocation.payment_id).where(Allocation.invoice_id.in_(own_ids)))))))
    raw: list[tuple[date, str, int, str, str, int, int]] = []
    for d in docs:
        if d.kind == InvoiceKind.INVOICE.value:
            raw.append((d.invoice_date, "faktura", d.number or 0, f"Faktura {d.number}",
                        f"forfall {d.due_date:%d.%m.%Y}", d.total_ore, 0))
        else:
            raw.append((d.invoice_date, "kreditnota", d.number or 0, f"Kreditnota {d.number}",
                        f"krediterer faktura {numbers.get(d.credits_invoice_id or 0, '')}".strip(), 0, -d.total_ore))
    credit_items: list[OpenLedgerItem] = []
    for p in payments:
        to_own = sum(a.amount_ore for a in p.allocations if a.invoice_id in own_ids)
        mine = p.member_id == member.id
        amount = to_own + (p.amount_ore - p.allocated_ore if mine else 0)
        paid = sorted({n for a in p.allocations if a.invoice_id in own_ids and (n := numbers[a.invoice_id]) is not None})
        text = ("faktura " + ", ".join(str(n) for n in paid)) if paid else "på konto"
        via = "AvtaleGiro, KID" if any(a.method == "avtalegiro" for a in p.allocations) else "KID"
        raw.append((p.booked_on, "innbetaling", p.id, f"Innbetaling {p.id}" + (f" ({via} {p.kid})" if p.kid else ""),
                    text, 0, amount))
        if mine and p.refunded_ore:
            raw.append((p.refunded_on or p.booked_on, "tilbakebetaling", p.id, f"Tilbakebetaling av innbetaling {p.id}",
                        "", p.refunded_ore, 0))
        if mine and p.status == PaymentStatus.CREDIT.value:
            credit_items.append(OpenLedgerItem(f"Kreditt på konto (innbetaling {p.id})", p.booked_on, None,
                                               -p.unallocated_ore, "På konto"))
    from ..invoicing.writeoff import list_write_offs

    written_off = 0
    for w in list_write_offs(session, member_id=member.id):
        if w.amount_ore > 0:
            raw.append((w.on, "avskrivning", w.id, f"Avskrevet faktura {w.invoice_number}",
                        f"tap på fordring: {w.reason}", 0, w.amount_ore))
        elif w.kind == "tilbakeført":
            raw.append((w.on, "avskrivning", w.id, f"Avskrivning tilbakeført, faktura {w.invoice_number}",
                        w.reason, -w.amount_ore, 0))
        else:
            raw.append((w.on, "gjenvinning", w.id, f"Gjenvunnet faktura {w.invoice_number}",
                        w.reason + (f" (innbetaling {w.payment_id})" if w.payment_id else ""), -w.amount_ore, 0))
        written_off += w.amount_ore
    from ..collection.ledger import ledger_parts

    collection = ledger_parts(session, member.id)  # reminder fees and interest, and the payments that covered them
    raw += collection.lines
    raw.sort(key=lambda r: (r[0], _ORDER.get(r[1], 1), r[2]))
    balance = 0
    lines = []
    for when, kind, _id, ref, text, debit, credit in raw:
        balance += debit - credit
        lines.append(LedgerLine(when, kind, ref, text, debit, credit, balance))
    from ..collection.stages import NONE, claim_stages

    stages = claim_stages(session, on, member_id=member.id)
    open_docs = [d for d in sorted(docs, key=lambda d: d.number or 0)
                 if d.kind == InvoiceKind.INVOICE.value and d.remaining_ore != 0]
    states = states_of(session, open_docs, on)  # payment and overdue as in Fakturaer and the CLI
    open_items = [OpenLedgerItem(f"Faktura {d.number}", d.invoice_date, d.due_date, d.remaining_ore,
                                 " · ".join(t for t in (states[d.id].payment_label, states[d.id].overdue_label) if t),
                                 stages.get(d.id, NONE).key, stages.get(d.id, NONE).label,
                                 states[d.id].payment.value, states[d.id].overdue_days)
                  for d in open_docs]
    open_items += [OpenLedgerItem(ref, when, None, amount, label, stages.get(iid, NONE).key, stages.get(iid, NONE).label)
                   for ref, when, amount, label, iid in collection.open_charges]
    open_items += credit_items
    return Ledger(member.customer_number, member.name, on, tuple(lines), tuple(open_items), balance,
                  -sum(i.amount_ore for i in credit_items), written_off)
