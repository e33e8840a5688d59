"""gdpr show|payments|export|erase|breach, retention policy|set|run, ropa: privacy from the command line."""

from __future__ import annotations

import argparse
import sys
from datetime import date, datetime
from pathlib import Path

from ..cli import add_store_argument, iso_date, open_from_args, print_json
from ..core.errors import UserError
from ..core.money import format_nok
from ..core.privacy import access_export, breaches, erasure, policy, readable, retention, ropa, unmatched


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("gdpr", help="innsyn, eksport og sletting for ett medlem")
    gsub = p.add_subparsers(dest="action", required=True)
    c = gsub.add_parser("show", help="alt som er lagret om medlemmet")
    add_store_argument(c)
    c.add_argument("member", type=int)
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=cmd_show)
    c = gsub.add_parser("payments", help="innbetalinger uten match som kan høre til medlemmet (navn, e-post, telefon)")
    add_store_argument(c)
    c.add_argument("member", type=int)
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=cmd_payments)
    c = gsub.add_parser("export", help="ZIP med JSON, CSV, fakturaer og sammendrag")
    add_store_argument(c)
    c.add_argument("member", type=int)
    c.add_argument("-o", "--output", required=True)
    c.add_argument("--payments", type=_ids, default=[], metavar="ID,ID",
                   help="innbetalinger uten match som er bekreftet å høre til personen (se «gdpr payments»)")
    c.set_defaults(func=cmd_export)
    c = gsub.add_parser("erase", help="slett (innenfor bokføringsloven)")
    add_store_argument(c)
    c.add_argument("member", type=int)
    c.add_argument("--payments", type=_ids, default=[], metavar="ID,ID",
                   help="innbetalinger uten match som er bekreftet å høre til personen; pseudonymiseres")
    c.add_argument("--yes", action="store_true", help="utfør uten å spørre")
    c.add_argument("--date", type=iso_date, default=None)
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=cmd_erase)

    c = gsub.add_parser("erase-deleted", help="slett et logisk slettet konsern eller selskap fysisk nå (administrator)")
    add_store_argument(c)
    c.add_argument("kind", choices=("group", "company"))
    c.add_argument("id", type=int)
    c.set_defaults(func=cmd_erase_deleted)
    b = gsub.add_parser("breach", help="avvikslogg: brudd på personopplysningssikkerheten (art. 33)")
    bsub = b.add_subparsers(dest="breach_action", required=True)
    c = bsub.add_parser("add", help="registrer et avvik (administrator)")
    add_store_argument(c)
    c.add_argument("--what", required=True, help="hva som skjedde")
    c.add_argument("--discovered", type=_moment, required=True, help="når det ble oppdaget (ÅÅÅÅ-MM-DDTTT:MM, lokal tid)")
    c.add_argument("--data", default="", help="hvilke personopplysninger")
    c.add_argument("--concerns", default="", help="hvem det gjelder (kategorier, omtrent hvor mange)")
    c.add_argument("--measures", default="", help="tiltak som er gjort")
    c.add_argument("--notified", type=_moment, help="når Datatilsynet ble varslet")
    c.add_argument("--not-notified", default="", help="hvorfor det ikke meldes (ingen risiko for de registrerte)")
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=cmd_breach_add)
    c = bsub.add_parser("notified", help="Datatilsynet er varslet, eller hvorfor ikke")
    add_store_argument(c)
    c.add_argument("id", type=int)
    c.add_argument("--at", type=_moment, help="når Datatilsynet ble varslet")
    c.add_argument("--reason", default="", help="hvorfor det ikke meldes")
    c.set_defaults(func=cmd_breach_notified)
    c = bsub.add_parser("list")
    add_store_argument(c)
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=cmd_breach_list)

    p = sub.add_parser("retention", help="slettefrister")
    rsub = p.add_subparsers(dest="action", required=True)
    c = rsub.add_parser("policy")
    add_store_argument(c)
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=cmd_policy)
    c = rsub.add_parser("set")
    add_store_argument(c)
    c.add_argument("key")
    c.add_argument("value", type=int)
    c.set_defaults(func=cmd_policy_set)
    c = rsub.add_parser("run")
    add_store_argument(c)
    c.add_argument("--date", type=iso_date, default=None)
    c.add_argument("--dry-run", action="store_true")
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=cmd_run)

    c = sub.add_parser("ropa", help="protokoll over behandlingsaktiviteter (PDF)")
    add_store_argument(c)
    c.add_argument("-o", "--output", required=True)
    c.set_defaults(func=cmd_ropa)


def cmd_show(args: argparse.Namespace) -> int:
    with open_from_args(args) as store, store.session() as session:
        data = access_export.collect(session, args.member)
    if args.json:
        print_json(data)
    else:
        print(readable.as_text(readable.groups(data)), end="")
    return 0


