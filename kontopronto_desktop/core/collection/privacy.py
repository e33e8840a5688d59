"""What collection holds about a member, declared for the privacy module (access and erasure).

Reminders and their fee and interest claims are accounting records (bokføringsloven § 13): they
veto full erasure, keep the name and address as sent until the retention period ends, and appear
in the access export with their archived PDFs. The e-mail address goes at once.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from .. import documents
from ..errors import NotFound
from ..models.collection import CollectionCharge, CollectionHold, Reminder
from ..models.invoice import Invoice
from ..money import format_amount
from ..privacy import registry
from ..privacy.registry import AccountingRecord, OpenItem
from . import rules


def _reminders(session: Session, member_id: int) -> list[Reminder]:
    return list(session.scalars(select(Reminder).where(Reminder.member_id == member_id).order_by(Reminder.number)))


@registry.accounting_records
def reminder_records(session: Session, member_id: int) -> list[AccountingRecord]:
    return [AccountingRecord(r.issued_on, r.stage, f"{rules.TITLES[r.stage]} {r.number}")
            for r in _reminders(session, member_id)]


@registry.open_items
def open_charges(session: Session, member_id: int) -> list[OpenItem]:
    rows = session.execute(select(CollectionCharge.kind, Invoice.number, CollectionCharge.amount_ore,
                                  CollectionCharge.paid_ore).join(Invoice, Invoice.id == CollectionCharge.invoice_id)
                           .where(Invoice.member_id == member_id, CollectionCharge.paid_ore < CollectionCharge.amount_ore))
    return [OpenItem(f"{'Renter' if kind == 'rente' else 'Gebyr'} på faktura {number}", amount - paid)
            for kind, number, amount, paid in rows]


@registry.accounting_records_bulk(reminder_records)
def members_with_reminders(session: Session, among: Select[tuple[int]]) -> set[int]:
    return set(session.scalars(select(Reminder.member_id).distinct().where(Reminder.member_id.in_(among))))


@registry.open_items_bulk(open_charges)
def members_with_open_charges(session: Session, among: Select[tuple[int]]) -> set[int]:
    return set(session.scalars(select(Invoice.member_id).distinct().join(
        CollectionCharge, CollectionCharge.invoice_id == Invoice.id).where(
        Invoice.member_id.in_(among), CollectionCharge.paid_ore < CollectionCharge.amount_ore)))


@registry.section("purringer")
def reminders_section(session: Session, member_id: int) -> list[dict[str, Any]]:
    out = []
    for r in _reminders(session, member_id):
        numbers = list(session.scalars(select(Invoice.number).where(Invoice.id.in_([i.invoice_id for i in r.items]))))
        out.append({"number": r.number, "stage": rules.TITLES[r.stage], "date": r.issued_on.isoformat(),
                    "deadline": r.deadline.isoformat(), "invoices": numbers, "fee": format_amount(r.fee_ore),
                    "interest": format_amount(r.interest_ore), "total": format_amount(r.total_ore),
                    "name": r.buyer_name, "address": f"{r.buyer_street}, {r.buyer_postcode} {r.buyer_city}",
                    "email_sent_at": r.email_sent_at.isoformat() if r.email_sent_at else None})
    holds = session.scalars(select(CollectionHold).where(CollectionHold.member_id == member_id))
    out += [{"hold_until": h.until.isoformat(), "reason": h.reason} for h in holds]
    return out


@registry.documents
def reminder_pdfs(session: Session, member_id: int) -> list[tuple[str, bytes]]:
    out = []
    for r in _reminders(session, member_id):
        try:
            out.append((f"{r.stage}-{r.number}.pdf", documents.archived_pdf(session, documents.REMINDER, r.id)))
        except NotFound:
            continue  # erased at the end of retention
    return out


@registry.eraser
def erase_reminder_data(session: Session, member_id: int, keep_accounting: bool) -> list[str]:
    done = []
    reminders = _reminders(session, member_id)
    erased_docs = 0
    for r in reminders:
        r.buyer_email = ""
        if not keep_accounting:
            r.buyer_name = f"Pseudonymisert medlem {member_id}"
            r.buyer_street = r.buyer_postcode = r.buyer_city = ""
            # past the retention period the archived PDF (name and address) goes too; the row stays
            erased_docs += documents.erase_document(session, documents.REMINDER, r.id)
    if reminders:
        done.append("e-postadresse på purringer" if keep_accounting else "navn og adresse på purringer")
    if erased_docs:
        done.append(f"{erased_docs} arkiverte purre-PDF-er")
    holds = list(session.scalars(select(CollectionHold).where(CollectionHold.member_id == member_id)))
    for h in holds:
        h.reason = "slettet"
    if holds:
        done.append("begrunnelse for purrestans")
    return done
