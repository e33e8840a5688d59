"""Push, list and pull snapshots as numbered generations, so two PCs can share one store.

Each push says which generation it was based on. A PC whose base is older than the newest
generation on the server is refused (``RemoteIsNewer``) and offered to pull — keeping its own
copy as a separate file if it wants — never a silent overwrite. The manifest of generation N
is written with "If-None-Match: *" under a name derived from N, so two PCs racing for the same
generation cannot both win.

Layout under the configured prefix (nothing in it names the organisation or its members)::

    <store tag>/d/<random snapshot id>     the encrypted snapshot (multipart upload)
    <store tag>/m/<HMAC of generation>     its sealed manifest, written last
    r/<store tag>                          the data key wrapped under the printed recovery key

The last one lets a new PC (the old one died or was stolen) restore with nothing but the
recovery key shown when the store was created: the key is 160 random bits, so the wrapped
copy is as safe on the server as the data itself.
"""

from __future__ import annotations

import json
import platform
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from ... import __version__
from .. import audit
from ..errors import WrongPassphrase
from ..privacy.policy import policy_value
from ..store import Store, migrate
from ..store.keys import KeyFile, KeySlot
from . import retention, snapshot
from .crypto import BackupIntegrityError, BackupKeys, encrypt_stream
from .manifest import Manifest, manifest_name, new_snapshot_id, now_iso, open_manifest, seal_manifest
from .remote import BackupError, ObjectInfo, Remote, RemoteConfig, RemoteUnavailable
from .restore import CheckReport, data_object_key, keep_copy, restore_over, restore_to_file
from .settings import BackupSettings, LocalState, get_backup_settings, resolve_credentials, utc_now

Progress = Callable[[int, int], None]
#: unfinished uploads and unreferenced objects older than this are someone's crash, not a push
#: in progress on another PC, and are cleaned up
STALE_AFTER = timedelta(hours=1)


class RemoteIsNewer(BackupError):
    """The server has a newer generation than this PC's base: pull first (or keep a copy)."""

    def __init__(self, local: int, newest: Manifest, *, race: bool = False) -> None:
        when = newest.created.astimezone().strftime("%d.%m.%Y kl. %H:%M")
        first = (f"En annen PC lastet opp generasjon {newest.generation} samtidig" if race else
                 f"Sikkerhetskopien på serveren er nyere enn denne PC-ens utgangspunkt: generasjon "
                 f"{newest.generation} fra «{newest.device}» ({when}), mens denne PC-en bygger på generasjon {local}")
        #: the same without the CLI commands, for the GUI (which offers the choices as buttons)
        self.gui_text = f"{first}. Ingenting er lastet opp, og ingenting er overskrevet."
        super().__init__(
            f"{first}. Ingenting er lastet opp, og ingenting er overskrevet. Velg: hent den nyeste "
            "(«kontopronto backup pull»), eller behold din egen kopi som en egen fil og hent den nyeste "
            "(«kontopronto backup pull --keep-own-copy FIL»)."
        )
        self.local = local
        self.newest = newest


def backup_keys(store: Store) -> BackupKeys:
    return BackupKeys.from_data_key(store.key)


def open_remote(store: Store, *, settings: BackupSettings | None = None) -> Remote:
    """The remote from the store's settings and the credentials (env, keyring, store)."""
    with store.session() as session:
        settings = settings or get_backup_settings(session)
        credentials = resolve_credentials(session, store.store_id)
    if not settings.configured:
        raise BackupError("Sikkerhetskopi til server er ikke satt opp: oppgi adresse og bøtte under "
                          "Innstillinger → Sikkerhetskopi (eller «kontopronto backup config»).")
    if credentials is None:
        raise BackupError("Tilgangsnøkkel mangler: sett KONTOPRONTO_S3_ACCESS_KEY og KONTOPRONTO_S3_SECRET_KEY, "
                          "eller lagre dem under Innstillinger → Sikkerhetskopi.")
    return Remote(RemoteConfig.from_settings(settings, credentials))


@dataclass
class Listing:
    manifests: list[Manifest]  # oldest generation first
    unreadable: list[str] = field(default_factory=list)
    objects: dict[str, ObjectInfo] = field(default_factory=dict)  # data objects by key

    @property
    def newest(self) -> Manifest | None:
        return self.manifests[-1] if self.manifests else None

    def find(self, snapshot_id: str) -> Manifest:
        matches = [m for m in self.manifests if m.snapshot_id.startswith(snapshot_id)] if snapshot_id else []
        if len(matches) != 1:
            known = ", ".join(m.snapshot_id[:8] for m in self.manifests[-5:]) or "ingen"
            what = "flere" if matches else "ingen"
            raise BackupError(f"Fant {what} sikkerhetskopier med id «{snapshot_id}» (de nyeste: {known}).")
        return matches[0]


