"""Norwegian identifiers and contact fields: valid ones pass, invalid ones get a Norwegian message."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kontopronto_desktop.core.errors import ValidationError
from kontopronto_desktop.core.money import format_amount, format_nok, parse_amount, to_ore
from kontopronto_desktop.core.validation import (
    check_email,
    check_kontonr,
    check_orgnr,
    check_phone,
    check_postcode,
    format_kontonr,
)


@pytest.mark.parametrize("value", ["974760673", "974 760 673", "NO 974760673 MVA"[3:12]])
def test_valid_orgnr(value: str) -> None:
    assert check_orgnr(value) == "974760673"


@pytest.mark.parametrize("value,fragment", [("974760674", "kontrollsiffer"), ("12345", "9 siffer"),
                                            ("", "mangler"), ("abcdefghi", "9 siffer")])
def test_invalid_orgnr(value: str, fragment: str) -> None:
    with pytest.raises(ValidationError) as info:
        check_orgnr(value)
    assert fragment in info.value.errors["orgnr"]


def test_kontonr() -> None:
    assert check_kontonr("1503.62.19782") == "15036219782"
    assert format_kontonr("15036219782") == "1503.62.19782"
    with pytest.raises(ValidationError) as info:
        check_kontonr("15036219788")
    assert "kontrollsiffer" in info.value.errors["kontonr"]
    with pytest.raises(ValidationError):
        check_kontonr("1234")


def test_postcode_email_phone() -> None:
    assert check_postcode("0150") == "0150"
    assert check_postcode("SE-12345", country="SE") == "SE-12345"
    for bad in ("150", "01500", "abcd"):
        with pytest.raises(ValidationError) as info:
            check_postcode(bad)
        assert "fire siffer" in info.value.errors["postnr"]
    assert check_email(" kari@example.no ") == "kari@example.no"
    assert check_email("") == ""
    for bad in ("kari", "kari@", "kari@example", "a b@example.no"):
        with pytest.raises(ValidationError):
            check_email(bad)
    assert check_phone("+47 22 33 44 55") == "+47 22 33 44 55"
    with pytest.raises(ValidationError):
        check_phone("ring meg")


def test_money_is_integer_ore_with_half_up_rounding() -> None:
    assert parse_amount("450") == 45000
    assert parse_amount("450,50") == 45050
    assert parse_amount("1 250,00") == 125000
    assert parse_amount("1.250,75") == 125075
    assert parse_amount(Decimal("0.005")) == 1  # half-up, not banker's rounding
    assert to_ore(Decimal("2.675")) == 268
    assert format_amount(45000) == "450.00"
    assert format_amount(-1250) == "-12.50"
    assert format_nok(125050).replace("\u00a0", " ").replace("\u202f", " ") == "1 250,50"
    for bad in ("abc", "1,2,3", "12.345", "NaN"):
        with pytest.raises(ValidationError):
            parse_amount(bad)


@pytest.mark.parametrize("typed", ["1e3", "NaN", "Infinity", "1_000", "٤٥٠", "４５０", "12,345", "9" * 400, "0x10"])
def test_typed_amounts_that_are_not_plain_amounts_are_refused(typed: str) -> None:
    from kontopronto_desktop.core.errors import ValidationError
    from kontopronto_desktop.core.money import parse_amount

    with pytest.raises(ValidationError):
        parse_amount(typed)


def test_typed_amounts_in_every_norwegian_spelling_still_parse() -> None:
    from kontopronto_desktop.core.money import parse_amount

    assert [parse_amount(t) for t in ("450", "450,50", "1 250,00", "1.250,00", "-12,50", "+5", "450.")] == \
        [45_000, 45_050, 125_000, 125_000, -1_250, 500, 45_000]
    assert parse_amount(2**35) == 2**35 * 100 and parse_amount("999999999999,99") == 99_999_999_999_999


def test_amounts_beyond_a_trillion_kroner_are_refused_before_they_overflow_the_store() -> None:
    from kontopronto_desktop.core.errors import ValidationError
    from kontopronto_desktop.core.money import parse_amount

    for value in (2**63, "1000000000000", -(10**12)):
        with pytest.raises(ValidationError, match="under"):
            parse_amount(value)  # type: ignore[arg-type]


@pytest.mark.parametrize("postcode", ["０１５０", "٠١٥٠", "015O"])
def test_postcodes_are_four_ascii_digits(postcode: str) -> None:
    from kontopronto_desktop.core.errors import ValidationError
    from kontopronto_desktop.core.validation import check_postcode

    with pytest.raises(ValidationError):
        check_postcode(postcode)
