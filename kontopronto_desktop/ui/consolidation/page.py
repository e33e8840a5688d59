"""Konsern: group tree, trial-balance import with its warnings, mapping editor, exchange rates,
eliminations with proposals to accept, and the consolidated statements with drill-down and export.

Every change goes through the core services in ``core.consolidation``; imports and the report
run off the GUI thread and come back as plain data.

The page holds the choice of group and year (in a ``base.GroupState`` it passes to every tab) and
composes one widget per tab (``structure_tab``, ``import_tab``, ``mapping_tab``, ``rates_tab``,
``eliminations_tab``, ``statements_tab``). Tabs talk through that state and ``AppContext.changed``,
never through each other's attributes; the tables are ``widgets.plain_table.PlainTableModel``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.consolidation import groups
from ...core.errors import UserError
from ..context import AppContext
from ..widgets.lazy_tabs import LazyTabs
from ..widgets.plain_table import PlainTableModel
from .base import GroupState, GroupTab, tr
from .eliminations_tab import EliminationsTab
from .import_tab import ImportTab
from .mapping_tab import MappingTab
from .rates_tab import RatesTab
from .statements_tab import StatementsTab
from .structure_tab import StructureTab

__all__ = ["GroupPage", "PlainTableModel", "create_page", "tr"]

T = TypeVar("T", bound=GroupTab)


class GroupPage(QWidget):
    """The Konsern page: the group and year on top, one tab widget per step of the consolidation."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("groupPage")
        self.state = GroupState(self)

        self.group_combo = QComboBox()
        self.group_combo.currentIndexChanged.connect(lambda *_: self.refresh_all())
        self.new_group_name = QLineEdit()
        self.new_group_name.setPlaceholderText(tr("Navn på nytt konsern"))
        self.new_group_button = QPushButton(tr("Opprett konsern"))
        self.new_group_button.clicked.connect(self.create_group)
        self.year = QSpinBox()
        self.year.setRange(1990, 2100)
        self.year.setValue(self.state.year)
        self.year.valueChanged.connect(lambda *_: self.refresh_all())
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.state.message.connect(self.message.setText)
        self.state.group_requested.connect(self.show_group)
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("Konsern:")))
        top.addWidget(self.group_combo, 1)
        top.addWidget(QLabel(tr("År:")))
        top.addWidget(self.year)
        top.addSpacing(20)
        top.addWidget(self.new_group_name)
        top.addWidget(self.new_group_button)

        # each tab is built when first chosen or asked for (``self.import_tab``), and then shows the
        # group and year chosen by then; the page used to build all six before it could paint (issue 19)
        self.tabs = QTabWidget()
        self.lazy = LazyTabs(self.tabs)
        for key, title, kind in (("structure", tr("Struktur"), StructureTab), ("import", tr("Import"), ImportTab),
                                 ("mapping", tr("Tilordning"), MappingTab),
                                 ("rates", tr("Valutakurser"), RatesTab),
                                 ("eliminations", tr("Elimineringer"), EliminationsTab),
                                 ("statements", tr("Konsernregnskap"), StatementsTab)):
            self.lazy.add(key, title, self._factory(kind))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs)
        ctx.changed.connect(self._on_changed)
        self.reload_groups()
        self.lazy.build_current()

    def _factory(self, kind: type[GroupTab]) -> Callable[[], QWidget]:
        def build() -> QWidget:
            tab = kind(self.ctx, self.state)
            tab.refresh()  # the group and year chosen before it was built
            return tab
        return build

    def _tab(self, key: str, kind: type[T]) -> T:
        tab = self.lazy.widget(key)
        assert isinstance(tab, kind)
        return tab

    @property
    def structure_tab(self) -> StructureTab:
        return self._tab("structure", StructureTab)

    @property
    def import_tab(self) -> ImportTab:
        return self._tab("import", ImportTab)

    @property
    def mapping_tab(self) -> MappingTab:
        return self._tab("mapping", MappingTab)

    @property
    def rates_tab(self) -> RatesTab:
        return self._tab("rates", RatesTab)

    @property
    def eliminations_tab(self) -> EliminationsTab:
        return self._tab("eliminations", EliminationsTab)

    @property
    def statements_tab(self) -> StatementsTab:
        return self._tab("statements", StatementsTab)

    # -- the group and year ---------------------------------------------------------------
    def group_id(self) -> int | None:
        data = self.group_combo.currentData()
        return int(data) if data is not None else None

    def reload_groups(self) -> None:
        """The list of groups from the store, keeping the chosen one while it exists; tabs refresh."""
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

    def show_group(self, group_id: int) -> None:
        """Choose a group (one a tab has just restored is not in the list yet)."""
        if self.group_combo.findData(group_id) < 0:
            self.reload_groups()
        self.group_combo.setCurrentIndex(self.group_combo.findData(group_id))

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
        """Tell every tab the chosen group and year (each refreshes what it shows)."""
        self.state.choose(self.group_id(), self.year.value())

    def _error(self, exc: BaseException, title: str = "Konsern") -> None:
        text = exc.message if isinstance(exc, UserError) else f"{type(exc).__name__}: {exc}"
        self.message.setText(text)
        if not isinstance(exc, UserError):
            QMessageBox.warning(self, tr(title), text)

    def _on_changed(self, what: str) -> None:
        if what == "group":  # a group may have been deleted or restored: the list first, then the tabs
            self.reload_groups()


def create_page(ctx: AppContext) -> QWidget:
    return GroupPage(ctx)
