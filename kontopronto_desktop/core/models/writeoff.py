"""InvoiceWriteOff: a receivable written off as a loss (tap på fordring), or a later recovery.

Not a credit note: the invoice stays exactly as issued; the receivable is reduced by the
write-off. A payment that arrives later on a written-off invoice is a recovery (inngått
tidligere avskrevet fordring): a row with a negative amount that points at the payment.
``Invoice.written_off_ore`` is the sum of an invoice's rows.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, UTCDateTime, utcnow

WRITE_OFF = "avskrivning"
RECOVERY = "gjenvinning"


class InvoiceWriteOff(Base):
    __tablename__ = "invoice_writeoff"

    id: Mapped[int] = mapped_column(primary_key=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoice.id", ondelete="RESTRICT"), index=True)
    #: "avskrivning" (positive amount), "gjenvinning" (negative, with payment_id; positive when a recovery
    #: match is undone) or "tilbakeført" (negative: a write-off taken back)
    kind: Mapped[str] = mapped_column(String(20), default=WRITE_OFF)
    amount_ore: Mapped[int] = mapped_column(Integer)
    on: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text, default="")
    payment_id: Mapped[int | None] = mapped_column(ForeignKey("payment.id", ondelete="RESTRICT"), nullable=True,
                                                   index=True)
    actor: Mapped[str] = mapped_column(String(100), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
