"""Member import, issue 18 item 4: rows without a customer number are new members numbered from
the series; ending more than END_CONFIRM_ABOVE (3) memberships needs the count confirmed —
in the core, and in the CLI (`--confirm-end N`, else exit 2)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kontopronto_desktop.cli import main
from kontopronto_desktop.core import members
from kontopronto_desktop.core.errors import UserError
from kontopronto_desktop.core.invoicing import member_import as mi
from kontopronto_desktop.core.models import Member
from kontopronto_desktop.core.store import Store, open_store
from tests.conftest import PASSPHRASE


def _csv(path: Path, lines: list[str]) -> Path:
    path.write_bytes("\r\n".join(lines).encode("cp1252"))
    return path


def _register(store: Store, numbers: list[int]) -> None:
    with store.session() as s:
        for n in numbers:
            members.create_member(s, {"customer_number": n, "name": f"Medlem {n}"})


def test_rows_without_number_get_the_next_numbers_after_register_and_file(store: Store, tmp_path: Path) -> None:
    _register(store, [1001, 1002])
    table = mi.read_table(_csv(tmp_path / "m.csv", [
        "Kundenr;Navn;Postnr", ";Ny Uten Nummer;0150", "1001;Medlem 1001;", "1002;Medlem 1002;",
        "1007;Ny Med Nummer;", " ;Også Ny;5003", ";Feil Postnr;12", "1012;Ugyldig Men Nummer;99"]))
    with store.session() as s:
        preview = mi.preview_import(s, table)
    # 1007 and 1012 (on an invalid row, to be fixed and imported later) are the file's: the series
    # continues after them, never colliding
    assert [(r["customer_number"], r["name"]) for r in preview.new] == [
        (1007, "Ny Med Nummer"), (1013, "Ny Uten Nummer"), (1014, "Også Ny")]
    assert preview.from_series == 2 and preview.to_json()["new_members"][1]["from_series"] is True
    assert [(r.row, "Postnr" in r.reason) for r in preview.invalid] == [(7, True), (8, True)]
    with store.session() as s:
        result = mi.apply_import(s, table, accept_invalid=True)
    assert result.created == 3
    with store.session() as s:
        assert members.get_member(s, 1013).name == "Ny Uten Nummer"
        assert members.get_member(s, 1014).postcode == "5003"
        assert members.next_customer_number(s) == 1015


def _ending_file(store: Store, tmp_path: Path, missing: int) -> mi.Table:
    _register(store, [2001, *range(2100, 2100 + missing)])
    return mi.read_table(_csv(tmp_path / "m.csv", ["Kundenr;Navn", "2001;Medlem 2001"]))


def test_ending_three_needs_no_confirmation(store: Store, tmp_path: Path) -> None:
    table = _ending_file(store, tmp_path, 3)
    with store.session() as s:
        assert not mi.preview_import(s, table).end_needs_confirmation
        assert mi.apply_import(s, table, end_missing=True, end_date=date(2026, 3, 1)).ended == 3


def test_ending_four_needs_the_count_confirmed(store: Store, tmp_path: Path) -> None:
    table = _ending_file(store, tmp_path, 4)
    with store.session() as s:
        assert mi.preview_import(s, table).end_needs_confirmation
    for wrong in (None, 3, 5):
        with pytest.raises(UserError, match="4 medlemskap ville bli avsluttet. Mer enn 3 må bekreftes"), \
                store.session() as s:
            mi.apply_import(s, table, end_missing=True, confirm_end=wrong)
    with store.session() as s:
        assert s.scalar(select(func.count()).select_from(Member).where(Member.ended_on.is_not(None))) == 0
        assert mi.apply_import(s, table, end_missing=False).ended == 0  # no ending: nothing to confirm
        assert mi.apply_import(s, table, end_missing=True, confirm_end=4).ended == 4


def test_cli_end_missing_requires_confirm_end(store: Store, store_path: Path, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    _register(store, [2001, 2100, 2101, 2102, 2103])
    path = _csv(tmp_path / "m.csv", ["Kundenr;Navn;Postnr", "2001;Medlem 2001;", ";Ny Person;0150",
                                     "2002;Feil Postnr;12"])
    store.close()
    monkeypatch.setenv("KONTOPRONTO_PASSPHRASE", PASSPHRASE)
    args = ["members", "import", str(path), "--store", str(store_path), "--accept-invalid"]
    assert main([*args, "--end-missing"]) == 2
    err = capsys.readouterr().err
    assert "4 medlemskap ville bli avsluttet" in err and "--confirm-end 4" in err
    assert main([*args, "--end-missing", "--confirm-end", "3"]) == 2
    capsys.readouterr()
    with open_store(store_path, passphrase=PASSPHRASE) as opened, opened.session() as s:
        assert members.count_members(s) == 5  # nothing imported by the refusals
    assert main([*args, "--end-missing", "--confirm-end", "4"]) == 0
    out = capsys.readouterr().out
    assert out.index("Ugyldige rader (1, importeres ikke):") < out.index("Nye: 1 (derav 1 med nummer fra serien)")
    assert "rad 4: Postnr" in out and "Lagret." in out
    with open_store(store_path, passphrase=PASSPHRASE) as opened, opened.session() as s:
        assert members.get_member(s, 2104).name == "Ny Person"
        assert members.get_member(s, 2103).ended_on is not None
