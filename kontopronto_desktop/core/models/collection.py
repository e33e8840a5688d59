"""Collection (purring, inkassovarsel, hand-over): dated rates, reminders, costs and holds.

Fees, interest and standard compensation are separate claims (``CollectionCharge``) tied to the
invoice they follow; the invoice itself never changes. A payment on such an invoice covers the
charges first (``ChargePayment``), then the invoice, so ``Payment.allocated_ore`` is the sum of its
invoice allocations and its charge payments. Amounts are integer øre; rates are Decimal text.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, UTCDateTime, utcnow


class CollectionRate(Base):
    """One dated rate: inkassosats (kr), forsinkelsesrente (% a year, per half-year) or
    standardkompensasjon (forsinkelsesrenteloven § 3a, kr per half-year). Stores from before
    0016_standardkompensasjon may hold unused kompensasjon_eur / eurkurs rows."""

    __tablename__ = "collection_rate"
    __table_args__ = (Index("ix_collection_rate_kind_from", "kind", "valid_from"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(30))
    valid_from: Mapped[date] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date, nullable=True)
    #: Decimal as text ("700.00", "12.50")
    value: Mapped[str] = mapped_column(String(30))
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    actor: Mapped[str] = mapped_column(String(100), default="")


class Reminder(Base):
    """One reminder letter (purring or inkassovarsel) to one member, in its own number series."""

    __tablename__ = "reminder"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[int] = mapped_column(Integer, unique=True)
    stage: Mapped[str] = mapped_column(String(20))  # purring | inkassovarsel
    member_id: Mapped[int | None] = mapped_column(ForeignKey("member.id", ondelete="RESTRICT"), index=True,
                                                  nullable=True)
    customer_number: Mapped[int] = mapped_column(Integer, index=True)
    buyer_name: Mapped[str] = mapped_column(String(200))
    buyer_street: Mapped[str] = mapped_column(String(200), default="")
    buyer_postcode: Mapped[str] = mapped_column(String(10), default="")
    buyer_city: Mapped[str] = mapped_column(String(100), default="")
    buyer_email: Mapped[str] = mapped_column(String(200), default="")
    issued_on: Mapped[date] = mapped_column(Date, index=True)
    deadline: Mapped[date] = mapped_column(Date)
    #: the KID printed on the giro: the claim's own KID (first claim when several)
    kid: Mapped[str] = mapped_column(String(25), default="")
    principal_ore: Mapped[int] = mapped_column(Integer, default=0)
    fee_ore: Mapped[int] = mapped_column(Integer, default=0)
    interest_ore: Mapped[int] = mapped_column(Integer, default=0)
    compensation_ore: Mapped[int] = mapped_column(Integer, default=0)
    total_ore: Mapped[int] = mapped_column(Integer, default=0)
    needs_print: Mapped[bool] = mapped_column(Boolean, default=False)
    email_sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    email_error: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    actor: Mapped[str] = mapped_column(String(100), default="")

    items: Mapped[list[ReminderItem]] = relationship(
        back_populates="reminder", cascade="all, delete-orphan", order_by="ReminderItem.id")


class ReminderItem(Base):
    """One claim (invoice) covered by a reminder, and which reminder of that claim it is."""

    __tablename__ = "reminder_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    reminder_id: Mapped[int] = mapped_column(ForeignKey("reminder.id", ondelete="CASCADE"), index=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoice.id", ondelete="RESTRICT"), index=True)
    #: 1 = first reminder of this claim, 2 = second ...
    sequence: Mapped[int] = mapped_column(Integer)
    #: this reminder charged a fee that counts against this claim's two
    fee_counted: Mapped[bool] = mapped_column(Boolean, default=False)
    principal_ore: Mapped[int] = mapped_column(Integer, default=0)

    reminder: Mapped[Reminder] = relationship(back_populates="items")


class CollectionCharge(Base):
    """A cost or interest claim following an invoice: gebyr, rente or kompensasjon."""

    __tablename__ = "collection_charge"

    id: Mapped[int] = mapped_column(primary_key=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoice.id", ondelete="RESTRICT"), index=True)
    reminder_id: Mapped[int | None] = mapped_column(ForeignKey("reminder.id", ondelete="RESTRICT"), index=True,
                                                    nullable=True)
    kind: Mapped[str] = mapped_column(String(20))  # gebyr | rente | kompensasjon
    charged_on: Mapped[date] = mapped_column(Date)
    #: for interest: the days covered, inclusive
    period_from: Mapped[date | None] = mapped_column(Date, nullable=True)
    period_to: Mapped[date | None] = mapped_column(Date, nullable=True)
    amount_ore: Mapped[int] = mapped_column(Integer)
    paid_ore: Mapped[int] = mapped_column(Integer, default=0)


class ChargePayment(Base):
    """Part of a payment that covered a charge (costs first, then interest, then principal)."""

    __tablename__ = "collection_charge_payment"

    id: Mapped[int] = mapped_column(primary_key=True)
    payment_id: Mapped[int] = mapped_column(ForeignKey("payment.id", ondelete="CASCADE"), index=True)
    charge_id: Mapped[int] = mapped_column(ForeignKey("collection_charge.id", ondelete="RESTRICT"), index=True)
    amount_ore: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class CollectionHold(Base):
    """A claim (or all of a member's claims) kept out of reminder runs until a date."""

    __tablename__ = "collection_hold"

    id: Mapped[int] = mapped_column(primary_key=True)
    invoice_id: Mapped[int | None] = mapped_column(ForeignKey("invoice.id", ondelete="RESTRICT"), index=True,
                                                   nullable=True)
    member_id: Mapped[int | None] = mapped_column(ForeignKey("member.id", ondelete="RESTRICT"), index=True,
                                                  nullable=True)
    until: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    actor: Mapped[str] = mapped_column(String(100), default="")
    released_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class Handover(Base):
    """A claim handed over to a collection agency: frozen for reminders, payments still match."""

    __tablename__ = "collection_handover"

    id: Mapped[int] = mapped_column(primary_key=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoice.id", ondelete="RESTRICT"), unique=True)
    handed_over_on: Mapped[date] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    actor: Mapped[str] = mapped_column(String(100), default="")
