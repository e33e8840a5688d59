"""Each company's trial balance on the group chart, in the group currency: the report's input.

Every account of the current trial balance must have a confirmed mapping; unmapped accounts
block the report and are listed. A foreign company is translated account by account (see
currency.py) and its translation difference goes to its own line 2060. Its earned equity after
the acquisition is carried from the previous year's translated figures (each year's result at
that year's average rate), so the translation difference accumulates year by year.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..errors import UserError
from ..models.consolidation import ConsCompany, ConsGroup, ConsTbLine, ConsTrialBalance
from ..models.consolidation_party import ConsTbParty
from . import chart, currency, mapping
from .currency import Rates
from .saft_parties import normalise_orgnr


@dataclass(frozen=True)
class AccountAmount:
    """One company account on its group account: local amount and group-currency amount."""

    company_id: int
    account: str
    name: str
    group_account: str
    local_ore: int
    group_ore: int
    counterparty_id: int | None


@dataclass
class CompanyBalance:
    company_id: int
    orgnr: str
    name: str
    currency: str
    has_tb: bool
    rates: Rates | None = None
    lines: list[AccountAmount] = field(default_factory=list)
    #: group account -> amount in the group currency (translation difference included)
    totals: dict[str, int] = field(default_factory=dict)
    translation_ore: int = 0
    #: the translation difference at the end of the previous year (None when not carried)
    translation_opening_ore: int | None = None


class UnmappedAccounts(UserError):
    def __init__(self, accounts: list[tuple[str, str, str]]) -> None:
        self.accounts = accounts
        listed = ", ".join(f"{orgnr} {acc} {name}".strip() for orgnr, acc, name in accounts[:20])
        more = f" og {len(accounts) - 20} til" if len(accounts) > 20 else ""
        super().__init__(f"{len(accounts)} kontoer mangler bekreftet tilordning til konsernkontoplanen, så "
                         f"rapporten kan ikke lages: {listed}{more}. Bekreft dem i tilordningen "
                         "(«group mapping auto --confirm» eller siden Konsern → Tilordning).")


def current_tbs(session: Session, group: ConsGroup, year: int) -> dict[int, ConsTrialBalance]:
    ids = [c.id for c in group.companies]
    return {tb.company_id: tb for tb in session.scalars(select(ConsTrialBalance).where(
        ConsTrialBalance.company_id.in_(ids), ConsTrialBalance.year == year, ConsTrialBalance.is_current.is_(True)))}


def unmapped(session: Session, group: ConsGroup, year: int) -> list[tuple[str, str, str]]:
    maps = mapping.confirmed_map(session, group)
    companies = {c.id: c for c in group.companies}
    out = []
    for company_id, tb in current_tbs(session, group, year).items():
        for line in tb.lines:
            if (company_id, line.account) not in maps:
                out.append((companies[company_id].orgnr, line.account, line.name))
    return out


def earned_accounts() -> set[str]:
    """Earned equity (2050 and the like): not contributed capital, translation or minority."""
    return set(chart.equity_accounts()) - set(chart.contributed_equity_accounts()) - {
        currency.TRANSLATION_ACCOUNT, "2070"}


def _earned(balance: CompanyBalance, with_result: bool) -> tuple[int, int]:
    """(local, group) of the earned equity lines, with this year's result and allocations if asked."""
    earned = earned_accounts()
    local = group_sum = 0
    for a in balance.lines:
        if a.group_account in earned or (with_result and chart.is_result_account(a.group_account)):
            local += a.local_ore
            group_sum += a.group_ore
    return local, group_sum


def _company_balance(session: Session, group: ConsGroup, company: ConsCompany, year: int,
                     maps: dict[tuple[int, str], Any], tbs: dict[int, ConsTrialBalance], depth: int = 0) -> CompanyBalance:
    tb = tbs.get(company.id)
    result = CompanyBalance(company.id, company.orgnr, company.name, company.currency, tb is not None)
    foreign = company.currency != group.currency
    if foreign and tb is not None:
        result.rates = currency.get_rates(session, group, company.currency, year)
    lines: list[ConsTbLine] = list(tb.lines) if tb is not None else []
    parts = _party_parts(session, group, company, tb) if tb is not None else {}

    def add(line: ConsTbLine, name: str, local: int, counterparty: int | None) -> None:
        m = maps[(company.id, line.account)]
        amount = local
        if result.rates is not None:
            amount = currency.convert(amount, currency.rate_for(m.group_account, result.rates))
        result.lines.append(AccountAmount(company.id, line.account, name, m.group_account, local, amount,
                                          counterparty))

    for line in lines:
        m = maps[(company.id, line.account)]
        found = parts.get(line.account, []) if m.counterparty_id is None else []
        # the voucher lines' customers/suppliers in the group: their part on its own line, tagged
        for counterparty_id, orgnr, local in found:
            add(line, f"{line.name} (motpart {orgnr} fra bilagene)", local, counterparty_id)
        rest = line.closing_ore - sum(local for _, _, local in found)
        if rest or not found:
            add(line, line.name, rest, m.counterparty_id)
    if result.rates is not None:
        prior = _prior_balance(session, group, company, year, maps, depth)
        if prior is not None:
            _carry_earned(result, prior)
    for a in result.lines:
        result.totals[a.group_account] = result.totals.get(a.group_account, 0) + a.group_ore
    if result.rates is not None:
        local_sum = sum(line.closing_ore for line in lines)
        group_sum = sum(a.group_ore for a in result.lines)
        # the local trial balance's own imbalance is translated at the closing rate; the rest
        # is the translation difference
        difference = currency.convert(local_sum, result.rates.closing) - group_sum
        result.translation_ore = difference
        if difference:
            result.totals[currency.TRANSLATION_ACCOUNT] = (
                result.totals.get(currency.TRANSLATION_ACCOUNT, 0) + difference)
    return result


