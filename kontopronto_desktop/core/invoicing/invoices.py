"""Invoices: drafts (editable, unnumbered), issuing (number + KID in the same transaction), views.

An issued invoice is read-only (bokføringsforskriften § 5-1-1): only its payment, credit and
delivery fields change afterwards, and a guard on the session refuses anything else.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import String, cast, event, func, or_, select
from sqlalchemy.orm import Session, selectinload

from .. import audit, search_index
from ..access import require
from ..errors import NotFound, UserError, ValidationError
from ..kid import build_kid
from ..models import Member, MemberProduct, Product
from ..models.base import utcnow
from ..models.invoice import STATUS_LABELS, Invoice, InvoiceKind, InvoiceLine, InvoiceStatus
from ..models.product import VAT_LABELS, VatRate
from ..money import format_amount
from ..periods import check_open
from .issuing_rules import apply_seller_vat, audit_confirmed_date, check_date, require_buyer
from .lines import LineAmounts, compute_line, vat_totals
from .numbering import reserve_numbers
from .settings import InvoiceSettings, get_invoice_settings

#: fields of an issued invoice that may still change (payments, credits, delivery)
MUTABLE_AFTER_ISSUE = frozenset({"status", "paid_ore", "credited_ore", "email_sent_at", "email_error",
                                 "needs_print", "written_off_ore"})
OPEN_STATUSES = (InvoiceStatus.SENT.value, InvoiceStatus.PARTLY_PAID.value, InvoiceStatus.OVERDUE.value)


@dataclass(frozen=True)
class LineView:
    product_code: str
    description: str
    quantity: int
    unit_price_ore: int
    vat_rate: str
    net_ore: int
    vat_ore: int
    gross_ore: int
    period_start: date | None = None
    period_end: date | None = None

    def to_json(self) -> dict[str, Any]:
        return {"product": self.product_code, "description": self.description, "quantity": self.quantity,
                "unit_price": format_amount(self.unit_price_ore), "vat_rate": self.vat_rate,
                "net": format_amount(self.net_ore), "vat": format_amount(self.vat_ore),
                "total": format_amount(self.gross_ore),
                "period": {"from": self.period_start.isoformat(), "to": self.period_end.isoformat()}
                if self.period_start and self.period_end else None}


@dataclass(frozen=True)
class InvoiceView:
    """Plain data for the GUI, the CLI, the PDF and email (never a live ORM object)."""

    id: int
    number: int | None
    kind: str
    status: str
    customer_number: int
    buyer_name: str
    buyer_orgnr: str
    buyer_street: str
    buyer_postcode: str
    buyer_city: str
    buyer_country: str
    buyer_email: str
    invoice_date: date
    delivery_date: date
    due_date: date
    kid: str
    net_ore: int
    vat_ore: int
    total_ore: int
    paid_ore: int
    credited_ore: int
    remaining_ore: int
    credits_number: int | None
    reason: str
    batch_id: int | None
    needs_print: bool
    email_sent_at: datetime | None
    email_error: str
    lines: tuple[LineView, ...] = field(default=())
    #: the credited invoice's date (credit notes; printed next to its number)
    credits_date: date | None = None
    #: SHA-256 of the archived PDF as issued (None for drafts and for views built without it)
    document_sha256: str | None = None
    #: written off as a loss less recovered (core/invoicing/writeoff.py); the invoice itself is unchanged
    written_off_ore: int = 0

    @property
    def is_credit_note(self) -> bool:
        return self.kind == InvoiceKind.CREDIT_NOTE.value

    @property
    def status_label(self) -> str:
        return STATUS_LABELS[InvoiceStatus(self.status)]

    @property
    def vat_by_rate(self) -> dict[str, tuple[int, int]]:
        return vat_totals([LineAmounts(**vars(line)) for line in self.lines])

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "number": self.number,
            "kind": self.kind,
            "status": self.status,
            "member": self.customer_number,
            "customer_number": self.customer_number,
            "name": self.buyer_name,
            "address": {"street": self.buyer_street, "postcode": self.buyer_postcode,
                        "city": self.buyer_city, "country": self.buyer_country},
            "email": self.buyer_email,
            "invoice_date": self.invoice_date.isoformat(),
            "delivery_date": self.delivery_date.isoformat(),
            "due_date": self.due_date.isoformat(),
            "kid": self.kid,
            "net": format_amount(self.net_ore),
            "vat": format_amount(self.vat_ore),
            "total": format_amount(self.total_ore),
            "paid": format_amount(self.paid_ore),
            "credited": format_amount(self.credited_ore),
            "remaining": format_amount(self.remaining_ore),
            "written_off": format_amount(self.written_off_ore),
            "credits_invoice": self.credits_number,
            "credits_invoice_date": self.credits_date.isoformat() if self.credits_date else None,
            "document_sha256": self.document_sha256,
            "reason": self.reason,
            "batch": self.batch_id,
            "print": self.needs_print,
            "email_sent_at": self.email_sent_at.isoformat() if self.email_sent_at else None,
            "email_error": self.email_error,
            "vat_by_rate": {VAT_LABELS[VatRate(r)]: {"net": format_amount(n), "vat": format_amount(v)}
                            for r, (n, v) in self.vat_by_rate.items()},
            "lines": [line.to_json() for line in self.lines],
        }


def effective_status(inv: Invoice, today: date | None = None) -> str:
    """Stored status, shown as "forfalt" once an open invoice is past its due date."""
    today = today or date.today()
    if (inv.kind == InvoiceKind.INVOICE.value and inv.status in (InvoiceStatus.SENT.value,
                                                                 InvoiceStatus.PARTLY_PAID.value)
            and inv.due_date < today and inv.remaining_ore > 0):
        return InvoiceStatus.OVERDUE.value
    return inv.status


def view_of(inv: Invoice, credits_number: int | None = None, with_lines: bool = True, *,
            credits_date: date | None = None, document_sha256: str | None = None,
            today: date | None = None) -> InvoiceView:
    lines = tuple(LineView(ln.product_code, ln.description, ln.quantity, ln.unit_price_ore, ln.vat_rate,
                           ln.net_ore, ln.vat_ore, ln.gross_ore, ln.period_start, ln.period_end)
                  for ln in inv.lines) if with_lines else ()
    return InvoiceView(
        inv.id, inv.number, inv.kind, effective_status(inv, today), inv.customer_number, inv.buyer_name,
        inv.buyer_orgnr, inv.buyer_street, inv.buyer_postcode, inv.buyer_city, inv.buyer_country,
        inv.buyer_email, inv.invoice_date, inv.delivery_date, inv.due_date, inv.kid, inv.net_ore,
        inv.vat_ore, inv.total_ore, inv.paid_ore, inv.credited_ore, inv.remaining_ore, credits_number,
        inv.reason, inv.batch_id, inv.needs_print, inv.email_sent_at, inv.email_error, lines, credits_date,
        document_sha256, written_off_ore=inv.written_off_ore)


def _credits_number(session: Session, inv: Invoice) -> int | None:
    if inv.credits_invoice_id is None:
        return None
    return session.scalar(select(Invoice.number).where(Invoice.id == inv.credits_invoice_id))


def _full_view(session: Session, inv: Invoice) -> InvoiceView:
    """View with the credited invoice's number and date and the archived document's hash."""
    from .. import documents

    number, on = None, None
    if inv.credits_invoice_id is not None:
        row = session.execute(select(Invoice.number, Invoice.invoice_date).where(
            Invoice.id == inv.credits_invoice_id)).first()
        if row is not None:
            number, on = row
    digest = None
    if inv.number is not None:
        kind = documents.CREDIT_NOTE if inv.kind == InvoiceKind.CREDIT_NOTE.value else documents.INVOICE
        digest = documents.hashes(session, kind, [inv.id]).get(inv.id)
    return view_of(inv, number, credits_date=on, document_sha256=digest)


# --- the read-only guard ------------------------------------------------------------------------

@event.listens_for(Session, "before_flush")
def _refuse_changes_to_issued(session: Session, _ctx: object, _instances: object) -> None:
    for obj in session.deleted:
        if isinstance(obj, Invoice) and obj.number is not None:
            raise UserError(f"Faktura {obj.number} er utstedt og kan ikke slettes. Bruk en kreditnota.")
        if isinstance(obj, InvoiceLine) and obj.invoice is not None and obj.invoice.number is not None \
                and obj.invoice not in session.deleted:
            raise UserError(f"Faktura {obj.invoice.number} er utstedt og kan ikke endres. Bruk en kreditnota.")
    for obj in session.dirty:
        if isinstance(obj, Invoice) and obj.number is not None:
            from sqlalchemy import inspect
            state = inspect(obj)
            hist = state.attrs.number.history
            if hist.has_changes() and all(v is None for v in hist.deleted):
                continue  # being issued in this flush
            changed = {a.key for a in state.attrs if a.history.has_changes() and a.key != "lines"}
            allowed = MUTABLE_AFTER_ISSUE
            if session.info.get("privacy_erasure"):  # GDPR erasure / end of retention only
                from .privacy import PRIVACY_FIELDS

                allowed = allowed | PRIVACY_FIELDS
            if changed - allowed:
                raise UserError(f"Faktura {obj.number} er utstedt og kan ikke endres. Bruk en kreditnota.")
        if isinstance(obj, InvoiceLine) and obj.invoice is not None and obj.invoice.number is not None \
                and session.is_modified(obj):
            raise UserError(f"Faktura {obj.invoice.number} er utstedt og kan ikke endres. Bruk en kreditnota.")


# --- building -----------------------------------------------------------------------------------

def _member(session: Session, customer_number: int) -> Member:
    member = session.scalars(select(Member).where(Member.customer_number == int(customer_number)).options(
        selectinload(Member.products).selectinload(MemberProduct.product))).first()
    if member is None:
        raise NotFound(f"Fant ikke medlem med kundenummer {customer_number}.")
    if member.restricted_until is not None:
        raise UserError(f"Medlem {customer_number} er sperret og kan ikke faktureres.")
    return member


def snapshot_buyer(inv: Invoice, member: Member) -> None:
    """The buyer as at invoicing: the member, or whoever pays for it (payers.py: guardian or contact)."""
    from .payers import buyer_of

    buyer = buyer_of(member)
    inv.member_id = buyer.member_id
    inv.customer_number = buyer.customer_number
    inv.buyer_name = buyer.name
    inv.buyer_orgnr = buyer.orgnr
    inv.buyer_street = buyer.street
    inv.buyer_postcode = buyer.postcode
    inv.buyer_city = buyer.city
    inv.buyer_country = buyer.country
    inv.buyer_email = buyer.email
    inv.needs_print = not buyer.email


def set_lines(inv: Invoice, amounts: list[LineAmounts]) -> None:
    inv.lines.clear()
    for pos, a in enumerate(amounts, start=1):
        inv.lines.append(InvoiceLine(position=pos, product_code=a.product_code, description=a.description,
                                     quantity=a.quantity, unit_price_ore=a.unit_price_ore, vat_rate=a.vat_rate,
                                     net_ore=a.net_ore, vat_ore=a.vat_ore, gross_ore=a.gross_ore,
                                     period_start=a.period_start, period_end=a.period_end))
    inv.net_ore = sum(a.net_ore for a in amounts)
    inv.vat_ore = sum(a.vat_ore for a in amounts)
    inv.total_ore = sum(a.gross_ore for a in amounts)


def product_lines(session: Session, items: list[tuple[str, int, int | None]]) -> list[LineAmounts]:
    """(product code, quantity, price override in øre or None) -> computed lines."""
    errors: dict[str, str] = {}
    out = []
    for code, qty, override in items:
        product = session.scalars(select(Product).where(Product.code == code.strip().upper())).first()
        if product is None:
            errors[f"produkt {code}"] = "finnes ikke"
            continue
        if int(qty) <= 0:
            errors[f"produkt {code}"] = "antall må være minst 1"
            continue
        price = product.price_ore if override is None else int(override)
        out.append(compute_line(product.code, product.name, int(qty), price, product.vat_rate))
    if errors:
        raise ValidationError(errors)
    if not out:
        raise ValidationError({"linjer": "fakturaen må ha minst én linje"})
    return out


def member_standard_lines(member: Member, product_code: str | None = None,
                          period: str | None = None) -> list[LineAmounts]:
    """The member's standard products (quantity, price override), optionally one product/period only."""
    out = []
    for mp in member.products:
        p = mp.product
        if not p.active or (product_code and p.code != product_code) or (period and p.period != period):
            continue
        price = p.price_ore if mp.price_override_ore is None else mp.price_override_ore
        out.append(compute_line(p.code, p.name, mp.quantity, price, p.vat_rate))
    return out


