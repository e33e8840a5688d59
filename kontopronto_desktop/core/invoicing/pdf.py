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

from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy.orm import Session

from ..errors import UserError
from ..models.product import VAT_LABELS, VatRate
from ..money import format_kr, format_nok
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


REGULAR, BOLD = "Helvetica", "Helvetica-Bold"  # the only two fonts: each font costs every file a font object

#: operators of what is the same on every invoice of a seller, drawn once per process (see _static)
_STATIC: dict[tuple[object, ...], str] = {}


class _Text:
    """Many strings in one PDF text object (one BT…ET per page instead of one per string)."""

    def __init__(self, c: Canvas) -> None:
        self._t = c.beginText()
        self._font: tuple[str, float] = ("", 0.0)

    def font(self, name: str, size: float) -> None:
        if (name, size) != self._font:
            self._t.setFont(name, size)
            self._font = (name, size)

    def left(self, x: float, y: float, text: str) -> None:
        if text:
            self._t.setTextOrigin(x, y)
            self._t.textOut(text)

    def right(self, x: float, y: float, text: str) -> None:
        if text:
            self.left(x - stringWidth(text, *self._font), y, text)

    def draw(self, c: Canvas) -> None:
        c.drawText(self._t)


def _static(c: Canvas, key: tuple[object, ...], draw: Callable[[Canvas], None]) -> None:
    """Write the operators ``draw`` writes, drawing it only the first time per process.

    ``key`` must hold every input of ``draw``; the document's internal font names are added, so a
    replay is exactly what ``draw`` would write. ``draw`` uses no resources other than those fonts
    (no images) and runs inside q…Q, so the canvas state after it is the state before.
    """
    key += tuple(c._doc.getInternalFontName(font) for font in (REGULAR, BOLD))
    ops = _STATIC.get(key)
    if ops is None:
        code = c._code
        start = len(code)
        c.saveState()
        draw(c)
        c.restoreState()
        ops = "\n".join(code[start:])
        del code[start:]
        if len(_STATIC) >= 256:  # many sellers in one process (tests): start over
            _STATIC.clear()
        _STATIC[key] = ops
    c.addLiteral(ops)


def _seller_lines(seller: Seller) -> list[str]:
    org = seller.org
    lines = [org.street, f"{org.postcode} {org.city}".strip(), seller.orgnr_text]
    if org.email:
        lines.append(org.email)
    if org.phone:
        lines.append(f"Tlf. {org.phone}")
    return [text for text in lines if text]


def _seller_block(title: str, name: str, lines: list[str]) -> Callable[[Canvas], None]:
    def draw(c: Canvas) -> None:
        y = HEIGHT - 20 * mm
        t = _Text(c)
        t.font(BOLD, 20)
        t.right(RIGHT, y - 6 * mm, title)
        t.font(BOLD, 10)
        t.right(RIGHT, y - 13 * mm, name)
        t.font(REGULAR, 9)
        for i, text in enumerate(lines):
            t.right(RIGHT, y - (18 + 4.2 * i) * mm, text)
        t.draw(c)
    return draw


def _first_page_frame(labels: tuple[str, ...], columns: tuple[str, ...], by: float,
                      table_y: float) -> Callable[[Canvas], None]:
    """The labels of the invoice facts, the column heads and the rule under them."""
    def draw(c: Canvas) -> None:
        t = _Text(c)
        t.font(REGULAR, 9)
        for i, label in enumerate(labels):
            t.left(RIGHT - 70 * mm, by - 4.6 * i * mm, label)
        t.font(BOLD, 9)
        _row(t, table_y, list(columns))
        t.draw(c)
        c.line(LEFT, table_y - 2 * mm, RIGHT, table_y - 2 * mm)
    return draw


