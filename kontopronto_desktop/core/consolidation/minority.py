"""Non-controlling interests: the minority's share of each partly owned subsidiary's equity and
result, and of manual entries flagged as belonging to one. Computed for every report, never stored."""

from __future__ import annotations

from decimal import Decimal

from ..models.consolidation import ConsGroup
from . import chart, currency, groups
from .balances import CompanyBalance
from .eliminations import EliminationView, Line, _group_share, _merge, _owner_share, _result_share
from .rules import round_ore, rules_for


def nci_lines(group: ConsGroup, balances: list[CompanyBalance],
              year: int | None = None) -> list[tuple[str, list[Line]]]:
    """The non-controlling interests' share of each partly owned subsidiary's equity and result.

    The minority's share is 1 - the group's effective share (the owners' shares multiplied up the
    chain): for a company owned 60 % by a subsidiary that is itself owned 80 %, 52 % of the
    result. Of the equity at acquisition, the intermediate owner's investment has already
    eliminated its own (direct) share, so there the minority keeps only the direct minority's
    share (1 - 60 % = 40 %); the indirect minority (the owner's own minority, 12 %) shares in
    what was earned after the acquisition. Contributed equity counts as all at acquisition, as in
    the investment elimination.

    Dividends and group contributions move earned equity up the chain: what a company pays out
    leaves its minorities' share by the direct minority only (the rest stays with the owner, whose
    own minority keeps its part), and what an owner receives from companies it owns is not part
    of its minority's share of the result (that minority already has it through the payer's result).
    """
    rules = rules_for(group.rules)
    companies = {c.id: c for c in group.companies}
    out: list[tuple[str, list[Line]]] = []
    for bal in balances:
        company = companies[bal.company_id]
        if company.is_parent:
            continue
        share = rules.nci_share(_group_share(company, companies, year))
        # the year's result before a step acquisition inside it at the old share, after it at the new
        # (of the part of the year it was in the group: before a first acquisition inside the year the
        # result belongs to the equity bought, midyear.pre_acquisition_lines)
        result_share = share
        if year is not None:
            result_share = rules.nci_share(_result_share(company, companies, year)) * groups.owned_part(company, year)
        if (share <= 0 and result_share <= 0) or not bal.has_tb:
            continue
        direct_share = rules.nci_share(_owner_share(company, year))
        at_acquisition: int | None = company.equity_at_acquisition_ore
        if at_acquisition is not None and bal.rates is not None:
            at_acquisition = currency.convert(at_acquisition, bal.rates.historical or bal.rates.closing)
        contributed_accounts = set(chart.contributed_equity_accounts()) if at_acquisition is not None else set()
        owned = {c.id for c in companies.values() if c.owner_id == company.id}
        totals = dict(bal.totals)
        for a in bal.lines:  # received from the companies it owns: counted with the payer
            if a.counterparty_id in owned and chart.ic_role(a.group_account) == "dividend_in":
                totals[a.group_account] -= a.group_ore
        lines: list[Line] = []
        result = 0
        contributed = 0
        for account, amount in sorted(totals.items()):
            line = chart.LINES[chart.ACCOUNTS[account].line]
            if line.statement == "IS":
                result += amount
            elif account in contributed_accounts:
                contributed -= amount
                lines.append((bal.company_id, account, -round_ore(Decimal(amount) * direct_share)))
            elif chart.is_allocation(account) and chart.ic_role(account) == "dividend_out":
                lines.append((bal.company_id, account, -round_ore(Decimal(amount) * direct_share)))
            elif account in chart.equity_accounts() or chart.is_allocation(account):
                lines.append((bal.company_id, account, -round_ore(Decimal(amount) * share)))
        if at_acquisition is not None and share != direct_share:
            # the indirect minority's part of the earned equity at acquisition went with the owner's
            # investment elimination; it is not theirs a second time
            lines.append((bal.company_id, "2050", -round_ore((share - direct_share) * (at_acquisition - contributed))))
        nci_result = round_ore(Decimal(-result) * result_share)
        lines.append((bal.company_id, "8890", nci_result))
        sold = nci_result - round_ore(Decimal(-result) * share)
        if sold:
            # its share of the result before a step went with the shares it sold: the step's
            # elimination took that part of the equity bought out of 2050, where it is given back;
            # before a first acquisition the result was equity at acquisition, of which it has its share
            lines.append((bal.company_id, "2050", -sold))
        lines.append((bal.company_id, "2070", -sum(x[2] for x in lines)))
        pct = groups.format_pct(share * 100)
        if result_share != share:
            pct += f" (av årets resultat {groups.format_pct(result_share * 100, 4)} tidsveid)"
        out.append((f"Minoritetsinteresser {pct} i {company.name} ({company.orgnr})", _merge(lines)))
    return out


def belonging_nci_lines(group: ConsGroup, entries: list[EliminationView],
                        year: int | None = None) -> list[tuple[str, list[Line]]]:
    """The minority's share of manual entries flagged as belonging to a partly owned subsidiary:
    of what they do to the result (8890 against 2070) and to equity (2050 against 2070)."""
    rules = rules_for(group.rules)
    companies = {c.id: c for c in group.companies}
    by_orgnr = {c.orgnr: c for c in group.companies}
    out: list[tuple[str, list[Line]]] = []
    for e in entries:
        company = by_orgnr.get(e.belongs_to or "")
        if company is None or company.is_parent:
            continue
        share = rules.nci_share(_group_share(company, companies, year))
        result_share = rules.nci_share(_result_share(company, companies, year)) if year is not None else share
        if share <= 0 and result_share <= 0:
            continue
        result = sum(x for _, a, x in e.lines if chart.statement_of(a) == "IS")
        equity = sum(x for _, a, x in e.lines if chart.statement_of(a) != "IS"
                     and (a in chart.equity_accounts() or chart.is_allocation(a)))
        nci_result = round_ore(Decimal(result) * result_share)
        # the part sold with the shares at a step inside the year goes back to opening equity
        sold = nci_result - round_ore(Decimal(result) * share)
        nci_equity = round_ore(Decimal(equity) * share) - sold
        lines = _merge([(company.id, "8890", -nci_result), (company.id, "2050", -nci_equity),
                        (company.id, "2070", nci_result + nci_equity)])
        if lines:
            out.append((f"Minoritetsinteresser {groups.format_pct(share * 100)} i manuell eliminering "
                        f"«{e.description}» ({company.name})", lines))
    return out
