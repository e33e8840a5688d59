"""Eliminations: automatic proposals, intercompany reconciliation, manual entries, NCI.

Proposals are stored with status "proposed" and count only once accepted. Intercompany pairs
are found from accounts tagged with a counterparty (mapping.counterparty_id): one company's
receivables on another against that one's payables, revenue against cost, group interest, and
dividends / group contributions received against those given. When the two sides disagree the
smaller amount is eliminated and the reconciliation report shows the difference. The parent's
investment is eliminated against the subsidiary's equity at acquisition, with goodwill and
its amortisation from rules.py; non-controlling interests are computed for every report.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import access, audit
from ..errors import NotFound, ValidationError
from ..models.consolidation import ConsCompany, ConsElimination, ConsEliminationLine, ConsGroup
from ..money import format_amount, format_nok
from . import acquisition, chart, currency, groups
from .balances import CompanyBalance, balance_of, company_balances
from .currency import Rates
from .midyear import pre_acquisition_lines
from .rules import Nrs17, round_ore, rules_for

#: (role of one side, role of the other side, elimination kind, Norwegian label)
PAIRS: tuple[tuple[str, str, str, str], ...] = (
    ("receivable", "payable", "receivable_payable", "Fordringer og gjeld mellom selskapene"),
    ("revenue", "cost", "revenue_cost", "Internt salg og kjøp"),
    ("interest_in", "interest_out", "interest", "Renter på konsernlån"),
    ("dividend_in", "dividend_out", "dividend", "Utbytte og konsernbidrag"),
)

KIND_LABELS = {
    "receivable_payable": "Mellomværende",
    "revenue_cost": "Internt salg/kjøp",
    "interest": "Konsernrenter",
    "dividend": "Utbytte/konsernbidrag",
    "investment": "Investering mot egenkapital",
    "goodwill": "Avskrivning av goodwill/merverdi",
    "excess": "Merverdier og utsatt skatt",
    "internal_profit": "Urealisert internfortjeneste",
    "manual": "Manuell",
    "nci": "Minoritetsinteresser",
}

#: lines: (company id or None, group account, amount øre debit-positive)
Line = tuple[int | None, str, int]


@dataclass(frozen=True)
class EliminationView:
    id: int
    year: int
    kind: str
    description: str
    status: str
    auto: bool
    lines: list[tuple[str | None, str, int]]  # (orgnr, group account, øre)
    #: a manual entry that counts from ``year`` onwards (else that year only)
    permanent: bool = False
    #: the intercompany kind it eliminates ("" = none), and the subsidiary it belongs to (orgnr)
    eliminates: str = ""
    belongs_to: str | None = None
    #: the year a permanent entry was made, when it is shown carried into a later year
    carried_from: int | None = None

    @property
    def net_ore(self) -> int:
        return sum(amount for _, _, amount in self.lines)

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "year": self.year, "kind": self.kind, "kind_label": KIND_LABELS.get(self.kind, self.kind),
                "description": self.description, "status": self.status, "auto": self.auto,
                "permanent": self.permanent, "eliminates": self.eliminates or None, "belongs_to": self.belongs_to,
                "carried_from": self.carried_from,
                "lines": [{"company": orgnr, "group_account": acc, "amount": format_amount(amount)}
                          for orgnr, acc, amount in self.lines]}


@dataclass(frozen=True)
class ReconciliationRow:
    kind: str
    company: str
    counterparty: str
    #: the first side's balance (e.g. receivable, debit-positive) and the other side's
    own_ore: int
    other_ore: int
    #: what the other side should be (its share for dividends), and the difference
    expected_other_ore: int
    difference_ore: int

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "company": self.company, "counterparty": self.counterparty,
                "amount": format_amount(self.own_ore), "counterparty_amount": format_amount(self.other_ore),
                "difference": format_amount(self.difference_ore)}


def _view(e: ConsElimination, orgnr: dict[int, str]) -> EliminationView:
    return EliminationView(e.id, e.year, e.kind, e.description, e.status, e.auto,
                           [(orgnr.get(line.company_id) if line.company_id else None, line.group_account,
                             line.amount_ore) for line in e.lines], bool(e.permanent), e.eliminates or "",
                           orgnr.get(e.belongs_to_id) if e.belongs_to_id else None)


def carried_forward(session: Session, group: ConsGroup, year: int) -> list[EliminationView]:
    """Permanent manual entries of earlier years as they count in ``year``: what they did to the
    result then is opening equity now (2050), the balance-sheet lines stay as they were."""
    orgnr = {c.id: c.orgnr for c in group.companies}
    query = select(ConsElimination).where(
        ConsElimination.group_id == group.id, ConsElimination.year < year, ConsElimination.status == "accepted",
        ConsElimination.permanent.is_(True)).order_by(ConsElimination.year, ConsElimination.id)
    out = []
    for e in session.scalars(query):
        if not _visible(e, orgnr):
            continue
        view = _view(e, orgnr)
        lines = _merge_view([(c, "2050" if chart.is_result_account(a) else a, x) for c, a, x in view.lines])
        out.append(EliminationView(e.id, year, e.kind, f"Videreført fra {e.year}: {e.description}", e.status,
                                   e.auto, lines, True, view.eliminates, view.belongs_to, e.year))
    return out


def _merge_view(lines: list[tuple[str | None, str, int]]) -> list[tuple[str | None, str, int]]:
    merged: dict[tuple[str | None, str], int] = {}
    for company, account, amount in lines:
        merged[(company, account)] = merged.get((company, account), 0) + amount
    return [(c, a, x) for (c, a), x in merged.items() if x]


def _visible(e: ConsElimination, live: dict[int, str]) -> bool:
    """An entry touching a logically deleted company is hidden with it (and back when it is restored)."""
    return all(line.company_id is None or line.company_id in live for line in e.lines)


def list_eliminations(session: Session, group: ConsGroup, year: int, status: str | None = None) -> list[EliminationView]:
    orgnr = {c.id: c.orgnr for c in group.companies}
    query = select(ConsElimination).where(ConsElimination.group_id == group.id, ConsElimination.year == year)
    if status:
        query = query.where(ConsElimination.status == status)
    return [_view(e, orgnr) for e in session.scalars(query.order_by(ConsElimination.id)) if _visible(e, orgnr)]


def _store(session: Session, group: ConsGroup, year: int, kind: str, description: str, lines: list[Line],
           *, status: str, auto: bool) -> int:
    lines = [line for line in lines if line[2] != 0]
    if not lines:
        raise ValidationError({"linjer": "elimineringen har ingen linjer med beløp"})
    net = sum(amount for _, _, amount in lines)
    if net != 0:
        raise ValidationError({"linjer": f"elimineringen balanserer ikke (differanse {format_nok(net)} kr); "
                                         "debet og kredit må være like store"})
    for _, account, _ in lines:
        if account not in chart.ACCOUNTS:
            raise NotFound(f"Konsernkonto {account} finnes ikke i konsernkontoplanen.")
    entry = ConsElimination(group_id=group.id, year=year, kind=kind, description=description[:300], status=status,
                            auto=auto)
    entry.lines = [ConsEliminationLine(company_id=c, group_account=a, amount_ore=amt) for c, a, amt in lines]
    session.add(entry)
    session.flush()
    audit.record(session, "konsern.eliminering", "cons_elim", entry.id,
                 {"type": [None, kind], "status": [None, status],
                  "sum_debet_ore": [None, sum(a for _, _, a in lines if a > 0)]})
    return entry.id


ELIMINATES = {kind: label for _, _, kind, label in PAIRS}


def add_manual(session: Session, group: ConsGroup, year: int, description: str,
               lines: list[tuple[str | None, str, int]], kind: str = "manual", *, permanent: bool = False,
               eliminates: str = "", belongs_to: str | None = None) -> int:
    """A manual elimination entry, accepted at once: (orgnr or None, group account, øre) lines.

    ``permanent``: it counts from ``year`` onwards (its result lines against opening equity in
    later years). ``eliminates``: the intercompany kind it closes, so the reconciliation counts it.
    ``belongs_to``: the subsidiary (orgnr) it belongs to, whose minority then takes its share."""
    access.require(session, "group")
    if not description.strip():
        raise ValidationError({"beskrivelse": "skriv hva elimineringen gjelder"})
    if eliminates and eliminates not in ELIMINATES:
        raise ValidationError({"type": f"ukjent type «{eliminates}»; velg en av {', '.join(ELIMINATES)}"})
    ids = {c.orgnr: c.id for c in group.companies}
    resolved: list[Line] = []
    for orgnr, account, amount in lines:
        if orgnr and orgnr not in ids:
            raise NotFound(f"Selskapet {orgnr} er ikke i konsernet.")
        resolved.append((ids[orgnr] if orgnr else None, account, amount))
    owner_id: int | None = None
    if belongs_to:
        if belongs_to not in ids:
            raise NotFound(f"Selskapet {belongs_to} er ikke i konsernet.")
        owner_id = ids[belongs_to]
    entry_id = _store(session, group, year, kind, description.strip(), resolved, status="accepted", auto=False)
    entry = session.get(ConsElimination, entry_id)
    assert entry is not None
    entry.permanent, entry.eliminates, entry.belongs_to_id = permanent, eliminates, owner_id
    session.flush()
    if permanent or eliminates or owner_id:
        audit.record(session, "konsern.eliminering_egenskaper", "cons_elim", entry_id,
                     {"varig": [None, permanent], "eliminerer": [None, eliminates or None],
                      "tilhører": [None, belongs_to]})
    return entry_id


def add_internal_profit(session: Session, group: ConsGroup, year: int, seller: str, holder: str, amount_ore: int,
                        description: str = "") -> int:
    """Unrealised internal profit, entered by the user: the profit the seller made on goods still in
    the holder's stock comes off the seller's result (cost of goods up) and the holder's inventory."""
    text = description or f"Urealisert internfortjeneste på varelager hos {holder} (solgt av {seller})"
    return add_manual(session, group, year, text, [(seller, "4000", amount_ore), (holder, "1400", -amount_ore)],
                      kind="internal_profit")


