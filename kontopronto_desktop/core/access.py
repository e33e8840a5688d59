"""Roles and what each may do, enforced in the core services (not only by hiding buttons).

A session carries the role of the user who unlocked the store (``session.info["role"]``);
a service calls ``require(session, "members")`` before it changes anything.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from .errors import PermissionDenied

ADMINISTRATOR = "administrator"
BOOKKEEPER = "bookkeeper"
READ_ONLY = "read_only"

ROLE_LABELS = {
    ADMINISTRATOR: "Administrator",
    BOOKKEEPER: "Regnskapsfører",
    READ_ONLY: "Lesetilgang (revisor)",
}

#: what a permission lets you do, as the end of the sentence "Rollen X kan ikke ..."
PERMISSION_LABELS = {
    "read": "lese",
    "members": "endre medlemmer",
    "products": "endre produkter",
    "invoices": "fakturere eller kreditere",
    "payments": "bokføre innbetalinger",
    "group": "endre konsernregnskapet",
    "backup": "ta sikkerhetskopi",
    "settings": "endre innstillinger",
    "users": "administrere brukere",
    "erase": "slette personopplysninger",
}

PERMISSIONS: dict[str, frozenset[str]] = {
    ADMINISTRATOR: frozenset(PERMISSION_LABELS),
    BOOKKEEPER: frozenset({"read", "members", "products", "invoices", "payments", "group", "backup"}),
    READ_ONLY: frozenset({"read"}),
}


def normalise_role(role: str) -> str:
    aliases = {"admin": ADMINISTRATOR, "administrator": ADMINISTRATOR, "bookkeeper": BOOKKEEPER,
               "regnskapsfører": BOOKKEEPER, "regnskapsforer": BOOKKEEPER, "read-only": READ_ONLY,
               "read_only": READ_ONLY, "readonly": READ_ONLY, "revisor": READ_ONLY, "les": READ_ONLY}
    key = role.strip().lower()
    if key not in aliases:
        raise PermissionDenied(f"Ukjent rolle «{role}». Velg administrator, bookkeeper eller read_only.")
    return aliases[key]


def allowed(role: str, permission: str) -> bool:
    return permission in PERMISSIONS.get(role, frozenset())


def check_role(role: str, permission: str) -> None:
    if not allowed(role, permission):
        label = ROLE_LABELS.get(role, role)
        raise PermissionDenied(f"Rollen {label} har ikke tilgang til å {PERMISSION_LABELS[permission]}.")


def require(session: Session, permission: str) -> None:
    check_role(str(session.info.get("role", ADMINISTRATOR)), permission)
