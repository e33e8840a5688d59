"""What every tab of the Konsern page shares: the chosen group, the message line, asking the user
and running one write in one transaction."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QMessageBox, QSpinBox, QWidget

from ...core.consolidation import groups
from ...core.errors import UserError
from ..context import AppContext


def tr(text: str) -> str:
    return QCoreApplication.translate("GroupPage", text)


class GroupPageBase(QWidget):
    """The Konsern page's common ground; ``page.GroupPage`` builds the widgets named here."""

    ctx: AppContext
    group_combo: QComboBox
    year: QSpinBox
    message: QLabel

    def group_id(self) -> int | None:
        data = self.group_combo.currentData()
        return int(data) if data is not None else None

    def _error(self, exc: BaseException, title: str = "Konsern") -> None:
        text = exc.message if isinstance(exc, UserError) else f"{type(exc).__name__}: {exc}"
        self.message.setText(text)
        if not isinstance(exc, UserError):
            QMessageBox.warning(self, tr(title), text)

    def _write(self, fn: Callable[[Any, Any], Any], what: str = "group") -> Any:
        """Run one write in one transaction; errors show in the message line. Returns None on error."""
        gid = self.group_id()
        if gid is None:
            self.message.setText(tr("Opprett eller velg et konsern først."))
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
