"""group company step, group excess, group method: the acquisition analysis from the command line.

Handlers only; the parser is built in commands/group.py.
"""

from __future__ import annotations

import argparse
from decimal import Decimal
from typing import Any

from ..cli import open_from_args, print_json
from ..core.consolidation import (
    acquisition,
    currency,
    groups,
)
from ..core.consolidation.rules import rules_for
from ..core.errors import UserError
from ..core.money import format_amount, format_nok, parse_amount


def _analysis(session: Any, g: Any, orgnr: str) -> tuple[list[acquisition.ExcessValue], acquisition.Analysis | None]:
    company = groups.get_company(session, g, orgnr)
    values = acquisition.list_excess(session, company)
    if company.cost_ore is None or company.equity_at_acquisition_ore is None or company.is_parent:
        return values, None
    rate = None
    if company.currency != g.currency and company.acquired_on is not None:
        try:
            rates = currency.get_rates(session, g, company.currency, company.acquired_on.year)
            rate = rates.historical or rates.closing
        except UserError:
            rate = None
    return values, acquisition.analyse(company.cost_ore, company.equity_at_acquisition_ore,
                                       Decimal(company.owner_pct) / 100, values, rate=rate,
                                       method=g.goodwill_method)


def _step_analysis(session: Any, g: Any, company: Any, step_id: int) -> dict[str, Any]:
    """The step's analysis in the group currency (at its own rate for a foreign subsidiary)."""
    step = next(st for st in company.steps if st.id == step_id)
    historical = None
    if company.currency != g.currency and company.acquired_on is not None:
        try:
            rates = currency.get_rates(session, g, company.currency, company.acquired_on.year)
            historical = rates.historical or rates.closing
        except UserError:
            historical = None
    averages = {r.year: r.average for r in currency.list_rates(session, g) if r.currency == company.currency}
    a = acquisition.analyse_step(rules_for(g.rules), step, company, acquisition.list_excess(session, company),
                                 acquisition.list_excess(session, company, step_id), historical, averages)
    return {"date": step.acquired_on.isoformat(), "added_pct": step.added_pct, "rate": step.rate,
            "cost": format_amount(a.cost_ore), "equity": format_amount(a.equity_ore),
            "equity_share": format_amount(a.equity_share_ore), "taken_over": format_amount(a.taken_over_ore),
            "excess_values_net": format_amount(a.own_net_ore), "goodwill": format_amount(a.goodwill_ore)}


def cmd_company_step(args: argparse.Namespace) -> int:
    cost, equity = parse_amount(args.cost, "kostpris"), parse_amount(args.equity, "egenkapital")
    with open_from_args(args) as store, store.session() as s:
        g = groups.get_group(s, args.group)
        company = groups.get_company(s, g, args.orgnr)
        step = acquisition.add_step(s, g, company, acquired_on=args.date, added_pct=args.added_pct, cost_ore=cost,
                                    equity_ore=equity, goodwill_years=args.goodwill_years, rate=args.rate)
        total = groups.share_at(company)
        analysis = _step_analysis(s, g, company, step)
    if args.json:
        print_json({"step": step, "owner_pct": str(total), "analysis": analysis})
    else:
        goodwill = format_nok(parse_amount(analysis["goodwill"], "goodwill"))
        print(f"Trinnvis oppkjøp {step} registrert; eierandel nå {groups.format_pct(total)}; goodwill før egne "
              f"merverdier {goodwill}. Legg til merverdier med «group excess add --step {step}».")
    return 0


def cmd_excess_add(args: argparse.Namespace) -> int:
    amount = parse_amount(args.amount, "merverdi")
    with open_from_args(args) as store, store.session() as s:
        g = groups.get_group(s, args.group)
        eid = acquisition.add_excess(s, groups.get_company(s, g, args.company), group_account=args.account,
                                     amount_ore=amount, useful_life_years=args.life, tax_rate=args.tax_rate,
                                     description=args.description, step_id=args.step)
        values, analysis = _analysis(s, g, args.company)
        if args.step is not None:
            values = acquisition.list_excess(s, groups.get_company(s, g, args.company), args.step)
    value = next(v for v in values if v.id == eid)
    if args.json:
        print_json({"excess_value": value.to_json(), "analysis": analysis.to_json() if analysis else None})
    else:
        print(f"Merverdi {eid} lagt til: {value.group_account} {value.description} {format_nok(value.amount_ore)}, "
              f"utsatt skatt {format_nok(value.deferred_tax_ore)}.")
        if analysis:
            print(f"Goodwill {format_nok(analysis.goodwill_ore)}; minoritet ved oppkjøp "
                  f"{format_nok(analysis.minority_ore)}.")
    return 0


def cmd_excess_list(args: argparse.Namespace) -> int:
    with open_from_args(args) as store, store.session() as s:
        g = groups.get_group(s, args.group)
        values, analysis = _analysis(s, g, args.company)
        company = groups.get_company(s, g, args.company)
        steps: list[dict[str, Any]] = [{"id": st.id, "date": st.acquired_on.isoformat(), "added_pct": st.added_pct,
                  "cost": format_amount(st.cost_ore), "equity": format_amount(st.equity_ore), "rate": st.rate,
                  "excess_values": [v.to_json() for v in acquisition.list_excess(s, company, st.id)],
                  "analysis": _step_analysis(s, g, company, st.id)}
                 for st in company.steps]
    if args.json:
        print_json({"excess_values": [v.to_json() for v in values],
                    "analysis": analysis.to_json() if analysis else None, "steps": steps})
        return 0
    for v in values:
        life = f"{v.useful_life_years} år" if v.useful_life_years else "avskrives ikke"
        print(f"{v.id:>4} {v.group_account} {v.description}: {format_nok(v.amount_ore)} ({life}), "
              f"utsatt skatt {v.tax_rate.normalize():f} % = {format_nok(v.deferred_tax_ore)}")
    if analysis:
        print(f"Kostpris {format_nok(analysis.cost_ore)} - andel {groups.format_pct(analysis.share * 100)} x "
              f"(egenkapital {format_nok(analysis.equity_ore)} + merverdier netto "
              f"{format_nok(analysis.net_excess_ore)}) = goodwill {format_nok(analysis.goodwill_ore)}; "
              f"minoritet ved oppkjøp {format_nok(analysis.minority_ore)}")
    for st in steps:
        rate = f", kurs {st['rate']}" if st["rate"] else ""
        def nok(text: str) -> str:
            return format_nok(parse_amount(text, "beløp"))

        print(f"Trinnvis oppkjøp {st['id']} {st['date']}: {st['added_pct']} % for {nok(st['cost'])} "
              f"(egenkapital {nok(st['equity'])}{rate}), {len(st['excess_values'])} merverdi(er); "
              f"goodwill {nok(st['analysis']['goodwill'])}")
    return 0


def cmd_excess_remove(args: argparse.Namespace) -> int:
    with open_from_args(args) as store, store.session() as s:
        g = groups.get_group(s, args.group)
        acquisition.remove_excess(s, groups.get_company(s, g, args.company), args.id)
    print(f"Merverdi {args.id} fjernet.")
    return 0


def cmd_method(args: argparse.Namespace) -> int:
    with open_from_args(args) as store, store.session() as s:
        acquisition.set_method(s, groups.get_group(s, args.group), args.method)
    print(f"Goodwillmetode: {acquisition.METHODS[args.method]}.")
    return 0
