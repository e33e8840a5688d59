"""After the KID: suggestions, manual match, split, credit on account, refund and undo."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from kontopronto_desktop.core import audit
from kontopronto_desktop.core.errors import PermissionDenied, UserError
from kontopronto_desktop.core.integrity import check_store
from kontopronto_desktop.core.invoicing import credit
from kontopronto_desktop.core.models.invoice import Invoice
from kontopronto_desktop.core.payments import matching, views
from kontopronto_desktop.core.privacy import erasure, registry
from kontopronto_desktop.core.store import Store
from tests.payments_support import get, invoice, pay, seed_members, stored_status

NAMES = ["Kari Hansen", "Per Olsen", "Anne Berg"]


def _check(store: Store) -> None:
    with store.session() as s:
        assert check_store(s) == []


def test_suggestions_are_ranked_by_evidence(store: Store) -> None:
    seed_members(store, NAMES)
    a = invoice(store, 1001, 45_000).number  # 1
    b = invoice(store, 1002, 45_000).number  # 2
    c = invoice(store, 1003, 30_000).number  # 3
    with store.session() as s:
        index = matching.SuggestionIndex(s)
    by_number = index.suggest(45_000, "", "betaler faktura 2", "")
    assert [x.invoice_number for x in by_number][:1] == [b] and by_number[0].score == 75
    by_name = index.suggest(45_000, "", "", "HANSEN KARI")
    assert by_name[0].invoice_number == a and any("navnet ligner" in r for r in by_name[0].reasons)
    by_amount = index.suggest(30_000, "", "", "")
    assert [x.invoice_number for x in by_amount] == [c]
    by_kid_prefix = index.suggest(10_000, "0100300099", "", "")  # a mistyped KID of customer 1003
    assert by_kid_prefix[0].invoice_number == c
    assert index.suggest(12_345, "", "", "Ukjent Person") == []


def test_accept_suggestion_partial_then_over_payment_to_credit_then_apply(store: Store) -> None:
    seed_members(store, NAMES)
    first = invoice(store, 1001, 45_000).number
    second = invoice(store, 1001, 20_000).number
    p1 = pay(store, 30_000, text="faktura 1", payer="Kari Hansen")
    with store.session() as s:
        view = matching.accept_suggestion(s, p1, first)
    assert view.status == "bokført" and view.allocations[0].method == "forslag"
    assert stored_status(store, first) == "delvis_betalt" and get(store, first).remaining_ore == 15_000
    p2 = pay(store, 25_000, text="rest faktura 1")
    with store.session() as s:
        view = matching.match_payment(s, p2, first)
    assert view.status == "på_konto" and view.unallocated_ore == 10_000 and view.customer_number == 1001
    assert stored_status(store, first) == "betalt"
    with store.session() as s:
        member_id = s.scalar(select(Invoice.member_id).where(Invoice.number == first))
        assert matching.member_credit_ore(s, member_id) == 10_000
        assert sorted(i.amount_ore for i in registry.open_items_for(s, member_id)) == [-10_000, 20_000]
        applied = matching.apply_credit(s, 1001, second)
    assert applied == 10_000 and get(store, second).remaining_ore == 10_000
    assert stored_status(store, second) == "delvis_betalt"
    _check(store)


def test_split_one_payment_over_two_members_invoices_rest_as_credit(store: Store) -> None:
    seed_members(store, NAMES)
    a = invoice(store, 1001, 45_000).number
    b = invoice(store, 1002, 30_000).number
    p = pay(store, 80_000, payer="Familien Hansen-Olsen")
    with store.session() as s:
        view = matching.split_payment(s, p, [(a, 45_000), (b, 30_000)])
    assert [(x.invoice_number, x.amount_ore, x.method) for x in view.allocations] == [(a, 45_000, "deling"),
                                                                                      (b, 30_000, "deling")]
    assert view.unallocated_ore == 5_000 and view.customer_number == 1001 and view.status == "på_konto"
    assert get(store, a).remaining_ore == 0 and get(store, b).remaining_ore == 0
    with pytest.raises(UserError, match="bare"), store.session() as s:
        matching.split_payment(s, pay(store, 1_000), [(a, 500), (b, 600)])
    _check(store)


def test_undo_puts_everything_back_with_an_audit_entry(store: Store) -> None:
    seed_members(store, NAMES)
    a = invoice(store, 1001, 45_000).number
    b = invoice(store, 1002, 30_000).number
    p = pay(store, 80_000)
    with store.session() as s:
        matching.split_payment(s, p, [(a, 45_000), (b, 20_000)])
    with store.session() as s:
        view = matching.unmatch_payment(s, p)
    assert view.status == "umatchet" and view.allocations == () and view.customer_number is None
    assert get(store, a).paid_ore == 0 and stored_status(store, a) == "sendt"
    assert get(store, b).paid_ore == 0 and stored_status(store, b) == "sendt"
    with store.session() as s:
        entries = audit.list_entries(s, entity="payment", entity_id=p, action="unmatch")
        assert len(entries) == 1 and entries[0].changes["allocations"][0] == [[a, 45_000], [b, 20_000]]
        assert len(matching.unmatched_queue(s)) == 1
        with pytest.raises(UserError, match="ikke matchet"):
            matching.unmatch_payment(s, p)
    _check(store)


def test_leave_as_credit_refund_and_credited_invoice(store: Store) -> None:
    seed_members(store, NAMES)
    a = invoice(store, 1003, 45_000).number
    with store.session() as s:
        credit.credit_invoice(s, a)
    p = pay(store, 45_000, text=f"faktura {a}")
    with store.session() as s:
        view = matching.match_payment(s, p, a)  # a payment against a credited invoice goes on account
    assert view.status == "på_konto" and view.customer_number == 1003 and view.allocations == ()
    with store.session() as s:
        plan = erasure.plan_erasure(s, 1003)
    assert plan.mode == "refused" and plan.open_balance_ore == -45_000  # we owe the member
    with store.session() as s:
        view = matching.refund_credit(s, p, 45_000)
    assert view.status == "bokført" and view.refunded_ore == 45_000
    with store.session() as s:
        assert erasure.plan_erasure(s, 1003).mode == "restricted"  # accounting records remain
    q = pay(store, 5_000, text="gave")
    with store.session() as s:
        assert matching.leave_as_credit(s, q, 1002).status == "på_konto"
        with pytest.raises(UserError, match="allerede ført"):
            matching.leave_as_credit(s, q, 1001)
    _check(store)


def test_read_only_role_cannot_match(store: Store) -> None:
    seed_members(store, NAMES)
    a = invoice(store, 1001, 45_000).number
    p = pay(store, 45_000)
    with store.session() as s:
        s.info["role"] = "read_only"
        with pytest.raises(PermissionDenied):
            matching.match_payment(s, p, a)
        s.info["role"] = "administrator"
    with store.session() as s:
        assert views.get_payment_view(s, p).status == "umatchet"


def test_erasure_blanks_free_text_and_export_has_payments(store: Store) -> None:
    seed_members(store, NAMES)
    a = invoice(store, 1002, 45_000).number
    p = pay(store, 45_000, text="hilsen fra Per, ring meg på 99887766", payer="Per Olsen")
    with store.session() as s:
        matching.match_payment(s, p, a)
        member_id = s.scalar(select(Invoice.member_id).where(Invoice.number == a))
        section = registry.sections_for(s, member_id)["innbetalinger"]
    assert section[0]["amount"] == "450.00" and "99887766" in section[0]["text"]
    with store.session() as s:
        plan = erasure.erase_member(s, 1002)
    assert plan.mode == "restricted"
    with store.session() as s:
        v = views.get_payment_view(s, p)
    assert v.text == "" and v.amount_ore == 45_000 and v.payer_name == "Per Olsen"
    _check(store)


def test_check_finds_paid_amounts_that_do_not_match_allocations(store: Store) -> None:
    from sqlalchemy import update

    from kontopronto_desktop.core.models.payment import Payment

    seed_members(store, NAMES)
    a = invoice(store, 1001, 45_000).number
    p = pay(store, 45_000)
    with store.session() as s:
        matching.match_payment(s, p, a)
    _check(store)
    with store.session() as s:  # damage behind the services' back
        s.execute(update(Invoice).where(Invoice.number == a).values(paid_ore=40_000))
        s.execute(update(Payment).where(Payment.id == p).values(refunded_ore=1_000))
    with store.session() as s:
        problems = check_store(s)
    assert any(f"Faktura {a}: betalt 400,00 kr" in x for x in problems)
    assert any(f"Innbetaling {p} er overfordelt" in x for x in problems)
