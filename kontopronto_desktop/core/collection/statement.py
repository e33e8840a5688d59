"""Kontoutskrift: a member's open items at a date, with fees and interest to date, as PDF.

Every open invoice with its due date and its state as the status model says it (core/invoicing/status.py:
"delvis betalt, forfalt 3 dager"), the charges still open, interest accrued since the last
charge (when the organisation charges interest) and credit on account. A statement is a notice,
not an accounting document: it is not archived, and it charges nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..errors import NotFound, UserError
from ..invoicing.pdf import fmt_date, kr, seller_of
from ..invoicing.status import InvoiceState, PaymentState, states_of
from ..models import Member
from ..models.invoice import Invoice
from ..models.payment import Payment, PaymentStatus
from ..money import format_amount
from .claims import Claim, load_claims
from .interest import interest_ore_reduced
from .pdf import render_statement
from .rates import RateTable
from .settings import get_collection_settings


@dataclass(frozen=True)
class StatementLine:
    text: str
    due: date | None
    kid: str
    what: str
    amount_ore: int

    def to_json(self) -> dict[str, Any]:
        return {"text": self.text, "due_date": self.due.isoformat() if self.due else None, "kid": self.kid,
                "what": self.what, "amount": format_amount(self.amount_ore)}


@dataclass(frozen=True)
class Statement:
    customer_number: int
    name: str
    address: tuple[str, ...]
    email: str
    on: date
    lines: tuple[StatementLine, ...]

    @property
    def total_ore(self) -> int:
        return sum(ln.amount_ore for ln in self.lines)

    def to_json(self) -> dict[str, Any]:
        return {"member": self.customer_number, "name": self.name, "date": self.on.isoformat(),
                "total": format_amount(self.total_ore), "lines": [ln.to_json() for ln in self.lines]}


def _what(state: InvoiceState | None, claim: Claim, on: date) -> str:
    """The invoice's state as the status model says it (core/invoicing/status.py), in the statement's
    lower case: "delvis betalt, forfalt 3 dager" / "ikke forfalt"."""
    if state is None:
        return "forfalt" if claim.due < on else "ikke forfalt"
    overdue = state.overdue_label.lower() or "ikke forfalt"
    return f"{state.payment_label.lower()}, {overdue}" if state.payment is PaymentState.PARTLY_PAID else overdue


def member_statement(session: Session, customer_number: int, on: date | None = None) -> Statement:
    on = on or date.today()
    member = session.scalars(select(Member).where(Member.customer_number == int(customer_number))).first()
    if member is None:
        raise NotFound(f"Fant ikke medlem med kundenummer {customer_number}.")
    return _statement(session, member, on)


def _statement(session: Session, member: Member, on: date, rates: RateTable | None = None) -> Statement:
    settings = get_collection_settings(session)
    lines: list[StatementLine] = []
    claims = load_claims(session, on, member_ids=[member.id], overdue_only=False)
    states = states_of(session, list(session.scalars(select(Invoice).where(
        Invoice.id.in_([c.invoice_id for c in claims])))), on)
    from .runs import interest_from, principal_reductions

    reductions = principal_reductions(session, [c for c in claims if c.principal_ore and c.due < on]) \
        if settings.charge_interest else {}
    for c in claims:
        if c.principal_ore:
            lines.append(StatementLine(f"Faktura {c.number}", c.due, c.kid, _what(states.get(c.invoice_id), c, on),
                                       c.principal_ore))
        if c.open_charges_ore:
            lines.append(StatementLine(f"Faktura {c.number}", None, c.kid, "gebyr og renter", c.open_charges_ore))
        if settings.charge_interest and c.principal_ore and c.due < on:
            rates = rates or RateTable(session)
            first = interest_from(c)  # what was unpaid each day, as the run charges it
            accrued = interest_ore_reduced(c.principal_ore, reductions.get(c.invoice_id, []), first, on, rates)
            if accrued:
                lines.append(StatementLine(f"Faktura {c.number}", None, c.kid,
                                           f"renter {fmt_date(first)}–{fmt_date(on)}", accrued))
    for pid, left in session.execute(select(Payment.id, Payment.amount_ore - Payment.allocated_ore - Payment.refunded_ore)
                                     .where(Payment.member_id == member.id,
                                            Payment.status == PaymentStatus.CREDIT.value, Payment.booked_on <= on)):
        lines.append(StatementLine(f"Innbetaling {pid}", None, "", "kreditt på konto", -int(left)))
    address = tuple(t for t in (member.street, f"{member.postcode} {member.city}".strip()) if t)
    return Statement(member.customer_number, member.name, address, member.email, on, tuple(lines))


def render(statement: Statement, session: Session) -> bytes:
    rows = [(ln.text, fmt_date(ln.due) if ln.due else "", ln.kid, ln.what, kr(ln.amount_ore)) for ln in statement.lines]
    return render_statement(statement.name, statement.address, statement.customer_number, statement.on, rows,
                            statement.total_ore, seller_of(session))


def export_statement(session: Session, customer_number: int, target: Path, on: date | None = None) -> Statement:
    statement = member_statement(session, customer_number, on)
    try:
        tmp = Path(target).with_name(Path(target).name + ".tmp")
        tmp.write_bytes(render(statement, session))
        tmp.replace(target)
    except OSError as exc:
        raise UserError(f"Kunne ikke skrive {target}: {exc.strerror}.") from None
    return statement


def statements_with_balance(session: Session, on: date | None = None) -> list[Statement]:
    """One statement per member with something open (or credit) at ``on``."""
    on = on or date.today()
    ids = {c.member_id for c in load_claims(session, on, overdue_only=False) if c.member_id is not None}
    ids |= set(session.scalars(select(Payment.member_id).where(Payment.status == PaymentStatus.CREDIT.value,
                                                               Payment.member_id.is_not(None))))
    rates = RateTable(session) if get_collection_settings(session).charge_interest else None
    members = session.scalars(select(Member).where(Member.id.in_(ids)).order_by(Member.customer_number))
    return [s for s in (_statement(session, m, on, rates) for m in members) if s.lines]


def export_all(session: Session, folder: Path, on: date | None = None) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for st in statements_with_balance(session, on):
        path = folder / f"kontoutskrift-{st.customer_number}-{st.on.isoformat()}.pdf"
        path.write_bytes(render(st, session))
        out.append(path)
    return out
