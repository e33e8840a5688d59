"""Fakturaer › Forhåndsvis og skriv ut: the chosen invoices, or a run's paper invoices, in the
preview (ui/widgets/pdf_preview.py) and on to the printer with Ctrl+P.

What is shown and printed is the archived document as issued (core/invoicing/print_batch.py).
When a print job was sent, the paper invoices in it (issued "til utskrift") are marked printed
through core/invoicing/print_marks — the same service as «Merk som skrevet ut» and
``kontopronto invoices printed`` — so the Oversikt's "til utskrift" goes down by what was printed.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ...core.errors import UserError
from ...core.invoicing.print_batch import PrintBatch, print_batch
from ...core.invoicing.print_marks import mark_printed
from ..widgets.pdf_preview import PdfPreviewDialog

if TYPE_CHECKING:
    from .page import InvoicesPage


def tr(text: str) -> str:
    return QCoreApplication.translate("InvoicesPage", text)


def _title(batch: PrintBatch, batch_id: int | None) -> tuple[str, str]:
    if batch_id is not None:
        return (tr("Fakturakjøring {0} – {1} fakturaer til utskrift").format(batch_id, len(batch.numbers)),
                f"fakturakjoring-{batch_id}-til-utskrift.pdf")
    if len(batch.numbers) == 1:
        number = batch.numbers[0]
        if number in batch.credit_notes:
            return tr("Kreditnota {0}").format(number), f"kreditnota-{number}.pdf"
        return tr("Faktura {0}").format(number), f"faktura-{number}.pdf"
    return (tr("{0} fakturaer ({1}–{2})").format(len(batch.numbers), batch.numbers[0], batch.numbers[-1]),
            f"fakturaer-{batch.numbers[0]}-{batch.numbers[-1]}.pdf")


def open_preview(page: InvoicesPage, numbers: Sequence[int] = (), *, batch_id: int | None = None) -> PdfPreviewDialog | None:
    """Show the issued PDFs in the preview (not modal to the program: the list stays usable)."""
    try:
        with page.ctx.store.session() as session:
            batch = print_batch(session, numbers, batch_id=batch_id)
    except UserError as exc:
        page.message.setText(exc.message)
        return None
    title, file_name = _title(batch, batch_id)
    dialog = PdfPreviewDialog(batch.pdf, title=title, file_name=file_name, parent=page)
    dialog.printed.connect(lambda pages: _mark(page, dialog, batch.paper, pages))
    page.preview = dialog
    dialog.show()
    return dialog


def _mark(page: InvoicesPage, dialog: PdfPreviewDialog, paper: tuple[int, ...], pages: int) -> None:
    if not paper:
        return
    if pages < dialog.document.pageCount():  # a page range: which invoices went out is not known
        dialog.message.setText(dialog.message.text() + " " + tr(
            "Bare noen av sidene ble skrevet ut, så ingen faktura er merket som skrevet ut."))
        return
    try:
        with page.ctx.store.session() as session:
            marked = mark_printed(session, paper)
    except UserError as exc:
        dialog.message.setText(exc.message)
        return
    if marked:
        dialog.message.setText(dialog.message.text() + " " + tr("{0} papirfakturaer er merket som skrevet ut.")
                               .format(len(marked)))
        page.ctx.notify_changed("invoices")
