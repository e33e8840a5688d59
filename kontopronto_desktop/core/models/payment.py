"""Payments (innbetalinger) read from bank files, and how they are allocated to invoices.

A ``Payment`` is one bank transaction, identified by ``external_ref`` (the transaction's own
reference in the bank's file), so a re-import or an overlapping file books nothing twice. An
``Allocation`` books part or all of a payment against one invoice; the invoice's ``paid_ore``
is always the sum of its allocations. What is left of a payment that has a ``member_id`` is a
credit on that member's account (negative open item) until it is applied or refunded.
Amounts are integer øre.
"""

from __future__ import annotations

import enum
from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, UTCDateTime, utcnow


class PaymentStatus(enum.StrEnum):
    UNMATCHED = "umatchet"  # in the queue: no invoice, no member
    BOOKED = "bokført"  # fully allocated to invoices (and/or refunded)
    CREDIT = "på_konto"  # something left on the member's account


PAYMENT_STATUS_LABELS = {
    PaymentStatus.UNMATCHED: "Ikke matchet",
    PaymentStatus.BOOKED: "Bokført",
    PaymentStatus.CREDIT: "På konto",
}


class BankFile(Base):
    """One imported bank file; its SHA-256 makes a second import of the same file a no-op."""

    __tablename__ = "bank_file"

    id: Mapped[int] = mapped_column(primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    file_name: Mapped[str] = mapped_column(String(260))
    format: Mapped[str] = mapped_column(String(10))  # ocr | camt053 | camt054 | csv
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    actor: Mapped[str] = mapped_column(String(100), default="")
    count: Mapped[int] = mapped_column(Integer, default=0)
    total_ore: Mapped[int] = mapped_column(Integer, default=0)
    duplicates: Mapped[int] = mapped_column(Integer, default=0)


class Payment(Base):
    __tablename__ = "payment"
    __table_args__ = (
        Index("ix_payment_status", "status"),
        Index("ix_payment_kid", "kid"),
        Index("ix_payment_booked_on", "booked_on"),
        Index("ix_payment_amount_ore", "amount_ore"),  # the one search (0019_search_amounts)
        Index("ix_payment_archive_ref", "archive_ref"),
        Index("ix_payment_status_booked_on", "status", "booked_on"),  # the Innbetalinger list (0020_payment_list)
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    bank_file_id: Mapped[int | None] = mapped_column(
        ForeignKey("bank_file.id", ondelete="RESTRICT"), index=True, nullable=True)
    #: the transaction's identity across files (format, account, bank reference ...)
    external_ref: Mapped[str] = mapped_column(String(200), unique=True)
    source: Mapped[str] = mapped_column(String(10))
    booked_on: Mapped[date] = mapped_column(Date)
    amount_ore: Mapped[int] = mapped_column(Integer)
    kid: Mapped[str] = mapped_column(String(25), default="")
    archive_ref: Mapped[str] = mapped_column(String(60), default="")
    payer_name: Mapped[str] = mapped_column(String(200), default="")
    payer_account: Mapped[str] = mapped_column(String(40), default="")
    #: free text from the payer (unstructured remittance); erased on request, accounting does not need it
    text: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default=PaymentStatus.UNMATCHED.value)
    #: whose account the payment belongs to once matched or placed as credit
    member_id: Mapped[int | None] = mapped_column(
        ForeignKey("member.id", ondelete="RESTRICT"), index=True, nullable=True)
    allocated_ore: Mapped[int] = mapped_column(Integer, default=0)
    refunded_ore: Mapped[int] = mapped_column(Integer, default=0)
    refunded_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    allocations: Mapped[list[Allocation]] = relationship(
        back_populates="payment", cascade="all, delete-orphan", order_by="Allocation.id")

    @property
    def unallocated_ore(self) -> int:
        """What is neither booked against an invoice nor refunded (the member's credit)."""
        return self.amount_ore - self.allocated_ore - self.refunded_ore


class Allocation(Base):
    """Part of a payment booked against an invoice (KID match, suggestion, manual, split, credit)."""

    __tablename__ = "payment_allocation"

    id: Mapped[int] = mapped_column(primary_key=True)
    payment_id: Mapped[int] = mapped_column(ForeignKey("payment.id", ondelete="CASCADE"), index=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoice.id", ondelete="RESTRICT"), index=True)
    amount_ore: Mapped[int] = mapped_column(Integer)
    method: Mapped[str] = mapped_column(String(20))  # kid | forslag | manuell | deling | kreditt
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    actor: Mapped[str] = mapped_column(String(100), default="")

    payment: Mapped[Payment] = relationship(back_populates="allocations")
