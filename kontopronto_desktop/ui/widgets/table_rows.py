"""A read-only table over plain rows: the model, the table view it sits in, and the selected row.

Generic: the caller gives the column headers, a ``cell(row, column)`` function for the text and its
own ``tr`` for the headers, so each page keeps its translation context.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView

from . import table_kit

Index = QModelIndex | QPersistentModelIndex
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class RowsModel(QAbstractTableModel):
    """A read-only table over plain rows; ``cell(row, column)`` gives the text, ``translate`` the headers."""

    def __init__(self, headers: Sequence[str], cell: Callable[[Any, int], str], right: Sequence[int] = (), *,
                 translate: Callable[[str], str]) -> None:
        super().__init__()
        self.headers = list(headers)
        self.cell = cell
        self.right = set(right)
        self.translate = translate
        self.rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.translate(self.headers[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell(self.rows[index.row()], index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.right:
            return RIGHT
        return None


def rows_table(model: QAbstractTableModel, key: str | None = None) -> QTableView:
    """A read-only, single-row-selecting table view over ``model`` with the table kit (table_kit.install;
    its layout is remembered under ``key`` or the objectName given to the view)."""
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.horizontalHeader().setStretchLastSection(True)
    view.verticalHeader().setVisible(False)
    table_kit.install(view, key=key)
    return view


def selected_row(view: QTableView, model: RowsModel) -> Any:
    """The row object selected in ``view``, or None."""
    rows = view.selectionModel().selectedRows()
    return model.rows[rows[0].row()] if rows else None
