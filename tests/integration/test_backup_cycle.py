"""The backup cycle against a real SeaweedFS S3 server: push, list, verify, restore, tampering, errors."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest

from kontopronto_desktop.core import members
from kontopronto_desktop.core.backup import crypto, sync
from kontopronto_desktop.core.backup.crypto import BackupIntegrityError
from kontopronto_desktop.core.backup.remote import BackupError, Remote, RemoteConfig, RemoteUnavailable
from kontopronto_desktop.core.backup.restore import data_object_key, restore_to_file, verify
from kontopronto_desktop.core.backup.settings import LocalState
from kontopronto_desktop.core.settings import set_setting
from kontopronto_desktop.core.store import Store, open_store
from tests.conftest import PASSPHRASE

from .seaweed import (
    ACCESS_KEY,
    READONLY_ACCESS_KEY,
    READONLY_SECRET_KEY,
    SECRET_KEY,
    SeaweedServer,
    configure_backup,
    free_ports,
    seaweed,  # noqa: F401  (the session's server)
)

SECRET_NAME = "Zyxwvørstad Hemmeligsen"


def _with_members(store: Store, *names: str) -> None:
    with store.session() as s:
        for name in names:
            members.create_member(s, {"name": name, "postcode": "0150", "city": "Oslo", "email": "x@example.no"})


def _names(store: Store) -> set[str]:
    with store.session() as s:
        return {m.name for m in members.search_members(s, "")}


@pytest.fixture
def remote(store: Store, seaweed: SeaweedServer) -> Remote:  # noqa: F811
    configure_backup(store, seaweed, seaweed.make_bucket())
    return sync.open_remote(store)


def test_push_list_verify_and_restore_to_a_new_file(store: Store, remote: Remote, seaweed: SeaweedServer,  # noqa: F811
                                                    tmp_path: Path) -> None:
    _with_members(store, SECRET_NAME, "Kari Nordmann")
    result = sync.push(store, remote)
    assert result.manifest is not None and result.manifest.generation == 1 and result.manifest.base_generation == 0
    assert result.pruned == []
    listing = sync.list_snapshots(remote, sync.backup_keys(store))
    assert [m.snapshot_id for m in listing.manifests] == [result.manifest.snapshot_id]
    shown = listing.manifests[0].summary()
    assert shown["generation"] == 1 and shown["db_bytes"] == store.path.stat().st_size or shown["db_bytes"] > 0

    # Nothing in the bucket names or reads as the organisation or its members.
    client = seaweed.client()
    objects = client.list_objects_v2(Bucket=remote.cfg.bucket)["Contents"]  # type: ignore[attr-defined]
    assert len(objects) == 3  # data, manifest, recovery-wrapped key
    for obj in objects:
        key = obj["Key"]
        parts = key.split("/")
        assert parts[0] == "kontopronto" and all(len(p) in (1, 32) and p.isalnum() for p in parts[1:]), key
        body = client.get_object(Bucket=remote.cfg.bucket, Key=key)["Body"].read()  # type: ignore[attr-defined]
        for needle in (SECRET_NAME, "Testlaget IL", "974760673", "scrypt"):
            assert needle.encode() not in body

    report = verify(remote, sync.backup_keys(store), listing.manifests[0], store.key)
    assert report.ok, report.problems
    assert report.members == 2 and "OK:" in report.summary()[-1]

    target = tmp_path / "gjenopprettet" / "kopi.kpdb"
    restored = restore_to_file(remote, sync.backup_keys(store), listing.manifests[0], store.key, target)
    assert restored.ok and target.exists()
    with open_store(target, passphrase=PASSPHRASE) as copy:
        assert _names(copy) == {SECRET_NAME, "Kari Nordmann"}
    with pytest.raises(BackupError, match="finnes allerede"):
        restore_to_file(remote, sync.backup_keys(store), listing.manifests[0], store.key, target)


def test_restore_over_the_store_keeps_the_replaced_file(store: Store, remote: Remote) -> None:
    _with_members(store, "Før Kopien")
    sync.push(store, remote)
    _with_members(store, "Etter Kopien")
    report = sync.pull(store, remote, snapshot_id=sync.list_snapshots(remote, sync.backup_keys(store)).newest
                       .snapshot_id[:8])  # type: ignore[union-attr]
    assert report.ok
    assert _names(store) == {"Før Kopien"}  # the same Store object reads the restored file
    kept = Path(report.kept_copy)
    assert kept.exists() and "før-gjenoppretting" in kept.name
    with open_store(kept, passphrase=PASSPHRASE) as old:
        assert _names(old) == {"Før Kopien", "Etter Kopien"}
    _with_members(store, "Skrevet Etterpå")  # the store works as before
    assert "Skrevet Etterpå" in _names(store)


def test_unchanged_store_is_not_pushed_again_when_only_if_changed(store: Store, remote: Remote) -> None:
    first = sync.push(store, remote)
    again = sync.push(store, remote, only_if_changed=True)
    assert again.skipped and again.manifest == first.manifest
    _with_members(store, "Ny Endring")
    third = sync.push(store, remote, only_if_changed=True)
    assert not third.skipped and third.manifest is not None and third.manifest.generation == 2


def _records(blob: bytes) -> tuple[bytes, list[bytes]]:
    header, pos, records = blob[:crypto.HEADER_BYTES], crypto.HEADER_BYTES, []
    while pos < len(blob):
        (length,) = struct.unpack(">I", blob[pos:pos + 4])
        records.append(blob[pos:pos + 4 + length])
        pos += 4 + length
    return header, records


@pytest.mark.parametrize("damage", ["altered", "truncated", "reordered"])
def test_tampered_object_is_detected_and_nothing_is_replaced(store: Store, remote: Remote, seaweed: SeaweedServer,  # noqa: F811
                                                             monkeypatch: pytest.MonkeyPatch, damage: str) -> None:
    monkeypatch.setattr(crypto, "CHUNK_BYTES", 16 * 1024)  # several records even for a small store
    _with_members(store, "Original Person")
    manifest = sync.push(store, remote).manifest
    assert manifest is not None and manifest.chunks > 3
    key = data_object_key(remote, sync.backup_keys(store), manifest.snapshot_id)
    client = seaweed.client()
    blob = client.get_object(Bucket=remote.cfg.bucket, Key=key)["Body"].read()  # type: ignore[attr-defined]
    header, records = _records(blob)
    if damage == "altered":
        changed = bytearray(blob)
        changed[len(blob) // 2] ^= 0x40
        bad = bytes(changed)
    elif damage == "truncated":
        bad = header + b"".join(records[:-1])
    else:
        bad = header + records[1] + records[0] + b"".join(records[2:])
    client.put_object(Bucket=remote.cfg.bucket, Key=key, Body=bad)  # type: ignore[attr-defined]

    report = verify(remote, sync.backup_keys(store), manifest, store.key)
    assert not report.ok
    assert "endret, avkortet eller i feil rekkefølge" in report.problems[0] or "avkortet" in report.problems[0]
    _with_members(store, "Lokal Endring")
    before = store.path.read_bytes()
    with pytest.raises(BackupIntegrityError):
        sync.pull(store, remote)
    assert store.path.read_bytes() == before
    assert _names(store) == {"Original Person", "Lokal Endring"}
    assert not list(store.path.parent.glob("*før-gjenoppretting*"))


def test_swapped_manifest_is_refused(store: Store, remote: Remote, seaweed: SeaweedServer) -> None:  # noqa: F811
    sync.push(store, remote)
    _with_members(store, "Andre")
    sync.push(store, remote)
    keys = sync.backup_keys(store)
    from kontopronto_desktop.core.backup.manifest import manifest_name

    first, second = (remote.key(keys.store_tag, "m", manifest_name(keys, g)) for g in (1, 2))
    client = seaweed.client()
    body = client.get_object(Bucket=remote.cfg.bucket, Key=first)["Body"].read()  # type: ignore[attr-defined]
    client.put_object(Bucket=remote.cfg.bucket, Key=second, Body=body)  # type: ignore[attr-defined]
    listing = sync.list_snapshots(remote, keys)
    assert [m.generation for m in listing.manifests] == [1] and listing.unreadable == [second]


def _cfg(server: SeaweedServer, bucket: str, **kw: object) -> RemoteConfig:
    values: dict[str, object] = {"endpoint": server.endpoint, "bucket": bucket, "access_key": ACCESS_KEY,
                                 "secret_key": SECRET_KEY, "attempts": 1, "connect_timeout": 2.0}
    values.update(kw)
    return RemoteConfig(**values)  # type: ignore[arg-type]


def test_connection_test_says_exactly_what_is_wrong(seaweed: SeaweedServer) -> None:  # noqa: F811
    bucket = seaweed.make_bucket()
    passed = Remote(_cfg(seaweed, bucket)).test_connection()
    assert any("DNS" in line for line in passed) and passed[-1] == "Sletting virker."

    with pytest.raises(BackupError, match="hemmelige nøkkelen"):
        Remote(_cfg(seaweed, bucket, secret_key="feil-hemmelighet")).test_connection()
    with pytest.raises(BackupError, match="«UKJENTNOKKEL» er ukjent"):
        Remote(_cfg(seaweed, bucket, access_key="UKJENTNOKKEL")).test_connection()
    with pytest.raises(BackupError, match="Bøtta «finnes-ikke-her» finnes ikke"):
        Remote(_cfg(seaweed, "finnes-ikke-her")).test_connection()
    with pytest.raises(BackupError, match="Ingen skrivetilgang"):
        Remote(_cfg(seaweed, bucket, access_key=READONLY_ACCESS_KEY, secret_key=READONLY_SECRET_KEY)).test_connection()
    closed = free_ports(1)[0]
    with pytest.raises(RemoteUnavailable, match="kan ikke nås"):
        Remote(_cfg(seaweed, bucket, endpoint=f"http://127.0.0.1:{closed}")).test_connection()
    with pytest.raises(RemoteUnavailable, match="TLS-feil mot 127.0.0.1"):  # https to a plain-http server
        Remote(_cfg(seaweed, bucket, endpoint=seaweed.endpoint.replace("http:", "https:"))).test_connection()
    with pytest.raises(RemoteUnavailable, match="DNS"):
        Remote(_cfg(seaweed, bucket, endpoint="https://s3.finnes-ikke.invalid")).test_connection()


def test_unreachable_server_gives_a_status_and_the_store_keeps_working(store: Store,
                                                                        seaweed: SeaweedServer) -> None:  # noqa: F811
    closed = free_ports(1)[0]
    configure_backup(store, seaweed, "noe-boette")
    with store.session() as s:
        from kontopronto_desktop.core.backup.settings import save_backup_settings

        save_backup_settings(s, {"endpoint": f"http://127.0.0.1:{closed}", "attempts": 1})
    with pytest.raises(RemoteUnavailable, match="virker som før"):
        sync.push(store, sync.open_remote(store))
    state = LocalState.load(store.path)
    assert state.failed and "kan ikke nås" in state.last_error and state.generation == 0
    _with_members(store, "Lokalt Arbeid")
    assert "Lokalt Arbeid" in _names(store)


def test_missing_bucket_and_wrong_secret_on_push(store: Store, seaweed: SeaweedServer) -> None:  # noqa: F811
    configure_backup(store, seaweed, "ingen-slik-boette")
    with pytest.raises(BackupError, match="finnes ikke"):
        sync.push(store, sync.open_remote(store))
    configure_backup(store, seaweed, seaweed.make_bucket(), secret_key="helt-feil")
    with pytest.raises(BackupError, match="hemmelige nøkkelen"):
        sync.push(store, sync.open_remote(store))


def test_large_store_goes_up_in_several_parts(store: Store, remote: Remote, monkeypatch: pytest.MonkeyPatch) -> None:
    from kontopronto_desktop.core.backup import remote as remote_module

    monkeypatch.setattr(remote_module, "PART_BYTES", 5 * 1024 * 1024)
    with store.session() as s:
        set_setting(s, "test.fyll", "x" * (20 * 1024 * 1024))
    seen: list[tuple[int, int]] = []
    result = sync.push(store, remote, progress=lambda done, total: seen.append((done, total)))
    assert result.manifest is not None and result.manifest.db_bytes > 20 * 1024 * 1024
    assert len(seen) >= 3 and seen[-1][0] == seen[-1][1]
    report = verify(remote, sync.backup_keys(store), result.manifest, store.key)
    assert report.ok, report.problems


def test_an_old_store_backs_up_and_restores_into_the_current_schema(seaweed: SeaweedServer, tmp_path: Path) -> None:  # noqa: F811
    """The committed v0001 store and key file, untouched by migrations, pushed as it is."""
    import shutil

    from sqlalchemy import text

    from kontopronto_desktop.core.store import migrate

    fixtures = Path(__file__).resolve().parents[1] / "fixtures" / "stores"
    for name in ("v0001_foundation.kpdb", "v0001_foundation.kpdb.keys"):
        shutil.copy(fixtures / name, tmp_path / name)
    with open_store(tmp_path / "v0001_foundation.kpdb", passphrase="fixture-passord-0001",
                    migrate_schema=False) as old:
        assert migrate.current_revisions(old.engine) == {"0001_foundation"}
        configure_backup(old, seaweed, seaweed.make_bucket())
        remote = sync.open_remote(old)
        manifest = sync.push(old, remote).manifest
        assert manifest is not None and manifest.schema == ["0001_foundation"]
        with old.session() as s:
            names = {row[0] for row in s.execute(text("SELECT name FROM member"))}
        target = tmp_path / "ny" / "gjenopprettet.kpdb"
        report = restore_to_file(remote, sync.backup_keys(old), manifest, old.key, target)
    assert report.ok, report.problems
    with open_store(target, passphrase="fixture-passord-0001", migrate_schema=False) as restored:
        assert migrate.current_revisions(restored.engine) == migrate.head_revisions()
        assert _names(restored) == names and names
