"""Fakturakjøring: one invoice per member from their standard products, all or nothing.

``preview_batch`` writes nothing. ``run_batch`` issues every invoice inside the caller's
transaction; the numbers are reserved in one step, so cancel, an error or a killed process
leaves neither invoices nor a used number behind.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, selectinload

from .. import audit
from ..access import require
from ..errors import UserError
from ..kid import build_kid
from ..models import Member, MemberProduct, Product
from ..models.base import utcnow
from ..models.invoice import Invoice, InvoiceBatch, InvoiceKind, InvoiceLine, InvoiceStatus
from ..models.product import Period
from ..money import format_amount
from ..periods import check_open
from .archive import archive_issued
from .billing_period import BillingPeriod, pro_rata_price, product_factor
from .invoices import (
    _dates,
    assign_number_and_kid,
    member_standard_lines,
    open_kids,
    set_lines,
    snapshot_buyer,
)
from .issuing_rules import apply_seller_vat, audit_confirmed_date, check_date, date_reasons, member_problem
from .lines import LineAmounts, compute_line
from .numbering import lock_series, register_kids, reserve_numbers
from .payers import cap_lines, family_line, payer_member
from .pdf import seller_of
from .settings import get_invoice_settings

Progress = Callable[[int, int], None]
IsCancelled = Callable[[], bool]


class BatchCancelled(UserError):
    def __init__(self) -> None:
        super().__init__("Fakturakjøringen ble avbrutt. Ingen fakturaer er laget.")


class RepeatRunNeedsConfirmation(UserError):
    """The run repeats an earlier run's period and selection (after a crash the user may not know)."""

    def __init__(self, repeat: RepeatedRun) -> None:
        self.repeat = repeat
        super().__init__(repeat.text() + " Bekreft at du vil kjøre den igjen (CLI: --confirm-repeat); medlemmer som "
                         "alt er fakturert for perioden hoppes uansett over.")


@dataclass(frozen=True)
class BatchFilter:
    """Which members and which of their products: all active, by product, by payment method."""

    product_code: str | None = None
    payment_method: str | None = None
    period: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {k: v for k, v in vars(self).items() if v}


@dataclass(frozen=True)
class BatchSample:
    customer_number: int
    name: str
    total_ore: int
    needs_print: bool


@dataclass(frozen=True)
class SkippedMember:
    """A member the run leaves out (or would), with what and why."""

    customer_number: int
    name: str
    products: tuple[str, ...]
    reason: str  # "allerede fakturert for perioden" | "ny i perioden" | ...

    def to_json(self) -> dict[str, Any]:
        return {"member": self.customer_number, "name": self.name, "products": list(self.products),
                "reason": self.reason}


@dataclass(frozen=True)
class RefusedProduct:
    """A product whose own period does not fit the run's period: left out for everyone, with the reason."""

    product_code: str
    reason: str
    members: int

    def to_json(self) -> dict[str, Any]:
        return {"product": self.product_code, "reason": self.reason, "members": self.members}


@dataclass(frozen=True)
class RepeatedRun:
    """An earlier run for the same period and selection (a second run needs explicit confirmation)."""

    batch_id: int
    created_at: Any
    invoice_date: date
    count: int

    def text(self) -> str:
        return (f"Kjøring {self.batch_id} ({self.invoice_date:%d.%m.%Y}, {self.count} fakturaer) gjaldt samme "
                "periode og utvalg.")

    def to_json(self) -> dict[str, Any]:
        return {"batch": self.batch_id, "invoice_date": self.invoice_date.isoformat(), "count": self.count,
                "text": self.text()}


ALREADY = "allerede fakturert for perioden"
NEW_IN_PERIOD = "ny i perioden (faktureres ikke før neste periode)"
FAMILY_CAP_REACHED = "familietaket for perioden er nådd"


