"""search — one search across members, invoices, KID, amounts and payments (the window's Ctrl+K)."""

from __future__ import annotations

import argparse

from ..cli import add_store_argument, open_from_args, print_json
from ..core import search


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("search", help="søk i medlemmer, fakturaer, KID, beløp og innbetalinger på én gang")
    add_store_argument(p)
    p.add_argument("text", metavar="TEKST", help="navn, kundenr., e-post, telefon, fakturanr., KID eller beløp "
                                                 "(«1 234,50» eller «1234.5»)")
    p.add_argument("--limit", type=int, default=search.LIMIT, help="høyst så mange treff av hver sort "
                                                                    "(standard %(default)s)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_search)


def cmd_search(args: argparse.Namespace) -> int:
    limit = max(1, min(args.limit, 500))
    with open_from_args(args) as store, store.session() as session:
        result = search.search(session, args.text, limit=limit)
    if args.json:
        print_json(result.to_json())
    else:
        print("\n".join(result.lines()))
    return 0
