"""reminders run|list|hold|release|handover|send|print|settings, statement, rates list|add:
purring, inkassovarsel and kontoutskrift, as on the Purring page."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from ..cli import add_store_argument, iso_date, open_from_args, print_json
from ..core.collection import email, handover, holds, rates, runs, statement
from ..core.collection.settings import get_collection_settings, save_collection_settings
from ..core.money import format_nok


def _cmd(sub: Any, name: str, help_text: str, func: Any, *, as_json: bool = True) -> argparse.ArgumentParser:
    p: argparse.ArgumentParser = sub.add_parser(name, help=help_text)
    add_store_argument(p)
    if as_json:
        p.add_argument("--json", action="store_true")
    p.set_defaults(func=func)
    return p


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("reminders", help="purring og inkassovarsel: kjøring, stans, overlevering til inkasso")
    rsub = p.add_subparsers(dest="action", required=True)
    c = _cmd(rsub, "run", "lag purringer og inkassovarsel for forfalte krav etter purreplanen", cmd_run)
    c.add_argument("--date", type=iso_date, default=None, help="kjøringsdato ÅÅÅÅ-MM-DD (standard: i dag)")
    c.add_argument("--dry-run", action="store_true", help="bare vis hva som ville blitt laget")
    c = _cmd(rsub, "list", "vis utstedte purringer", cmd_list)
    c.add_argument("--date", type=iso_date, default=None, help="bare purringer fra denne datoen")
    c = _cmd(rsub, "hold", "stans purringer for en faktura (eller --member) til en dato", cmd_hold)
    c.add_argument("number", type=int, nargs="?", help="fakturanummer")
    c.add_argument("--member", type=int, default=None, help="kundenummer: stans alle medlemmets krav")
    c.add_argument("--until", type=iso_date, required=True, help="til og med ÅÅÅÅ-MM-DD")
    c.add_argument("--reason", required=True, help="grunn, f.eks. «tvist» eller «avtalt nedbetaling»")
    c = _cmd(rsub, "holds", "vis stansede krav", cmd_holds)
    c = _cmd(rsub, "release", "opphev en stans", cmd_release)
    c.add_argument("hold_id", type=int)
    c = _cmd(rsub, "handover", "krav klare for inkasso; --export skriver CSV og merker dem overlevert", cmd_handover)
    c.add_argument("--date", type=iso_date, default=None)
    c.add_argument("--export", type=Path, default=None, help="CSV-fil til inkassoselskapet")
    c = _cmd(rsub, "send", "send usendte purringer på e-post med PDF", cmd_send)
    c = _cmd(rsub, "print", "én PDF med purringene som er merket for utskrift", cmd_print, as_json=False)
    c.add_argument("-o", "--output", type=Path, required=True)
    c.add_argument("--date", type=iso_date, default=None)
    c = _cmd(rsub, "settings", "vis eller endre gebyr, renter, inkassovarsel og purreplan", cmd_settings)
    for flag in ("fees", "interest", "inkassovarsel", "business-compensation"):
        c.add_argument(f"--{flag}", choices=("on", "off"), default=None)
    c.add_argument("--plan", default=None, help="f.eks. purring,inkassovarsel")

    c = _cmd(sub, "statement", "kontoutskrift for ett medlem (eller --all til en mappe)", cmd_statement)
    c.add_argument("--member", type=int, default=None)
    c.add_argument("--all", action="store_true", help="alle medlemmer med saldo")
    c.add_argument("--date", type=iso_date, default=None)
    c.add_argument("-o", "--output", type=Path, default=None, help="PDF-fil (eller mappe med --all)")
    c.add_argument("--send", action="store_true", help="send kontoutskriften på e-post")

    p = sub.add_parser("rates", help="satser for purring: inkassosats, forsinkelsesrente, standardkompensasjon")
    rsub = p.add_subparsers(dest="action", required=True)
    c = _cmd(rsub, "list", "vis satsene", cmd_rates_list)
    c = _cmd(rsub, "add", "legg inn en ny sats (administrator)", cmd_rates_add)
    c.add_argument("kind", choices=sorted(rates.KINDS))
    c.add_argument("value", help="kr (inkassosats, standardkompensasjon) eller prosent per år (forsinkelsesrente)")
    c.add_argument("--from", dest="valid_from", type=iso_date, required=True)
    c.add_argument("--to", dest="valid_to", type=iso_date, default=None)
    c.add_argument("--note", default="")


def cmd_run(args: argparse.Namespace) -> int:
    with open_from_args(args) as store, store.session() as session:
        on = args.date or date.today()
        if args.dry_run:
            plan = runs.plan_run(session, on)
            data = plan.to_json()
        else:
            result = runs.issue_run(session, on)
            data, plan = result.to_json(), result.plan
    if args.json:
        print_json(data)
        return 0
    verb = "Ville laget" if args.dry_run else "Laget"
    print(f"{verb} {len(plan.reminders)} purringer/inkassovarsel per {on:%d.%m.%Y}: gebyr {format_nok(plan.fee_ore)} kr, "
          f"renter {format_nok(plan.interest_ore)} kr, til sammen {format_nok(plan.total_ore)} kr.")
    for r in plan.reminders[:20]:
        print(f"  {r.customer_number} {r.name}: {r.stage}, fakturaer {', '.join(str(i.number) for i in r.items)}, "
              f"gebyr {format_nok(r.fee_ore)}, renter {format_nok(r.interest_ore)}"
              + (f", standardkompensasjon {format_nok(r.compensation_ore)}" if r.compensation_ore else "")
              + f", sum {format_nok(r.total_ore)}")
    for h in plan.held:
        print(f"  Stanset: faktura {h.number} ({h.customer_number} {h.name}) til {h.until:%d.%m.%Y}: {h.reason}")
    if plan.finished:
        print(f"  {plan.finished} krav har fått alle purringene i planen (se «reminders handover»).")
    if not args.dry_run and plan.reminders:
        print(f"  {result.by_email} sendes på e-post («reminders send»), {result.to_print} til utskrift "
              f"(«reminders print»)" + (f", {result.by_ehf} med EHF («channels reminders»)" if result.by_ehf else "")
              + ".")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    with open_from_args(args) as store, store.session() as session:
        rows = [r.to_json() for r in reversed(runs.list_reminders(session, args.date))]
    if args.json:
        print_json(rows)
    else:
        for r in rows:
            print(f"{r['number']:>6} {r['date']} {r['stage']:<13} {r['member']:>6} {r['name'][:30]:<30} {r['total']:>10}")
    return 0


def cmd_hold(args: argparse.Namespace) -> int:
    with open_from_args(args) as store, store.session() as session:
        view = holds.put_on_hold(session, until=args.until, reason=args.reason, invoice_number=args.number,
                                 customer_number=args.member)
    if args.json:
        print_json(view.to_json())
    else:
        what = f"faktura {view.invoice_number}" if view.invoice_number else f"medlem {view.customer_number}"
        print(f"Purringer for {what} er stanset til og med {view.until:%d.%m.%Y} (stans {view.id}).")
    return 0


def cmd_holds(args: argparse.Namespace) -> int:
    with open_from_args(args) as store, store.session() as session:
        views = holds.list_holds(session)
    if args.json:
        print_json([v.to_json() for v in views])
    else:
        for v in views:
            print(f"{v.id:>4} faktura {v.invoice_number or '-'} medlem {v.customer_number or '-'} til "
                  f"{v.until:%d.%m.%Y}: {v.reason}")
    return 0


def cmd_release(args: argparse.Namespace) -> int:
    with open_from_args(args) as store, store.session() as session:
        holds.release_hold(session, args.hold_id)
    if args.json:
        print_json({"released": args.hold_id})
    else:
        print(f"Stans {args.hold_id} er opphevet.")
    return 0


def cmd_handover(args: argparse.Namespace) -> int:
    with open_from_args(args) as store, store.session() as session:
        if args.export:
            rows = handover.export_handover(session, args.export, args.date)
        else:
            rows = handover.handover_candidates(session, args.date)
        data = [r.to_json() for r in rows]
    if args.json:
        print_json(data)
    else:
        for r in data:
            print(f"faktura {r['invoice']} {r['member']} {r['name']}: åpent {r['open']} (frist {r['deadline']})")
        if args.export:
            print(f"{len(rows)} krav skrevet til {args.export} og merket overlevert til inkasso.")
        elif not rows:
            print("Ingen krav er klare for overlevering til inkasso.")
    return 0


def cmd_send(args: argparse.Namespace) -> int:
    with open_from_args(args) as store:
        report = email.send_reminders(store.session)
    data = {"sent": report.sent, "failed": [f.__dict__ for f in report.failed],
            "no_email": report.skipped_no_email}
    if args.json:
        print_json(data)
    else:
        print(f"Sendt {len(report.sent)} purringer; {len(report.failed)} feilet.")
    return 1 if report.failed else 0


def cmd_print(args: argparse.Namespace) -> int:
    with open_from_args(args) as store, store.session() as session:
        count = email.export_for_print(session, args.output, args.date)
    print(f"{count} purringer skrevet til {args.output}.")
    return 0


def cmd_settings(args: argparse.Namespace) -> int:
    names = {"fees": "charge_fees", "interest": "charge_interest", "inkassovarsel": "send_inkassovarsel",
             "business_compensation": "business_compensation"}
    values: dict[str, Any] = {key: getattr(args, flag) == "on" for flag, key in names.items()
                              if getattr(args, flag) is not None}
    if args.plan:
        values["plan"] = [s for s in args.plan.split(",") if s.strip()]
    with open_from_args(args) as store, store.session() as session:
        cfg = save_collection_settings(session, values) if values else get_collection_settings(session)
    if args.json:
        print_json(cfg.to_json())
    else:
        yes = {True: "ja", False: "nei"}
        print(f"Gebyr: {yes[cfg.charge_fees]}, renter: {yes[cfg.charge_interest]}, inkassovarsel selv: "
              f"{yes[cfg.send_inkassovarsel]}, standardkompensasjon: {yes[cfg.business_compensation]}, "
              f"plan: {', '.join(cfg.effective_plan())}")
    return 0


def cmd_statement(args: argparse.Namespace) -> int:
    from ..core.errors import UserError

    if args.send:
        if not args.all and args.member is None:
            raise UserError("Oppgi --member KUNDENR eller --all.")
        with open_from_args(args) as store:
            report = email.send_statements(store.session, args.date, None if args.all else [args.member])
        if args.json:
            print_json({"sent": report.sent, "failed": [f.__dict__ for f in report.failed],
                        "no_email": report.skipped_no_email})
        else:
            print(f"Sendt {len(report.sent)} kontoutskrifter; {len(report.failed)} feilet; "
                  f"{len(report.skipped_no_email)} uten e-post.")
        return 1 if report.failed else 0
    with open_from_args(args) as store, store.session() as session:
        if args.all:
            if args.output is None:
                raise UserError("Oppgi en mappe med -o for kontoutskriftene.")
            paths = statement.export_all(session, args.output, args.date)
            if args.json:
                print_json([str(p) for p in paths])
            else:
                print(f"{len(paths)} kontoutskrifter skrevet til {args.output}.")
            return 0
        if args.member is None:
            raise UserError("Oppgi --member KUNDENR eller --all.")
        if args.output is not None:
            st = statement.export_statement(session, args.member, args.output, args.date)
        else:
            st = statement.member_statement(session, args.member, args.date)
    if args.json:
        print_json(st.to_json())
    else:
        for ln in st.lines:
            print(f"{ln.text:<18} {ln.due.isoformat() if ln.due else '':<10} {ln.what:<32} {format_nok(ln.amount_ore):>12}")
        print(f"Saldo per {st.on:%d.%m.%Y}: {format_nok(st.total_ore)} kr" +
              (f" (skrevet til {args.output})" if args.output else ""))
    return 0


def cmd_rates_list(args: argparse.Namespace) -> int:
    with open_from_args(args) as store, store.session() as session:
        views = rates.list_rates(session)
    if args.json:
        print_json([v.to_json() for v in views])
    else:
        for v in views:
            to = f"{v.valid_to:%d.%m.%Y}" if v.valid_to else "–"
            print(f"{v.kind:<20} {v.valid_from:%d.%m.%Y} – {to:<10} {v.value:>8}  {v.note}")
    return 0


def cmd_rates_add(args: argparse.Namespace) -> int:
    with open_from_args(args) as store, store.session() as session:
        view = rates.add_rate(session, args.kind, args.valid_from, args.value, valid_to=args.valid_to, note=args.note)
    if args.json:
        print_json(view.to_json())
    else:
        print(f"La inn {rates.KINDS[view.kind]} {view.value} fra {view.valid_from:%d.%m.%Y}.")
    return 0
