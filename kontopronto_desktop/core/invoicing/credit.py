"""Credit notes (kreditnota): the only way to correct an issued invoice.

A credit note takes its own number from the same series, has its own date (kreditnotadato),
references the invoice, and carries negative amounts. A partial credit names what it credits:
whole lines, a quantity of a line, or an amount on one line; its VAT follows that line's rate
(1,000 kr credited on a 25 % line is 800 + 200 VAT). Each credit line remembers the invoice line
it credits, so a line is never credited beyond what it charged. An amount without a line is
accepted only when the invoice has a single VAT rate.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from .. import audit
from ..access import require
from ..errors import UserError
from ..models.base import utcnow
from ..models.invoice import Invoice, InvoiceKind, InvoiceLine, InvoiceStatus
from ..models.product import VAT_LABELS, VatRate
from ..money import format_nok
from ..periods import check_open
from .archive import archive_issued
from .invoices import InvoiceView, _by_number, set_lines, view_of
from .issuing_rules import audit_confirmed_date, check_date
from .lines import LineAmounts, line_vat, vat_percent, vat_totals
from .numbering import reserve_numbers


def _partial_lines(inv: Invoice, amount_ore: int, reason: str) -> list[LineAmounts]:
    """Legacy only: an invoice partly credited before credit lines named their invoice line."""
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


@dataclass(frozen=True)
class CreditLine:
    """What to credit on one invoice line (1-based ``position``): all that is left of it (default),
    ``quantity`` units, or ``amount_ore`` (gross, VAT included)."""

    position: int
    quantity: int | None = None
    amount_ore: int | None = None


@dataclass(frozen=True)
class CreditableLine:
    """An invoice line and how much of it can still be credited (for the credit dialog)."""

    position: int
    description: str
    quantity: int
    unit_price_ore: int
    vat_rate: str
    gross_ore: int
    credited_ore: int

    @property
    def left_ore(self) -> int:
        return self.gross_ore - self.credited_ore


def _credited_by_line(session: Session, inv: Invoice) -> dict[int, int]:
    ids = [ln.id for ln in inv.lines]
    rows = session.execute(select(InvoiceLine.credits_line_id, func.sum(InvoiceLine.gross_ore))
                           .where(InvoiceLine.credits_line_id.in_(ids)).group_by(InvoiceLine.credits_line_id))
    return {int(line_id or 0): -int(total or 0) for line_id, total in rows}


def creditable_lines(session: Session, number: int) -> list[CreditableLine]:
    inv = _by_number(session, number)
    done = _credited_by_line(session, inv)
    return [CreditableLine(ln.position, ln.description, ln.quantity, ln.unit_price_ore, ln.vat_rate, ln.gross_ore,
                           done.get(ln.id, 0)) for ln in inv.lines]


def _amount_line(line: InvoiceLine, amount_ore: int) -> LineAmounts:
    """``amount_ore`` (gross) credited on ``line``: net and VAT by that line's rate."""
    net = int((Decimal(amount_ore) * 100 / (100 + vat_percent(line.vat_rate))).quantize(Decimal(1), ROUND_HALF_UP))
    return LineAmounts(line.product_code, line.description, 1, -net, line.vat_rate, -net, -(amount_ore - net),
                       -amount_ore, line.period_start, line.period_end)


def _quantity_line(line: InvoiceLine, quantity: int) -> LineAmounts:
    net = -quantity * line.unit_price_ore
    vat = line_vat(net, line.vat_rate)
    return LineAmounts(line.product_code, line.description, -quantity, line.unit_price_ore, line.vat_rate, net, vat,
                       net + vat, line.period_start, line.period_end)


def _whole_line(line: InvoiceLine) -> LineAmounts:
    return LineAmounts(line.product_code, line.description, -line.quantity, line.unit_price_ore, line.vat_rate,
                       -line.net_ore, -line.vat_ore, -line.gross_ore, line.period_start, line.period_end)


