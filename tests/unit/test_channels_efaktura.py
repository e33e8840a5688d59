"""eFaktura consents from the bank: previewed, then members' identifiers and payment method set or cleared."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from kontopronto_desktop.core import members
from kontopronto_desktop.core.channels import efaktura
from kontopronto_desktop.core.errors import UserError
from kontopronto_desktop.core.models.member import Member
from kontopronto_desktop.core.store import Store
from tests.conftest import PASSPHRASE

LIST = "eFakturaReferanse;eFakturaIdentifikator;Status\n1001;1234567890123;aktiv\n1002;9876543210987;Aktiv\n4040;1111;aktiv\n"


def _members(store: Store) -> None:
    with store.session() as s:
        for number in (1001, 1002):
            members.create_member(s, {"customer_number": number, "name": f"Medlem {number}", "street": "Gata 1",
                                      "postcode": "0150", "city": "Oslo", "email": f"m{number}@example.no"})


def _methods(store: Store) -> dict[int, tuple[str, str]]:
    with store.session() as s:
        return {n: (m, r) for n, m, r in s.execute(select(Member.customer_number, Member.payment_method,
                                                          Member.efaktura_reference))}


def test_consents_are_previewed_then_set_and_later_ended(store: Store) -> None:
    _members(store)
    with store.session() as s:
        plan = efaktura.plan_consents(s, LIST.encode())
    assert [c.action for c in plan.changes] == ["ny", "ny", "ukjent kunde"]
    assert _methods(store)[1001] == ("giro", "")
    with store.session() as s:
        efaktura.import_consents(s, LIST.encode())
    assert _methods(store) == {1001: ("efaktura", "1234567890123"), 1002: ("efaktura", "9876543210987")}
    ended = "kundenummer,efakturaidentifikator,status\r\n1001,1234567890123,Slettet\r\n1002,5555555555555,aktiv\r\n"
    with store.session() as s:
        assert [c.action for c in efaktura.import_consents(s, ended.encode("cp1252")).changes] == ["avsluttet", "endret"]
    assert _methods(store) == {1001: ("giro", ""), 1002: ("efaktura", "5555555555555")}


@pytest.mark.parametrize("bad, message", [
    ("eFakturaReferanse;Navn\n1001;Kari\n", "eFaktura-identifikator"),
    ("eFakturaReferanse;eFakturaIdentifikator\n10-01;123\n", "ikke et kundenummer"),
    ("eFakturaReferanse;eFakturaIdentifikator\n1001;123;ekstra\n", "har 3 felt"),
    ("eFakturaReferanse;eFakturaIdentifikator\n1001;123\n1001;456\n", "to ganger"),
    ("eFakturaReferanse;eFakturaIdentifikator\n1001;\"123\n", "skadet"),
    ("", "tom"),
])
def test_a_bad_list_is_refused_whole_with_the_line(store: Store, bad: str, message: str) -> None:
    _members(store)
    with store.session() as s, pytest.raises(UserError, match=message):
        efaktura.import_consents(s, bad.encode())
    assert _methods(store)[1001] == ("giro", "")


def test_cli_preview_and_import(store: Store, store_path: Path, tmp_path: Path) -> None:
    _members(store)
    store.close()
    path = tmp_path / "samtykker.csv"
    path.write_text(LIST, encoding="utf-8")
    env = dict(os.environ, KONTOPRONTO_PASSPHRASE=PASSPHRASE)
    run = [sys.executable, "-m", "kontopronto_desktop.cli", "efaktura", "consents", "import", str(path),
           "--store", str(store_path)]
    preview = subprocess.run([*run, "--dry-run", "--json"], capture_output=True, text=True, env=env, timeout=120)
    assert preview.returncode == 0, preview.stderr
    assert json.loads(preview.stdout)["counts"] == {"ny": 2, "endret": 0, "avsluttet": 0, "uendret": 0,
                                                     "ukjent kunde": 1}
    done = subprocess.run(run, capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0 and "2 ny" in done.stdout
    path.write_bytes(b"\xff\xfe\x00\x00garbage")
    refused = subprocess.run(run, capture_output=True, text=True, env=env, timeout=120)
    assert refused.returncode == 2 and "Traceback" not in refused.stderr
