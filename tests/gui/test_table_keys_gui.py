"""Keys, multi-select and remembered layout of the Medlemmer and Fakturaer lists (the table kit on real pages)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller
from openpyxl import load_workbook
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from kontopronto_desktop.core import members, products
from kontopronto_desktop.core.demo import add_members_bulk, demo_member_rows
from kontopronto_desktop.core.invoicing import batch, credit, invoices
from kontopronto_desktop.core.invoicing.email import save_email_settings
from kontopronto_desktop.core.store import Store
from kontopronto_desktop.ui.context import AppContext
from kontopronto_desktop.ui.invoices import page as invoices_page
from kontopronto_desktop.ui.members import page as members_page
from kontopronto_desktop.ui.members.dialog import MemberDialog
from kontopronto_desktop.ui.members.model import PAGE
from kontopronto_desktop.ui.products import page as products_page
from kontopronto_desktop.ui.widgets.table_kit import kit_of
from tests.gui.test_admin_gui import smtp  # noqa: F401  (the real aiosmtpd server fixture)
from tests.gui.test_foundation_gui import _messagebox_click, when_modal
from tests.invoicing_support import seed


def _page(qtbot: QtBot, store: Store) -> members_page.MembersPage:
    page = members_page.create_page(AppContext(store))
    qtbot.addWidget(page)
    page.resize(1000, 500)
    page.show()
    assert isinstance(page, members_page.MembersPage)
    return page


def _three(store: Store) -> None:
    with store.session() as session:
        for name, city in (("Berit Berg", "Bergen"), ("Anne Aas", "Oslo"), ("Cato Carlsen", "Tromsø")):
            members.create_member(session, {"name": name, "city": city})


def test_enter_opens_the_member_and_delete_asks_first(qtbot: QtBot, store: Store) -> None:
    _three(store)
    page = _page(qtbot, store)
    page.table.selectRow(0)
    page.table.setFocus()
    seen: list[str] = []

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, MemberDialog)
        seen.append(dialog.name.text())
        dialog.reject()

    when_modal(MemberDialog, look)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert seen == ["Anne Aas"]

    asked: list[str] = []


    when_modal(QMessageBox, _messagebox_click(QMessageBox.StandardButton.No, asked))
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    with store.session() as session:
        assert members.count_members(session) == 3
    page.table.selectRow(0)
    when_modal(QMessageBox, _messagebox_click(QMessageBox.StandardButton.Yes, asked))
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert len(asked) == 2 and "Anne Aas" in asked[1]
    with store.session() as session:
        assert members.count_members(session) == 2
        assert members.count_members(session, "Anne Aas") == 0


def test_ctrl_c_copies_the_member_row(qtbot: QtBot, store: Store) -> None:
    _three(store)
    page = _page(qtbot, store)
    page.table.selectRow(1)
    page.table.setFocus()
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(page.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    cells = QGuiApplication.clipboard().text().split("\t")
    assert "Berit Berg" in cells and "Bergen" in cells
    assert len(cells) == page.model.columnCount()


def test_widths_order_and_sort_persist_across_a_restart(qtbot: QtBot, store: Store) -> None:
    _three(store)
    page = _page(qtbot, store)
    header = page.table.horizontalHeader()
    header.resizeSection(0, 141)
    header.moveSection(3, 0)
    page.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: page.model.data(page.model.index(0, 1)) == "Cato Carlsen", timeout=3000)
    page.close()
    qtbot.wait(10)

    again = _page(qtbot, store)
    header = again.table.horizontalHeader()
    assert header.sectionSize(0) == 141
    assert header.logicalIndex(0) == 3
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (1, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: again.model.data(again.model.index(0, 1)) == "Cato Carlsen", timeout=3000)


def _invoices_page(qtbot: QtBot, store: Store, count: int) -> invoices_page.InvoicesPage:
    page = invoices_page.create_page(AppContext(store))
    qtbot.addWidget(page)
    page.show()
    assert isinstance(page, invoices_page.InvoicesPage)
    qtbot.waitUntil(lambda: page.model.rowCount() == count, timeout=5_000)
    return page


def _choose(page: invoices_page.InvoicesPage, rows: list[int]) -> None:
    flags = page.table.selectionModel().SelectionFlag
    page.table.clearSelection()
    for row in rows:
        page.table.selectionModel().select(page.model.index(row, 0), flags.Select | flags.Rows)


def test_select_three_invoices_and_send_them_with_one_confirmation(
        qtbot: QtBot, store: Store, smtp: tuple[Controller, Any]) -> None:  # noqa: F811
    controller, recorder = smtp
    seed(store, count=6)
    with store.session() as s:
        save_email_settings(s, {"host": "127.0.0.1", "port": controller.port, "security": "none",
                                "sender_address": "faktura@testlaget.no"})
        batch.run_batch(s, date(2026, 3, 1))
    page = _invoices_page(qtbot, store, 6)
    with_email = [i for i, r in enumerate(page.model.rows) if r.buyer_email][:3]
    assert len(with_email) == 3
    _choose(page, with_email)
    asked: list[str] = []
    when_modal(QMessageBox, _messagebox_click(QMessageBox.StandardButton.Yes, asked))
    qtbot.mouseClick(page.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.last_send is not None, timeout=15_000)
    assert asked == ["Sende 3 valgte fakturaer på e-post?"]
    assert len(page.last_send.sent) == 3 and "Sendt: 3" in page.message.text()
    assert len(recorder.messages) == 3


def test_enter_opens_the_invoice_pdf(qtbot: QtBot, store: Store) -> None:
    seed(store, count=2)
    with store.session() as s:
        batch.run_batch(s, date(2026, 3, 1))
    page = _invoices_page(qtbot, store, 2)
    opened: list[QUrl] = []
    page.open_url = opened.append
    page.table.selectRow(0)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert len(opened) == 1 and opened[0].toLocalFile().endswith(".pdf")
    page.remove_previews()


def test_products_delete_key_asks_then_deletes(qtbot: QtBot, store: Store) -> None:
    with store.session() as s:
        products.create_product(s, {"code": "CUP", "name": "Cupavgift", "price": "200", "vat_rate": "exempt",
                                    "period": "one_off"})
    page = products_page.create_page(AppContext(store))
    qtbot.addWidget(page)
    page.show()
    assert isinstance(page, products_page.ProductsPage)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=3000)
    page.table.selectRow(0)
    page.table.setFocus()
    asked: list[str] = []


    when_modal(QMessageBox, _messagebox_click(QMessageBox.StandardButton.No, asked))
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    with store.session() as s:
        assert [p.code for p in products.list_products(s)] == ["CUP"]
    when_modal(QMessageBox, _messagebox_click(QMessageBox.StandardButton.Yes, asked))
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert len(asked) == 2 and "Cupavgift" in asked[0]
    with store.session() as s:
        assert products.list_products(s) == []


def test_credit_three_chosen_invoices_all_or_none(qtbot: QtBot, store: Store) -> None:
    seed(store, count=5)
    with store.session() as s:
        batch.run_batch(s, date(2026, 3, 1))
        credit.credit_invoice(s, 5)  # already credited in full: choosing it with others credits none
    page = _invoices_page(qtbot, store, 6)
    number_row = {r.number: i for i, r in enumerate(page.model.rows) if not r.is_credit_note}
    asked: list[str] = []


    _choose(page, [number_row[1], number_row[2], number_row[5]])
    when_modal(QMessageBox, _messagebox_click(QMessageBox.StandardButton.Yes, asked))
    qtbot.mouseClick(page.credit_button, Qt.MouseButton.LeftButton)
    assert "allerede kreditert" in page.message.text()
    with store.session() as s:
        assert sum(1 for v in invoices.list_invoices(s) if v.is_credit_note) == 1

    _choose(page, [number_row[1], number_row[2], number_row[3]])
    when_modal(QMessageBox, _messagebox_click(QMessageBox.StandardButton.No, asked))
    qtbot.mouseClick(page.credit_button, Qt.MouseButton.LeftButton)
    with store.session() as s:
        assert sum(1 for v in invoices.list_invoices(s) if v.is_credit_note) == 1

    _choose(page, [number_row[1], number_row[2], number_row[3]])
    when_modal(QMessageBox, _messagebox_click(QMessageBox.StandardButton.Yes, asked))
    qtbot.mouseClick(page.credit_button, Qt.MouseButton.LeftButton)
    assert asked[1].startswith("Kreditere 3 valgte fakturaer")
    assert "3 kreditnotaer" in page.message.text()
    with store.session() as s:
        views = {v.number: v for v in invoices.list_invoices(s)}
    assert sum(1 for v in views.values() if v.is_credit_note) == 4
    assert all(views[n].credited_ore == views[n].total_ore for n in (1, 2, 3))
    assert views[4].credited_ore == 0


def test_member_menu_has_the_page_actions_and_exports_every_page(qtbot: QtBot, store: Store,
                                                                   tmp_path: Path) -> None:
    with store.session() as s:
        add_members_bulk(s, demo_member_rows(PAGE + 50, 1001))
    page = _page(qtbot, store)
    assert page.model.rowCount() == PAGE  # the rest is read as the user scrolls
    kit = kit_of(page.table)
    assert [a.text() for a in kit.menu().actions() if a.text()] == [
        "Endre …", "Slett …", "Reskontro", "Kopier", "Eksporter til Excel …"]
    kit.choose_export_path = lambda: str(tmp_path / "medlemmer.xlsx")
    kit.export()
    sheet = load_workbook(tmp_path / "medlemmer.xlsx", read_only=True).active
    assert sum(1 for _ in sheet.iter_rows()) == PAGE + 50 + 1
