"""Issue 19 item 1: a section opened the first time builds what is seen and leaves the slow part to
the thread pool; the page still works as the user sees it (a tab chosen is built, the footer and
the keyring state arrive), and a late result at exit is dropped without a traceback."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import keyring
import pytest
import shiboken6
from keyring.backend import KeyringBackend
from keyring.backends import fail
from keyrings.alt.file import EncryptedKeyring
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QPushButton

from kontopronto_desktop.core.backup.settings import save_credentials
from kontopronto_desktop.core.consolidation import currency, groups
from kontopronto_desktop.core.invoicing import invoices
from kontopronto_desktop.core.store import Store
from kontopronto_desktop.ui.books import page as books_page
from kontopronto_desktop.ui.consolidation import page as group_page
from kontopronto_desktop.ui.consolidation.rates_tab import RatesTab
from kontopronto_desktop.ui.context import AppContext, Worker
from kontopronto_desktop.ui.invoices import page as invoices_page
from kontopronto_desktop.ui.settings import backup as backup_tab
from kontopronto_desktop.ui.settings import page as settings_page
from kontopronto_desktop.ui.settings import users as users_tab
from kontopronto_desktop.ui.widgets.lazy_tabs import Placeholder
from tests.invoicing_support import seed


def _settings(qtbot, ctx: AppContext) -> settings_page.SettingsPage:  # type: ignore[no-untyped-def]
    page = settings_page.create_page(ctx)
    qtbot.addWidget(page)
    page.show()
    return page  # type: ignore[return-value]


def test_settings_builds_a_tab_when_it_is_first_chosen(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    ctx = AppContext(store)
    page = _settings(qtbot, ctx)
    assert list(page.built) == ["organisation"]  # only the tab on screen
    assert page.tab_keys[:5] == ["organisation", "invoicing", "email", "channels", "backup"]
    assert isinstance(page.tabs.widget(page.tab_keys.index("users")), Placeholder)

    assert page.show_tab("users")  # as the Oversikt's links and the tests do
    tab = page.tabs.currentWidget()
    assert isinstance(tab, users_tab.UsersTab) and page.built["users"] is tab
    assert page.tabs.tabText(page.tabs.currentIndex()) == "Brukere"
    assert tab.isVisible() and any(b.text() == "Legg til bruker" for b in tab.findChildren(QPushButton))

    page.tabs.setCurrentIndex(page.tab_keys.index("email"))  # a click on the tab
    assert "email" in page.built and page.tabs.currentWidget() is page.built["email"]
    ctx.filter_requested.emit("settings", "backup")  # a link from the Oversikt
    assert isinstance(page.tabs.currentWidget(), backup_tab.BackupSettingsTab)
    assert page.tab_keys[page.tabs.currentIndex()] == "backup"

    page.show_tab("users")  # chosen again: the same tab, not built twice
    assert page.tabs.currentWidget() is tab
    assert len(page.tabs.findChildren(users_tab.UsersTab)) == 1
    assert sorted(page.built) == ["backup", "email", "organisation", "users"]
    assert page.tabs.count() == len(page.tab_keys)


class ThreadRecordingKeyring(KeyringBackend):
    """A real keyring backend (in memory) that notes the thread each question is asked on."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.values: dict[tuple[str, str], str] = {}
        self.threads: list[threading.Thread] = []

    def get_password(self, service: str, username: str) -> str | None:
        self.threads.append(threading.current_thread())
        return self.values.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.values[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.values.pop((service, username), None)


@pytest.fixture
def recording_keyring() -> Iterator[ThreadRecordingKeyring]:
    backend = ThreadRecordingKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(fail.Keyring())


def test_the_backup_tab_checks_the_keyring_off_the_gui_thread(qtbot, store: Store,  # type: ignore[no-untyped-def]
                                                              recording_keyring: ThreadRecordingKeyring) -> None:
    with store.session() as s:
        assert save_credentials(s, store.store_id, "AKIAKLUBB", "hemmelig") == "nøkkelring"
    recording_keyring.threads.clear()
    tab = backup_tab.create_page(AppContext(store))
    qtbot.addWidget(tab)
    tab.show()
    assert tab.keyring_note.text() == "Sjekker nøkkelring …"  # at once, before the answer
    assert tab.secret_key.placeholderText() == "Sjekker nøkkelring …" and tab.access_key.text() == ""
    qtbot.waitUntil(lambda: not tab.credentials_job.busy, timeout=10_000)
    assert tab.keyring_note.text() == "Nøklene lagres i nøkkelringen på denne PC-en."
    assert tab.access_key.text() == "AKIAKLUBB"
    assert tab.secret_key.placeholderText() == "lagret (nøkkelring); la stå tom for å beholde"
    assert recording_keyring.threads and threading.main_thread() not in recording_keyring.threads


def test_without_a_keyring_the_tab_says_the_keys_go_in_the_file(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    with store.session() as s:  # no keyring (tests use the fail backend): kept in the store
        assert save_credentials(s, store.store_id, "AKIAFIL", "hemmelig") == "regnskapsfilen"
    page = _settings(qtbot, AppContext(store))
    assert page.show_tab("backup")
    tab = page.tabs.currentWidget()
    assert isinstance(tab, backup_tab.BackupSettingsTab)
    assert tab.keyring_note.text() == "Sjekker nøkkelring …"
    qtbot.keyClicks(tab.access_key, "AKIANY")  # typed while the check runs: kept
    qtbot.waitUntil(lambda: not tab.credentials_job.busy, timeout=10_000)
    assert tab.keyring_note.text() == "Ingen nøkkelring på denne PC-en: nøklene lagres i regnskapsfilen."
    assert tab.secret_key.placeholderText() == "lagret (regnskapsfilen); la stå tom for å beholde"
    assert tab.access_key.text() == "AKIANY"


def test_a_saved_key_in_a_file_keyring_is_found_again(qtbot, store: Store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    backend = EncryptedKeyring()
    backend.file_path = str(tmp_path / "nokkelring.cfg")
    backend.keyring_key = "nokkelringens-eget-passord"
    keyring.set_keyring(backend)
    try:
        tab = backup_tab.create_page(AppContext(store))
        qtbot.addWidget(tab)
        tab.show()
        qtbot.waitUntil(lambda: not tab.credentials_job.busy, timeout=10_000)
        assert tab.secret_key.placeholderText() == "mangler"
        qtbot.keyClicks(tab.access_key, "AKIANY")
        qtbot.keyClicks(tab.secret_key, "hemmelig")
        assert tab.save()
        assert tab.keyring_note.text() == "Sjekker nøkkelring …"  # read again after saving
        qtbot.waitUntil(lambda: not tab.credentials_job.busy, timeout=10_000)
        assert tab.secret_key.placeholderText() == "lagret (nøkkelring); la stå tom for å beholde"
        assert tab.access_key.text() == "AKIANY" and tab.secret_key.text() == ""
    finally:
        keyring.set_keyring(fail.Keyring())


def test_fakturaer_shows_its_rows_at_once_and_the_footer_from_the_pool(qtbot, store: Store,  # type: ignore[no-untyped-def]
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    seed(store, count=2)  # 1001 has e-mail, 1002 has not
    with store.session() as s:
        for customer in (1001, 1001, 1002):
            invoices.new_invoice(s, customer, [("MEDLEM", 1, None)], invoice_date=date.today())
    page = invoices_page.create_page(AppContext(store))
    qtbot.addWidget(page)
    page.show()
    assert len(page.model.rows) == 3  # the first page of rows: at once
    with store.session() as s:
        newest = [v.number for v in invoices.list_invoices(s)]
    monkeypatch.setattr(invoices_page, "FIRST_ROWS", 2)  # a screenful, here two rows
    short = invoices_page.create_page(AppContext(store))
    qtbot.addWidget(short)
    assert [r.number for r in short.model.rows] == newest[:2] and short.model.canFetchMore()
    short.model.fetchMore()  # scrolled: the rest, a whole page at a time
    assert [r.number for r in short.model.rows] == newest and short.model.page_size == 200
    assert page.totals.text() == "Summerer …" and not page.send_all_button.isEnabled()
    qtbot.waitUntil(lambda: page.totals_job.delivered == 1 and not page.counts_job.busy, timeout=10_000)
    with store.session() as s:
        expected = invoices.invoice_totals(s)
    assert page.totals.text().startswith("3 fakturaer") and expected.count == 3
    assert page.send_all_button.isEnabled()  # two e-mails wait to be sent

    again = invoices_page.create_page(AppContext(store))
    qtbot.addWidget(again)
    again.refresh()  # a change before the pool was asked: counted at once, the first sums not started
    assert again.totals.text().startswith("3 fakturaer") and again.send_all_button.isEnabled()
    qtbot.wait(200)
    assert again.totals_job.generation == 1 and again.totals_job.delivered == 0  # only refresh's cancel
    assert again.counts_job.delivered == 0 and again.totals.text().startswith("3 fakturaer")


def test_a_result_after_the_receiver_is_gone_is_dropped_quietly(capfd: pytest.CaptureFixture[str]) -> None:
    """At exit Qt deletes the signals object of a worker still running; its result must not become
    «RuntimeError: Signal source has been deleted» on the user's console."""
    release = threading.Event()
    ran = threading.Event()

    def work(progress, _cancelled):  # type: ignore[no-untyped-def]
        release.wait(10)
        progress(1, 2)
        ran.set()
        return 42

    pool = QThreadPool()
    worker = Worker(work)
    pool.start(worker)
    shiboken6.delete(worker.signals)  # as the app's teardown does
    release.set()
    assert pool.waitForDone(10_000) and ran.is_set()
    failing = Worker(lambda _p, _c: 1 / 0)
    shiboken6.delete(failing.signals)
    failing.run()  # the error of a worker nobody listens to is dropped too
    err = capfd.readouterr().err
    assert "Traceback" not in err and "Signal source has been deleted" not in err


def test_regnskap_builds_and_reads_a_tab_when_it_is_chosen(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    seed(store, 1)
    on = date(date.today().year, 2, 1)
    with store.session() as s:
        first = invoices.new_invoice(s, 1001, [("MEDLEM", 1, None)], invoice_date=on)
    page = books_page.create_page(AppContext(store))
    qtbot.addWidget(page)
    page.show()
    assert list(page.lazy.built) == ["chart"] and all(isinstance(page.tabs.widget(i), Placeholder) for i in (1, 2, 3))
    assert [a.number for a in page.lazy.built["chart"].accounts_model.rows][:2] == ["1500", "1920"]

    page.tabs.setCurrentIndex(1)  # a click on Bilag
    tab = page.tabs.currentWidget()
    assert tab is page.vouchers and tab.isVisible() and tab.stale_refresh.runs == 1
    assert [v.document_ref for v in tab.model.rows] == [f"Faktura {first.number}"]
    page.tabs.setCurrentIndex(0)
    with store.session() as s:
        invoices.new_invoice(s, 1001, [("MEDLEM", 1, None)], invoice_date=on)
    page.ctx.notify_changed("invoices")
    assert tab.stale_refresh.runs == 1 and len(tab.model.rows) == 1  # not seen: not read yet
    page.tabs.setCurrentWidget(tab)
    assert tab.stale_refresh.runs == 2 and len(tab.model.rows) == 2 and tab.summary.text() == "2 bilag"

    chart = page.chart
    page.ctx.notify_changed("products")  # Kontoplan hidden behind Bilag: read when it is chosen
    assert chart.stale_refresh.runs == 0 and chart.stale_refresh.stale
    page.tabs.setCurrentWidget(chart)
    assert chart.stale_refresh.runs == 1 and not chart.stale_refresh.stale
    page.tabs.setCurrentWidget(tab)

    vat = page.vat  # asked for by code: built, not chosen, nothing read
    assert page.tabs.currentWidget() is tab and vat.report is None
    page.tabs.setCurrentWidget(vat)
    assert vat.report is not None and page.tabs.count() == 4
    assert sorted(page.lazy.built) == ["chart", "vat", "vouchers"]


def test_konsern_builds_a_tab_when_chosen_and_it_shows_the_chosen_group(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    with store.session() as s:
        gid = groups.create_group(s, "Konsern AS")
        currency.set_rates(s, groups.get_group(s, gid), "SEK", 2025, "0,95", "0,96")
    page = group_page.create_page(AppContext(store))
    qtbot.addWidget(page)
    page.show()
    page.year.setValue(2025)  # chosen before the rates tab exists
    assert list(page.lazy.built) == ["structure"]
    page.tabs.setCurrentIndex(3)  # a click on Valutakurser
    tab = page.tabs.currentWidget()
    assert isinstance(tab, RatesTab) and tab is page.rates_tab and tab.isVisible()
    assert [row[0] for row in tab.rates_model.rows] == ["SEK"]  # the group chosen before it was built
    assert sorted(page.lazy.built) == ["rates", "structure"]
    assert page.import_tab.group_id() == gid  # asked for by code: built, the current tab stays
    assert page.tabs.currentWidget() is tab
