"""A reminder letter as issued (the archived PDF), by its number: what Purring › Forhåndsvis shows
and prints. Never redrawn: the letter the member got is the one in the archive."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import documents
from ..access import require
from ..errors import NotFound
from ..models.collection import Reminder


def reminder_pdf(session: Session, number: int) -> bytes:
    """The archived PDF of reminder ``number``; NotFound if there is none (or it was erased)."""
    require(session, "invoices")
    reminder_id = session.scalar(select(Reminder.id).where(Reminder.number == int(number)))
    if reminder_id is None:
        raise NotFound(f"Fant ingen purring nr. {number}.")
    return documents.archived_pdf(session, documents.REMINDER, reminder_id)
