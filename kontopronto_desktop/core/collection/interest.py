"""Forsinkelsesrente: per day, split at half-year boundaries, in Decimal, rounded once.

Interest runs from the day after the due date (forsinkelsesrenteloven § 2) at the rate fixed for
each half-year (§ 3: 1 January and 1 July). Each day is 1/365 of the yearly rate; the sum over all
periods is rounded half-up to whole øre only at the end. Interest runs on what was unpaid each day:
a payment or credit note dated X lowers the principal from X + 1 (``interest_ore_reduced``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from .rates import RateTable, half_year_end


@dataclass(frozen=True)
class InterestPeriod:
    start: date
    end: date  # inclusive
    rate: Decimal  # % a year
    days: int


def periods(first_day: date, last_day: date, rates: RateTable) -> list[InterestPeriod]:
    """The half-year pieces of [first_day, last_day]; raises MissingRate for a half-year without a rate."""
    out: list[InterestPeriod] = []
    start = first_day
    while start <= last_day:
        end = min(half_year_end(start), last_day)
        out.append(InterestPeriod(start, end, rates.at("forsinkelsesrente", start), (end - start).days + 1))
        start = end + timedelta(days=1)
    return out


def interest_ore(principal_ore: int, first_day: date, last_day: date, rates: RateTable) -> int:
    """Interest on ``principal_ore`` for each day from ``first_day`` through ``last_day``."""
    if principal_ore <= 0 or last_day < first_day:
        return 0
    total = sum((Decimal(principal_ore) * p.rate / 100 * p.days / 365 for p in periods(first_day, last_day, rates)),
                Decimal(0))
    return int(total.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def interest_ore_reduced(principal_now_ore: int, reductions: list[tuple[date, int]], first_day: date, last_day: date,
                         rates: RateTable) -> int:
    """Interest on what was unpaid each day of [first_day, last_day], rounded once.

    ``principal_now_ore`` is what is left today; ``reductions`` are (date, øre) of the payments and
    credit notes dated on or after ``first_day``, each of which lowered the principal from the day
    after its date (the day it is paid still carries interest).
    """
    if last_day < first_day:
        return 0
    cuts = sorted({d for d, _a in reductions if first_day <= d < last_day})
    total = Decimal(0)
    start = first_day
    for end in [*cuts, last_day]:
        principal = principal_now_ore + sum(a for d, a in reductions if d >= end)
        if principal > 0:
            total += sum((Decimal(principal) * p.rate / 100 * p.days / 365 for p in periods(start, end, rates)),
                         Decimal(0))
        start = end + timedelta(days=1)
    return int(total.quantize(Decimal(1), rounding=ROUND_HALF_UP))
