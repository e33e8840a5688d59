"""users add|list|remove|check|accept|log: several users, each with their own passphrase and a
role; the signed user list's security alerts and the security log."""

from __future__ import annotations

import argparse
import os

from ..cli import NEW_PASSPHRASE_ENV, add_store_argument, open_from_args, print_json, prompt_secret
from ..core import users
from ..core.access import check_role
from ..core.errors import UserError


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("users", help="brukere og roller")
    usub = p.add_subparsers(dest="action", required=True)
    c = usub.add_parser("add", help=f"ny bruker (passord fra {NEW_PASSPHRASE_ENV} eller spørsmål)")
    add_store_argument(c)
    c.add_argument("name")
    c.add_argument("--role", required=True, help="administrator, bookkeeper eller read_only")
    c.set_defaults(func=cmd_add)
    c = usub.add_parser("role", help=f"endre en brukers rolle (nytt passord for brukeren fra {NEW_PASSPHRASE_ENV} "
                                     "eller spørsmål; rollen er forseglet i brukerens nøkkel)")
    add_store_argument(c)
    c.add_argument("name")
    c.add_argument("--role", required=True, help="administrator, bookkeeper eller read_only")
    c.set_defaults(func=cmd_role)
    c = usub.add_parser("list")
    add_store_argument(c)
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=cmd_list)
    c = usub.add_parser("remove")
    add_store_argument(c)
    c.add_argument("name")
    c.set_defaults(func=cmd_remove)
    c = usub.add_parser("check", help="kontroller at brukerlisten er signert av en administrator")
    add_store_argument(c)
    c.set_defaults(func=cmd_check)
    c = usub.add_parser("accept", help="godkjenn brukerlisten slik den er nå (administrator, etter et varsel)")
    add_store_argument(c)
    c.set_defaults(func=cmd_accept)
    c = usub.add_parser("log", help="sikkerhetsloggen: åpninger, mislykkede åpninger, brukere, varsler")
    add_store_argument(c)
    c.add_argument("--json", action="store_true")
    c.add_argument("--limit", type=int, default=100)
    c.set_defaults(func=cmd_log)


def cmd_add(args: argparse.Namespace) -> int:
    with open_from_args(args) as store:
        new = os.environ.get(NEW_PASSPHRASE_ENV)
        if not new:
            new = prompt_secret(f"Passord for {args.name}: ")
            if prompt_secret("Gjenta passordet: ") != new:
                raise UserError("Passordene er ikke like.")
        user = users.add_user(store, args.name, new, args.role)
    print(f"Bruker {user.name} er lagt til som {user.role_label}.")
    return 0


def cmd_role(args: argparse.Namespace) -> int:
    from ..core.user_roles import set_role

    with open_from_args(args) as store:
        new = os.environ.get(NEW_PASSPHRASE_ENV)
        if not new:
            new = prompt_secret(f"Nytt passord for {args.name}: ")
            if prompt_secret("Gjenta passordet: ") != new:
                raise UserError("Passordene er ikke like.")
        user = set_role(store, args.name, args.role, new)
    print(f"{user.name} har nå rollen {user.role_label}. Gi brukeren det nye passordet; det gamle virker ikke lenger.")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    with open_from_args(args) as store:
        rows = users.list_users(store)
    if args.json:
        print_json([u.to_json() for u in rows])
    else:
        for u in rows:
            print(f"{u.name:<24} {u.role_label}")
    return 0


def cmd_remove(args: argparse.Namespace) -> int:
    with open_from_args(args) as store:
        users.remove_user(store, args.name)
    print(f"Bruker {args.name} er fjernet; passordet hans/hennes åpner ikke lenger regnskapsfilen.")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    """Exit 0 when the user list verifies, 1 with the alert on stdout when it does not."""
    with open_from_args(args) as store:
        problems = users.security_alerts(store)
    if not problems:
        print("OK: brukerlisten er signert av en administrator og stemmer.")
        return 0
    print("SIKKERHETSVARSEL: brukerlisten er endret uten en administrators signatur:")
    for problem in problems:
        print(f"  - {problem}")
    return 1


def cmd_accept(args: argparse.Namespace) -> int:
    with open_from_args(args) as store:
        approved = users.accept_user_list(store)
    print(f"Brukerlisten er signert på nytt ({len(approved)} varsler godkjent).")
    return 0


def cmd_log(args: argparse.Namespace) -> int:
    from ..core.security import security_log

    with open_from_args(args) as store, store.session() as session:
        check_role(store.role, "users")
        rows = security_log(session, args.limit)
    if args.json:
        print_json(rows)
    else:
        for r in rows:
            details = ", ".join(f"{k}={v[-1]}" for k, v in r["changes"].items() if isinstance(v, list) and v)
            print(f"{r['at']} {r['actor']:<12} {r['action']:<14} {details}")
    return 0
