"""Changing a user's role (administrators only).

The role is sealed into the user's key slot: it is authenticated data of the wrapped store key
and part of what the user's own key signs. An administrator cannot rewrite it without the user's
passphrase, so a role change sets a new passphrase with it, which the administrator hands over;
the old one stops working. The signed user list is signed again, as for add/remove.
"""

from __future__ import annotations

from . import audit
from .access import ADMINISTRATOR, ROLE_LABELS, normalise_role
from .errors import UserError
from .security import remember_roster
from .store import Store
from .users import UserView, _sign, _signer, list_users


def set_role(store: Store, name: str, role: str, passphrase: str) -> UserView:
    """Give ``name`` the role ``role`` with the new ``passphrase``; audited. Refused: your own
    role (another administrator changes it), an unchanged role, the last administrator."""
    signer = _signer(store)  # raises PermissionDenied for anyone but an administrator
    role = normalise_role(role)
    current = {u.name: u.role for u in list_users(store)}
    if name not in current:
        raise UserError(f"Fant ingen bruker «{name}».")
    if name == store.actor:
        raise UserError("Du kan ikke endre din egen rolle; be en annen administrator gjøre det.")
    if current[name] == role:
        raise UserError(f"{name} har allerede rollen {ROLE_LABELS[role]}.")
    if current[name] == ADMINISTRATOR and not any(r == ADMINISTRATOR for n, r in current.items() if n != name):
        raise UserError("Regnskapsfilen må ha minst én administrator.")
    store.keyfile.add_passphrase(store.key, passphrase, name, role,
                                 admin_seed=signer if role == ADMINISTRATOR else None)
    _sign(store, signer)
    with store.session() as session:
        audit.record(session, "update", "user", None, {"user": [name, name], "role": [current[name], role]})
        remember_roster(session, store)
    return UserView(name, role)
