"""One invoice through its whole life in the books: partly paid, reminded (fee and interest),
written off, later recovered — the exact voucher lines of each step, and `check` clean throughout."""

from __future__ import annotations

from datetime import date, timedelta

from kontopronto_desktop.core.collection import runs
from kontopronto_desktop.core.integrity import check_store
from kontopronto_desktop.core.invoicing import writeoff
from kontopronto_desktop.core.store import Store
from tests.books_support import vouchers
from tests.collection_support import DUE, charge_everything
from tests.payments_support import invoice, pay, seed_members


def _problems(store: Store) -> list[str]:
    with store.session() as s:  # the test gives the invoice no bank-file KID of its own; KID register aside
        return [p for p in check_store(s) if not p.startswith("KID:")]


def test_partly_paid_reminded_written_off_and_recovered(store: Store) -> None:
    seed_members(store, ["Kari Hansen"])
    inv = invoice(store, 1001, 45_000, invoice_date=date(2025, 1, 10), due_date=DUE)
    assert vouchers(store)[-1] == ("faktura", [("1500", 45_000, 1001, None, 0), ("3200", -45_000, None, "6", 0)])

    pay(store, 20_000, kid=inv.kid, on=date(2025, 1, 30))  # partly paid before the due date
    assert vouchers(store)[-1] == ("innbetaling", [("1920", 20_000, None, None, 0), ("1500", -20_000, 1001, None, 0)])

    charge_everything(store)
    with store.session() as s:
        result = runs.issue_run(s, DUE + timedelta(days=14))
    (reminder,) = result.plan.reminders
    # fee 35.00 (1/20 of the inkassosats 700); interest on 250.00 at 12.5 % for 01.02–14.02: 1.20
    assert (reminder.fee_ore, reminder.interest_ore) == (3_500, 120)
    assert vouchers(store)[-1] == ("purregebyr", [
        ("1500", 3_620, 1001, None, 0), ("3900", -3_500, None, None, 0), ("8050", -120, None, None, 0)])
    assert _problems(store) == []

    with store.session() as s:
        writeoff.write_off(s, inv.number or 0, "konkurs", on=date(2025, 3, 1))
    assert vouchers(store)[-1] == ("tap", [("7830", 25_000, None, None, 0), ("1500", -25_000, 1001, None, 0)])
    assert _problems(store) == []

    pid = pay(store, 10_000, kid=inv.kid, on=date(2025, 3, 10))  # the estate pays a dividend
    steps = vouchers(store, "payment", pid)
    assert steps[0] == ("innbetaling", [("1920", 10_000, None, None, 0), ("2900", -10_000, 1001, None, 0)])
    assert steps[1] == ("matching", [("1500", -10_000, 1001, None, 0), ("2900", 10_000, 1001, None, 0)])
    recovered = [v for v in vouchers(store) if v[0] == "gjenvunnet"]
    assert recovered == [("gjenvunnet", [("7830", -10_000, None, None, 0), ("1500", 10_000, 1001, None, 0)])]
    assert _problems(store) == []
