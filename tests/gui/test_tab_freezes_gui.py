"""Issue 19 item 1, the last freezes when a tab is first chosen: Personvern › Slettefrister and
Purring › Til inkasso read on the thread pool and say «Henter …» until their rows come; the
section menu is filled without walking the page once per button; the start dialog does not wait
for the keyring backend. Each as the user sees it."""

from __future__ import annotations

import threading
from datetime import date, timedelta

from PySide6.QtCore import Qt

from kontopronto_desktop.core import members
from kontopronto_desktop.core.collection import handover, runs
from kontopronto_desktop.core.privacy import retention
from kontopronto_desktop.core.store import Store
from kontopronto_desktop.ui.context import AppContext
from kontopronto_desktop.ui.privacy import page as privacy_page
from kontopronto_desktop.ui.reminders import page as reminders_page
from tests.collection_support import DUE, charge_everything
from tests.payments_support import invoice, seed_members

LEFT = Qt.MouseButton.LeftButton


def _rows(model) -> list[list[str]]:  # type: ignore[no-untyped-def]
    return [[str(model.index(r, c).data()) for c in range(model.columnCount())] for r in range(model.rowCount())]


def _choose(qtbot, page_module, store: Store, tab_name: str):  # type: ignore[no-untyped-def]
    """The page shown and its tab chosen the first time, as a user does (the choice starts the read)."""
    page = page_module.create_page(AppContext(store))
    qtbot.addWidget(page)
    page.show()
    tab = getattr(page, tab_name)
    page.tabs.setCurrentWidget(tab)
    return page, tab


def _threads_of(monkeypatch, module, name: str) -> list[threading.Thread]:  # type: ignore[no-untyped-def]
    """Record on which thread the real ``module.name`` runs (it still runs and returns its result)."""
    seen: list[threading.Thread] = []
    real = getattr(module, name)

    def recording(*args, **kwargs):  # type: ignore[no-untyped-def]
        seen.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, recording)
    return seen


def test_retention_tab_says_henter_then_shows_the_schedule_read_off_the_gui_thread(qtbot, store: Store,
                                                                                   monkeypatch) -> None:  # type: ignore[no-untyped-def]
    with store.session() as s:
        ended = members.create_member(s, {"name": "Sluttet Medlem", "ended_on": date.today() - timedelta(days=10)})
    threads = _threads_of(monkeypatch, retention, "schedule")
    page, tab = _choose(qtbot, privacy_page, store, "retention_tab")  # the first choice starts the read and returns at once
    assert tab.busy and tab.schedule_table.model().rowCount() == 0
    assert tab.schedule_hint.isVisible() and tab.schedule_hint.text() == "Henter …"
    assert "henter" in tab.schedule_label.text()
    qtbot.waitUntil(lambda: not tab.busy)
    shown = " ".join(r[1] for r in _rows(tab.schedule_table.model()))
    assert f"medlem {ended.customer_number} slettes" in shown
    assert not tab.schedule_hint.isVisible() and tab.schedule_label.text() == "Planlagt"
    assert threads and all(t is not threading.main_thread() for t in threads)
    with store.session() as s:  # the same rows as the core, day first
        assert tab.schedule_table.model().rowCount() == len(retention.schedule(s, date.today()))


def test_retention_run_is_computed_off_the_gui_thread_and_a_real_run_reaches_the_log(qtbot, store: Store,
                                                                                     monkeypatch) -> None:  # type: ignore[no-untyped-def]
    with store.session() as s:
        members.create_member(s, {"name": "Sluttet Medlem", "ended_on": date.today() - timedelta(days=91)})
    threads = _threads_of(monkeypatch, retention, "run_retention")
    page, tab = _choose(qtbot, privacy_page, store, "retention_tab")
    qtbot.waitUntil(lambda: not tab.busy)
    assert tab.log_table.model().rowCount() == 0
    qtbot.mouseClick(tab.run_button, LEFT)  # a dry run (the default)
    assert not tab.run_button.isEnabled() and tab.run_result.text() == "Ser etter hva som er forfalt …"
    qtbot.waitUntil(lambda: not tab.busy)
    assert tab.run_button.isEnabled() and tab.run_result.text().startswith("Ville gjort: 1 handling(er)")
    assert "sluttet medlem uten regnskapsdokumentasjon slettet" in tab.run_result.text()
    assert tab.log_table.model().rowCount() == 0  # a dry run is not logged
    tab.dry_run.setChecked(False)
    qtbot.mouseClick(tab.run_button, LEFT)
    assert tab.run_result.text() == "Kjører slettefrister …"
    qtbot.waitUntil(lambda: not tab.busy and tab.log_table.model().rowCount() == 1)
    assert tab.run_result.text().startswith("Utført: 1 handling(er)")
    assert f"{date.today():%d.%m.%Y}" == tab.log_table.model().index(0, 1).data()
    assert len(threads) == 2 and all(t is not threading.main_thread() for t in threads)
    with store.session() as s:
        assert members.count_members(s, "Sluttet", include_restricted=True) == 0


