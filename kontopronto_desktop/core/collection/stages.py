"""Where each claim stands in collection at a date: purring 1, purring 2, inkassovarsel, sent to
collection (til inkasso) or on hold (stanset).

The reskontro and the aging show it beside each open item, so the treasurer sees at once which
member has had which letter. Read in bulk from the reminders, holds and hand-overs (no stored
status to go stale), as at a date like the aging itself: a reminder counts from its date, a hold
(not released) through its last day as in the run, a hand-over from its date.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models.collection import CollectionHold, Handover, Reminder, ReminderItem
from ..models.invoice import Invoice
from .claims import chunks

#: order of the steps, so a member's most advanced claim can be named
RANK = {"": 0, "purring": 10, "inkassovarsel": 50, "til_inkasso": 100}


@dataclass(frozen=True)
class ClaimStage:
    """One claim's (invoice's) stage. ``key``: purring_1, purring_2 …, inkassovarsel, stanset,
    til_inkasso or "" (no reminder yet)."""

    invoice_id: int
    reminders: int = 0
    purringer: int = 0  # of which plain reminders (purring 1, purring 2 …)
    last_stage: str = ""  # purring | inkassovarsel
    last_number: int | None = None
    last_issued: date | None = None
    deadline: date | None = None
    held_until: date | None = None
    hold_reason: str = ""
    handed_over_on: date | None = None

    @property
    def step(self) -> str:
        """The collection step reached, ignoring a hold: purring_N, inkassovarsel, til_inkasso or ""."""
        if self.handed_over_on is not None:
            return "til_inkasso"
        if self.last_stage == "inkassovarsel":
            return "inkassovarsel"
        if self.last_stage == "purring":
            return f"purring_{self.purringer}"
        return ""

    @property
    def key(self) -> str:
        if self.handed_over_on is None and self.held_until is not None:
            return "stanset"
        return self.step

    @property
    def rank(self) -> int:
        step = self.step
        return RANK["purring"] + self.purringer if step.startswith("purring_") else RANK[step]

    @property
    def step_label(self) -> str:
        step = self.step
        if step == "til_inkasso":
            return f"Sendt til inkasso {self.handed_over_on:%d.%m.%Y}"
        if step == "inkassovarsel":
            return "Inkassovarsel"
        if step:
            return f"Purring {self.purringer}"
        return ""

    @property
    def label(self) -> str:
        """Norwegian text for a column: «Purring 1», «Inkassovarsel», «Stanset til og med 30.04.2026» …"""
        if self.key == "stanset":
            held = f"stanset til og med {self.held_until:%d.%m.%Y}"
            return f"{self.step_label}, {held}" if self.step_label else held.capitalize()
        return self.step_label

    def to_json(self) -> dict[str, Any]:
        return {"reminder_stage": self.key, "reminder_stage_text": self.label,
                "reminders": self.reminders, "last_reminder": self.last_number,
                "last_reminder_date": self.last_issued.isoformat() if self.last_issued else None,
                "deadline": self.deadline.isoformat() if self.deadline else None,
                "held_until": self.held_until.isoformat() if self.held_until else None,
                "hold_reason": self.hold_reason,
                "handed_over": self.handed_over_on.isoformat() if self.handed_over_on else None}


NONE = ClaimStage(0)


def claim_stages(session: Session, on: date, *, invoice_ids: Iterable[int] | None = None,
                 member_id: int | None = None) -> dict[int, ClaimStage]:
    """Stage per invoice id at ``on``, for invoices with a reminder, hold or hand-over by then
    (of ``invoice_ids`` or of one member when given; else all). Missing ids have no stage."""
    ids = None if invoice_ids is None else sorted(set(invoice_ids))
    raw: dict[int, dict[str, Any]] = {}

    def entry(iid: int) -> dict[str, Any]:
        return raw.setdefault(iid, {"invoice_id": iid, "reminders": 0, "purringer": 0})

    def restricted(query: Any, column: Any) -> list[Any]:
        if member_id is not None:
            query = query.join(Invoice, Invoice.id == column).where(Invoice.member_id == member_id)
        if ids is None:
            return list(session.execute(query))
        return [row for part in chunks(ids) for row in session.execute(query.where(column.in_(part)))]

    for iid, stage, number, issued, dl in restricted(
            select(ReminderItem.invoice_id, Reminder.stage, Reminder.number, Reminder.issued_on, Reminder.deadline)
            .join(Reminder, Reminder.id == ReminderItem.reminder_id).where(Reminder.issued_on <= on)
            .order_by(Reminder.issued_on, Reminder.number), ReminderItem.invoice_id):
        e = entry(iid)
        e["reminders"] += 1
        e["purringer"] += 1 if stage == "purring" else 0
        e.update(last_stage=stage, last_number=number, last_issued=issued, deadline=dl)
    for iid, handed in restricted(select(Handover.invoice_id, Handover.handed_over_on)
                                  .where(Handover.handed_over_on <= on), Handover.invoice_id):
        entry(iid)["handed_over_on"] = handed
    _holds(session, on, ids, member_id, entry)
    return {iid: ClaimStage(**e) for iid, e in raw.items()}


def _holds(session: Session, on: date, ids: list[int] | None, member_id: int | None, entry: Any) -> None:
    """Holds in force at ``on`` exactly as the run sees them (``claims.load_claims``): not
    released, and ``until`` (inclusive) not passed; a run dated back sees a hold made today."""
    holds = list(session.execute(
        select(CollectionHold.invoice_id, CollectionHold.member_id, CollectionHold.until, CollectionHold.reason)
        .where(CollectionHold.until >= on, CollectionHold.released_at.is_(None)).order_by(CollectionHold.id)))
    if not holds:
        return
    wanted = None if ids is None else set(ids)
    held: dict[int, tuple[date, str]] = {}
    members = {h.member_id: (h.until, h.reason) for h in holds if h.invoice_id is None and h.member_id is not None}
    if members:
        query = select(Invoice.id, Invoice.member_id).where(Invoice.member_id.in_(list(members)))
        if member_id is not None:
            query = query.where(Invoice.member_id == member_id)
        for iid, mid in session.execute(query):
            held[iid] = members[mid]
    for h in holds:
        if h.invoice_id is not None:
            held[h.invoice_id] = (h.until, h.reason)  # an invoice's own hold before its member's
    invoice_member = {}
    if member_id is not None:
        invoice_member = dict(session.execute(select(Invoice.id, Invoice.member_id)
                                              .where(Invoice.id.in_(list(held)))).all()) if held else {}
    for iid, (until, reason) in held.items():
        if wanted is not None and iid not in wanted:
            continue
        if member_id is not None and invoice_member.get(iid) != member_id:
            continue
        entry(iid).update(held_until=until, hold_reason=reason)


def member_stage_label(stages: Iterable[ClaimStage]) -> str:
    """One member's open claims in a word: the most advanced step, and whether any is held."""
    stages = list(stages)
    if not stages:
        return ""
    top = max(stages, key=lambda s: s.rank)
    label = top.step_label
    if any(s.key == "stanset" for s in stages):
        return f"{label} (stanset)" if label else "Stanset"
    return label
