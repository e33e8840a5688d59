"""Users of a store: each has their own passphrase wrapping the same data key, and a role.

Adding a user does not re-encrypt the file; removing one deletes their wrapped key. (A user
who once had access could have kept the raw key; rotating the data key means re-keying the
database, which is a separate operation.)
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import audit
from .access import ADMINISTRATOR, ROLE_LABELS, check_role, normalise_role
from .errors import UserError, ValidationError
from .store import Store

_NAME = re.compile(r"^[\w.\-@]{2,64}$")


@dataclass(frozen=True)
class UserView:
    name: str
    role: str

    @property
    def role_label(self) -> str:
        return ROLE_LABELS.get(self.role, self.role)

    def to_json(self) -> dict[str, str]:
        return {"name": self.name, "role": self.role}


def list_users(store: Store) -> list[UserView]:
    return [UserView(s.name, s.role) for s in store.keyfile.slots if s.kind == "passphrase"]


def add_user(store: Store, name: str, passphrase: str, role: str) -> UserView:
    check_role(store.role, "users")
    role = normalise_role(role)
    name = name.strip()
    if not _NAME.match(name):
        raise ValidationError({"navn": "brukernavn må være 2–64 tegn: bokstaver, tall, punktum, bindestrek"})
    if name in store.keyfile.passphrase_names():
        raise ValidationError({"navn": f"brukeren «{name}» finnes allerede"})
    store.keyfile.add_passphrase(store.key, passphrase, name, role)
    store.keyfile.save(store.keys_path)
    with store.session() as session:
        audit.record(session, "create", "user", None, {"user": [None, name], "role": [None, role]})
    return UserView(name, role)


def remove_user(store: Store, name: str) -> None:
    check_role(store.role, "users")
    if name == store.actor:
        raise UserError("Du kan ikke fjerne deg selv.")
    remaining_admins = [u for u in list_users(store) if u.role == ADMINISTRATOR and u.name != name]
    if not remaining_admins:
        raise UserError("Butikken må ha minst én administrator.")
    store.keyfile.remove_passphrase(name)
    store.keyfile.save(store.keys_path)
    with store.session() as session:
        audit.record(session, "delete", "user", None, {"user": [name, None]})
