"""Purring › Til inkasso: claims still unpaid after the deadline of their inkassovarsel, exported
as CSV for a collection agency and marked handed over (no more reminders; payments are still
booked). Through core.collection.handover.

The list is read on the thread pool (widgets/latest_job.py): the table says «Henter …» until the
rows come, and «Eksporter» waits for them. It read every overdue claim on the GUI thread (1.2 s
at 100 000 invoices the first time the tab was chosen); the core now reads only the claims
through the plan, but a file with thousands of them still takes a while."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton, QVBoxLayout

from ...core.collection import handover
from ..context import AppContext
from ..widgets.empty_hint import EmptyHint
from ..widgets.gc_pause import collection_paused
from ..widgets.latest_job import LatestJob
from ..widgets.money import plain_amount
from ..widgets.table_rows import RowsModel, rows_table
from .base import CollectionTab, MessageLine, day_text, tr


class HandoverTab(CollectionTab):
    """The hand-over list; it follows every reminder run and payment (AppContext.changed)."""

    def __init__(self, ctx: AppContext, message: MessageLine) -> None:
        super().__init__(ctx, message)
        self.handover_model = RowsModel(["Faktura", "Kundenr.", "Navn", "Forfall", "Hovedstol", "Gebyr", "Renter",
                                         "Kompensasjon", "Åpent", "Frist"], self._cell,
                                        right=(0, 1, 4, 5, 6, 7, 8), translate=tr)
        self.handover_table = rows_table(self.handover_model)
        #: what the empty table says once the list is read
        self.none_text = tr("Ingen krav er klare for inkasso. Et krav kommer hit når siste frist i purreplanen er ute.")
        self.empty_hint = EmptyHint(self.handover_table, empty=self.none_text)
        #: the list, read on the thread pool (the newest request wins)
        self.job = LatestJob(ctx, self, self._show, self._failed)
        self.export_button = QPushButton(tr("Eksporter CSV og merk overlevert …"))
        self.export_button.clicked.connect(lambda: self.export_handover())
        v = QVBoxLayout(self)
        v.addWidget(QLabel(tr("Krav som er ubetalt etter fristen i inkassovarselet. Overleverte krav får ikke flere "
                              "purringer; innbetalinger føres fortsatt.")))
        v.addWidget(self.handover_table)
        v.addWidget(self.export_button)

    @staticmethod
    def _cell(row: handover.HandoverRow, col: int) -> str:
        c = row.claim
        return [str(c.number), str(c.customer_number), c.buyer_name, day_text(c.due), plain_amount(c.principal_ore),
                plain_amount(c.fees_ore), plain_amount(c.interest_ore), plain_amount(c.compensation_ore),
                plain_amount(c.open_ore), day_text(c.last_deadline)][col]

    @property
    def busy(self) -> bool:
        """The list is being read on the thread pool."""
        return self.job.busy

    def refresh(self) -> None:
        """Read the list on the thread pool; the rows shown stay until the new ones come (an empty
        table says «Henter …»), and the export waits for them."""
        store = self.ctx.store
        self.empty_hint.empty_text = tr("Henter …")
        self.empty_hint.update_hint()
        self.export_button.setEnabled(False)

        def work() -> list[handover.HandoverRow]:
            with collection_paused(), store.session() as session:
                return handover.handover_candidates(session)

        self.job.start(work)

    def _show(self, rows: list[handover.HandoverRow]) -> None:
        self.empty_hint.empty_text = self.none_text
        self.handover_model.set_rows(rows)
        self.empty_hint.update_hint()
        self.export_button.setEnabled(True)

    def _failed(self, exc: BaseException) -> None:
        self.empty_hint.empty_text = self.none_text
        self.empty_hint.update_hint()
        self.export_button.setEnabled(True)
        self.message.error(exc)

    def export_handover(self, path: str | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getSaveFileName(self, tr("Til inkasso"), "til-inkasso.csv", "CSV (*.csv)")
        if not path:
            return
        target = Path(path)
        self._write(lambda s: handover.export_handover(s, target),
                    tr("Kravene er skrevet til {p} og merket overlevert til inkasso.").format(p=path))
