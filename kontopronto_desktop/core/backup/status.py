"""The last-backup indicator and the schedule, as pure functions (the status bar only draws them).

Green: a backup within 7 days. Amber: older than 7 days. Red: older than 30 days, never, or
the last attempt failed. Grey: hosted backup is not set up.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from .settings import BackupSettings, LocalState

AMBER_AFTER = timedelta(days=7)
RED_AFTER = timedelta(days=30)
#: after a failed attempt, wait this long before the timer tries again
RETRY_AFTER = timedelta(minutes=15)


@dataclass(frozen=True)
class Indicator:
    """``text``/``detail`` are the Norwegian sentences (CLI, logs); ``case``, ``ago``, ``last_local``,
    ``generation`` and ``error`` are the same facts for the GUI to compose translated sentences
    (an f-string from here cannot be looked up in a translation)."""

    level: str  # "green" | "amber" | "red" | "grey"
    text: str
    detail: str
    case: str = ""  # "unset" | "failed" | "never" | "ok"
    ago: tuple[str, int] | None = None  # ("now" | "hours" | "yesterday" | "days", n) since the last success
    last_local: str = ""  # the last success, local time, "dd.mm.yyyy kl. hh:mm"
    generation: int = 0
    error: str = ""  # the last failure's message as the server or OS gave it


def ago_of(now: datetime, then: datetime) -> tuple[str, int]:
    age = now - then
    if age < timedelta(hours=1):
        return ("now", 0)
    if age < timedelta(days=1):
        return ("hours", int(age.total_seconds() // 3600))
    return ("days", age.days) if age.days != 1 else ("yesterday", 1)


def _ago(now: datetime, then: datetime) -> str:
    unit, n = ago_of(now, then)
    return {"now": "nettopp", "hours": f"for {n} t siden", "yesterday": "i går", "days": f"for {n} dager siden"}[unit]


def indicator(state: LocalState, settings: BackupSettings, now: datetime) -> Indicator:
    if not settings.configured:
        return Indicator("grey", "Sikkerhetskopi: ikke satt opp",
                         "Sett opp sikkerhetskopi til server under Innstillinger → Sikkerhetskopi.", "unset")
    last = state.last_success
    if state.failed:
        when = f" Siste vellykkede: {_ago(now, last)}." if last else " Ingen vellykket sikkerhetskopi ennå."
        return Indicator("red", "Sikkerhetskopi feilet", state.last_error + when, "failed",
                         ago_of(now, last) if last else None, error=state.last_error)
    if last is None:
        return Indicator("red", "Sikkerhetskopi: aldri tatt", "Ingen sikkerhetskopi er lastet opp ennå.", "never")
    age = now - last
    level = "red" if age > RED_AFTER else "amber" if age > AMBER_AFTER else "green"
    local = last.astimezone().strftime("%d.%m.%Y kl. %H:%M")
    return Indicator(level, f"Sikkerhetskopi: {_ago(now, last)}",
                     f"Siste sikkerhetskopi {local} (generasjon {state.generation}).", "ok", ago_of(now, last),
                     local, state.generation)


def due(state: LocalState, settings: BackupSettings, now: datetime) -> bool:
    """Time for a periodic backup: the interval has passed, and not straight after a failure."""
    if not settings.configured:
        return False
    if state.last_attempt_at and state.failed:
        if now - datetime.fromisoformat(state.last_attempt_at) < RETRY_AFTER:
            return False
    last = state.last_success
    return last is None or now - last >= timedelta(hours=settings.interval_hours)


def server_disagreement(state: LocalState, generations: dict[str, int]) -> str:
    """What is wrong when the server no longer holds what this PC pushed last (empty if nothing).

    ``generations``: snapshot id -> generation of every manifest on the server. Without this
    check a PC that pushed generation 2 kept saying "generation 2 is the newest on the server"
    after it was deleted there (issue 21)."""
    if not state.snapshot_id or not state.generation:
        return ""
    newest = max(generations.values(), default=0)
    if state.snapshot_id in generations:
        return ""
    if newest > state.generation:
        return ""  # another PC pushed since: "behind" says so
    held = f"den nyeste der er generasjon {newest}" if newest else "den har ingen sikkerhetskopier"
    return (f"Serveren har ikke lenger sikkerhetskopien denne PC-en lastet opp sist (generasjon {state.generation}); "
            f"{held}. Ta en ny sikkerhetskopi nå, og finn ut hvorfor den ble slettet.")
