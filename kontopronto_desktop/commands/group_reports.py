"""group eliminate, reconcile and report: eliminations and the consolidated statements from the command line.

Handlers only; the parser is built in commands/group.py.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ..cli import open_from_args, print_json
from ..core.consolidation import (
    eliminations,
    export,
    groups,
    mapping,
    statements,
)
from ..core.errors import UserError
from ..core.money import format_plain, parse_amount


def _elim_text(e: eliminations.EliminationView) -> str:
    lines = "; ".join(f"{orgnr or 'konsern'} {acc} {format_plain(amount)}" for orgnr, acc, amount in e.lines)
    flags = [f"varig fra {e.year}" if e.permanent else "", f"eliminerer {eliminations.KIND_LABELS[e.eliminates]}"
             if e.eliminates else "", f"tilhører {e.belongs_to}" if e.belongs_to else ""]
    extra = f" ({', '.join(f for f in flags if f)})" if any(flags) else ""
    return (f"{e.id:>4} [{e.status}] {eliminations.KIND_LABELS.get(e.kind, e.kind)}: {e.description}{extra}\n"
            f"       {lines}")


def cmd_elim_auto(args: argparse.Namespace) -> int:
    with open_from_args(args) as store, store.session() as s:
        g = groups.get_group(s, args.group)
        ids = eliminations.propose(s, g, args.period)
        if args.accept:
            eliminations.accept(s, g, args.period)
        views = [e for e in eliminations.list_eliminations(s, g, args.period) if e.id in ids]
    if args.json:
        print_json([e.to_json() for e in views])
    else:
        print(f"{len(views)} forslag" + (" (godtatt)" if args.accept else "; godta med «group eliminate accept»"))
        for e in views:
            print(_elim_text(e))
    return 0


def cmd_elim_list(args: argparse.Namespace) -> int:
    with open_from_args(args) as store, store.session() as s:
        views = eliminations.list_eliminations(s, groups.get_group(s, args.group), args.period)
    if args.json:
        print_json([e.to_json() for e in views])
    else:
        for e in views:
            print(_elim_text(e))
    return 0


def cmd_elim_accept(args: argparse.Namespace) -> int:
    if (args.id is None) == (not args.all):
        raise UserError("Oppgi enten en ID eller --all.")
    with open_from_args(args) as store, store.session() as s:
        count = eliminations.accept(s, groups.get_group(s, args.group), args.period, args.id)
    print(f"{count} eliminering(er) godtatt.")
    return 0


def _parse_line(text: str) -> tuple[str | None, str, int]:
    parts = text.split(":")
    if len(parts) != 3:
        raise UserError(f"«{text}»: en linje skrives ORGNR:KONSERNKONTO:BELØP (ORGNR kan være tom).")
    orgnr, account, amount = (p.strip() for p in parts)
    return (orgnr or None, account, parse_amount(amount, "beløp"))


def cmd_elim_add(args: argparse.Namespace) -> int:
    lines = [_parse_line(t) for t in args.line]
    with open_from_args(args) as store, store.session() as s:
        g = groups.get_group(s, args.group)
        eid = eliminations.add_manual(s, g, args.period, args.description, lines, permanent=args.permanent,
                                      eliminates=args.eliminates or "", belongs_to=args.belongs_to)
        view = next(e for e in eliminations.list_eliminations(s, g, args.period) if e.id == eid)
    if args.json:
        print_json(view.to_json())
    else:
        print(_elim_text(view))
    return 0


def cmd_elim_profit(args: argparse.Namespace) -> int:
    with open_from_args(args) as store, store.session() as s:
        g = groups.get_group(s, args.group)
        eid = eliminations.add_internal_profit(s, g, args.period, args.seller, args.holder,
                                               parse_amount(args.amount, "beløp"))
        view = next(e for e in eliminations.list_eliminations(s, g, args.period) if e.id == eid)
    if args.json:
        print_json(view.to_json())
    else:
        print(_elim_text(view))
    return 0


def cmd_elim_delete(args: argparse.Namespace) -> int:
    with open_from_args(args) as store, store.session() as s:
        eliminations.delete(s, groups.get_group(s, args.group), args.id)
    print(f"Eliminering {args.id} slettet.")
    return 0


def cmd_reconcile(args: argparse.Namespace) -> int:
    with open_from_args(args) as store, store.session() as s:
        rows = eliminations.reconciliation(s, groups.get_group(s, args.group), args.period)
    if args.json:
        print_json([r.to_json() for r in rows])
        return 0
    for r in rows:
        flag = "" if r.difference_ore == 0 else "  <- AVVIK"
        print(f"{eliminations.KIND_LABELS.get(r.kind, r.kind):<24} {r.company} mot {r.counterparty}: "
              f"{format_plain(r.own_ore):>14} / {format_plain(r.other_ore):>14}  "
              f"differanse {format_plain(r.difference_ore)}{flag}")
    return 0


def _print_statement(title: str, data: dict[str, Any], key: str) -> None:
    columns = data["columns"]
    print(f"\n{title}")
    header = f"{'':<52}" + "".join(f"{c['label'][:16]:>17}" for c in columns)
    if data["prior_year"]:
        header += f"{'Konsern ' + str(data['prior_year']):>17}"
    print(header)
    for line in data[key]:
        label = line["label"][:50]
        if line["kind"] == "sum":
            label = label.upper()[:50]
        row = f"{label:<52}" + "".join(f"{line['amounts'][c['key']]:>17}" for c in columns)
        if data["prior_year"]:
            row += f"{line['prior'] or '':>17}"
        print(row)


def cmd_report(args: argparse.Namespace) -> int:
    with open_from_args(args) as store, store.session() as s:
        g = groups.get_group(s, args.group)
        report = statements.build_report(s, g, args.period)
        maps = mapping.list_mappings(s, g, args.period) if args.xlsx else None
    if args.xlsx:
        export.to_xlsx(report, Path(args.xlsx), maps)
    if args.pdf:
        export.to_pdf(report, Path(args.pdf))
    data = report.to_json()
    if args.json:
        print_json(data)
        return 0
    print(f"Konsernregnskap {data['group']} {data['year']} ({data['currency']}, {data['rules'].upper()})")
    for warning in data["warnings"]:  # first, before the figures they qualify
        print(f"Advarsel: {warning}")
    _print_statement("RESULTATREGNSKAP", data, "income_statement")
    _print_statement("BALANSE", data, "balance_sheet")
    checks = data["checks"]
    print(f"\nKontroll: eiendeler {checks['assets']} = egenkapital og gjeld {checks['equity_and_liabilities']}: "
          f"{'OK' if checks['balanced'] else 'AVVIK'}; elimineringer netto {checks['eliminations_net']}")
    print(f"Goodwill {data['goodwill']}; merverdier {data['excess_values']}; utsatt skatt på merverdier "
          f"{data['deferred_tax']}; minoritet {data['minority']['balance']} (andel av resultatet "
          f"{data['minority']['result']})")
    td = data["translation_difference"]
    if td["opening"] is not None:
        print(f"Omregningsdifferanse: inngående {td['opening']} + årets endring {td['change']} = {td['closing']}")
    elif td["closing"] != "0.00":
        print(f"Omregningsdifferanse: {td['closing']} (fjorårets konsernregnskap mangler, så endringen vises ikke)")
    for note in data["carried_forward"]:
        print(f"Videreført eliminering: {note}")
    for target in (args.xlsx, args.pdf):
        if target:
            print(f"Skrev {target}")
    return 0
