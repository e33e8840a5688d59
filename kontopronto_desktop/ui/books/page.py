"""The Regnskap page: Kontoplan, Bilag, Eksport and Mva-grunnlag tabs over core/books."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ..context import AppContext
from .base import tr
from .chart_tab import ChartTab
from .export_tab import ExportTab
from .vat_tab import VatTab
from .vouchers_tab import VouchersTab


class BooksPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tabs = QTabWidget()
        self.chart = ChartTab(ctx)
        self.vouchers = VouchersTab(ctx)
        self.export = ExportTab(ctx)
        self.vat = VatTab(ctx)
        self.tabs.addTab(self.chart, tr("Kontoplan"))
        self.tabs.addTab(self.vouchers, tr("Bilag"))
        self.tabs.addTab(self.export, tr("Eksport"))
        self.tabs.addTab(self.vat, tr("Mva-grunnlag"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)


def create_page(ctx: AppContext) -> QWidget:
    return BooksPage(ctx)
