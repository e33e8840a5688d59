"""Purring › Kontoutskrift: one member's open items and balance on a day, shown, saved as PDF,
previewed for print or sent by e-mail. Through core.collection.statement and .email."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QFormLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from ...core.collection import email, statement
from ...core.errors import UserError
from ..context import AppContext
from ..widgets.date_edit import DateEdit
from ..widgets.empty_hint import EmptyHint
from ..widgets.member_picker import MemberPicker
from ..widgets.money import money, plain_amount
from ..widgets.pdf_preview import PdfPreviewDialog
from ..widgets.table_rows import RowsModel, rows_table
from .base import CollectionTab, MessageLine, day_text, to_date, to_qdate, tr


class StatementTab(CollectionTab):
    """A kontoutskrift for the member chosen by name; read only when asked (Vis), never on a change."""

    def __init__(self, ctx: AppContext, message: MessageLine) -> None:
        super().__init__(ctx, message)
        self.statement_member = MemberPicker(ctx)
        self.statement_date = DateEdit(to_qdate(date.today()))
        self.statement_show = QPushButton(tr("Vis"))
        self.statement_show.clicked.connect(self.show_statement)
        self.statement_pdf = QPushButton(tr("Lagre PDF …"))
        self.statement_pdf.clicked.connect(lambda: self.save_statement())
        self.statement_preview = QPushButton(tr("Forhåndsvis og skriv ut …"))
        self.statement_preview.clicked.connect(self.preview_statement)
        self.statement_send = QPushButton(tr("Send på e-post"))
        self.statement_send.clicked.connect(self.send_statement)
        self.statement_model = RowsModel(["Post", "Forfall", "KID", "Gjelder", "Beløp"], self._cell,
                                         right=(4,), translate=tr)
        self.statement_table = rows_table(self.statement_model)
        self.empty_hint = EmptyHint(self.statement_table, empty=tr(
            "Velg medlem og dato over og trykk «Vis» for å se kontoutskriften."))
        self.statement_total = QLabel()
        form = QFormLayout()
        form.addRow(tr("Medlem"), self.statement_member)
        form.addRow(tr("Per dato"), self.statement_date)
        row = QHBoxLayout()
        for b in (self.statement_show, self.statement_pdf, self.statement_preview, self.statement_send):
            row.addWidget(b)
        row.addStretch(1)
        v = QVBoxLayout(self)
        v.addLayout(form)
        v.addLayout(row)
        v.addWidget(self.statement_table)
        v.addWidget(self.statement_total)

    @staticmethod
    def _cell(ln: statement.StatementLine, col: int) -> str:
        return [ln.text, day_text(ln.due), ln.kid, ln.what, plain_amount(ln.amount_ore)][col]

    def show_statement(self) -> statement.Statement | None:
        if not self.statement_member.value():
            self.message.setText(tr("Velg et medlem (søk på navn, kundenr., e-post eller telefon)."))
            return None
        try:
            with self.ctx.store.session() as session:
                st = statement.member_statement(session, self.statement_member.value(),
                                                to_date(self.statement_date.date()))
        except UserError as exc:
            self.message.error(exc)
            return None
        self.statement_model.set_rows(st.lines)
        self.statement_total.setText(tr("Saldo per {d}: {t}").format(d=day_text(st.on), t=money(st.total_ore)))
        return st

    def save_statement(self, path: str | None = None) -> None:
        number = self.statement_member.value()
        if not path:
            path, _ = QFileDialog.getSaveFileName(self, tr("Kontoutskrift"), f"kontoutskrift-{number}.pdf",
                                                  "PDF (*.pdf)")
        if not path:
            return
        try:
            with self.ctx.store.session() as session:
                statement.export_statement(session, number, Path(path), to_date(self.statement_date.date()))
        except UserError as exc:
            self.message.error(exc)
            return
        self.message.setText(tr("Kontoutskriften er lagret i {p}.").format(p=path))

    def preview_statement(self) -> PdfPreviewDialog | None:
        """The chosen member's kontoutskrift in the preview, to print with Ctrl+P."""
        number, on = self.statement_member.value(), to_date(self.statement_date.date())
        if not number:
            self.message.setText(tr("Velg et medlem (søk på navn, kundenr., e-post eller telefon)."))
            return None
        return self._preview(lambda s, path: statement.export_statement(s, number, path, on),
                             f"kontoutskrift-{number}.pdf", tr("Kontoutskrift for {m}").format(
                                 m=self.statement_member.summary() or number))

    def send_statement(self) -> None:
        number, on = self.statement_member.value(), to_date(self.statement_date.date())
        who = self.statement_member.summary() or str(number)
        store = self.ctx.store

        def work(progress: Callable[[int, int], None], is_cancelled: Callable[[], bool]) -> email.SendReport:
            return email.send_statements(store.session, on, [number], progress=progress, is_cancelled=is_cancelled)

        def done(report: email.SendReport) -> None:
            if report.sent:
                self.message.setText(tr("Kontoutskriften er sendt til {m}.").format(m=who))
            elif report.skipped_no_email:
                self.message.setText(tr("Medlemmet har ingen e-postadresse; lagre PDF og skriv den ut."))
            else:
                self.message.setText(tr("Kontoutskriften ble ikke sendt: {e}").format(
                    e="; ".join(f.reason for f in report.failed)))

        self.ctx.run_in_background(work, done, self.message.error, owner=self)
