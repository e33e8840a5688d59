"""Personvern › Slettefrister: the retention deadlines (policy_editor.py), what the timers will do
and when, a run (dry by default; only an administrator may run it for real) and the run log.
Through core.privacy.retention.

The schedule is a retention dry run (seconds at 100 000 members): built when the tab is first
shown and after a change only while it is seen, never for a hidden tab (ui/widgets/stale.py).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.access import allowed
from ...core.errors import UserError
from ...core.privacy import retention
from ..context import AppContext
from ..widgets.date_edit import DateEdit, format_date
from ..widgets.stale import when_shown
from ..widgets.table_model import Column, RowsTableModel
from ..widgets.table_rows import rows_table
from .base import tr
from .policy_editor import PolicyEditor

#: what the timers will do and when (retention.schedule: dicts with «when» and «what»)
SCHEDULE_COLUMNS: list[Column[dict[str, Any]]] = [
    Column(QT_TRANSLATE_NOOP("PrivacyPage", "Når"), lambda r: format_date(r["when"])),
    Column(QT_TRANSLATE_NOOP("PrivacyPage", "Hva"), lambda r: str(r["what"])),
]
#: the runs so far (retention.run_log)
LOG_COLUMNS: list[Column[dict[str, Any]]] = [
    Column(QT_TRANSLATE_NOOP("PrivacyPage", "Kjørt"), lambda e: format_date(e["at"])),
    Column(QT_TRANSLATE_NOOP("PrivacyPage", "Per dato"), lambda e: format_date(e["as_of"])),
    Column(QT_TRANSLATE_NOOP("PrivacyPage", "Handlinger"), lambda e: str(e["actions"])[:19], numeric=True),
]


class RetentionTab(QWidget):
    """The deadlines, the schedule, a run and its log."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.schedule_model: RowsTableModel[dict[str, Any]] = RowsTableModel(SCHEDULE_COLUMNS, translate=tr)
        self.schedule_table = rows_table(self.schedule_model, object_name="retention_schedule_table", name_column=1)
        self.log_model: RowsTableModel[dict[str, Any]] = RowsTableModel(LOG_COLUMNS, translate=tr)
        self.log_table = rows_table(self.log_model, object_name="retention_log_table")
        self.run_date = DateEdit(QDate.currentDate())
        self.dry_run = QCheckBox(tr("Bare vis hva som ville skjedd"))
        self.dry_run.setChecked(True)
        if not allowed(ctx.store.role, "erase"):  # the core refuses too; this says so up front
            self.dry_run.setEnabled(False)
            self.dry_run.setToolTip(tr("Bare en administrator kan utføre slettefrister."))
        self.run_button = QPushButton(tr("Kjør slettefrister"))
        self.run_button.clicked.connect(self.run_timers)
        self.run_result = QLabel()
        self.run_result.setWordWrap(True)
        self.policy_editor = PolicyEditor(ctx)
        layout = QVBoxLayout(self)
        layout.addWidget(self.policy_editor)
        layout.addWidget(QLabel(tr("Planlagt")))
        layout.addWidget(self.schedule_table)
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("Dato:")))
        row.addWidget(self.run_date)
        row.addWidget(self.dry_run)
        row.addWidget(self.run_button)
        row.addStretch()
        layout.addLayout(row)
        layout.addWidget(self.run_result)
        layout.addWidget(QLabel(tr("Kjørelogg")))
        layout.addWidget(self.log_table)
        self.schedule_refresh = when_shown(self, self.refresh_schedule)
        self.schedule_refresh.mark_stale()  # nothing is read until the tab is seen
        ctx.changed.connect(self._on_changed)

    def _on_changed(self, what: str) -> None:
        if what in ("members", "settings"):
            self.schedule_refresh()

    def refresh_schedule(self) -> None:
        with self.ctx.store.session() as session:
            rows = retention.schedule(session, date.today())
            log = retention.run_log(session)
        self.schedule_model.set_rows(rows)
        self.log_model.set_rows(log)

    def run_timers(self) -> None:
        day = self.run_date.date()
        as_of = date(day.year(), day.month(), day.day())
        try:
            with self.ctx.store.session() as session:
                report = retention.run_retention(session, as_of, dry_run=self.dry_run.isChecked())
        except UserError as exc:
            QMessageBox.warning(self, tr("Slettefrister"), exc.message)
            return
        verb = tr("Ville gjort") if report.dry_run else tr("Utført")
        self.run_result.setText(f"{verb}: {len(report.actions)} " + tr("handling(er)") + "\n"
                                + "\n".join(a.what for a in report.actions[:20]))
        if not report.dry_run:
            self.ctx.notify_changed("members")  # the person tab shows whom the run erased
        self.refresh_schedule()
