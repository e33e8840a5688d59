"""Matching beyond the exact KID: ranked suggestions, manual match, split, credit, refund, undo.

Every operation here is one user action in the caller's transaction, checks the "payments"
permission, and leaves an audit entry with ids and amounts only (no names or free text).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session, selectinload

from .. import audit
from ..access import require
from ..errors import NotFound, UserError
from ..models import Member
from ..models.invoice import Invoice, InvoiceKind, InvoiceStatus
from ..models.payment import Payment, PaymentStatus
from ..money import format_nok
from ..periods import check_open
from .booking import allocate, allocation_date, credit_placed_on, refresh_invoice, refresh_payment
from .suggestions import MAX_SUGGESTIONS, OPEN, Suggestion, SuggestionIndex  # noqa: F401 (imported from here)
from .views import PaymentView, get_payment_view, views_of


def count_with_suggestions(session: Session, payment_ids: list[int]) -> int:
    if not payment_ids:
        return 0
    index = SuggestionIndex(session)
    count = 0
    for p in session.scalars(select(Payment).where(Payment.id.in_(payment_ids[:5000]))):
        if index.suggest(p.amount_ore, p.kid, p.text, p.payer_name):
            count += 1
    return count


@dataclass(frozen=True)
class QueueItem:
    payment: PaymentView
    suggestions: tuple[Suggestion, ...]

    def to_json(self) -> dict[str, Any]:
        return {**self.payment.to_json(), "suggestions": [s.to_json() for s in self.suggestions]}


#: how many payments the queue reads with their suggestions at a time (Innbetalinger shows more on request)
QUEUE_PAGE = 2000


def unmatched_total(session: Session) -> tuple[int, int]:
    """How many payments are unmatched in all, and their sum in øre (the queue shows the oldest)."""
    count, total = session.execute(select(func.count(Payment.id), func.coalesce(func.sum(Payment.amount_ore), 0))
                                   .where(Payment.status == PaymentStatus.UNMATCHED.value)).one()
    return int(count), int(total)


def queue_position(session: Session, payment_id: int) -> int | None:
    """Where an unmatched payment stands in the queue (0 = the oldest); None when it is not unmatched."""
    p = session.get(Payment, int(payment_id))
    if p is None or p.status != PaymentStatus.UNMATCHED.value:
        return None
    return int(session.scalar(select(func.count(Payment.id)).where(
        Payment.status == PaymentStatus.UNMATCHED.value,
        or_(Payment.booked_on < p.booked_on, and_(Payment.booked_on == p.booked_on, Payment.id < p.id)))) or 0)


def unmatched_queue(session: Session, limit: int = QUEUE_PAGE, index: SuggestionIndex | None = None) -> list[QueueItem]:
    """The ``limit`` oldest unmatched payments, each with its ranked suggestions (from ``index`` if given)."""
    payments = list(session.scalars(select(Payment).options(selectinload(Payment.allocations)).where(
        Payment.status == PaymentStatus.UNMATCHED.value).order_by(Payment.booked_on, Payment.id).limit(limit)))
    if not payments:  # an empty queue needs no index of every open invoice (seconds at 100 000 invoices)
        return []
    index = index or SuggestionIndex(session)
    return [QueueItem(v, tuple(index.suggest(v.amount_ore, v.kid, v.text, v.payer_name)))
            for v in views_of(session, payments)]


# --- operations ---------------------------------------------------------------------------------

def _payment(session: Session, payment_id: int) -> Payment:
    p = session.get(Payment, int(payment_id))
    if p is None:
        raise NotFound(f"Fant ikke innbetaling {payment_id}.")
    return p


def _invoice(session: Session, number: int) -> Invoice:
    inv = session.scalars(select(Invoice).where(Invoice.number == int(number))).first()
    if inv is None:
        raise NotFound(f"Fant ikke faktura {number}.")
    if inv.kind != InvoiceKind.INVOICE.value:
        raise UserError(f"{number} er en kreditnota; innbetalinger føres mot fakturaer.")
    return inv


def _member(session: Session, customer_number: int) -> Member:
    m = session.scalars(select(Member).where(Member.customer_number == int(customer_number))).first()
    if m is None:
        raise NotFound(f"Fant ikke medlem med kundenummer {customer_number}.")
    return m


def _today_open(session: Session, what: str) -> None:
    """A match, split or credit made now is booked today: refused only when today is in the closed period."""
    today = date.today()
    check_open(session, today, f"{what} (bokføres {today:%d.%m.%Y})")


def _post(session: Session, p: Payment, kind: str, on: date | None = None) -> None:
    """The voucher for what this operation changed about the payment (core/books)."""
    from ..books.events import sync_payment

    sync_payment(session, p, kind, on)


def _has_left(p: Payment) -> None:
    if p.unallocated_ore <= 0:
        raise UserError(f"Innbetaling {p.id} er allerede ført i sin helhet.")


def match_payment(session: Session, payment_id: int, invoice_number: int, amount_ore: int | None = None,
                  method: str = "manuell") -> PaymentView:
    """Book the payment against one invoice; any excess stays on the member's account as credit.

    A payment against a credited (or already paid) invoice goes to the member's account.
    """
    require(session, "payments")
    p = _payment(session, payment_id)
    _has_left(p)
    _today_open(session, f"matching av innbetaling {p.id}")
    inv = _invoice(session, invoice_number)
    if inv.status != InvoiceStatus.CREDITED.value and inv.remaining_ore <= 0 and inv.written_off_ore > 0:
        from ..invoicing.writeoff import recover  # a payment on a written-off invoice is a recovery

        recover(session, p, inv, p.unallocated_ore if amount_ore is None else int(amount_ore))
        return get_payment_view(session, p.id)
    if inv.status == InvoiceStatus.CREDITED.value or inv.remaining_ore <= 0:
        if p.member_id is None:
            p.member_id = inv.member_id
            refresh_payment(p)
            audit.record(session, "credit", "payment", p.id, {"member_id": [None, inv.member_id],
                                                             "invoice": [None, inv.number]})
            _post(session, p, "kreditt")
        return get_payment_view(session, p.id)
    amount = min(p.unallocated_ore, inv.remaining_ore) if amount_ore is None else int(amount_ore)
    allocate(session, p, inv, amount, method)
    session.flush()
    _post(session, p, "matching")
    return get_payment_view(session, p.id)


def accept_suggestion(session: Session, payment_id: int, invoice_number: int) -> PaymentView:
    return match_payment(session, payment_id, invoice_number, method="forslag")


def split_payment(session: Session, payment_id: int, parts: list[tuple[int, int]],
                  rest_to: int | None = None) -> PaymentView:
    """Spread one payment over several invoices ((invoice number, øre) each); the rest is credit.

    The rest goes to ``rest_to`` (customer number) or the member of the first invoice.
    """
    require(session, "payments")
    p = _payment(session, payment_id)
    _has_left(p)
    if not parts:
        raise UserError("Velg minst én faktura å fordele innbetalingen på.")
    _today_open(session, f"deling av innbetaling {p.id}")
    total = sum(int(a) for _, a in parts)
    if total > p.unallocated_ore:
        raise UserError(f"Fordelingen er på {format_nok(total)} kr, men innbetalingen har bare "
                        f"{format_nok(p.unallocated_ore)} kr igjen.")
    if rest_to is not None:
        p.member_id = _member(session, rest_to).id
    for number, amount in parts:
        allocate(session, p, _invoice(session, number), int(amount), "deling", allow_other_member=True)
    refresh_payment(p)
    session.flush()
    _post(session, p, "matching")
    return get_payment_view(session, p.id)


def leave_as_credit(session: Session, payment_id: int, customer_number: int) -> PaymentView:
    """Put an unmatched payment on a member's account (a credit to use later or refund)."""
    require(session, "payments")
    p = _payment(session, payment_id)
    if p.status != PaymentStatus.UNMATCHED.value:
        raise UserError(f"Innbetaling {p.id} er allerede ført; angre den først.")
    _today_open(session, f"kreditt av innbetaling {p.id}")
    member = _member(session, customer_number)
    p.member_id = member.id
    refresh_payment(p)
    audit.record(session, "credit", "payment", p.id, {"member_id": [None, member.id],
                                                     "amount_ore": [None, p.amount_ore]})
    session.flush()
    _post(session, p, "kreditt")
    return get_payment_view(session, p.id)


