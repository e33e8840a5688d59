"""Store: one encrypted ``.kpdb`` file per organisation, opened and unlocked."""

from __future__ import annotations

import contextlib
import getpass
import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import platformdirs
import sqlalchemy.exc
import sqlcipher3
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from ..errors import DamagedStore, NotAStore, UserError, WrongPassphrase
from ..private_files import create_private, make_private
from . import migrate
from .copies import local_copy_path
from .engine import StoreLock, check_is_file, fsync_file, make_engine, raw_connect, unit_of_work
from .keys import KeyFile, Unlocked, keyring_get, keyring_get_admin, keys_path
from .last_user import remember_user, remembered_user


def default_store_dir() -> Path:
    return Path(platformdirs.user_data_dir("KontoPronto", "KontoPronto"))


def os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:
        return "ukjent"


@dataclass
class Store:
    """An open, unlocked store. Close it (or use it as a context manager) when done."""

    path: Path
    key: bytes
    keyfile: KeyFile
    engine: Engine
    lock: StoreLock
    actor: str
    role: str = "administrator"
    #: the store's administrator signing seed, when an administrator unlocked with their own
    #: passphrase (or the recovery key) and it matches the pinned key; needed to change users
    signer: bytes | None = field(default=None, repr=False)
    #: security alerts found at open (user list not as an administrator signed it)
    security_problems: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.set_role(self.role)

    def set_role(self, role: str) -> None:
        """The role sessions run with (lowered at open when the user list does not verify)."""
        self.role = role
        self._factory = sessionmaker(self.engine, expire_on_commit=False,
                                     info={"actor": self.actor, "role": self.role,
                                           "store_path": str(self.path)})

    @property
    def store_id(self) -> str:
        return self.keyfile.store_id

    @property
    def keys_path(self) -> Path:
        return keys_path(self.path)

    def session(self) -> contextlib.AbstractContextManager[Session]:
        """A unit of work: one transaction, committed at the end, rolled back on error."""
        return unit_of_work(self._factory)

    def close(self) -> None:
        self.engine.dispose()
        self.lock.release()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def snapshot_to(self, target: Path) -> None:
        """A consistent encrypted copy (online backup API, same key), fsynced, then renamed."""
        tmp = target.with_name(target.name + ".partial")
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        create_private(tmp)  # owner-only before SQLite writes a page into it
        src = raw_connect(self.path, self.key)
        try:
            dst = raw_connect(tmp, self.key)
            try:
                dst.execute("PRAGMA journal_mode = DELETE")
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
        fsync_file(tmp)
        os.replace(tmp, target)

    def change_passphrase(self, old: str, new: str, name: str | None = None) -> None:
        """Re-wrap the caller's slot; the user's own signing key (and an administrator's copy
        of the administrator key) move along, so the roster still vouches for the slot."""
        opened = self.keyfile.open_with_passphrase(old, name)
        if opened.data_key != self.key:
            raise WrongPassphrase()
        slot = opened.slot
        self.keyfile.add_passphrase(self.key, new, slot.name, slot.role, admin_seed=opened.admin_seed,
                                    user_seed=opened.user_seed)
        if opened.user_seed is None and self.signer is not None:
            self.keyfile.sign_roster(self.signer)  # an older slot got its own key: vouch for it
        self.keyfile.save(self.keys_path)


def _open_engine(path: Path, key: bytes) -> Engine:
    conn = raw_connect(path, key)  # raises WrongPassphrase if the key does not decrypt
    conn.close()
    return make_engine(path, key)


def create_store(path: Path, passphrase: str, *, user: str | None = None) -> tuple[Store, str]:
    """Create a new empty store; returns it and the recovery key (show it once).

    The creator is its first administrator, named after the OS user unless ``user`` is given.
    """
    path = Path(path)
    user = user or os_user()
    if path.exists() or keys_path(path).exists():
        raise UserError(f"{path} finnes allerede. Velg et annet filnavn.")
    path.parent.mkdir(parents=True, exist_ok=True)
    from ..models import Base  # noqa: F401  (register all tables)

    keyfile = KeyFile.new()
    data_key = os.urandom(32)
    admin_seed = keyfile.protect()
    keyfile.add_passphrase(data_key, passphrase, user, admin_seed=admin_seed)
    recovery = keyfile.add_recovery(data_key, admin_seed)
    keyfile.sign_roster(admin_seed)
    lock = StoreLock(path)
    lock.acquire()
    try:
        keyfile.save(keys_path(path))
        create_private(path)  # 0600; SQLite gives its -wal/-shm the same mode
        raw_connect(path, data_key).close()  # creates the encrypted file
        engine = make_engine(path, data_key)
        migrate.upgrade(engine)
        store = Store(path, data_key, keyfile, engine, lock, actor=user, signer=admin_seed)
        from ..security import remember_roster

        with store.session() as session:
            remember_roster(session, store)
    except BaseException:
        lock.release()
        remove_store_files(path)
        raise
    return store, recovery


def remove_store_files(path: Path) -> None:
    """Remove a store and its companions (keys, WAL, lock); used when creation fails."""
    for suffix in ("", ".keys", "-wal", "-shm", ".lock"):
        with contextlib.suppress(FileNotFoundError):
            Path(str(path) + suffix).unlink()


def unlock_key(path: Path, *, passphrase: str | None = None, recovery: str | None = None,
               key: bytes | None = None, use_keyring: bool = True,
               user: str | None = None) -> tuple[bytes, KeyFile, str, str]:
    """Find the data key: explicit key, recovery key, passphrase or the OS keyring.

    Returns the key, the key file, and the user name and role of the slot that unlocked it
    (the OS user as administrator for the keyring, a raw key or the recovery key).
    """
    found = _unlock(path, passphrase=passphrase, recovery=recovery, key=key, use_keyring=use_keyring, user=user)
    return found.opened.data_key, found.keyfile, found.actor, found.role


