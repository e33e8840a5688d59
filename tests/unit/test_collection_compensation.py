"""Forsinkelsesrenteloven § 3a: the standard compensation from a debtor in business.

The kroner amount is fixed per half-year by Finansdepartementet (470 kr from 1 January 2025,
FOR-2024-12-19-3279 § 2), taken for the half-year of the first day of delay (the day after the due
date); it covers the reminder fee, so fees already charged are deducted and no fee follows it.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from alembic import command
from sqlalchemy import func, select

from kontopronto_desktop.core import members
from kontopronto_desktop.core.collection import rates, rules, runs
from kontopronto_desktop.core.collection.settings import save_collection_settings
from kontopronto_desktop.core.errors import ValidationError
from kontopronto_desktop.core.models.collection import CollectionCharge, CollectionRate
from kontopronto_desktop.core.store import Store, migrate
from tests.collection_support import DUE, add_rate, charge_everything
from tests.payments_support import invoice, seed_members


def _pdf_text(store: Store, number: int) -> str:
    import io

    from pypdf import PdfReader

    from kontopronto_desktop.core import documents
    from kontopronto_desktop.core.models.collection import Reminder

    with store.session() as s:
        rid = s.scalar(select(Reminder.id).where(Reminder.number == number))
        data = documents.archived_pdf(s, documents.REMINDER, int(rid or 0))
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def _business(store: Store, *, seed: bool = True) -> None:
    if seed:
        seed_members(store, [])  # the product the invoices use
    with store.session() as s:
        members.create_member(s, {"customer_number": 2001, "name": "Bedrift AS", "kind": "organisation",
                                  "orgnr": "974760673", "street": "Veien 2", "postcode": "0150", "city": "Oslo"})


def test_shipped_compensation_is_470_kr_for_the_first_half_of_2025(store: Store) -> None:
    with store.session() as s:
        table = rates.RateTable(s)
        assert table.at("standardkompensasjon", date(2025, 1, 1)) == 470
        assert table.at("standardkompensasjon", date(2025, 6, 30)) == 470
        assert {r.kind for r in rates.list_rates(s)} == {"inkassosats", "forsinkelsesrente", "standardkompensasjon"}


def test_the_half_year_of_the_day_after_the_due_date_decides(store: Store) -> None:
    with store.session() as s:
        table = rates.RateTable(s)
        assert table.compensation_ore(date(2025, 6, 29)) == 47_000  # first day of delay 30.06: 1st half-year
        with pytest.raises(rates.MissingRate, match="standardkompensasjonen for 2. halvår 2025"):
            table.compensation_ore(date(2025, 6, 30))  # first day of delay 01.07
        assert table.compensation_ore(date(2024, 12, 31)) == 47_000  # first day of delay 01.01.2025
        with pytest.raises(rates.MissingRate, match="standardkompensasjonen for 2. halvår 2024"):
            table.compensation_ore(date(2024, 12, 30))
    add_rate(store, "standardkompensasjon", date(2025, 7, 1), "490")  # a test figure, not the real one
    with store.session() as s:
        table = rates.RateTable(s)
        assert (table.compensation_ore(date(2025, 6, 29)), table.compensation_ore(date(2025, 6, 30)),
                table.compensation_ore(date(2025, 7, 1))) == (47_000, 49_000, 49_000)


def test_compensation_rate_is_entered_per_half_year(store: Store) -> None:
    with store.session() as s:
        with pytest.raises(ValidationError, match="standardkompensasjonen fastsettes per halvår"):
            rates.add_rate(s, "standardkompensasjon", date(2025, 7, 2), "480")
        view = rates.add_rate(s, "standardkompensasjon", date(2025, 7, 1), "480,00")
        assert (view.valid_to, str(view.value)) == (date(2025, 12, 31), "480.00")
        with pytest.raises(ValidationError, match="velg en av"):
            rates.add_rate(s, "eurkurs", date(2025, 7, 1), "11.5")  # the old euro conversion is gone


def test_fees_already_charged_are_deducted_and_no_fee_follows_the_compensation() -> None:
    assert rules.compensation_after_fees(47_000, 0) == 47_000
    assert rules.compensation_after_fees(47_000, 3_500) == 43_500
    assert rules.compensation_after_fees(47_000, 7_000) == 40_000
    assert rules.compensation_after_fees(5_000, 7_000) == 0


def test_business_debtor_gets_the_compensation_instead_of_the_fee_from_due_plus_14(store: Store) -> None:
    seed_members(store, ["Kari Hansen"])
    _business(store, seed=False)
    invoice(store, 2001, 100_000, invoice_date=date(2025, 1, 10), due_date=DUE)
    invoice(store, 1001, 45_000, invoice_date=date(2025, 1, 10), due_date=DUE)
    charge_everything(store, business_compensation=True, charge_interest=False)
    with store.session() as s:
        assert runs.plan_run(s, DUE + timedelta(days=13)).reminders == ()
        by_member = {r.customer_number: r for r in runs.plan_run(s, DUE + timedelta(days=14)).reminders}
    assert (by_member[2001].fee_ore, by_member[2001].compensation_ore) == (0, 47_000)
    assert (by_member[1001].fee_ore, by_member[1001].compensation_ore) == (3_500, 0)  # a consumer: the fee


def test_a_fee_charged_before_is_deducted_and_no_fee_comes_after_the_compensation(store: Store) -> None:
    _business(store)
    invoice(store, 2001, 100_000, invoice_date=date(2025, 1, 10), due_date=DUE)
    charge_everything(store, plan=["purring", "purring", "inkassovarsel"], charge_interest=False)
    first = DUE + timedelta(days=14)
    with store.session() as s:
        (r1,) = runs.issue_run(s, first).plan.reminders
    assert (r1.fee_ore, r1.compensation_ore) == (3_500, 0)  # compensation not switched on yet: the fee
    with store.session() as s:
        save_collection_settings(s, {"business_compensation": True})
    with store.session() as s:
        (r2,) = runs.issue_run(s, first + timedelta(days=14)).plan.reminders
    assert (r2.fee_ore, r2.compensation_ore) == (0, 47_000 - 3_500)
    text = _pdf_text(store, 2)
    assert "Standardkompensasjon (frl. § 3a), fratrukket purregebyr 35,00 kr" in text.replace("\xa0", " ")
    with store.session() as s:
        save_collection_settings(s, {"business_compensation": False})
    with store.session() as s:
        (r3,) = runs.issue_run(s, first + timedelta(days=28)).plan.reminders
    assert (r3.stage, r3.fee_ore, r3.compensation_ore) == ("inkassovarsel", 0, 0)  # the compensation covers it
    with store.session() as s:
        assert s.scalar(select(func.sum(CollectionCharge.amount_ore))) == 47_000


def test_no_compensation_without_its_half_year_figure(store: Store) -> None:
    _business(store)
    invoice(store, 2001, 100_000, invoice_date=date(2025, 6, 1), due_date=date(2025, 6, 30))
    save = {"business_compensation": True}
    with store.session() as s:
        save_collection_settings(s, save)
        with pytest.raises(rates.MissingRate, match="standardkompensasjonen for 2. halvår 2025"):
            runs.issue_run(s, date(2025, 7, 14))


def test_migration_replaces_the_euro_row_by_the_kroner_figure(store: Store) -> None:
    with store.engine.connect() as conn:
        command.downgrade(migrate.alembic_config(conn), "standardkompensasjon@-1")  # as a store of the earlier version
        conn.commit()
    with store.session() as s:
        assert s.scalar(select(CollectionRate.value).where(CollectionRate.kind == "kompensasjon_eur")) == "40.00"
        assert s.scalar(select(func.count()).select_from(CollectionRate)
                        .where(CollectionRate.kind == "standardkompensasjon")) == 0
        s.add(CollectionRate(kind="eurkurs", valid_from=DUE, value="11.5", note="", actor="kasserer"))
    migrate.upgrade(store.engine)
    with store.session() as s:
        kinds = sorted(s.scalars(select(CollectionRate.kind)))
        assert kinds == ["eurkurs", "forsinkelsesrente", "inkassosats", "standardkompensasjon"]
        assert rates.kind_label("eurkurs") == "eurokurs (brukes ikke lenger)"
        assert rates.RateTable(s).compensation_ore(DUE) == 47_000


def test_cli_dry_run_names_the_compensation(store: Store, monkeypatch: pytest.MonkeyPatch,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    from kontopronto_desktop.cli import main
    from tests.conftest import PASSPHRASE

    _business(store)
    invoice(store, 2001, 100_000, invoice_date=date(2025, 1, 10), due_date=DUE)
    with store.session() as s:
        save_collection_settings(s, {"charge_fees": True, "business_compensation": True})
    path = store.path
    store.close()
    monkeypatch.setenv("KONTOPRONTO_PASSPHRASE", PASSPHRASE)
    on = (DUE + timedelta(days=14)).isoformat()
    assert main(["reminders", "run", "--date", on, "--dry-run", "--store", str(path)]) == 0
    out = capsys.readouterr().out.replace("\xa0", " ")
    assert "gebyr 0,00, renter 0,00, standardkompensasjon 470,00, sum 1 470,00" in out
    assert main(["rates", "list", "--json", "--store", str(path)]) == 0
    import json

    assert {"kind": "standardkompensasjon", "value": "470.00", "valid_to": "2025-06-30"}.items() <= next(
        r for r in json.loads(capsys.readouterr().out) if r["kind"] == "standardkompensasjon").items()


def test_interest_follows_what_was_unpaid_each_day(store: Store) -> None:
    """A part payment in the middle of an interest period lowers the principal from the next day."""
    from tests.payments_support import pay

    seed_members(store, ["Kari Hansen"])
    invoice(store, 1001, 45_000, kid="0000100014", invoice_date=date(2025, 1, 10), due_date=DUE)
    charge_everything(store, charge_fees=False, plan=["purring", "purring", "inkassovarsel"])
    first = DUE + timedelta(days=14)
    with store.session() as s:
        (r1,) = runs.issue_run(s, first).plan.reminders
    assert r1.interest_ore == 216  # 45 000 øre, 01.02–14.02
    pay(store, 20_000, kid="0000100014", on=date(2025, 2, 20))  # interest 216 first, then 19 784 on the invoice
    with store.session() as s:
        (r2,) = runs.plan_run(s, first + timedelta(days=14)).reminders
    # 15.02–20.02 (6 days, the payment day included) on 45 000 = 92.466; 21.02–28.02 (8 days) on 25 216 = 69.085
    assert (r2.principal_ore, r2.interest_ore) == (25_216, 162)
    from kontopronto_desktop.core.collection import statement

    with store.session() as s:  # the kontoutskrift's «renter til dato» counts the same way
        st = statement.member_statement(s, 1001, first + timedelta(days=14))
    assert [(ln.what, ln.amount_ore) for ln in st.lines if ln.what.startswith("renter")] == [
        ("renter 15.02.2025–28.02.2025", 162)]
    with store.session() as s:  # issued as planned: the interest charge covers 15.02–28.02
        runs.issue_run(s, first + timedelta(days=14))
        assert s.scalar(select(func.sum(CollectionCharge.amount_ore)).where(CollectionCharge.kind == "rente")) == 216 + 162


def test_interest_reduced_at_the_boundary_days(store: Store) -> None:
    from kontopronto_desktop.core.collection import interest

    with store.session() as s:
        table = rates.RateTable(s)
    start, end = date(2025, 2, 1), date(2025, 2, 10)
    whole = interest.interest_ore_reduced(10_000, [], start, end, table)
    assert whole == interest.interest_ore_reduced(5_000, [(end, 5_000)], start, end, table)  # paid on the last day
    assert whole == interest.interest_ore_reduced(5_000, [(end + timedelta(days=1), 5_000)], start, end, table)
    # paid on the first day: that day on 10 000, the other nine on 5 000
    first_day = interest.interest_ore_reduced(5_000, [(start, 5_000)], start, end, table)
    assert first_day == round((10_000 * 1 + 5_000 * 9) * 0.125 / 365) == 19
    assert interest.interest_ore_reduced(5_000, [(start - timedelta(days=1), 5_000)], start, end, table) == round(
        5_000 * 10 * 0.125 / 365)  # paid the day before: not in the period
