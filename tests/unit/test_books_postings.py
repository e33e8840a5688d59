"""Every event posts one balanced voucher; the exact lines per event type."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select, text

from kontopronto_desktop.core import members
from kontopronto_desktop.core.books import backfill, chart, posting
from kontopronto_desktop.core.errors import UserError
from kontopronto_desktop.core.integrity import check_store
from kontopronto_desktop.core.invoicing import credit, invoices
from kontopronto_desktop.core.models.books import Voucher
from kontopronto_desktop.core.models.invoice import Invoice
from kontopronto_desktop.core.payments import matching
from kontopronto_desktop.core.periods import PeriodClosed, close_period
from kontopronto_desktop.core.store import Store
from tests.books_support import last, vouchers
from tests.invoicing_support import seed
from tests.payments_support import invoice, pay, seed_members

TODAY = date.today()


def _clean(store: Store) -> None:
    with store.session() as s:
        assert check_store(s) == []


def test_invoice_posts_receivable_income_per_vat_code_and_output_vat(store: Store) -> None:
    seed(store, 1)
    with store.session() as s:
        view = invoices.new_invoice(s, 1001, [("MEDLEM", 1, None), ("DRAKT", 2, None), ("KAFE", 3, None)],
                                    invoice_date=date(2026, 3, 2))
    # MEDLEM 450.00 exempt; DRAKT 2 x 599.99 = 1199.98 + 25 % 299.995 -> 300.00; KAFE 3 x 10.05 = 30.15 + 15 % 4.5225 -> 4.52
    assert view.total_ore == 45_000 + 119_998 + 30_000 + 3_015 + 452
    kind, lines = last(store)
    assert kind == "faktura"
    assert lines == [
        ("1500", 198_465, 1001, None, 0),
        ("3200", -45_000, None, "6", 0),
        ("3000", -119_998, None, "3", -30_000),
        ("3000", -3_015, None, "31", -452),
        ("2700", -30_000, None, "3", 0),
        ("2701", -452, None, "31", 0),
    ]
    with store.session() as s:
        v = s.scalars(select(Voucher)).one()
        assert (v.number, v.voucher_date, v.document_ref) == (1, date(2026, 3, 2), f"Faktura {view.number}")
    _clean(store)


def test_credit_note_reverses_in_proportion_and_batch_posts_each_invoice(store: Store) -> None:
    seed(store, 3)
    with store.session() as s:
        from kontopronto_desktop.core.invoicing import batch
        result = batch.run_batch(s, date(2026, 1, 15))
    assert len(vouchers(store)) == result.count == 3
    with store.session() as s:  # 500.00 of the DRAKT line (25 %): 400.00 + 100.00 VAT
        note = credit.credit_invoice(s, result.first_number, reason="feil", credit_date=TODAY,
                                     lines=[credit.CreditLine(2, amount_ore=50_000)])
    kind, lines = last(store)
    assert kind == "kreditnota"
    assert sorted(lines) == sorted([
        ("1500", -50_000, 1001, None, 0),
        ("3000", 40_000, None, "3", 10_000),
        ("2700", 10_000, None, "3", 0),
    ])
    assert note.total_ore == -50_000
    _clean(store)


def test_kid_payment_overpaid_goes_to_customer_credit(store: Store) -> None:
    seed_members(store, ["Kari Hansen"])
    inv = invoice(store, 1001, 45_000)
    pid = pay(store, 50_000, kid=inv.kid, on=date(2026, 2, 3))
    kind, lines = vouchers(store, "payment", pid)[0]
    assert kind == "innbetaling"
    assert lines == [("1920", 50_000, None, None, 0), ("1500", -45_000, 1001, None, 0),
                     ("2900", -5_000, 1001, None, 0)]
    with store.session() as s:
        assert s.scalar(select(Voucher.voucher_date).where(Voucher.source_id == pid,
                                                           Voucher.source == "payment")) == date(2026, 2, 3)
    _clean(store)


def test_unmatched_then_manual_match_then_undo_is_a_reversal(store: Store) -> None:
    seed_members(store, ["Kari Hansen", "Per Olsen"])
    inv = invoice(store, 1002, 30_000)
    pid = pay(store, 30_000, text="ukjent")
    assert vouchers(store, "payment", pid) == [
        ("innbetaling", [("1920", 30_000, None, None, 0), ("2990", -30_000, None, None, 0)])]
    with store.session() as s:
        matching.match_payment(s, pid, inv.number or 0)
    match = vouchers(store, "payment", pid)[1]
    assert match == ("matching", [("1500", -30_000, 1002, None, 0), ("2990", 30_000, None, None, 0)])
    with store.session() as s:
        matching.unmatch_payment(s, pid)
    undo = vouchers(store, "payment", pid)[2]
    assert undo[0] == "angring"
    assert sorted(undo[1]) == sorted((a, -x, c, v, t) for a, x, c, v, t in match[1])
    with store.session() as s:
        v = s.scalars(select(Voucher).where(Voucher.kind == "angring")).one()
        first_match = s.scalars(select(Voucher).where(Voucher.kind == "matching")).one()
        assert v.reverses_number == first_match.number and v.voucher_date == TODAY
    _clean(store)


def test_split_credit_use_of_credit_and_refund(store: Store) -> None:
    seed_members(store, ["Kari Hansen", "Per Olsen"])
    a = invoice(store, 1001, 20_000)
    b = invoice(store, 1002, 10_000)
    c = invoice(store, 1001, 7_000)
    pid = pay(store, 40_000, text="for to")
    with store.session() as s:
        matching.split_payment(s, pid, [(a.number or 0, 20_000), (b.number or 0, 10_000)], rest_to=1001)
    assert vouchers(store, "payment", pid)[1] == ("matching", [
        ("1500", -20_000, 1001, None, 0), ("1500", -10_000, 1002, None, 0), ("2900", -10_000, 1001, None, 0),
        ("2990", 40_000, None, None, 0)])
    with store.session() as s:
        assert matching.apply_credit(s, 1001, c.number or 0) == 7_000
    assert vouchers(store, "payment", pid)[2] == ("bruk_av_kreditt", [
        ("1500", -7_000, 1001, None, 0), ("2900", 7_000, 1001, None, 0)])
    with store.session() as s:
        matching.refund_credit(s, pid, on=TODAY)
    assert vouchers(store, "payment", pid)[3] == ("tilbakebetaling", [
        ("1920", -3_000, None, None, 0), ("2900", 3_000, 1001, None, 0)])
    on_account = pay(store, 2_500, text="forskudd")
    with store.session() as s:
        matching.leave_as_credit(s, on_account, 1002)
    assert vouchers(store, "payment", on_account)[1] == ("kreditt", [
        ("2900", -2_500, 1002, None, 0), ("2990", 2_500, None, None, 0)])
    _clean(store)


def test_partly_paid_invoice_balance_in_subledger(store: Store) -> None:
    seed_members(store, ["Kari Hansen"])
    inv = invoice(store, 1001, 45_000)
    pay(store, 20_000, kid=inv.kid)
    with store.session() as s:
        from kontopronto_desktop.core.books.integrity import reskontro_balances, subledger_balances
        member_id = s.scalar(select(Invoice.member_id).where(Invoice.number == inv.number))
        assert reskontro_balances(s)[member_id] == subledger_balances(s)[member_id] == 25_000
    _clean(store)


def test_closed_period_refuses_a_voucher_dated_in_it(store: Store) -> None:
    seed_members(store, ["Kari Hansen"])
    with store.session() as s:
        close_period(s, date(2026, 1, 31))
    lines = [posting.Line(100, "bank"), posting.Line(-100, "suspense")]
    with store.session() as s:
        with pytest.raises(PeriodClosed):
            posting.post_voucher(s, date(2026, 1, 31), "test", "Test", lines)
    with store.session() as s:  # the day after is open
        assert posting.post_voucher(s, date(2026, 2, 1), "test", "Test", lines) == 1


def test_unbalanced_refused_and_vouchers_are_immutable(store: Store) -> None:
    with store.session() as s:
        with pytest.raises(posting.Unbalanced):
            posting.post_voucher(s, TODAY, "test", "Test", [posting.Line(100, "bank"), posting.Line(-99, "suspense")])
    with store.session() as s:
        posting.post_voucher(s, TODAY, "test", "Test", [posting.Line(100, "bank"), posting.Line(-100, "suspense")])
    with pytest.raises(UserError, match="kan ikke endres"):
        with store.session() as s:
            s.scalars(select(Voucher)).one().description = "endret"
    with store.session() as s:
        assert posting.reverse_voucher(s, 1, TODAY) == 2
    assert [ln[1] for ln in vouchers(store)[1][1]] == [-100, 100]


def test_account_change_affects_only_later_events(store: Store) -> None:
    seed_members(store, ["Kari Hansen"])
    first = invoice(store, 1001, 45_000)
    with store.session() as s:
        chart.set_account(s, "1930", name="Driftskonto", role="bank")
        chart.set_account(s, "3440", name="Kontingenter")
        chart.set_product_account(s, "MEDLEM", "3440", "6")
    pid = pay(store, 45_000, kid=first.kid)
    invoice(store, 1001, 10_000)
    assert vouchers(store, "invoice", first.id)[0][1][1][0] == "3200"  # unchanged
    assert vouchers(store, "payment", pid)[0][1][0][0] == "1930"
    assert last(store)[1][1][:2] == ("3440", -10_000)
    with store.session() as s:
        with pytest.raises(UserError, match="passer ikke"):
            chart.set_product_account(s, "MEDLEM", "3440", "3")


def test_backfill_posts_past_events_once(store: Store) -> None:
    seed_members(store, ["Kari Hansen", "Per Olsen"])
    a = invoice(store, 1001, 45_000)
    invoice(store, 1002, 30_000)
    pay(store, 50_000, kid=a.kid)
    pid = pay(store, 10_000, text="ukjent")
    with store.session() as s:
        matching.leave_as_credit(s, pid, 1002)
    before = vouchers(store)
    with store.session() as s:  # a store from before the books: no vouchers at all
        s.execute(text("DELETE FROM voucher_line"))
        s.execute(text("DELETE FROM voucher"))
    with store.session() as s:
        assert check_store(s) == []  # the books have not started: nothing to compare yet
        result = backfill.backfill(s)
    assert result.invoices == 2 and result.payments == 2
    after = vouchers(store)
    assert sorted(before) == sorted(after)
    _clean(store)
    with store.session() as s:
        assert backfill.backfill(s).vouchers == 0


def test_first_voucher_after_the_upgrade_posts_the_history_first(store: Store) -> None:
    seed_members(store, ["Kari Hansen", "Per Olsen"])
    a = invoice(store, 1001, 45_000)
    pay(store, 45_000, kid=a.kid)
    history = vouchers(store)
    with store.session() as s:  # a store from before the books
        s.execute(text("DELETE FROM voucher_line"))
        s.execute(text("DELETE FROM voucher"))
    b = invoice(store, 1002, 30_000)  # the first event after the upgrade
    after = vouchers(store)
    assert after[:-1] == history and after[-1] == ("faktura", [("1500", 30_000, 1002, None, 0),
                                                              ("3200", -30_000, None, "6", 0)])
    with store.session() as s:
        assert s.scalar(select(Voucher.number).where(Voucher.source_id == b.id, Voucher.source == "invoice")) == 3
    _clean(store)


def test_member_with_vouchers_can_still_be_changed(store: Store) -> None:
    seed_members(store, ["Kari Hansen"])
    invoice(store, 1001, 45_000)
    with store.session() as s:
        members.update_member(s, 1001, {"name": "Kari Hansen-Berg"})
    assert last(store)[1][0][2] == 1001


def test_check_finds_unbalanced_vouchers_and_credit_posted_as_receivable(store: Store) -> None:
    seed_members(store, ["Kari Hansen"])
    inv = invoice(store, 1001, 45_000)
    pay(store, 50_000, kid=inv.kid)
    with store.session() as s:
        member_id = s.scalar(select(Invoice.member_id).where(Invoice.number == inv.number))
        # balanced, and the member's sub-ledger total stays right, but 2900 no longer holds the credit
        posting.post_voucher(s, TODAY, "test", "Test", [posting.Line(5_000, "credit", member_id=member_id),
                                                        posting.Line(-5_000, "receivable", member_id=member_id)])
    with store.session() as s:
        problems = check_store(s)
    assert any("Kundekreditt for medlem-id" in p and "på konto 50,00 kr" in p for p in problems)
    with store.session() as s:
        s.execute(text("UPDATE voucher_line SET amount_ore = amount_ore + 1 WHERE id = 1"))
    with store.session() as s:
        assert any("Bilag 1 balanserer ikke (avvik 0,01 kr)" in p for p in check_store(s))


def test_access_export_lists_the_members_voucher_lines(store: Store) -> None:
    from kontopronto_desktop.core.privacy import access_export

    seed_members(store, ["Kari Hansen", "Per Olsen"])
    inv = invoice(store, 1001, 45_000)
    invoice(store, 1002, 10_000)
    pay(store, 45_000, kid=inv.kid)
    with store.session() as s:
        data = access_export.collect(s, 1001, purpose=None)
    lines = data["regnskapsbilag"]
    assert [(ln["kind"], ln["account"], ln["amount"]) for ln in lines] == [
        ("faktura", "1500", "450.00"), ("innbetaling", "1500", "-450.00")]
