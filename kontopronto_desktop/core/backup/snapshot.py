"""A consistent snapshot of the live store, and a cheap "has anything changed" fingerprint."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from ..store import Store


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
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    return fingerprint(store.path)
