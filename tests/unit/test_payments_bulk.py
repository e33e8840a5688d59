"""«Godta alle sikre forslag»: only the sure ones, one transaction, one undo that restores everything."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from kontopronto_desktop.core import audit, periods
from kontopronto_desktop.core.errors import NotFound, UserError
from kontopronto_desktop.core.integrity import check_store
from kontopronto_desktop.core.models.books import Voucher
from kontopronto_desktop.core.models.invoice import Invoice
from kontopronto_desktop.core.models.payment import Payment
from kontopronto_desktop.core.payments import bulk, matching
from kontopronto_desktop.core.store import Store
from tests.payments_support import invoice, pay, seed_members

NAMES = ["Kari Hansen", "Per Olsen", "Anne Berg", "Ola Nilsen"]


def _state(store: Store) -> tuple[list[tuple[int, int, str]], list[tuple[int, str, int | None, int]]]:
    with store.session() as s:
        invs = [(i.number, i.paid_ore, i.status) for i in s.scalars(select(Invoice).order_by(Invoice.number))]
        pays = [(p.id, p.status, p.member_id, p.allocated_ore) for p in s.scalars(select(Payment).order_by(Payment.id))]
    return invs, pays


def _setup(store: Store) -> tuple[list[int], int]:
    """Three sure payments and one ambiguous (it names two invoices of its amount)."""
    seed_members(store, NAMES)
    a = invoice(store, 1001, 45_000).number or 0
    b = invoice(store, 1002, 30_000).number or 0
    c = invoice(store, 1003, 12_500).number or 0
    d = invoice(store, 1004, 20_000).number or 0
    e = invoice(store, 1004, 20_000).number or 0
    sure = [pay(store, 45_000, text=f"faktura {a}", payer="Kari Hansen"),
            pay(store, 30_000, text=f"fakt nr {b} kontingent"),
            pay(store, 12_500, text=f"Faktura {c}", payer="Anne Berg")]
    ambiguous = pay(store, 20_000, text=f"faktura {d} eller {e}", payer="Ola Nilsen")
    return sure, ambiguous


def test_only_sure_suggestions_are_accepted_and_one_undo_restores_all(store: Store) -> None:
    sure, ambiguous = _setup(store)
    pay(store, 30_000, payer="Per Olsen")  # amount and name only: not sure either
    before = _state(store)
    with store.session() as s:
        preview = bulk.sure_matches(s)
        assert [i.payment_id for i in preview.items] == sure
        assert preview.count == 3 and preview.total_ore == 87_500
        result = bulk.accept_exact(s, preview.key)
    assert result.text().startswith("Godtok 3 sikre forslag, til sammen 875,00 kr")
    with store.session() as s:
        for pid in sure:
            p = s.get(Payment, pid)
            assert p is not None and p.status == "bokført" and [a.method for a in p.allocations] == ["forslag"]
        assert s.get(Payment, ambiguous).status == "umatchet"  # type: ignore[union-attr]
        assert [i.payment.id for i in matching.unmatched_queue(s)][0] == ambiguous
        assert s.scalar(select(Invoice.status).where(Invoice.number == 1)) == "betalt"
        matched = s.scalars(select(Voucher).where(Voucher.kind == "matching")).all()
        assert sorted(v.source_id for v in matched) == sure
        entry = audit.list_entries(s, action="bulk_accept")[-1]
        assert entry.id == result.operation_id and entry.changes["sum_ore"] == [None, 87_500]
        assert bulk.sure_matches(s).count == 0
        assert check_store(s) == []
    with store.session() as s:
        undone = bulk.undo_bulk(s, result.operation_id)
    assert undone.payment_ids == tuple(sure) and undone.total_ore == 87_500
    assert _state(store) == before
    with store.session() as s:
        assert sorted(v.source_id for v in s.scalars(select(Voucher).where(Voucher.kind == "angring"))) == sure
        assert check_store(s) == []
        assert bulk.sure_matches(s).key == preview.key  # the same three are sure again
        with pytest.raises(UserError, match="allerede angret"):
            bulk.undo_bulk(s, result.operation_id)
        with pytest.raises(NotFound):
            bulk.undo_bulk(s, entry.id - 1)


def test_changed_queue_closed_period_and_changed_payment_refuse_everything(store: Store) -> None:
    sure, _ambiguous = _setup(store)
    with store.session() as s:
        key = bulk.sure_matches(s).key
        matching.accept_suggestion(s, sure[1], key[1][1])  # someone accepts one meanwhile
    before = _state(store)
    with pytest.raises(UserError, match="Køen er endret"), store.session() as s:
        bulk.accept_exact(s, key)
    assert _state(store) == before
    with store.session() as s:
        periods.close_period(s, date.today())
    with pytest.raises(periods.PeriodClosed), store.session() as s:
        bulk.accept_exact(s)
    assert _state(store) == before
    with store.session() as s:
        periods.reopen_period(s)
        result = bulk.accept_exact(s)
    assert [i.payment_id for i in result.items] == [sure[0], sure[2]]
    with store.session() as s:
        matching.unmatch_payment(s, sure[2])  # undone by hand: the batch can no longer be undone as one
    after = _state(store)
    with pytest.raises(UserError, match=f"Innbetaling {sure[2]} er endret"), store.session() as s:
        bulk.undo_bulk(s, result.operation_id)
    assert _state(store) == after
    with store.session() as s:
        assert check_store(s) == []


def test_undo_in_closed_period_refused_whole(store: Store) -> None:
    sure, _ambiguous = _setup(store)
    with store.session() as s:
        op = bulk.accept_exact(s).operation_id
        periods.close_period(s, date.today())
    after = _state(store)
    with pytest.raises(periods.PeriodClosed), store.session() as s:
        bulk.undo_bulk(s, op)
    assert _state(store) == after and all(p[1] == "bokført" for p in after[1] if p[0] in sure)


def test_with_an_open_reminder_fee_only_the_full_claim_is_sure(store: Store) -> None:
    from kontopronto_desktop.core.models.collection import CollectionCharge

    seed_members(store, NAMES[:1])
    inv = invoice(store, 1001, 45_000)
    with store.session() as s:
        s.add(CollectionCharge(invoice_id=inv.id, kind="gebyr", amount_ore=3_500, charged_on=date(2026, 1, 20)))
    pay(store, 45_000, text=f"faktura {inv.number}")  # the principal only: the fee would leave it short
    with store.session() as s:
        assert bulk.sure_matches(s).count == 0
    full = pay(store, 48_500, text=f"faktura {inv.number}")
    with store.session() as s:
        preview = bulk.sure_matches(s)
        assert [(i.payment_id, i.charges_ore) for i in preview.items] == [(full, 3_500)]
        bulk.accept_exact(s, preview.key)
        assert s.scalar(select(Invoice.status).where(Invoice.id == inv.id)) == "betalt"
