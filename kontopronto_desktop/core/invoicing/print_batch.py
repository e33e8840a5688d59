"""What goes to the printer in one job: the chosen invoices, or a run's paper invoices, as issued.

Fakturaer prints a batch as one PDF (one print job, one click): the archived documents of the
chosen invoices, or of a batch run's invoices that are "til utskrift" (issued for print, not
e-mailed since, not marked printed yet), merged in invoice-number order. After the job is sent the
GUI marks exactly these numbers through ``print_marks.mark_printed``, so the Oversikt's "til
utskrift" goes down by what was printed and nothing else.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..access import require
from ..errors import UserError
from ..models.delivery import InvoiceDelivery
from ..models.invoice import Invoice, InvoiceKind
from .archive import issued_pdfs
from .print_marks import PRINT


@dataclass(frozen=True)
class PrintBatch:
    #: invoice (and credit note) numbers in the order they are printed
    numbers: tuple[int, ...]
    #: the issued documents merged, one after the other
    pdf: bytes
    #: numbers among them that were issued for print (buyer without e-mail)
    paper: tuple[int, ...]
    #: numbers among them that are credit notes
    credit_notes: tuple[int, ...] = ()


def print_batch(session: Session, numbers: Sequence[int] = (), *, batch_id: int | None = None) -> PrintBatch:
    """The issued PDFs of ``numbers``, or of batch run ``batch_id``'s invoices still to print."""
    require(session, "invoices")
    query = select(Invoice).where(Invoice.number.is_not(None))
    if batch_id is not None:
        printed = select(InvoiceDelivery.invoice_id).where(InvoiceDelivery.channel == PRINT)
        query = query.where(Invoice.batch_id == batch_id, Invoice.needs_print.is_(True),
                            Invoice.email_sent_at.is_(None), Invoice.id.not_in(printed))
    elif numbers:
        query = query.where(Invoice.number.in_([int(n) for n in numbers]))
    else:
        raise UserError("Velg fakturaene som skal skrives ut.")
    found = list(session.scalars(query.order_by(Invoice.number)))
    if batch_id is not None and not found:
        raise UserError(f"Fakturakjøring {batch_id} har ingen fakturaer igjen til utskrift.")
    missing = sorted(set(int(n) for n in numbers) - {inv.number for inv in found}) if batch_id is None else []
    if missing:
        raise UserError(f"Fant ingen utstedt faktura {', '.join(str(n) for n in missing)}.")
    pdfs = issued_pdfs(session, [inv.id for inv in found])
    from pypdf import PdfWriter  # 0.1 s to import: only when a print file is made

    writer = PdfWriter()
    for inv in found:
        writer.append(io.BytesIO(pdfs[inv.id]))
    out = io.BytesIO()
    writer.write(out)
    return PrintBatch(tuple(int(inv.number) for inv in found if inv.number is not None), out.getvalue(),
                      tuple(int(inv.number) for inv in found if inv.needs_print and inv.number is not None),
                      tuple(int(inv.number) for inv in found
                            if inv.kind == InvoiceKind.CREDIT_NOTE.value and inv.number is not None))