@dataclass(frozen=True)
class BatchPreview:
    invoice_date: date
    due_date: date
    count: int
    total_ore: int
    needs_print: int
    sample: tuple[BatchSample, ...] = field(default=())
    period: BillingPeriod | None = None
    #: members left out because they were invoiced for this product and period (unless named in again_for)
    already: tuple[SkippedMember, ...] = field(default=())
    #: members left out for another reason (new in the period with pro rata "none", ...)
    skipped: tuple[SkippedMember, ...] = field(default=())
    refused: tuple[RefusedProduct, ...] = field(default=())
    repeat_of: RepeatedRun | None = None
    #: why the invoice date needs a confirmation (before the last issued invoice, > 30 days ahead; issuing_rules)
    date_warnings: tuple[str, ...] = field(default=())
    #: the expected split by channel (core/channels/forecast.py): avtalegiro, ehf, efaktura, email, print
    channels: dict[str, int] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {"invoice_date": self.invoice_date.isoformat(), "due_date": self.due_date.isoformat(),
                "count": self.count, "total": format_amount(self.total_ore), "print": self.needs_print,
                "period": self.period.to_json() if self.period else None,
                "already_invoiced": {"count": len(self.already), "members": [m.to_json() for m in self.already]},
                "skipped": [m.to_json() for m in self.skipped], "refused": [r.to_json() for r in self.refused],
                "repeat_of": self.repeat_of.to_json() if self.repeat_of else None,
                "date_warnings": list(self.date_warnings), "channels": dict(self.channels),
                "sample": [{"member": x.customer_number, "name": x.name, "total": format_amount(x.total_ore)}
                           for x in self.sample]}


@dataclass(frozen=True)
class BatchResult:
    batch_id: int
    count: int
    total_ore: int
    first_number: int | None
    last_number: int | None
    needs_print: int
    period: BillingPeriod | None = None
    already: tuple[SkippedMember, ...] = field(default=())
    skipped: tuple[SkippedMember, ...] = field(default=())
    refused: tuple[RefusedProduct, ...] = field(default=())

    def to_json(self) -> dict[str, Any]:
        return {"batch": self.batch_id, "count": self.count, "total": format_amount(self.total_ore),
                "first_number": self.first_number, "last_number": self.last_number, "print": self.needs_print,
                "period": self.period.to_json() if self.period else None,
                "already_invoiced": {"count": len(self.already), "members": [m.to_json() for m in self.already]},
                "skipped": [m.to_json() for m in self.skipped], "refused": [r.to_json() for r in self.refused]}


def _members(session: Session, flt: BatchFilter, on: date) -> Iterator[Member]:
    query = (select(Member)
             .where(Member.restricted_until.is_(None),
                    or_(Member.ended_on.is_(None), Member.ended_on > on),
                    or_(Member.active_from.is_(None), Member.active_from <= on))
             .order_by(Member.customer_number)
             .options(selectinload(Member.products).selectinload(MemberProduct.product)))
    if flt.payment_method:
        query = query.where(Member.payment_method == flt.payment_method.lower())
    if flt.product_code:
        code = flt.product_code.strip().upper()
        query = query.where(Member.id.in_(select(MemberProduct.member_id).join(Product).where(Product.code == code)))
    yield from session.scalars(query.execution_options(yield_per=500))


@dataclass
class _Plan:
    invoices: list[tuple[Member, list[LineAmounts]]] = field(default_factory=list)
    #: per invoice, per line: the member the line is for when another member pays (family invoice)
    line_members: list[list[int | None]] = field(default_factory=list)
    already: list[SkippedMember] = field(default_factory=list)
    skipped: list[SkippedMember] = field(default_factory=list)
    refused: dict[str, tuple[str, int]] = field(default_factory=dict)

    @property
    def refused_products(self) -> tuple[RefusedProduct, ...]:
        return tuple(RefusedProduct(c, r, n) for c, (r, n) in sorted(self.refused.items()))


def invoiced_for_period(session: Session, period: BillingPeriod) -> set[tuple[int, str]]:
    """(member id, product code) already on an issued invoice for a period overlapping ``period``.

    A fully credited invoice frees its period; a line of a family invoice counts for its own member.
    """
    rows = session.execute(select(func.coalesce(InvoiceLine.member_id, Invoice.member_id), InvoiceLine.product_code)
                           .join(Invoice, Invoice.id == InvoiceLine.invoice_id).where(
        Invoice.kind == InvoiceKind.INVOICE.value, Invoice.number.is_not(None),
        Invoice.status != InvoiceStatus.CREDITED.value, InvoiceLine.period_start.is_not(None),
        InvoiceLine.period_start <= period.end, InvoiceLine.period_end >= period.start)).all()
    return {(int(m), str(c)) for m, c in rows if m is not None}