def _dates(settings: InvoiceSettings, invoice_date: date | None, delivery_date: date | None,
           due_date: date | None, due_days: int | None) -> tuple[date, date, date]:
    invoice_date = invoice_date or date.today()
    delivery_date = delivery_date or invoice_date
    if due_date is None:
        due_date = invoice_date + timedelta(days=settings.due_days if due_days is None else int(due_days))
    if due_date < invoice_date:
        raise ValidationError({"forfallsdato": "forfallsdato kan ikke være før fakturadato"})
    return invoice_date, delivery_date, due_date


# --- drafts -------------------------------------------------------------------------------------

def create_draft(session: Session, customer_number: int, items: list[tuple[str, int, int | None]], *,
                 invoice_date: date | None = None, delivery_date: date | None = None,
                 due_date: date | None = None) -> InvoiceView:
    require(session, "invoices")
    member = _member(session, customer_number)
    settings = get_invoice_settings(session)
    inv_date, deliv, due = _dates(settings, invoice_date, delivery_date, due_date, None)
    inv = Invoice(kind=InvoiceKind.INVOICE.value, status=InvoiceStatus.DRAFT.value, invoice_date=inv_date,
                  delivery_date=deliv, due_date=due, kid="", paid_ore=0, credited_ore=0, reason="",
                  email_error="")
    snapshot_buyer(inv, member)
    set_lines(inv, apply_seller_vat(session, [product_lines(session, items)])[0])
    if inv.member_id != member.id:  # another member pays (payers.py): each line names whom it is for
        for ln in inv.lines:
            ln.member_id = member.id
            ln.description = f"{ln.description} – {member.name}"
    session.add(inv)
    session.flush()
    audit.record(session, "create", "invoice_draft", inv.id, {"total_ore": [None, inv.total_ore]})
    return view_of(inv)


