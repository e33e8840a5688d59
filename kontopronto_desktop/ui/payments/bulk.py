"""«Godta alle sikre forslag» in the queue tab: one button for every sure suggestion
(core.payments.bulk), a confirmation with count and sum, a summary, and «Angre» for the whole
batch until the next change to the payments.

A widget of its own: it talks to the rest of the page only through the AppContext signal.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from ...core.errors import UserError
from ...core.payments import bulk
from ..context import AppContext
from ..widgets.gc_pause import collection_paused
from ..widgets.latest_job import LatestJob
from ..widgets.money import money

#: how many of the matches the confirmation lists by name (the rest are counted)
LISTED = 15


def tr(text: str) -> str:
    return QCoreApplication.translate("PaymentsPage", text)


class BulkAcceptBar(QWidget):
    def __init__(self, ctx: AppContext, can_write: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.can_write = can_write
        self.preview = bulk.BulkPreview(())
        self.last_result: bulk.BulkResult | None = None
        self.box: QMessageBox | None = None
        self._own_change = False
        self.accept_all_button = QPushButton(tr("Godta alle sikre forslag"))
        self.accept_all_button.setToolTip(tr("Godtar hvert forslag der innbetalingen nevner én åpen faktura med "
                                             "nøyaktig samme beløp. Kan angres samlet."))
        self.accept_all_button.clicked.connect(self.ask_accept_all)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.undo_button = QPushButton(tr("Angre"))
        self.undo_button.setToolTip(tr("Angre hele den samlede godkjenningen"))
        self.undo_button.clicked.connect(self.undo_last)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.accept_all_button)
        layout.addWidget(self.result_label, 1)
        layout.addWidget(self.undo_button)
        self._show_undo(False)
        self.accept_all_button.setEnabled(False)
        #: «Godta» was clicked: the confirmation opens when the suggestions are found
        self._ask_when_found = False
        #: the accepted suggestions are being booked on the thread pool
        self.working = False
        self.job = LatestJob(ctx, self, self._show_preview, lambda exc: self.result_label.setText(str(exc)))
        ctx.changed.connect(self._on_changed)
        # the count arrives from the queue tab's refresh (show_found); a click finds them again itself

    def refresh(self) -> None:
        """Count the sure suggestions on the thread pool (they need the index of every open invoice)."""
        store = self.ctx.store

        def work() -> bulk.BulkPreview:
            with collection_paused(), store.session() as session:  # the index: no full collection (gc_pause)
                return bulk.sure_matches(session)

        self.job.start(work)

    def show_found(self, preview: bulk.BulkPreview) -> None:
        """The sure suggestions the queue tab found with its queue (``bulk.queue_and_sure``)."""
        self._show_preview(preview)

    def _show_preview(self, preview: bulk.BulkPreview) -> None:
        self.preview = preview
        n = preview.count
        self.accept_all_button.setEnabled(self.can_write and n > 0 and not self.working)
        self.accept_all_button.setText(tr("Godta alle sikre forslag ({n})").format(n=n) if n
                                       else tr("Godta alle sikre forslag"))
        if self._ask_when_found:
            self._ask_when_found = False
            self.result_label.clear()
            self._ask(preview)

    def _on_changed(self, what: str) -> None:
        if what not in ("payments", "invoices", "members"):
            return
        if self._own_change:
            self._own_change = False
        else:  # someone changed something since: undoing the batch as one is no longer offered here
            self.last_result = None
            self._show_undo(False)
            self.result_label.clear()
        # the count is refreshed by the queue tab with its queue (one computation for both)

    def _show_undo(self, visible: bool) -> None:
        self.undo_button.setVisible(visible)
        self.undo_button.setEnabled(visible and self.can_write)

    def _message(self, icon: QMessageBox.Icon, text: str) -> QMessageBox:
        box = QMessageBox(icon, tr("Innbetalinger"), text, QMessageBox.StandardButton.Ok, self)
        box.setObjectName("payments_bulk_message")
        self.box = box
        box.open()
        return box

    def ask_accept_all(self) -> None:
        """Find the sure suggestions again (the queue as it is now) on the thread pool with a busy line,
        then ask (``_ask``)."""
        self.box = None
        self._ask_when_found = True
        self.result_label.setText(tr("Ser etter sikre forslag …"))
        self.accept_all_button.setEnabled(False)
        self.refresh()

    def _ask(self, preview: bulk.BulkPreview) -> QMessageBox | None:
        """The confirmation (count, sum and the first matches); accepting it books them all."""
        if not preview.count:
            return None
        lines = [tr("Faktura {n} – {name}: {a}").format(n=i.invoice_number, name=i.name,
                                                          a=money(i.amount_ore))
                 for i in preview.items[:LISTED]]
        if preview.count > LISTED:
            lines.append(tr("… og {n} til").format(n=preview.count - LISTED))
        text = tr("Godta {n} sikre forslag, til sammen {t}?").format(n=preview.count,
                                                                      t=money(preview.total_ore))
        box = QMessageBox(QMessageBox.Icon.Question, tr("Godta alle sikre forslag"),
                          text + "\n\n" + "\n".join(lines),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setObjectName("payments_bulk_confirm")
        box.button(QMessageBox.StandardButton.Yes).setText(tr("Godta {n}").format(n=preview.count))
        box.button(QMessageBox.StandardButton.No).setText(tr("Avbryt"))
        key = preview.key
        box.accepted.connect(lambda: self.accept_all(key))
        self.box = box
        box.open()
        return box

    def accept_all(self, key: tuple[tuple[int, int, int], ...]) -> None:
        """Book what the user confirmed, or nothing (the core refuses if the queue changed since), in one
        transaction on the thread pool (it finds the suggestions again: seconds at 100 000 invoices)."""
        store = self.ctx.store
        self.working = True
        self.accept_all_button.setEnabled(False)
        self.result_label.setText(tr("Godtar forslagene …"))

        def work(_progress: object, _cancelled: object) -> bulk.BulkResult:
            with collection_paused(), store.session() as session:
                return bulk.accept_exact(session, key)

        def failed(exc: BaseException) -> None:
            self.working = False
            self.result_label.clear()
            self._message(QMessageBox.Icon.Warning, exc.message if isinstance(exc, UserError) else str(exc))
            self.refresh()

        self.ctx.run_in_background(work, self._accepted, failed, owner=self)  # type: ignore[arg-type]

    def _accepted(self, result: bulk.BulkResult) -> None:
        self.working = False
        self.last_result = result
        self.result_label.setText(tr("Godtok {n} forslag, til sammen {t}.").format(
            n=len(result.items), t=money(result.total_ore)))
        self._show_undo(True)
        self._own_change = True
        self.ctx.notify_changed("payments")

    def undo_last(self) -> bulk.UndoResult | None:
        result = self.last_result
        if result is None:
            return None
        try:
            with self.ctx.store.session() as session:
                undone = bulk.undo_bulk(session, result.operation_id)
        except UserError as exc:
            self._message(QMessageBox.Icon.Warning, exc.message)
            return None
        self.last_result = None
        self._show_undo(False)
        self.result_label.setText(tr("Angret: {n} innbetalinger ligger i køen igjen.").format(
            n=len(undone.payment_ids)))
        self._own_change = True
        self.ctx.notify_changed("payments")
        return undone
