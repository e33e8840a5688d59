"""Purring › «Ny purrekjøring …»: after «Neste» the plan is computed on the thread pool (issue 19
item 1: 1.3–1.6 s of frozen window at 100 000 invoices). The preview says «Planlegger purringer …»
and «Lag purringer» is disabled until the plan is shown; a newer date wins over a plan still coming.

The real ``plan_run`` runs; the tests only hold it back at its start (an event) so the busy state
can be seen, and record the thread it ran on."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QWizard

from kontopronto_desktop.core.collection import runs
from kontopronto_desktop.core.store import Store
from kontopronto_desktop.ui.context import AppContext
from kontopronto_desktop.ui.reminders import page as reminders_page
from kontopronto_desktop.ui.reminders.run_wizard import RunWizard
from tests.collection_support import DUE, charge_everything
from tests.payments_support import invoice, seed_members

LEFT = Qt.MouseButton.LeftButton
ON = DUE + timedelta(days=14)  # the first purring is due
TOO_EARLY = DUE + timedelta(days=3)  # nothing is due yet


class HeldPlans:
    """Wraps the real ``runs.plan_run``: the first ``hold`` calls wait for ``release``; records the
    thread and the date of every call and counts the calls that returned."""

    def __init__(self, real: Callable[..., runs.RunPlan], hold: int) -> None:
        self.real = real
        self.hold = hold
        self.release = threading.Event()
        self.threads: list[threading.Thread] = []
        self.dates: list[date] = []
        self.returned = 0

    def __call__(self, session: Any, on: date | None = None, *args: Any, **kw: Any) -> runs.RunPlan:
        self.threads.append(threading.current_thread())
        self.dates.append(on or date.today())
        if len(self.dates) <= self.hold:
            assert self.release.wait(20), "the test never released the plan"
        try:
            return self.real(session, on, *args, **kw)
        finally:
            self.returned += 1


def _wizard(qtbot, store: Store) -> tuple[reminders_page.RemindersPage, RunWizard]:  # type: ignore[no-untyped-def]
    seed_members(store, ["Kari Hansen", "Per Olsen"])
    for customer in (1001, 1002):
        invoice(store, customer, 45_000, invoice_date=date(2025, 1, 10), due_date=DUE)
    charge_everything(store)
    page: reminders_page.RemindersPage = reminders_page.create_page(AppContext(store))  # type: ignore[assignment]
    qtbot.addWidget(page)
    page.show()
    qtbot.mouseClick(page.issued_tab.run_button, LEFT)
    wizard = page.issued_tab.dialog
    assert isinstance(wizard, RunWizard)
    return page, wizard  # the page is kept by the test: it owns the wizard


def _set_date(wizard: RunWizard, on: date) -> None:
    wizard.run_date.setDate(QDate(on.year, on.month, on.day))


def test_neste_shows_the_busy_line_then_the_plan_computed_off_the_gui_thread(qtbot, store: Store,
                                                                           monkeypatch) -> None:  # type: ignore[no-untyped-def]
    held = HeldPlans(runs.plan_run, hold=1)
    monkeypatch.setattr(runs, "plan_run", held)
    _page, wizard = _wizard(qtbot, store)
    _set_date(wizard, ON)
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), LEFT)
    assert wizard.currentId() == 1
    # while the plan is computed: the busy line, nothing listed, «Lag purringer» waits (Enter too)
    assert wizard.planning and wizard.preview_label.text() == "Planlegger purringer …"
    assert wizard.sample.count() == 0 and wizard.held.count() == 0
    assert finish.isVisible() and not finish.isEnabled()
    wizard.accept()  # what Enter would do: nothing while planning
    assert wizard.progress is None and wizard.plan is None
    held.release.set()
    qtbot.waitUntil(lambda: not wizard.planning, timeout=10_000)
    text = wizard.preview_label.text().replace("\xa0", " ")
    assert text.startswith("2 brev (2 purringer, 0 inkassovarsel): gebyr 70,00 kr") and "Ingenting er lagret" in text
    assert wizard.sample.count() == 2 and "Kari Hansen" in wizard.sample.item(0).text()
    assert finish.isEnabled()
    assert held.dates == [ON] and held.threads[0] is not threading.main_thread()


def test_going_back_to_another_date_the_newer_plan_wins(qtbot, store: Store, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    held = HeldPlans(runs.plan_run, hold=1)  # the first plan (two letters) is held back
    monkeypatch.setattr(runs, "plan_run", held)
    _page, wizard = _wizard(qtbot, store)
    _set_date(wizard, ON)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), LEFT)
    assert wizard.planning
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.BackButton), LEFT)
    assert wizard.currentId() == 0
    _set_date(wizard, TOO_EARLY)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), LEFT)
    assert wizard.preview_label.text() == "Planlegger purringer …"
    qtbot.waitUntil(lambda: held.returned == 1 and not wizard.planning, timeout=10_000)
    assert wizard.preview_label.text().startswith("0 brev")
    held.release.set()  # the older plan ends now; it must not replace the newer one
    qtbot.waitUntil(lambda: held.returned == 2, timeout=10_000)
    qtbot.wait(100)  # its result, if it were delivered, would arrive through the event loop
    assert held.dates == [ON, TOO_EARLY]
    assert wizard.preview_label.text().startswith("0 brev") and wizard.sample.count() == 0
    assert wizard.plan is not None and wizard.plan.on == TOO_EARLY and not wizard.plan.reminders


def test_a_missing_rate_is_said_in_the_preview_after_the_busy_line(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    _page, wizard = _wizard(qtbot, store)
    _set_date(wizard, date(2026, 3, 1))  # no interest rate for 2026 in the test store
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), LEFT)
    assert wizard.preview_label.text() == "Planlegger purringer …"
    qtbot.waitUntil(lambda: not wizard.planning, timeout=10_000)
    assert "Mangler forsinkelsesrenten" in wizard.preview_label.text() and wizard.plan is None
