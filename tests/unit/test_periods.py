"""Periodelås: closed through a date, each refusal at the boundary (the closed day refused, the next allowed)."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from kontopronto_desktop.core import members, periods
from kontopronto_desktop.core.errors import PermissionDenied, UserError
from kontopronto_desktop.core.invoicing import batch, credit, invoices
from kontopronto_desktop.core.models import AuditEntry
from kontopronto_desktop.core.models.payment import Payment
from kontopronto_desktop.core.payments import matching
from kontopronto_desktop.core.periods import PeriodClosed
from kontopronto_desktop.core.store import Store
from tests.payments_support import get, invoice, pay, seed_members, stored_status

NAMES = ["Kari Hansen", "Per Olsen", "Anne Berg"]
END = date(2025, 12, 31)
NEXT = date(2026, 1, 1)


def _close(store: Store, through: date) -> None:
    with store.session() as s:
        periods.close_period(s, through)


def _reopen(store: Store, through: date | None = None) -> None:
    with store.session() as s:
        periods.reopen_period(s, through)


def test_close_and_reopen_roles_rules_and_audit(store: Store) -> None:
    with store.session() as s:
        s.info["role"] = "bookkeeper"
        with pytest.raises(PermissionDenied, match="endre innstillinger"):
            periods.close_period(s, END)
    with store.session() as s:
        with pytest.raises(UserError, match="ikke er over"):
            periods.close_period(s, date.today() + timedelta(days=1))
        state = periods.close_period(s, END)
    assert state.first_open_day == NEXT and "31.12.2025" in state.text()
    with store.session() as s:
        assert periods.period_state(s).to_json() == {"closed_through": "2025-12-31", "first_open_day": "2026-01-01",
                                                   "warnings": []}
        with pytest.raises(UserError, match="allerede lukket til og med 31.12.2025"):
            periods.close_period(s, date(2025, 6, 30))
    _close(store, date(2026, 3, 31))  # moving the lock forward is closing
    with store.session() as s:
        s.info["role"] = "bookkeeper"
        with pytest.raises(PermissionDenied):
            periods.reopen_period(s, None)
    with store.session() as s:
        with pytest.raises(UserError, match="tidligere dato"):
            periods.reopen_period(s, date(2026, 3, 31))
        assert periods.reopen_period(s, END).closed_through == END
    _reopen(store)
    with store.session() as s:
        assert periods.closed_through(s) is None
        with pytest.raises(UserError, match="ingenting å åpne"):
            periods.reopen_period(s)
        entries = list(s.scalars(select(AuditEntry).where(AuditEntry.entity == "period").order_by(AuditEntry.id)))
    assert [(e.action, json.loads(e.changes)["closed_through"]) for e in entries] == [
        ("close_period", [None, "2025-12-31"]), ("close_period", ["2025-12-31", "2026-03-31"]),
        ("reopen_period", ["2026-03-31", "2025-12-31"]), ("reopen_period", ["2025-12-31", None])]


def test_invoice_credit_note_and_batch_dated_in_closed_period_are_refused(store: Store) -> None:
    seed_members(store, NAMES)
    old = invoice(store, 1001, 45_000, invoice_date=date(2025, 12, 1))
    _close(store, END)
    with pytest.raises(PeriodClosed, match=r"Perioden er lukket til og med 31\.12\.2025"), store.session() as s:
        invoices.new_invoice(s, 1002, [("MEDLEM", 1, 30_000)], invoice_date=END)
    with store.session() as s:
        assert invoices.list_invoices(s) and len(invoices.list_invoices(s)) == 1  # nothing half-written
        assert invoices.new_invoice(s, 1002, [("MEDLEM", 1, 30_000)], invoice_date=NEXT).number == 2
    with pytest.raises(PeriodClosed, match="kreditnota datert 31.12.2025"), store.session() as s:
        credit.credit_invoice(s, old.number or 0, 10_000, "feil", credit_date=END)
    with store.session() as s:  # the invoice from the closed period is corrected in the open one
        note = credit.credit_invoice(s, old.number or 0, 10_000, "feil", credit_date=NEXT)
    assert note.number == 3 and get(store, old.number or 0).credited_ore == 10_000
    with store.session() as s:
        members.set_member_products(s, 1003, [("MEDLEM", 1, None)])
    with pytest.raises(PeriodClosed, match="fakturaer datert 31.12.2025"), store.session() as s:
        batch.run_batch(s, END, batch.BatchFilter(product_code="MEDLEM"))
    with store.session() as s:
        result = batch.run_batch(s, NEXT, batch.BatchFilter(product_code="MEDLEM"))
    assert result.count == 1 and result.first_number == 4


def test_payments_dated_in_closed_period_are_booked_on_first_open_day(store: Store) -> None:
    seed_members(store, NAMES)
    inv = invoice(store, 1001, 45_000, invoice_date=date(2025, 12, 1))
    _close(store, END)
    closed_day = pay(store, 20_000, kid=inv.kid, on=END)
    open_day = pay(store, 25_000, kid=inv.kid, on=NEXT)
    with store.session() as s:
        assert s.get(Payment, closed_day).booked_on == NEXT  # type: ignore[union-attr]
        assert s.get(Payment, open_day).booked_on == NEXT  # type: ignore[union-attr]
        shifts = list(s.scalars(select(AuditEntry).where(AuditEntry.action == "period_shift")))
    assert [(e.entity_id, json.loads(e.changes)) for e in shifts] == [
        (closed_day, {"booked_on": ["2025-12-31", "2026-01-01"]})]
    assert stored_status(store, inv.number or 0) == "betalt"


def test_summary_says_what_was_moved(store: Store) -> None:
    from kontopronto_desktop.core.payments import csv_bank, importing

    _close(store, END)
    data = "Dato;Beløp;Ref\n2025-12-30;100,00;A\n2026-01-01;50,00;B\n".encode()
    mapping = csv_bank.CsvMapping("Dato", "Beløp", reference="Ref")
    with store.session() as s:
        summary = importing.import_bank_file(s, data, "sen.csv", "csv", mapping)
    assert summary.moved == 1 and summary.moved_to == NEXT and summary.balanced
    assert "1 innbetalinger er datert i den lukkede perioden og er bokført 01.01.2026" in summary.text()
    assert summary.to_json()["moved_to_open_period"] == 1


def test_undo_of_a_kid_match_at_the_boundary(store: Store) -> None:
    seed_members(store, NAMES)
    a = invoice(store, 1001, 45_000)
    b = invoice(store, 1002, 30_000)
    on_closed = pay(store, 45_000, kid=a.kid, on=date(2026, 1, 15))
    on_open = pay(store, 30_000, kid=b.kid, on=date(2026, 1, 16))
    _close(store, date(2026, 1, 15))
    with pytest.raises(PeriodClosed, match=r"lukket til og med 15\.01\.2026.*bokført 15\.01"), store.session() as s:
        matching.unmatch_payment(s, on_closed)
    assert stored_status(store, a.number or 0) == "betalt"
    with store.session() as s:
        assert matching.unmatch_payment(s, on_open).status == "umatchet"
    assert stored_status(store, b.number or 0) == "sendt"


def test_manual_match_split_credit_and_refund_are_booked_the_day_they_are_made(store: Store) -> None:
    today = date.today()
    seed_members(store, NAMES)
    a = invoice(store, 1001, 45_000)
    b = invoice(store, 1002, 30_000)
    early = pay(store, 50_000, text="til gode", on=date(2026, 1, 5))
    second = pay(store, 10_000, on=date(2026, 1, 5))
    _close(store, date(2026, 1, 31))  # the bank date is closed, but the match is made (and booked) today
    with store.session() as s:
        assert matching.match_payment(s, early, a.number or 0).unallocated_ore == 5_000
    with store.session() as s:  # undo of a match booked today is allowed while today is open ...
        matching.unmatch_payment(s, early)
    with store.session() as s:
        matching.split_payment(s, early, [(a.number or 0, 20_000), (b.number or 0, 10_000)], rest_to=1001)
    yesterday = today - timedelta(days=1)
    _close(store, yesterday)
    with pytest.raises(PeriodClosed, match=f"tilbakebetaling .* datert {yesterday:%d.%m.%Y}"), store.session() as s:
        matching.refund_credit(s, early, 1_000, on=yesterday)
    with store.session() as s:
        assert matching.refund_credit(s, early, 1_000, on=today).refunded_ore == 1_000
    _close(store, today)  # ... and refused once today is closed
    with pytest.raises(PeriodClosed, match=f"lukket til og med {today:%d.%m.%Y}"), store.session() as s:
        matching.leave_as_credit(s, second, 1003)
    with pytest.raises(PeriodClosed, match="bruk av kreditt"), store.session() as s:
        matching.apply_credit(s, 1001, a.number or 0)
    with pytest.raises(PeriodClosed, match="matching av innbetaling"), store.session() as s:
        matching.match_payment(s, second, b.number or 0)
    assert get(store, a.number or 0).paid_ore == 20_000 and get(store, b.number or 0).paid_ore == 10_000



def test_closing_says_what_is_left_in_the_period(store: Store) -> None:
    seed_members(store, NAMES)
    pay(store, 12_300, text="ukjent", on=date(2025, 12, 20))
    pay(store, 4_500, text="ukjent", on=NEXT)  # after the period: not mentioned
    with store.session() as s:
        invoices.create_draft(s, 1001, [("MEDLEM", 1, 45_000)], invoice_date=END)
        state = periods.close_period(s, END)
    assert state.warnings == (
        "1 fakturautkast er datert i den lukkede perioden; gi dem en ny dato før de utstedes.",
        "1 innbetaling fra perioden er ikke matchet; når de matches, bokføres matchingen den dagen den gjøres.")
    assert state.text().splitlines()[1:] == list(state.warnings)
