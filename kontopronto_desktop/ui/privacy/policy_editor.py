"""Personvern › Slettefrister: the retention policy in force, each figure within the range the
privacy notice allows (e.g. backups on the server 30 days to 3 months); administrators change it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.access import allowed
from ...core.errors import UserError, ValidationError
from ...core.privacy import policy
from ..context import AppContext


def tr(text: str) -> str:
    return QCoreApplication.translate("PolicyEditor", text)


class PolicyEditor(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.items: list[policy.PolicyItem] = []
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([tr("Regel"), tr("Verdi"), tr("Tillatt"), tr("Grunnlag")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMaximumHeight(190)
        self.table.itemSelectionChanged.connect(self._selected)
        self.value = QSpinBox()
        self.save_button = QPushButton(tr("Endre"))
        self.save_button.clicked.connect(self.save)
        self.status = QLabel()
        self.status.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("Ny verdi for valgt regel:")))
        row.addWidget(self.value)
        row.addWidget(self.save_button)
        row.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(tr("Gjeldende slettefrister")))
        layout.addWidget(self.table)
        layout.addLayout(row)
        layout.addWidget(self.status)
        if not allowed(ctx.store.role, "settings"):
            self.value.setEnabled(False)
            self.save_button.setEnabled(False)
            self.save_button.setToolTip(tr("Bare en administrator kan endre slettefristene."))
        self.refresh()

    def refresh(self) -> None:
        with self.ctx.store.session() as session:
            self.items = policy.get_policy(session)
        self.table.setRowCount(len(self.items))
        for i, item in enumerate(self.items):
            for j, text in enumerate((item.description, f"{item.value} {item.unit}",
                                      f"{item.minimum}–{item.maximum} {item.unit}", item.basis)):
                self.table.setItem(i, j, QTableWidgetItem(text))

    def select(self, key: str) -> None:
        self.table.selectRow(next(i for i, item in enumerate(self.items) if item.key == key))

    def _selected(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.items):
            item = self.items[row]
            self.value.setRange(item.minimum, item.maximum)
            self.value.setSuffix(f" {item.unit}")
            self.value.setValue(item.value)

    def save(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.items):
            self.status.setText(tr("Velg en regel i tabellen først."))
            return
        try:
            with self.ctx.store.session() as session:
                item = policy.set_policy(session, self.items[row].key, self.value.value())
        except ValidationError as exc:
            self.status.setText("; ".join(exc.errors.values()))
            return
        except UserError as exc:
            self.status.setText(exc.message)
            return
        self.status.setText(tr("Lagret: {v} {u}.").format(v=item.value, u=item.unit))
        self.refresh()
        self.ctx.notify_changed("settings")
