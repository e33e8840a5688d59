"""Per-counterparty amounts of an imported trial balance's accounts (from SAF-T voucher lines)."""

from __future__ import annotations

from sqlalchemy import ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base


class ConsTbParty(Base):
    """The part of one account's balance traded with one counterparty (customer/supplier orgnr)."""

    __tablename__ = "cons_tb_party"

    id: Mapped[int] = mapped_column(primary_key=True)
    tb_id: Mapped[int] = mapped_column(ForeignKey("cons_tb.id", ondelete="CASCADE"), index=True)
    account: Mapped[str] = mapped_column(String(40))
    #: organisation number, digits only
    counterparty: Mapped[str] = mapped_column(String(20))
    #: debit-positive, in the company's own currency
    amount_ore: Mapped[int] = mapped_column(Integer)
