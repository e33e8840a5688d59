"""Exchange rates and the translation of a foreign subsidiary into the group currency.

Balance sheet accounts at the closing rate, income statement (and allocation) accounts at the
year's average rate, equity at the historical rate; what is left over is the translation
difference, posted on the company's own line 2060 (omregningsdifferanser). Rates are NOK (group
currency) per unit, Decimal, entered per currency and year or read from a Norges Bank CSV.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import access, audit
from ..errors import UserError, ValidationError
from ..models.consolidation import ConsGroup, ConsRate
from . import chart

TRANSLATION_ACCOUNT = "2060"


@dataclass(frozen=True)
class Rates:
    currency: str
    year: int
    closing: Decimal
    average: Decimal
    historical: Decimal | None

    def to_json(self) -> dict[str, Any]:
        return {"currency": self.currency, "year": self.year, "closing": str(self.closing),
                "average": str(self.average), "historical": str(self.historical) if self.historical else None}


def parse_rate(text: str | Decimal, field: str = "kurs") -> Decimal:
    try:
        value = Decimal(str(text).replace(",", ".").strip())
    except InvalidOperation:
        raise ValidationError({field: f"«{text}» er ikke en kurs"}) from None
    if not value.is_finite() or value <= 0:
        raise ValidationError({field: "kursen må være større enn null"})
    return value


def set_rates(session: Session, group: ConsGroup, currency: str, year: int, closing: str | Decimal,
              average: str | Decimal, historical: str | Decimal | None = None) -> None:
    access.require(session, "group")
    currency = currency.strip().upper()
    if len(currency) != 3:
        raise ValidationError({"valuta": "tre bokstaver, f.eks. SEK"})
    close, avg = parse_rate(closing, "sluttkurs"), parse_rate(average, "gjennomsnittskurs")
    hist = parse_rate(historical, "historisk kurs") if historical not in (None, "") else None
    row = session.scalar(select(ConsRate).where(ConsRate.group_id == group.id, ConsRate.currency == currency,
                                                ConsRate.year == year))
    old = {"sluttkurs": row.closing, "snittkurs": row.average, "historisk": row.historical} if row else {}
    if row is None:
        row = ConsRate(group_id=group.id, currency=currency, year=year, closing="", average="", historical="")
        session.add(row)
    row.closing, row.average = str(close), str(avg)
    if hist is not None:
        row.historical = str(hist)
    session.flush()
    audit.record(session, "konsern.valutakurs", "cons_rate", row.id, audit.diff(
        old, {"sluttkurs": row.closing, "snittkurs": row.average, "historisk": row.historical}))


def list_rates(session: Session, group: ConsGroup) -> list[Rates]:
    return [_to_rates(r) for r in session.scalars(
        select(ConsRate).where(ConsRate.group_id == group.id).order_by(ConsRate.currency, ConsRate.year))]


def _to_rates(row: ConsRate) -> Rates:
    return Rates(row.currency, row.year, Decimal(row.closing), Decimal(row.average),
                 Decimal(row.historical) if row.historical else None)


def get_rates(session: Session, group: ConsGroup, currency: str, year: int) -> Rates:
    row = session.scalar(select(ConsRate).where(ConsRate.group_id == group.id, ConsRate.currency == currency,
                                                ConsRate.year == year))
    if row is None:
        raise UserError(f"Mangler valutakurser for {currency} {year}: legg inn sluttkurs og gjennomsnittskurs "
                        f"(«group rates set {currency} --period {year} …» eller siden Konsern → Valutakurser).")
    rates = _to_rates(row)
    if rates.historical is None:
        # the latest historical rate entered for an earlier year, else the closing rate
        earlier = session.scalar(select(ConsRate).where(
            ConsRate.group_id == group.id, ConsRate.currency == currency, ConsRate.year < year,
            ConsRate.historical != "").order_by(ConsRate.year.desc()))
        hist = Decimal(earlier.historical) if earlier is not None else None
        rates = Rates(rates.currency, rates.year, rates.closing, rates.average, hist)
    return rates


def rate_for(group_account: str, rates: Rates) -> Decimal:
    if chart.is_result_account(group_account):
        return rates.average
    if group_account in chart.equity_accounts():
        return rates.historical if rates.historical is not None else rates.closing
    return rates.closing


def convert(amount_ore: int, rate: Decimal) -> int:
    """Øre in the foreign currency -> øre in the group currency, half-up once per account."""
    return int((Decimal(amount_ore) * rate).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def read_norges_bank_csv(path: Path, currency: str, year: int) -> tuple[Decimal, Decimal]:
    """(closing, average) for ``currency`` in ``year`` from Norges Bank's exchange-rate CSV.

    The file is Norges Bank's SDMX-CSV download (data.norges-bank.no, EXR, daily or monthly):
    semicolon or comma separated with columns BASE_CUR, TIME_PERIOD, OBS_VALUE and UNIT_MULT
    (2 = per 100 units). Closing = the last observation of the year, average = the mean.
    """
    text = Path(path).read_bytes().decode("utf-8-sig", errors="replace")
    first = text.splitlines()[0] if text else ""
    delimiter = ";" if first.count(";") >= first.count(",") else ","
    reader = csv.DictReader(io.StringIO(text), delimiter=delimiter)
    values: list[tuple[str, Decimal]] = []
    for row in reader:
        if (row.get("BASE_CUR") or "").strip().upper() != currency.upper():
            continue
        period = (row.get("TIME_PERIOD") or "").strip()
        if not period.startswith(str(year)):
            continue
        raw = (row.get("OBS_VALUE") or "").strip().replace(",", ".")
        if not raw:
            continue
        try:
            value = Decimal(raw)
        except InvalidOperation:
            continue
        mult = int((row.get("UNIT_MULT") or "0").strip() or 0)
        values.append((period, value / (Decimal(10) ** mult)))
    if not values:
        raise UserError(f"Fant ingen kurser for {currency} i {year} i {Path(path).name}.")
    values.sort()
    closing = values[-1][1]
    average = (sum((v for _, v in values), Decimal(0)) / len(values)).quantize(Decimal("0.000001"),
                                                                               rounding=ROUND_HALF_UP)
    return closing, average


def import_norges_bank(session: Session, group: ConsGroup, path: Path, currency: str, year: int) -> Rates:
    closing, average = read_norges_bank_csv(path, currency, year)
    set_rates(session, group, currency, year, closing, average)
    return get_rates(session, group, currency.upper(), year)
