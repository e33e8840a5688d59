"""Personvern: find a person, see everything held (innsyn), export it, erase it, and the
retention schedule and run log."""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...core import members
from ...core.access import allowed
from ...core.errors import UserError
from ...core.privacy import access_export, erasure, readable, retention, unmatched
from ..context import AppContext
from ..widgets.date_edit import DateEdit
from ..widgets.member_picker import address_of, describe
from ..widgets.money import money
from ..widgets.stale import when_shown

#: the member named with address in the result list's items (for the erase confirmation)
WHO_ROLE = Qt.ItemDataRole.UserRole + 1


def tr(text: str) -> str:
    return QCoreApplication.translate("PrivacyPage", text)


class PrivacyPage(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("privacyPage")
        tabs = QTabWidget()
        tabs.addTab(self._build_person_tab(), tr("Innsyn og sletting"))
        retention_tab = self._build_retention_tab()
        tabs.addTab(retention_tab, tr("Slettefrister"))
        from .breach_log import BreachTab

        self.breach_tab = BreachTab(ctx)
        tabs.addTab(self.breach_tab, tr("Avvik og protokoll"))
        self.tabs = tabs
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        ctx.changed.connect(self._on_changed)
        # the Oversikt's retention line opens «Slettefrister» (AppContext.filter_requested)
        ctx.filter_requested.connect(lambda section, key: tabs.setCurrentIndex(1)
                                     if (section, key) == ("privacy", "retention") else None)
        # the schedule is a retention dry run (seconds at 100 000 members): built when its tab is
        # first shown and after a change only while it is seen, never for a hidden tab
        self.schedule_refresh = when_shown(retention_tab, self.refresh_schedule)
        self.schedule_refresh.mark_stale()

    # -- person -----------------------------------------------------------------------------
    def _build_person_tab(self) -> QWidget:
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Søk etter navn, kundenummer, e-post eller telefon"))
        self.search.textChanged.connect(self.find_people)
        self.results = QListWidget()
        self.results.currentItemChanged.connect(lambda *_: self.show_selected())
        self.details = QTextBrowser()  # the readable form (readable.groups), never keys or JSON
        self.details.setObjectName("privacyDetails")
        self.stray_label = QLabel(tr("Innbetalinger uten match som kan høre til personen (kryss av de som gjør "
                                     "det; de tas med i innsyn og pseudonymiseres ved sletting):"))
        self.stray_label.setWordWrap(True)
        self.strays = QListWidget()
        self.strays.setMaximumHeight(110)
        self.export_button = QPushButton(tr("Eksporter innsyn (ZIP) …"))
        self.export_button.clicked.connect(self.export_selected)
        self.erase_button = QPushButton(tr("Slett …"))
        self.erase_button.clicked.connect(self.erase_selected)
        for button in (self.export_button, self.erase_button):
            button.setEnabled(False)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.results)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.details)
        right_layout.addWidget(self.stray_label)
        right_layout.addWidget(self.strays)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.erase_button)
        buttons.addStretch()
        right_layout.addLayout(buttons)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 2)
        return splitter

    def find_people(self, text: str) -> None:
        self.results.clear()
        if len(text.strip()) < 2:
            return
        with self.ctx.store.session() as session:
            found = members.search_members(session, text, limit=200, include_restricted=True)
        for m in found:
            where = address_of(m)  # name and address, so the right person is chosen before an erasure
            label = f"{m.customer_number}  {m.name}" + (f" – {where}" if where else "") \
                + (tr("  (sperret)") if m.restricted_until else "")
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, m.customer_number)
            item.setData(WHO_ROLE, describe(m))
            self.results.addItem(item)

    def selected_number(self) -> int | None:
        item = self.results.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item else None

    def show_selected(self) -> None:
        number = self.selected_number()
        self.export_button.setEnabled(number is not None)
        may_erase = allowed(self.ctx.store.role, "erase")
        self.erase_button.setEnabled(number is not None and may_erase)
        self.erase_button.setToolTip("" if may_erase else tr("Bare en administrator kan slette personopplysninger."))
        self.strays.clear()
        if number is None:
            self.details.clear()
            self._show_strays(False)
            return
        with self.ctx.store.session() as session:
            data = access_export.collect(session, number, purpose="personvern-siden")
            candidates = unmatched.find_candidates(session, number)
        for c in candidates:
            item = QListWidgetItem(f"{readable.fmt_date(c.booked_on)}  {money(c.amount_ore)}  {c.payer_name}  {c.text[:50]}  "
                                   f"({', '.join(c.reasons)})")
            item.setData(Qt.ItemDataRole.UserRole, c.payment_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.strays.addItem(item)
        self._show_strays(bool(candidates))
        self.details.setHtml(groups_html(tr("Alt som er lagret om medlemmet"), readable.groups(data)))

    def _show_strays(self, visible: bool) -> None:
        self.stray_label.setVisible(visible)
        self.strays.setVisible(visible)

    def confirmed_payment_ids(self) -> list[int]:
        """The unmatched payments the user ticked as this person's."""
        return [int(self.strays.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.strays.count())
                if self.strays.item(i).checkState() == Qt.CheckState.Checked]

    def export_selected(self, target: str | None = None) -> Path | None:
        number = self.selected_number()
        if number is None:
            return None
        if not target:
            target, _ = QFileDialog.getSaveFileName(self, tr("Lagre innsyn"), f"innsyn-{number}.zip", "ZIP (*.zip)")
            if not target:
                return None
        try:
            with self.ctx.store.session() as session:
                path = access_export.export_zip(session, number, Path(target),
                                                unmatched_payment_ids=self.confirmed_payment_ids())
        except UserError as exc:
            QMessageBox.warning(self, tr("Innsyn"), exc.message)
            return None
        return path

    def confirm_erasure(self, explanation: str) -> bool:
        """Ask before anything is erased (a method so tests can answer it)."""
        answer = QMessageBox.question(self, tr("Slette personopplysninger?"), explanation + "\n\n" + tr("Fortsette?"))
        return answer == QMessageBox.StandardButton.Yes

    def erase_selected(self) -> None:
        number = self.selected_number()
        if number is None:
            return
        try:
            with self.ctx.store.session() as session:
                plan = erasure.plan_erasure(session, number)
            if plan.mode == "refused":
                QMessageBox.warning(self, tr("Kan ikke slettes"), plan.explanation())
                return
            strays = self.confirmed_payment_ids()
            extra = (tr("\n{n} innbetaling(er) uten match pseudonymiseres også.").format(n=len(strays))
                     if strays else "")
            item = self.results.currentItem()
            who = str(item.data(WHO_ROLE) or number) if item is not None else str(number)
            if not self.confirm_erasure(tr("Medlem: {0}").format(who) + "\n\n" + plan.explanation() + extra):
                return
            with self.ctx.store.session() as session:
                erasure.erase_member(session, number, unmatched_payment_ids=self.confirmed_payment_ids())
        except UserError as exc:
            QMessageBox.warning(self, tr("Sletting"), exc.message)
            return
        self.ctx.notify_changed("members")
        self.find_people(self.search.text())
        self.details.setPlainText(tr("Slettet. Se revisjonsloggen for hva som ble gjort."))

    # -- retention --------------------------------------------------------------------------
    def _build_retention_tab(self) -> QWidget:
        self.schedule_table = QTableWidget(0, 2)
        self.schedule_table.setHorizontalHeaderLabels([tr("Når"), tr("Hva")])
        self.schedule_table.horizontalHeader().setStretchLastSection(True)
        self.log_table = QTableWidget(0, 3)
        self.log_table.setHorizontalHeaderLabels([tr("Kjørt"), tr("Per dato"), tr("Handlinger")])
        self.log_table.horizontalHeader().setStretchLastSection(True)
        self.run_date = DateEdit(QDate.currentDate())
        self.dry_run = QCheckBox(tr("Bare vis hva som ville skjedd"))
        self.dry_run.setChecked(True)
        if not allowed(self.ctx.store.role, "erase"):  # the core refuses too; this says so up front
            self.dry_run.setEnabled(False)
            self.dry_run.setToolTip(tr("Bare en administrator kan utføre slettefrister."))
        self.run_button = QPushButton(tr("Kjør slettefrister"))
        self.run_button.clicked.connect(self.run_timers)
        self.run_result = QLabel()
        self.run_result.setWordWrap(True)
        page = QWidget()
        layout = QVBoxLayout(page)
        from .policy_editor import PolicyEditor

        self.policy_editor = PolicyEditor(self.ctx)
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
        return page

    def refresh_schedule(self) -> None:
        with self.ctx.store.session() as session:
            rows = retention.schedule(session, date.today())
            log = retention.run_log(session)
        self.schedule_table.setRowCount(len(rows))
        for i, row in enumerate(rows):
            self.schedule_table.setItem(i, 0, QTableWidgetItem(row["when"]))
            self.schedule_table.setItem(i, 1, QTableWidgetItem(row["what"]))
        self.log_table.setRowCount(len(log))
        for i, entry in enumerate(log):
            for j, key in enumerate(("at", "as_of", "actions")):
                self.log_table.setItem(i, j, QTableWidgetItem(str(entry[key])[:19]))

    def run_timers(self) -> None:
        as_of = self.run_date.date().toPython()
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
            self.ctx.notify_changed("members")
        self.refresh_schedule()

    def _on_changed(self, what: str) -> None:
        if what in ("members", "settings"):
            self.schedule_refresh()


def groups_html(heading: str, groups: list[readable.Group]) -> str:
    """The groups as headed tables (a form for the person's own fields) for the QTextBrowser."""
    esc = html.escape
    parts = [f"<h3>{esc(heading)}</h3>"]
    for group in groups:
        count = "" if group.columns == ("Opplysning", "Verdi") else f" ({len(group.rows)})"
        parts.append(f"<h4>{esc(group.title)}{count}</h4>")
        if not group.rows:
            parts.append(f"<p><i>{esc(group.empty)}</i></p>")
            continue
        parts.append('<table cellspacing="0" cellpadding="3">')
        if group.columns != ("Opplysning", "Verdi"):
            parts.append("<tr>" + "".join(f"<th align=left>{esc(c)}</th>" for c in group.columns) + "</tr>")
            parts += ["<tr>" + "".join(f"<td>{esc(c)}</td>" for c in row) + "</tr>" for row in group.rows]
        else:
            parts += [f"<tr><td><b>{esc(label)}</b></td><td>{esc(value)}</td></tr>" for label, value in group.rows]
        parts.append("</table>")
    return "\n".join(parts)


def create_page(ctx: AppContext) -> QWidget:
    return PrivacyPage(ctx)
