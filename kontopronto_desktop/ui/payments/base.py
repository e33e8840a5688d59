"""What every tab of the Innbetalinger page has of its own kind: the context, whether the role may
book payments, error messages, asking the user and the one-transaction write (``PaymentsTab``).

Each tab is its own widget composed by ``page.PaymentsPage``; the tabs talk through the AppContext
signals (``changed`` after a write, ``member_ledger_requested`` to show a reskontro), never through
another tab's attributes.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from ...core.access import allowed
from ...core.errors import UserError
from ..context import AppContext
from ..widgets.date_edit import format_date
from ..widgets.stale import when_shown

#: what a tab of this page refreshes on (``AppContext.changed``)
REFRESH_ON = ("payments", "invoices", "members")


def tr(text: str) -> str:
    return QCoreApplication.translate("PaymentsPage", text)


def day_text(value: date | None) -> str:
    return format_date(value) if value else ""


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class PaymentsTab(QWidget):
    """A tab of the Innbetalinger page; it refreshes itself when payments, invoices or members change."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.can_write = allowed(ctx.store.role, "payments")
        self.dialog: QDialog | None = None
        self.error_box: QMessageBox | None = None
        # replaceable in tests (no native dialogs)
        self.confirm: Callable[[str], bool] = self._confirm
        #: a change refreshes this tab at once if it is seen, else when it is next shown
        self.stale_refresh = when_shown(self, lambda: self.refresh())
        ctx.changed.connect(self._on_changed)

    def _on_changed(self, what: str) -> None:
        if what in REFRESH_ON:
            self.stale_refresh()

    def refresh(self) -> None:
        """Show the store as it is now."""

    def _write(self, action: Callable[[Any], Any]) -> Any:
        """Run one core operation in its own transaction; errors go to a message box."""
        try:
            with self.ctx.store.session() as session:
                result = action(session)
        except UserError as exc:
            self.show_error(exc.message)
            return None
        self.ctx.notify_changed("payments")
        return result

    def show_error(self, message: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, tr("Innbetalinger"), message, QMessageBox.StandardButton.Ok,
                          self)
        box.setObjectName("payments_error")
        self.error_box = box
        box.open()

    def _confirm(self, text: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, tr("Innbetalinger"), text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.button(QMessageBox.StandardButton.Yes).setText(tr("Ja"))
        box.button(QMessageBox.StandardButton.No).setText(tr("Avbryt"))
        return box.exec() == QMessageBox.StandardButton.Yes
