"""Download, check and restore a snapshot; nothing is replaced before every check has passed.

Order: download and decrypt into a temporary file beside the target (every chunk's tag, then
the object's and the database's SHA-256 and sizes against the manifest), open it with the
store's key, bring its schema up to date, run SQLCipher's integrity check and the program's
own check (core/integrity.py). Only then is the file moved into place with ``os.replace``;
a store that is replaced is first kept as a local copy.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import sqlalchemy.exc
import sqlcipher3
from sqlalchemy.orm import sessionmaker

from .. import integrity
from ..errors import UserError, WrongPassphrase
from ..private_files import create_private
from ..store import Store, keys_path, migrate
from ..store.engine import STORE_SUFFIX, fsync_file, make_engine, raw_connect
from .crypto import BackupIntegrityError, BackupKeys, StreamStats, decrypt_stream
from .manifest import Manifest
from .remote import BackupError, Remote, RemoteUnavailable, explain
from .settings import LocalState
from .snapshot import fingerprint

Progress = Callable[[int, int], None]


@dataclass
class CheckReport:
    manifest: Manifest
    problems: list[str] = field(default_factory=list)
    download_seconds: float = 0.0
    check_seconds: float = 0.0
    members: int | None = None
    restored_to: str = ""
    kept_copy: str = ""

    @property
    def ok(self) -> bool:
        return not self.problems

    def summary(self) -> list[str]:
        m = self.manifest
        lines = [f"Sikkerhetskopi {m.snapshot_id} (generasjon {m.generation}, {m.created_at}, fra «{m.device}»)",
                 f"Størrelse: {m.db_bytes:,} byte ({m.object_bytes:,} byte kryptert på serveren), "
                 f"{m.chunks} deler".replace(",", " "),
                 f"Nedlasting og dekryptering: {self.download_seconds:.1f} s; kontroll: {self.check_seconds:.1f} s"]
        if self.members is not None:
            lines.append(f"Medlemmer i kopien: {self.members}")
        if self.ok:
            lines.append("OK: alle hasher og autentiseringsmerker stemmer, SQLCipher-integriteten og "
                         "programmets egne kontroller er bestått.")
        else:
            lines += ["FEIL:"] + [f"  - {p}" for p in self.problems]
        return lines

    def to_json(self) -> dict[str, object]:
        return {"snapshot": self.manifest.summary(), "ok": self.ok, "problems": self.problems,
                "members": self.members, "download_seconds": round(self.download_seconds, 3),
                "check_seconds": round(self.check_seconds, 3), "restored_to": self.restored_to,
                "kept_copy": self.kept_copy}


def data_object_key(remote: Remote, keys: BackupKeys, snapshot_id: str) -> str:
    return remote.key(keys.store_tag, "d", snapshot_id)


@contextlib.contextmanager
def _workdir(near: Path) -> Iterator[Path]:
    folder = Path(tempfile.mkdtemp(prefix=".kp-restore-", dir=str(near)))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def download(remote: Remote, keys: BackupKeys, manifest: Manifest, target: Path,
             progress: Progress | None = None) -> None:
    """Fetch and decrypt a snapshot's object to ``target``; check tags, hashes and sizes.

    A connection lost mid-way is retried from the start (with backoff) up to the remote's
    attempts; a failed check is never retried.
    """
    attempts = max(1, remote.cfg.attempts)
    for attempt in range(1, attempts + 1):
        try:
            stats = _download_once(remote, keys, manifest, target, progress)
            break
        except RemoteUnavailable:
            if attempt == attempts:
                raise
            time.sleep(min(2 ** (attempt - 1), 8))
    if stats.sha256 != manifest.object_sha256 or stats.cipher_bytes != manifest.object_bytes:
        raise BackupIntegrityError("Sikkerhetskopien på serveren stemmer ikke med manifestet (hash eller størrelse).")
    if stats.plain_sha256 != manifest.db_sha256 or stats.plain_bytes != manifest.db_bytes:
        raise BackupIntegrityError("Den dekrypterte kopien stemmer ikke med manifestets hash eller størrelse.")


def _download_once(remote: Remote, keys: BackupKeys, manifest: Manifest, target: Path,
                   progress: Progress | None) -> StreamStats:
    body = remote.open(data_object_key(remote, keys, manifest.snapshot_id))
    done = 0
    create_private(target)  # owner-only (0600) before a byte of the decrypted store is written
    with open(target, "wb") as fh:
        def write(data: bytes) -> None:
            nonlocal done
            fh.write(data)
            done += len(data)
            if progress is not None:
                progress(done, manifest.db_bytes)

        try:
            stats = decrypt_stream(body, keys, manifest.snapshot_id, write)
        except Exception as exc:
            if isinstance(exc, UserError):
                raise
            raise explain(exc, remote.cfg, "lese") from exc
        finally:
            body.close()
        fh.flush()
        os.fsync(fh.fileno())
    return stats


def check_file(path: Path, data_key: bytes) -> tuple[list[str], int | None]:
    """Open with the store key, migrate to this program's schema, run every integrity check.

    Leaves the file in rollback-journal mode (no -wal beside it) so it can be moved.
    """
    try:
        raw_connect(path, data_key).close()
    except WrongPassphrase:
        return ["Kopien kan ikke åpnes med regnskapsfilens nøkkel."], None
    engine = make_engine(path, data_key)
    members: int | None = None
    try:
        if migrate.needs_migration(engine):
            migrate.upgrade(engine)
        factory = sessionmaker(engine, info={"actor": "sikkerhetskopi", "role": "administrator"})
        with factory() as session:
            problems = integrity.check_store(session)
            with contextlib.suppress(sqlalchemy.exc.DatabaseError):
                members = int(session.execute(sqlalchemy.text("SELECT count(*) FROM member")).scalar() or 0)
    except (sqlalchemy.exc.DatabaseError, sqlcipher3.DatabaseError) as exc:
        problems = [f"SQLite kunne ikke lese kopien: {getattr(exc, 'orig', exc)}"]
    finally:
        engine.dispose()
    conn = raw_connect(path, data_key)
    try:
        conn.execute("PRAGMA journal_mode = DELETE")
    finally:
        conn.close()
    for suffix in ("-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            Path(str(path) + suffix).unlink()
    return problems, members


def _fetch_and_check(remote: Remote, keys: BackupKeys, manifest: Manifest, data_key: bytes, target: Path,
                     progress: Progress | None) -> CheckReport:
    report = CheckReport(manifest)
    started = time.perf_counter()
    download(remote, keys, manifest, target, progress)
    report.download_seconds = time.perf_counter() - started
    started = time.perf_counter()
    report.problems, report.members = check_file(target, data_key)
    report.check_seconds = time.perf_counter() - started
    return report


def verify(remote: Remote, keys: BackupKeys, manifest: Manifest, data_key: bytes, *,
           workdir: Path | None = None, progress: Progress | None = None) -> CheckReport:
    """A restore drill: download and check everything, replace nothing."""
    with _workdir(workdir or Path(tempfile.gettempdir())) as folder:
        try:
            return _fetch_and_check(remote, keys, manifest, data_key, folder / "verify.kpdb", progress)
        except BackupIntegrityError as exc:
            return CheckReport(manifest, problems=[exc.message])


def _refuse(report: CheckReport) -> None:
    if not report.ok:
        raise BackupIntegrityError("Sikkerhetskopien er ikke gjenopprettet fordi kontrollen feilet: "
                                   + "; ".join(report.problems[:3]))


def restore_to_file(remote: Remote, keys: BackupKeys, manifest: Manifest, data_key: bytes, target: Path,
                    *, keyfile_json: dict[str, object] | None = None,
                    progress: Progress | None = None) -> CheckReport:
    """Restore into a new file (with its key file); an existing file is never overwritten."""
    target = Path(target)
    if target.exists() or keys_path(target).exists():
        raise BackupError(f"{target} finnes allerede. Velg et nytt filnavn, eller gjenopprett over regnskapsfilen.")
    target.parent.mkdir(parents=True, exist_ok=True)
    with _workdir(target.parent) as folder:
        report = _fetch_and_check(remote, keys, manifest, data_key, folder / "restored.kpdb", progress)
        _refuse(report)
        key_json = manifest.keys or keyfile_json
        if not key_json:
            raise UserError("Kopien har ingen nøkkelfil med seg, og ingen annen ble oppgitt.")
        tmp_keys = create_private(folder / "restored.keys")
        tmp_keys.write_text(json.dumps(key_json, indent=2), encoding="utf-8")
        fsync_file(tmp_keys)
        os.replace(tmp_keys, keys_path(target))
        os.replace(folder / "restored.kpdb", target)
    _fsync_dir(target.parent)
    raw_connect(target, data_key).close()  # WAL mode now, so the fingerprint holds
    LocalState(generation=manifest.generation, snapshot_id=manifest.snapshot_id,
               fingerprint=fingerprint(target)).save(target)
    report.restored_to = str(target)
    return report


def kept_copy_path(store_path: Path, label: str = "før-gjenoppretting") -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    candidate = store_path.with_name(f"{store_path.stem}.{label}-{stamp}{STORE_SUFFIX}")
    n = 1
    while candidate.exists():
        n += 1
        candidate = store_path.with_name(f"{store_path.stem}.{label}-{stamp}-{n}{STORE_SUFFIX}")
    return candidate


def keep_copy(store: Store, target: Path) -> Path:
    """A consistent copy of the open store with its key file (opens with the same passphrases)."""
    store.snapshot_to(target)
    shutil.copy2(store.keys_path, keys_path(target))
    return target


def restore_over(store: Store, remote: Remote, keys: BackupKeys, manifest: Manifest, *,
                 progress: Progress | None = None) -> CheckReport:
    """Replace the open store with a checked snapshot; the replaced store is kept beside it."""
    with _workdir(store.path.parent) as folder:
        restored = folder / "restored.kpdb"
        report = _fetch_and_check(remote, keys, manifest, store.key, restored, progress)
        _refuse(report)
        kept = keep_copy(store, kept_copy_path(store.path))
        swap_in(store, restored)
    report.restored_to = str(store.path)
    report.kept_copy = str(kept)
    return report


def swap_in(store: Store, replacement: Path) -> None:
    """Atomically put ``replacement`` where the store is; the engine reconnects to it afterwards."""
    store.engine.dispose()
    conn = raw_connect(store.path, store.key)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode = DELETE")  # removes the -wal; the next open sets WAL again
    finally:
        conn.close()
    wal = Path(str(store.path) + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        raise UserError("Regnskapsfilen er i bruk av en annen tilkobling; lukk andre vinduer og prøv igjen.")
    for suffix in ("-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            Path(str(store.path) + suffix).unlink()
    fsync_file(replacement)
    os.replace(replacement, store.path)
    _fsync_dir(store.path.parent)
    raw_connect(store.path, store.key).close()  # back to WAL mode now, not on the next write


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(str(folder), os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
