"""Reminder, inkassovarsel and statement PDFs, in the invoice's look (reportlab).

An inkassovarsel is titled "Inkassovarsel" and says the claim goes to collection if unpaid
(inkassoloven § 9); every reminder gives the new deadline and says fees carry no VAT.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from ..invoicing.pdf import GIRO_TOP, HEIGHT, LEFT, RIGHT, WIDTH, Seller, fmt_date, kr, seller_of
from ..money import format_kr
from ..validation import format_kontonr
from . import rules
from .runs import PlannedReminder

__all__ = ["render_reminder", "render_statement", "seller_of"]

Row = tuple[str, str, str, str, str]


def _letterhead(c: Canvas, seller: Seller, title: str, to: Sequence[str], facts: Sequence[tuple[str, str]]) -> float:
    org = seller.org
    y = HEIGHT - 20 * mm
    logo = seller.settings.logo_path
    if logo and Path(logo).is_file():
        try:
            c.drawImage(ImageReader(logo), LEFT, y - 18 * mm, width=40 * mm, height=18 * mm,
                        preserveAspectRatio=True, anchor="sw", mask="auto")
        except OSError:
            pass
    c.setFont("Helvetica-Bold", 20)
    c.drawRightString(RIGHT, y - 6 * mm, title.upper())
    c.setFont("Helvetica-Bold", 10)
    c.drawRightString(RIGHT, y - 13 * mm, org.name)
    c.setFont("Helvetica", 9)
    for i, text in enumerate(t for t in (org.street, f"{org.postcode} {org.city}".strip(), seller.orgnr_text,
                                         org.email) if t):
        c.drawRightString(RIGHT, y - (18 + 4.2 * i) * mm, text)
    by = y - 45 * mm
    c.setFont("Helvetica", 10)
    for i, text in enumerate(t for t in to if t.strip()):
        c.drawString(LEFT, by - 5 * i * mm, text)
    fx = RIGHT - 70 * mm
    for i, (label, value) in enumerate(facts):
        c.setFont("Helvetica", 9)
        c.drawString(fx, by - 4.6 * i * mm, label)
        c.setFont("Helvetica-Bold", 9)
        c.drawRightString(RIGHT, by - 4.6 * i * mm, value)
    return by - max(len(facts) * 4.6 + 10, 25) * mm


COLS = (LEFT, LEFT + 28 * mm, LEFT + 52 * mm, LEFT + 120 * mm, RIGHT)


def _table(c: Canvas, y: float, header: Row, rows: Sequence[Row], bottom: float) -> float:
    def row(values: Row, bold: bool = False) -> None:
        c.setFont("Helvetica-Bold" if bold else "Helvetica", 9)
        for i, (x, v) in enumerate(zip(COLS, values, strict=True)):
            if i < 3:
                c.drawString(x, y, v[:40])
            else:
                c.drawRightString(x, y, v)

    row(header, bold=True)
    c.line(LEFT, y - 2 * mm, RIGHT, y - 2 * mm)
    y -= 7 * mm
    for values in rows:
        if y < bottom:
            c.showPage()
            y = HEIGHT - 30 * mm
            row(header, bold=True)
            y -= 7 * mm
        row(values)
        y -= 5 * mm
    c.line(LEFT, y + 2 * mm, RIGHT, y + 2 * mm)
    return y - 3 * mm


def _giro(c: Canvas, seller: Seller, payer: Sequence[str], kid: str, amount_ore: int, deadline: date) -> None:
    top = GIRO_TOP
    c.setDash(3, 3)
    c.line(0, top, WIDTH, top)
    c.setDash()
    c.setFillColorRGB(1.0, 0.96, 0.85)
    c.rect(0, 0, WIDTH, top - 1 * mm, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    c.setFont("Helvetica-Bold", 10)
    c.drawString(LEFT, top - 8 * mm, "GIRO  Betalingsinformasjon")
    c.setFont("Helvetica", 8)
    c.drawString(LEFT, top - 16 * mm, "Betalt av")
    c.drawString(WIDTH / 2, top - 16 * mm, "Betalt til")
    c.setFont("Helvetica", 10)
    for i, text in enumerate(t for t in payer if t.strip()):
        c.drawString(LEFT, top - (22 + 5 * i) * mm, text)
    org = seller.org
    for i, text in enumerate(t for t in (org.name, org.street, f"{org.postcode} {org.city}") if t.strip()):
        c.drawString(WIDTH / 2, top - (22 + 5 * i) * mm, text)
    c.setFont("Helvetica", 8)
    c.drawString(WIDTH / 2, top - 42 * mm, "Betalingsfrist")
    c.setFont("Helvetica-Bold", 11)
    c.drawString(WIDTH / 2 + 25 * mm, top - 42 * mm, fmt_date(deadline))
    y = 18 * mm
    c.setFillColorRGB(1, 1, 1)
    c.rect(LEFT - 2 * mm, y - 4 * mm, RIGHT - LEFT + 4 * mm, 14 * mm, stroke=1, fill=1)
    c.setFillColorRGB(0, 0, 0)
    c.setFont("Helvetica", 7)
    c.drawString(LEFT, y + 6 * mm, "Kundeidentifikasjon (KID)")
    c.drawString(LEFT + 70 * mm, y + 6 * mm, "Kroner")
    c.drawString(LEFT + 110 * mm, y + 6 * mm, "Til konto")
    c.setFont("Courier-Bold", 12)
    c.drawString(LEFT, y, kid or "se KID per faktura")
    c.drawString(LEFT + 70 * mm, y, kr(amount_ore))
    c.drawString(LEFT + 110 * mm, y, format_kontonr(org.account_number))


def _canvas(title: str, seller: Seller) -> tuple[Canvas, io.BytesIO]:
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=A4, pageCompression=1)
    c.setTitle(f"{title} – {seller.org.name}")
    c.setAuthor(seller.org.name)
    c.setCreator("KontoPronto")
    return c, buffer


def render_reminder(r: PlannedReminder, number: int, on: date, seller: Seller) -> bytes:
    title = rules.TITLES[r.stage]
    c, buffer = _canvas(f"{title} {number}", seller)
    to = (r.name, r.street, f"{r.postcode} {r.city}".strip())
    facts = [(f"{title}snr.", str(number)), ("Dato", fmt_date(on)), ("Kundenr.", str(r.customer_number)),
             ("Ny betalingsfrist", fmt_date(r.deadline))]
    if len(r.items) == 1:
        facts.append(("KID", r.items[0].kid))
    y = _letterhead(c, seller, title, to, facts)
    c.setFont("Helvetica", 10)
    intro = rules.PURRING_TEXT if r.stage == "purring" else (
        "Inkassovarsel: vi har ikke mottatt betaling for kravet nedenfor, heller ikke etter purring.")
    c.drawString(LEFT, y, intro)
    y -= 8 * mm
    rows: list[Row] = []
    for it in r.items:
        rows.append((f"Faktura {it.number}", fmt_date(it.due), it.kid, "Rest", kr(it.principal_ore)))
        if it.earlier_charges_ore:
            rows.append(("", "", "", "Tidligere gebyr og renter", kr(it.earlier_charges_ore)))
        if it.interest_ore and it.interest_from is not None:
            rows.append(("", "", "", f"Forsinkelsesrente {fmt_date(it.interest_from)}–{fmt_date(on)}",
                         kr(it.interest_ore)))
        if it.compensation_ore:
            less = (f", fratrukket purregebyr {format_kr(it.compensation_fees_deducted_ore)}"
                    if it.compensation_fees_deducted_ore else "")
            rows.append(("", "", "", f"Standardkompensasjon (frl. § 3a){less}", kr(it.compensation_ore)))
    if r.fee_ore:
        rows.append(("", "", "", "Purregebyr" if r.stage == "purring" else "Gebyr for inkassovarsel", kr(r.fee_ore)))
    y = _table(c, y, ("Faktura", "Forfall", "KID", "", "Beløp"), rows, GIRO_TOP + 40 * mm)
    c.setFont("Helvetica-Bold", 11)
    c.drawString(LEFT + 80 * mm, y, "Å betale")
    c.drawRightString(RIGHT, y, format_kr(r.total_ore))
    y -= 8 * mm
    c.setFont("Helvetica", 9)
    c.drawString(LEFT, y, f"Betal innen {fmt_date(r.deadline)}. {rules.NO_VAT_TEXT}")
    y -= 5 * mm
    if r.stage == "inkassovarsel":
        c.setFont("Helvetica-Bold", 9)
        c.drawString(LEFT, y, rules.INKASSOVARSEL_TEXT[:110])
        y -= 5 * mm
    if len(r.items) > 1:
        c.setFont("Helvetica", 9)
        c.drawString(LEFT, y, "Betal hver faktura med sin KID, så føres betalingen riktig.")
    _giro(c, seller, to, r.items[0].kid if len(r.items) == 1 else "", r.total_ore, r.deadline)
    c.showPage()
    c.save()
    return buffer.getvalue()


def render_statement(name: str, address: Sequence[str], customer_number: int, on: date, rows: Sequence[Row],
                     total_ore: int, seller: Seller) -> bytes:
    c, buffer = _canvas(f"Kontoutskrift {customer_number} {on.isoformat()}", seller)
    y = _letterhead(c, seller, "Kontoutskrift", (name, *address),
                    [("Kundenr.", str(customer_number)), ("Per dato", fmt_date(on))])
    c.setFont("Helvetica", 10)
    c.drawString(LEFT, y, "Åpne poster på kontoen din:")
    y -= 8 * mm
    y = _table(c, y, ("Post", "Forfall", "KID", "", "Beløp"), rows, 30 * mm)
    c.setFont("Helvetica-Bold", 11)
    c.drawString(LEFT + 80 * mm, y, "Saldo")
    c.drawRightString(RIGHT, y, format_kr(total_ore))
    y -= 8 * mm
    c.setFont("Helvetica", 9)
    c.drawString(LEFT, y, f"Renter er beregnet til og med {fmt_date(on)}. {rules.NO_VAT_TEXT}")
    c.showPage()
    c.save()
    return buffer.getvalue()