def _header(c: Canvas, t: _Text, inv: InvoiceView, seller: Seller, page: int) -> float:
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
    lines = _seller_lines(seller)
    _static(c, ("seller", title, org.name, *lines), _seller_block(title, org.name, lines))
    if page > 1:
        t.font(REGULAR, 9)
        t.left(LEFT, y - 24 * mm, f"{title.capitalize()} {inv.number} – side {page}")
        return y - 50 * mm
    # buyer
    by = y - 45 * mm
    t.font(REGULAR, 10)
    buyer = [inv.buyer_name, inv.buyer_street, f"{inv.buyer_postcode} {inv.buyer_city}".strip()]
    if inv.buyer_orgnr:  # an organisation buyer: § 5-1-1 nr. 3
        buyer.append(f"Org.nr. {format_orgnr(inv.buyer_orgnr)}")
    for i, text in enumerate(b for b in buyer if b):
        t.left(LEFT, by - 5 * i * mm, text)
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
    table_y = by - max(len(facts) * 4.6 + 10, 25) * mm
    labels = tuple(label for label, _ in facts)
    columns = tuple(label if label != "MVA" or seller.org.mva_registered else "" for label, _, _ in COLS)
    _static(c, ("frame", labels, columns, by, table_y), _first_page_frame(labels, columns, by, table_y))
    t.font(BOLD, 9)
    for i, (_, value) in enumerate(facts):
        t.right(RIGHT, by - 4.6 * i * mm, value)
    return table_y


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


def _row(t: _Text, y: float, values: list[str]) -> None:
    for (_, x, align), value in zip(COLS, values, strict=True):
        if align == "l":
            t.left(x, y, value)
        else:
            t.right(x, y, value)


def draw_invoice(c: Canvas, inv: InvoiceView, seller: Seller) -> None:
    """Draw one invoice (one or more pages) on the canvas; ends with showPage.

    What is the same for every invoice of the seller comes from ``_static``; the rest of a page is
    one text object, drawn last (after the giro's fills).
    """
    page = 1
    vat_seller = seller.org.mva_registered
    t = _Text(c)
    y = _header(c, t, inv, seller, page)
    y -= 7 * mm
    for line in inv.lines:
        texts = description_lines(line.description, period_label(line.period_start, line.period_end))
        if y - (len(texts) - 1) * LINE_HEIGHT < GIRO_TOP + 50 * mm:
            t.draw(c)
            c.showPage()
            page += 1
            t = _Text(c)
            y = _header(c, t, inv, seller, page)
        # a seller outside the VAT register states no VAT rate at all (mval § 15-11)
        rate = VAT_LABELS[VatRate(line.vat_rate)] if vat_seller else ""
        t.font(REGULAR, 9)
        _row(t, y, [texts[0], str(line.quantity), kr(line.unit_price_ore), rate, kr(line.net_ore)])
        for more in texts[1:]:
            y -= LINE_HEIGHT
            t.left(LEFT, y, more)
        y -= 5 * mm
    c.line(LEFT, y + 2 * mm, RIGHT, y + 2 * mm)
    y -= 3 * mm
    t.font(REGULAR, 9)
    if vat_seller:
        for rate, (net, vat) in inv.vat_by_rate.items():
            label = VAT_LABELS[VatRate(rate)]
            t.left(LEFT + 80 * mm, y, f"MVA {label} av {kr(net)}")
            t.right(RIGHT, y, kr(vat))
            y -= 4.5 * mm
        t.left(LEFT + 80 * mm, y, "Sum eks. MVA")
        t.right(RIGHT, y, kr(inv.net_ore))
        y -= 4.5 * mm
        t.left(LEFT + 80 * mm, y, "Sum MVA")
        t.right(RIGHT, y, kr(inv.vat_ore))
        y -= 6 * mm
    t.font(BOLD, 11)
    t.left(LEFT + 80 * mm, y, "Sum kreditert" if inv.is_credit_note else "Å betale")
    t.right(RIGHT, y, format_kr(inv.total_ore))  # the one form «1 234,50 kr»
    y -= 8 * mm
    t.font(REGULAR, 9)
    if inv.is_credit_note:
        of = f" av {fmt_date(inv.credits_date)}" if inv.credits_date else ""
        text = f"Kreditnota for faktura {inv.credits_number}{of}. Beløpet er kreditert og skal ikke betales." + (
            f" Årsak: {inv.reason}" if inv.reason else "")
        for part in simpleSplit(text, REGULAR, 9, RIGHT - LEFT):
            t.left(LEFT, y, part)
            y -= LINE_HEIGHT
        y -= 1 * mm
    if not vat_seller:
        t.left(LEFT, y, "Selger er ikke registrert i Merverdiavgiftsregisteret. Salget er utenfor "
                        "merverdiavgiftsloven; det er ikke beregnet mva.")
        y -= 5 * mm
    if seller.settings.footer_text:
        for part in simpleSplit(seller.settings.footer_text, REGULAR, 9, RIGHT - LEFT)[:3]:
            t.left(LEFT, y, part)
            y -= LINE_HEIGHT
    if not inv.is_credit_note:
        _giro(c, t, inv, seller)
    t.draw(c)
    c.showPage()


