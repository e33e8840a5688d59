"""Company accounts -> group accounts: proposals, confirmation, intercompany tags.

A proposal comes from the account's GroupingCode (SAF-T 1.30), its StandardAccountID (1.20,
two or four digits) or its own number, in that order. Mappings belong to the company, not the
year, so a confirmed mapping is reused next period. Only confirmed mappings count: an account
without one blocks the report.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import access, audit
from ..errors import NotFound, UserError
from ..models.consolidation import ConsCompany, ConsGroup, ConsMapping, ConsTbLine, ConsTrialBalance
from . import chart

#: group accounts whose name says "foretak i samme konsern": a counterparty is proposed for them
INTERCOMPANY_ACCOUNTS = frozenset({"1310", "1320", "1550", "1560", "2260", "2460", "2920", "8000", "8030", "8130",
                                   "8920", "8930", "8935"})


def propose(line: ConsTbLine) -> tuple[str, str] | None:
    """(group account, source) for a trial-balance line, or None if nothing fits."""
    own = chart.account_for_number(line.account)
    if own and own[:2] in ("88", "89"):
        return own, "number"  # the grouping code for allocations (8800) is less specific than 89xx
    if line.grouping_code:
        target = chart.account_for_number(line.grouping_code)
        if target:
            return target, "grouping"
    standard = line.standard_account.strip()
    if standard.isdigit():
        target = chart.account_for_number(standard.ljust(4, "0") if len(standard) < 4 else standard)
        if target:
            return target, "standard"
    target = chart.account_for_number(line.account)
    return (target, "number") if target else None


def _counterparty_for(group: ConsGroup, company: ConsCompany, group_account: str, orgnr: str) -> int | None:
    if orgnr:
        match = next((c for c in group.companies if c.orgnr == orgnr and c.id != company.id), None)
        if match:
            return match.id
    if group_account not in INTERCOMPANY_ACCOUNTS:
        return None
    others = [c for c in group.companies if c.id != company.id]
    if len(others) == 1:
        return others[0].id
    if not company.is_parent and company.owner_id is not None:
        return company.owner_id
    return None


def propose_for_company(session: Session, group: ConsGroup, company: ConsCompany,
                        lines: Iterable[ConsTbLine]) -> int:
    """Add proposals for accounts that have no mapping yet; returns how many were added."""
    existing = {m.account: m for m in session.scalars(select(ConsMapping).where(ConsMapping.company_id == company.id))}
    added = 0
    for line in lines:
        if line.account in existing:
            continue
        found = propose(line)
        if found is None:
            continue
        target, source = found
        m = ConsMapping(company_id=company.id, account=line.account, group_account=target, confirmed=False,
                        source=source, counterparty_id=_counterparty_for(group, company, target, line.counterparty))
        session.add(m)
        existing[line.account] = m
        added += 1
    session.flush()
    return added


@dataclass(frozen=True)
class MappingRow:
    company_id: int
    orgnr: str
    account: str
    name: str
    closing_ore: int
    group_account: str | None
    group_name: str
    confirmed: bool
    source: str
    counterparty: str | None

    def to_json(self) -> dict[str, Any]:
        from ..money import format_amount

        return {"company": self.orgnr, "account": self.account, "name": self.name,
                "closing": format_amount(self.closing_ore), "group_account": self.group_account,
                "group_name": self.group_name, "confirmed": self.confirmed, "source": self.source,
                "counterparty": self.counterparty}


def _accounts_in_use(session: Session, group: ConsGroup, year: int | None) -> dict[tuple[int, str], tuple[str, int]]:
    """(company id, account) -> (name, closing) from the current trial balances (latest year first)."""
    query = (select(ConsTbLine, ConsTrialBalance).join(ConsTrialBalance, ConsTrialBalance.id == ConsTbLine.tb_id)
             .join(ConsCompany, ConsCompany.id == ConsTrialBalance.company_id)
             .where(ConsCompany.group_id == group.id, ConsCompany.deleted_at.is_(None),
                    ConsTrialBalance.is_current.is_(True))
             .order_by(ConsTrialBalance.year))
    if year is not None:
        query = query.where(ConsTrialBalance.year == year)
    out: dict[tuple[int, str], tuple[str, int]] = {}
    for line, tb in session.execute(query):
        out[(tb.company_id, line.account)] = (line.name, line.closing_ore)
    return out


def list_mappings(session: Session, group: ConsGroup, year: int | None = None, search: str = "",
                  only_open: bool = False) -> list[MappingRow]:
    companies = {c.id: c for c in group.companies}
    in_use = _accounts_in_use(session, group, year)
    maps = {(m.company_id, m.account): m for m in session.scalars(
        select(ConsMapping).where(ConsMapping.company_id.in_(list(companies))))}
    keys = sorted(set(in_use) | (set(maps) if year is None else set()),
                  key=lambda k: (companies[k[0]].orgnr if k[0] in companies else "", k[1]))
    rows: list[MappingRow] = []
    needle = search.strip().lower()
    for key in keys:
        name, closing = in_use.get(key, ("", 0))
        m = maps.get(key)
        target = m.group_account if m else None
        row = MappingRow(key[0], companies[key[0]].orgnr, key[1], name, closing, target,
                         chart.ACCOUNTS[target].name if target in chart.ACCOUNTS else "",
                         bool(m and m.confirmed), m.source if m else "",
                         companies[m.counterparty_id].orgnr if m and m.counterparty_id in companies else None)
        if only_open and row.confirmed:
            continue
        if needle and needle not in " ".join([row.orgnr, row.account, row.name, row.group_account or "",
                                              row.group_name, row.counterparty or ""]).lower():
            continue
        rows.append(row)
    return rows


def set_mapping(session: Session, group: ConsGroup, orgnr: str, account: str, group_account: str | None = None,
                counterparty_orgnr: str | None = None, confirm: bool = True) -> None:
    """Map (or re-map) one account, optionally tag it as intercompany ('' clears the tag), and confirm it."""
    access.require(session, "group")
    from .groups import get_company

    company = get_company(session, group, orgnr)
    m = session.scalar(select(ConsMapping).where(ConsMapping.company_id == company.id, ConsMapping.account == account))
    if group_account is not None and group_account not in chart.ACCOUNTS:
        raise NotFound(f"Konsernkonto {group_account} finnes ikke i konsernkontoplanen.")
    if m is None:
        if group_account is None:
            raise UserError(f"Konto {account} hos {orgnr} har ingen tilordning ennå: oppgi konsernkonto.")
        m = ConsMapping(company_id=company.id, account=account, group_account=group_account, source="user")
        session.add(m)
    old = {"konsernkonto": m.group_account, "motpart": m.counterparty_id, "bekreftet": m.confirmed}
    if group_account is not None and group_account != m.group_account:
        m.group_account = group_account
        m.source = "user"
    if counterparty_orgnr is not None:
        if counterparty_orgnr == "":
            m.counterparty_id = None
        else:
            other = get_company(session, group, counterparty_orgnr)
            if other.id == company.id:
                raise UserError("Et selskap kan ikke være sin egen motpart.")
            m.counterparty_id = other.id
    m.confirmed = m.confirmed or confirm
    session.flush()
    audit.record(session, "konsern.tilordning", "cons_mapping", m.id, audit.diff(
        old, {"konsernkonto": m.group_account, "motpart": m.counterparty_id, "bekreftet": m.confirmed}))


def auto_map(session: Session, group: ConsGroup, year: int | None = None, confirm: bool = False) -> tuple[int, int]:
    """Propose for every unmapped account in use; with ``confirm`` also confirm all open proposals.

    Returns (proposed, confirmed)."""
    access.require(session, "group")
    proposed = 0
    companies = {c.id: c for c in group.companies}
    query = (select(ConsTbLine, ConsTrialBalance).join(ConsTrialBalance, ConsTrialBalance.id == ConsTbLine.tb_id)
             .where(ConsTrialBalance.company_id.in_(list(companies)), ConsTrialBalance.is_current.is_(True)))
    if year is not None:
        query = query.where(ConsTrialBalance.year == year)
    by_company: dict[int, list[ConsTbLine]] = {}
    for line, tb in session.execute(query):
        by_company.setdefault(tb.company_id, []).append(line)
    for company_id, lines in by_company.items():
        proposed += propose_for_company(session, group, companies[company_id], lines)
    confirmed = 0
    if confirm:
        for m in session.scalars(select(ConsMapping).where(ConsMapping.company_id.in_(list(companies)),
                                                           ConsMapping.confirmed.is_(False))):
            m.confirmed = True
            confirmed += 1
    audit.record(session, "konsern.tilordning_auto", "cons_group", group.id,
                 {"foreslått": [None, proposed], "bekreftet": [None, confirmed]})
    return proposed, confirmed


def confirmed_map(session: Session, group: ConsGroup) -> dict[tuple[int, str], ConsMapping]:
    ids = [c.id for c in group.companies]
    return {(m.company_id, m.account): m for m in session.scalars(
        select(ConsMapping).where(ConsMapping.company_id.in_(ids), ConsMapping.confirmed.is_(True)))}
