"""Delete asks first (issue 18 item 4): removing a user (its key; the passphrase stops working) asks a
question that names the user, from the button and from the Delete key in the list."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from kontopronto_desktop.core import users
from kontopronto_desktop.core.store import Store
from kontopronto_desktop.ui.context import AppContext
from kontopronto_desktop.ui.settings import users as settings_users
from tests.gui.test_foundation_gui import when_modal


def _answer(seen: list[str], button: QMessageBox.StandardButton):  # type: ignore[no-untyped-def]
    def act(box: QMessageBox) -> None:
        seen.append(f"{box.objectName()}: {box.text()}")
        box.button(button).click()
    return act


def _names(store: Store) -> list[str]:
    return [u.name for u in users.list_users(store)]


def test_removing_a_user_asks_naming_the_user_from_the_button_and_the_delete_key(qtbot: QtBot, store: Store) -> None:
    users.add_user(store, "revisor", "revisor-passord-9", "read_only")
    tab = settings_users.UsersTab(AppContext(store))
    qtbot.addWidget(tab)
    tab.show()
    row = next(r for r in range(tab.model.rowCount()) if tab.model.index(r, 0).data() == "revisor")
    tab.table.selectRow(row)
    seen: list[str] = []
    when_modal(QMessageBox, _answer(seen, QMessageBox.StandardButton.No))  # «Avbryt»
    qtbot.mouseClick(tab.remove_button, Qt.MouseButton.LeftButton)
    assert seen and seen[0].startswith("confirm_delete: Fjerne brukeren «revisor» (Lesetilgang")
    assert "revisor" in _names(store)

    tab.table.setFocus()
    tab.table.selectRow(row)
    when_modal(QMessageBox, _answer(seen, QMessageBox.StandardButton.Yes))  # «Fjern»
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert len(seen) == 2 and "revisor" not in _names(store)
    assert tab.model.rowCount() == len(_names(store))


def test_removing_yourself_is_refused_after_the_question(qtbot: QtBot, store: Store) -> None:
    tab = settings_users.UsersTab(AppContext(store))
    qtbot.addWidget(tab)
    tab.show()
    tab.table.selectRow(0)
    seen: list[str] = []

    def then_ok(box: QMessageBox) -> None:
        _answer(seen, QMessageBox.StandardButton.Yes)(box)
        when_modal(QMessageBox, _answer(seen, QMessageBox.StandardButton.Ok))  # the error that follows
    when_modal(QMessageBox, then_ok)
    qtbot.mouseClick(tab.remove_button, Qt.MouseButton.LeftButton)
    assert len(seen) == 2 and seen[1] == "error_message: Du kan ikke fjerne deg selv."
    assert len(_names(store)) == 1
