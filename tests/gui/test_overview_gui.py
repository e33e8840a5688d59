"""Oversikt as a user meets it: the start page, its links to where the work is done, hidden sections."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from kontopronto_desktop.core.store import Store, open_store
from kontopronto_desktop.ui import main_window
from tests.conftest import PASSPHRASE
from tests.payments_support import invoice, pay, seed_members

LEFT = Qt.MouseButton.LeftButton


def _window(qtbot, store: Store) -> main_window.MainWindow:  # type: ignore[no-untyped-def]
    window = main_window.MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    page = window.pages["overview"]
    qtbot.waitUntil(lambda: not page.busy, timeout=20_000)  # the figures are computed on the thread pool
    return window


def _link(window: main_window.MainWindow, key: str) -> QPushButton:
    button = window.pages["overview"].findChild(QPushButton, f"overview_{key}")
    assert button is not None, key
    return button


def test_a_new_store_opens_on_the_overview_with_the_next_steps(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, store)
    assert window.current_section() == "overview" and window.nav.item(0).text() == "Oversikt"
    page = window.pages["overview"]
    assert page.steps_box.isVisibleTo(page)
    assert _link(window, "step_products").text() == "→ Legg inn produkter"
    assert not _link(window, "overdue").isEnabled()  # nothing overdue: nothing to click
    qtbot.mouseClick(_link(window, "step_products"), LEFT)
    assert window.current_section() == "products"
    qtbot.waitUntil(lambda: "Slettefrister: ingen forfalt" in _link(window, "retention").text())
    window.close_store()


def test_figures_are_links_to_the_section_that_does_the_work(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    seed_members(store, ["Kari Nordmann", "Ola Nordmann"])
    today = date.today()
    late = invoice(store, 1001, 100_000, invoice_date=today - timedelta(days=20), due_date=today - timedelta(days=3))
    invoice(store, 1002, 50_000, invoice_date=today, due_date=today + timedelta(days=10))
    pay(store, 40_000, kid=late.kid, on=today)
    pay(store, 12_345, text="ukjent", on=today)
    window = _window(qtbot, store)
    page = window.pages["overview"]
    assert not page.steps_box.isVisibleTo(page)  # products, members and an invoice: no next steps
    assert _link(window, "overdue").text().replace("\xa0", " ") == "Forfalte fakturaer: 1 – 600,00 kr"
    assert _link(window, "unmatched").text().replace("\xa0", " ") == "Innbetalinger som ikke er matchet: 1 – 123,45 kr"
    assert _link(window, "unsent").text() == "Fakturaer som ikke er sendt: 2"
    assert _link(window, "to_print").text() == "… av dem til utskrift: 2"
    assert "Siste bankfil:" in _link(window, "bank_file").text()
    qtbot.mouseClick(_link(window, "unmatched"), LEFT)
    assert window.current_section() == "payments"
    window.show_section("overview")
    qtbot.mouseClick(_link(window, "overdue"), LEFT)
    assert window.current_section() == "reminders"
    window.show_section("overview")
    qtbot.mouseClick(_link(window, "backup"), LEFT)
    assert window.current_section() == "settings"
    settings = window.pages["settings"]
    assert settings.tab_keys[settings.tabs.currentIndex()] == "backup"  # straight to Sikkerhetskopi
    window.show_section("overview")
    qtbot.mouseClick(_link(window, "to_print"), LEFT)  # Fakturaer, showing just those
    assert window.current_section() == "invoices"
    bills = window.pages["invoices"]
    assert bills.status_filter.currentData() == "til_utskrift" and bills.model.rowCount() == 2
    qtbot.waitUntil(lambda: "Slettefrister:" in _link(window, "retention").text()
                    and "sjekkes" not in _link(window, "retention").text())
    window.show_section("overview")
    qtbot.mouseClick(_link(window, "retention"), LEFT)  # Personvern › Slettefrister
    privacy = window.pages["privacy"]
    assert window.current_section() == "privacy" and privacy.tabs.tabText(privacy.tabs.currentIndex()) == "Slettefrister"
    window.close_store()


def test_the_figures_come_from_the_thread_pool_with_a_busy_line_and_the_newest_request_wins(  # type: ignore[no-untyped-def]
        qtbot, store: Store) -> None:
    seed_members(store, ["Kari Nordmann"])
    today = date.today()
    invoice(store, 1001, 100_000, invoice_date=today - timedelta(days=20), due_date=today - timedelta(days=3))
    window = main_window.MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    page = window.pages["overview"]
    # the window is built and shown before the figures exist: a busy line says they are coming
    assert page.busy and page.view is None and page.busy_line.text() == "Henter tallene …"
    assert _link(window, "overdue").text() == ""
    qtbot.waitUntil(lambda: not page.busy, timeout=20_000)
    assert page.busy_line.isHidden()
    assert _link(window, "overdue").text().replace("\xa0", " ") == "Forfalte fakturaer: 1 – 1 000,00 kr"
    delivered = page.figures_job.delivered
    # two requests in a row: the older one (still «due» at a date before the due date) is dropped
    page.refresh(today - timedelta(days=10))
    page.refresh(today)
    assert page.busy and not page.busy_line.isHidden()
    qtbot.waitUntil(lambda: not page.busy, timeout=20_000)
    assert page.figures_job.delivered == delivered + 1 and page.view is not None and page.view.on == today
    assert _link(window, "overdue").text().startswith("Forfalte fakturaer: 1")
    window.close_store()


def test_the_retention_line_is_the_status_bars_check_not_a_second_dry_run(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    from kontopronto_desktop.ui.overview.page import OverviewPage
    from kontopronto_desktop.ui.privacy.retention_status import RetentionStatus

    window = _window(qtbot, store)
    status = next(w for w in window.status_widgets if isinstance(w, RetentionStatus))
    qtbot.waitUntil(lambda: window.ctx.retention_due is not None and not status.checking, timeout=10_000)
    assert window.ctx.retention_due == len(status.due) == 0
    assert _link(window, "retention").text() == "Slettefrister: ingen forfalt (aldri kjørt)"
    # a view made after the check shows its result at once, without running the dry run again
    late = OverviewPage(window.ctx)
    qtbot.addWidget(late)
    qtbot.waitUntil(lambda: not late.busy, timeout=20_000)
    assert late.links["retention"].text() == "Slettefrister: ingen forfalt (aldri kjørt)"
    assert window.ctx.pool.activeThreadCount() == 0
    window.close_store()


def test_hide_konsern_in_the_settings_and_it_is_gone_from_the_navigation(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, store)
    assert "group" in window.visible_sections()
    settings = window.show_section("settings")
    assert settings is not None
    box = settings.findChild(QPushButton, "apply_sections").parent()
    konsern = box.boxes["group"]
    assert konsern.isChecked() and konsern.text() == "Konsern"
    konsern.setChecked(False)
    qtbot.mouseClick(box.apply_button, LEFT)
    assert "Skjult: Konsern" in box.message.text()
    assert "group" not in window.visible_sections()  # applied at once
    assert "members" in window.visible_sections() and "settings" in window.visible_sections()
    window.close_store()
    again = open_store(store.path, passphrase=PASSPHRASE)  # and after a restart
    restarted = _window(qtbot, again)
    assert "group" not in restarted.visible_sections()
    assert [restarted.nav.item(r).text() for r in range(restarted.nav.count())
            if not restarted.nav.item(r).isHidden()][:2] == ["Oversikt", "Medlemmer"]
    restarted.close_store()
