"""Issue 19: the last user of a store is remembered on this PC (the name only) and their key slot
is tried first, so the fifth of five users waits for one scrypt derivation instead of five."""

from __future__ import annotations

import hashlib
import json
import os
import stat
from pathlib import Path

import pytest

from kontopronto_desktop.core.errors import WrongPassphrase
from kontopronto_desktop.core.store import create_store, open_store
from kontopronto_desktop.core.store import keys as store_keys
from kontopronto_desktop.core.store.last_user import config_file, remember_user, remembered_user

USERS = ["anne", "bjorn", "cecilie", "dag", "eva"]


def _five_users(path: Path) -> None:
    store, _ = create_store(path, "passord-anne-1", user="anne")
    for name in USERS[1:]:
        store.keyfile.add_passphrase(store.key, f"passord-{name}-1", name, "administrator")
    store.keyfile.sign_roster(store.signer)  # type: ignore[arg-type]
    store.keyfile.save(store.keys_path)
    store.close()


@pytest.fixture
def scrypt_calls(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many scrypt derivations each unlock costs (counted around the real hashlib.scrypt)."""
    calls: list[int] = []
    real = hashlib.scrypt

    def counting(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(store_keys.hashlib, "scrypt", counting)
    return calls


def test_the_fifth_user_is_tried_first_after_one_open(store_path: Path, scrypt_calls: list[int]) -> None:
    _five_users(store_path)
    assert remembered_user(store_path) is None
    scrypt_calls.clear()
    with open_store(store_path, passphrase="passord-eva-1") as store:
        assert store.actor == "eva"
    assert len(scrypt_calls) == 5  # every slot in order: anne, bjorn, cecilie, dag, eva
    assert remembered_user(store_path) == "eva"
    scrypt_calls.clear()
    with open_store(store_path, passphrase="passord-eva-1") as store:
        assert store.actor == "eva"
    assert len(scrypt_calls) == 1
    scrypt_calls.clear()
    with open_store(store_path, passphrase="passord-anne-1") as store:  # another user: eva's slot, then in order
        assert store.actor == "anne"
    assert len(scrypt_calls) == 2 and remembered_user(store_path) == "anne"
    scrypt_calls.clear()
    with pytest.raises(WrongPassphrase):
        open_store(store_path, passphrase="feil-passord-1")
    assert len(scrypt_calls) == 5 and remembered_user(store_path) == "anne"  # a failure changes nothing


def test_a_named_user_is_remembered_too(store_path: Path, scrypt_calls: list[int]) -> None:
    _five_users(store_path)
    with open_store(store_path, passphrase="passord-dag-1", user="dag"):
        pass
    scrypt_calls.clear()
    with open_store(store_path, passphrase="passord-dag-1") as store:
        assert store.actor == "dag"
    assert len(scrypt_calls) == 1


def test_only_names_are_kept_privately_and_a_bad_file_is_ignored(store_path: Path) -> None:
    _five_users(store_path)
    with open_store(store_path, passphrase="passord-cecilie-1"):
        pass
    text = config_file().read_text(encoding="utf-8")
    assert json.loads(text) == {str(store_path.resolve()): "cecilie"}
    assert "passord" not in text
    if os.name != "nt":
        assert stat.S_IMODE(config_file().stat().st_mode) == 0o600
    remember_user(store_path, "fjernet-bruker")  # a user since removed: the normal order, no error
    with open_store(store_path, passphrase="passord-bjorn-1") as store:
        assert store.actor == "bjorn"
    config_file().write_text("{ikke json", encoding="utf-8")
    assert remembered_user(store_path) is None
    with open_store(store_path, passphrase="passord-eva-1") as store:
        assert store.actor == "eva"
    assert remembered_user(store_path) == "eva"
