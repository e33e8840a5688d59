"""Add or edit a member, with the standard products in the same dialog and one transaction.

The dialog saves through the core (``create_member`` / ``update_member`` and
``set_member_products`` in one ``store.session()``); when the core refuses with a
ValidationError each message is shown next to its field and the dialog stays open.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from ...core import members, products
from ...core.errors import UserError, ValidationError
from ...core.members import MemberView
from ...core.models.member import PAYMENT_METHOD_LABELS, MemberKind, PaymentMethod
from ...core.products import ProductView
from ..context import AppContext
from ..widgets.date_edit import format_date
from ..widgets.forms import ERROR_STYLE, FieldForm
from ..widgets.member_picker import NumberFieldCompletion
from ..widgets.money import AmountEdit, plain_amount


def tr(text: str) -> str:
    return QCoreApplication.translate("MemberDialog", text)


def _date_text(value: Any) -> str:
    return format_date(value) if value else ""


class MemberDialog(QDialog):
    """``member`` None: a new member. ``saved`` holds the MemberView after a successful save."""

    def __init__(self, ctx: AppContext, member: MemberView | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.member = member
        self.saved: MemberView | None = None
        self.setWindowTitle(tr("Nytt medlem") if member is None else tr("Endre medlem {0}").format(
            member.customer_number))
        with ctx.store.session() as session:
            self.catalogue: list[ProductView] = products.list_products(session)
            next_number = members.next_customer_number(session)

        self.customer_number = QLineEdit()
        self.customer_number.setPlaceholderText(tr("tildeles automatisk ({0})").format(next_number))
        self.name = QLineEdit()
        self.kind = QComboBox()
        self.kind.addItem(tr("Person"), MemberKind.PERSON.value)
        self.kind.addItem(tr("Organisasjon"), MemberKind.ORGANISATION.value)
        self.orgnr = QLineEdit()
        self.street = QLineEdit()
        self.postcode = QLineEdit()
        self.postcode.setMaximumWidth(80)
        self.city = QLineEdit()
        self.country = QLineEdit("NO")
        self.country.setMaximumWidth(50)
        self.phone = QLineEdit()
        self.email = QLineEdit()
        self.payment_method = QComboBox()
        for method in PaymentMethod:
            self.payment_method.addItem(PAYMENT_METHOD_LABELS[method], method.value)
        self.efaktura_reference = QLineEdit()
        self.avtalegiro_status = QLabel()  # the bank's agreement (core/channels/avtalegiro), read-only
        self.avtalegiro_status.setObjectName("avtalegiro_status")
        self.avtalegiro_status.hide()
        self.active_from = QLineEdit()
        self.active_from.setPlaceholderText(tr("dd.mm.åååå"))
        self.ended_on = QLineEdit()
        self.ended_on.setPlaceholderText(tr("dd.mm.åååå"))
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(60)
        self.notes_warning = QLabel()  # special-category words (health, religion, union): GDPR art. 9
        self.notes_warning.setObjectName("notes_warning")
        self.notes_warning.setWordWrap(True)
        self.notes_warning.setStyleSheet("color: #8a4b00")
        self.notes_warning.hide()
        self.notes.textChanged.connect(self._check_notes)

        place = QHBoxLayout()
        place.addWidget(self.postcode)
        place.addWidget(self.city, 1)
        place.addWidget(QLabel(tr("Land")))
        place.addWidget(self.country)
        self.form = FieldForm()
        self.form.add_field("customer_number", tr("Kundenummer"), self.customer_number)
        self.form.add_field("name", tr("Navn"), self.name)
        self.form.add_field("kind", tr("Type"), self.kind)
        self.form.add_field("orgnr", tr("Organisasjonsnummer"), self.orgnr)
        self.form.add_field("street", tr("Adresse"), self.street)
        self.form.add_field("postcode", tr("Postnr. og sted"), place)
        self.form.add_field("phone", tr("Telefon"), self.phone)
        self.form.add_field("email", tr("E-post"), self.email)
        method_row = QVBoxLayout()
        method_row.addWidget(self.payment_method)
        method_row.addWidget(self.avtalegiro_status)
        self.form.add_field("payment_method", tr("Betalingsmåte"), method_row)
        self.form.add_field("efaktura_reference", tr("eFaktura-referanse"), self.efaktura_reference)
        self.form.add_field("active_from", tr("Medlem fra"), self.active_from)
        self.form.add_field("ended_on", tr("Avsluttet"), self.ended_on)
        notes_box = QVBoxLayout()
        notes_box.addWidget(self.notes)
        notes_box.addWidget(self.notes_warning)
        self.form.add_field("notes", tr("Notater"), notes_box)
        # city/country errors share the postcode row
        self.form.errors["city"] = self.form.errors["postcode"]
        self.form.errors["country"] = self.form.errors["postcode"]

        # who pays (betalingskontakt) and, for a minor, the guardian's consent (invoicing/payers.py)
        self.payer_member = QLineEdit()
        self.payer_member.setPlaceholderText(tr("kundenr. eller navn, f.eks. en foresatt"))
        #: completion by name, e-mail or phone that writes the number; the payer named beside the field
        self.payer_lookup = NumberFieldCompletion(ctx, self.payer_member)
        self.payer_name = QLineEdit()
        self.payer_street = QLineEdit()
        self.payer_postcode = QLineEdit()
        self.payer_postcode.setMaximumWidth(80)
        self.payer_city = QLineEdit()
        self.payer_email = QLineEdit()
        self.payer_efaktura_reference = QLineEdit()
        self.family_cap = AmountEdit()
        self.family_cap.setPlaceholderText(tr("ingen grense"))
        self.birth_date = QLineEdit()
        self.birth_date.setPlaceholderText(tr("dd.mm.åååå"))
        self.guardian_consent_by = QLineEdit()
        self.guardian_consent_on = QLineEdit()
        self.guardian_consent_on.setPlaceholderText(tr("dd.mm.åååå"))
        self.minor_note = QLabel()
        self.minor_note.setWordWrap(True)
        payer_place = QHBoxLayout()
        payer_place.addWidget(self.payer_postcode)
        payer_place.addWidget(self.payer_city, 1)
        self.payer_form = FieldForm()
        self.payer_form.add_field("payer_member", tr("Betales av medlem"), self.payer_lookup.row)
        self.payer_form.add_field("payer_name", tr("… eller betalingskontakt"), self.payer_name)
        self.payer_form.add_field("payer_street", tr("Kontaktens adresse"), self.payer_street)
        self.payer_form.add_field("payer_postcode", tr("Postnr. og sted"), payer_place)
        self.payer_form.add_field("payer_email", tr("Kontaktens e-post"), self.payer_email)
        self.payer_form.add_field("payer_efaktura_reference", tr("Kontaktens eFaktura-ref."),
                                  self.payer_efaktura_reference)
        self.payer_form.add_field("family_cap", tr("Familietak per periode (kr)"), self.family_cap)
        self.payer_form.add_field("birth_date", tr("Fødselsdato"), self.birth_date)
        self.payer_form.add_field("guardian_consent_by", tr("Samtykke fra foresatt"), self.guardian_consent_by)
        self.payer_form.add_field("guardian_consent_on", tr("Samtykkedato"), self.guardian_consent_on)
        self.payer_form.addRow("", self.minor_note)
        self.payer_form.errors["payer_city"] = self.payer_form.errors["payer_postcode"]
        self.payer_box = QGroupBox(tr("Betaler og samtykke"))
        self.payer_box.setLayout(self.payer_form)
        self.birth_date.textChanged.connect(self._minor_note)

        # standard products: product, quantity, optional price override
        self.products = QTableWidget(0, 3)
        self.products.setHorizontalHeaderLabels([tr("Produkt"), tr("Antall"), tr("Egen pris (kr)")])
        self.products.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.products.verticalHeader().hide()
        self.products.setMaximumHeight(140)
        self.add_product_button = QPushButton(tr("Legg til produkt"))
        self.add_product_button.clicked.connect(lambda: self.add_product_row())
        self.remove_product_button = QPushButton(tr("Fjern produkt"))
        self.remove_product_button.clicked.connect(self.remove_product_row)
        self.products_error = QLabel()
        self.products_error.setStyleSheet(ERROR_STYLE)
        self.products_error.setWordWrap(True)
        self.products_error.hide()
        self.general_error = QLabel()
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.setWordWrap(True)
        self.general_error.hide()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(tr("Lagre"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Avbryt"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)

        product_buttons = QHBoxLayout()
        product_buttons.addWidget(self.add_product_button)
        product_buttons.addWidget(self.remove_product_button)
        product_buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.payer_box)
        layout.addWidget(QLabel(tr("Standardprodukter")))
        layout.addWidget(self.products)
        layout.addLayout(product_buttons)
        layout.addWidget(self.products_error)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)
        self.resize(560, 900)
        if member is not None:
            self._fill(member)

    # -- products table -------------------------------------------------------------------

    def _check_notes(self) -> None:
        from ...core.privacy.special_categories import warning

        text = warning(self.notes.toPlainText())
        self.notes_warning.setText(text)
        self.notes_warning.setVisible(bool(text))
    def add_product_row(self, code: str = "", quantity: int = 1, override_ore: int | None = None) -> int:
        row = self.products.rowCount()
        self.products.insertRow(row)
        combo = QComboBox()
        for p in self.catalogue:
            combo.addItem(f"{p.code} – {p.name} ({plain_amount(p.price_ore)})", p.code)
        if code:
            combo.setCurrentIndex(max(0, combo.findData(code)))
        spin = QSpinBox()
        spin.setRange(1, 999)
        spin.setValue(quantity)
        price = AmountEdit(override_ore)
        price.setPlaceholderText(tr("standard"))
        self.products.setCellWidget(row, 0, combo)
        self.products.setCellWidget(row, 1, spin)
        self.products.setCellWidget(row, 2, price)
        return row

    def remove_product_row(self) -> None:
        row = self.products.currentRow()
        if row < 0:
            row = self.products.rowCount() - 1
        if row >= 0:
            self.products.removeRow(row)

    def product_items(self) -> list[tuple[str, int, int | None]]:
        items: list[tuple[str, int, int | None]] = []
        errors: dict[str, str] = {}
        for row in range(self.products.rowCount()):
            combo = self.products.cellWidget(row, 0)
            spin = self.products.cellWidget(row, 1)
            price = self.products.cellWidget(row, 2)
            assert isinstance(combo, QComboBox) and isinstance(spin, QSpinBox) and isinstance(price, AmountEdit)
            code = str(combo.currentData() or "")
            override: int | None = None
            try:
                override = price.ore(f"produkt {code}")
            except ValidationError as exc:
                errors.update(exc.errors)
            items.append((code, spin.value(), override))
        if errors:
            raise ValidationError(errors)
        return items

    # -- values ---------------------------------------------------------------------------
    def _fill(self, m: MemberView) -> None:
        self.customer_number.setText(str(m.customer_number))
        self.name.setText(m.name)
        self.kind.setCurrentIndex(max(0, self.kind.findData(m.kind)))
        self.orgnr.setText(m.orgnr)
        self.street.setText(m.street)
        self.postcode.setText(m.postcode)
        self.city.setText(m.city)
        self.country.setText(m.country)
        self.phone.setText(m.phone)
        self.email.setText(m.email)
        self.payment_method.setCurrentIndex(max(0, self.payment_method.findData(m.payment_method)))
        self.efaktura_reference.setText(m.efaktura_reference)
        from ...core.channels import avtalegiro  # imports netsgiro (seconds): not with the Medlemmer page

        with self.ctx.store.session() as session:
            agreement = avtalegiro.agreement_of(session, m.id)
        if agreement is not None:
            self.avtalegiro_status.setText(agreement.text())
            self.avtalegiro_status.show()
        self.active_from.setText(_date_text(m.active_from))
        self.ended_on.setText(_date_text(m.ended_on))
        self.notes.setPlainText(m.notes)
        self.payer_member.setText(str(m.payer_member) if m.payer_member else "")
        for name in ("payer_name", "payer_street", "payer_postcode", "payer_city", "payer_email",
                     "payer_efaktura_reference", "guardian_consent_by"):
            getattr(self, name).setText(getattr(m, name))
        self.family_cap.set_ore(m.family_cap_ore)
        self.birth_date.setText(_date_text(m.birth_date))
        self.guardian_consent_on.setText(_date_text(m.guardian_consent_on))
        for p in m.products:
            self.add_product_row(p.code, p.quantity, p.price_override_ore)

    def values(self) -> dict[str, Any]:
        return {
            "customer_number": self.customer_number.text().strip() or None,
            "name": self.name.text(),
            "kind": self.kind.currentData(),
            "orgnr": self.orgnr.text(),
            "street": self.street.text(),
            "postcode": self.postcode.text(),
            "city": self.city.text(),
            "country": self.country.text() or "NO",
            "phone": self.phone.text(),
            "email": self.email.text(),
            "payment_method": self.payment_method.currentData(),
            "efaktura_reference": self.efaktura_reference.text(),
            "active_from": self.active_from.text(),
            "ended_on": self.ended_on.text(),
            "notes": self.notes.toPlainText(),
            "payer_member": self.payer_member.text().strip() or None,
            **{name: getattr(self, name).text() for name in (
                "payer_name", "payer_street", "payer_postcode", "payer_city", "payer_email",
                "payer_efaktura_reference", "birth_date", "guardian_consent_by", "guardian_consent_on")},
            "family_cap": self.family_cap.ore("family_cap"),  # øre, read in the UI's language
        }

    def _minor_note(self) -> None:
        """A minor's registration needs a guardian's consent: say so when the birth date makes one a minor."""
        from datetime import date

        errors: dict[str, str] = {}
        born = members._parse_date(self.birth_date.text(), "birth_date", errors)
        if born is None or errors:
            self.minor_note.clear()
            return
        today = date.today()
        age = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
        self.minor_note.setText(tr("Medlemmet er mindreårig ({a} år): registrer hvilken foresatt som samtykket, "
                                   "og når.").format(a=age) if 0 <= age < 18 else "")

    def save(self) -> None:
        """Validate and save in one transaction; on error show the messages and stay open."""
        self.form.clear_errors()
        self.payer_form.clear_errors()
        for label in (self.products_error, self.general_error):
            label.clear()
            label.hide()
        try:
            items = self.product_items()
            with self.ctx.store.session() as session:
                values = self.values()
                if self.member is None:
                    view = members.create_member(session, values)
                else:
                    view = members.update_member(session, self.member.customer_number, values)
                view = members.set_member_products(session, view.customer_number, items)
        except ValidationError as exc:
            rest = self.payer_form.show_errors(self.form.show_errors(exc.errors))
            if rest:
                self.products_error.setText("; ".join(f"{k}: {v}" for k, v in rest.items()))
                self.products_error.show()
            focus_first_error(self)
            return
        except UserError as exc:
            self.general_error.setText(exc.message)
            self.general_error.show()
            return
        self.saved = view
        self.accept()


def focus_first_error(dialog: MemberDialog) -> None:
    """Move the keyboard focus to the first field with a message (used after a failed save)."""
    for key, label in dialog.form.errors.items():
        if not label.isHidden():
            widget = getattr(dialog, key, None)
            if isinstance(widget, QWidget):
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
            return
