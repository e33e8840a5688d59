"""Accounting rules for the acquisition, goodwill and non-controlling interests, in one place.

The default is Norwegian GAAP, NRS 17 (Konsernregnskap): goodwill / excess value is the cost
less the owner's share of the subsidiary's equity at acquisition, amortised straight-line over
a period the user sets (default 5 years), month by month from the acquisition. Non-controlling
interests get their share of the subsidiary's equity and of the year's result. An IFRS variant
(IFRS 3: impairment only, no amortisation) would subclass ``Nrs17`` and override
``amortisation_to``; register it in ``RULES``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal


def round_ore(value: Decimal) -> int:
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


@dataclass(frozen=True)
class Acquisition:
    cost_ore: int
    #: the owner's share of the equity at acquisition, in the group currency
    equity_share_ore: int

    @property
    def goodwill_ore(self) -> int:
        return self.cost_ore - self.equity_share_ore


class Nrs17:
    name = "nrs"
    label = "NRS 17 Konsernregnskap"

    def acquisition(self, cost_ore: int, equity_at_acquisition_ore: int, owner_share: Decimal) -> Acquisition:
        """Cost vs the owner's share (0..1) of the equity at acquisition (already in group currency)."""
        return Acquisition(cost_ore, round_ore(Decimal(equity_at_acquisition_ore) * owner_share))

    @staticmethod
    def first_month(acquired: date) -> tuple[int, int]:
        """Amortisation starts in the month of acquisition when acquired on the 1st, else the next month."""
        if acquired.day == 1:
            return acquired.year, acquired.month
        return (acquired.year + 1, 1) if acquired.month == 12 else (acquired.year, acquired.month + 1)

    def amortised_fraction(self, acquired: date, years: int, year_end: int) -> Decimal:
        """How much of the goodwill is amortised at the end of ``year_end`` (0..1), month by month."""
        if years <= 0:
            return Decimal(0)
        start_year, start_month = self.first_month(acquired)
        months = (year_end - start_year) * 12 + (12 - start_month + 1)
        total = years * 12
        return Decimal(max(0, min(months, total))) / total

    def amortisation_to(self, goodwill_ore: int, acquired: date, years: int, year_end: int) -> int:
        """Accumulated amortisation at the end of ``year_end``, rounded once on the cumulative figure."""
        if goodwill_ore == 0 or years <= 0:
            return 0
        return round_ore(Decimal(goodwill_ore) * self.amortised_fraction(acquired, years, year_end))

    def amortisation(self, goodwill_ore: int, acquired: date, years: int, year: int) -> tuple[int, int]:
        """(accumulated before ``year``, charge for ``year``)."""
        before = self.amortisation_to(goodwill_ore, acquired, years, year - 1)
        return before, self.amortisation_to(goodwill_ore, acquired, years, year) - before

    def nci_share(self, owner_share: Decimal) -> Decimal:
        """The non-controlling interests' share (0..1) of the subsidiary's equity and result."""
        return Decimal(1) - owner_share


RULES: dict[str, Nrs17] = {"nrs": Nrs17()}


def rules_for(name: str) -> Nrs17:
    return RULES.get(name, RULES["nrs"])
