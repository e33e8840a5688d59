"""How an issued document left: a file written for a channel (EHF, AvtaleGiro) and its upload."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, UTCDateTime, utcnow


class InvoiceDelivery(Base):
    """One document sent through one channel; ``uploaded_at`` only when the SFTP server accepted it."""

    __tablename__ = "invoice_delivery"
    __table_args__ = (Index("ix_invoice_delivery_invoice", "invoice_id", "channel"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoice.id", ondelete="RESTRICT"))
    #: "ehf" | "avtalegiro"
    channel: Mapped[str] = mapped_column(String(12))
    file_name: Mapped[str] = mapped_column(String(260))
    sha256: Mapped[str] = mapped_column(String(64))
    written_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    uploaded_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    error: Mapped[str] = mapped_column(Text, default="")
