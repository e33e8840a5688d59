"""Unmatched payments that may be about a person (GDPR art. 15 and 17, issue 21).

A bank payment nobody matched still carries the payer's name, account and a free text such as
"kontingent Kari Nordmann 412 34 567". Such payments are not linked to the member, so the
access export and the erasure would miss them. Here they are *found* (by name, e-mail, phone
or an account number the member has paid from), the user *confirms* which belong to the person
(a name can be shared), and the confirmed ones are included in the export and pseudonymised on
erasure (the amount, date and bank reference stay: they are the accounting record).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from .. import audit
from ..errors import NotFound, ValidationError
from ..models import Member
from ..models.invoice import Invoice
from ..models.payment import Allocation, Payment, PaymentStatus
from ..money import format_amount

ERASED_PAYER = "[slettet]"


@dataclass(frozen=True)
class Candidate:
    payment_id: int
    booked_on: str
    amount_ore: int
    payer_name: str
    payer_account: str
    text: str
    reasons: tuple[str, ...]  # "navn", "e-post", "telefon", "kontonummer"

    def to_json(self) -> dict[str, Any]:
        return {"payment_id": self.payment_id, "booked_on": self.booked_on,
                "amount": format_amount(self.amount_ore), "payer_name": self.payer_name,
                "payer_account": self.payer_account, "text": self.text, "reasons": list(self.reasons)}


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text or "")


def _words(text: str) -> list[str]:
    return [w for w in re.split(r"[\s,.;:/()\-]+", (text or "").lower()) if w]


def _name_in(name: str, text: str) -> bool:
    """All words of the name (at least two, or one long one) appear as words of the text, in any
    order ("Nordmann, Kari" matches "Kari Nordmann")."""
    wanted = _words(name)
    if not wanted or (len(wanted) == 1 and len(wanted[0]) < 5):
        return False
    have = set(_words(text))
    return all(w in have for w in wanted)


def _member(session: Session, customer_number: int) -> Member:
    member = session.scalars(select(Member).where(Member.customer_number == int(customer_number))).first()
    if member is None:
        raise NotFound(f"Fant ikke medlem med kundenummer {customer_number}.")
    return member


def _linked_ids(session: Session, member_id: int) -> set[int]:
    invoice_ids = select(Invoice.id).where(Invoice.member_id == member_id)
    paid_by = select(Allocation.payment_id).where(Allocation.invoice_id.in_(invoice_ids))
    return set(session.scalars(select(Payment.id).where(or_(Payment.member_id == member_id, Payment.id.in_(paid_by)))))


def find_candidates(session: Session, customer_number: int) -> list[Candidate]:
    """Payments not linked to the member whose payer or text names them, their e-mail or phone,
    or that came from an account the member has paid from."""
    member = _member(session, customer_number)
    linked = _linked_ids(session, member.id)
    accounts = {_digits(a) for a in session.scalars(select(Payment.payer_account).where(Payment.id.in_(linked)))
                if _digits(a)}
    email = (member.email or "").strip().lower()
    phone = _digits(member.phone or "")[-8:]
    found = []
    query = select(Payment).where(Payment.member_id.is_(None), Payment.status == PaymentStatus.UNMATCHED.value)
    for p in session.scalars(query.order_by(Payment.booked_on, Payment.id)):
        if p.id in linked:
            continue
        haystack = f"{p.payer_name} {p.text}"
        reasons = []
        if member.name and not member.name.startswith("Pseudonymisert") and _name_in(member.name, haystack):
            reasons.append("navn")
        if email and email in haystack.lower():
            reasons.append("e-post")
        if len(phone) == 8 and phone in _digits(haystack):
            reasons.append("telefon")
        if accounts and _digits(p.payer_account) in accounts:
            reasons.append("kontonummer")
        if reasons:
            found.append(Candidate(p.id, p.booked_on.isoformat(), p.amount_ore, p.payer_name, p.payer_account,
                                   p.text, tuple(reasons)))
    return found


def confirmed(session: Session, customer_number: int, payment_ids: Iterable[int]) -> list[Payment]:
    """The payments the user confirmed belong to the person; each must be one of the candidates."""
    ids = sorted({int(i) for i in payment_ids})
    if not ids:
        return []
    allowed = {c.payment_id for c in find_candidates(session, customer_number)}
    strangers = [i for i in ids if i not in allowed]
    if strangers:
        raise ValidationError({"innbetalinger": f"innbetaling {strangers[0]} er ikke en av innbetalingene uten "
                                               "match som kan høre til personen"})
    return list(session.scalars(select(Payment).where(Payment.id.in_(ids)).order_by(Payment.id)))


def section(payments: list[Payment]) -> list[dict[str, Any]]:
    """The confirmed payments for the access export."""
    return [{"payment_id": p.id, "booked_on": p.booked_on.isoformat(), "amount": format_amount(p.amount_ore),
             "payer_name": p.payer_name, "payer_account": p.payer_account, "text": p.text, "kid": p.kid,
             "bank_reference": p.external_ref} for p in payments]


def pseudonymise(session: Session, payments: list[Payment]) -> int:
    """Erasure: the payer's name, account and free text go; amount, date, KID and bank reference
    stay (the accounting record)."""
    for p in payments:
        p.payer_name = ERASED_PAYER
        p.payer_account = ""
        p.text = ""
        audit.record(session, "pseudonymise", "payment", p.id, {"payer": [None, ERASED_PAYER]})
    return len(payments)
