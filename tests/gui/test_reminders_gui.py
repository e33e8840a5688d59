"""Purring page: the run wizard (date, preview, run; cancel writes nothing), holds, hand-over, rates."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QPushButton, QWizard
from sqlalchemy import func, select

from kontopronto_desktop.core.collection import runs
from kontopronto_desktop.core.collection.settings import get_collection_settings
from kontopronto_desktop.core.models.collection import Reminder
from kontopronto_desktop.core.store import Store
from kontopronto_desktop.ui.context import AppContext
from kontopronto_desktop.ui.reminders import page as reminders_page
from tests.collection_support import DUE, charge_everything
from tests.payments_support import invoice, seed_members

LEFT = Qt.MouseButton.LeftButton
ON = DUE + timedelta(days=14)


def _page(qtbot, store: Store) -> reminders_page.RemindersPage:  # type: ignore[no-untyped-def]
    page = reminders_page.create_page(AppContext(store))
    qtbot.addWidget(page)
    page.show()
    return page  # type: ignore[return-value]


def _seed(store: Store) -> list[int]:
    seed_members(store, ["Kari Hansen", "Per Olsen", "Ola Berg"])
    numbers = [invoice(store, 1001 + i, 45_000, invoice_date=date(2025, 1, 10), due_date=DUE).number or 0
               for i in range(3)]
    charge_everything(store)
    return numbers


def _count(store: Store) -> int:
    with store.session() as s:
        return int(s.scalar(select(func.count()).select_from(Reminder)) or 0)


def test_run_wizard_preview_then_run_and_hold(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    numbers = _seed(store)
    page = _page(qtbot, store)
    page.tabs.setCurrentIndex(1)
    page.holds_tab.hold_invoice.setValue(numbers[2])
    page.holds_tab.hold_until.setDate(QDate(2025, 3, 31))
    page.holds_tab.hold_reason.setText("tvist om beløpet")
    qtbot.mouseClick(page.holds_tab.hold_button, LEFT)
    assert page.holds_tab.holds_model.rowCount() == 1 and "stanset" in page.message.text()
    page.tabs.setCurrentIndex(0)
    qtbot.mouseClick(page.issued_tab.run_button, LEFT)
    wizard = page.issued_tab.dialog
    assert isinstance(wizard, reminders_page.RunWizard)
    wizard.run_date.setDate(QDate(ON.year, ON.month, ON.day))
    wizard.next()
    qtbot.waitUntil(lambda: not wizard.planning)  # the plan is computed on the thread pool
    text = wizard.preview_label.text()
    assert "2 brev" in text and "gebyr 70,00 kr" in text and "Ingenting er lagret" in text
    assert wizard.sample.count() == 2 and wizard.held.count() == 1 and "tvist" in wizard.held.item(0).text()
    assert _count(store) == 0
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), LEFT)
    qtbot.waitUntil(lambda: wizard.result_data is not None, timeout=15_000)
    assert "Laget 2 purringer (1–2)" in page.message.text()
    qtbot.waitUntil(lambda: page.issued_tab.model.rowCount() == 2, timeout=5_000)
    assert page.issued_tab.model.data(page.issued_tab.model.index(0, 1)) == "Purring"


def test_cancelled_run_writes_nothing(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    _seed(store)
    page = _page(qtbot, store)
    page.issued_tab.open_run_wizard()
    wizard = page.issued_tab.dialog
    assert wizard is not None
    wizard.run_date.setDate(QDate(ON.year, ON.month, ON.day))
    wizard.next()
    qtbot.waitUntil(lambda: not wizard.planning)  # the plan is computed on the thread pool
    # another writer holds the store, so the run waits for its turn while the user presses Avbryt
    blocker = store.engine.connect()
    blocker.begin()
    blocker.exec_driver_sql("UPDATE setting SET value = value")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), LEFT)
    assert wizard.progress is not None
    qtbot.mouseClick(wizard.progress.findChild(QPushButton), LEFT)  # "Avbryt"
    blocker.rollback()
    blocker.close()
    qtbot.waitUntil(lambda: "avbrutt" in page.message.text(), timeout=15_000)
    assert _count(store) == 0 and wizard.result_data is None


def test_missing_rate_shows_in_preview(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    _seed(store)
    page = _page(qtbot, store)
    page.issued_tab.open_run_wizard()
    wizard = page.issued_tab.dialog
    assert wizard is not None
    wizard.run_date.setDate(QDate(2026, 3, 1))
    wizard.next()
    qtbot.waitUntil(lambda: not wizard.planning)  # the plan is computed on the thread pool
    assert "Mangler forsinkelsesrenten" in wizard.preview_label.text() and "rates add" in wizard.preview_label.text()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), LEFT)
    assert _count(store) == 0


def test_rates_settings_and_handover_export(qtbot, store: Store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _seed(store)
    with store.session() as s:
        runs.issue_run(s, ON)
        runs.issue_run(s, ON + timedelta(days=14))
    page = _page(qtbot, store)
    page.tabs.setCurrentIndex(4)
    assert page.rates_tab.fees_box.isChecked()
    page.rates_tab.varsel_box.setChecked(False)
    page.rates_tab.plan_choice.setCurrentIndex(1)
    qtbot.mouseClick(page.rates_tab.save_settings_button, LEFT)
    with store.session() as s:
        cfg = get_collection_settings(s)
        assert cfg.send_inkassovarsel is False and cfg.plan == ("purring", "purring", "inkassovarsel")
    page.rates_tab.rate_kind.setCurrentIndex(page.rates_tab.rate_kind.findData("inkassosats"))
    page.rates_tab.rate_from.setDate(QDate(2026, 1, 1))
    page.rates_tab.rate_value.setText("abc")
    qtbot.mouseClick(page.rates_tab.add_rate_button, LEFT)
    assert "ikke et tall" in page.message.text()
    page.rates_tab.rate_value.setText("750")
    qtbot.mouseClick(page.rates_tab.add_rate_button, LEFT)
    assert page.rates_tab.rates_model.rowCount() == 4
    assert page.rates_tab.plan_choice.currentIndex() == 1  # shown as stored
    page.rates_tab.varsel_box.setChecked(True)
    page.rates_tab.plan_choice.setCurrentIndex(0)
    qtbot.mouseClick(page.rates_tab.save_settings_button, LEFT)
    # the hand-over list is judged at today's date: the 2025 claims are long past their deadline
    page.tabs.setCurrentWidget(page.handover_tab)
    qtbot.waitUntil(lambda: not page.handover_tab.busy)  # read on the thread pool
    assert page.handover_tab.handover_model.rowCount() == 3
    page.handover_tab.export_handover(str(tmp_path / "inkasso.csv"))
    assert "merket overlevert" in page.message.text()
    qtbot.waitUntil(lambda: not page.handover_tab.busy)
    assert page.handover_tab.handover_model.rowCount() == 0


def test_statement_tab_shows_and_saves(qtbot, store: Store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _seed(store)
    with store.session() as s:
        runs.issue_run(s, ON)
    page = _page(qtbot, store)
    page.tabs.setCurrentIndex(3)
    page.statement_tab.statement_member.setValue(1001)
    page.statement_tab.statement_date.setDate(QDate(ON.year, ON.month, ON.day))
    qtbot.mouseClick(page.statement_tab.statement_show, LEFT)
    assert page.statement_tab.statement_model.rowCount() == 2  # the invoice, and its fee and interest
    assert page.statement_tab.statement_total.text() == "Saldo per 14.02.2025: 487,16 kr"
    page.statement_tab.save_statement(str(tmp_path / "k.pdf"))
    assert (tmp_path / "k.pdf").read_bytes().startswith(b"%PDF")
    page.statement_tab.statement_member.setValue(4711)  # no such member: the picker says so and nothing is shown
    assert "Fant ikke kundenr. 4711" in page.statement_tab.statement_member.card.text()
    qtbot.mouseClick(page.statement_tab.statement_show, LEFT)
    assert "Velg et medlem" in page.message.text()


def test_a_run_reaches_the_til_inkasso_tab_through_the_context_when_it_is_shown(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    """The run tab never touches the hand-over tab: it says «invoices» changed (AppContext.changed);
    the hidden Til inkasso tab only marks itself stale and reads the store when the user opens it."""
    _seed(store)
    with store.session() as s:
        runs.issue_run(s, ON)  # a first purring: nothing to hand over yet
    page = _page(qtbot, store)
    others = (page.holds_tab, page.handover_tab, page.statement_tab, page.rates_tab)
    assert page.issued_tab.stale_refresh.runs == 1 and [t.stale_refresh.runs for t in others] == [0, 0, 0, 0]
    page.tabs.setCurrentWidget(page.handover_tab)
    qtbot.waitUntil(lambda: not page.handover_tab.busy)  # read on the thread pool
    assert page.handover_tab.stale_refresh.runs == 1 and page.handover_tab.handover_model.rowCount() == 0
    page.tabs.setCurrentWidget(page.issued_tab)
    qtbot.mouseClick(page.issued_tab.run_button, LEFT)
    wizard = page.issued_tab.dialog
    assert wizard is not None
    second = ON + timedelta(days=14)  # the inkassovarsel; judged at today's date its deadline is long past
    wizard.run_date.setDate(QDate(second.year, second.month, second.day))
    wizard.next()
    qtbot.waitUntil(lambda: not wizard.planning)  # the plan is computed on the thread pool
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), LEFT)
    qtbot.waitUntil(lambda: wizard.result_data is not None, timeout=15_000)
    assert "Laget 3 purringer" in page.message.text()
    qtbot.waitUntil(lambda: page.issued_tab.model.rowCount() == 6, timeout=5_000)  # the tab seen follows at once
    handover = page.handover_tab
    assert handover.stale_refresh.stale and handover.stale_refresh.runs == 1 and handover.handover_model.rowCount() == 0
    page.tabs.setCurrentWidget(handover)
    assert not handover.stale_refresh.stale and handover.stale_refresh.runs == 2
    qtbot.waitUntil(lambda: not handover.busy)
    assert handover.handover_model.rowCount() == 3
    assert page.statement_tab.stale_refresh.runs == 0  # never shown, never read
