"""channels split|deliver|upload|sftp: send a run's invoices the way each payer has chosen."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from datetime import UTC, date, datetime
from pathlib import Path

from ..cli import add_store_argument, open_from_args, print_json
from ..core.channels import delivery, ehf_reminder_service, sftp
from ..core.errors import UserError


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("channels", help="utsending per kanal: AvtaleGiro, EHF, eFaktura, e-post, utskrift")
    psub = p.add_subparsers(dest="action", required=True)

    for name, helptext, func in (("split", "vis hvordan kjøringens fakturaer sendes (ingenting skrives)", cmd_split),
                                 ("deliver", "skriv EHF, eFaktura og AvtaleGiro-krav til utboksen og last opp", cmd_deliver)):
        c = psub.add_parser(name, help=helptext)
        add_store_argument(c)
        c.add_argument("--batch", type=int, required=True, help="fakturakjøringens nummer")
        c.add_argument("--outbox", type=Path, help="utboksmappe (standard: ved siden av regnskapsfilen)")
        c.add_argument("--json", action="store_true")
        c.set_defaults(func=func)

    c = psub.add_parser("reminders", help="skriv EHF-purringer (til betalere på EHF) til utboksen og last opp")
    add_store_argument(c)
    c.add_argument("--date", type=date.fromisoformat, help="bare purringene fra denne purrekjøringen (ÅÅÅÅ-MM-DD)")
    c.add_argument("--outbox", type=Path, help="utboksmappe (standard: ved siden av regnskapsfilen)")
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=cmd_reminders)

    c = psub.add_parser("upload", help="last opp filer i utboksen som serveren ikke har tatt imot ennå")
    add_store_argument(c)
    c.add_argument("--outbox", type=Path)
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=cmd_upload)

    c = psub.add_parser("sftp", help="SFTP-mottaker (bank eller aksesspunkt)")
    add_store_argument(c)
    c.add_argument("--host")
    c.add_argument("--port", type=int)
    c.add_argument("--username")
    c.add_argument("--remote-dir")
    c.add_argument("--host-key", help="vertsnøkkelens fingeravtrykk, SHA256:…")
    c.add_argument("--password", action="store_true", help=f"spør etter passordet (eller les {sftp.PASSWORD_ENV})")
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=cmd_sftp)


def cmd_split(args: argparse.Namespace) -> int:
    with open_from_args(args) as store, store.session() as session:
        split = delivery.split_by_channel(session, delivery.batch_invoice_ids(session, args.batch), datetime.now(UTC))
    print_json(split.to_json()) if args.json else print(split.text())
    return 0


def cmd_deliver(args: argparse.Namespace) -> int:
    with open_from_args(args) as store, store.session() as session:
        outbox = args.outbox or delivery.default_outbox(store.path)
        report = delivery.deliver(session, delivery.batch_invoice_ids(session, args.batch), outbox, datetime.now(UTC),
                                  store_id=store.store_id)
    print_json({**report.to_json(), "outbox": str(outbox)}) if args.json else print(report.text())
    return 0


def cmd_reminders(args: argparse.Namespace) -> int:
    with open_from_args(args) as store, store.session() as session:
        outbox = args.outbox or delivery.default_outbox(store.path)
        report = ehf_reminder_service.deliver_reminders(session, outbox, on=args.date, store_id=store.store_id)
    print_json({**report.to_json(), "outbox": str(outbox)}) if args.json else print(report.text())
    return 0


def cmd_upload(args: argparse.Namespace) -> int:
    with open_from_args(args) as store, store.session() as session:
        report = delivery.upload_pending(session, args.outbox or delivery.default_outbox(store.path),
                                         store_id=store.store_id)
    print_json(report.to_json()) if args.json else print(f"Lastet opp: {len(report.uploaded)}" +
                                                         (f"\n{report.upload_error}" if report.upload_error else ""))
    return 0 if not report.upload_error else 2


def cmd_sftp(args: argparse.Namespace) -> int:
    values = {"host": args.host, "port": args.port, "username": args.username, "remote_dir": args.remote_dir,
              "host_key_sha256": args.host_key}
    with open_from_args(args) as store, store.session() as session:
        settings = sftp.save_sftp_settings(session, values) if any(v is not None for v in values.values()) \
            else sftp.get_sftp_settings(session)
        where = ""
        if args.password:
            secret = os.environ.get(sftp.PASSWORD_ENV) or (
                getpass.getpass("SFTP-passord: ") if sys.stdin and sys.stdin.isatty() else "")
            if not secret:
                raise UserError(f"Passord mangler: sett {sftp.PASSWORD_ENV} eller kjør i et terminalvindu.")
            where = sftp.save_password(session, store.store_id, secret)
    if args.json:
        print_json({**settings.to_json(), "password_saved_in": where or None})
    else:
        print(f"SFTP: {settings.username}@{settings.host}:{settings.port}{' ' + settings.remote_dir}"
              + (f"\nPassordet er lagret i {where}." if where else ""))
    return 0
