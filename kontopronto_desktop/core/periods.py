"""Periodelås: the organisation's books are closed through a date, and nothing dated on or before it changes.

Once the bookkeeper has reported VAT or finished the year, the figures for that period must stay
as reported. The lock is one date per store ("closed through", inclusive) in the settings table.
Core services ask ``check_open`` before they change money dated in the past, so the CLI and the
GUI are refused alike. Closing is an administrator's task (the "settings" permission, which only
administrators hold); reopening is explicitly administrator-only. Both leave an audit entry.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from . import audit
from .access import ADMINISTRATOR, require
from .errors import PermissionDenied, UserError
from .settings import get_setting, set_setting

KEY = "accounting.closed_through"


class PeriodClosed(UserError):
    """A change dated in the closed period; the message says through which date and what to do."""


@dataclass(frozen=True)
class PeriodState:
    closed_through: date | None
    #: what the bookkeeper should know after closing (drafts that can no longer be issued as dated ...)
    warnings: tuple[str, ...] = field(default=())

    @property
    def first_open_day(self) -> date | None:
        return None if self.closed_through is None else self.closed_through + timedelta(days=1)

    def text(self) -> str:
        if self.closed_through is None:
            return "Ingen periode er lukket."
        return "\n".join([f"Perioden er lukket til og med {self.closed_through:%d.%m.%Y}.", *self.warnings])

    def to_json(self) -> dict[str, Any]:
        return {"closed_through": self.closed_through.isoformat() if self.closed_through else None,
                "first_open_day": self.first_open_day.isoformat() if self.first_open_day else None,
                "warnings": list(self.warnings)}


def closed_through(session: Session) -> date | None:
    value = get_setting(session, KEY)
    return date.fromisoformat(value) if value else None


def period_state(session: Session) -> PeriodState:
    return PeriodState(closed_through(session))


def is_closed(session: Session, on: date) -> bool:
    through = closed_through(session)
    return through is not None and on <= through


def check_open(session: Session, on: date, what: str) -> None:
    """Refuse a change to ``what`` (e.g. "faktura datert 31.12.2025") when ``on`` is in the closed period."""
    through = closed_through(session)
    if through is not None and on <= through:
        raise PeriodClosed(f"Perioden er lukket til og med {through:%d.%m.%Y}: {what} kan ikke endres eller "
                           f"føres. Før endringen med dato {through + timedelta(days=1):%d.%m.%Y} eller senere, "
                           "eller be en administrator åpne perioden igjen.")


def first_open_date(session: Session, on: date) -> date:
    """``on`` itself if it is open, else the first day after the closed period (where late items are booked)."""
    through = closed_through(session)
    return through + timedelta(days=1) if through is not None and on <= through else on


def close_period(session: Session, through: date, today: date | None = None) -> PeriodState:
    """Close the books through ``through`` (inclusive). Moving the lock back is reopening, not closing."""
    require(session, "settings")
    today = today or date.today()
    if through > today:
        raise UserError(f"Kan ikke lukke en periode som ikke er over: {through:%d.%m.%Y} er etter i dag "
                        f"({today:%d.%m.%Y}).")
    old = closed_through(session)
    if old is not None and through < old:
        raise UserError(f"Perioden er allerede lukket til og med {old:%d.%m.%Y}. For å flytte låsen bakover, "
                        "åpne perioden igjen (administrator).")
    set_setting(session, KEY, through.isoformat())
    warnings = _left_in_period(session, through)
    audit.record(session, "close_period", "period", None, {"closed_through": [
        old.isoformat() if old else None, through.isoformat()]})
    session.flush()
    return PeriodState(through, warnings)


def _left_in_period(session: Session, through: date) -> tuple[str, ...]:
    """Drafts and unmatched payments dated in the period just closed: worth saying, not worth refusing."""
    from .models.invoice import Invoice, InvoiceStatus
    from .models.payment import Payment, PaymentStatus

    drafts = session.scalar(select(func.count(Invoice.id)).where(
        Invoice.status == InvoiceStatus.DRAFT.value, Invoice.invoice_date <= through)) or 0
    unmatched = session.scalar(select(func.count(Payment.id)).where(
        Payment.status == PaymentStatus.UNMATCHED.value, Payment.booked_on <= through)) or 0
    out = []
    if drafts:
        out.append(f"{drafts} fakturautkast er datert i den lukkede perioden; gi dem en ny dato før de utstedes.")
    if unmatched:
        what = "innbetaling" if unmatched == 1 else "innbetalinger"
        out.append(f"{unmatched} {what} fra perioden er ikke matchet; når de matches, bokføres matchingen "
                   "den dagen den gjøres.")
    return tuple(out)


def reopen_period(session: Session, through: date | None = None) -> PeriodState:
    """Open the books again: wholly (``through`` None) or back to an earlier closed-through date."""
    require(session, "settings")
    if str(session.info.get("role", ADMINISTRATOR)) != ADMINISTRATOR:
        raise PermissionDenied("Bare en administrator kan åpne en lukket periode igjen.")
    old = closed_through(session)
    if old is None:
        raise UserError("Ingen periode er lukket; det er ingenting å åpne.")
    if through is not None and through >= old:
        raise UserError(f"Perioden er lukket til og med {old:%d.%m.%Y}; å åpne igjen betyr å flytte låsen til en "
                        "tidligere dato (eller fjerne den).")
    set_setting(session, KEY, through.isoformat() if through else None)
    audit.record(session, "reopen_period", "period", None, {"closed_through": [
        old.isoformat(), through.isoformat() if through else None]})
    session.flush()
    return PeriodState(through)
