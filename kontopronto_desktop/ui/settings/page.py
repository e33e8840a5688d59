"""Innstillinger: hosts the tabs listed in ``sections.SETTINGS_TABS``.

A tab whose module does not exist yet is left out; a tab the user's role may not use is
hidden (the core enforces the same rule, this only spares the user a page of greyed fields).
"""

from __future__ import annotations

import importlib

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from ...core.access import allowed
from ..context import AppContext
from ..sections import SETTINGS_TABS

#: the permission a tab needs to be shown
TAB_PERMISSIONS = {
    "organisation": "settings",
    "invoicing": "settings",
    "email": "settings",
    "channels": "invoices",  # a bookkeeper sends runs; saving the Nets/SFTP settings still needs "settings"
    "backup": "backup",
    "users": "users",
    "passphrase": "read",  # every user changes their own passphrase
    "integrity": "read",  # anyone may check; the repair inside needs "settings"
    "accounting": "read",  # everyone sees the period lock; closing/reopening is offered by role
}


def tr(text: str) -> str:
    return QCoreApplication.translate("SettingsPage", text)


def missing_module(exc: ModuleNotFoundError, module: str) -> bool:
    """True if ``exc`` says that ``module`` itself is missing (not something it imports)."""
    return exc.name == module


class SettingsPage(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.tabs = QTabWidget()
        self.tab_keys: list[str] = []
        self.failed: dict[str, str] = {}
        for key, title, module_name in SETTINGS_TABS:
            if not allowed(ctx.store.role, TAB_PERMISSIONS.get(key, "settings")):
                continue
            try:
                module = importlib.import_module(module_name)
            except ModuleNotFoundError as exc:
                if missing_module(exc, module_name):
                    continue
                self.failed[key] = str(exc)
                continue
            factory = getattr(module, "create_page", None) or getattr(module, "create_tab", None)
            if factory is None:
                continue
            try:
                widget = factory(ctx)
            except Exception as exc:  # a broken tab must not take the whole window down
                self.failed[key] = str(exc)
                continue
            self.tabs.addTab(widget, QCoreApplication.translate("sections", title))
            self.tab_keys.append(key)
        ctx.filter_requested.connect(lambda section, key: self.show_tab(key) if section == "settings" else False)
        layout = QVBoxLayout(self)
        if not self.tab_keys:
            layout.addWidget(QLabel(tr("Rollen din har ingen innstillinger å endre.")))
        layout.addWidget(self.tabs)
        if self.failed:
            note = QLabel(tr("Noen faner kunne ikke lastes: {0}").format(", ".join(self.failed)))
            note.setWordWrap(True)
            layout.addWidget(note)

    def show_tab(self, key: str) -> bool:
        if key in self.tab_keys:
            self.tabs.setCurrentIndex(self.tab_keys.index(key))
            return True
        return False


def create_page(ctx: AppContext) -> QWidget:
    return SettingsPage(ctx)
