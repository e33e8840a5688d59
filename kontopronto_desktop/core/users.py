"""Users of a store: each has their own passphrase wrapping the same data key, and a role.

Adding a user does not re-encrypt the file; removing one deletes their wrapped key. (A user
who once had access could have kept the raw key; rotating the data key means re-keying the
database, which is a separate operation.)

The user list is signed with the store's administrator key (core/store/keys.py), which only an
administrator who unlocked with their own passphrase (or the recovery key) holds. Every change
here re-signs it; a change made any other way shows up as a security alert at the next open.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import audit
from .access import ADMINISTRATOR, ROLE_LABELS, check_role, normalise_role
from .errors import PermissionDenied, UserError, ValidationError
from .security import SECURITY, record_accepted, remember_roster
from .store import Store
from .store.keys import public_of

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


def _signer(store: Store) -> bytes:
    """The administrator key, or a clear message why this session cannot change users."""
    check_role(store.role, "users")
    if store.signer is None:
        raise PermissionDenied("Brukere kan bare endres av en administrator som har låst opp med sitt eget "
                               "passord eller gjenopprettingsnøkkelen, fordi brukerlisten signeres med "
                               "administratornøkkelen. Lås opp med passordet ditt og prøv igjen.")
    return store.signer


def _sign(store: Store, signer: bytes) -> None:
    # the signer matched the key the store pinned; a public key someone replaced is put back
    store.keyfile.admin_public = public_of(signer)
    store.keyfile.sign_roster(signer)
    store.keyfile.save(store.keys_path)
    store.security_problems = []  # the administrator's signature covers the list as it is now


def add_user(store: Store, name: str, passphrase: str, role: str) -> UserView:
    signer = _signer(store)
    role = normalise_role(role)
    name = name.strip()
    if not _NAME.match(name):
        raise ValidationError({"navn": "brukernavn må være 2–64 tegn: bokstaver, tall, punktum, bindestrek"})
    if name in store.keyfile.passphrase_names():
        raise ValidationError({"navn": f"brukeren «{name}» finnes allerede"})
    store.keyfile.add_passphrase(store.key, passphrase, name, role, admin_seed=signer)
    _sign(store, signer)
    with store.session() as session:
        audit.record(session, "create", "user", None, {"user": [None, name], "role": [None, role]})
        remember_roster(session, store)
    return UserView(name, role)


def remove_user(store: Store, name: str) -> None:
    signer = _signer(store)
    if name == store.actor:
        raise UserError("Du kan ikke fjerne deg selv.")
    remaining_admins = [u for u in list_users(store) if u.role == ADMINISTRATOR and u.name != name]
    if not remaining_admins:
        raise UserError("Regnskapsfilen må ha minst én administrator.")
    store.keyfile.remove_passphrase(name)
    _sign(store, signer)
    with store.session() as session:
        audit.record(session, "delete", "user", None, {"user": [name, None]})
        remember_roster(session, store)


def security_alerts(store: Store) -> list[str]:
    """What was found at open: the user list not as an administrator signed it (empty if fine)."""
    return list(store.security_problems)


def accept_user_list(store: Store) -> list[str]:
    """An administrator approves the user list as it is now (after looking at the alert, and
    removing any user who should not be there): it is signed again. Returns what was approved."""
    signer = _signer(store)
    approved = list(store.security_problems)
    _sign(store, signer)
    with store.session() as session:
        record_accepted(session, approved)
        remember_roster(session, store)
    store.security_problems = []
    return approved


__all__ = ["SECURITY", "UserView", "accept_user_list", "add_user", "list_users", "remove_user",
           "security_alerts"]
