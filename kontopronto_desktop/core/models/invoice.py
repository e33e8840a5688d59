"""Invoice (faktura), credit note (kreditnota), their lines, batch runs and the number series.

Amounts are integer øre. Credit notes are rows of kind "kreditnota" with negative amounts and a
reference to the invoice they correct. ``paid_ore`` and ``credited_ore`` are kept on the invoice
so the payments module can set payment states without recomputing history.
"""

from __future__ import annotations

import enum
from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, UTCDateTime, utcnow


class InvoiceStatus(enum.StrEnum):
    DRAFT = "utkast"
    SENT = "sendt"  # issued: numbered, read-only from now on
    PARTLY_PAID = "delvis_betalt"
    PAID = "betalt"
    OVERDUE = "forfalt"  # shown when due and unpaid; the payments module may also store it
    CREDITED = "kreditert"
    WRITTEN_OFF = "avskrevet"  # nothing left to pay: the rest was written off as a loss (tap på fordring)


STATUS_LABELS = {
    InvoiceStatus.DRAFT: "Utkast",
    InvoiceStatus.SENT: "Sendt",
    InvoiceStatus.PARTLY_PAID: "Delvis betalt",
    InvoiceStatus.PAID: "Betalt",
    InvoiceStatus.OVERDUE: "Forfalt",
    InvoiceStatus.CREDITED: "Kreditert",
    InvoiceStatus.WRITTEN_OFF: "Avskrevet",
}


class InvoiceKind(enum.StrEnum):
    INVOICE = "faktura"
    CREDIT_NOTE = "kreditnota"


class InvoiceSeries(Base):
    """The one unbroken number series: ``next_number`` is bumped in the issuing transaction."""

    __tablename__ = "invoice_series"

    id: Mapped[int] = mapped_column(primary_key=True)
    next_number: Mapped[int] = mapped_column(Integer, default=1)


class InvoiceBatch(Base):
    """A fakturakjøring: which invoices were issued together, with what filter."""

    __tablename__ = "invoice_batch"

    id: Mapped[int] = mapped_column(primary_key=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    actor: Mapped[str] = mapped_column(String(100), default="")
    invoice_date: Mapped[date] = mapped_column(Date)
    due_date: Mapped[date] = mapped_column(Date)
    #: JSON of the filter used (product code, payment method ...)
    filter: Mapped[str] = mapped_column(Text, default="{}")
    count: Mapped[int] = mapped_column(Integer, default=0)
    total_ore: Mapped[int] = mapped_column(Integer, default=0)
    first_number: Mapped[int | None] = mapped_column(Integer, nullable=True)
    last_number: Mapped[int | None] = mapped_column(Integer, nullable=True)
    #: the billing period of the run (None for runs before 0009_billing_periods_kid)
    period_start: Mapped[date | None] = mapped_column(Date, nullable=True)
    period_end: Mapped[date | None] = mapped_column(Date, nullable=True)


class Invoice(Base):
    __tablename__ = "invoice"
    __table_args__ = (
        Index("ix_invoice_status", "status"),
        Index("ix_invoice_kid", "kid"),
        Index("ix_invoice_invoice_date", "invoice_date"),
        Index("ix_invoice_total_ore", "total_ore"),  # the one search by amount (0019_search_amounts)
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    #: None for drafts; unique and gapless once issued
    number: Mapped[int | None] = mapped_column(Integer, unique=True, nullable=True)
    kind: Mapped[str] = mapped_column(String(20), default=InvoiceKind.INVOICE.value)
    status: Mapped[str] = mapped_column(String(20), default=InvoiceStatus.DRAFT.value)
    member_id: Mapped[int | None] = mapped_column(
        ForeignKey("member.id", ondelete="RESTRICT"), index=True, nullable=True)
    customer_number: Mapped[int] = mapped_column(Integer, index=True)
    # buyer snapshot as at invoicing
    buyer_name: Mapped[str] = mapped_column(String(200))
    buyer_orgnr: Mapped[str] = mapped_column(String(9), default="")
    buyer_street: Mapped[str] = mapped_column(String(200), default="")
    buyer_postcode: Mapped[str] = mapped_column(String(10), default="")
    buyer_city: Mapped[str] = mapped_column(String(100), default="")
    buyer_country: Mapped[str] = mapped_column(String(2), default="NO")
    buyer_email: Mapped[str] = mapped_column(String(200), default="")
    invoice_date: Mapped[date] = mapped_column(Date)
    delivery_date: Mapped[date] = mapped_column(Date)
    due_date: Mapped[date] = mapped_column(Date)
    kid: Mapped[str] = mapped_column(String(25), default="")
    net_ore: Mapped[int] = mapped_column(Integer, default=0)
    vat_ore: Mapped[int] = mapped_column(Integer, default=0)
    total_ore: Mapped[int] = mapped_column(Integer, default=0)
    #: set by the payments module; remaining = total - paid - credited
    paid_ore: Mapped[int] = mapped_column(Integer, default=0)
    #: sum of credit notes against this invoice (positive øre)
    credited_ore: Mapped[int] = mapped_column(Integer, default=0)
    #: written off as a loss less recovered later (core/invoicing/writeoff.py); not a credit note
    written_off_ore: Mapped[int] = mapped_column(Integer, default=0)
    credits_invoice_id: Mapped[int | None] = mapped_column(
        ForeignKey("invoice.id", ondelete="RESTRICT"), index=True, nullable=True)
    reason: Mapped[str] = mapped_column(Text, default="")
    batch_id: Mapped[int | None] = mapped_column(
        ForeignKey("invoice_batch.id", ondelete="RESTRICT"), index=True, nullable=True)
    needs_print: Mapped[bool] = mapped_column(Boolean, default=False)
    email_sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    email_error: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    issued_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)

    lines: Mapped[list[InvoiceLine]] = relationship(
        back_populates="invoice", cascade="all, delete-orphan", order_by="InvoiceLine.position")

    @property
    def remaining_ore(self) -> int:
        if self.kind == InvoiceKind.CREDIT_NOTE.value:
            return 0
        return self.total_ore - self.paid_ore - self.credited_ore - self.written_off_ore


class InvoiceLine(Base):
    __tablename__ = "invoice_line"

    id: Mapped[int] = mapped_column(primary_key=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoice.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=1)
    product_code: Mapped[str] = mapped_column(String(40), default="")
    description: Mapped[str] = mapped_column(String(300))
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    unit_price_ore: Mapped[int] = mapped_column(Integer)
    vat_rate: Mapped[str] = mapped_column(String(10))
    net_ore: Mapped[int] = mapped_column(Integer)
    vat_ore: Mapped[int] = mapped_column(Integer)
    gross_ore: Mapped[int] = mapped_column(Integer)
    #: delivery/billing period of the line (§ 5-1-1 nr. 5), printed with the description; None = the
    #: invoice's delivery date applies (migration 0008_invoice_line_period)
    period_start: Mapped[date | None] = mapped_column(Date, nullable=True)
    period_end: Mapped[date | None] = mapped_column(Date, nullable=True)
    #: the member the line is for when it is not the invoice's member (a family invoice); no FK so a
    #: child's erasure does not touch the payer's issued invoice (migration 0009_billing_periods_kid)
    member_id: Mapped[int | None] = mapped_column(Integer, nullable=True, index=True)
    #: on a credit-note line: the invoice line it credits (VAT follows that line's rate; 0008_credit_line_ref)
    credits_line_id: Mapped[int | None] = mapped_column(Integer, nullable=True)

    invoice: Mapped[Invoice] = relationship(back_populates="lines")
