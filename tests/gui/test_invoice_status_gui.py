"""Fakturaer shows the one status model: payment, overdue and delivery in their own columns."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt

from kontopronto_desktop.core.store import Store
from kontopronto_desktop.ui.context import AppContext
from kontopronto_desktop.ui.invoices import page as invoices_page
from tests.payments_support import invoice, pay, seed_members


def _column(page: invoices_page.InvoicesPage, number: int, header: str) -> str:
    col = page.model.HEADERS.index(header)
    row = next(i for i, r in enumerate(page.model.rows) if r.number == number)
    return str(page.model.index(row, col).data())


def test_a_partly_paid_invoice_three_days_late_says_both(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    seed_members(store, ["Kari Nordmann", "Ola Nordmann"])
    today = date.today()
    late = invoice(store, 1001, 100_000, invoice_date=today - timedelta(days=20), due_date=today - timedelta(days=3))
    on_time = invoice(store, 1002, 50_000, invoice_date=today - timedelta(days=5), due_date=today)
    pay(store, 40_000, kid=late.kid, on=today)
    page = invoices_page.create_page(AppContext(store))
    qtbot.addWidget(page)
    page.show()
    assert "Status" not in page.model.HEADERS  # no mixed column: three separate ones
    # the list's amount is the gross total; «Beløp» on the PDF is net, so the header says which (issue 18)
    gross = page.model.HEADERS.index("Sum inkl. mva")
    assert "Beløp" not in page.model.HEADERS
    assert page.model.headerData(gross, Qt.Orientation.Horizontal) == "Sum inkl. mva"
    assert _column(page, late.number or 0, "Sum inkl. mva").replace("\u00a0", " ") == "1 000,00"
    assert _column(page, late.number or 0, "Betaling") == "Delvis betalt"
    assert _column(page, late.number or 0, "Forfalt") == "Forfalt 3 dager"
    assert _column(page, late.number or 0, "Levering") == "Ikke sendt (til utskrift)"  # no e-mail address
    assert _column(page, on_time.number or 0, "Betaling") == "Ubetalt"
    assert _column(page, on_time.number or 0, "Forfalt") == ""  # the due day itself is not overdue
    page.select_number(late.number or 0)
    detail = page.detail.toPlainText()
    assert "Betaling: Delvis betalt" in detail and "Forfalt 3 dager" in detail and "Sendt" not in detail
    filters = [page.status_filter.itemText(i) for i in range(page.status_filter.count())]
    assert "Sendt" not in filters and "Ubetalt" in filters  # the filter speaks the model too
    page.status_filter.setCurrentIndex(page.status_filter.findData("delvis_betalt"))
    assert [r.number for r in page.model.rows] == [late.number]
    page.status_filter.setCurrentIndex(page.status_filter.findData("forfalt"))
    assert [r.number for r in page.model.rows] == [late.number]


def test_mark_a_paper_invoice_as_printed(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    seed_members(store, ["Kari Nordmann"])
    inv = invoice(store, 1001, 45_000, invoice_date=date.today(), due_date=date.today() + timedelta(days=14))
    page = invoices_page.create_page(AppContext(store))
    qtbot.addWidget(page)
    page.show()
    assert not page.printed_button.isEnabled()  # nothing selected
    page.select_number(inv.number or 0)
    assert page.printed_button.isEnabled()
    qtbot.mouseClick(page.printed_button, Qt.MouseButton.LeftButton)
    assert _column(page, inv.number or 0, "Levering") == "Skrevet ut"
    assert "merket som skrevet ut" in page.message.text() and not page.printed_button.isEnabled()
