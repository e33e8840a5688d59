"""accounts, vouchers, export (saft|journal|subledger), vat report, books backfill — the Regnskap section.

The same core services as the GUI (core/books). Amounts in JSON are strings like "450.00".
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from ..cli import add_store_argument, iso_date, open_from_args, print_json
from ..core.books import backfill, chart, exports, journal, saft_export, subledger, vat, vat_export, vouchers
from ..core.books.exports import ExportResult
from ..core.errors import UserError
from ..core.money import format_nok
from ..core.organisation import get_organisation


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("accounts", help="kontoplanen: kontoer, roller og produktenes inntektskonto/mva-kode")
    asub = p.add_subparsers(dest="action", required=True)
    c = asub.add_parser("list", help="list kontoplanen (og produktenes konto med --products)")
    add_store_argument(c)
    c.add_argument("--products", action="store_true", help="vis produktenes inntektskonto og mva-kode")
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=cmd_accounts_list)
    c = asub.add_parser("set", help="opprett eller endre en konto, eller gi et produkt konto og mva-kode "
                                    "(gjelder hendelser etter endringen)")
    add_store_argument(c)
    c.add_argument("number", help="kontonummer (4–10 siffer)")
    c.add_argument("--name", help="kontonavn")
    c.add_argument("--role", choices=sorted(chart.ROLE_LABELS), help="flytt en rolle (bank, receivable …) hit")
    c.add_argument("--inactive", action="store_true", help="sett kontoen som inaktiv")
    c.add_argument("--product", help="produktkode: bruk kontoen som produktets inntektskonto")
    c.add_argument("--vat-code", help="SAF-T standard mva-kode for produktet (f.eks. 3, 31, 33, 5, 6)")
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=cmd_accounts_set)

    p = sub.add_parser("vouchers", help="bilag: hver faktura, kreditnota og innbetaling i hovedboken")
    vsub = p.add_subparsers(dest="action", required=True)
    c = vsub.add_parser("list", help="list bilag med linjer")
    add_store_argument(c)
    c.add_argument("--from", dest="date_from", type=iso_date)
    c.add_argument("--to", dest="date_to", type=iso_date)
    c.add_argument("--kind", help="type (faktura, kreditnota, innbetaling, matching, angring …)")
    c.add_argument("--search", default="", help="dokument, tekst eller kontonummer")
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=cmd_vouchers_list)
    c = vsub.add_parser("show", help="vis ett bilag")
    add_store_argument(c)
    c.add_argument("number", type=int)
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=cmd_vouchers_show)

    p = sub.add_parser("export", help="regnskapseksport: SAF-T, bilagsjournal (CSV) og reskontro (ZIP)")
    esub = p.add_subparsers(dest="action", required=True)
    c = esub.add_parser("saft", help="SAF-T Financial 1.30 for en periode, kontrollert mot skjemaet")
    add_store_argument(c)
    c.add_argument("--from", dest="date_from", type=iso_date)
    c.add_argument("--to", dest="date_to", type=iso_date)
    c.add_argument("--year", type=int, help="hele regnskapsåret (i stedet for --from/--to)")
    c.add_argument("-o", "--output", type=Path, required=True)
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=cmd_export_saft)
    c = esub.add_parser("journal", help="bilagsjournal for import i regnskapssystemet (docs/journal-csv.md)")
    add_store_argument(c)
    c.add_argument("--format", choices=["csv"], default="csv")
    c.add_argument("--from", dest="date_from", type=iso_date, required=True)
    c.add_argument("--to", dest="date_to", type=iso_date, required=True)
    c.add_argument("-o", "--output", type=Path, required=True)
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=cmd_export_journal)
    c = esub.add_parser("subledger", help="hele reskontroen (medlemmer, fakturaer, innbetalinger, bilag) som ZIP")
    add_store_argument(c)
    c.add_argument("-o", "--output", type=Path, required=True)
    c.set_defaults(func=cmd_export_subledger)

    c = esub.add_parser("history", help="perioder som er eksportert før (SAF-T og bilagsjournal)")
    add_store_argument(c)
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=cmd_export_history)

    p = sub.add_parser("vat", help="grunnlag for mva-meldingen per termin")
    tsub = p.add_subparsers(dest="action", required=True)
    c = tsub.add_parser("report", help="grunnlag og mva per SAF-T-kode for en termin")
    add_store_argument(c)
    c.add_argument("--term", required=True, help="ÅÅÅÅ-T, f.eks. 2026-5 (tomånedlig) eller 2026-1 (årlig)")
    c.add_argument("--pdf", type=Path, help="skriv også PDF hit")
    c.add_argument("--xlsx", type=Path, help="skriv også Excel hit")
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=cmd_vat_report)
    c = tsub.add_parser("term", help="vis eller velg terminlengde (two_monthly eller yearly)")
    add_store_argument(c)
    c.add_argument("kind", nargs="?", choices=sorted(vat.TERMS))
    c.set_defaults(func=cmd_vat_term)

    p = sub.add_parser("books", help="regnskapsmodulen: engangsbokføring av hendelser fra før modulen")
    bsub = p.add_subparsers(dest="action", required=True)
    c = bsub.add_parser("backfill", help="bokfør fakturaer og innbetalinger som ikke har bilag (én gang)")
    add_store_argument(c)
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=cmd_backfill)


def cmd_accounts_list(args: argparse.Namespace) -> int:
    with open_from_args(args) as store, store.session() as session:
        accounts = chart.list_accounts(session)
        products = chart.list_product_accounts(session) if args.products else []
    if args.json:
        print_json({"accounts": [a.to_json() for a in accounts],
                    **({"products": [p.to_json() for p in products]} if args.products else {})})
        return 0
    for a in accounts:
        print(f"{a.number:<6} {a.name:<55} {a.role_label}{'' if a.active else '  (inaktiv)'}")
    if products:
        print()
        for p in products:
            print(f"{p.code:<12} {p.name:<35} konto {p.account}  mva-kode {p.vat_code}{'' if p.own else '  (standard)'}")
    return 0


def cmd_accounts_set(args: argparse.Namespace) -> int:
    with open_from_args(args) as store, store.session() as session:
        if args.product:
            view = chart.set_product_account(session, args.product, args.number, args.vat_code)
            data = view.to_json()
            text = f"Produkt {view.code}: konto {view.account}, mva-kode {view.vat_code} (fra neste hendelse)."
        else:
            acc = chart.set_account(session, args.number, args.name, args.role, False if args.inactive else None)
            data = acc.to_json()
            text = f"Konto {acc.number} {acc.name}" + (f": {acc.role_label}" if acc.role else "") + \
                " (gjelder hendelser etter endringen)."
    if args.json:
        print_json(data)
    else:
        print(text)
    return 0


def _print_voucher(v: vouchers.VoucherView) -> None:
    print(f"Bilag {v.number}  {v.on:%d.%m.%Y}  {v.kind:<16} {v.document_ref}"
          + (f"  (reverserer {v.reverses_number})" if v.reverses_number else ""))
    for ln in v.lines:
        side = f"{format_nok(ln.debit_ore):>14} {'':>14}" if ln.amount_ore >= 0 else \
            f"{'':>14} {format_nok(ln.credit_ore):>14}"
        extra = "".join([f"  kunde {ln.customer_number}" if ln.customer_number else "",
                         f"  mva-kode {ln.vat_code}" if ln.vat_code else ""])
        print(f"    {ln.account:<6} {side}  {ln.description}{extra}")


def cmd_vouchers_list(args: argparse.Namespace) -> int:
    with open_from_args(args) as store, store.session() as session:
        items = vouchers.list_vouchers(session, date_from=args.date_from, date_to=args.date_to, kind=args.kind,
                                       search=args.search)
    if args.json:
        print_json([v.to_json() for v in items])
        return 0
    for v in items:
        _print_voucher(v)
    print(f"{len(items)} bilag.")
    return 0


def cmd_vouchers_show(args: argparse.Namespace) -> int:
    with open_from_args(args) as store, store.session() as session:
        v = vouchers.get_voucher(session, args.number)
    if args.json:
        print_json(v.to_json())
    else:
        _print_voucher(v)
    return 0


def _print_export(result: ExportResult, as_json: bool) -> int:
    if as_json:
        print_json(result.to_json())
    else:
        print(result.text())
    return 0


def cmd_export_saft(args: argparse.Namespace) -> int:
    if args.year:
        args.date_from, args.date_to = date(args.year, 1, 1), date(args.year, 12, 31)
    if args.date_from is None or args.date_to is None:
        raise UserError("Oppgi --year ÅÅÅÅ, eller både --from og --to.")
    with open_from_args(args) as store, store.session() as session:
        result = saft_export.export_saft(session, args.date_from, args.date_to, args.output)
    return _print_export(result, args.json)


def cmd_export_journal(args: argparse.Namespace) -> int:
    with open_from_args(args) as store, store.session() as session:
        result = journal.export_journal(session, args.date_from, args.date_to, args.output)
    return _print_export(result, args.json)


def cmd_export_subledger(args: argparse.Namespace) -> int:
    with open_from_args(args) as store, store.session() as session:
        path = subledger.export_subledger(session, args.output)
    print(f"Reskontroen er skrevet til {path}.")
    return 0


def cmd_export_history(args: argparse.Namespace) -> int:
    with open_from_args(args) as store, store.session() as session:
        items = exports.list_exports(session)
    if args.json:
        print_json([{"format": e.format, "from": e.date_from.isoformat(), "to": e.date_to.isoformat(),
                     "count": e.count, "exported_at": e.exported_at.isoformat(), "actor": e.actor,
                     "file": e.file_name} for e in items])
        return 0
    for e in items:
        print(f"{e.format:<12} {e.date_from:%d.%m.%Y}–{e.date_to:%d.%m.%Y}  {e.count:>7} bilag  "
              f"{e.exported_at.astimezone():%d.%m.%Y %H:%M}  {e.actor}  {e.file_name}")
    if not items:
        print("Ingen perioder er eksportert.")
    return 0


def cmd_vat_report(args: argparse.Namespace) -> int:
    year, term = vat.parse_term(args.term)
    with open_from_args(args) as store, store.session() as session:
        report = vat.vat_report(session, year, term)
        org = get_organisation(session)
    name = org.name if org else ""
    if args.pdf:
        vat_export.export_pdf(report, args.pdf, name)
    if args.xlsx:
        vat_export.export_xlsx(report, args.xlsx, name)
    if args.json:
        print_json(report.to_json())
        return 0
    print(f"Mva-grunnlag {report.year} termin {report.term} ({report.date_from:%d.%m.%Y}–{report.date_to:%d.%m.%Y})")
    for ln in report.lines:
        print(f"  kode {ln.code:<3} {ln.description[:50]:<50} grunnlag {format_nok(ln.basis_ore):>14}  "
              f"mva {format_nok(ln.vat_ore):>12}")
    print(f"  Sum utgående mva: {format_nok(report.vat_ore)} kr (fakturaer minus kreditnotaer: "
          f"{format_nok(report.documents_vat_ore)} kr)")
    return 0


def cmd_vat_term(args: argparse.Namespace) -> int:
    with open_from_args(args) as store, store.session() as session:
        if args.kind:
            vat.set_term_kind(session, args.kind)
        kind = vat.term_kind(session)
    print(f"Mva-termin: {vat.TERMS[kind]}.")
    return 0


def cmd_backfill(args: argparse.Namespace) -> int:
    with open_from_args(args) as store, store.session() as session:
        result = backfill.backfill(session)
    if args.json:
        print_json({"invoices": result.invoices, "payments": result.payments, "vouchers": result.vouchers})
    else:
        print(result.text())
    return 0
