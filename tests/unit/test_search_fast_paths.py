"""Issue 18/19 (a keystroke under 100 ms): the faster search paths give the rows of the plain LIKE
search. A common term (searched without the trigram index) and a narrowed one give the same first
page and capped count as ``use_index=False``; the invoice list's two-query order (drafts, then
issued by number) pages exactly like the old single ``ORDER BY``; the candidate ids looked up once
per transaction follow a change made in the same session and a rolled-back savepoint; the member
list's column-read rows equal the ORM views."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import insert, select, update

from kontopronto_desktop.core import members, search, search_index
from kontopronto_desktop.core.invoicing import invoices
from kontopronto_desktop.core.models import Member
from kontopronto_desktop.core.models.invoice import Invoice
from kontopronto_desktop.core.store import Store

D = date(2026, 3, 1)


def _fill(s, n: int = 120) -> None:  # type: ignore[no-untyped-def]
    """Members «Hansen», «Olsen», «Ås» mixed; invoices for each, every fifth a draft."""
    names = ["Per Hansen", "Kari Olsen", "Åse Ås", "Ola Hansen-Berg", "HANSEN AS"]
    s.execute(insert(Member), [
        {"customer_number": 1001 + i, "name": f"{names[i % len(names)]} {i}", "email": f"m{i}@hansen.no"
         if i % 7 == 0 else f"m{i}@x.no", "phone": f"9{i:07d}", "city": "Hansnes" if i % 3 else "Oslo",
         "payment_method": "giro"} for i in range(n)])
    s.execute(insert(Invoice), [
        {"number": None if i % 5 == 0 else 1000 - i, "kind": "faktura", "status": "utkast" if i % 5 == 0 else "sendt",
         "customer_number": 1001 + i, "buyer_name": f"{names[i % len(names)]} {i}", "invoice_date": D,
         "delivery_date": D, "due_date": D, "kid": f"{4711 + i}0", "total_ore": 100 * i, "reason": "",
         "email_error": ""} for i in range(n)])


def _old_order(s, term: str) -> list[int]:  # type: ignore[no-untyped-def]
    """The invoice list's order before the split: one ORDER BY with drafts first."""
    like = invoices._like_filter(term)
    return list(s.scalars(select(Invoice.id).where(like).order_by(
        Invoice.number.is_not(None), Invoice.number.desc(), Invoice.id.desc())))


@pytest.mark.parametrize("common", [True, False])
def test_a_common_terms_first_page_and_capped_count_equal_the_like_path(
        store: Store, monkeypatch: pytest.MonkeyPatch, common: bool) -> None:
    # «hansen» is in 79 of 120 members; with COMMON lowered to 20 it is a common term (LIKE alone),
    # with the default it is narrowed by the index: both must give the LIKE path's rows and counts
    if common:
        monkeypatch.setattr(search_index, "COMMON", 20)
    with store.session() as s:
        _fill(s)
        assert (search_index.candidates(s, search_index.MEMBERS, "hansen") is None) == common
        for term in ("hansen", "HANSEN", "olsen", "hansnes", "ås"):
            for sort in ("name", "city", "customer_number"):
                for descending in (False, True):
                    for limit, offset in ((25, 0), (3, 0), (3, 4)):  # a common term is read with LIMIT 200, cut
                        new = members.search_members(s, term, sort=sort, descending=descending, limit=limit,
                                                     offset=offset)
                        old = members.search_members(s, term, sort=sort, descending=descending, limit=limit,
                                                     offset=offset, use_index=False)
                        assert new == old, (term, sort, descending, limit)
                        assert len(new) == max(0, min(limit, members.count_members(s, term, use_index=False) - offset))
            for cap in (10, 1000):
                assert members.count_members_capped(s, term, cap=cap) == \
                    members.count_members_capped(s, term, cap=cap, use_index=False)
            first = [v.id for v in invoices.list_invoices(s, search=term, limit=25)]
            assert first == [v.id for v in invoices.list_invoices(s, search=term, limit=25, use_index=False)]
            assert first == _old_order(s, term)[:25]
            assert invoices.count_invoices_capped(s, search=term, cap=10) == \
                invoices.count_invoices_capped(s, search=term, cap=10, use_index=False)
            assert invoices.invoice_totals(s, search=term) == invoices.invoice_totals(s, search=term, use_index=False)
        assert members.count_members_capped(s, "hansen", cap=10) == search_index.SearchCount(10, True)
        hansens = sum(1 for i in range(120) if i % 5 in (0, 3, 4) or i % 7 == 0)  # name or e-mail
        assert members.count_members_capped(s, "hansen", cap=1000) == search_index.SearchCount(hansens, False)