def accept(session: Session, group: ConsGroup, year: int, elimination_id: int | None = None) -> int:
    """Accept one proposal, or all of the year's (None). Returns how many were accepted."""
    access.require(session, "group")
    query = select(ConsElimination).where(ConsElimination.group_id == group.id, ConsElimination.year == year,
                                          ConsElimination.status == "proposed")
    if elimination_id is not None:
        query = query.where(ConsElimination.id == elimination_id)
    live = {c.id: c.orgnr for c in group.companies}
    entries = [e for e in session.scalars(query) if _visible(e, live)]
    if elimination_id is not None and not entries:
        raise NotFound(f"Fant ikke elimineringsforslag {elimination_id} for {year}.")
    for e in entries:
        e.status = "accepted"
        audit.record(session, "konsern.eliminering_godtatt", "cons_elim", e.id, {"status": ["proposed", "accepted"]})
    return len(entries)


def delete(session: Session, group: ConsGroup, elimination_id: int) -> None:
    access.require(session, "group")
    e = session.get(ConsElimination, elimination_id)
    if e is None or e.group_id != group.id:
        raise NotFound(f"Fant ikke eliminering {elimination_id}.")
    audit.record(session, "konsern.eliminering_slettet", "cons_elim", e.id, {"status": [e.status, None]})
    session.delete(e)


