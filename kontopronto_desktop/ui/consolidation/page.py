"""Konsern: group tree, trial-balance import with its warnings, mapping editor, exchange rates,
eliminations with proposals to accept, and the consolidated statements with drill-down and export.

Every change goes through the core services in ``core.consolidation``; imports and the report
run off the GUI thread and come back as plain data.

The page is put together from one module per tab (``structure_tab``, ``import_tab``,
``mapping_tab``, ``rates_tab``, ``eliminations_tab``, ``statements_tab``) on the common
ground in ``base``; the tables are ``widgets.plain_table.PlainTableModel``.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.consolidation import groups, imports, statements, trial_balance_files
from ...core.errors import UserError
from ..context import AppContext
from ..widgets.plain_table import PlainTableModel
from .eliminations_tab import EliminationsTab
from .import_tab import ImportTab
from .mapping_tab import MappingTab
from .rates_tab import RatesTab
from .statements_tab import StatementsTab
from .structure_tab import StructureTab

__all__ = ["GroupPage", "PlainTableModel", "create_page", "tr"]


def tr(text: str) -> str:
    return QCoreApplication.translate("GroupPage", text)


class GroupPage(StructureTab, ImportTab, MappingTab, RatesTab, EliminationsTab, StatementsTab):
    """The Konsern page: the group and year on top, one tab per step of the consolidation."""

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

    # -- the group and year ---------------------------------------------------------------
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


def create_page(ctx: AppContext) -> QWidget:
    return GroupPage(ctx)
