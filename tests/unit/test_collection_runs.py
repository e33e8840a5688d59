"""Reminder runs by the law and the plan: boundary days, second and third reminder, holds,
hand-over, a business debtor, a missing rate, and a payment that covers fee, interest and part
of the principal (costs first)."""

from __future__ import annotations

import io
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kontopronto_desktop.core import documents, members
from kontopronto_desktop.core.collection import handover, holds, runs
from kontopronto_desktop.core.collection.rates import MissingRate
from kontopronto_desktop.core.integrity import check_store
from kontopronto_desktop.core.models.collection import CollectionCharge, Reminder
from kontopronto_desktop.core.payments import aging, ledger, matching
from kontopronto_desktop.core.store import Store
from tests.collection_support import DUE, add_rate, charge_everything
from tests.payments_support import get, invoice, pay, seed_members


def _problems(s: Session) -> list[str]:
    """``kontopronto check`` without the KID register (the test gave the invoice a bank file's KID)."""
    return [p for p in check_store(s) if not p.startswith("KID:")]


def _pdf_text(store: Store, number: int) -> str:
    with store.session() as s:
        rid = s.scalar(select(Reminder.id).where(Reminder.number == number))
        data = documents.archived_pdf(s, documents.REMINDER, int(rid or 0))
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)


def test_first_reminder_at_due_plus_14_with_fee_and_interest(store: Store) -> None:
    seed_members(store, ["Kari Hansen"])
    number = invoice(store, 1001, 45_000, invoice_date=date(2025, 1, 10), due_date=DUE).number
    charge_everything(store)
    with store.session() as s:
        assert runs.plan_run(s, DUE + timedelta(days=13)).reminders == ()
        plan = runs.plan_run(s, DUE + timedelta(days=14))
    (r,) = plan.reminders
    assert r.stage == "purring" and r.fee_ore == 3500 and r.deadline == date(2025, 2, 28)
    # 45 000 øre at 12.5 % for 01.02–14.02 (14 days): 215.75 -> 216
    assert [(i.number, i.principal_ore, i.interest_ore) for i in r.items] == [(number, 45_000, 216)]
    assert r.total_ore == 45_000 + 3500 + 216
    with store.session() as s:
        result = runs.issue_run(s, DUE + timedelta(days=14))
    assert (result.first_number, result.last_number, result.to_print) == (1, 1, 1)
    text = _pdf_text(store, 1)
    assert "PURRING" in text and "Purregebyr" in text and "28.02.2025" in text and "ikke merverdiavgiftspliktige" in text
    assert get(store, number).total_ore == 45_000  # the invoice itself never changes
    with store.session() as s:
        assert check_store(s) == []


def test_inkassovarsel_14_days_after_the_reminder_then_hand_over_after_its_deadline(store: Store,
                                                                                      tmp_path: Path) -> None:
    seed_members(store, ["Kari Hansen"])
    number = invoice(store, 1001, 45_000, invoice_date=date(2025, 1, 10), due_date=DUE).number
    charge_everything(store)
    first = DUE + timedelta(days=14)
    with store.session() as s:
        runs.issue_run(s, first)
    with store.session() as s:
        assert runs.plan_run(s, first + timedelta(days=13)).reminders == ()
        plan = runs.plan_run(s, first + timedelta(days=14))
        (r,) = plan.reminders
        assert r.stage == "inkassovarsel" and r.fee_ore == 3500
        assert r.items[0].earlier_charges_ore == 3500 + 216 and r.items[0].interest_from == first + timedelta(days=1)
        runs.issue_run(s, first + timedelta(days=14))
    text = _pdf_text(store, 2)
    assert "INKASSOVARSEL" in text and "sendt til inkasso" in text
    deadline = first + timedelta(days=28)
    with store.session() as s:
        assert runs.plan_run(s, deadline + timedelta(days=30)).reminders == ()  # through the plan: no more
        assert handover.handover_candidates(s, deadline) == []
        (row,) = handover.handover_candidates(s, deadline + timedelta(days=1))
        assert row.claim.number == number and row.claim.fees_ore == 7000
        handover.export_handover(s, tmp_path / "inkasso.csv", deadline + timedelta(days=1))
    lines = (tmp_path / "inkasso.csv").read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("kundenr;skyldner") and ";70.00;" in lines[1] and "inkassovarsel 2" in lines[1]
    with store.session() as s:
        assert handover.handover_candidates(s, deadline + timedelta(days=2)) == []
        assert len(handover.handed_over(s, deadline + timedelta(days=2))) == 1