def _ids(text: str) -> list[int]:
    try:
        return [int(part) for part in text.split(",") if part.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(f"«{text}» er ikke en liste med id-er (f.eks. 12,15)") from None


def cmd_payments(args: argparse.Namespace) -> int:
    with open_from_args(args) as store, store.session() as session:
        access_export.log_access(session, args.member, "søk i innbetalinger")
        found = unmatched.find_candidates(session, args.member)
    if args.json:
        print_json([c.to_json() for c in found])
    elif not found:
        print("Ingen innbetalinger uten match nevner medlemmet.")
    else:
        print("Innbetalinger uten match som kan høre til medlemmet (bekreft med --payments id,id):")
        for c in found:
            print(f"  {c.payment_id:>6} {date.fromisoformat(c.booked_on):%d.%m.%Y} {format_nok(c.amount_ore):>10}  {c.payer_name:<24} "
                  f"{c.text[:40]:<40} ({', '.join(c.reasons)})")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    with open_from_args(args) as store, store.session() as session:
        path = access_export.export_zip(session, args.member, Path(args.output), unmatched_payment_ids=args.payments)
    print(f"Innsyn skrevet til {path}")
    return 0


def cmd_erase(args: argparse.Namespace) -> int:
    with open_from_args(args) as store:
        with store.session() as session:
            plan = erasure.plan_erasure(session, args.member, args.date)
        if plan.mode == "refused":
            raise UserError(plan.explanation())
        if not args.yes:
            print(plan.explanation())
            if not sys.stdin or not sys.stdin.isatty():
                raise UserError("Bekreft slettingen med --yes.")
            if input("Slette? Skriv «ja»: ").strip().lower() != "ja":
                print("Avbrutt; ingenting er slettet.")
                return 1
        with store.session() as session:
            plan = erasure.erase_member(session, args.member, args.date, unmatched_payment_ids=args.payments)
    if args.json:
        print_json(plan.to_json())
    else:
        print(plan.explanation())
        print("Utført.")
    return 0


def cmd_policy(args: argparse.Namespace) -> int:
    with open_from_args(args) as store, store.session() as session:
        items = policy.get_policy(session)
        upcoming = retention.schedule(session, date.today())
    if args.json:
        print_json({"policy": [i.to_json() for i in items], "schedule": upcoming})
    else:
        for i in items:
            print(f"{i.key:<22} {i.value:>3} {i.unit:<8} {i.basis}")
        for row in upcoming:
            print(f"  {row['when']:<12} {row['what']}")
    return 0


def cmd_policy_set(args: argparse.Namespace) -> int:
    with open_from_args(args) as store, store.session() as session:
        item = policy.set_policy(session, args.key, args.value)
    print(f"{item.key} = {item.value} {item.unit}")
    return 0


def cmd_run(args: argparse.Namespace) -> int:
    with open_from_args(args) as store, store.session() as session:
        report = retention.run_retention(session, args.date, dry_run=args.dry_run)
    if args.json:
        print_json(report.to_json())
    else:
        prefix = "Ville gjort" if args.dry_run else "Utført"
        print(f"{prefix} {len(report.actions)} handling(er) per {report.as_of:%d.%m.%Y}:")
        for action in report.actions:
            print(f"  {action.rule:<20} {action.entity} {action.entity_id}: {action.what}")
    return 0


def cmd_ropa(args: argparse.Namespace) -> int:
    with open_from_args(args) as store, store.session() as session:
        path = ropa.write_ropa(session, Path(args.output))
    print(f"Protokoll (med avvikslogg) skrevet til {path}")
    return 0


def _moment(text: str) -> datetime:
    """A time as ISO 8601; without a zone it is this PC's local time."""
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"«{text}» er ikke et tidspunkt (ÅÅÅÅ-MM-DDTTT:MM)") from None
    return moment if moment.tzinfo else moment.astimezone()


def cmd_breach_add(args: argparse.Namespace) -> int:
    with open_from_args(args) as store, store.session() as session:
        view = breaches.record_breach(session, what=args.what, discovered_at=args.discovered, data=args.data,
                                      concerns=args.concerns, measures=args.measures, notified_at=args.notified,
                                      not_notified_reason=args.not_notified)
    if args.json:
        print_json(view.to_json())
    else:
        print(f"Avvik {view.id} registrert. {view.reminder()}")
    return 0


def cmd_breach_notified(args: argparse.Namespace) -> int:
    with open_from_args(args) as store, store.session() as session:
        view = breaches.mark_notified(session, args.id, notified_at=args.at, not_notified_reason=args.reason)
    print(f"Avvik {view.id}: {view.reminder()}")
    return 0


def cmd_breach_list(args: argparse.Namespace) -> int:
    with open_from_args(args) as store, store.session() as session:
        rows = breaches.list_breaches(session)
    if args.json:
        print_json([b.to_json() for b in rows])
    elif not rows:
        print("Ingen avvik registrert.")
    else:
        for b in rows:
            print(f"{b.id:>4} {b.discovered_at.astimezone():%d.%m.%Y %H:%M}  {b.what[:50]:<50}  {b.reminder()}")
    return 0


def cmd_erase_deleted(args: argparse.Namespace) -> int:
    from ..core.privacy.erase_now import erase_deleted_now

    with open_from_args(args) as store, store.session() as session:
        done = erase_deleted_now(session, args.kind, args.id)
    print(done[0].upper() + done[1:] + ".")
    return 0
