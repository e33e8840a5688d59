"""Issue 18 item 2: one search (Ctrl+K, `kontopronto search`) across members, invoices, KID, amounts
and payments — grouped by kind, exact matches first, at most `limit` of each kind, from indexes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import text

from kontopronto_desktop.cli import main
from kontopronto_desktop.core import members, search
from kontopronto_desktop.core.store import Store
from tests.conftest import PASSPHRASE
from tests.payments_support import invoice, pay, seed_members


@pytest.fixture
def filled(store: Store) -> Store:
    seed_members(store, ["Kari Nordmann", "Ola Hansen", "Åse Ødegård"])
    with store.session() as s:
        members.update_member(s, 1002, {"email": "ola@hansen.no", "phone": "91234567"})
    invoice(store, 1001, 123450, kid="10010000017")
    invoice(store, 1002, 45000, kid="10020000024")
    invoice(store, 1003, 45000)
    pay(store, 123450, kid="10010000017", payer="Kari Nordmann")
    pay(store, 9990, payer="Ukjent Betaler AS")
    return store


def _titles(result: search.SearchResult, kind: str) -> list[str]:
    return [h.title for h in result.of_kind(kind)]


def test_a_name_finds_the_member_their_invoices_and_payments(filled: Store) -> None:
    with filled.session() as s:
        result = search.search(s, "nordmann")
    assert _titles(result, search.MEMBER) == ["Kari Nordmann (kundenr. 1001)"]
    assert [h.key for h in result.of_kind(search.MEMBER)] == [1001]
    assert "Gata 0" in result.of_kind(search.MEMBER)[0].detail and "0150 Oslo" in result.of_kind(search.MEMBER)[0].detail
    assert [h.title.split(" – ")[1] for h in result.of_kind(search.INVOICE)] == ["Kari Nordmann"]
    assert [h.match for h in result.of_kind(search.PAYMENT)] == ["medlem"]  # her matched payment, by her account
    assert [g for g, _ in result.groups()] == ["Medlemmer", "Fakturaer", "Innbetalinger"]


def test_an_unmatched_payment_is_found_by_the_payer_name(filled: Store) -> None:
    with filled.session() as s:
        result = search.search(s, "ukjent betaler")
    assert [(h.match, h.detail.split(" · ")[0]) for h in result.of_kind(search.PAYMENT)] == [
        ("betaler", "Ukjent Betaler AS")]
    assert "Ikke matchet" in result.of_kind(search.PAYMENT)[0].detail
    assert result.of_kind(search.MEMBER) == [] and result.of_kind(search.INVOICE) == []


def test_e_mail_phone_and_norwegian_letters_find_the_member(filled: Store) -> None:
    with filled.session() as s:
        assert [h.key for h in search.search(s, "ola@hansen").of_kind(search.MEMBER)] == [1002]
        assert [h.key for h in search.search(s, "9123456").of_kind(search.MEMBER)] == [1002]
        assert [h.key for h in search.search(s, "Ødegård").of_kind(search.MEMBER)] == [1003]


def test_a_kid_finds_its_invoice_and_payment_first(filled: Store) -> None:
    with filled.session() as s:
        result = search.search(s, "10010000017")
    inv = result.of_kind(search.INVOICE)
    assert inv[0].match == "KID/fakturanr." and "KID 10010000017" in inv[0].detail
    assert len(inv) == 1  # the substring search finds the same invoice; it is listed once
    assert [h.match for h in result.of_kind(search.PAYMENT)] == ["KID/arkivref."]
    assert result.of_kind(search.PAYMENT)[0].title.startswith("Innbetaling 1\u00a0234,50 kr")


@pytest.mark.parametrize("typed", ["1 234,50", "1234.5", "1234,50", "kr 1 234,50", "1\u00a0234,50 kr"])
def test_an_amount_in_any_usual_spelling_finds_invoices_and_payments_of_that_amount(filled: Store,
                                                                                   typed: str) -> None:
    with filled.session() as s:
        result = search.search(s, typed)
    assert result.amount_ore == 123450
    assert [h.match for h in result.of_kind(search.INVOICE)] == ["beløp"]
    assert [h.number for h in result.of_kind(search.INVOICE)] and "Kari Nordmann" in result.of_kind(search.INVOICE)[0].title
    assert [h.match for h in result.of_kind(search.PAYMENT)] == ["beløp"]


def test_an_amount_finds_every_invoice_of_it_up_to_the_limit(filled: Store) -> None:
    with filled.session() as s:
        both = search.search(s, "450")
        one = search.search(s, "450,00", limit=1)
    assert sorted(h.title.split(" – ")[1] for h in both.of_kind(search.INVOICE) if h.match == "beløp") == [
        "Ola Hansen", "Åse Ødegård"]
    assert len(one.of_kind(search.INVOICE)) == 1 and len(one.of_kind(search.MEMBER)) <= 1


def test_text_that_is_not_an_amount_is_not_read_as_one() -> None:
    assert search.as_amount("1 234,50") == 123450
    assert search.as_amount("1234.5") == 123450
    assert search.as_amount("0") is None
    for text_ in ("Hansen", "12a", "1,2,3", "", "ola@x.no", "1e3"):
        assert search.as_amount(text_) is None, text_


def test_nothing_found_and_empty_text(filled: Store) -> None:
    with filled.session() as s:
        assert search.search(s, "   ").hits == ()
        result = search.search(s, "zzqqxx")
    assert result.hits == () and result.lines() == ["Fant ingenting for «zzqqxx»."]


def test_the_amount_and_archive_reference_lookups_use_indexes(filled: Store) -> None:
    with filled.session() as s:
        for sql in ("SELECT id FROM invoice WHERE total_ore = 123450",
                    "SELECT id FROM payment WHERE amount_ore = 123450",
                    "SELECT id FROM payment WHERE archive_ref = 'x'",
                    "SELECT id FROM payment WHERE kid = 'x'", "SELECT id FROM invoice WHERE kid = 'x'"):
            plan = " ".join(str(r[-1]) for r in s.execute(text("EXPLAIN QUERY PLAN " + sql)))
            assert "USING INDEX" in plan or "USING COVERING INDEX" in plan, (sql, plan)


def test_cli_search_text_and_json(filled: Store, monkeypatch: pytest.MonkeyPatch,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    path: Path = filled.path
    filled.close()
    monkeypatch.setenv("KONTOPRONTO_PASSPHRASE", PASSPHRASE)
    assert main(["search", "1 234,50", "--store", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Fakturaer:" in out and "Innbetalinger:" in out and "Kari Nordmann" in out
    assert main(["search", "hansen", "--json", "--store", str(path)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [m["key"] for m in data["members"]] == [1002]
    assert data["amount"] is None and {"members", "invoices", "payments"} <= set(data)
    assert main(["search", "10020000024", "--json", "--store", str(path)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["invoices"][0]["match"] == "KID/fakturanr." and "Ola Hansen" in data["invoices"][0]["title"]
    assert main(["search", "ingensteds", "--store", str(path)]) == 0
    assert "Fant ingenting" in capsys.readouterr().out


def test_a_draft_is_found_by_name_and_keyed_by_its_id(filled: Store) -> None:
    from kontopronto_desktop.core.invoicing import invoices

    with filled.session() as s:
        draft = invoices.create_draft(s, 1003, [("MEDLEM", 1, 12_300)])
    with filled.session() as s:
        hits = search.search(s, "Ødegård").of_kind(search.INVOICE)
    drafts = [h for h in hits if h.number is None]
    assert [(h.key, h.title) for h in drafts] == [(draft.id, "Utkast – Åse Ødegård")]
    assert "Utkast" in drafts[0].detail


@pytest.mark.parametrize("typed", ["1,234.50", "1234.5", "NOK 1,234.50", "1,234.50 kr"])
def test_the_english_ui_finds_an_amount_typed_the_english_way(filled: Store, typed: str) -> None:
    with filled.session() as s:
        result = search.search(s, typed, amount_locale="en")
    assert result.amount_ore == 123450
    assert [h.match for h in result.of_kind(search.INVOICE)] == ["beløp"]
    assert [h.match for h in result.of_kind(search.PAYMENT)] == ["beløp"]


def test_amounts_are_read_in_the_language_they_are_typed_in() -> None:
    assert search.as_amount("1,234.50", "en") == 123450 and search.as_amount("1,234.50") is None
    assert search.as_amount("12,50", "en") is None and search.as_amount("12,50") == 1250  # not a thousands group
    assert search.as_amount("1 234,50", "en") is None
