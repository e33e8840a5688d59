"""How each reminder goes out: EHF, e-mail or print — each reminder by one way only.

A reminder goes by EHF, like the invoices before it, when its member has chosen EHF and a reminded
invoice carries the buyer's organisation number (the PEPPOL address); the documents are made by
``core.channels.ehf_reminder_service``, whose ``ehf_reminder_numbers`` states the same rule one
reminder at a time. Such a reminder is neither e-mailed nor marked for print, so an organisation
never gets the same reminder twice. Read here in one query, because a run may issue 20,000.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import Member
from ..models.collection import Reminder, ReminderItem
from ..models.invoice import Invoice
from ..models.member import PaymentMethod
from .claims import chunks


def by_ehf(session: Session, numbers: Iterable[int] | None = None) -> set[int]:
    """Numbers of the reminders (of ``numbers``, or all) that go by EHF."""
    query = (select(Reminder.number).distinct()
             .join(Member, Member.id == Reminder.member_id)
             .join(ReminderItem, ReminderItem.reminder_id == Reminder.id)
             .join(Invoice, Invoice.id == ReminderItem.invoice_id)
             .where(Member.payment_method == PaymentMethod.EHF.value, Invoice.buyer_orgnr != ""))
    if numbers is None:
        return set(session.scalars(query))
    return {n for part in chunks(sorted(set(numbers))) for n in session.scalars(query.where(Reminder.number.in_(part)))}


def ehf_planned(session: Session, planned: Iterable[tuple[int | None, Iterable[int]]]) -> list[bool]:
    """Before a run writes anything: for each (member id, invoice ids) whether it goes by EHF."""
    planned = [(m, list(ids)) for m, ids in planned]
    members = sorted({m for m, _ids in planned if m is not None})
    ehf_members = {m for part in chunks(members) for m in session.scalars(
        select(Member.id).where(Member.id.in_(part), Member.payment_method == PaymentMethod.EHF.value))}
    invoices = sorted({i for m, ids in planned if m in ehf_members for i in ids})
    with_orgnr = {i for part in chunks(invoices) for i in session.scalars(
        select(Invoice.id).where(Invoice.id.in_(part), Invoice.buyer_orgnr != ""))}
    return [m in ehf_members and any(i in with_orgnr for i in ids) for m, ids in planned]
