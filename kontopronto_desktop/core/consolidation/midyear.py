"""Acquisitions and steps dated inside a year: the result before the day belongs to the equity
bought, and the equity typed for the day must agree with the trial balance (split by days)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from ..models.consolidation import ConsCompany, ConsGroup
from ..money import format_nok
from . import chart, currency, groups
from .balances import CompanyBalance
from .rules import round_ore

Line = tuple[int | None, str, int]

def pre_acquisition_lines(sub: ConsCompany, bal: CompanyBalance, year: int) -> list[tuple[str, str, list[Line]]]:
    """A subsidiary bought during ``year``: the result it earned before the acquisition date is not
    the group's but part of the equity bought (the analysis' equity at acquisition includes it). It
    leaves the group's income statement account by account, split by days like a step, to other
    equity, where the investment elimination takes it with the rest of the equity at acquisition."""
    part = 1 - groups.owned_part(sub, year)
    if part <= 0 or part >= 1 or sub.acquired_on is None:
        return []
    lines: list[Line] = []
    for account, amount in sorted(bal.totals.items()):
        if chart.is_result_account(account) and not chart.is_allocation(account) and account != "8890":
            before = round_ore(Decimal(amount) * part)
            if before:
                lines.append((sub.id, account, -before))
    if not lines:
        return []
    lines.append((sub.id, "2050", -sum(x for _, _, x in lines)))
    first = date(year, 1, 1)
    days, total = (sub.acquired_on - first).days, (date(year, 12, 31) - first).days + 1
    return [("investment", f"Resultat før oppkjøpet {sub.acquired_on.strftime('%d.%m.%Y')} i {sub.name} "
                           f"({sub.orgnr}): {days} av {total} dager av årets resultat hører til egenkapitalen "
                           "ved oppkjøpet", lines)]

def equity_on_day_warnings(group: ConsGroup, balances: list[CompanyBalance], year: int) -> list[str]:
    """A warning for each acquisition or step dated inside ``year`` whose equity on the day is not the
    trial balance's opening equity plus the year's result to that day (split by days, as the
    minority's share is): the share of the difference would land in the majority's opening equity.
    Only for trial balances whose equity accounts are opening balances (no 88xx/89xx booked)."""
    by_id = {b.company_id: b for b in balances}
    out: list[str] = []
    for company in group.companies:
        bal = by_id.get(company.id)
        if company.is_parent or bal is None or not bal.has_tb:
            continue
        if any(a.local_ore for a in bal.lines if chart.is_allocation(a.group_account)):
            continue
        dated: list[tuple[date, int, str]] = []
        if company.acquired_on is not None and company.equity_at_acquisition_ore is not None:
            dated.append((company.acquired_on, company.equity_at_acquisition_ore, "Oppkjøpet"))
        dated += [(st.acquired_on, st.equity_ore, "Trinnvis oppkjøp") for st in company.steps]
        opening = -sum(a.local_ore for a in bal.lines if a.group_account in chart.equity_accounts()
                       and a.group_account not in (currency.TRANSLATION_ACCOUNT, "2070"))
        profit = -sum(a.local_ore for a in bal.lines
                      if chart.is_result_account(a.group_account) and a.group_account != "8890")
        for day, equity, what in dated:
            if day.year != year or (day.month, day.day) == (1, 1):
                continue
            expected = opening + round_ore(Decimal(profit) * groups.days_before(day))
            if expected != equity:
                out.append(f"{what} {day.strftime('%d.%m.%Y')} i {company.name} ({company.orgnr}): egenkapitalen på "
                           f"datoen er oppgitt til {format_nok(equity)}, men inngående egenkapital "
                           f"{format_nok(opening)} + årets resultat fram til datoen fordelt etter dager "
                           f"{format_nok(expected - opening)} = {format_nok(expected)} ({company.currency}). "
                           "Andelen av differansen havner i majoritetens inngående egenkapital; rett egenkapitalen "
                           "på datoen i oppkjøpsanalysen.")
    return out

