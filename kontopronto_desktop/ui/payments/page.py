"""Innbetalinger: bank files in (drop or pick), the import summary, the queue of unmatched payments
with ranked suggestions (one-click accept, manual pick, split, leave as credit), every payment
with undo and refund, a member's reskontro, and the aging report with a bar chart and exports.

Everything goes through core.payments; the page holds plain views only. Each tab lives in its own
module (import_tab, list_tab, ledger_tab, aging_tab; the dialogs in dialogs);
this one puts them together and is the entry point for sections.py.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QMessageBox,
    QProgressDialog,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.access import allowed
from ...core.payments import importing
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


class PaymentsPage(ImportQueueTab, PaymentsListTab, LedgerTab, AgingTab):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setAcceptDrops(True)
        self.can_write = allowed(ctx.store.role, "payments")
        self.dialog: QDialog | None = None
        self.error_box: QMessageBox | None = None
        self.last_summary: importing.ImportSummary | None = None
        self.importing = False
        self.progress: QProgressDialog | None = None
        # replaceable in tests (no native dialogs)
        self.choose_file: Callable[[], str] = lambda: QFileDialog.getOpenFileName(
            self, tr("Velg bankfil"), "", tr("Bankfiler (*.txt *.ocr *.xml *.csv);;Alle filer (*)"))[0]
        self.choose_save: Callable[[str, str], str] = lambda name, flt: QFileDialog.getSaveFileName(
            self, tr("Lagre som"), name, flt)[0]
        self.ask_customer: Callable[[], int | None] = self._ask_customer
        self.confirm: Callable[[str], bool] = self._confirm

        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_import_tab(), tr("Innlesing og kø"))
        self.tabs.addTab(self._build_payments_tab(), tr("Alle innbetalinger"))
        self.tabs.addTab(self._build_ledger_tab(), tr("Reskontro"))
        self.tabs.addTab(self._build_aging_tab(), tr("Aldersfordeling"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        ctx.changed.connect(self._on_changed)
        ctx.member_ledger_requested.connect(self.show_ledger)
        self.refresh()

    def _on_changed(self, what: str) -> None:
        if what in ("payments", "invoices", "members"):
            self.refresh()

    def refresh(self) -> None:
        self.refresh_queue()
        self.refresh_payments()
        self.refresh_aging()
        if self.ledger_model.rows or self.ledger_title.text():
            self.show_ledger(self.ledger_member.value(), switch=False)


def create_page(ctx: AppContext) -> QWidget:
    return PaymentsPage(ctx)
