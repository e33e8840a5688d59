"""Invoice and credit-note PDFs (reportlab), with a giro-style payment block at the bottom.

Carries what bokføringsforskriften § 5-1-1 requires: number, date, seller's name and orgnr
(with "MVA" when registered and "Foretaksregisteret" when applicable), buyer, delivery date,
description, quantity, price, VAT per rate, total and due date, plus account and KID.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from pypdf import PdfWriter
from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy.orm import Session

from ..errors import UserError
from ..models.product import VAT_LABELS, VatRate
from ..money import format_nok
from ..organisation import OrganisationView, get_organisation
from ..validation import format_kontonr, format_orgnr
from .invoices import InvoiceView, get_invoice, list_invoices
from .settings import InvoiceSettings, get_invoice_settings

#: compressed streams stay binary: ASCII85 only made files bigger and cost ~15 % of render time
#: (reportlab's pure-Python encoder)
rl_config.useA85 = 0

WIDTH, HEIGHT = A4
LEFT = 20 * mm
RIGHT = WIDTH - 20 * mm
GIRO_TOP = 95 * mm  # the payment block occupies the bottom of the last page


def fmt_date(value: date) -> str:
    """"01.03.2026": babel's nb_NO "dd.MM.yyyy" without babel (tested equal on a range of days)."""
    return f"{value.day:02d}.{value.month:02d}.{value.year:04d}"


def kr(ore: int) -> str:
    return format_nok(ore)


@dataclass(frozen=True)
class Seller:
    """What the PDF needs about the organisation, read once per export."""

    org: OrganisationView
    settings: InvoiceSettings

    @property
    def orgnr_text(self) -> str:
        text = f"Org.nr. {format_orgnr(self.org.orgnr)}"
        if self.org.mva_registered:
            text += " MVA"
        if self.settings.foretaksregisteret:
            text = "Foretaksregisteret " + text
        return text


def seller_of(session: Session) -> Seller:
    return Seller(get_organisation(session), get_invoice_settings(session))


def _header(c: Canvas, inv: InvoiceView, seller: Seller, page: int) -> float:
    org = seller.org
    y = HEIGHT - 20 * mm
    logo = seller.settings.logo_path
    if logo and Path(logo).is_file():
        try:
            c.drawImage(ImageReader(logo), LEFT, y - 18 * mm, width=40 * mm, height=18 * mm,
                        preserveAspectRatio=True, anchor="sw", mask="auto")
        except OSError:
            pass  # an unreadable logo must not stop the invoice
    title = "KREDITNOTA" if inv.is_credit_note else "FAKTURA"
    c.setFont("Helvetica-Bold", 20)
    c.drawRightString(RIGHT, y - 6 * mm, title)
    c.setFont("Helvetica-Bold", 10)
    c.drawRightString(RIGHT, y - 13 * mm, org.name)
    c.setFont("Helvetica", 9)
    lines = [org.street, f"{org.postcode} {org.city}".strip(), seller.orgnr_text]
    if org.email:
        lines.append(org.email)
    if org.phone:
        lines.append(f"Tlf. {org.phone}")
    for i, text in enumerate(t for t in lines if t):
        c.drawRightString(RIGHT, y - (18 + 4.2 * i) * mm, text)
    if page > 1:
        c.drawString(LEFT, y - 24 * mm, f"{title.capitalize()} {inv.number} – side {page}")
        return y - 50 * mm
    # buyer
    by = y - 45 * mm
    c.setFont("Helvetica", 10)
    buyer = [inv.buyer_name, inv.buyer_street, f"{inv.buyer_postcode} {inv.buyer_city}".strip()]
    if inv.buyer_orgnr:  # an organisation buyer: § 5-1-1 nr. 3
        buyer.append(f"Org.nr. {format_orgnr(inv.buyer_orgnr)}")
    for i, text in enumerate(t for t in buyer if t):
        c.drawString(LEFT, by - 5 * i * mm, text)
    # invoice facts
    facts = [
        ("Kreditnotanr." if inv.is_credit_note else "Fakturanr.", str(inv.number or "UTKAST")),
        ("Kreditnotadato" if inv.is_credit_note else "Fakturadato", fmt_date(inv.invoice_date)),
        ("Leveringsdato", fmt_date(inv.delivery_date)),
        ("Kundenr.", str(inv.customer_number)),
    ]
    if inv.is_credit_note:
        facts.append(("Gjelder faktura", str(inv.credits_number or "")))
        if inv.credits_date:
            facts.append(("Fakturaens dato", fmt_date(inv.credits_date)))
    else:
        facts += [("Forfallsdato", fmt_date(inv.due_date)), ("KID", inv.kid)]
    fx = RIGHT - 70 * mm
    for i, (label, value) in enumerate(facts):
        c.setFont("Helvetica", 9)
        c.drawString(fx, by - 4.6 * i * mm, label)
        c.setFont("Helvetica-Bold", 9)
        c.drawRightString(RIGHT, by - 4.6 * i * mm, value)
    return by - max(len(facts) * 4.6 + 10, 25) * mm


