"""Konsern, Import tab: the trial-balance import wizard (SAF-T, CSV or Excel with a column mapping),
run off the GUI thread, cancellable, with its warnings shown."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.consolidation import groups, imports, trial_balance_files
from ...core.consolidation.imports import NeedsConfirmation
from ...core.consolidation.parsed import ImportCancelled, ParsedTrialBalance
from ...core.errors import UserError
from ..context import AppContext, Worker
from ..widgets.empty_hint import EmptyHint
from ..widgets.plain_table import PlainTableModel, table_view
from .base import GroupState, GroupTab


def tr(text: str) -> str:
    return QCoreApplication.translate("GroupPage", text)


class ImportTab(GroupTab):
    """The Import tab of the Konsern page."""

    def __init__(self, ctx: AppContext, state: GroupState) -> None:
        super().__init__(ctx, state)
        self.last_import: imports.ImportResult | None = None
        self.pending_file: Path | None = None
        self.pending_table: trial_balance_files.Table | None = None
        self.choose_file_button = QPushButton(tr("Velg fil (SAF-T, CSV eller Excel) …"))
        self.choose_file_button.clicked.connect(lambda: self.choose_file())
        self.file_label = QLabel(tr("Ingen fil valgt."))
        self.import_company = QComboBox()
        self.validate_check = QCheckBox(tr("Kontroller SAF-T mot XSD-skjemaet"))
        self.validate_check.setChecked(True)
        self.column_combos: dict[str, QComboBox] = {}
        columns = QFormLayout()
        for field_name, label in trial_balance_files.FIELD_LABELS.items():
            combo = QComboBox()
            self.column_combos[field_name] = combo
            columns.addRow(tr(label), combo)
        self.columns_box = QWidget()
        self.columns_box.setLayout(columns)
        self.columns_box.setVisible(False)
        self.preview_model = PlainTableModel([])
        self.preview_view = table_view(self.preview_model)
        self.preview_hint = EmptyHint(self.preview_view, empty=tr(
            "Velg selskap og fil med «Velg fil (SAF-T, CSV eller Excel) …». For CSV og Excel vises de første "
            "radene her, så du kan velge kolonnene før du trykker «Importer»."))
        self.import_button = QPushButton(tr("Importer"))
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.run_import)
        self.cancel_import_button = QPushButton(tr("Avbryt importen"))
        self.cancel_import_button.setEnabled(False)
        self.cancel_import_button.clicked.connect(self.cancel_import)
        self.import_worker: Worker | None = None
        self.import_warnings = QListWidget()
        self.import_status = QLabel()
        self.import_status.setWordWrap(True)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(self.choose_file_button)
        row.addWidget(self.file_label, 1)
        layout.addLayout(row)
        form = QFormLayout()
        form.addRow(tr("Selskap (for CSV/Excel)"), self.import_company)
        form.addRow("", self.validate_check)
        layout.addLayout(form)
        layout.addWidget(QLabel(tr("Kolonner (CSV/Excel):")))
        layout.addWidget(self.columns_box)
        layout.addWidget(self.preview_view, 1)
        import_buttons = QHBoxLayout()
        import_buttons.addWidget(self.import_button, 1)
        import_buttons.addWidget(self.cancel_import_button)
        layout.addLayout(import_buttons)
        layout.addWidget(self.import_status)
        layout.addWidget(QLabel(tr("Advarsler fra importen:")))
        layout.addWidget(self.import_warnings, 1)
        state.changed.connect(self.refresh)

    def refresh(self) -> None:
        """The companies of the chosen group to import for."""
        gid = self.group_id()
        views: list[groups.CompanyView] = []
        if gid is not None:
            with self.ctx.store.session() as s:
                views = groups.company_views(groups.get_group(s, gid))
        current = self.import_company.currentData()
        self.import_company.clear()
        self.import_company.addItem(tr("(fra filen)"), None)
        for v in views:
            self.import_company.addItem(f"{v.name} ({v.orgnr})", v.orgnr)
        if current is not None and self.import_company.findData(current) >= 0:
            self.import_company.setCurrentIndex(self.import_company.findData(current))

    def choose_file(self, path: str | None = None) -> None:
        """Step 1 of the wizard: a SAF-T file goes straight on; CSV/Excel shows the column mapping."""
        if not path:
            path, _ = QFileDialog.getOpenFileName(self, tr("Velg saldobalanse"), "",
                                                  tr("Saldobalanse (*.xml *.csv *.txt *.xlsx)"))
            if not path:
                return
        self.pending_file = Path(path)
        self.file_label.setText(self.pending_file.name)
        self.import_warnings.clear()
        self.import_status.clear()
        self.pending_table = None
        is_saft = self.pending_file.suffix.lower() == ".xml"
        self.columns_box.setVisible(not is_saft)
        if not is_saft:
            try:
                table = trial_balance_files.load_table(self.pending_file)
            except UserError as exc:
                self._error(exc)
                self.import_button.setEnabled(False)
                return
            self.pending_table = table
            guess = trial_balance_files.guess_columns(table.headers)
            for field_name, combo in self.column_combos.items():
                combo.clear()
                combo.addItem(tr("(ingen)"), None)
                for i, header in enumerate(table.headers):
                    combo.addItem(header, i)
                index = guess.columns.get(field_name)
                combo.setCurrentIndex(0 if index is None else index + 1)
            self.preview_model.set_headers(table.headers, ())
            self.preview_model.set_rows([r + [""] * (len(table.headers) - len(r)) for r in table.rows[:50]])
        else:
            self.preview_model.set_headers([], ())
            self.preview_model.set_rows([])
        self.import_button.setEnabled(True)

    def column_mapping(self) -> trial_balance_files.ColumnMapping:
        return trial_balance_files.ColumnMapping(
            {f: int(c.currentData()) for f, c in self.column_combos.items() if c.currentData() is not None})

    def run_import(self, replace: bool = False, add_company: bool = False) -> None:
        """Step 2: read and store in the background; ask before replacing or adding a company."""
        gid, path = self.group_id(), self.pending_file
        if gid is None or path is None:
            self.say(tr("Velg konsern og fil først."))
            return
        store, year, orgnr = self.ctx.store, self.year, self.import_company.currentData()
        table, columns, validate = self.pending_table, self.column_mapping(), self.validate_check.isChecked()
        self.import_button.setEnabled(False)
        self.import_status.setText(tr("Leser {f} …").format(f=path.name))

        def work(progress: Callable[[int, int], None], is_cancelled: Callable[[], bool]) -> Any:
            parsed: ParsedTrialBalance
            if table is not None:
                parsed = trial_balance_files.read_table(table, columns, path.name)
            else:
                parsed = imports.read_file(path, validate=validate, progress=lambda n: progress(n, 0),
                                           is_cancelled=is_cancelled)
            try:
                with store.session() as s:  # a cancel raises inside: the transaction rolls back
                    return imports.import_trial_balance(
                        s, groups.get_group(s, gid), parsed, year=None if table is None and parsed.year else year,
                        company_orgnr=orgnr, replace=replace, add_company=add_company, is_cancelled=is_cancelled)
            except NeedsConfirmation as exc:
                return exc

        def done(result: Any) -> None:
            self._import_finished()
            if isinstance(result, NeedsConfirmation):
                if self.confirm(result.message):
                    self.run_import(replace=replace or result.reason == "replace",
                                    add_company=add_company or result.reason == "unknown_company")
                else:
                    self.import_status.setText(tr("Ikke importert."))
                return
            self.last_import = result
            self.import_warnings.clear()
            self.import_warnings.addItems(result.warnings or [tr("Ingen advarsler.")])
            self.import_status.setText(tr(
                "Importerte {a} kontoer for {n} ({o}) {y}, versjon {v}. {p} nye tilordningsforslag.").format(
                a=result.accounts, n=result.company_name, o=result.company_orgnr, y=result.year,
                v=result.version, p=result.proposed_mappings))
            self.ctx.notify_changed("group")

        def failed(exc: BaseException) -> None:
            self._import_finished()
            self.import_status.setText(exc.message if isinstance(exc, UserError) else str(exc))
            if not isinstance(exc, ImportCancelled):
                self._error(exc, "Import")

        def report_progress(lines: int, _total: int) -> None:
            self.import_status.setText(tr("Leser {f} … {n} bilagslinjer").format(f=path.name, n=f"{lines:,}"))

        self.import_worker = self.ctx.run_in_background(work, done, failed, report_progress, owner=self)
        self.cancel_import_button.setEnabled(True)

    def cancel_import(self) -> None:
        """Ask the running import to stop; the worker stops at its next check and rolls back."""
        if self.import_worker is not None:
            self.import_worker.cancel()
            self.cancel_import_button.setEnabled(False)
            self.import_status.setText(tr("Avbryter importen …"))

    def _import_finished(self) -> None:
        self.import_worker = None
        self.import_button.setEnabled(True)
        self.cancel_import_button.setEnabled(False)
