"""Group structure: a konsern with a parent and subsidiaries, owned directly or through another."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import access, audit
from ..errors import NotFound, UserError, ValidationError
from ..models.consolidation import ConsCompany, ConsGroup


@dataclass(frozen=True)
class CompanyView:
    id: int
    orgnr: str
    name: str
    currency: str
    is_parent: bool
    owner_orgnr: str | None
    owner_pct: Decimal
    #: the group's share through the chain of owners
    effective_pct: Decimal
    acquired_on: date | None
    cost_ore: int | None
    equity_at_acquisition_ore: int | None
    goodwill_years: int
    depth: int

    def to_json(self) -> dict[str, Any]:
        from ..money import format_amount

        return {
            "orgnr": self.orgnr, "name": self.name, "currency": self.currency, "parent": self.is_parent,
            "owner": self.owner_orgnr, "owner_pct": str(self.owner_pct), "effective_pct": str(self.effective_pct),
            "acquired": self.acquired_on.isoformat() if self.acquired_on else None,
            "cost": format_amount(self.cost_ore) if self.cost_ore is not None else None,
            "equity_at_acquisition": (format_amount(self.equity_at_acquisition_ore)
                                      if self.equity_at_acquisition_ore is not None else None),
            "goodwill_years": self.goodwill_years,
        }


def format_pct(value: Decimal | str, places: int | None = None) -> str:
    """«20 %», «66,6667 %»: never Decimal's exponent form (``Decimal(20).normalize()`` is «2E+1»)."""
    number = Decimal(value)
    if places is not None:
        number = number.quantize(Decimal(1).scaleb(-places))
    text = f"{number:f}"
    if "." in text and places is None:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", ",") + " %"


def parse_pct(text: str | Decimal) -> Decimal:
    try:
        value = Decimal(str(text).replace(",", ".").replace("%", "").strip())
    except InvalidOperation:
        raise ValidationError({"eierandel": f"«{text}» er ikke en prosent"}) from None
    if not value.is_finite() or value <= 0 or value > 100:
        raise ValidationError({"eierandel": "eierandelen må være over 0 og høyst 100 %"})
    return value


def create_group(session: Session, name: str, currency: str = "NOK", goodwill_years: int = 5) -> int:
    access.require(session, "group")
    name = name.strip()
    if not name:
        raise ValidationError({"navn": "konsernet må ha et navn"})
    existing = session.scalar(select(ConsGroup).where(ConsGroup.name == name))
    if existing is not None:
        if existing.deleted_at is not None:
            raise UserError(f"Konsernet «{name}» er slettet, men kan gjenopprettes av en administrator "
                            "(Konsern → Vis slettede, eller «group restore»). Velg et annet navn for et nytt konsern.")
        raise UserError(f"Konsernet «{name}» finnes allerede.")
    if goodwill_years < 1:
        raise ValidationError({"avskrivningstid": "minst ett år"})
    group = ConsGroup(name=name, currency=currency.upper(), goodwill_years=goodwill_years)
    session.add(group)
    session.flush()
    audit.record(session, "konsern.opprettet", "cons_group", group.id, {"navn": [None, name]})
    return group.id


def list_groups(session: Session) -> list[tuple[int, str, str]]:
    """The groups in use; logically deleted ones are hidden (see deletion.list_deleted)."""
    return [(g.id, g.name, g.currency) for g in session.scalars(
        select(ConsGroup).where(ConsGroup.deleted_at.is_(None)).order_by(ConsGroup.name))]


def get_group(session: Session, name_or_id: str | int, *, include_deleted: bool = False) -> ConsGroup:
    """A group by name or id. A logically deleted group is not found unless ``include_deleted``."""
    if isinstance(name_or_id, int) or str(name_or_id).isdigit():
        group = session.get(ConsGroup, int(name_or_id))
        if group is None:
            group = session.scalar(select(ConsGroup).where(ConsGroup.name == str(name_or_id)))
    else:
        group = session.scalar(select(ConsGroup).where(ConsGroup.name == str(name_or_id).strip()))
    if group is None or (group.deleted_at is not None and not include_deleted):
        raise NotFound(f"Fant ikke konsernet «{name_or_id}».")
    return group


def find_company(session: Session, group: ConsGroup, orgnr: str, *,
                 include_deleted: bool = False) -> ConsCompany | None:
    query = select(ConsCompany).where(ConsCompany.group_id == group.id, ConsCompany.orgnr == orgnr.replace(" ", ""))
    if not include_deleted:
        query = query.where(ConsCompany.deleted_at.is_(None))
    return session.scalar(query)


def get_company(session: Session, group: ConsGroup, orgnr: str) -> ConsCompany:
    company = find_company(session, group, orgnr)
    if company is None:
        raise NotFound(f"Selskapet {orgnr} er ikke i konsernet «{group.name}».")
    return company


def parent_of(group: ConsGroup) -> ConsCompany | None:
    return next((c for c in group.companies if c.is_parent), None)


