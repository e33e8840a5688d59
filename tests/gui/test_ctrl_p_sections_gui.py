"""Ctrl+P in the main window (issue 18 items 4 and 5): in every section that shows a document or a
report the key opens its preview (where Ctrl+P prints), not only in Fakturaer; the section menu shows
Ctrl+P beside the button it clicks; where there is nothing to print the status bar says so."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from kontopronto_desktop.core.collection import runs
from kontopronto_desktop.core.store import Store
from kontopronto_desktop.ui import main_window
from kontopronto_desktop.ui.widgets.pdf_preview import PdfPreviewDialog
from tests.collection_support import DUE, charge_everything
from tests.payments_support import invoice, seed_members

CTRL = Qt.KeyboardModifier.ControlModifier
ON = DUE + timedelta(days=14)


@pytest.fixture
def window(qtbot, store: Store) -> main_window.MainWindow:  # type: ignore[no-untyped-def]
    seed_members(store, ["Kari Hansen", "Per Olsen"])
    for i in range(2):
        invoice(store, 1001 + i, 45_000, invoice_date=date(2025, 1, 10), due_date=DUE)
    charge_everything(store)
    with store.session() as s:
        runs.issue_run(s, ON)
    win = main_window.MainWindow(store)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def _ctrl_p(qtbot, win: main_window.MainWindow) -> None:  # type: ignore[no-untyped-def]
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    qtbot.keyClick(win, Qt.Key.Key_P, CTRL)


def _menu(win: main_window.MainWindow) -> list[str]:
    win.section_menu.aboutToShow.emit()
    return [a.text() for a in win.section_menu.actions() if not a.isSeparator()]


def test_ctrl_p_previews_the_reminder_the_statement_and_the_aging_report(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    page = window.show_section("reminders")
    tab = page.issued_tab
    qtbot.waitUntil(lambda: not tab.busy)  # read on the thread pool
    assert tab.model.rowCount() >= 1
    # a chosen reminder: Ctrl+P shows that letter, and the menu says so
    tab.table.selectRow(0)
    first = tab.model.rows[0]
    assert f"{tab.reminder_preview_button.text()}\tCtrl+P" in _menu(window)
    _ctrl_p(qtbot, window)
    qtbot.waitUntil(lambda: tab.preview is not None)
    assert isinstance(tab.preview, PdfPreviewDialog) and tab.preview.file_name == f"purring-{first.number}.pdf"
    tab.preview.close()
    tab.preview = None

    # Kontoutskrift: the chosen member's statement
    page.tabs.setCurrentWidget(page.statement_tab)
    page.statement_tab.statement_member.setValue(1001)
    page.statement_tab.statement_date.setDate(QDate(ON.year, ON.month, ON.day))
    assert f"{page.statement_tab.statement_preview.text()}\tCtrl+P" in _menu(window)
    _ctrl_p(qtbot, window)
    qtbot.waitUntil(lambda: page.statement_tab.preview is not None)
    dlg = page.statement_tab.preview
    assert dlg.document.pageCount() == 1 and "Kari Hansen" in dlg.document.getAllText(0).text()
    dlg.close()

    # Innbetalinger › Aldersfordeling: the report
    payments = window.show_section("payments")
    payments.tabs.setCurrentWidget(payments.aging_tab)
    qtbot.waitUntil(lambda: not payments.aging_tab.busy, timeout=10_000)
    _ctrl_p(qtbot, window)
    qtbot.waitUntil(lambda: payments.aging_tab.preview is not None)
    shown = payments.aging_tab.preview.document.getAllText(0).text()
    assert "Side 1 av 1" in shown and "Kari Hansen" in shown
    payments.aging_tab.preview.close()


def test_ctrl_p_where_nothing_is_printed_says_so_and_fakturaer_keeps_its_own(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.show_section("members")
    assert window.print_action.isEnabled()
    _ctrl_p(qtbot, window)
    assert "Ingenting å skrive ut her" in window.statusBar().currentMessage()
    assert QApplication.activeModalWidget() is None
    # Fakturaer handles Ctrl+P itself (the chosen invoices); the window's is off so the key is not ambiguous
    window.show_section("invoices")
    assert not window.print_action.isEnabled()
    assert "Forhåndsvis og skriv ut …\tCtrl+P" in _menu(window)
    window.show_section("reminders")
    assert window.print_action.isEnabled()


def test_ctrl_p_in_regnskap_previews_the_vat_basis(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    books = window.show_section("books")
    books.tabs.setCurrentWidget(books.vat)
    assert books.vat.report is not None
    assert f"{books.vat.preview_button.text()}\tCtrl+P" in _menu(window)
    _ctrl_p(qtbot, window)
    qtbot.waitUntil(lambda: books.vat.preview is not None)
    assert "Mva-grunnlag" in books.vat.preview.windowTitle()
    books.vat.preview.close()
    # another tab of Regnskap (Kontoplan) has no document: nothing opens
    books.tabs.setCurrentWidget(books.chart)
    books.vat.preview = None
    _ctrl_p(qtbot, window)
    assert books.vat.preview is None and "Ingenting å skrive ut her" in window.statusBar().currentMessage()


def test_ctrl_n_in_purring_starts_a_reminder_run(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from kontopronto_desktop.ui.reminders.run_wizard import RunWizard

    page = window.show_section("reminders")
    assert window.new_action.isEnabled() and window.new_action.text() == "Ny purrekjøring …"
    assert "Ny purrekjøring …\tCtrl+N" in _menu(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: isinstance(getattr(page.issued_tab, "dialog", None), RunWizard)
                    and page.issued_tab.dialog.isVisible())
    page.issued_tab.dialog.reject()
