"""Innstillinger: hosts the tabs listed in ``sections.SETTINGS_TABS``.

A tab whose module does not exist yet is left out; a tab the user's role may not use is
hidden (the core enforces the same rule, this only spares the user a page of greyed fields).
Each tab is built the first time it is chosen (``show_tab``, a click, a link from the Oversikt;
ui/widgets/lazy_tabs.py): building all nine at once read the backup keys, the users, the channels
and the period lock before the page could paint (issue 19: 0.3-0.9 s at 100 000 members), though
the user sees one tab.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from ...core.access import allowed
from ..context import AppContext
from ..sections import SETTINGS_TABS
from ..widgets.lazy_tabs import LazyTabs, Placeholder

__all__ = ["TAB_PERMISSIONS", "Placeholder", "SettingsPage", "create_page", "missing_module", "tr"]

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
        self.lazy = LazyTabs(self.tabs, on_failed=lambda key, why: self._show_failed())
        #: key -> why the tab's module could not be imported or the tab built
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
            self.lazy.add(key, QCoreApplication.translate("sections", title), self._factory(factory))
        ctx.filter_requested.connect(lambda section, key: self.show_tab(key) if section == "settings" else False)
        layout = QVBoxLayout(self)
        if not self.tab_keys:
            layout.addWidget(QLabel(tr("Rollen din har ingen innstillinger å endre.")))
        layout.addWidget(self.tabs)
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self._show_failed()
        self.lazy.build_current()

    def _factory(self, factory: Callable[[AppContext], QWidget]) -> Callable[[], QWidget]:
        return lambda: factory(self.ctx)

    @property
    def tab_keys(self) -> list[str]:
        return self.lazy.keys

    @property
    def built(self) -> dict[str, QWidget]:
        """key -> the tabs built so far."""
        return self.lazy.built

    def _show_failed(self) -> None:
        failed = {**self.failed, **self.lazy.failed}
        self.note.setText(tr("Noen faner kunne ikke lastes: {0}").format(", ".join(failed)) if failed else "")
        self.note.setVisible(bool(failed))

    def show_tab(self, key: str) -> bool:
        if key in self.tab_keys:
            self.tabs.setCurrentIndex(self.tab_keys.index(key))
            return True
        return False


def create_page(ctx: AppContext) -> QWidget:
    return SettingsPage(ctx)
