"""Deleting groups and companies in two steps: a logical delete, then a physical erase.

A logical delete hides the group or company from lists, reports and imports; an administrator
can restore it. The retention run (core/privacy/retention.py) erases it physically, with all its
trial balances, mappings, rates and eliminations, once the policy's months have passed
("deleted_after_months", default 12): the last day it is kept is the deletion date + 12 months
(Norwegian time), and it is erased from the day after.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import partial
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from .. import access, audit
from ..errors import NotFound, PermissionDenied, UserError
from ..models.acquisition import ConsAcquisitionStep, ConsExcessValue
from ..models.base import utcnow
from ..models.consolidation import (
    ConsCompany,
    ConsElimination,
    ConsEliminationLine,
    ConsGroup,
    ConsMapping,
    ConsRate,
    ConsTbLine,
    ConsTrialBalance,
)
from ..models.consolidation_party import ConsTbParty
from ..privacy import registry
from ..privacy.policy import policy_value
from . import groups

OSLO = ZoneInfo("Europe/Oslo")
POLICY_KEY = "deleted_after_months"


def deleted_on(deleted_at: datetime) -> date:
    """The day of the deletion as the bookkeeper saw it (stored in UTC, counted in Norwegian time)."""
    return deleted_at.astimezone(OSLO).date()


def add_months(day: date, months: int) -> date:
    """``day`` + ``months`` calendar months; the 31st becomes the month's last day when needed."""
    year, month = divmod(day.year * 12 + day.month - 1 + months, 12)
    for d in (day.day, 30, 29, 28):
        try:
            return date(year, month + 1, d)
        except ValueError:
            continue
    raise ValueError(day)


def last_day_kept(session: Session, deleted_at: datetime) -> date:
    return add_months(deleted_on(deleted_at), policy_value(session, POLICY_KEY))


@dataclass(frozen=True)
class DeletedItem:
    """A logically deleted group or company, as the administrator sees it to restore it."""

    kind: str  # "group" or "company"
    id: int
    group_id: int
    group: str
    orgnr: str | None
    name: str
    deleted_on: date
    #: the last day it can be restored; the retention run erases it from the day after
    kept_until: date

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "id": self.id, "group_id": self.group_id, "group": self.group, "orgnr": self.orgnr, "name": self.name,
                "deleted_on": self.deleted_on.isoformat(), "kept_until": self.kept_until.isoformat()}


def _require_administrator(session: Session) -> None:
    if not access.allowed(str(session.info.get("role", access.ADMINISTRATOR)), "settings"):
        raise PermissionDenied("Bare en administrator kan gjenopprette slettede konsern og selskaper.")


# -- logical delete and restore -------------------------------------------------------------

def delete_group(session: Session, group: ConsGroup) -> date:
    """Hide the group with everything in it; returns the last day it can be restored."""
    access.require(session, "group")
    if group.deleted_at is not None:
        raise UserError(f"Konsernet «{group.name}» er allerede slettet.")
    group.deleted_at = utcnow()
    session.flush()
    audit.record(session, "konsern.slettet", "cons_group", group.id, {"slettet": [None, group.deleted_at]})
    return last_day_kept(session, group.deleted_at)


def delete_company(session: Session, group: ConsGroup, orgnr: str) -> date:
    """Hide a subsidiary (its trial balances, mappings and eliminations go with it).

    The parent cannot be deleted on its own (delete the group), nor can a company that still
    owns companies in the group (delete those first), so the group tree stays whole."""
    access.require(session, "group")
    company = groups.get_company(session, group, orgnr)
    if company.is_parent:
        raise UserError(f"{company.name} ({company.orgnr}) er morselskapet og kan ikke slettes alene; "
                        "slett hele konsernet i stedet.")
    owned = [c for c in group.companies if c.owner_id == company.id]
    if owned:
        listed = ", ".join(f"{c.name} ({c.orgnr})" for c in owned)
        raise UserError(f"{company.name} ({company.orgnr}) eier fortsatt {listed} i konsernet; slett dem først.")
    company.deleted_at = utcnow()
    session.flush()
    session.expire(group, ["companies"])
    audit.record(session, "konsern.selskap_slettet", "cons_company", company.id,
                 {"slettet": [None, company.deleted_at]})
    return last_day_kept(session, company.deleted_at)


