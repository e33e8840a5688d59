"""The manifest of one snapshot: what it is, where it came from, and how to check it.

A manifest is JSON sealed with AES-256-GCM under the backup key's manifest sub-key, with the
store's tag as AAD. It is stored under a name derived from its generation (HMAC), so writing
it with "If-None-Match: *" claims the generation: two PCs cannot both publish generation N.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from typing import Any

from .crypto import BackupIntegrityError, BackupKeys, seal, unseal

FORMAT = "kontopronto-backup-manifest"
MAGIC = b"KPBM1"


def new_snapshot_id() -> str:
    """Random, so the object name says nothing about the organisation or the time."""
    return uuid.uuid4().hex


@dataclass(frozen=True)
class Manifest:
    snapshot_id: str
    store_id: str
    generation: int
    base_generation: int
    created_at: str  # ISO 8601, UTC
    device: str
    db_bytes: int
    db_sha256: str
    object_bytes: int
    object_sha256: str
    chunks: int
    schema: list[str] = field(default_factory=list)
    app_version: str = ""
    #: the key file (wrapped slots only) at snapshot time, so a restore to a new file opens
    #: with the same passphrases; sealed with the manifest, never readable on the server
    keys: dict[str, Any] = field(default_factory=dict)

    @property
    def created(self) -> datetime:
        return datetime.fromisoformat(self.created_at)

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data.pop("keys")
        return data

    def summary(self) -> dict[str, Any]:
        """What a list shows: id, time, device, size, generation."""
        return {"id": self.snapshot_id, "generation": self.generation, "base_generation": self.base_generation,
                "created_at": self.created_at, "device": self.device, "db_bytes": self.db_bytes,
                "object_bytes": self.object_bytes}


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def manifest_name(keys: BackupKeys, generation: int) -> str:
    return keys.name("generation", str(generation))


def _aad(keys: BackupKeys) -> bytes:
    return MAGIC + keys.store_tag.encode()


def seal_manifest(keys: BackupKeys, manifest: Manifest) -> bytes:
    body = json.dumps({"format": FORMAT, **asdict(manifest)}, sort_keys=True).encode()
    return MAGIC + seal(keys.manifest, body, _aad(keys))


def open_manifest(keys: BackupKeys, blob: bytes, name: str | None = None) -> Manifest:
    """Decrypt and authenticate; ``name`` (the object's name) must match its generation."""
    if not blob.startswith(MAGIC):
        raise BackupIntegrityError("Manifestet har ikke riktig format.")
    data = json.loads(unseal(keys.manifest, blob[len(MAGIC):], _aad(keys)))
    if data.pop("format", None) != FORMAT:
        raise BackupIntegrityError("Manifestet har ikke riktig format.")
    known = {k: v for k, v in data.items() if k in Manifest.__dataclass_fields__}
    manifest = Manifest(**known)
    if name is not None and name != manifest_name(keys, manifest.generation):
        raise BackupIntegrityError(
            f"Manifestet for generasjon {manifest.generation} ligger under feil navn (flyttet eller byttet ut)."
        )
    return manifest
