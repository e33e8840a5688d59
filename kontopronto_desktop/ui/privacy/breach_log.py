"""Personvern › Avvik: the breach log (GDPR art. 33(5)) with the 72-hour reminder, and the
processing record (ROPA) with the log, as PDF."""

from __future__ import annotations

from datetime import UTC
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDateTime
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.access import allowed
from ...core.errors import UserError
from ...core.privacy import breaches, ropa
from ..context import AppContext
from ..widgets.date_edit import format_date
from ..widgets.empty_hint import EmptyHint
from ..widgets.forms import refusal_text
from ..widgets.table_kit import kit_of
from ..widgets.table_model import Column, RowsTableModel
from ..widgets.table_rows import rows_table, selected_row


def tr(text: str) -> str:
    return QCoreApplication.translate("BreachLog", text)


COLUMNS: list[Column[breaches.BreachView]] = [
    Column(QT_TRANSLATE_NOOP("BreachLog", "Nr."), lambda b: str(b.id)),
    Column(QT_TRANSLATE_NOOP("BreachLog", "Oppdaget"), lambda b: format_date(b.discovered_at)),
    Column(QT_TRANSLATE_NOOP("BreachLog", "Hva"), lambda b: b.what),
    Column(QT_TRANSLATE_NOOP("BreachLog", "Datatilsynet"), lambda b: b.reminder()),
]


class BreachTab(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.reminders = QLabel()
        self.reminders.setWordWrap(True)
        self.reminders.setStyleSheet("color: #8a1c1c; font-weight: bold")
        self.model: RowsTableModel[breaches.BreachView] = RowsTableModel(COLUMNS, translate=tr)
        self.table = rows_table(self.model, object_name="breach_table", name_column=2)
        self.empty_hint = EmptyHint(self.table, empty=tr(
            "Ingen avvik registrert. Trykk «Registrer avvik» hvis personopplysninger har kommet på avveie."))
        self.what = QLineEdit()
        self.discovered = QDateTimeEdit(QDateTime.currentDateTime())
        self.discovered.setDisplayFormat("dd.MM.yyyy HH:mm")
        self.discovered.setCalendarPopup(True)
        self.data = QLineEdit()
        self.concerns = QLineEdit()
        self.measures = QLineEdit()
        self.add_button = QPushButton(tr("Registrer avvik"))
        self.add_button.clicked.connect(self.add)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(tr("hvorfor det ikke meldes (ingen risiko for de registrerte)"))
        self.notified_button = QPushButton(tr("Meldt til Datatilsynet nå"))
        self.notified_button.clicked.connect(lambda: self.settle(notified=True))
        self.not_notified_button = QPushButton(tr("Meldes ikke"))
        self.not_notified_button.clicked.connect(lambda: self.settle(notified=False))
        self.ropa_button = QPushButton(tr("Lagre protokoll med avvikslogg (PDF) …"))
        self.ropa_button.clicked.connect(lambda: self.save_ropa())
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        form = QFormLayout()
        form.addRow(tr("Hva skjedde"), self.what)
        form.addRow(tr("Oppdaget"), self.discovered)
        form.addRow(tr("Hvilke opplysninger"), self.data)
        form.addRow(tr("Hvem gjelder det"), self.concerns)
        form.addRow(tr("Tiltak"), self.measures)
        layout = QVBoxLayout(self)
        intro = QLabel(tr("Alle brudd på personopplysningssikkerheten skal dokumenteres (art. 33 nr. 5). Brudd som "
                          "kan gi risiko for de registrerte meldes til Datatilsynet innen 72 timer etter at de ble "
                          "oppdaget."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self.reminders)
        layout.addWidget(self.table)
        settle = QHBoxLayout()
        settle.addWidget(self.notified_button)
        settle.addWidget(self.reason, 1)
        settle.addWidget(self.not_notified_button)
        layout.addLayout(settle)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch()
        buttons.addWidget(self.ropa_button)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        if not allowed(ctx.store.role, "settings"):
            for w in (self.add_button, self.notified_button, self.not_notified_button):
                w.setEnabled(False)
                w.setToolTip(tr("Bare en administrator kan registrere avvik."))
        # right-click on a breach: settle it as the buttons below the list do
        kit = kit_of(self.table)
        kit.add_action(tr("Meldt til Datatilsynet nå"), lambda: self.settle(notified=True),
                       enabled=allowed(ctx.store.role, "settings"))
        kit.add_action(tr("Meldes ikke"), lambda: self.settle(notified=False), enabled=allowed(ctx.store.role, "settings"))
        self.refresh()

    def refresh(self) -> None:
        with self.ctx.store.session() as session:
            rows = breaches.list_breaches(session)
            reminders = breaches.open_reminders(session)
        self.reminders.setText("\n".join(reminders))
        self.reminders.setVisible(bool(reminders))
        self.model.set_rows(rows)

    def add(self) -> None:
        self.error.clear()
        try:
            with self.ctx.store.session() as session:
                breaches.record_breach(session, what=self.what.text(),
                                       discovered_at=self.discovered.dateTime().toPython().astimezone(UTC),
                                       data=self.data.text(), concerns=self.concerns.text(),
                                       measures=self.measures.text())
        except UserError as exc:
            self.error.setText(refusal_text(exc))
            return
        for field in (self.what, self.data, self.concerns, self.measures):
            field.clear()
        self.refresh()

    def settle(self, *, notified: bool) -> None:
        chosen: breaches.BreachView | None = selected_row(self.table, self.model)
        if chosen is None:
            self.error.setText(tr("Velg avviket i listen først."))
            return
        breach_id = chosen.id
        from datetime import datetime

        try:
            with self.ctx.store.session() as session:
                if notified:
                    breaches.mark_notified(session, breach_id, notified_at=datetime.now(UTC))
                else:
                    breaches.mark_notified(session, breach_id, not_notified_reason=self.reason.text())
        except UserError as exc:
            self.error.setText(refusal_text(exc))
            return
        self.reason.clear()
        self.refresh()

    def save_ropa(self, target: str | None = None) -> Path | None:
        if not target:
            target, _ = QFileDialog.getSaveFileName(self, tr("Lagre protokoll"), "behandlingsprotokoll.pdf",
                                                    "PDF (*.pdf)")
            if not target:
                return None
        try:
            with self.ctx.store.session() as session:
                return ropa.write_ropa(session, Path(target))
        except (UserError, OSError) as exc:
            QMessageBox.warning(self, tr("Protokoll"), getattr(exc, "message", str(exc)))
            return None
