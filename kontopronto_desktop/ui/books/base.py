"""What the Regnskap tabs share: translation context, date helpers, the one-transaction write."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from ...core.errors import UserError
from ...core.invoicing import pdf
from ...core.private_files import preview_folder, remove_preview
from ..context import AppContext
from ..widgets.date_edit import DateEdit
from ..widgets.stale import StaleRefresh, when_shown

#: how long a previewed PDF stays in its private temp folder (the viewer has read it by then)
PREVIEW_SECONDS = 60


def tr(text: str) -> str:
    return QCoreApplication.translate("BooksPage", text)


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def date_edit(on: date) -> DateEdit:
    return DateEdit(on)


class BooksTab(QWidget):
    """A tab of the Regnskap page: errors in a message box, writes in their own transaction."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.error_box: QMessageBox | None = None
        self.info_box: QMessageBox | None = None
        #: replaceable in tests (no PDF viewer)
        self.open_url: Callable[[QUrl], Any] = QDesktopServices.openUrl

    def read_when_seen(self, refresh: Callable[[], object]) -> StaleRefresh:
        """``refresh`` runs when the tab is first seen, and after a change at once if it is seen, else
        when next shown. Why: Regnskap built its four tabs' lists when first opened, though the user
        sees one; at 100 000 invoices the hidden three read vouchers, exports and the VAT basis
        from a cold store for 150+ ms (issue 19)."""
        stale = when_shown(self, refresh)
        stale.mark_stale()
        return stale

    def open_invoice(self, number: int) -> Path | None:
        """An invoice or credit note as issued (the archived PDF), in the user's own viewer."""
        folder = preview_folder()
        try:
            with self.ctx.store.session() as session:
                path = pdf.export_invoice(session, number, folder)
        except UserError as exc:
            remove_preview(folder)
            self.show_error(exc.message)
            return None
        self.open_url(QUrl.fromLocalFile(str(path)))
        QTimer.singleShot(PREVIEW_SECONDS * 1000, self, lambda: remove_preview(folder))
        return path

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
