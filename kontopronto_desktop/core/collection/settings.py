"""The organisation's choices for collection: fees, interest, inkassovarsel, the reminder plan.

Many clubs charge nothing, so fees and interest are off until switched on. ``send_inkassovarsel``
can be switched off (a coming change in the law may reserve it to collection agencies): then
the plan's inkassovarsel steps become plain reminders and the agency sends the varsel.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from typing import Any

from sqlalchemy.orm import Session

from .. import audit
from ..access import require
from ..errors import ValidationError
from ..settings import get_setting, set_setting

KEY = "collection.settings"
STAGES = ("purring", "inkassovarsel")
MIN_DAYS = 14  # inkassoloven § 9 / inkassoforskriften § 1-2


@dataclass(frozen=True)
class CollectionSettings:
    charge_fees: bool = False
    charge_interest: bool = False
    send_inkassovarsel: bool = True
    #: standard compensation (forsinkelsesrenteloven § 3a) from debtors in business (members of kind
    #: organisation); it covers the fee, so such a claim gets the compensation less fees already charged
    #: and no further fee (rules.compensation_after_fees)
    business_compensation: bool = False
    #: the reminder plan: stage names in order; the first at due + first_after_days,
    #: each next at the previous reminder + next_after_days
    plan: tuple[str, ...] = ("purring", "inkassovarsel")
    first_after_days: int = 14
    next_after_days: int = 14
    deadline_days: int = 14

    def effective_plan(self) -> tuple[str, ...]:
        if self.send_inkassovarsel:
            return self.plan
        return tuple("purring" for _ in self.plan)

    def to_json(self) -> dict[str, Any]:
        out = asdict(self)
        out["plan"] = list(self.plan)
        return out


def get_collection_settings(session: Session) -> CollectionSettings:
    stored = get_setting(session, KEY, {}) or {}
    known = {k: v for k, v in stored.items() if k in CollectionSettings.__dataclass_fields__}
    if "plan" in known:
        known["plan"] = tuple(known["plan"])
    return CollectionSettings(**known)


def save_collection_settings(session: Session, values: dict[str, Any]) -> CollectionSettings:
    require(session, "settings")
    old = get_collection_settings(session)
    known = {k: v for k, v in values.items() if k in CollectionSettings.__dataclass_fields__}
    if "plan" in known:
        known["plan"] = tuple(str(s).strip().lower() for s in known["plan"])
    new = replace(old, **known)
    errors: dict[str, str] = {}
    if not new.plan or any(s not in STAGES for s in new.plan):
        errors["plan"] = "planen er en liste av purring og inkassovarsel"
    elif "inkassovarsel" in new.plan and new.plan[-1] != "inkassovarsel":
        errors["plan"] = "inkassovarselet må være siste steg"
    for name in ("first_after_days", "next_after_days", "deadline_days"):
        if int(getattr(new, name)) < MIN_DAYS:
            errors[name] = f"minst {MIN_DAYS} dager (inkassoloven § 9)"
    if errors:
        raise ValidationError(errors)
    set_setting(session, KEY, new.to_json())
    changes = audit.diff(old.to_json(), new.to_json())
    if changes:
        audit.record(session, "update", "setting", None, {f"collection.{k}": v for k, v in changes.items()})
    return new
