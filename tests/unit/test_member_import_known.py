"""Importing the same list of new members twice (rows without customer number) creates nobody twice:
a row whose person is already a member — same name and the same e-mail or phone, or (with neither)
the same name and postal address — is shown as "finnes allerede" and not imported. Core and CLI."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from kontopronto_desktop.cli import main
from kontopronto_desktop.core import members
from kontopronto_desktop.core.invoicing import member_import as mi
from kontopronto_desktop.core.store import Store, open_store
from tests.conftest import PASSPHRASE

NEW_MEMBERS = ["Kundenr;Navn;Adresse;Postnr;Telefon;E-post",
               ";Åse Ødegård;Bjørkeveien 3;0360;;ase@example.no",
               ";Per Ærlig;Storgata 9;7010;912 34 567;",
               ";Kari Nordmann;Fjordgata 1;5003;;"]


def _csv(path: Path, lines: list[str]) -> Path:
    path.write_bytes("\r\n".join(lines).encode("cp1252"))
    return path


def test_the_same_new_members_file_twice_creates_each_member_once(store: Store, tmp_path: Path) -> None:
    table = mi.read_table(_csv(tmp_path / "nye.csv", NEW_MEMBERS))
    with store.session() as s:
        assert mi.apply_import(s, table).created == 3
    with store.session() as s:
        again = mi.preview_import(s, table)
        assert mi.apply_import(s, table, end_missing=True, end_date=date(2026, 3, 1)) == mi.ImportResult(0, 0, 0, 0)
    assert again.counts() == {"new": 0, "changed": 0, "unchanged": 0, "missing": 0, "invalid": 0, "already": 3}
    assert [(k.row, k.customer_number, k.name, k.matched_by) for k in again.already] == [
        (2, 1001, "Åse Ødegård", "e-post"), (3, 1002, "Per Ærlig", "telefon"), (4, 1003, "Kari Nordmann", "adresse")]
    assert again.to_json()["already_members"][0] == {"row": 2, "customer_number": 1001, "name": "Åse Ødegård",
                                                     "matched_by": "e-post"}
    with store.session() as s:
        assert members.count_members(s) == 3
        assert all(members.get_member(s, n).ended_on is None for n in (1001, 1002, 1003))  # in the file: not ended


def test_recognised_whatever_the_spelling_of_case_spaces_and_country_code(store: Store, tmp_path: Path) -> None:
    with store.session() as s:
        mi.apply_import(s, mi.read_table(_csv(tmp_path / "nye.csv", NEW_MEMBERS)))
    table = mi.read_table(_csv(tmp_path / "igjen.csv", [
        NEW_MEMBERS[0], ";ÅSE  ødegård;;;;Ase@Example.NO ", ";per ærlig;Annen vei 1;0150;+47 91234567;",
        ";Kari Nordmann; fjordgata  1 ;5003;;"]))
    with store.session() as s:
        preview = mi.preview_import(s, table)
    assert [k.customer_number for k in preview.already] == [1001, 1002, 1003] and preview.new == []


def test_a_name_alone_is_not_the_same_person(store: Store, tmp_path: Path) -> None:
    """Two «Ola Hansen» with different e-mail, phone or address are two members."""
    with store.session() as s:
        members.create_member(s, {"customer_number": 1001, "name": "Ola Hansen", "email": "ola@example.no",
                                  "street": "Vei 1", "postcode": "0150"})
    table = mi.read_table(_csv(tmp_path / "nye.csv", [
        NEW_MEMBERS[0], ";Ola Hansen;;;;ola.h@example.no", ";Ola Hansen;;;99887766;", ";Ola Hansen;Vei 2;0150;;",
        ";Ola Hansen;Vei 1;0150;;"]))
    with store.session() as s:
        preview = mi.preview_import(s, table)
    assert [r["customer_number"] for r in preview.new] == [1002, 1003, 1004]
    assert [(k.row, k.customer_number, k.matched_by) for k in preview.already] == [(5, 1001, "adresse")]


def test_the_same_person_twice_in_one_file_is_an_invalid_row(store: Store, tmp_path: Path) -> None:
    table = mi.read_table(_csv(tmp_path / "nye.csv", [*NEW_MEMBERS, ";åse ødegård;;;;ASE@example.no"]))
    with store.session() as s:
        preview = mi.preview_import(s, table)
    assert len(preview.new) == 3
    assert [(r.row, r.reason) for r in preview.invalid] == [(5, "samme person som rad 2 (navn og e-post)")]


def test_a_row_with_a_customer_number_is_matched_by_number_as_before(store: Store, tmp_path: Path) -> None:
    with store.session() as s:
        members.create_member(s, {"customer_number": 1001, "name": "Åse Ødegård", "email": "ase@example.no"})
    table = mi.read_table(_csv(tmp_path / "m.csv", [NEW_MEMBERS[0], "1005;Åse Ødegård;;;;ase@example.no"]))
    with store.session() as s:
        preview = mi.preview_import(s, table)
    assert [r["customer_number"] for r in preview.new] == [1005] and preview.already == []


def test_cli_shows_finnes_allerede_and_creates_nobody_twice(store: Store, store_path: Path, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    path = _csv(tmp_path / "nye.csv", NEW_MEMBERS)
    store.close()
    monkeypatch.setenv("KONTOPRONTO_PASSPHRASE", PASSPHRASE)
    args = ["members", "import", str(path), "--store", str(store_path)]
    assert main(args) == 0
    assert "Nye: 3 (derav 3 med nummer fra serien)" in capsys.readouterr().out
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "Finnes allerede (3, importeres ikke):" in out
    assert "rad 2: Åse Ødegård er kundenr. 1001 (samme navn og e-post)" in out
    assert "Nye: 0 (derav 0 med nummer fra serien)" in out and "finnes allerede: 3" in out
    assert main([*args, "--dry-run", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["already"] == 3 and data["already_members"][2]["matched_by"] == "adresse"
    with open_store(store_path, passphrase=PASSPHRASE) as opened, opened.session() as s:
        assert members.count_members(s) == 3