def _period_lines(member: Member, lines: list[LineAmounts], period: BillingPeriod, pro_rata: str,
                  products: dict[str, Product], plan: _Plan) -> list[LineAmounts] | None:
    """The member's lines for the run's period (quantity per product period, pro rata); None: not this time."""
    joined = member.active_from
    new_in_period = joined is not None and period.start < joined <= period.end
    if new_in_period and pro_rata == "none":
        plan.skipped.append(SkippedMember(member.customer_number, member.name,
                                          tuple(ln.product_code for ln in lines), NEW_IN_PERIOD))
        return None
    months = period.months
    left = period.months_left_from(joined) if new_in_period and pro_rata == "month" and joined else None
    out = []
    for ln in lines:
        product = products[ln.product_code]
        factor, reason = product_factor(product.period, period)
        if factor is None:
            old_reason, count = plan.refused.get(ln.product_code, (reason, 0))
            plan.refused[ln.product_code] = (old_reason, count + 1)
            continue
        quantity, price, text = ln.quantity * factor, ln.unit_price_ore, ln.description
        if left is not None and months and left < months and product.period != Period.ONE_OFF.value:
            if product.period == Period.MONTHLY.value:
                quantity = ln.quantity * left
            else:
                price = pro_rata_price(ln.unit_price_ore, left, months)
            text = f"{ln.description} ({left} av {months} mnd)"
        line = compute_line(ln.product_code, text, quantity, price, ln.vat_rate)
        out.append(replace(line, period_start=period.start, period_end=period.end))
    return out


def _planned(session: Session, flt: BatchFilter, on: date, period: BillingPeriod | None = None,
             again_for: frozenset[int] = frozenset()) -> _Plan:
    code = flt.product_code.strip().upper() if flt.product_code else None
    if code and session.scalars(select(Product.id).where(Product.code == code)).first() is None:
        raise UserError(f"Fant ikke produktet «{flt.product_code}».")
    plan = _Plan()
    done = invoiced_for_period(session, period) if period else set()
    products = {p.code: p for p in session.scalars(select(Product))} if period else {}
    pro_rata = get_invoice_settings(session).pro_rata
    for member in _members(session, flt, on):
        lines = member_standard_lines(member, code, flt.period)
        if period is not None and lines:
            twice = [ln.product_code for ln in lines if (member.id, ln.product_code) in done]
            if twice and member.customer_number not in again_for:
                plan.already.append(SkippedMember(member.customer_number, member.name, tuple(twice), ALREADY))
                lines = [ln for ln in lines if ln.product_code not in twice]
            period_lines = _period_lines(member, lines, period, pro_rata, products, plan) if lines else []
            lines = period_lines or []
        if lines and sum(line.gross_ore for line in lines) > 0:
            plan.invoices.append((member, lines))
    _group_by_payer(session, plan, period)
    _buyers_and_vat(session, plan)
    return plan


def _buyers_and_vat(session: Session, plan: _Plan) -> None:
    """Leave out buyers without name and address or orgnr ("mangler adresse", § 5-1-1 nr. 3), and apply
    the seller's VAT status to every invoice's lines (refused naming the products, or without VAT)."""
    kept, owners_kept = [], []
    for (recipient, lines), owners in zip(plan.invoices, plan.line_members, strict=True):
        problem = member_problem(recipient)
        if problem:
            plan.skipped.append(SkippedMember(recipient.customer_number, recipient.name,
                                              tuple(sorted({ln.product_code for ln in lines if ln.product_code})),
                                              problem))
            continue
        kept.append((recipient, lines))
        owners_kept.append(owners)
    allowed = apply_seller_vat(session, [lines for _, lines in kept])
    plan.invoices = [(recipient, lines) for (recipient, _), lines in zip(kept, allowed, strict=True)]
    plan.line_members = owners_kept


def _invoiced_to(session: Session, member_ids: list[int], period: BillingPeriod) -> dict[int, int]:
    """Gross øre already invoiced to each payer for lines of a period overlapping ``period`` (family cap)."""
    if not member_ids:
        return {}
    rows = session.execute(select(Invoice.member_id, func.sum(InvoiceLine.gross_ore)).join(
        InvoiceLine, InvoiceLine.invoice_id == Invoice.id).where(
        Invoice.member_id.in_(member_ids), Invoice.kind == InvoiceKind.INVOICE.value, Invoice.number.is_not(None),
        Invoice.status != InvoiceStatus.CREDITED.value, InvoiceLine.period_start <= period.end,
        InvoiceLine.period_end >= period.start).group_by(Invoice.member_id)).all()
    return {int(m or 0): int(v or 0) for m, v in rows}


