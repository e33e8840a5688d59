"""Consolidation (konsernregnskap): groups, companies, trial balances, mapping, rates, eliminations.

Amounts are integer øre, signed debit-positive as in SAF-T (assets and costs positive, equity,
liabilities and income negative). Rates and ownership shares are Decimal kept as text so no
float ever touches them.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text, UniqueConstraint, and_, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, UTCDateTime, utcnow

if TYPE_CHECKING:
    from .acquisition import ConsAcquisitionStep


class ConsGroup(Base):
    """A konsern: its companies, chart mapping and eliminations, for several years."""

    __tablename__ = "cons_group"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    currency: Mapped[str] = mapped_column(String(3), default="NOK")
    #: accounting rules for goodwill and the like ("nrs" = NRS 17; room for "ifrs")
    rules: Mapped[str] = mapped_column(String(10), default="nrs")
    goodwill_years: Mapped[int] = mapped_column(Integer, default=5)
    #: "proportionate" (NRS default: goodwill only for the group's share) or "full" (IFRS 3 option:
    #: the minority's goodwill too)
    goodwill_method: Mapped[str] = mapped_column(String(20), default="proportionate",
                                                 server_default="proportionate")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    #: logically deleted (hidden, restorable by an administrator); erased physically by the
    #: retention run when the policy's months have passed (see consolidation/deletion.py)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True, default=None)

    #: the companies in use: a logically deleted company is left out everywhere
    companies: Mapped[list[ConsCompany]] = relationship(
        primaryjoin=lambda: and_(ConsCompany.group_id == ConsGroup.id, ConsCompany.deleted_at.is_(None)),
        order_by="ConsCompany.id", viewonly=True)


class ConsCompany(Base):
    """A company in a group: the parent (``owner_id`` None) or a subsidiary owned by another member."""

    __tablename__ = "cons_company"
    __table_args__ = (UniqueConstraint("group_id", "orgnr", name="uq_cons_company_group_orgnr"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("cons_group.id", ondelete="CASCADE"), index=True)
    orgnr: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(200))
    currency: Mapped[str] = mapped_column(String(3), default="NOK")
    is_parent: Mapped[bool] = mapped_column(Boolean, default=False)
    #: direct owner inside the group (None for the parent)
    owner_id: Mapped[int | None] = mapped_column(
        ForeignKey("cons_company.id", ondelete="RESTRICT"), nullable=True, index=True)
    #: the direct owner's share in percent, Decimal as text ("80", "66.6667")
    owner_pct: Mapped[str] = mapped_column(String(20), default="100")
    acquired_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    #: acquisition cost in the owner's (group) currency, øre
    cost_ore: Mapped[int | None] = mapped_column(Integer, nullable=True)
    #: the subsidiary's equity at acquisition in its own currency, øre (positive)
    equity_at_acquisition_ore: Mapped[int | None] = mapped_column(Integer, nullable=True)
    #: goodwill amortisation period; None = the group's default
    goodwill_years: Mapped[int | None] = mapped_column(Integer, nullable=True)
    #: logically deleted (hidden from lists, reports and imports; restorable by an administrator)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True, default=None)

    #: later purchases of shares (step acquisitions), each with its own analysis from its date;
    #: ``owner_pct`` is the share of the first acquisition, the steps add to it
    steps: Mapped[list[ConsAcquisitionStep]] = relationship(order_by="ConsAcquisitionStep.acquired_on",
                                                            viewonly=True)


class ConsTrialBalance(Base):
    """One imported saldobalanse for a company and year; a replacement keeps the old version."""

    __tablename__ = "cons_tb"

    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("cons_company.id", ondelete="CASCADE"), index=True)
    year: Mapped[int] = mapped_column(Integer)
    version: Mapped[int] = mapped_column(Integer, default=1)
    is_current: Mapped[bool] = mapped_column(Boolean, default=True)
    source: Mapped[str] = mapped_column(String(300), default="")
    #: "saft-1.20", "saft-1.30", "csv", "xlsx"
    format: Mapped[str] = mapped_column(String(20), default="csv")
    currency: Mapped[str] = mapped_column(String(3), default="NOK")
    period_start: Mapped[date | None] = mapped_column(Date, nullable=True)
    period_end: Mapped[date | None] = mapped_column(Date, nullable=True)
    #: JSON list of Norwegian warning texts shown at import
    warnings: Mapped[str] = mapped_column(Text, default="[]")
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    actor: Mapped[str] = mapped_column(String(100), default="")

    lines: Mapped[list[ConsTbLine]] = relationship(
        back_populates="tb", cascade="all, delete-orphan", order_by="ConsTbLine.account")


class ConsTbLine(Base):
    __tablename__ = "cons_tb_line"

    id: Mapped[int] = mapped_column(primary_key=True)
    tb_id: Mapped[int] = mapped_column(ForeignKey("cons_tb.id", ondelete="CASCADE"), index=True)
    account: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(200), default="")
    grouping_category: Mapped[str] = mapped_column(String(100), default="")
    grouping_code: Mapped[str] = mapped_column(String(40), default="")
    standard_account: Mapped[str] = mapped_column(String(40), default="")
    #: counterparty orgnr from the file (a CSV "motpart" column), if any
    counterparty: Mapped[str] = mapped_column(String(20), default="")
    opening_ore: Mapped[int] = mapped_column(Integer, default=0)
    closing_ore: Mapped[int] = mapped_column(Integer, default=0)
    #: sum of the GL entries' debit - credit (SAF-T), None when the file has none
    movement_ore: Mapped[int | None] = mapped_column(Integer, nullable=True)

    tb: Mapped[ConsTrialBalance] = relationship(back_populates="lines")


class ConsMapping(Base):
    """A company account -> group account; confirmed mappings are reused every year."""

    __tablename__ = "cons_mapping"
    __table_args__ = (UniqueConstraint("company_id", "account", name="uq_cons_mapping_company_account"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("cons_company.id", ondelete="CASCADE"), index=True)
    account: Mapped[str] = mapped_column(String(40))
    group_account: Mapped[str] = mapped_column(String(10))
    confirmed: Mapped[bool] = mapped_column(Boolean, default=False)
    #: where the proposal came from: "grouping", "standard", "number", "user"
    source: Mapped[str] = mapped_column(String(20), default="number")
    #: intercompany counterparty (another company of the group)
    counterparty_id: Mapped[int | None] = mapped_column(
        ForeignKey("cons_company.id", ondelete="SET NULL"), nullable=True)


class ConsRate(Base):
    """Exchange rates for one currency and year: NOK per unit (Decimal text)."""

    __tablename__ = "cons_rate"
    __table_args__ = (UniqueConstraint("group_id", "currency", "year", name="uq_cons_rate_group_currency_year"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("cons_group.id", ondelete="CASCADE"), index=True)
    currency: Mapped[str] = mapped_column(String(3))
    year: Mapped[int] = mapped_column(Integer)
    closing: Mapped[str] = mapped_column(String(30))
    average: Mapped[str] = mapped_column(String(30))
    #: rate for equity (at acquisition); empty = use the closing rate of the acquisition year
    historical: Mapped[str] = mapped_column(String(30), default="")


class ConsElimination(Base):
    """An elimination entry: balanced lines on group accounts, proposed or accepted."""

    __tablename__ = "cons_elim"

    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("cons_group.id", ondelete="CASCADE"), index=True)
    year: Mapped[int] = mapped_column(Integer)
    #: "receivable_payable", "revenue_cost", "interest", "dividend", "investment", "goodwill",
    #: "internal_profit", "manual"
    kind: Mapped[str] = mapped_column(String(30))
    description: Mapped[str] = mapped_column(String(300))
    #: "proposed" or "accepted"; only accepted entries count in the statements
    status: Mapped[str] = mapped_column(String(20), default="proposed")
    auto: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    #: a manual entry that lasts: counts from ``year`` onwards (its result lines against the opening
    #: equity in later years); False = that year only
    permanent: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    #: the intercompany kind a manual entry eliminates ("receivable_payable", "revenue_cost",
    #: "interest", "dividend"), so the reconciliation counts it; "" = none
    eliminates: Mapped[str] = mapped_column(String(30), default="", server_default="")
    #: the subsidiary a manual entry belongs to: its minority takes its share of it
    belongs_to_id: Mapped[int | None] = mapped_column(
        ForeignKey("cons_company.id", ondelete="SET NULL"), nullable=True)

    lines: Mapped[list[ConsEliminationLine]] = relationship(
        back_populates="elimination", cascade="all, delete-orphan", order_by="ConsEliminationLine.id")


class ConsEliminationLine(Base):
    __tablename__ = "cons_elim_line"

    id: Mapped[int] = mapped_column(primary_key=True)
    elimination_id: Mapped[int] = mapped_column(ForeignKey("cons_elim.id", ondelete="CASCADE"), index=True)
    #: the company whose figures the line corrects (None for group-level lines such as goodwill)
    company_id: Mapped[int | None] = mapped_column(
        ForeignKey("cons_company.id", ondelete="CASCADE"), nullable=True)
    group_account: Mapped[str] = mapped_column(String(10))
    #: debit positive, in the group currency
    amount_ore: Mapped[int] = mapped_column(Integer)

    elimination: Mapped[ConsElimination] = relationship(back_populates="lines")
