"""Two PCs (two folders) sharing one store through the S3 server: generations, pull, refusals."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kontopronto_desktop.core import members, organisation
from kontopronto_desktop.core.backup import sync
from kontopronto_desktop.core.backup.restore import keep_copy
from kontopronto_desktop.core.backup.settings import LocalState
from kontopronto_desktop.core.store import Store, open_store
from tests.conftest import ORG, PASSPHRASE

from .seaweed import SeaweedServer, configure_backup, seaweed  # noqa: F401


def _add(store: Store, name: str) -> None:
    with store.session() as s:
        members.create_member(s, {"name": name, "postcode": "0150", "city": "Oslo"})


def _names(store: Store) -> set[str]:
    with store.session() as s:
        return {m.name for m in members.search_members(s, "")}


def _device(store: Store, name: str) -> None:
    state = LocalState.load(store.path)
    state.device = name
    state.save(store.path)


@pytest.fixture
def two_pcs(store: Store, seaweed: SeaweedServer, tmp_path: Path) -> Iterator[tuple[Store, Store]]:  # noqa: F811
    """PC A is the test store; PC B got a copy of the files once (e.g. on a USB stick)."""
    configure_backup(store, seaweed, seaweed.make_bucket())
    _device(store, "pc-a")
    folder_b = tmp_path / "pc-b"
    folder_b.mkdir()
    keep_copy(store, folder_b / "forening.kpdb")
    pc_b = open_store(folder_b / "forening.kpdb", passphrase=PASSPHRASE)
    _device(pc_b, "pc-b")
    yield store, pc_b
    pc_b.close()


def test_behind_pc_is_told_and_pulls(two_pcs: tuple[Store, Store]) -> None:
    pc_a, pc_b = two_pcs
    _add(pc_a, "Fra PC A")
    assert sync.push(pc_a, sync.open_remote(pc_a)).manifest.generation == 1  # type: ignore[union-attr]

    remote_b = sync.open_remote(pc_b)
    status = sync.status(pc_b, remote_b)
    assert status.behind and status.remote_generation == 1 and status.local_generation == 0
    assert "nyere utgave" in status.message() and "pc-a" in status.message()
    report = sync.pull(pc_b, remote_b)
    assert report.ok and _names(pc_b) == {"Fra PC A"}
    assert LocalState.load(pc_b.path).generation == 1
    after = sync.status(pc_b, remote_b)
    assert not after.behind and not after.changed_locally and "Oppdatert" in after.message()

    _add(pc_b, "Fra PC B")
    pushed = sync.push(pc_b, remote_b).manifest
    assert pushed is not None and (pushed.generation, pushed.base_generation, pushed.device) == (2, 1, "pc-b")


def test_push_over_a_newer_generation_is_refused_then_resolved(two_pcs: tuple[Store, Store], tmp_path: Path) -> None:
    pc_a, pc_b = two_pcs
    remote_a, remote_b = sync.open_remote(pc_a), sync.open_remote(pc_b)
    sync.push(pc_a, remote_a)  # generation 1
    sync.pull(pc_b, remote_b)
    _add(pc_b, "Bare på B")
    sync.push(pc_b, remote_b)  # generation 2, based on 1
    _add(pc_a, "Bare på A")

    with pytest.raises(sync.RemoteIsNewer) as refused:
        sync.push(pc_a, remote_a)
    message = refused.value.message
    assert "generasjon 2 fra «pc-b»" in message and "bygger på generasjon 1" in message
    assert "Ingenting er lastet opp" in message and "--keep-own-copy" in message
    listing = sync.list_snapshots(remote_a, sync.backup_keys(pc_a))
    assert [m.generation for m in listing.manifests] == [1, 2]  # nothing overwritten
    assert "Bare på A" in _names(pc_a)  # and nothing lost locally

    own_copy = tmp_path / "min-egen-kopi.kpdb"
    report = sync.pull(pc_a, remote_a, keep_own_copy=own_copy)
    assert report.ok and _names(pc_a) == {"Bare på B"}
    with open_store(own_copy, passphrase=PASSPHRASE) as mine:
        assert _names(mine) == {"Bare på A"}
    assert Path(report.kept_copy).exists()
    _add(pc_a, "Videre på A")
    pushed = sync.push(pc_a, remote_a).manifest
    assert pushed is not None and (pushed.generation, pushed.base_generation) == (3, 2)


def test_two_pcs_racing_for_the_same_generation(two_pcs: tuple[Store, Store]) -> None:
    """Both start from generation 1; B's manifest for generation 2 lands between A's check and A's write."""
    pc_a, pc_b = two_pcs
    remote_a, remote_b = sync.open_remote(pc_a), sync.open_remote(pc_b)
    sync.push(pc_a, remote_a)
    sync.pull(pc_b, remote_b)
    _add(pc_a, "A")
    _add(pc_b, "B")
    raced: list[object] = []

    def b_pushes_first(done: int, total: int) -> None:
        if not raced:
            raced.append(sync.push(pc_b, remote_b))

    with pytest.raises(sync.RemoteIsNewer, match="samtidig"):
        sync.push(pc_a, remote_a, progress=b_pushes_first)
    listing = sync.list_snapshots(remote_a, sync.backup_keys(pc_a))
    assert [(m.generation, m.device) for m in listing.manifests] == [(1, "pc-a"), (2, "pc-b")]
    assert len(listing.objects) == 2  # A's orphaned object was removed at once
    assert LocalState.load(pc_a.path).generation == 1


def test_new_pc_restores_with_only_the_recovery_key(seaweed: SeaweedServer, tmp_path: Path) -> None:  # noqa: F811
    """The old PC is gone: the new one knows the server, the bucket and the printed recovery key."""
    from kontopronto_desktop.core.backup.remote import BackupError, Remote, RemoteConfig
    from kontopronto_desktop.core.store import create_store

    from .seaweed import ACCESS_KEY, SECRET_KEY

    old, recovery = create_store(tmp_path / "gammel-pc" / "lag.kpdb", PASSPHRASE)
    with old:
        with old.session() as s:
            organisation.save_organisation(s, ORG)
        bucket = seaweed.make_bucket()
        configure_backup(old, seaweed, bucket)
        _add(old, "Overlever Tyveriet")
        sync.push(old, sync.open_remote(old))
    other, _ = create_store(tmp_path / "annen" / "annen.kpdb", PASSPHRASE)  # another store in the same bucket
    with other:
        with other.session() as s:
            organisation.save_organisation(s, ORG)
        configure_backup(other, seaweed, bucket)
        sync.push(other, sync.open_remote(other))

    remote = Remote(RemoteConfig(endpoint=seaweed.endpoint, bucket=bucket, access_key=ACCESS_KEY,
                                 secret_key=SECRET_KEY, prefix="kontopronto", attempts=1))
    with pytest.raises(BackupError, match="gjenopprettingsnøkkel"):
        sync.recover(remote, "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH", tmp_path / "ny-pc" / "lag.kpdb")
    target = tmp_path / "ny-pc" / "lag.kpdb"
    report = sync.recover(remote, recovery.lower(), target)
    assert report.ok and target.exists()
    with open_store(target, passphrase=PASSPHRASE) as restored:
        assert _names(restored) == {"Overlever Tyveriet"}
        assert LocalState.load(target).generation == 1
        assert sync.status(restored, sync.open_remote(restored)).message().startswith("Oppdatert")