def _group_by_payer(session: Session, plan: _Plan, period: BillingPeriod | None) -> None:
    """Members whose invoices another member pays go on that member's invoice, a line each (payers.py);
    a family cap on the payer adds a discount line (less what the family was invoiced for the period)."""
    groups: dict[int, tuple[Member, list[LineAmounts], list[int | None]]] = {}
    for member, lines in plan.invoices:
        payer = payer_member(member)
        recipient = payer or member
        _, group_lines, owners = groups.setdefault(recipient.id, (recipient, [], []))
        if payer is None:
            group_lines.extend(lines)
            owners.extend([None] * len(lines))
        else:
            group_lines.extend(family_line(ln, member) for ln in lines)
            owners.extend([member.id] * len(lines))
    plan.invoices, plan.line_members = [], []
    capped = [g[0].id for g in groups.values() if g[0].family_cap_ore is not None and any(g[2])]
    before = _invoiced_to(session, capped, period) if period is not None else {}
    for recipient, lines, owners in sorted(groups.values(), key=lambda g: g[0].customer_number):
        if recipient.family_cap_ore is not None and any(owners):
            extra = cap_lines(lines, max(recipient.family_cap_ore - before.get(recipient.id, 0), 0))
            if period is not None:
                extra = [replace(x, period_start=period.start, period_end=period.end) for x in extra]
            lines = lines + extra
            owners = owners + [None] * len(extra)
            if sum(ln.gross_ore for ln in lines) <= 0:
                plan.skipped.append(SkippedMember(recipient.customer_number, recipient.name,
                                                  tuple(sorted({ln.product_code for ln in lines if ln.product_code})),
                                                  FAMILY_CAP_REACHED))
                continue
        plan.invoices.append((recipient, lines))
        plan.line_members.append(owners)


def _repeat_of(session: Session, flt: BatchFilter, inv_date: date, period: BillingPeriod | None
               ) -> RepeatedRun | None:
    """The latest earlier run with the same selection and period (same invoice date when it had no period)."""
    query = select(InvoiceBatch).where(InvoiceBatch.filter == json.dumps(flt.to_json(), ensure_ascii=False),
                                       InvoiceBatch.count > 0)
    if period is not None:
        query = query.where(InvoiceBatch.period_start == period.start, InvoiceBatch.period_end == period.end)
    else:
        query = query.where(InvoiceBatch.period_start.is_(None), InvoiceBatch.invoice_date == inv_date)
    earlier = session.scalars(query.order_by(InvoiceBatch.id.desc()).limit(1)).first()
    if earlier is None:
        return None
    return RepeatedRun(earlier.id, earlier.created_at, earlier.invoice_date, earlier.count)


def preview_batch(session: Session, invoice_date: date, flt: BatchFilter | None = None, *,
                  due_days: int | None = None, sample_size: int = 10, period: BillingPeriod | None = None,
                  again_for: frozenset[int] = frozenset()) -> BatchPreview:
    """What a run would make (count, total, a sample, who is left out and why); writes nothing."""
    flt = flt or BatchFilter()
    settings = get_invoice_settings(session)
    inv_date, _deliv, due = _dates(settings, invoice_date, None, None, due_days)
    plan = _planned(session, flt, inv_date, period, frozenset(again_for))
    planned = plan.invoices
    sample = tuple(BatchSample(m.customer_number, m.name, sum(ln.gross_ore for ln in lines), not m.email)
                   for m, lines in planned[:sample_size])
    from ..channels.forecast import expected_split  # channels build on invoicing, not the other way

    channels = expected_split(session, [(m, sum(ln.gross_ore for ln in lines)) for m, lines in planned])
    return BatchPreview(inv_date, due, len(planned), sum(sum(ln.gross_ore for ln in lines) for _, lines in planned),
                        sum(1 for m, _ in planned if not m.email), sample, period, tuple(plan.already),
                        tuple(plan.skipped), plan.refused_products, _repeat_of(session, flt, inv_date, period),
                        tuple(date_reasons(session, inv_date)), channels)


