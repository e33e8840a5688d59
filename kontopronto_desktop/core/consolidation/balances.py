"""Each company's trial balance on the group chart, in the group currency: the report's input.

Every account of the current trial balance must have a confirmed mapping; unmapped accounts
block the report and are listed. A foreign company is translated account by account (see
currency.py) and its translation difference goes to its own line 2060.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..errors import UserError
from ..models.consolidation import ConsCompany, ConsGroup, ConsTbLine, ConsTrialBalance
from . import currency, mapping
from .currency import Rates


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


def company_balances(session: Session, group: ConsGroup, year: int,
                     companies: list[ConsCompany] | None = None) -> list[CompanyBalance]:
    missing = unmapped(session, group, year)
    if missing:
        raise UnmappedAccounts(missing)
    maps = mapping.confirmed_map(session, group)
    tbs = current_tbs(session, group, year)
    out: list[CompanyBalance] = []
    for company in companies or list(group.companies):
        tb = tbs.get(company.id)
        result = CompanyBalance(company.id, company.orgnr, company.name, company.currency, tb is not None)
        foreign = company.currency != group.currency
        if foreign and tb is not None:
            result.rates = currency.get_rates(session, group, company.currency, year)
        lines: list[ConsTbLine] = list(tb.lines) if tb is not None else []
        for line in lines:
            m = maps[(company.id, line.account)]
            amount = line.closing_ore
            if result.rates is not None:
                amount = currency.convert(amount, currency.rate_for(m.group_account, result.rates))
            result.lines.append(AccountAmount(company.id, line.account, line.name, m.group_account,
                                              line.closing_ore, amount, m.counterparty_id))
            result.totals[m.group_account] = result.totals.get(m.group_account, 0) + amount
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
        out.append(result)
    return out