def _draft(session: Session, draft_id: int) -> Invoice:
    inv = session.get(Invoice, int(draft_id))
    if inv is None:
        raise NotFound(f"Fant ikke fakturautkast {draft_id}.")
    if inv.number is not None or inv.status != InvoiceStatus.DRAFT.value:
        raise UserError(f"Faktura {inv.number} er utstedt og kan ikke endres eller slettes. Bruk en kreditnota.")
    return inv


def update_draft(session: Session, draft_id: int, *, items: list[tuple[str, int, int | None]] | None = None,
                 invoice_date: date | None = None, delivery_date: date | None = None,
                 due_date: date | None = None) -> InvoiceView:
    require(session, "invoices")
    inv = _draft(session, draft_id)
    old = {"total_ore": inv.total_ore, "invoice_date": inv.invoice_date, "due_date": inv.due_date}
    if items is not None:
        set_lines(inv, apply_seller_vat(session, [product_lines(session, items)])[0])
    if invoice_date is not None:
        inv.invoice_date = invoice_date
    if delivery_date is not None:
        inv.delivery_date = delivery_date
    if due_date is not None:
        inv.due_date = due_date
    if inv.due_date < inv.invoice_date:
        raise ValidationError({"forfallsdato": "forfallsdato kan ikke være før fakturadato"})
    session.flush()
    audit.record(session, "update", "invoice_draft", inv.id, audit.diff(
        old, {"total_ore": inv.total_ore, "invoice_date": inv.invoice_date, "due_date": inv.due_date}))
    return view_of(inv)


