"""Setting: a key/value table for module settings (invoice, SMTP, backup, retention ...)."""

from __future__ import annotations

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base


class Setting(Base):
    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    #: JSON text
    value: Mapped[str] = mapped_column(Text)
