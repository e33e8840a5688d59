"""What every table of the GUI does the same way: sizing, remembered layout, copy, export, keys.

``install(view, ...)`` is called by ``table_rows.rows_table``, the read-only view every list of the
GUI is built with (its model is the table model kit, ``table_model.py``). It gives the table

* columns sized to their content from the first rows (a 100k-row paged list is never measured whole),
  long texts elided in the middle, the name column stretching;
* widths, column order and sort remembered per table from one start of the program to the next
  (QSettings ``tables/<key>/header``, the key being the table's objectName unless given);
* Ctrl+C copying the selected rows as tab-separated text, and a context menu with «Kopier» and
  «Eksporter til Excel …» (openpyxl, text written formula-safe, see core/spreadsheet_safety.py),
  to which the page may add its own actions;
* Enter calling the page's open action and Delete its delete action (which asks for confirmation).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QModelIndex, QObject, QPoint, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QFileDialog, QHeaderView, QMenu, QTableView

from ..i18n import app_settings

#: rows measured when sizing columns to their content
SIZE_ROWS = 50
#: no column is sized wider than this by content (the user may widen it)
MAX_WIDTH = 360
PADDING = 24


def tr(text: str) -> str:
    return QCoreApplication.translate("TableKit", text)


class TableKit(QObject):
    """Behaviour attached to one QTableView (its child; lives and dies with it)."""

    def __init__(self, view: QTableView, *, key: str | None, name_column: int | None,
                 on_open: Callable[[], Any] | None, on_delete: Callable[[], Any] | None) -> None:
        super().__init__(view)
        self.view = view
        self._key = key
        self.name_column = name_column
        self.on_open = on_open
        self.on_delete = on_delete
        #: extra actions the page adds to the context menu
        self.actions: list[QAction] = []
        #: asks where to save the export; replaceable in tests
        self.choose_export_path: Callable[[], str] = lambda: QFileDialog.getSaveFileName(
            view, tr("Eksporter til Excel"), "", tr("Excel-arbeidsbok (*.xlsx)"))[0]
        self._restored = False
        self._sized_columns = -1
        self._busy = False
        view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        header = view.horizontalHeader()
        header.setSectionsMovable(True)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._context_menu)
        view.installEventFilter(self)
        header.sectionResized.connect(self._save)
        header.sectionMoved.connect(self._save)
        header.sortIndicatorChanged.connect(self._save)
        model = view.model()
        model.modelReset.connect(self._layout)
        model.rowsInserted.connect(self._layout)
        model.headerDataChanged.connect(self._layout)
        self._layout()

    # -- layout ---------------------------------------------------------------------------
    @property
    def key(self) -> str:
        return self._key or self.view.objectName()

    def _settings_key(self) -> str:
        return f"tables/{self.key}/header"

    def _layout(self, *_args: Any) -> None:
        """Restore the remembered layout once it can apply; else size from the first rows."""
        columns = self.view.model().columnCount()
        if columns == 0:
            return
        if not self._restored and self.key:
            settings = app_settings()
            state = settings.value(self._settings_key())
            # a state saved for another number of columns is not applied (Qt may crash on it)
            same = str(settings.value(self._settings_key() + "_columns", "")) == str(columns)
            if same and isinstance(state, QByteArray | bytes) and self._restore(QByteArray(state)):
                self._restored = True
                return
        if self._restored or self.view.model().rowCount() == 0 or self._sized_columns == columns:
            return
        self._size_to_content(columns)

    def _restore(self, state: QByteArray) -> bool:
        self._busy = True
        try:
            header = self.view.horizontalHeader()
            ok = header.restoreState(state)
            if ok and self.view.isSortingEnabled() and header.sortIndicatorSection() >= 0:
                self.view.sortByColumn(header.sortIndicatorSection(), header.sortIndicatorOrder())
            return ok
        finally:
            self._busy = False

    def _name_column(self) -> int | None:
        if self.name_column is not None:
            return self.name_column
        model = self.view.model()
        for col in range(model.columnCount()):
            if str(model.headerData(col, Qt.Orientation.Horizontal) or "").strip().lower() in ("navn", "name"):
                return col
        return None

    def _size_to_content(self, columns: int) -> None:
        self._busy = True
        try:
            model, header = self.view.model(), self.view.horizontalHeader()
            metrics = self.view.fontMetrics()
            header_metrics = header.fontMetrics()
            rows = min(SIZE_ROWS, model.rowCount())
            stretch = self._name_column()
            for col in range(columns):
                width = header_metrics.horizontalAdvance(
                    str(model.headerData(col, Qt.Orientation.Horizontal) or ""))
                for row in range(rows):
                    text = model.index(row, col).data()
                    if text is not None:
                        width = max(width, metrics.horizontalAdvance(str(text)))
                header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
                header.resizeSection(col, min(width + PADDING, MAX_WIDTH))
            if stretch is not None and stretch < columns:
                header.setStretchLastSection(False)
                header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
            else:
                header.setStretchLastSection(True)
            self._sized_columns = columns
        finally:
            self._busy = False

    def _save(self, *_args: Any) -> None:
        """A change the user made (not our own sizing or restoring) is remembered at once."""
        laid_out = self._restored or self._sized_columns > 0
        if self._busy or not laid_out or not self.key or self.view.model().columnCount() == 0:
            return
        settings = app_settings()
        settings.setValue(self._settings_key(), self.view.horizontalHeader().saveState())
        settings.setValue(self._settings_key() + "_columns", self.view.model().columnCount())

    # -- copy and export ------------------------------------------------------------------
    def _visual_columns(self) -> list[int]:
        header = self.view.horizontalHeader()
        return [header.logicalIndex(v) for v in range(header.count())
                if not header.isSectionHidden(header.logicalIndex(v))]

    def _row_texts(self, row: int, columns: list[int]) -> list[str]:
        model = self.view.model()
        return [str(model.index(row, col).data() or "") for col in columns]

    def selected_rows_text(self) -> str:
        """The selected rows as tab-separated lines, columns in the order the user sees them."""
        columns = self._visual_columns()
        rows = sorted({index.row() for index in self.view.selectionModel().selectedRows()})
        return "\n".join("\t".join(t.replace("\t", " ").replace("\n", " ") for t in self._row_texts(r, columns))
                         for r in rows)

    def copy(self) -> None:
        text = self.selected_rows_text()
        if text:
            QGuiApplication.clipboard().setText(text)

    def export_xlsx(self, path: str | Path) -> int:
        """Write every row (or only the selected ones when several are selected) to ``path``."""
        from openpyxl import Workbook

        from ...core.spreadsheet_safety import append_row

        model = self.view.model()
        columns = self._visual_columns()
        selected = sorted({index.row() for index in self.view.selectionModel().selectedRows()})
        if len(selected) <= 1:  # the whole list: a paged model reads its remaining pages first
            while model.canFetchMore(QModelIndex()):
                model.fetchMore(QModelIndex())
        rows = selected if len(selected) > 1 else list(range(model.rowCount()))
        book = Workbook()
        sheet = book.active
        append_row(sheet, [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in columns])
        for row in rows:
            append_row(sheet, self._row_texts(row, columns))
        book.save(str(path))
        return len(rows)

    def export(self) -> None:
        path = self.choose_export_path()
        if path:
            if not path.lower().endswith(".xlsx"):
                path += ".xlsx"
            self.export_xlsx(path)

    # -- menu and keys --------------------------------------------------------------------
    def add_action(self, text: str, slot: Callable[[], Any], enabled: bool = True) -> QAction:
        """A page action shown first in the table's context menu (acts on the selected rows)."""
        action = QAction(text, self)
        action.triggered.connect(lambda _checked=False: slot())
        action.setEnabled(enabled)
        self.actions.append(action)
        return action

    def menu(self) -> QMenu:
        """The context menu: the page's actions, then «Kopier» and «Eksporter til Excel …»."""
        menu = QMenu(self.view)
        menu.setObjectName("table_menu")
        for action in self.actions:
            menu.addAction(action)
        if self.actions:
            menu.addSeparator()
        copy = menu.addAction(tr("Kopier"), self.copy)
        copy.setShortcut(QKeySequence.StandardKey.Copy)
        copy.setEnabled(bool(self.view.selectionModel().selectedRows()))
        menu.addAction(tr("Eksporter til Excel …"), self.export)
        return menu

    def _context_menu(self, pos: QPoint) -> None:
        self.menu().exec(self.view.viewport().mapToGlobal(pos))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() == QEvent.Type.Show:
            self._layout()
        if watched is self.view and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.matches(QKeySequence.StandardKey.Copy):
                self.copy()
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.on_open is not None:
                if self.view.selectionModel().selectedRows():
                    self.on_open()
                return True
            if event.key() == Qt.Key.Key_Delete and self.on_delete is not None:
                if self.view.selectionModel().selectedRows():
                    self.on_delete()
                return True
        return False


def install(view: QTableView, *, key: str | None = None, name_column: int | None = None,
            on_open: Callable[[], Any] | None = None, on_delete: Callable[[], Any] | None = None) -> TableKit:
    """Give ``view`` (its model already set) the kit's behaviour; returns the kit (``view.kit`` too).

    ``key`` names the remembered layout (default: the view's objectName, read when first needed;
    a table with neither is not remembered). ``name_column`` stretches (default: a «Navn» column).
    ``on_open``/``on_delete`` are the page's actions for Enter and Delete; the delete action asks
    for confirmation itself, as its button does."""
    kit = TableKit(view, key=key, name_column=name_column, on_open=on_open, on_delete=on_delete)
    view.kit = kit  # type: ignore[attr-defined]
    return kit


def kit_of(view: QTableView) -> TableKit:
    return view.kit  # type: ignore[attr-defined,no-any-return]
