"""users add|list|remove: several users, each with their own passphrase and a role."""

from __future__ import annotations

import argparse
import os

from ..cli import NEW_PASSPHRASE_ENV, add_store_argument, open_from_args, print_json, prompt_secret
from ..core import users
from ..core.errors import UserError


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("users", help="brukere og roller")
    usub = p.add_subparsers(dest="action", required=True)
    c = usub.add_parser("add", help=f"ny bruker (passord fra {NEW_PASSPHRASE_ENV} eller spørsmål)")
    add_store_argument(c)
    c.add_argument("name")
    c.add_argument("--role", required=True, help="administrator, bookkeeper eller read_only")
    c.set_defaults(func=cmd_add)
    c = usub.add_parser("list")
    add_store_argument(c)
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=cmd_list)
    c = usub.add_parser("remove")
    add_store_argument(c)
    c.add_argument("name")
    c.set_defaults(func=cmd_remove)


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
    print(f"Bruker {args.name} er fjernet; passordet hans/hennes åpner ikke lenger butikken.")
    return 0
