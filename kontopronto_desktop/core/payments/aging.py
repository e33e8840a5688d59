"""Aldersfordelt reskontro: what is owed at a chosen date, by how long it has been overdue.

Evaluated at the date, not from stored state: an invoice counts if it was issued by then, and
its remaining amount is its total less credit notes dated by then and payments booked by then.
Whether it is "forfalt" follows from the same date (no background job writes statuses).

Members' unapplied credit (payments on their account, less what was paid back by then) is shown
beside the buckets, so that buckets − credit = saldo, the same balance the reskontro shows.
Each open invoice carries its reminder stage at the date (purring 1, inkassovarsel, til inkasso,
stanset; ``collection.stages``) and each member row the most advanced of its claims.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from ..models import Member
from ..models.invoice import Invoice, InvoiceKind
from ..models.payment import Allocation, Payment
from ..money import format_amount

BUCKETS = ("Ikke forfalt", "1–30 dager", "31–60 dager", "61–90 dager", "Over 90 dager")
BUCKET_KEYS = ("not_due", "1_30", "31_60", "61_90", "over_90")


def bucket_of(days_overdue: int) -> int:
    if days_overdue <= 0:
        return 0
    if days_overdue <= 30:
        return 1
    if days_overdue <= 60:
        return 2
    if days_overdue <= 90:
        return 3
    return 4


@dataclass(frozen=True)
class AgingItem:
    invoice_number: int
    customer_number: int
    name: str
    due_date: date
    days_overdue: int
    remaining_ore: int
    status: str  # as at the report date: forfalt / sendt / delvis_betalt
    #: reminder stage at the report date: purring_1 … / inkassovarsel / stanset / til_inkasso / ""
    stage: str = ""
    stage_text: str = ""

    def to_json(self) -> dict[str, Any]:
        return {"invoice": self.invoice_number, "member": self.customer_number, "name": self.name,
                "due_date": self.due_date.isoformat(), "days_overdue": max(self.days_overdue, 0),
                "remaining": format_amount(self.remaining_ore), "status": self.status,
                "bucket": BUCKET_KEYS[bucket_of(self.days_overdue)], "reminder_stage": self.stage,
                "reminder_stage_text": self.stage_text}


@dataclass(frozen=True)
class AgingRow:
    customer_number: int
    name: str
    buckets: tuple[int, int, int, int, int]
    #: unapplied credit on the member's account at the date (positive øre), not in any bucket
    credit_ore: int = 0
    #: written off as a loss by the date, less recovered (not owed any more, not in any bucket)
    written_off_ore: int = 0
    #: the most advanced reminder stage of the member's open claims («Purring 2», «Inkassovarsel (stanset)»)
    stage_text: str = ""

    @property
    def total_ore(self) -> int:
        """What is owed on open invoices (the sum of the buckets)."""
        return sum(self.buckets)

    @property
    def balance_ore(self) -> int:
        """Saldo as in the reskontro: owed on invoices less credit on account."""
        return self.total_ore - self.credit_ore

    def to_json(self) -> dict[str, Any]:
        return {"member": self.customer_number, "name": self.name,
                **{k: format_amount(v) for k, v in zip(BUCKET_KEYS, self.buckets, strict=True)},
                "total": format_amount(self.total_ore), "credit": format_amount(self.credit_ore),
                "balance": format_amount(self.balance_ore), "written_off": format_amount(self.written_off_ore),
                "reminder_stage_text": self.stage_text}


@dataclass(frozen=True)
class AgingReport:
    on: date
    rows: tuple[AgingRow, ...]
    items: tuple[AgingItem, ...]

    @property
    def totals(self) -> tuple[int, int, int, int, int]:
        t = [sum(r.buckets[i] for r in self.rows) for i in range(5)]
        return (t[0], t[1], t[2], t[3], t[4])

    @property
    def total_ore(self) -> int:
        return sum(self.totals)

    @property
    def credit_ore(self) -> int:
        return sum(r.credit_ore for r in self.rows)

    @property
    def balance_ore(self) -> int:
        return self.total_ore - self.credit_ore

    @property
    def written_off_ore(self) -> int:
        return sum(r.written_off_ore for r in self.rows)

    def total_row(self, label: str = "Sum") -> AgingRow:
        return AgingRow(0, label, self.totals, self.credit_ore, self.written_off_ore)

    @property
    def open_invoices(self) -> int:
        """Open invoices (an invoice with open fees or interest as well counts once)."""
        return len({i.invoice_number for i in self.items})

    @property
    def stage_counts(self) -> dict[str, int]:
        """Open invoices per reminder stage (``""`` = no reminder yet), each invoice once."""
        seen: dict[int, str] = {}
        for i in self.items:
            seen.setdefault(i.invoice_number, i.stage)
        out: dict[str, int] = {}
        for stage in seen.values():
            out[stage] = out.get(stage, 0) + 1
        return out

    def to_json(self) -> dict[str, Any]:
        return {"date": self.on.isoformat(), "buckets": list(BUCKET_KEYS),
                "totals": {k: format_amount(v) for k, v in zip(BUCKET_KEYS, self.totals, strict=True)},
                "total": format_amount(self.total_ore), "credit": format_amount(self.credit_ore),
                "balance": format_amount(self.balance_ore), "written_off": format_amount(self.written_off_ore),
                "reminder_stages": {k or "ingen": n for k, n in sorted(self.stage_counts.items())},
                "members": [r.to_json() for r in self.rows],
                "invoices": [i.to_json() for i in self.items]}


@dataclass(frozen=True)
class _InvoiceAtDate:
    """An issued invoice as at the report date: what was paid, written off and is left by then."""

    id: int
    number: int
    customer_number: int
    buyer_name: str
    due_date: date
    paid_ore: int
    written_off_ore: int
    remaining_ore: int


def _invoices_at_sql(session: Session, on: date) -> list[_InvoiceAtDate]:
    """Invoices open at ``on`` or with a write-off by then, remaining amounts summed in SQL.

    The invoices paid in full (most of them) never leave SQLite: at 100,000 invoices the report
    no longer builds three dicts and a row per invoice in Python."""
    from ..models.writeoff import InvoiceWriteOff

    credited = (select(Invoice.credits_invoice_id.label("iid"), func.sum(Invoice.total_ore).label("ore"))
                .where(Invoice.kind == InvoiceKind.CREDIT_NOTE.value, Invoice.invoice_date <= on)
                .group_by(Invoice.credits_invoice_id).subquery())
    paid = (select(Allocation.invoice_id.label("iid"), func.sum(Allocation.amount_ore).label("ore"))
            .join(Payment, Payment.id == Allocation.payment_id).where(Payment.booked_on <= on)
            .group_by(Allocation.invoice_id).subquery())
    written = (select(InvoiceWriteOff.invoice_id.label("iid"), func.sum(InvoiceWriteOff.amount_ore).label("ore"))
               .where(InvoiceWriteOff.on <= on).group_by(InvoiceWriteOff.invoice_id).subquery())
    paid_then = func.coalesce(paid.c.ore, 0)
    written_then = func.coalesce(written.c.ore, 0)
    remaining = Invoice.total_ore + func.coalesce(credited.c.ore, 0) - paid_then - written_then
    query = (select(Invoice.id, Invoice.number, Invoice.customer_number, Invoice.buyer_name, Invoice.due_date,
                    paid_then, written_then, remaining)
             .outerjoin(credited, credited.c.iid == Invoice.id).outerjoin(paid, paid.c.iid == Invoice.id)
             .outerjoin(written, written.c.iid == Invoice.id)
             .where(Invoice.kind == InvoiceKind.INVOICE.value, Invoice.number.is_not(None), Invoice.invoice_date <= on,
                    (remaining > 0) | (written_then != 0))
             .order_by(Invoice.customer_number, Invoice.due_date, Invoice.number))
    return [_InvoiceAtDate(int(i), int(n), int(c), name, due, int(p), int(w), int(left))
            for i, n, c, name, due, p, w, left in session.execute(query)]


def _invoices_at_python(session: Session, on: date) -> list[_InvoiceAtDate]:
    """The same rows computed the old way (every issued invoice read, summed in Python); kept to
    test the SQL against and for benchmarks/search.py."""
    from ..invoicing.writeoff import written_off_at

    credited = dict(session.execute(
        select(Invoice.credits_invoice_id, -func.sum(Invoice.total_ore)).where(
            Invoice.kind == InvoiceKind.CREDIT_NOTE.value, Invoice.invoice_date <= on)
        .group_by(Invoice.credits_invoice_id)).all())
    paid = dict(session.execute(
        select(Allocation.invoice_id, func.sum(Allocation.amount_ore)).join(Payment, Payment.id == Allocation.payment_id)
        .where(Payment.booked_on <= on).group_by(Allocation.invoice_id)).all())
    rows = session.execute(select(Invoice.id, Invoice.number, Invoice.customer_number, Invoice.buyer_name,
                                  Invoice.due_date, Invoice.total_ore).where(
        Invoice.kind == InvoiceKind.INVOICE.value, Invoice.number.is_not(None), Invoice.invoice_date <= on)
        .order_by(Invoice.customer_number, Invoice.due_date, Invoice.number)).all()
    written = written_off_at(session, on)
    out = []
    for r in rows:
        paid_then = int(paid.get(r.id, 0) or 0)
        remaining = r.total_ore - int(credited.get(r.id, 0) or 0) - paid_then - written.get(r.id, 0)
        if remaining > 0 or written.get(r.id):
            out.append(_InvoiceAtDate(r.id, r.number, r.customer_number, r.buyer_name, r.due_date, paid_then,
                                      written.get(r.id, 0), remaining))
    return out


def aging_report(session: Session, on: date, *, in_sql: bool = True) -> AgingReport:
    """The aging at ``on``. ``in_sql=False`` sums per invoice in Python as before (same report;
    for tests and benchmarks)."""
    rows = _invoices_at_sql(session, on) if in_sql else _invoices_at_python(session, on)
    from ..collection.stages import NONE, claim_stages, member_stage_label

    stages = claim_stages(session, on)
    ids_by_number = {r.number: r.id for r in rows}
    items: list[AgingItem] = []
    per_member: dict[int, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0])
    lost: dict[int, int] = defaultdict(int)
    names: dict[int, str] = {}
    for r in rows:
        paid_then = r.paid_ore
        if r.written_off_ore:
            lost[r.customer_number] += r.written_off_ore
            names[r.customer_number] = r.buyer_name
        remaining = r.remaining_ore
        if remaining <= 0:
            continue
        days = (on - r.due_date).days
        status = "forfalt" if days > 0 else ("delvis_betalt" if paid_then else "sendt")
        st = stages.get(r.id, NONE)
        items.append(AgingItem(r.number, r.customer_number, r.buyer_name, r.due_date, days, remaining, status,
                               st.key, st.label))
        per_member[r.customer_number][bucket_of(days)] += remaining
        names[r.customer_number] = r.buyer_name
    from ..collection.ledger import aging_charges

    for number, cust, name, due, amount in aging_charges(session, on):  # reminder fees and interest still open
        days = (on - due).days
        st = stages.get(ids_by_number.get(number, 0), NONE)
        items.append(AgingItem(number, cust, name, due, days, amount, "gebyr_og_renter", st.key, st.label))
        per_member[cust][bucket_of(days)] += amount
        names[cust] = name
    credits = member_credits(session, on, in_sql=in_sql)
    for c, (name, _credit) in credits.items():
        names.setdefault(c, name)
    open_stages: dict[int, list[Any]] = defaultdict(list)
    for item in items:
        open_stages[item.customer_number].append(stages.get(ids_by_number.get(item.invoice_number, 0), NONE))
    report_rows = []
    for c in sorted(set(per_member) | set(credits) | set(lost)):
        b = per_member.get(c) or [0, 0, 0, 0, 0]
        report_rows.append(AgingRow(c, names[c], (b[0], b[1], b[2], b[3], b[4]), credits[c][1] if c in credits else 0,
                                    lost.get(c, 0), member_stage_label(open_stages.get(c, []))))
    return AgingReport(on, tuple(report_rows), tuple(items))


def member_credits(session: Session, on: date, *, in_sql: bool = True) -> dict[int, tuple[str, int]]:
    """Credit on each member's account at ``on``: {customer number: (name, øre)}.

    A payment booked by then counts with what is left after its allocations (the report counts
    those as paid at the payment date too) and after refunds made by then. Summed per member in
    SQL (only payments with something left leave SQLite); ``in_sql=False``: row by row in Python.
    """
    if in_sql:
        refunded_then = case((Payment.refunded_on.is_not(None) & (Payment.refunded_on <= on), Payment.refunded_ore), else_=0)
        left_sql = Payment.amount_ore - Payment.allocated_ore - refunded_then
        return {int(c): (name, int(total)) for c, name, total in session.execute(
            select(Member.customer_number, Member.name, func.sum(left_sql)).join(Member, Member.id == Payment.member_id)
            .where(Payment.booked_on <= on, left_sql > 0).group_by(Member.id))}
    rows = session.execute(select(Member.customer_number, Member.name, Payment.amount_ore, Payment.allocated_ore,
                                  Payment.refunded_ore, Payment.refunded_on).join(Member, Member.id == Payment.member_id)
                           .where(Payment.booked_on <= on)).all()
    out: dict[int, tuple[str, int]] = {}
    for r in rows:
        refunded = r.refunded_ore if r.refunded_on is not None and r.refunded_on <= on else 0
        left = r.amount_ore - r.allocated_ore - refunded
        if left > 0:
            out[r.customer_number] = (r.name, out.get(r.customer_number, ("", 0))[1] + left)
    return out