def restore_group(session: Session, name_or_id: str | int) -> int:
    """Bring a logically deleted group back (administrator only). Returns its id."""
    _require_administrator(session)
    group = groups.get_group(session, name_or_id, include_deleted=True)
    if group.deleted_at is None:
        raise UserError(f"Konsernet «{group.name}» er ikke slettet.")
    audit.record(session, "konsern.gjenopprettet", "cons_group", group.id, {"slettet": [group.deleted_at, None]})
    group.deleted_at = None
    session.flush()
    return group.id


def restore_company(session: Session, group: ConsGroup, orgnr: str) -> int:
    """Bring a logically deleted company back into its group (administrator only)."""
    _require_administrator(session)
    company = groups.find_company(session, group, orgnr, include_deleted=True)
    if company is None:
        raise NotFound(f"Selskapet {orgnr} er ikke i konsernet «{group.name}».")
    if company.deleted_at is None:
        raise UserError(f"Selskapet {company.orgnr} er ikke slettet.")
    owner = session.get(ConsCompany, company.owner_id) if company.owner_id else None
    if owner is not None and owner.deleted_at is not None:
        raise UserError(f"Eieren {owner.orgnr} er også slettet; gjenopprett den først.")
    audit.record(session, "konsern.selskap_gjenopprettet", "cons_company", company.id,
                 {"slettet": [company.deleted_at, None]})
    company.deleted_at = None
    session.flush()
    session.expire(group, ["companies"])
    return company.id


def list_deleted(session: Session) -> list[DeletedItem]:
    """Deleted groups, and deleted companies of groups still in use, oldest deletion first."""
    out: list[DeletedItem] = []
    for g in session.scalars(select(ConsGroup).where(ConsGroup.deleted_at.is_not(None))):
        assert g.deleted_at is not None
        out.append(DeletedItem("group", g.id, g.id, g.name, None, g.name, deleted_on(g.deleted_at),
                               last_day_kept(session, g.deleted_at)))
    for c, g in session.execute(select(ConsCompany, ConsGroup).join(ConsGroup, ConsGroup.id == ConsCompany.group_id)
                                .where(ConsCompany.deleted_at.is_not(None), ConsGroup.deleted_at.is_(None))):
        assert c.deleted_at is not None
        out.append(DeletedItem("company", c.id, g.id, g.name, c.orgnr, c.name, deleted_on(c.deleted_at),
                               last_day_kept(session, c.deleted_at)))
    return sorted(out, key=lambda item: (item.deleted_on, item.kind, item.id))


# -- physical erase (the retention run) ------------------------------------------------------

def _erase_companies(session: Session, company_ids: list[int]) -> None:
    """Every row that belongs to these companies, in foreign-key order."""
    if not company_ids:
        return
    touched = list(session.scalars(select(ConsEliminationLine.elimination_id).distinct()
                                   .where(ConsEliminationLine.company_id.in_(company_ids))))
    session.execute(delete(ConsEliminationLine).where(ConsEliminationLine.elimination_id.in_(touched)))
    session.execute(delete(ConsElimination).where(ConsElimination.id.in_(touched)))
    tbs = select(ConsTrialBalance.id).where(ConsTrialBalance.company_id.in_(company_ids))
    session.execute(delete(ConsTbLine).where(ConsTbLine.tb_id.in_(tbs)))
    session.execute(delete(ConsTbParty).where(ConsTbParty.tb_id.in_(tbs)))
    session.execute(delete(ConsTrialBalance).where(ConsTrialBalance.company_id.in_(company_ids)))
    session.execute(update(ConsMapping).where(ConsMapping.counterparty_id.in_(company_ids)).values(counterparty_id=None))
    session.execute(delete(ConsMapping).where(ConsMapping.company_id.in_(company_ids)))
    session.execute(delete(ConsExcessValue).where(ConsExcessValue.company_id.in_(company_ids)))
    session.execute(delete(ConsAcquisitionStep).where(ConsAcquisitionStep.company_id.in_(company_ids)))
    session.execute(update(ConsElimination).where(ConsElimination.belongs_to_id.in_(company_ids))
                    .values(belongs_to_id=None))
    # a deleted company still pointing at one being erased (both deleted) loses its owner link
    session.execute(update(ConsCompany).where(ConsCompany.owner_id.in_(company_ids),
                                              ConsCompany.id.not_in(company_ids)).values(owner_id=None))
    session.execute(update(ConsCompany).where(ConsCompany.id.in_(company_ids)).values(owner_id=None))
    session.execute(delete(ConsCompany).where(ConsCompany.id.in_(company_ids)))


