"""The paged Innbetalinger list in core: states, the search's readings, paging, the capped count,
and the operations on several chosen payments (all or none, an audit entry per payment)."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import insert, select

from kontopronto_desktop.core import audit
from kontopronto_desktop.core.errors import UserError
from kontopronto_desktop.core.models.payment import Payment
from kontopronto_desktop.core.payments import bulk, listing, matching, selected
from kontopronto_desktop.core.store import Store
from tests.payments_support import invoice, pay, seed_members


def _ids(store: Store, flt: listing.PaymentFilter, **kw: int) -> list[int]:
    with store.session() as s:
        return [p.id for p in listing.list_page(s, flt, **kw)]


def _setup(store: Store) -> dict[str, int]:
    seed_members(store, ["Kari Hansen", "Per Olsen", "Anne Berg"])
    a = invoice(store, 1001, 45_000).number or 0
    b = invoice(store, 1002, 30_000).number or 0
    ids = {
        "kari": pay(store, 45_000, text=f"faktura {a}", payer="Kari Hansen", on=date(2026, 2, 1)),
        "per": pay(store, 30_000, text=f"faktura {b}", payer="Per Olsen", on=date(2026, 2, 3)),
        "anne": pay(store, 12_345, kid="000777", payer="Anne Berg", on=date(2026, 2, 2)),
        "ukjent": pay(store, 99_900, text="gave", payer="Ukjent Giver", on=date(2026, 2, 4)),
    }
    with store.session() as s:
        matching.accept_suggestion(s, ids["kari"], a)
        matching.leave_as_credit(s, ids["anne"], 1003)
    return ids | {"inv_a": a}


def test_states_search_and_paging(store: Store) -> None:
    ids = _setup(store)
    flt = listing.PaymentFilter
    # newest first
    assert _ids(store, flt()) == [ids["ukjent"], ids["per"], ids["anne"], ids["kari"]]
    assert _ids(store, flt(), offset=1, limit=2) == [ids["per"], ids["anne"]]
    assert _ids(store, flt("umatchet")) == [ids["ukjent"], ids["per"]]
    assert _ids(store, flt("bokført")) == [ids["kari"]]
    assert _ids(store, flt("på_konto")) == [ids["anne"]]
    assert _ids(store, flt("tilbakebetalt")) == []
    with store.session() as s:
        matching.refund_credit(s, ids["anne"])
    assert _ids(store, flt("tilbakebetalt")) == [ids["anne"]]
    # the search's readings
    assert _ids(store, flt(search="hansen")) == [ids["kari"]]  # payer name, any case
    assert _ids(store, flt(search="olsen"))[0] == ids["per"]
    assert _ids(store, flt(search="123,45")) == [ids["anne"]]  # amount
    assert _ids(store, flt(search="999")) == [ids["ukjent"]]  # amount 999 kr
    assert _ids(store, flt(search="000777")) == [ids["anne"]]  # KID
    assert _ids(store, flt(search="02.02.2026")) == [ids["anne"]]  # date, both forms
    assert _ids(store, flt(search="2026-02-04")) == [ids["ukjent"]]
    assert ids["kari"] in _ids(store, flt(search=str(ids["inv_a"])))  # invoice it was booked against
    assert _ids(store, flt("umatchet", "hansen")) == []  # state and search together
    assert _ids(store, flt(search="zzqxv")) == []
    with store.session() as s:
        assert listing.count(s, flt()).label() == "4"
        assert listing.count(s, flt("umatchet")).count == 2
        assert listing.count(s, flt(search="hansen")).label() == "1"
    with pytest.raises(UserError, match="Ukjent status"):
        flt("ignorert")


def test_count_is_capped_over_1000_with_a_search(store: Store) -> None:
    with store.session() as s:
        s.execute(insert(Payment), [{"external_ref": f"T-{i}", "source": "csv", "booked_on": date(2026, 1, 1),
                                     "amount_ore": 10_000 + i, "payer_name": f"Betaler Strand {i}"}
                                    for i in range(1_050)])
    with store.session() as s:
        found = listing.count(s, listing.PaymentFilter(search="strand"))
        assert (found.count, found.capped, found.label()) == (1000, True, "over 1\u00a0000")
        assert listing.count(s, listing.PaymentFilter()).label() == "1\u00a0050"  # no search: exact
        assert len(listing.list_page(s, listing.PaymentFilter(search="strand"), offset=1_000)) == 50


def test_accept_chosen_sure_suggestions_and_undo(store: Store) -> None:
    seed_members(store, ["Kari Hansen", "Per Olsen", "Anne Berg"])
    nums = [invoice(store, 1001 + i, 10_000 * (i + 1)).number or 0 for i in range(3)]
    pids = [pay(store, 10_000 * (i + 1), text=f"faktura {n}") for i, n in enumerate(nums)]
    unsure = pay(store, 5_000, payer="Noen")
    with store.session() as s:
        preview = bulk.sure_matches(s, payment_ids=[pids[0], pids[2], unsure])
        assert [i.payment_id for i in preview.items] == [pids[0], pids[2]]
        result = bulk.accept_exact(s, preview.key, payment_ids=[pids[0], pids[2], unsure])
    with store.session() as s:
        assert [s.get(Payment, p).status for p in pids] == ["bokført", "umatchet", "bokført"]  # type: ignore[union-attr]
        assert len(audit.list_entries(s, action="payment")) == 2  # one per payment (its invoice)
        bulk.undo_bulk(s, result.operation_id)
    with store.session() as s:
        assert [s.get(Payment, p).status for p in pids] == ["umatchet"] * 3  # type: ignore[union-attr]
        with pytest.raises(UserError, match="Ingen av de valgte"):
            bulk.accept_exact(s, payment_ids=[unsure])


def test_unmatch_and_refund_many_are_all_or_none(store: Store) -> None:
    ids = _setup(store)
    with store.session() as s:
        matching.accept_suggestion(s, ids["per"], ids["inv_a"] + 1)
    with store.session() as s:
        done = selected.unmatch_many(s, [ids["kari"], ids["per"]])
        assert [v.status for v in done] == ["umatchet", "umatchet"]
        assert len(audit.list_entries(s, action="unmatch")) == 2
    with store.session() as s:
        matching.accept_suggestion(s, ids["kari"], ids["inv_a"])
    with pytest.raises(UserError, match="ikke matchet"), store.session() as s:
        selected.unmatch_many(s, [ids["kari"], ids["ukjent"]])  # the second refuses: the first stays booked
    with store.session() as s:
        assert s.scalar(select(Payment.status).where(Payment.id == ids["kari"])) == "bokført"
        assert [v.refunded_ore for v in selected.refund_many(s, [ids["anne"]])] == [12_345]
        assert len(audit.list_entries(s, action="refund")) == 1


def test_queue_and_sure_share_one_ranking_and_agree_with_each_alone(store: Store) -> None:
    with store.session() as s:
        assert bulk.queue_and_sure(s) == ([], bulk.BulkPreview(()))  # an empty queue builds no index
    seed_members(store, ["Kari Hansen", "Per Olsen", "Anne Berg"])
    nums = [invoice(store, 1001 + i, 10_000 * (i + 1)).number or 0 for i in range(3)]
    for i, n in enumerate(nums):
        pay(store, 10_000 * (i + 1), text=f"faktura {n}")
    pay(store, 20_000, text=f"faktura {nums[1]} eller {nums[0]}", payer="Per Olsen")  # two payers for one invoice
    pay(store, 5_000, payer="Kari Hansen")
    with store.session() as s:
        queue, sure = bulk.queue_and_sure(s)
        assert [q.payment.id for q in queue] == [q.payment.id for q in matching.unmatched_queue(s)]
        assert [q.suggestions for q in queue] == [q.suggestions for q in matching.unmatched_queue(s)]
        assert sure == bulk.sure_matches(s) and sure.count == 2  # invoice 2 has two payers: left to the user
