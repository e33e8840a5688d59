"""Audit trail: every change to people or money writes who, when, what, old and new."""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import AuditEntry
from .private_files import create_private
from .spreadsheet_safety import safe_row


def actor_of(session: Session) -> str:
    return str(session.info.get("actor", "ukjent"))


def _plain(value: Any) -> Any:
    if isinstance(value, date | datetime):
        return value.isoformat()
    if hasattr(value, "value") and not isinstance(value, int | str):
        return value.value
    return value


def diff(old: dict[str, Any], new: dict[str, Any]) -> dict[str, list[Any]]:
    """Changed fields as {field: [old, new]}."""
    return {
        key: [_plain(old.get(key)), _plain(new.get(key))]
        for key in sorted(set(old) | set(new))
        if old.get(key) != new.get(key)
    }


def record(session: Session, action: str, entity: str, entity_id: int | None,
           changes: dict[str, list[Any]] | None = None) -> None:
    session.add(
        AuditEntry(
            actor=actor_of(session),
            action=action,
            entity=entity,
            entity_id=entity_id,
            changes=json.dumps(changes or {}, ensure_ascii=False, default=str),
        )
    )


@dataclass(frozen=True)
class AuditView:
    id: int
    at: datetime
    actor: str
    action: str
    entity: str
    entity_id: int | None
    changes: dict[str, list[Any]]

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "at": self.at.isoformat(),
            "actor": self.actor,
            "action": self.action,
            "entity": self.entity,
            "entity_id": self.entity_id,
            "changes": self.changes,
        }


#: Fields whose values are personal data; the audit log as listed or exported shows that they
#: changed, never what they were (GDPR art. 5(1)(c)); the member's own access export shows them.
PERSONAL_FIELDS = frozenset({"name", "street", "postcode", "city", "country", "phone", "email", "orgnr",
                             "efaktura_reference", "notes", "buyer_name", "buyer_street", "buyer_postcode",
                             "buyer_city", "buyer_email", "payer_name", "payer_account", "text", "user", "to",
                             # payer contact, birth date and guardian consent (invoicing/payers.py)
                             "payer_street", "payer_postcode", "payer_city", "payer_email",
                             "payer_efaktura_reference", "birth_date", "guardian_consent_by",
                             "guardian_consent_on"})
REDACTED = "[personopplysning]"


def redacted(view: AuditView) -> AuditView:
    changes = {k: ([REDACTED if v not in (None, "") else v for v in vals] if k in PERSONAL_FIELDS else vals)
               for k, vals in view.changes.items()}
    return AuditView(view.id, view.at, view.actor, view.action, view.entity, view.entity_id, changes)


def list_entries(session: Session, *, entity: str | None = None, entity_id: int | None = None,
                 limit: int | None = None, actor: str | None = None, action: str | None = None,
                 since: date | None = None, until: date | None = None, redact: bool = False) -> list[AuditView]:
    """Entries in order, filtered; ``redact`` hides personal values (for lists and exports)."""
    query = select(AuditEntry).order_by(AuditEntry.id)
    if entity:
        query = query.where(AuditEntry.entity == entity)
    if entity_id is not None:
        query = query.where(AuditEntry.entity_id == entity_id)
    if actor:
        query = query.where(AuditEntry.actor == actor)
    if action:
        query = query.where(AuditEntry.action == action)
    if since:
        query = query.where(AuditEntry.at >= datetime.combine(since, time.min, UTC))
    if until:
        query = query.where(AuditEntry.at < datetime.combine(until + timedelta(days=1), time.min, UTC))
    if limit:
        query = query.limit(limit)
    views = [
        AuditView(e.id, e.at, e.actor, e.action, e.entity, e.entity_id, json.loads(e.changes))
        for e in session.scalars(query)
    ]
    return [redacted(v) for v in views] if redact else views


def write_csv(entries: list[AuditView], target: Path) -> None:
    """Semicolon-separated UTF-8 with BOM, as Norwegian Excel opens it."""
    create_private(target)  # owner-only before any name is written
    with target.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, delimiter=";")
        writer.writerow(["id", "tidspunkt_utc", "bruker", "handling", "hva", "id_i_registeret", "endringer"])
        for e in entries:
            writer.writerow(safe_row([e.id, e.at.isoformat(), e.actor, e.action, e.entity,
                                      "" if e.entity_id is None else e.entity_id,
                                      json.dumps(e.changes, ensure_ascii=False, default=str)]))
