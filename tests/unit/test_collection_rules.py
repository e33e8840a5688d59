"""The law's conditions for fees and interest, at the boundary days, and the dated rate table."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from kontopronto_desktop.core.collection import interest, rates, rules
from kontopronto_desktop.core.collection.settings import get_collection_settings, save_collection_settings
from kontopronto_desktop.core.errors import UserError, ValidationError
from kontopronto_desktop.core.store import Store

DUE = date(2025, 1, 31)


def test_fee_only_from_due_plus_14() -> None:
    assert not rules.fee_allowed_after_due(DUE, DUE + timedelta(days=13))
    assert rules.fee_allowed_after_due(DUE, DUE + timedelta(days=14))
    assert rules.fee_allowed_after_due(DUE, DUE + timedelta(days=15))


def test_next_fee_14_days_after_previous_reminder_and_at_most_two() -> None:
    prev = date(2025, 2, 14)
    assert not rules.fee_allowed_after_previous(prev, prev + timedelta(days=13))
    assert rules.fee_allowed_after_previous(prev, prev + timedelta(days=14))
    assert [rules.fees_left(n) for n in (0, 1, 2, 3)] == [2, 1, 0, 0]


def test_deadline_at_least_14_days_and_handover_the_day_after() -> None:
    on = date(2025, 2, 14)
    assert rules.deadline(on, 14) == date(2025, 2, 28)
    with pytest.raises(UserError, match="minst 14 dager"):
        rules.deadline(on, 13)
    dl = date(2025, 3, 14)
    assert not rules.handover_allowed(dl, dl)
    assert rules.handover_allowed(dl, dl + timedelta(days=1))
    assert rules.interest_first_day(DUE) == date(2025, 2, 1)


def test_shipped_rates_and_fee_is_one_twentieth(store: Store) -> None:
    with store.session() as s:
        table = rates.RateTable(s)
        assert table.at("inkassosats", date(2017, 1, 1)) == 700
        assert table.at("inkassosats", date(2025, 12, 31)) == 700
        assert table.reminder_fee_ore(date(2025, 12, 31)) == 3500
        with pytest.raises(rates.MissingRate, match="inkassosats"):
            table.at("inkassosats", date(2026, 1, 1))
        with pytest.raises(rates.MissingRate, match="forsinkelsesrenten for 2. halvår 2025"):
            table.at("forsinkelsesrente", date(2025, 7, 1))
        assert table.at("forsinkelsesrente", date(2025, 6, 30)) == rates.Decimal("12.50")


def test_add_rate_checks_half_year_and_overlap(store: Store) -> None:
    with store.session() as s:
        with pytest.raises(ValidationError, match="halvår"):
            rates.add_rate(s, "forsinkelsesrente", date(2025, 8, 1), "12,25")
        view = rates.add_rate(s, "forsinkelsesrente", date(2025, 7, 1), "12,25")
        assert view.valid_to == date(2025, 12, 31) and str(view.value) == "12.25"
        with pytest.raises(UserError, match="finnes allerede"):
            rates.add_rate(s, "forsinkelsesrente", date(2025, 7, 1), "12")
        rates.add_rate(s, "inkassosats", date(2026, 1, 1), "750", valid_to=date(2026, 12, 31))
        assert rates.RateTable(s).reminder_fee_ore(date(2026, 3, 1)) == 3750


def test_interest_split_at_half_year_and_rounded_once(store: Store) -> None:
    with store.session() as s:
        rates.add_rate(s, "forsinkelsesrente", date(2025, 7, 1), "12.25")
        table = rates.RateTable(s)
        parts = interest.periods(date(2025, 6, 16), date(2025, 7, 15), table)
        assert [(p.start, p.end, str(p.rate), p.days) for p in parts] == [
            (date(2025, 6, 16), date(2025, 6, 30), "12.50", 15), (date(2025, 7, 1), date(2025, 7, 15), "12.25", 15)]
        # 45 000 øre: 231.164 + 226.541 = 457.705 -> 458 (each piece rounded would also give 458)
        assert interest.interest_ore(45_000, date(2025, 6, 16), date(2025, 7, 15), table) == 458
        # rounded once: 1 000 øre for 30.06 (0.342) + 01.07 (0.336) = 0.678 -> 1 øre (each rounded: 0 + 0)
        assert interest.interest_ore(1_000, date(2025, 6, 30), date(2025, 7, 1), table) == 1
        assert interest.interest_ore(1_000, date(2025, 6, 30), date(2025, 6, 30), table) == 0
        # 3 days each side of 1 July at 20 000 øre: 20.548 + 20.137 = 40.685 -> 41
        assert interest.interest_ore(20_000, date(2025, 6, 28), date(2025, 7, 3), table) == 41
        with pytest.raises(rates.MissingRate):
            interest.interest_ore(20_000, date(2025, 12, 28), date(2026, 1, 3), table)


def test_settings_default_off_and_refuse_short_deadlines(store: Store) -> None:
    with store.session() as s:
        cfg = get_collection_settings(s)
        assert not cfg.charge_fees and not cfg.charge_interest and cfg.send_inkassovarsel
        assert cfg.effective_plan() == ("purring", "inkassovarsel")
        with pytest.raises(ValidationError, match="minst 14"):
            save_collection_settings(s, {"deadline_days": 13})
        cfg = save_collection_settings(s, {"send_inkassovarsel": False})
        assert cfg.effective_plan() == ("purring", "purring")
