"""Reminder runs: select overdue claims by the plan, preview, then issue reminders as documents.

``plan_run`` is a pure read: who gets which reminder, fee, interest to date, total, and which
claims are held. ``issue_run`` writes the same plan in one transaction (reminders in their own
number series, charges, archived PDFs); a cancel or a missing rate writes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from .. import audit, documents
from ..access import require
from ..errors import UserError
from ..models.collection import CollectionCharge, Reminder, ReminderItem
from ..money import format_amount
from ..settings import get_setting, set_setting
from . import rules
from .claims import Claim, load_claims
from .interest import interest_ore_reduced
from .rates import RateTable
from .settings import CollectionSettings, get_collection_settings

NUMBER_KEY = "collection.next_number"


@dataclass(frozen=True)
class PlannedItem:
    invoice_id: int
    number: int
    due: date
    kid: str
    principal_ore: int
    earlier_charges_ore: int  # charged before, still open
    sequence: int
    fee_counted: bool
    interest_ore: int
    interest_from: date | None
    compensation_ore: int
    #: fees charged on the claim before, deducted from the § 3a compensation (rules.compensation_after_fees)
    compensation_fees_deducted_ore: int = 0

    def to_json(self) -> dict[str, Any]:
        return {"invoice": self.number, "due_date": self.due.isoformat(), "kid": self.kid,
                "principal": format_amount(self.principal_ore), "earlier_charges": format_amount(self.earlier_charges_ore),
                "reminder_no": self.sequence, "interest": format_amount(self.interest_ore),
                "compensation": format_amount(self.compensation_ore)}


@dataclass(frozen=True)
class PlannedReminder:
    customer_number: int
    member_id: int | None
    name: str
    street: str
    postcode: str
    city: str
    email: str
    stage: str
    deadline: date
    items: tuple[PlannedItem, ...]
    fee_ore: int
    fee_invoice_id: int | None

    @property
    def interest_ore(self) -> int:
        return sum(i.interest_ore for i in self.items)

    @property
    def compensation_ore(self) -> int:
        return sum(i.compensation_ore for i in self.items)

    @property
    def principal_ore(self) -> int:
        return sum(i.principal_ore for i in self.items)

    @property
    def total_ore(self) -> int:
        return (self.principal_ore + sum(i.earlier_charges_ore for i in self.items) + self.fee_ore
                + self.interest_ore + self.compensation_ore)

    def to_json(self) -> dict[str, Any]:
        return {"member": self.customer_number, "name": self.name, "stage": self.stage,
                "deadline": self.deadline.isoformat(), "by_email": bool(self.email),
                "invoices": [i.to_json() for i in self.items], "fee": format_amount(self.fee_ore),
                "interest": format_amount(self.interest_ore), "compensation": format_amount(self.compensation_ore),
                "total": format_amount(self.total_ore)}


@dataclass(frozen=True)
class HeldClaim:
    number: int
    customer_number: int
    name: str
    open_ore: int
    until: date
    reason: str

    def to_json(self) -> dict[str, Any]:
        return {"invoice": self.number, "member": self.customer_number, "name": self.name,
                "open": format_amount(self.open_ore), "until": self.until.isoformat(), "reason": self.reason}


@dataclass(frozen=True)
class RunPlan:
    on: date
    reminders: tuple[PlannedReminder, ...]
    held: tuple[HeldClaim, ...]
    finished: int  # claims through the whole plan, waiting for hand-over
    handed_over: int

    @property
    def fee_ore(self) -> int:
        return sum(r.fee_ore for r in self.reminders)

    @property
    def interest_ore(self) -> int:
        return sum(r.interest_ore for r in self.reminders)

    @property
    def compensation_ore(self) -> int:
        return sum(r.compensation_ore for r in self.reminders)

    @property
    def total_ore(self) -> int:
        return sum(r.total_ore for r in self.reminders)

    def to_json(self) -> dict[str, Any]:
        return {"date": self.on.isoformat(), "count": len(self.reminders), "compensation": format_amount(self.compensation_ore),
                "purring": sum(1 for r in self.reminders if r.stage == "purring"),
                "inkassovarsel": sum(1 for r in self.reminders if r.stage == "inkassovarsel"),
                "fees": format_amount(self.fee_ore), "interest": format_amount(self.interest_ore),
                "total": format_amount(self.total_ore), "finished": self.finished,
                "handed_over": self.handed_over, "held": [h.to_json() for h in self.held],
                "reminders": [r.to_json() for r in self.reminders]}


def next_due_on(claim: Claim, settings: CollectionSettings) -> date:
    """The day the claim's next reminder is due by the plan."""
    if claim.last_issued is None:
        return claim.due + timedelta(days=settings.first_after_days)
    return claim.last_issued + timedelta(days=settings.next_after_days)


