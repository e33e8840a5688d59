"""The status-bar retention check: a dry run at start-up, shown first, then carried out on a click."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from sqlalchemy import select

from kontopronto_desktop.core import members, users
from kontopronto_desktop.core.models import Member
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


def test_a_burst_of_changes_gives_one_check_after_quiet_not_one_per_change(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    ctx = AppContext(store)
    widget = retention_status.create_status_widget(ctx)
    qtbot.addWidget(widget)
    qtbot.waitUntil(lambda: not widget.checking, timeout=5_000)
    assert widget.runs == 1 and "ingen forfalt" in widget.text() and ctx.retention_due == 0
    assert widget.quiet_ms == retention_status.QUIET_MS >= 30_000  # not a second after every save
    widget.quiet_ms = 400
    for i in range(12):  # twelve saves, 50 ms apart: each re-arms the quiet period
        with store.session() as session:
            view = members.create_member(session, {"name": f"Lagret {i}"})
            if i == 11:  # the last save ends a member long ago: the check must see it
                members.update_member(session, view.customer_number,
                                      {"ended_on": date.today() - timedelta(days=120)})
        ctx.notify_changed("members")
        qtbot.wait(50)
    assert widget.runs == 1  # nothing yet: the changes have not settled
    ctx.notify_changed("payments")  # not a change the retention check depends on
    qtbot.waitUntil(lambda: widget.runs == 2 and not widget.checking, timeout=10_000)
    assert "1 forfalt" in widget.text() and ctx.retention_due == 1  # the Oversikt's line gets it too
    qtbot.wait(600)
    assert widget.runs == 2 and not widget.recheck.isActive()
    with store.session() as session:
        assert session.scalar(select(Member).where(Member.name == "Lagret 11")) is not None


def test_a_steady_stream_of_changes_is_checked_after_the_longest_wait(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    ctx = AppContext(store)
    widget = retention_status.create_status_widget(ctx)
    qtbot.addWidget(widget)
    qtbot.waitUntil(lambda: not widget.checking, timeout=5_000)
    widget.quiet_ms, widget.longest_wait_ms = 300, 700
    runs = []
    for _ in range(30):  # a change every 100 ms for 3 s: never quiet for 300 ms
        ctx.notify_changed("invoices")
        qtbot.wait(100)
        runs.append(widget.runs)
    assert runs[2] == 1  # not at once
    assert 2 <= widget.runs <= 6  # about one per 0.7 s (plus the run time), never one per change
    # a check asked for while one runs waits for it: never two at once
    widget.recheck.stop()
    qtbot.waitUntil(lambda: not widget.checking, timeout=10_000)
    before = widget.runs
    widget.check()
    widget.check()
    assert widget.runs == before + 1 and widget.checking and widget.check_again
    qtbot.waitUntil(lambda: widget.runs == before + 2 and not widget.checking, timeout=10_000)
