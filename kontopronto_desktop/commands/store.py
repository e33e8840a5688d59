"""init, demo, check, passphrase, audit, org: the store itself."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

import sqlalchemy.exc
import sqlcipher3

from ..cli import (
    NEW_PASSPHRASE_ENV,
    PASSPHRASE_ENV,
    add_store_argument,
    iso_date,
    open_from_args,
    passphrase_for_new_store,
    print_json,
    prompt_secret,
)
from ..core import audit, demo, integrity, organisation
from ..core.errors import UserError
from ..core.store import create_store, keyring_available, keyring_set, remove_store_files
from ..core.store.store import os_user


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("init", help="opprett en ny kryptert regnskapsfil")
    add_store_argument(p)
    p.add_argument("--org-name", required=True)
    p.add_argument("--orgnr", required=True)
    p.add_argument("--account", required=True, help="kontonummer, 11 siffer")
    p.add_argument("--mva", action="store_true", help="organisasjonen er MVA-registrert")
    p.add_argument("--remember", action="store_true", help="husk nøkkelen i nøkkelringen")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("demo", help="opprett en demo-regnskapsfil med medlemmer og produkter")
    add_store_argument(p)
    p.add_argument("--members", type=int, default=2000)
    p.add_argument("--no-activity", dest="activity", action="store_false",
                   help="bare medlemmer og produkter (ingen fakturakjøring eller innbetalinger)")
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("check", help="kontroller regnskapsfilens integritet")
    add_store_argument(p)
    p.add_argument("--repair", action="store_true",
                   help="rett det som kan utledes av regnskapsfilen selv (administrator; logges), og kontroller på nytt")
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("passphrase", help="bytt passord")
    psub = p.add_subparsers(dest="action", required=True)
    c = psub.add_parser("change", help=f"bytt passord (nytt passord fra {NEW_PASSPHRASE_ENV} eller spørsmål)")
    add_store_argument(c)
    c.set_defaults(func=cmd_passphrase_change)

    p = sub.add_parser("audit", help="revisjonslogg")
    asub = p.add_subparsers(dest="action", required=True)
    c = asub.add_parser("list")
    add_store_argument(c)
    c.add_argument("--entity", help="member, product, invoice, user, organisation ...")
    c.add_argument("--id", type=int, dest="entity_id", help="id i registeret (f.eks. medlemmets id)")
    c.add_argument("--actor", help="bare endringer gjort av denne brukeren")
    c.add_argument("--action", help="create, update, delete, erase ...")
    c.add_argument("--from", dest="since", type=iso_date, help="fra og med dato (YYYY-MM-DD)")
    c.add_argument("--to", dest="until", type=iso_date, help="til og med dato (YYYY-MM-DD)")
    c.add_argument("--json", action="store_true")
    c.add_argument("--csv", metavar="FIL", help="eksporter til CSV (semikolon, UTF-8)")
    c.set_defaults(func=cmd_audit_list)

    p = sub.add_parser("org", help="organisasjonens opplysninger")
    osub = p.add_subparsers(dest="action", required=True)
    c = osub.add_parser("show")
    add_store_argument(c)
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=cmd_org_show)
    c = osub.add_parser("set")
    add_store_argument(c)
    for name in ("name", "orgnr", "account", "street", "postcode", "city", "email", "phone"):
        c.add_argument(f"--{name}")
    c.add_argument("--mva", choices=["ja", "nei"])
    c.set_defaults(func=cmd_org_set)


def cmd_init(args: argparse.Namespace) -> int:
    path = Path(args.store)
    values = {"name": args.org_name, "orgnr": args.orgnr, "account_number": args.account,
              "mva_registered": args.mva}
    organisation.validate_organisation(values)  # fail before a file is created
    store, recovery = create_store(path, passphrase_for_new_store(), user=os_user())
    with store:
        with store.session() as session:
            organisation.save_organisation(session, values)
        if args.remember:
            keyring_set(store.store_id, store.key, store.signer)
    print(f"Opprettet {path}")
    _print_recovery(recovery)
    return 0


def _print_recovery(recovery: str) -> None:
    print("Gjenopprettingsnøkkel (vises bare nå – skriv den ut eller skriv den ned og oppbevar den trygt):")
    print(f"  {recovery}")


def cmd_demo(args: argparse.Namespace) -> int:
    path = Path(args.store)
    if args.members < 0:
        raise UserError("Antall medlemmer kan ikke være negativt.")
    if path.exists():
        store = open_from_args(args)
        recovery = None
    else:
        store, recovery = create_store(path, passphrase_for_new_store(), user=os_user())
        if keyring_available() and not os.environ.get(PASSPHRASE_ENV):
            keyring_set(store.store_id, store.key, store.signer)
    try:
        with store:
            with store.session() as session:
                count = demo.create_demo(session, members=args.members)
            activity = demo.create_demo_activity(store.session) if args.activity and count else ""
    except BaseException:
        if recovery is not None:  # a store we just created: leave nothing half-made behind
            remove_store_files(path)
        raise
    print(f"Demo-regnskapsfil klar: {path} ({count} medlemmer)" + (f"; {activity}" if activity else ""))
    if recovery:
        _print_recovery(recovery)
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    """Exit 0: OK; 1: problems found (listed); 2: the store cannot be checked as it is (older schema)."""
    args.migrate_schema = False  # check the file as it is; do not migrate a store being diagnosed
    repaired: list[str] = []
    with open_from_args(args) as store:
        try:
            with store.session() as session:
                integrity.check_schema(session)
            if args.repair:
                with store.session() as session:
                    repaired = integrity.repair_store(session)
            with store.session() as session:
                problems = integrity.check_store(session)
        except integrity.OldSchema as exc:
            raise UserError(exc.message) from None
        except (sqlalchemy.exc.DatabaseError, sqlcipher3.DatabaseError) as exc:
            problems = [f"SQLite kunne ikke lese regnskapsfilen: {getattr(exc, 'orig', exc)}"]
    if args.repair:
        print("Rettet:" if repaired else "Ingenting å rette.")
        for line in repaired:
            print(f"  - {line}")
    if problems:
        print("Feil funnet:")
        for problem in problems:
            print(f"  - {problem}")
        return 1
    print("OK: regnskapsfilen er hel og alle kontroller er bestått.")
    return 0


def cmd_passphrase_change(args: argparse.Namespace) -> int:
    old = os.environ.get(PASSPHRASE_ENV) or prompt_secret("Nåværende passord: ")
    new = os.environ.get(NEW_PASSPHRASE_ENV)
    if not new:
        new = prompt_secret("Nytt passord: ")
        if prompt_secret("Gjenta nytt passord: ") != new:
            raise UserError("Passordene er ikke like.")
    from ..core.store import open_store

    with open_store(Path(args.store), passphrase=old, user=args.user) as store:
        store.change_passphrase(old, new, args.user)
    print("Passordet er byttet. Databasen er ikke kryptert på nytt; bare nøkkelen er pakket inn på nytt.")
    return 0


def cmd_audit_list(args: argparse.Namespace) -> int:
    with open_from_args(args) as store, store.session() as session:
        entries = audit.list_entries(session, entity=args.entity, entity_id=args.entity_id, actor=args.actor,
                                     action=args.action, since=args.since, until=args.until, redact=True)
    if args.csv:
        audit.write_csv(entries, Path(args.csv))
        print(f"{len(entries)} linjer skrevet til {args.csv}")
    elif args.json:
        print_json([e.to_json() for e in entries])
    else:
        for e in entries:
            print(f"{e.at:%Y-%m-%d %H:%M:%S} {e.actor:<12} {e.action:<8} {e.entity} {e.entity_id or ''}")
    return 0


def cmd_org_show(args: argparse.Namespace) -> int:
    with open_from_args(args) as store, store.session() as session:
        org = organisation.get_organisation(session)
    if args.json:
        print_json(org.to_json())
    else:
        for key, value in org.to_json().items():
            print(f"{key:<16} {value}")
    return 0


def cmd_org_set(args: argparse.Namespace) -> int:
    values = {k: v for k, v in {
        "name": args.name, "orgnr": args.orgnr, "account_number": args.account, "street": args.street,
        "postcode": args.postcode, "city": args.city, "email": args.email, "phone": args.phone,
    }.items() if v is not None}
    if args.mva is not None:
        values["mva_registered"] = args.mva == "ja"
    with open_from_args(args) as store, store.session() as session:
        organisation.save_organisation(session, values)
    print("Lagret.")
    return 0
