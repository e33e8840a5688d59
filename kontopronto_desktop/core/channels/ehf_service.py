"""EHF for one issued invoice or credit note: build, validate, write — what the CLI and GUI call.

A document that breaks a fatal rule is never written: the caller gets ``InvalidEhf`` with the
rule ids. The archived PDF (the document as issued) is attached, never a fresh rendering.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from .. import documents
from ..errors import NotFound, UserError
from ..invoicing import pdf
from ..invoicing.invoices import InvoiceView, get_invoice
from .ehf import build_ehf, file_name
from .ehf_rules import ValidationReport, require_valid


@dataclass(frozen=True)
class EhfDocument:
    number: int
    kind: str
    file_name: str
    data: bytes
    report: ValidationReport

    def to_json(self) -> dict[str, Any]:
        return {"number": self.number, "kind": self.kind, "file": self.file_name,
                "sha256": documents.sha256_of(self.data), "validation": self.report.to_json()}


def issued_pdf(session: Session, inv: InvoiceView) -> bytes:
    """The archived PDF of an issued document (rendered once and archived if it predates the archive)."""
    kind = documents.CREDIT_NOTE if inv.is_credit_note else documents.INVOICE
    try:
        return documents.archived_pdf(session, kind, inv.id)
    except NotFound:
        data = pdf.render_invoice(inv, pdf.seller_of(session))
        documents.archive_late(session, kind, inv.id, inv.number, data, None)
        return data


def ehf_for(session: Session, number: int) -> EhfDocument:
    """The validated EHF of issued document ``number``; InvalidEhf when a fatal rule fails."""
    inv = get_invoice(session, number)
    if inv.number is None:
        raise UserError("Et utkast har ingen EHF; utsted fakturaen først.")
    credited_date = get_invoice(session, inv.credits_number).invoice_date if inv.credits_number else None
    data = build_ehf(inv, pdf.seller_of(session), issued_pdf(session, inv), credited_invoice_date=credited_date)
    what = f"{'Kreditnota' if inv.is_credit_note else 'Faktura'} {inv.number}"
    report = require_valid(data, what)
    return EhfDocument(inv.number, inv.kind, file_name(inv), data, report)


def write_file(target: Path, data: bytes) -> Path:
    """Write atomically (temp file, fsync, rename) and readable by the owner only."""
    target = Path(target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".kp-", suffix=".tmp")
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o600)
        os.replace(tmp, target)
    except OSError as exc:
        raise UserError(f"Kunne ikke skrive {target}: {exc.strerror}.") from None
    return target


def write_ehf(session: Session, number: int, target: Path) -> tuple[EhfDocument, Path]:
    """Validate and write the EHF of ``number``; ``target`` may be a folder."""
    document = ehf_for(session, number)
    target = Path(target)
    if target.is_dir():
        target = target / document.file_name
    return document, write_file(target, document.data)
