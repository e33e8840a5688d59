"""overview — the Oversikt's figures; sections — which sections the window shows (same core as the GUI)."""

from __future__ import annotations

import argparse

from ..cli import add_store_argument, iso_date, open_from_args, print_json
from ..core import hidden_sections
from ..core.overview import overview


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("overview", help="oversikt: forfalt, utestående, umatchede innbetalinger, usendte, "
                                        "siste bankfil, sikkerhetskopi og slettefrister")
    add_store_argument(p)
    p.add_argument("--on", type=iso_date, help="dagen det regnes fra (standard i dag)")
    p.add_argument("--no-retention", action="store_true", help="hopp over sjekken av slettefrister")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_overview)

    p = sub.add_parser("sections", help="vis eller skjul deler av programmet organisasjonen ikke bruker "
                                        "(f.eks. Konsern for et idrettslag)")
    add_store_argument(p)
    keys = ", ".join(hidden_sections.HIDEABLE)
    p.add_argument("--hide", action="append", default=[], metavar="DEL", help=f"skjul denne delen ({keys}; kan gjentas)")
    p.add_argument("--show", action="append", default=[], metavar="DEL", help="vis denne delen igjen (kan gjentas)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_sections)


def cmd_overview(args: argparse.Namespace) -> int:
    with open_from_args(args) as store, store.session() as session:
        view = overview(session, args.on, store_path=store.path, retention=not args.no_retention)
    if args.json:
        print_json(view.to_json())
    else:
        print("\n".join(view.lines()))
    return 0


def cmd_sections(args: argparse.Namespace) -> int:
    with open_from_args(args) as store, store.session() as session:
        hidden = hidden_sections.hidden_sections(session)
        if args.hide or args.show:
            wanted = [k for k in (*hidden, *args.hide) if k not in args.show]
            hidden = hidden_sections.set_hidden_sections(session, wanted)
    if args.json:
        print_json({"hidden": list(hidden), "shown": [k for k in hidden_sections.HIDEABLE if k not in hidden]})
    else:
        titles = hidden_sections.HIDEABLE
        print("Skjult: " + (", ".join(titles[k] for k in hidden) or "ingen"))
        print("Vises: " + ", ".join(titles[k] for k in titles if k not in hidden) + " (og Oversikt og Innstillinger)")
    return 0