def run_batch(session: Session, invoice_date: date, flt: BatchFilter | None = None, *,
              due_days: int | None = None, delivery_date: date | None = None,
              progress: Progress | None = None, is_cancelled: IsCancelled | None = None,
              chunk: int = 250, period: BillingPeriod | None = None, again_for: frozenset[int] = frozenset(),
              confirm_repeat: bool = False, allow_date: bool = False) -> BatchResult:
    """Issue one invoice per selected member in the caller's transaction.

    With a billing ``period`` every line carries it, and a member already invoiced for a product
    and period is left out unless named in ``again_for`` (customer numbers). A run that repeats an
    earlier run's period and selection is refused unless ``confirm_repeat``; an invoice date before
    the last issued invoice or > 30 days ahead unless ``allow_date`` (then audited).
    Raises BatchCancelled when ``is_cancelled()`` turns true; the caller's unit of work then
    rolls everything back, numbers included.
    """
    require(session, "invoices")
    flt = flt or BatchFilter()
    lock_series(session)
    settings = get_invoice_settings(session)
    inv_date, deliv, due = _dates(settings, invoice_date, delivery_date, None, due_days)
    check_open(session, inv_date, f"fakturaer datert {inv_date:%d.%m.%Y}")
    confirmed_date = check_date(session, inv_date, allow_date)
    repeat = _repeat_of(session, flt, inv_date, period)
    if repeat is not None and not confirm_repeat:
        raise RepeatRunNeedsConfirmation(repeat)
    plan = _planned(session, flt, inv_date, period, frozenset(again_for))
    planned = plan.invoices
    if not planned:
        if plan.already:
            raise UserError(f"Alle i utvalget er allerede fakturert for perioden ({len(plan.already)} medlemmer); "
                            "ingen fakturaer er laget.")
        raise UserError("Ingen medlemmer passer til utvalget; ingen fakturaer er laget.")
    total = len(planned)
    if progress:
        progress(0, total)
    batch = InvoiceBatch(actor=audit.actor_of(session), invoice_date=inv_date, due_date=due,
                         filter=json.dumps(flt.to_json(), ensure_ascii=False), count=0, total_ore=0,
                         created_at=utcnow(), period_start=period.start if period else None,
                         period_end=period.end if period else None)
    session.add(batch)
    session.flush()
    audit_confirmed_date(session, "invoice_batch", batch.id, inv_date, confirmed_date)
    first = reserve_numbers(session, total)
    layout = settings.kid_layout
    taken = open_kids(session, [build_kid(m.customer_number, first + i, layout) for i, (m, _) in enumerate(planned)])
    seller = seller_of(session)
    pending: list[Invoice] = []
    total_ore = 0
    printed = 0
    for i, ((member, lines), owners) in enumerate(zip(planned, plan.line_members, strict=True)):
        if is_cancelled and is_cancelled():
            raise BatchCancelled()
        inv = Invoice(kind=InvoiceKind.INVOICE.value, status=InvoiceStatus.DRAFT.value, invoice_date=inv_date,
                      delivery_date=deliv, due_date=due, paid_ore=0, credited_ore=0, reason="",
                      email_error="", batch_id=batch.id, created_at=utcnow())
        snapshot_buyer(inv, member)
        set_lines(inv, lines)
        for line, owner in zip(inv.lines, owners, strict=True):
            line.member_id = owner
        assign_number_and_kid(inv, first + i, settings, taken)
        session.add(inv)
        pending.append(inv)
        total_ore += inv.total_ore
        printed += inv.needs_print
        if (i + 1) % chunk == 0:
            session.flush()
            register_kids(session, pending)
            archive_issued(session, pending, seller)  # the PDF as issued (core/invoicing/archive.py)
            pending = []
            if progress:
                progress(i + 1, total)
    if is_cancelled and is_cancelled():
        raise BatchCancelled()
    session.flush()
    register_kids(session, pending)
    archive_issued(session, pending, seller)
    from ..books.events import post_batch

    post_batch(session, batch.id)  # one voucher per invoice (core/books)
    batch.count = total
    batch.total_ore = total_ore
    batch.first_number = first
    batch.last_number = first + total - 1
    session.flush()
    audit.record(session, "invoice_run", "invoice_batch", batch.id,
                 {"count": [None, total], "total_ore": [None, total_ore],
                  "numbers": [None, f"{first}-{first + total - 1}"], "filter": [None, flt.to_json()],
                  **({"period": [None, period.label]} if period else {}),
                  **({"already_invoiced_skipped": [None, len(plan.already)]} if plan.already else {}),
                  **({"again_for": [None, sorted(again_for)]} if again_for else {}),
                  **({"repeat_of": [None, repeat.batch_id]} if repeat else {})})
    if progress:
        progress(total, total)
    return BatchResult(batch.id, total, total_ore, first, first + total - 1, printed, period, tuple(plan.already),
                       tuple(plan.skipped), plan.refused_products)


@dataclass(frozen=True)
class BatchView:
    id: int
    created_at: Any
    invoice_date: date
    due_date: date
    count: int
    total_ore: int
    first_number: int | None
    last_number: int | None


def list_batches(session: Session) -> list[BatchView]:
    return [BatchView(b.id, b.created_at, b.invoice_date, b.due_date, b.count, b.total_ore, b.first_number,
                      b.last_number)
            for b in session.scalars(select(InvoiceBatch).order_by(InvoiceBatch.id.desc()))]
