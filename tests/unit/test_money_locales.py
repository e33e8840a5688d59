"""Amounts typed in the UI's language (issue 18 item 3): «1 234,50» in Norwegian, «1,234.50» in English.

``core.money.parse_amount(text, locale=...)`` reads exactly what ``format_plain(ore, locale)`` writes,
and refuses what the other language's reader would take for a different number.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kontopronto_desktop.core.errors import ValidationError
from kontopronto_desktop.core.money import MAX_KRONER, format_english, format_plain, parse_amount

AMOUNTS = st.integers(min_value=-(MAX_KRONER * 100 - 1), max_value=MAX_KRONER * 100 - 1)


@given(AMOUNTS, st.sampled_from(["nb", "en"]))
def test_what_is_shown_reads_back_to_the_same_ore(ore: int, locale: str) -> None:
    assert parse_amount(format_plain(ore, locale), locale=locale) == ore


@given(AMOUNTS)
def test_the_english_ui_reads_its_currency_form_too(ore: int) -> None:
    text = ("-" if ore < 0 else "") + "NOK " + format_english(abs(ore))
    assert parse_amount(text, locale="en") == ore


@pytest.mark.parametrize(("typed", "ore"), [
    ("1,234.50", 123_450), ("1234.5", 123_450), ("450", 45_000), ("1,234", 123_400), ("-12.50", -1_250),
    ("1,234,567.89", 123_456_789), ("NOK 1,234.50", 123_450), (" 1 234.50 ", 123_450), ("0.05", 5),
])
def test_english_spellings(typed: str, ore: int) -> None:
    assert parse_amount(typed, locale="en") == ore


@pytest.mark.parametrize("typed", ["12,50", "1,23", "1,2345.00", ",50", "1.234", "1,234,5", "1e3", "NaN", "1_000",
                                   "1.234,50", "12,345,6.00", ""])
def test_english_refuses_what_is_not_an_english_amount(typed: str) -> None:
    """«12,50» is a Norwegian habit, not a thousands group: refused rather than read as 1250 or 12.50."""
    with pytest.raises(ValidationError):
        parse_amount(typed, "pris", locale="en")


@pytest.mark.parametrize("typed", ["1,234", "1.234", "1,234.50", "12,345"])
def test_norwegian_refuses_what_could_be_an_english_thousands_group(typed: str) -> None:
    """In Norwegian the comma is the decimal sign: «1,234» is three decimals, never one thousand."""
    with pytest.raises(ValidationError):
        parse_amount(typed, locale="nb")


def test_norwegian_reading_is_unchanged_and_the_default() -> None:
    typed = ("450", "450,50", "1 250,00", "1.250,00", "-12,50", "+5", "450.", "450.00", "1\u00a0234,50 kr")
    assert [parse_amount(t) for t in typed] == [parse_amount(t, locale="nb") for t in typed] == \
        [45_000, 45_050, 125_000, 125_000, -1_250, 500, 45_000, 45_000, 123_450]


def test_an_unknown_locale_is_a_programming_error() -> None:
    with pytest.raises(ValueError):
        parse_amount("1", locale="de")
