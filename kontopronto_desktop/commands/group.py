"""group create|list|show|company|tb|mapping|chart|rates|eliminate|reconcile|report — konsernregnskap.

The same services as the Konsern page. Amounts in JSON are strings ("1250.00"); elimination
lines and trial balances are signed debit-positive (a credit is negative).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ..cli import add_store_argument, iso_date, open_from_args, print_json
from ..core.consolidation import (
    acquisition,
    chart,
    currency,
    deletion,
    eliminations,
    groups,
    imports,
    mapping,
    trial_balance_files,
)
from ..core.consolidation.imports import NeedsConfirmation
from ..core.errors import UserError
from ..core.money import format_plain, parse_amount
from .group_acquisition import (
    cmd_company_step,
    cmd_excess_add,
    cmd_excess_list,
    cmd_excess_remove,
    cmd_method,
)
from .group_reports import (
    cmd_elim_accept,
    cmd_elim_add,
    cmd_elim_auto,
    cmd_elim_delete,
    cmd_elim_list,
    cmd_elim_profit,
    cmd_reconcile,
    cmd_report,
)


def _common(p: argparse.ArgumentParser, *, period: bool = False, period_required: bool = False,
            json_flag: bool = True) -> None:
    add_store_argument(p)
    p.add_argument("--group", required=True, help="konsernets navn (eller id)")
    if period or period_required:
        p.add_argument("--period", type=int, required=period_required, help="regnskapsår ÅÅÅÅ")
    if json_flag:
        p.add_argument("--json", action="store_true")


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("group", help="konsernregnskap: selskaper, saldobalanser, tilordning, elimineringer, rapport")
    gsub = p.add_subparsers(dest="group_action", required=True)

    c = gsub.add_parser("create", help="opprett et konsern")
    add_store_argument(c)
    c.add_argument("name")
    c.add_argument("--currency", default="NOK", help="konsernvaluta (standard NOK)")
    c.add_argument("--goodwill-years", type=int, default=5, help="avskrivningstid for goodwill/merverdi (år)")
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=cmd_create)

    c = gsub.add_parser("list", help="list konsernene")
    add_store_argument(c)
    c.add_argument("--deleted", action="store_true", help="vis slettede konsern og selskaper (kan gjenopprettes)")
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=cmd_list)

    c = gsub.add_parser("delete", help="slett et konsern (skjules; kan gjenopprettes av en administrator i "
                                       "12 måneder, slettes deretter for godt)")
    add_store_argument(c)
    c.add_argument("name", help="konsernets navn (eller id)")
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=cmd_delete)

    c = gsub.add_parser("restore", help="gjenopprett et slettet konsern, eller et selskap med --orgnr "
                                        "(bare administrator)")
    add_store_argument(c)
    c.add_argument("name", help="konsernets navn (eller id)")
    c.add_argument("--orgnr", help="gjenopprett dette selskapet i konsernet")
    c.set_defaults(func=cmd_restore)

    c = gsub.add_parser("show", help="vis konsernstrukturen")
    _common(c)
    c.set_defaults(func=cmd_show)

    comp = gsub.add_parser("company", help="selskaper i konsernet").add_subparsers(dest="company_action",
                                                                                  required=True)
    c = comp.add_parser("add", help="legg til et selskap (det første er morselskapet)")
    _common(c)
    c.add_argument("--orgnr", required=True)
    c.add_argument("--name", required=True)
    c.add_argument("--owner-pct", default="100", help="eierandel i prosent for den direkte eieren")
    c.add_argument("--parent", help="orgnr til eieren i konsernet (standard: morselskapet)")
    c.add_argument("--currency", default="NOK")
    c.add_argument("--acquired", type=iso_date, help="oppkjøpsdato ÅÅÅÅ-MM-DD")
    c.add_argument("--cost", help="kostpris for aksjene (konsernvaluta)")
    c.add_argument("--equity-at-acquisition", help="datterselskapets egenkapital ved oppkjøpet (egen valuta)")
    c.add_argument("--goodwill-years", type=int, help="avskrivningstid for dette selskapets goodwill")
    c.set_defaults(func=cmd_company_add)
    c = comp.add_parser("edit", help="endre navn, eierandel eller data for det første oppkjøpet (et senere kjøp "
                                     "av aksjer: «group company step»)")
    _common(c)
    c.add_argument("--orgnr", required=True)
    c.add_argument("--name")
    c.add_argument("--owner-pct", help="eierandel i prosent for den direkte eieren")
    c.add_argument("--acquired", type=iso_date, help="oppkjøpsdato ÅÅÅÅ-MM-DD")
    c.add_argument("--cost", help="kostpris for aksjene (konsernvaluta)")
    c.add_argument("--equity-at-acquisition", help="datterselskapets egenkapital ved oppkjøpet (egen valuta)")
    c.add_argument("--goodwill-years", type=int, help="avskrivningstid for dette selskapets goodwill")
    c.set_defaults(func=cmd_company_edit)

    c = comp.add_parser("step", help="trinnvis oppkjøp: kjøp av flere aksjer i et kontrollert datterselskap "
                                     "(ny oppkjøpsanalyse fra datoen)")
    _common(c)
    c.add_argument("--orgnr", required=True)
    c.add_argument("--date", required=True, type=iso_date, help="kjøpsdato ÅÅÅÅ-MM-DD")
    c.add_argument("--added-pct", required=True, help="andelen som kjøpes, i prosent")
    c.add_argument("--cost", required=True, help="kostpris for andelen (konsernvaluta)")
    c.add_argument("--equity", required=True, help="datterselskapets bokførte egenkapital på kjøpsdatoen "
                                                   "(i selskapets valuta)")
    c.add_argument("--rate", help="utenlandsk datterselskap: kursen på kjøpsdatoen (konsernvaluta per enhet)")
    c.add_argument("--goodwill-years", type=int, help="avskrivningstid for goodwill fra dette kjøpet")
    c.set_defaults(func=cmd_company_step)

    c = comp.add_parser("delete", help="slett et datterselskap (skjules; kan gjenopprettes av en administrator)")
    _common(c)
    c.add_argument("--orgnr", required=True)
    c.set_defaults(func=cmd_company_delete)

    ex = gsub.add_parser("excess", help="oppkjøpsanalysen: merverdier med utsatt skatt").add_subparsers(
        dest="excess_action", required=True)
    c = ex.add_parser("add", help="legg til en merverdi (beløp i datterselskapets valuta)")
    _common(c)
    c.add_argument("--company", required=True, help="datterselskapets orgnr")
    c.add_argument("--account", required=True, help="konsernkonto merverdien står på, f.eks. 1100")
    c.add_argument("--amount", required=True, help="merverdien (negativ for en merforpliktelse)")
    c.add_argument("--life", type=int, help="levetid i år; utelat for tomt/grunn som ikke avskrives")
    c.add_argument("--tax-rate", default="22", help="skattesats for utsatt skatt i prosent (standard 22)")
    c.add_argument("--description", default="")
    c.add_argument("--step", type=int, help="merverdien hører til dette trinnvise oppkjøpet (ID)")
    c.set_defaults(func=cmd_excess_add)
    c = ex.add_parser("list", help="merverdiene og oppkjøpsanalysen (goodwill, minoritet ved oppkjøp)")
    _common(c)
    c.add_argument("--company", required=True, help="datterselskapets orgnr")
    c.set_defaults(func=cmd_excess_list)
    c = ex.add_parser("remove", help="fjern en merverdi")
    _common(c, json_flag=False)
    c.add_argument("--company", required=True, help="datterselskapets orgnr")
    c.add_argument("id", type=int)
    c.set_defaults(func=cmd_excess_remove)

    c = gsub.add_parser("method", help="goodwillmetode: proportionate (forholdsmessig, NRS) eller full (IFRS 3)")
    _common(c, json_flag=False)
    c.add_argument("method", choices=sorted(acquisition.METHODS))
    c.set_defaults(func=cmd_method)

    tb = gsub.add_parser("tb", help="saldobalanser").add_subparsers(dest="tb_action", required=True)
    c = tb.add_parser("import", help="importer SAF-T (1.20/1.30), CSV eller xlsx")
    c.add_argument("file")
    _common(c, period=True)
    c.add_argument("--company", help="selskapets orgnr (påkrevd for CSV/xlsx)")
    c.add_argument("--replace", action="store_true", help="erstatt en importert saldobalanse (den gamle beholdes)")
    c.add_argument("--add-company", action="store_true", help="legg til selskapet hvis det ikke er i konsernet")
    c.add_argument("--no-validate", action="store_true", help="ikke kontroller SAF-T-filen mot XSD-skjemaet")
    c.add_argument("--columns", help="kolonnetilordning for CSV/xlsx, f.eks. account=Konto,closing=UB")
    c.set_defaults(func=cmd_tb_import)
    c = tb.add_parser("list", help="importerte saldobalanser og versjoner")
    _common(c, period=True)
    c.set_defaults(func=cmd_tb_list)

    mp = gsub.add_parser("mapping", help="tilordning til konsernkontoplanen").add_subparsers(
        dest="mapping_action", required=True)
    c = mp.add_parser("list", help="kontoer med tilordning")
    _common(c, period=True)
    c.add_argument("--search", default="")
    c.add_argument("--open", action="store_true", help="bare ubekreftede / manglende")
    c.set_defaults(func=cmd_mapping_list)
    c = mp.add_parser("set", help="tilordne (og bekrefte) én konto")
    _common(c, json_flag=False)
    c.add_argument("--company", required=True, help="selskapets orgnr")
    c.add_argument("account", help="selskapets kontonummer")
    c.add_argument("group_account", nargs="?", help="konsernkonto (se «group chart»)")
    c.add_argument("--counterparty", help="motpart i konsernet (orgnr), eller '' for å fjerne")
    c.set_defaults(func=cmd_mapping_set)
    c = mp.add_parser("auto", help="foreslå tilordning for alle kontoer uten")
    _common(c, period=True)
    c.add_argument("--confirm", action="store_true", help="bekreft også alle åpne forslag")
    c.set_defaults(func=cmd_mapping_auto)

    c = gsub.add_parser("chart", help="konsernkontoplanen")
    add_store_argument(c)  # not needed, accepted so scripts can pass it to every command
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=cmd_chart)

    rt = gsub.add_parser("rates", help="valutakurser").add_subparsers(dest="rates_action", required=True)
    c = rt.add_parser("set", help="sett kurser for en valuta og et år (NOK per enhet)")
    c.add_argument("currency")
    _common(c, period_required=True, json_flag=False)
    c.add_argument("--closing", required=True, help="sluttkurs")
    c.add_argument("--average", required=True, help="gjennomsnittskurs")
    c.add_argument("--historical", help="historisk kurs for egenkapitalen (ved oppkjøp)")
    c.set_defaults(func=cmd_rates_set)
    c = rt.add_parser("import", help="hent slutt- og snittkurs fra Norges Banks CSV")
    c.add_argument("file")
    c.add_argument("--currency", required=True)
    _common(c, period_required=True)
    c.set_defaults(func=cmd_rates_import)
    c = rt.add_parser("list", help="vis kursene")
    _common(c)
    c.set_defaults(func=cmd_rates_list)

    el = gsub.add_parser("eliminate", help="elimineringer").add_subparsers(dest="elim_action", required=True)
    c = el.add_parser("auto", help="lag forslag: mellomværende, internhandel, renter, utbytte, investering, goodwill")
    _common(c, period_required=True)
    c.add_argument("--accept", action="store_true", help="godta alle forslagene med en gang")
    c.set_defaults(func=cmd_elim_auto)
    c = el.add_parser("list", help="vis elimineringer")
    _common(c, period_required=True)
    c.set_defaults(func=cmd_elim_list)
    c = el.add_parser("accept", help="godta ett forslag (ID) eller alle (--all)")
    c.add_argument("id", type=int, nargs="?")
    c.add_argument("--all", action="store_true")
    _common(c, period_required=True, json_flag=False)
    c.set_defaults(func=cmd_elim_accept)
    c = el.add_parser("add", help="manuell eliminering: balanserte linjer ORGNR:KONSERNKONTO:BELØP (debet +)")
    _common(c, period_required=True)
    c.add_argument("--description", required=True)
    c.add_argument("--line", action="append", required=True,
                   help="ORGNR:KONTO:BELØP, f.eks. 910000001:1550:-1000 (ORGNR kan være tom)")
    c.add_argument("--permanent", action="store_true", help="gjelder fra dette året og videre (ellers bare dette året)")
    c.add_argument("--eliminates", choices=sorted(eliminations.ELIMINATES),
                   help="hvilken konserninterne type den eliminerer (telles i avstemmingen)")
    c.add_argument("--belongs-to", help="datterselskapet (orgnr) den gjelder; minoriteten får sin andel")
    c.set_defaults(func=cmd_elim_add)
    c = el.add_parser("profit", help="urealisert internfortjeneste på varelager")
    _common(c, period_required=True)
    c.add_argument("--seller", required=True, help="selgerens orgnr")
    c.add_argument("--holder", required=True, help="orgnr til selskapet som har varene på lager")
    c.add_argument("--amount", required=True)
    c.set_defaults(func=cmd_elim_profit)
    c = el.add_parser("delete", help="slett en eliminering")
    c.add_argument("id", type=int)
    _common(c, json_flag=False)
    c.set_defaults(func=cmd_elim_delete)

    c = gsub.add_parser("reconcile", help="avstemming av konsernmellomværende")
    _common(c, period_required=True)
    c.set_defaults(func=cmd_reconcile)

    c = gsub.add_parser("report", help="konsernregnskap: resultat og balanse")
    _common(c, period_required=True)
    c.add_argument("--xlsx", help="skriv Excel-fil")
    c.add_argument("--pdf", help="skriv PDF")
    c.set_defaults(func=cmd_report)


def cmd_create(args: argparse.Namespace) -> int:
    with open_from_args(args) as store, store.session() as s:
        gid = groups.create_group(s, args.name, args.currency, args.goodwill_years)
    if args.json:
        print_json({"id": gid, "name": args.name})
    else:
        print(f"Konsern «{args.name}» opprettet (id {gid}).")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    if args.deleted:
        return _list_deleted(args)
    with open_from_args(args) as store, store.session() as s:
        rows = groups.list_groups(s)
    if args.json:
        print_json([{"id": i, "name": n, "currency": c} for i, n, c in rows])
    else:
        for i, n, c in rows:
            print(f"{i:>4}  {n}  ({c})")
    return 0


def _list_deleted(args: argparse.Namespace) -> int:
    with open_from_args(args) as store, store.session() as s:
        items = deletion.list_deleted(s)
    if args.json:
        print_json([i.to_json() for i in items])
        return 0
    for i in items:
        what = f"konsern «{i.name}»" if i.kind == "group" else f"selskap {i.orgnr} {i.name} i «{i.group}»"
        print(f"{what}: slettet {i.deleted_on:%d.%m.%Y}, kan gjenopprettes til og med {i.kept_until:%d.%m.%Y}")
    if not items:
        print("Ingen slettede konsern eller selskaper.")
    return 0


def cmd_delete(args: argparse.Namespace) -> int:
    with open_from_args(args) as store, store.session() as s:
        g = groups.get_group(s, args.name)
        name = g.name
        kept_until = deletion.delete_group(s, g)
    if args.json:
        print_json({"group": name, "deleted": True, "kept_until": kept_until.isoformat()})
    else:
        print(f"Konsernet «{name}» er slettet. En administrator kan gjenopprette det til og med "
              f"{kept_until:%d.%m.%Y} («group restore»); deretter slettes det for godt.")
    return 0


def cmd_company_delete(args: argparse.Namespace) -> int:
    with open_from_args(args) as store, store.session() as s:
        kept_until = deletion.delete_company(s, groups.get_group(s, args.group), args.orgnr)
    if args.json:
        print_json({"company": args.orgnr, "deleted": True, "kept_until": kept_until.isoformat()})
    else:
        print(f"Selskapet {args.orgnr} er slettet fra konsernet. En administrator kan gjenopprette det til og med "
              f"{kept_until:%d.%m.%Y}; deretter slettes det for godt med saldobalanser og tilordning.")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    with open_from_args(args) as store, store.session() as s:
        if args.orgnr:
            deletion.restore_company(s, groups.get_group(s, args.name), args.orgnr)
        else:
            deletion.restore_group(s, args.name)
    print(f"Selskapet {args.orgnr} er gjenopprettet." if args.orgnr else f"Konsernet «{args.name}» er gjenopprettet.")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    with open_from_args(args) as store, store.session() as s:
        g = groups.get_group(s, args.group)
        views = groups.company_views(g)
        name, cur, years, method = g.name, g.currency, g.goodwill_years, g.goodwill_method
    if args.json:
        print_json({"name": name, "currency": cur, "goodwill_years": years, "goodwill_method": method,
                    "companies": [v.to_json() for v in views]})
        return 0
    print(f"{name} ({cur}; {acquisition.METHODS.get(method, method)})")
    for v in views:
        share = ("morselskap" if v.is_parent
                 else f"{groups.format_pct(v.owner_pct)} (konsernets andel {groups.format_pct(v.effective_pct, 2)})")
        print(f"{'  ' * (v.depth + 1)}{v.orgnr} {v.name} [{v.currency}] {share}")
    return 0


def cmd_company_add(args: argparse.Namespace) -> int:
    cost = parse_amount(args.cost, "kostpris") if args.cost else None
    equity = parse_amount(args.equity_at_acquisition, "egenkapital ved oppkjøp") if args.equity_at_acquisition else None
    with open_from_args(args) as store, store.session() as s:
        g = groups.get_group(s, args.group)
        groups.add_company(s, g, orgnr=args.orgnr, name=args.name, owner_pct=args.owner_pct,
                           owner_orgnr=args.parent, currency=args.currency, acquired_on=args.acquired,
                           cost_ore=cost, equity_at_acquisition_ore=equity, goodwill_years=args.goodwill_years)
        view = next(v for v in groups.company_views(g) if v.orgnr == args.orgnr.replace(" ", ""))
    if args.json:
        print_json(view.to_json())
    else:
        role = "morselskap" if view.is_parent else f"datterselskap, eierandel {groups.format_pct(view.owner_pct)}"
        print(f"{view.orgnr} {view.name} lagt til ({role}).")
    return 0


def cmd_company_edit(args: argparse.Namespace) -> int:
    changes: dict[str, Any] = {}
    if args.acquired is not None:
        changes["acquired_on"] = args.acquired
    if args.cost is not None:
        changes["cost_ore"] = parse_amount(args.cost, "kostpris") if args.cost else None
    if args.equity_at_acquisition is not None:
        changes["equity_at_acquisition_ore"] = (parse_amount(args.equity_at_acquisition, "egenkapital ved oppkjøp")
                                                if args.equity_at_acquisition else None)
    if args.goodwill_years is not None:
        changes["goodwill_years"] = args.goodwill_years
    with open_from_args(args) as store, store.session() as s:
        g = groups.get_group(s, args.group)
        groups.edit_company(s, g, args.orgnr, name=args.name, owner_pct=args.owner_pct, **changes)
        view = next(v for v in groups.company_views(g) if v.orgnr == args.orgnr.replace(" ", ""))
    if args.json:
        print_json(view.to_json())
    else:
        print(f"{view.orgnr} {view.name} endret.")
    return 0


def _columns(spec: str, headers: list[str]) -> trial_balance_files.ColumnMapping:
    columns: dict[str, int] = {}
    lowered = [h.lower() for h in headers]
    for part in spec.split(","):
        field, _, header = part.partition("=")
        field, header = field.strip(), header.strip()
        if field not in trial_balance_files.FIELD_LABELS:
            raise UserError(f"Ukjent felt «{field}» i --columns; bruk {', '.join(trial_balance_files.FIELD_LABELS)}.")
        if header.lower() not in lowered:
            raise UserError(f"Fant ikke kolonnen «{header}»; kolonnene er: {', '.join(headers)}.")
        columns[field] = lowered.index(header.lower())
    return trial_balance_files.ColumnMapping(columns)


def cmd_tb_import(args: argparse.Namespace) -> int:
    path = Path(args.file)
    if args.columns:
        table = trial_balance_files.load_table(path)
        parsed = trial_balance_files.read_table(table, _columns(args.columns, table.headers), path.name)
    else:
        parsed = imports.read_file(path, validate=not args.no_validate)
    with open_from_args(args) as store:
        try:
            with store.session() as s:
                g = groups.get_group(s, args.group)
                result = imports.import_trial_balance(s, g, parsed, year=args.period, company_orgnr=args.company,
                                                      replace=args.replace, add_company=args.add_company)
        except NeedsConfirmation as exc:
            flag = "--replace" if exc.reason == "replace" else "--add-company"
            raise UserError(f"{exc.message} Kjør på nytt med {flag} for å svare ja.") from None
    if args.json:
        print_json(result.to_json())
        return 0
    print(f"Importerte {result.accounts} kontoer for {result.company_name} ({result.company_orgnr}) {result.year}, "
          f"versjon {result.version} ({result.format}, {result.gl_lines} bilagslinjer). "
          f"{result.proposed_mappings} nye tilordningsforslag.")
    for warning in result.warnings:
        print(f"  Advarsel: {warning}")
    for account, (old, new) in result.changed.items():
        print(f"  Endret: konto {account} {format_plain(old)} -> {format_plain(new)}")
    return 0


def cmd_tb_list(args: argparse.Namespace) -> int:
    with open_from_args(args) as store, store.session() as s:
        rows = imports.list_trial_balances(s, groups.get_group(s, args.group), args.period)
    if args.json:
        print_json([r.to_json() for r in rows])
        return 0
    for r in rows:
        flag = "gjeldende" if r.current else "tidligere"
        print(f"{r.year} {r.orgnr:<11} {r.company[:30]:<30} v{r.version} {flag:<9} {r.format:<9} {r.accounts:>4} "
              f"kontoer, {len(r.warnings)} advarsler  {r.source}")
    return 0


def cmd_mapping_list(args: argparse.Namespace) -> int:
    with open_from_args(args) as store, store.session() as s:
        rows = mapping.list_mappings(s, groups.get_group(s, args.group), args.period, args.search, args.open)
    if args.json:
        print_json([r.to_json() for r in rows])
        return 0
    for r in rows:
        state = "bekreftet" if r.confirmed else ("forslag" if r.group_account else "MANGLER")
        tag = f" motpart {r.counterparty}" if r.counterparty else ""
        print(f"{r.orgnr:<11} {r.account:<8} {r.name[:30]:<30} {format_plain(r.closing_ore):>16} -> "
              f"{r.group_account or '----'} {r.group_name[:34]:<34} {state}{tag}")
    print(f"{len(rows)} kontoer")
    return 0


def cmd_mapping_set(args: argparse.Namespace) -> int:
    with open_from_args(args) as store, store.session() as s:
        mapping.set_mapping(s, groups.get_group(s, args.group), args.company, args.account, args.group_account,
                            args.counterparty)
    print(f"Konto {args.account} hos {args.company} er tilordnet og bekreftet.")
    return 0


def cmd_mapping_auto(args: argparse.Namespace) -> int:
    with open_from_args(args) as store, store.session() as s:
        proposed, confirmed = mapping.auto_map(s, groups.get_group(s, args.group), args.period, args.confirm)
    if args.json:
        print_json({"proposed": proposed, "confirmed": confirmed})
    else:
        print(f"{proposed} nye forslag, {confirmed} bekreftet.")
    return 0


def cmd_chart(args: argparse.Namespace) -> int:
    rows = [{"account": a.number, "name": a.name, "line": a.line, "line_label": chart.LINES[a.line].label,
             "statement": chart.LINES[a.line].statement} for a in chart.GROUP_ACCOUNTS]
    if args.json:
        print_json(rows)
    else:
        for r in rows:
            print(f"{r['account']}  {r['name'][:52]:<52} -> {r['statement']} {r['line_label']}")
    return 0


def cmd_rates_set(args: argparse.Namespace) -> int:
    with open_from_args(args) as store, store.session() as s:
        g = groups.get_group(s, args.group)
        currency.set_rates(s, g, args.currency, args.period, args.closing, args.average, args.historical)
        rates = currency.get_rates(s, g, args.currency.upper(), args.period)
    print(f"{rates.currency} {rates.year}: sluttkurs {rates.closing}, snitt {rates.average}, "
          f"historisk {rates.historical or '(sluttkurs)'}")
    return 0


def cmd_rates_import(args: argparse.Namespace) -> int:
    with open_from_args(args) as store, store.session() as s:
        rates = currency.import_norges_bank(s, groups.get_group(s, args.group), Path(args.file), args.currency,
                                            args.period)
    if args.json:
        print_json(rates.to_json())
    else:
        print(f"{rates.currency} {rates.year}: sluttkurs {rates.closing}, snitt {rates.average} (Norges Bank)")
    return 0


def cmd_rates_list(args: argparse.Namespace) -> int:
    with open_from_args(args) as store, store.session() as s:
        rows = currency.list_rates(s, groups.get_group(s, args.group))
    if args.json:
        print_json([r.to_json() for r in rows])
    else:
        for r in rows:
            print(f"{r.currency} {r.year}  slutt {r.closing}  snitt {r.average}  historisk {r.historical or '-'}")
    return 0
