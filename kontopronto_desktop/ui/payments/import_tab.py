"""Innlesing og kø tab of the Innbetalinger page: a bank file in (dropped or picked, CSV columns
chosen in CsvMappingDialog), imported off the GUI thread with a cancellable progress dialog, the
summary, and the queue of unmatched payments with ranked suggestions (accept, pick, split, credit).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import UserError
from ...core.payments import bulk, csv_bank, importing, matching, views
from ...core.payments.bankfile import detect_format
from ..context import AppContext
from ..widgets.empty_hint import EmptyHint
from ..widgets.gc_pause import collection_paused
from ..widgets.latest_job import LatestJob
from ..widgets.member_picker import ChooseMemberDialog
from ..widgets.money import money, plain_amount
from ..widgets.table_rows import RowsModel, rows_table, selected_row
from .base import PaymentsTab, day_text
from .bulk import BulkAcceptBar
from .dialogs import PickInvoiceDialog, SplitDialog


def tr(text: str) -> str:
    return QCoreApplication.translate("PaymentsPage", text)


def _queue_cell(q: matching.QueueItem, col: int) -> str:
    p = q.payment
    best = q.suggestions[0] if q.suggestions else None
    return [str(p.id), day_text(p.booked_on), plain_amount(p.amount_ore), p.kid, p.payer_name, p.text,
            tr("Faktura {n} – {name}").format(n=best.invoice_number, name=best.name) if best else ""][col]


def _count(n: int) -> str:
    return f"{n:,}".replace(",", "\u00a0")


def queue_text(total: int, total_ore: int, shown: int) -> str:
    """«1 innbetaling er ikke matchet (450,00 kr).», and when only the oldest are read, how many."""
    text = (tr("1 innbetaling er ikke matchet ({t}).") if total == 1 else
            tr("{n} innbetalinger er ikke matchet ({t}).")).format(n=_count(total), t=money(total_ore))
    if shown < total:
        text += " " + tr("De {shown} eldste vises med forslag; «Vis flere» leser de neste.").format(
            shown=_count(shown))
    return text


def _suggestion_cell(s: matching.Suggestion, col: int) -> str:
    return [str(s.invoice_number), str(s.customer_number), s.name, plain_amount(s.remaining_ore), str(s.score),
            ", ".join(s.reasons)][col]


class _QueueFound(NamedTuple):
    queue: list[matching.QueueItem]
    sure: bulk.BulkPreview
    total: tuple[int, int]  # unmatched payments in all and their sum in øre
    limit: int  # how many of the oldest were read


class ImportQueueTab(PaymentsTab):
    """The import and queue tab's widgets and actions."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.importing = False
        self.progress: QProgressDialog | None = None
        self.last_summary: importing.ImportSummary | None = None
        # replaceable in tests (no native dialogs)
        self.choose_file: Callable[[], str] = lambda: QFileDialog.getOpenFileName(
            self, tr("Velg bankfil"), "", tr("Bankfiler (*.txt *.ocr *.xml *.csv);;Alle filer (*)"))[0]
        self.ask_customer: Callable[[], int | None] = self._ask_customer
        self.drop_label = QLabel(tr("Slipp en bankfil her (OCR-fil, camt.053/camt.054 eller CSV), eller"))
        self.drop_label.setStyleSheet("QLabel { border: 2px dashed #8a94a6; padding: 14px; color: #44506a; }")
        self.pick_button = QPushButton(tr("Velg fil …"))
        self.pick_button.clicked.connect(self.pick_file)
        self.summary = QLabel(tr("Ingen fil lest inn ennå."))
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.queue_model = RowsModel(("Id", "Dato", "Beløp", "KID", "Betaler", "Tekst", "Beste forslag"),
                                     _queue_cell, (0, 2), translate=tr)
        self.queue = rows_table(self.queue_model, "payments.import.queue")
        #: a payment to choose once the queue is read (select_queued while the queue job runs)
        self.wanted_payment: int | None = None
        self.queue.selectionModel().selectionChanged.connect(self._queue_selected)
        self.queue_hint = EmptyHint(self.queue, empty=tr(
            "Ingen innbetalinger venter på matching. Les inn en bankfil med «Velg fil …»; det som ikke "
            "matches av seg selv, havner her."))
        self.queue_label = QLabel()
        self.queue_label.setWordWrap(True)
        #: how many of the oldest unmatched payments the queue reads with their suggestions
        self.queue_limit = matching.QUEUE_PAGE
        #: unmatched payments in all, and their sum (the queue may show only the oldest)
        self.queue_total = (0, 0)
        self.more_button = QPushButton(tr("Vis flere"))
        self.more_button.setToolTip(tr("Les de neste innbetalingene i køen, med forslag"))
        self.more_button.clicked.connect(self.show_more)
        self.more_button.hide()
        self.suggestion_model = RowsModel(("Faktura", "Kundenr.", "Navn", "Gjenstår", "Poeng", "Hvorfor"),
                                          _suggestion_cell, (0, 1, 3, 4), translate=tr)
        self.suggestions = rows_table(self.suggestion_model, "payments.import.suggestions")
        self.suggestions.doubleClicked.connect(lambda _i: self.accept_suggestion())
        self.accept_button = QPushButton(tr("Godta forslag"))
        self.pick_invoice_button = QPushButton(tr("Velg faktura …"))
        self.split_button = QPushButton(tr("Del på flere …"))
        self.credit_button = QPushButton(tr("La stå som kreditt …"))
        self.accept_button.clicked.connect(self.accept_suggestion)
        self.pick_invoice_button.clicked.connect(self.open_pick)
        self.split_button.clicked.connect(self.open_split)
        self.credit_button.clicked.connect(self.leave_as_credit)

        drop = QHBoxLayout()
        drop.addWidget(self.drop_label, 1)
        drop.addWidget(self.pick_button)
        actions = QHBoxLayout()
        for b in (self.accept_button, self.pick_invoice_button, self.split_button, self.credit_button):
            actions.addWidget(b)
            b.setEnabled(False)
        actions.addStretch()
        lower = QWidget()
        lv = QVBoxLayout(lower)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(QLabel(tr("Forslag for valgt innbetaling:")))
        lv.addWidget(self.suggestions)
        lv.addLayout(actions)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.queue)
        split.addWidget(lower)
        self.bulk_bar = BulkAcceptBar(self.ctx, self.can_write)  # «Godta alle sikre forslag» and its undo
        self.queue_job = LatestJob(ctx, self, self._show_queue, self._queue_failed)
        v = QVBoxLayout(self)
        v.addLayout(drop)
        v.addWidget(self.summary)
        counts = QHBoxLayout()
        counts.addWidget(self.queue_label, 1)
        counts.addWidget(self.more_button)
        v.addLayout(counts)
        v.addWidget(self.bulk_bar)
        v.addWidget(split, 1)
        self.pick_button.setEnabled(self.can_write)
        if not self.can_write:
            self.drop_label.setText(tr("Rollen din kan ikke bokføre innbetalinger."))
        self.refresh()

    def refresh(self) -> None:
        self.refresh_queue()

    def refresh_queue(self) -> None:
        """The queue and its suggestions on the thread pool with a busy line: the suggestions need an
        index of every open invoice (1–2 s at 100 000 invoices, issue 19); a newer refresh
        supersedes an older one still running. The job runs with Python's automatic garbage
        collection paused: the index's tens of thousands of objects triggered a full collection
        that froze the window for 0.1–0.3 s (``widgets/gc_pause``)."""
        store = self.ctx.store
        limit, wanted = self.queue_limit, self.wanted_payment
        self.queue_label.setText(tr("Henter køen og forslagene …"))
        self.more_button.setEnabled(False)

        def work() -> _QueueFound:
            with collection_paused(), store.session() as session:
                at = matching.queue_position(session, wanted) if wanted is not None else None
                read = max(limit, (at // matching.QUEUE_PAGE + 1) * matching.QUEUE_PAGE) if at is not None else limit
                queue, sure = bulk.queue_and_sure(session, read)  # one index and one ranking for both
                return _QueueFound(queue, sure, matching.unmatched_total(session), read)

        self.queue_job.start(work)

    def show_more(self) -> None:
        """«Vis flere»: the queue read again with the next ``QUEUE_PAGE`` payments as well."""
        self.queue_limit += matching.QUEUE_PAGE
        self.refresh_queue()

    def _show_queue(self, found: _QueueFound) -> None:
        queue, sure, self.queue_total, self.queue_limit = found
        self.bulk_bar.show_found(sure)
        chosen = self.selected_queue_item()
        wanted, self.wanted_payment = self.wanted_payment, None
        self.queue_model.set_rows(queue)
        count, total = self.queue_total
        self.queue_label.setText(queue_text(count, total, len(queue)))
        self.more_button.setVisible(len(queue) < count)
        self.more_button.setEnabled(True)
        keep = wanted if wanted is not None else chosen.payment.id if chosen is not None else None
        if keep is not None:  # the payment asked for, or chosen before, stays chosen while it is in the queue
            row = next((i for i, q in enumerate(queue) if q.payment.id == keep), -1)
            if row >= 0:
                self.queue.selectRow(row)
                self.queue.scrollTo(self.queue_model.index(row, 0))
        self._queue_selected()

    def select_queued(self, payment_id: int) -> None:
        """Choose one payment in the queue: now if the queue shown has it, else when the queue is read
        (far enough to include it, when it is past the oldest shown)."""
        row = next((i for i, q in enumerate(self.queue_model.rows) if q.payment.id == payment_id), -1)
        if row >= 0 and not self.queue_job.busy:
            self.queue.selectRow(row)
            self.queue.scrollTo(self.queue_model.index(row, 0))
            return
        self.wanted_payment = payment_id
        if row < 0 or not self.queue_job.busy:
            self.refresh_queue()

    def _queue_failed(self, exc: BaseException) -> None:
        self.queue_label.setText(exc.message if isinstance(exc, UserError) else tr("Uventet feil: ") + str(exc))

    # --- import -----------------------------------------------------------------------------------

    def pick_file(self) -> None:
        name = self.choose_file()
        if name:
            self.import_file(Path(name))

    def import_file(self, path: Path) -> None:
        """Check the file (asking for the columns of a CSV first) and import it off the GUI thread.

        The file is read from disk as it goes, never held whole in memory (issue 12 item 4)."""
        try:
            with importing.open_bank_file(path) as handle:
                fmt = detect_format(handle)
                headers = csv_bank.read_headers(handle) if fmt == "csv" else []
        except UserError as exc:
            self.show_error(exc.message)
            return
        except OSError as exc:
            self.show_error(tr("Kunne ikke lese {f}: {e}").format(f=path.name, e=exc.strerror or exc))
            return
        if fmt == "csv":
            dialog = CsvMappingDialog(headers, self)
            self.dialog = dialog
            dialog.accepted.connect(lambda: self._start_import(path, "csv", dialog.mapping()))
            dialog.open()
            return
        self._start_import(path, None, None)

    def _start_import(self, path: Path, fmt: str | None, mapping: csv_bank.CsvMapping | None) -> None:
        """Import off the GUI thread; a progress dialog with Avbryt appears only if it takes over ~600 ms."""
        name = path.name
        store = self.ctx.store
        self.importing = True
        self.summary.setText(tr("Leser {f} …").format(f=name))
        self.pick_button.setEnabled(False)
        dlg = QProgressDialog(tr("Leser inn {f} …").format(f=name), tr("Avbryt"), 0, 0, self)
        dlg.setWindowModality(Qt.WindowModality.WindowModal)
        dlg.setMinimumDuration(600)  # no flashing dialog for short work
        dlg.setAutoClose(False)
        dlg.setAutoReset(False)
        self.progress = dlg
        # QProgressDialog shows itself only when it estimates more than 600 ms left, and a first
        # setValue(0) after a long parse restarts its clock; so show it ourselves at 600 ms.
        QTimer.singleShot(600, lambda: dlg.show() if self.importing and self.progress is dlg else None)

        def work(progress: Callable[[int, int], None], is_cancelled: Callable[[], bool]) -> importing.ImportSummary:
            with store.session() as session:
                return importing.import_path(session, path, fmt, mapping, progress=progress,
                                             is_cancelled=is_cancelled)

        def finish() -> None:
            self.importing = False
            self.pick_button.setEnabled(self.can_write)
            dlg.close()

        def done(summary: importing.ImportSummary) -> None:
            finish()
            self.last_summary = summary
            self.summary.setText(summary.text())
            self.ctx.notify_changed("payments")

        def failed(exc: BaseException) -> None:
            finish()
            if isinstance(exc, importing.ImportCancelled):  # the user's own choice: no error dialog
                self.summary.setText(exc.message)
                return
            self.summary.setText(tr("Ingenting er bokført fra {f}.").format(f=name))
            self.show_error(exc.message if isinstance(exc, UserError) else tr("Uventet feil: ") + str(exc))

        def on_progress(done_steps: int, total: int) -> None:
            dlg.setMaximum(max(total, 1))
            dlg.setValue(min(done_steps, max(total, 1)))

        self.worker = self.ctx.run_in_background(work, done, failed, on_progress, owner=self)
        dlg.canceled.connect(self.worker.cancel)

    # --- queue actions ----------------------------------------------------------------------------

    def selected_queue_item(self) -> matching.QueueItem | None:
        item: matching.QueueItem | None = selected_row(self.queue, self.queue_model)
        return item

    def _queue_selected(self, *_: object) -> None:
        item = self.selected_queue_item()
        self.suggestion_model.set_rows(item.suggestions if item else [])
        if item and item.suggestions:
            self.suggestions.selectRow(0)
        for b in (self.pick_invoice_button, self.split_button, self.credit_button):
            b.setEnabled(bool(item) and self.can_write)
        self.accept_button.setEnabled(bool(item and item.suggestions) and self.can_write)

    def accept_suggestion(self) -> views.PaymentView | None:
        item = self.selected_queue_item()
        if item is None or not item.suggestions:
            return None
        chosen: matching.Suggestion = selected_row(self.suggestions, self.suggestion_model) or item.suggestions[0]
        result: views.PaymentView | None = self._write(
            lambda s: matching.accept_suggestion(s, item.payment.id, chosen.invoice_number))
        return result

    def open_pick(self) -> None:
        item = self.selected_queue_item()
        if item is None:
            return
        self.dialog = PickInvoiceDialog(self, item.payment)
        self.dialog.open()

    def open_split(self) -> None:
        item = self.selected_queue_item()
        if item is None:
            return
        self.dialog = SplitDialog(self, item.payment)
        self.dialog.open()

    def leave_as_credit(self) -> views.PaymentView | None:
        item = self.selected_queue_item()
        if item is None:
            return None
        customer = self.ask_customer()
        if customer is None:
            return None
        result: views.PaymentView | None = self._write(
            lambda s: matching.leave_as_credit(s, item.payment.id, customer))
        return result

    def _ask_customer(self) -> int | None:
        """Whose account the payment goes to: chosen by name, number, e-mail or phone; the button that
        places it names the member («Sett 450,00 kr på kontoen til Kari Nordmann»)."""
        item = self.selected_queue_item()
        amount = money(item.payment.unallocated_ore) if item is not None else ""
        dialog = ChooseMemberDialog(self.ctx, tr("La stå som kreditt"),
                                    tr("Hvilket medlem skal ha beløpet på konto? Søk på navn, kundenr., e-post "
                                       "eller telefon."),
                                    tr("Sett {a} på kontoen til {m}").replace("{a}", amount).replace("{m}", "{0}"),
                                    self)
        self.dialog = dialog
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.customer_number()


class CsvMappingDialog(QDialog):
    """Which column of the bank's CSV is the date, the amount, the text, the KID ..."""

    FIELDS = (("date", "Dato"), ("amount", "Beløp inn"), ("text", "Tekst"), ("kid", "KID"),
              ("reference", "Arkivreferanse"), ("payer", "Betaler"))

    def __init__(self, headers: list[str], parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Kolonner i CSV-filen"))
        guess = csv_bank.guess_mapping(headers)
        self.combos: dict[str, QComboBox] = {}
        form = QFormLayout()
        for key, label in self.FIELDS:
            combo = QComboBox()
            combo.addItem(tr("(ingen)"), "")
            for h in headers:
                combo.addItem(h, h)
            if key in guess:
                combo.setCurrentIndex(combo.findData(guess[key]))
            self.combos[key] = combo
            form.addRow(tr(label), combo)
        self.error = QLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Les inn"))
        self.buttons.accepted.connect(self._ok)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("Velg hvilke kolonner som er hva. Dato og beløp må være med.")))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def mapping(self) -> csv_bank.CsvMapping:
        return csv_bank.CsvMapping(**{k: c.currentData() or "" for k, c in self.combos.items()})

    def _ok(self) -> None:
        if not self.combos["date"].currentData() or not self.combos["amount"].currentData():
            self.error.setText(tr("Velg kolonnene for dato og beløp."))
            return
        self.accept()


