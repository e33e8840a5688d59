"""The consolidated income statement and balance sheet, with drill-down and checks.

Columns: each company (in the group currency), the eliminations (accepted entries plus the
non-controlling interests), and the group total; the prior year's group total beside it when
that year is imported and mapped. All figures are integer øre; presentation signs come from
the chart (income and equity shown positive).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from ..errors import UserError
from ..models.consolidation import ConsGroup
from ..money import format_amount
from . import acquisition, chart, eliminations, groups, midyear, minority
from .balances import CompanyBalance, company_balances, current_tbs, unmapped

ELIM = "eliminations"
TOTAL = "group"


@dataclass(frozen=True)
class Column:
    key: str
    label: str


@dataclass(frozen=True)
class ReportLine:
    code: str
    label: str
    statement: str
    kind: str
    #: column key -> presented amount (øre)
    amounts: dict[str, int]
    prior_ore: int | None

    def to_json(self, columns: list[Column]) -> dict[str, Any]:
        return {"code": self.code, "label": self.label, "kind": self.kind,
                "amounts": {c.key: format_amount(self.amounts.get(c.key, 0)) for c in columns},
                "prior": format_amount(self.prior_ore) if self.prior_ore is not None else None}


@dataclass(frozen=True)
class DrillRow:
    """One step of the drill-down: a group account, a company account, or an elimination."""

    level: int  # 0 group account, 1 company account / elimination
    text: str
    column: str
    amount_ore: int
    local_ore: int | None = None
    currency: str = ""


@dataclass
class Report:
    group: str
    year: int
    currency: str
    rules: str
    columns: list[Column]
    income_statement: list[ReportLine]
    balance_sheet: list[ReportLine]
    #: group account -> column -> raw (debit-positive) øre
    accounts: dict[str, dict[str, int]]
    balances: list[CompanyBalance]
    elimination_entries: list[tuple[str, str, list[tuple[int | None, str, int]]]]
    warnings: list[str] = field(default_factory=list)
    prior_year: int | None = None
    #: the group's translation difference (2060) at the end of the prior year, when that year's
    #: report could be built; the year's change is the closing figure less this
    translation_opening_ore: int | None = None
    #: manual entries of earlier years that count this year too (permanent ones)
    carried_forward: list[str] = field(default_factory=list)

    def _elim_sum(self, kinds: tuple[str, ...], accounts: set[str] | None = None,
                  exclude: set[str] | None = None) -> int:
        return sum(amount for kind, _, lines in self.elimination_entries if kind in kinds
                   for _, account, amount in lines
                   if (accounts is None or account in accounts) and (exclude is None or account not in exclude))

    @property
    def excess_values_ore(self) -> int:
        """The excess values' carrying amount at year end (acquisition and yearly entries, not goodwill)."""
        skip = {"1310", "1080", "2120", "2070", "2050", "2060", *chart.equity_accounts()}
        return sum(amount for kind, _, lines in self.elimination_entries if kind in ("investment", "excess")
                   for _, account, amount in lines if account not in skip and not chart.is_result_account(account))

    @property
    def deferred_tax_ore(self) -> int:
        """The deferred tax on the excess values at year end (a liability, positive)."""
        return -self._elim_sum(("investment", "excess"), {"2120"})

    @property
    def translation_ore(self) -> int:
        """The group's translation difference at year end, presented (credit = gain positive)."""
        return -self.accounts.get("2060", {}).get(TOTAL, 0)

    def line(self, code: str) -> ReportLine:
        for line in self.income_statement + self.balance_sheet:
            if line.code == code:
                return line
        raise KeyError(code)

    @property
    def assets_ore(self) -> int:
        return self.line("BS_SUM_EIENDELER").amounts[TOTAL]

    @property
    def equity_and_liabilities_ore(self) -> int:
        return self.line("BS_SUM_EK_GJELD").amounts[TOTAL]

    @property
    def eliminations_net_ore(self) -> int:
        return sum(amounts.get(ELIM, 0) for amounts in self.accounts.values())

    @property
    def balanced(self) -> bool:
        return self.assets_ore == self.equity_and_liabilities_ore

    def checks(self) -> dict[str, Any]:
        return {"balanced": self.balanced, "assets": format_amount(self.assets_ore),
                "equity_and_liabilities": format_amount(self.equity_and_liabilities_ore),
                "eliminations_net": format_amount(self.eliminations_net_ore),
                "eliminations_net_zero": self.eliminations_net_ore == 0}

    def to_json(self) -> dict[str, Any]:
        return {"group": self.group, "year": self.year, "currency": self.currency, "rules": self.rules,
                "prior_year": self.prior_year,
                "columns": [{"key": c.key, "label": c.label} for c in self.columns],
                "income_statement": [line.to_json(self.columns) for line in self.income_statement],
                "balance_sheet": [line.to_json(self.columns) for line in self.balance_sheet],
                "checks": self.checks(), "warnings": self.warnings,
                "goodwill": format_amount(self.line("BS_GOODWILL").amounts[TOTAL]),
                "excess_values": format_amount(self.excess_values_ore),
                "deferred_tax": format_amount(self.deferred_tax_ore),
                "minority": {"balance": format_amount(self.line("BS_MINORITET").amounts[TOTAL]),
                             "result": format_amount(self.line("RS_MINORITET").amounts[TOTAL])},
                "translation_difference": {
                    "opening": (format_amount(self.translation_opening_ore)
                                if self.translation_opening_ore is not None else None),
                    "change": (format_amount(self.translation_ore - self.translation_opening_ore)
                               if self.translation_opening_ore is not None else None),
                    "closing": format_amount(self.translation_ore)},
                "carried_forward": self.carried_forward}

    def drill(self, code: str) -> list[DrillRow]:
        """Statement line -> its group accounts -> the company accounts and eliminations behind them."""
        line = chart.LINES[code]
        if line.kind == "sum":
            raise UserError("Summelinjer kan ikke brytes ned; velg en av linjene over.")
        accounts = [a for a in chart.GROUP_ACCOUNTS if a.line == code]
        if code == chart.RESULT_IN_EQUITY:
            accounts += [a for a in chart.GROUP_ACCOUNTS
                         if chart.LINES[a.line].statement == "IS" and a not in accounts]
        rows: list[DrillRow] = []
        names = {b.company_id: b for b in self.balances}
        for account in accounts:
            per_column = self.accounts.get(account.number)
            if not per_column:
                continue
            total = sum(v for k, v in per_column.items() if k != TOTAL)
            rows.append(DrillRow(0, f"{account.number} {account.name}", TOTAL, total))
            for bal in self.balances:
                for a in bal.lines:
                    if a.group_account == account.number:
                        rows.append(DrillRow(1, f"{bal.name}: {a.account} {a.name}".strip(), bal.orgnr, a.group_ore,
                                             a.local_ore, bal.currency))
                if account.number == "2060" and bal.translation_ore:
                    rows.append(DrillRow(1, f"{bal.name}: omregningsdifferanse", bal.orgnr, bal.translation_ore))
            for _kind, text, lines in self.elimination_entries:
                for company_id, acc, amount in lines:
                    if acc == account.number:
                        who = names[company_id].name + ": " if company_id in names else ""
                        rows.append(DrillRow(1, f"{who}{text}", ELIM, amount))
        return rows