# -- automatic proposals -----------------------------------------------------------------------

def _tagged(balance: CompanyBalance, role: str, counterparty: int) -> list[Line]:
    by_account: dict[str, int] = {}
    for a in balance.lines:
        if a.counterparty_id == counterparty and chart.ic_role(a.group_account) == role:
            by_account[a.group_account] = by_account.get(a.group_account, 0) + a.group_ore
    return [(balance.company_id, acc, amount) for acc, amount in sorted(by_account.items()) if amount]


def _reverse(side: list[Line], amount: int) -> list[Line]:
    """Lines that take ``amount`` (positive) off ``side``, largest account first."""
    out: list[Line] = []
    remaining = amount
    for company, account, balance in sorted(side, key=lambda s: -abs(s[2])):
        if remaining <= 0:
            break
        take = min(abs(balance), remaining)
        out.append((company, account, -take if balance > 0 else take))
        remaining -= take
    return out


def _owner_share(company: ConsCompany, year: int | None = None) -> Decimal:
    """The direct owner's share (0..1) at the end of ``year`` (step acquisitions made by then included)."""
    return groups.share_at(company, year) / 100


def _group_share(company: ConsCompany, by_id: dict[int, ConsCompany], year: int | None = None) -> Decimal:
    """The group's effective share (0..1): the direct shares multiplied up the chain of owners."""
    return groups.effective_pct(company, by_id, year) / 100