COLS = [("Beskrivelse", LEFT, "l"), ("Antall", LEFT + 95 * mm, "r"), ("Pris", LEFT + 120 * mm, "r"),
        ("MVA", LEFT + 137 * mm, "r"), ("Beløp", RIGHT, "r")]
#: the description column ends a little left of the right-aligned "Antall"
DESCRIPTION_WIDTH = 80 * mm
LINE_HEIGHT = 4 * mm


def period_label(start: date | None, end: date | None) -> str:
    """"2026" for a calendar year, "01.01.–30.06.2026" otherwise; "" without a period."""
    if start is None or end is None:
        return ""
    if (start.month, start.day, end.month, end.day) == (1, 1, 12, 31) and start.year == end.year:
        return str(start.year)
    if start == end:
        return fmt_date(start)
    left = start.strftime("%d.%m.") if start.year == end.year else fmt_date(start)
    return f"{left}–{fmt_date(end)}"


def description_lines(text: str, period: str = "") -> list[str]:
    """The description (and period) wrapped to the column; never cut (§ 5-1-1 nr. 4)."""
    full = f"{text} {period}".strip() if period and period not in text else text
    return simpleSplit(full, "Helvetica", 9, DESCRIPTION_WIDTH) or [""]


def _draw_row(c: Canvas, y: float, values: list[str], bold: bool = False) -> None:
    c.setFont("Helvetica-Bold" if bold else "Helvetica", 9)
    for (_, x, align), value in zip(COLS, values, strict=True):
        if align == "l":
            c.drawString(x, y, value)
        else:
            c.drawRightString(x, y, value)


def draw_invoice(c: Canvas, inv: InvoiceView, seller: Seller) -> None:
    """Draw one invoice (one or more pages) on the canvas; ends with showPage."""
    page = 1
    vat_seller = seller.org.mva_registered
    y = _header(c, inv, seller, page)
    _draw_row(c, y, [label if label != "MVA" or vat_seller else "" for label, _, _ in COLS], bold=True)
    c.line(LEFT, y - 2 * mm, RIGHT, y - 2 * mm)
    y -= 7 * mm
    for line in inv.lines:
        texts = description_lines(line.description, period_label(line.period_start, line.period_end))
        if y - (len(texts) - 1) * LINE_HEIGHT < GIRO_TOP + 50 * mm:
            c.showPage()
            page += 1
            y = _header(c, inv, seller, page)
        # a seller outside the VAT register states no VAT rate at all (mval § 15-11)
        rate = VAT_LABELS[VatRate(line.vat_rate)] if vat_seller else ""
        _draw_row(c, y, [texts[0], str(line.quantity), kr(line.unit_price_ore), rate, kr(line.net_ore)])
        c.setFont("Helvetica", 9)
        for more in texts[1:]:
            y -= LINE_HEIGHT
            c.drawString(LEFT, y, more)
        y -= 5 * mm
    c.line(LEFT, y + 2 * mm, RIGHT, y + 2 * mm)
    y -= 3 * mm
    c.setFont("Helvetica", 9)
    if vat_seller:
        for rate, (net, vat) in inv.vat_by_rate.items():
            label = VAT_LABELS[VatRate(rate)]
            c.drawString(LEFT + 80 * mm, y, f"MVA {label} av {kr(net)}")
            c.drawRightString(RIGHT, y, kr(vat))
            y -= 4.5 * mm
        c.drawString(LEFT + 80 * mm, y, "Sum eks. MVA")
        c.drawRightString(RIGHT, y, kr(inv.net_ore))
        y -= 4.5 * mm
        c.drawString(LEFT + 80 * mm, y, "Sum MVA")
        c.drawRightString(RIGHT, y, kr(inv.vat_ore))
        y -= 6 * mm
    c.setFont("Helvetica-Bold", 11)
    c.drawString(LEFT + 80 * mm, y, "Sum kreditert" if inv.is_credit_note else "Å betale")
    c.drawRightString(RIGHT, y, f"kr {kr(inv.total_ore)}")
    y -= 8 * mm
    c.setFont("Helvetica", 9)
    if inv.is_credit_note:
        of = f" av {fmt_date(inv.credits_date)}" if inv.credits_date else ""
        text = f"Kreditnota for faktura {inv.credits_number}{of}. Beløpet er kreditert og skal ikke betales." + (
            f" Årsak: {inv.reason}" if inv.reason else "")
        for part in simpleSplit(text, "Helvetica", 9, RIGHT - LEFT):
            c.drawString(LEFT, y, part)
            y -= LINE_HEIGHT
        y -= 1 * mm
    if not vat_seller:
        c.drawString(LEFT, y, "Selger er ikke registrert i Merverdiavgiftsregisteret. Salget er utenfor "
                              "merverdiavgiftsloven; det er ikke beregnet mva.")
        y -= 5 * mm
    if seller.settings.footer_text:
        for part in simpleSplit(seller.settings.footer_text, "Helvetica", 9, RIGHT - LEFT)[:3]:
            c.drawString(LEFT, y, part)
            y -= LINE_HEIGHT
    if not inv.is_credit_note:
        _giro(c, inv, seller)
    c.showPage()


