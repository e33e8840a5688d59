"""The member list as a lazily loaded table: filter and sort happen in SQL, rows arrive a page at a time.

With 100,000 members the view asks only for what it shows: ``count_members_capped`` once per filter,
then ``search_members`` pages of ``PAGE`` rows as the user scrolls (the table kit's
``PagedTableModel``). Rows are plain ``MemberView`` values, never ORM objects.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor

from ...core import members
from ...core.members import MemberView
from ...core.models.member import PAYMENT_METHOD_LABELS, PaymentMethod
from ...core.search_index import SearchCount
from ..context import AppContext
from ..widgets.table_model import PAGE, Column, PagedTableModel, PageRequest

__all__ = ["COLUMNS", "PAGE", "MembersTableModel"]

ENDED = QColor("#888888")


def tr(text: str) -> str:
    return QCoreApplication.translate("MembersTableModel", text)


def _method(m: MemberView) -> str:
    try:
        return PAYMENT_METHOD_LABELS[PaymentMethod(m.payment_method)]
    except ValueError:
        return m.payment_method


#: the columns; ``order_by`` is the sort key in core.members.SORTABLE (None: not sortable)
COLUMNS: list[Column[MemberView]] = [
    Column(QT_TRANSLATE_NOOP("MembersTableModel", "Kundenr."), lambda m: str(m.customer_number),
           numeric=True, order_by="customer_number"),
    Column(QT_TRANSLATE_NOOP("MembersTableModel", "Navn"), lambda m: m.name, order_by="name"),
    Column(QT_TRANSLATE_NOOP("MembersTableModel", "Adresse"), lambda m: m.street),
    Column(QT_TRANSLATE_NOOP("MembersTableModel", "Postnr."), lambda m: m.postcode, order_by="postcode"),
    Column(QT_TRANSLATE_NOOP("MembersTableModel", "Poststed"), lambda m: m.city, order_by="city"),
    Column(QT_TRANSLATE_NOOP("MembersTableModel", "Telefon"), lambda m: m.phone, order_by="phone"),
    Column(QT_TRANSLATE_NOOP("MembersTableModel", "E-post"), lambda m: m.email, order_by="email"),
    Column(QT_TRANSLATE_NOOP("MembersTableModel", "Betaling"), _method, order_by="payment_method"),
]


def fetch_members(session: Any, page: PageRequest) -> list[MemberView]:
    return members.search_members(session, page.query, sort=page.order_by or "name",
                                  descending=page.descending, offset=page.offset, limit=page.limit)


def count_members(session: Any, text: str) -> SearchCount:
    return members.count_members_capped(session, text)


class MembersTableModel(PagedTableModel[MemberView]):
    """The register's columns over ``search_members``; an ended membership is shown grey."""

    def __init__(self, ctx: AppContext, page_size: int = PAGE) -> None:
        super().__init__(COLUMNS, fetch_members, count=count_members, session=lambda: ctx.store.session(),
                         query="", order_by="name", page_size=page_size, translate=tr,
                         foreground=lambda m: None if m.active else ENDED)
        self.ctx = ctx
        self.reload()

    @property
    def search_text(self) -> str:
        return str(self.query)

    def set_search(self, text: str) -> None:
        self.set_query(text)

    def member_at(self, row: int) -> MemberView | None:
        return self.row_at(row)

    def row_of(self, customer_number: int) -> int:
        """Row of a loaded member, or -1."""
        return self.find(lambda m: m.customer_number == customer_number)
