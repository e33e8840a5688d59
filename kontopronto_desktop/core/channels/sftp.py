"""Upload the outbox's files by SFTP to the endpoint the bank or access point gives.

The server's host key must be pinned (its SHA256 fingerprint, as ``ssh-keygen -lf`` prints it):
a file with members' names and amounts never goes to a server we have not recognised. The
password comes from ``KONTOPRONTO_SFTP_PASSWORD``, else the OS keyring, else the store (encrypted).
A file counts as delivered only when the server has it whole under its final name: it is
uploaded under a temporary name, its size checked, then renamed.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from .. import audit
from ..access import require
from ..errors import UserError, ValidationError
from ..settings import get_setting, set_setting

SETTINGS_KEY = "channels.sftp"
SECRET_KEY = "channels.sftp.password"
PASSWORD_ENV = "KONTOPRONTO_SFTP_PASSWORD"
KEYRING_SERVICE = "KontoPronto SFTP"
TIMEOUT_S = 30


@dataclass(frozen=True)
class SftpSettings:
    host: str = ""
    port: int = 22
    username: str = ""
    remote_dir: str = "."
    #: the server's host key fingerprint, "SHA256:..."
    host_key_sha256: str = ""

    @property
    def configured(self) -> bool:
        return bool(self.host and self.username and self.host_key_sha256)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def get_sftp_settings(session: Session) -> SftpSettings:
    raw = get_setting(session, SETTINGS_KEY, {}) or {}
    return SftpSettings(**{k: raw[k] for k in SftpSettings.__dataclass_fields__ if k in raw})


def save_sftp_settings(session: Session, values: dict[str, Any]) -> SftpSettings:
    require(session, "settings")
    current = get_sftp_settings(session).to_json()
    merged = {**current, **{k: v for k, v in values.items() if v is not None}}
    errors: dict[str, str] = {}
    try:
        merged["port"] = int(merged["port"])
        if not 1 <= merged["port"] <= 65535:
            raise ValueError
    except (TypeError, ValueError):
        errors["port"] = "port må være et tall fra 1 til 65535"
    if merged["host_key_sha256"] and not str(merged["host_key_sha256"]).startswith("SHA256:"):
        errors["host_key_sha256"] = "fingeravtrykket skrives «SHA256:…», slik ssh-keygen -lf viser det"
    if errors:
        raise ValidationError(errors)
    settings = SftpSettings(**merged)
    set_setting(session, SETTINGS_KEY, settings.to_json())
    changed = {k: [current.get(k), v] for k, v in settings.to_json().items() if current.get(k) != v}
    if changed:
        audit.record(session, "update", "sftp_settings", None, changed)
    return settings


def save_password(session: Session, store_id: str, password: str) -> str:
    """Keep the SFTP password in the OS keyring if there is one, else in the store; returns where."""
    require(session, "settings")
    from ..store.keys import keyring_available

    if keyring_available():
        import keyring

        keyring.set_password(KEYRING_SERVICE, store_id, password)
        set_setting(session, SECRET_KEY, None)
        where = "nøkkelring"
    else:
        set_setting(session, SECRET_KEY, password)
        where = "regnskapsfilen"
    audit.record(session, "update", "sftp_password", None, {"lagret_i": [None, where]})
    return where


def resolve_password(session: Session, store_id: str) -> str | None:
    env = os.environ.get(PASSWORD_ENV)
    if env:
        return env
    from ..store.keys import keyring_available

    if keyring_available():
        import keyring

        with contextlib.suppress(Exception):
            value = keyring.get_password(KEYRING_SERVICE, store_id)
            if value:
                return str(value)
    stored = get_setting(session, SECRET_KEY)
    return str(stored) if stored else None


@dataclass(frozen=True)
class UploadResult:
    accepted: tuple[str, ...] = field(default=())
    error: str = ""


async def _upload(settings: SftpSettings, password: str, files: list[Path], accepted: list[str]) -> None:
    import asyncssh

    def check_key(host: str, addr: Any, port: int, key: Any) -> bool:  # pinned fingerprint only
        return str(key.get_fingerprint("sha256")) == settings.host_key_sha256

    class _Pinned(asyncssh.SSHClient):
        def validate_host_public_key(self, host: str, addr: Any, port: int, key: Any) -> bool:
            return check_key(host, addr, port, key)

    # known_hosts=([], [], []): nothing is trusted up front, so _Pinned decides (None would switch
    # host key checking off altogether); the key is checked in the key exchange, before the password
    async with asyncssh.connect(settings.host, port=settings.port, username=settings.username,
                                password=password, known_hosts=([], [], []), client_factory=_Pinned,
                                connect_timeout=TIMEOUT_S, login_timeout=TIMEOUT_S,
                                client_keys=None, agent_path=None) as conn:
        async with conn.start_sftp_client() as sftp:
            for path in files:
                remote = f"{settings.remote_dir.rstrip('/')}/{path.name}"
                partial = remote + ".part"
                await sftp.put(str(path), partial)
                size = (await sftp.stat(partial)).size
                if size != path.stat().st_size:
                    raise OSError(f"{path.name}: serveren har {size} byte, filen {path.stat().st_size}")
                await sftp.posix_rename(partial, remote)
                accepted.append(path.name)


def upload(settings: SftpSettings, password: str | None, files: list[Path]) -> UploadResult:
    """Upload ``files``; returns the names the server accepted, and the error that stopped the rest."""
    if not settings.configured:
        raise UserError("SFTP er ikke satt opp: fyll inn vert, brukernavn og vertsnøkkelens fingeravtrykk.")
    if not password:
        raise UserError(f"Passord for SFTP mangler: lagre det under Innstillinger › Kanaler eller sett {PASSWORD_ENV}.")
    accepted: list[str] = []
    try:
        asyncio.run(asyncio.wait_for(_upload(settings, password, files, accepted), TIMEOUT_S * 4))
    except Exception as exc:  # every network and protocol failure becomes a message
        import asyncssh

        if isinstance(exc, asyncssh.HostKeyNotVerifiable):
            message = "serverens vertsnøkkel stemmer ikke med fingeravtrykket i innstillingene"
        elif isinstance(exc, asyncssh.PermissionDenied):
            message = "brukernavn eller passord ble avvist"
        elif isinstance(exc, (TimeoutError, asyncio.TimeoutError)):
            message = "tidsavbrudd"
        else:
            message = str(exc) or type(exc).__name__
        return UploadResult(tuple(accepted), f"SFTP-opplasting til {settings.host}:{settings.port} feilet: {message}")
    return UploadResult(tuple(accepted))
