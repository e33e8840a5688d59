"""Sections an organisation does not use (Konsern for a club, Medlemmer for a holding company).

Kept in the store (setting "ui.hidden_sections"), so every PC that opens the file shows the same
navigation. Oversikt and Innstillinger can never be hidden: the way back must stay. Only the
view changes; nothing is deleted and the CLI keeps every command.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy.orm import Session

from . import audit
from .access import require
from .errors import UserError
from .settings import get_setting, set_setting

KEY = "ui.hidden_sections"
#: the sections that may be hidden (keys as in ui/sections.py), with their Norwegian titles
HIDEABLE: dict[str, str] = {
    "members": "Medlemmer", "products": "Produkter", "invoices": "Fakturaer", "reminders": "Purring",
    "payments": "Innbetalinger", "books": "Regnskap", "group": "Konsern", "privacy": "Personvern",
}


def hidden_sections(session: Session) -> tuple[str, ...]:
    """The hidden section keys, in the order of ``HIDEABLE`` (unknown keys from newer versions dropped)."""
    stored = get_setting(session, KEY, [])
    chosen = set(stored) if isinstance(stored, list) else set()
    return tuple(k for k in HIDEABLE if k in chosen)


def set_hidden_sections(session: Session, keys: Iterable[str]) -> tuple[str, ...]:
    """Replace the hidden list (an administrator's or bookkeeper's setting), audited."""
    require(session, "settings")
    wanted = list(dict.fromkeys(keys))
    unknown = [k for k in wanted if k not in HIDEABLE]
    if unknown:
        raise UserError(f"Kan ikke skjule «{', '.join(unknown)}»: velg blant {', '.join(HIDEABLE)} "
                        "(Oversikt og Innstillinger vises alltid).")
    old = hidden_sections(session)
    new = tuple(k for k in HIDEABLE if k in wanted)
    if new != old:
        set_setting(session, KEY, list(new))
        audit.record(session, "update", "setting", None, {KEY: [list(old), list(new)]})
    return new
