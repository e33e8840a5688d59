"""The integer money and date formatting prints exactly what babel printed before (nb_NO)."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from babel.dates import format_date
from babel.numbers import format_decimal

from kontopronto_desktop.core.invoicing.pdf import fmt_date, kr, period_label
from kontopronto_desktop.core.money import format_nok, ore_to_decimal


def _babel_nok(ore: int) -> str:
    return format_decimal(ore_to_decimal(ore), format="#,##0.00", locale="nb_NO")


def _amounts() -> list[int]:
    rng = random.Random(19)
    edges = [0, 1, -1, 9, 10, 99, 100, 101, -99, -100, 99_999, 100_000, -100_000, 100_099,
             999_999, 1_000_000, 99_999_999, 100_000_000, 10**15, -(10**15) - 1, 2**63 - 1]
    # every magnitude from øre to billions equally often, both signs
    rest = [rng.choice((1, -1)) * rng.randrange(10 ** rng.randint(1, 13)) for _ in range(20_000)]
    return edges + rest


def test_format_nok_matches_babel_on_20000_amounts() -> None:
    amounts = _amounts()
    assert len(amounts) > 20_000
    mismatches = [(ore, format_nok(ore), _babel_nok(ore)) for ore in amounts if format_nok(ore) != _babel_nok(ore)]
    assert mismatches == []
    assert kr(123_456_789) == "1\u00a0234\u00a0567,89" and kr(-1) == "-0,01"


def test_format_nok_of_a_decimal_still_uses_babel_rounding() -> None:
    assert format_nok(Decimal("12345")) == _babel_nok(12345) == "123,45"  # type: ignore[arg-type]


def test_fmt_date_matches_babel_over_a_range_of_days() -> None:
    day, last = date(1899, 12, 25), date(2101, 1, 5)
    days = []
    while day <= last:
        days.append(day)
        day += timedelta(days=1)
    days += [date(1, 1, 1), date(9, 9, 9), date(999, 12, 31), date(9999, 12, 31)]
    mismatches = [(d, fmt_date(d), format_date(d, "dd.MM.yyyy", locale="nb_NO"))
                  for d in days if fmt_date(d) != format_date(d, "dd.MM.yyyy", locale="nb_NO")]
    assert mismatches == []
    assert period_label(date(2026, 1, 1), date(2026, 6, 30)) == "01.01.–30.06.2026"