def member_credit_ore(session: Session, member_id: int) -> int:
    return sum(p.unallocated_ore for p in session.scalars(select(Payment).where(
        Payment.member_id == member_id, Payment.status == PaymentStatus.CREDIT.value)))


def apply_credit(session: Session, customer_number: int, invoice_number: int) -> int:
    """Use the member's credit (oldest payment first) to pay an invoice; returns øre applied."""
    require(session, "payments")
    member = _member(session, customer_number)
    inv = _invoice(session, invoice_number)
    if inv.member_id != member.id:
        raise UserError(f"Faktura {invoice_number} tilhører ikke medlem {customer_number}.")
    _today_open(session, f"bruk av kreditt på faktura {invoice_number}")
    applied = 0
    used: list[Payment] = []
    for p in session.scalars(select(Payment).where(Payment.member_id == member.id,
                                                   Payment.status == PaymentStatus.CREDIT.value)
                             .order_by(Payment.booked_on, Payment.id)):
        if inv.remaining_ore <= 0:
            break
        amount = min(p.unallocated_ore, inv.remaining_ore)
        allocate(session, p, inv, amount, "kreditt")
        used.append(p)
        applied += amount
    if not applied:
        raise UserError(f"Medlem {customer_number} har ingen kreditt å bruke, eller faktura {invoice_number} "
                        "er betalt.")
    session.flush()
    for p in used:
        _post(session, p, "bruk_av_kreditt")
    return applied


