"""Dialogs for matching a payment by hand: pick one open invoice, or split the payment over several.
Whatever is not placed stays as credit on the member's account.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
)

from ...core.errors import UserError
from ...core.payments import matching, views
from ..widgets.money import AmountEdit, money, plain_amount, read_amount
from ..widgets.table_rows import RowsModel, rows_table, selected_row
from .base import PaymentsTab, day_text


def tr(text: str) -> str:
    return QCoreApplication.translate("PaymentsPage", text)


def _open_cell(r: dict[str, Any], col: int) -> str:
    return [str(r["number"]), str(r["member"]), r["name"], plain_amount(r["remaining_ore"]),
            day_text(r["due_date"])][col]


class _InvoicePicker(QDialog):
    """Search among open invoices (shared by the manual pick and the split dialogs)."""

    def __init__(self, page: PaymentsTab, payment: views.PaymentView, title: str) -> None:
        super().__init__(page)
        self.page = page
        self.payment = payment
        self.setWindowTitle(title)
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Søk i navn, kundenr., fakturanr. eller KID"))
        self.search.textChanged.connect(self.refresh)
        self.model = RowsModel(("Faktura", "Kundenr.", "Navn", "Gjenstår", "Forfall"), _open_cell, (0, 1, 3),
                               translate=tr)
        self.table = rows_table(self.model, "payments.dialogs.table")
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.amount = AmountEdit()
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.rejected.connect(self.reject)
        self.info = QLabel(tr("Innbetaling {id}: {a} fra {p}").format(
            id=payment.id, a=money(payment.unallocated_ore), p=payment.payer_name or payment.kid or "–"))
        self.refresh()

    def refresh(self) -> None:
        with self.page.ctx.store.session() as session:
            self.model.set_rows(matching.open_invoices(session, self.search.text()))

    def selected(self) -> dict[str, Any] | None:
        row: dict[str, Any] | None = selected_row(self.table, self.model)
        return row

    def _selected(self, *_: object) -> None:
        row = self.selected()
        if row is not None:
            self.amount.set_ore(min(self.remaining_to_place(), row["remaining_ore"]))

    def remaining_to_place(self) -> int:
        return self.payment.unallocated_ore


class PickInvoiceDialog(_InvoicePicker):
    """Match by hand: choose the invoice and (optionally) the amount; any excess becomes credit."""

    def __init__(self, page: PaymentsTab, payment: views.PaymentView) -> None:
        super().__init__(page, payment, tr("Velg faktura"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Før mot fakturaen"))
        # the button names the invoice and its member once one is chosen (who gets the money)
        self.table.selectionModel().selectionChanged.connect(self._name_on_button)
        self.buttons.accepted.connect(self._ok)
        form = QFormLayout()
        form.addRow(tr("Beløp"), self.amount)
        layout = QVBoxLayout(self)
        for w in (self.info, self.search, self.table):
            layout.addWidget(w)
        layout.addLayout(form)
        layout.addWidget(QLabel(tr("Det som er igjen av innbetalingen blir stående som kreditt på medlemmets konto.")))
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.result_view: views.PaymentView | None = None

    def _name_on_button(self, *_: object) -> None:
        row = self.selected()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(tr("Før mot faktura {n} – {name}").format(n=row["number"], name=row["name"]) if row
                   else tr("Før mot fakturaen"))

    def _ok(self) -> None:
        row = self.selected()
        if row is None:
            self.error.setText(tr("Velg en faktura."))
            return
        try:
            amount = self.amount.ore()
            with self.page.ctx.store.session() as session:
                self.result_view = matching.match_payment(session, self.payment.id, row["number"], amount)
        except UserError as exc:
            self.error.setText(exc.message)
            return
        self.page.ctx.notify_changed("payments")
        self.accept()


class SplitDialog(_InvoicePicker):
    """Spread one payment over several invoices; what is left stays as credit."""

    def __init__(self, page: PaymentsTab, payment: views.PaymentView) -> None:
        super().__init__(page, payment, tr("Del innbetaling på flere fakturaer"))
        self.parts: list[tuple[int, int]] = []
        self.add_button = QPushButton(tr("Legg til"))
        self.add_button.clicked.connect(self.add_part)
        self.part_list = QListWidget()
        self.rest = QLabel()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Fordel"))
        self.buttons.accepted.connect(self._ok)
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("Beløp")))
        row.addWidget(self.amount)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        for w in (self.info, self.search, self.table):
            layout.addWidget(w)
        layout.addLayout(row)
        layout.addWidget(self.part_list)
        layout.addWidget(self.rest)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.result_view: views.PaymentView | None = None
        self._update_rest()

    def remaining_to_place(self) -> int:
        return self.payment.unallocated_ore - sum(a for _n, a in self.parts)

    def _update_rest(self) -> None:
        self.rest.setText(tr("Igjen å fordele: {r} (blir kreditt på konto)").format(
            r=money(self.remaining_to_place())))

    def add_part(self) -> None:
        row = self.selected()
        if row is None:
            self.error.setText(tr("Velg en faktura."))
            return
        try:
            amount = read_amount(self.amount.text())
        except UserError as exc:
            self.error.setText(exc.message)
            return
        self.parts.append((row["number"], amount))
        self.part_list.addItem(tr("Faktura {n} – {name} (kundenr. {m}): {a}").format(
            n=row["number"], name=row["name"], m=row["member"], a=money(amount)))
        self.error.clear()
        self._update_rest()

    def _ok(self) -> None:
        try:
            with self.page.ctx.store.session() as session:
                self.result_view = matching.split_payment(session, self.payment.id, self.parts)
        except UserError as exc:
            self.error.setText(exc.message)
            return
        self.page.ctx.notify_changed("payments")
        self.accept()