def _line_at(inv: Invoice, position: int) -> InvoiceLine:
    for line in inv.lines:
        if line.position == int(position):
            return line
    raise UserError(f"Faktura {inv.number} har ingen linje {position} (linjene er 1–{len(inv.lines)}).")


def _planned_lines(session: Session, inv: Invoice, amount_ore: int | None, specs: Sequence[CreditLine] | None,
                   reason: str) -> list[tuple[LineAmounts, int | None]]:
    """The credit note's lines, each with the invoice line it credits (None: legacy spread)."""
    done = _credited_by_line(session, inv)
    unassigned = inv.credited_ore - sum(done.values())
    if specs:
        if amount_ore is not None:
            raise UserError("Oppgi beløpet på linjen det gjelder (linje og beløp), ikke begge deler.")
        out: list[tuple[LineAmounts, int | None]] = []
        seen: set[int] = set()
        for spec in specs:
            line = _line_at(inv, spec.position)
            if line.id in seen:
                raise UserError(f"Linje {spec.position} er oppgitt to ganger.")
            seen.add(line.id)
            left = line.gross_ore - done.get(line.id, 0)
            if left <= 0:
                raise UserError(f"Linje {spec.position} («{line.description}») på faktura {inv.number} er allerede "
                                "kreditert.")
            if spec.quantity is not None and spec.amount_ore is not None:
                raise UserError("Oppgi enten antall eller beløp for linjen, ikke begge.")
            if spec.quantity is not None:
                if not 0 < int(spec.quantity) <= line.quantity:
                    raise UserError(f"Antall å kreditere på linje {spec.position} må være mellom 1 og "
                                    f"{line.quantity}.")
                planned = _quantity_line(line, int(spec.quantity))
            elif spec.amount_ore is not None:
                planned = _amount_line(line, int(spec.amount_ore))
            elif done.get(line.id, 0) == 0:
                planned = _whole_line(line)
            else:
                planned = _amount_line(line, left)
            if -planned.gross_ore <= 0:
                raise UserError("Beløpet som krediteres må være større enn null.")
            if -planned.gross_ore > left:
                raise UserError(f"Kan ikke kreditere {format_nok(-planned.gross_ore)} kr på linje {spec.position}: "
                                f"høyst {format_nok(left)} kr gjenstår å kreditere på den linjen.")
            out.append((planned, line.id))
        return out
    lines_left = [(ln, ln.gross_ore - done.get(ln.id, 0)) for ln in inv.lines if ln.gross_ore - done.get(ln.id, 0)]
    if amount_ore is None:  # everything that is left
        if inv.credited_ore == 0:
            return [(_whole_line(ln), ln.id) for ln in inv.lines]
        if unassigned:
            return [(ln, None) for ln in _partial_lines(inv, inv.total_ore - inv.credited_ore, reason)]
        return [(_amount_line(ln, left), ln.id) for ln, left in lines_left]
    rates = {ln.vat_rate for ln, _ in lines_left}
    if len(lines_left) == 1:
        return [(_amount_line(lines_left[0][0], int(amount_ore)), lines_left[0][0].id)]
    if len(rates) > 1:
        labels = ", ".join(VAT_LABELS[VatRate(r)] for r in sorted(rates, key=lambda r: -vat_percent(r)))
        raise UserError(f"Faktura {inv.number} har linjer med ulike mva-satser ({labels}). Velg linjen beløpet "
                        "gjelder, så følger mva linjens sats (CLI: --line N --amount BELØP).")
    rate = rates.pop() if rates else inv.lines[0].vat_rate
    net = int((Decimal(int(amount_ore)) * 100 / (100 + vat_percent(rate))).quantize(Decimal(1), ROUND_HALF_UP))
    text = f"Kreditering av faktura {inv.number}" + (f": {reason}" if reason else "")
    return [(LineAmounts("", text, 1, -net, rate, -net, -(int(amount_ore) - net), -int(amount_ore)), None)]


