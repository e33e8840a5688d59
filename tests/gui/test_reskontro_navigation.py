"""Reskontro is reachable from the member and from the invoice, through the main window."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from kontopronto_desktop.core.invoicing import invoices
from kontopronto_desktop.core.store import Store
from kontopronto_desktop.ui import main_window
from tests.invoicing_support import seed

LEFT = Qt.MouseButton.LeftButton


def test_reskontro_from_the_member_and_from_the_invoice(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    seed(store, count=2)
    with store.session() as session:
        issued = invoices.new_invoice(session, 1002, [("MEDLEM", 1, None)], invoice_date=date(2026, 1, 10))
    window = main_window.MainWindow(store)
    qtbot.addWidget(window)
    window.show()

    members = window.show_section("members")  # the window opens on Oversikt
    assert members.select_customer(1002)
    qtbot.mouseClick(members.ledger_button, LEFT)
    assert window.current_section() == "payments"
    payments = window.pages["payments"]
    # the page did not exist before the click: it still shows the member asked for
    assert "1002" in payments.ledger_tab.ledger_title.text() and "450,00" in payments.ledger_tab.ledger_title.text()
    assert payments.tabs.tabText(payments.tabs.currentIndex()) == "Reskontro"

    window.show_section("invoices")
    page = window.pages["invoices"]
    page.select_number(issued.number)
    qtbot.mouseClick(page.ledger_button, LEFT)
    assert window.current_section() == "payments"
    assert "1002" in payments.ledger_tab.ledger_title.text()
    window.show_section("members")
    assert members.select_customer(1001)
    qtbot.mouseClick(members.ledger_button, LEFT)
    assert "1001" in payments.ledger_tab.ledger_title.text() and "saldo 0,00 kr" in payments.ledger_tab.ledger_title.text()
