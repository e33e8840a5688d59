"""Opening an encrypted store: SQLCipher under SQLAlchemy, pragmas, lock, migrations."""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Iterator
from pathlib import Path

import sqlcipher3
from filelock import FileLock, Timeout
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from ..errors import NotAStore, StoreLocked, WrongPassphrase

log = logging.getLogger(__name__)

STORE_SUFFIX = ".kpdb"

_PRAGMAS = (
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA foreign_keys = ON",
    "PRAGMA secure_delete = ON",
    "PRAGMA cache_size = -65536",
    "PRAGMA busy_timeout = 10000",
)


def _key_pragma(key: bytes) -> str:
    return f"PRAGMA key = \"x'{key.hex()}'\""


def raw_connect(path: Path, key: bytes) -> sqlcipher3.Connection:
    """A plain DB-API connection with the key and pragmas set, checked to decrypt."""
    conn = sqlcipher3.connect(str(path), check_same_thread=False)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(_key_pragma(key))
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        raise WrongPassphrase(
            "Feil passord eller nøkkel, eller filen er ikke en KontoPronto-regnskapsfil: "
            f"{path.name} kunne ikke dekrypteres."
        ) from exc
    for pragma in _PRAGMAS:
        conn.execute(pragma)
    return conn


def looks_like_plain_sqlite(path: Path) -> bool:
    with open(path, "rb") as fh:
        return fh.read(16) == b"SQLite format 3\x00"


def make_engine(path: Path, key: bytes) -> Engine:
    """SQLAlchemy engine over sqlcipher3 with a QueuePool (not SingletonThreadPool)."""
    engine = create_engine(
        f"sqlite:///{path}",
        module=sqlcipher3,
        poolclass=QueuePool,
        pool_size=4,
        max_overflow=4,
        # the connection used last is handed out next: its page cache is warm, and after a write
        # it is the one whose cache SQLite did not have to throw away (another connection's is
        # discarded whole when the file changed; at 100 000 members that is a 0.3–0.7 s re-read)
        pool_use_lifo=True,
        connect_args={"check_same_thread": False},
    )

    @event.listens_for(engine, "connect", insert=True)
    def _on_connect(dbapi_conn, _record):  # type: ignore[no-untyped-def]
        cursor = dbapi_conn.cursor()
        cursor.execute("PRAGMA cipher_log_level = NONE")
        cursor.execute(_key_pragma(key))
        for pragma in _PRAGMAS:
            cursor.execute(pragma)
        cursor.close()
        # Let SQLAlchemy, not the driver, decide where transactions begin, so that DDL in
        # migrations is transactional too (SQLAlchemy's documented SQLite recipe).
        dbapi_conn.isolation_level = None

    @event.listens_for(engine, "begin")
    def _on_begin(conn):  # type: ignore[no-untyped-def]
        conn.exec_driver_sql("BEGIN")

    return engine


class StoreLock:
    """An exclusive OS lock beside the store so a second process cannot open it for writing."""

    def __init__(self, path: Path) -> None:
        self.lock_path = path.with_name(path.name + ".lock")
        self._lock = FileLock(str(self.lock_path), timeout=0, is_singleton=False)

    def acquire(self) -> None:
        try:
            self._lock.acquire(timeout=0)
        except Timeout:
            raise StoreLocked(
                f"{self.lock_path.name[:-5]} er allerede åpen i et annet KontoPronto-vindu eller en annen "
                "prosess. Lukk det først."
            ) from None

    def release(self) -> None:
        with contextlib.suppress(Exception):
            self._lock.release()


def check_is_file(path: Path) -> None:
    if not path.exists():
        raise NotAStore(f"Fant ikke regnskapsfilen {path}.")
    if path.is_dir():
        raise NotAStore(f"{path} er en mappe, ikke en KontoPronto-regnskapsfil.")
    if path.stat().st_size == 0:
        raise NotAStore(f"{path.name} er tom og er ikke en KontoPronto-regnskapsfil.")
    if looks_like_plain_sqlite(path):
        raise NotAStore(f"{path.name} er en ukryptert SQLite-fil, ikke en KontoPronto-regnskapsfil.")


@contextlib.contextmanager
def unit_of_work(factory: sessionmaker[Session]) -> Iterator[Session]:
    """One user operation, one transaction: commit at the end, roll back on any error."""
    session = factory()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


def fsync_file(path: Path) -> None:
    fd = os.open(str(path), os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
