"""email test: send «Testmelding» through the saved SMTP settings (same service as the GUI button)."""

from __future__ import annotations

import argparse

from ..cli import add_store_argument, open_from_args
from ..core.invoicing.email_test_message import send_test_message


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("email", help="e-postinnstillinger (SMTP)")
    esub = p.add_subparsers(dest="action", required=True)
    c = esub.add_parser("test", help="send en testmelding med de lagrede SMTP-innstillingene")
    add_store_argument(c)
    c.add_argument("--to", default="", help="mottaker (standard: avsenderadressen)")
    c.set_defaults(func=cmd_test)


def cmd_test(args: argparse.Namespace) -> int:
    with open_from_args(args) as store, store.session() as session:
        address = send_test_message(session, args.to)
    print(f"Testmelding sendt til {address}.")
    return 0
