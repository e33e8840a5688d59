"""Print marks: the user says the paper invoices went out ("skrevet ut").

An invoice for a buyer without an e-mail address is issued "til utskrift" (``needs_print``).
Until now nothing recorded that it was printed, so it stayed "ikke sendt" and the Oversikt's
"til utskrift" never went down. A mark is one invoice_delivery row with channel "print" and the
archived document's hash (what was printed is the document as issued), counted as delivered at
once (nothing to upload), audited. The status model (status.py) then says "Skrevet ut".
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import audit, documents
from ..access import require
from ..errors import UserError
from ..models.base import utcnow
from ..models.delivery import InvoiceDelivery
from ..models.invoice import Invoice, InvoiceKind

PRINT = "print"


def mark_printed(session: Session, numbers: Sequence[int] = (), *, batch_id: int | None = None) -> list[int]:
    """Mark these issued invoices (or a batch run's paper invoices: those issued "til utskrift" and
    not e-mailed since) as printed; returns the numbers newly marked (those marked before are left
    as they are, so running it twice changes nothing)."""
    require(session, "invoices")
    query = select(Invoice).where(Invoice.number.is_not(None))
    if batch_id is not None:
        query = query.where(Invoice.batch_id == batch_id, Invoice.needs_print.is_(True),
                            Invoice.email_sent_at.is_(None))
    elif numbers:
        query = query.where(Invoice.number.in_([int(n) for n in numbers]))
    else:
        raise UserError("Oppgi fakturanumre eller en fakturakjøring.")
    found = list(session.scalars(query.order_by(Invoice.number)))
    missing = sorted(set(int(n) for n in numbers) - {inv.number for inv in found}) if batch_id is None else []
    if missing or not found:
        what = ", ".join(str(n) for n in missing) if missing else f"til utskrift i fakturakjøring {batch_id}"
        raise UserError(f"Fant ingen utstedt faktura {what}. Ingenting er merket.")
    already = set(session.scalars(select(InvoiceDelivery.invoice_id).where(
        InvoiceDelivery.invoice_id.in_([inv.id for inv in found]), InvoiceDelivery.channel == PRINT)))
    digests = documents.hashes(session, documents.INVOICE, [i.id for i in found])
    digests.update(documents.hashes(session, documents.CREDIT_NOTE,
                                    [i.id for i in found if i.kind == InvoiceKind.CREDIT_NOTE.value]))
    now = utcnow()
    marked = []
    for inv in found:
        if inv.id in already:
            continue
        assert inv.number is not None
        session.add(InvoiceDelivery(invoice_id=inv.id, channel=PRINT, file_name=f"faktura-{inv.number}.pdf",
                                    sha256=digests.get(inv.id, ""), written_at=now, uploaded_at=now))
        audit.record(session, "print", "invoice", inv.id, {"printed_at": [None, now.isoformat()]})
        marked.append(inv.number)
    session.flush()
    return marked