def refund_credit(session: Session, payment_id: int, amount_ore: int | None = None,
                  on: date | None = None) -> PaymentView:
    """Mark (part of) a payment's credit as paid back to the member."""
    require(session, "payments")
    p = _payment(session, payment_id)
    if p.status != PaymentStatus.CREDIT.value:
        raise UserError(f"Innbetaling {p.id} har ingen kreditt på et medlems konto.")
    amount = p.unallocated_ore if amount_ore is None else int(amount_ore)
    if amount <= 0 or amount > p.unallocated_ore:
        raise UserError(f"Kan tilbakebetale høyst {format_nok(p.unallocated_ore)} kr av innbetaling {p.id}.")
    on = on or date.today()
    check_open(session, on, f"tilbakebetaling av innbetaling {p.id} datert {on:%d.%m.%Y}")
    p.refunded_ore += amount
    p.refunded_on = on
    refresh_payment(p)
    audit.record(session, "refund", "payment", p.id, {"refunded_ore": [p.refunded_ore - amount, p.refunded_ore]})
    session.flush()
    _post(session, p, "tilbakebetaling", on)
    return get_payment_view(session, p.id)


def unmatch_payment(session: Session, payment_id: int) -> PaymentView:
    """Undo a match: every allocation goes, the invoices get their amounts and statuses back,
    and the payment returns to the queue. Refused when any of it was booked in the closed period
    (see ``booking.allocation_date``): the closed figures must stay as reported.
    """
    require(session, "payments")
    p = _payment(session, payment_id)
    if p.refunded_ore:
        raise UserError(f"Innbetaling {p.id} er delvis tilbakebetalt og kan ikke angres.")
    if p.status == PaymentStatus.UNMATCHED.value:
        raise UserError(f"Innbetaling {p.id} er ikke matchet.")
    invoices = {i.id: i for i in session.scalars(select(Invoice).where(
        Invoice.id.in_({a.invoice_id for a in p.allocations})))}
    for alloc in p.allocations:
        on = allocation_date(p, alloc)
        check_open(session, on, f"matchingen av innbetaling {p.id} mot faktura {invoices[alloc.invoice_id].number} "
                                f"(bokført {on:%d.%m.%Y})")
    if not p.allocations:
        on = credit_placed_on(session, p)
        check_open(session, on, f"kreditten av innbetaling {p.id} på medlemmets konto (bokført {on:%d.%m.%Y})")
    undone = []
    for alloc in list(p.allocations):
        inv = invoices[alloc.invoice_id]
        old = {"paid_ore": inv.paid_ore, "status": inv.status}
        inv.paid_ore -= alloc.amount_ore
        if alloc.method == "gjenvinning":  # the recovery is undone: the write-off stands again
            from ..invoicing.writeoff import undo_recovery

            undo_recovery(session, inv, p, alloc.amount_ore)
        refresh_invoice(inv)
        audit.record(session, "unpay", "invoice", inv.id, {
            **audit.diff(old, {"paid_ore": inv.paid_ore, "status": inv.status}),
            "payment": [p.id, None], "amount_ore": [alloc.amount_ore, None]})
        undone.append([inv.number, alloc.amount_ore])
        p.allocations.remove(alloc)
    from ..collection.settlement import release_charge_payments

    release_charge_payments(session, p)  # the reminder fees and interest it covered are open again
    old_member = p.member_id
    p.allocated_ore = 0
    p.member_id = None
    refresh_payment(p)
    audit.record(session, "unmatch", "payment", p.id, {"member_id": [old_member, None],
                                                      "allocations": [undone, []]})
    session.flush()
    _post(session, p, "angring")
    return get_payment_view(session, p.id)


def open_invoices(session: Session, search: str = "", limit: int = 200) -> list[dict[str, Any]]:
    """Open invoices for the manual pick (number, member, name, remaining), plain dicts."""
    query = select(Invoice.number, Invoice.customer_number, Invoice.buyer_name, Invoice.total_ore,
                   Invoice.paid_ore, (Invoice.credited_ore + Invoice.written_off_ore).label("credited_ore"),
                   Invoice.due_date).where(
        Invoice.kind == InvoiceKind.INVOICE.value, Invoice.status.in_(OPEN), Invoice.number.is_not(None))
    if search.strip():
        from sqlalchemy import String, cast, or_
        pat = f"%{search.strip()}%"
        query = query.where(or_(Invoice.buyer_name.ilike(pat), cast(Invoice.number, String).like(pat),
                                cast(Invoice.customer_number, String).like(pat), Invoice.kid.like(pat)))
    rows = session.execute(query.order_by(Invoice.due_date, Invoice.number).limit(limit)).all()
    return [{"number": r.number, "member": r.customer_number, "name": r.buyer_name,
             "remaining_ore": r.total_ore - r.paid_ore - r.credited_ore, "due_date": r.due_date} for r in rows]
