"""Credit notes (kreditnota): the only way to correct an issued invoice.

A credit note takes its own number from the same series, references the invoice, and carries
negative amounts. A partial credit is split over the invoice's VAT rates in proportion to their
gross amounts, so the VAT credited matches what was charged.
"""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy.orm import Session

from .. import audit
from ..access import require
from ..errors import UserError
from ..models.base import utcnow
from ..models.invoice import Invoice, InvoiceKind, InvoiceStatus
from ..money import format_nok
from ..periods import check_open
from .archive import archive_issued
from .invoices import InvoiceView, _by_number, set_lines, view_of
from .lines import LineAmounts, vat_percent, vat_totals
from .numbering import reserve_numbers


def _partial_lines(inv: Invoice, amount_ore: int, reason: str) -> list[LineAmounts]:
    lines = [LineAmounts(ln.product_code, ln.description, ln.quantity, ln.unit_price_ore, ln.vat_rate,
                         ln.net_ore, ln.vat_ore, ln.gross_ore) for ln in inv.lines]
    groups = vat_totals(lines)
    out: list[LineAmounts] = []
    left = amount_ore
    rates = list(groups)
    for i, rate in enumerate(rates):
        net, vat = groups[rate]
        if i == len(rates) - 1:
            share = left
        else:
            share = int((Decimal(amount_ore) * (net + vat) / inv.total_ore).quantize(Decimal(1), ROUND_HALF_UP))
        left -= share
        share_net = int((Decimal(share) * 100 / (100 + vat_percent(rate))).quantize(Decimal(1), ROUND_HALF_UP))
        text = f"Kreditering av faktura {inv.number}" + (f": {reason}" if reason else "")
        out.append(LineAmounts("", text, 1, -share_net, rate, -share_net, -(share - share_net), -share))
    return out


def credit_invoice(session: Session, number: int, amount_ore: int | None = None,
                   reason: str = "", credit_date: date | None = None) -> InvoiceView:
    """Issue a credit note for all (default) or part of the invoice's creditable amount."""
    require(session, "invoices")
    inv = _by_number(session, number)
    if inv.kind != InvoiceKind.INVOICE.value:
        raise UserError(f"{number} er en kreditnota og kan ikke krediteres.")
    creditable = inv.total_ore - inv.credited_ore
    if creditable <= 0:
        raise UserError(f"Faktura {number} er allerede kreditert i sin helhet.")
    amount = creditable if amount_ore is None else int(amount_ore)
    if amount <= 0:
        raise UserError("Beløpet som krediteres må være større enn null.")
    if amount > creditable:
        raise UserError(f"Kan ikke kreditere {format_nok(amount)} kr: høyst {format_nok(creditable)} kr "
                        f"gjenstår å kreditere på faktura {number}.")
    reason = reason.strip()
    check_open(session, credit_date or date.today(), f"en kreditnota datert {credit_date or date.today():%d.%m.%Y}")
    note = Invoice(kind=InvoiceKind.CREDIT_NOTE.value, status=InvoiceStatus.SENT.value, member_id=inv.member_id,
                   customer_number=inv.customer_number, buyer_name=inv.buyer_name, buyer_orgnr=inv.buyer_orgnr,
                   buyer_street=inv.buyer_street, buyer_postcode=inv.buyer_postcode, buyer_city=inv.buyer_city,
                   buyer_country=inv.buyer_country, buyer_email=inv.buyer_email,
                   invoice_date=credit_date or date.today(), delivery_date=inv.delivery_date,
                   due_date=credit_date or date.today(), kid="", paid_ore=0, credited_ore=0,
                   credits_invoice_id=inv.id, reason=reason, needs_print=inv.needs_print, email_error="")
    if amount == inv.total_ore and inv.credited_ore == 0:
        set_lines(note, [LineAmounts(ln.product_code, ln.description, -ln.quantity, ln.unit_price_ore,
                                     ln.vat_rate, -ln.net_ore, -ln.vat_ore, -ln.gross_ore) for ln in inv.lines])
    else:
        set_lines(note, _partial_lines(inv, amount, reason))
    note.number = reserve_numbers(session, 1)
    note.issued_at = utcnow()
    session.add(note)
    old = {"credited_ore": inv.credited_ore, "status": inv.status}
    inv.credited_ore += amount
    if inv.credited_ore >= inv.total_ore:
        inv.status = InvoiceStatus.CREDITED.value
    session.flush()
    digest = archive_issued(session, [note])[note.id]
    from ..books.events import post_invoice

    post_invoice(session, note)  # the voucher (core/books)
    audit.record(session, "issue", "credit_note", note.id,
                 {"number": [None, note.number], "credits_invoice": [None, inv.number],
                  "total_ore": [None, note.total_ore], "reason": [None, reason], "sha256": [None, digest]})
    audit.record(session, "credit", "invoice", inv.id,
                 audit.diff(old, {"credited_ore": inv.credited_ore, "status": inv.status}))
    return view_of(note, inv.number, credits_date=inv.invoice_date, document_sha256=digest)
