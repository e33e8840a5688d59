"""Tabs built the first time they are chosen (or asked for), not when their page is built.

Why: a page with many tabs (Innstillinger's nine, Regnskap's four, Konsern's six) built every tab,
with its tables, date fields and first queries, before it could paint, though the user sees one
tab; at 100 000 members that froze the window 0.2-0.9 s the first time the section was opened
(issue 19). ``LazyTabs(tabs).add(key, title, factory)`` puts an empty ``Placeholder`` in the tab;
choosing the tab, or ``widget(key)`` (a page handing a tab to a test or a link), builds it and
puts it in the placeholder's place, so ``tabs.currentWidget()`` is the real tab. A factory that
fails leaves the reason in the placeholder and in ``failed``; the rest of the page works.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget


class Placeholder(QWidget):
    """What a tab holds until it is first chosen; says why if building it failed."""

    def __init__(self) -> None:
        super().__init__()
        self.label = QLabel()
        self.label.setWordWrap(True)
        QVBoxLayout(self).addWidget(self.label)


class LazyTabs:
    """The tabs of ``tabs`` by key, each built once, when first chosen or asked for."""

    def __init__(self, tabs: QTabWidget, on_failed: Callable[[str, str], None] | None = None) -> None:
        self.tabs = tabs
        self.on_failed = on_failed
        self.keys: list[str] = []
        self.factories: dict[str, Callable[[], QWidget]] = {}
        #: key -> the built tab
        self.built: dict[str, QWidget] = {}
        #: key -> why building it failed
        self.failed: dict[str, str] = {}
        tabs.currentChanged.connect(self._chosen)

    def add(self, key: str, title: str, factory: Callable[[], QWidget]) -> None:
        """A tab at the end; call ``build_current`` once all are added."""
        self.keys.append(key)
        self.factories[key] = factory
        self.tabs.blockSignals(True)  # the first tab added becomes current: built by build_current
        try:
            self.tabs.addTab(Placeholder(), title)
        finally:
            self.tabs.blockSignals(False)

    def build_current(self) -> None:
        """Build the tab on screen (the first, or the one chosen before the tabs were filled)."""
        self._chosen(self.tabs.currentIndex())

    def widget(self, key: str) -> QWidget:
        """The tab, built now if it was not yet (not chosen: the current tab stays)."""
        self._build(key)
        if key in self.failed:
            raise RuntimeError(self.failed[key])
        return self.built[key]

    def _chosen(self, index: int) -> None:
        if 0 <= index < len(self.keys):
            self._build(self.keys[index])

    def _build(self, key: str) -> None:
        factory = self.factories.pop(key, None)
        if factory is None:
            return
        index = self.keys.index(key)
        placeholder = self.tabs.widget(index)
        try:
            widget = factory()
        except Exception as exc:  # a broken tab must not take the whole page down
            self.failed[key] = str(exc)
            if isinstance(placeholder, Placeholder):
                placeholder.label.setText(QCoreApplication.translate("SettingsPage", "Fanen kunne ikke lastes: {0}")
                                          .format(exc))
            if self.on_failed is not None:
                self.on_failed(key, str(exc))
            return
        self.built[key] = widget
        current = self.tabs.currentIndex()
        title, tip = self.tabs.tabText(index), self.tabs.tabToolTip(index)
        self.tabs.blockSignals(True)  # the swap is not a change of tab
        try:
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, widget, title)
            self.tabs.setTabToolTip(index, tip)
            self.tabs.setCurrentIndex(current)
        finally:
            self.tabs.blockSignals(False)
        placeholder.deleteLater()
