"""The member list as a lazily loaded table model: filter and sort happen in SQL, rows arrive a page at a time.

With 100,000 members the view asks only for what it shows: ``count_members`` once per filter,
then ``search_members`` pages of ``PAGE`` rows as the user scrolls (``canFetchMore`` /
``fetchMore``). Rows are plain ``MemberView`` values, never ORM objects.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from ...core import members, search_index
from ...core.members import MemberView
from ...core.models.member import PAYMENT_METHOD_LABELS, PaymentMethod
from ..context import AppContext

Index = QModelIndex | QPersistentModelIndex
PAGE = 200


def tr(text: str) -> str:
    return QCoreApplication.translate("MembersTableModel", text)


#: (header, sort key in core.members.SORTABLE or None)
COLUMNS: list[tuple[object, str | None]] = [
    (QT_TRANSLATE_NOOP("MembersTableModel", "Kundenr."), "customer_number"),
    (QT_TRANSLATE_NOOP("MembersTableModel", "Navn"), "name"),
    (QT_TRANSLATE_NOOP("MembersTableModel", "Adresse"), None),
    (QT_TRANSLATE_NOOP("MembersTableModel", "Postnr."), "postcode"),
    (QT_TRANSLATE_NOOP("MembersTableModel", "Poststed"), "city"),
    (QT_TRANSLATE_NOOP("MembersTableModel", "Telefon"), "phone"),
    (QT_TRANSLATE_NOOP("MembersTableModel", "E-post"), "email"),
    (QT_TRANSLATE_NOOP("MembersTableModel", "Betaling"), "payment_method"),
]


class MembersTableModel(QAbstractTableModel):
    def __init__(self, ctx: AppContext, page_size: int = PAGE) -> None:
        super().__init__()
        self.ctx = ctx
        self.page_size = page_size
        self.search_text = ""
        self.sort_key = "name"
        self.descending = False
        self.rows: list[MemberView] = []
        #: the count shown; with ``capped`` "over ``total``" (a search counts no further than 1 000)
        self.total = 0
        self.capped = False
        self.more = False
        #: how many times the list was counted and read from its start (a test: the page loads it once)
        self.loads = 0
        self.reload()

    # -- loading --------------------------------------------------------------------------
    def _page(self, offset: int) -> list[MemberView]:
        with self.ctx.store.session() as session:
            return members.search_members(session, self.search_text, sort=self.sort_key,
                                          descending=self.descending, offset=offset, limit=self.page_size)

    def reload(self) -> None:
        """Count and load the first page again (after a filter, sort or change)."""
        self.loads += 1
        with self.ctx.store.session() as session:
            count = members.count_members_capped(session, self.search_text)
            first = members.search_members(session, self.search_text, sort=self.sort_key,
                                           descending=self.descending, limit=self.page_size)
        self.beginResetModel()
        self.total, self.capped = count.count, count.capped
        self.rows = first
        self._set_more(len(first))
        self.endResetModel()

    def _set_more(self, last_page: int) -> None:
        # a capped count is not the row total: read on until a page comes back short
        self.more = last_page == self.page_size and (self.capped or len(self.rows) < self.total)

    def count_label(self) -> str:
        """«1 234» or «over 1 000»."""
        return search_index.SearchCount(self.total, self.capped).label()

    def set_search(self, text: str) -> None:
        if text != self.search_text:
            self.search_text = text
            self.reload()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self.more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        more = self._page(len(self.rows))
        if not more:
            self.more = False
            return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
        self.rows.extend(more)
        self._set_more(len(more))
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column][1]
        if key is None or (key, order == Qt.SortOrder.DescendingOrder) == (self.sort_key, self.descending):
            return  # the order shown already (the view asks again when sorting is switched on)
        self.sort_key = key
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    # -- lookups --------------------------------------------------------------------------
    def member_at(self, row: int) -> MemberView | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def row_of(self, customer_number: int) -> int:
        """Row of a loaded member, or -1."""
        for i, member in enumerate(self.rows):
            if member.customer_number == customer_number:
                return i
        return -1

    # -- Qt model API ---------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return tr(str(COLUMNS[section][0]))
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        m = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.UserRole:
            return m
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and not m.active:
            return QColor("#888888")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if col == 0:
            return str(m.customer_number)
        if col == 1:
            return m.name
        if col == 2:
            return m.street
        if col == 3:
            return m.postcode
        if col == 4:
            return m.city
        if col == 5:
            return m.phone
        if col == 6:
            return m.email
        try:
            return PAYMENT_METHOD_LABELS[PaymentMethod(m.payment_method)]
        except ValueError:
            return m.payment_method
