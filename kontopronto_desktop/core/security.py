"""The security log and the tamper check run on every open (issue 21).

The security log is the part of the audit trail with ``entity`` "user" (users added/removed)
or "security" (unlocks, failed unlocks, alerts about the user list). It holds who, when and
which key slot, never a passphrase, and is kept ``security_log_years`` (3 years by default).

A failed unlock cannot be written into the store (the store is not open), so it is noted in a
small owner-only side file ``<store>.security-pending`` and moved into the security log at
the next successful open.

On open the key file's roster is verified (core/store/keys.py). Whatever is not as an
administrator signed it becomes a *security alert*: returned to the caller (the GUI shows a
dialog, the CLI prints it), kept on the store object, and written to the security log.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from . import audit
from .models import AuditEntry
from .private_files import create_private
from .settings import get_setting, set_setting

if TYPE_CHECKING:
    from .store import Store
    from .store.keys import KeySlot

SECURITY = "security"
#: entities whose audit entries form the security log
SECURITY_ENTITIES = ("user", SECURITY)
_PIN = "security.admin_public"
_LAST_ROSTER = "security.roster"


def pending_path(store_path: Path) -> Path:
    return store_path.with_name(store_path.name + ".security-pending")


def note_failed_unlock(store_path: Path, user: str | None, via: str, os_user: str) -> None:
    """Remember a failed unlock (no passphrase, only who tried which slot, and when)."""
    path = pending_path(Path(store_path))
    line = json.dumps({"at": datetime.now(UTC).isoformat(timespec="seconds"), "user": user or "",
                       "via": via, "os_user": os_user}, ensure_ascii=False)
    with contextlib.suppress(OSError):
        if not path.exists():
            create_private(path)
        with open(path, "a", encoding="utf-8") as fh:
            fh.write(line + "\n")


def _flush_pending(session: Session, store_path: Path) -> int:
    path = pending_path(store_path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return 0
    count = 0
    for line in lines:
        try:
            data = json.loads(line)
            at = datetime.fromisoformat(data["at"])
        except (ValueError, KeyError, TypeError):
            continue
        session.add(AuditEntry(at=at, actor=str(data.get("os_user") or "ukjent"), action="unlock_failed",
                               entity=SECURITY, entity_id=None,
                               changes=json.dumps({"slot": [None, data.get("user") or "(ikke oppgitt)"],
                                                   "via": [None, data.get("via")]}, ensure_ascii=False)))
        count += 1
    with contextlib.suppress(OSError):
        path.unlink()
    return count


@dataclass(frozen=True)
class OpenCheck:
    problems: list[str]
    downgraded: bool


def after_unlock(store: Store, via: str, slot: KeySlot | None, admin_seed: bytes | None,
                 protected_now: bool = False) -> OpenCheck:
    """Verify the user list and log the unlock, in one transaction.

    Checks the key file's roster against the administrator's signature, the administrator
    key against the one the store pinned, and (when the signature is broken) the slots
    against the roster that verified last time. What does not hold is logged as a security
    alert and returned. A passphrase user whose slot is not vouched for opens read-only;
    only an administrator whose secret matches the pinned key may sign (``store.signer``).
    ``protected_now``: the caller has just given an unprotected (older) file its key."""
    from .backup.settings import LocalState
    from .backup.snapshot import settled_fingerprint
    from .store.keys import RosterEntry, _b64, public_of

    keyfile = store.keyfile
    state = LocalState.load(store.path)
    # logging an open is not a change worth a new backup: an unchanged store stays "unchanged"
    unchanged = bool(state.fingerprint) and settled_fingerprint(store) == state.fingerprint
    with store.session() as session:
        _flush_pending(session, store.path)
        last = get_setting(session, _LAST_ROSTER)
        reference = [RosterEntry.from_json(e) for e in last] if last else None
        pin = get_setting(session, _PIN)
        current = _b64(keyfile.admin_public) if keyfile.admin_public else None
        problems: list[str] = []
        if protected_now and pin and pin != current:
            users = ", ".join(f"{s.name} ({s.role})" for s in keyfile.slots if s.kind == "passphrase")
            problems.append("Administratornøkkelen var fjernet fra nøkkelfilen; en ny er laget nå. "
                            f"Kontroller brukerlisten: {users}.")
            pin = current
            set_setting(session, _PIN, current)
        trusted = pin or current
        genuine = (admin_seed is not None and trusted is not None and _b64(public_of(admin_seed)) == trusted)
        if pin and current != pin:
            problems.append("Administratornøkkelen i nøkkelfilen er byttet ut eller fjernet siden sist; "
                            "brukerlisten kan ikke stoles på før en administrator har godkjent den.")
        problems += keyfile.roster_problems(admin_seed, last_verified=reference,
                                            key_replaced=bool(pin and current != pin))
        role = store.role
        if via == "passphrase" and slot is not None and keyfile.admin_public is not None and not genuine:
            if (pin and current != pin) or not keyfile.slot_vouched(slot):
                role = "read_only"
        downgraded = role != store.role
        if downgraded:
            store.set_role(role)
        store.signer = admin_seed if genuine else None
        audit.record(session, "unlock", SECURITY, None, {"slot": [None, slot.name if slot else "(nøkkelring/nøkkel)"],
                                                        "via": [None, via], "role": [None, role]})
        if current and not pin and not problems:
            set_setting(session, _PIN, current)  # trust on first use: pinned from now on
        if not problems and keyfile.admin_public is not None:
            roster = [e.to_json() for e in keyfile.roster]
            if last != roster:
                set_setting(session, _LAST_ROSTER, roster)
        if problems:
            changes: dict[str, list[Any]] = {"problemer": [None, problems]}
            if downgraded:
                changes["rolle"] = [slot.role if slot else None, role]
            audit.record(session, "alert", SECURITY, None, changes)
    store.security_problems = problems
    if unchanged:
        state.fingerprint = settled_fingerprint(store)
        state.save(store.path)
    return OpenCheck(problems, downgraded)


def remember_roster(session: Session, store: Store) -> None:
    """After an administrator signed a new roster: it is the reference from now on."""
    from .store.keys import _b64

    set_setting(session, _LAST_ROSTER, [e.to_json() for e in store.keyfile.roster])
    if store.keyfile.admin_public:
        set_setting(session, _PIN, _b64(store.keyfile.admin_public))


def record_accepted(session: Session, problems: list[str]) -> None:
    audit.record(session, "accept", SECURITY, None, {"godkjent": [None, problems]})


def security_log(session: Session, limit: int = 500) -> list[dict[str, Any]]:
    """The newest entries of the security log (for `users log` and the Brukere tab)."""
    rows = session.scalars(select(AuditEntry).where(AuditEntry.entity.in_(SECURITY_ENTITIES))
                           .order_by(AuditEntry.id.desc()).limit(limit))
    return [{"at": e.at.isoformat(timespec="seconds"), "actor": e.actor, "action": e.action, "entity": e.entity,
             "changes": json.loads(e.changes)} for e in rows]
