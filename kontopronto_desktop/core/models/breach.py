"""BreachIncident: the controller's own record of personal data breaches (GDPR art. 33(5))."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, UTCDateTime, utcnow


class BreachIncident(Base):
    __tablename__ = "breach_incident"

    id: Mapped[int] = mapped_column(primary_key=True)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    recorded_by: Mapped[str] = mapped_column(String(100))
    #: when the organisation became aware of it: the 72 hours of art. 33(1) run from here
    discovered_at: Mapped[datetime] = mapped_column(UTCDateTime)
    what: Mapped[str] = mapped_column(Text)
    data: Mapped[str] = mapped_column(Text, default="")  # which personal data
    concerns: Mapped[str] = mapped_column(Text, default="")  # whom (categories, roughly how many)
    measures: Mapped[str] = mapped_column(Text, default="")
    notified_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    #: why Datatilsynet was not notified (no risk to the people concerned, art. 33(1)), if so
    not_notified_reason: Mapped[str] = mapped_column(Text, default="")