def test_invoice_pages_run_across_the_drafts_as_the_single_order_did(store: Store) -> None:
    with store.session() as s:
        _fill(s, 60)  # 12 drafts
        for term in ("", "hansen", "4711"):
            whole = _old_order(s, term) if term else list(s.scalars(select(Invoice.id).order_by(
                Invoice.number.is_not(None), Invoice.number.desc(), Invoice.id.desc())))
            assert [v.id for v in invoices.list_invoices(s, search=term)] == whole
            for size in (1, 5, 7, 12, 13, 50):
                paged: list[int] = []
                while True:
                    page = invoices.list_invoices(s, search=term, offset=len(paged), limit=size)
                    paged += [v.id for v in page]
                    if len(page) < size:
                        break
                assert paged == whole, (term, size)
            assert invoices.list_invoices(s, search=term, offset=len(whole) + 3, limit=5) == []


def test_candidates_follow_a_change_in_the_same_session_and_a_rolled_back_savepoint(store: Store) -> None:
    with store.session() as s:
        _fill(s, 10)
        assert [m.name for m in members.search_members(s, "fjellst")] == []
        members.create_member(s, {"name": "Kari Fjellstad"})
        assert [m.name for m in members.search_members(s, "fjellst")] == ["Kari Fjellstad"]
        s.add(Member(customer_number=9001, name="Ola Fjellstad", payment_method="giro"))  # not flushed yet
        assert [m.name for m in members.search_members(s, "fjellst")] == ["Kari Fjellstad", "Ola Fjellstad"]
        s.delete(s.scalars(select(Member).where(Member.customer_number == 9001)).one())
        assert [m.name for m in members.search_members(s, "fjellst")] == ["Kari Fjellstad"]
        with s.begin_nested() as savepoint:
            # renamed inside the savepoint: the ids looked up there no longer hold her
            s.execute(update(Member).where(Member.name == "Kari Fjellstad").values(name="Kari Berg"))
            assert members.search_members(s, "fjellst") == []
            savepoint.rollback()  # total_changes() does not go back: the savepoint is in the stamp
        assert [m.name for m in members.search_members(s, "fjellst")] == ["Kari Fjellstad"]
        assert members.count_members_capped(s, "fjellst") == search_index.SearchCount(1, False)
    with store.session() as s:  # a new transaction looks again
        members.delete_member(s, members.search_members(s, "fjellst")[0].customer_number)
    with store.session() as s:
        assert members.search_members(s, "fjellst") == []
        assert search.search(s, "fjellst").hits == ()


def test_list_rows_read_as_columns_equal_the_orm_view_with_the_payer(store: Store) -> None:
    with store.session() as s:
        mother = members.create_member(s, {"name": "Anne Hansen", "city": "Tromsø"})
        child = members.create_member(s, {"name": "Lille Hansen", "payer_member": mother.customer_number,
                                          "birth_date": "2015-04-01", "guardian_consent_by": "Anne Hansen",
                                          "guardian_consent_on": "2026-01-02"})
        listed = {m.customer_number: m for m in members.search_members(s, "hansen")}
        assert listed[child.customer_number].payer_member == mother.customer_number
        for number, row in listed.items():
            assert row == members.get_member(s, number).__class__(
                **{**members.get_member(s, number).__dict__, "products": ()})
