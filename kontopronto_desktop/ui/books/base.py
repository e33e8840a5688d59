"""What the Regnskap tabs share: translation context, date helpers, the one-transaction write."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QDateEdit, QMessageBox, QWidget

from ...core.errors import UserError
from ..context import AppContext


def tr(text: str) -> str:
    return QCoreApplication.translate("BooksPage", text)


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def date_edit(on: date) -> QDateEdit:
    edit = QDateEdit(QDate(on.year, on.month, on.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd.MM.yyyy")
    return edit


class BooksTab(QWidget):
    """A tab of the Regnskap page: errors in a message box, writes in their own transaction."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.error_box: QMessageBox | None = None
        self.info_box: QMessageBox | None = None

    def show_error(self, message: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, tr("Regnskap"), message, QMessageBox.StandardButton.Ok, self)
        box.setObjectName("books_error")
        self.error_box = box
        box.open()

    def show_info(self, message: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, tr("Regnskap"), message, QMessageBox.StandardButton.Ok,
                          self)
        self.info_box = box
        box.open()

    def write(self, action: Callable[[Any], Any], what: str = "books") -> Any:
        try:
            with self.ctx.store.session() as session:
                result = action(session)
        except UserError as exc:
            self.show_error(exc.message)
            return None
        self.ctx.notify_changed(what)
        return result
