"""Billing periods (faktureringsperiode) of a batch run: year, half-year, quarter, month or from–to.

A run is for one period; every line it makes carries the period (bokføringsforskriften § 5-1-1
nr. 5) and the period is what "invoiced twice" is judged by. A product's own period (monthly,
quarterly, yearly) must fit the run's whole months: a monthly product in a yearly run gives 12
months; a yearly product in a monthly run is left out with the reason.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from ..errors import UserError
from ..models.product import PERIOD_LABELS, Period

PRODUCT_MONTHS = {Period.MONTHLY.value: 1, Period.QUARTERLY.value: 3, Period.YEARLY.value: 12}
MONTHS_NO = ("januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober",
             "november", "desember")


def _last_day(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


@dataclass(frozen=True)
class BillingPeriod:
    start: date
    end: date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise UserError(f"Perioden slutter ({self.end:%d.%m.%Y}) før den begynner ({self.start:%d.%m.%Y}).")
        if (self.end - self.start).days > 366 * 5:
            raise UserError("En faktureringsperiode kan være høyst fem år.")

    @classmethod
    def year(cls, year: int) -> BillingPeriod:
        return cls(date(year, 1, 1), date(year, 12, 31))

    @classmethod
    def months_from(cls, year: int, month: int, count: int) -> BillingPeriod:
        last_month = month + count - 1
        end_year, end_month = year + (last_month - 1) // 12, (last_month - 1) % 12 + 1
        return cls(date(year, month, 1), _last_day(end_year, end_month))

    @property
    def months(self) -> int | None:
        """Whole calendar months covered, or None when the period does not start and end on month edges."""
        if self.start.day != 1 or self.end != _last_day(self.end.year, self.end.month):
            return None
        return (self.end.year - self.start.year) * 12 + self.end.month - self.start.month + 1

    @property
    def label(self) -> str:
        """"2026" for a calendar year, otherwise "01.01.–30.06.2026" (as printed on the invoice)."""
        if self.start == date(self.start.year, 1, 1) and self.end == date(self.start.year, 12, 31):
            return str(self.start.year)
        if self.start.year == self.end.year:
            return f"{self.start:%d.%m.}–{self.end:%d.%m.%Y}"
        return f"{self.start:%d.%m.%Y}–{self.end:%d.%m.%Y}"

    def months_left_from(self, joined: date) -> int | None:
        """Whole months from the month someone joined to the end (the joining month counts in full)."""
        if self.months is None:
            return None
        if joined <= self.start:
            return self.months
        return (self.end.year - joined.year) * 12 + self.end.month - joined.month + 1

    def to_json(self) -> dict[str, str | int | None]:
        return {"start": self.start.isoformat(), "end": self.end.isoformat(), "label": self.label,
                "months": self.months}


def parse_period(text: str) -> BillingPeriod:
    """"2026", "2026-H1", "2026-Q3", "2026-03" or "2026-01-01..2026-06-30" (also with "–" or "/")."""
    value = (text or "").strip().upper().replace(" ", "")
    try:
        if m := re.fullmatch(r"(\d{4})", value):
            return BillingPeriod.year(int(m[1]))
        if m := re.fullmatch(r"(\d{4})-?H([12])", value):
            return BillingPeriod.months_from(int(m[1]), 1 + 6 * (int(m[2]) - 1), 6)
        if m := re.fullmatch(r"(\d{4})-?Q([1-4])", value):
            return BillingPeriod.months_from(int(m[1]), 1 + 3 * (int(m[2]) - 1), 3)
        if m := re.fullmatch(r"(\d{4})-(\d{1,2})", value):
            return BillingPeriod.months_from(int(m[1]), int(m[2]), 1)
        if m := re.fullmatch(r"(\d{4}-\d{2}-\d{2})(?:\.\.|–|/|--)(\d{4}-\d{2}-\d{2})", value):
            return BillingPeriod(date.fromisoformat(m[1]), date.fromisoformat(m[2]))
    except ValueError:
        pass
    raise UserError(f"Ukjent periode «{text}». Skriv f.eks. 2026, 2026-H1, 2026-Q2, 2026-03 eller "
                    "2026-01-01..2026-06-30.")


def product_factor(product_period: str, run: BillingPeriod) -> tuple[int | None, str]:
    """How many of the product's periods the run covers; (None, reason) when it does not fit."""
    per = PRODUCT_MONTHS.get(product_period)
    if per is None:  # one-off: once per run period
        return 1, ""
    months = run.months
    label = PERIOD_LABELS[Period(product_period)].lower()
    if months is None:
        return None, f"{label} produkt passer bare i en periode av hele måneder"
    if months % per:
        return None, f"{label} produkt passer ikke i en periode på {months} måned{'er' if months != 1 else ''}"
    return months // per, ""


def pro_rata_price(unit_price_ore: int, months_left: int, months: int) -> int:
    """The price for part of a period: whole months, rounded half-up to the øre."""
    return int((Decimal(unit_price_ore) * months_left / months).quantize(Decimal(1), ROUND_HALF_UP))
