"""Reports carry «Side N av M» and «Utskrevet dd.mm.yyyy» on every page (issue 18 item 5); the
issued invoice PDFs do not (they are archived as issued)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate

from kontopronto_desktop.core.books import vat, vat_export
from kontopronto_desktop.core.invoicing import batch
from kontopronto_desktop.core.invoicing.archive import issued_pdf
from kontopronto_desktop.core.invoicing.invoices import get_invoice
from kontopronto_desktop.core.payments import aging, aging_export
from kontopronto_desktop.core.report_footer import footer_canvas
from kontopronto_desktop.core.store import Store
from tests.invoicing_support import seed


def _pages(path: Path) -> list[str]:
    return [p.extract_text() for p in PdfReader(str(path)).pages]


def test_every_page_is_numbered_out_of_the_total_with_the_print_date(tmp_path: Path) -> None:
    target = tmp_path / "lang.pdf"
    style = getSampleStyleSheet()["BodyText"]
    SimpleDocTemplate(str(target), pagesize=A4).build(
        [Paragraph(f"Linje {i}", style) for i in range(200)], canvasmaker=footer_canvas(date(2026, 2, 28)))
    pages = _pages(target)
    assert len(pages) >= 3
    for number, text in enumerate(pages, start=1):
        assert f"Side {number} av {len(pages)}" in text and "Utskrevet 28.02.2026" in text
    assert "Linje 199" in pages[-1]  # the content is all there, the footer is added, not instead


def test_aging_and_vat_reports_have_page_numbers_and_todays_date_the_invoice_not(store: Store, tmp_path: Path) -> None:
    seed(store, count=3)
    with store.session() as s:
        batch.run_batch(s, date(2026, 3, 1))
        report = aging.aging_report(s, date(2026, 6, 30))
        term = vat.vat_report(s, *vat.parse_term("2026-2"))
        invoice_pdf = issued_pdf(s, get_invoice(s, 1).id)
    today = f"Utskrevet {date.today():%d.%m.%Y}"
    aging_pages = _pages(aging_export.export_pdf(report, tmp_path / "aldersfordeling.pdf", "Testlaget IL"))
    assert "Side 1 av 1" in aging_pages[0] and today in aging_pages[0]
    assert "Aldersfordelt reskontro per 30.06.2026" in aging_pages[0]
    vat_export.export_pdf(term, tmp_path / "mva.pdf")
    vat_pages = _pages(tmp_path / "mva.pdf")
    assert "Side 1 av 1" in vat_pages[0] and today in vat_pages[0]
    (tmp_path / "faktura.pdf").write_bytes(invoice_pdf)
    assert "Utskrevet" not in _pages(tmp_path / "faktura.pdf")[0]
