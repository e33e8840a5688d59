"""A read-only table of display strings with a payload per row, and the table view that shows it.

Used by the Konsern page's tabs (structure, import preview, mapping, rates, eliminations,
statements); any page with plain rows can use it. ``PlainTableModel`` is the table kit's
``RowsTableModel`` (ui/widgets/table_model.py) over rows that are already their cells' texts.
"""

from __future__ import annotations

from collections.abc import Sequence
from operator import itemgetter
from typing import Any

from PySide6.QtCore import QAbstractTableModel, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QTableView

from .table_model import Column, Index, RowsTableModel
from .table_rows import rows_table

_BOLD: list[QFont] = []  # one bold font, made when first shown (a QFont wants the application)


def _bold() -> QFont:
    if not _BOLD:
        font = QFont()
        font.setBold(True)
        _BOLD.append(font)
    return _BOLD[0]


def _columns(headers: Sequence[str], numeric: Sequence[int]) -> list[Column[list[str]]]:
    right = set(numeric)
    return [Column(h, itemgetter(i), numeric=i in right) for i, h in enumerate(headers)]


class PlainTableModel(RowsTableModel[list[str]]):
    """Rows of display strings plus a payload per row (``UserRole``); right-aligned amount columns;
    the rows in ``bold`` (sums) in bold."""

    def __init__(self, headers: Sequence[str], numeric: Sequence[int] = ()) -> None:
        self.headers = list(headers)
        self.numeric = set(numeric)
        self.payload: list[Any] = []
        self.bold: set[int] = set()
        super().__init__(_columns(headers, numeric), font=self._font)

    def _font(self, i: int, _row: list[str]) -> QFont | None:
        return _bold() if i in self.bold else None

    def set_rows(self, rows: Sequence[list[str]], payload: list[Any] | None = None,
                 bold: set[int] | None = None) -> None:
        self.payload = payload if payload is not None else [None] * len(rows)
        self.bold = bold or set()
        super().set_rows(rows)

    def set_headers(self, headers: Sequence[str], numeric: Sequence[int]) -> None:
        self.headers, self.numeric = list(headers), set(numeric)
        self.set_columns(_columns(headers, numeric))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.UserRole:  # the payload, not the row of texts
            return self.payload[index.row()] if index.isValid() and index.row() < len(self.payload) else None
        return super().data(index, role)


def table_view(model: QAbstractTableModel, key: str | None = None) -> QTableView:
    """A read-only, single-row-selecting view with the table kit: ``table_rows.rows_table``."""
    return rows_table(model, key)


def selected_payload(view: QTableView) -> Any:
    rows = view.selectionModel().selectedRows()
    return rows[0].data(Qt.ItemDataRole.UserRole) if rows else None
