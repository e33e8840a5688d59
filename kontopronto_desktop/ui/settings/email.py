"""Innstillinger › E-post: SMTP server, sender and the message template for invoices."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...core.access import allowed
from ...core.errors import UserError, ValidationError
from ...core.invoicing.email import PLACEHOLDERS, get_email_settings, save_email_settings
from ...core.invoicing.email_test_message import send_test_message
from ..context import AppContext


def tr(text: str) -> str:
    return QCoreApplication.translate("EmailSettings", text)


class EmailSettingsTab(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.host = QLineEdit()
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.security = QComboBox()
        self.security.addItem("STARTTLS", "starttls")
        self.security.addItem("SSL/TLS", "ssl")
        self.security.addItem(tr("Ingen (bare lokal server)"), "none")
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.sender_name = QLineEdit()
        self.sender_address = QLineEdit()
        self.subject = QLineEdit()
        self.body = QPlainTextEdit()
        help_text = ", ".join(f"{{{k}}} = {v}" for k, v in PLACEHOLDERS.items())
        self.placeholders = QLabel(tr("Plassholdere: ") + help_text)
        self.placeholders.setWordWrap(True)
        self.save_button = QPushButton(tr("Lagre"))
        self.save_button.clicked.connect(self.save)
        self.status = QLabel()
        self.status.setWordWrap(True)
        # «Send testmelding»: proves the saved settings before a whole run finds out they are wrong
        self.test_to = QLineEdit()
        self.test_to.setPlaceholderText(tr("mottaker (tomt: avsenderadressen)"))
        self.test_button = QPushButton(tr("Send testmelding"))
        self.test_button.clicked.connect(self.send_test)
        self.test_status = QLabel()
        self.test_status.setWordWrap(True)
        if not allowed(ctx.store.role, "settings"):
            for w in (self.test_to, self.test_button, self.save_button):
                w.setEnabled(False)
            self.test_button.setToolTip(tr("Bare en administrator kan endre og teste e-postinnstillingene."))
        form = QFormLayout()
        form.addRow(tr("SMTP-server"), self.host)
        form.addRow(tr("Port"), self.port)
        form.addRow(tr("Sikkerhet"), self.security)
        form.addRow(tr("Brukernavn"), self.user)
        form.addRow(tr("Passord"), self.password)
        form.addRow(tr("Avsendernavn"), self.sender_name)
        form.addRow(tr("Avsenderadresse"), self.sender_address)
        form.addRow(tr("Emne"), self.subject)
        form.addRow(tr("Melding"), self.body)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.placeholders)
        layout.addWidget(self.save_button)
        layout.addWidget(self.status)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_to, 1)
        test_row.addWidget(self.test_button)
        layout.addLayout(test_row)
        layout.addWidget(self.test_status)
        self.load()

    def load(self) -> None:
        with self.ctx.store.session() as session:
            s = get_email_settings(session)
        self.host.setText(s.host)
        self.port.setValue(s.port)
        self.security.setCurrentIndex(max(0, self.security.findData(s.security)))
        self.user.setText(s.user)
        self.password.clear()
        self.password.setPlaceholderText(tr("lagret – la stå tomt for å beholde") if s.has_password else "")
        self.sender_name.setText(s.sender_name)
        self.sender_address.setText(s.sender_address)
        self.subject.setText(s.subject_template)
        self.body.setPlainText(s.body_template)

    def save(self) -> None:
        values = {"host": self.host.text(), "port": self.port.value(), "security": self.security.currentData(),
                  "user": self.user.text(), "sender_name": self.sender_name.text(),
                  "sender_address": self.sender_address.text(), "subject_template": self.subject.text(),
                  "body_template": self.body.toPlainText()}
        try:
            with self.ctx.store.session() as session:
                save_email_settings(session, values, password=self.password.text() or None)
        except ValidationError as exc:
            self.status.setText(tr("Ikke lagret: ") + "; ".join(exc.errors.values()))
            return
        except UserError as exc:
            self.status.setText(exc.message)
            return
        self.status.setText(tr("E-postinnstillingene er lagret."))
        self.load()
        self.ctx.notify_changed("settings")

    def send_test(self) -> None:
        """Send with the settings as saved (save first); the result is shown under the button."""
        self.test_status.setText(tr("Sender …"))
        try:
            with self.ctx.store.session() as session:
                address = send_test_message(session, self.test_to.text())
        except ValidationError as exc:
            self.test_status.setText(tr("Ikke sendt: ") + "; ".join(exc.errors.values()))
            return
        except UserError as exc:
            self.test_status.setText(tr("Ikke sendt: ") + exc.message)
            return
        self.test_status.setText(tr("Testmelding sendt til {0}. Sjekk innboksen.").format(address))


def create_page(ctx: AppContext) -> QWidget:
    return EmailSettingsTab(ctx)