def delete_draft(session: Session, draft_id: int) -> None:
    require(session, "invoices")
    inv = _draft(session, draft_id)
    audit.record(session, "delete", "invoice_draft", inv.id, {"total_ore": [inv.total_ore, None]})
    session.delete(inv)
    session.flush()


# --- issuing ------------------------------------------------------------------------------------

def open_kids(session: Session, candidates: list[str]) -> set[str]:
    """The KIDs among ``candidates`` that were ever issued: a KID is never issued twice (models/kid.py)."""
    from .numbering import issued_kids

    return set(issued_kids(session, candidates))


def assign_number_and_kid(inv: Invoice, number: int, settings: InvoiceSettings, taken: set[str]) -> None:
    """Give an invoice its number and KID; refuses a KID issued before (``taken``, see open_kids)."""
    kid = build_kid(inv.customer_number, number, settings.kid_layout)
    if kid in taken:
        raise UserError(f"KID {kid} er brukt før, og en KID gis aldri på nytt. Velg KID fra fakturanummer "
                        "under Innstillinger › Fakturering (husk OCR-avtalen med banken).")
    taken.add(kid)
    inv.number = number
    inv.kid = kid
    inv.status = InvoiceStatus.SENT.value
    inv.issued_at = utcnow()


def issue_draft(session: Session, draft_id: int, *, allow_date: bool = False) -> InvoiceView:
    """Issue a draft: fresh buyer snapshot, number from the series and KID, all in this transaction.

    Refuses a buyer without name and address (or orgnr), VAT lines from a seller outside the VAT
    register, and, unless ``allow_date``, a date before the last issued invoice or > 30 days ahead.
    """
    require(session, "invoices")
    inv = _draft(session, draft_id)
    check_open(session, inv.invoice_date, f"en faktura datert {inv.invoice_date:%d.%m.%Y}")
    confirmed = check_date(session, inv.invoice_date, allow_date)
    if inv.member_id is not None:
        member = session.get(Member, inv.member_id)
        if member is not None:
            require_buyer(member)
            snapshot_buyer(inv, member)
    current = [LineAmounts(ln.product_code, ln.description, ln.quantity, ln.unit_price_ore, ln.vat_rate, ln.net_ore,
                           ln.vat_ore, ln.gross_ore, ln.period_start, ln.period_end) for ln in inv.lines]
    allowed = apply_seller_vat(session, [current])[0]
    if allowed != current:  # the seller left the VAT register since the draft was made
        set_lines(inv, allowed)
    settings = get_invoice_settings(session)
    number = reserve_numbers(session, 1)
    assign_number_and_kid(inv, number, settings, open_kids(
        session, [build_kid(inv.customer_number, number, settings.kid_layout)]))
    session.flush()
    from .numbering import register_kids

    register_kids(session, [inv])
    from ..books.events import post_invoice

    post_invoice(session, inv)  # the voucher (core/books)
    from .archive import archive_issued

    digest = archive_issued(session, [inv])[inv.id]
    audit.record(session, "issue", "invoice", inv.id, {"number": [None, number], "total_ore": [None, inv.total_ore],
                                                       "sha256": [None, digest]})
    audit_confirmed_date(session, "invoice", inv.id, inv.invoice_date, confirmed)
    return view_of(inv, document_sha256=digest)


