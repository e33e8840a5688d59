"""efaktura consents import|write: the bank's consent list, and an invoice as eFaktura (EHF to a consumer)."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..cli import add_store_argument, open_from_args, print_json
from ..core.channels import efaktura, efaktura_b2c
from ..core.channels.ehf_service import write_file
from ..core.errors import UserError


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("efaktura", help="eFaktura: samtykker fra banken, faktura som eFaktura")
    psub = p.add_subparsers(dest="action", required=True)
    consents = psub.add_parser("consents", help="samtykkelisten fra banken")
    csub = consents.add_subparsers(dest="consents_action", required=True)
    c = csub.add_parser("import", help="les samtykkelisten (CSV) og sett eller fjern eFaktura på medlemmene")
    add_store_argument(c)
    c.add_argument("file", type=Path)
    c.add_argument("--dry-run", action="store_true", help="vis hva som endres uten å lagre")
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=cmd_import)

    c = psub.add_parser("write", help="skriv eFaktura (EHF til forbruker, med eFaktura-identifikatoren) for en "
                                      "utstedt faktura eller kreditnota (kontrollert først)")
    add_store_argument(c)
    c.add_argument("number", type=int, help="faktura- eller kreditnotanummer")
    c.add_argument("-o", "--output", type=Path, required=True, help="fil eller mappe")
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=cmd_write)


def cmd_write(args: argparse.Namespace) -> int:
    with open_from_args(args) as store, store.session() as session:
        document = efaktura_b2c.efaktura_for(session, args.number)
        target = args.output / document.file_name if args.output.is_dir() else args.output
        write_file(target, document.data)
    if args.json:
        print_json({**document.to_json(), "path": str(target)})
    else:
        print(f"eFaktura for {document.kind} {document.number} skrevet til {target}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    try:
        with open(args.file, "rb") as handle:
            data = handle.read(efaktura.MAX_BYTES + 1)
    except OSError as exc:
        raise UserError(f"Kunne ikke lese {args.file}: {exc.strerror}.") from None
    with open_from_args(args) as store, store.session() as session:
        if args.dry_run:
            plan = efaktura.plan_consents(session, data)
            session.rollback()
        else:
            plan = efaktura.import_consents(session, data)
    if args.json:
        print_json({**plan.to_json(), "dry_run": args.dry_run})
    else:
        print(plan.text() + ("\n(forhåndsvisning – ingenting lagret)" if args.dry_run else ""))
    return 0
