"""Member import and sync: encodings, delimiters, xlsx, mapping guess, preview, invalid rows, end missing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from kontopronto_desktop.core import members
from kontopronto_desktop.core.errors import UserError
from kontopronto_desktop.core.invoicing import member_import as mi
from kontopronto_desktop.core.models import Member
from kontopronto_desktop.core.store import Store

ROWS = [
    ["Kundenr", "Navn", "Adresse", "Postnr", "Poststed", "Telefon", "E-post", "Betalingsmåte"],
    ["2001", "Åse Ødegård", "Bjørkeveien 3", "0360", "Oslo", "91234567", "ase@example.no", "AvtaleGiro"],
    ["2002", "Per Ærlig", "Storgata 9", "7010", "Trondheim", "", "", "Giro"],
    ["2003", "Kari Nordmann", "Fjordgata 1", "5003", "Bergen", "", "kari@example.no", "giro"],
]


def _write_csv(path: Path, rows: list[list[str]], encoding: str, delimiter: str) -> Path:
    path.write_bytes("\r\n".join(delimiter.join(r) for r in rows).encode(encoding) + b"\r\n")
    return path


@pytest.mark.parametrize(("encoding", "delimiter"), [("utf-8", ","), ("utf-8-sig", ";"), ("cp1252", ";"),
                                                       ("cp1252", ",")])
def test_csv_encodings_and_delimiters(tmp_path: Path, encoding: str, delimiter: str) -> None:
    table = mi.read_table(_write_csv(tmp_path / "m.csv", ROWS, encoding, delimiter))
    assert table.headers[0] == "Kundenr"
    assert table.rows[0][1] == "Åse Ødegård" and table.rows[1][1] == "Per Ærlig"
    mapping = mi.guess_mapping(table.headers)
    assert mapping == {0: "customer_number", 1: "name", 2: "street", 3: "postcode", 4: "city", 5: "phone",
                       6: "email", 7: "payment_method"}


def test_english_headers_and_xlsx(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(["Customer number", "Name", "Address", "Zip", "City", "E-mail"])
    ws.append([3001, "Ola Hansen", "Vei 1", "0150", "Oslo", "ola@example.no"])
    wb.save(tmp_path / "m.xlsx")
    table = mi.read_table(tmp_path / "m.xlsx")
    assert table.rows == [["3001", "Ola Hansen", "Vei 1", "0150", "Oslo", "ola@example.no"]]
    assert set(mi.guess_mapping(table.headers).values()) == {"customer_number", "name", "street", "postcode",
                                                              "city", "email"}


def test_broken_xlsx_is_a_user_error(tmp_path: Path) -> None:
    (tmp_path / "x.xlsx").write_bytes(b"not a zip")
    with pytest.raises(UserError, match="Excel"):
        mi.read_table(tmp_path / "x.xlsx")


def test_preview_new_changed_missing_invalid_and_writes_nothing(store: Store, tmp_path: Path) -> None:
    with store.session() as s:
        members.create_member(s, {"customer_number": 2001, "name": "Åse Ødegård", "street": "Gammelveien 1",
                                  "postcode": "0360", "city": "Oslo", "email": "ase@example.no",
                                  "phone": "91234567", "payment_method": "avtalegiro"})
        members.create_member(s, {"customer_number": 2003, "name": "Kari Nordmann", "street": "Fjordgata 1",
                                  "postcode": "5003", "city": "Bergen", "email": "kari@example.no"})
        members.create_member(s, {"customer_number": 2999, "name": "Borte Vekk"})
    rows = [*ROWS, ["abc", "Feil Nummer", "", "", "", "", "", ""], ["2004", "Dårlig Post", "", "12", "", "", "x@", ""]]
    table = mi.read_table(_write_csv(tmp_path / "m.csv", rows, "utf-8-sig", ";"))
    with store.session() as s:
        preview = mi.preview_import(s, table)
        assert s.scalar(select(func.count()).select_from(Member)) == 3
    assert [r["customer_number"] for r in preview.new] == [2002]
    assert len(preview.changed) == 1 and preview.changed[0].customer_number == 2001
    assert preview.changed[0].fields == {"street": ("Gammelveien 1", "Bjørkeveien 3")}
    assert preview.unchanged == 1
    assert preview.missing == [(2999, "Borte Vekk")]
    assert [r.row for r in preview.invalid] == [5, 6]
    assert "kundenummer" in preview.invalid[0].reason
    assert "Postnr" in preview.invalid[1].reason and "E-post" in preview.invalid[1].reason
    # invalid rows: nothing written unless accepted
    with pytest.raises(UserError, match="2 rader er ugyldige"), store.session() as s:
        mi.apply_import(s, table)
    with store.session() as s:
        assert s.scalar(select(func.count()).select_from(Member)) == 3
        result = mi.apply_import(s, table, accept_invalid=True, end_missing=True, end_date=date(2026, 1, 31))
    assert (result.created, result.updated, result.ended, result.skipped_invalid) == (1, 1, 1, 2)
    with store.session() as s:
        assert members.get_member(s, 2001).street == "Bjørkeveien 3"
        assert members.get_member(s, 2002).name == "Per Ærlig"
        assert members.get_member(s, 2999).ended_on == date(2026, 1, 31)
        again = mi.preview_import(s, mi.read_table(_write_csv(tmp_path / "ok.csv", ROWS, "utf-8", ",")))
    assert again.counts() == {"new": 0, "changed": 0, "unchanged": 3, "missing": 0, "invalid": 0, "already": 0}


def test_missing_key_column_is_explained(store: Store, tmp_path: Path) -> None:
    table = mi.read_table(_write_csv(tmp_path / "m.csv", [["Navn", "By"], ["Ola", "Oslo"]], "utf-8", ";"))
    with pytest.raises(UserError, match="kundenummer"), store.session() as s:
        mi.preview_import(s, table)
