"""Reskontro tab of the Innbetalinger page: one member's invoices and payments with a running
balance and the open items; other pages ask for it through AppContext.member_ledger_requested.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from ...core.errors import UserError
from ...core.payments import ledger
from ..context import AppContext
from ..widgets.empty_hint import EmptyHint
from ..widgets.member_picker import MemberPicker
from ..widgets.money import money, plain_amount
from ..widgets.table_rows import RowsModel, rows_table
from .base import PaymentsTab, day_text


def tr(text: str) -> str:
    return QCoreApplication.translate("PaymentsPage", text)


def _ledger_cell(ln: ledger.LedgerLine, col: int) -> str:
    return [day_text(ln.on), ln.kind, ln.reference, ln.text, plain_amount(ln.debit_ore) if ln.debit_ore else "",
            plain_amount(ln.credit_ore) if ln.credit_ore else "", plain_amount(ln.balance_ore)][col]


class LedgerTab(PaymentsTab):
    """The reskontro tab's widgets and actions."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        #: the member by name, customer number, e-mail or phone; choosing one shows the reskontro
        self.ledger_member = MemberPicker(ctx)
        self.ledger_member.chosen.connect(lambda m: self.show_ledger(m.customer_number) if m is not None else None)
        self.ledger_button = QPushButton(tr("Vis"))
        self.ledger_button.clicked.connect(lambda: self.show_ledger(self.ledger_member.value()))
        self.ledger_title = QLabel()
        self.ledger_model = RowsModel(("Dato", "Type", "Referanse", "Tekst", "Debet", "Kredit", "Saldo"),
                                      _ledger_cell, (4, 5, 6), translate=tr)
        self.ledger_table = rows_table(self.ledger_model, "payments.ledger.ledger_table")
        #: the member whose reskontro is shown (0: none chosen yet)
        self.shown_member = 0
        self.empty_hint = EmptyHint(
            self.ledger_table, empty=tr("Velg et medlem over (søk på navn, kundenr., e-post eller telefon) for å se "
                                        "fakturaer, innbetalinger og saldo."),
            filtered=tr("Ingen fakturaer eller innbetalinger for dette medlemmet ennå."),
            is_filtered=lambda: bool(self.shown_member))
        self.ledger_open = QLabel()
        self.ledger_open.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("Medlem:")))
        top.addWidget(self.ledger_member, 1)
        top.addWidget(self.ledger_button)
        top.addStretch()
        v = QVBoxLayout(self)
        v.addLayout(top)
        v.addWidget(self.ledger_title)
        v.addWidget(self.ledger_table, 1)
        v.addWidget(self.ledger_open)

    def refresh(self) -> None:
        if self.ledger_model.rows or self.ledger_title.text():  # a member is shown: show them as they are now
            self.show_ledger(self.ledger_member.value())

    def show_ledger(self, customer_number: int) -> None:
        """Show a member's reskontro (the page calls it when someone asks through the context)."""
        self.shown_member = 0
        if not customer_number:
            self.ledger_model.set_rows([])
            self.ledger_title.setText(tr("Velg et medlem (søk på navn, kundenr., e-post eller telefon)."))
            self.ledger_open.clear()
            return
        if self.ledger_member.value() != int(customer_number):
            self.ledger_member.blockSignals(True)  # shown below; no second round through «chosen»
            self.ledger_member.setValue(int(customer_number))
            self.ledger_member.blockSignals(False)
        try:
            with self.ctx.store.session() as session:
                led = ledger.member_ledger(session, int(customer_number))
        except UserError as exc:
            self.ledger_model.set_rows([])
            self.ledger_title.setText(exc.message)
            self.ledger_open.clear()
            return
        self.shown_member = led.customer_number
        self.ledger_model.set_rows(led.lines)
        self.ledger_title.setText(tr("<b>{n} {name}</b> – saldo {b}").format(
            n=led.customer_number, name=led.name, b=money(led.balance_ore)))
        items = "; ".join(f"{i.reference}: {money(i.amount_ore)} ({tr(i.status)}"
                          + (f", {i.stage_text}" if i.stage_text else "") + ")" for i in led.open_items)
        self.ledger_open.setText(tr("Åpne poster: ") + (items or tr("ingen")))

