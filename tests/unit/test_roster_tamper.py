"""Tamper-evident user list (issue 21): a user who holds the data key edits the key file.

Encryption cannot stop someone holding the key from writing the key file, so these tests play
the attacker with a few lines of Python, as the issue describes, and check that the change
does not go unnoticed: the next open shows a security alert with what changed, logs it, and
does not grant the role the attacker wrote.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kontopronto_desktop.core import audit, users
from kontopronto_desktop.core.errors import PermissionDenied, WrongPassphrase
from kontopronto_desktop.core.security import pending_path, security_log
from kontopronto_desktop.core.store import Store, keys_path, open_store
from kontopronto_desktop.core.store.keys import KeyFile

from ..conftest import PASSPHRASE

ADMIN = "kari"


@pytest.fixture
def shop(tmp_path: Path) -> Path:
    """A store with an administrator (kari), a bookkeeper and a read-only auditor."""
    from kontopronto_desktop.core.store import create_store

    path = tmp_path / "klubb.kpdb"
    store, _ = create_store(path, PASSPHRASE, user=ADMIN)
    users.add_user(store, "regnskap", "regnskap-passord", "bookkeeper")
    users.add_user(store, "revisor", "revisor-passord", "read_only")
    store.close()
    return path


def _escalate(path: Path, name: str) -> None:
    """The escalation script from the issue: the auditor writes an administrator slot."""
    kf = KeyFile.load(keys_path(path))
    data_key, _slot = kf.unlock_with_passphrase("revisor-passord", "revisor")
    kf.add_passphrase(data_key, "mitt-eget-passord", name, "administrator")
    kf.save(keys_path(path))


def _alerts(store: Store) -> list[dict]:  # type: ignore[type-arg]
    with store.session() as s:
        return [e for e in security_log(s) if e["action"] == "alert"]


def test_a_clean_store_opens_without_alerts(shop: Path) -> None:
    for passphrase, role in ((PASSPHRASE, "administrator"), ("regnskap-passord", "bookkeeper"),
                             ("revisor-passord", "read_only")):
        with open_store(shop, passphrase=passphrase) as store:
            assert store.security_problems == [] and store.role == role
            assert _alerts(store) == []


def test_read_only_user_writing_an_admin_slot_is_detected(shop: Path) -> None:
    _escalate(shop, "sjefen")
    with open_store(shop, passphrase="mitt-eget-passord", user="sjefen") as store:
        assert store.role == "read_only"  # the role written into the file is not granted
        assert any("«sjefen»" in p and "lagt til" in p for p in store.security_problems)
        with pytest.raises(PermissionDenied):
            users.add_user(store, "enda-en", "passord-123", "administrator")
    with open_store(shop, passphrase=PASSPHRASE, user=ADMIN) as store:
        assert store.role == "administrator" and store.signer is not None
        assert store.security_problems == ["Ny brukeren «sjefen» med rollen administrator er lagt til uten "
                                           "administratorens signatur."]
        logged = _alerts(store)
        assert logged and "sjefen" in json.dumps(logged, ensure_ascii=False)
        # the administrator removes the intruder: the list is signed again, the alert is gone
        users.remove_user(store, "sjefen")
    with open_store(shop, passphrase="revisor-passord") as store:
        assert store.security_problems == []


def test_overwriting_the_admins_own_slot_is_detected(shop: Path) -> None:
    _escalate(shop, ADMIN)  # same name: the real administrator's passphrase no longer opens it
    with pytest.raises(WrongPassphrase):
        open_store(shop, passphrase=PASSPHRASE, user=ADMIN)
    with open_store(shop, passphrase="mitt-eget-passord", user=ADMIN) as store:
        assert store.role == "read_only" and store.signer is None
        assert any("Nøkkelsporet til brukeren «kari» er byttet ut" in p for p in store.security_problems)


def test_a_role_edited_in_the_signed_list_is_detected(shop: Path) -> None:
    data = json.loads(keys_path(shop).read_text())
    for entry in data["roster"]["entries"]:
        if entry["name"] == "regnskap":
            entry["role"] = "administrator"
    keys_path(shop).write_text(json.dumps(data))
    with open_store(shop, passphrase="regnskap-passord") as store:
        assert store.role == "read_only"
        assert "Brukerlisten har ingen gyldig signatur fra en administrator." in store.security_problems


def test_a_list_re_signed_with_an_attackers_key_is_caught(shop: Path) -> None:
    kf = KeyFile.load(keys_path(shop))
    data_key, _ = kf.unlock_with_passphrase("revisor-passord", "revisor")
    own = kf.protect()  # a new administrator key of the attacker's making
    kf.add_passphrase(data_key, "mitt-eget-passord", "sjefen", "administrator", admin_seed=own)
    kf.sign_roster(own)
    kf.save(keys_path(shop))
    with open_store(shop, passphrase="mitt-eget-passord", user="sjefen") as store:
        assert store.role == "read_only"  # the pinned key in the store does not match
        assert any("byttet ut eller fjernet" in p for p in store.security_problems)
    with open_store(shop, passphrase=PASSPHRASE, user=ADMIN) as store:
        assert any("stemmer ikke med administratorens egen nøkkel" in p for p in store.security_problems)
        assert any("«sjefen»" in p and "lagt til" in p for p in store.security_problems)  # what changed
        assert store.role == "administrator" and store.signer is not None
        users.remove_user(store, "sjefen")  # signs the list with the real key again
        assert store.security_problems == []
    with open_store(shop, passphrase=PASSPHRASE, user=ADMIN) as store:
        assert store.security_problems == []


def test_own_passphrase_change_needs_no_administrator(shop: Path) -> None:
    with open_store(shop, passphrase="revisor-passord") as store:
        store.change_passphrase("revisor-passord", "nytt-revisor-passord", "revisor")
    with open_store(shop, passphrase="nytt-revisor-passord") as store:
        assert store.security_problems == [] and store.role == "read_only"
    with open_store(shop, passphrase=PASSPHRASE, user=ADMIN) as store:
        assert store.security_problems == []


def test_an_older_key_file_is_protected_at_the_administrators_open(shop: Path) -> None:
    data = json.loads(keys_path(shop).read_text())
    data.pop("admin_public")
    data.pop("roster")
    data["version"] = 1
    for slot in data["slots"]:
        for key in ("user_public", "user_wrapped", "admin_wrapped", "signature"):
            slot.pop(key, None)
    keys_path(shop).write_text(json.dumps(data))
    # the store had pinned its key: a file that lost it is an alert, and a new key is made
    with open_store(shop, passphrase=PASSPHRASE, user=ADMIN) as store:
        assert any("fjernet fra nøkkelfilen" in p for p in store.security_problems)
        assert store.signer is not None
        users.accept_user_list(store)
    assert KeyFile.load(keys_path(shop)).admin_public is not None
    with open_store(shop, passphrase="regnskap-passord") as store:
        assert store.security_problems == [] and store.role == "bookkeeper"


def test_unlocks_and_failed_unlocks_go_to_the_security_log(shop: Path) -> None:
    with pytest.raises(WrongPassphrase):
        open_store(shop, passphrase="feil-passord-1", user="revisor")
    assert pending_path(shop).exists()
    assert "feil-passord-1" not in pending_path(shop).read_text()
    with open_store(shop, passphrase=PASSPHRASE, user=ADMIN) as store, store.session() as s:
        log = security_log(s)
        failed = [e for e in log if e["action"] == "unlock_failed"]
        ok = [e for e in log if e["action"] == "unlock"]
        entries = audit.list_entries(s, entity="security")
    assert not pending_path(shop).exists()
    assert len(failed) == 1 and failed[0]["changes"]["slot"] == [None, "revisor"]
    assert ok[0]["changes"]["slot"] == [None, ADMIN] and ok[0]["actor"] == ADMIN
    assert "feil-passord-1" not in json.dumps([e.to_json() for e in entries], default=str)


def test_cli_check_accept_and_log(shop: Path, monkeypatch: pytest.MonkeyPatch,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    from kontopronto_desktop.cli import main

    monkeypatch.setenv("KONTOPRONTO_PASSPHRASE", PASSPHRASE)
    assert main(["users", "check", "--store", str(shop), "--user", ADMIN]) == 0
    _escalate(shop, "sjefen")
    capsys.readouterr()
    assert main(["users", "check", "--store", str(shop), "--user", ADMIN]) == 1
    out, err = capsys.readouterr()
    assert "«sjefen»" in out and "SIKKERHETSVARSEL" in err
    monkeypatch.setenv("KONTOPRONTO_PASSPHRASE", "mitt-eget-passord")
    assert main(["users", "accept", "--store", str(shop), "--user", "sjefen"]) == 2  # not vouched: read-only
    assert "administrator" in capsys.readouterr().err
    monkeypatch.setenv("KONTOPRONTO_PASSPHRASE", PASSPHRASE)
    assert main(["users", "remove", "sjefen", "--store", str(shop), "--user", ADMIN]) == 0
    assert main(["users", "check", "--store", str(shop), "--user", ADMIN]) == 0
    capsys.readouterr()
    assert main(["users", "log", "--json", "--store", str(shop), "--user", ADMIN]) == 0
    log = json.loads(capsys.readouterr().out)
    assert {"unlock", "alert", "delete", "create"} <= {e["action"] for e in log}


def test_the_recovery_key_can_sign_and_the_keyring_cannot(tmp_path: Path) -> None:
    from kontopronto_desktop.core.store import create_store

    path = tmp_path / "r.kpdb"
    store, recovery = create_store(path, PASSPHRASE, user=ADMIN)
    store.close()
    with open_store(path, recovery=recovery, user=ADMIN) as s:
        assert s.signer is not None and s.security_problems == []
        users.add_user(s, "ny-kasserer", "kasserer-passord", "bookkeeper")
    key = KeyFile.load(keys_path(path)).unlock_with_passphrase(PASSPHRASE)[0]
    with open_store(path, key=key, user=ADMIN) as s:  # a raw key (as the keyring gives) holds no signing key
        assert s.signer is None and s.security_problems == []
        with pytest.raises(PermissionDenied) as err:
            users.add_user(s, "enda-en", "passord-123", "read_only")
        assert "eget passord" in err.value.message
