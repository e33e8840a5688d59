"""period close|reopen|show: the periodelås (books closed through a date), as on the Innbetalinger page."""

from __future__ import annotations

import argparse

from ..cli import add_store_argument, iso_date, open_from_args, print_json
from ..core import periods


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("period", help="periodelås: lukk regnskapet til og med en dato, eller åpne det igjen")
    psub = p.add_subparsers(dest="action", required=True)

    c = psub.add_parser("close", help="lukk perioden til og med en dato (administrator)")
    add_store_argument(c)
    c.add_argument("--through", type=iso_date, required=True, help="siste lukkede dag, ÅÅÅÅ-MM-DD")
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=cmd_close)

    c = psub.add_parser("reopen", help="åpne perioden igjen, helt eller tilbake til en tidligere dato (administrator)")
    add_store_argument(c)
    c.add_argument("--through", type=iso_date, default=None, help="ny siste lukkede dag (standard: ingen lås)")
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=cmd_reopen)

    c = psub.add_parser("show", help="vis hvilken periode som er lukket")
    add_store_argument(c)
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=cmd_show)


def _print(state: periods.PeriodState, as_json: bool) -> int:
    if as_json:
        print_json(state.to_json())
    else:
        print(state.text())
    return 0


def cmd_close(args: argparse.Namespace) -> int:
    with open_from_args(args) as store, store.session() as session:
        state = periods.close_period(session, args.through)
    return _print(state, args.json)


def cmd_reopen(args: argparse.Namespace) -> int:
    with open_from_args(args) as store, store.session() as session:
        state = periods.reopen_period(session, args.through)
    return _print(state, args.json)


def cmd_show(args: argparse.Namespace) -> int:
    with open_from_args(args) as store, store.session() as session:
        state = periods.period_state(session)
    return _print(state, args.json)
