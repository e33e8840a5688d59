"""Issue 19: member and invoice search through the FTS5 trigram index give exactly the rows of the
old LIKE search; the index follows every change by triggers; `check` finds an index that drifted
and `check --repair` rebuilds it; counts stop at the cap."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, insert, text

from kontopronto_desktop.cli import main
from kontopronto_desktop.core import integrity, members, search_index
from kontopronto_desktop.core.invoicing import invoices
from kontopronto_desktop.core.models import Member
from kontopronto_desktop.core.models.invoice import Invoice
from kontopronto_desktop.core.store import Store
from tests.conftest import PASSPHRASE

#: letters that matter here: Norwegian æøå in both cases, ASCII in both cases, space, digits, and
#: the LIKE wildcards and FTS5 syntax characters a user might type
ALPHABET = "aAbBeEnNoOsS æÆøØåÅéÉ0123456789%_\"*-.@"
NAMES = st.lists(st.text(ALPHABET, min_size=1, max_size=14), min_size=1, max_size=12)
D = date(2026, 3, 1)


def _refill(session, names: list[str]) -> None:  # type: ignore[no-untyped-def]
    """Members and invoices with these names (through SQL, so the triggers are what indexes them)."""
    session.execute(delete(Invoice))
    session.execute(delete(Member))
    session.execute(insert(Member), [
        {"customer_number": 1001 + i, "name": n, "email": f"{n[:5]}@x.no", "phone": n[-4:], "city": n[::-1],
         "payment_method": "giro"} for i, n in enumerate(names)])
    session.execute(insert(Invoice), [
        {"number": 10 + i if i % 3 else None, "kind": "faktura", "status": "sendt" if i % 3 else "utkast",
         "customer_number": 1001 + i, "buyer_name": n, "invoice_date": D, "delivery_date": D, "due_date": D,
         "kid": f"{4711 + i}0", "reason": "", "email_error": ""} for i, n in enumerate(names)])


def _terms(names: list[str], data: st.DataObject) -> list[str]:
    """Substrings of the names with their case changed here and there, and free text."""
    out = []
    for name in names[:4]:
        start = data.draw(st.integers(0, len(name) - 1))
        piece = name[start:start + data.draw(st.integers(1, 6))]
        flips = data.draw(st.lists(st.booleans(), min_size=len(piece), max_size=len(piece)))
        out.append("".join(c.swapcase() if f else c for c, f in zip(piece, flips, strict=True)))
    out += data.draw(st.lists(st.text(ALPHABET, min_size=1, max_size=5), max_size=3))
    return out + ["  " + out[0] + " "]


def test_index_search_finds_exactly_what_the_like_search_found(store: Store) -> None:
    @settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(names=NAMES, data=st.data())
    def check(names: list[str], data: st.DataObject) -> None:
        with store.session() as s:
            _refill(s, names)
            for term in _terms(names, data):
                for sort in ("name", "city"):
                    old = [m.id for m in members.search_members(s, term, sort=sort, use_index=False)]
                    new = [m.id for m in members.search_members(s, term, sort=sort)]
                    assert new == old, (term, sort)
                assert members.count_members(s, term) == members.count_members(s, term, use_index=False)
                assert members.count_members_capped(s, term, cap=3) == \
                    members.count_members_capped(s, term, cap=3, use_index=False)
                old_inv = [v.id for v in invoices.list_invoices(s, search=term, use_index=False)]
                assert [v.id for v in invoices.list_invoices(s, search=term)] == old_inv, term
                assert invoices.invoice_totals(s, search=term) == invoices.invoice_totals(s, search=term,
                                                                                          use_index=False)
                assert invoices.count_invoices_capped(s, search=term).count == len(old_inv)
            assert search_index.index_problems(s, search_index.MEMBERS) == []
            assert search_index.index_problems(s, search_index.INVOICES) == []

    check()


def test_uppercase_norwegian_letters_are_matched_as_before(store: Store) -> None:
    """The old search folds ASCII only: «ærlig» does not find «Ærlig». The index folds æøå too,
    but the LIKE condition still decides, so nothing changes for the user (yet)."""
    with store.session() as s:
        members.create_member(s, {"name": "Ærlige Åse Øvrebø"})
        assert [m.name for m in members.search_members(s, "ÆRLIGE")] == ["Ærlige Åse Øvrebø"]
        assert members.search_members(s, "ærlige") == members.search_members(s, "ærlige", use_index=False) == []
        assert [m.name for m in members.search_members(s, "Øvrebø")] == ["Ærlige Åse Øvrebø"]
        assert [m.name for m in members.search_members(s, "åSE ø")] == []  # Å vs å: ASCII folding only
        assert [m.name for m in members.search_members(s, "Åse Ø")] == ["Ærlige Åse Øvrebø"]


def test_the_index_follows_create_update_delete(store: Store) -> None:
    def hits(s, term: str) -> list[int]:  # type: ignore[no-untyped-def]
        return [r[0] for r in s.execute(search_index.candidate_ids(search_index.MEMBERS, term))]

    with store.session() as s:
        kari = members.create_member(s, {"name": "Kari Nordmann", "city": "Tromsø"})
        assert hits(s, "nordm") == [kari.id] and hits(s, "romsø") == [kari.id]
        members.update_member(s, kari.customer_number, {"name": "Kari Fjellstad"})
        assert hits(s, "nordm") == [] and hits(s, "fjells") == [kari.id]
        members.update_member(s, kari.customer_number, {"notes": "ingen endring i søket"})
        assert hits(s, "fjells") == [kari.id]
        members.delete_member(s, kari.customer_number)
        assert hits(s, "fjells") == [] and hits(s, "romsø") == []
        assert integrity.check_store(s) == []


def test_counts_stop_at_the_cap(store: Store) -> None:
    with store.session() as s:
        s.execute(insert(Member), [{"customer_number": 2000 + i, "name": f"Hansen {i}", "payment_method": "giro"}
                                   for i in range(1002)])
        assert members.count_members_capped(s, "hansen") == search_index.SearchCount(1000, True)
        assert members.count_members_capped(s, "hansen").label() == "over 1\u00a0000"
        assert members.count_members_capped(s, "hansen", cap=1002) == search_index.SearchCount(1002, False)
        assert members.count_members_capped(s, "Hansen 99") == search_index.SearchCount(11, False)
        assert members.count_members_capped(s, "") == search_index.SearchCount(1002, False)  # no term: exact
        # a term in this many rows is searched without the index (its matches are dense): same rows
        assert search_index.is_common(s, search_index.MEMBERS, "hansen", limit=1000)
        assert not search_index.is_common(s, search_index.MEMBERS, "Hansen 99", limit=1000)


def test_check_finds_a_drifted_index_and_repair_rebuilds_it(store: Store, store_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    with store.session() as s:
        members.create_member(s, {"name": "Kari Nordmann"})
        members.create_member(s, {"name": "Per Hansen"})
        s.execute(text("DROP TRIGGER member_fts_au"))  # as a later table-recreating migration would
        s.execute(text("UPDATE member SET name = 'Per Olsen' WHERE customer_number = 1002"))
        s.execute(text("DELETE FROM invoice_fts_data WHERE id > 10"))  # and a damaged invoice index
        problems = integrity.check_store(s)
    assert any("member_fts mangler triggerne member_fts_au" in p for p in problems)
    assert any("member_fts stemmer ikke med tabellen member" in p for p in problems)
    store.close()
    monkeypatch.setenv("KONTOPRONTO_PASSPHRASE", PASSPHRASE)
    assert main(["check", "--store", str(store_path)]) == 1
    assert "søkeindeks" in capsys.readouterr().out
    assert main(["check", "--repair", "--store", str(store_path)]) == 0
    out = capsys.readouterr().out
    assert "søkeindeksen member_fts er bygget på nytt fra member" in out
    assert main(["check", "--store", str(store_path)]) == 0
    assert main(["members", "list", "--search", "olsen", "--json", "--store", str(store_path)]) == 0
    assert '"Per Olsen"' in capsys.readouterr().out


def test_the_index_is_inside_the_encrypted_file(store: Store, store_path: Path) -> None:
    with store.session() as s:
        members.create_member(s, {"name": "Hemmelig Trigramsen"})
    store.close()
    wal = Path(f"{store_path}-wal")
    raw = store_path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")
    assert b"Trigramsen" not in raw and b"member_fts" not in raw  # ciphertext only, the index too
    assert not raw.startswith(b"SQLite format 3")


def test_an_erased_name_leaves_no_trigram_in_the_index(store: Store) -> None:
    """FTS5 secure-delete: a changed or deleted row's trigrams leave the index at once, not at the
    next segment merge (the same promise PRAGMA secure_delete keeps for the table's pages)."""
    def blobs(s) -> bytes:  # type: ignore[no-untyped-def]
        return b"".join(r[0] for r in s.execute(text("SELECT block FROM member_fts_data")) if r[0])

    with store.session() as s:
        for i in range(30):
            members.create_member(s, {"name": f"Person {i} Hansen"})
        qx = members.create_member(s, {"name": "Qxzqy Vwkjh"})
    with store.session() as s:
        assert b"xzq" in blobs(s)
        members.update_member(s, qx.customer_number, {"name": "Slettet Person"})
    with store.session() as s:
        assert b"xzq" not in blobs(s) and b"vwk" not in blobs(s)
        zy = members.create_member(s, {"name": "Zyjwu Fjfjf"})
    with store.session() as s:
        assert b"yjw" in blobs(s)
        members.delete_member(s, zy.customer_number)
    with store.session() as s:
        assert b"yjw" not in blobs(s) and b"jfj" not in blobs(s) and b"ers" in blobs(s)
        assert search_index.secure_delete_on(s, search_index.MEMBERS)
        s.execute(text("INSERT INTO member_fts(member_fts, rank) VALUES ('secure-delete', 0)"))
        assert any("secure-delete er av" in p for p in search_index.index_problems(s, search_index.MEMBERS))
        assert search_index._repair_indexes(s) == ["søkeindeksen member_fts er bygget på nytt fra member"]
        assert search_index.index_problems(s, search_index.MEMBERS) == []


def test_a_bulk_insert_is_indexed_in_one_statement(store: Store) -> None:
    from kontopronto_desktop.core.demo import add_members_bulk, demo_member_rows

    with store.session() as s:
        members.create_member(s, {"name": "Først Inne"})
        add_members_bulk(s, demo_member_rows(300, 2000))
        names = [m.name for m in members.search_members(s, "", limit=5, offset=100)]
        for name in names:
            assert name in [m.name for m in members.search_members(s, name)]
        assert search_index.index_problems(s, search_index.MEMBERS) == []
        members.create_member(s, {"name": "Etter Bulkimporten"})  # the insert trigger is back
        assert [m.name for m in members.search_members(s, "bulkimport")] == ["Etter Bulkimporten"]
        assert search_index.index_problems(s, search_index.MEMBERS) == []