def list_snapshots(remote: Remote, keys: BackupKeys) -> Listing:
    """Every snapshot of this store on the server, decrypted and authenticated, oldest first."""
    area = remote.key(keys.store_tag)
    manifests: list[Manifest] = []
    unreadable: list[str] = []
    objects: dict[str, ObjectInfo] = {}
    for info in remote.list_objects(area):
        name = info.key.rsplit("/", 1)[-1]
        kind = info.key[len(area) + 1:].split("/", 1)[0]
        if kind == "d":
            objects[info.key] = info
        elif kind == "m":
            try:
                manifests.append(open_manifest(keys, remote.get_bytes(info.key), name))
            except (BackupIntegrityError, ValueError, TypeError):
                unreadable.append(info.key)
    manifests.sort(key=lambda m: m.generation)
    return Listing(manifests, unreadable, objects)


@dataclass
class SyncStatus:
    local_generation: int
    newest: Manifest | None
    changed_locally: bool
    snapshots: int
    #: the server no longer holds what this PC pushed last (status.server_disagreement)
    disagreement: str = ""

    @property
    def remote_generation(self) -> int:
        return self.newest.generation if self.newest else 0

    @property
    def behind(self) -> bool:
        return self.remote_generation > self.local_generation

    def message(self) -> str:
        if self.disagreement:
            return self.disagreement
        if self.newest is None:
            return "Ingen sikkerhetskopier på serveren ennå."
        if self.behind:
            return (f"Serveren har en nyere utgave (generasjon {self.remote_generation} fra «{self.newest.device}»); "
                    f"denne PC-en har generasjon {self.local_generation}. Hent den nyeste.")
        if self.changed_locally:
            return f"Endringer siden siste sikkerhetskopi (generasjon {self.local_generation})."
        return f"Oppdatert: generasjon {self.local_generation} er den nyeste på serveren."

    def to_json(self) -> dict[str, Any]:
        return {"local_generation": self.local_generation, "remote_generation": self.remote_generation,
                "behind": self.behind, "changed_locally": self.changed_locally, "snapshots": self.snapshots,
                "server_disagrees": bool(self.disagreement), "message": self.message()}


def status(store: Store, remote: Remote, listing: Listing | None = None) -> SyncStatus:
    state = LocalState.load(store.path)
    listing = listing or list_snapshots(remote, backup_keys(store))
    from .status import server_disagreement

    return SyncStatus(state.generation, listing.newest, snapshot.fingerprint(store.path) != state.fingerprint,
                      len(listing.manifests),
                      server_disagreement(state, {m.snapshot_id: m.generation for m in listing.manifests}))


@dataclass
class PushResult:
    manifest: Manifest | None
    skipped: bool = False
    snapshot_seconds: float = 0.0
    #: "live" (the store file read under a read transaction) or "backup" (online backup copy)
    snapshot_method: str = ""
    encrypt_seconds: float = 0.0
    upload_seconds: float = 0.0
    #: wall time of the upload from its first to its last byte (overlaps the encryption)
    upload_window_seconds: float = 0.0
    cleaned: list[str] = field(default_factory=list)
    pruned: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {"snapshot": self.manifest.summary() if self.manifest else None, "skipped": self.skipped,
                "snapshot_seconds": round(self.snapshot_seconds, 3), "snapshot_method": self.snapshot_method,
                "encrypt_seconds": round(self.encrypt_seconds, 3),
                "upload_seconds": round(self.upload_seconds, 3),
                "upload_window_seconds": round(self.upload_window_seconds, 3), "cleaned_up": self.cleaned,
                "pruned": self.pruned}


def cleanup(remote: Remote, keys: BackupKeys, state: LocalState, listing: Listing,
            now: datetime | None = None) -> list[str]:
    """Abort this PC's unfinished uploads and anyone's stale ones; delete unreferenced objects."""
    now = now or utc_now()
    cleaned: list[str] = []
    mine = {(key, upload_id) for key, upload_id in state.pending_uploads}
    for upload in remote.pending_uploads(remote.key(keys.store_tag, "d")):
        if (upload.key, upload.upload_id) in mine or now - upload.initiated > STALE_AFTER:
            remote.abort_upload(upload.key, upload.upload_id)
            cleaned.append(f"avbrutt opplasting {upload.key.rsplit('/', 1)[-1]}")
    referenced = {data_object_key(remote, keys, m.snapshot_id) for m in listing.manifests}
    my_keys = {key for key, _ in state.pending_uploads}
    for key, info in listing.objects.items():
        if key in referenced:
            continue
        if key in my_keys or now - info.last_modified > STALE_AFTER:
            remote.delete(key)
            cleaned.append(f"slettet objekt uten manifest {key.rsplit('/', 1)[-1]}")
    state.pending_uploads = []
    return cleaned


