"""Issue 12 in the window: hostile files on the Innbetalinger and Konsern pages. A refused file
shows its line and books nothing; a SAF-T file with a DTD entity (which killed the window through a
libxml2 segfault) is refused with a message, and the page is ready for the next file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from kontopronto_desktop.core.consolidation import groups, imports
from kontopronto_desktop.core.store import Store
from kontopronto_desktop.ui.consolidation import page as group_page
from kontopronto_desktop.ui.context import AppContext
from kontopronto_desktop.ui.payments import page as payments_page

HOSTILE = Path(__file__).resolve().parents[1] / "data" / "hostile"
LEFT = Qt.MouseButton.LeftButton


def _payments(qtbot, store: Store) -> payments_page.PaymentsPage:  # type: ignore[no-untyped-def]
    page = payments_page.create_page(AppContext(store))
    qtbot.addWidget(page)
    page.show()
    return page  # type: ignore[return-value]


def _import(qtbot, page, path: Path) -> None:  # type: ignore[no-untyped-def]
    page.import_tab.choose_file = lambda: str(path)
    qtbot.mouseClick(page.import_tab.pick_button, LEFT)
    qtbot.waitUntil(lambda: not page.import_tab.importing, timeout=15_000)


def test_refused_bank_csv_shows_the_line_and_books_nothing(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    page = _payments(qtbot, store)
    _import(qtbot, page, HOSTILE / "bank_stray_quote.csv")
    qtbot.waitUntil(lambda: page.import_tab.error_box is not None, timeout=15_000)
    text = page.import_tab.error_box.text()
    assert "linje 4" in text and "anførselstegn" in text and "Ingenting er bokført" in text
    assert page.import_tab.queue_model.rowCount() == 0


def test_payments_sharing_a_payers_reference_all_reach_the_queue(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    page = _payments(qtbot, store)
    _import(qtbot, page, HOSTILE / "camt054_same_endtoendid.xml")
    qtbot.waitUntil(lambda: page.import_tab.queue_model.rowCount() == 3, timeout=15_000)


def test_saft_with_a_dtd_is_refused_and_the_window_lives_on(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    page = group_page.create_page(AppContext(store))
    qtbot.addWidget(page)
    page.year.setValue(2026)
    qtbot.keyClicks(page.new_group_name, "Fjellkonsern")
    qtbot.mouseClick(page.new_group_button, LEFT)
    tab = page.import_tab
    tab.choose_file(str(HOSTILE / "saft_dtd_entity.xml"))
    qtbot.mouseClick(tab.import_button, LEFT)
    qtbot.waitUntil(lambda: "dokumenttypedefinisjon" in tab.import_status.text(), timeout=30_000)
    assert tab.last_import is None and tab.import_button.isEnabled()
    with store.session() as s:
        assert imports.list_trial_balances(s, groups.get_group(s, "Fjellkonsern")) == []
