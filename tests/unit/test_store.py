"""The encrypted store: nothing readable on disk, wrong keys refused, lock, passphrase change."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import sqlcipher3

from kontopronto_desktop.core import members
from kontopronto_desktop.core.errors import DamagedStore, NotAStore, StoreLocked, UserError, WrongPassphrase
from kontopronto_desktop.core.store import Store, create_store, open_store
from kontopronto_desktop.core.store.keys import KeyFile, keys_path

from ..conftest import PASSPHRASE


def _raw_bytes(path: Path) -> bytes:
    data = b""
    for suffix in ("", "-wal", "-shm"):
        p = Path(str(path) + suffix)
        if p.exists():
            data += p.read_bytes()
    return data


def test_plaintext_never_reaches_the_disk(store: Store, store_path: Path) -> None:
    marker = "Zyxwvørstad Unikmarkør"
    email = "zyxw.unik@example.no"
    with store.session() as session:
        members.create_member(session, {"name": marker, "email": email, "postcode": "0150", "city": "Oslo"})
    # The -wal file exists while the store is open: search it too, before and after checkpoint.
    assert Path(str(store_path) + "-wal").exists()
    raw = _raw_bytes(store_path)
    for needle in (marker, email, "Testlaget IL"):
        assert needle.encode("utf-8") not in raw
        assert needle.encode("utf-16-le") not in raw
    assert b"SQLite format 3" not in raw[:16]
    store.close()
    raw = _raw_bytes(store_path) + keys_path(store_path).read_bytes()
    assert marker.encode() not in raw and email.encode() not in raw
    # ... but it is all there for someone with the passphrase.
    with open_store(store_path, passphrase=PASSPHRASE) as again, again.session() as session:
        assert members.search_members(session, "Unikmarkør")[0].email == email


def test_wrong_passphrase_is_refused_and_file_untouched(store: Store, store_path: Path) -> None:
    store.close()
    before = store_path.read_bytes(), keys_path(store_path).read_bytes()
    with pytest.raises(WrongPassphrase) as info:
        open_store(store_path, passphrase="ikke-riktig-passord", use_keyring=False)
    assert "Feil passord" in str(info.value)
    assert (store_path.read_bytes(), keys_path(store_path).read_bytes()) == before


def test_wrong_raw_key_is_refused(store: Store, store_path: Path) -> None:
    store.close()
    with pytest.raises(WrongPassphrase):
        open_store(store_path, key=os.urandom(32))


def test_not_a_store_gives_clear_message(tmp_path: Path) -> None:
    text_file = tmp_path / "notat.kpdb"
    text_file.write_text("dette er ikke en database")
    with pytest.raises(NotAStore):
        open_store(text_file, passphrase=PASSPHRASE)
    plain = tmp_path / "plain.kpdb"
    conn = sqlcipher3.connect(str(plain))
    conn.execute("create table t(x)")
    conn.commit()
    conn.close()
    with pytest.raises(NotAStore) as info:
        open_store(plain, passphrase=PASSPHRASE)
    assert "ukryptert" in str(info.value)
    with pytest.raises(NotAStore):
        open_store(tmp_path / "finnes-ikke.kpdb", passphrase=PASSPHRASE)


def test_damaged_store_is_reported_not_crashing(store: Store, store_path: Path) -> None:
    store.close()
    data = bytearray(store_path.read_bytes())
    for i in range(4096 + 100, 4096 + 200):  # scramble page 2
        data[i] ^= 0xFF
    store_path.write_bytes(bytes(data))
    with pytest.raises(DamagedStore) as info:
        open_store(store_path, passphrase=PASSPHRASE)
    assert "skadet" in str(info.value)
    env = {**os.environ, "KONTOPRONTO_PASSPHRASE": PASSPHRASE}
    result = subprocess.run([sys.executable, "-m", "kontopronto_desktop.cli", "check", "--store", str(store_path)],
                            capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode != 0
    assert "Feil funnet" in result.stdout or "skadet" in result.stderr
    assert "Traceback" not in result.stderr


def test_passphrase_change_keeps_data_and_does_not_reencrypt(store: Store, store_path: Path) -> None:
    with store.session() as session:
        members.create_member(session, {"name": "Kari Bevart"})
    store.close()
    db_before = store_path.read_bytes()
    with open_store(store_path, passphrase=PASSPHRASE) as s:
        s.change_passphrase(PASSPHRASE, "nytt-langt-passord")
    assert store_path.read_bytes()[:4096] == db_before[:4096], "the database must not be re-encrypted"
    with pytest.raises(WrongPassphrase):
        open_store(store_path, passphrase=PASSPHRASE, use_keyring=False)
    with open_store(store_path, passphrase="nytt-langt-passord") as s, s.session() as session:
        assert members.search_members(session, "Kari Bevart")


def test_recovery_key_opens_the_store(store_path: Path) -> None:
    created, recovery = create_store(store_path, PASSPHRASE)
    created.close()
    with open_store(store_path, recovery=recovery.lower().replace("-", " ")) as s:
        assert s.store_id == KeyFile.load(keys_path(store_path)).store_id
    with pytest.raises(WrongPassphrase):
        open_store(store_path, recovery="AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH")


def test_short_passphrase_refused(tmp_path: Path) -> None:
    with pytest.raises(UserError):
        create_store(tmp_path / "x.kpdb", "kort")
    assert not (tmp_path / "x.kpdb").exists()


def test_existing_file_not_overwritten(store: Store, store_path: Path) -> None:
    with pytest.raises(UserError):
        create_store(store_path, PASSPHRASE)


def test_second_open_in_same_process_is_locked(store: Store, store_path: Path) -> None:
    with pytest.raises(StoreLocked):
        open_store(store_path, passphrase=PASSPHRASE)


def test_second_process_gets_already_open_message(store: Store, store_path: Path) -> None:
    env = {**os.environ, "KONTOPRONTO_PASSPHRASE": PASSPHRASE}
    result = subprocess.run(
        [sys.executable, "-m", "kontopronto_desktop.cli", "members", "list", "--store", str(store_path)],
        capture_output=True, text=True, env=env, timeout=60,
    )
    assert result.returncode == 2
    assert "allerede åpen" in result.stderr
    assert "Traceback" not in result.stderr
    store.close()
    result = subprocess.run(
        [sys.executable, "-m", "kontopronto_desktop.cli", "members", "list", "--store", str(store_path)],
        capture_output=True, text=True, env=env, timeout=60,
    )
    assert result.returncode == 0, result.stderr


def test_pragmas_are_set(store: Store) -> None:
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA secure_delete").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA cache_size").scalar() == -65536


def test_failed_operation_writes_nothing(store: Store) -> None:
    with pytest.raises(UserError), store.session() as session:
        members.create_member(session, {"name": "Først Lagret"})
        members.create_member(session, {"name": "Ugyldig", "postcode": "12"})
    with store.session() as session:
        assert members.count_members(session) == 0


def test_snapshot_is_a_consistent_encrypted_copy(store: Store, tmp_path: Path) -> None:
    with store.session() as session:
        members.create_member(session, {"name": "Snap Shotsen"})
    target = tmp_path / "kopi.kpdb"
    store.snapshot_to(target)
    assert b"Snap Shotsen" not in target.read_bytes()
    conn = sqlcipher3.connect(str(target))
    conn.execute(f"PRAGMA key = \"x'{store.key.hex()}'\"")
    assert conn.execute("select name from member").fetchall() == [("Snap Shotsen",)]
    conn.close()


def test_core_never_imports_qt() -> None:
    code = textwrap.dedent("""
        import importlib, pkgutil, sys
        import kontopronto_desktop.core as core
        for info in pkgutil.walk_packages(core.__path__, core.__name__ + "."):
            if ".migrations" in info.name:
                continue
            importlib.import_module(info.name)
        bad = sorted(m for m in sys.modules if m.startswith(("PySide6", "shiboken6")))
        print(",".join(bad))
    """)
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""
    core_dir = Path(__file__).resolve().parents[2] / "kontopronto_desktop" / "core"
    offenders = [str(p) for p in core_dir.rglob("*.py")
                 if any(line.lstrip().startswith(("import PySide6", "from PySide6", "import shiboken6"))
                        for line in p.read_text(encoding="utf-8").splitlines())]
    assert offenders == []
