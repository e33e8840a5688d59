"""What every tab of the Konsern page shares, passed in explicitly: the chosen group and year
(``GroupState``, set by the page), the message line, asking the user and running one write in one
transaction (``GroupTab``). A tab reads the state and listens to ``state.changed``; it never reaches
into the page or another tab."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from ...core.consolidation import groups
from ...core.errors import UserError
from ..context import AppContext


def tr(text: str) -> str:
    return QCoreApplication.translate("GroupPage", text)


class GroupState(QObject):
    """The Konsern page's choice of group and year, shared by its tabs.

    Data changes go through ``AppContext.changed("group")``; the page then reloads its group list and
    calls ``choose``, so ``changed`` is the one signal a tab refreshes on.
    """

    #: another group or year was chosen, or the group's data changed: tabs refresh
    changed = Signal()
    #: a line for the page's message label
    message = Signal(str)
    #: a tab asks the page to show this group (e.g. one it has just restored)
    group_requested = Signal(int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.group_id: int | None = None
        self.year: int = date.today().year - 1

    def choose(self, group_id: int | None, year: int) -> None:
        self.group_id, self.year = group_id, year
        self.changed.emit()

    def say(self, text: str) -> None:
        self.message.emit(text)


class GroupTab(QWidget):
    """A tab (or box) of the Konsern page: the context, the shared state and the common helpers."""

    def __init__(self, ctx: AppContext, state: GroupState) -> None:
        super().__init__()
        self.ctx = ctx
        self.state = state

    def group_id(self) -> int | None:
        return self.state.group_id

    @property
    def year(self) -> int:
        return self.state.year

    def say(self, text: str) -> None:
        self.state.say(text)

    def refresh(self) -> None:
        """Show the chosen group and year (called on ``state.changed``)."""

    def _error(self, exc: BaseException, title: str = "Konsern") -> None:
        text = exc.message if isinstance(exc, UserError) else f"{type(exc).__name__}: {exc}"
        self.say(text)
        if not isinstance(exc, UserError):
            QMessageBox.warning(self, tr(title), text)

    def _write(self, fn: Callable[[Any, Any], Any], what: str = "group") -> Any:
        """Run one write in one transaction; errors show in the message line. Returns None on error."""
        gid = self.group_id()
        if gid is None:
            self.say(tr("Opprett eller velg et konsern først."))
            return None
        try:
            with self.ctx.store.session() as s:
                result = fn(s, groups.get_group(s, gid))
        except UserError as exc:
            self._error(exc)
            return None
        self.ctx.notify_changed(what)
        return result

    def confirm(self, text: str) -> bool:
        """Ask the user (a method so tests can answer it)."""
        answer = QMessageBox.question(self, tr("Konsern"), text)
        return answer == QMessageBox.StandardButton.Yes
