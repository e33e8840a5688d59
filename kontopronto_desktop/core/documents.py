"""Archive of issued documents: every later copy is the bytes that were issued.

Bokføringsloven § 13 and bokføringsforskriften § 5-1-1 want the invoice the buyer got, not a
redraw from today's organisation settings and today's remaining amount. So a module that issues
a document (invoice, credit note, reminder, statement ...) hands its PDF to ``archive_document``
in the issuing transaction; reprint, e-mail resend, access export and print merge read it back
with ``archived_pdf``. A document is archived once and never replaced; at the end of the
retention period privacy may erase its bytes (``erase_document``), which keeps the row.

Documents issued before the archive existed (stores migrated from 0002) are archived on first
access by rendering them once, marked ``late`` (see ``archive_late``).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from . import audit
from .errors import NotFound, UserError
from .integrity import register_invariant
from .models.base import utcnow
from .models.document import IssuedDocument
from .settings import get_setting

#: kinds in use; other modules may add their own
INVOICE = "invoice"
CREDIT_NOTE = "credit_note"
REMINDER = "reminder"
STATEMENT = "statement"
KIND_LABELS = {INVOICE: "faktura", CREDIT_NOTE: "kreditnota", REMINDER: "purring", STATEMENT: "kontoutskrift"}
LEGACY_KEY = "documents.legacy_max_id"


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True)
class ArchivedDocument:
    """What is known about an archived document, without its bytes."""

    kind: str
    ref_id: int
    number: str
    issued_at: datetime
    sha256: str
    size: int
    late: bool
    erased: bool

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "number": self.number, "issued_at": self.issued_at.isoformat(),
                "sha256": self.sha256, "size": self.size, "late": self.late, "erased": self.erased}


def _row(kind: str, ref_id: int, number: object, pdf_bytes: bytes, snapshot: dict[str, Any] | None,
         issued_at: datetime | None) -> dict[str, Any]:
    if not pdf_bytes.startswith(b"%PDF"):
        raise ValueError(f"archive_document: {kind} {ref_id} is not a PDF")
    return {"kind": kind, "ref_id": int(ref_id), "number": str(number or ""), "issued_at": issued_at or utcnow(),
            "pdf": bytes(pdf_bytes), "sha256": sha256_of(pdf_bytes),
            "snapshot": json.dumps(snapshot, ensure_ascii=False, default=str) if snapshot else "",
            "erased_at": None}


def _exists(session: Session, kind: str, ref_id: int) -> bool:
    return session.scalar(select(IssuedDocument.id).where(IssuedDocument.kind == kind,
                                                          IssuedDocument.ref_id == int(ref_id))) is not None


def archive_document(session: Session, kind: str, ref_id: int, number: object, pdf_bytes: bytes, *,
                     snapshot: dict[str, Any] | None = None, issued_at: datetime | None = None) -> str:
    """Keep the issued PDF in the caller's transaction; returns its SHA-256 (hex).

    Refuses a second document for the same (kind, ref_id): an issued document is never replaced.
    """
    if _exists(session, kind, ref_id):
        raise UserError(f"{KIND_LABELS.get(kind, kind).capitalize()} {number} er allerede arkivert "
                        "og kan ikke erstattes.")
    row = _row(kind, ref_id, number, pdf_bytes, snapshot, issued_at)
    session.add(IssuedDocument(**row))
    return str(row["sha256"])


def archive_many(session: Session, documents: Iterable[tuple[str, int, object, bytes]]) -> dict[int, str]:
    """Bulk form for batch runs: (kind, ref_id, number, pdf) each; returns {ref_id: sha256}.

    One executemany INSERT instead of an ORM object per row (a 10,000-invoice run); the unique
    constraint on (kind, ref_id) still refuses a second copy.
    """
    rows = [_row(kind, ref_id, number, pdf, None, None) for kind, ref_id, number, pdf in documents]
    if rows:
        session.execute(insert(IssuedDocument), rows)
    return {int(r["ref_id"]): str(r["sha256"]) for r in rows}


def _get(session: Session, kind: str, ref_id: int) -> IssuedDocument | None:
    return session.scalars(select(IssuedDocument).where(IssuedDocument.kind == kind,
                                                        IssuedDocument.ref_id == int(ref_id))).first()


def archived_pdf(session: Session, kind: str, ref_id: int) -> bytes:
    """The PDF exactly as issued. Raises NotFound when it was never archived or has been erased."""
    doc = _get(session, kind, ref_id)
    if doc is None:
        raise NotFound(f"Fant ikke arkivert {KIND_LABELS.get(kind, kind)} ({ref_id}).")
    if doc.erased_at is not None:
        raise NotFound(f"Arkivert {KIND_LABELS.get(kind, kind)} {doc.number} er slettet etter "
                       f"oppbevaringstiden ({doc.erased_at:%d.%m.%Y}).")
    return bytes(doc.pdf)


def _view(doc: IssuedDocument) -> ArchivedDocument:
    late = bool(doc.snapshot) and bool(json.loads(doc.snapshot).get("late"))
    return ArchivedDocument(doc.kind, doc.ref_id, doc.number, doc.issued_at, doc.sha256, len(doc.pdf), late,
                            doc.erased_at is not None)


def archived_info(session: Session, kind: str, ref_id: int) -> ArchivedDocument | None:
    doc = _get(session, kind, ref_id)
    return _view(doc) if doc is not None else None


def hashes(session: Session, kind: str, ref_ids: Iterable[int]) -> dict[int, str]:
    """{ref_id: sha256} for those archived (for lists and --json without loading the bytes)."""
    ids = list({int(i) for i in ref_ids})
    out: dict[int, str] = {}
    for start in range(0, len(ids), 900):  # SQLite's variable limit
        for ref_id, digest in session.execute(select(IssuedDocument.ref_id, IssuedDocument.sha256).where(
                IssuedDocument.kind == kind, IssuedDocument.ref_id.in_(ids[start:start + 900]))):
            out[int(ref_id)] = str(digest)
    return out


def archive_late(session: Session, kind: str, ref_id: int, number: object, pdf_bytes: bytes,
                 issued_at: datetime | None) -> str:
    """Archive a document issued before the archive existed (rendered once now, marked late, audited)."""
    digest = archive_document(session, kind, ref_id, number, pdf_bytes, issued_at=issued_at,
                              snapshot={"late": True, "archived_at": utcnow().isoformat()})
    audit.record(session, "archive_late", kind, int(ref_id), {"sha256": [None, digest]})
    return digest


def legacy_max_id(session: Session, kind: str) -> int:
    """Highest id of ``kind`` issued before the archive was introduced (0 for a store born with it)."""
    marks = get_setting(session, LEGACY_KEY, {}) or {}
    return int(marks.get(kind, 0))


def erase_document(session: Session, kind: str, ref_id: int) -> bool:
    """End of retention: drop the bytes (personal data), keep the row and hash as a trace."""
    doc = _get(session, kind, ref_id)
    if doc is None or doc.erased_at is not None:
        return False
    doc.pdf = b""
    doc.snapshot = ""
    doc.erased_at = utcnow()
    return True


@register_invariant("dokumentarkiv")
def documents_match_hashes(session: Session) -> list[str]:
    """Every archived document still has the bytes its hash says (tampering or damage)."""
    problems = []
    rows = session.execute(select(IssuedDocument.kind, IssuedDocument.number, IssuedDocument.pdf,
                                  IssuedDocument.sha256, IssuedDocument.erased_at)
                           .execution_options(yield_per=500))
    for kind, number, pdf, digest, erased_at in rows:
        if erased_at is not None:
            continue
        if sha256_of(pdf) != digest:
            problems.append(f"Arkivert {KIND_LABELS.get(kind, kind)} {number}: innholdet stemmer ikke med "
                            "sjekksummen (endret eller skadet).")
    return problems[:20] + ([f"… og {len(problems) - 20} til."] if len(problems) > 20 else [])