def new_invoice(session: Session, customer_number: int, items: list[tuple[str, int, int | None]], *,
                invoice_date: date | None = None, delivery_date: date | None = None,
                due_date: date | None = None, allow_date: bool = False) -> InvoiceView:
    """One invoice issued at once (``invoice new``); ``delivery_date`` defaults to the invoice date."""
    on = invoice_date or date.today()
    check_open(session, on, f"en faktura datert {on:%d.%m.%Y}")
    check_date(session, on, allow_date)  # before anything is written
    draft = create_draft(session, customer_number, items, invoice_date=invoice_date,
                         delivery_date=delivery_date, due_date=due_date)
    return issue_draft(session, draft.id, allow_date=allow_date)


# --- reading ------------------------------------------------------------------------------------

def _by_number(session: Session, number: int) -> Invoice:
    inv = session.scalars(select(Invoice).where(Invoice.number == int(number))
                          .options(selectinload(Invoice.lines))).first()
    if inv is None:
        raise NotFound(f"Fant ikke faktura {number}.")
    return inv


def get_invoice(session: Session, number: int) -> InvoiceView:
    return _full_view(session, _by_number(session, number))


def get_invoice_by_id(session: Session, invoice_id: int) -> InvoiceView:
    inv = session.get(Invoice, int(invoice_id))
    if inv is None:
        raise NotFound(f"Fant ikke faktura {invoice_id}.")
    return _full_view(session, inv)


