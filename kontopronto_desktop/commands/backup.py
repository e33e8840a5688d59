"""backup config|test|status|push|list|pull|restore|verify|prune — encrypted snapshots on an S3 server."""

from __future__ import annotations

import argparse
import os
from datetime import datetime
from pathlib import Path
from typing import Any

from ..cli import add_store_argument, open_from_args, print_json, prompt_secret
from ..core.access import require
from ..core.backup import sync
from ..core.backup.manifest import Manifest
from ..core.backup.remote import BackupError, Remote, RemoteConfig
from ..core.backup.restore import CheckReport, restore_to_file, verify
from ..core.backup.settings import (
    ACCESS_KEY_ENV,
    SECRET_KEY_ENV,
    LocalState,
    get_backup_settings,
    resolve_credentials,
    save_backup_settings,
    save_credentials,
    validate,
)
from ..core.store import Store

RECOVERY_ENV = "KONTOPRONTO_RECOVERY_KEY"


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("backup", help="kryptert sikkerhetskopi til en S3-server, gjenoppretting og synk mellom PC-er")
    bsub = p.add_subparsers(dest="action", required=True)

    c = bsub.add_parser("config", help="vis eller endre serveradressen (uten valg: vis)")
    add_store_argument(c)
    c.add_argument("--endpoint", help="adressen til S3-tjenesten, f.eks. https://s3.eu-north-1.amazonaws.com")
    c.add_argument("--bucket", help="bøtta")
    c.add_argument("--prefix", help="mappe i bøtta (standard kontopronto)")
    c.add_argument("--region", help="region, f.eks. eu-north-1")
    c.add_argument("--transfer-basis", help="overføringsgrunnlaget (GDPR kap. V) for en region utenfor EU/EØS")
    c.add_argument("--interval-hours", type=int, help="timer mellom automatiske sikkerhetskopier (standard 24)")
    for name in ("last", "daily", "weekly", "monthly"):
        c.add_argument(f"--keep-{name}", type=int, help=f"hvor mange «{name}»-kopier som beholdes")
    c.add_argument("--save-credentials", action="store_true",
                   help=f"lagre {ACCESS_KEY_ENV}/{SECRET_KEY_ENV} i nøkkelringen (eller kryptert i regnskapsfilen)")
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=cmd_config)

    c = bsub.add_parser("test", help="test forbindelsen (DNS, TLS, nøkler, bøtte, skrivetilgang)")
    add_store_argument(c)
    c.set_defaults(func=cmd_test)

    c = bsub.add_parser("status", help="siste sikkerhetskopi og om serveren har en nyere utgave")
    add_store_argument(c)
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=cmd_status)

    c = bsub.add_parser("push", help="ta en sikkerhetskopi nå og last den opp")
    add_store_argument(c)
    c.add_argument("--if-changed", action="store_true", help="bare hvis noe er endret siden sist")
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=cmd_push)

    c = bsub.add_parser("list", help="sikkerhetskopiene på serveren")
    add_store_argument(c)
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=cmd_list)

    c = bsub.add_parser("pull", help="hent den nyeste utgaven fra serveren over denne regnskapsfilen")
    add_store_argument(c)
    c.add_argument("--keep-own-copy", metavar="FIL", help="lagre denne PC-ens utgave som en egen fil først")
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=cmd_pull)

    c = bsub.add_parser("restore", help="gjenopprett en sikkerhetskopi (ID eller «siste») over regnskapsfilen eller til en ny fil")
    add_store_argument(c)
    c.add_argument("id", help="id (de første tegnene holder) eller «siste»")
    c.add_argument("--to", metavar="FIL", help="gjenopprett til en ny fil i stedet for over regnskapsfilen")
    c.add_argument("--recovery", action="store_true",
                   help=f"ny PC uten regnskapsfil: bruk gjenopprettingsnøkkelen ({RECOVERY_ENV} eller spørsmål) "
                        "med --endpoint/--bucket og nøklene fra miljøet")
    c.add_argument("--endpoint")
    c.add_argument("--bucket")
    c.add_argument("--prefix", default="kontopronto")
    c.add_argument("--region", default="us-east-1")
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=cmd_restore)

    c = bsub.add_parser("verify", help="gjenopprettingsøvelse: last ned og kontroller uten å erstatte noe")
    add_store_argument(c)
    c.add_argument("id", help="id (de første tegnene holder) eller «siste»")
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=cmd_verify)

    c = bsub.add_parser("prune", help="slett sikkerhetskopier som oppbevaringsreglene ikke beholder")
    add_store_argument(c)
    c.add_argument("--dry-run", action="store_true", help="vis hva som ville blitt slettet")
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=cmd_prune)


