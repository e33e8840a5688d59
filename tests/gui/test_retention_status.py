"""The status-bar retention check: a dry run at start-up, shown first, then carried out on a click."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Qt

from kontopronto_desktop.core import members, users
from kontopronto_desktop.core.store import Store, open_store
from kontopronto_desktop.ui.context import AppContext
from kontopronto_desktop.ui.privacy import retention_status as retention_status

LEFT = Qt.MouseButton.LeftButton


def _ended_member(store: Store) -> None:
    with store.session() as session:
        view = members.create_member(session, {"name": "Sluttet Medlemsen"})
        members.update_member(session, view.customer_number, {"ended_on": date.today() - timedelta(days=120)})
        members.create_member(session, {"name": "Aktiv Medlemsen"})


def test_due_timers_are_shown_then_run_by_an_administrator(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    _ended_member(store)
    widget = retention_status.create_status_widget(AppContext(store))
    qtbot.addWidget(widget)
    qtbot.waitUntil(lambda: not widget.checking, timeout=5_000)
    assert "1 forfalt" in widget.text()
    with store.session() as session:
        assert members.count_members(session, "Sluttet") == 1  # the check itself wrote nothing
    qtbot.mouseClick(widget, LEFT)
    box = widget.dialog
    assert box is not None and "sluttet medlem uten regnskapsdokumentasjon" in box.informativeText()
    qtbot.mouseClick(widget.run_button, LEFT)
    qtbot.waitUntil(lambda: "ingen forfalt" in widget.text(), timeout=5_000)
    with store.session() as session:
        assert members.count_members(session, "Sluttet", include_restricted=True) == 0
        assert members.count_members(session, "Aktiv") == 1


def test_a_bookkeeper_sees_but_cannot_run(qtbot, store: Store, store_path: Path) -> None:  # type: ignore[no-untyped-def]
    _ended_member(store)
    users.add_user(store, "regnskap", "regnskap-passord", "bookkeeper")
    store.close()
    with open_store(store_path, passphrase="regnskap-passord") as s:
        widget = retention_status.create_status_widget(AppContext(s))
        qtbot.addWidget(widget)
        qtbot.waitUntil(lambda: not widget.checking, timeout=5_000)
        assert "1 forfalt" in widget.text()
        qtbot.mouseClick(widget, LEFT)
        assert widget.run_button is None and "administrator" in widget.dialog.informativeText()