def test_third_reminder_gets_no_third_fee(store: Store) -> None:
    seed_members(store, ["Kari Hansen"])
    invoice(store, 1001, 45_000, invoice_date=date(2025, 1, 10), due_date=DUE)
    charge_everything(store, plan=["purring", "purring", "inkassovarsel"], charge_interest=False)
    fees = []
    on = DUE + timedelta(days=14)
    for _ in range(3):
        with store.session() as s:
            (r,) = runs.plan_run(s, on).reminders
            runs.issue_run(s, on)
        fees.append((r.stage, r.fee_ore, r.items[0].sequence))
        on += timedelta(days=14)
    assert fees == [("purring", 3500, 1), ("purring", 3500, 2), ("inkassovarsel", 0, 3)]
    with store.session() as s:
        assert s.scalar(select(func.sum(CollectionCharge.amount_ore))) == 7000


def test_one_reminder_covers_several_invoices_and_a_held_claim_is_skipped(store: Store) -> None:
    seed_members(store, ["Kari Hansen", "Per Olsen"])
    b = invoice(store, 1001, 20_000, invoice_date=date(2025, 1, 5), due_date=DUE - timedelta(days=3)).number
    a = invoice(store, 1001, 45_000, invoice_date=date(2025, 1, 10), due_date=DUE).number
    c = invoice(store, 1002, 30_000, invoice_date=date(2025, 1, 10), due_date=DUE).number
    charge_everything(store, charge_interest=False)
    on = DUE + timedelta(days=14)
    with store.session() as s:
        holds.put_on_hold(s, until=on + timedelta(days=10), reason="tvist om beløpet", invoice_number=c)
        plan = runs.plan_run(s, on)
    (r,) = plan.reminders
    assert r.customer_number == 1001 and sorted(i.number for i in r.items) == sorted([a, b])
    assert r.fee_ore == 3500  # one fee per letter
    assert [(h.number, h.reason) for h in plan.held] == [(c, "tvist om beløpet")]
    with store.session() as s:
        later = runs.plan_run(s, on + timedelta(days=11))
    assert 1002 in [x.customer_number for x in later.reminders] and later.held == ()


def test_payment_covers_fee_then_interest_then_part_of_principal(store: Store) -> None:
    seed_members(store, ["Kari Hansen"])
    inv = invoice(store, 1001, 45_000, kid="0000100014", invoice_date=date(2025, 1, 10), due_date=DUE)
    charge_everything(store)
    with store.session() as s:
        runs.issue_run(s, DUE + timedelta(days=14))
    pid = pay(store, 10_000, kid="0000100014", on=date(2025, 2, 20))
    after = get(store, inv.number or 0)
    assert after.paid_ore == 10_000 - 3500 - 216 and after.remaining_ore == 45_000 - 6284
    with store.session() as s:
        assert [(k, a, p) for k, a, p in s.execute(select(CollectionCharge.kind, CollectionCharge.amount_ore,
                                                          CollectionCharge.paid_ore).order_by(CollectionCharge.id))] \
            == [("gebyr", 3500, 3500), ("rente", 216, 216)]
        led = ledger.member_ledger(s, 1001, on=date(2025, 2, 20))
        assert led.balance_ore == 45_000 + 3716 - 10_000 == sum(i.amount_ore for i in led.open_items)
        kinds = [ln.kind for ln in led.lines]
        assert "purregebyr" in kinds and "forsinkelsesrente" in kinds
        report = aging.aging_report(s, date(2025, 2, 20))
        assert report.rows[0].balance_ore == led.balance_ore  # the aging counts the open fees too
        before = aging.aging_report(s, date(2025, 2, 19))  # charged, not yet paid
        assert [(i.status, i.remaining_ore) for i in before.items] == [("forfalt", 45_000), ("gebyr_og_renter", 3716)]
        assert _problems(s) == []
    with store.session() as s:  # undo gives the costs back
        matching.unmatch_payment(s, pid)
    with store.session() as s:
        assert s.scalar(select(func.sum(CollectionCharge.paid_ore))) == 0
        assert _problems(s) == []


