"""Innstillinger: hosts the tabs listed in ``sections.SETTINGS_TABS``.

A tab whose module does not exist yet is left out; a tab the user's role may not use is
hidden (the core enforces the same rule, this only spares the user a page of greyed fields).
Each tab is built the first time it is chosen (``show_tab``, a click, a link from the Oversikt):
building all nine at once read the backup credentials, the users, the channels and the period
lock before the page could paint (issue 19: 0.3-0.9 s at 100 000 members), though the user sees
one tab. Until then the tab holds an empty placeholder.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

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


class Placeholder(QWidget):
    """What a tab holds until it is first chosen; says why if building it failed."""

    def __init__(self) -> None:
        super().__init__()
        self.label = QLabel()
        self.label.setWordWrap(True)
        QVBoxLayout(self).addWidget(self.label)


class SettingsPage(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.tabs = QTabWidget()
        self.tab_keys: list[str] = []
        self.failed: dict[str, str] = {}
        #: key -> the tab's factory, until it is built
        self.factories: dict[str, Callable[[AppContext], QWidget]] = {}
        #: key -> the built tab (tests check what was built)
        self.built: dict[str, QWidget] = {}
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
            self.factories[key] = factory
            self.tabs.addTab(Placeholder(), QCoreApplication.translate("sections", title))
            self.tab_keys.append(key)
        self.tabs.currentChanged.connect(self._build)
        ctx.filter_requested.connect(lambda section, key: self.show_tab(key) if section == "settings" else False)
        layout = QVBoxLayout(self)
        if not self.tab_keys:
            layout.addWidget(QLabel(tr("Rollen din har ingen innstillinger å endre.")))
        layout.addWidget(self.tabs)
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self._show_failed()
        if self.tab_keys:
            self._build(self.tabs.currentIndex())

    def _show_failed(self) -> None:
        self.note.setText(tr("Noen faner kunne ikke lastes: {0}").format(", ".join(self.failed))
                          if self.failed else "")
        self.note.setVisible(bool(self.failed))

    def _build(self, index: int) -> None:
        """Put the real tab in place of the placeholder at ``index`` (once)."""
        if not 0 <= index < len(self.tab_keys):
            return
        key = self.tab_keys[index]
        factory = self.factories.pop(key, None)
        if factory is None:
            return
        placeholder = self.tabs.widget(index)
        try:
            widget = factory(self.ctx)
        except Exception as exc:  # a broken tab must not take the whole window down
            self.failed[key] = str(exc)
            if isinstance(placeholder, Placeholder):
                placeholder.label.setText(tr("Fanen kunne ikke lastes: {0}").format(exc))
            self._show_failed()
            return
        self.built[key] = widget
        title = self.tabs.tabText(index)
        self.tabs.blockSignals(True)  # the swap is not a change of tab
        try:
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, widget, title)
            self.tabs.setCurrentIndex(index)
        finally:
            self.tabs.blockSignals(False)
        placeholder.deleteLater()

    def show_tab(self, key: str) -> bool:
        if key in self.tab_keys:
            self.tabs.setCurrentIndex(self.tab_keys.index(key))
            return True
        return False


def create_page(ctx: AppContext) -> QWidget:
    return SettingsPage(ctx)
