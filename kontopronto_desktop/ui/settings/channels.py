"""Innstillinger › Kanaler: AvtaleGiro with Nets, the SFTP receiver, and sending a run by channel.

Three boxes, each calling the same core services as the CLI (core/channels): the AvtaleGiro ids
and the bank's agreements file (always previewed before anything is saved), the SFTP endpoint
(password kept in the keyring where there is one), and a run's invoices split by channel and
written to the outbox (and uploaded) off the GUI thread.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...core.channels import avtalegiro, delivery, sftp
from ...core.errors import UserError, ValidationError
from ...core.invoicing.batch import list_batches
from ..context import AppContext
from ..widgets.date_edit import format_date
from ..widgets.forms import FieldForm
from ..widgets.money import money


def tr(text: str) -> str:
    return QCoreApplication.translate("ChannelsSettings", text)


class AvtaleGiroBox(QGroupBox):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__(tr("AvtaleGiro (Nets)"))
        self.ctx = ctx
        self.customer_unit = QLineEdit()
        self.customer_unit.setObjectName("customer_unit")
        self.agreement_id = QLineEdit()
        self.agreement_id.setObjectName("agreement_id")
        self.form = FieldForm()
        self.form.add_field("customer_unit", tr("Kundeenhet-ID"), self.customer_unit)
        self.form.add_field("agreement_id", tr("Avtale-ID"), self.agreement_id)
        self.save_button = QPushButton(tr("Lagre"))
        self.save_button.clicked.connect(self.save)
        self.import_button = QPushButton(tr("Les avtalefil fra banken …"))
        self.import_button.clicked.connect(self.choose_agreements)
        self.status = QLabel()
        self.status.setObjectName("avtalegiro_status")
        self.status.setWordWrap(True)
        self.confirm_box: QMessageBox | None = None
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.load()

    def load(self) -> None:
        with self.ctx.store.session() as session:
            settings = avtalegiro.get_settings(session)
        self.customer_unit.setText(settings.customer_unit)
        self.agreement_id.setText(settings.agreement_id)

    def save(self) -> None:
        try:
            with self.ctx.store.session() as session:
                avtalegiro.save_settings(session, self.customer_unit.text().strip(), self.agreement_id.text().strip())
        except ValidationError as exc:
            self.form.show_errors(exc.errors)
            self.status.setText(tr("Ikke lagret."))
            return
        except UserError as exc:
            self.status.setText(exc.message)
            return
        self.form.clear_errors()
        self.status.setText(tr("AvtaleGiro-innstillingene er lagret."))
        self.ctx.notify_changed("settings")

    def choose_agreements(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("Velg avtalefil fra banken"), "",
                                              tr("Nets-filer (*.txt *.dat *.ocr);;Alle filer (*)"))
        if path:
            self.import_agreements(Path(path))

    def import_agreements(self, path: Path) -> None:
        """Show what the file changes (non-blocking question); save only after the user says yes."""
        try:
            data = path.read_bytes()[: avtalegiro.MAX_FILE_BYTES + 1]
            with self.ctx.store.session() as session:
                plan = avtalegiro.plan_agreements(session, data)
        except UserError as exc:
            self.status.setText(exc.message)
            return
        except OSError as exc:
            self.status.setText(tr("Kunne ikke lese {0}: {1}").format(path, exc.strerror))
            return
        self.confirm_box = QMessageBox(QMessageBox.Icon.Question, tr("Avtalefil"),
                                       plan.text() + "\n\n" + tr("Lagre endringene?"),
                                       QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        self.confirm_box.setObjectName("agreements_confirm")
        self.confirm_box.button(QMessageBox.StandardButton.Yes).setText(tr("Lagre"))
        self.confirm_box.button(QMessageBox.StandardButton.No).setText(tr("Avbryt"))
        self.confirm_box.finished.connect(lambda _code: self._answered(data))
        self.confirm_box.open()

    def _answered(self, data: bytes) -> None:
        if self.confirm_box.clickedButton() is not self.confirm_box.button(QMessageBox.StandardButton.Yes):
            self.status.setText(tr("Ingenting ble lagret."))
            return
        try:
            with self.ctx.store.session() as session:
                done = avtalegiro.import_agreements(session, data)
        except UserError as exc:
            self.status.setText(exc.message)
            return
        self.status.setText(done.text().splitlines()[0])
        self.ctx.notify_changed("members")


class SftpBox(QGroupBox):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__(tr("SFTP-mottaker (bank eller aksesspunkt)"))
        self.ctx = ctx
        self.host = QLineEdit()
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.username = QLineEdit()
        self.remote_dir = QLineEdit()
        self.host_key = QLineEdit()
        self.host_key.setPlaceholderText("SHA256:…")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(tr("la stå tomt for å beholde"))
        self.form = FieldForm()
        self.form.add_field("host", tr("Vert"), self.host)
        self.form.add_field("port", tr("Port"), self.port)
        self.form.add_field("username", tr("Brukernavn"), self.username)
        self.form.add_field("remote_dir", tr("Mappe på serveren"), self.remote_dir)
        self.form.add_field("host_key_sha256", tr("Vertsnøkkelens fingeravtrykk"), self.host_key)
        self.form.add_field("password", tr("Passord"), self.password)
        self.save_button = QPushButton(tr("Lagre"))
        self.save_button.clicked.connect(self.save)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.save_button)
        layout.addWidget(self.status)
        self.load()

    def load(self) -> None:
        with self.ctx.store.session() as session:
            settings = sftp.get_sftp_settings(session)
        self.host.setText(settings.host)
        self.port.setValue(settings.port)
        self.username.setText(settings.username)
        self.remote_dir.setText(settings.remote_dir)
        self.host_key.setText(settings.host_key_sha256)

    def save(self) -> None:
        values = {"host": self.host.text().strip(), "port": self.port.value(), "username": self.username.text().strip(),
                  "remote_dir": self.remote_dir.text().strip() or ".", "host_key_sha256": self.host_key.text().strip()}
        try:
            with self.ctx.store.session() as session:
                sftp.save_sftp_settings(session, values)
                where = sftp.save_password(session, self.ctx.store.store_id, self.password.text()) \
                    if self.password.text() else ""
        except ValidationError as exc:
            self.form.show_errors(exc.errors)
            self.status.setText(tr("Ikke lagret."))
            return
        except UserError as exc:
            self.status.setText(exc.message)
            return
        self.form.clear_errors()
        self.password.clear()
        self.status.setText(tr("SFTP-innstillingene er lagret.") +
                            (" " + tr("Passordet er lagret i {0}.").format(where) if where else ""))


class DeliveryBox(QGroupBox):
    """Pick a run, see how it splits by channel, write the channel files (and upload them)."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(tr("Utsending per kanal"))
        self.ctx = ctx
        self.batch = QComboBox()
        self.batch.setObjectName("batch")
        self.split_button = QPushButton(tr("Vis fordeling"))
        self.split_button.clicked.connect(self.show_split)
        self.deliver_button = QPushButton(tr("Skriv til utboksen og last opp"))
        self.deliver_button.clicked.connect(self.deliver)
        self.outbox = QLabel(tr("Utboks: {0}").format(delivery.default_outbox(ctx.store.path)))
        self.outbox.setWordWrap(True)
        self.result = QLabel()
        self.result.setObjectName("delivery_result")
        self.result.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.batch, 1)
        row.addWidget(self.split_button)
        row.addWidget(self.deliver_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.outbox)
        layout.addWidget(self.result)
        self.worker: Any = None
        self.load()

    def load(self) -> None:
        with self.ctx.store.session() as session:
            batches = list_batches(session)
        self.batch.clear()
        for b in batches:
            self.batch.addItem(tr("Kjøring {0} – {1} fakturaer, {2}, fakturadato {3}").format(
                b.id, b.count, money(b.total_ore), format_date(b.invoice_date)), b.id)
        has = bool(batches)
        self.split_button.setEnabled(has)
        self.deliver_button.setEnabled(has)
        if not has:
            self.result.setText(tr("Ingen fakturakjøringer ennå. Kjør fakturaer under Fakturaer › Fakturakjøring."))

    def show_split(self) -> None:
        try:
            with self.ctx.store.session() as session:
                split = delivery.split_by_channel(session, delivery.batch_invoice_ids(session, self.batch.currentData()),
                                                  datetime.now(UTC))
        except UserError as exc:
            self.result.setText(exc.message)
            return
        self.result.setText(split.text())

    def deliver(self) -> None:
        batch_id = self.batch.currentData()
        store = self.ctx.store
        outbox = delivery.default_outbox(store.path)

        def work(_progress: Any, _cancelled: Any) -> delivery.DeliveryReport:
            with store.session() as session:
                return delivery.deliver(session, delivery.batch_invoice_ids(session, batch_id), outbox,
                                        datetime.now(UTC), store_id=store.store_id)

        self.deliver_button.setEnabled(False)
        self.result.setText(tr("Sender …"))
        self.worker = self.ctx.run_in_background(work, self._done, self._failed, owner=self)

    def _done(self, report: delivery.DeliveryReport) -> None:
        self.deliver_button.setEnabled(True)
        self.result.setText(report.text())
        self.ctx.notify_changed("invoices")

    def _failed(self, exc: BaseException) -> None:
        self.deliver_button.setEnabled(True)
        self.result.setText(exc.message if isinstance(exc, UserError) else tr("Utsendingen feilet: {0}").format(exc))


class ChannelsSettingsTab(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.avtalegiro = AvtaleGiroBox(ctx)
        self.sftp = SftpBox(ctx)
        self.delivery = DeliveryBox(ctx)
        layout = QVBoxLayout(self)
        layout.addWidget(self.avtalegiro)
        layout.addWidget(self.sftp)
        layout.addWidget(self.delivery)
        layout.addStretch(1)
        ctx.changed.connect(self._changed)

    def _changed(self, what: str) -> None:
        if what == "invoices":
            self.delivery.load()


def create_page(ctx: AppContext) -> QWidget:
    return ChannelsSettingsTab(ctx)
