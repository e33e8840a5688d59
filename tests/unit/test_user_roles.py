"""Changing a user's role: the new role holds at the next open, with the new passphrase only."""

from __future__ import annotations

from pathlib import Path

import pytest

from kontopronto_desktop.core import users
from kontopronto_desktop.core.errors import PermissionDenied, UserError, WrongPassphrase
from kontopronto_desktop.core.store import Store, open_store
from kontopronto_desktop.core.user_roles import set_role
from tests.conftest import PASSPHRASE


def test_set_role_reseals_the_slot_and_refuses_what_it_must(store: Store, store_path: Path) -> None:
    users.add_user(store, "kasserer", "kasserer-passord", "bookkeeper")
    assert set_role(store, "kasserer", "read_only", "nytt-revisor-passord").role == "read_only"
    with pytest.raises(UserError, match="egen rolle"):
        set_role(store, store.actor, "bookkeeper", "hva-som-helst-1")
    with pytest.raises(UserError, match="allerede rollen Lesetilgang"):
        set_role(store, "kasserer", "revisor", "hva-som-helst-1")
    with pytest.raises(UserError, match="Fant ingen bruker"):
        set_role(store, "ukjent", "bookkeeper", "hva-som-helst-1")
    store.close()
    with pytest.raises(WrongPassphrase):
        open_store(store_path, passphrase="kasserer-passord")
    with open_store(store_path, passphrase="nytt-revisor-passord") as s:
        assert (s.actor, s.role, s.security_problems) == ("kasserer", "read_only", [])
        with pytest.raises(PermissionDenied):
            set_role(s, "kasserer", "administrator", "selv-forfremmet-1")
    with open_store(store_path, passphrase=PASSPHRASE) as admin:
        assert admin.security_problems == []
        assert {u.name: u.role for u in users.list_users(admin)}["kasserer"] == "read_only"
        # a second administrator may demote the first, but never the last one
        set_role(admin, "kasserer", "administrator", "ny-administrator-1")
    with open_store(store_path, passphrase="ny-administrator-1") as second:
        assert second.role == "administrator" and second.security_problems == []
        first = next(u.name for u in users.list_users(second) if u.name != "kasserer")
        set_role(second, first, "bookkeeper", "tidligere-admin-1")
        with pytest.raises(UserError, match="Du kan ikke endre din egen rolle"):
            set_role(second, "kasserer", "bookkeeper", "x-passord-123")


def test_cli_users_role(store: Store, store_path: Path, monkeypatch: pytest.MonkeyPatch,
                        capsys: pytest.CaptureFixture[str]) -> None:
    from kontopronto_desktop.cli import main

    users.add_user(store, "kasserer", "kasserer-passord", "bookkeeper")
    store.close()
    monkeypatch.setenv("KONTOPRONTO_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("KONTOPRONTO_NEW_PASSPHRASE", "revisor-passord-7")
    assert main(["users", "role", "kasserer", "--role", "read_only", "--store", str(store_path)]) == 0
    assert "kasserer har nå rollen Lesetilgang (revisor)" in capsys.readouterr().out
    assert main(["users", "role", "kasserer", "--role", "read_only", "--store", str(store_path)]) == 2
    assert "har allerede rollen" in capsys.readouterr().err
    with open_store(store_path, passphrase="revisor-passord-7") as s:
        assert s.role == "read_only"
