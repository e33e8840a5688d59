"""`backup status` tells the truth when the server lost what this PC pushed (issue 21)."""

from __future__ import annotations

import json

import pytest

from kontopronto_desktop.core import members
from kontopronto_desktop.core.backup import sync
from kontopronto_desktop.core.backup.manifest import manifest_name
from kontopronto_desktop.core.backup.restore import data_object_key
from kontopronto_desktop.core.backup.settings import LocalState
from kontopronto_desktop.core.backup.status import server_disagreement
from kontopronto_desktop.core.store import Store
from tests.conftest import PASSPHRASE

from .seaweed import SeaweedServer, configure_backup, seaweed  # noqa: F401


def test_pure_rule() -> None:
    state = LocalState(generation=2, snapshot_id="b")
    assert server_disagreement(state, {"a": 1, "b": 2}) == ""
    assert "generasjon 2" in server_disagreement(state, {"a": 1}) and "generasjon 1" in server_disagreement(
        state, {"a": 1})
    assert server_disagreement(state, {"a": 1, "c": 3}) == ""  # another PC pushed since: "behind" covers it
    assert "ingen sikkerhetskopier" in server_disagreement(state, {})
    assert server_disagreement(LocalState(), {}) == ""  # never pushed


def test_status_after_the_newest_was_deleted_on_the_server(store: Store, seaweed: SeaweedServer,  # noqa: F811
                                                           monkeypatch: pytest.MonkeyPatch,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    from kontopronto_desktop.cli import main

    configure_backup(store, seaweed, seaweed.make_bucket())
    remote = sync.open_remote(store)
    sync.push(store, remote)
    with store.session() as s:
        members.create_member(s, {"name": "Ny", "postcode": "0150", "city": "Oslo"})
    second = sync.push(store, remote).manifest
    assert second is not None and second.generation == 2
    assert "Oppdatert: generasjon 2" in sync.status(store, remote).message()
    keys = sync.backup_keys(store)
    remote.delete(remote.key(keys.store_tag, "m", manifest_name(keys, 2)))  # gone on the server
    remote.delete(data_object_key(remote, keys, second.snapshot_id))
    result = sync.status(store, remote)
    assert result.disagreement and "generasjon 2" in result.message() and "generasjon 1" in result.message()
    assert "Oppdatert" not in result.message()
    store.close()
    monkeypatch.setenv("KONTOPRONTO_PASSPHRASE", PASSPHRASE)
    assert main(["backup", "status", "--json", "--store", str(store.path)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["server_disagrees"] is True and data["remote_generation"] == 1 and data["local_generation"] == 2


def test_a_restored_store_and_its_key_file_are_owner_only(store: Store, seaweed: SeaweedServer,  # noqa: F811
                                                          tmp_path) -> None:  # type: ignore[no-untyped-def]
    import os
    import stat

    from kontopronto_desktop.core.backup.restore import restore_to_file
    from kontopronto_desktop.core.store import keys_path

    if os.name == "nt":
        return
    old = os.umask(0o022)
    try:
        configure_backup(store, seaweed, seaweed.make_bucket())
        remote = sync.open_remote(store)
        manifest = sync.push(store, remote).manifest
        assert manifest is not None
        target = tmp_path / "hentet.kpdb"
        restore_to_file(remote, sync.backup_keys(store), manifest, store.key, target)
    finally:
        os.umask(old)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert stat.S_IMODE(keys_path(target).stat().st_mode) == 0o600
