"""The read-only tables of Brukere and Personvern are table-kit views (issue 18 item 7): the context
menu with «Kopier» and «Eksporter til Excel …», Ctrl+C copying the selected row, widths remembered
under the table's own name, and the page acting on the model's row rather than a cell's text."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from kontopronto_desktop.core import users
from kontopronto_desktop.core.privacy import breaches
from kontopronto_desktop.core.store import Store
from kontopronto_desktop.ui.context import AppContext
from kontopronto_desktop.ui.privacy import page as privacy_page
from kontopronto_desktop.ui.settings import users as settings_users
from kontopronto_desktop.ui.widgets.table_kit import kit_of
from tests.gui.test_foundation_gui import when_modal


def _users_tab(qtbot: QtBot, store: Store) -> settings_users.UsersTab:
    tab = settings_users.UsersTab(AppContext(store))
    qtbot.addWidget(tab)
    tab.resize(800, 600)
    tab.show()
    return tab


def _row_of(view, text: str) -> int:  # type: ignore[no-untyped-def]
    model = view.model()
    return next(r for r in range(model.rowCount()) if model.index(r, 0).data() == text)


def _action(kit, text: str) -> QAction:  # type: ignore[no-untyped-def]
    return next(a for a in kit.menu().actions() if a.text() == text)


def test_users_table_has_the_kit_menu_and_ctrl_c_copies_the_selected_row(qtbot: QtBot, store: Store) -> None:
    users.add_user(store, "kasserer", "kasserer-passord", "bookkeeper")
    tab = _users_tab(qtbot, store)
    assert tab.table.objectName() == "users_table"
    kit = kit_of(tab.table)
    assert [a.text() for a in kit.menu().actions() if not a.isSeparator()] == [
        "Fjern valgt bruker", "Kopier", "Eksporter til Excel …"]
    assert not _action(kit, "Kopier").isEnabled()  # nothing chosen yet: nothing to copy
    row = _row_of(tab.table, "kasserer")
    rect = tab.table.visualRect(tab.table.model().index(row, 1))
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert _action(kit, "Kopier").isEnabled()
    tab.table.setFocus()
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(tab.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == "kasserer\tRegnskapsfører"
    # «Kopier» in the menu does the same
    QGuiApplication.clipboard().clear()
    _action(kit, "Kopier").trigger()
    assert QGuiApplication.clipboard().text() == "kasserer\tRegnskapsfører"


def test_removing_the_clicked_user_acts_on_the_models_row(qtbot: QtBot, store: Store) -> None:
    users.add_user(store, "kasserer", "kasserer-passord", "bookkeeper")
    users.add_user(store, "revisor", "revisor-passord-9", "read_only")
    tab = _users_tab(qtbot, store)
    row = _row_of(tab.table, "revisor")
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=tab.table.visualRect(tab.table.model().index(row, 0)).center())
    when_modal(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Yes).click())  # «Fjern»
    qtbot.mouseClick(tab.remove_button, Qt.MouseButton.LeftButton)
    assert [u.name for u in users.list_users(store)].count("revisor") == 0
    assert "kasserer" in [u.name for u in users.list_users(store)]
    assert tab.table.model().rowCount() == len(users.list_users(store))


def test_security_log_exports_to_excel_with_its_headers(qtbot: QtBot, store: Store, tmp_path: Path) -> None:
    users.add_user(store, "kasserer", "kasserer-passord", "bookkeeper")
    tab = _users_tab(qtbot, store)
    assert tab.log_table.objectName() == "security_log_table"
    kit = kit_of(tab.log_table)
    kit.choose_export_path = lambda: str(tmp_path / "sikkerhetslogg")
    next(a for a in kit.menu().actions() if a.text().startswith("Eksporter")).trigger()
    sheet = load_workbook(tmp_path / "sikkerhetslogg.xlsx").active
    assert [c.value for c in sheet[1]] == ["Tidspunkt (UTC)", "Bruker", "Hendelse", "Detaljer"]
    assert sheet.max_row == tab.log_table.model().rowCount() + 1
    assert "bruker lagt til" in [sheet.cell(r, 3).value for r in range(2, sheet.max_row + 1)]
    # issue 18: day first, as the rest of the GUI («30.11.2026 14:05:09», UTC as the header says)
    assert re.fullmatch(r"\d\d\.\d\d\.\d{4} \d\d:\d\d:\d\d", tab.log_table.model().index(0, 0).data())
    assert tab.log_table.model().index(0, 0).data()[:10] == f"{datetime.now(UTC):%d.%m.%Y}"


def test_breach_table_width_is_remembered_and_settling_uses_the_chosen_breach(qtbot: QtBot, store: Store) -> None:
    with store.session() as session:
        for what in ("Første avvik", "Andre avvik"):
            breaches.record_breach(session, what=what, discovered_at=datetime.now(UTC) - timedelta(hours=2),
                                   data="navn", concerns="medlemmer", measures="ringt")
    page = privacy_page.create_page(AppContext(store))
    qtbot.addWidget(page)
    page.resize(900, 700)
    page.show()
    tab = page.breach_tab
    assert tab.table.objectName() == "breach_table"
    assert [tab.table.model().headerData(c, Qt.Orientation.Horizontal) for c in range(4)] == [
        "Nr.", "Oppdaget", "Hva", "Datatilsynet"]
    tab.table.horizontalHeader().resizeSection(0, 77)
    row = next(r for r in range(2) if tab.table.model().index(r, 2).data() == "Andre avvik")
    tab.table.selectRow(row)
    qtbot.mouseClick(tab.notified_button, Qt.MouseButton.LeftButton)
    with store.session() as session:
        settled = {b.what: b.notified_at is not None for b in breaches.list_breaches(session)}
    assert settled == {"Første avvik": False, "Andre avvik": True}
    page.close()

    again = privacy_page.create_page(AppContext(store))
    qtbot.addWidget(again)
    again.show()
    assert again.breach_tab.table.horizontalHeader().sectionSize(0) == 77


def test_policy_table_click_chooses_the_rule_and_keeps_it_after_saving(qtbot: QtBot, store: Store) -> None:
    page = privacy_page.create_page(AppContext(store))
    qtbot.addWidget(page)
    page.resize(900, 900)
    page.show()
    page.tabs.setCurrentWidget(page.retention_tab)
    editor = page.retention_tab.policy_editor
    row = next(i for i, item in enumerate(editor.items) if item.key == "backup_max_days")
    editor.table.scrollTo(editor.table.model().index(row, 0))
    qtbot.mouseClick(editor.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=editor.table.visualRect(editor.table.model().index(row, 0)).center())
    assert (editor.value.minimum(), editor.value.maximum(), editor.value.value()) == (30, 90, 30)
    editor.value.setValue(45)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert "45 dager" in editor.status.text()
    assert editor.table.model().index(row, 1).data() == "45 dager"
    chosen = editor.table.selectionModel().selectedRows()
    assert [i.row() for i in chosen] == [row]
    assert kit_of(editor.table).key == "retention_policy_table"


def test_a_refused_breach_shows_the_message_without_the_field_name(qtbot: QtBot, store: Store) -> None:
    page = privacy_page.create_page(AppContext(store))
    qtbot.addWidget(page)
    tab = page.breach_tab
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)  # «Hva skjedde» left empty
    assert tab.error.text() == "beskriv hva som skjedde"
    assert tab.table.model().rowCount() == 0


def test_a_breach_is_settled_from_its_context_menu(qtbot: QtBot, store: Store) -> None:
    with store.session() as session:
        breaches.record_breach(session, what="Mistet minnepinne", discovered_at=datetime.now(UTC) - timedelta(hours=1))
    page = privacy_page.create_page(AppContext(store))
    qtbot.addWidget(page)
    page.show()
    tab = page.breach_tab
    kit = kit_of(tab.table)
    assert [a.text() for a in kit.menu().actions() if not a.isSeparator()] == [
        "Meldt til Datatilsynet nå", "Meldes ikke", "Kopier", "Eksporter til Excel …"]
    _action(kit, "Meldes ikke").trigger()  # nothing chosen
    assert tab.error.text() == "Velg avviket i listen først."
    tab.table.selectRow(0)
    qtbot.keyClicks(tab.reason, "Kryptert, ingen risiko")
    _action(kit, "Meldes ikke").trigger()
    assert tab.table.model().index(0, 3).data() == "Ikke meldt: Kryptert, ingen risiko"
    assert tab.reminders.isHidden()