def interest_from(claim: Claim) -> date:
    return claim.interest_through + timedelta(days=1) if claim.interest_through else rules.interest_first_day(claim.due)


def principal_reductions(session: Session, claims: list[Claim]) -> dict[int, list[tuple[date, int]]]:
    """Payments (their part on the invoice itself) and credit notes dated on or after each claim's
    first interest day: they lowered the principal during the period the interest covers."""
    from ..models.invoice import Invoice
    from ..models.payment import Allocation, Payment
    from .claims import chunks

    since = {c.invoice_id: interest_from(c) for c in claims}
    if not since:
        return {}
    earliest = min(since.values())
    out: dict[int, list[tuple[date, int]]] = {}
    for part in chunks(sorted(since)):
        rows: list[tuple[int | None, date, int]] = [(r[0], r[1], r[2]) for r in session.execute(
            select(Allocation.invoice_id, Payment.booked_on, Allocation.amount_ore)
            .join(Payment, Payment.id == Allocation.payment_id).where(Allocation.invoice_id.in_(part), Payment.booked_on >= earliest))]
        rows += [(iid, on, -total) for iid, on, total in session.execute(
            select(Invoice.credits_invoice_id, Invoice.invoice_date, Invoice.total_ore)
            .where(Invoice.credits_invoice_id.in_(part), Invoice.number.is_not(None), Invoice.invoice_date >= earliest))]
        for iid, on, amount in rows:
            if iid is not None and on >= since[iid] and amount:
                out.setdefault(iid, []).append((on, int(amount)))
    return out


def _item(claim: Claim, on: date, settings: CollectionSettings, rates: RateTable | None,
          charge_compensation: bool, reductions: list[tuple[date, int]] | None = None) -> PlannedItem:
    interest, first = 0, None
    if settings.charge_interest and rates is not None and claim.principal_ore > 0:
        first = interest_from(claim)
        interest = interest_ore_reduced(claim.principal_ore, reductions or [], first, on, rates)
    compensation = deducted = 0
    if charge_compensation and rates is not None and claim.compensation_ore == 0:
        full = rates.compensation_ore(claim.due)
        compensation = rules.compensation_after_fees(full, claim.fees_ore)
        deducted = full - compensation if compensation else 0
    return PlannedItem(claim.invoice_id, claim.number, claim.due, claim.kid, claim.principal_ore,
                       claim.open_charges_ore, claim.reminders + 1, False, interest, first, compensation, deducted)


def plan_run(session: Session, on: date | None = None, settings: CollectionSettings | None = None) -> RunPlan:
    """Who gets which reminder at ``on``; raises MissingRate when a fee or interest needs an unknown rate."""
    on = on or date.today()
    settings = settings or get_collection_settings(session)
    plan = settings.effective_plan()
    needs_rates = settings.charge_fees or settings.charge_interest or settings.business_compensation
    rates = RateTable(session) if needs_rates else None
    groups: dict[tuple[int, str], list[Claim]] = {}
    held: list[HeldClaim] = []
    finished = handed = 0
    # next_due_on without a call and two timedeltas per claim (25 000 claims at 100 000 invoices)
    first_after, next_after = timedelta(days=settings.first_after_days), timedelta(days=settings.next_after_days)
    for claim in load_claims(session, on):
        if claim.handed_over is not None:
            handed += 1
            continue
        if claim.reminders >= len(plan):
            finished += 1
            continue
        if on < (claim.due + first_after if claim.last_issued is None else claim.last_issued + next_after):
            continue
        if claim.hold is not None:
            held.append(HeldClaim(claim.number, claim.customer_number, claim.buyer_name, claim.open_ore,
                                  claim.hold[0], claim.hold[1]))
            continue
        groups.setdefault((claim.customer_number, plan[claim.reminders]), []).append(claim)
    reductions = (principal_reductions(session, [c for cs in groups.values() for c in cs if c.principal_ore > 0])
                  if settings.charge_interest else {})
    reminders = []
    # the same for every letter of the run, worked out once where it was first needed (so a missing
    # rate or too short a deadline is raised at the same point as before): the deadline and the fee
    deadline: date | None = None
    fee_of_run: int | None = None
    for (_cust, stage), claims in groups.items():
        first = claims[0]
        compensation = bool(settings.business_compensation and first.business)
        items = [_item(c, on, settings, rates, compensation, reductions.get(c.invoice_id)) for c in claims]
        fee, fee_invoice = 0, None
        if settings.charge_fees and not compensation and rates is not None:
            eligible = [c for c in claims if c.principal_ore > 0 and rules.fees_left(c.fees_counted)
                        and c.compensation_ore == 0  # § 3a compensation covers the fee (rules.compensation_after_fees)
                        and rules.fee_allowed_after_due(c.due, on) and rules.fee_allowed_after_previous(c.last_issued, on)]
            if eligible:
                if fee_of_run is None:
                    fee_of_run = rates.reminder_fee_ore(on)
                fee, fee_invoice = fee_of_run, eligible[0].invoice_id
                counted = {c.invoice_id for c in eligible}
                items = [replace(i, fee_counted=i.invoice_id in counted) for i in items]
        if deadline is None:
            deadline = rules.deadline(on, settings.deadline_days)
        reminders.append(PlannedReminder(first.customer_number, first.member_id, first.buyer_name, first.buyer_street,
                                         first.buyer_postcode, first.buyer_city, first.buyer_email, stage,
                                         deadline, tuple(items), fee, fee_invoice))
    reminders.sort(key=lambda r: (r.customer_number, r.stage))
    return RunPlan(on, tuple(reminders), tuple(held), finished, handed)