def test_business_debtor_gets_standard_compensation_instead_of_fee(store: Store) -> None:
    seed_members(store, ["Kari Hansen"])
    with store.session() as s:
        members.create_member(s, {"customer_number": 2001, "name": "Bedrift AS", "kind": "organisation",
                                  "orgnr": "974760673", "street": "Veien 2", "postcode": "0150", "city": "Oslo"})
    invoice(store, 2001, 100_000, invoice_date=date(2026, 1, 10), due_date=date(2026, 1, 31))
    invoice(store, 1001, 45_000, invoice_date=date(2026, 1, 10), due_date=date(2026, 1, 31))
    add_rate(store, "inkassosats", date(2026, 1, 1), "700")
    charge_everything(store, business_compensation=True, charge_interest=False)
    on = date(2026, 2, 14)
    with store.session() as s:
        with pytest.raises(MissingRate, match="standardkompensasjonen for 1. halvår 2026"):
            runs.plan_run(s, on)
    add_rate(store, "standardkompensasjon", date(2026, 1, 1), "480")  # a test figure: kroner per half-year
    with store.session() as s:
        by_member = {r.customer_number: r for r in runs.plan_run(s, on).reminders}
    assert by_member[2001].fee_ore == 0 and by_member[2001].compensation_ore == 48_000
    assert by_member[1001].fee_ore == 3500 and by_member[1001].compensation_ore == 0


def test_no_reminder_is_issued_where_no_rate_is_known(store: Store) -> None:
    seed_members(store, ["Kari Hansen"])
    invoice(store, 1001, 45_000, invoice_date=date(2026, 1, 10), due_date=date(2026, 1, 31))
    charge_everything(store, charge_interest=False)
    with store.session() as s, pytest.raises(MissingRate, match="inkassosats"):
        runs.issue_run(s, date(2026, 2, 14))
    with store.session() as s:
        assert s.scalar(select(func.count()).select_from(Reminder)) == 0
    # without fees and interest the reminder needs no rate at all
    with store.session() as s:
        from kontopronto_desktop.core.collection.settings import save_collection_settings
        save_collection_settings(s, {"charge_fees": False})
        result = runs.issue_run(s, date(2026, 2, 14))
    assert result.plan.fee_ore == 0 and result.first_number == 1


def test_member_hold_until_a_date_inclusive_then_released(store: Store) -> None:
    seed_members(store, ["Kari Hansen"])
    number = invoice(store, 1001, 45_000, invoice_date=date(2025, 1, 10), due_date=DUE).number
    on = DUE + timedelta(days=14)
    with store.session() as s:
        view = holds.put_on_hold(s, until=on + timedelta(days=2), reason="avtalt nedbetaling", customer_number=1001)
    with store.session() as s:
        assert [h.number for h in runs.plan_run(s, on + timedelta(days=2)).held] == [number]  # the last day held
        assert [r.customer_number for r in runs.plan_run(s, on + timedelta(days=3)).reminders] == [1001]
        holds.release_hold(s, view.id)
    with store.session() as s:
        assert runs.plan_run(s, on).held == () and len(runs.plan_run(s, on).reminders) == 1
        assert holds.list_holds(s) == []
