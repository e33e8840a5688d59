"""Backup settings (in the store), S3 credentials, and this PC's sync state (beside the store).

The remote's address travels with the store (both PCs use the same one). The access key and
secret come from the environment (KONTOPRONTO_S3_ACCESS_KEY / KONTOPRONTO_S3_SECRET_KEY), the
OS keyring, or the store's ``setting`` table (SQLCipher-encrypted at rest, never returned by
``get_backup_settings`` nor written to the audit log), in that order.

What belongs to this PC only — the generation it is based on, the last result, uploads it
left unfinished — lives in ``<store>.backup.json`` beside the store, because a pull replaces
the whole store with another PC's snapshot.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from sqlalchemy.orm import Session

from .. import audit
from ..access import require
from ..errors import ValidationError
from ..private_files import create_private
from ..settings import get_setting, set_setting
from ..transfer_rules import check_endpoint, check_region, region_in_eea

KEY = "backup.settings"
CREDENTIALS_KEY = "backup.credentials"
ACCESS_KEY_ENV = "KONTOPRONTO_S3_ACCESS_KEY"
SECRET_KEY_ENV = "KONTOPRONTO_S3_SECRET_KEY"
KEYRING_SERVICE = "KontoPronto Desktop S3"


@dataclass(frozen=True)
class BackupSettings:
    endpoint: str = ""
    region: str = "eu-north-1"
    bucket: str = ""
    prefix: str = "kontopronto"
    interval_hours: int = 24
    keep_last: int = 3
    keep_daily: int = 7
    keep_weekly: int = 4
    keep_monthly: int = 3
    #: boto3 attempts per request (retries with exponential backoff on transient errors)
    attempts: int = 4
    #: for a region outside the EU/EEA: the documented transfer basis (GDPR chapter V)
    transfer_basis: str = ""

    @property
    def configured(self) -> bool:
        return bool(self.endpoint and self.bucket)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def get_backup_settings(session: Session) -> BackupSettings:
    stored = get_setting(session, KEY, {}) or {}
    known = {k: v for k, v in stored.items() if k in BackupSettings.__dataclass_fields__}
    return BackupSettings(**known)


def validate(values: dict[str, Any]) -> BackupSettings:
    errors: dict[str, str] = {}
    settings = BackupSettings()
    known = {k: v for k, v in values.items() if k in BackupSettings.__dataclass_fields__ and v is not None}
    try:
        settings = replace(settings, **known)
    except TypeError as exc:
        raise ValidationError({"innstillinger": str(exc)}) from None
    endpoint = (settings.endpoint or "").strip()
    parsed = urlparse(endpoint)
    if endpoint and (parsed.scheme not in ("http", "https") or not parsed.hostname):
        errors["endpoint"] = "må være en adresse som https://s3.eu-north-1.amazonaws.com"
    bucket = (settings.bucket or "").strip()
    if bucket and not (3 <= len(bucket) <= 63 and all(c.isalnum() or c in "-." for c in bucket)
                       and bucket == bucket.lower()):
        errors["bucket"] = "bøttenavn har 3–63 tegn: små bokstaver, sifre, bindestrek og punktum"
    prefix = (settings.prefix or "").strip().strip("/")
    if any(c in prefix for c in "\\ ") or ".." in prefix:
        errors["prefix"] = "prefikset kan ikke inneholde mellomrom, «\\» eller «..»"
    for name, low, high in (("interval_hours", 1, 24 * 30), ("keep_last", 1, 30), ("keep_daily", 1, 60), ("keep_weekly", 0, 52),
                            ("keep_monthly", 0, 24), ("attempts", 1, 10)):
        value = getattr(settings, name)
        if not isinstance(value, int) or not low <= value <= high:
            errors[name] = f"må være et helt tall fra {low} til {high}"
    region = (settings.region or "").strip() or "us-east-1"
    basis = (settings.transfer_basis or "").strip()
    if endpoint and "endpoint" not in errors:
        for rule in (lambda: check_endpoint(endpoint), lambda: check_region(endpoint, region, basis)):
            try:
                rule()
            except ValidationError as exc:
                errors.update(exc.errors)
    if errors:
        raise ValidationError(errors)
    return replace(settings, endpoint=endpoint.rstrip("/"), bucket=bucket, prefix=prefix, region=region,
                   transfer_basis=basis if not region_in_eea(region) else "")


def save_backup_settings(session: Session, values: dict[str, Any]) -> BackupSettings:
    require(session, "settings")
    current = get_backup_settings(session).to_json()
    settings = validate({**current, **values})
    set_setting(session, KEY, settings.to_json())
    changed = {k: [current.get(k), v] for k, v in settings.to_json().items() if current.get(k) != v}
    if changed:
        audit.record(session, "update", "backup_settings", None, changed)
    return settings


# -- credentials ------------------------------------------------------------------------------
@dataclass(frozen=True)
class Credentials:
    access_key: str
    secret_key: str = field(repr=False)
    source: str  # "miljøvariabler" | "nøkkelring" | "regnskapsfilen"


def _keyring_usable() -> bool:
    from ..store.keys import keyring_available

    return keyring_available()


def resolve_credentials(session: Session, store_id: str) -> Credentials | None:
    access, secret = os.environ.get(ACCESS_KEY_ENV), os.environ.get(SECRET_KEY_ENV)
    if access and secret:
        return Credentials(access, secret, "miljøvariabler")
    if _keyring_usable():
        import keyring

        with contextlib.suppress(Exception):
            value = keyring.get_password(KEYRING_SERVICE, store_id)
            if value:
                data = json.loads(value)
                return Credentials(data["access_key"], data["secret_key"], "nøkkelring")
    stored = get_setting(session, CREDENTIALS_KEY)
    if stored:
        return Credentials(stored["access_key"], stored["secret_key"], "regnskapsfilen")
    return None


def save_credentials(session: Session, store_id: str, access_key: str, secret_key: str) -> str:
    """Keep the credentials in the OS keyring if there is one, else in the store; returns where."""
    require(session, "settings")
    if not access_key.strip() or not secret_key:
        raise ValidationError({"tilgangsnøkkel": "både tilgangsnøkkel og hemmelig nøkkel må fylles ut"})
    if _keyring_usable():
        import keyring

        keyring.set_password(KEYRING_SERVICE, store_id,
                             json.dumps({"access_key": access_key.strip(), "secret_key": secret_key}))
        set_setting(session, CREDENTIALS_KEY, None)
        where = "nøkkelring"
    else:
        set_setting(session, CREDENTIALS_KEY, {"access_key": access_key.strip(), "secret_key": secret_key})
        where = "regnskapsfilen"
    audit.record(session, "update", "backup_credentials", None, {"lagret_i": [None, where]})
    return where


# -- this PC's state --------------------------------------------------------------------------
def state_path(store_path: Path) -> Path:
    return store_path.with_name(store_path.name + ".backup.json")


def default_device() -> str:
    return socket.gethostname() or "ukjent PC"


@dataclass
class LocalState:
    """What this PC knows about its place in the sync (not secret; no personal data)."""

    generation: int = 0
    snapshot_id: str = ""
    last_success_at: str = ""
    last_attempt_at: str = ""
    last_error: str = ""
    fingerprint: str = ""
    device: str = ""
    #: multipart uploads this PC started and has not finished: [key, upload id]
    pending_uploads: list[list[str]] = field(default_factory=list)

    @classmethod
    def load(cls, store_path: Path) -> LocalState:
        try:
            data = json.loads(state_path(store_path).read_text(encoding="utf-8"))
        except (FileNotFoundError, ValueError, OSError):
            return cls()
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        return cls(**known)

    def save(self, store_path: Path) -> None:
        path = state_path(store_path)
        tmp = create_private(path.with_name(path.name + ".tmp"))
        with open(tmp, "w", encoding="utf-8") as fh:
            json.dump(asdict(self), fh, indent=2)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)

    @property
    def device_name(self) -> str:
        return self.device or default_device()

    @property
    def last_success(self) -> datetime | None:
        return datetime.fromisoformat(self.last_success_at) if self.last_success_at else None

    @property
    def failed(self) -> bool:
        return bool(self.last_error)


def utc_now() -> datetime:
    return datetime.now(UTC)
