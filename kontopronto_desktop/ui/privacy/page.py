"""Personvern: find a person, see everything held (innsyn), export it, erase it; the retention
deadlines, schedule and run log; the breach log and the processing record (ROPA).

Each tab is its own widget in its own module (person_tab, retention_tab with policy_editor,
breach_log); they talk only through the AppContext signals (an erasure or a retention run says
``ctx.notify_changed("members")`` and the others follow when seen). This page composes them and
opens «Slettefrister» when the Oversikt asks (``filter_requested``). It is the entry point for
sections.py.
"""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ..context import AppContext
from .base import tr
from .breach_log import BreachTab
from .person_tab import PersonTab, groups_html
from .retention_tab import RetentionTab

__all__ = ["PrivacyPage", "create_page", "groups_html"]


class PrivacyPage(QWidget):
    """The three tabs of Personvern, each a widget of its own."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("privacyPage")
        self.person_tab = PersonTab(ctx)
        self.retention_tab = RetentionTab(ctx)
        self.breach_tab = BreachTab(ctx)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.person_tab, tr("Innsyn og sletting"))
        self.tabs.addTab(self.retention_tab, tr("Slettefrister"))
        self.tabs.addTab(self.breach_tab, tr("Avvik og protokoll"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        # the Oversikt's retention line opens «Slettefrister» (AppContext.filter_requested)
        ctx.filter_requested.connect(self._filter_requested)

    def _filter_requested(self, section: str, key: str) -> None:
        if (section, key) == ("privacy", "retention"):
            self.tabs.setCurrentWidget(self.retention_tab)


def create_page(ctx: AppContext) -> QWidget:
    return PrivacyPage(ctx)
