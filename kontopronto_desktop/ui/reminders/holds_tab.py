"""Purring › Stansede krav: hold one invoice, or every claim of one member, until a date (a dispute,
an agreed instalment plan); held claims get no reminders. Through core.collection.holds."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLineEdit, QPushButton, QSpinBox, QVBoxLayout

from ...core.collection import holds
from ...core.errors import UserError
from ..context import AppContext
from ..widgets.confirm import confirm
from ..widgets.date_edit import DateEdit
from ..widgets.empty_hint import EmptyHint
from ..widgets.member_picker import MemberPicker
from ..widgets.table_kit import kit_of
from ..widgets.table_rows import RowsModel, rows_table, selected_row
from .base import CollectionTab, MessageLine, day_text, to_date, to_qdate, tr


class HoldsTab(CollectionTab):
    """Claims on hold, and putting one on hold or lifting it."""

    def __init__(self, ctx: AppContext, message: MessageLine) -> None:
        super().__init__(ctx, message)
        self.hold_invoice = QSpinBox()
        self.hold_invoice.setRange(0, 999_999_999)
        self.hold_invoice.setSpecialValueText(tr("(hele medlemmet)"))
        #: the member by name, number, e-mail or phone (value() 0 = none); used when no invoice number is given
        self.hold_member = MemberPicker(ctx)
        self.hold_until = DateEdit(to_qdate(date.today()).addDays(30))
        self.hold_reason = QLineEdit()
        self.hold_reason.setPlaceholderText(tr("f.eks. tvist, avtalt nedbetaling"))
        self.hold_button = QPushButton(tr("Stans purringer"))
        self.hold_button.clicked.connect(self.put_on_hold)
        self.release_button = QPushButton(tr("Opphev valgt stans"))
        self.release_button.clicked.connect(self.release_selected)
        self.holds_model = RowsModel(["Stans", "Faktura", "Kundenr.", "Til og med", "Grunn"], self._cell,
                                     right=(0, 1, 2), translate=tr)
        # Delete lifts the chosen hold, after the same question as the button
        self.holds_table = rows_table(self.holds_model, on_delete=self.release_selected)
        kit_of(self.holds_table).add_action(tr("Opphev valgt stans …"), self.release_selected)
        self.empty_hint = EmptyHint(self.holds_table, empty=tr(
            "Ingen krav er stanset. Fyll inn fakturanr. eller medlem over og trykk «Stans purringer»."))
        form = QFormLayout()
        form.addRow(tr("Fakturanr."), self.hold_invoice)
        form.addRow(tr("eller medlem (alle medlemmets krav)"), self.hold_member)
        form.addRow(tr("Til og med"), self.hold_until)
        form.addRow(tr("Grunn"), self.hold_reason)
        v = QVBoxLayout(self)
        v.addLayout(form)
        row = QHBoxLayout()
        row.addWidget(self.hold_button)
        row.addWidget(self.release_button)
        row.addStretch(1)
        v.addLayout(row)
        v.addWidget(self.holds_table)

    @staticmethod
    def _cell(h: holds.HoldView, col: int) -> str:
        return [str(h.id), str(h.invoice_number or ""), str(h.customer_number or ""), day_text(h.until), h.reason][col]

    def refresh(self) -> None:
        try:
            with self.ctx.store.session() as session:
                self.holds_model.set_rows(holds.list_holds(session))
        except UserError as exc:
            self.message.error(exc)

    def put_on_hold(self) -> None:
        """Hold one invoice, or (with no invoice number) all of one member's claims."""
        number, until, reason = self.hold_invoice.value(), to_date(self.hold_until.date()), self.hold_reason.text()
        member = self.hold_member.value() if not number else 0
        done = (tr("Purringer for faktura {n} er stanset til og med {u}.").format(n=number, u=day_text(until))
                if number else tr("Purringer for alle krav til {m} er stanset til og med {u}.").format(
                    m=self.hold_member.summary() or member, u=day_text(until)))
        if self._write(lambda s: holds.put_on_hold(s, until=until, reason=reason, invoice_number=number or None,
                                                   customer_number=member or None), done):
            self.hold_reason.clear()

    def release_selected(self) -> None:
        """Lift the chosen hold after asking, naming the invoice or member (reminders follow again)."""
        hold = selected_row(self.holds_table, self.holds_model)
        if hold is None:
            self.message.setText(tr("Velg en stans i listen."))
            return
        what = (tr("faktura {n}").format(n=hold.invoice_number) if hold.invoice_number
                else tr("alle krav til kundenr. {m}").format(m=hold.customer_number))
        if not confirm(self, tr("Opphev stans"), tr("Oppheve stansen for {w}? Neste purrekjøring kan da "
                                                       "purre igjen.").format(w=what),
                       tr("Opphev stans"), "confirm_delete"):
            return
        self._write(lambda s: holds.release_hold(s, hold.id), tr("Stansen er opphevet."))
