"""The acquisition analysis (oppkjøpsanalyse) of a subsidiary: its excess values (merverdier).

Each excess value is an asset or liability of the subsidiary valued above (or below) its book
value at the acquisition, recognised at 100 % in the group with deferred tax, and depreciated
over its useful life (none for land). Amounts in the subsidiary's own currency, øre; the tax
rate is Decimal percent kept as text.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base


class ConsExcessValue(Base):
    __tablename__ = "cons_excess_value"

    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("cons_company.id", ondelete="CASCADE"), index=True)
    #: the group account the excess value sits on (1100 buildings and land, 1200 machines, 2100 …)
    group_account: Mapped[str] = mapped_column(String(10))
    description: Mapped[str] = mapped_column(String(200), default="")
    #: debit-positive in the subsidiary's currency (an asset's excess value is positive)
    amount_ore: Mapped[int] = mapped_column(Integer)
    #: None = not depreciated (land)
    useful_life_years: Mapped[int | None] = mapped_column(Integer, nullable=True)
    #: deferred-tax rate in percent, Decimal text ("22")
    tax_rate: Mapped[str] = mapped_column(String(20), default="22")
    #: None = the first analysis (the company's acquisition); else the step acquisition it belongs to
    step_id: Mapped[int | None] = mapped_column(
        ForeignKey("cons_acquisition_step.id", ondelete="CASCADE"), nullable=True, index=True)


class ConsAcquisitionStep(Base):
    """A later purchase of shares in a subsidiary already controlled: a new analysis from its date
    for the share bought (its cost, the subsidiary's book equity then, its own excess values)."""

    __tablename__ = "cons_acquisition_step"

    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("cons_company.id", ondelete="CASCADE"), index=True)
    acquired_on: Mapped[date] = mapped_column(Date)
    #: the share bought, percent as Decimal text ("20")
    added_pct: Mapped[str] = mapped_column(String(20))
    #: in the group currency, øre
    cost_ore: Mapped[int] = mapped_column(Integer)
    #: the subsidiary's book equity at the step, in its own currency, øre
    equity_ore: Mapped[int] = mapped_column(Integer)
    goodwill_years: Mapped[int | None] = mapped_column(Integer, nullable=True)
    #: a foreign subsidiary: the group currency per unit of its currency on the step's date, Decimal
    #: text (the step's analysis is translated at it, as the first one is at the historical rate)
    rate: Mapped[str | None] = mapped_column(String(30), nullable=True)
