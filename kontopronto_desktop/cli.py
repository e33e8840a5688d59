"""Command-line interface: the same core services as the GUI, for scripts, tests and cron.

Every subcommand module in ``kontopronto_desktop.commands`` registers itself; this file
holds what they share: opening the store, printing JSON, and turning domain errors into a
one-line message on stderr with exit code 2.
"""

from __future__ import annotations

import argparse
import getpass
import importlib
import json
import os
import pkgutil
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

import sqlcipher3

from . import __version__
from .core.errors import UserError, WrongPassphrase
from .core.store import Store, default_store_dir, open_store

PASSPHRASE_ENV = "KONTOPRONTO_PASSPHRASE"
NEW_PASSPHRASE_ENV = "KONTOPRONTO_NEW_PASSPHRASE"
STORE_ENV = "KONTOPRONTO_STORE"


def default_store_path() -> Path:
    env = os.environ.get(STORE_ENV)
    return Path(env) if env else default_store_dir() / "kontopronto.kpdb"


def prompt_secret(prompt: str) -> str:
    if not sys.stdin or not sys.stdin.isatty():
        raise WrongPassphrase(
            f"Passord mangler: sett {PASSPHRASE_ENV} eller kjør kommandoen i et terminalvindu."
        )
    return getpass.getpass(prompt)


def passphrase_for_new_store() -> str:
    env = os.environ.get(PASSPHRASE_ENV)
    if env:
        return env
    first = prompt_secret("Velg passord for butikken: ")
    if prompt_secret("Gjenta passordet: ") != first:
        raise UserError("Passordene er ikke like.")
    return first


def open_from_args(args: argparse.Namespace) -> Store:
    """Passphrase from the environment, then the OS keyring, then a prompt."""
    path = Path(args.store)
    user = getattr(args, "user", None)
    migrate_schema = getattr(args, "migrate_schema", True)
    env = os.environ.get(PASSPHRASE_ENV)
    if env:
        return open_store(path, passphrase=env, user=user, migrate_schema=migrate_schema)
    try:
        return open_store(path, use_keyring=True, user=user, migrate_schema=migrate_schema)
    except WrongPassphrase:
        pass
    return open_store(path, passphrase=prompt_secret(f"Passord for {path.name}: "), use_keyring=False,
                      user=user, migrate_schema=migrate_schema)


def iso_date(text: str) -> date:
    """An argparse type: a date as YYYY-MM-DD, with a Norwegian message when it is not one."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"«{text}» er ikke en dato (ÅÅÅÅ-MM-DD)") from None


def print_json(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def add_store_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--store", default=str(default_store_path()),
                        help="butikkfilen (.kpdb); standard: %(default)s")
    parser.add_argument("--user", default=None, help="brukernavn (for butikker med flere brukere)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kontopronto",
        description="KontoPronto: medlemmer, produkter, fakturaer og innbetalinger fra kommandolinjen.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}",
                        help="vis versjonen og avslutt")
    sub = parser.add_subparsers(dest="command", metavar="KOMMANDO")
    sub.required = True
    from . import commands

    for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda i: i.name):
        module = importlib.import_module(f"{commands.__name__}.{info.name}")
        register = getattr(module, "register", None)
        if register is not None:
            register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        result = args.func(args)
    except UserError as exc:
        print(f"kontopronto: {exc.message}", file=sys.stderr)
        return 2
    except sqlcipher3.DatabaseError as exc:
        print(f"kontopronto: Butikken kunne ikke leses – filen kan være skadet ({exc}). "
              "Kjør «kontopronto check» eller gjenopprett fra sikkerhetskopi.", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("kontopronto: avbrutt", file=sys.stderr)
        return 130
    return int(result or 0)


if __name__ == "__main__":
    sys.exit(main())
