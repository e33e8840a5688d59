"""Konsern: group tree, trial-balance import with its warnings, mapping editor, exchange rates,
eliminations with proposals to accept, and the consolidated statements with drill-down and export.

Every change goes through the core services in ``core.consolidation``; imports and the report
run off the GUI thread and come back as plain data.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.access import allowed
from ..core.consolidation import (
    chart,
    currency,
    deletion,
    eliminations,
    export,
    groups,
    imports,
    mapping,
    statements,
    trial_balance_files,
)
from ..core.consolidation.imports import NeedsConfirmation
from ..core.consolidation.parsed import ImportCancelled, ParsedTrialBalance
from ..core.errors import UserError
from ..core.money import format_nok, parse_amount
from ..core.privacy.policy import policy_value
from .context import AppContext, Worker

Index = QModelIndex | QPersistentModelIndex


def tr(text: str) -> str:
    return QCoreApplication.translate("GroupPage", text)


class PlainTableModel(QAbstractTableModel):
    """Rows of display strings plus a payload per row; right-aligned amount columns."""

    def __init__(self, headers: Sequence[str], numeric: Sequence[int] = ()) -> None:
        super().__init__()
        self.headers = list(headers)
        self.numeric = set(numeric)
        self.rows: list[list[str]] = []
        self.payload: list[Any] = []
        self.bold: set[int] = set()

    def set_rows(self, rows: list[list[str]], payload: list[Any] | None = None, bold: set[int] | None = None) -> None:
        self.beginResetModel()
        self.rows = rows
        self.payload = payload if payload is not None else [None] * len(rows)
        self.bold = bold or set()
        self.endResetModel()

    def set_headers(self, headers: Sequence[str], numeric: Sequence[int]) -> None:
        self.beginResetModel()
        self.headers, self.numeric = list(headers), set(numeric)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and index.row() in self.bold:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.UserRole:
            return self.payload[index.row()]
        return None


def _table(model: QAbstractTableModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.verticalHeader().setVisible(False)
    return view


def _selected_payload(view: QTableView) -> Any:
    rows = view.selectionModel().selectedRows()
    return rows[0].data(Qt.ItemDataRole.UserRole) if rows else None


class GroupPage(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("groupPage")
        self.report: statements.Report | None = None
        self.last_import: imports.ImportResult | None = None
        self.pending_file: Path | None = None
        self.pending_table: trial_balance_files.Table | None = None

        self.group_combo = QComboBox()
        self.group_combo.currentIndexChanged.connect(lambda *_: self.refresh_all())
        self.new_group_name = QLineEdit()
        self.new_group_name.setPlaceholderText(tr("Navn på nytt konsern"))
        self.new_group_button = QPushButton(tr("Opprett konsern"))
        self.new_group_button.clicked.connect(self.create_group)
        self.year = QSpinBox()
        self.year.setRange(1990, 2100)
        self.year.setValue(date.today().year - 1)
        self.year.valueChanged.connect(lambda *_: self.refresh_all())
        self.message = QLabel()
        self.message.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("Konsern:")))
        top.addWidget(self.group_combo, 1)
        top.addWidget(QLabel(tr("År:")))
        top.addWidget(self.year)
        top.addSpacing(20)
        top.addWidget(self.new_group_name)
        top.addWidget(self.new_group_button)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_structure_tab(), tr("Struktur"))
        self.tabs.addTab(self._build_import_tab(), tr("Import"))
        self.tabs.addTab(self._build_mapping_tab(), tr("Tilordning"))
        self.tabs.addTab(self._build_rates_tab(), tr("Valutakurser"))
        self.tabs.addTab(self._build_elim_tab(), tr("Elimineringer"))
        self.tabs.addTab(self._build_report_tab(), tr("Konsernregnskap"))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs)
        ctx.changed.connect(self._on_changed)
        self.reload_groups()

    # -- helpers ---------------------------------------------------------------------------
    def group_id(self) -> int | None:
        data = self.group_combo.currentData()
        return int(data) if data is not None else None

    def _error(self, exc: BaseException, title: str = "Konsern") -> None:
        text = exc.message if isinstance(exc, UserError) else f"{type(exc).__name__}: {exc}"
        self.message.setText(text)
        if not isinstance(exc, UserError):
            QMessageBox.warning(self, tr(title), text)

    def _write(self, fn: Callable[[Any, Any], Any], what: str = "group") -> Any:
        """Run one write in one transaction; errors show in the message line. Returns None on error."""
        gid = self.group_id()
        if gid is None:
            self.message.setText(tr("Opprett eller velg et konsern først."))
            return None
        try:
            with self.ctx.store.session() as s:
                result = fn(s, groups.get_group(s, gid))
        except UserError as exc:
            self._error(exc)
            return None
        self.ctx.notify_changed(what)
        return result

    def confirm(self, text: str) -> bool:
        """Ask the user (a method so tests can answer it)."""
        answer = QMessageBox.question(self, tr("Konsern"), text)
        return answer == QMessageBox.StandardButton.Yes

    def reload_groups(self) -> None:
        with self.ctx.store.session() as s:
            rows = groups.list_groups(s)
        current = self.group_id()
        self.group_combo.blockSignals(True)
        self.group_combo.clear()
        for gid, name, cur in rows:
            self.group_combo.addItem(f"{name} ({cur})", gid)
        if current is not None and self.group_combo.findData(current) >= 0:
            self.group_combo.setCurrentIndex(self.group_combo.findData(current))
        self.group_combo.blockSignals(False)
        self.refresh_all()

    def create_group(self) -> None:
        name = self.new_group_name.text().strip()
        try:
            with self.ctx.store.session() as s:
                gid = groups.create_group(s, name)
        except UserError as exc:
            self._error(exc)
            return
        self.new_group_name.clear()
        self.reload_groups()
        self.group_combo.setCurrentIndex(self.group_combo.findData(gid))
        self.message.setText(tr("Konsernet «{n}» er opprettet. Legg til morselskapet først.").format(n=name))
        self.ctx.notify_changed("group")

    def refresh_all(self) -> None:
        self.refresh_structure()
        if self.show_deleted_button.isChecked():
            self.refresh_deleted()
        self.refresh_mapping()
        self.refresh_rates()
        self.refresh_eliminations()

    def _on_changed(self, what: str) -> None:
        if what == "group":
            self.refresh_all()

    # -- structure -------------------------------------------------------------------------
    def _build_structure_tab(self) -> QWidget:
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([tr("Selskap"), tr("Orgnr"), tr("Valuta"), tr("Eierandel"), tr("Konsernets andel"),
                                   tr("Oppkjøpt"), tr("Kostpris"), tr("EK ved oppkjøp")])
        self.company_orgnr = QLineEdit()
        self.company_name = QLineEdit()
        self.company_pct = QLineEdit("100")
        self.company_owner = QComboBox()
        self.company_currency = QLineEdit("NOK")
        self.company_acquired_on = QCheckBox(tr("Kjøpt"))
        self.company_acquired = QDateEdit(QDate.currentDate())
        self.company_acquired.setCalendarPopup(True)
        self.company_acquired.setDisplayFormat("dd.MM.yyyy")
        self.company_cost = QLineEdit()
        self.company_equity = QLineEdit()
        self.company_goodwill_years = QSpinBox()
        self.company_goodwill_years.setRange(0, 40)
        self.company_goodwill_years.setSpecialValueText(tr("konsernets standard"))
        self.add_company_button = QPushButton(tr("Legg til selskap"))
        self.add_company_button.clicked.connect(self.add_company)
        form = QFormLayout()
        form.addRow(tr("Organisasjonsnummer"), self.company_orgnr)
        form.addRow(tr("Navn"), self.company_name)
        form.addRow(tr("Eies av"), self.company_owner)
        form.addRow(tr("Eierandel %"), self.company_pct)
        form.addRow(tr("Valuta"), self.company_currency)
        acquired = QHBoxLayout()
        acquired.addWidget(self.company_acquired_on)
        acquired.addWidget(self.company_acquired)
        form.addRow(tr("Oppkjøpsdato"), acquired)
        form.addRow(tr("Kostpris (konsernvaluta)"), self.company_cost)
        form.addRow(tr("Egenkapital ved oppkjøp"), self.company_equity)
        form.addRow(tr("Avskrivningstid goodwill (år)"), self.company_goodwill_years)
        form.addRow("", self.add_company_button)
        right = QWidget()
        right.setLayout(form)
        self.delete_company_button = QPushButton(tr("Slett valgt selskap …"))
        self.delete_company_button.clicked.connect(self.delete_company)
        self.delete_group_button = QPushButton(tr("Slett konsernet …"))
        self.delete_group_button.clicked.connect(self.delete_group)
        self.show_deleted_button = QPushButton(tr("Vis slettede / Gjenopprett"))
        self.show_deleted_button.setCheckable(True)
        self.show_deleted_button.toggled.connect(self._toggle_deleted)
        # deleting is for those who may change the group, restoring for administrators (the core refuses
        # others too; this says so up front)
        for b in (self.delete_company_button, self.delete_group_button):
            b.setEnabled(allowed(self.ctx.store.role, "group"))
        self.show_deleted_button.setVisible(allowed(self.ctx.store.role, "settings"))
        self.deleted_model = PlainTableModel([tr("Type"), tr("Konsern"), tr("Orgnr"), tr("Navn"), tr("Slettet"),
                                              tr("Kan gjenopprettes til og med")])
        self.deleted_view = _table(self.deleted_model)
        self.restore_button = QPushButton(tr("Gjenopprett valgt"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.deleted_box = QWidget()
        deleted_layout = QVBoxLayout(self.deleted_box)
        deleted_layout.setContentsMargins(0, 0, 0, 0)
        deleted_layout.addWidget(QLabel(tr("Slettede konsern og selskaper (slettes for godt etter "
                                           "oppbevaringstiden):")))
        deleted_layout.addWidget(self.deleted_view)
        deleted_layout.addWidget(self.restore_button)
        self.deleted_box.setVisible(False)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.tree, 2)
        buttons = QHBoxLayout()
        for b in (self.delete_company_button, self.delete_group_button, self.show_deleted_button):
            buttons.addWidget(b)
        buttons.addStretch()
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.deleted_box, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        return splitter

    def _deleted_months(self) -> int:
        with self.ctx.store.session() as s:
            return policy_value(s, "deleted_after_months")

    def delete_company(self) -> None:
        item = self.tree.currentItem()
        if item is None:
            self.message.setText(tr("Velg selskapet som skal slettes i treet først."))
            return
        name, orgnr = item.text(0), item.text(1)
        text = tr("Slette {n} ({o}) fra konsernet?\n\nSelskapet skjules fra lister, rapporter og import sammen med "
                  "saldobalansene, tilordningen og elimineringene. En administrator kan gjenopprette det i "
                  "{m} måneder; deretter slettes det for godt.").format(n=name, o=orgnr, m=self._deleted_months())
        if not self.confirm(text):
            return
        kept = self._write(lambda s, g: deletion.delete_company(s, g, orgnr))
        if kept is not None:
            self.message.setText(tr("{n} ({o}) er slettet. Kan gjenopprettes til og med {d}.").format(
                n=name, o=orgnr, d=kept.strftime("%d.%m.%Y")))

    def delete_group(self) -> None:
        gid = self.group_id()
        if gid is None:
            return
        name = self.group_combo.currentText()
        text = tr("Slette konsernet {n}?\n\nKonsernet skjules med alle selskaper, saldobalanser, tilordninger, "
                  "valutakurser og elimineringer. En administrator kan gjenopprette det i {m} måneder; "
                  "deretter slettes det for godt.").format(n=name, m=self._deleted_months())
        if not self.confirm(text):
            return
        try:
            with self.ctx.store.session() as s:
                kept = deletion.delete_group(s, groups.get_group(s, gid))
        except UserError as exc:
            self._error(exc)
            return
        self.reload_groups()  # before anyone refreshes: the deleted group is no longer in the list
        self.ctx.notify_changed("group")
        self.message.setText(tr("Konsernet {n} er slettet. Kan gjenopprettes til og med {d}.").format(
            n=name, d=kept.strftime("%d.%m.%Y")))

    def _toggle_deleted(self, shown: bool) -> None:
        self.deleted_box.setVisible(shown)
        if shown:
            self.refresh_deleted()

    def refresh_deleted(self) -> None:
        with self.ctx.store.session() as s:
            items = deletion.list_deleted(s)
        kinds = {"group": tr("Konsern"), "company": tr("Selskap")}
        self.deleted_model.set_rows(
            [[kinds[i.kind], i.group, i.orgnr or "", i.name, i.deleted_on.strftime("%d.%m.%Y"),
              i.kept_until.strftime("%d.%m.%Y")] for i in items], items)

    def restore_selected(self) -> None:
        item: deletion.DeletedItem | None = _selected_payload(self.deleted_view)
        if item is None:
            self.message.setText(tr("Velg det som skal gjenopprettes i listen først."))
            return
        try:
            with self.ctx.store.session() as s:
                if item.kind == "group":
                    deletion.restore_group(s, item.group_id)
                else:
                    deletion.restore_company(s, groups.get_group(s, item.group_id), item.orgnr or "")
        except UserError as exc:
            self._error(exc)
            return
        self.reload_groups()
        if item.kind == "group":
            self.group_combo.setCurrentIndex(self.group_combo.findData(item.group_id))
        self.refresh_deleted()
        self.message.setText(tr("{n} er gjenopprettet.").format(n=item.name))
        self.ctx.notify_changed("group")

    def refresh_structure(self) -> None:
        self.tree.clear()
        self.company_owner.clear()
        gid = self.group_id()
        if gid is None:
            return
        with self.ctx.store.session() as s:
            views = groups.company_views(groups.get_group(s, gid))
        items: dict[str, QTreeWidgetItem] = {}
        for v in views:
            item = QTreeWidgetItem([
                v.name, v.orgnr, v.currency, tr("morselskap") if v.is_parent else f"{v.owner_pct} %",
                f"{v.effective_pct:.2f} %", v.acquired_on.strftime("%d.%m.%Y") if v.acquired_on else "",
                format_nok(v.cost_ore) if v.cost_ore is not None else "",
                format_nok(v.equity_at_acquisition_ore) if v.equity_at_acquisition_ore is not None else ""])
            parent = items.get(v.owner_orgnr or "")
            if parent is not None:
                parent.addChild(item)
            else:
                self.tree.addTopLevelItem(item)
            items[v.orgnr] = item
            self.company_owner.addItem(f"{v.name} ({v.orgnr})", v.orgnr)
        self.tree.expandAll()
        for column in range(self.tree.columnCount()):  # names of sub-subsidiaries are indented
            self.tree.resizeColumnToContents(column)
        self._refresh_company_choices(views)

    def add_company(self) -> None:
        try:
            cost = parse_amount(self.company_cost.text(), "kostpris") if self.company_cost.text().strip() else None
            equity = (parse_amount(self.company_equity.text(), "egenkapital")
                      if self.company_equity.text().strip() else None)
        except UserError as exc:
            self._error(exc)
            return
        acquired: date | None = None
        if self.company_acquired_on.isChecked():
            acquired = date(self.company_acquired.date().year(), self.company_acquired.date().month(),
                            self.company_acquired.date().day())
        owner = self.company_owner.currentData()
        orgnr = self.company_orgnr.text()
        done = self._write(lambda s, g: groups.add_company(
            s, g, orgnr=orgnr, name=self.company_name.text(), owner_pct=self.company_pct.text(),
            owner_orgnr=owner, currency=self.company_currency.text(), acquired_on=acquired, cost_ore=cost,
            equity_at_acquisition_ore=equity, goodwill_years=self.company_goodwill_years.value() or None))
        if done is not None:
            self.message.setText(tr("{o} {n} er lagt til.").format(o=orgnr, n=self.company_name.text()))
            for field in (self.company_orgnr, self.company_name, self.company_cost, self.company_equity):
                field.clear()

    # -- import ----------------------------------------------------------------------------
    def _build_import_tab(self) -> QWidget:
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
        self.preview_view = _table(self.preview_model)
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
        page = QWidget()
        layout = QVBoxLayout(page)
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
        return page

    def _refresh_company_choices(self, views: list[groups.CompanyView]) -> None:
        current = self.import_company.currentData()
        self.import_company.clear()
        self.import_company.addItem(tr("(fra filen)"), None)
        for v in views:
            self.import_company.addItem(f"{v.name} ({v.orgnr})", v.orgnr)
        if current is not None and self.import_company.findData(current) >= 0:
            self.import_company.setCurrentIndex(self.import_company.findData(current))
        self.mapping_counterparty.clear()
        self.mapping_counterparty.addItem(tr("(ingen motpart)"), "")
        for v in views:
            self.mapping_counterparty.addItem(f"{v.name} ({v.orgnr})", v.orgnr)

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
            self.message.setText(tr("Velg konsern og fil først."))
            return
        store, year, orgnr = self.ctx.store, self.year.value(), self.import_company.currentData()
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

    # -- mapping ---------------------------------------------------------------------------
    def _build_mapping_tab(self) -> QWidget:
        self.mapping_search = QLineEdit()
        self.mapping_search.setPlaceholderText(tr("Søk i konto, navn, konsernkonto eller selskap (Ctrl+F)"))
        self.mapping_search.textChanged.connect(lambda *_: self.refresh_mapping())
        self.mapping_open_only = QCheckBox(tr("Bare ubekreftede"))
        self.mapping_open_only.toggled.connect(lambda *_: self.refresh_mapping())
        self.mapping_model = PlainTableModel([tr("Selskap"), tr("Konto"), tr("Navn"), tr("Saldo"), tr("Konsernkonto"),
                                              tr("Konsernkontonavn"), tr("Status"), tr("Motpart")], (3,))
        self.mapping_view = _table(self.mapping_model)
        self.mapping_view.selectionModel().selectionChanged.connect(lambda *_: self._mapping_selected())
        self.group_account_combo = QComboBox()
        for account in chart.GROUP_ACCOUNTS:
            self.group_account_combo.addItem(f"{account.number} {account.name}", account.number)
        self.mapping_counterparty = QComboBox()
        self.confirm_selected_button = QPushButton(tr("Lagre og bekreft valgt konto"))
        self.confirm_selected_button.clicked.connect(self.save_selected_mapping)
        self.auto_map_button = QPushButton(tr("Foreslå for alle"))
        self.auto_map_button.clicked.connect(lambda: self.auto_map(False))
        self.confirm_all_button = QPushButton(tr("Bekreft alle forslag"))
        self.confirm_all_button.clicked.connect(lambda: self.auto_map(True))
        self.mapping_summary = QLabel()
        page = QWidget()
        layout = QVBoxLayout(page)
        row = QHBoxLayout()
        row.addWidget(self.mapping_search, 1)
        row.addWidget(self.mapping_open_only)
        layout.addLayout(row)
        layout.addWidget(self.mapping_view, 1)
        edit = QHBoxLayout()
        edit.addWidget(QLabel(tr("Konsernkonto:")))
        edit.addWidget(self.group_account_combo, 2)
        edit.addWidget(QLabel(tr("Motpart:")))
        edit.addWidget(self.mapping_counterparty, 1)
        edit.addWidget(self.confirm_selected_button)
        layout.addLayout(edit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.auto_map_button)
        buttons.addWidget(self.confirm_all_button)
        buttons.addWidget(self.mapping_summary, 1)
        layout.addLayout(buttons)
        return page

    def refresh_mapping(self) -> None:
        gid = self.group_id()
        if gid is None:
            self.mapping_model.set_rows([])
            return
        with self.ctx.store.session() as s:
            rows = mapping.list_mappings(s, groups.get_group(s, gid), self.year.value(), self.mapping_search.text(),
                                         self.mapping_open_only.isChecked())
        status = {True: tr("bekreftet"), False: tr("forslag")}
        self.mapping_model.set_rows(
            [[r.orgnr, r.account, r.name, format_nok(r.closing_ore), r.group_account or "", r.group_name,
              status[r.confirmed] if r.group_account else tr("MANGLER"), r.counterparty or ""] for r in rows], rows)
        open_rows = sum(1 for r in rows if not r.confirmed)
        self.mapping_summary.setText(tr("{n} kontoer, {o} ikke bekreftet").format(n=len(rows), o=open_rows))

    def _mapping_selected(self) -> None:
        row: mapping.MappingRow | None = _selected_payload(self.mapping_view)
        if row is None:
            return
        if row.group_account:
            self.group_account_combo.setCurrentIndex(self.group_account_combo.findData(row.group_account))
        self.mapping_counterparty.setCurrentIndex(max(0, self.mapping_counterparty.findData(row.counterparty or "")))

    def save_selected_mapping(self) -> None:
        row: mapping.MappingRow | None = _selected_payload(self.mapping_view)
        if row is None:
            self.message.setText(tr("Velg en konto i listen først."))
            return
        target, counterparty = self.group_account_combo.currentData(), self.mapping_counterparty.currentData()
        def save(s: Any, g: Any) -> bool:
            mapping.set_mapping(s, g, row.orgnr, row.account, target, counterparty)
            return True

        if self._write(save):
            self.message.setText(tr("Konto {a} hos {o} er tilordnet {t} og bekreftet.").format(
                a=row.account, o=row.orgnr, t=target))

    def auto_map(self, confirm: bool) -> None:
        result = self._write(lambda s, g: mapping.auto_map(s, g, self.year.value(), confirm))
        if result is not None:
            self.message.setText(tr("{p} nye forslag, {c} bekreftet.").format(p=result[0], c=result[1]))

    # -- rates -----------------------------------------------------------------------------
    def _build_rates_tab(self) -> QWidget:
        self.rates_model = PlainTableModel([tr("Valuta"), tr("År"), tr("Sluttkurs"), tr("Gjennomsnittskurs"),
                                            tr("Historisk kurs")], (2, 3, 4))
        self.rates_view = _table(self.rates_model)
        self.rate_currency = QLineEdit()
        self.rate_currency.setPlaceholderText("SEK")
        self.rate_closing = QLineEdit()
        self.rate_average = QLineEdit()
        self.rate_historical = QLineEdit()
        self.save_rate_button = QPushButton(tr("Lagre kurser for året"))
        self.save_rate_button.clicked.connect(self.save_rate)
        self.import_rates_button = QPushButton(tr("Hent fra Norges Banks CSV …"))
        self.import_rates_button.clicked.connect(lambda: self.import_rates())
        form = QFormLayout()
        form.addRow(tr("Valuta"), self.rate_currency)
        form.addRow(tr("Sluttkurs (NOK per enhet)"), self.rate_closing)
        form.addRow(tr("Gjennomsnittskurs"), self.rate_average)
        form.addRow(tr("Historisk kurs (egenkapital)"), self.rate_historical)
        form.addRow("", self.save_rate_button)
        form.addRow("", self.import_rates_button)
        page = QWidget()
        layout = QHBoxLayout(page)
        layout.addWidget(self.rates_view, 2)
        layout.addLayout(form, 1)
        return page

    def refresh_rates(self) -> None:
        gid = self.group_id()
        if gid is None:
            self.rates_model.set_rows([])
            return
        with self.ctx.store.session() as s:
            rows = currency.list_rates(s, groups.get_group(s, gid))
        self.rates_model.set_rows([[r.currency, str(r.year), str(r.closing), str(r.average),
                                    str(r.historical) if r.historical else ""] for r in rows], rows)

    def save_rate(self) -> None:
        cur, year = self.rate_currency.text(), self.year.value()
        def save(s: Any, g: Any) -> bool:
            currency.set_rates(s, g, cur, year, self.rate_closing.text(), self.rate_average.text(),
                               self.rate_historical.text())
            return True

        if self._write(save):
            self.message.setText(tr("Kurser for {c} {y} er lagret.").format(c=cur.upper(), y=year))

    def import_rates(self, path: str | None = None) -> None:
        cur = self.rate_currency.text().strip().upper()
        if not cur:
            self.message.setText(tr("Skriv valutakoden først (f.eks. SEK)."))
            return
        if not path:
            path, _ = QFileDialog.getOpenFileName(self, tr("Norges Banks valutakurser"), "", "CSV (*.csv)")
            if not path:
                return
        year = self.year.value()
        rates = self._write(lambda s, g: currency.import_norges_bank(s, g, Path(path), cur, year))
        if rates is not None:
            self.message.setText(tr("{c} {y}: sluttkurs {k}, snitt {a} (Norges Bank).").format(
                c=rates.currency, y=year, k=rates.closing, a=rates.average))

    # -- eliminations ----------------------------------------------------------------------
    def _build_elim_tab(self) -> QWidget:
        self.propose_button = QPushButton(tr("Lag forslag"))
        self.propose_button.clicked.connect(self.propose_eliminations)
        self.accept_button = QPushButton(tr("Godta valgt"))
        self.accept_button.clicked.connect(lambda: self.accept_eliminations(False))
        self.accept_all_button = QPushButton(tr("Godta alle forslag"))
        self.accept_all_button.clicked.connect(lambda: self.accept_eliminations(True))
        self.delete_elim_button = QPushButton(tr("Slett valgt"))
        self.delete_elim_button.clicked.connect(self.delete_elimination)
        self.elim_model = PlainTableModel([tr("ID"), tr("Status"), tr("Type"), tr("Beskrivelse"), tr("Linjer"),
                                           tr("Debet")], (0, 5))
        self.elim_view = _table(self.elim_model)
        self.recon_model = PlainTableModel([tr("Type"), tr("Selskap"), tr("Motpart"), tr("Selskapets saldo"),
                                            tr("Motpartens saldo"), tr("Differanse")], (3, 4, 5))
        self.recon_view = _table(self.recon_model)
        self.manual_description = QLineEdit()
        self.manual_description.setPlaceholderText(tr("Beskrivelse av den manuelle elimineringen"))
        self.manual_lines = QLineEdit()
        self.manual_lines.setPlaceholderText(tr("Linjer ORGNR:KONTO:BELØP; … (debet +, kredit −)"))
        self.manual_button = QPushButton(tr("Legg til manuell eliminering"))
        self.manual_button.clicked.connect(self.add_manual)
        page = QWidget()
        layout = QVBoxLayout(page)
        buttons = QHBoxLayout()
        for b in (self.propose_button, self.accept_button, self.accept_all_button, self.delete_elim_button):
            buttons.addWidget(b)
        buttons.addStretch()
        layout.addLayout(buttons)
        layout.addWidget(self.elim_view, 2)
        manual = QHBoxLayout()
        manual.addWidget(self.manual_description, 1)
        manual.addWidget(self.manual_lines, 2)
        manual.addWidget(self.manual_button)
        layout.addLayout(manual)
        layout.addWidget(QLabel(tr("Avstemming av konsernmellomværende:")))
        layout.addWidget(self.recon_view, 1)
        return page

    def refresh_eliminations(self) -> None:
        gid = self.group_id()
        if gid is None:
            self.elim_model.set_rows([])
            self.recon_model.set_rows([])
            return
        status = {"proposed": tr("forslag"), "accepted": tr("godtatt")}
        with self.ctx.store.session() as s:
            g = groups.get_group(s, gid)
            rows = eliminations.list_eliminations(s, g, self.year.value())
            try:
                recon = eliminations.reconciliation(s, g, self.year.value())
            except UserError:
                recon = []  # unmapped accounts: the mapping tab says so
        self.elim_model.set_rows(
            [[str(e.id), status.get(e.status, e.status), eliminations.KIND_LABELS.get(e.kind, e.kind), e.description,
              "; ".join(f"{o or tr('konsern')} {a} {format_nok(x)}" for o, a, x in e.lines),
              format_nok(sum(x for _, _, x in e.lines if x > 0))] for e in rows], rows)
        self.recon_model.set_rows(
            [[eliminations.KIND_LABELS.get(r.kind, r.kind), r.company, r.counterparty, format_nok(r.own_ore),
              format_nok(r.other_ore), format_nok(r.difference_ore)] for r in recon], recon)

    def propose_eliminations(self) -> None:
        ids = self._write(lambda s, g: eliminations.propose(s, g, self.year.value()))
        if ids is not None:
            self.message.setText(tr("{n} forslag. Se over og godta dem.").format(n=len(ids)))

    def accept_eliminations(self, everything: bool) -> None:
        selected: eliminations.EliminationView | None = None if everything else _selected_payload(self.elim_view)
        if not everything and selected is None:
            self.message.setText(tr("Velg et forslag i listen først."))
            return
        count = self._write(lambda s, g: eliminations.accept(s, g, self.year.value(),
                                                             None if selected is None else selected.id))
        if count is not None:
            self.message.setText(tr("{n} eliminering(er) godtatt.").format(n=count))

    def delete_elimination(self) -> None:
        selected: eliminations.EliminationView | None = _selected_payload(self.elim_view)
        if selected is None:
            return
        def remove(s: Any, g: Any) -> bool:
            eliminations.delete(s, g, selected.id)
            return True

        if self._write(remove):
            self.message.setText(tr("Eliminering {i} er slettet.").format(i=selected.id))

    def add_manual(self) -> None:
        lines: list[tuple[str | None, str, int]] = []
        try:
            for part in self.manual_lines.text().split(";"):
                if not part.strip():
                    continue
                pieces = [p.strip() for p in part.split(":")]
                if len(pieces) != 3:
                    raise UserError(tr("«{p}»: skriv ORGNR:KONTO:BELØP.").format(p=part.strip()))
                lines.append((pieces[0] or None, pieces[1], parse_amount(pieces[2], "beløp")))
        except UserError as exc:
            self._error(exc)
            return
        if self._write(lambda s, g: eliminations.add_manual(s, g, self.year.value(), self.manual_description.text(),
                                                            lines)):
            self.manual_description.clear()
            self.manual_lines.clear()
            self.message.setText(tr("Manuell eliminering er lagt til."))

    # -- report ----------------------------------------------------------------------------
    def _build_report_tab(self) -> QWidget:
        self.report_button = QPushButton(tr("Lag konsernregnskap"))
        self.report_button.clicked.connect(self.build_report)
        self.export_xlsx_button = QPushButton(tr("Eksporter Excel …"))
        self.export_xlsx_button.clicked.connect(lambda: self.export_xlsx())
        self.export_pdf_button = QPushButton(tr("Eksporter PDF …"))
        self.export_pdf_button.clicked.connect(lambda: self.export_pdf())
        for b in (self.export_xlsx_button, self.export_pdf_button):
            b.setEnabled(False)
        self.checks_label = QLabel()
        self.checks_label.setWordWrap(True)
        self.is_model = PlainTableModel([])
        self.bs_model = PlainTableModel([])
        self.is_view = _table(self.is_model)
        self.bs_view = _table(self.bs_model)
        self.is_view.doubleClicked.connect(lambda index: self.drill(index.data(Qt.ItemDataRole.UserRole)))
        self.bs_view.doubleClicked.connect(lambda index: self.drill(index.data(Qt.ItemDataRole.UserRole)))
        self.statement_tabs = QTabWidget()
        self.statement_tabs.addTab(self.is_view, tr("Resultatregnskap"))
        self.statement_tabs.addTab(self.bs_view, tr("Balanse"))
        self.drill_model = PlainTableModel([tr("Konto / post"), tr("Kolonne"), tr("Beløp"), tr("Egen valuta")], (2, 3))
        self.drill_view = _table(self.drill_model)
        self.drill_label = QLabel(tr("Dobbeltklikk en linje for å se kontoene bak."))
        page = QWidget()
        layout = QVBoxLayout(page)
        buttons = QHBoxLayout()
        for b in (self.report_button, self.export_xlsx_button, self.export_pdf_button):
            buttons.addWidget(b)
        buttons.addStretch()
        layout.addLayout(buttons)
        layout.addWidget(self.checks_label)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.statement_tabs)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.addWidget(self.drill_label)
        lower_layout.addWidget(self.drill_view)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        layout.addWidget(splitter, 1)
        return page

    def build_report(self) -> None:
        gid = self.group_id()
        if gid is None:
            self.message.setText(tr("Velg et konsern først."))
            return
        store, year = self.ctx.store, self.year.value()
        self.report_button.setEnabled(False)
        self.checks_label.setText(tr("Lager konsernregnskapet …"))

        def work(progress: Callable[[int, int], None], is_cancelled: Callable[[], bool]) -> statements.Report:
            with store.session() as s:
                return statements.build_report(s, groups.get_group(s, gid), year)

        def done(report: statements.Report) -> None:
            self.report_button.setEnabled(True)
            self.show_report(report)

        def failed(exc: BaseException) -> None:
            self.report_button.setEnabled(True)
            self.checks_label.setText(exc.message if isinstance(exc, UserError) else str(exc))
            self._error(exc, "Konsernregnskap")

        self.ctx.run_in_background(work, done, failed, owner=self)

    def show_report(self, report: statements.Report) -> None:
        self.report = report
        headers = [tr("Linje")] + [c.label for c in report.columns]
        if report.prior_year:
            headers.append(tr("Konsern {y}").format(y=report.prior_year))
        numeric = list(range(1, len(headers)))
        for model, lines in ((self.is_model, report.income_statement), (self.bs_model, report.balance_sheet)):
            model.set_headers(headers, numeric)
            rows = []
            for line in lines:
                row = [line.label] + [format_nok(line.amounts[c.key]) for c in report.columns]
                if report.prior_year:
                    row.append(format_nok(line.prior_ore) if line.prior_ore is not None else "")
                rows.append(row)
            model.set_rows(rows, [line.code for line in lines],
                           {i for i, line in enumerate(lines) if line.kind == "sum"})
        checks = report.checks()
        text = tr("Eiendeler {a} = egenkapital og gjeld {e}: {ok}. Elimineringer netto {n}.").format(
            a=format_nok(report.assets_ore), e=format_nok(report.equity_and_liabilities_ore),
            ok=tr("stemmer") if checks["balanced"] else tr("AVVIK"), n=format_nok(report.eliminations_net_ore))
        if report.warnings:
            text += "\n" + "\n".join(report.warnings)
        self.checks_label.setText(text)
        for b in (self.export_xlsx_button, self.export_pdf_button):
            b.setEnabled(True)
        self.drill_model.set_rows([])

    def drill(self, code: str | None) -> None:
        if self.report is None or not code:
            return
        try:
            rows = self.report.drill(code)
        except UserError as exc:
            self.drill_label.setText(exc.message)
            self.drill_model.set_rows([])
            return
        labels = {c.key: c.label for c in self.report.columns}
        self.drill_label.setText(tr("{l}: konsernkontoer og kontoene bak").format(l=chart.LINES[code].label))
        self.drill_model.set_rows(
            [[("    " if r.level else "") + r.text, labels.get(r.column, r.column), format_nok(r.amount_ore),
              f"{format_nok(r.local_ore)} {r.currency}" if r.local_ore is not None and r.currency else ""]
             for r in rows], rows, {i for i, r in enumerate(rows) if r.level == 0})

    def export_xlsx(self, target: str | None = None) -> Path | None:
        if self.report is None:
            return None
        if not target:
            target, _ = QFileDialog.getSaveFileName(self, tr("Lagre Excel"), f"konsern-{self.report.year}.xlsx",
                                                    "Excel (*.xlsx)")
            if not target:
                return None
        gid = self.group_id()
        with self.ctx.store.session() as s:
            maps = mapping.list_mappings(s, groups.get_group(s, gid), self.report.year) if gid else None
        path = export.to_xlsx(self.report, Path(target), maps)
        self.message.setText(tr("Skrev {p}").format(p=path))
        return path

    def export_pdf(self, target: str | None = None) -> Path | None:
        if self.report is None:
            return None
        if not target:
            target, _ = QFileDialog.getSaveFileName(self, tr("Lagre PDF"), f"konsern-{self.report.year}.pdf",
                                                    "PDF (*.pdf)")
            if not target:
                return None
        path = export.to_pdf(self.report, Path(target))
        self.message.setText(tr("Skrev {p}").format(p=path))
        return path


def create_page(ctx: AppContext) -> QWidget:
    return GroupPage(ctx)
