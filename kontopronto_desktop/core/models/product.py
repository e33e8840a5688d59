"""Product (standardprodukt): what members are invoiced for."""

from __future__ import annotations

import enum

from sqlalchemy import Boolean, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base


class VatRate(enum.StrEnum):
    """Norwegian VAT rates. EXEMPT is outside the VAT act (e.g. membership fees)."""

    STANDARD = "25"
    FOOD = "15"
    LOW = "12"
    ZERO = "0"
    EXEMPT = "exempt"

    @property
    def percent(self) -> int:
        return 0 if self is VatRate.EXEMPT else int(self.value)


VAT_LABELS = {
    VatRate.STANDARD: "25 %",
    VatRate.FOOD: "15 %",
    VatRate.LOW: "12 %",
    VatRate.ZERO: "0 %",
    VatRate.EXEMPT: "Unntatt",
}


class Period(enum.StrEnum):
    ONE_OFF = "one_off"
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    YEARLY = "yearly"


PERIOD_LABELS = {
    Period.ONE_OFF: "Engangs",
    Period.MONTHLY: "Månedlig",
    Period.QUARTERLY: "Kvartalsvis",
    Period.YEARLY: "Årlig",
}


class Product(Base):
    __tablename__ = "product"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    price_ore: Mapped[int] = mapped_column(Integer)
    vat_rate: Mapped[str] = mapped_column(String(10), default=VatRate.EXEMPT.value)
    period: Mapped[str] = mapped_column(String(20), default=Period.YEARLY.value)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
