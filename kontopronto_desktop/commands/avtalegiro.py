"""avtalegiro settings|agreements import|limit|claims|cancellations: AvtaleGiro with Nets."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime
from pathlib import Path

from ..cli import add_store_argument, open_from_args, print_json
from ..core.channels import avtalegiro, delivery
from ..core.channels.ehf_service import write_file
from ..core.errors import UserError
from ..core.money import parse_amount


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("avtalegiro", help="AvtaleGiro: avtaler fra banken, kravfiler og slettinger til Nets")
    psub = p.add_subparsers(dest="action", required=True)

    c = psub.add_parser("settings", help="kundeenhet-ID og avtale-ID fra Nets")
    add_store_argument(c)
    c.add_argument("--customer-unit", help="kundeenhet-ID (8 siffer)")
    c.add_argument("--agreement-id", help="avtale-ID for AvtaleGiro (9 siffer)")
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=cmd_settings)

    agreements = psub.add_parser("agreements", help="avtalefilen fra banken")
    asub = agreements.add_subparsers(dest="agreements_action", required=True)
    c = asub.add_parser("import", help="les avtalefilen (nye, endrede og avsluttede avtaler)")
    add_store_argument(c)
    c.add_argument("file", type=Path)
    c.add_argument("--dry-run", action="store_true", help="vis hva som endres uten å lagre")
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=cmd_agreements_import)

    c = psub.add_parser("limit", help="betalerens beløpsgrense (fra avtalen)")
    add_store_argument(c)
    c.add_argument("member", type=int, help="kundenummer")
    c.add_argument("--amount", help="grense i kroner; utelat for ingen grense")
    c.set_defaults(func=cmd_limit)

    c = psub.add_parser("claims", help="skriv kravfil (betalingskrav) for en fakturakjøring")
    add_store_argument(c)
    c.add_argument("--batch", type=int, required=True, help="fakturakjøringens nummer")
    c.add_argument("-o", "--output", type=Path, help="kravfilen (utelat med --dry-run)")
    c.add_argument("--dry-run", action="store_true", help="vis kravene og hva som går som vanlig faktura")
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=cmd_claims)

    c = psub.add_parser("cancellations", help="skriv slettefil for krav på fakturaer kreditert før forfall")
    add_store_argument(c)
    c.add_argument("-o", "--output", type=Path, required=True)
    c.set_defaults(func=cmd_cancellations)


def _read(path: Path) -> bytes:
    try:
        with open(path, "rb") as handle:
            data = handle.read(avtalegiro.MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise UserError(f"Kunne ikke lese {path}: {exc.strerror}.") from None
    return data


def cmd_settings(args: argparse.Namespace) -> int:
    with open_from_args(args) as store, store.session() as session:
        if args.customer_unit or args.agreement_id:
            current = avtalegiro.get_settings(session)
            settings = avtalegiro.save_settings(session, args.customer_unit or current.customer_unit,
                                                args.agreement_id or current.agreement_id)
        else:
            settings = avtalegiro.get_settings(session)
    if args.json:
        print_json(settings.to_json())
    else:
        print(f"Kundeenhet-ID: {settings.customer_unit or '–'}  Avtale-ID: {settings.agreement_id or '–'}")
    return 0


def cmd_agreements_import(args: argparse.Namespace) -> int:
    data = _read(args.file)
    with open_from_args(args) as store, store.session() as session:
        if args.dry_run:
            plan = avtalegiro.plan_agreements(session, data)
            session.rollback()
        else:
            plan = avtalegiro.import_agreements(session, data)
    if args.json:
        print_json({**plan.to_json(), "dry_run": args.dry_run})
    else:
        print(plan.text() + ("\n(forhåndsvisning – ingenting lagret)" if args.dry_run else ""))
    return 0


def cmd_limit(args: argparse.Namespace) -> int:
    limit = parse_amount(args.amount, "grense") if args.amount else None
    with open_from_args(args) as store, store.session() as session:
        avtalegiro.set_limit(session, args.member, limit)
    print(f"Beløpsgrense for {args.member}: {args.amount + ' kr' if args.amount else 'ingen'}")
    return 0


def cmd_claims(args: argparse.Namespace) -> int:
    if not args.dry_run and args.output is None:
        raise UserError("Oppgi kravfilen med -o FIL (eller bruk --dry-run).")
    now = datetime.now(UTC)
    with open_from_args(args) as store, store.session() as session:
        ids = delivery.batch_invoice_ids(session, args.batch)
        if args.dry_run:
            plan = avtalegiro.plan_claims(session, ids, now)
            session.rollback()
        else:
            plan, data = avtalegiro.write_claims(session, ids, now)
            write_file(args.output, data)  # inside the transaction: no file, no recorded claims
    if args.json:
        print_json({**plan.to_json(), "file": None if args.dry_run else str(args.output)})
    else:
        print(plan.text() + (f"\nKravfil skrevet til {args.output}" if not args.dry_run else ""))
    return 0


def cmd_cancellations(args: argparse.Namespace) -> int:
    with open_from_args(args) as store, store.session() as session:
        count, data = avtalegiro.write_cancellations(session, datetime.now(UTC))
        write_file(args.output, data)
    print(f"{count} sletteanmodning(er) skrevet til {args.output}")
    return 0