def _like_filter(term: str) -> Any:
    """The search as it always was: a substring of buyer name, KID, invoice or customer number."""
    pattern = f"%{term}%"
    return or_(Invoice.buyer_name.ilike(pattern), Invoice.kid.like(pattern),
               cast(Invoice.number, String).like(pattern), cast(Invoice.customer_number, String).like(pattern))


def _filtered(session: Session, query: Any, status: str | None, date_from: date | None, date_to: date | None,
              search: str, customer_number: int | None, batch_id: int | None, use_index: bool = True) -> Any:
    today = date.today()
    if status == InvoiceStatus.OVERDUE.value:
        query = query.where(Invoice.kind == InvoiceKind.INVOICE.value,
                            Invoice.status.in_(OPEN_STATUSES), Invoice.due_date < today)
    elif status in (InvoiceStatus.SENT.value, InvoiceStatus.PARTLY_PAID.value):
        query = query.where(Invoice.status == status,
                            or_(Invoice.due_date >= today, Invoice.kind == InvoiceKind.CREDIT_NOTE.value))
    elif status:
        query = query.where(Invoice.status == status)
    if date_from:
        query = query.where(Invoice.invoice_date >= date_from)
    if date_to:
        query = query.where(Invoice.invoice_date <= date_to)
    if customer_number is not None:
        query = query.where(Invoice.customer_number == customer_number)
    if batch_id is not None:
        query = query.where(Invoice.batch_id == batch_id)
    if search.strip():
        term = search.strip()  # the trigram index narrows (3+ characters), the LIKE filter decides
        query = query.where(search_index.narrowed(session, search_index.INVOICES, Invoice.id, term,
                                                  _like_filter(term))
                            if use_index else _like_filter(term))
    return query


def _by_state(query: Any, state: str | None) -> Any:
    if not state:
        return query
    from .status import state_condition

    return query.where(state_condition(state, date.today()))


def _drafts_then_newest(session: Session, query: Any, offset: int, limit: int | None,
                        with_lines: bool = False) -> list[Invoice]:
    """The rows of ``query`` from ``offset``: drafts first (newest first), then issued invoices by
    number, newest first.

    Why two queries and not ``ORDER BY number IS NOT NULL, number DESC``: that expression cannot
    be read from the number index, so SQLite sorted every match to return a page — a word found
    in most invoices («sen») read and sorted all 100,000 for the first 8 or 200. Drafts are few
    (read through the index on ``number`` IS NULL); issued invoices come in index order and the
    scan stops at the page's end.
    """
    lines = (selectinload(Invoice.lines),) if with_lines else ()
    drafts_q = query.where(Invoice.number.is_(None)).order_by(Invoice.id.desc())
    drafts = list(session.scalars(drafts_q.options(*lines).offset(offset).limit(limit)))
    if limit is not None and len(drafts) >= limit:
        return drafts
    skip = 0
    if not drafts and offset:  # the page starts among the issued invoices
        skip = offset - int(session.scalar(select(func.count()).select_from(
            drafts_q.order_by(None).with_only_columns(Invoice.id).subquery())) or 0)
    numbered_q = query.where(Invoice.number.is_not(None)).order_by(Invoice.number.desc(), Invoice.id.desc())
    numbered_q = numbered_q.options(*lines).offset(max(skip, 0))
    if limit is not None:
        numbered_q = numbered_q.limit(limit - len(drafts))
    return drafts + list(session.scalars(numbered_q))


