"""«Godta alle sikre forslag»: every sure suggestion in the queue accepted in one step, one undo.

A suggestion is *sure* only when all of these hold (strict on purpose: a wrong bulk match is
worse than a click more):

1. the payment is in the queue (unmatched, on no member's account, nothing refunded);
2. the payment names the invoice itself: its number appears in the text or the KID, or the KID
   decodes to it under the organisation's KID layout (a customer number or a name is not enough);
3. of the invoices the payment names this way, exactly one has the payment's amount, either as its
   claim now or as its original total, and that one is open with a claim equal to the payment: its
   remaining principal plus its open reminder fees and interest (costs are paid first, so the payment
   then settles the whole claim and the invoice ends paid). "faktura 1 eller 4" with both of 450 kr
   stays with the user, also after invoice 1 is paid;
4. that invoice is also the best-ranked suggestion of ``matching.SuggestionIndex``;
5. no other payment in the queue is sure for the same invoice (two payers for one invoice are
   left to the user).

Accepting books each one through ``matching.accept_suggestion`` (the single-accept path: period
lock, costs first, vouchers, audit) in the caller's one transaction, then writes one audit entry
"bulk_accept" whose id is the operation id. ``undo_bulk`` reverses every payment of it through
``matching.unmatch_payment`` (reversing vouchers), or none: anything that changed since, or a closed
period, refuses the whole operation with a message.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import audit
from ..access import require
from ..collection.claims import chunks
from ..errors import NotFound, UserError
from ..models import AuditEntry
from ..models.collection import CollectionCharge
from ..models.invoice import Invoice, InvoiceKind
from ..models.payment import Payment, PaymentStatus
from ..money import format_amount, format_nok
from ..periods import check_open
from . import matching

ENTITY = "payment_batch"


@dataclass(frozen=True)
class SureMatch:
    payment_id: int
    booked_on: date
    amount_ore: int
    payer_name: str
    invoice_number: int
    customer_number: int
    name: str
    charges_ore: int  # open reminder fees and interest the payment covers first

    def to_json(self) -> dict[str, Any]:
        return {"payment": self.payment_id, "date": self.booked_on.isoformat(), "amount": format_amount(self.amount_ore),
                "invoice": self.invoice_number, "member": self.customer_number, "name": self.name,
                "charges": format_amount(self.charges_ore)}


@dataclass(frozen=True)
class BulkPreview:
    items: tuple[SureMatch, ...]

    @property
    def count(self) -> int:
        return len(self.items)

    @property
    def total_ore(self) -> int:
        return sum(i.amount_ore for i in self.items)

    @property
    def key(self) -> tuple[tuple[int, int, int], ...]:
        """What the user saw (payment, invoice, amount): accept refuses if the queue differs."""
        return tuple((i.payment_id, i.invoice_number, i.amount_ore) for i in self.items)

    def to_json(self) -> dict[str, Any]:
        return {"count": self.count, "sum": format_amount(self.total_ore), "items": [i.to_json() for i in self.items]}


@dataclass(frozen=True)
class BulkResult:
    operation_id: int
    items: tuple[SureMatch, ...]

    @property
    def total_ore(self) -> int:
        return sum(i.amount_ore for i in self.items)

    def text(self) -> str:
        return (f"Godtok {len(self.items)} sikre forslag, til sammen {format_nok(self.total_ore)} kr "
                f"(operasjon {self.operation_id}; angre alle med «payments undo-bulk {self.operation_id}»).")

    def to_json(self) -> dict[str, Any]:
        return {"operation": self.operation_id, "count": len(self.items), "sum": format_amount(self.total_ore),
                "items": [i.to_json() for i in self.items]}


@dataclass(frozen=True)
class UndoResult:
    operation_id: int
    payment_ids: tuple[int, ...]
    total_ore: int

    def text(self) -> str:
        return (f"Angret operasjon {self.operation_id}: {len(self.payment_ids)} innbetalinger "
                f"({format_nok(self.total_ore)} kr) ligger i køen igjen.")

    def to_json(self) -> dict[str, Any]:
        return {"operation": self.operation_id, "payments": list(self.payment_ids),
                "sum": format_amount(self.total_ore)}


def _named_numbers(index: matching.SuggestionIndex, kid: str, text: str) -> set[int]:
    """Numbers by which the payment may name an invoice (rule 2), as the ranking reads them."""
    named = {int(d) for d in re.findall(r"\d{1,12}", f"{text} {kid}") if d.strip("0")}
    number = index.layout.invoice_number_of(kid) if kid.isdigit() else None
    if number is not None:
        named.add(number)
    return named


def _totals(session: Session, numbers: set[int]) -> dict[int, int]:
    """Original totals of the issued invoices among ``numbers`` (paid or open)."""
    out: dict[int, int] = {}
    for part in chunks(sorted(numbers)):
        for number, total in session.execute(select(Invoice.number, Invoice.total_ore).where(
                Invoice.kind == InvoiceKind.INVOICE.value, Invoice.number.in_(part))):
            if number is not None:
                out[number] = total
    return out


def _open_charges(session: Session, numbers: set[int]) -> dict[int, int]:
    out: dict[int, int] = defaultdict(int)
    for part in chunks(sorted(numbers)):
        for number, left in session.execute(
                select(Invoice.number, CollectionCharge.amount_ore - CollectionCharge.paid_ore)
                .join(Invoice, Invoice.id == CollectionCharge.invoice_id)
                .where(Invoice.number.in_(part), CollectionCharge.paid_ore < CollectionCharge.amount_ore)):
            if number is not None:  # the filter on number already excludes drafts; this tells mypy
                out[number] += int(left)
    return out


def sure_matches(session: Session, limit: int = 5000, payment_ids: Sequence[int] | None = None, *,
                 index: matching.SuggestionIndex | None = None,
                 ranked: Mapping[int, int | None] | None = None) -> BulkPreview:
    """The queue's sure suggestions (see the module's rules), oldest payment first; with
    ``payment_ids`` only those of these payments (rule 5 still looks at the whole queue).
    ``index`` and ``ranked`` (payment id -> its best-ranked invoice number) reuse what
    ``matching.unmatched_queue`` already found (see ``queue_and_sure``)."""
    payments = list(session.scalars(select(Payment).where(
        Payment.status == PaymentStatus.UNMATCHED.value, Payment.member_id.is_(None), Payment.refunded_ore == 0,
        Payment.allocated_ore == 0).order_by(Payment.booked_on, Payment.id).limit(limit)))
    if not payments:  # nothing in the queue: the index of every open invoice is not built (issue 19)
        return BulkPreview(())
    index = index or matching.SuggestionIndex(session)
    named = {p.id: _named_numbers(index, p.kid, p.text) for p in payments}
    all_named: set[int] = set().union(*named.values()) if named else set()
    totals = _totals(session, all_named)
    charges = _open_charges(session, {n for n in all_named if n in index.by_number})
    found: list[tuple[Payment, int]] = []
    for p in payments:
        claims = {n: index.by_number[n].remaining + charges.get(n, 0) for n in named[p.id] if n in index.by_number}
        equal = sorted(n for n in named[p.id] if n in totals and p.amount_ore in (totals[n], claims.get(n)))
        if len(equal) != 1 or claims.get(equal[0]) != p.amount_ore:
            continue
        if ranked is not None and p.id in ranked:
            top = ranked[p.id]
        else:
            best = index.suggest(p.amount_ore, p.kid, p.text, p.payer_name)
            top = best[0].invoice_number if best else None
        if top == equal[0]:
            found.append((p, equal[0]))
    per_invoice = Counter(n for _p, n in found)
    chosen = None if payment_ids is None else {int(i) for i in payment_ids}
    return BulkPreview(tuple(
        SureMatch(p.id, p.booked_on, p.amount_ore, p.payer_name, n, index.by_number[n].customer_number,
                  index.by_number[n].name, charges.get(n, 0))
        for p, n in found if per_invoice[n] == 1 and (chosen is None or p.id in chosen)))


def queue_and_sure(session: Session, limit: int = matching.QUEUE_PAGE) -> tuple[list[matching.QueueItem], BulkPreview]:
    """The queue (its ``limit`` oldest) with its suggestions and the sure ones among them from one
    index and one ranking: the Innbetalinger page shows both, and computing each alone did the
    seconds of work twice."""
    if session.scalar(select(Payment.id).where(Payment.status == PaymentStatus.UNMATCHED.value).limit(1)) is None:
        return [], BulkPreview(())
    index = matching.SuggestionIndex(session)
    queue = matching.unmatched_queue(session, limit, index=index)
    ranked = {q.payment.id: q.suggestions[0].invoice_number if q.suggestions else None for q in queue}
    return queue, sure_matches(session, index=index, ranked=ranked)


def accept_exact(session: Session, expected: Sequence[tuple[int, int, int]] | None = None,
                 payment_ids: Sequence[int] | None = None) -> BulkResult:
    """Accept every sure suggestion (or those of ``payment_ids``, «Godta forslag for valgte») in this
    transaction; ``expected`` is ``BulkPreview.key`` of what the user confirmed (refused, with nothing
    booked, when the queue has changed since). Undone as one by ``undo_bulk``."""
    require(session, "payments")
    preview = sure_matches(session, payment_ids=payment_ids)
    if expected is not None and tuple(tuple(e) for e in expected) != preview.key:
        raise UserError("Køen er endret siden forslagene ble vist (en innbetaling eller faktura er ført eller "
                        "endret i mellomtiden). Ingenting er bokført; se over de sikre forslagene på nytt.")
    if not preview.items:
        raise UserError("Det er ingen sikre forslag å godta." if payment_ids is None else
                        "Ingen av de valgte innbetalingene har et sikkert forslag (én åpen faktura med "
                        "nøyaktig samme beløp, nevnt i teksten eller KID-en).")
    today = date.today()
    check_open(session, today, f"godkjenning av {preview.count} forslag (bokføres {today:%d.%m.%Y})")
    done: list[list[Any]] = []
    for item in preview.items:
        matching.accept_suggestion(session, item.payment_id, item.invoice_number)
        p = session.get(Payment, item.payment_id)
        inv = session.scalars(select(Invoice).where(Invoice.number == item.invoice_number)).one()
        if p is None or p.status != PaymentStatus.BOOKED.value or inv.remaining_ore != 0:
            raise UserError(f"Innbetaling {item.payment_id} gjorde ikke opp faktura {item.invoice_number} som "
                            "ventet. Ingenting er bokført; før den for hånd.")
        done.append([p.id, item.invoice_number, p.allocated_ore, sorted(a.id for a in p.allocations)])
    audit.record(session, "bulk_accept", ENTITY, None, {
        "payments": [None, done], "count": [None, len(done)], "sum_ore": [None, preview.total_ore]})
    session.flush()
    operation = session.scalar(select(AuditEntry.id).where(AuditEntry.action == "bulk_accept",
                                                           AuditEntry.entity == ENTITY)
                               .order_by(AuditEntry.id.desc()).limit(1))
    assert operation is not None
    return BulkResult(int(operation), preview.items)


def _operation(session: Session, operation_id: int) -> list[list[Any]]:
    entry = session.get(AuditEntry, int(operation_id))
    if entry is None or entry.action != "bulk_accept" or entry.entity != ENTITY:
        raise NotFound(f"Fant ingen samlet godkjenning med nummer {operation_id}.")
    if session.scalar(select(AuditEntry.id).where(AuditEntry.action == "bulk_undo", AuditEntry.entity == ENTITY,
                                                  AuditEntry.entity_id == entry.id)) is not None:
        raise UserError(f"Den samlede godkjenningen {operation_id} er allerede angret.")
    done: list[list[Any]] = json.loads(entry.changes)["payments"][1]
    return done


def undo_bulk(session: Session, operation_id: int) -> UndoResult:
    """Undo every match of one ``accept_exact`` (each through ``unmatch_payment``), or none of them."""
    require(session, "payments")
    done = _operation(session, operation_id)
    changed = []
    for payment_id, _number, allocated, alloc_ids in done:
        p = session.get(Payment, int(payment_id))
        if p is None or p.refunded_ore or p.status == PaymentStatus.UNMATCHED.value \
                or p.allocated_ore != allocated or sorted(a.id for a in p.allocations) != alloc_ids:
            changed.append(str(payment_id))
    if changed:
        raise UserError(f"Innbetaling {', '.join(changed)} er endret etter den samlede godkjenningen, så den kan "
                        "ikke angres samlet. Ingenting er angret; angre innbetalingene enkeltvis.")
    total = 0
    for payment_id, _number, allocated, _ids in done:
        matching.unmatch_payment(session, int(payment_id))
        total += int(allocated)
    ids = tuple(int(d[0]) for d in done)
    audit.record(session, "bulk_undo", ENTITY, int(operation_id), {"payments": [list(ids), None],
                                                                   "sum_ore": [total, None]})
    session.flush()
    return UndoResult(int(operation_id), ids, total)
