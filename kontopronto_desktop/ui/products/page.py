"""Produkter: the standard products (price, VAT rate, period) in a table, with add / edit / delete."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core import products
from ...core.access import allowed
from ...core.errors import UserError, ValidationError
from ...core.models.product import PERIOD_LABELS, VAT_LABELS, Period, VatRate
from ...core.products import ProductView
from ..context import AppContext
from ..widgets.confirm import delete_after_asking
from ..widgets.empty_hint import EmptyHint
from ..widgets.forms import ERROR_STYLE, FieldForm
from ..widgets.money import AmountEdit, plain_amount
from ..widgets.table_model import Column, RowsTableModel
from ..widgets.table_rows import rows_table


def tr(text: str) -> str:
    return QCoreApplication.translate("ProductsPage", text)


def vat_label(value: str) -> str:
    try:
        return tr(VAT_LABELS[VatRate(value)])
    except ValueError:
        return value


def period_label(value: str) -> str:
    try:
        return tr(PERIOD_LABELS[Period(value)])
    except ValueError:
        return value


# so that lupdate sees the labels that live in core (which cannot import Qt)
_CORE_LABELS = (QT_TRANSLATE_NOOP("ProductsPage", "Unntatt"), QT_TRANSLATE_NOOP("ProductsPage", "Engangs"),
                QT_TRANSLATE_NOOP("ProductsPage", "Månedlig"), QT_TRANSLATE_NOOP("ProductsPage", "Kvartalsvis"),
                QT_TRANSLATE_NOOP("ProductsPage", "Årlig"))


class ProductsTableModel(RowsTableModel[ProductView]):
    HEADERS = (QT_TRANSLATE_NOOP("ProductsPage", "Kode"), QT_TRANSLATE_NOOP("ProductsPage", "Navn"),
               QT_TRANSLATE_NOOP("ProductsPage", "Pris"), QT_TRANSLATE_NOOP("ProductsPage", "Mva"),
               QT_TRANSLATE_NOOP("ProductsPage", "Periode"), QT_TRANSLATE_NOOP("ProductsPage", "Aktiv"))

    def __init__(self) -> None:
        texts = (lambda p: p.code, lambda p: p.name, lambda p: plain_amount(p.price_ore),
                 lambda p: vat_label(p.vat_rate), lambda p: period_label(p.period),
                 lambda p: tr("Ja") if p.active else tr("Nei"))
        super().__init__([Column(h, t, numeric=i == 2) for i, (h, t) in enumerate(zip(self.HEADERS, texts, strict=True))],
                         translate=tr)


class ProductDialog(QDialog):
    """``product`` None: a new product. ``saved`` holds the ProductView after a successful save."""

    def __init__(self, ctx: AppContext, product: ProductView | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.product = product
        self.saved: ProductView | None = None
        self.setWindowTitle(tr("Nytt produkt") if product is None else tr("Endre produkt {0}").format(product.code))
        self.code = QLineEdit()
        self.name = QLineEdit()
        self.price = AmountEdit()
        self.price.setPlaceholderText(tr("f.eks. 450,00"))
        self.vat_rate = QComboBox()
        for rate in VatRate:
            self.vat_rate.addItem(vat_label(rate.value), rate.value)
        self.vat_rate.setCurrentIndex(self.vat_rate.findData(VatRate.EXEMPT.value))
        self.period = QComboBox()
        for period in Period:
            self.period.addItem(period_label(period.value), period.value)
        self.period.setCurrentIndex(self.period.findData(Period.YEARLY.value))
        self.active = QCheckBox(tr("Aktiv (kan legges på medlemmer og faktureres)"))
        self.active.setChecked(True)
        self.form = FieldForm()
        self.form.add_field("code", tr("Kode"), self.code)
        self.form.add_field("name", tr("Navn"), self.name)
        self.form.add_field("price", tr("Pris (kr)"), self.price)
        self.form.add_field("vat_rate", tr("Mva-sats"), self.vat_rate)
        self.form.add_field("period", tr("Periode"), self.period)
        self.form.add_field("active", "", self.active)
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
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)
        if product is not None:
            self.code.setText(product.code)
            self.name.setText(product.name)
            self.price.set_ore(product.price_ore)
            self.vat_rate.setCurrentIndex(max(0, self.vat_rate.findData(product.vat_rate)))
            self.period.setCurrentIndex(max(0, self.period.findData(product.period)))
            self.active.setChecked(product.active)

    def values(self) -> dict[str, Any]:
        # the price is read here, in the UI's language («1 234,50» / «1,234.50»); empty: core says it is missing
        price: dict[str, Any] = ({"price": ""} if not self.price.text().strip()
                                 else {"price_ore": self.price.ore("price")})
        return {"code": self.code.text(), "name": self.name.text(), **price,
                "vat_rate": self.vat_rate.currentData(), "period": self.period.currentData(),
                "active": self.active.isChecked()}

    def save(self) -> None:
        self.form.clear_errors()
        self.general_error.hide()
        try:
            with self.ctx.store.session() as session:
                if self.product is None:
                    view = products.create_product(session, self.values())
                else:
                    view = products.update_product(session, self.product.code, self.values())
        except ValidationError as exc:
            rest = self.form.show_errors(exc.errors)
            if rest:
                self.general_error.setText("; ".join(rest.values()))
                self.general_error.show()
            return
        except UserError as exc:
            self.general_error.setText(exc.message)
            self.general_error.show()
            return
        self.saved = view
        self.accept()


class ProductsPage(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.can_edit = allowed(ctx.store.role, "products")
        self.model = ProductsTableModel()
        # sized from the first rows (the name column stretches), layout remembered, Ctrl+C/export,
        # Enter opens, Delete deletes after asking
        self.table = rows_table(self.model, object_name="products_table", name_column=1,
                                on_open=self.edit_selected, on_delete=self.delete_selected)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.new_button = QPushButton(tr("Nytt produkt"))
        self.new_button.clicked.connect(self.new_product)
        self.edit_button = QPushButton(tr("Endre"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(tr("Slett"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.new_button.setEnabled(self.can_edit)
        self.empty_hint = EmptyHint(self.table, empty=tr(
            "Ingen produkter ennå. Legg inn kontingenten og det dere ellers fakturerer med «Nytt produkt»; "
            "så kan medlemmene få dem som standardprodukter."))
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._selection_changed)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        ctx.changed.connect(lambda what: self.refresh() if what in ("products", "all") else None)
        self.refresh()

    def refresh(self) -> None:
        with self.ctx.store.session() as session:
            self.model.set_rows(products.list_products(session))
        self._selection_changed()

    def _selection_changed(self, *_: object) -> None:
        """Endre and Slett need a product to act on."""
        chosen = self.selected_product() is not None
        self.edit_button.setEnabled(self.can_edit and chosen)
        self.delete_button.setEnabled(self.can_edit and chosen)

    def selected_product(self) -> ProductView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def select_code(self, code: str) -> None:
        for i, p in enumerate(self.model.rows):
            if p.code == code:
                self.table.selectRow(i)
                return

    def open_dialog(self, product: ProductView | None) -> ProductDialog:
        return ProductDialog(self.ctx, product, self)

    def new_product(self) -> ProductView | None:
        return self._run(self.open_dialog(None))

    def edit_selected(self) -> ProductView | None:
        product = self.selected_product()
        if product is None or not self.can_edit:
            return None
        return self._run(self.open_dialog(product))

    def _run(self, dialog: ProductDialog) -> ProductView | None:
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.saved is None:
            return None
        self.ctx.notify_changed("products")
        self.select_code(dialog.saved.code)
        return dialog.saved

    def delete_selected(self) -> bool:
        """Ask, delete through the core, show why not (the button and the Delete key)."""
        product = self.selected_product()
        if product is None or not self.can_edit:
            return False

        def delete() -> None:
            with self.ctx.store.session() as session:
                products.delete_product(session, product.code)

        if not delete_after_asking(self, tr("Slett produkt"), tr("Slette produktet {0} – {1}?").format(
                product.code, product.name), tr("Slett"), tr("Kan ikke slette"), delete):
            return False
        self.ctx.notify_changed("products")
        return True


def create_page(ctx: AppContext) -> QWidget:
    return ProductsPage(ctx)
