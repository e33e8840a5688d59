"""Issue 19 item 1: the GUI builds only what is seen; the invoice list is paged and its search debounced.

Behaviour, not timing (benchmarks/gui.py measures the time): builds and queries are counted."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import QApplication

from kontopronto_desktop.core.store import Store
from kontopronto_desktop.ui import main_window
from kontopronto_desktop.ui.context import AppContext
from kontopronto_desktop.ui.invoices import page as invoices_page
from tests.payments_support import invoice, seed_members


def test_a_change_rebuilds_the_visible_page_now_and_a_hidden_page_only_when_shown(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    seed_members(store, ["Kari Nordmann", "Ola Nordmann"])
    invoice(store, 1001, 100_000, invoice_date=date.today(), due_date=date.today() + timedelta(days=14))
    window = main_window.MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    invoices = window.show_section("invoices")
    payments = window.show_section("payments")
    members = window.show_section("members")
    assert invoices is not None and payments is not None and members is not None
    invoice_loads, member_runs = invoices.model.loads, members.stale_refresh.runs
    list_runs = payments.list_tab.stale_refresh.runs

    window.ctx.notify_changed("members")
    window.ctx.notify_changed("invoices")
    assert members.stale_refresh.runs == member_runs + 1  # seen: at once
    assert invoices.model.loads == invoice_loads and invoices.stale_refresh.stale  # hidden: nothing built
    assert payments.list_tab.stale_refresh.runs == list_runs and payments.list_tab.stale_refresh.stale

    window.show_section("invoices")  # shown: built once for both changes
    assert invoices.model.loads == invoice_loads + 1 and not invoices.stale_refresh.stale
    window.show_section("members")
    window.show_section("invoices")  # nothing changed since: not built again
    assert invoices.model.loads == invoice_loads + 1

    window.show_section("payments")  # the page is seen, but only its current tab is
    assert payments.tabs.currentWidget() is payments.import_tab
    assert payments.list_tab.stale_refresh.runs == list_runs
    payments.tabs.setCurrentWidget(payments.list_tab)
    assert payments.list_tab.stale_refresh.runs == list_runs + 1


def test_the_aging_report_is_built_when_its_tab_is_first_shown(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    seed_members(store, ["Kari Nordmann"])
    invoice(store, 1001, 100_000, invoice_date=date.today() - timedelta(days=40), due_date=date.today() - timedelta(days=10))
    window = main_window.MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    payments = window.show_section("payments")
    assert payments is not None
    assert payments.aging_tab.aging_report is None  # a hidden tab builds nothing
    payments.tabs.setCurrentWidget(payments.aging_tab)
    assert payments.aging_tab.busy and "Beregner" in payments.aging_tab.aging_total.text()  # on the thread pool
    qtbot.waitUntil(lambda: not payments.aging_tab.busy, timeout=10_000)
    assert payments.aging_tab.aging_report is not None and payments.aging_tab.aging_report.open_invoices == 1


def test_a_burst_of_keystrokes_issues_one_query(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    seed_members(store, ["Kari Nordmann", "Ola Hansen"])
    invoice(store, 1001, 100_000)
    invoice(store, 1002, 50_000)
    page = invoices_page.create_page(AppContext(store))
    qtbot.addWidget(page)
    page.show()
    before = page.model.loads
    qtbot.keyClicks(page.search, "Hansen")  # six keystrokes
    QApplication.processEvents()
    assert page.model.loads == before  # still waiting for a pause
    qtbot.waitUntil(lambda: page.model.loads > before, timeout=3_000)
    qtbot.wait(invoices_page.SEARCH_DELAY_MS + 100)
    assert page.model.loads == before + 1
    assert [r.customer_number for r in page.model.rows] == [1002]


def test_the_paged_invoice_list_shows_the_right_rows_and_count(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    seed_members(store, ["Kari Nordmann", "Ola Hansen"])
    numbers = [invoice(store, 1001 + i % 2, 10_000 + i).number for i in range(7)]
    page = invoices_page.create_page(AppContext(store))
    qtbot.addWidget(page)
    page.model.page_size = 3
    page.refresh()
    newest_first = sorted(numbers, reverse=True)
    assert [r.number for r in page.model.rows] == newest_first[:3]
    assert page.model.canFetchMore()
    page.model.fetchMore()
    page.model.fetchMore()
    assert [r.number for r in page.model.rows] == newest_first  # 3 + 3 + 1: the short page is the last
    assert not page.model.canFetchMore()
    assert "7 fakturaer" in page.totals.text()  # the footer counts every match, not the rows loaded
    page.refresh()
    page.select_number(newest_first[-1])  # on the third page: read on until found
    assert page.selected() is not None and page.selected().number == newest_first[-1]


def test_a_search_finding_over_1000_members_says_so_and_reads_on_until_a_short_page(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    from kontopronto_desktop.core.demo import add_members_bulk, demo_member_rows
    from kontopronto_desktop.ui.members.page import MembersPage

    rows = demo_member_rows(1_100, 1001)
    for row in rows:
        row["city"] = "Tromsø"
    with store.session() as session:
        add_members_bulk(session, rows)
    page = MembersPage(AppContext(store))
    qtbot.addWidget(page)
    assert page.count_label.text() == "1\u00a0100 medlemmer"  # no search: exact
    page.search.setText("Tromsø")
    page.apply_search()
    assert page.model.capped and page.count_label.text() == "over 1\u00a0000 medlemmer"
    while page.model.canFetchMore():
        page.model.fetchMore()
    assert page.model.rowCount() == 1_100  # the capped count did not stop the list at 1 000


def test_the_members_page_loads_its_list_once_and_sorts_by_a_header_click(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    from kontopronto_desktop.ui.members.page import MembersPage

    seed_members(store, ["Bjørn Aas", "Anne Berg", "Cato Dahl"])
    page = MembersPage(AppContext(store))
    qtbot.addWidget(page)
    assert page.model.loads == 1  # not once more for switching sorting on and once for the indicator
    assert [m.name for m in page.model.rows] == ["Anne Berg", "Bjørn Aas", "Cato Dahl"]
    page.table.horizontalHeader().setSortIndicator(1, Qt.SortOrder.DescendingOrder)  # what a header click does
    assert page.model.loads == 2 and [m.name for m in page.model.rows] == ["Cato Dahl", "Bjørn Aas", "Anne Berg"]


def test_the_retention_check_starts_after_the_first_paint(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    from kontopronto_desktop.ui.privacy.retention_status import RetentionStatus

    window = main_window.MainWindow(store)
    qtbot.addWidget(window)
    status = next(w for w in window.status_widgets if isinstance(w, RetentionStatus))
    assert status.first_pending  # built with the window: nothing started yet
    window.show()
    qtbot.waitUntil(lambda: not status.first_pending, timeout=900)  # the paint, before the 1 s fallback
    qtbot.waitUntil(lambda: not status.checking, timeout=5_000)
    assert "Slettefrister" in status.text() and "sjekkes" not in status.text()