def push(store: Store, remote: Remote, *, only_if_changed: bool = False, prune: bool = True,
         progress: Progress | None = None, cancelled: Callable[[], bool] | None = None,
         now: datetime | None = None) -> PushResult:
    """Snapshot, encrypt and upload the store as the next generation; then apply retention."""
    state = LocalState.load(store.path)
    state.last_attempt_at = now_iso()
    try:
        result = _push(store, remote, state, only_if_changed, prune, progress, cancelled, now)
    except BackupError as exc:
        state.last_error = exc.message
        state.save(store.path)
        raise
    state.last_error = ""
    state.save(store.path)
    return result


def _push(store: Store, remote: Remote, state: LocalState, only_if_changed: bool, prune: bool,
          progress: Progress | None, cancelled: Callable[[], bool] | None, now: datetime | None) -> PushResult:
    keys = backup_keys(store)
    listing = list_snapshots(remote, keys)
    cleaned = cleanup(remote, keys, state, listing)
    state.save(store.path)
    newest = listing.newest
    if newest is not None and newest.generation > state.generation:
        raise RemoteIsNewer(state.generation, newest)
    fingerprint = snapshot.settled_fingerprint(store)
    if (only_if_changed and fingerprint == state.fingerprint and newest is not None
            and newest.snapshot_id == state.snapshot_id):
        return PushResult(manifest=newest, skipped=True, cleaned=cleaned)
    generation = max(newest.generation if newest else 0, state.generation) + 1
    snapshot_id = new_snapshot_id()
    object_key = data_object_key(remote, keys, snapshot_id)
    result = PushResult(manifest=None, cleaned=cleaned)
    started = time.perf_counter()
    with snapshot.frozen(store) as snap:
        result.snapshot_seconds = time.perf_counter() - started
        result.snapshot_method = snap.method
        db_bytes = snap.size

        def started_upload(upload_id: str) -> None:
            state.pending_uploads = [[object_key, upload_id]]
            state.save(store.path)

        def sent(done: int) -> None:
            if progress is not None:
                progress(min(done, db_bytes), db_bytes)

        started = time.perf_counter()
        chunks, stats = encrypt_stream(snap.file, keys, snapshot_id, size=db_bytes)
        remote.upload(object_key, chunks, on_started=started_upload, progress=sent, cancelled=cancelled)
        total = time.perf_counter() - started
        result.upload_seconds = remote.network_seconds
        result.upload_window_seconds = remote.window_seconds
        result.encrypt_seconds = total - remote.network_seconds
    manifest = Manifest(
        snapshot_id=snapshot_id, store_id=store.store_id, generation=generation,
        base_generation=state.generation, created_at=(now.isoformat(timespec="seconds") if now else now_iso()),
        device=state.device_name, db_bytes=db_bytes, db_sha256=stats.plain_sha256,
        object_bytes=stats.cipher_bytes, object_sha256=stats.sha256, chunks=stats.chunks,
        schema=sorted(migrate.current_revisions(store.engine)), app_version=f"{__version__} ({platform.system()})",
        keys=KeyFile.load(store.keys_path).to_json(),
    )
    manifest_key = remote.key(keys.store_tag, "m", manifest_name(keys, generation))
    if not remote.put_bytes(manifest_key, seal_manifest(keys, manifest), if_none_match=True):
        remote.delete(object_key)
        state.pending_uploads = []
        raced = list_snapshots(remote, keys).newest or manifest
        raise RemoteIsNewer(state.generation, raced, race=True)
    _publish_recovery_slot(store, remote, keys)
    state.generation = generation
    state.snapshot_id = snapshot_id
    state.fingerprint = fingerprint
    state.last_success_at = manifest.created_at
    state.pending_uploads = []
    state.save(store.path)
    result.manifest = manifest
    if prune:
        result.pruned = apply_retention(store, remote, Listing(listing.manifests + [manifest]), now=now)
    return result


RECOVERY_FORMAT = "kontopronto-backup-recovery"


def _publish_recovery_slot(store: Store, remote: Remote, keys: BackupKeys) -> None:
    keyfile = KeyFile.load(store.keys_path)
    slots = [slot.to_json() for slot in keyfile.slots if slot.kind == "recovery"]
    if slots:
        body = json.dumps({"format": RECOVERY_FORMAT, "store_id": keyfile.store_id, "slot": slots[0]}).encode()
        remote.put_bytes(remote.key("r", keys.store_tag), body)


