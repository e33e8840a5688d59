"""IssuedDocument: the archive of documents exactly as issued (bokføringsloven § 13).

One row per issued document (invoice, credit note, reminder, statement ...): the PDF bytes as
sent, their SHA-256 and optionally a JSON snapshot of the data drawn. Every later copy is these
bytes, never a redraw from today's settings. ``ref_id`` points into the owning module's table
(no foreign key: the archive serves every kind of document).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, UTCDateTime, utcnow


class IssuedDocument(Base):
    __tablename__ = "issued_document"
    __table_args__ = (
        UniqueConstraint("kind", "ref_id"),
        Index("ix_issued_document_kind_number", "kind", "number"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    #: "invoice", "credit_note", "reminder", "statement", ...
    kind: Mapped[str] = mapped_column(String(20))
    ref_id: Mapped[int] = mapped_column(Integer)
    #: the document's own number as printed (text: reminders may number differently)
    number: Mapped[str] = mapped_column(String(40), default="")
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    pdf: Mapped[bytes] = mapped_column(LargeBinary)
    sha256: Mapped[str] = mapped_column(String(64))
    #: JSON: optional frozen data behind the PDF, and {"late": true} for documents archived after issue
    snapshot: Mapped[str] = mapped_column(Text, default="")
    #: set when the retention period has ended and the personal data in the PDF was erased
    erased_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
