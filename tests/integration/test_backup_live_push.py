"""Push reads the live store file while another connection keeps writing; the restore is consistent.

The writer commits pairs of rows (``a.N`` and ``b.N`` in one transaction) and asks for a
checkpoint after every commit, which would copy pages into the very file being read if the
snapshot's read transaction did not hold checkpoints off. A restored copy must hold whole
pairs, numbered without a gap, and pass every check of the restore (hashes, SQLCipher
integrity, the program's own checks).
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from kontopronto_desktop.core import members
from kontopronto_desktop.core.backup import remote as remote_module
from kontopronto_desktop.core.backup import sync
from kontopronto_desktop.core.backup.remote import Remote
from kontopronto_desktop.core.backup.restore import restore_to_file
from kontopronto_desktop.core.settings import set_setting
from kontopronto_desktop.core.store import Store
from kontopronto_desktop.core.store.engine import raw_connect

from .seaweed import SeaweedServer, configure_backup, seaweed  # noqa: F401  (the session's server)


class PairWriter(threading.Thread):
    """Another connection: pairs of rows in one transaction each, a checkpoint after every commit."""

    def __init__(self, store: Store) -> None:
        super().__init__(daemon=True)
        self.conn = raw_connect(store.path, store.key)
        self.conn.isolation_level = None
        self.committed = 0
        self.stop = threading.Event()
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            while not self.stop.is_set():
                n = self.committed
                self.conn.execute("BEGIN IMMEDIATE")
                for side in "ab":
                    # 16 KiB of hex per row: pages change all over the file, not only at its end
                    self.conn.execute("INSERT INTO setting (key, value) VALUES (?, ?)",
                                      (f"test.par.{side}.{n:06d}", '"' + (f"{n:04x}" * 4096) + '"'))
                self.conn.execute("COMMIT")
                self.committed = n + 1
                self.conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
        except BaseException as exc:  # reported by the test
            self.error = exc
        finally:
            self.conn.close()


@pytest.fixture
def remote(store: Store, seaweed: SeaweedServer, monkeypatch: pytest.MonkeyPatch) -> Remote:  # noqa: F811
    monkeypatch.setattr(remote_module, "PART_BYTES", 5 * 1024 * 1024)  # several parts, so writes interleave
    with store.session() as s:
        members.create_member(s, {"name": "Kari Før", "postcode": "0150", "city": "Oslo"})
        set_setting(s, "test.fyll", "z" * (12 * 1024 * 1024))  # ~12 MB of SQLCipher pages: a few chunks
    configure_backup(store, seaweed, seaweed.make_bucket())
    return sync.open_remote(store)


@contextlib.contextmanager
def writing(store: Store) -> Iterator[PairWriter]:
    writer = PairWriter(store)
    try:
        yield writer
    finally:
        writer.stop.set()
        if writer.is_alive():
            writer.join(timeout=60)
    assert writer.error is None, writer.error


def _pairs(path: Path, key: bytes) -> tuple[list[int], list[int], int]:
    conn = raw_connect(path, key)
    try:
        rows = [r[0] for r in conn.execute("SELECT key FROM setting WHERE key LIKE 'test.par.%'")]
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        kari = conn.execute("SELECT count(*) FROM member WHERE name = 'Kari Før'").fetchone()[0]
    finally:
        conn.close()
    a = sorted(int(k.rsplit(".", 1)[1]) for k in rows if k.startswith("test.par.a."))
    b = sorted(int(k.rsplit(".", 1)[1]) for k in rows if k.startswith("test.par.b."))
    return a, b, kari


def _assert_consistent(path: Path, key: bytes, at_least: int, at_most: int) -> None:
    a, b, kari = _pairs(path, key)
    assert kari == 1
    assert a == b, "a transaction is torn in the restored copy"
    assert a == list(range(len(a))), "a commit is missing in the middle"
    assert at_least <= len(a) <= at_most


def test_push_reads_the_live_file_while_another_connection_writes(store: Store, remote: Remote,
                                                                  tmp_path: Path) -> None:
    with writing(store) as writer:
        read_after: list[int] = []

        def reading() -> bool:
            """Called by the upload before each piece: the first time, nothing is read yet."""
            if not read_after:
                writer.start()
                while writer.committed < 5 and writer.is_alive():
                    threading.Event().wait(0.01)
                read_after.append(writer.committed)  # the whole file is read after these commits
            return False

        result = sync.push(store, remote, cancelled=reading)
        after_push = writer.committed
    assert result.snapshot_method == "live"
    assert result.manifest is not None and result.manifest.chunks > 3
    assert read_after[0] >= 5, "the writer never committed while the push held the file"

    target = tmp_path / "kopi.kpdb"
    report = restore_to_file(remote, sync.backup_keys(store), result.manifest, store.key, target)
    assert report.ok, report.problems
    # frozen before the writer started: not one of its rows leaked in through a checkpoint
    _assert_consistent(target, store.key, 0, 0)
    a, b, _ = _pairs(store.path, store.key)
    assert a == b and len(a) >= after_push  # and the writer lost nothing


def test_push_while_another_connection_writes_all_along_restores_whole_transactions(
        store: Store, remote: Remote, tmp_path: Path) -> None:
    with writing(store) as writer:
        writer.start()
        while writer.committed < 3:
            threading.Event().wait(0.01)
        before_push = writer.committed
        result = sync.push(store, remote)
        after_push = writer.committed
    assert result.snapshot_method in ("live", "backup")  # which one depends on the writer's timing
    assert result.manifest is not None

    target = tmp_path / "kopi.kpdb"
    report = restore_to_file(remote, sync.backup_keys(store), result.manifest, store.key, target)
    assert report.ok, report.problems
    _assert_consistent(target, store.key, before_push, after_push)


def test_push_falls_back_to_the_online_backup_when_the_wal_cannot_be_emptied(
        store: Store, remote: Remote, tmp_path: Path) -> None:
    reader = raw_connect(store.path, store.key)
    reader.isolation_level = None
    try:
        with writing(store) as writer:
            writer.start()
            while writer.committed < 3:
                threading.Event().wait(0.01)
            reader.execute("BEGIN")
            held = reader.execute("SELECT count(*) FROM setting WHERE key LIKE 'test.par.a.%'").fetchone()[0]
            assert held >= 3  # this reader uses frames in the -wal, so no checkpoint can empty it
            result = sync.push(store, remote)
            after_push = writer.committed
    finally:
        reader.close()
    assert result.snapshot_method == "backup"
    assert result.manifest is not None

    target = tmp_path / "kopi.kpdb"
    report = restore_to_file(remote, sync.backup_keys(store), result.manifest, store.key, target)
    assert report.ok, report.problems
    _assert_consistent(target, store.key, held, after_push)
