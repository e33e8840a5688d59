"""Personvern › Slettefrister: the retention policy in force, each figure within the range the
privacy notice allows (e.g. backups on the server 30 days to 3 months); administrators change it."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...core.access import allowed
from ...core.errors import UserError
from ...core.privacy import policy
from ..context import AppContext
from ..widgets.forms import refusal_text
from ..widgets.table_model import Column, RowsTableModel
from ..widgets.table_rows import rows_table, selected_row


def tr(text: str) -> str:
    return QCoreApplication.translate("PolicyEditor", text)


#: one rule a row; the table only shows them (the value is changed with the spin box below it)
COLUMNS: list[Column[policy.PolicyItem]] = [
    Column(QT_TRANSLATE_NOOP("PolicyEditor", "Regel"), lambda i: i.description),
    Column(QT_TRANSLATE_NOOP("PolicyEditor", "Verdi"), lambda i: f"{i.value} {i.unit}"),
    Column(QT_TRANSLATE_NOOP("PolicyEditor", "Tillatt"), lambda i: f"{i.minimum}–{i.maximum} {i.unit}"),
    Column(QT_TRANSLATE_NOOP("PolicyEditor", "Grunnlag"), lambda i: i.basis),
]


class PolicyEditor(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.items: list[policy.PolicyItem] = []
        self.model: RowsTableModel[policy.PolicyItem] = RowsTableModel(COLUMNS, translate=tr)
        self.table = rows_table(self.model, object_name="retention_policy_table", name_column=3)
        self.table.setMaximumHeight(190)
        self.table.selectionModel().selectionChanged.connect(self._selected)
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
        self.model.set_rows(self.items)

    def select(self, key: str) -> None:
        self.table.selectRow(next(i for i, item in enumerate(self.items) if item.key == key))

    def _selected(self) -> None:
        item = selected_row(self.table, self.model)
        if item is not None:
            self.value.setRange(item.minimum, item.maximum)
            self.value.setSuffix(f" {item.unit}")
            self.value.setValue(item.value)

    def save(self) -> None:
        chosen = selected_row(self.table, self.model)
        if chosen is None:
            self.status.setText(tr("Velg en regel i tabellen først."))
            return
        try:
            with self.ctx.store.session() as session:
                item = policy.set_policy(session, chosen.key, self.value.value())
        except UserError as exc:
            self.status.setText(refusal_text(exc))
            return
        self.status.setText(tr("Lagret: {v} {u}.").format(v=item.value, u=item.unit))
        self.refresh()
        self.select(chosen.key)  # the reloaded list keeps the rule chosen
        self.ctx.notify_changed("settings")
