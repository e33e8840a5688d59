"""Innstillinger › Regnskap: the period lock (Periodelås), where a bookkeeper looks for it, not in
the bank import. Everyone with read access sees through which date the books are closed; the box
offers closing and reopening only to the roles the core allows."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ..context import AppContext
from .period_lock import PeriodLockBox


def tr(text: str) -> str:
    return QCoreApplication.translate("AccountingSettings", text)


class AccountingTab(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.setObjectName("accountingSettings")
        self.period_box = PeriodLockBox(ctx)
        note = QLabel(tr("Når en periode er lukket, kan ingen fakturaer, kreditnotaer, innbetalinger eller bilag "
                         "dateres i den. Lukk perioden når regnskapet for den er avstemt."))
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.period_box)
        layout.addStretch()


def create_tab(ctx: AppContext) -> QWidget:
    return AccountingTab(ctx)
