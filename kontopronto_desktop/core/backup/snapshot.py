"""A consistent snapshot of the live store, and a cheap "has anything changed" fingerprint.

A push reads the store file itself when it can (``frozen``): the pages on disk are already
SQLCipher-encrypted, so copying them needs no decryption, no second file and no fsync. The
online backup (``taken``) is the fallback when the -wal cannot be emptied first.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from ..store import Store
from ..store.engine import raw_connect

#: how long the push waits for readers to let the -wal be emptied before it takes the online backup
CHECKPOINT_WAIT_MS = 2000
#: the store's own busy timeout (engine._PRAGMAS), restored after a checkpoint
BUSY_TIMEOUT_MS = 10000


@contextlib.contextmanager
def taken(store: Store, workdir: Path | None = None) -> Iterator[Path]:
    """A snapshot file (SQLCipher online backup, same key, fsynced), removed afterwards.

    The online backup copies the database in one step under a read lock, so it is consistent
    while the program keeps working; the live file and its -wal are never copied as files.
    """
    folder = Path(tempfile.mkdtemp(prefix=".kp-snapshot-", dir=str(workdir or store.path.parent)))
    target = folder / "snapshot.kpdb"
    try:
        store.snapshot_to(target)
        yield target
    finally:
        for child in folder.iterdir():
            with contextlib.suppress(OSError):
                child.unlink()
        with contextlib.suppress(OSError):
            folder.rmdir()


def fingerprint(store_path: Path) -> str:
    """Size and mtime of the store and its -wal: changes whenever something was written.

    An empty -wal counts as none (a reader creates one). A checkpoint may change it without
    a logical change, which costs at most one extra snapshot; a write never goes unnoticed.
    """
    parts = []
    for suffix in ("", "-wal"):
        try:
            st = os.stat(str(store_path) + suffix)
        except FileNotFoundError:
            continue
        if st.st_size:
            parts.append(f"{suffix}:{st.st_size}:{st.st_mtime_ns}")
    return "|".join(parts)


def settled_fingerprint(store: Store) -> str:
    """Checkpoint the WAL into the file first, so closing the store later changes nothing.

    Without this, the checkpoint on close would move the mtime and the next run would take a
    snapshot of an unchanged store. A checkpoint blocked by a reader just leaves the -wal in.
    """
    with contextlib.suppress(Exception), store.engine.connect() as conn:
        # a TRUNCATE checkpoint holds the write lock while it waits for readers: wait briefly,
        # or a writer elsewhere in the program runs out of its own busy timeout
        conn.exec_driver_sql(f"PRAGMA busy_timeout = {CHECKPOINT_WAIT_MS}")
        try:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.exec_driver_sql(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return fingerprint(store.path)


def _wal_is_empty(store_path: Path) -> bool:
    try:
        return os.stat(str(store_path) + "-wal").st_size == 0
    except FileNotFoundError:
        return True


#: SQLite's lock bytes start here (the "pending byte"); on Windows they are mandatory locks
_LOCK_BYTE_OFFSET = 0x40000000


def _readable_while_locked(store_path: Path) -> bool:
    """Windows locks byte ranges for real, and SQLite's lie at 1 GiB: a larger file is not read live."""
    return os.name != "nt" or os.stat(store_path).st_size <= _LOCK_BYTE_OFFSET


@dataclass
class Frozen:
    """An open, unchanging view of the snapshot's bytes: ``size`` bytes from ``file``."""

    file: BinaryIO
    size: int
    #: "live" (the store file read under a read transaction) or "backup" (online backup copy)
    method: str


@contextlib.contextmanager
def frozen(store: Store, workdir: Path | None = None) -> Iterator[Frozen]:
    """The store's bytes, consistent and unchanging while the context is open.

    After a TRUNCATE checkpoint a read transaction is begun; if the -wal is then still empty,
    the reader sits on WAL read-mark 0, and SQLite never backfills into the database file
    while such a reader exists (the checkpointer needs WAL_READ_LOCK(0) exclusively). Writers
    keep working, into the -wal. An empty -wal seen *after* the read began proves the mark is
    0: a reader that used WAL frames would block the truncate or restart that empties it.
    Otherwise (a long reader blocked the checkpoint, or writes came in between) the online
    backup is taken as before.

    Closing our own descriptor of the file drops this process's POSIX locks on it (a POSIX
    rule SQLite works around for its own descriptors). That only matters to another process
    using the store at the same time, which the store lock (``StoreLock``) already refuses.
    """
    conn = raw_connect(store.path, store.key)
    try:
        conn.isolation_level = None
        conn.execute(f"PRAGMA busy_timeout = {CHECKPOINT_WAIT_MS}")  # a busy reader: fall back soon
        if not _wal_is_empty(store.path):
            with contextlib.suppress(Exception):
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        conn.execute("BEGIN")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchall()  # the read transaction starts here
        if _wal_is_empty(store.path) and _readable_while_locked(store.path):
            with open(store.path, "rb") as fh:
                yield Frozen(fh, os.fstat(fh.fileno()).st_size, "live")
            return
        conn.execute("ROLLBACK")
    finally:
        conn.close()
    with taken(store, workdir) as snap, open(snap, "rb") as fh:
        yield Frozen(fh, os.fstat(fh.fileno()).st_size, "backup")
