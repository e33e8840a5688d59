"""How the invoice PDF is drawn (issue 19): two fonts, a few text objects, the seller part reused safely."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date

import pdfplumber
from pypdf import PdfReader

from kontopronto_desktop.core.invoicing import invoices, pdf
from kontopronto_desktop.core.store import Store
from tests.invoicing_support import seed

D = date(2026, 3, 1)


def _text(data: bytes) -> str:
    with pdfplumber.open(io.BytesIO(data)) as doc:
        return "\n".join(page.extract_text() or "" for page in doc.pages).replace("\xa0", " ")


def _invoice_and_seller(store: Store) -> tuple[invoices.InvoiceView, pdf.Seller]:
    seed(store)
    with store.session() as s:
        inv = invoices.new_invoice(s, 1001, [("MEDLEM", 1, None), ("DRAKT", 1, None), ("KAFE", 3, None)],
                                   invoice_date=D)
        return inv, pdf.seller_of(s)


def test_two_fonts_and_a_few_text_objects_per_page(store: Store) -> None:
    inv, seller = _invoice_and_seller(store)
    reader = PdfReader(io.BytesIO(pdf.render_invoice(inv, seller)), strict=True)
    page = reader.pages[0]
    fonts = page["/Resources"]["/Font"].get_object()
    assert sorted(f.get_object()["/BaseFont"] for f in fonts.values()) == ["/Helvetica", "/Helvetica-Bold"]
    content = page.get_contents()
    assert content is not None
    stream = content.get_data()
    # reportlab's empty preamble, seller header, fact labels and column heads, giro frame, the
    # invoice's own text (was ~60)
    assert stream.count(b"BT") == 5
    ops = stream.split()
    assert ops.count(b"q") == ops.count(b"Q") == 3  # every replayed part restores the graphics state


def test_a_changed_seller_is_drawn_anew_not_replayed(store: Store) -> None:
    inv, seller = _invoice_and_seller(store)
    first = _text(pdf.render_invoice(inv, seller))
    assert "Testlaget IL" in first and "1503.62.19782" in first
    other = replace(seller, org=replace(seller.org, name="Andre Laget", account_number="12345678903",
                                        mva_registered=False))
    second = _text(pdf.render_invoice(inv, other))
    assert "Andre Laget" in second and "1234.56.78903" in second
    assert "Testlaget IL" not in second and "1503.62.19782" not in second
    assert "MVA" not in second  # no rate column, no VAT sums, no "MVA" after the orgnr
    # and the first seller again is as it was
    assert _text(pdf.render_invoice(inv, seller)) == first


def test_the_same_invoice_draws_the_same_text_every_time(store: Store) -> None:
    inv, seller = _invoice_and_seller(store)
    texts = {_text(pdf.render_invoice(inv, seller)) for _ in range(3)}
    assert len(texts) == 1
    (text,) = texts
    assert f"KID {inv.kid}" in text and text.count(inv.kid) >= 2 and "Å betale 1 234,66 kr" in text
