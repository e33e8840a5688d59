"""IssuedKid: every KID the organisation has ever put on an invoice, so none is issued twice.

The primary key is the KID itself: the store refuses a second invoice with a KID that was
ever issued, whatever layout made it, and a late payment on an old KID finds exactly one
invoice. Stores that reused KIDs before this table existed keep their old duplicates (the
first invoice per KID is registered; see migration 0009_billing_periods_kid).
"""

from __future__ import annotations

from sqlalchemy import Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base


class IssuedKid(Base):
    __tablename__ = "issued_kid"

    kid: Mapped[str] = mapped_column(String(25), primary_key=True)
    #: no foreign key: the registry outlives anything (a KID stays used even if its row were lost)
    invoice_id: Mapped[int] = mapped_column(Integer, index=True)
