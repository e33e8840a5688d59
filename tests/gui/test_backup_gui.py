"""Innstillinger › Sikkerhetskopi and the status-bar indicator, clicked like a user would, against SeaweedFS."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from kontopronto_desktop.core import members
from kontopronto_desktop.core.backup import sync
from kontopronto_desktop.core.backup.settings import (
    LocalState,
    get_backup_settings,
    save_backup_settings,
    utc_now,
)
from kontopronto_desktop.core.store import Store, open_store
from kontopronto_desktop.ui.context import AppContext
from kontopronto_desktop.ui.settings import backup as settings_backup
from kontopronto_desktop.ui.settings import backup_status as backup_status
from tests.conftest import PASSPHRASE
from tests.integration.seaweed import ACCESS_KEY, SECRET_KEY, SeaweedServer, configure_backup, seaweed  # noqa: F401

LEFT = Qt.MouseButton.LeftButton


def _tab(qtbot, ctx: AppContext) -> settings_backup.BackupSettingsTab:  # type: ignore[no-untyped-def]
    tab = settings_backup.create_page(ctx)
    qtbot.addWidget(tab)
    tab.show()
    return tab  # type: ignore[return-value]


def _type(qtbot, field, text: str) -> None:  # type: ignore[no-untyped-def]
    field.clear()
    qtbot.keyClicks(field, text)


def test_fill_in_test_connection_push_and_list(qtbot, store: Store, seaweed: SeaweedServer,  # type: ignore[no-untyped-def]  # noqa: F811
                                               tmp_path: Path) -> None:
    with store.session() as s:
        members.create_member(s, {"name": "Kari Klikk", "postcode": "0150", "city": "Oslo"})
    ctx = AppContext(store)
    tab = _tab(qtbot, ctx)
    assert tab.model.rowCount() == 0
    bucket = seaweed.make_bucket()
    _type(qtbot, tab.endpoint, seaweed.endpoint)
    _type(qtbot, tab.region, "us-east-1")
    _type(qtbot, tab.bucket, bucket)
    _type(qtbot, tab.access_key, ACCESS_KEY)
    _type(qtbot, tab.secret_key, "feil-hemmelighet")
    qtbot.mouseClick(tab.test_button, LEFT)
    qtbot.waitUntil(lambda: "virker ikke" in tab.connection_result.text(), timeout=20_000)
    assert "hemmelige nøkkelen" in tab.connection_result.text()
    assert tab.error_box is not None and "hemmelige nøkkelen" in tab.error_box.text()
    tab.error_box.close()

    _type(qtbot, tab.secret_key, SECRET_KEY)
    qtbot.mouseClick(tab.test_button, LEFT)
    qtbot.waitUntil(lambda: "Forbindelsen virker." in tab.connection_result.text(), timeout=20_000)
    assert "Skriving virker" in tab.connection_result.text()

    qtbot.mouseClick(tab.save_button, LEFT)
    assert "lagret" in tab.result.text()
    with store.session() as s:
        assert get_backup_settings(s).bucket == bucket

    status = backup_status.create_status_widget(ctx)
    qtbot.addWidget(status)
    qtbot.waitUntil(lambda: not status.checking, timeout=20_000)  # type: ignore[attr-defined]
    assert status.level == "red" and "aldri" in status.label.text()  # type: ignore[attr-defined]

    qtbot.mouseClick(tab.push_button, LEFT)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1 and not tab.busy, timeout=30_000)
    assert tab.model.data(tab.model.index(0, 1)) == "1"
    assert tab.model.data(tab.model.index(0, 5)) == "denne PC-en"
    assert "Oppdatert" in tab.sync_status.text()
    qtbot.waitUntil(lambda: status.level == "green", timeout=5_000)  # type: ignore[attr-defined]
    assert "#2e7d32" in status.dot.styleSheet()  # type: ignore[attr-defined]

    tab.table.selectRow(0)
    qtbot.mouseClick(tab.verify_button, LEFT)
    qtbot.waitUntil(lambda: "OK:" in tab.result.text(), timeout=30_000)
    assert "Medlemmer i kopien: 1" in tab.result.text()

    target = tmp_path / "kopi-fra-gui.kpdb"
    _type(qtbot, tab.new_file, str(target))
    qtbot.mouseClick(tab.restore_file_button, LEFT)
    qtbot.waitUntil(lambda: "Gjenopprettet til" in tab.result.text(), timeout=30_000)
    with open_store(target, passphrase=PASSPHRASE) as copy, copy.session() as s:
        assert [m.name for m in members.search_members(s, "")] == ["Kari Klikk"]


def test_restore_over_asks_first_then_replaces(qtbot, store: Store, seaweed: SeaweedServer) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    configure_backup(store, seaweed, seaweed.make_bucket())
    sync.push(store, sync.open_remote(store))
    with store.session() as s:
        members.create_member(s, {"name": "Etter Kopien", "postcode": "0150", "city": "Oslo"})
    ctx = AppContext(store)
    changes: list[str] = []
    ctx.changed.connect(changes.append)
    tab = _tab(qtbot, ctx)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1 and not tab.busy, timeout=20_000)
    tab.table.selectRow(0)
    qtbot.mouseClick(tab.restore_button, LEFT)
    assert tab.confirm_box is not None and "tas vare på" in tab.confirm_box.text()
    qtbot.mouseClick(tab.confirm_box.button(QMessageBox.StandardButton.No), LEFT)
    with store.session() as s:
        assert len(members.search_members(s, "")) == 1  # "Nei" changed nothing
    qtbot.mouseClick(tab.restore_button, LEFT)
    qtbot.mouseClick(tab.confirm_box.button(QMessageBox.StandardButton.Yes), LEFT)
    qtbot.waitUntil(lambda: "Gjenopprettet generasjon 1" in tab.result.text(), timeout=30_000)
    with store.session() as s:
        assert members.search_members(s, "") == []
    assert "all" in changes


@pytest.mark.parametrize(("days", "failed", "level", "colour"), [
    (1, False, "green", "#2e7d32"), (8, False, "amber", "#f9a825"), (31, False, "red", "#c62828"),
    (1, True, "red", "#c62828"),
])
def test_status_indicator_colour(qtbot, store: Store, days: int, failed: bool, level: str,  # type: ignore[no-untyped-def]
                                 colour: str) -> None:
    with store.session() as s:
        save_backup_settings(s, {"endpoint": "http://127.0.0.1:9", "bucket": "kp-boette", "attempts": 1})
    state = LocalState(generation=4, last_success_at=(utc_now() - timedelta(days=days)).isoformat(),
                       last_error="Lagringstjenesten kan ikke nås." if failed else "")
    state.save(store.path)
    widget = backup_status.create_status_widget(AppContext(store))
    qtbot.addWidget(widget)
    qtbot.waitUntil(lambda: not widget.checking, timeout=20_000)  # type: ignore[attr-defined]
    assert widget.level == level  # type: ignore[attr-defined]
    assert colour in widget.dot.styleSheet()  # type: ignore[attr-defined]
    if failed:
        assert widget.label.text() == "Sikkerhetskopi feilet" and "kan ikke nås" in widget.toolTip()  # type: ignore[attr-defined]
    else:
        assert ("i går" if days == 1 else f"{days} dager") in widget.label.text()  # type: ignore[attr-defined]


def test_periodic_backup_and_backup_on_close(qtbot, store: Store, seaweed: SeaweedServer) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    configure_backup(store, seaweed, seaweed.make_bucket())
    ctx = AppContext(store)
    widget = backup_status.create_status_widget(ctx)
    qtbot.addWidget(widget)
    qtbot.waitUntil(lambda: not widget.checking, timeout=20_000)  # type: ignore[attr-defined]
    widget.tick()  # never backed up: due now  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: widget.level == "green", timeout=30_000)  # type: ignore[attr-defined]
    assert LocalState.load(store.path).generation == 1
    widget.tick()  # within the interval: nothing happens  # type: ignore[attr-defined]
    assert not widget.running  # type: ignore[attr-defined]

    ctx.about_to_close.emit()  # nothing changed: no backup
    assert LocalState.load(store.path).generation == 1
    with store.session() as s:
        members.create_member(s, {"name": "Før Lukking", "postcode": "0150", "city": "Oslo"})
    ctx.about_to_close.emit()  # waits for the backup to finish
    assert LocalState.load(store.path).generation == 2 and not widget.running  # type: ignore[attr-defined]


def test_retention_settings_cancel_and_prune(qtbot, store: Store, seaweed: SeaweedServer) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    from kontopronto_desktop.core.settings import set_setting

    configure_backup(store, seaweed, seaweed.make_bucket())
    with store.session() as s:
        set_setting(s, "test.fyll", "z" * (8 * 1024 * 1024))
    ctx = AppContext(store)
    tab = _tab(qtbot, ctx)
    qtbot.waitUntil(lambda: not tab.busy, timeout=20_000)
    assert "3 måneder" in tab.policy_note.text()
    tab.keep["keep_last"].setValue(1)
    tab.keep["keep_daily"].setValue(1)
    qtbot.mouseClick(tab.save_button, LEFT)
    with store.session() as s:
        assert (get_backup_settings(s).keep_last, get_backup_settings(s).keep_daily) == (1, 1)

    qtbot.mouseClick(tab.push_button, LEFT)
    assert tab.cancel_button.isEnabled()
    qtbot.mouseClick(tab.cancel_button, LEFT)
    qtbot.waitUntil(lambda: not tab.busy, timeout=30_000)
    assert "avbrutt" in tab.result.text()
    tab.error_box.close()  # type: ignore[union-attr]
    assert sync.list_snapshots(sync.open_remote(store), sync.backup_keys(store)).manifests == []

    for _ in range(2):
        sync.push(store, sync.open_remote(store), prune=False)
    qtbot.mouseClick(tab.refresh_button, LEFT)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2 and not tab.busy, timeout=20_000)
    qtbot.mouseClick(tab.prune_button, LEFT)
    qtbot.waitUntil(lambda: "Slettet 1 utløpte" in tab.result.text() and not tab.busy, timeout=20_000)
    assert tab.model.rowCount() == 1 and tab.model.data(tab.model.index(0, 1)) == "2"


def test_push_over_a_newer_generation_offers_the_choices(qtbot, store: Store, seaweed: SeaweedServer,  # type: ignore[no-untyped-def]  # noqa: F811
                                                        tmp_path: Path) -> None:
    from kontopronto_desktop.core.backup.restore import keep_copy

    configure_backup(store, seaweed, seaweed.make_bucket())
    sync.push(store, sync.open_remote(store))
    keep_copy(store, tmp_path / "pc-b.kpdb")
    with open_store(tmp_path / "pc-b.kpdb", passphrase=PASSPHRASE) as pc_b:
        sync.pull(pc_b, sync.open_remote(pc_b))
        with pc_b.session() as s:
            members.create_member(s, {"name": "Fra Den Andre PC-en", "postcode": "0150", "city": "Oslo"})
        sync.push(pc_b, sync.open_remote(pc_b))
    with store.session() as s:
        members.create_member(s, {"name": "Bare Her", "postcode": "0150", "city": "Oslo"})

    ctx = AppContext(store)
    status = backup_status.create_status_widget(ctx)
    qtbot.addWidget(status)
    qtbot.waitUntil(lambda: not status.checking, timeout=20_000)  # type: ignore[attr-defined]
    assert "nyere utgave på serveren" in status.label.text()  # type: ignore[attr-defined]
    assert "generasjon 2" in status.toolTip() and "Innstillinger → Sikkerhetskopi" in status.toolTip()
    tab = _tab(qtbot, ctx)
    qtbot.waitUntil(lambda: not tab.busy, timeout=20_000)
    assert "nyere utgave" in tab.sync_status.text()
    own = tmp_path / "min-utgave.kpdb"
    _type(qtbot, tab.new_file, str(own))
    qtbot.mouseClick(tab.push_button, LEFT)
    qtbot.waitUntil(lambda: tab.conflict_box is not None, timeout=20_000)
    assert "generasjon 2" in tab.conflict_box.text() and "kontopronto" not in tab.conflict_box.text()  # type: ignore[union-attr]
    qtbot.mouseClick(tab.keep_own_button, LEFT)
    qtbot.waitUntil(lambda: "Din egen utgave er lagret" in tab.result.text() and not tab.busy, timeout=30_000)
    with store.session() as s:
        assert [m.name for m in members.search_members(s, "")] == ["Fra Den Andre PC-en"]
    assert "nyere utgave" not in status.label.text()  # type: ignore[attr-defined]
    with open_store(own, passphrase=PASSPHRASE) as mine, mine.session() as s:
        assert [m.name for m in members.search_members(s, "")] == ["Bare Her"]
