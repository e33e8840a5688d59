"""One-time posting of what happened before the books existed (``kontopronto books backfill``).

Not in the migration (a migration must not depend on the program's rules, nor on the order in which
the other branches' migrations ran): it happens by itself right before the first voucher after the
upgrade (``posting.write_vouchers``), or earlier with ``kontopronto books backfill`` / the button
under Regnskap › Kontoplan (e.g. to export SAF-T for past periods). Every issued invoice and credit note without
a voucher, and every payment without one, is posted on its own date (closed periods included:
these events were accepted then). A payment is replayed in steps: the bank receipt with its KID
matches, each later match on the day it was made, the refund on its date. Voucher numbers follow
the dates. Running it again posts nothing.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from .. import audit
from ..access import require
from ..models.books import Voucher
from ..models.invoice import Invoice
from ..models.payment import Payment
from ..payments.booking import allocation_date, credit_placed_on, credit_stamps
from .chart import product_postings, role_accounts
from .events import Key, delta_lines, invoice_draft, payment_target, payment_text
from .posting import VoucherDraft, write_vouchers


@dataclass(frozen=True)
class BackfillResult:
    invoices: int
    payments: int
    vouchers: int

    def text(self) -> str:
        if not self.vouchers:
            return "Alt var allerede bokført; ingen nye bilag."
        return (f"{self.vouchers} bilag bokført for {self.invoices} fakturaer/kreditnotaer og "
                f"{self.payments} innbetalinger fra før regnskapsmodulen.")


def _payment_drafts(session: Session, p: Payment, members: dict[int, int | None],
                    roles: dict[str, str], stamps: dict[int, datetime]) -> list[VoucherDraft]:
    steps: dict[date, list[tuple[int | None, int]]] = defaultdict(list)
    steps[p.booked_on] = []
    for a in p.allocations:
        steps[allocation_date(p, a)].append((members.get(a.invoice_id), a.amount_ore))
    if p.refunded_ore and p.refunded_on:
        steps.setdefault(p.refunded_on, [])
    credit_on = credit_placed_on(session, p, stamps) if p.member_id is not None else None
    if credit_on is not None:
        steps.setdefault(credit_on, [])
    posted: dict[Key, dict[str, int]] = {}
    allocs: list[tuple[int | None, int]] = []
    drafts = []
    for i, on in enumerate(sorted(steps)):
        allocs += steps[on]
        refunded = p.refunded_ore if p.refunded_on is not None and on >= p.refunded_on else 0
        member = p.member_id if (allocs or (credit_on is not None and on >= credit_on)) else None
        target = payment_target(p.amount_ore, refunded, member, allocs)
        kind = "innbetaling" if i == 0 else ("tilbakebetaling" if refunded and on == p.refunded_on else
                                             "kreditt" if on == credit_on and not steps[on] else "matching")
        lines = delta_lines(target, posted, roles, payment_text(kind, p.id, p.kid))
        if not lines:
            continue
        for ln in lines:
            posted.setdefault((ln.role, ln.member_id), {})
            acc = posted[(ln.role, ln.member_id)]
            acc[ln.account] = acc.get(ln.account, 0) + ln.amount_ore
        drafts.append(VoucherDraft(on, kind, f"Innbetaling {p.id}", tuple(lines), payment_text(kind, p.id, p.kid),
                                   "payment", p.id))
    return drafts


def backfill(session: Session) -> BackfillResult:
    """``kontopronto books backfill``: post every past event that has no voucher yet."""
    require(session, "settings")
    return backfill_history(session)


def backfill_history(session: Session, exclude: set[tuple[str, int | None]] | None = None) -> BackfillResult:
    """The history before the books: run by ``backfill`` or automatically before the very first voucher
    (``posting.write_vouchers``), leaving out the documents that first voucher is about (``exclude``)."""
    exclude = exclude or set()
    roles = role_accounts(session)
    products = product_postings(session)
    done_inv = set(session.scalars(select(Voucher.source_id).where(Voucher.source == "invoice")))
    done_pay = set(session.scalars(select(Voucher.source_id).where(Voucher.source == "payment")))
    drafts: list[VoucherDraft] = []
    invoices = [i for i in session.scalars(select(Invoice).options(selectinload(Invoice.lines)).where(
        Invoice.number.is_not(None)).order_by(Invoice.number))
        if i.id not in done_inv and i.total_ore and ("invoice", i.id) not in exclude]
    drafts += [invoice_draft(session, inv, products, roles) for inv in invoices]
    members = dict(session.execute(select(Invoice.id, Invoice.member_id)).all())
    payments = [p for p in session.scalars(select(Payment).options(selectinload(Payment.allocations))
                                           .order_by(Payment.id))
                if p.id not in done_pay and ("payment", p.id) not in exclude]
    stamps = credit_stamps(session)
    for p in payments:
        drafts += _payment_drafts(session, p, members, roles, stamps)
    drafts.sort(key=lambda d: (d.on, 0 if d.source == "invoice" else 1, d.source_id or 0))
    numbers = write_vouchers(session, drafts, allow_closed=True)
    if numbers:
        audit.record(session, "backfill", "voucher", None, {"vouchers": [None, f"{numbers[0]}-{numbers[-1]}"],
                                                          "invoices": [None, len(invoices)],
                                                          "payments": [None, len(payments)]})
    session.flush()
    return BackfillResult(len(invoices), len(payments), len(numbers))
