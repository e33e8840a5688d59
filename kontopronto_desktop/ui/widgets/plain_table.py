"""A read-only table of display strings with a payload per row, and the table view that shows it.

Used by the Konsern page's tabs (structure, import preview, mapping, rates, eliminations,
statements); any page with plain rows can use it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QTableView

from . import table_kit

Index = QModelIndex | QPersistentModelIndex


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


def table_view(model: QAbstractTableModel, key: str | None = None) -> QTableView:
    """A read-only, single-row-selecting view with the table kit (see table_kit.install)."""
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    table_kit.install(view, key=key)
    return view


def selected_payload(view: QTableView) -> Any:
    rows = view.selectionModel().selectedRows()
    return rows[0].data(Qt.ItemDataRole.UserRole) if rows else None
