"""Which snapshots to keep on the remote: last N daily, weekly and monthly, none too old.

A pure function over (id, time) pairs, so the rules read and test like a table. Nothing older
than the privacy policy's backup limit (``backup_max_days``: 30 days by default, settable up
to 3 months) is ever kept, so personal data erased in the store is gone from the backups
within that period.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta


@dataclass(frozen=True)
class RetentionRule:
    last: int = 3
    daily: int = 7
    weekly: int = 4
    monthly: int = 3
    max_months: int = 3
    #: the privacy limit in days; when set it replaces ``max_months``
    max_days: int | None = None


@dataclass(frozen=True)
class RetentionPlan:
    keep: list[str]
    delete: list[str]
    #: why each kept snapshot is kept ("siste", "daglig", "ukentlig", "månedlig")
    reasons: dict[str, list[str]]
    #: snapshots deleted because they are older than the limit
    expired: list[str]


def months_before(moment: datetime, months: int) -> datetime:
    year, month = moment.year, moment.month - months
    while month <= 0:
        month += 12
        year -= 1
    day = min(moment.day, [31, 29 if year % 4 == 0 and (year % 100 or year % 400 == 0) else 28,
                           31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1])
    return moment.replace(year=year, month=month, day=day)


def plan(snapshots: Sequence[tuple[str, datetime]], now: datetime, rule: RetentionRule) -> RetentionPlan:
    """Keep the ``last`` newest snapshots, the newest of each of the last ``daily`` days (that have one), of the last
    ``weekly`` ISO weeks and of the last ``monthly`` months; delete the rest and everything
    older than ``max_months`` before ``now``."""
    limit = now - timedelta(days=rule.max_days) if rule.max_days is not None else months_before(now, rule.max_months)
    # on equal times (same second) the later one in the input (higher generation) counts as newer
    order = sorted(range(len(snapshots)), key=lambda i: (snapshots[i][1], i), reverse=True)
    newest_first = [snapshots[i] for i in order]
    expired = [sid for sid, at in newest_first if at < limit]
    candidates = [(sid, at) for sid, at in newest_first if at >= limit]
    reasons: dict[str, list[str]] = {}
    for sid, _at in candidates[:rule.last]:
        reasons.setdefault(sid, []).append("siste")
    buckets = (
        ("daglig", rule.daily, lambda at: at.date()),
        ("ukentlig", rule.weekly, lambda at: at.isocalendar()[:2]),
        ("månedlig", rule.monthly, lambda at: (at.year, at.month)),
    )
    for label, count, period_of in buckets:
        seen: set[object] = set()
        for sid, at in candidates:
            period = period_of(at)
            if period in seen:
                continue
            if len(seen) >= count:
                break
            seen.add(period)
            reasons.setdefault(sid, []).append(label)
    keep = [sid for sid, _ in candidates if sid in reasons]
    delete = [sid for sid, _ in candidates if sid not in reasons] + expired
    return RetentionPlan(keep=keep, delete=delete, reasons=reasons, expired=expired)
