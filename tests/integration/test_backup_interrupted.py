"""A server killed in the middle of a multipart upload, and retention with dates, on real SeaweedFS."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from kontopronto_desktop.core import members
from kontopronto_desktop.core.backup import remote as remote_module
from kontopronto_desktop.core.backup import sync
from kontopronto_desktop.core.backup.remote import RemoteUnavailable
from kontopronto_desktop.core.backup.restore import verify
from kontopronto_desktop.core.backup.settings import LocalState, save_backup_settings
from kontopronto_desktop.core.privacy.policy import set_policy
from kontopronto_desktop.core.settings import set_setting
from kontopronto_desktop.core.store import Store

from .seaweed import SeaweedServer, configure_backup, seaweed  # noqa: F401


@pytest.fixture
def own_server(tmp_path: Path) -> Iterator[SeaweedServer]:
    """A server of this test's own, since the test kills it."""
    server = SeaweedServer(tmp_path / "seaweed")
    server.start()
    yield server
    server.stop()


def test_server_killed_mid_upload_leaves_previous_snapshots_and_next_push_succeeds(
        store: Store, own_server: SeaweedServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(remote_module, "PART_BYTES", 5 * 1024 * 1024)
    with store.session() as s:
        set_setting(s, "test.fyll", "y" * (24 * 1024 * 1024))
    configure_backup(store, own_server, own_server.make_bucket(), attempts=2)
    remote = sync.open_remote(store)
    first = sync.push(store, remote).manifest
    assert first is not None and first.chunks > 5

    with store.session() as s:
        members.create_member(s, {"name": "Under Opplasting", "postcode": "0150", "city": "Oslo"})
    calls: list[int] = []

    def pull_the_plug(done: int, total: int) -> None:
        calls.append(done)
        if len(calls) == 1:
            own_server.kill()  # after the first part has reached the server

    with pytest.raises(RemoteUnavailable, match="kan ikke nås|svarer ikke"):
        sync.push(store, remote, progress=pull_the_plug)
    state = LocalState.load(store.path)
    assert state.failed and state.generation == 1
    assert len(state.pending_uploads) == 1  # remembered, since the server could not be told to abort

    own_server.start()  # same folder, same ports
    keys = sync.backup_keys(store)
    listing = sync.list_snapshots(remote, keys)
    assert [m.generation for m in listing.manifests] == [1]
    assert verify(remote, keys, listing.manifests[0], store.key).ok  # the previous snapshot is intact

    second = sync.push(store, remote)
    assert second.manifest is not None and second.manifest.generation == 2
    leftovers = remote.pending_uploads(remote.key(keys.store_tag, "d"))
    assert leftovers == []
    listing = sync.list_snapshots(remote, keys)
    assert [m.generation for m in listing.manifests] == [1, 2] and len(listing.objects) == 2
    assert LocalState.load(store.path).pending_uploads == [] and not LocalState.load(store.path).failed
    assert verify(remote, keys, listing.manifests[1], store.key).members == 1


def test_a_stale_upload_left_by_a_killed_program_is_aborted(store: Store, seaweed: SeaweedServer) -> None:  # noqa: F811
    """The program died mid-upload: its state file names the upload; the next run aborts it."""
    configure_backup(store, seaweed, seaweed.make_bucket())
    remote = sync.open_remote(store)
    keys = sync.backup_keys(store)
    key = remote.key(keys.store_tag, "d", "0" * 32)
    upload_id = remote.client.create_multipart_upload(Bucket=remote.cfg.bucket, Key=key)["UploadId"]
    remote.client.upload_part(Bucket=remote.cfg.bucket, Key=key, UploadId=upload_id, PartNumber=1,
                              Body=b"z" * (5 * 1024 * 1024))
    state = LocalState.load(store.path)
    state.pending_uploads = [[key, upload_id]]
    state.save(store.path)
    result = sync.push(store, remote)
    assert any("avbrutt opplasting" in line for line in result.cleaned)
    assert remote.pending_uploads(remote.key(keys.store_tag, "d")) == []


def _at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def test_retention_prune_with_dates(store: Store, seaweed: SeaweedServer) -> None:  # noqa: F811
    configure_backup(store, seaweed, seaweed.make_bucket())
    with store.session() as s:
        save_backup_settings(s, {"keep_last": 1, "keep_daily": 2, "keep_weekly": 1, "keep_monthly": 2})
        set_policy(s, "backup_max_days", 60)  # the privacy policy's backup limit
    remote = sync.open_remote(store)
    dates = ["2026-06-01T10:00", "2026-07-01T10:00", "2026-08-01T10:00", "2026-09-01T10:00", "2026-10-01T10:00",
             "2026-11-10T10:00", "2026-11-20T10:00", "2026-11-21T10:00", "2026-11-22T08:00", "2026-11-22T18:00"]
    ids = {}
    for when in dates:
        with store.session() as s:
            members.create_member(s, {"name": f"Medlem {when}", "postcode": "0150", "city": "Oslo"})
        manifest = sync.push(store, remote, prune=False, now=_at(when)).manifest
        assert manifest is not None
        ids[when] = manifest.snapshot_id
    now = _at("2026-11-23T12:00")
    planned = sync.apply_retention(store, remote, now=now, dry_run=True)
    assert len(sync.list_snapshots(remote, sync.backup_keys(store)).manifests) == 10  # dry run deletes nothing
    expected_kept = {"2026-11-22T18:00", "2026-11-21T10:00", "2026-10-01T10:00"}
    assert set(planned) == {ids[d] for d in dates if d not in expected_kept}
    deleted = sync.apply_retention(store, remote, now=now)
    assert deleted == planned
    listing = sync.list_snapshots(remote, sync.backup_keys(store))
    assert {m.snapshot_id for m in listing.manifests} == {ids[d] for d in expected_kept}
    assert len(listing.objects) == 3  # the data objects went with their manifests


def test_program_killed_mid_upload_is_cleaned_up_on_the_next_run(seaweed: SeaweedServer, tmp_path: Path) -> None:  # noqa: F811
    """`kontopronto backup push` gets SIGKILL while its multipart upload is under way."""
    import os
    import signal
    import subprocess
    import sys
    import time

    from kontopronto_desktop.core import organisation
    from kontopronto_desktop.core.store import create_store, open_store
    from tests.conftest import ORG, PASSPHRASE

    from .seaweed import ACCESS_KEY, SECRET_KEY

    path = tmp_path / "drept.kpdb"
    created, _ = create_store(path, PASSPHRASE)
    with created:
        with created.session() as s:
            organisation.save_organisation(s, ORG)
        for n in range(12):  # ~100 MB, so the upload takes long enough to be caught in the middle
            with created.session() as s:
                set_setting(s, f"test.fyll.{n}", os.urandom(4 * 1024 * 1024).hex())
        configure_backup(created, seaweed, seaweed.make_bucket())
    env = {**os.environ, "KONTOPRONTO_PASSPHRASE": PASSPHRASE, "KONTOPRONTO_S3_ACCESS_KEY": ACCESS_KEY,
           "KONTOPRONTO_S3_SECRET_KEY": SECRET_KEY, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    push = subprocess.Popen([sys.executable, "-m", "kontopronto_desktop.cli", "backup", "push", "--store", str(path)],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while not LocalState.load(path).pending_uploads:
        assert push.poll() is None, "the push finished before it could be interrupted"
        assert time.monotonic() < deadline
        time.sleep(0.005)
    push.send_signal(signal.SIGKILL)
    push.wait(timeout=10)

    with open_store(path, passphrase=PASSPHRASE) as store:
        remote = sync.open_remote(store)
        keys = sync.backup_keys(store)
        stale_key, stale_id = LocalState.load(path).pending_uploads[0]
        assert [u.upload_id for u in remote.pending_uploads(remote.key(keys.store_tag, "d"))] == [stale_id]
        assert sync.list_snapshots(remote, keys).manifests == []  # nothing half-published
        result = sync.push(store, remote)
        assert any("avbrutt opplasting" in line for line in result.cleaned)
        assert remote.pending_uploads(remote.key(keys.store_tag, "d")) == []
        listing = sync.list_snapshots(remote, keys)
        assert [m.generation for m in listing.manifests] == [1] and stale_key not in listing.objects
        assert verify(remote, keys, listing.manifests[0], store.key).ok


def test_download_cut_off_mid_way_is_retried(store: Store, own_server: SeaweedServer) -> None:
    """The server dies during a restore drill and comes back: the download starts over and passes."""
    import threading

    with store.session() as s:
        # larger than what the loopback socket buffers can hold, so the kill really cuts the stream
        set_setting(s, "test.fyll", "q" * (64 * 1024 * 1024))
    configure_backup(store, own_server, own_server.make_bucket(), attempts=6)
    remote = sync.open_remote(store)
    manifest = sync.push(store, remote).manifest
    assert manifest is not None
    restarted: list[threading.Thread] = []
    seen: list[int] = []

    def cut(done: int, total: int) -> None:
        seen.append(done)
        if not restarted:
            own_server.kill()
            thread = threading.Thread(target=own_server.start)
            thread.start()
            restarted.append(thread)

    report = verify(remote, sync.backup_keys(store), manifest, store.key, progress=cut)
    restarted[0].join(timeout=120)
    assert report.ok, report.problems
    assert any(later <= earlier for earlier, later in zip(seen, seen[1:], strict=False))  # started over
    assert seen[-1] == manifest.db_bytes
