"""Several users per store, each with their own passphrase; roles enforced in the core."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kontopronto_desktop.core import audit, members, organisation, products, users
from kontopronto_desktop.core.errors import PermissionDenied, UserError, WrongPassphrase
from kontopronto_desktop.core.store import Store, keys_path, open_store

from ..conftest import PASSPHRASE


def test_users_share_the_data_key_without_reencrypting(store: Store, store_path: Path) -> None:
    with store.session() as session:
        members.create_member(session, {"name": "Delt Medlem"})
    head_before = store_path.read_bytes()[:4096]
    users.add_user(store, "regnskap", "regnskap-passord", "bookkeeper")
    users.add_user(store, "revisor", "revisor-passord", "read_only")
    assert store_path.read_bytes()[:4096] == head_before
    assert [(u.name, u.role) for u in users.list_users(store)][1:] == [
        ("regnskap", "bookkeeper"), ("revisor", "read_only")]
    store.close()
    with open_store(store_path, passphrase="revisor-passord") as s, s.session() as session:
        assert s.role == "read_only" and s.actor == "revisor"
        assert members.search_members(session, "Delt")


def test_roles_are_enforced_in_core_services(store: Store, store_path: Path) -> None:
    users.add_user(store, "regnskap", "regnskap-passord", "bookkeeper")
    users.add_user(store, "revisor", "revisor-passord", "read_only")
    store.close()
    with open_store(store_path, passphrase="revisor-passord") as s:
        with pytest.raises(PermissionDenied) as info, s.session() as session:
            members.create_member(session, {"name": "Skal Ikke Lagres"})
        assert "Lesetilgang" in str(info.value)
        with pytest.raises(PermissionDenied), s.session() as session:
            products.create_product(session, {"code": "X", "name": "X", "price": "1"})
        with pytest.raises(PermissionDenied):
            users.add_user(s, "ny", "nytt-passord-1", "administrator")
    with open_store(store_path, passphrase="regnskap-passord") as s:
        with s.session() as session:
            members.create_member(session, {"name": "Lagret Av Regnskap"})
        with pytest.raises(PermissionDenied), s.session() as session:
            organisation.save_organisation(session, {"city": "Bergen"})
        with pytest.raises(PermissionDenied):
            users.remove_user(s, "revisor")
        with s.session() as session:
            entries = audit.list_entries(session, entity="member")
    assert [e.actor for e in entries] == ["regnskap"]
    with open_store(store_path, passphrase=PASSPHRASE) as s, s.session() as session:
        assert members.count_members(session, "Skal Ikke") == 0


def test_removed_user_can_no_longer_unlock(store: Store, store_path: Path) -> None:
    users.add_user(store, "vikar", "vikar-passord", "bookkeeper")
    with pytest.raises(UserError):
        users.remove_user(store, store.actor)  # not yourself
    users.remove_user(store, "vikar")
    store.close()
    with pytest.raises(WrongPassphrase):
        open_store(store_path, passphrase="vikar-passord", use_keyring=False)
    assert open_store(store_path, passphrase=PASSPHRASE).close() is None


def test_editing_a_role_in_the_key_file_breaks_that_users_key(store: Store, store_path: Path) -> None:
    users.add_user(store, "revisor", "revisor-passord", "read_only")
    store.close()
    data = json.loads(keys_path(store_path).read_text())
    for slot in data["slots"]:
        if slot["name"] == "revisor":
            slot["role"] = "administrator"
    keys_path(store_path).write_text(json.dumps(data))
    with pytest.raises(WrongPassphrase):
        open_store(store_path, passphrase="revisor-passord", use_keyring=False)
