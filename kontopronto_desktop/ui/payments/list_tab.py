"""Alle innbetalinger tab of the Innbetalinger page: every payment by status, with undo of a match,
refund of a credit and a jump to the member's reskontro.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from ...core import members
from ...core.errors import UserError
from ...core.models.payment import PAYMENT_STATUS_LABELS, PaymentStatus
from ...core.payments import matching, views
from ..context import AppContext
from ..widgets.empty_hint import EmptyHint
from ..widgets.member_picker import describe
from ..widgets.money import money, plain_amount
from ..widgets.table_rows import RowsModel, rows_table, selected_row
from .base import PaymentsTab, day_text


def tr(text: str) -> str:
    return QCoreApplication.translate("PaymentsPage", text)


def _payment_cell(p: views.PaymentView, col: int) -> str:
    credit = p.unallocated_ore if p.customer_number is not None else 0
    return [str(p.id), day_text(p.booked_on), plain_amount(p.amount_ore), tr(p.status_label),
            str(p.customer_number or ""), ", ".join(str(a.invoice_number) for a in p.allocations),
            plain_amount(credit) if credit else "", p.kid, p.payer_name][col]


class PaymentsListTab(PaymentsTab):
    """The list of all payments: widgets and actions."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.status_filter = QComboBox()
        self.status_filter.addItem(tr("Alle"), "")
        for status in PaymentStatus:
            self.status_filter.addItem(tr(PAYMENT_STATUS_LABELS[status]), status.value)
        self.status_filter.currentIndexChanged.connect(self.refresh_payments)
        self.payments_model = RowsModel(("Id", "Dato", "Beløp", "Status", "Kundenr.", "Fakturaer", "Kreditt",
                                         "KID", "Betaler"), _payment_cell, (0, 2, 4, 6), translate=tr)
        self.payments = rows_table(self.payments_model, "payments.list.payments")
        self.payments.selectionModel().selectionChanged.connect(self._payment_selected)
        self.empty_hint = EmptyHint(
            self.payments, empty=tr("Ingen innbetalinger ennå. Les inn bankfilen fra nettbanken (OCR, camt.054/053 "
                                    "eller CSV) under «Innlesing og kø»."),
            filtered=tr("Ingen innbetalinger med denne statusen."), is_filtered=lambda: bool(self.status_filter.currentData()))
        self.undo_button = QPushButton(tr("Angre matching"))
        self.refund_button = QPushButton(tr("Tilbakebetal kreditt"))
        self.member_ledger_button = QPushButton(tr("Vis reskontro"))
        self.undo_button.clicked.connect(self.undo_selected)
        self.refund_button.clicked.connect(self.refund_selected)
        self.member_ledger_button.clicked.connect(self._ledger_of_selected)
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("Status:")))
        top.addWidget(self.status_filter)
        top.addStretch()
        for b in (self.undo_button, self.refund_button, self.member_ledger_button):
            top.addWidget(b)
            b.setEnabled(False)
        v = QVBoxLayout(self)
        v.addLayout(top)
        v.addWidget(self.payments, 1)
        self.refresh()

    def refresh(self) -> None:
        self.refresh_payments()

    def refresh_payments(self) -> None:
        with self.ctx.store.session() as session:
            rows = views.list_payments(session, status=self.status_filter.currentData() or None)
        self.payments_model.set_rows(rows)
        self._payment_selected()

    def selected_payment(self) -> views.PaymentView | None:
        p: views.PaymentView | None = selected_row(self.payments, self.payments_model)
        return p

    def _payment_selected(self, *_: object) -> None:
        p = self.selected_payment()
        self.undo_button.setEnabled(bool(p and p.status != PaymentStatus.UNMATCHED.value) and self.can_write)
        self.refund_button.setEnabled(bool(p and p.status == PaymentStatus.CREDIT.value) and self.can_write)
        self.member_ledger_button.setEnabled(bool(p and p.customer_number))

    def undo_selected(self) -> views.PaymentView | None:
        p = self.selected_payment()
        if p is None or not self.confirm(tr("Angre matchingen av innbetaling {id} ({a})? Fakturaene får "
                                            "tilbake restbeløpet, og innbetalingen legges i køen.").format(
                id=p.id, a=money(p.amount_ore))):
            return None
        result: views.PaymentView | None = self._write(lambda s: matching.unmatch_payment(s, p.id))
        return result

    def select_payment(self, payment_id: int) -> bool:
        """Select one payment (Ctrl+K jumps here): every status shown, the row scrolled to."""
        if self.status_filter.currentIndex() != 0:
            self.status_filter.setCurrentIndex(0)  # refreshes
        else:
            self.refresh_payments()
        for row, p in enumerate(self.payments_model.rows):
            if p.id == payment_id:
                self.payments.selectRow(row)
                self.payments.scrollTo(self.payments_model.index(row, 0))
                return True
        return False

    def _member_named(self, customer_number: int | None) -> str:
        """«Kari Nordmann (kundenr. 1001), Gata 1, 0150 Oslo» for a confirmation (the number if unknown)."""
        if not customer_number:
            return ""
        try:
            with self.ctx.store.session() as session:
                return describe(members.get_member(session, customer_number))
        except UserError:
            return tr("kundenr. {0}").format(customer_number)

    def refund_selected(self) -> views.PaymentView | None:
        p = self.selected_payment()
        if p is None or not self.confirm(tr("Merke {a} som tilbakebetalt til {m}?").format(
                a=money(p.unallocated_ore), m=self._member_named(p.customer_number))):
            return None
        result: views.PaymentView | None = self._write(lambda s: matching.refund_credit(s, p.id))
        return result

    def _ledger_of_selected(self) -> None:
        p = self.selected_payment()
        if p is not None and p.customer_number:
            self.ctx.member_ledger_requested.emit(p.customer_number)  # the page shows the Reskontro tab

