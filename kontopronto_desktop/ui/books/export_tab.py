"""Eksport: period, format and file; runs off the GUI thread with progress; earlier exports listed."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.books import exports
from ..context import AppContext
from ..widgets.date_edit import format_date
from ..widgets.table_rows import RowsModel, rows_table
from .base import BooksTab, date_edit, to_date, tr

FORMATS = [("saft", "SAF-T Financial 1.30 (XML)", "xml"), ("journal", "Bilagsjournal (CSV)", "csv"),
           ("subledger", "Hele reskontroen (ZIP)", "zip")]


class ExportTab(BooksTab):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        today = date.today()
        self.date_from = date_edit(date(today.year, 1, 1))
        self.date_to = date_edit(date(today.year, 12, 31))
        self.format = QComboBox()
        for key, label, _ext in FORMATS:
            self.format.addItem(tr(label), key)
        self.format.currentIndexChanged.connect(self._format_changed)
        self.file = QLineEdit()
        self.browse = QPushButton(tr("Velg fil …"))
        self.browse.clicked.connect(self.choose_file)
        self.export_button = QPushButton(tr("Eksporter"))
        self.export_button.clicked.connect(self.export_clicked)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.progress: QProgressDialog | None = None
        self.last_result: Any = None
        #: replaceable in tests (no native file dialog)
        self.ask_file: Callable[[str], str] = self._ask_file
        file_row = QHBoxLayout()
        file_row.addWidget(self.file, 1)
        file_row.addWidget(self.browse)
        form = QFormLayout()
        form.addRow(tr("Fra dato"), self.date_from)
        form.addRow(tr("Til dato"), self.date_to)
        form.addRow(tr("Format"), self.format)
        form.addRow(tr("Fil"), file_row)
        form.addRow("", self.export_button)
        self.history_model = RowsModel(["Format", "Fra", "Til", "Bilag", "Eksportert", "Av", "Fil"],
                                       lambda e, c: (e.format, format_date(e.date_from), format_date(e.date_to),
                                                     str(e.count), format_date(e.exported_at),
                                                     e.actor, e.file_name)[c], translate=tr)
        self.history = rows_table(self.history_model, "books.export.history")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.result)
        layout.addWidget(QLabel(tr("Tidligere eksporter")))
        layout.addWidget(self.history, 1)
        self.stale_refresh = self.read_when_seen(self.refresh)
        ctx.changed.connect(lambda what: self.stale_refresh() if what == "books" else None)

    def _format_changed(self) -> None:
        """The sub-ledger ZIP holds everything; the period applies to SAF-T and the journal."""
        dated = self.format.currentData() != "subledger"
        self.date_from.setEnabled(dated)
        self.date_to.setEnabled(dated)

    def refresh(self) -> None:
        with self.ctx.store.session() as session:
            self.history_model.set_rows(exports.list_exports(session))
        self.history.resizeColumnsToContents()

    def _ask_file(self, suggestion: str) -> str:
        name, _ = QFileDialog.getSaveFileName(self, tr("Lagre eksport"), suggestion)
        return name

    def choose_file(self) -> None:
        ext = next(e for k, _l, e in FORMATS if k == self.format.currentData())
        chosen = self.ask_file(str(Path.home() / f"regnskap-{to_date(self.date_from.date()):%Y%m%d}.{ext}"))
        if chosen:
            self.file.setText(chosen)

    def export_clicked(self) -> None:
        if not self.file.text().strip():
            self.choose_file()
        if not self.file.text().strip():
            return
        fmt = self.format.currentData()
        start, end, path = to_date(self.date_from.date()), to_date(self.date_to.date()), Path(self.file.text())
        store = self.ctx.store

        def work(progress: Callable[[int, int], None], _cancelled: Callable[[], bool]) -> Any:
            # the writers (lxml, openpyxl, zip) are imported when first used, not when Regnskap opens
            from ...core.books import journal, saft_export, subledger

            with store.session() as session:
                if fmt == "saft":
                    return saft_export.export_saft(session, start, end, path, progress)
                if fmt == "journal":
                    return journal.export_journal(session, start, end, path)
                return subledger.export_subledger(session, path)

        self.export_button.setEnabled(False)
        self.progress = QProgressDialog(tr("Eksporterer …"), "", 0, 0, self)
        self.progress.setCancelButton(None)  # type: ignore[arg-type]
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(600)
        QTimer.singleShot(0, lambda: self.progress.setValue(0) if self.progress else None)
        self.ctx.run_in_background(work, self._done, self._failed, self._progressed, owner=self)

    def _progressed(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress.setMaximum(total)
            self.progress.setValue(done)

    def _finish(self) -> None:
        self.export_button.setEnabled(True)
        if self.progress is not None:
            self.progress.close()
            self.progress = None

    def _done(self, result: Any) -> None:
        self._finish()
        self.last_result = result
        if isinstance(result, exports.ExportResult):
            self.result.setText(result.text())
        else:
            self.result.setText(tr("Reskontroen er skrevet til {p}.").format(p=result))
        self.refresh()  # the export just made, in the list under it
        self.ctx.notify_changed("books")

    def _failed(self, exc: BaseException) -> None:
        self._finish()
        message = getattr(exc, "message", None)
        self.show_error(message if isinstance(message, str) else str(exc))
