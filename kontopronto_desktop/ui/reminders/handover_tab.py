"""Purring › Til inkasso: claims still unpaid after the deadline of their inkassovarsel, exported
as CSV for a collection agency and marked handed over (no more reminders; payments are still
booked). Through core.collection.handover."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton, QVBoxLayout

from ...core.collection import handover
from ...core.errors import UserError
from ..context import AppContext
from ..widgets.empty_hint import EmptyHint
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
        self.empty_hint = EmptyHint(self.handover_table, empty=tr(
            "Ingen krav er klare for inkasso. Et krav kommer hit når siste frist i purreplanen er ute."))
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

    def refresh(self) -> None:
        try:
            with self.ctx.store.session() as session:
                self.handover_model.set_rows(handover.handover_candidates(session))
        except UserError as exc:
            self.message.error(exc)

    def export_handover(self, path: str | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getSaveFileName(self, tr("Til inkasso"), "til-inkasso.csv", "CSV (*.csv)")
        if not path:
            return
        target = Path(path)
        self._write(lambda s: handover.export_handover(s, target),
                    tr("Kravene er skrevet til {p} og merket overlevert til inkasso.").format(p=path))