def _line_values(raw: dict[str, dict[str, int]], keys: list[str]) -> dict[str, dict[str, int]]:
    """Raw (debit-positive) value per statement line and column."""
    values: dict[str, dict[str, int]] = {}
    for line in chart.IS_LINES + chart.BS_LINES:
        if line.kind != "line":
            continue
        per = {k: 0 for k in keys}
        for account in chart.GROUP_ACCOUNTS:
            in_line = account.line == line.code or (
                line.code == chart.RESULT_IN_EQUITY and chart.LINES[account.line].statement == "IS")
            if in_line and account.number in raw:
                for k in keys:
                    per[k] += raw[account.number].get(k, 0)
        values[line.code] = per
    for line in chart.IS_LINES + chart.BS_LINES:
        if line.kind == "sum":
            values[line.code] = {k: sum(values[p][k] for p in line.parts) for k in keys}
    return values


def _build_lines(raw: dict[str, dict[str, int]], keys: list[str], prior: dict[str, int] | None,
                 statement: tuple[chart.StatementLine, ...]) -> list[ReportLine]:
    values = _line_values(raw, keys)
    out = []
    for line in statement:
        amounts = {k: values[line.code][k] * line.sign for k in keys}
        out.append(ReportLine(line.code, line.label, line.statement, line.kind, amounts,
                              prior.get(line.code) if prior is not None else None))
    return out


