"""members import FILE: sync the register from a CSV or Excel file (see core/invoicing/member_import)."""

from __future__ import annotations

import argparse

from ..cli import add_store_argument, open_from_args, print_json
from ..core.errors import UserError
from ..core.invoicing import member_import


def add_import_parser(msub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """``members import``: called by commands/members.py when it builds the members parser."""
    _arguments(msub.add_parser("import", help="importer og synkroniser medlemmer fra CSV eller Excel"))


def _arguments(c: argparse.ArgumentParser) -> None:
    add_store_argument(c)
    c.add_argument("file", help="CSV (UTF-8 eller Windows-1252, komma eller semikolon) eller .xlsx")
    c.add_argument("--dry-run", action="store_true", help="bare forhåndsvisning; ingenting lagres")
    c.add_argument("--end-missing", action="store_true", help="avslutt medlemmer som mangler i filen")
    c.add_argument("--confirm-end", type=int, metavar="N",
                   help=f"bekreft antallet som avsluttes (kreves når det er flere enn "
                        f"{member_import.END_CONFIRM_ABOVE})")
    c.add_argument("--accept-invalid", action="store_true",
                   help="importer de gyldige radene selv om noen rader er ugyldige")
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=cmd_import)


def cmd_import(args: argparse.Namespace) -> int:
    table = member_import.read_table(args.file)
    with open_from_args(args) as store, store.session() as session:
        preview = member_import.preview_import(session, table)
        data = preview.to_json() if args.json else preview.counts()
        if not args.dry_run and args.end_missing and preview.end_needs_confirmation \
                and args.confirm_end != len(preview.missing):
            n = len(preview.missing)
            raise UserError(f"{n} medlemskap ville bli avsluttet; flere enn {member_import.END_CONFIRM_ABOVE} må "
                            f"bekreftes: kjør på nytt med --confirm-end {n}. Ingenting er importert.")
        if not args.dry_run:
            result = member_import.apply_import(session, table, end_missing=args.end_missing,
                                                accept_invalid=args.accept_invalid,
                                                confirm_end=args.confirm_end)
            data["applied"] = True
            data["ended"] = result.ended
        else:
            data["applied"] = False
    if args.json:
        print_json(data)
        return 0
    if preview.invalid:  # first: what does not go in, and why
        print(f"Ugyldige rader ({len(preview.invalid)}, importeres ikke):")
        for row in preview.invalid[:50]:
            print(f"  rad {row.row}: {row.reason}")
    if preview.already:  # rows without customer number whose person is a member already
        print(f"Finnes allerede ({len(preview.already)}, importeres ikke):")
        for known in preview.already[:50]:
            print(f"  rad {known.row}: {known.name} er kundenr. {known.customer_number} (samme navn og "
                  f"{known.matched_by})")
    print(f"Nye: {data['new']} (derav {preview.from_series} med nummer fra serien), endrede: {data['changed']}, "
          f"uendrede: {data['unchanged']}, finnes allerede: {data['already']}, mangler i filen: {data['missing']}, "
          f"ugyldige rader: {data['invalid']}.")
    print("Lagret." if data["applied"] else "Prøvekjøring: ingenting er lagret.")
    return 0