def _local_time(iso: str) -> str:
    return datetime.fromisoformat(iso).astimezone().strftime("%d.%m.%Y %H:%M") if iso else "aldri"


def _size(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB".replace(".", ",")


def _require(store: Store, permission: str) -> None:
    with store.session() as session:
        require(session, permission)


def _pick(listing: sync.Listing, ident: str) -> Manifest:
    if ident.lower() in ("siste", "latest", "newest"):
        if listing.newest is None:
            raise BackupError("Det finnes ingen sikkerhetskopier på serveren ennå.")
        return listing.newest
    return listing.find(ident)


def cmd_config(args: argparse.Namespace) -> int:
    values = {"endpoint": args.endpoint, "bucket": args.bucket, "prefix": args.prefix, "region": args.region,
              "transfer_basis": args.transfer_basis,
              "interval_hours": args.interval_hours, "keep_last": args.keep_last, "keep_daily": args.keep_daily,
              "keep_weekly": args.keep_weekly, "keep_monthly": args.keep_monthly}
    values = {k: v for k, v in values.items() if v is not None}
    with open_from_args(args) as store:
        with store.session() as session:
            settings = save_backup_settings(session, values) if values else get_backup_settings(session)
            where = ""
            if args.save_credentials:
                access, secret = os.environ.get(ACCESS_KEY_ENV), os.environ.get(SECRET_KEY_ENV)
                if not access or not secret:
                    raise BackupError(f"Sett {ACCESS_KEY_ENV} og {SECRET_KEY_ENV} for å lagre nøklene.")
                where = save_credentials(session, store.store_id, access, secret)
            credentials = resolve_credentials(session, store.store_id)
    data: dict[str, Any] = {**settings.to_json(), "credentials": credentials.source if credentials else None}
    if args.json:
        print_json(data)
        return 0
    if values:
        print("Lagret.")
    if where:
        print(f"Tilgangsnøklene er lagret i {where}.")
    for key, value in data.items():
        print(f"{key:<16} {value if value is not None else 'mangler'}")
    return 0


def cmd_test(args: argparse.Namespace) -> int:
    with open_from_args(args) as store:
        remote = sync.open_remote(store)
    for line in remote.test_connection():
        print(f"OK  {line}")
    print("Forbindelsen virker: sikkerhetskopier kan lagres her.")
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    with open_from_args(args) as store:
        state = LocalState.load(store.path)
        data: dict[str, Any] = {"last_success_at": state.last_success_at or None,
                                "last_attempt_at": state.last_attempt_at or None,
                                "last_error": state.last_error or None, "local_generation": state.generation}
        try:
            data.update(sync.status(store, sync.open_remote(store)).to_json())
        except BackupError as exc:
            data["remote_error"] = exc.message
    if args.json:
        print_json(data)
        return 0
    print(f"Siste vellykkede sikkerhetskopi: {_local_time(state.last_success_at)}")
    if state.last_error:
        print(f"Siste forsøk feilet: {state.last_error}")
    print(data.get("message") or f"Serveren: {data.get('remote_error')}")
    return 0


def cmd_push(args: argparse.Namespace) -> int:
    with open_from_args(args) as store:
        _require(store, "backup")
        result = sync.push(store, sync.open_remote(store), only_if_changed=args.if_changed)
    if args.json:
        print_json(result.to_json())
        return 0
    m = result.manifest
    if result.skipped:
        print(f"Ingen endringer siden generasjon {m.generation if m else 0}; ingenting lastet opp.")
    elif m is not None:
        print(f"Lastet opp generasjon {m.generation} ({m.snapshot_id[:8]}, {_size(m.object_bytes)}) på "
              f"{result.snapshot_seconds + result.encrypt_seconds + result.upload_seconds:.1f} s.")
    for line in result.cleaned:
        print(f"Ryddet: {line}")
    if result.pruned:
        print(f"Slettet {len(result.pruned)} utløpte sikkerhetskopier: {', '.join(p[:8] for p in result.pruned)}")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    with open_from_args(args) as store:
        _require(store, "backup")
        state = LocalState.load(store.path)
        listing = sync.list_snapshots(sync.open_remote(store), sync.backup_keys(store))
    rows = [m.summary() | {"current": m.snapshot_id == state.snapshot_id} for m in reversed(listing.manifests)]
    if args.json:
        print_json(rows)
        return 0
    if not rows:
        print("Ingen sikkerhetskopier på serveren ennå.")
    for row in rows:
        mark = "*" if row["current"] else " "
        print(f"{mark} {row['id'][:8]}  gen {row['generation']:>4}  {_local_time(row['created_at'])}  "
              f"{_size(row['db_bytes']):>10}  {row['device']}")
    if listing.unreadable:
        print(f"{len(listing.unreadable)} manifester kunne ikke leses (feil nøkkel eller endret).")
    return 0


def _print_report(report: CheckReport, as_json: bool) -> int:
    if as_json:
        print_json(report.to_json())
    else:
        for line in report.summary():
            print(line)
        if report.restored_to:
            print(f"Gjenopprettet til {report.restored_to}")
        if report.kept_copy:
            print(f"Den erstattede regnskapsfilen er tatt vare på som {report.kept_copy}")
    return 0 if report.ok else 1


def cmd_pull(args: argparse.Namespace) -> int:
    with open_from_args(args) as store:
        _require(store, "settings")
        report = sync.pull(store, sync.open_remote(store),
                           keep_own_copy=Path(args.keep_own_copy) if args.keep_own_copy else None)
    if args.keep_own_copy and not args.json:
        print(f"Din egen utgave er lagret som {args.keep_own_copy}")
    return _print_report(report, args.json)


def cmd_restore(args: argparse.Namespace) -> int:
    if args.recovery:
        return _restore_with_recovery(args)
    with open_from_args(args) as store:
        remote = sync.open_remote(store)
        manifest = _pick(sync.list_snapshots(remote, sync.backup_keys(store)), args.id)
        if args.to:
            _require(store, "backup")
            report = restore_to_file(remote, sync.backup_keys(store), manifest, store.key, Path(args.to))
        else:
            _require(store, "settings")
            report = sync.pull(store, remote, snapshot_id=manifest.snapshot_id)
    return _print_report(report, args.json)


def _restore_with_recovery(args: argparse.Namespace) -> int:
    if not args.to or not args.endpoint or not args.bucket:
        raise BackupError("Med --recovery trengs --to FIL, --endpoint og --bucket.")
    access, secret = os.environ.get(ACCESS_KEY_ENV), os.environ.get(SECRET_KEY_ENV)
    if not access or not secret:
        raise BackupError(f"Sett {ACCESS_KEY_ENV} og {SECRET_KEY_ENV} for å hente fra serveren.")
    settings = validate({"endpoint": args.endpoint, "bucket": args.bucket, "prefix": args.prefix,
                         "region": args.region})
    remote = Remote(RemoteConfig(endpoint=settings.endpoint, bucket=settings.bucket, access_key=access,
                                 secret_key=secret, region=settings.region, prefix=settings.prefix))
    recovery = os.environ.get(RECOVERY_ENV) or prompt_secret("Gjenopprettingsnøkkel: ")
    ident = None if args.id.lower() in ("siste", "latest", "newest") else args.id
    report = sync.recover(remote, recovery, Path(args.to), snapshot_id=ident)
    return _print_report(report, args.json)


def cmd_verify(args: argparse.Namespace) -> int:
    with open_from_args(args) as store:
        _require(store, "backup")
        remote = sync.open_remote(store)
        manifest = _pick(sync.list_snapshots(remote, sync.backup_keys(store)), args.id)
        report = verify(remote, sync.backup_keys(store), manifest, store.key, workdir=store.path.parent)
    return _print_report(report, args.json)


def cmd_prune(args: argparse.Namespace) -> int:
    with open_from_args(args) as store:
        _require(store, "settings")
        remote = sync.open_remote(store)
        listing = sync.list_snapshots(remote, sync.backup_keys(store))
        plan = sync.retention_plan(store, listing)
        deleted = sync.apply_retention(store, remote, listing, dry_run=args.dry_run)
    by_id = {m.snapshot_id: m for m in listing.manifests}
    rows = [by_id[i].summary() | {"expired": i in plan.expired} for i in deleted]
    if args.json:
        print_json({"dry_run": args.dry_run, "deleted": rows, "kept": [by_id[i].summary() | {"why": plan.reasons[i]}
                                                                      for i in plan.keep]})
        return 0
    verb = "Ville slettet" if args.dry_run else "Slettet"
    if not rows:
        print("Ingenting å slette.")
    for row in rows:
        why = "eldre enn grensen i personvernreglene" if row["expired"] else "ikke lenger nødvendig"
        print(f"{verb} {row['id'][:8]} (gen {row['generation']}, {_local_time(row['created_at'])}): {why}")
    print(f"Beholdt {len(plan.keep)} sikkerhetskopier.")
    return 0
