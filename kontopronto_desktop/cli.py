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
    first = prompt_secret("Velg passord for regnskapsfilen: ")
    if prompt_secret("Gjenta passordet: ") != first:
        raise UserError("Passordene er ikke like.")
    return first


def open_from_args(args: argparse.Namespace) -> Store:
    """Passphrase from the environment, then the OS keyring, then a prompt. A security alert
    found at open (users/roles changed without an administrator's signature) goes to stderr."""
    store = _open_from_args(args)
    if store.security_problems:
        print("kontopronto: SIKKERHETSVARSEL: brukerlisten er endret uten en administrators signatur "
              "(logget; se «kontopronto users check»):", file=sys.stderr)
        for problem in store.security_problems:
            print(f"  - {problem}", file=sys.stderr)
    return store


def _open_from_args(args: argparse.Namespace) -> Store:
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
                        help="regnskapsfilen (.kpdb); standard: %(default)s")
    parser.add_argument("--user", default=None, help="brukernavn (for regnskapsfiler med flere brukere)")


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


DEBUG_ENV = "KONTOPRONTO_DEBUG"
#: exit code of an error in the program itself (not the user's): the message asks for a report
EXIT_INTERNAL = 3
#: the reader of our output went away (``kontopronto ... | head``): the shell's code for SIGPIPE
EXIT_BROKEN_PIPE = 141


def _silence_stdout() -> None:
    """After a broken pipe, point stdout at /dev/null so the interpreter's final flush is quiet."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command. Never a traceback: the user's errors are one line and exit 2, an error in
    the program is one line and exit 3 (``KONTOPRONTO_DEBUG=1`` shows the traceback), a closed
    pipe ends quietly. Any transaction open at the error is rolled back by its unit of work."""
    try:
        parser = build_parser()
        args = parser.parse_args(argv)
        result = args.func(args)
        sys.stdout.flush()  # a reader that went away shows up here, inside the guard
    except UserError as exc:
        print(f"kontopronto: {exc.message}", file=sys.stderr)
        return 2
    except sqlcipher3.DatabaseError as exc:
        print(f"kontopronto: Regnskapsfilen kunne ikke leses – filen kan være skadet ({exc}). "
              "Kjør «kontopronto check» eller gjenopprett fra sikkerhetskopi.", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("kontopronto: avbrutt", file=sys.stderr)
        return 130
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_BROKEN_PIPE
    except SystemExit:
        raise  # argparse's own exits (--help, a bad argument) keep their code and message
    except MemoryError:
        print("kontopronto: ikke nok minne til å fullføre. Ingenting er lagret i denne operasjonen; "
              "prøv med en mindre fil.", file=sys.stderr)
        return 2
    except Exception as exc:  # noqa: BLE001 - the last line of defence: one line, never a traceback
        if os.environ.get(DEBUG_ENV):
            raise
        print(f"kontopronto: uventet feil i programmet ({type(exc).__name__}: {str(exc)[:200]}). Ingenting er "
              "lagret i denne operasjonen. Meld gjerne fra om feilen; kjør med "
              f"{DEBUG_ENV}=1 for detaljer.", file=sys.stderr)
        return EXIT_INTERNAL
    return int(result or 0)


if __name__ == "__main__":
    sys.exit(main())