@dataclass(frozen=True)
class RunResult:
    plan: RunPlan
    first_number: int | None
    last_number: int | None
    by_email: int
    to_print: int
    #: to organisation buyers on EHF (written by core.channels.ehf_reminder_service; neither e-mailed nor printed)
    by_ehf: int = 0

    def to_json(self) -> dict[str, Any]:
        return {**self.plan.to_json(), "first_number": self.first_number, "last_number": self.last_number,
                "by_email": self.by_email, "to_print": self.to_print, "by_ehf": self.by_ehf}


def _voucher(planned: PlannedReminder, number: int, reminder_id: int, charges: list[dict[str, Any]],
             on: date) -> Any:
    """The reminder's charges in the books: Dr receivable (the member) / Cr reminder fee, interest."""
    from ..books.posting import Line, VoucherDraft

    title = rules.TITLES[planned.stage]
    text = f"{title} {number}"
    credit: dict[str, int] = {}
    for c in charges:
        role = "interest" if c["kind"] == "rente" else "reminder_fee"
        credit[role] = credit.get(role, 0) + int(c["amount_ore"])
    lines = [Line(sum(credit.values()), "receivable", member_id=planned.member_id,
                  customer_number=planned.customer_number, description=text)]
    lines += [Line(-amount, role, description=f"{text}: {'renter' if role == 'interest' else 'gebyr'}")
              for role, amount in credit.items()]
    return VoucherDraft(on, "purregebyr", text, tuple(lines), text, "reminder", reminder_id)


def _next_number(session: Session) -> int:
    stored = get_setting(session, NUMBER_KEY, None)
    highest = session.scalar(select(func.max(Reminder.number))) or 0
    return max(int(stored or 1), highest + 1)


