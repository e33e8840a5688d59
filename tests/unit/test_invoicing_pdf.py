"""PDF invoices read back: number, KID, amounts, dates, VAT per rate, seller, giro block, credit notes."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pdfplumber
from PIL import Image
from pypdf import PdfReader

from kontopronto_desktop.core.invoicing import batch, credit, invoices, pdf
from kontopronto_desktop.core.invoicing.settings import save_invoice_settings
from kontopronto_desktop.core.store import Store
from tests.invoicing_support import seed

D = date(2026, 3, 1)


def _text(path: Path) -> str:
    with pdfplumber.open(path) as doc:
        return "\n".join(page.extract_text() or "" for page in doc.pages).replace("\xa0", " ")


def test_invoice_pdf_has_what_the_law_requires(store: Store, tmp_path: Path) -> None:
    seed(store)
    with store.session() as s:
        save_invoice_settings(s, {"foretaksregisteret": True})
        inv = invoices.new_invoice(s, 1001, [("MEDLEM", 1, None), ("DRAKT", 1, None), ("KAFE", 3, None)],
                                   invoice_date=D, delivery_date=date(2026, 2, 20))
        path = pdf.export_invoice(s, inv.number, tmp_path / "f.pdf")
    text = _text(path)
    assert "FAKTURA" in text and "KREDITNOTA" not in text
    assert f"Fakturanr. {inv.number}" in text
    assert "Fakturadato 01.03.2026" in text
    assert "Leveringsdato 20.02.2026" in text
    assert "Forfallsdato 15.03.2026" in text
    assert f"KID {inv.kid}" in text
    assert "Testlaget IL" in text and "Foretaksregisteret Org.nr. 974 760 673 MVA" in text
    assert "Medlem Nummer0" in text and "0150 Oslo" in text
    assert "Klubbdrakt" in text and "599,99" in text and "25 %" in text
    assert "MVA 25 % av 599,99 150,00" in text
    assert "MVA 15 % av 30,15 4,52" in text
    assert "Å betale 1 234,66 kr" in text
    # giro block
    assert "1503.62.19782" in text
    assert text.count(inv.kid) >= 2 and text.count("15.03.2026") >= 2
    meta = PdfReader(path).metadata
    assert meta is not None and meta.title == f"Faktura {inv.number} – Testlaget IL"


def test_credit_note_pdf_says_kreditnota_and_references(store: Store, tmp_path: Path) -> None:
    seed(store)
    with store.session() as s:
        inv = invoices.new_invoice(s, 1001, [("MEDLEM", 1, None)], invoice_date=D)
        note = credit.credit_invoice(s, inv.number, amount_ore=10000, reason="Dobbeltfakturert")
        path = pdf.export_invoice(s, note.number, tmp_path)
    assert path.name == "kreditnota-2.pdf"
    text = _text(path)
    assert "KREDITNOTA" in text and "Gjelder faktura 1" in text and "Fakturaens dato 01.03.2026" in text
    assert "Kreditnotadato" in text and "Fakturadato" not in text
    assert "Kreditnota for faktura 1 av 01.03.2026. Beløpet er kreditert og skal ikke betales." in text
    assert "Årsak: Dobbeltfakturert" in text
    assert "Sum kreditert -100,00 kr" in text


def test_logo_is_drawn(store: Store, tmp_path: Path) -> None:
    seed(store)
    logo = tmp_path / "logo.png"
    Image.new("RGB", (120, 60), (200, 30, 30)).save(logo)
    with store.session() as s:
        save_invoice_settings(s, {"logo_path": str(logo)})
        inv = invoices.new_invoice(s, 1001, [("MEDLEM", 1, None)], invoice_date=D)
        with_logo = pdf.export_invoice(s, inv.number, tmp_path / "a.pdf")
        save_invoice_settings(s, {"logo_path": ""})
        copy = pdf.export_invoice(s, inv.number, tmp_path / "copy.pdf")  # the archived copy keeps its logo
        later = invoices.new_invoice(s, 1001, [("MEDLEM", 1, None)], invoice_date=D)
        without = pdf.export_invoice(s, later.number, tmp_path / "b.pdf")
    assert len(PdfReader(with_logo).pages[0].images) == 1
    assert copy.read_bytes() == with_logo.read_bytes()
    assert len(PdfReader(without).pages[0].images) == 0


def test_batch_export_one_per_invoice_plus_merged_and_print(store: Store, tmp_path: Path) -> None:
    seed(store, count=5)
    with store.session() as s:
        result = batch.run_batch(s, D)
        export = pdf.export_batch(s, result.batch_id, tmp_path / "ut")
        views = {v.number: v for v in invoices.list_invoices(s, batch_id=result.batch_id)}
    assert sorted(p.name for p in export.files) == [f"faktura-{n}.pdf" for n in range(1, 6)]
    for path in export.files:
        number = int(path.stem.split("-")[1])
        text = _text(path)
        assert f"Fakturanr. {number}" in text and views[number].kid in text
        assert pdf.kr(views[number].total_ore).replace("\xa0", " ") in text
    assert len(PdfReader(export.merged).pages) == 5
    assert export.to_print is not None
    assert len(PdfReader(export.to_print).pages) == sum(v.needs_print for v in views.values()) == 2


def test_many_lines_continue_on_next_page(store: Store, tmp_path: Path) -> None:
    seed(store)
    with store.session() as s:
        inv = invoices.new_invoice(s, 1001, [("KAFE", 1, None), ("MEDLEM", 1, None)], invoice_date=D)
    # a long invoice built through the view (lines are data)
    from dataclasses import replace
    long_view = replace(inv, lines=inv.lines * 40)
    with store.session() as s:
        data = pdf.render_invoice(long_view, pdf.seller_of(s))
    (tmp_path / "long.pdf").write_bytes(data)
    assert len(PdfReader(tmp_path / "long.pdf").pages) >= 2
    assert "side 2" in _text(tmp_path / "long.pdf")


def test_default_email_texts_write_the_amount_as_1_234_50_kr(store: Store) -> None:
    """The default invoice and credit-note mails use the same form as the PDF: «… på 450,00 kr …»."""
    from kontopronto_desktop.core.invoicing import email

    seed(store)
    with store.session() as s:
        inv = invoices.new_invoice(s, 1001, [("MEDLEM", 1, None)], invoice_date=D)
        note = credit.credit_invoice(s, inv.number, amount_ore=10000, reason="Dobbeltfakturert")
        seller, settings = pdf.seller_of(s), email.get_email_settings(s)
    body = email.render_template(email.DEFAULT_BODY, inv, seller, settings).replace("\xa0", " ")
    credit_body = email.render_template(email.DEFAULT_CREDIT_BODY, note, seller, settings)
    assert f"Vedlagt er faktura {inv.number} på {pdf.kr(inv.total_ore)} kr med forfall".replace("\xa0", " ") in body
    assert "100,00 kr er kreditert og skal ikke betales." in credit_body and "kr 1" not in body