def _result_share(company: ConsCompany, by_id: dict[int, ConsCompany], year: int) -> Decimal:
    """The group's share (0..1) of ``year``'s result: time-weighted by days over a step inside the year."""
    return groups.result_pct(company, by_id, year) / 100


def _minority_shares(rules: Nrs17, sub: ConsCompany, by_id: dict[int, ConsCompany]) -> acquisition.MinorityShares:
    """The minority's share of ``sub`` over time, for the first analysis' excess values."""
    changes = []
    for step in sub.steps:
        before = groups.effective_pct_on(sub, by_id, step.acquired_on - timedelta(days=1))
        after = groups.effective_pct_on(sub, by_id, step.acquired_on)
        changes.append((step.acquired_on, (after - before) / 100, Decimal(step.rate) if step.rate else None))
    return acquisition.MinorityShares(lambda y: rules.nci_share(_result_share(sub, by_id, y)),
                                      lambda y: rules.nci_share(_group_share(sub, by_id, y)), tuple(changes))


def book_at_step(balance: CompanyBalance, day: date) -> int:
    """A subsidiary's book equity on ``day`` as the group carries it before translation: its
    equity accounts in the group currency (contributed at the historical rate, earned as
    translated year by year) plus the year's result before the day, split by days, at the
    average rate. ``balance`` is the company's balance for ``day``'s year."""
    equity = -sum(amount for account, amount in balance.totals.items()
                  if account in chart.equity_accounts() and account not in (currency.TRANSLATION_ACCOUNT, "2070"))
    profit = -sum(amount for account, amount in balance.totals.items()
                  if chart.is_result_account(account) and not chart.is_allocation(account) and account != "8890")
    return equity + round_ore(Decimal(profit) * groups.days_before(day))


def _manual_adjustments(session: Session, group: ConsGroup, year: int,
                        rows: list[ReconciliationRow]) -> dict[tuple[str, str, str], int]:
    """What accepted manual entries flagged with the kind they eliminate (this year's and the
    permanent ones carried) take off each side: (kind, orgnr, counterparty orgnr) -> øre.

    An entry touching two companies pairs them; one touching a single company goes to that
    company's open row of the kind (its counterparty is the entry's subsidiary, if set)."""
    entries = [e for e in list_eliminations(session, group, year, status="accepted") if e.eliminates]
    entries += [e for e in carried_forward(session, group, year) if e.eliminates]
    roles = {kind: (role1, role2) for role1, role2, kind, _ in PAIRS}
    out: dict[tuple[str, str, str], int] = {}
    for e in entries:
        role1, role2 = roles[e.eliminates]
        companies = sorted({c for c, _, _ in e.lines if c})
        for company, account, amount in e.lines:
            if not company or chart.ic_role(account) not in (role1, role2):
                continue
            others = [c for c in companies if c != company]
            if not others and e.belongs_to and e.belongs_to != company:
                others = [e.belongs_to]
            if not others:
                open_rows = [r for r in rows if r.kind == e.eliminates and r.difference_ore
                             and company in (r.company, r.counterparty)]
                if not open_rows:
                    continue
                row = open_rows[0]
                others = [row.counterparty if row.company == company else row.company]
            key = (e.eliminates, company, others[0])
            out[key] = out.get(key, 0) + amount
    return out


def _booked_against_equity(session: Session, group: ConsGroup, year: int, payer_id: int) -> int:
    """What accepted dividend eliminations put back on a payer's other equity (2050), credit negative."""
    total = 0
    for e in session.scalars(select(ConsElimination).where(
            ConsElimination.group_id == group.id, ConsElimination.year == year,
            ConsElimination.status == "accepted")):
        if e.kind == "dividend" or e.eliminates == "dividend":
            total += sum(line.amount_ore for line in e.lines
                         if line.company_id == payer_id and line.group_account == "2050")
    return total


