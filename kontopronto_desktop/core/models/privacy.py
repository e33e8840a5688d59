"""Retention runs: what the retention timer did, when, without personal data."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, UTCDateTime, utcnow


class RetentionRun(Base):
    __tablename__ = "retention_run"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    as_of: Mapped[date] = mapped_column(Date)
    actor: Mapped[str] = mapped_column(String(100))
    dry_run: Mapped[bool] = mapped_column(Boolean, default=False)
    actions: Mapped[int] = mapped_column(Integer, default=0)
    #: JSON list of {"rule": ..., "entity": ..., "id": ..., "what": ...} (ids, never names)
    summary: Mapped[str] = mapped_column(Text, default="[]")
