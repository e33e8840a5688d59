"""Invoices and credit notes in the document archive: archived at issue, every copy read back.

``archive_issued`` is called in the issuing transaction (single invoice, batch run, credit note)
right after the flush that gave the rows their ids. ``issued_pdf``/``issued_pdfs`` are what
reprint, ``invoice pdf``, e-mail, the access export and the print merge use: the bytes as
issued. An invoice issued before the archive existed is rendered once on first access and
archived then, marked late (see core/documents.py).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from .. import documents
from ..access import allowed
from ..errors import NotFound
from ..models.document import IssuedDocument
from ..models.invoice import Invoice, InvoiceKind
from .invoices import view_of
from .pdf import Seller, render_invoice, seller_of


def doc_kind(kind: str) -> str:
    return documents.CREDIT_NOTE if kind == InvoiceKind.CREDIT_NOTE.value else documents.INVOICE


def _credited(session: Session, invs: Iterable[Invoice]) -> dict[int, Invoice]:
    ids = {inv.credits_invoice_id for inv in invs if inv.credits_invoice_id}
    if not ids:
        return {}
    return {i.id: i for i in session.scalars(select(Invoice).where(Invoice.id.in_(ids)))}


def render_issued(session: Session, inv: Invoice, seller: Seller | None = None,
                  credited: dict[int, Invoice] | None = None) -> bytes:
    """Draw an invoice from its stored data (what is archived at issue)."""
    credited = credited if credited is not None else _credited(session, [inv])
    target = credited.get(inv.credits_invoice_id) if inv.credits_invoice_id else None
    view = view_of(inv, target.number if target else None,
                   credits_date=target.invoice_date if target else None)
    return render_invoice(view, seller or seller_of(session))


def archive_issued(session: Session, invs: Sequence[Invoice], seller: Seller | None = None) -> dict[int, str]:
    """Render and archive just-issued invoices/credit notes (flushed, so they have ids).

    Returns {invoice id: sha256}. Runs in the caller's transaction: a cancelled run archives nothing.
    """
    if not invs:
        return {}
    seller = seller or seller_of(session)
    credited = _credited(session, invs)
    return documents.archive_many(session, [(doc_kind(inv.kind), inv.id, inv.number,
                                             render_issued(session, inv, seller, credited)) for inv in invs])


def _late(session: Session, inv: Invoice, seller: Seller | None = None) -> bytes:
    """No archived copy (issued before the archive): render once; archive it if this user may."""
    data = render_issued(session, inv, seller)
    if allowed(str(session.info.get("role", "administrator")), "invoices"):
        documents.archive_late(session, doc_kind(inv.kind), inv.id, inv.number, data, inv.issued_at)
        session.flush()
    return data


def _get(session: Session, invoice_id: int) -> Invoice:
    inv = session.get(Invoice, int(invoice_id))
    if inv is None:
        raise NotFound(f"Fant ikke faktura {invoice_id}.")
    return inv


def issued_pdf(session: Session, invoice_id: int) -> bytes:
    """The PDF of an invoice or credit note as issued; a draft is drawn (and never archived)."""
    inv = _get(session, invoice_id)
    if inv.number is None:
        return render_issued(session, inv)
    try:
        return documents.archived_pdf(session, doc_kind(inv.kind), inv.id)
    except NotFound:
        if documents.archived_info(session, doc_kind(inv.kind), inv.id) is not None:
            raise  # erased at the end of the retention period: no copy exists any more
        return _late(session, inv)


def issued_pdfs(session: Session, invoice_ids: Sequence[int]) -> dict[int, bytes]:
    """Bulk ``issued_pdf`` for exports of many invoices (one query per 900 ids)."""
    ids = [int(i) for i in invoice_ids]
    out: dict[int, bytes] = {}
    kinds = (documents.INVOICE, documents.CREDIT_NOTE)
    for start in range(0, len(ids), 900):
        part = ids[start:start + 900]
        for ref_id, pdf_bytes, erased in session.execute(
                select(IssuedDocument.ref_id, IssuedDocument.pdf, IssuedDocument.erased_at).where(
                    IssuedDocument.kind.in_(kinds), IssuedDocument.ref_id.in_(part))):
            if erased is None:
                out[int(ref_id)] = bytes(pdf_bytes)
    missing = [i for i in ids if i not in out]
    seller = seller_of(session) if missing else None
    for start in range(0, len(missing), 900):  # drafts, and invoices from before the archive
        for inv in session.scalars(select(Invoice).where(Invoice.id.in_(missing[start:start + 900]))
                                   .options(selectinload(Invoice.lines))):
            if inv.number is None:
                out[inv.id] = render_issued(session, inv, seller)
            elif documents.archived_info(session, doc_kind(inv.kind), inv.id) is None:
                out[inv.id] = _late(session, inv, seller)
    return out


def document_hash(session: Session, invoice_id: int, kind: str) -> str | None:
    info = documents.archived_info(session, doc_kind(kind), invoice_id)
    return info.sha256 if info else None