def _party_parts(session: Session, group: ConsGroup, company: ConsCompany,
                 tb: ConsTrialBalance) -> dict[str, list[tuple[int, str, int]]]:
    """account -> [(company id, orgnr, local øre)] for the parts traded with other group companies."""
    others = {normalise_orgnr(c.orgnr): c for c in group.companies if c.id != company.id}
    out: dict[str, list[tuple[int, str, int]]] = {}
    for row in session.scalars(select(ConsTbParty).where(ConsTbParty.tb_id == tb.id).order_by(ConsTbParty.id)):
        other = others.get(row.counterparty)
        if other is not None and row.amount_ore:
            out.setdefault(row.account, []).append((other.id, other.orgnr, row.amount_ore))
    return out


def _prior_balance(session: Session, group: ConsGroup, company: ConsCompany, year: int,
                   maps: dict[tuple[int, str], Any], depth: int) -> CompanyBalance | None:
    """The company's previous year, translated, when it was already in the group then and that
    year's trial balance is mapped and has rates; else None (equity at the historical rate)."""
    if depth > 50 or (company.acquired_on is not None and company.acquired_on.year > year - 1):
        return None
    prior_tb = session.scalar(select(ConsTrialBalance).where(
        ConsTrialBalance.company_id == company.id, ConsTrialBalance.year == year - 1,
        ConsTrialBalance.is_current.is_(True)))
    if prior_tb is None or any((company.id, line.account) not in maps for line in prior_tb.lines):
        return None
    try:
        return _company_balance(session, group, company, year - 1, maps, {company.id: prior_tb}, depth + 1)
    except UserError:  # no rates for that year
        return None


def _carry_earned(balance: CompanyBalance, prior: CompanyBalance) -> None:
    """Earned equity after the acquisition at the average rates of the years it was earned: the
    opening earned equity is last year's closing earned equity as the group translated it; only
    what the books changed since (local) is added at the historical rate. The allocations of the
    year (88xx/89xx, at the average rate) are taken back out of the opening figure."""
    assert balance.rates is not None
    earned = earned_accounts()
    targets = [i for i, a in enumerate(balance.lines) if a.group_account in earned]
    if not targets:
        return
    prior_local, prior_group = _earned(prior, with_result=True)
    allocations = [a for a in balance.lines if chart.is_allocation(a.group_account)]
    opening_local = sum(balance.lines[i].local_ore for i in targets) + sum(a.local_ore for a in allocations)
    historical = balance.rates.historical or balance.rates.closing
    wanted = (prior_group + currency.convert(opening_local - prior_local, historical)
              - sum(a.group_ore for a in allocations))
    delta = wanted - sum(balance.lines[i].group_ore for i in targets)
    if delta:
        i = max(targets, key=lambda i: abs(balance.lines[i].local_ore))
        a = balance.lines[i]
        balance.lines[i] = AccountAmount(a.company_id, a.account, a.name, a.group_account, a.local_ore,
                                         a.group_ore + delta, a.counterparty_id)
    balance.translation_opening_ore = prior.translation_ore


def balance_of(session: Session, group: ConsGroup, company: ConsCompany, year: int) -> CompanyBalance | None:
    """One company's balance for ``year`` when its trial balance is there, mapped and has rates; else None."""
    tbs = current_tbs(session, group, year)
    if company.id not in tbs:
        return None
    try:
        return _company_balance(session, group, company, year, mapping.confirmed_map(session, group), tbs)
    except (UserError, KeyError):
        return None


def company_balances(session: Session, group: ConsGroup, year: int,
                     companies: list[ConsCompany] | None = None) -> list[CompanyBalance]:
    missing = unmapped(session, group, year)
    if missing:
        raise UnmappedAccounts(missing)
    maps = mapping.confirmed_map(session, group)
    tbs = current_tbs(session, group, year)
    return [_company_balance(session, group, company, year, maps, tbs) for company in companies or list(group.companies)]
