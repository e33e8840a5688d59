"""Purring › Purringer: the issued reminders with how each went out, a new reminder run (the
wizard in run_wizard.py), sending the unsent by e-mail, EHF reminders to the outbox, and the
letters for print as a PDF or in the preview."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QProgressDialog, QPushButton, QVBoxLayout

from ...core.channels import ehf_reminder_service
from ...core.collection import email, issued, routing, runs
from ...core.errors import UserError
from ..context import AppContext
from ..widgets.empty_hint import EmptyHint
from ..widgets.gc_pause import collection_paused
from ..widgets.latest_job import LatestJob
from ..widgets.money import plain_amount
from ..widgets.pdf_preview import PdfPreviewDialog
from ..widgets.progress import progress_dialog, run_with_progress
from ..widgets.table_kit import kit_of
from ..widgets.table_rows import RowsModel, rows_table, selected_row
from .base import CollectionTab, MessageLine, day_text, stage_label, tr
from .run_wizard import RunWizard


@dataclass(frozen=True)
class _Issued:
    """What the tab shows, read on the pool in one unit of work."""

    rows: list[runs.ReminderRow]
    ehf_numbers: set[int]
    ehf_states: dict[int, str]
    ehf_pending: list[int]


class IssuedTab(CollectionTab):
    """The reminders issued so far and what can be done with them."""

    def __init__(self, ctx: AppContext, message: MessageLine) -> None:
        super().__init__(ctx, message)
        self.dialog: RunWizard | None = None
        #: the progress dialog of «Send usendte på e-post» (its Avbryt cancels)
        self.progress: QProgressDialog | None = None
        self.run_button = QPushButton(tr("Ny purrekjøring …"))
        self.run_button.clicked.connect(self.open_run_wizard)
        self.send_button = QPushButton(tr("Send usendte på e-post"))
        self.send_button.clicked.connect(self.send_unsent)
        self.print_button = QPushButton(tr("PDF for utskrift …"))
        self.print_button.clicked.connect(lambda: self.export_print())
        self.print_preview_button = QPushButton(tr("Forhåndsvis og skriv ut …"))
        self.print_preview_button.setToolTip(tr("Purringene som er merket for utskrift, som utstedt"))
        self.print_preview_button.clicked.connect(self.preview_print)
        self.reminder_preview_button = QPushButton(tr("Forhåndsvis valgt purring …"))
        self.reminder_preview_button.setToolTip(tr("Purringen som utstedt, for å lese eller skrive den ut (Ctrl+P)"))
        self.reminder_preview_button.clicked.connect(self.preview_reminder)
        self.ehf_button = QPushButton(tr("Send EHF-purringer"))
        self.ehf_button.setObjectName("send_ehf_reminders")
        self.ehf_button.setToolTip(tr("Purringer til organisasjoner på EHF skrives som EHF-purring til utboksen "
                                      "og lastes opp med SFTP (Innstillinger › Kanaler)"))
        self.ehf_button.clicked.connect(self.send_ehf)
        self.ehf_pending: list[int] = []
        self.ehf_states: dict[int, str] = {}
        self.ehf_numbers: set[int] = set()
        self.model = RowsModel(["Nr.", "Type", "Dato", "Frist", "Kundenr.", "Navn", "Gebyr", "Renter", "Sum",
                                "Sendt"], self._cell, right=(0, 4, 6, 7, 8), translate=tr)
        # Enter shows the chosen reminder as issued; the context menu has it and the print batch
        self.table = rows_table(self.model, on_open=self.preview_reminder)
        kit_of(self.table).add_action(tr("Forhåndsvis valgt purring …"), self.preview_reminder)
        #: what the empty table says once the list is read
        self.none_text = tr("Ingen purringer ennå. «Ny purrekjøring …» lager purringer for fakturaer som er forfalt.")
        self.empty_hint = EmptyHint(self.table, empty=self.none_text)
        #: the list, read on the thread pool (the newest request wins)
        self.job = LatestJob(ctx, self, self._show, self._failed)
        buttons = QHBoxLayout()
        for b in (self.run_button, self.send_button, self.print_button, self.print_preview_button,
                  self.reminder_preview_button, self.ehf_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        v = QVBoxLayout(self)
        v.addLayout(buttons)
        v.addWidget(self.table)

    def _cell(self, r: runs.ReminderRow, col: int) -> str:
        sent = tr("e-post") if r.sent else (tr("utskrift") if r.needs_print else tr("ikke sendt"))
        if r.number in self.ehf_numbers:
            sent = self.ehf_states.get(r.number, tr("EHF (ikke sendt)"))
        return [str(r.number), stage_label(r.stage), day_text(r.issued_on), day_text(r.deadline),
                str(r.customer_number), r.name, plain_amount(r.fee_ore), plain_amount(r.interest_ore),
                plain_amount(r.total_ore), sent][col]

    @property
    def busy(self) -> bool:
        """The list is being read on the thread pool."""
        return self.job.busy

    def refresh(self) -> None:
        """Read the reminders and their EHF state on the thread pool: after a run of 22,000 letters at
        100,000 members the reads took 0.3 s of frozen window (issue 19). The rows shown stay until
        the new ones come; an empty table says «Henter …»."""
        store = self.ctx.store
        self.empty_hint.empty_text = tr("Henter …")
        self.empty_hint.update_hint()

        def work() -> _Issued:
            with collection_paused(), store.session() as session:
                rows = runs.list_reminders(session)
                numbers = routing.by_ehf(session, [r.number for r in rows])
                return _Issued(rows, numbers,
                               ehf_reminder_service.reminder_delivery_states(session, sorted(numbers)),
                               ehf_reminder_service.ehf_reminder_numbers(session))

        self.job.start(work)

    def _show(self, found: _Issued) -> None:
        self.ehf_numbers, self.ehf_states, self.ehf_pending = found.ehf_numbers, found.ehf_states, found.ehf_pending
        self.empty_hint.empty_text = self.none_text
        self.model.set_rows(found.rows)
        self.empty_hint.update_hint()
        self.ehf_button.setText(tr("Send EHF-purringer ({n})").format(n=len(self.ehf_pending)))
        self.ehf_button.setEnabled(bool(self.ehf_pending))

    def _failed(self, exc: BaseException) -> None:
        self.empty_hint.empty_text = self.none_text
        self.empty_hint.update_hint()
        self.message.error(exc)

    def open_run_wizard(self) -> None:
        self.dialog = RunWizard(self.ctx, self, self.message)
        self.dialog.open()

    def send_unsent(self) -> None:
        store = self.ctx.store
        dlg = self.progress = progress_dialog(self, tr("Sender purringer …"), tr("Avbryt"))

        def work(progress: Callable[[int, int], None], is_cancelled: Callable[[], bool]) -> email.SendReport:
            return email.send_reminders(store.session, progress=progress, is_cancelled=is_cancelled)

        def done(report: email.SendReport) -> None:
            self.message.setText(tr("Sendt {s} purringer; {f} feilet; {n} uten e-post (skrives ut).").format(
                s=len(report.sent), f=len(report.failed), n=len(report.skipped_no_email)))
            self.ctx.notify_changed("reminders")

        run_with_progress(self.ctx, dlg, work, done, self.message.error, owner=self)

    def send_ehf(self) -> None:
        """Write the EHF reminders not yet written to the outbox and upload them, off the GUI thread."""
        from ...core.channels import (
            delivery,  # netsgiro and SFTP: imported when EHF is sent, not with the page
        )

        store = self.ctx.store
        outbox = delivery.default_outbox(store.path)

        def work(_progress: Any, _cancelled: Any) -> ehf_reminder_service.ReminderDeliveryReport:
            with store.session() as session:
                return ehf_reminder_service.deliver_reminders(session, outbox, store_id=store.store_id)

        def done(report: ehf_reminder_service.ReminderDeliveryReport) -> None:
            self.message.setText(report.text() + "\n" + tr("Utboks: {0}").format(outbox))
            self.ctx.notify_changed("reminders")

        def failed(exc: BaseException) -> None:
            self.ehf_button.setEnabled(True)
            self.message.error(exc)

        self.ehf_button.setEnabled(False)
        self.message.setText(tr("Sender EHF-purringer …"))
        self.ehf_worker = self.ctx.run_in_background(work, done, failed, owner=self)

    def export_print(self, path: str | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getSaveFileName(self, tr("PDF for utskrift"), "purringer-til-utskrift.pdf", "PDF (*.pdf)")
        if not path:
            return
        try:
            with self.ctx.store.session() as session:
                count = email.export_for_print(session, Path(path))
        except UserError as exc:
            self.message.error(exc)
            return
        self.message.setText(tr("{n} purringer skrevet til {p}.").format(n=count, p=path))

    def preview_reminder(self) -> PdfPreviewDialog | None:
        """The selected reminder as issued (the archived letter) in the preview."""
        row = selected_row(self.table, self.model)
        if row is None:
            self.message.setText(tr("Velg en purring i listen."))
            return None
        try:
            with self.ctx.store.session() as session:
                data = issued.reminder_pdf(session, row.number)
        except UserError as exc:
            self.message.error(exc)
            return None
        self.preview = PdfPreviewDialog(data, title=tr("Purring nr. {n} – {m}").format(n=row.number, m=row.name),
                                        file_name=f"purring-{row.number}.pdf", parent=self)
        self.preview.show()
        return self.preview

    def preview_print(self) -> PdfPreviewDialog | None:
        """The reminders marked for print (as issued) in the preview, to print with Ctrl+P."""
        return self._preview(email.export_for_print, "purringer-til-utskrift.pdf", tr("Purringer til utskrift"))
