"""Line arithmetic: net = quantity x unit price, VAT rounded once half-up per line."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from ..models.product import VatRate


def vat_percent(rate: str) -> int:
    return VatRate(rate).percent


def line_vat(net_ore: int, rate: str) -> int:
    """VAT of one line in øre, rounded half-up (away from zero for credit lines)."""
    value = Decimal(net_ore) * vat_percent(rate) / 100
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


@dataclass(frozen=True)
class LineAmounts:
    product_code: str
    description: str
    quantity: int
    unit_price_ore: int
    vat_rate: str
    net_ore: int
    vat_ore: int
    gross_ore: int
    #: billing/delivery period of the line, stored on invoice_line and printed with the description
    period_start: date | None = None
    period_end: date | None = None


def compute_line(product_code: str, description: str, quantity: int, unit_price_ore: int,
                 vat_rate: str) -> LineAmounts:
    net = int(quantity) * int(unit_price_ore)
    vat = line_vat(net, vat_rate)
    return LineAmounts(product_code, description, int(quantity), int(unit_price_ore), VatRate(vat_rate).value,
                       net, vat, net + vat)


def vat_totals(lines: list[LineAmounts]) -> dict[str, tuple[int, int]]:
    """Per VAT rate: (net, vat) — what § 5-1-1 asks to show."""
    totals: dict[str, tuple[int, int]] = {}
    for line in lines:
        net, vat = totals.get(line.vat_rate, (0, 0))
        totals[line.vat_rate] = (net + line.net_ore, vat + line.vat_ore)
    return dict(sorted(totals.items(), key=lambda kv: -vat_percent(kv[0])))
