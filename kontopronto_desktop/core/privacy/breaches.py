"""The breach log (GDPR art. 33(5)): every personal data breach, with what was done.

An administrator records an incident: what happened, when it was discovered, which data and
whom it concerns, the measures taken, and whether and when Datatilsynet was notified. Art. 33(1)
gives 72 hours from discovery to notify, unless the breach is unlikely to result in a risk to
the people concerned (then the reason is recorded instead). The log reminds of the deadline and
is exported with the processing record (ROPA).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import audit
from ..access import require
from ..audit import actor_of
from ..errors import NotFound, ValidationError
from ..models.breach import BreachIncident

DEADLINE = timedelta(hours=72)


@dataclass(frozen=True)
class BreachView:
    id: int
    discovered_at: datetime
    what: str
    data: str
    concerns: str
    measures: str
    notified_at: datetime | None
    not_notified_reason: str
    recorded_by: str

    @property
    def deadline(self) -> datetime:
        return self.discovered_at + DEADLINE

    @property
    def settled(self) -> bool:
        return self.notified_at is not None or bool(self.not_notified_reason)

    def notified_in_time(self) -> bool | None:
        return None if self.notified_at is None else self.notified_at <= self.deadline

    def reminder(self, now: datetime | None = None) -> str:
        """The 72-hour reminder in Norwegian (empty when settled)."""
        if self.notified_at is not None:
            late = "" if self.notified_in_time() else " – etter fristen på 72 timer; begrunn forsinkelsen (art. 33 nr. 1)"
            return f"Meldt til Datatilsynet {self.notified_at.astimezone(UTC):%d.%m.%Y %H:%M} UTC{late}."
        if self.not_notified_reason:
            return "Ikke meldt: " + self.not_notified_reason
        now = now or datetime.now(UTC)
        left = self.deadline - now
        when = f"{self.deadline.astimezone(UTC):%d.%m.%Y %H:%M} UTC"
        if left <= timedelta(0):
            return f"FRISTEN ER UTE ({when}): meld til Datatilsynet nå og begrunn forsinkelsen, eller registrer " \
                   "hvorfor bruddet ikke skal meldes."
        hours = int(left.total_seconds() // 3600)
        return f"Meld til Datatilsynet innen {when} (om {hours} timer), eller registrer hvorfor det ikke skal meldes."

    def to_json(self, now: datetime | None = None) -> dict[str, Any]:
        return {"id": self.id, "discovered_at": self.discovered_at.isoformat(), "what": self.what, "data": self.data,
                "concerns": self.concerns, "measures": self.measures,
                "notified_at": self.notified_at.isoformat() if self.notified_at else None,
                "not_notified_reason": self.not_notified_reason, "deadline": self.deadline.isoformat(),
                "notified_in_time": self.notified_in_time(), "reminder": self.reminder(now),
                "recorded_by": self.recorded_by}


def _view(b: BreachIncident) -> BreachView:
    return BreachView(b.id, b.discovered_at, b.what, b.data, b.concerns, b.measures, b.notified_at,
                      b.not_notified_reason, b.recorded_by)


def _aware(moment: datetime) -> datetime:
    """In UTC, as stored (a naive time is taken as UTC)."""
    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).astimezone(UTC)


def record_breach(session: Session, *, what: str, discovered_at: datetime, data: str = "", concerns: str = "",
                  measures: str = "", notified_at: datetime | None = None, not_notified_reason: str = "") -> BreachView:
    require(session, "settings")
    if not what.strip():
        raise ValidationError({"hva": "beskriv hva som skjedde"})
    discovered_at = _aware(discovered_at)
    if discovered_at > datetime.now(UTC) + timedelta(minutes=5):
        raise ValidationError({"oppdaget": "tidspunktet kan ikke være i fremtiden"})
    b = BreachIncident(recorded_by=actor_of(session), discovered_at=discovered_at, what=what.strip(),
                       data=data.strip(), concerns=concerns.strip(), measures=measures.strip(),
                       notified_at=_aware(notified_at) if notified_at else None,
                       not_notified_reason=not_notified_reason.strip())
    session.add(b)
    session.flush()
    audit.record(session, "create", "breach", b.id, {"oppdaget": [None, discovered_at.isoformat()]})
    return _view(b)


def mark_notified(session: Session, breach_id: int, *, notified_at: datetime | None = None,
                  not_notified_reason: str = "", measures: str | None = None) -> BreachView:
    """Datatilsynet was notified (when), or why it is not to be; measures may be updated."""
    require(session, "settings")
    b = session.get(BreachIncident, breach_id)
    if b is None:
        raise NotFound(f"Fant ikke avvik {breach_id}.")
    if notified_at is None and not not_notified_reason.strip() and measures is None:
        raise ValidationError({"meldt": "oppgi når det ble meldt, eller hvorfor det ikke meldes"})
    old = _view(b)
    if notified_at is not None:
        b.notified_at = _aware(notified_at)
    if not_notified_reason.strip():
        b.not_notified_reason = not_notified_reason.strip()
    if measures is not None:
        b.measures = measures.strip()
    audit.record(session, "update", "breach", b.id, {
        "meldt": [old.notified_at.isoformat() if old.notified_at else None,
                  b.notified_at.isoformat() if b.notified_at else None],
        "ikke_meldt_fordi": [old.not_notified_reason, b.not_notified_reason]})
    return _view(b)


def list_breaches(session: Session) -> list[BreachView]:
    require(session, "read")
    return [_view(b) for b in session.scalars(select(BreachIncident).order_by(BreachIncident.discovered_at))]


def open_reminders(session: Session, now: datetime | None = None) -> list[str]:
    """Reminders for breaches not yet settled (for the Personvern page and `gdpr breach list`)."""
    return [f"Avvik {b.id}: {b.reminder(now)}" for b in list_breaches(session) if not b.settled]
