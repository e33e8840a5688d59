"""AvtaleGiro: the payers' agreements (from the bank's agreements file) and the claims we sent."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, UTCDateTime, utcnow


class AvtaleGiroAgreement(Base):
    """One payer's standing AvtaleGiro agreement, identified at the bank by its KID."""

    __tablename__ = "avtalegiro_agreement"

    id: Mapped[int] = mapped_column(primary_key=True)
    kid: Mapped[str] = mapped_column(String(25), unique=True)
    member_id: Mapped[int | None] = mapped_column(
        ForeignKey("member.id", ondelete="SET NULL"), index=True, nullable=True)
    #: the bank sends the payer a notice (AvtaleGiro info); if not, we must notify the payer ourselves
    notify: Mapped[bool] = mapped_column(Boolean, default=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    #: the payer's amount limit (beløpsgrense) where the payer gave one; None = no limit known
    limit_ore: Mapped[int | None] = mapped_column(Integer, nullable=True)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class AvtaleGiroClaim(Base):
    """A payment request (betalingskrav) sent to Nets for one invoice, and its cancellation if any."""

    __tablename__ = "avtalegiro_claim"

    id: Mapped[int] = mapped_column(primary_key=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoice.id", ondelete="RESTRICT"), unique=True)
    agreement_kid: Mapped[str] = mapped_column(String(25), index=True)
    amount_ore: Mapped[int] = mapped_column(Integer)
    due_date: Mapped[date] = mapped_column(Date)
    written_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    file_sha256: Mapped[str] = mapped_column(String(64), default="")
    #: "sendt" (in a claim file), "slettes" (cancellation pending), "slettet" (cancellation written),
    #: "betalt" (settled by the OCR return file)
    status: Mapped[str] = mapped_column(String(12), default="sendt")
    cancellation_sha256: Mapped[str] = mapped_column(Text, default="")