def intercompany(session: Session, group: ConsGroup, year: int,
                 balances: list[CompanyBalance] | None = None) -> tuple[list[ReconciliationRow], list[tuple[str, str, list[Line]]]]:
    """The reconciliation rows and the proposed (kind, description, lines) for intercompany pairs.

    A dividend or group contribution the receiver has booked as income while the payer took it
    straight to its equity (no 8920/8930) is proposed against the payer's other equity (2050);
    its row counts what accepted entries have put back there. Manual entries that say which
    kind they eliminate count in their rows' differences."""
    balances = balances if balances is not None else company_balances(session, group, year)
    by_id = {b.company_id: b for b in balances}
    companies = {c.id: c for c in group.companies}
    rows: list[ReconciliationRow] = []
    proposals: list[tuple[str, str, list[Line]]] = []
    for role1, role2, kind, label in PAIRS:
        for a in balances:
            for b in balances:
                if a.company_id == b.company_id:
                    continue
                side1 = _tagged(a, role1, b.company_id)
                side2 = _tagged(by_id[b.company_id], role2, a.company_id)
                s1, s2 = sum(x[2] for x in side1), sum(x[2] for x in side2)
                if not s1 and not s2:
                    continue
                expected = s2
                owned = companies[b.company_id]
                if kind == "dividend" and owned.owner_id == a.company_id:
                    expected = round_ore(Decimal(s2) * _owner_share(owned, year))
                if kind == "dividend" and s1 < 0 and not s2:
                    # received as income, paid straight out of the payer's equity
                    back = _booked_against_equity(session, group, year, b.company_id)
                    rows.append(ReconciliationRow(kind, a.orgnr, b.orgnr, s1, -back, -back, s1 - back))
                    text = (f"{label} bokført direkte mot egenkapitalen hos {b.name} ({b.orgnr}): "
                            f"{a.name} ({a.orgnr}) / {b.name} ({b.orgnr})")
                    proposals.append((kind, text, _reverse(side1, -s1) + [(b.company_id, "2050", s1)]))
                    continue
                rows.append(ReconciliationRow(kind, a.orgnr, b.orgnr, s1, s2, expected, s1 + expected))
                if s1 and s2 and (s1 > 0) != (s2 > 0):
                    amount = min(abs(s1), abs(s2))
                    lines = _reverse(side1, amount) + _reverse(side2, amount)
                    text = f"{label}: {a.name} ({a.orgnr}) / {b.name} ({b.orgnr})"
                    proposals.append((kind, text, lines))
    manual = _manual_adjustments(session, group, year, rows)
    if manual:
        rows = [ReconciliationRow(r.kind, r.company, r.counterparty, r.own_ore, r.other_ore, r.expected_other_ore,
                                  r.difference_ore + manual.get((r.kind, r.company, r.counterparty), 0)
                                  + manual.get((r.kind, r.counterparty, r.company), 0)) for r in rows]
    return rows, proposals


def open_differences(rows: list[ReconciliationRow]) -> list[str]:
    """A warning per reconciliation row that does not agree: intra-group figures left in the report."""
    return [f"Avstemmingsdifferanse, {KIND_LABELS.get(r.kind, r.kind).lower()} {r.company} / {r.counterparty}: "
            f"{format_nok(r.difference_ore)} kr er ikke eliminert (konsernets tall inneholder den; bokfør en "
            "manuell eliminering med denne typen, eller rett saldobalansen)."
            for r in rows if r.difference_ore]


def reconciliation(session: Session, group: ConsGroup, year: int) -> list[ReconciliationRow]:
    return intercompany(session, group, year)[0]


