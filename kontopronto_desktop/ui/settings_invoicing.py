"""Innstillinger › Fakturering: due days, KID scheme and length, logo, Foretaksregisteret, footer."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import UserError, ValidationError
from ..core.invoicing.settings import get_invoice_settings, save_invoice_settings
from ..core.kid import MOD10, MOD11
from .context import AppContext


def tr(text: str) -> str:
    return QCoreApplication.translate("InvoicingSettings", text)


class InvoicingSettingsTab(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.due_days = QSpinBox()
        self.due_days.setRange(0, 365)
        self.due_days.setSuffix(tr(" dager"))
        self.kid_scheme = QComboBox()
        self.kid_scheme.addItem(tr("MOD10 (anbefalt)"), MOD10)
        self.kid_scheme.addItem(tr("MOD11"), MOD11)
        self.kid_length = QSpinBox()
        self.kid_length.setRange(4, 25)
        self.kid_customer_digits = QSpinBox()
        self.kid_customer_digits.setRange(1, 20)
        self.foretaksregisteret = QCheckBox(tr("Registrert i Foretaksregisteret (skrives på fakturaen)"))
        self.logo_path = QLineEdit()
        self.logo_button = QPushButton(tr("Velg logo …"))
        self.logo_button.clicked.connect(self._choose_logo)
        self.footer_text = QLineEdit()
        self.save_button = QPushButton(tr("Lagre"))
        self.save_button.clicked.connect(self.save)
        self.status = QLabel()
        self.status.setWordWrap(True)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_path)
        logo_row.addWidget(self.logo_button)
        form = QFormLayout()
        form.addRow(tr("Forfall etter"), self.due_days)
        form.addRow(tr("KID-type"), self.kid_scheme)
        form.addRow(tr("KID-lengde (sifre)"), self.kid_length)
        form.addRow(tr("Sifre til kundenummer i KID"), self.kid_customer_digits)
        form.addRow("", self.foretaksregisteret)
        form.addRow(tr("Logo"), logo_row)
        form.addRow(tr("Tekst nederst på fakturaen"), self.footer_text)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.save_button)
        layout.addWidget(self.status)
        layout.addStretch()
        self.load()

    def load(self) -> None:
        with self.ctx.store.session() as session:
            s = get_invoice_settings(session)
        self.due_days.setValue(s.due_days)
        self.kid_scheme.setCurrentIndex(max(0, self.kid_scheme.findData(s.kid_scheme)))
        self.kid_length.setValue(s.kid_length)
        self.kid_customer_digits.setValue(s.kid_customer_digits)
        self.foretaksregisteret.setChecked(s.foretaksregisteret)
        self.logo_path.setText(s.logo_path)
        self.footer_text.setText(s.footer_text)

    def _choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("Velg logo"), "", tr("Bilder (*.png *.jpg *.jpeg)"))
        if path:
            self.logo_path.setText(path)

    def save(self) -> None:
        values = {"due_days": self.due_days.value(), "kid_scheme": self.kid_scheme.currentData(),
                  "kid_length": self.kid_length.value(), "kid_customer_digits": self.kid_customer_digits.value(),
                  "foretaksregisteret": self.foretaksregisteret.isChecked(), "logo_path": self.logo_path.text(),
                  "footer_text": self.footer_text.text()}
        try:
            with self.ctx.store.session() as session:
                save_invoice_settings(session, values)
        except ValidationError as exc:
            self.status.setText(tr("Ikke lagret: ") + "; ".join(exc.errors.values()))
            return
        except UserError as exc:
            self.status.setText(exc.message)
            return
        self.status.setText(tr("Innstillingene for fakturering er lagret."))
        self.ctx.notify_changed("settings")


def create_page(ctx: AppContext) -> QWidget:
    return InvoicingSettingsTab(ctx)
