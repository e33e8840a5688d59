"""A read-only table over plain rows: the model, the table view it sits in, and the selected row.

``RowsModel`` is the table kit's ``RowsTableModel`` (ui/widgets/table_model.py) for callers that give
the column headers and one ``cell(row, column)`` function instead of a ``Column`` per column, and
their own ``tr`` for the headers, so each page keeps its translation context.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView

from . import table_kit
from .table_model import RIGHT, Column, RowsTableModel

__all__ = ["RIGHT", "RowsModel", "rows_table", "selected_row", "selected_rows"]


def _column_text(cell: Callable[[Any, int], str], column: int) -> Callable[[Any], str]:
    return lambda row: cell(row, column)


class RowsModel(RowsTableModel[Any]):
    """A read-only table over plain rows; ``cell(row, column)`` gives the text, ``translate`` the headers,
    the columns in ``right`` are right-aligned."""

    def __init__(self, headers: Sequence[str], cell: Callable[[Any, int], str], right: Sequence[int] = (), *,
                 translate: Callable[[str], str]) -> None:
        self.headers = list(headers)
        self.cell = cell
        self.right = set(right)
        super().__init__([Column(h, _column_text(cell, i), numeric=i in self.right) for i, h in enumerate(self.headers)],
                         translate=translate)


def rows_table(model: QAbstractTableModel, key: str | None = None, *, object_name: str = "",
               name_column: int | None = None, on_open: Callable[[], Any] | None = None,
               on_delete: Callable[[], Any] | None = None, several: bool = False,
               sorted_by: tuple[int, Qt.SortOrder] | None = None) -> QTableView:
    """A read-only table view over ``model`` that selects whole rows (one, or with ``several`` Shift/Ctrl
    ranges), with the table kit (table_kit.install): its layout remembered under ``key`` or
    ``object_name``, ``name_column`` stretching, Enter calling ``on_open`` and Delete ``on_delete``.

    ``sorted_by`` (column, order) makes the headers sort, starting from the order the model already
    has (the indicator is set before sorting is switched on, so a paged model is not read again);
    a remembered sort then applies over it."""
    view = QTableView()
    view.setObjectName(object_name)
    view.setModel(model)
    if sorted_by is not None:
        view.horizontalHeader().setSortIndicator(*sorted_by)
        view.setSortingEnabled(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection if several
                          else QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.horizontalHeader().setStretchLastSection(True)
    view.verticalHeader().setVisible(False)
    table_kit.install(view, key=key, name_column=name_column, on_open=on_open, on_delete=on_delete)
    return view


def selected_row(view: QTableView, model: RowsTableModel[Any]) -> Any:
    """The row object selected in ``view``, or None."""
    rows = view.selectionModel().selectedRows()
    return model.rows[rows[0].row()] if rows else None


def selected_rows(view: QTableView, model: RowsTableModel[Any]) -> list[Any]:
    """Every row object chosen in ``view`` (a ``several`` view: Shift/Ctrl), in list order."""
    return [model.rows[i] for i in sorted({index.row() for index in view.selectionModel().selectedRows()})]