def list_invoices(session: Session, *, status: str | None = None, date_from: date | None = None,
                  date_to: date | None = None, search: str = "", customer_number: int | None = None,
                  batch_id: int | None = None, offset: int = 0, limit: int | None = None,
                  with_lines: bool = False, use_index: bool = True, state: str | None = None) -> list[InvoiceView]:
    """Newest first; drafts (no number) at the top. ``use_index=False``: the search without the
    trigram index (same rows; for tests and benchmarks). ``state``: a filter of the status model
    (core/invoicing/status.FILTERS: payment state, "forfalt", "ikke_sendt", "til_utskrift")."""
    query = _filtered(session, select(Invoice), status, date_from, date_to, search, customer_number, batch_id, use_index)
    query = _by_state(query, state)
    rows = _drafts_then_newest(session, query, offset, limit, with_lines)
    credited = {i: (n, d) for i, n, d in session.execute(select(Invoice.id, Invoice.number, Invoice.invoice_date).where(
        Invoice.id.in_({r.credits_invoice_id for r in rows if r.credits_invoice_id})))}
    hashes: dict[int, str] = {}
    if with_lines:  # the CLI's --json and exports: show the archived document's hash
        from .. import documents

        hashes = documents.hashes(session, documents.INVOICE, [r.id for r in rows if r.number is not None])
        hashes.update(documents.hashes(session, documents.CREDIT_NOTE, [
            r.id for r in rows if r.number is not None and r.kind == InvoiceKind.CREDIT_NOTE.value]))
    out = []
    today = date.today()  # once per page: date.today() costs ~20 µs under PySide6's import hook
    for r in rows:
        number, on = credited.get(r.credits_invoice_id, (None, None)) if r.credits_invoice_id else (None, None)
        out.append(view_of(r, number, with_lines, credits_date=on, document_sha256=hashes.get(r.id), today=today))
    return out


@dataclass(frozen=True)
class InvoiceTotals:
    count: int
    total_ore: int
    remaining_ore: int


def invoice_totals(session: Session, *, status: str | None = None, date_from: date | None = None,
                   date_to: date | None = None, search: str = "", customer_number: int | None = None,
                   batch_id: int | None = None, use_index: bool = True, state: str | None = None) -> InvoiceTotals:
    """Count and sums (integer øre, summed in SQL over INTEGER columns) for the list's footer."""
    query = select(func.count(), func.coalesce(func.sum(Invoice.total_ore), 0),
                   func.coalesce(func.sum(Invoice.total_ore - Invoice.paid_ore - Invoice.credited_ore
                                          - Invoice.written_off_ore)
                                 .filter(Invoice.kind == InvoiceKind.INVOICE.value), 0))
    query = _filtered(session, query.select_from(Invoice), status, date_from, date_to, search, customer_number, batch_id,
                      use_index)
    count, total, remaining = session.execute(_by_state(query, state)).one()
    return InvoiceTotals(int(count), int(total), int(remaining))


def count_invoices_capped(session: Session, *, status: str | None = None, date_from: date | None = None,
                          date_to: date | None = None, search: str = "", customer_number: int | None = None,
                          batch_id: int | None = None, cap: int = search_index.COUNT_CAP,
                          use_index: bool = True) -> search_index.SearchCount:
    """How many invoices the list's filter finds, counting no further than ``cap`` ("over 1 000")."""
    query = _filtered(session, select(Invoice.id), status, date_from, date_to, search, customer_number, batch_id, use_index)
    return search_index.capped_count(session, query, cap)
