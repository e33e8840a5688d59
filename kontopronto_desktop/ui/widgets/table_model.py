"""One table model for every list of the GUI: the columns described once, the rows kept as plain values.

A page describes its table as a list of ``Column``s (header, the text of a row, right-aligned or not,
how it sorts, a tooltip) and gives ``RowsTableModel`` its rows, or gives ``PagedTableModel`` a
``fetch`` (and optionally a ``count``) so that a 100 000-row list is read a page at a time as the
view scrolls. The view side (sizing, remembered layout, Ctrl+C, export, keys) is ``table_kit``.

Why one model: six hand-written ``QAbstractTableModel``s repeated the same ``rowCount``/``headerData``/
``data`` and each paged list its own ``fetchMore``. The hot path stays as cheap as theirs was: a
display cell is one list index and one call of the column's ``text`` (no objects made per cell).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ...core.search_index import SearchCount

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex
#: rows read per page of a paged list (more as the user scrolls)
PAGE = 200
#: at most this many rows are read again to keep a list where the user had scrolled (``reload(at_least)``)
KEEP_LOADED = 2000
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_DISPLAY = Qt.ItemDataRole.DisplayRole
_USER = Qt.ItemDataRole.UserRole
_ALIGN = Qt.ItemDataRole.TextAlignmentRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_FONT = Qt.ItemDataRole.FontRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_HORIZONTAL = Qt.Orientation.Horizontal


def _same(text: str) -> str:
    return text


@dataclass(frozen=True, slots=True)
class Column(Generic[R]):
    """One column: ``header`` (the source text, usually marked ``QT_TRANSLATE_NOOP("Context", …)``,
    which is typed ``object``; the model's ``translate`` shows it), ``text(row)``.

    ``numeric`` right-aligns (amounts, numbers). ``sort_key(row)`` lets a ``RowsTableModel`` sort in
    memory; ``order_by`` is the name a ``PagedTableModel`` passes to its ``fetch`` (SQL sorts).
    A column with neither keeps its order when its header is clicked."""

    header: object
    text: Callable[[R], str]
    numeric: bool = False
    sort_key: Callable[[R], Any] | None = None
    order_by: str | None = None
    tooltip: Callable[[R], str | None] | None = None


class RowsTableModel(QAbstractTableModel, Generic[R]):
    """A read-only table over a list of plain rows (never ORM objects); ``UserRole`` gives the row.

    ``foreground(row)`` colours a whole row (e.g. grey for an ended membership) and ``font(i, row)``
    gives row ``i`` a font (bold sums); both None by default, so they cost nothing."""

    def __init__(self, columns: Sequence[Column[R]], *, translate: Callable[[str], str] = _same,
                 foreground: Callable[[R], Any] | None = None,
                 font: Callable[[int, R], Any] | None = None) -> None:
        super().__init__()
        self.translate = translate
        self.foreground = foreground
        self.font = font
        self.rows: list[R] = []
        self._set_columns(columns)

    def _set_columns(self, columns: Sequence[Column[R]]) -> None:
        self.columns = list(columns)
        self._headers = [str(c.header) for c in self.columns]
        self._texts = [c.text for c in self.columns]  # the hot path reads these, not the dataclasses
        self._numeric = {i for i, c in enumerate(self.columns) if c.numeric}
        self._tooltips = [c.tooltip for c in self.columns]

    def set_columns(self, columns: Sequence[Column[R]]) -> None:
        self.beginResetModel()
        self._set_columns(columns)
        self.endResetModel()

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    # -- lookups --------------------------------------------------------------------------
    def row_at(self, i: int) -> R | None:
        return self.rows[i] if 0 <= i < len(self.rows) else None

    def find(self, found: Callable[[R], bool]) -> int:
        """Row of the first loaded row ``found`` accepts, or -1."""
        for i, row in enumerate(self.rows):
            if found(row):
                return i
        return -1

    # -- sorting in memory ----------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.columns[column].sort_key if 0 <= column < len(self.columns) else None
        if key is None:
            return
        self.layoutAboutToBeChanged.emit()
        self.rows.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()

    # -- Qt model API ---------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt API)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt API)
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 (Qt API)
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == _DISPLAY and orientation == _HORIZONTAL and 0 <= section < len(self.columns):
            return self.translate(self._headers[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        i = index.row()
        if i >= len(self.rows):
            return None
        if role == _DISPLAY:
            return self._texts[index.column()](self.rows[i])
        if role == _USER:
            return self.rows[i]
        if role == _ALIGN:
            return RIGHT if index.column() in self._numeric else None
        if role == _FOREGROUND:
            return self.foreground(self.rows[i]) if self.foreground is not None else None
        if role == _FONT:
            return self.font(i, self.rows[i]) if self.font is not None else None
        if role == _TOOLTIP:
            tip = self._tooltips[index.column()]
            return tip(self.rows[i]) if tip is not None else None
        return None


@dataclass(frozen=True, slots=True)
class PageRequest:
    """What ``fetch`` is asked for: the rows of ``query`` from ``offset``, at most ``limit``, in the
    order of the sorted column's ``order_by`` (None: the list's own order)."""

    query: Any
    offset: int
    limit: int
    order_by: str | None = None
    descending: bool = False


#: ``fetch(session, request)``: one page of rows
Fetch = Callable[[Any, PageRequest], Sequence[Any]]
#: ``count(session, query)``: how many rows the query finds — an int, or a SearchCount that may be
#: capped («over 1 000»: a search counts no further)
Count = Callable[[Any, Any], "int | SearchCount"]


class PagedTableModel(RowsTableModel[R]):
    """A list read a page at a time: ``reload`` counts (if it can) and reads the first page, the view's
    ``fetchMore`` the next as it scrolls, until a page comes back short.

    ``session`` opens a unit of work (``store.session``); the count and the first page share one.
    ``set_query`` is the search/filter hook: a new query reloads, the same one does nothing. Clicking
    a column with ``order_by`` sorts in SQL (``fetch`` gets it in the request). A capped count is not
    the row total: the list reads on until a short page, so a search finding 1 100 shows all 1 100
    under «over 1 000»."""

    def __init__(self, columns: Sequence[Column[R]], fetch: Fetch, *, count: Count | None = None,
                 session: Callable[[], contextlib.AbstractContextManager[Any]] | None = None,
                 query: Any = None, order_by: str | None = None, descending: bool = False,
                 page_size: int = PAGE, translate: Callable[[str], str] = _same,
                 foreground: Callable[[R], Any] | None = None,
                 font: Callable[[int, R], Any] | None = None) -> None:
        super().__init__(columns, translate=translate, foreground=foreground, font=font)
        self.fetch = fetch
        self.count = count
        self.session = session
        self.query = query
        self.order_by = order_by
        self.descending = descending
        self.page_size = page_size
        #: the count shown; with ``capped`` "over ``total``"
        self.total = 0
        self.capped = False
        self.more = False
        #: how many times the list was counted and read from its start (tests count queries per keystroke)
        self.loads = 0

    def _request(self, offset: int) -> PageRequest:
        return PageRequest(self.query, offset, self.page_size, self.order_by, self.descending)

    def reload(self, at_least: int = 0) -> None:
        """Count and read the first page again (after a filter, sort or change); with ``at_least``,
        as many whole pages as hold that many rows (up to ``KEEP_LOADED``), in one read: a list the
        user had scrolled far down keeps its rows after a save, so the row and its place stay."""
        if self.session is None:
            return
        self.loads += 1
        pages = max(1, -(-min(at_least, KEEP_LOADED) // self.page_size))
        request = replace(self._request(0), limit=pages * self.page_size)
        with self.session() as session:
            counted = self.count(session, self.query) if self.count is not None else None
            first = list(self.fetch(session, request))
        self.beginResetModel()
        if isinstance(counted, SearchCount):
            self.total, self.capped = counted.count, counted.capped
        else:
            self.total, self.capped = (len(first) if counted is None else counted), False
        self.rows = first
        self._set_more(len(first), request.limit)
        self.endResetModel()

    def _set_more(self, last_page: int, asked: int | None = None) -> None:
        full = last_page == (asked or self.page_size)
        if self.count is None:
            self.more = full
        else:  # a capped count is not the row total: read on until a page comes back short
            self.more = full and (self.capped or len(self.rows) < self.total)

    def set_query(self, query: Any) -> None:
        if query != self.query:
            self.query = query
            self.reload()

    def count_label(self) -> str:
        """«1 234» or «over 1 000»."""
        return SearchCount(self.total, self.capped).label()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802 (Qt API)
        return not parent.isValid() and self.more and self.session is not None

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802 (Qt API)
        if parent.isValid() or not self.canFetchMore():
            return
        assert self.session is not None
        with self.session() as session:
            more = list(self.fetch(session, self._request(len(self.rows))))
        if not more:
            self.more = False
            return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
        self.rows.extend(more)
        if self.count is None and not self.capped:
            self.total = len(self.rows)
        self._set_more(len(more))
        self.endInsertRows()

    def find_reading_on(self, found: Callable[[R], bool], limit: int | None = None) -> int:
        """Row of the first row ``found`` accepts, reading further pages while there are more (and,
        with ``limit``, while no more than ``limit`` rows are loaded: a far-away row is not worth
        reading a whole register for); or -1."""
        start = 0
        while True:
            for i in range(start, len(self.rows)):
                if found(self.rows[i]):
                    return i
            if not self.canFetchMore() or (limit is not None and len(self.rows) > limit):
                return -1
            start = len(self.rows)
            self.fetchMore()

    def read_all(self, limit: int | None = None) -> None:
        """Read the remaining pages (export, a far-away row); stop once ``limit`` rows are loaded."""
        while self.canFetchMore() and (limit is None or len(self.rows) <= limit):
            self.fetchMore()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.columns[column].order_by if 0 <= column < len(self.columns) else None
        descending = order == Qt.SortOrder.DescendingOrder
        if key is None or (key, descending) == (self.order_by, self.descending):
            return  # the order shown already (the view asks again when sorting is switched on)
        self.order_by, self.descending = key, descending
        self.reload()