def test_til_inkasso_says_henter_then_shows_the_claims(qtbot, store: Store, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    seed_members(store, ["Kari Hansen", "Per Olsen", "Ola Berg"])
    for customer in (1001, 1002, 1003):
        invoice(store, customer, 45_000, invoice_date=date(2025, 1, 10), due_date=DUE)
    charge_everything(store)
    for days in (14, 28):  # purring, then inkassovarsel: judged today, long past its deadline
        with store.session() as s:
            runs.issue_run(s, DUE + timedelta(days=days))
    threads = _threads_of(monkeypatch, handover, "handover_candidates")
    page, tab = _choose(qtbot, reminders_page, store, "handover_tab")
    assert tab.busy and tab.handover_model.rowCount() == 0
    assert tab.empty_hint.isVisible() and tab.empty_hint.text() == "Henter …"
    assert not tab.export_button.isEnabled()  # nothing to export until the list is there
    qtbot.waitUntil(lambda: not tab.busy)
    assert [r[2] for r in _rows(tab.handover_model)] == ["Kari Hansen", "Per Olsen", "Ola Berg"]
    assert not tab.empty_hint.isVisible() and tab.export_button.isEnabled()
    assert threads and all(t is not threading.main_thread() for t in threads)


def test_til_inkasso_empty_says_why_once_read(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    page, tab = _choose(qtbot, reminders_page, store, "handover_tab")
    assert tab.empty_hint.text() == "Henter …"
    qtbot.waitUntil(lambda: not tab.busy)
    assert tab.empty_hint.isVisible() and "siste frist i purreplanen" in tab.empty_hint.text()


def test_a_section_switch_walks_the_page_for_its_print_button_once(qtbot, store: Store, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The section menu marked Ctrl+P by asking for the page's print button once per button, each
    time walking every widget of the page; it asks once per fill now, and marks the same button."""
    from kontopronto_desktop.ui import main_window, section_menu

    seed_members(store, ["Kari Hansen"])
    invoice(store, 1001, 45_000, invoice_date=date(2025, 1, 10), due_date=DUE)
    charge_everything(store)
    with store.session() as s:
        runs.issue_run(s, DUE + timedelta(days=14))
    win = main_window.MainWindow(store)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    page = win.show_section("reminders")
    qtbot.waitUntil(lambda: not page.issued_tab.busy)  # read on the thread pool
    page.issued_tab.table.selectRow(0)
    walks = []
    real = section_menu.print_button
    monkeypatch.setattr(section_menu, "print_button", lambda p: walks.append(p) or real(p))
    win.show_section("members")
    win.show_section("reminders")
    assert walks == [win.pages["members"], page]  # one walk per switch, whatever the number of buttons
    walks.clear()
    win.section_menu.aboutToShow.emit()  # the user opens «Purring»
    items = [a.text() for a in win.section_menu.actions() if not a.isSeparator()]
    assert len(walks) == 1 and len(items) >= 3
    assert f"{page.issued_tab.reminder_preview_button.text()}\tCtrl+P" in items
    assert [i for i in items if i.endswith("\tCtrl+P")] == [f"{page.issued_tab.reminder_preview_button.text()}\tCtrl+P"]


class _SlowDetection:
    """keyring's backend detection held back until the test lets it answer (it takes ~0.5 s on a
    real machine); notes the thread it runs on."""

    def __init__(self, backend: object) -> None:
        self.backend = backend
        self.go = threading.Event()
        self.threads: list[threading.Thread] = []

    def __call__(self) -> object:
        self.threads.append(threading.current_thread())
        assert self.go.wait(10)
        return self.backend


def test_start_dialog_is_built_before_the_keyring_answers_then_follows_it(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import keyring
    from keyring.backends import fail
    from keyrings.alt.file import EncryptedKeyring

    from kontopronto_desktop.ui.start_dialog import StartDialog

    for backend, offered in ((EncryptedKeyring(), True), (fail.Keyring(), False)):
        slow = _SlowDetection(backend)
        monkeypatch.setattr(keyring, "get_keyring", slow)
        dialog = StartDialog("open")  # returns while the detection still waits
        qtbot.addWidget(dialog)
        assert dialog.has_keyring is None
        for box in (dialog.open_remember, dialog.new_remember):
            assert box.isEnabled() and box.toolTip() == "Sjekker om denne maskinen har en nøkkelring …"
        dialog.open_remember.setChecked(True)  # ticked before the answer
        slow.go.set()
        qtbot.waitUntil(lambda d=dialog: d.has_keyring is not None)
        assert dialog.has_keyring is offered
        assert slow.threads and all(t is not threading.main_thread() for t in slow.threads)
        for box in (dialog.open_remember, dialog.new_remember):
            assert box.isEnabled() is offered
            assert box.toolTip() == ("" if offered else
                                     "Ingen nøkkelring finnes på denne maskinen; passordet må skrives hver gang.")
        assert dialog.open_remember.isChecked() is offered  # a «no» unticks it


def test_start_dialog_asks_itself_when_a_store_is_saved_before_the_answer(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import keyring
    from keyring.backends import fail

    from kontopronto_desktop.ui.start_dialog import StartDialog

    slow = _SlowDetection(fail.Keyring())
    monkeypatch.setattr(keyring, "get_keyring", slow)
    dialog = StartDialog("new")
    qtbot.addWidget(dialog)
    slow.go.set()  # the GUI thread's own question answers at once; the pool's may still be on its way
    assert dialog.keyring_exists() is False and dialog.has_keyring is False
    qtbot.waitUntil(lambda: not dialog.new_remember.isEnabled())
