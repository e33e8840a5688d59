"""The Periodelås box under Innstillinger › Regnskap with the Innbetalinger page (close, a refused undo,
reopen; hidden powers for a bookkeeper) and a large bank file cancelled from its progress dialog."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox, QPushButton
from sqlalchemy import func, select

from kontopronto_desktop.core import periods
from kontopronto_desktop.core.models.payment import BankFile, Payment
from kontopronto_desktop.core.store import Store
from kontopronto_desktop.ui.context import AppContext
from kontopronto_desktop.ui.payments import page as payments_page
from kontopronto_desktop.ui.settings import accounting
from kontopronto_desktop.ui.settings import page as settings_page
from tests.payments_support import invoice, pay, seed_members, stored_status
from tests.unit.test_payments_import_cancel import bank_csv

LEFT = Qt.MouseButton.LeftButton


def _page(qtbot, store: Store) -> payments_page.PaymentsPage:  # type: ignore[no-untyped-def]
    page = payments_page.create_page(AppContext(store))
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    return page  # type: ignore[return-value]


def _box(qtbot, page: payments_page.PaymentsPage):  # type: ignore[no-untyped-def]
    """The period lock as Innstillinger › Regnskap shows it, on the same context as the page."""
    settings = settings_page.create_page(page.ctx)
    qtbot.addWidget(settings)
    assert settings.show_tab("accounting")  # type: ignore[attr-defined]
    tab = settings.tabs.currentWidget()  # type: ignore[attr-defined]
    assert isinstance(tab, accounting.AccountingTab)
    return tab.period_box


def _plain(text: str) -> str:
    return text.replace("\xa0", " ").replace("\u202f", " ")


def test_close_refused_undo_and_reopen(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    seed_members(store, ["Kari Hansen"])
    inv = invoice(store, 1001, 45_000)
    pid = pay(store, 45_000, kid=inv.kid, on=date(2026, 1, 15))
    page = _page(qtbot, store)
    box = _box(qtbot, page)
    assert box.status.text() == "Ingen periode er lukket." and not box.reopen_button.isEnabled()
    box.confirm = lambda _text: True
    box.through.setDate(QDate(2026, 1, 15))
    qtbot.mouseClick(box.close_button, LEFT)
    assert "Lukket til og med 15.01.2026" in box.status.text() and box.reopen_button.isEnabled()
    assert box.error_box is None  # nothing left in the period: no message
    with store.session() as s:
        assert periods.closed_through(s) == date(2026, 1, 15)
    # undo of the KID match booked on the closed day is refused with the Norwegian message
    page.tabs.setCurrentIndex(1)
    page.list_tab.payments.selectRow(next(i for i, p in enumerate(page.list_tab.payments_model.rows) if p.id == pid))
    page.list_tab.confirm = lambda _text: True
    qtbot.mouseClick(page.list_tab.undo_button, LEFT)
    assert page.list_tab.error_box is not None and page.list_tab.error_box.isVisible()
    assert "Perioden er lukket til og med 15.01.2026" in page.list_tab.error_box.text()
    page.list_tab.error_box.close()
    assert stored_status(store, inv.number or 0) == "betalt"
    qtbot.mouseClick(box.reopen_button, LEFT)
    assert box.status.text() == "Ingen periode er lukket." and not box.reopen_button.isEnabled()
    page.list_tab.payments.selectRow(next(i for i, p in enumerate(page.list_tab.payments_model.rows) if p.id == pid))
    qtbot.mouseClick(page.list_tab.undo_button, LEFT)
    assert stored_status(store, inv.number or 0) == "sendt"


def test_a_bookkeeper_sees_the_lock_but_cannot_move_it(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    with store.session() as s:
        periods.close_period(s, date(2025, 12, 31))
    store.role = "bookkeeper"
    page = _page(qtbot, store)
    box = _box(qtbot, page)
    assert "Lukket til og med 31.12.2025" in box.status.text()
    assert not box.close_button.isEnabled() and not box.reopen_button.isEnabled() and not box.through.isEnabled()


def test_cancel_a_large_import_from_its_progress_dialog(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    path = Path(store.path).with_name("stor.csv")
    path.write_bytes(bank_csv(40_000, []))
    page = _page(qtbot, store)
    page.import_tab.choose_file = lambda: str(path)
    qtbot.mouseClick(page.import_tab.pick_button, LEFT)
    mapping = page.import_tab.dialog
    assert isinstance(mapping, payments_page.CsvMappingDialog)
    mapping.combos["reference"].setCurrentIndex(mapping.combos["reference"].findData("Ref"))
    mapping.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert page.import_tab.importing and page.import_tab.progress is not None
    assert not page.import_tab.progress.isVisible()  # not at once: only after ~600 ms
    qtbot.waitUntil(lambda: page.import_tab.progress is not None and page.import_tab.progress.isVisible(), timeout=10_000)
    assert page.import_tab.importing
    qtbot.mouseClick(page.import_tab.progress.findChild(QPushButton), LEFT)  # "Avbryt"
    qtbot.waitUntil(lambda: not page.import_tab.importing, timeout=30_000)
    assert "Importen ble avbrutt" in _plain(page.import_tab.summary.text()) and page.import_tab.error_box is None
    assert page.import_tab.pick_button.isEnabled()
    assert not hasattr(page.import_tab, "period_box")  # moved to Innstillinger › Regnskap
    with store.session() as s:
        assert s.scalar(select(func.count(Payment.id))) == 0 and s.scalar(select(func.count(BankFile.id))) == 0
    assert page.import_tab.queue_model.rowCount() == 0


def test_closing_tells_what_is_left_in_the_period(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    seed_members(store, ["Kari Hansen"])
    pay(store, 12_300, text="ukjent", on=date(2025, 12, 20))
    page = _page(qtbot, store)
    box = _box(qtbot, page)
    box.confirm = lambda _text: True
    box.through.setDate(QDate(2025, 12, 31))
    qtbot.mouseClick(box.close_button, LEFT)
    assert box.error_box is not None and box.error_box.isVisible()
    assert "1 innbetaling fra perioden er ikke matchet" in box.error_box.text()
    # a second close further back is refused with the core's message
    box.error_box.close()
    box.through.setDate(QDate(2025, 6, 30))
    qtbot.mouseClick(box.close_button, LEFT)
    assert "allerede lukket til og med 31.12.2025" in box.error_box.text()
