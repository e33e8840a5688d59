"""The Regnskap page: Kontoplan, Bilag, Eksport and Mva-grunnlag tabs over core/books.

A tab is built the first time it is chosen (ui/widgets/lazy_tabs.py), and reads its list when it is
seen (``BooksTab.read_when_seen``): the page used to build all four with their queries before it
could paint, though the user sees Kontoplan (issue 19). ``page.vouchers`` and the others build their
tab when asked for, without choosing it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ..context import AppContext
from ..widgets.lazy_tabs import LazyTabs
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
        self.lazy = LazyTabs(self.tabs)
        self.lazy.add("chart", tr("Kontoplan"), lambda: ChartTab(ctx))
        self.lazy.add("vouchers", tr("Bilag"), lambda: VouchersTab(ctx))
        self.lazy.add("export", tr("Eksport"), lambda: ExportTab(ctx))
        self.lazy.add("vat", tr("Mva-grunnlag"), lambda: VatTab(ctx))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.lazy.build_current()

    @property
    def chart(self) -> ChartTab:
        tab = self.lazy.widget("chart")
        assert isinstance(tab, ChartTab)
        return tab

    @property
    def vouchers(self) -> VouchersTab:
        tab = self.lazy.widget("vouchers")
        assert isinstance(tab, VouchersTab)
        return tab

    @property
    def export(self) -> ExportTab:
        tab = self.lazy.widget("export")
        assert isinstance(tab, ExportTab)
        return tab

    @property
    def vat(self) -> VatTab:
        tab = self.lazy.widget("vat")
        assert isinstance(tab, VatTab)
        return tab


def create_page(ctx: AppContext) -> QWidget:
    return BooksPage(ctx)
