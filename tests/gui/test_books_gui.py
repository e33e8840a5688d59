"""Regnskap page: chart and product accounts, vouchers with lines and reskontro drill-down, a SAF-T export
run in the background, the VAT basis of a term with its documents."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from sqlalchemy import select, text

from kontopronto_desktop.core.books import chart
from kontopronto_desktop.core.invoicing import invoices
from kontopronto_desktop.core.models.books import ExportRecord
from kontopronto_desktop.core.store import Store
from kontopronto_desktop.ui import sections
from kontopronto_desktop.ui.books import page as books_page
from kontopronto_desktop.ui.context import AppContext
from tests.invoicing_support import seed
from tests.payments_support import pay

LEFT = Qt.MouseButton.LeftButton
YEAR = date.today().year


def _page(qtbot, store: Store) -> books_page.BooksPage:  # type: ignore[no-untyped-def]
    page = books_page.create_page(AppContext(store))
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    return page  # type: ignore[return-value]


def _row(model, pred) -> int:  # type: ignore[no-untyped-def]
    return next(i for i, r in enumerate(model.rows) if pred(r))


def test_section_is_registered() -> None:
    assert ("books", "Regnskap", "kontopronto_desktop.ui.books.page") in sections.SECTIONS


def test_chart_product_account_and_vouchers(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    seed(store, 1)
    page = _page(qtbot, store)
    tab = page.chart
    assert [a.number for a in tab.accounts_model.rows][:2] == ["1500", "1920"]
    tab.number.setText("3440")
    tab.name.setText("Kontingenter")
    qtbot.mouseClick(tab.save_account, LEFT)
    assert "3440" in [a.number for a in tab.accounts_model.rows]
    tab.products.selectRow(_row(tab.products_model, lambda p: p.code == "MEDLEM"))
    tab._product_picked()
    tab.product_account.setText("3440")
    qtbot.mouseClick(tab.save_product, LEFT)
    assert tab.error_box is None
    with store.session() as s:
        assert chart.product_postings(s)["MEDLEM"].account == "3440"
    tab.product_account.setText("9999")  # not in the chart: refused with the Norwegian message
    qtbot.mouseClick(tab.save_product, LEFT)
    assert tab.error_box is not None and "finnes ikke i kontoplanen" in tab.error_box.text()
    tab.error_box.close()

    with store.session() as s:
        inv = invoices.new_invoice(s, 1001, [("MEDLEM", 1, None)], invoice_date=date(YEAR, 2, 1))
    page.ctx.notify_changed("invoices")
    tab_v = page.vouchers
    page.tabs.setCurrentWidget(tab_v)  # a hidden tab reads its list when it is chosen
    assert [v.document_ref for v in tab_v.model.rows] == [f"Faktura {inv.number}"]
    tab_v.table.selectRow(0)
    assert [(ln.account, ln.debit_ore, ln.credit_ore) for ln in tab_v.lines_model.rows] == [
        ("1500", 45_000, 0), ("3440", 0, 45_000)]
    assert tab_v.ledger_button.isEnabled()
    with qtbot.waitSignal(page.ctx.member_ledger_requested) as sig:
        qtbot.mouseClick(tab_v.ledger_button, LEFT)
    assert sig.args == [1001]
    opened: list[str] = []
    tab_v.open_url = lambda url: opened.append(url.toLocalFile())  # type: ignore[assignment]
    assert tab_v.document_button.isEnabled()
    qtbot.mouseClick(tab_v.document_button, LEFT)
    assert len(opened) == 1 and Path(opened[0]).read_bytes().startswith(b"%PDF")
    tab_v.search.setText("3440")
    qtbot.mouseClick(tab_v.show_button, LEFT)
    assert len(tab_v.model.rows) == 1
    tab_v.search.setText("1920")
    qtbot.mouseClick(tab_v.show_button, LEFT)
    assert tab_v.model.rows == [] and tab_v.summary.text() == "0 bilag"


def test_saft_export_in_background_and_vat_term(qtbot, store: Store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    seed(store, 1)
    with store.session() as s:
        inv = invoices.new_invoice(s, 1001, [("DRAKT", 1, None), ("KAFE", 2, None)],
                                   invoice_date=date(YEAR, 3, 5))
    pay(store, inv.total_ore, kid=inv.kid, on=date(YEAR, 3, 20))
    page = _page(qtbot, store)
    ex = page.export
    ex.date_from.setDate(QDate(YEAR, 1, 1))
    ex.date_to.setDate(QDate(YEAR, 12, 31))
    target = tmp_path / "saft.xml"
    ex.ask_file = lambda _s: str(target)
    qtbot.mouseClick(ex.browse, LEFT)
    assert ex.file.text() == str(target)
    qtbot.mouseClick(ex.export_button, LEFT)
    qtbot.waitUntil(lambda: ex.last_result is not None, timeout=20_000)
    assert target.exists() and "2 bilag" in ex.result.text()
    assert len(ex.history_model.rows) == 1 and ex.history_model.rows[0].format == "saft"
    with store.session() as s:
        assert len(list(s.scalars(select(ExportRecord)))) == 1

    vt = page.vat
    vt.year.setValue(YEAR)
    vt.term.setValue(2)
    qtbot.mouseClick(vt.show_button, LEFT)
    assert [(ln.code, ln.basis_ore, ln.vat_ore) for ln in vt.model.rows] == [("3", 59_999, 15_000),
                                                                             ("31", 2_010, 302)]
    assert "utgående mva 153,02 kr (fakturaer minus kreditnotaer: 153,02 kr)" in vt.total.text()
    vt.table.selectRow(0)
    assert vt.documents.item(0).text() == f"Faktura {inv.number}"
    opened: list[str] = []
    vt.open_url = lambda url: opened.append(url.toLocalFile())  # type: ignore[assignment]
    vt.documents.itemDoubleClicked.emit(vt.documents.item(0))
    assert len(opened) == 1 and Path(opened[0]).read_bytes().startswith(b"%PDF")
    pdf = tmp_path / "mva.pdf"
    vt.ask_file = lambda _s: str(pdf)
    qtbot.mouseClick(vt.pdf_button, LEFT)
    assert pdf.read_bytes().startswith(b"%PDF")
    # preview (issue 18 item 5): the same PDF in QtPdf's view, with page number and print date
    qtbot.mouseClick(vt.preview_button, LEFT)
    assert vt.preview is not None and vt.preview.document.pageCount() == 1
    shown = vt.preview.document.getAllText(0).text()
    assert "Side 1 av 1" in shown and f"Utskrevet {date.today():%d.%m.%Y}" in shown


def test_history_from_before_the_books_is_posted_by_the_button(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    seed(store, 1)
    with store.session() as s:
        invoices.new_invoice(s, 1001, [("MEDLEM", 1, None)], invoice_date=date(YEAR, 2, 1))
    with store.session() as s:  # as in a store from before the books
        s.execute(text("DELETE FROM voucher_line"))
        s.execute(text("DELETE FROM voucher"))
    page = _page(qtbot, store)
    page.tabs.setCurrentWidget(page.vouchers)
    assert page.vouchers.model.rows == [] and "Ingen bilag ennå: 1 fakturaer" in page.vouchers.summary.text()
    page.tabs.setCurrentWidget(page.chart)
    qtbot.mouseClick(page.chart.backfill_button, LEFT)
    assert page.chart.info_box is not None and "1 bilag bokført" in page.chart.info_box.text()
    page.tabs.setCurrentWidget(page.vouchers)
    assert len(page.vouchers.model.rows) == 1 and page.vouchers.summary.text() == "1 bilag"
