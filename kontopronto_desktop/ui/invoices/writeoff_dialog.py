"""Fakturaer › Avskriv …: write off an open invoice as a loss (tap på fordring), fully or partly.

Not a credit note: the invoice stays as issued; the write-off reduces what is owed and is shown
in the reskontro and the aging. Administrators and bookkeepers only (the core checks the role).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import UserError
from ...core.invoicing import invoices, writeoff
from ..context import AppContext
from ..widgets.date_edit import DateEdit
from ..widgets.money import AmountEdit, money, plain_amount, read_amount


def tr(text: str) -> str:
    return QCoreApplication.translate("WriteOffDialog", text)


class WriteOffDialog(QDialog):
    def __init__(self, ctx: AppContext, view: invoices.InvoiceView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.view = view
        self.done_row: writeoff.WriteOffView | None = None
        self.setWindowTitle(tr("Avskriv faktura {n} som tap").format(n=view.number))
        self.whole = QRadioButton(tr("Alt som gjenstår: {a}").format(a=money(view.remaining_ore)))
        self.part = QRadioButton(tr("Et beløp:"))
        self.undo = QRadioButton(tr("Tilbakefør avskrivningen ({a} står igjen som fordring)").format(
            a=money(view.written_off_ore)))
        self.undo.setVisible(view.written_off_ore > 0)
        self.whole.setEnabled(view.remaining_ore > 0)
        self.part.setEnabled(view.remaining_ore > 0)
        (self.whole if view.remaining_ore > 0 else self.undo).setChecked(True)
        self.amount = AmountEdit()
        self.amount.setPlaceholderText(plain_amount(0))  # «0,00» / «0.00»: the form it reads
        self.amount.textEdited.connect(lambda _t: self.part.setChecked(True))
        today = date.today()
        self.on = DateEdit(QDate(today.year, today.month, today.day))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(tr("f.eks. konkurs, ukjent adresse, foreldet"))
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Avskriv"))
        self.buttons.accepted.connect(self.write_off)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow("", self.whole)
        form.addRow(self.part, self.amount)
        form.addRow("", self.undo)
        form.addRow(tr("Dato"), self.on)
        form.addRow(tr("Begrunnelse"), self.reason)
        layout = QVBoxLayout(self)
        info = QLabel(tr("Tap på fordring: fakturaen står som utstedt (ingen kreditnota), men beløpet regnes ikke "
                         "lenger som utestående. Betaler kunden senere, føres innbetalingen som inngått tidligere "
                         "avskrevet fordring."))
        info.setWordWrap(True)
        #: whose claim is written off, named before it is done (the buyer as on the invoice)
        where = ", ".join(p for p in (view.buyer_street, f"{view.buyer_postcode} {view.buyer_city}".strip()) if p)
        self.buyer = QLabel(tr("Kunde: {0} (kundenr. {1})").format(view.buyer_name, view.customer_number)
                            + (f", {where}" if where else ""))
        self.buyer.setObjectName("writeoffBuyer")
        self.buyer.setWordWrap(True)
        layout.addWidget(self.buyer)
        layout.addWidget(info)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def write_off(self) -> None:
        qd = self.on.date()
        try:
            amount = read_amount(self.amount.text(), "beløp") if self.part.isChecked() else None
            on = date(qd.year(), qd.month(), qd.day())
            with self.ctx.store.session() as session:
                if self.undo.isChecked():
                    self.done_row = writeoff.reverse_write_off(session, self.view.number or 0, self.reason.text(), on)
                else:
                    self.done_row = writeoff.write_off(session, self.view.number or 0, self.reason.text(), amount, on)
        except UserError as exc:
            self.error.setText(exc.message)
            return
        self.ctx.notify_changed("invoices")
        self.accept()
