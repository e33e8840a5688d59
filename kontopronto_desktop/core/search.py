"""One search across the register (Ctrl+K in the window, ``kontopronto search`` on the command line).

Why one service: a bookkeeper holding a KID, an amount from the bank statement or half a name
should not have to know which page holds it. The text is tried as

- a member (name, customer number, e-mail, phone, city: the members list's own search, with the
  trigram index),
- an invoice (buyer name, KID, invoice or customer number: the invoice list's own search), and an
  exact KID first,
- a payment (exact KID or archive reference; the payments of the members found; payer name in
  the queue of unmatched payments),
- an amount ("1 234,50", "1234.5", "450 kr"): invoices with that total and payments of that amount.

Each kind stops at ``limit`` hits, and every query is answered from an index (the trigram index,
``ix_invoice_kid``, ``ix_payment_kid``, ``ix_invoice_total_ore``, ``ix_payment_amount_ore``) or
reads at most ``limit`` matching rows in date order, so a keystroke stays cheap on a large store.
Hits are plain data; the window opens the member, selects the invoice or the payment.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from . import members
from .errors import UserError
from .invoicing import invoices
from .invoicing.status import states_of
from .models.invoice import Invoice, InvoiceKind
from .models.payment import PAYMENT_STATUS_LABELS, Payment, PaymentStatus
from .money import format_amount, format_kr, parse_amount

MEMBER = "member"
INVOICE = "invoice"
PAYMENT = "payment"
#: the kinds in the order the popup and the CLI show them, with their group titles
KIND_TITLES = {MEMBER: "Medlemmer", INVOICE: "Fakturaer", PAYMENT: "Innbetalinger"}
#: hits per kind unless asked otherwise
LIMIT = 8
#: what an amount may look like: digits with space/no-break space groups, "," or "." decimals, "kr"
_AMOUNT = re.compile(r"^(kr\.?\s*)?[+-]?\d[\d \u00a0.]*([,.]\d{1,2})?(\s*kr\.?)?$", re.IGNORECASE)
#: the English UI's amounts: "1,234.50", "NOK 1,234.50" (commas group thousands, a dot before the øre)
_AMOUNT_EN = re.compile(r"^((nok|kr\.?)\s*)?[+-]?\d[\d ,\u00a0]*(\.\d{1,2})?(\s*(nok|kr\.?))?$", re.IGNORECASE)


@dataclass(frozen=True)
class Hit:
    """One thing found. ``key`` is what the window needs to jump there: the customer number of a
    member, the id of an invoice or a payment; ``number`` is the invoice number (None for a draft)."""

    kind: str
    key: int
    title: str
    detail: str
    #: why it was found: "navn", "KID", "beløp", ... (shown dimmed in the popup)
    match: str
    number: int | None = None

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "key": self.key, "number": self.number, "title": self.title,
                "detail": self.detail, "match": self.match}


@dataclass(frozen=True)
class SearchResult:
    text: str
    hits: tuple[Hit, ...]
    #: the amount the text was read as (øre), None when it is not an amount
    amount_ore: int | None = None

    def of_kind(self, kind: str) -> list[Hit]:
        return [h for h in self.hits if h.kind == kind]

    def groups(self) -> list[tuple[str, list[Hit]]]:
        """(group title, hits) for each kind that found something, in KIND_TITLES order."""
        return [(title, self.of_kind(kind)) for kind, title in KIND_TITLES.items() if self.of_kind(kind)]

    def to_json(self) -> dict[str, Any]:
        return {"text": self.text,
                "amount": None if self.amount_ore is None else format_amount(self.amount_ore),
                **{kind + "s": [h.to_json() for h in self.of_kind(kind)] for kind in KIND_TITLES}}

    def lines(self) -> list[str]:
        if not self.hits:
            return [f"Fant ingenting for «{self.text}»."]
        out: list[str] = []
        for title, hits in self.groups():
            out.append(f"{title}:")
            out += [f"  {h.title}  –  {h.detail}  [{h.match}]" for h in hits]
        return out


def as_amount(text: str, locale: str = "nb") -> int | None:
    """The text read as an amount in øre ("1 234,50", "1234.5", "450 kr"), or None.

    A thousands separator must be a space (or no-break space): "1.234" is read as 1,234 kroner only
    when it has no decimals after it, as ``money.parse_amount`` reads it. ``locale="en"`` (the English
    UI): "1,234.50" and "NOK 1,234.50", read by ``parse_amount(..., locale="en")``.
    """
    term = text.strip()
    if not term or not (_AMOUNT_EN if locale == "en" else _AMOUNT).match(term):
        return None
    try:
        ore = parse_amount(term.lower().replace("kr.", "kr").replace("nok", "NOK"), locale=locale)
    except UserError:
        return None
    return ore if ore > 0 else None


def _member_hits(found: list[members.MemberView]) -> list[Hit]:
    return [Hit(MEMBER, m.customer_number, f"{m.name} (kundenr. {m.customer_number})",
                ", ".join(p for p in (m.street, f"{m.postcode} {m.city}".strip(), m.email, m.phone) if p)
                + ("" if m.active else " · utmeldt"), "medlem") for m in found]


def _invoice_title(inv: Any) -> str:
    if inv.number is None:
        return f"Utkast – {inv.buyer_name}"
    word = "Kreditnota" if inv.kind == InvoiceKind.CREDIT_NOTE.value else "Faktura"
    return f"{word} {inv.number} – {inv.buyer_name}"


def _invoice_hits(session: Session, rows: Sequence[Invoice] | Sequence[invoices.InvoiceView], match: str,
                  on: date) -> list[Hit]:
    states = states_of(session, rows, on)
    return [Hit(INVOICE, r.id, _invoice_title(r),
                f"{format_kr(r.total_ore)} · {states[r.id].text()} · forfall {r.due_date:%d.%m.%Y}"
                + (f" · KID {r.kid}" if r.kid else ""), match, r.number) for r in rows]


def _newest(query: Any, limit: int) -> Any:
    return query.order_by(Invoice.number.is_not(None), Invoice.number.desc(), Invoice.id.desc()).limit(limit)


def _payment_hits(rows: list[Payment], match: str) -> list[Hit]:
    out = []
    for p in rows:
        status = PAYMENT_STATUS_LABELS.get(p.status, p.status)  # type: ignore[call-overload]
        title = f"Innbetaling {format_kr(p.amount_ore)} {p.booked_on:%d.%m.%Y}"
        detail = " · ".join(t for t in (p.payer_name, f"KID {p.kid}" if p.kid else "",
                                        f"arkivref. {p.archive_ref}" if p.archive_ref else "", status) if t)
        out.append(Hit(PAYMENT, p.id, title, detail, match))
    return out


def _payments(session: Session, condition: Any, limit: int) -> list[Payment]:
    return list(session.scalars(select(Payment).where(condition)
                                .order_by(Payment.booked_on.desc(), Payment.id.desc()).limit(limit)))


def _merge(groups: list[list[Hit]], limit: int) -> list[Hit]:
    """Concatenate in order of strength, each thing once, at most ``limit``."""
    seen: set[int] = set()
    out: list[Hit] = []
    for group in groups:
        for hit in group:
            if hit.key not in seen and len(out) < limit:
                seen.add(hit.key)
                out.append(hit)
    return out


def search(session: Session, text: str, *, limit: int = LIMIT, on: date | None = None,
           amount_locale: str = "nb") -> SearchResult:
    """Members, invoices and payments matching ``text``, at most ``limit`` of each kind; exact matches
    (KID, amount) before substring matches. An empty text finds nothing. ``amount_locale`` is the
    language an amount is typed in (``money.parse_amount``): the English UI passes "en"."""
    term = " ".join(text.split())
    if not term:
        return SearchResult(text, ())
    on = on or date.today()
    amount = as_amount(term, amount_locale)
    digits = term.isdigit()

    found_members = members.search_members(session, term, limit=limit)
    member_hits = _member_hits(found_members)
    member_ids = [m.id for m in found_members]

    inv_groups: list[list[Hit]] = []
    if digits:
        inv_groups.append(_invoice_hits(session, list(session.scalars(
            _newest(select(Invoice).where(or_(Invoice.kid == term, Invoice.number == int(term))
                                          if len(term) <= 12 else Invoice.kid == term), limit))),
            "KID/fakturanr.", on))
    if amount is not None:
        inv_groups.append(_invoice_hits(session, list(session.scalars(
            _newest(select(Invoice).where(Invoice.total_ore == amount), limit))), "beløp", on))
    found = invoices.list_invoices(session, search=term, limit=limit)  # the Fakturaer list's own search
    if found:
        inv_groups.append(_invoice_hits(session, found, "faktura", on))

    pay_groups: list[list[Hit]] = []
    if digits or re.fullmatch(r"[\w*-]+", term):
        pay_groups.append(_payment_hits(_payments(session, or_(Payment.kid == term, Payment.archive_ref == term),
                                                  limit), "KID/arkivref."))
    if amount is not None:
        pay_groups.append(_payment_hits(_payments(session, Payment.amount_ore == amount, limit), "beløp"))
    if len(term) >= 3 and not digits and amount is None:
        # by payer name only in the queue of unmatched payments (ix_payment_status: few rows); a
        # matched payment is found through its member below (a LIKE over every payment took 200+ ms
        # at 75,000 payments, measured in benchmarks/one_search.py)
        pattern = "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        pay_groups.append(_payment_hits(_payments(session, and_(
            Payment.status == PaymentStatus.UNMATCHED.value, Payment.payer_name.ilike(pattern, escape="\\")),
            limit), "betaler"))
    if member_ids:
        pay_groups.append(_payment_hits(_payments(session, Payment.member_id.in_(member_ids), limit), "medlem"))

    hits = (*member_hits, *_merge(inv_groups, limit), *_merge(pay_groups, limit))
    return SearchResult(text, tuple(hits), amount)
