"""Books (regnskap): the chart of accounts, product accounts, vouchers (bilag) and exported periods.

A voucher is the general-ledger record of one event (invoice, credit note, payment, refund, use of
credit, undo, write-off, reminder fee, interest). Its lines balance to the øre, carry the account
number as it was when the event happened (a later change of the chart never rewrites them), the
member on customer sub-ledger lines, and the SAF-T standard VAT code and amount. Vouchers are
numbered in their own unbroken series and are never changed or deleted: a correction is a new,
reversing voucher. ``member_id`` is a plain column (no foreign key) so that erasing personal data
never has to touch the books; the customer number is kept beside it.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, UTCDateTime, utcnow


class LedgerAccount(Base):
    """One account in the organisation's chart (prefilled from NS 4102, editable)."""

    __tablename__ = "ledger_account"

    number: Mapped[str] = mapped_column(String(10), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    #: what the program posts here (receivable, bank, vat_25 ...); at most one account per role
    role: Mapped[str | None] = mapped_column(String(40), unique=True, nullable=True)
    #: SAF-T 1.30 GroupingCategory / GroupingCode (næringsspesifikasjon)
    grouping_category: Mapped[str] = mapped_column(String(80), default="")
    grouping_code: Mapped[str] = mapped_column(String(10), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_on: Mapped[date | None] = mapped_column(Date, nullable=True)


class ProductAccount(Base):
    """Income account and SAF-T VAT code for a product (by product code); absent = the defaults."""

    __tablename__ = "product_account"

    product_code: Mapped[str] = mapped_column(String(40), primary_key=True)
    account: Mapped[str] = mapped_column(String(10))
    vat_code: Mapped[str] = mapped_column(String(4))


class Voucher(Base):
    __tablename__ = "voucher"
    __table_args__ = (
        Index("ix_voucher_voucher_date", "voucher_date"),
        Index("ix_voucher_source", "source", "source_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    #: the voucher series: 1, 2, 3 ... without gaps
    number: Mapped[int] = mapped_column(Integer, unique=True)
    voucher_date: Mapped[date] = mapped_column(Date)
    #: faktura | kreditnota | innbetaling | matching | kreditt | tilbakebetaling | angring | tap | ...
    kind: Mapped[str] = mapped_column(String(30))
    #: the document it records, as a person reads it: "Faktura 17", "Innbetaling 5"
    document_ref: Mapped[str] = mapped_column(String(100), default="")
    description: Mapped[str] = mapped_column(String(300), default="")
    #: which row it came from (invoice | payment | reminder ...) and its id, for drill-down
    source: Mapped[str] = mapped_column(String(30), default="")
    source_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    reverses_number: Mapped[int | None] = mapped_column(Integer, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    actor: Mapped[str] = mapped_column(String(100), default="")

    lines: Mapped[list[VoucherLine]] = relationship(
        back_populates="voucher", cascade="all", order_by="VoucherLine.position")


class VoucherLine(Base):
    __tablename__ = "voucher_line"
    __table_args__ = (
        Index("ix_voucher_line_account", "account"),
        Index("ix_voucher_line_member", "member_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    voucher_id: Mapped[int] = mapped_column(ForeignKey("voucher.id", ondelete="RESTRICT"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=1)
    account: Mapped[str] = mapped_column(String(10))
    #: the role the account had when posted (receivable, credit, income ...), for checks and reversals
    role: Mapped[str] = mapped_column(String(40), default="")
    #: debit positive, credit negative, øre
    amount_ore: Mapped[int] = mapped_column(Integer)
    member_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    customer_number: Mapped[int | None] = mapped_column(Integer, nullable=True)
    vat_code: Mapped[str | None] = mapped_column(String(4), nullable=True)
    #: on an income line: the VAT belonging to it (signed like the VAT line, i.e. negative on sales)
    vat_ore: Mapped[int] = mapped_column(Integer, default=0)
    description: Mapped[str] = mapped_column(String(300), default="")

    voucher: Mapped[Voucher] = relationship(back_populates="lines")


class ExportRecord(Base):
    """An exported period (SAF-T or journal): what, when, and which vouchers it held."""

    __tablename__ = "books_export"

    id: Mapped[int] = mapped_column(primary_key=True)
    format: Mapped[str] = mapped_column(String(20))
    date_from: Mapped[date] = mapped_column(Date)
    date_to: Mapped[date] = mapped_column(Date)
    first_number: Mapped[int | None] = mapped_column(Integer, nullable=True)
    last_number: Mapped[int | None] = mapped_column(Integer, nullable=True)
    count: Mapped[int] = mapped_column(Integer, default=0)
    sha256: Mapped[str] = mapped_column(String(64), default="")
    file_name: Mapped[str] = mapped_column(Text, default="")
    exported_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    actor: Mapped[str] = mapped_column(String(100), default="")