def _giro_frame(seller_lines: tuple[str, ...], account: str) -> Callable[[Canvas], None]:
    """The giro's fills, rules, labels, payee and account: the same on every invoice of a seller."""
    def draw(c: Canvas) -> None:
        top = GIRO_TOP
        c.setDash(3, 3)
        c.line(0, top, WIDTH, top)
        c.setDash()
        c.setFillColorRGB(1.0, 0.96, 0.85)
        c.rect(0, 0, WIDTH, top - 1 * mm, stroke=0, fill=1)
        # the bottom strip: KID | amount | account
        y = 18 * mm
        c.setFillColorRGB(1, 1, 1)
        c.rect(LEFT - 2 * mm, y - 4 * mm, RIGHT - LEFT + 4 * mm, 14 * mm, stroke=1, fill=1)
        c.setFillColorRGB(0, 0, 0)
        t = _Text(c)
        t.font(BOLD, 10)
        t.left(LEFT, top - 8 * mm, "GIRO  Betalingsinformasjon")
        t.font(REGULAR, 8)
        t.left(LEFT, top - 16 * mm, "Betalt av")
        t.left(WIDTH / 2, top - 16 * mm, "Betalt til")
        t.font(REGULAR, 10)
        for i, text in enumerate(seller_lines):
            t.left(WIDTH / 2, top - (22 + 5 * i) * mm, text)
        t.font(REGULAR, 8)
        t.left(WIDTH / 2, top - 42 * mm, "Betalingsfrist")
        t.font(REGULAR, 7)
        t.left(LEFT, y + 6 * mm, "Kundeidentifikasjon (KID)")
        t.left(LEFT + 70 * mm, y + 6 * mm, "Kroner")
        t.left(LEFT + 110 * mm, y + 6 * mm, "Til konto")
        t.font(BOLD, 12)
        t.left(LEFT + 110 * mm, y, account)
        t.draw(c)
    return draw


def _giro(c: Canvas, t: _Text, inv: InvoiceView, seller: Seller) -> None:
    """The payment block in the style of a Norwegian giro: account, KID, amount, due date."""
    org = seller.org
    payee = tuple(text for text in (org.name, org.street, f"{org.postcode} {org.city}") if text.strip())
    account = format_kontonr(org.account_number)
    _static(c, ("giro", payee, account), _giro_frame(payee, account))
    top = GIRO_TOP
    t.font(REGULAR, 10)
    for i, text in enumerate(text for text in (inv.buyer_name, inv.buyer_street,
                                               f"{inv.buyer_postcode} {inv.buyer_city}") if text.strip()):
        t.left(LEFT, top - (22 + 5 * i) * mm, text)
    t.font(BOLD, 11)
    t.left(WIDTH / 2 + 25 * mm, top - 42 * mm, fmt_date(inv.due_date))
    t.font(BOLD, 12)
    t.left(LEFT, 18 * mm, inv.kid)
    t.left(LEFT + 70 * mm, 18 * mm, kr(inv.total_ore))  # as invoiced; what is due now goes on a statement


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
    from pypdf import PdfWriter  # 0.1 s to import (pages open faster): only when a batch is merged

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