def add_company(session: Session, group: ConsGroup, *, orgnr: str, name: str, owner_pct: str | Decimal = "100",
                owner_orgnr: str | None = None, currency: str = "NOK", acquired_on: date | None = None,
                cost_ore: int | None = None, equity_at_acquisition_ore: int | None = None,
                goodwill_years: int | None = None) -> int:
    """The first company added is the parent; later ones are subsidiaries of the parent or of ``owner_orgnr``."""
    access.require(session, "group")
    orgnr = orgnr.replace(" ", "")
    errors: dict[str, str] = {}
    if not orgnr:
        errors["orgnr"] = "mangler"
    if not name.strip():
        errors["navn"] = "mangler"
    if len(currency.strip()) != 3:
        errors["valuta"] = "tre bokstaver, f.eks. NOK eller SEK"
    if errors:
        raise ValidationError(errors)
    existing = find_company(session, group, orgnr, include_deleted=True)
    if existing is not None and existing.deleted_at is not None:
        raise UserError(f"Selskapet {orgnr} er slettet fra konsernet «{group.name}», men kan gjenopprettes av en "
                        "administrator (Konsern → Vis slettede, eller «group restore»).")
    if existing is not None:
        raise UserError(f"Selskapet {orgnr} er allerede i konsernet «{group.name}».")
    parent = parent_of(group)
    pct = parse_pct(owner_pct)
    owner: ConsCompany | None = None
    if parent is not None:
        owner = get_company(session, group, owner_orgnr) if owner_orgnr else parent
    elif owner_orgnr:
        raise UserError("Det første selskapet i konsernet er morselskapet og kan ikke ha en eier i konsernet.")
    if (cost_ore is None) != (equity_at_acquisition_ore is None):
        raise ValidationError({"oppkjøp": "oppgi både kostpris og egenkapital ved oppkjøp, eller ingen av dem"})
    company = ConsCompany(group_id=group.id, orgnr=orgnr, name=name.strip(), currency=currency.strip().upper(),
                          is_parent=parent is None, owner_id=owner.id if owner else None,
                          owner_pct="100" if parent is None else str(pct), acquired_on=acquired_on,
                          cost_ore=cost_ore, equity_at_acquisition_ore=equity_at_acquisition_ore,
                          goodwill_years=goodwill_years)
    session.add(company)
    session.flush()
    session.refresh(group)
    audit.record(session, "konsern.selskap_lagt_til", "cons_company", company.id,
                 {"orgnr": [None, orgnr], "eierandel": [None, company.owner_pct],
                  "kostpris_ore": [None, cost_ore]})
    return company.id


def share_at(company: ConsCompany, year: int | None = None) -> Decimal:
    """The direct owner's share in percent at the end of ``year``: the first acquisition's share plus
    the step acquisitions made by then (all of them when ``year`` is None)."""
    share = Decimal(company.owner_pct)
    for step in company.steps:
        if year is None or step.acquired_on.year <= year:
            share += Decimal(step.added_pct)
    return share


def effective_pct(company: ConsCompany, by_id: dict[int, ConsCompany], year: int | None = None) -> Decimal:
    """The group's share: the product of the owners' shares up to the parent (at the end of ``year``)."""
    share = Decimal(1)
    current: ConsCompany | None = company
    seen: set[int] = set()
    while current is not None and not current.is_parent and current.id not in seen:
        seen.add(current.id)
        share *= share_at(current, year) / 100
        current = by_id.get(current.owner_id) if current.owner_id else None
    return share * 100


def share_on(company: ConsCompany, day: date) -> Decimal:
    """The direct owner's share in percent on ``day`` (a step counts from its own date)."""
    share = Decimal(company.owner_pct)
    for step in company.steps:
        if step.acquired_on <= day:
            share += Decimal(step.added_pct)
    return share


def effective_pct_on(company: ConsCompany, by_id: dict[int, ConsCompany], day: date) -> Decimal:
    """The group's share through the chain of owners on ``day``."""
    share = Decimal(1)
    current: ConsCompany | None = company
    seen: set[int] = set()
    while current is not None and not current.is_parent and current.id not in seen:
        seen.add(current.id)
        share *= share_on(current, day) / 100
        current = by_id.get(current.owner_id) if current.owner_id else None
    return share * 100


def days_before(day: date) -> Decimal:
    """The part of ``day``'s year before it (1 January = 0): how a year's flow is split at a step."""
    start, end = date(day.year, 1, 1), date(day.year, 12, 31)
    return Decimal((day - start).days) / Decimal((end - start).days + 1)


def owned_part(company: ConsCompany, year: int) -> Decimal:
    """The part of ``year`` the company is in the group: from its acquisition date in the year it
    was bought (the result before it belongs to the equity bought), else all of it."""
    acquired = company.acquired_on
    if company.is_parent or acquired is None or acquired.year < year:
        return Decimal(1)
    if acquired.year > year:
        return Decimal(0)
    return 1 - days_before(acquired)