def issue_run(session: Session, on: date | None = None, *,
              progress: Callable[[int, int], None] | None = None,
              is_cancelled: Callable[[], bool] | None = None) -> RunResult:
    """Issue the planned reminders with their charges and archived PDFs, all in this transaction."""
    require(session, "invoices")
    on = on or date.today()
    from ..periods import check_open
    from .pdf import render_reminder, seller_of

    check_open(session, on, f"purrekjøring datert {on:%d.%m.%Y}")
    plan = plan_run(session, on)
    if not plan.reminders:
        return RunResult(plan, None, None, 0, 0)
    number = first = _next_number(session)
    actor = audit.actor_of(session)
    seller = seller_of(session)
    total = len(plan.reminders)
    docs: list[tuple[str, int, object, bytes]] = []
    vouchers: list[Any] = []
    reminder_rows: list[dict[str, Any]] = []
    item_rows: list[dict[str, Any]] = []
    charge_rows: list[dict[str, Any]] = []
    next_id = (session.scalar(select(func.max(Reminder.id))) or 0) + 1
    from .routing import ehf_planned

    ehf = ehf_planned(session, [(r.member_id, [it.invoice_id for it in r.items]) for r in plan.reminders])
    for i, planned in enumerate(plan.reminders):
        if is_cancelled and is_cancelled():
            raise UserError("Purrekjøringen ble avbrutt; ingenting er laget.")
        rid = next_id + i
        reminder_rows.append({
            "id": rid, "number": number, "stage": planned.stage, "member_id": planned.member_id,
            "customer_number": planned.customer_number, "buyer_name": planned.name, "buyer_street": planned.street,
            "buyer_postcode": planned.postcode, "buyer_city": planned.city, "buyer_email": planned.email,
            "issued_on": on, "deadline": planned.deadline, "kid": planned.items[0].kid,
            "principal_ore": planned.principal_ore, "fee_ore": planned.fee_ore, "interest_ore": planned.interest_ore,
            "compensation_ore": planned.compensation_ore, "total_ore": planned.total_ore,
            "needs_print": not planned.email and not ehf[i], "email_sent_at": None, "email_error": "", "actor": actor})
        item_rows += [{"reminder_id": rid, "invoice_id": it.invoice_id, "sequence": it.sequence,
                       "fee_counted": it.fee_counted, "principal_ore": it.principal_ore} for it in planned.items]
        charges: list[dict[str, Any]] = []
        if planned.fee_ore and planned.fee_invoice_id is not None:
            charges.append({"invoice_id": planned.fee_invoice_id, "kind": "gebyr", "amount_ore": planned.fee_ore})
        for it in planned.items:
            if it.interest_ore:
                charges.append({"invoice_id": it.invoice_id, "kind": "rente", "amount_ore": it.interest_ore,
                                "period_from": it.interest_from, "period_to": on})
            if it.compensation_ore:
                charges.append({"invoice_id": it.invoice_id, "kind": "kompensasjon",
                                "amount_ore": it.compensation_ore})
        if charges:
            charge_rows += [{"period_from": None, "period_to": None, **c, "reminder_id": rid, "charged_on": on,
                             "paid_ore": 0} for c in charges]
            vouchers.append(_voucher(planned, number, rid, charges, on))
        docs.append((documents.REMINDER, rid, number, render_reminder(planned, number, on, seller)))
        number += 1
        if progress:
            progress(i + 1, total)
    if is_cancelled and is_cancelled():
        raise UserError("Purrekjøringen ble avbrutt; ingenting er laget.")
    for table, rows in ((Reminder, reminder_rows), (ReminderItem, item_rows), (CollectionCharge, charge_rows)):
        for start in range(0, len(rows), 2000):
            session.execute(insert(table), rows[start:start + 2000])
    documents.archive_many(session, docs)
    if vouchers:
        from ..books.posting import write_vouchers

        write_vouchers(session, vouchers)
    set_setting(session, NUMBER_KEY, number)
    by_ehf = sum(ehf)
    by_email = sum(1 for r, goes_by_ehf in zip(plan.reminders, ehf, strict=True) if r.email and not goes_by_ehf)
    audit.record(session, "reminder_run", "reminder", None, {
        "date": [None, on.isoformat()], "count": [None, total], "first_number": [None, first],
        "last_number": [None, number - 1], "fees_ore": [None, plan.fee_ore], "interest_ore": [None, plan.interest_ore],
        "held": [None, len(plan.held)]})
    return RunResult(plan, first, number - 1, by_email, total - by_email - by_ehf, by_ehf)


@dataclass(frozen=True)
class ReminderRow:
    number: int
    stage: str
    issued_on: date
    deadline: date
    customer_number: int
    name: str
    fee_ore: int
    interest_ore: int
    total_ore: int
    sent: bool
    needs_print: bool

    def to_json(self) -> dict[str, Any]:
        return {"number": self.number, "stage": self.stage, "date": self.issued_on.isoformat(),
                "deadline": self.deadline.isoformat(), "member": self.customer_number, "name": self.name,
                "fee": format_amount(self.fee_ore), "interest": format_amount(self.interest_ore),
                "total": format_amount(self.total_ore), "sent": self.sent, "print": self.needs_print}


def list_reminders(session: Session, on: date | None = None, limit: int = 5000) -> list[ReminderRow]:
    """Issued reminders, newest first (of one run date when ``on`` is given), as plain rows."""
    query = select(Reminder.number, Reminder.stage, Reminder.issued_on, Reminder.deadline, Reminder.customer_number,
                   Reminder.buyer_name, Reminder.fee_ore, Reminder.interest_ore, Reminder.total_ore,
                   Reminder.email_sent_at.is_not(None), Reminder.needs_print).order_by(Reminder.number.desc())
    if on is not None:
        query = query.where(Reminder.issued_on == on)
    return [ReminderRow(*row) for row in session.execute(query.limit(limit))]
