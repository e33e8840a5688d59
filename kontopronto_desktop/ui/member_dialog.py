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

from ..core import members, products
from ..core.errors import UserError, ValidationError
from ..core.members import MemberView
from ..core.models.member import PAYMENT_METHOD_LABELS, MemberKind, PaymentMethod
from ..core.money import format_nok, parse_amount
from ..core.products import ProductView
from .context import AppContext
from .forms import ERROR_STYLE, FieldForm


def tr(text: str) -> str:
    return QCoreApplication.translate("MemberDialog", text)


def _date_text(value: Any) -> str:
    return value.strftime("%d.%m.%Y") if value else ""


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
        self.active_from = QLineEdit()
        self.active_from.setPlaceholderText(tr("dd.mm.åååå"))
        self.ended_on = QLineEdit()
        self.ended_on.setPlaceholderText(tr("dd.mm.åååå"))
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(60)

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
        self.form.add_field("payment_method", tr("Betalingsmåte"), self.payment_method)
        self.form.add_field("efaktura_reference", tr("eFaktura-referanse"), self.efaktura_reference)
        self.form.add_field("active_from", tr("Medlem fra"), self.active_from)
        self.form.add_field("ended_on", tr("Avsluttet"), self.ended_on)
        self.form.add_field("notes", tr("Notater"), self.notes)
        # city/country errors share the postcode row
        self.form.errors["city"] = self.form.errors["postcode"]
        self.form.errors["country"] = self.form.errors["postcode"]

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
        layout.addWidget(QLabel(tr("Standardprodukter")))
        layout.addWidget(self.products)
        layout.addLayout(product_buttons)
        layout.addWidget(self.products_error)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)
        self.resize(560, 720)
        if member is not None:
            self._fill(member)

    # -- products table -------------------------------------------------------------------
    def add_product_row(self, code: str = "", quantity: int = 1, override_ore: int | None = None) -> int:
        row = self.products.rowCount()
        self.products.insertRow(row)
        combo = QComboBox()
        for p in self.catalogue:
            combo.addItem(f"{p.code} – {p.name} ({format_nok(p.price_ore)})", p.code)
        if code:
            combo.setCurrentIndex(max(0, combo.findData(code)))
        spin = QSpinBox()
        spin.setRange(1, 999)
        spin.setValue(quantity)
        price = QLineEdit("" if override_ore is None else format_nok(override_ore))
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
            assert isinstance(combo, QComboBox) and isinstance(spin, QSpinBox) and isinstance(price, QLineEdit)
            code = str(combo.currentData() or "")
            override: int | None = None
            if price.text().strip():
                try:
                    override = parse_amount(price.text(), f"produkt {code}")
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
        self.active_from.setText(_date_text(m.active_from))
        self.ended_on.setText(_date_text(m.ended_on))
        self.notes.setPlainText(m.notes)
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
        }

    def save(self) -> None:
        """Validate and save in one transaction; on error show the messages and stay open."""
        self.form.clear_errors()
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
            rest = self.form.show_errors(exc.errors)
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
