"""What invoicing holds about a member, declared for the privacy module (access and erasure).

Issued invoices and credit notes are accounting records (bokføringsloven § 13): they veto full
erasure and keep the buyer's name and address until the retention period ends. Drafts are
not records and go at once; so does the e-mail address copied onto invoices.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from ..documents import erase_document
from ..models import AuditEntry
from ..models.invoice import Invoice, InvoiceKind
from ..privacy import registry
from ..privacy.erasure import ERASED
from ..privacy.registry import AccountingRecord, OpenItem
from .archive import doc_kind, issued_pdfs
from .invoices import OPEN_STATUSES, view_of
from .pdf import file_name

#: Buyer fields on issued invoices that privacy may blank or pseudonymise (see the read-only guard).
PRIVACY_FIELDS = frozenset({"buyer_name", "buyer_street", "buyer_postcode", "buyer_city", "buyer_email"})


def _issued(session: Session, member_id: int) -> list[Invoice]:
    return list(session.scalars(select(Invoice).where(Invoice.member_id == member_id, Invoice.number.is_not(None))
                                .order_by(Invoice.number)))


@registry.accounting_records
def invoice_records(session: Session, member_id: int) -> list[AccountingRecord]:
    return [AccountingRecord(inv.invoice_date, inv.kind, f"{inv.kind.capitalize()} {inv.number}")
            for inv in _issued(session, member_id)]


@registry.open_items
def open_invoices(session: Session, member_id: int) -> list[OpenItem]:
    return [OpenItem(f"Faktura {inv.number}", inv.remaining_ore)
            for inv in _issued(session, member_id)
            if inv.kind == InvoiceKind.INVOICE.value and inv.status in OPEN_STATUSES and inv.remaining_ore != 0]


@registry.accounting_records_bulk(invoice_records)
def members_with_invoices(session: Session, among: Select[tuple[int]]) -> set[int]:
    return set(session.scalars(select(Invoice.member_id).distinct().where(
        Invoice.member_id.in_(among), Invoice.number.is_not(None))))


@registry.open_items_bulk(open_invoices)
def members_with_open_invoices(session: Session, among: Select[tuple[int]]) -> set[int]:
    remaining = Invoice.total_ore - Invoice.paid_ore - Invoice.credited_ore - Invoice.written_off_ore
    return set(session.scalars(select(Invoice.member_id).distinct().where(
        Invoice.member_id.in_(among), Invoice.number.is_not(None), Invoice.kind == InvoiceKind.INVOICE.value,
        Invoice.status.in_(OPEN_STATUSES), remaining != 0)))


@registry.section("fakturaer")
def invoices_section(session: Session, member_id: int) -> list[dict[str, Any]]:
    return [view_of(inv).to_json() for inv in _issued(session, member_id)]


@registry.section("e-post")
def emails_section(session: Session, member_id: int) -> list[dict[str, Any]]:
    return [{"invoice": inv.number, "sent_at": inv.email_sent_at.isoformat(), "to": inv.buyer_email}
            for inv in _issued(session, member_id) if inv.email_sent_at is not None]


@registry.documents
def invoice_pdfs(session: Session, member_id: int) -> list[tuple[str, bytes]]:
    """The member's invoices and credit notes as issued (the archived PDFs), not redrawn."""
    invoices = _issued(session, member_id)
    if not invoices:
        return []
    pdfs = issued_pdfs(session, [inv.id for inv in invoices])
    return [(file_name(view_of(inv, with_lines=False)), pdfs[inv.id]) for inv in invoices if inv.id in pdfs]


@registry.eraser
def erase_invoice_data(session: Session, member_id: int, keep_accounting: bool) -> list[str]:
    done = []
    drafts = list(session.scalars(select(Invoice).where(Invoice.member_id == member_id, Invoice.number.is_(None))))
    for draft in drafts:
        session.delete(draft)
    if drafts:
        done.append(f"{len(drafts)} fakturautkast")
    session.info["privacy_erasure"] = True  # lets the read-only guard accept PRIVACY_FIELDS
    issued = _issued(session, member_id)
    erased_docs = 0
    for inv in issued:
        inv.buyer_email = ""
        if not keep_accounting:
            inv.buyer_name = f"Pseudonymisert medlem {member_id}"
            inv.buyer_street = inv.buyer_postcode = inv.buyer_city = ""
            # the archived PDF carries name and address too; past the retention period it goes
            erased_docs += erase_document(session, doc_kind(inv.kind), inv.id)
    if issued:
        done.append("e-postadresse på fakturaer" if keep_accounting else "navn og adresse på fakturaer")
        if _scrub_email_audit(session, [inv.id for inv in issued]):
            done.append("e-postadresser i loggen over sendte fakturaer")
    if erased_docs:
        done.append(f"{erased_docs} arkiverte faktura-PDF-er")
    return done


def _scrub_email_audit(session: Session, invoice_ids: list[int]) -> int:
    """The log of sent e-mail keeps when and which invoice, not the address it went to."""
    count = 0
    for entry in session.scalars(select(AuditEntry).where(AuditEntry.entity == "invoice",
                                                          AuditEntry.entity_id.in_(invoice_ids))):
        changes = json.loads(entry.changes)
        if changes.get("to") and changes["to"][-1] not in (None, "", ERASED):
            changes["to"] = [None, ERASED]
            entry.changes = json.dumps(changes, ensure_ascii=False)
            count += 1
    return count
