"""Organisation (foretak): the one organisation a store belongs to."""

from __future__ import annotations

from sqlalchemy import Boolean, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base


class Organisation(Base):
    __tablename__ = "organisation"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    orgnr: Mapped[str] = mapped_column(String(9))
    mva_registered: Mapped[bool] = mapped_column(Boolean, default=False)
    account_number: Mapped[str] = mapped_column(String(11))
    street: Mapped[str] = mapped_column(String(200), default="")
    postcode: Mapped[str] = mapped_column(String(10), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    country: Mapped[str] = mapped_column(String(2), default="NO")
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    #: JSON text; invoice settings (due days, KID scheme, ...) filled in by the invoicing module.
    invoice_settings: Mapped[str] = mapped_column(Text, default="{}")
