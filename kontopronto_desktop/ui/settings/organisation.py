"""Innstillinger › Organisasjon: the organisation's own details, checked field by field.

The logo is the one printed on invoices, so it is kept in the invoice settings (the
Fakturering tab shows the same file).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core import organisation
from ...core.access import allowed
from ...core.errors import NotFound, UserError, ValidationError
from ...core.invoicing.settings import get_invoice_settings, save_invoice_settings
from ..context import AppContext
from ..overview.sections_box import SectionsBox
from ..widgets.forms import ERROR_STYLE, FieldForm


def tr(text: str) -> str:
    return QCoreApplication.translate("OrganisationSettings", text)


class OrganisationTab(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.name = QLineEdit()
        self.orgnr = QLineEdit()
        self.mva_registered = QCheckBox(tr("Registrert i Merverdiavgiftsregisteret (MVA)"))
        self.account_number = QLineEdit()
        self.street = QLineEdit()
        self.postcode = QLineEdit()
        self.postcode.setMaximumWidth(80)
        self.city = QLineEdit()
        self.email = QLineEdit()
        self.phone = QLineEdit()
        self.logo_path = QLineEdit()
        self.logo_button = QPushButton(tr("Velg logo …"))
        self.logo_button.clicked.connect(self._choose_logo)
        place = QHBoxLayout()
        place.addWidget(self.postcode)
        place.addWidget(self.city, 1)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_path, 1)
        logo_row.addWidget(self.logo_button)
        self.form = FieldForm()
        self.form.add_field("name", tr("Navn"), self.name)
        self.form.add_field("orgnr", tr("Organisasjonsnummer"), self.orgnr)
        self.form.add_field("mva_registered", "", self.mva_registered)
        self.form.add_field("account_number", tr("Kontonummer"), self.account_number)
        self.form.add_field("street", tr("Adresse"), self.street)
        self.form.add_field("postcode", tr("Postnr. og sted"), place)
        self.form.errors["city"] = self.form.errors["postcode"]
        self.form.add_field("email", tr("E-post"), self.email)
        self.form.add_field("phone", tr("Telefon"), self.phone)
        self.form.add_field("logo_path", tr("Logo (på fakturaen)"), logo_row)
        self.save_button = QPushButton(tr("Lagre"))
        self.save_button.clicked.connect(self.save)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.save_button)
        layout.addWidget(self.status)
        self.sections_box = SectionsBox(ctx)  # sections the organisation does not use are hidden
        layout.addWidget(self.sections_box)
        layout.addStretch()
        if not allowed(ctx.store.role, "settings"):
            for w in (self.name, self.orgnr, self.mva_registered, self.account_number, self.street, self.postcode,
                      self.city, self.email, self.phone, self.logo_path, self.logo_button, self.save_button):
                w.setEnabled(False)
            self.status.setText(tr("Bare en administrator kan endre organisasjonens opplysninger."))
        self.load()
        ctx.changed.connect(lambda what: self.load() if what == "settings" else None)

    def load(self) -> None:
        try:
            with self.ctx.store.session() as session:
                org = organisation.get_organisation(session)
                logo = get_invoice_settings(session).logo_path
        except NotFound:
            return
        self.name.setText(org.name)
        self.orgnr.setText(org.orgnr)
        self.mva_registered.setChecked(org.mva_registered)
        self.account_number.setText(org.account_number)
        self.street.setText(org.street)
        self.postcode.setText(org.postcode)
        self.city.setText(org.city)
        self.email.setText(org.email)
        self.phone.setText(org.phone)
        self.logo_path.setText(logo)

    def _choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("Velg logo"), "", tr("Bilder (*.png *.jpg *.jpeg)"))
        if path:
            self.logo_path.setText(path)

    def values(self) -> dict[str, Any]:
        return {"name": self.name.text(), "orgnr": self.orgnr.text(), "mva_registered": self.mva_registered.isChecked(),
                "account_number": self.account_number.text(), "street": self.street.text(),
                "postcode": self.postcode.text(), "city": self.city.text(), "email": self.email.text(),
                "phone": self.phone.text()}

    def save(self) -> bool:
        """Organisation and logo in one transaction; every problem shown by its field."""
        self.form.clear_errors()
        self.status.setStyleSheet("")
        try:
            with self.ctx.store.session() as session:
                errors: dict[str, str] = {}
                try:
                    organisation.save_organisation(session, self.values())
                except ValidationError as exc:
                    errors.update(exc.errors)
                try:
                    save_invoice_settings(session, {"logo_path": self.logo_path.text()})
                except ValidationError as exc:
                    errors.update(exc.errors)
                if errors:
                    raise ValidationError(errors)
        except ValidationError as exc:
            rest = self.form.show_errors(exc.errors)
            self.status.setStyleSheet(ERROR_STYLE)
            self.status.setText(tr("Ikke lagret. Rett feltene som er merket.") +
                                ("" if not rest else " " + "; ".join(rest.values())))
            return False
        except UserError as exc:
            self.status.setStyleSheet(ERROR_STYLE)
            self.status.setText(exc.message)
            return False
        self.status.setText(tr("Organisasjonens opplysninger er lagret."))
        self.ctx.notify_changed("settings")
        return True


def create_page(ctx: AppContext) -> QWidget:
    return OrganisationTab(ctx)
