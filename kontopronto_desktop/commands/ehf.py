"""ehf write|validate: an issued invoice as EHF (PEPPOL BIS Billing 3.0), and a check of any EHF file."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..cli import add_store_argument, open_from_args, print_json
from ..core.channels import ehf_reminder_service, ehf_rules, ehf_service
from ..core.errors import UserError

MAX_READ = ehf_rules.MAX_BYTES + 1


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("ehf", help="EHF-faktura (PEPPOL BIS Billing 3.0) til organisasjoner")
    psub = p.add_subparsers(dest="action", required=True)

    c = psub.add_parser("write", help="skriv EHF for en utstedt faktura eller kreditnota (kontrollert først)")
    add_store_argument(c)
    c.add_argument("number", type=int, help="faktura- eller kreditnotanummer")
    c.add_argument("-o", "--output", type=Path, required=True, help="fil eller mappe")
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=cmd_write)

    c = psub.add_parser("reminder", help="skriv EHF-purring (EHF Reminder 3.0) for en utstedt purring, "
                                         "ett dokument per purret faktura (kontrollert først)")
    add_store_argument(c)
    c.add_argument("number", type=int, help="purrenummer")
    c.add_argument("-o", "--output", type=Path, required=True, help="mappe")
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=cmd_reminder)

    c = psub.add_parser("validate", help="kontroller en EHF-fil mot UBL-skjemaet og PEPPOLs regler "
                                         "(viser hver regel som brytes)")
    c.add_argument("file", type=Path)
    c.add_argument("--efaktura", action="store_true",
                   help="kontroller som eFaktura til forbruker (uten PEPPOL-adresse for kjøperen)")
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=cmd_validate)


def cmd_write(args: argparse.Namespace) -> int:
    with open_from_args(args) as store, store.session() as session:
        document, target = ehf_service.write_ehf(session, args.number, args.output)
    if args.json:
        print_json({**document.to_json(), "path": str(target)})
    else:
        print(f"EHF for {'kreditnota' if document.kind == 'kreditnota' else 'faktura'} {document.number} "
              f"skrevet til {target}")
        for warning in document.report.warnings:
            print(f"  advarsel {warning.rule}: {warning.text}")
    return 0


def cmd_reminder(args: argparse.Namespace) -> int:
    with open_from_args(args) as store, store.session() as session:
        written = ehf_reminder_service.write_ehf_reminders(session, args.number, args.output)
    if args.json:
        print_json([{**document.to_json(), "path": str(path)} for document, path in written])
    else:
        for document, path in written:
            print(f"EHF-purring {args.number} for faktura {document.invoice_number} skrevet til {path}")
    return 0


def cmd_validate(args: argparse.Namespace) -> int:
    try:
        with open(args.file, "rb") as handle:
            data = handle.read(MAX_READ)
    except OSError as exc:
        raise UserError(f"Kunne ikke lese {args.file}: {exc.strerror}.") from None
    report = ehf_rules.validate_ehf(data, efaktura=args.efaktura)
    if args.json:
        print_json(report.to_json())
    else:
        print(report.text())
    return 0 if report.ok else 1
