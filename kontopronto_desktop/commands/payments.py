"""payments import|unmatched|list|match|split|credit|apply-credit|refund|unmatch|accept-exact|undo-bulk,
ledger, aging. ``list`` pages (--offset/--limit) and searches (--search) like the Innbetalinger list;
``unmatch`` and ``refund`` take several ids (all or none, as the list's multi-select).

The same services as the Innbetalinger page. Amounts in JSON are strings like "450.00".
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from ..cli import add_store_argument, iso_date, open_from_args, print_json
from ..core.errors import UserError
from ..core.money import format_nok, format_plain, parse_amount
from ..core.organisation import get_organisation
from ..core.payments import aging, aging_export, bulk, importing, ledger, listing, matching, selected, views
from ..core.payments.csv_bank import CsvMapping


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("payments", help="innbetalinger: bankfiler inn, matching, kreditt og angring")
    psub = p.add_subparsers(dest="action", required=True)

    c = psub.add_parser("import", help="les en bankfil (OCR, camt.053/054 eller CSV) og bokfør KID-treff")
    add_store_argument(c)
    c.add_argument("file", type=Path)
    c.add_argument("--format", choices=["ocr", "camt", "csv"], help="filformat (standard: gjenkjennes)")
    c.add_argument("--map", dest="mapping", help="CSV-kolonner, f.eks. date=Dato,amount=Inn på konto,kid=KID")
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=cmd_import)

    c = psub.add_parser("unmatched", help="innbetalinger som ikke er matchet, med rangerte forslag")
    add_store_argument(c)
    c.add_argument("--limit", type=int, default=matching.QUEUE_PAGE,
                   help="vis de N eldste med forslag (standard: %(default)s)")
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=cmd_unmatched)

    c = psub.add_parser("list", help="list innbetalinger, nyeste først, én side om gangen")
    add_store_argument(c)
    c.add_argument("--status", choices=[s for s in listing.STATE_LABELS if s])
    c.add_argument("--search", default="", help="navn, beløp, KID, arkivreferanse, dato, id eller fakturanr.")
    c.add_argument("--offset", type=int, default=0, help="hopp over så mange (neste side)")
    c.add_argument("--limit", type=int, default=listing.PAGE, help=f"høyst så mange (standard {listing.PAGE})")
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=cmd_list)

    c = psub.add_parser("match", help="før en innbetaling mot en faktura (overskudd blir kreditt)")
    add_store_argument(c)
    c.add_argument("payment_id", type=int)
    c.add_argument("invoice_number", type=int)
    c.add_argument("--amount", help="beløp (standard: det som gjenstår)")
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=cmd_match)

    c = psub.add_parser("split", help="del én innbetaling på flere fakturaer")
    add_store_argument(c)
    c.add_argument("payment_id", type=int)
    c.add_argument("--part", action="append", required=True, metavar="FAKTURA=BELØP")
    c.add_argument("--rest-to", type=int, help="kundenummer som får resten som kreditt")
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=cmd_split)

    c = psub.add_parser("credit", help="la en innbetaling stå som kreditt på et medlems konto")
    add_store_argument(c)
    c.add_argument("payment_id", type=int)
    c.add_argument("--member", type=int, required=True, help="kundenummer")
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=cmd_credit)

    c = psub.add_parser("apply-credit", help="bruk medlemmets kreditt på en faktura")
    add_store_argument(c)
    c.add_argument("invoice_number", type=int)
    c.add_argument("--member", type=int, required=True, help="kundenummer")
    c.set_defaults(func=cmd_apply_credit)

    c = psub.add_parser("refund", help="merk kreditt som tilbakebetalt (flere id-er: hele kreditten av hver)")
    add_store_argument(c)
    c.add_argument("payment_id", type=int, nargs="+")
    c.add_argument("--amount")
    c.add_argument("--date", type=iso_date)
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=cmd_refund)

    c = psub.add_parser("unmatch", help="angre matchingen av en eller flere innbetalinger (alle eller ingen)")
    add_store_argument(c)
    c.add_argument("payment_id", type=int, nargs="+")
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=cmd_unmatch)

    c = psub.add_parser("accept-exact", help="godta alle sikre forslag i køen på én gang (kan angres samlet)")
    add_store_argument(c)
    c.add_argument("--dry-run", action="store_true", help="vis bare hva som ville blitt godtatt")
    c.add_argument("--ids", help="bare disse innbetalingene, f.eks. 12,14,15 (de andre sikre står urørt)")
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=cmd_accept_exact)

    c = psub.add_parser("undo-bulk", help="angre en samlet godkjenning (alle innbetalingene i den)")
    add_store_argument(c)
    c.add_argument("operation_id", type=int, help="operasjonsnummeret accept-exact skrev ut")
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=cmd_undo_bulk)

    c = sub.add_parser("ledger", help="reskontro for ett medlem: linjer, saldo og åpne poster")
    add_store_argument(c)
    c.add_argument("--member", type=int, required=True, help="kundenummer")
    c.add_argument("--date", type=iso_date, help="vurder forfall per denne datoen (standard: i dag)")
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=cmd_ledger)

    c = sub.add_parser("aging", help="aldersfordelt reskontro per dato, med eksport til xlsx og PDF")
    add_store_argument(c)
    c.add_argument("--date", type=iso_date, default=None, help="ÅÅÅÅ-MM-DD (standard: i dag)")
    c.add_argument("--xlsx", type=Path)
    c.add_argument("--pdf", type=Path)
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=cmd_aging)


def cmd_import(args: argparse.Namespace) -> int:
    mapping = CsvMapping.parse(args.mapping) if args.mapping else None
    with open_from_args(args) as store, store.session() as session:
        summary = importing.import_path(session, args.file, args.format, mapping)
    if args.json:
        print_json(summary.to_json())
    else:
        print(summary.text())
    return 0


def cmd_unmatched(args: argparse.Namespace) -> int:
    with open_from_args(args) as store, store.session() as session:
        queue = matching.unmatched_queue(session, max(1, args.limit))
        count, total = matching.unmatched_total(session)
    if args.json:
        print_json([q.to_json() for q in queue])
        return 0
    for q in queue:
        p = q.payment
        print(f"{p.id:>7}  {p.booked_on:%d.%m.%Y}  {format_plain(p.amount_ore):>11}  KID {p.kid or '–':<14} "
              f"{(p.payer_name or p.text)[:36]}")
        for s in q.suggestions:
            print(f"{'':>9}forslag: faktura {s.invoice_number} ({s.customer_number} {s.name[:24]}, "
                  f"{format_plain(s.remaining_ore)}) – {', '.join(s.reasons)}")
    print(("1 innbetaling er ikke matchet" if count == 1 else f"{count} innbetalinger er ikke matchet")
          + f" ({format_nok(total)} kr)"
          + (f"; viser de {len(queue)} eldste (flere med --limit)" if len(queue) < count else ""))
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    flt = listing.PaymentFilter(args.status or "", args.search)
    with open_from_args(args) as store, store.session() as session:
        rows = listing.list_page(session, flt, offset=args.offset, limit=args.limit)
        found = listing.count(session, flt)
    if args.json:
        print_json([r.to_json() for r in rows])
        return 0
    for r in rows:
        target = ", ".join(str(a.invoice_number) for a in r.allocations) or "–"
        print(f"{r.id:>7}  {r.booked_on:%d.%m.%Y}  {format_plain(r.amount_ore):>11}  {r.status:<9} "
              f"medlem {r.customer_number or '–':<7} faktura {target}  {r.payer_name[:30]}")
    shown = f"{args.offset + 1}–{args.offset + len(rows)}" if rows else "ingen"
    more = len(rows) == args.limit and (found.capped or args.offset + len(rows) < found.count)
    print(f"Viser {shown} av {found.label()} innbetalinger"
          + (f" (neste side: --offset {args.offset + len(rows)})" if more else ""))
    return 0


def _show(view: views.PaymentView, as_json: bool) -> int:
    if as_json:
        print_json(view.to_json())
    else:
        targets = ", ".join(f"faktura {a.invoice_number}: {format_nok(a.amount_ore)} kr" for a in view.allocations)
        credit = f"; kreditt på konto {format_nok(view.unallocated_ore)} kr" \
            if view.customer_number is not None and view.unallocated_ore else ""
        print(f"Innbetaling {view.id} ({format_nok(view.amount_ore)} kr): {view.status_label}. {targets}{credit}")
    return 0


def cmd_match(args: argparse.Namespace) -> int:
    amount = parse_amount(args.amount) if args.amount else None
    with open_from_args(args) as store, store.session() as session:
        view = matching.match_payment(session, args.payment_id, args.invoice_number, amount)
    return _show(view, args.json)


def cmd_split(args: argparse.Namespace) -> int:
    parts: list[tuple[int, int]] = []
    for part in args.part:
        number, sep, amount = part.partition("=")
        if not sep or not number.strip().isdigit():
            raise UserError(f"Ugyldig del «{part}»; skriv FAKTURANUMMER=BELØP, f.eks. 12=450,00.")
        parts.append((int(number), parse_amount(amount)))
    with open_from_args(args) as store, store.session() as session:
        view = matching.split_payment(session, args.payment_id, parts, args.rest_to)
    return _show(view, args.json)


def cmd_credit(args: argparse.Namespace) -> int:
    with open_from_args(args) as store, store.session() as session:
        view = matching.leave_as_credit(session, args.payment_id, args.member)
    return _show(view, args.json)


def cmd_apply_credit(args: argparse.Namespace) -> int:
    with open_from_args(args) as store, store.session() as session:
        applied = matching.apply_credit(session, args.member, args.invoice_number)
    print(f"Brukte {format_nok(applied)} kr av kreditten på faktura {args.invoice_number}.")
    return 0


def cmd_refund(args: argparse.Namespace) -> int:
    if len(args.payment_id) > 1:
        if args.amount:
            raise UserError("--amount gjelder én innbetaling; med flere tilbakebetales hele kreditten av hver.")
        with open_from_args(args) as store, store.session() as session:
            done = selected.refund_many(session, args.payment_id, args.date)
        if args.json:
            print_json([v.to_json() for v in done])
        else:
            print(f"Merket kreditten av {len(done)} innbetalinger som tilbakebetalt, til sammen "
                  f"{format_nok(sum(v.refunded_ore for v in done))} kr.")
        return 0
    amount = parse_amount(args.amount) if args.amount else None
    with open_from_args(args) as store, store.session() as session:
        view = matching.refund_credit(session, args.payment_id[0], amount, args.date)
    return _show(view, args.json)


def cmd_unmatch(args: argparse.Namespace) -> int:
    with open_from_args(args) as store, store.session() as session:
        done = selected.unmatch_many(session, args.payment_id)
    if args.json and len(done) == 1:
        return _show(done[0], True)
    if args.json:
        print_json([v.to_json() for v in done])
    elif len(done) == 1:
        print(f"Matchingen av innbetaling {done[0].id} er angret; den ligger i køen igjen.")
    else:
        print(f"Matchingen av {len(done)} innbetalinger er angret; de ligger i køen igjen.")
    return 0


def cmd_accept_exact(args: argparse.Namespace) -> int:
    ids = listing.ids_in(args.ids) if args.ids else None
    with open_from_args(args) as store, store.session() as session:
        if args.dry_run:
            preview = bulk.sure_matches(session, payment_ids=ids)
        else:
            result = bulk.accept_exact(session, payment_ids=ids)
    if args.dry_run:
        if args.json:
            print_json(preview.to_json())
            return 0
        for i in preview.items:
            print(f"{i.payment_id:>7}  {i.booked_on:%d.%m.%Y}  {format_plain(i.amount_ore):>11}  -> faktura "
                  f"{i.invoice_number} ({i.customer_number} {i.name[:30]})")
        print(f"{preview.count} sikre forslag, til sammen {format_nok(preview.total_ore)} kr (ingenting er bokført)")
        return 0
    if args.json:
        print_json(result.to_json())
    else:
        print(result.text())
    return 0


def cmd_undo_bulk(args: argparse.Namespace) -> int:
    with open_from_args(args) as store, store.session() as session:
        result = bulk.undo_bulk(session, args.operation_id)
    if args.json:
        print_json(result.to_json())
    else:
        print(result.text())
    return 0


def cmd_ledger(args: argparse.Namespace) -> int:
    with open_from_args(args) as store, store.session() as session:
        led = ledger.member_ledger(session, args.member, args.date)
    if args.json:
        print_json(led.to_json())
        return 0
    print(f"Reskontro for {led.customer_number} {led.name}")
    for ln in led.lines:
        print(f"{ln.on:%d.%m.%Y}  {ln.reference:<40} {format_plain(ln.debit_ore) if ln.debit_ore else '':>11} "
              f"{format_plain(ln.credit_ore) if ln.credit_ore else '':>11} {format_plain(ln.balance_ore):>11}")
    print(f"Saldo: {format_nok(led.balance_ore)} kr")
    for item in led.open_items:
        stage = f"  {item.stage_text}" if item.stage_text else ""
        print(f"  åpen: {item.reference:<40} {format_plain(item.amount_ore):>11}  {item.status}{stage}")
    return 0


def cmd_aging(args: argparse.Namespace) -> int:
    on = args.date or date.today()
    with open_from_args(args) as store, store.session() as session:
        report = aging.aging_report(session, on)
        org = get_organisation(session).name
    written = []
    if args.xlsx:
        written.append(aging_export.export_xlsx(report, args.xlsx, org))
    if args.pdf:
        written.append(aging_export.export_pdf(report, args.pdf, org))
    if args.json:
        print_json(report.to_json())
        return 0
    print(f"Aldersfordelt reskontro per {on:%d.%m.%Y}")
    for label, amount in zip(aging.BUCKETS, report.totals, strict=True):
        print(f"  {label:<16} {format_nok(amount):>14} kr")
    print(f"  {'Sum':<16} {format_nok(report.total_ore):>14} kr  ({len(report.rows)} medlemmer)")
    print(f"  {'Kreditt på konto':<16} {format_nok(-report.credit_ore):>14} kr")
    print(f"  {'Saldo':<16} {format_nok(report.balance_ore):>14} kr")
    stages = {k: n for k, n in report.stage_counts.items() if k}
    if stages:
        labels = {"inkassovarsel": "inkassovarsel", "til_inkasso": "sendt til inkasso", "stanset": "stanset"}
        order = ["purring_1", "purring_2", "purring_3", "inkassovarsel", "til_inkasso", "stanset"]
        print("  Purretrinn: " + ", ".join(f"{n} {labels.get(k, k.replace('_', ' '))}" for k, n in sorted(
            stages.items(), key=lambda kv: (order.index(kv[0]) if kv[0] in order else 2, kv[0])))
              + " (åpne fakturaer)")
    for path in written:
        print(f"Skrev {path}")
    return 0