def _foreign_goodwill(rules: Nrs17, goodwill_ore: int, acquired: date, years: int, year: int, rates: Rates,
                      averages: dict[int, Decimal]) -> tuple[int, int, int, int]:
    """Goodwill on a foreign subsidiary is the subsidiary's asset in its own currency (IAS 21.47,
    followed under NRS): fixed at the historical rate, amortised in the foreign currency, each
    year's charge at that year's average rate, the rest carried at the closing rate. Returns
    (charged before ``year``, charged in ``year``, carrying amount at year end, 1080 adjustment)
    in the group currency; the difference goes to the translation-difference line 2060."""
    historical = rates.historical or rates.closing
    foreign = Decimal(goodwill_ore) / historical  # in the subsidiary's currency, unrounded
    before = 0
    start = rules.first_month(acquired)[0]
    for y in range(start, year):
        step = rules.amortised_fraction(acquired, years, y) - rules.amortised_fraction(acquired, years, y - 1)
        before += round_ore(foreign * step * averages.get(y, historical))
    step = rules.amortised_fraction(acquired, years, year) - rules.amortised_fraction(acquired, years, year - 1)
    this_year = round_ore(foreign * step * rates.average)
    carrying = round_ore(foreign * (1 - rules.amortised_fraction(acquired, years, year)) * rates.closing)
    return before, this_year, carrying, carrying - goodwill_ore


def _acquisition_lines(group: ConsGroup, year: int, sub: ConsCompany, bal: CompanyBalance,
                       rates: Rates | None = None, averages: dict[int, Decimal] | None = None,
                       excess: list[acquisition.ExcessValue] | None = None) -> list[tuple[str, str, list[Line]]]:
    rules = rules_for(group.rules)
    assert sub.cost_ore is not None and sub.equity_at_acquisition_ore is not None and sub.acquired_on is not None
    share = Decimal(sub.owner_pct) / 100  # the first acquisition's share; steps have their own analysis
    historical = (rates.historical or rates.closing) if rates is not None else None
    analysis = acquisition.analyse(sub.cost_ore, sub.equity_at_acquisition_ore, share, excess or [],
                                   rate=historical, method=group.goodwill_method or "proportionate")
    lines: list[Line] = [(sub.owner_id, "1310", -sub.cost_ore)]
    contributed = 0
    for account in chart.contributed_equity_accounts():
        amount = round_ore(Decimal(-bal.totals.get(account, 0)) * share)
        if amount:
            lines.append((sub.id, account, amount))
            contributed += amount
    lines.append((sub.id, "2050", analysis.equity_share_ore - contributed))
    lines.append((sub.id, "1080", analysis.goodwill_ore))  # the subsidiary's goodwill: hidden if it is deleted
    text = f"Investering i {sub.name} ({sub.orgnr}) mot egenkapital ved oppkjøp; "
    lines += acquisition.acquisition_lines(analysis, sub.id)
    if analysis.excess:
        text += (f"merverdier {format_nok(analysis.excess_ore)}, utsatt skatt {format_nok(analysis.deferred_tax_ore)}, "
                 f"goodwill {format_nok(analysis.goodwill_ore)}")
    else:
        text += f"goodwill/merverdi {format_nok(analysis.goodwill_ore)}"
    if analysis.minority_goodwill_ore:
        text += f" (full goodwill: minoritetens {format_nok(analysis.minority_goodwill_ore)})"
    out = [("investment", text, _merge(lines))]
    by_id = {c.id: c for c in group.companies}
    if excess:
        yearly = _merge(acquisition.yearly_lines(rules, excess, sub.id, sub.acquired_on, year,
                                                 _minority_shares(rules, sub, by_id), rates, averages or {}))
        if yearly:
            out.append(("excess", f"Avskrivning av merverdier og reversering av utsatt skatt i {sub.name} "
                                  f"({sub.orgnr})", yearly))
    goodwill = analysis.goodwill_ore  # what is left of the cost after the excess values
    years = sub.goodwill_years or group.goodwill_years
    if rates is None:
        before, this_year = rules.amortisation(goodwill, sub.acquired_on, years, year)
        adjustment = -(before + this_year)
    else:
        before, this_year, _carrying, adjustment = _foreign_goodwill(
            rules, goodwill, sub.acquired_on, years, year, rates, averages or {})
    if before or this_year or adjustment:
        amortisation: list[Line] = [(sub.id, "1080", adjustment), (sub.owner_id, "2050", before),
                                    (sub.id, "6000", this_year)]
        text = f"Avskrivning av goodwill/merverdi i {sub.name} ({sub.orgnr}) over {years} år"
        translation = -(adjustment + before + this_year)
        if rates is not None:
            # what the closing rate adds to or takes from the goodwill is a translation difference
            amortisation.append((sub.id, currency.TRANSLATION_ACCOUNT, translation))
            text += f", omregnet til sluttkurs {rates.closing}"
        # goodwill bought by a partly owned subsidiary is partly the minority's of that owner: they
        # bear their share of the amortisation (before this year out of the owner's equity)
        owner = by_id.get(sub.owner_id) if sub.owner_id else None
        if owner is not None and rules.nci_share(_group_share(owner, by_id, year)) > 0:
            owner_nci = rules.nci_share(_group_share(owner, by_id, year))
            nci_before = round_ore(Decimal(before) * owner_nci)
            nci_this = round_ore(Decimal(this_year) * owner_nci)
            nci_translation = round_ore(Decimal(translation) * owner_nci) if rates is not None else 0
            amortisation += [(owner.id, "2050", -nci_before), (sub.id, "8890", -nci_this),
                             (sub.id, currency.TRANSLATION_ACCOUNT, -nci_translation),
                             (sub.id, "2070", nci_before + nci_this + nci_translation)]
            text += f"; minoritetens andel i {owner.name} {groups.format_pct(owner_nci * 100)}"
        if analysis.minority_goodwill_ore:
            amortisation += acquisition.minority_goodwill_lines(rules, analysis.minority_goodwill_ore, sub.id,
                                                                 sub.acquired_on, years, year, rates, averages or {})
            text += "; minoritetens goodwill mot minoriteten"
        out.append(("goodwill", text, _merge(amortisation)))
    return out


