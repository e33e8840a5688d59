"""Erase a logically deleted group or company at once, on request (issue 21).

The 12 months a logically deleted group or company is kept (``deleted_after_months``) are a
maximum, not a minimum: an administrator can have it erased physically now, for example when a
person asks for erasure of what a company's figures say about them."""

from __future__ import annotations

from sqlalchemy.orm import Session

from .. import audit
from ..access import require
from ..errors import NotFound


def erase_deleted_now(session: Session, kind: str, item_id: int) -> str:
    """Physically erase the logically deleted ``kind`` ("group" | "company") ``item_id``; returns
    what was done (Norwegian, no names)."""
    from ..consolidation import deletion

    require(session, "erase")
    deleted = {(d.kind, d.id) for d in deletion.list_deleted(session)}
    if (kind, item_id) not in deleted:
        what = "konsern" if kind == "group" else "selskap"
        raise NotFound(f"Fant ikke et logisk slettet {what} med id {item_id}. Bare noe som er slettet (og kan "
                       "gjenopprettes) kan slettes fysisk med en gang.")
    if kind == "group":
        deletion.erase_group(session, item_id)
        done = f"konsern {item_id} slettet fysisk på forespørsel"
    else:
        deletion.erase_company(session, item_id)
        done = f"selskap {item_id} slettet fysisk på forespørsel"
    audit.record(session, "erase_now", f"cons_{kind}", item_id, {"på_forespørsel": [None, True]})
    return done
