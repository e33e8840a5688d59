"""Innstillinger › Fakturering: due days, KID layout with its remaining capacity, pro rata, logo, footer.

Changing the KID layout asks first: the bank's OCR agreement must accept the new KIDs.
"""

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
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import UserError, ValidationError
from ...core.invoicing.settings import (
    KID_CHANGE_WARNING,
    NON_VAT_LINES,
    PRO_RATA,
    get_invoice_settings,
    kid_capacity,
    save_invoice_settings,
)
from ...core.kid import CUSTOMER_INVOICE, INVOICE_ONLY, MOD10, MOD11
from ..context import AppContext


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
        self.kid_mode = QComboBox()
        self.kid_mode.addItem(tr("Fakturanummer (anbefalt, går ikke tom)"), INVOICE_ONLY)
        self.kid_mode.addItem(tr("Kundenummer + fakturanummer (gammelt oppsett)"), CUSTOMER_INVOICE)
        self.kid_mode.currentIndexChanged.connect(self._mode_changed)
        self.kid_capacity = QLabel()
        self.kid_capacity.setWordWrap(True)
        self.pro_rata = QComboBox()
        for key, label in PRO_RATA.items():
            self.pro_rata.addItem(tr(label), key)
        self.confirm_box: QMessageBox | None = None
        self.foretaksregisteret = QCheckBox(tr("Registrert i Foretaksregisteret (skrives på fakturaen)"))
        #: a seller outside the VAT register (Innstillinger › Organisasjon) with VAT products
        self.non_vat_lines = QComboBox()
        for key, label in NON_VAT_LINES.items():
            self.non_vat_lines.addItem(tr(label), key)
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
        form.addRow(tr("KID bygges av"), self.kid_mode)
        form.addRow(tr("KID-type"), self.kid_scheme)
        form.addRow(tr("KID-lengde (sifre)"), self.kid_length)
        form.addRow(tr("Sifre til kundenummer i KID"), self.kid_customer_digits)
        form.addRow(tr("Ledige KID-er"), self.kid_capacity)
        form.addRow(tr("Nye medlemmer midt i perioden"), self.pro_rata)
        form.addRow("", self.foretaksregisteret)
        form.addRow(tr("Uten mva-registrering"), self.non_vat_lines)
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
        self.kid_mode.setCurrentIndex(max(0, self.kid_mode.findData(s.kid_mode)))
        self.pro_rata.setCurrentIndex(max(0, self.pro_rata.findData(s.pro_rata)))
        self._saved_layout = (s.kid_mode, s.kid_scheme, s.kid_length, s.kid_customer_digits)
        self._mode_changed()
        self.show_capacity()
        self.foretaksregisteret.setChecked(s.foretaksregisteret)
        self.non_vat_lines.setCurrentIndex(max(0, self.non_vat_lines.findData(s.non_vat_lines)))
        self.logo_path.setText(s.logo_path)
        self.footer_text.setText(s.footer_text)

    def _choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("Velg logo"), "", tr("Bilder (*.png *.jpg *.jpeg)"))
        if path:
            self.logo_path.setText(path)

    def show_capacity(self) -> None:
        with self.ctx.store.session() as session:
            self.kid_capacity.setText(kid_capacity(session).text())

    def _mode_changed(self) -> None:
        self.kid_customer_digits.setEnabled(self.kid_mode.currentData() == CUSTOMER_INVOICE)

    def _layout(self) -> tuple[str, str, int, int]:
        return (self.kid_mode.currentData(), self.kid_scheme.currentData(), self.kid_length.value(),
                self.kid_customer_digits.value())

    def save(self) -> None:
        """Save; a changed KID layout is saved only after the user confirms the bank agreement warning."""
        old, new = self._saved_layout, self._layout()
        changed = old[:3] != new[:3] or (new[0] == CUSTOMER_INVOICE and old[3] != new[3])
        if not changed:
            self._save()
            return
        box = QMessageBox(QMessageBox.Icon.Warning, tr("Endre KID-oppsettet?"),
                          tr("Du endrer hvordan KID lages.") + " " + tr(KID_CHANGE_WARNING),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.buttonClicked.connect(
            lambda button: self._save() if box.standardButton(button) == QMessageBox.StandardButton.Yes
            else self.status.setText(tr("Ikke lagret: KID-oppsettet er uendret.")))
        self.confirm_box = box
        box.open()

    def _save(self) -> None:
        values = {"due_days": self.due_days.value(), "kid_scheme": self.kid_scheme.currentData(),
                  "kid_length": self.kid_length.value(), "kid_customer_digits": self.kid_customer_digits.value(),
                  "kid_mode": self.kid_mode.currentData(), "pro_rata": self.pro_rata.currentData(),
                  "foretaksregisteret": self.foretaksregisteret.isChecked(), "logo_path": self.logo_path.text(),
                  "footer_text": self.footer_text.text(), "non_vat_lines": self.non_vat_lines.currentData()}
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
        self._saved_layout = self._layout()
        self.show_capacity()
        self.ctx.notify_changed("settings")


def create_page(ctx: AppContext) -> QWidget:
    return InvoicingSettingsTab(ctx)