@dataclass(frozen=True)
class _Found:
    opened: Unlocked
    keyfile: KeyFile
    actor: str
    role: str
    via: str  # "passphrase" | "recovery" | "keyring" | "key"


def _unlock(path: Path, *, passphrase: str | None, recovery: str | None, key: bytes | None,
            use_keyring: bool, user: str | None) -> _Found:
    """unlock_key with the slot's secrets; a failed passphrase or recovery key is noted for
    the security log (never the passphrase itself)."""
    from ..security import note_failed_unlock

    path = Path(path)
    check_is_file(path)
    keyfile = KeyFile.load(keys_path(path))
    admin = user or os_user()
    if key is not None:
        return _Found(Unlocked(key, None), keyfile, admin, "administrator", "key")  # type: ignore[arg-type]
    try:
        if recovery is not None:
            opened = keyfile.open_with_recovery(recovery)
            return _Found(opened, keyfile, admin, "administrator", "recovery")
        if passphrase is not None:
            opened = keyfile.open_with_passphrase(passphrase, user, first=None if user else remembered_user(path))
            remember_user(path, opened.slot.name)
            return _Found(opened, keyfile, opened.slot.name, opened.slot.role, "passphrase")
    except WrongPassphrase:
        note_failed_unlock(path, user, "recovery" if recovery is not None else "passphrase", os_user())
        raise
    if use_keyring:
        stored = keyring_get(keyfile.store_id)
        if stored is not None:
            return _Found(Unlocked(stored, None, None, keyring_get_admin(keyfile.store_id)),  # type: ignore[arg-type]
                          keyfile, admin, "administrator", "keyring")
    raise WrongPassphrase("Passord mangler: oppgi passordet for å låse opp regnskapsfilen.")


def open_store(path: Path, *, passphrase: str | None = None, recovery: str | None = None,
               key: bytes | None = None, use_keyring: bool = True, user: str | None = None,
               migrate_schema: bool = True) -> Store:
    """Unlock, lock against other processes, migrate (after a backup copy) and return the store."""
    path = Path(path)
    found = _unlock(path, passphrase=passphrase, recovery=recovery, key=key, use_keyring=use_keyring, user=user)
    data_key, keyfile, actor, role = found.opened.data_key, found.keyfile, found.actor, found.role
    lock = StoreLock(path)
    lock.acquire()
    for companion in (path, keys_path(path), Path(f"{path}-wal"), Path(f"{path}-shm")):
        make_private(companion)  # stores made before 0600 (or restored from a copy) are tightened
    try:
        engine = _open_engine(path, data_key)
        if migrate_schema:
            try:
                _migrate_with_backup(path, data_key, engine)
            except (sqlalchemy.exc.DatabaseError, sqlcipher3.DatabaseError) as exc:
                engine.dispose()
                raise DamagedStore(
                    f"{path.name} er skadet og kan ikke åpnes ({exc.orig if hasattr(exc, 'orig') else exc}). "
                    "Kjør «kontopronto check» for detaljer, eller gjenopprett fra en sikkerhetskopi."
                ) from exc
        store = Store(path, data_key, keyfile, engine, lock, actor=actor, role=role)
        if migrate_schema:
            _check_user_list(store, found, passphrase)
    except BaseException:
        lock.release()
        raise
    return store


def _check_user_list(store: Store, found: _Found, passphrase: str | None) -> None:
    """Verify the signed user list and log the unlock (core/security.py). An older key file is
    given its administrator key at the first open by an administrator with their passphrase."""
    from ..security import after_unlock

    keyfile, opened = store.keyfile, found.opened
    admin_seed = opened.admin_seed
    protected_now = False
    if keyfile.admin_public is None and found.via == "passphrase" and opened.slot.role == "administrator":
        assert passphrase is not None
        admin_seed = keyfile.protect()
        keyfile.add_passphrase(store.key, passphrase, opened.slot.name, opened.slot.role, admin_seed=admin_seed,
                               user_seed=opened.user_seed)
        keyfile.sign_roster(admin_seed)
        keyfile.save(store.keys_path)
        protected_now = True
    after_unlock(store, found.via, opened.slot if found.via == "passphrase" else None, admin_seed, protected_now)


def _migrate_with_backup(path: Path, key: bytes, engine: Engine) -> None:
    current = migrate.current_revisions(engine)
    if current == migrate.head_revisions():
        return
    if not current:
        with engine.connect() as conn:
            tables = conn.exec_driver_sql("SELECT count(*) FROM sqlite_master WHERE type='table'").scalar()
        if tables:
            raise NotAStore(f"{path.name} er kryptert, men er ikke en KontoPronto-regnskapsfil.")
    else:
        backup = create_private(local_copy_path(path, "oppgradering"))
        src = raw_connect(path, key)
        dst = raw_connect(backup, key)
        try:
            dst.execute("PRAGMA journal_mode = DELETE")
            src.backup(dst)
        finally:
            dst.close()
            src.close()
        fsync_file(backup)
        shutil.copy2(keys_path(path), keys_path(backup))  # the copy opens with the same passphrase
        make_private(keys_path(backup))
    migrate.upgrade(engine)


@contextlib.contextmanager
def opened(path: Path, **kwargs: object) -> Iterator[Store]:
    store = open_store(path, **kwargs)  # type: ignore[arg-type]
    try:
        yield store
    finally:
        store.close()