def recover(remote: Remote, recovery_key: str, target: Path, *, snapshot_id: str | None = None,
            progress: Progress | None = None) -> CheckReport:
    """A new PC: find this store's snapshots with the recovery key alone and restore one to ``target``."""
    for info in remote.list_objects(remote.key("r")):
        try:
            data = json.loads(remote.get_bytes(info.key))
            if data.get("format") != RECOVERY_FORMAT:
                continue
            keyfile = KeyFile(store_id=str(data["store_id"]), slots=[KeySlot.from_json(data["slot"])])
            data_key = keyfile.unlock_with_recovery(recovery_key)
        except (WrongPassphrase, ValueError, KeyError, TypeError):
            continue
        keys = BackupKeys.from_data_key(data_key)
        listing = list_snapshots(remote, keys)
        manifest = listing.find(snapshot_id) if snapshot_id else listing.newest
        if manifest is None:
            raise BackupError("Gjenopprettingsnøkkelen stemmer, men det finnes ingen sikkerhetskopier å hente.")
        return restore_to_file(remote, keys, manifest, data_key, target, progress=progress)
    raise BackupError("Fant ingen sikkerhetskopi på serveren som kan åpnes med denne gjenopprettingsnøkkelen. "
                      "Sjekk nøkkelen, bøtta og prefikset.")


def retention_rule(store: Store) -> retention.RetentionRule:
    with store.session() as session:
        settings = get_backup_settings(session)
        max_days = policy_value(session, "backup_max_days")
    return retention.RetentionRule(last=settings.keep_last, daily=settings.keep_daily, weekly=settings.keep_weekly,
                                   monthly=settings.keep_monthly, max_days=max_days)


def retention_plan(store: Store, listing: Listing, now: datetime | None = None) -> retention.RetentionPlan:
    return retention.plan([(m.snapshot_id, m.created) for m in listing.manifests], now or utc_now(),
                          retention_rule(store))


def apply_retention(store: Store, remote: Remote, listing: Listing | None = None, *,
                    now: datetime | None = None, dry_run: bool = False) -> list[str]:
    """Delete the snapshots the retention rule does not keep; returns their ids.

    The manifest goes first (the snapshot disappears from every list at once), then the data.
    """
    keys = backup_keys(store)
    listing = listing or list_snapshots(remote, keys)
    plan = retention_plan(store, listing, now)
    by_id = {m.snapshot_id: m for m in listing.manifests}
    if not dry_run:
        for snapshot_id in plan.delete:
            manifest = by_id[snapshot_id]
            remote.delete(remote.key(keys.store_tag, "m", manifest_name(keys, manifest.generation)))
            remote.delete(data_object_key(remote, keys, snapshot_id))
    return plan.delete


def pull(store: Store, remote: Remote, *, snapshot_id: str | None = None, keep_own_copy: Path | None = None,
         progress: Progress | None = None) -> CheckReport:
    """Replace the store with the newest (or a chosen) snapshot after every check has passed.

    With ``keep_own_copy`` this PC's store is first saved as that separate file (with its key
    file). The replaced store is always kept beside it as well.
    """
    keys = backup_keys(store)
    listing = list_snapshots(remote, keys)
    manifest = listing.find(snapshot_id) if snapshot_id else listing.newest
    if manifest is None:
        raise BackupError("Det finnes ingen sikkerhetskopier på serveren å hente.")
    if keep_own_copy is not None:
        keep_own_copy = Path(keep_own_copy)
        if keep_own_copy.exists():
            raise BackupError(f"{keep_own_copy} finnes allerede. Velg et nytt filnavn for din egen kopi.")
        keep_copy(store, keep_own_copy)
    before = LocalState.load(store.path).generation
    report = restore_over(store, remote, keys, manifest, progress=progress)
    with store.session() as session:
        audit.record(session, "restore", "backup", None,
                     {"generasjon": [before, manifest.generation], "fra_pc": [None, manifest.device]})
    mark_restored(store.path, manifest)
    return report


def mark_restored(store_path: Path, manifest: Manifest) -> None:
    """After a restore the store is exactly that generation, unchanged since."""
    state = LocalState.load(store_path)
    state.generation = manifest.generation
    state.snapshot_id = manifest.snapshot_id
    state.fingerprint = snapshot.fingerprint(store_path)
    state.last_error = ""
    state.save(store_path)


def record_failure(store_path: Path, error: BaseException) -> None:
    """Note a failed attempt (shown red in the status bar) without touching anything else."""
    state = LocalState.load(store_path)
    state.last_attempt_at = now_iso()
    state.last_error = error.message if isinstance(error, BackupError) else str(error)
    state.save(store_path)


__all__ = ["Listing", "PushResult", "RemoteIsNewer", "RemoteUnavailable", "SyncStatus", "apply_retention",
           "backup_keys", "list_snapshots", "open_remote", "pull", "push", "status"]
