"""Personvern › Slettefrister: the retention deadlines (policy_editor.py), what the timers will do
and when, a run (dry by default; only an administrator may run it for real) and the run log.
Through core.privacy.retention.

The schedule reads every ended or restricted member (0.4 s at 100 000 members, 1.5 s before it
read columns) and a run is a retention pass over the whole file, so both run on the thread pool
(widgets/latest_job.py): the table says «Henter …» until the rows come, and the run button waits
for its run. The schedule is read when the tab is first shown and after a change only while it is
seen, never for a hidden tab (ui/widgets/stale.py).
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
from ..widgets.empty_hint import EmptyHint
from ..widgets.gc_pause import collection_paused
from ..widgets.latest_job import LatestJob
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
        #: «Henter …» while the schedule is read, then what an empty schedule means
        self.schedule_hint = EmptyHint(self.schedule_table, empty=tr("Henter …"))
        #: the schedule and the run log, read on the thread pool (the newest request wins)
        self.schedule_job = LatestJob(ctx, self, self._show_schedule, self._schedule_failed)
        #: a run (dry or real) on the thread pool
        self.run_job = LatestJob(ctx, self, self._show_run, self._run_failed)
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
        self.schedule_label = QLabel(tr("Planlagt"))
        layout.addWidget(self.schedule_label)
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

    @property
    def busy(self) -> bool:
        """The schedule or a run is being computed on the thread pool."""
        return self.schedule_job.busy or self.run_job.busy

    def refresh_schedule(self) -> None:
        """Read the schedule and the run log on the thread pool; the rows shown stay until the new
        ones come (an empty table says «Henter …»)."""
        store = self.ctx.store
        self.schedule_label.setText(tr("Planlagt") + " – " + tr("henter …"))
        self.schedule_hint.empty_text = tr("Henter …")
        self.schedule_hint.update_hint()

        def work() -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
            with collection_paused(), store.session() as session:  # ~11 000 row dicts at 100 000 members
                return retention.schedule(session, date.today()), retention.run_log(session)

        self.schedule_job.start(work)

    def _show_schedule(self, result: tuple[list[dict[str, Any]], list[dict[str, Any]]]) -> None:
        rows, log = result
        self.schedule_label.setText(tr("Planlagt"))
        self.schedule_hint.empty_text = tr("Ingenting er planlagt.")
        self.schedule_model.set_rows(rows)
        self.log_model.set_rows(log)
        self.schedule_hint.update_hint()

    def _schedule_failed(self, exc: BaseException) -> None:
        self.schedule_label.setText(tr("Planlagt"))
        text = exc.message if isinstance(exc, UserError) else str(exc)
        self.schedule_hint.empty_text = tr("Planen kunne ikke hentes: {0}").format(text)
        self.schedule_hint.update_hint()

    def run_timers(self) -> None:
        """Run the timers at the chosen date on the thread pool (a dry run unless unticked); the
        button waits for the answer."""
        day = self.run_date.date()
        as_of = date(day.year(), day.month(), day.day())
        dry_run, store = self.dry_run.isChecked(), self.ctx.store
        self.run_button.setEnabled(False)
        self.run_result.setText(tr("Ser etter hva som er forfalt …") if dry_run else tr("Kjører slettefrister …"))

        def work() -> tuple[bool, int, list[str]]:
            with collection_paused(), store.session() as session:
                report = retention.run_retention(session, as_of, dry_run=dry_run)
                return report.dry_run, len(report.actions), [a.what for a in report.actions[:20]]

        self.run_job.start(work)

    def _run_failed(self, exc: BaseException) -> None:
        self.run_button.setEnabled(True)
        self.run_result.setText("")
        QMessageBox.warning(self, tr("Slettefrister"), exc.message if isinstance(exc, UserError) else str(exc))

    def _show_run(self, result: tuple[bool, int, list[str]]) -> None:
        dry_run, count, first = result
        self.run_button.setEnabled(True)
        verb = tr("Ville gjort") if dry_run else tr("Utført")
        self.run_result.setText(f"{verb}: {count} " + tr("handling(er)") + "\n" + "\n".join(first))
        if not dry_run:  # the person tab shows whom the run erased; this tab reads its schedule and log again
            self.ctx.notify_changed("members")