def erase_company(session: Session, company_id: int) -> None:
    _erase_companies(session, [company_id])
    audit.record(session, "konsern.selskap_slettet_fysisk", "cons_company", company_id, {"modus": [None, "retention"]})


def erase_group(session: Session, group_id: int) -> None:
    ids = list(session.scalars(select(ConsCompany.id).where(ConsCompany.group_id == group_id)))
    _erase_companies(session, ids)
    session.execute(delete(ConsEliminationLine).where(ConsEliminationLine.elimination_id.in_(
        select(ConsElimination.id).where(ConsElimination.group_id == group_id))))
    session.execute(delete(ConsElimination).where(ConsElimination.group_id == group_id))
    session.execute(delete(ConsRate).where(ConsRate.group_id == group_id))
    session.execute(delete(ConsGroup).where(ConsGroup.id == group_id))
    audit.record(session, "konsern.slettet_fysisk", "cons_group", group_id, {"modus": [None, "retention"]})


@registry.expiring
def expiring_groups_and_companies(session: Session, as_of: date) -> list[registry.Expiring]:
    """Logically deleted groups and companies whose last day kept is before ``as_of``."""
    due: list[registry.Expiring] = []
    for g in session.scalars(select(ConsGroup).where(ConsGroup.deleted_at.is_not(None)).order_by(ConsGroup.id)):
        assert g.deleted_at is not None
        if last_day_kept(session, g.deleted_at) < as_of:
            due.append(registry.Expiring(
                POLICY_KEY, "group", g.id,
                f"konsern {g.id} slettet fysisk (logisk slettet {deleted_on(g.deleted_at):%d.%m.%Y})",
                partial(erase_group, session, g.id)))
    due_groups = {item.entity_id for item in due}
    companies = session.scalars(select(ConsCompany).where(ConsCompany.deleted_at.is_not(None))
                                .order_by(ConsCompany.deleted_at, ConsCompany.id))
    for c in companies:
        assert c.deleted_at is not None
        if c.group_id in due_groups or last_day_kept(session, c.deleted_at) >= as_of:
            continue  # erased with its group, or not yet due
        due.append(registry.Expiring(
            POLICY_KEY, "company", c.id,
            f"selskap {c.id} i konsern {c.group_id} slettet fysisk (logisk slettet {deleted_on(c.deleted_at):%d.%m.%Y})",
            partial(erase_company, session, c.id)))
    return due


@registry.scheduled
def deletion_schedule(session: Session) -> list[dict[str, str]]:
    """When each logically deleted group and company will be erased (ids and dates, no names)."""
    rows = []
    for item in list_deleted(session):
        what = (f"konsern {item.id}" if item.kind == "group" else f"selskap {item.id} i konsern {item.group_id}")
        rows.append({"when": (item.kept_until + timedelta(days=1)).isoformat(),
                     "what": f"{what} slettes fysisk (logisk slettet {item.deleted_on:%d.%m.%Y})"})
    return rows