def build_report(session: Session, group: ConsGroup, year: int, *, with_prior: bool = True) -> Report:
    """The consolidated statements for ``year``. Raises UnmappedAccounts if any account is unmapped."""
    views = groups.company_views(group)
    by_id = {c.id: c for c in group.companies}
    ordered = [by_id[v.id] for v in views]
    tbs = current_tbs(session, group, year)
    if not tbs:
        raise UserError(f"Ingen saldobalanser er importert for {group.name} {year}.")
    balances = company_balances(session, group, year, ordered)
    warnings = [f"Mangler saldobalanse for {b.name} ({b.orgnr}) {year}; kolonnen er tom." for b in balances
                if not b.has_tb]
    for company in ordered:
        if (not company.is_parent and (company.cost_ore is None or company.acquired_on is None)
                and acquisition.list_excess(session, company)):
            warnings.append(f"{company.name} ({company.orgnr}) har merverdier, men mangler oppkjøpsdato, kostpris "
                            "eller egenkapital ved oppkjøp; merverdiene er ikke med.")
    warnings += midyear.equity_on_day_warnings(group, balances, year)
    keys = [b.orgnr for b in balances] + [ELIM, TOTAL]
    columns = [Column(b.orgnr, b.name) for b in balances] + [Column(ELIM, "Elimineringer"),
                                                             Column(TOTAL, "Konsern")]
    raw: dict[str, dict[str, int]] = {}

    def add(account: str, column: str, amount: int) -> None:
        per = raw.setdefault(account, {})
        per[column] = per.get(column, 0) + amount
        per[TOTAL] = per.get(TOTAL, 0) + amount

    for b in balances:
        for account, amount in b.totals.items():
            add(account, b.orgnr, amount)
    entries: list[tuple[str, str, list[tuple[int | None, str, int]]]] = []
    ids = {c.orgnr: c.id for c in group.companies}
    carried = eliminations.carried_forward(session, group, year)
    accepted = eliminations.list_eliminations(session, group, year, status="accepted") + carried
    for e in accepted:
        lines = [(ids.get(orgnr) if orgnr else None, acc, amount) for orgnr, acc, amount in e.lines]
        entries.append((e.kind, e.description, lines))
    for text, lines in minority.nci_lines(group, balances, year):
        entries.append(("nci", text, lines))
    for text, lines in minority.belonging_nci_lines(group, accepted, year):
        entries.append(("nci", text, lines))
    for _kind, _text, lines in entries:
        for _company, account, amount in lines:
            add(account, ELIM, amount)
    proposed = eliminations.list_eliminations(session, group, year, status="proposed")
    if proposed:
        warnings.append(f"{len(proposed)} elimineringsforslag er ikke godtatt og er ikke med i tallene.")
    prior_year = None
    prior_values: dict[str, int] | None = None
    prior_translation: int | None = None
    if with_prior and current_tbs(session, group, year - 1):
        if unmapped(session, group, year - 1):
            warnings.append(f"Fjorårstall ({year - 1}) vises ikke: noen kontoer mangler tilordning.")
        else:
            try:
                prior = build_report(session, group, year - 1, with_prior=False)
            except UserError as exc:
                warnings.append(f"Fjorårstall ({year - 1}) vises ikke: {exc.message}")
            else:
                prior_year = year - 1
                prior_values = {line.code: line.amounts[TOTAL]
                                for line in prior.income_statement + prior.balance_sheet}
                prior_translation = prior.translation_ore
    foreign = [c for c in ordered if not c.is_parent and c.currency != group.currency]
    if prior_translation is None and foreign and all(c.acquired_on is not None and c.acquired_on.year >= year
                                                     for c in foreign):
        # every foreign subsidiary was bought this year: there was no translation difference before
        prior_translation = 0
    # every open reconciliation difference first: the figures still hold that intra-group amount
    warnings[:0] = eliminations.open_differences(eliminations.intercompany(session, group, year, balances)[0])
    report = Report(group.name, year, group.currency, group.rules, columns,
                    _build_lines(raw, keys, prior_values, chart.IS_LINES),
                    _build_lines(raw, keys, prior_values, chart.BS_LINES), raw, balances, entries, warnings,
                    prior_year, prior_translation,
                    [f"{e.description} (fra {e.carried_from}, varig)" for e in carried])
    if not report.balanced:
        report.warnings.append(
            f"Balansen går ikke opp: eiendeler {format_amount(report.assets_ore)}, egenkapital og gjeld "
            f"{format_amount(report.equity_and_liabilities_ore)} (se advarslene fra importen).")
    if report.eliminations_net_ore:
        report.warnings.append(f"Elimineringene summerer seg ikke til null ({format_amount(report.eliminations_net_ore)}).")
    return report
