"""Periodelås box: shows through which date the books are closed; administrators close or reopen.

The buttons only call core/periods.py; the core refuses a bookkeeper too, the box merely does
not offer what the role may not do.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from ...core import periods
from ...core.access import ADMINISTRATOR, allowed
from ...core.errors import UserError
from ..context import AppContext
from ..widgets.date_edit import DateEdit, format_date


def tr(text: str) -> str:
    return QCoreApplication.translate("PeriodLockBox", text)


class PeriodLockBox(QGroupBox):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(tr("Periodelås"), parent)
        self.ctx = ctx
        self.can_close = allowed(ctx.store.role, "settings")
        self.can_reopen = ctx.store.role == ADMINISTRATOR
        self.state = periods.PeriodState(None)
        self.error_box: QMessageBox | None = None
        # replaceable in tests (no modal dialog)
        self.confirm: Callable[[str], bool] = self._confirm

        self.status = QLabel()
        self.through = DateEdit()
        last_year_end = date(date.today().year - 1, 12, 31)
        self.through.setDate(QDate(last_year_end.year, last_year_end.month, last_year_end.day))
        self.close_button = QPushButton(tr("Lukk periode"))
        self.reopen_button = QPushButton(tr("Åpne igjen"))
        self.close_button.clicked.connect(self.close_period)
        self.reopen_button.clicked.connect(self.reopen_period)
        row = QHBoxLayout(self)
        row.addWidget(self.status, 1)
        row.addWidget(QLabel(tr("Lukk til og med:")))
        row.addWidget(self.through)
        row.addWidget(self.close_button)
        row.addWidget(self.reopen_button)
        if not self.can_close:
            self.through.setToolTip(tr("Bare en administrator kan lukke eller åpne en periode."))
        ctx.changed.connect(self._on_changed)
        self.refresh()

    def _on_changed(self, what: str) -> None:
        if what in ("settings", "period"):
            self.refresh()

    def refresh(self) -> None:
        with self.ctx.store.session() as session:
            self.state = periods.period_state(session)
        closed = self.state.closed_through
        if closed is None:
            self.status.setText(tr("Ingen periode er lukket."))
        else:
            self.status.setText(tr("Lukket til og med {d}. Endringer datert før {o} avvises.").format(
                d=format_date(closed), o=format_date(closed + timedelta(days=1))))
        self.through.setEnabled(self.can_close)
        self.close_button.setEnabled(self.can_close)
        self.reopen_button.setEnabled(self.can_reopen and closed is not None)

    def chosen_date(self) -> date:
        q = self.through.date()
        return date(q.year(), q.month(), q.day())

    def close_period(self) -> periods.PeriodState | None:
        through = self.chosen_date()
        if not self.confirm(tr("Lukke regnskapet til og med {d}? Etterpå kan ingen fakturaer, kreditnotaer eller "
                               "matchinger med dato til og med denne dagen endres eller føres.").format(
                d=format_date(through))):
            return None
        state = self._write(lambda s: periods.close_period(s, through))
        if state is not None and state.warnings:
            self.show_message("\n".join(state.warnings), QMessageBox.Icon.Information)
        return state

    def reopen_period(self) -> periods.PeriodState | None:
        if self.state.closed_through is None or not self.confirm(tr(
                "Åpne perioden til og med {d} igjen? Endringen føres i revisjonsloggen.").format(
                d=format_date(self.state.closed_through))):
            return None
        return self._write(lambda s: periods.reopen_period(s, None))

    def _write(self, action: Callable[..., periods.PeriodState]) -> periods.PeriodState | None:
        try:
            with self.ctx.store.session() as session:
                state = action(session)
        except UserError as exc:
            self.show_error(exc.message)
            return None
        self.ctx.notify_changed("period")
        return state

    def _confirm(self, text: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, tr("Periodelås"), text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.button(QMessageBox.StandardButton.Yes).setText(tr("Ja"))
        box.button(QMessageBox.StandardButton.No).setText(tr("Avbryt"))
        return box.exec() == QMessageBox.StandardButton.Yes

    def show_error(self, message: str) -> None:
        self.show_message(message, QMessageBox.Icon.Warning)

    def show_message(self, message: str, icon: QMessageBox.Icon) -> None:
        box = QMessageBox(icon, tr("Periodelås"), message, QMessageBox.StandardButton.Ok, self)
        box.setObjectName("period_error")
        self.error_box = box
        box.open()
