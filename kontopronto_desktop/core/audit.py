"""Audit trail: every change to people or money writes who, when, what, old and new."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import AuditEntry


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


def list_entries(session: Session, *, entity: str | None = None, entity_id: int | None = None,
                 limit: int | None = None) -> list[AuditView]:
    query = select(AuditEntry).order_by(AuditEntry.id)
    if entity:
        query = query.where(AuditEntry.entity == entity)
    if entity_id is not None:
        query = query.where(AuditEntry.entity_id == entity_id)
    if limit:
        query = query.limit(limit)
    return [
        AuditView(e.id, e.at, e.actor, e.action, e.entity, e.entity_id, json.loads(e.changes))
        for e in session.scalars(query)
    ]