def _giro(c: Canvas, inv: InvoiceView, seller: Seller) -> None:
    """The payment block in the style of a Norwegian giro: account, KID, amount, due date."""
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
    for i, text in enumerate(t for t in (inv.buyer_name, inv.buyer_street,
                                         f"{inv.buyer_postcode} {inv.buyer_city}") if t.strip()):
        c.drawString(LEFT, top - (22 + 5 * i) * mm, text)
    org = seller.org
    for i, text in enumerate(t for t in (org.name, org.street, f"{org.postcode} {org.city}") if t.strip()):
        c.drawString(WIDTH / 2, top - (22 + 5 * i) * mm, text)
    c.setFont("Helvetica", 8)
    c.drawString(WIDTH / 2, top - 42 * mm, "Betalingsfrist")
    c.setFont("Helvetica-Bold", 11)
    c.drawString(WIDTH / 2 + 25 * mm, top - 42 * mm, fmt_date(inv.due_date))
    # the bottom strip: KID | amount | account
    y = 18 * mm
    c.setFillColorRGB(1, 1, 1)
    c.rect(LEFT - 2 * mm, y - 4 * mm, RIGHT - LEFT + 4 * mm, 14 * mm, stroke=1, fill=1)
    c.setFillColorRGB(0, 0, 0)
    c.setFont("Helvetica", 7)
    c.drawString(LEFT, y + 6 * mm, "Kundeidentifikasjon (KID)")
    c.drawString(LEFT + 70 * mm, y + 6 * mm, "Kroner")
    c.drawString(LEFT + 110 * mm, y + 6 * mm, "Til konto")
    c.setFont("Courier-Bold", 12)
    c.drawString(LEFT, y, inv.kid)
    c.drawString(LEFT + 70 * mm, y, kr(inv.total_ore))  # as invoiced; what is due now goes on a statement
    c.drawString(LEFT + 110 * mm, y, format_kontonr(org.account_number))


def render_invoice(inv: InvoiceView, seller: Seller) -> bytes:
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=A4, pageCompression=1)
    title = "Kreditnota" if inv.is_credit_note else "Faktura"
    c.setTitle(f"{title} {inv.number} – {seller.org.name}")
    c.setAuthor(seller.org.name)
    c.setCreator("KontoPronto")
    draw_invoice(c, inv, seller)
    c.save()
    return buffer.getvalue()


def file_name(inv: InvoiceView) -> str:
    return f"{'kreditnota' if inv.is_credit_note else 'faktura'}-{inv.number}.pdf"


def _write(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(data)
    tmp.replace(path)


def export_invoice(session: Session, number: int, target: Path) -> Path:
    """Write one invoice's PDF as issued (the archived bytes); ``target`` may be a folder."""
    from .archive import issued_pdf

    inv = get_invoice(session, number)
    target = Path(target)
    if target.is_dir():
        target = target / file_name(inv)
    data = issued_pdf(session, inv.id)
    try:
        _write(target, data)
    except OSError as exc:
        raise UserError(f"Kunne ikke skrive {target}: {exc.strerror}.") from None
    return target


@dataclass(frozen=True)
class BatchExport:
    files: tuple[Path, ...]
    merged: Path
    to_print: Path | None


def export_batch(session: Session, batch_id: int, folder: Path,
                 progress: Callable[[int, int], None] | None = None,
                 is_cancelled: Callable[[], bool] | None = None) -> BatchExport:
    """One PDF per invoice in ``folder``, a merged PDF of all, and one of those marked for print.

    Every file is the archived document as issued, not a redraw.
    """
    from .archive import issued_pdfs

    invoices = sorted(list_invoices(session, batch_id=batch_id), key=lambda v: v.number or 0)
    if not invoices:
        raise UserError(f"Fant ingen fakturaer i fakturakjøring {batch_id}.")
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(f"Kunne ikke lage mappen {folder}: {exc.strerror}.") from None
    merged, printable = PdfWriter(), PdfWriter()
    files = []
    pdfs: dict[int, bytes] = {}
    for i, inv in enumerate(invoices):
        if is_cancelled and is_cancelled():
            raise UserError("Eksporten ble avbrutt.")
        if inv.id not in pdfs:  # read from the archive 500 at a time
            pdfs = issued_pdfs(session, [v.id for v in invoices[i:i + 500]])
        data = pdfs[inv.id]
        path = folder / file_name(inv)
        _write(path, data)
        files.append(path)
        merged.append(io.BytesIO(data))
        if inv.needs_print:
            printable.append(io.BytesIO(data))
        if progress:
            progress(i + 1, len(invoices))
    merged_path = folder / f"fakturakjoring-{batch_id}-alle.pdf"
    with open(merged_path, "wb") as fh:
        merged.write(fh)
    print_path = None
    if len(printable.pages):
        print_path = folder / f"fakturakjoring-{batch_id}-til-utskrift.pdf"
        with open(print_path, "wb") as fh:
            printable.write(fh)
    return BatchExport(tuple(files), merged_path, print_path)