def credit_invoice(session: Session, number: int, amount_ore: int | None = None,
                   reason: str = "", credit_date: date | None = None, *,
                   lines: Sequence[CreditLine] | None = None, allow_date: bool = False) -> InvoiceView:
    """Issue a credit note for all that is left (default), named lines, or an amount.

    ``credit_date`` (default today) is the credit note's own date: refused in a closed period
    and before the invoice's date; a date before the last issued document or > 30 days ahead
    needs ``allow_date``.
    """
    require(session, "invoices")
    inv = _by_number(session, number)
    if inv.kind != InvoiceKind.INVOICE.value:
        raise UserError(f"{number} er en kreditnota og kan ikke krediteres.")
    creditable = inv.total_ore - inv.credited_ore - inv.written_off_ore  # a written-off part is not credited
    if creditable <= 0 and inv.written_off_ore:
        raise UserError(f"Faktura {number} er avskrevet som tap på fordring; det avskrevne beløpet kan ikke "
                        "krediteres i tillegg.")
    if creditable <= 0:
        raise UserError(f"Faktura {number} er allerede kreditert i sin helhet.")
    if amount_ore is not None and int(amount_ore) <= 0:
        raise UserError("Beløpet som krediteres må være større enn null.")
    if amount_ore is not None and int(amount_ore) > creditable:
        raise UserError(f"Kan ikke kreditere {format_nok(int(amount_ore))} kr: høyst {format_nok(creditable)} kr "
                        f"gjenstår å kreditere på faktura {number}.")
    on = credit_date or date.today()
    if on < inv.invoice_date:
        raise UserError(f"Kreditnotadatoen {on:%d.%m.%Y} er før fakturadatoen {inv.invoice_date:%d.%m.%Y}.")
    check_open(session, on, f"en kreditnota datert {on:%d.%m.%Y}")
    confirmed = check_date(session, on, allow_date)
    reason = reason.strip()
    if amount_ore is None and not lines and inv.written_off_ore:  # "all that is left" excludes the written-off part
        amount_ore = creditable
    planned = _planned_lines(session, inv, amount_ore, lines, reason)
    amount = -sum(p.gross_ore for p, _ in planned)
    if amount > creditable:
        raise UserError(f"Kan ikke kreditere {format_nok(amount)} kr: høyst {format_nok(creditable)} kr "
                        f"gjenstår å kreditere på faktura {number}.")
    note = Invoice(kind=InvoiceKind.CREDIT_NOTE.value, status=InvoiceStatus.SENT.value, member_id=inv.member_id,
                   customer_number=inv.customer_number, buyer_name=inv.buyer_name, buyer_orgnr=inv.buyer_orgnr,
                   buyer_street=inv.buyer_street, buyer_postcode=inv.buyer_postcode, buyer_city=inv.buyer_city,
                   buyer_country=inv.buyer_country, buyer_email=inv.buyer_email,
                   invoice_date=on, delivery_date=inv.delivery_date,
                   due_date=on, kid="", paid_ore=0, credited_ore=0,
                   credits_invoice_id=inv.id, reason=reason, needs_print=inv.needs_print, email_error="")
    set_lines(note, [p for p, _ in planned])
    for line, (_, credits_line_id) in zip(note.lines, planned, strict=True):
        line.credits_line_id = credits_line_id
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
    from ..channels.avtalegiro import request_cancellation

    request_cancellation(session, inv.id, on)  # an AvtaleGiro claim not yet due is cancelled at Nets
    audit.record(session, "issue", "credit_note", note.id,
                 {"number": [None, note.number], "credits_invoice": [None, inv.number],
                  "total_ore": [None, note.total_ore], "reason": [None, reason], "sha256": [None, digest]})
    audit.record(session, "credit", "invoice", inv.id,
                 audit.diff(old, {"credited_ore": inv.credited_ore, "status": inv.status}))
    audit_confirmed_date(session, "credit_note", note.id, on, confirmed)
    return view_of(note, inv.number, credits_date=inv.invoice_date, document_sha256=digest)
