"""What every tab of the Innbetalinger page shares: the state the page sets up, error messages and
the one-transaction write. The tabs (import_tab, list_tab, ledger_tab, aging_tab) build
on this; page.PaymentsPage puts them together.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QDialog, QMessageBox, QTabWidget, QWidget

from ...core.errors import UserError
from ..context import AppContext


def tr(text: str) -> str:
    return QCoreApplication.translate("PaymentsPage", text)


def day_text(value: date | None) -> str:
    return value.strftime("%d.%m.%Y") if value else ""


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class PaymentsPageBase(QWidget):
    """Set up by PaymentsPage.__init__; the tab classes use it through ``self``."""

    ctx: AppContext
    can_write: bool
    tabs: QTabWidget
    dialog: QDialog | None
    error_box: QMessageBox | None

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

    def show_ledger(self, customer_number: int, switch: bool = True) -> None:
        """A member's reskontro; given by ledger_tab.LedgerTab."""
        raise NotImplementedError
