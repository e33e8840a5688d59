"""Innbetalinger: bank files in (drop or pick), the import summary, the queue of unmatched payments
with ranked suggestions (one-click accept, manual pick, split, leave as credit), every payment
with undo and refund, a member's reskontro, and the aging report with a bar chart and exports.

Everything goes through core.payments; the page holds plain views only. Each tab is its own widget
in its own module (import_tab, list_tab, ledger_tab, aging_tab; the dialogs in dialogs) and talks to
the others only through the AppContext signals; this page composes them, takes dropped files and
shows the Reskontro tab when a member's ledger is asked for. It is the entry point for sections.py.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ...core.access import allowed
from ..context import AppContext
from ..widgets.table_rows import RowsModel
from .aging_tab import AgingChart, AgingTab
from .dialogs import PickInvoiceDialog, SplitDialog
from .import_tab import CsvMappingDialog, ImportQueueTab
from .ledger_tab import LedgerTab
from .list_tab import PaymentsListTab

__all__ = ["AgingChart", "CsvMappingDialog", "PaymentsPage", "PickInvoiceDialog", "RowsModel", "SplitDialog",
           "create_page"]


def tr(text: str) -> str:
    return QCoreApplication.translate("PaymentsPage", text)


class PaymentsPage(QWidget):
    """The four tabs of Innbetalinger, each a widget of its own."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setAcceptDrops(True)
        self.can_write = allowed(ctx.store.role, "payments")
        self.import_tab = ImportQueueTab(ctx)
        self.list_tab = PaymentsListTab(ctx)
        self.ledger_tab = LedgerTab(ctx)
        self.aging_tab = AgingTab(ctx)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.import_tab, tr("Innlesing og kø"))
        self.tabs.addTab(self.list_tab, tr("Alle innbetalinger"))
        self.tabs.addTab(self.ledger_tab, tr("Reskontro"))
        self.tabs.addTab(self.aging_tab, tr("Aldersfordeling"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        ctx.member_ledger_requested.connect(self.show_ledger)
        self.list_tab.queue_requested.connect(self.show_in_queue)

    def refresh(self) -> None:
        """Every tab shows the store as it is now."""
        for tab in (self.import_tab, self.list_tab, self.ledger_tab, self.aging_tab):
            tab.refresh()

    def show_ledger(self, customer_number: int, switch: bool = True) -> None:
        """A member's reskontro, asked for by this page's tabs or another page (through the context)."""
        self.ledger_tab.show_ledger(customer_number)
        if switch:
            self.tabs.setCurrentWidget(self.ledger_tab)

    def show_in_queue(self, payment_id: int) -> None:
        """An unmatched payment chosen in the queue of «Innlesing og kø» (Enter in «Alle innbetalinger»)."""
        self.tabs.setCurrentWidget(self.import_tab)
        self.import_tab.select_queued(payment_id)

    def show_payment(self, payment_id: int) -> bool:
        """One payment selected in «Alle innbetalinger» (the one search, Ctrl+K, jumps here)."""
        self.tabs.setCurrentWidget(self.list_tab)
        return self.list_tab.select_payment(payment_id)

    # a bank file dropped anywhere on the page goes to the import tab
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt override)
        if event.mimeData().hasUrls() and self.can_write:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt override)
        urls = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if urls:
            event.acceptProposedAction()
            self.tabs.setCurrentWidget(self.import_tab)
            self.import_tab.import_file(Path(urls[0]))


def create_page(ctx: AppContext) -> QWidget:
    return PaymentsPage(ctx)
