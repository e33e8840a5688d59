"""Purring: the reminder run wizard (date, preview, run with progress and cancel), issued reminders
with e-mail, EHF and print, held claims, the hand-over list for a collection agency, a member's
kontoutskrift, and the rates and settings behind fees and interest — all through core/collection.

Each tab is its own widget in its own module (issued_tab with run_wizard, holds_tab, handover_tab,
statement_tab, rates_tab; what they share in base). They talk only through the AppContext signals
(a write says ``ctx.notify_changed(...)`` and every tab showing claims refreshes, at once if seen,
else when next shown); this page composes them and gives them its message line. It is the entry
point for sections.py.
"""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ..context import AppContext
from .base import STAGE_LABELS, CollectionTab, MessageLine, stage_label, tr
from .handover_tab import HandoverTab
from .holds_tab import HoldsTab
from .issued_tab import IssuedTab
from .rates_tab import PLANS, RatesTab
from .run_wizard import RunWizard
from .statement_tab import StatementTab

__all__ = ["PLANS", "STAGE_LABELS", "RemindersPage", "RunWizard", "create_page", "stage_label"]


class RemindersPage(QWidget):
    """The five tabs of Purring, each a widget of its own, and the line where they report."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.message = MessageLine()
        self.issued_tab = IssuedTab(ctx, self.message)
        self.holds_tab = HoldsTab(ctx, self.message)
        self.handover_tab = HandoverTab(ctx, self.message)
        self.statement_tab = StatementTab(ctx, self.message)
        self.rates_tab = RatesTab(ctx, self.message)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.issued_tab, tr("Purringer"))
        self.tabs.addTab(self.holds_tab, tr("Stansede krav"))
        self.tabs.addTab(self.handover_tab, tr("Til inkasso"))
        self.tabs.addTab(self.statement_tab, tr("Kontoutskrift"))
        self.tabs.addTab(self.rates_tab, tr("Satser og innstillinger"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.message)

    def all_tabs(self) -> tuple[CollectionTab, ...]:
        return (self.issued_tab, self.holds_tab, self.handover_tab, self.statement_tab, self.rates_tab)

    def refresh(self) -> None:
        """Every tab shows the store as it is now (the tab seen at once, the others when shown)."""
        for tab in self.all_tabs():
            tab.stale_refresh()


def create_page(ctx: AppContext) -> QWidget:
    return RemindersPage(ctx)