def propose(session: Session, group: ConsGroup, year: int) -> list[int]:
    """Recompute the year's automatic proposals; accepted entries with the same text are not proposed again."""
    access.require(session, "group")
    balances = company_balances(session, group, year)
    by_id = {b.company_id: b for b in balances}
    for e in session.scalars(select(ConsElimination).where(
            ConsElimination.group_id == group.id, ConsElimination.year == year,
            ConsElimination.status == "proposed", ConsElimination.auto.is_(True))):
        session.delete(e)
    session.flush()
    accepted = {(e.kind, e.description) for e in session.scalars(select(ConsElimination).where(
        ConsElimination.group_id == group.id, ConsElimination.year == year, ConsElimination.status == "accepted"))}
    _, proposals = intercompany(session, group, year, balances)
    for sub in group.companies:
        if sub.is_parent or sub.cost_ore is None or sub.acquired_on is None or sub.acquired_on.year > year:
            continue
        rates: Rates | None = None
        averages: dict[int, Decimal] = {}
        if sub.currency != group.currency:
            bal = by_id[sub.id]
            rates = bal.rates or currency.get_rates(session, group, sub.currency, year)
            averages = {r.year: r.average for r in currency.list_rates(session, group) if r.currency == sub.currency}
        first_values = acquisition.list_excess(session, sub)
        proposals.extend(pre_acquisition_lines(sub, by_id[sub.id], year))
        proposals.extend(_acquisition_lines(group, year, sub, by_id[sub.id], rates, averages, first_values))
        for step in sub.steps:
            if step.acquired_on.year <= year:
                book: int | None = None
                if rates is not None:
                    at_step = by_id[sub.id] if step.acquired_on.year == year else balance_of(
                        session, group, sub, step.acquired_on.year)
                    book = book_at_step(at_step, step.acquired_on) if at_step is not None else None
                proposals.extend(acquisition.step_lines(
                    rules_for(group.rules), step, sub, by_id[sub.id].totals, first_values,
                    acquisition.list_excess(session, sub, step.id), year,
                    sub.goodwill_years or group.goodwill_years, rates, averages, book))
    ids = []
    for kind, text, lines in proposals:
        if (kind, text) in accepted:
            continue
        ids.append(_store(session, group, year, kind, text, lines, status="proposed", auto=True))
    return ids


def _merge(lines: list[Line]) -> list[Line]:
    """One line per company and account, in first-seen order, zero lines dropped."""
    merged: dict[tuple[int | None, str], int] = {}
    for company_id, account, amount in lines:
        merged[(company_id, account)] = merged.get((company_id, account), 0) + amount
    return [(c, a, x) for (c, a), x in merged.items() if x]
