"""Erasure (GDPR art. 17) limited by the duty to keep accounting records (bokføringsloven § 13).

Three outcomes, decided before anything is touched and shown to the user first:
- no accounting records: everything about the member is erased now;
- accounting records: what accounting does not need is erased now, name and address as
  printed on the documents are kept, restricted ("sperret"), until five years after the end
  of the financial year of the last record, then pseudonymised by the retention timer;
- an open balance: refused, with the amount and the documents, until it is settled.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import audit
from ..access import require
from ..errors import NotFound, UserError
from ..models import AuditEntry, Member
from ..money import format_nok
from .policy import policy_value
from .registry import AccountingRecord, OpenItem, erase_elsewhere, open_items_for, records_for

#: Member fields accounting does not need: erased at once in every case.
ERASE_NOW_FIELDS = {"phone": "telefon", "email": "e-post", "efaktura_reference": "eFaktura-referanse",
                    "notes": "notater"}
#: Fields printed on invoices: kept while restricted, pseudonymised afterwards.
KEPT_FIELDS = {"name": "navn", "street": "adresse", "postcode": "postnummer", "city": "poststed"}
PERSONAL_FIELDS = set(ERASE_NOW_FIELDS) | set(KEPT_FIELDS) | {"orgnr", "customer_number", "active_from",
                                                               "ended_on", "country", "kind", "payment_method"}
ERASED = "[slettet]"


@dataclass
class ErasurePlan:
    customer_number: int
    member_id: int
    mode: str  # "full" | "restricted" | "refused"
    erase_now: list[str] = field(default_factory=list)
    keep: list[str] = field(default_factory=list)
    keep_until: date | None = None
    records: list[AccountingRecord] = field(default_factory=list)
    open_items: list[OpenItem] = field(default_factory=list)

    @property
    def open_balance_ore(self) -> int:
        return sum(i.amount_ore for i in self.open_items)

    def explanation(self) -> str:
        """The Norwegian text the erase dialog shows before the user confirms."""
        if self.mode == "refused":
            refs = ", ".join(i.reference for i in self.open_items)
            return (f"Kan ikke slettes nå: medlemmet har en åpen saldo på {format_nok(self.open_balance_ore)} kr "
                    f"({refs}). Krediter eller avskriv først.")
        lines = ["Slettes nå: " + ", ".join(self.erase_now) + "."]
        if self.mode == "restricted" and self.keep_until:
            lines.append("Beholdes, sperret for all annen bruk, fordi regnskapet krever det (bokføringsloven § 13): "
                         + ", ".join(self.keep) + f" – til og med {self.keep_until:%d.%m.%Y}, "
                         "deretter pseudonymiseres det automatisk.")
        return "\n".join(lines)

    def to_json(self) -> dict[str, Any]:
        return {
            "customer_number": self.customer_number,
            "mode": self.mode,
            "erase_now": self.erase_now,
            "keep": self.keep,
            "keep_until": self.keep_until.isoformat() if self.keep_until else None,
            "records": [{"date": r.on.isoformat(), "kind": r.kind, "reference": r.reference} for r in self.records],
            "open_items": [{"reference": i.reference, "amount": f"{i.amount_ore / 100:.2f}"} for i in self.open_items],
            "explanation": self.explanation(),
        }


def retention_end(last_record: date, years: int) -> date:
    """The last day records must be kept: end of the financial year + ``years`` years."""
    return date(last_record.year + years, 12, 31)


def _member(session: Session, customer_number: int) -> Member:
    member = session.scalars(select(Member).where(Member.customer_number == int(customer_number))).first()
    if member is None:
        raise NotFound(f"Fant ikke medlem med kundenummer {customer_number}.")
    return member


def plan_erasure(session: Session, customer_number: int, today: date | None = None) -> ErasurePlan:
    member = _member(session, customer_number)
    records = records_for(session, member.id)
    items = open_items_for(session, member.id)
    plan = ErasurePlan(member.customer_number, member.id, "full", records=records, open_items=items)
    if items:
        plan.mode = "refused"
        return plan
    if not records:
        plan.erase_now = ["alle opplysninger om medlemmet", "standardprodukter", "revisjonslogg med verdier"]
        return plan
    plan.mode = "restricted"
    plan.erase_now = [*ERASE_NOW_FIELDS.values(), "standardprodukter", "gamle verdier i revisjonsloggen"]
    plan.keep = [f"{label} slik de står på fakturaene" for label in KEPT_FIELDS.values()]
    plan.keep_until = retention_end(records[-1].on, policy_value(session, "accounting_years"))
    return plan


def _scrub_audit(session: Session, member_id: int, fields: set[str] | None) -> int:
    """Replace personal values in audit entries about the member; the entries themselves stay."""
    count = 0
    for entry in session.scalars(select(AuditEntry).where(AuditEntry.entity == "member",
                                                          AuditEntry.entity_id == member_id)):
        changes = json.loads(entry.changes)
        scrubbed = {k: ([ERASED if v is not None else None for v in vals] if fields is None or k in fields else vals)
                    for k, vals in changes.items()}
        if scrubbed != changes:
            entry.changes = json.dumps(scrubbed, ensure_ascii=False)
            count += 1
    return count


def erase_fully(session: Session, member: Member) -> None:
    """Every row about a member without accounting records goes; audit entries keep only the id."""
    erase_elsewhere(session, member.id, keep_accounting=False)
    _scrub_audit(session, member.id, None)
    session.delete(member)


def erase_member(session: Session, customer_number: int, today: date | None = None, *,
                 unmatched_payment_ids: Iterable[int] = ()) -> ErasurePlan:
    """Carry out the plan in this transaction; refused plans raise with the amount and documents.

    ``unmatched_payment_ids``: payments without a match that the user confirmed carry this
    person's name, e-mail or phone (unmatched.find_candidates); their payer data and text are
    pseudonymised too."""
    from . import unmatched

    require(session, "erase")
    today = today or date.today()
    plan = plan_erasure(session, customer_number, today)
    if plan.mode == "refused":
        raise UserError(plan.explanation())
    strays = unmatched.confirmed(session, customer_number, unmatched_payment_ids)  # before the name goes
    unmatched.pseudonymise(session, strays)
    member = _member(session, customer_number)
    member_id = member.id
    if plan.mode == "full":
        erase_fully(session, member)
    else:
        for name in ERASE_NOW_FIELDS:
            setattr(member, name, "")
        member.products.clear()
        member.restricted_until = plan.keep_until
        if member.ended_on is None or member.ended_on > today:
            member.ended_on = today
        erase_elsewhere(session, member_id, keep_accounting=True)
        _scrub_audit(session, member_id, set(ERASE_NOW_FIELDS))
    session.flush()
    # Logged without the personal data itself: the member id and what kind of erasure.
    audit.record(session, "erase", "member", member_id,
                 {"mode": [None, plan.mode],
                  "keep_until": [None, plan.keep_until.isoformat() if plan.keep_until else None],
                  **({"innbetalinger_uten_match": [None, [p.id for p in strays]]} if strays else {})})
    return plan


def pseudonymise_member(session: Session, member: Member, today: date) -> None:
    """End of retention: the kept name and address are replaced, everywhere."""
    member.name = f"Pseudonymisert medlem {member.id}"
    member.street = member.postcode = member.city = ""
    member.orgnr = "" if member.kind == "person" else member.orgnr
    member.pseudonymised_on = today
    erase_elsewhere(session, member.id, keep_accounting=False)
    _scrub_audit(session, member.id, None)
    audit.record(session, "pseudonymise", "member", member.id, {"on": [None, today.isoformat()]})
