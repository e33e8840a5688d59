"""The list of all payments a page at a time: filter by state, search, count capped like the member list.

Why: the Innbetalinger list read 5 000 payments with their allocations on every open and every
filter change (seconds at 60 000 payments). Here the database filters, orders (newest first, by
``ix_payment_booked_on`` or ``ix_payment_status_booked_on`` from 0020_payment_list) and pages;
a search counts no further than ``search_index.COUNT_CAP`` ("over 1 000"). The GUI and
``kontopronto payments list`` call the same functions.

The search term is read every way it can mean something, and a payment matching any of them is
shown: a date (31.12.2025 or 2025-12-31) is the booking date; an amount ("450", "1 234,50") the
payment's amount; digits also the payment's id or an invoice it was booked against; any term the
start of the KID or archive reference; text (two characters or more) a part of the name of the
member the payment belongs to, or of the payer's name for a payment not yet on a member's account.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session

from .. import search_index
from ..errors import UserError
from ..models import Member
from ..models.invoice import Invoice
from ..models.payment import PAYMENT_STATUS_LABELS, Allocation, Payment, PaymentStatus
from ..search import as_amount
from .views import AllocationView, PaymentView

#: a page of the list (the GUI loads the next as the user scrolls)
PAGE = 200
REFUNDED = "tilbakebetalt"

#: the states the list filters by ("" = every payment), with their labels
STATE_LABELS: dict[str, str] = {
    "": "Alle",
    **{s.value: label for s, label in PAYMENT_STATUS_LABELS.items()},
    REFUNDED: "Tilbakebetalt",
}


@dataclass(frozen=True)
class PaymentFilter:
    """What the list shows: a state of ``STATE_LABELS`` and a search term."""

    state: str = ""
    search: str = ""

    def __post_init__(self) -> None:
        if self.state not in STATE_LABELS:
            raise UserError(f"Ukjent status «{self.state}»; bruk en av: "
                            + ", ".join(s for s in STATE_LABELS if s) + ".")


def _escaped(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _day(term: str) -> date | None:
    for fmt in ("%d.%m.%Y", "%Y-%m-%d"):
        try:
            return datetime.strptime(term, fmt).date()
        except ValueError:
            continue
    return None


def _starts_with(column: Any, term: str) -> ColumnElement[bool]:
    """A prefix as a range, so the column's index is used (LIKE 'x%' is not, case-insensitive)."""
    return and_(column >= term, column < term + "\U0010ffff")


def search_condition(session: Session, text: str) -> ColumnElement[bool] | None:
    """The payments a search term can mean (see the module text), or None for no term.

    Every alternative is read through an index (SQLite then unites them): a LIKE over every
    payment's payer name took 180–550 ms at 75 000 payments, so the payer's name is searched among
    the payments not yet on a member's account, and the others by their member's name (the
    members' trigram index), as the one search (Ctrl+K) does."""
    term = " ".join(text.split())
    if not term:
        return None
    day = _day(term)
    if day is not None:
        return Payment.booked_on == day
    either: list[ColumnElement[bool]] = [_starts_with(Payment.kid, term), _starts_with(Payment.archive_ref, term)]
    amount = as_amount(term)
    if amount is not None:
        either.append(Payment.amount_ore == amount)
    if term.isdigit() and len(term) <= 12:
        number = int(term)
        either.append(Payment.id == number)
        either.append(Payment.id.in_(select(Allocation.payment_id).join(
            Invoice, Invoice.id == Allocation.invoice_id).where(Invoice.number == number)))
    elif len(term) >= 2 and amount is None and not term.isdigit():
        pattern = "%" + _escaped(term) + "%"
        either.append(and_(Payment.status == PaymentStatus.UNMATCHED.value,
                           Payment.payer_name.like(pattern, escape="\\")))
        named = search_index.narrowed(session, search_index.MEMBERS, Member.id, term,
                                      Member.name.like(pattern, escape="\\"))
        either.append(Payment.member_id.in_(select(Member.id).where(named)))
    return or_(*either)


def _filtered(session: Session, query: Any, flt: PaymentFilter) -> Any:
    if flt.state == REFUNDED:
        query = query.where(Payment.refunded_ore > 0)
    elif flt.state:
        query = query.where(Payment.status == flt.state)
    condition = search_condition(session, flt.search)
    if condition is not None:
        query = query.where(condition)
    return query


_COLUMNS = (Payment.id, Payment.source, Payment.booked_on, Payment.amount_ore, Payment.kid, Payment.archive_ref,
            Payment.payer_name, Payment.payer_account, Payment.text, Payment.status, Member.customer_number,
            Payment.allocated_ore, Payment.refunded_ore)


def list_page(session: Session, flt: PaymentFilter = PaymentFilter(), *, offset: int = 0,  # noqa: B008
              limit: int = PAGE) -> list[PaymentView]:
    """One page of the list, newest first (booking date, then id): the same views as
    ``views.views_of``, read as plain columns (ORM objects cost 3× the time for a page)."""
    query = _filtered(session, select(*_COLUMNS).outerjoin(Member, Member.id == Payment.member_id), flt)
    rows = session.execute(query.order_by(Payment.booked_on.desc(), Payment.id.desc())
                           .offset(max(offset, 0)).limit(limit)).all()
    allocations: dict[int, list[AllocationView]] = defaultdict(list)
    if rows:
        for payment_id, number, amount, method in session.execute(
                select(Allocation.payment_id, Invoice.number, Allocation.amount_ore, Allocation.method)
                .join(Invoice, Invoice.id == Allocation.invoice_id)
                .where(Allocation.payment_id.in_([r[0] for r in rows])).order_by(Allocation.id)):
            allocations[payment_id].append(AllocationView(number or 0, amount, method))
    return [PaymentView(r.id, r.source, r.booked_on, r.amount_ore, r.kid, r.archive_ref, r.payer_name, r.payer_account,
                        r.text, r.status, r.customer_number, r.allocated_ore, r.refunded_ore,
                        tuple(allocations.get(r.id, ()))) for r in rows]


def count(session: Session, flt: PaymentFilter = PaymentFilter(),  # noqa: B008
          cap: int = search_index.COUNT_CAP) -> search_index.SearchCount:
    """How many payments the list has: exact without a search (an index count), else no further than
    ``cap`` ("over 1 000"), as the member list counts."""
    if not flt.search.strip():
        return search_index.SearchCount(int(session.scalar(
            _filtered(session, select(func.count()).select_from(Payment), flt)) or 0), False)
    return search_index.capped_count(session, _filtered(session, select(Payment.id), flt), cap)


def ids_in(text: str) -> list[int]:
    """Payment ids from «12, 14 15» (the CLI's --ids)."""
    found = [int(d) for d in re.findall(r"\d+", text)]
    if not found:
        raise UserError("Oppgi minst én innbetaling (id), f.eks. 12,14,15.")
    return found
