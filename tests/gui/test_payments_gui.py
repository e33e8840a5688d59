"""Innbetalinger page, clicked like a user would: import, queue, accept, pick, split, credit,
undo, reskontro from another page's request, aging chart and exports, broken files."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QImage
from PySide6.QtWidgets import QDialogButtonBox

from kontopronto_desktop.core.store import Store
from kontopronto_desktop.ui.context import AppContext
from kontopronto_desktop.ui.payments import page as payments_page
from tests.payments_support import get, invoice, seed_members, stored_status

LEFT = Qt.MouseButton.LeftButton
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "payments"
NAMES = ["Kari Hansen", "Per Olsen", "Anne Berg", "Jon Pedersen"]


def _page(qtbot, store: Store) -> payments_page.PaymentsPage:  # type: ignore[no-untyped-def]
    page = payments_page.create_page(AppContext(store))
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    return page  # type: ignore[return-value]


def _import(qtbot, page: payments_page.PaymentsPage, path: Path) -> None:  # type: ignore[no-untyped-def]
    page.import_tab.choose_file = lambda: str(path)
    page.import_tab.last_summary = None
    qtbot.mouseClick(page.import_tab.pick_button, LEFT)
    qtbot.waitUntil(lambda: not page.import_tab.importing, timeout=15_000)


def _ok(dialog) -> None:  # type: ignore[no-untyped-def]
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_import_queue_accept_and_undo(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    seed_members(store, NAMES)
    for c, amount in ((1001, 45_000), (1002, 30_000), (1003, 50_000), (1004, 45_000)):
        invoice(store, c, amount)
    page = _page(qtbot, store)
    assert page.import_tab.queue_model.rowCount() == 0
    _import(qtbot, page, FIXTURES / "camt054_several_kids.xml")
    summary = page.import_tab.summary.text().replace("\xa0", " ").replace("\u202f", " ")
    assert "4 innbetalinger importert, 1 800,50 kr" in summary and "stemmer på øret" in summary
    assert page.import_tab.last_summary is not None and page.import_tab.last_summary.unmatched_count == 1
    qtbot.waitUntil(lambda: page.import_tab.queue_model.rowCount() == 1, timeout=5_000)
    page.import_tab.queue.selectRow(0)
    assert page.import_tab.suggestion_model.rowCount() >= 1
    assert page.import_tab.suggestion_model.data(page.import_tab.suggestion_model.index(0, 0)) == "4"
    assert "Faktura 4" in page.import_tab.queue_model.data(page.import_tab.queue_model.index(0, 6))
    qtbot.mouseClick(page.import_tab.accept_button, LEFT)  # one click
    qtbot.waitUntil(lambda: page.import_tab.queue_model.rowCount() == 0, timeout=10_000)
    assert get(store, 4).remaining_ore == 0 and stored_status(store, 4) == "betalt"
    # undo from the list of all payments
    page.tabs.setCurrentIndex(1)
    row = next(i for i, p in enumerate(page.list_tab.payments_model.rows) if p.allocations and p.allocations[0].invoice_number == 4)
    page.list_tab.payments.selectRow(row)
    page.list_tab.confirm = lambda _text: True
    qtbot.mouseClick(page.list_tab.undo_button, LEFT)
    assert stored_status(store, 4) == "sendt"
    page.tabs.setCurrentIndex(0)  # a hidden tab is rebuilt when it is shown again
    qtbot.waitUntil(lambda: page.import_tab.queue_model.rowCount() == 1, timeout=10_000)
    # the same file again: nothing twice
    _import(qtbot, page, FIXTURES / "camt054_several_kids.xml")
    assert "importert før" in page.import_tab.summary.text()


def test_pick_split_credit_and_ledger_request(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    seed_members(store, NAMES)
    for c, amount in ((1001, 45_000), (1002, 30_000), (1003, 50_000)):
        invoice(store, c, amount)
    csv = ("Dato;Tekst;Beløp;Ref\n03.02.2026;betaling;200,00;R1\n03.02.2026;familien;800,00;R2\n"
           "03.02.2026;gave;50,00;R3\n").encode()
    path = Path(store.path).with_name("bank.csv")
    path.write_bytes(csv)
    page = _page(qtbot, store)
    page.import_tab.choose_file = lambda: str(path)
    qtbot.mouseClick(page.import_tab.pick_button, LEFT)
    mapping = page.import_tab.dialog
    assert isinstance(mapping, payments_page.CsvMappingDialog)
    assert mapping.combos["date"].currentData() == "Dato" and mapping.combos["amount"].currentData() == "Beløp"
    mapping.combos["reference"].setCurrentIndex(mapping.combos["reference"].findData("Ref"))
    _ok(mapping)
    qtbot.waitUntil(lambda: page.import_tab.queue_model.rowCount() == 3, timeout=15_000)
    amounts = [q.payment.amount_ore for q in page.import_tab.queue_model.rows]
    # manual pick: 200.00 against invoice 3 (500.00) -> partly paid
    page.import_tab.queue.selectRow(amounts.index(20_000))
    qtbot.mouseClick(page.import_tab.pick_invoice_button, LEFT)
    pick = page.import_tab.dialog
    qtbot.keyClicks(pick.search, "Anne")
    assert pick.model.rowCount() == 1
    pick.table.selectRow(0)
    assert pick.amount.text().replace("\xa0", " ") == "200,00"
    _ok(pick)
    assert stored_status(store, 3) == "delvis_betalt" and get(store, 3).remaining_ore == 30_000
    # split 800.00 over invoices 1 and 2, the rest (50.00) stays as credit
    qtbot.waitUntil(lambda: page.import_tab.queue_model.rowCount() == 2, timeout=10_000)
    amounts = [q.payment.amount_ore for q in page.import_tab.queue_model.rows]
    page.import_tab.queue.selectRow(amounts.index(80_000))
    qtbot.mouseClick(page.import_tab.split_button, LEFT)
    split = page.import_tab.dialog
    for number, amount in (("1", "450"), ("2", "300")):
        split.search.setText(number)
        row = next(i for i, r in enumerate(split.model.rows) if r["number"] == int(number))
        split.table.selectRow(row)
        split.amount.setText(amount)
        qtbot.mouseClick(split.add_button, LEFT)
    assert split.part_list.count() == 2 and "50,00" in split.rest.text()
    _ok(split)
    assert split.result_view is not None and split.result_view.unallocated_ore == 5_000
    assert stored_status(store, 1) == "betalt" and stored_status(store, 2) == "betalt"
    # leave the last one (50.00) on member 1003's account
    qtbot.waitUntil(lambda: page.import_tab.queue_model.rowCount() == 1, timeout=10_000)
    page.import_tab.queue.selectRow(0)
    page.import_tab.ask_customer = lambda: 1003
    qtbot.mouseClick(page.import_tab.credit_button, LEFT)
    qtbot.waitUntil(lambda: page.import_tab.queue_model.rowCount() == 0, timeout=10_000)
    # another page asks for a member's reskontro
    page.tabs.setCurrentIndex(0)
    page.ctx.member_ledger_requested.emit(1003)
    assert page.tabs.currentIndex() == 2
    kinds = [ln.kind for ln in page.ledger_tab.ledger_model.rows]
    assert kinds == ["faktura", "innbetaling", "innbetaling"]
    title = page.ledger_tab.ledger_title.text().replace("\xa0", " ").replace("\u202f", " ")
    assert "Anne Berg" in title and "250,00" in title  # 500 - 200 - 50 credit


def test_aging_chart_export_and_broken_file(qtbot, store: Store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    seed_members(store, NAMES)
    invoice(store, 1001, 45_000, invoice_date=date(2026, 1, 1), due_date=date(2026, 1, 15))
    invoice(store, 1002, 30_000, invoice_date=date(2026, 3, 1), due_date=date(2026, 3, 31))
    page = _page(qtbot, store)
    page.tabs.setCurrentIndex(3)
    page.aging_tab.aging_date.setDate(page.aging_tab.aging_date.date().fromString("2026-03-31", "yyyy-MM-dd"))
    qtbot.waitUntil(lambda: not page.aging_tab.busy, timeout=10_000)  # computed on the thread pool
    assert page.aging_tab.chart.values == (30_000, 0, 0, 45_000, 0)  # 31.03: 75 days overdue -> 61-90
    assert page.aging_tab.aging_model.rowCount() == 3  # two members and the sum
    assert page.aging_tab.aging_model.data(page.aging_tab.aging_model.index(2, 1)) == "Sum"
    # the reminder stage (Purretrinn) stands before Sum, Kreditt and Saldo
    assert [page.aging_tab.aging_model.headerData(c, Qt.Orientation.Horizontal) for c in (7, 8, 9, 10)] == [
        "Purretrinn", "Sum", "Kreditt", "Saldo"]
    assert page.aging_tab.aging_model.data(page.aging_tab.aging_model.index(2, 10)).replace("\xa0", " ") == "750,00"
    assert "saldo 750,00 kr" in page.aging_tab.aging_total.text().replace("\xa0", " ")
    image = QImage(page.aging_tab.chart.size(), QImage.Format.Format_RGB32)
    page.aging_tab.chart.render(image)
    rects = page.aging_tab.chart.bar_rects()
    assert rects[3].height() > rects[0].height() > 0 and rects[1].height() == 0
    center = rects[3].center()
    assert image.pixelColor(int(center.x()), int(center.y())).name() == payments_page.AgingChart.COLORS[3]
    page.aging_tab.choose_save = lambda name, _flt: str(tmp_path / name)
    qtbot.mouseClick(page.aging_tab.xlsx_button, LEFT)
    ws = load_workbook(tmp_path / "aldersfordeling-2026-03-31.xlsx")["Aldersfordeling"]
    assert ws["B4"].value == "Kari Hansen"
    qtbot.mouseClick(page.aging_tab.pdf_button, LEFT)
    assert (tmp_path / "aldersfordeling-2026-03-31.pdf").read_bytes().startswith(b"%PDF")
    # a damaged file dropped on the page: a message naming the line, nothing booked
    page.tabs.setCurrentIndex(0)
    broken = tmp_path / "avkortet.xml"
    data = (FIXTURES / "camt054_several_kids.xml").read_bytes()
    broken.write_bytes(data[: len(data) // 3])
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(broken))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, LEFT, Qt.KeyboardModifier.NoModifier)
    page.dropEvent(event)
    qtbot.waitUntil(lambda: page.import_tab.error_box is not None, timeout=15_000)
    assert "linje" in page.import_tab.error_box.text() and "Ingenting er bokført" in page.import_tab.error_box.text()
    assert page.import_tab.queue_model.rowCount() == 0


def test_read_only_role_cannot_import(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    store.role = "read_only"
    page = _page(qtbot, store)
    assert not page.import_tab.pick_button.isEnabled()
    assert "kan ikke bokføre" in page.import_tab.drop_label.text()
