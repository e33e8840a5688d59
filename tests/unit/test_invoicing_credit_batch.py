"""Credit notes and the batch run (fakturakjøring): preview, run, cancel, filters, invariants."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from kontopronto_desktop.core.errors import UserError
from kontopronto_desktop.core.integrity import check_store
from kontopronto_desktop.core.invoicing import batch, credit, invoices
from kontopronto_desktop.core.invoicing.numbering import peek_next_number
from kontopronto_desktop.core.models.invoice import Invoice, InvoiceLine
from kontopronto_desktop.core.store import Store
from tests.invoicing_support import seed

D = date(2026, 1, 15)


def test_full_credit_note_takes_next_number_and_marks_credited(store: Store) -> None:
    seed(store)
    with store.session() as s:
        inv = invoices.new_invoice(s, 1001, [("MEDLEM", 1, None), ("DRAKT", 1, None)], invoice_date=D)
        note = credit.credit_invoice(s, inv.number, reason="Feil produkt")
    assert note.number == 2 and note.is_credit_note and note.credits_number == 1
    assert note.total_ore == -inv.total_ore and note.vat_ore == -inv.vat_ore
    with store.session() as s:
        original = invoices.get_invoice(s, 1)
        assert original.status == "kreditert" and original.remaining_ore == 0
        assert check_store(s) == []
    with pytest.raises(UserError, match="allerede kreditert"), store.session() as s:
        credit.credit_invoice(s, 1)


def test_partial_credit_names_its_line_and_follows_that_lines_vat(store: Store) -> None:
    seed(store)
    with store.session() as s:
        # line 1 MEDLEM 450 exempt, line 2 DRAKT 3 x 599.99 + 25 %
        inv = invoices.new_invoice(s, 1001, [("MEDLEM", 1, None), ("DRAKT", 3, None)], invoice_date=D)
    with pytest.raises(UserError, match="ulike mva-satser"), store.session() as s:
        credit.credit_invoice(s, 1, amount_ore=100000)  # which line? refused, not spread over rates
    with store.session() as s:
        note = credit.credit_invoice(s, 1, lines=[credit.CreditLine(2, amount_ore=100000)], reason="Rabatt",
                                     credit_date=D)
    assert note.total_ore == -100000
    assert [(ln.vat_rate, ln.net_ore, ln.vat_ore) for ln in note.lines] == [("25", -80000, -20000)]  # not 143.72
    assert note.lines[0].description == "Klubbdrakt" and note.reason == "Rabatt"
    with store.session() as s:
        by_qty = credit.credit_invoice(s, 1, lines=[credit.CreditLine(2, quantity=1)], credit_date=D)
    assert [(ln.quantity, ln.net_ore, ln.vat_ore) for ln in by_qty.lines] == [(-1, -59999, -15000)]
    with store.session() as s:  # line 2 charged 224996; 100000 + 74999 credited, 49997 left
        left = {cl.position: cl.left_ore for cl in credit.creditable_lines(s, 1)}
        assert left == {1: 45000, 2: 224996 - 100000 - 74999}
    with pytest.raises(UserError, match="høyst 499,97 kr gjenstår å kreditere på den linjen"), store.session() as s:
        credit.credit_invoice(s, 1, lines=[credit.CreditLine(2, quantity=1)], credit_date=D)
    with pytest.raises(UserError, match="ingen linje 3"), store.session() as s:
        credit.credit_invoice(s, 1, lines=[credit.CreditLine(3)], credit_date=D)
    with store.session() as s:
        whole = credit.credit_invoice(s, 1, lines=[credit.CreditLine(1)], credit_date=D)
        assert [(ln.quantity, ln.gross_ore, ln.vat_rate) for ln in whole.lines] == [(-1, -45000, "exempt")]
        rest = credit.credit_invoice(s, 1, credit_date=D)  # what is left: the rest of line 2, at 25 %
        assert rest.total_ore == -49997 and {ln.vat_rate for ln in rest.lines} == {"25"}
        original = invoices.get_invoice(s, 1)
        assert original.status == "kreditert" and original.credited_ore == inv.total_ore
        assert check_store(s) == []
    with pytest.raises(UserError, match="allerede kreditert"), store.session() as s:
        credit.credit_invoice(s, 1, credit_date=D)


def test_amount_without_line_is_fine_on_a_single_rate_invoice(store: Store) -> None:
    seed(store)
    with store.session() as s:
        invoices.new_invoice(s, 1001, [("DRAKT", 1, None), ("DRAKT", 1, 10000)], invoice_date=D)
        note = credit.credit_invoice(s, 1, amount_ore=12500, credit_date=D)
    assert [(ln.vat_rate, ln.net_ore, ln.vat_ore) for ln in note.lines] == [("25", -10000, -2500)]
    assert note.lines[0].description == "Kreditering av faktura 1"


def test_credit_note_date_defaults_to_today_and_respects_the_books(store: Store) -> None:
    from kontopronto_desktop.core import periods

    seed(store)
    with store.session() as s:
        invoices.new_invoice(s, 1001, [("MEDLEM", 1, None)], invoice_date=D)
    with pytest.raises(UserError, match="før fakturadatoen"), store.session() as s:
        credit.credit_invoice(s, 1, amount_ore=100, credit_date=date(2026, 1, 14))  # the day before
    with store.session() as s:
        periods.close_period(s, D)
    with pytest.raises(UserError, match="lukket"), store.session() as s:
        credit.credit_invoice(s, 1, amount_ore=100, credit_date=D)  # the day closed
    with store.session() as s:
        note = credit.credit_invoice(s, 1, amount_ore=100, credit_date=date(2026, 1, 16))  # the day after
        assert note.invoice_date == date(2026, 1, 16) and note.credits_date == D
        today = credit.credit_invoice(s, 1, amount_ore=100)
        assert today.invoice_date == date.today()


def test_preview_writes_nothing_then_run_issues_one_per_member(store: Store) -> None:
    seed(store, count=6)
    with store.session() as s:
        preview = batch.preview_batch(s, D)
        assert s.scalar(select(func.count()).select_from(Invoice)) == 0
    assert preview.count == 6
    # MEDLEM 450 for all; DRAKT 2 x 599.99 + 25% for members 0,2,4
    # DRAKT: 119998 net, VAT 29999.5 rounded half-up to 30000
    assert preview.total_ore == 6 * 45000 + 3 * (119998 + 30000)
    assert preview.needs_print == 3 and len(preview.sample) == 6
    seen: list[tuple[int, int]] = []
    with store.session() as s:
        result = batch.run_batch(s, D, progress=lambda a, b: seen.append((a, b)), chunk=2)
    assert (result.count, result.first_number, result.last_number) == (6, 1, 6)
    assert result.total_ore == preview.total_ore and result.needs_print == 3
    assert seen[0] == (0, 6) and seen[-1] == (6, 6)
    with store.session() as s:
        rows = invoices.list_invoices(s, batch_id=result.batch_id)
        assert sorted(r.number for r in rows) == [1, 2, 3, 4, 5, 6]
        assert len({r.kid for r in rows}) == 6
        assert sum(r.needs_print for r in rows) == 3
        assert all(r.needs_print == (r.buyer_email == "") for r in rows)
        assert check_store(s) == []


def test_filters_product_and_payment_method(store: Store) -> None:
    seed(store, count=6)
    with store.session() as s:
        only_drakt = batch.preview_batch(s, D, batch.BatchFilter(product_code="drakt"))
        assert only_drakt.count == 3 and only_drakt.total_ore == 3 * 149998
        avtale = batch.preview_batch(s, D, batch.BatchFilter(payment_method="avtalegiro"))
        assert avtale.count == 2  # members 2 and 5
        with pytest.raises(UserError, match="Fant ikke produktet"):
            batch.preview_batch(s, D, batch.BatchFilter(product_code="NOPE"))


def test_cancel_writes_nothing_and_keeps_series(store: Store) -> None:
    seed(store, count=6)
    calls = {"n": 0}

    def cancel_after_three() -> bool:
        calls["n"] += 1
        return calls["n"] > 3

    with pytest.raises(batch.BatchCancelled), store.session() as s:
        batch.run_batch(s, D, is_cancelled=cancel_after_three, chunk=1)
    with store.session() as s:
        assert s.scalar(select(func.count()).select_from(Invoice)) == 0
        assert s.scalar(select(func.count()).select_from(InvoiceLine)) == 0
        assert peek_next_number(s) == 1
        result = batch.run_batch(s, D)
    assert result.first_number == 1 and result.count == 6


def test_ended_members_are_not_invoiced(store: Store) -> None:
    from kontopronto_desktop.core import members
    seed(store, count=4)
    with store.session() as s:
        members.update_member(s, 1002, {"ended_on": "2025-12-31"})
        assert batch.preview_batch(s, D).count == 3


def test_check_finds_gaps_bad_totals_and_orphan_credit_notes(store: Store) -> None:
    from sqlalchemy import text
    seed(store, count=3)
    with store.session() as s:
        batch.run_batch(s, D)
        credit.credit_invoice(s, 1)
    with store.session() as s:
        assert check_store(s) == []
        # tamper below the services, as a damaged or hand-edited file would be
        s.execute(text("DELETE FROM invoice_line WHERE invoice_id = (SELECT id FROM invoice WHERE number = 2)"))
        s.execute(text("DELETE FROM invoice WHERE number = 2"))
        s.execute(text("UPDATE invoice SET total_ore = total_ore + 1 WHERE number = 3"))
        s.execute(text("UPDATE invoice SET credits_invoice_id = id WHERE number = 4"))
        problems = check_store(s)
        s.rollback()
    joined = "\n".join(problems)
    assert "Nummerserien har hull" in joined
    assert "Faktura 3: summen stemmer ikke" in joined
    assert "Kreditnota 4 viser ikke til en utstedt faktura" in joined
    assert "Faktura 1: kreditert beløp stemmer ikke" in joined
