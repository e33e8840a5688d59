"""invoice run|new|list|show|credit|pdf|send — the same services as the Fakturaer page."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..cli import add_store_argument, iso_date, open_from_args, print_json
from ..core.errors import UserError
from ..core.invoicing import batch, credit, invoices, pdf
from ..core.invoicing.email import recipient, send_invoices
from ..core.models.product import VAT_LABELS, VatRate
from ..core.money import format_amount, format_kr, format_nok, format_plain, parse_amount
from ..core.organisation import get_organisation


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("invoice", help="fakturaer, fakturakjøring, kreditnotaer, PDF og e-post")
    isub = p.add_subparsers(dest="action", required=True)

    c = isub.add_parser("run", help="fakturakjøring: én faktura per medlem fra standardproduktene")
    add_store_argument(c)
    c.add_argument("--date", type=iso_date, required=True, help="fakturadato ÅÅÅÅ-MM-DD")
    c.add_argument("--due-days", type=int, help="dager til forfall (standard fra innstillingene)")
    c.add_argument("--product", help="bare dette produktet (kode)")
    c.add_argument("--payment-method", choices=["giro", "avtalegiro", "efaktura", "ehf"])
    c.add_argument("--period", choices=["one_off", "monthly", "quarterly", "yearly"])
    c.add_argument("--billing-period", help="perioden kjøringen gjelder: 2026, 2026-H1, 2026-Q2, 2026-03 eller "
                                             "2026-01-01..2026-06-30 (står på hver linje)")
    c.add_argument("--again", default="", help="kundenumre (kommaliste) som skal faktureres selv om de allerede "
                                               "er fakturert for perioden")
    c.add_argument("--confirm-repeat", action="store_true",
                   help="bekreft en kjøring med samme periode og utvalg som en tidligere kjøring")
    c.add_argument("--allow-date", action="store_true",
                   help="bekreft en fakturadato før siste utstedte faktura eller over 30 dager fram i tid")
    c.add_argument("--dry-run", action="store_true", help="vis hva som ville blitt fakturert, uten å lagre")
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=cmd_run)

    c = isub.add_parser("new", help="én faktura til ett medlem")
    add_store_argument(c)
    c.add_argument("--member", type=int, required=True, help="kundenummer")
    c.add_argument("--product", action="append", required=True, help="produktkode (kan gjentas)")
    c.add_argument("--qty", type=int, default=1)
    c.add_argument("--price", help="pris per enhet (overstyrer produktets pris)")
    c.add_argument("--date", type=iso_date)
    c.add_argument("--delivery-date", type=iso_date, help="leveringsdato (standard: fakturadatoen)")
    c.add_argument("--due-date", type=iso_date)
    c.add_argument("--allow-date", action="store_true",
                   help="bekreft en fakturadato før siste utstedte faktura eller over 30 dager fram i tid")
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=cmd_new)

    c = isub.add_parser("list", help="list fakturaer")
    add_store_argument(c)
    c.add_argument("--status", choices=["utkast", "sendt", "delvis_betalt", "betalt", "forfalt", "kreditert",
                                        "avskrevet"])
    c.add_argument("--batch", type=int)
    c.add_argument("--member", type=int)
    c.add_argument("--search", default="")
    c.add_argument("--from", dest="date_from", type=iso_date)
    c.add_argument("--to", dest="date_to", type=iso_date)
    c.add_argument("--state", help="etter statusmodellen: utkast, ubetalt, delvis_betalt, betalt, kreditert, avskrevet, "
                                   "kreditnota, forfalt, ikke_forfalt, ikke_sendt eller til_utskrift")
    c.add_argument("--on", type=iso_date, help="dagen «forfalt N dager» regnes fra (standard i dag)")
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=cmd_list)

    c = isub.add_parser("show", help="vis én faktura")
    add_store_argument(c)
    c.add_argument("number", type=int)
    c.add_argument("--on", type=iso_date, help="dagen «forfalt N dager» regnes fra (standard i dag)")
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=cmd_show)

    c = isub.add_parser("printed", help="merk fakturaer til utskrift som skrevet ut (levering: «Skrevet ut»)")
    add_store_argument(c)
    c.add_argument("numbers", type=int, nargs="*", metavar="NUMMER")
    c.add_argument("--batch", type=int, help="alle fakturaene i denne fakturakjøringen")
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=cmd_printed)

    c = isub.add_parser("credit", help="kreditnota for hele eller deler av en faktura")
    add_store_argument(c)
    c.add_argument("number", type=int)
    c.add_argument("--line", type=int, action="append",
                   help="linjenummer som krediteres (kan gjentas; hele linjen med mindre --qty/--amount)")
    c.add_argument("--qty", type=int, help="antall å kreditere på linjen (--line)")
    c.add_argument("--amount", help="beløp å kreditere, inkl. mva (på linjen med --line; standard: alt som gjenstår)")
    c.add_argument("--date", type=iso_date, help="kreditnotadato (standard i dag)")
    c.add_argument("--allow-date", action="store_true", help="bekreft en uvanlig kreditnotadato")
    c.add_argument("--reason", default="")
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=cmd_credit)

    c = isub.add_parser("writeoff", help="avskriv (hele eller deler av) en faktura som tap på fordring")
    add_store_argument(c)
    c.add_argument("number", type=int)
    c.add_argument("--reason", required=True, help="begrunnelse (f.eks. «konkurs»)")
    c.add_argument("--amount", help="beløp å avskrive (standard: alt som gjenstår)")
    c.add_argument("--date", type=iso_date, help="avskrivningsdato (standard i dag)")
    c.add_argument("--undo", action="store_true", help="tilbakefør det som er avskrevet (fordringen står igjen)")
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=cmd_writeoff)

    c = isub.add_parser("settings", help="vis eller endre innstillinger for fakturering (KID, forholdsmessig pris)")
    add_store_argument(c)
    c.add_argument("--kid-mode", choices=["invoice", "customer_invoice"],
                   help="KID fra fakturanummeret alene (invoice) eller kundenummer + fakturanummer")
    c.add_argument("--kid-scheme", choices=["mod10", "mod11"])
    c.add_argument("--kid-length", type=int)
    c.add_argument("--kid-customer-digits", type=int)
    c.add_argument("--due-days", type=int)
    c.add_argument("--pro-rata", choices=["full", "month", "none"],
                   help="nye medlemmer midt i perioden: full pris, per måned eller ikke før neste periode")
    c.add_argument("--non-vat-lines", choices=["refuse", "outside"],
                   help="selger utenfor mva-registeret: avvis mva-pliktige produkter, eller fakturer uten mva")
    c.add_argument("--yes", action="store_true", help="bekreft endring av KID-oppsettet (OCR-avtalen med banken)")
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=cmd_settings)

    c = isub.add_parser("pdf", help="lag PDF av én faktura eller en hel fakturakjøring")
    add_store_argument(c)
    c.add_argument("number", type=int, nargs="?")
    c.add_argument("--batch", type=int)
    c.add_argument("-o", "--output", required=True, help="fil (én faktura) eller mappe (--batch)")
    c.set_defaults(func=cmd_pdf)

    c = isub.add_parser("send", help="send fakturaer på e-post med PDF vedlagt")
    add_store_argument(c)
    c.add_argument("number", type=int, nargs="?")
    c.add_argument("--all-unsent", action="store_true")
    c.add_argument("--to", choices=["used", "current"],
                   help="ved ny sending: adressen brukt da (used) eller medlemmets nåværende (current)")
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=cmd_send)


def _filter(args: argparse.Namespace) -> batch.BatchFilter:
    return batch.BatchFilter(product_code=args.product, payment_method=args.payment_method, period=args.period)


def _again(text: str) -> frozenset[int]:
    try:
        return frozenset(int(x) for x in text.replace(";", ",").split(",") if x.strip())
    except ValueError:
        raise UserError(f"--again tar kundenumre skilt med komma, ikke «{text}».") from None


def cmd_run(args: argparse.Namespace) -> int:
    from datetime import date

    from ..core.invoicing.billing_period import parse_period

    period = parse_period(args.billing_period) if args.billing_period else None
    again = _again(args.again)
    pv: batch.BatchPreview | batch.BatchResult
    with open_from_args(args) as store, store.session() as session:
        if args.dry_run:
            pv = batch.preview_batch(session, args.date, _filter(args), due_days=args.due_days, period=period,
                                     again_for=again)
            data = {"dry_run": True, **pv.to_json()}
        else:
            pv = batch.run_batch(session, args.date, _filter(args), due_days=args.due_days, period=period,
                                 again_for=again, confirm_repeat=args.confirm_repeat, allow_date=args.allow_date)
            data = {"dry_run": False, **pv.to_json()}
            if pv.count:  # how the run's invoices go out: AvtaleGiro, EHF, e-mail, print (core/channels)
                from datetime import UTC, datetime

                from ..core.channels.delivery import batch_invoice_ids, split_by_channel

                split = split_by_channel(session, batch_invoice_ids(session, pv.batch_id), datetime.now(UTC))
                data["channels"] = split.to_json()["channels"]
                data["channel_fallbacks"] = split.to_json()["fallbacks"]
    if args.json:
        print_json(data)
        return 0
    if pv.period:
        print(f"Periode: {pv.period.label}.")
    if pv.already:
        print(f"Allerede fakturert for perioden: {len(pv.already)} medlemmer (hoppes over; --again KUNDENR for å "
              "fakturere dem likevel).")
    for m in pv.skipped:
        print(f"  hoppes over: {m.customer_number} {m.name}: {m.reason}")
    for r in pv.refused:
        print(f"  utelatt: {r.product_code} for {r.members} medlemmer: {r.reason}")
    if isinstance(pv, batch.BatchPreview) and pv.date_warnings:
        print(f"Obs: fakturadatoen er {' og '.join(pv.date_warnings)}; kjøringen må bekreftes (--allow-date).")
    if isinstance(pv, batch.BatchPreview) and pv.repeat_of:
        print(f"Obs: {pv.repeat_of.text()} En ny kjøring må bekreftes (--confirm-repeat).")
    if args.dry_run:
        due = date.fromisoformat(str(data["due_date"]))
        print(f"Prøvekjøring: {data['count']} fakturaer, totalt {format_kr(pv.total_ore)}, "
              f"forfall {due:%d.%m.%Y}, {data['print']} til utskrift. Ingenting er lagret.")
        if isinstance(pv, batch.BatchPreview) and pv.count:
            from ..core.channels.forecast import split_text

            print(f"Forventet utsending: {split_text(pv.channels)}.")
    else:
        print(f"Fakturakjøring {data['batch']}: {data['count']} fakturaer ({data['first_number']}–"
              f"{data['last_number']}), totalt {format_kr(pv.total_ore)}, {data['print']} til utskrift.")
        if "channels" in data:
            print("Utsending: " + ", ".join(f"{k} {v}" for k, v in data["channels"].items() if v))
    return 0


def cmd_new(args: argparse.Namespace) -> int:
    price = parse_amount(args.price, "pris") if args.price else None
    with open_from_args(args) as store, store.session() as session:
        view = invoices.new_invoice(session, args.member, [(code, args.qty, price) for code in args.product],
                                    invoice_date=args.date, due_date=args.due_date,
                                    delivery_date=args.delivery_date, allow_date=args.allow_date)
    if args.json:
        print_json(view.to_json())
    else:
        print(f"Faktura {view.number} til {view.buyer_name}: {format_kr(view.total_ore)}, KID {view.kid}, "
              f"forfall {view.due_date.isoformat()}.")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from datetime import date

    from ..core.invoicing.status import states_of

    with open_from_args(args) as store, store.session() as session:
        rows = invoices.list_invoices(session, status=args.status, batch_id=args.batch, search=args.search,
                                      customer_number=args.member, date_from=args.date_from, date_to=args.date_to,
                                      with_lines=args.json, state=args.state)
        states = states_of(session, rows, args.on or date.today())  # payment, overdue, delivery (one model)
    if args.json:
        print_json([{**r.to_json(), **states[r.id].to_json()} for r in rows])
        return 0
    for r in rows:
        print(f"{r.number or 'utkast':>8}  {r.invoice_date:%d.%m.%Y}  {r.customer_number:>7}  {r.buyer_name[:28]:<28} "
              f"{format_plain(r.total_ore):>11}  {format_plain(r.remaining_ore):>11}  {states[r.id].text()}")
    print(f"{len(rows)} fakturaer")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from datetime import date

    from ..core.invoicing.payers import invoice_payer
    from ..core.invoicing.status import states_of

    with open_from_args(args) as store, store.session() as session:
        view = invoices.get_invoice(session, args.number)
        payer = invoice_payer(session, view.id)
        state = states_of(session, [view], args.on or date.today())[view.id]
        vat_seller = get_organisation(session).mva_registered
    if args.json:
        print_json({**view.to_json(), "payer": payer, **state.to_json()})
        return 0
    for label, value in show_lines(view, state, vat_seller):
        print(f"{label:<28} {value}")
    for line in view.lines:  # the PDF's columns: price and amount excluding VAT
        rate = VAT_LABELS[VatRate(line.vat_rate)] if vat_seller else ""
        print(f"  {line.description[:36]:<36} {line.quantity:>4} x {format_nok(line.unit_price_ore):>10} {rate:>8} "
              f"{format_nok(line.net_ore):>10}")
    return 0


def show_lines(view: invoices.InvoiceView, state: object, vat_seller: bool) -> list[tuple[str, str]]:
    """«invoice show» in the words and forms of the invoice PDF and the Fakturaer detail: Norwegian
    labels, dates dd.mm.yyyy, «Sum eks. MVA» / «Sum MVA» for a VAT-registered seller, then «Å betale»
    («Sum kreditert» on a credit note), amounts «1 234,50 kr»."""
    credit_note = view.is_credit_note
    rows: list[tuple[str, str | None]] = [
        ("Kreditnota" if credit_note else "Faktura", str(view.number or "utkast")),
        ("Betaling", getattr(state, "payment_label", "")),
        ("Forfalt", getattr(state, "overdue_label", "") or None),
        ("Levering", getattr(state, "delivery_label", "")),
        ("Kundenr.", str(view.customer_number)),
        ("Navn", view.buyer_name),
        ("Kreditnotadato" if credit_note else "Fakturadato", f"{view.invoice_date:%d.%m.%Y}"),
        ("Forfallsdato", None if credit_note else f"{view.due_date:%d.%m.%Y}"),
        ("KID", None if credit_note else view.kid),
        ("Gjelder faktura", str(view.credits_number) if view.credits_number else None),
        ("Sum eks. MVA", format_kr(view.net_ore) if vat_seller else None),
        ("Sum MVA", format_kr(view.vat_ore) if vat_seller else None),
        ("Sum kreditert" if credit_note else "Å betale", format_kr(view.total_ore)),
        ("Gjenstår", format_kr(view.remaining_ore)),
        ("Avskrevet (tap på fordring)", format_kr(view.written_off_ore) if view.written_off_ore else None),
        ("Arkivert dokument (SHA-256)", view.document_sha256),
    ]
    return [(label, value) for label, value in rows if value]


def cmd_printed(args: argparse.Namespace) -> int:
    from ..core.invoicing.print_marks import mark_printed

    if bool(args.numbers) == (args.batch is not None):
        raise UserError("Oppgi enten fakturanumre eller --batch ID.")
    with open_from_args(args) as store, store.session() as session:
        marked = mark_printed(session, args.numbers, batch_id=args.batch)
    if args.json:
        print_json({"marked": marked})
    else:
        shown = ", ".join(map(str, marked)) if len(marked) <= 10 else f"{marked[0]} … {marked[-1]}"
        print(f"Merket som skrevet ut: {len(marked)} faktura(er)"
              + (f" ({shown})." if marked else " (alle var merket fra før)."))
    return 0


def cmd_credit(args: argparse.Namespace) -> int:
    amount = parse_amount(args.amount, "beløp") if args.amount else None
    lines = None
    if args.line:
        if (args.qty is not None or amount is not None) and len(args.line) != 1:
            raise UserError("--qty og --amount gjelder én linje: oppgi nøyaktig én --line.")
        lines = [credit.CreditLine(n, args.qty, amount) for n in args.line]
        amount = None
    elif args.qty is not None:
        raise UserError("--qty gjelder en linje: oppgi --line N.")
    with open_from_args(args) as store, store.session() as session:
        note = credit.credit_invoice(session, args.number, amount, args.reason, args.date, lines=lines,
                                     allow_date=args.allow_date)
    if args.json:
        print_json(note.to_json())
    else:
        print(f"Kreditnota {note.number} for faktura {args.number}: {format_kr(-note.total_ore)}.")
    return 0


def cmd_pdf(args: argparse.Namespace) -> int:
    if (args.number is None) == (args.batch is None):
        raise UserError("Oppgi enten et fakturanummer eller --batch ID.")
    with open_from_args(args) as store, store.session() as session:
        if args.batch is not None:
            export = pdf.export_batch(session, args.batch, Path(args.output))
            print(f"{len(export.files)} PDF-er i {args.output}; samlet fil: {export.merged.name}"
                  + (f"; til utskrift: {export.to_print.name}" if export.to_print else ""))
        else:
            path = pdf.export_invoice(session, args.number, Path(args.output))
            print(f"Skrev {path}")
    return 0


def cmd_send(args: argparse.Namespace) -> int:
    if (args.number is None) == (not args.all_unsent):
        raise UserError("Oppgi enten et fakturanummer eller --all-unsent.")
    with open_from_args(args) as store:
        if args.number is not None and args.to is None:
            with store.session() as session:
                choice = recipient(session, args.number)
            if choice.must_choose:
                raise UserError(f"Faktura {args.number} ble sendt til {choice.used}; adressen nå er "
                                f"{choice.current or '(ingen)'}. Velg --to used eller --to current.")
        report = send_invoices(store.session, None if args.all_unsent else [args.number], to=args.to)
    data = {"sent": report.sent, "sent_to": {str(n): to for n, to in report.sent_to.items()},
            "skipped_no_email": report.skipped_no_email,
            "skipped_other_channel": {str(n): c for n, c in report.skipped_other_channel.items()},
            "failed": [{"number": f.number, "email": f.email, "reason": f.reason, "retryable": f.retryable}
                       for f in report.failed]}
    if args.json:
        print_json(data)
    else:
        print(f"Sendt: {len(report.sent)}. Uten e-post (skrives ut): {len(report.skipped_no_email)}. "
              f"Feilet: {len(report.failed)}.")
        if report.skipped_other_channel:
            print(f"Ikke på e-post, de går med sin kanal (kontopronto channels deliver): "
                  f"{len(report.skipped_other_channel)} – "
                  + ", ".join(f"{n} ({c})" for n, c in sorted(report.skipped_other_channel.items())[:20]))
        for f in report.failed:
            print(f"  faktura {f.number} ({f.email}): {f.reason}" + (" – kan prøves igjen" if f.retryable else ""))
    return 1 if report.failed else 0


def cmd_writeoff(args: argparse.Namespace) -> int:
    from ..core.invoicing import writeoff

    amount = parse_amount(args.amount, "beløp") if args.amount else None
    with open_from_args(args) as store, store.session() as session:
        if args.undo:
            row = writeoff.reverse_write_off(session, args.number, args.reason, args.date)
        else:
            row = writeoff.write_off(session, args.number, args.reason, amount, args.date)
        view = invoices.get_invoice(session, args.number)
    if args.json:
        print_json({**row.to_json(), "invoice_status": view.status, "written_off": format_amount(view.written_off_ore),
                    "remaining": format_amount(view.remaining_ore)})
    else:
        verb = "tilbakeført avskrivning på" if args.undo else "avskrevet"
        print(f"Faktura {args.number}: {verb} {format_kr(abs(row.amount_ore))} som tap på fordring "
              f"({row.reason}); gjenstår {format_kr(view.remaining_ore)}.")
    return 0


def cmd_settings(args: argparse.Namespace) -> int:
    from ..core.invoicing import settings as inv_settings

    changes = {k: getattr(args, k) for k in ("kid_mode", "kid_scheme", "kid_length", "kid_customer_digits",
                                              "due_days", "pro_rata", "non_vat_lines") if getattr(args, k) is not None}
    with open_from_args(args) as store, store.session() as session:
        current = inv_settings.get_invoice_settings(session)
        if changes:
            from dataclasses import replace

            if inv_settings.kid_layout_changed(current, replace(current, **changes)) and not args.yes:
                raise UserError("Du endrer KID-oppsettet. " + inv_settings.KID_CHANGE_WARNING
                                + " Bekreft med --yes.")
            current = inv_settings.save_invoice_settings(session, changes)
        capacity = inv_settings.kid_capacity(session)
    data = {**current.to_json(), "kid_capacity": {"remaining": capacity.remaining,
                                                  "last_number": capacity.layout.last_unique_number,
                                                  "next_number": capacity.next_number,
                                                  "per_year": capacity.per_year, "text": capacity.text()}}
    if args.json:
        print_json(data)
    else:
        print(f"KID: {current.kid_mode}, {current.kid_scheme.upper()}, {current.kid_length} sifre. {capacity.text()}")
        print(f"Forfall: {current.due_days} dager. Forholdsmessig pris: {inv_settings.PRO_RATA[current.pro_rata]}.")
        if any(k in changes for k in ("kid_mode", "kid_length", "kid_scheme", "kid_customer_digits")):
            print("Husk: " + inv_settings.KID_CHANGE_WARNING)
    return 0
