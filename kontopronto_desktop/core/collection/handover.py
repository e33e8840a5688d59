"""Hand-over to a collection agency: claims unpaid after the inkassovarsel's deadline.

The list is exported as CSV (semicolon, UTF-8 with BOM, as Norwegian spreadsheet users expect)
with debtor, address, claim, invoice and reminder numbers with dates, fees, interest and payments
so far. Marking them handed over freezes them for further reminders; payments still match.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import audit
from ..access import require
from ..errors import UserError
from ..models.collection import Handover
from ..models.invoice import Invoice
from ..money import format_amount
from ..spreadsheet_safety import safe_row
from . import rules
from .claims import Claim, chunks, load_claims
from .settings import get_collection_settings

HEADER = ["kundenr", "skyldner", "adresse", "postnr", "poststed", "orgnr", "fakturanr", "fakturadato", "forfall",
          "kid", "fakturabelop", "innbetalt", "rest_hovedstol", "gebyrer", "renter", "kompensasjon",
          "apne_gebyrer_og_renter", "purringer", "inkassovarsel_dato", "frist"]


@dataclass(frozen=True)
class HandoverRow:
    claim: Claim
    orgnr: str

    def to_json(self) -> dict[str, Any]:
        c = self.claim
        return {"member": c.customer_number, "name": c.buyer_name, "invoice": c.number, "due_date": c.due.isoformat(),
                "principal": format_amount(c.principal_ore), "fees": format_amount(c.fees_ore),
                "interest": format_amount(c.interest_ore), "open": format_amount(c.open_ore),
                "deadline": c.last_deadline.isoformat() if c.last_deadline else None,
                "handed_over": c.handed_over.isoformat() if c.handed_over else None}

    def csv_row(self) -> list[str]:
        c = self.claim
        reminders = ", ".join(f"{'inkassovarsel' if s == 'inkassovarsel' else 'purring'} {n} {d.isoformat()}"
                              for n, d, s in c.reminder_numbers)
        varsel = next((d.isoformat() for _n, d, s in reversed(c.reminder_numbers) if s == "inkassovarsel"), "")
        return [str(c.customer_number), c.buyer_name, c.buyer_street, c.buyer_postcode, c.buyer_city, self.orgnr,
                str(c.number), c.invoice_date.isoformat(), c.due.isoformat(), c.kid, format_amount(c.total_ore),
                format_amount(c.total_ore - c.principal_ore), format_amount(c.principal_ore),
                format_amount(c.fees_ore), format_amount(c.interest_ore), format_amount(c.compensation_ore),
                format_amount(c.open_charges_ore), reminders, varsel,
                c.last_deadline.isoformat() if c.last_deadline else ""]


def handover_candidates(session: Session, on: date | None = None) -> list[HandoverRow]:
    """Claims through the whole plan whose last deadline has passed, not held, not yet handed over.

    Only claims with a reminder of the plan's last sequence are read (``min_reminders``), and
    their buyers' organisation numbers in one query: at 100 000 invoices the list read all
    25 000 overdue claims and asked for each candidate's number on its own (1.2 s)."""
    on = on or date.today()
    plan = get_collection_settings(session).effective_plan()
    due = []
    for c in load_claims(session, on, min_reminders=len(plan)):
        if c.handed_over is not None or c.hold is not None or c.reminders < len(plan) or c.last_deadline is None:
            continue
        if rules.handover_allowed(c.last_deadline, on):
            due.append(c)
    orgnrs: dict[int, str | None] = {}
    for part in chunks([c.invoice_id for c in due]):
        orgnrs.update((iid, orgnr) for iid, orgnr in session.execute(
            select(Invoice.id, Invoice.buyer_orgnr).where(Invoice.id.in_(part))))
    return [HandoverRow(c, str(orgnrs.get(c.invoice_id) or "")) for c in due]


def handed_over(session: Session, on: date | None = None) -> list[HandoverRow]:
    on = on or date.today()
    return [HandoverRow(c, "") for c in load_claims(session, on) if c.handed_over is not None]


def export_handover(session: Session, target: Path, on: date | None = None, *, mark: bool = True) -> list[HandoverRow]:
    """Write the CSV and (by default) mark the claims handed over, in one transaction."""
    require(session, "invoices")
    on = on or date.today()
    rows = handover_candidates(session, on)
    if not rows:
        raise UserError("Ingen krav er klare for overlevering til inkasso.")
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(HEADER)
    for row in rows:
        writer.writerow(safe_row(row.csv_row()))
    try:
        tmp = Path(target).with_name(Path(target).name + ".tmp")
        tmp.write_text(buffer.getvalue(), encoding="utf-8-sig")
        tmp.replace(target)
    except OSError as exc:
        raise UserError(f"Kunne ikke skrive {target}: {exc.strerror}.") from None
    if mark:
        actor = audit.actor_of(session)
        for row in rows:
            session.add(Handover(invoice_id=row.claim.invoice_id, handed_over_on=on, actor=actor))
        session.flush()
        audit.record(session, "handover", "invoice", None, {
            "invoices": [None, [r.claim.number for r in rows]], "date": [None, on.isoformat()]})
    return rows