def result_pct(company: ConsCompany, by_id: dict[int, ConsCompany], year: int) -> Decimal:
    """The group's share in percent of the result ``year`` earned while the company was in the
    group (owned_part): time-weighted by days when a step acquisition (of the company or of an
    owner up the chain) falls inside the year, so the result before the step counts at the old
    share and after it at the new one."""
    first = date(year, 1, 1)
    if company.acquired_on is not None and company.acquired_on.year == year and not company.is_parent:
        first = company.acquired_on
    days: set[date] = set()
    current: ConsCompany | None = company
    seen: set[int] = set()
    while current is not None and not current.is_parent and current.id not in seen:
        seen.add(current.id)
        days |= {s.acquired_on for s in current.steps if s.acquired_on.year == year and s.acquired_on > first}
        current = by_id.get(current.owner_id) if current.owner_id else None
    if not days:
        return effective_pct(company, by_id, year)
    bounds = [first, *sorted(days)]
    weights = [days_before(b) for b in bounds]
    weights.append(Decimal(1))
    total = Decimal(0)
    for i, start in enumerate(bounds):
        total += effective_pct_on(company, by_id, start) * (weights[i + 1] - weights[i])
    return total / (1 - weights[0])


def company_views(group: ConsGroup) -> list[CompanyView]:
    """The companies as a tree in depth-first order (parent first), with effective shares."""
    by_id = {c.id: c for c in group.companies}
    children: dict[int | None, list[ConsCompany]] = {}
    for c in group.companies:
        children.setdefault(None if c.is_parent else c.owner_id, []).append(c)
    out: list[CompanyView] = []

    def walk(owner: int | None, depth: int) -> None:
        for c in sorted(children.get(owner, []), key=lambda c: c.id):
            owner_company = by_id.get(c.owner_id) if c.owner_id else None
            out.append(CompanyView(c.id, c.orgnr, c.name, c.currency, c.is_parent,
                                   owner_company.orgnr if owner_company else None, share_at(c),
                                   effective_pct(c, by_id), c.acquired_on, c.cost_ore, c.equity_at_acquisition_ore,
                                   c.goodwill_years or group.goodwill_years, depth))
            walk(c.id, depth + 1)

    walk(None, 0)
    return out


_UNSET: Any = object()


def edit_company(session: Session, group: ConsGroup, orgnr: str, *, name: str | None = None,
                 owner_pct: str | Decimal | None = None, acquired_on: date | None = _UNSET,
                 cost_ore: int | None = _UNSET, equity_at_acquisition_ore: int | None = _UNSET,
                 goodwill_years: int | None = _UNSET) -> None:
    """Change a company's name, share or first-acquisition data (left out = unchanged, None = cleared).

    This corrects the first analysis for every year; a later purchase of shares is a step
    acquisition with its own analysis from its date (acquisition.add_step)."""
    access.require(session, "group")
    company = get_company(session, group, orgnr)
    before = {"navn": company.name, "eierandel": company.owner_pct, "oppkjøpt": company.acquired_on,
              "kostpris_ore": company.cost_ore, "egenkapital_ore": company.equity_at_acquisition_ore,
              "avskrivningstid": company.goodwill_years}
    if name is not None:
        if not name.strip():
            raise ValidationError({"navn": "mangler"})
        company.name = name.strip()
    if owner_pct is not None:
        if company.is_parent:
            raise UserError("Morselskapet har ingen eierandel i konsernet.")
        company.owner_pct = str(parse_pct(owner_pct))
    if company.is_parent and any(v is not _UNSET and v is not None
                                 for v in (acquired_on, cost_ore, equity_at_acquisition_ore)):
        raise UserError("Morselskapet har ingen oppkjøpsanalyse.")
    if acquired_on is not _UNSET:
        company.acquired_on = acquired_on
    if cost_ore is not _UNSET:
        company.cost_ore = cost_ore
    if equity_at_acquisition_ore is not _UNSET:
        company.equity_at_acquisition_ore = equity_at_acquisition_ore
    if goodwill_years is not _UNSET:
        if goodwill_years is not None and goodwill_years < 1:
            raise ValidationError({"avskrivningstid": "minst ett år"})
        company.goodwill_years = goodwill_years
    if (company.cost_ore is None) != (company.equity_at_acquisition_ore is None):
        raise ValidationError({"oppkjøp": "oppgi både kostpris og egenkapital ved oppkjøp, eller ingen av dem"})
    session.flush()
    after = {"navn": company.name, "eierandel": company.owner_pct, "oppkjøpt": company.acquired_on,
             "kostpris_ore": company.cost_ore, "egenkapital_ore": company.equity_at_acquisition_ore,
             "avskrivningstid": company.goodwill_years}
    audit.record(session, "konsern.selskap_endret", "cons_company", company.id, audit.diff(
        {k: str(v) if isinstance(v, date) else v for k, v in before.items()},
        {k: str(v) if isinstance(v, date) else v for k, v in after.items()}))
