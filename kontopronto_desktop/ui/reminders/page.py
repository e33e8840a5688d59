"""Purring: the reminder run wizard (date, preview, run with progress and cancel), issued reminders
with e-mail and print, held claims, the hand-over list for a collection agency, and the rates
and settings behind fees and interest — all through core/collection services."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ...core.channels import delivery, ehf_reminder_service
from ...core.collection import email, handover, holds, issued, rates, routing, runs, statement
from ...core.collection.settings import get_collection_settings, save_collection_settings
from ...core.errors import UserError
from ..context import AppContext
from ..widgets.date_edit import DateEdit
from ..widgets.member_picker import MemberPicker
from ..widgets.money import money, plain_amount
from ..widgets.pdf_preview import PdfPreviewDialog, written_pdf
from ..widgets.stale import when_shown
from ..widgets.table_rows import RowsModel, rows_table, selected_row


def tr(text: str) -> str:
    return QCoreApplication.translate("RemindersPage", text)


def _d(value: date | None) -> str:
    return value.strftime("%d.%m.%Y") if value else ""


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


#: the stage names, marked for translation (context "RemindersPage"); read them through stage_label()
STAGE_LABELS = {"purring": QT_TRANSLATE_NOOP("RemindersPage", "Purring"),
                "inkassovarsel": QT_TRANSLATE_NOOP("RemindersPage", "Inkassovarsel")}


def stage_label(stage: str) -> str:
    """The reader's word for a reminder stage, in the UI's language."""
    return tr(STAGE_LABELS[stage]) if stage in STAGE_LABELS else stage
#: the reminder plans offered (the law allows at most two fees; a third step carries none)
PLANS = (("purring", "inkassovarsel"), ("purring", "purring", "inkassovarsel"), ("purring",), ("purring", "purring"))


class RunWizard(QWizard):
    """Purrekjøring: date, preview (who, invoices, fee, interest, total, held), then run."""

    def __init__(self, ctx: AppContext, page: RemindersPage) -> None:
        super().__init__(page)
        self.ctx = ctx
        self.page_ref = page
        self.setWindowTitle(tr("Purrekjøring"))
        self.result_data: runs.RunResult | None = None
        self.plan: runs.RunPlan | None = None
        self.worker: Any = None

        p1 = QWizardPage()
        p1.setTitle(tr("Dato"))
        self.run_date = DateEdit(_qdate(date.today()))
        with ctx.store.session() as session:
            cfg = get_collection_settings(session)
        plan = " → ".join(stage_label(s) for s in cfg.effective_plan())
        f1 = QFormLayout(p1)
        f1.addRow(tr("Kjøringsdato"), self.run_date)
        f1.addRow(tr("Purreplan"), QLabel(tr("{plan} (første {a} dager etter forfall, deretter hver {b}. dag)").format(
            plan=plan, a=cfg.first_after_days, b=cfg.next_after_days)))
        self.addPage(p1)

        p2 = QWizardPage()
        p2.setTitle(tr("Forhåndsvisning"))
        p2.setFinalPage(True)
        self.preview_label = QLabel()
        self.preview_label.setWordWrap(True)
        self.sample = QListWidget()
        self.held = QListWidget()
        v2 = QVBoxLayout(p2)
        v2.addWidget(self.preview_label)
        v2.addWidget(self.sample)
        v2.addWidget(QLabel(tr("Stansede krav (hoppes over):")))
        v2.addWidget(self.held)
        self.addPage(p2)
        self.setButtonText(QWizard.WizardButton.FinishButton, tr("Lag purringer"))
        self.currentIdChanged.connect(self._entered)

    def _entered(self, page_id: int) -> None:
        if page_id != 1:
            return
        self.sample.clear()
        self.held.clear()
        try:
            with self.ctx.store.session() as session:
                self.plan = runs.plan_run(session, _pydate(self.run_date.date()))
        except UserError as exc:
            self.plan = None
            self.preview_label.setText(exc.message)
            return
        pv = self.plan
        self.preview_label.setText(tr("{n} brev ({p} purringer, {i} inkassovarsel): gebyr {f}, renter {r}, "
                                      "til sammen {t}. Ingenting er lagret ennå.").format(
            n=len(pv.reminders), p=sum(1 for r in pv.reminders if r.stage == "purring"),
            i=sum(1 for r in pv.reminders if r.stage == "inkassovarsel"), f=money(pv.fee_ore),
            r=money(pv.interest_ore), t=money(pv.total_ore))
            + (tr(" Standardkompensasjon (§ 3a): {c}.").format(c=money(pv.compensation_ore))
               if pv.compensation_ore else ""))
        for r in pv.reminders[:500]:
            invoices = ", ".join(str(i.number) for i in r.items)
            comp = tr("  kompensasjon {c}").format(c=plain_amount(r.compensation_ore)) if r.compensation_ore else ""
            self.sample.addItem(f"{r.customer_number}  {r.name}  {stage_label(r.stage)}  " + tr(
                "faktura {inv}  gebyr {f}  renter {i}  sum {t}").format(
                inv=invoices, f=plain_amount(r.fee_ore), i=plain_amount(r.interest_ore) + comp, t=money(r.total_ore)))
        for h in pv.held:
            self.held.addItem(tr("Faktura {n} ({c} {name}) til {u}: {reason}").format(
                n=h.number, c=h.customer_number, name=h.name, u=_d(h.until), reason=h.reason))

    def accept(self) -> None:
        """Finish: issue in the background with a progress dialog whose Avbryt writes nothing."""
        if self.plan is None or not self.plan.reminders:
            self.preview_label.setText(tr("Ingen purringer å lage."))
            return
        store, on = self.ctx.store, _pydate(self.run_date.date())
        dlg = self.page_ref._progress_dialog(tr("Lager purringer …"))
        dlg.setMaximum(len(self.plan.reminders))

        def work(progress: Callable[[int, int], None], is_cancelled: Callable[[], bool]) -> runs.RunResult:
            with store.session() as session:
                return runs.issue_run(session, on, progress=progress, is_cancelled=is_cancelled)

        def done(result: runs.RunResult) -> None:
            dlg.close()
            self.result_data = result
            self.page_ref.message.setText(tr("Laget {n} purringer ({f}–{l}): {e} på e-post, {p} til utskrift.").format(
                n=len(result.plan.reminders), f=result.first_number, l=result.last_number, e=result.by_email,
                p=result.to_print) + (tr(" {h} går med EHF (Innstillinger › Kanaler).").format(h=result.by_ehf)
                                      if result.by_ehf else ""))
            self.ctx.notify_changed("invoices")
            super(RunWizard, self).accept()

        def failed(exc: BaseException) -> None:
            dlg.close()
            self.page_ref._error(exc)
            self.preview_label.setText(self.page_ref.message.text())

        self.worker = self.ctx.run_in_background(work, done, failed,
                                                 lambda a, b: (dlg.setMaximum(b), dlg.setValue(a)), owner=self)
        dlg.canceled.connect(self.worker.cancel)


class RemindersPage(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.dialog: RunWizard | None = None
        self.progress: QProgressDialog | None = None
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._reminders_tab(), tr("Purringer"))
        self.tabs.addTab(self._holds_tab(), tr("Stansede krav"))
        self.tabs.addTab(self._handover_tab(), tr("Til inkasso"))
        self.tabs.addTab(self._statement_tab(), tr("Kontoutskrift"))
        self.tabs.addTab(self._rates_tab(), tr("Satser og innstillinger"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.message)
        #: a change refreshes the page at once if it is seen, else when it is next shown
        self.stale_refresh = when_shown(self, self.refresh)
        ctx.changed.connect(self._changed)
        self.refresh()

    # --- tabs -------------------------------------------------------------------------------------

    def _reminders_tab(self) -> QWidget:
        w = QWidget()
        self.run_button = QPushButton(tr("Ny purrekjøring …"))
        self.run_button.clicked.connect(self.open_run_wizard)
        self.send_button = QPushButton(tr("Send usendte på e-post"))
        self.send_button.clicked.connect(self.send_unsent)
        self.print_button = QPushButton(tr("PDF for utskrift …"))
        self.print_button.clicked.connect(self.export_print)
        self.print_preview_button = QPushButton(tr("Forhåndsvis og skriv ut …"))
        self.print_preview_button.setToolTip(tr("Purringene som er merket for utskrift, som utstedt"))
        self.print_preview_button.clicked.connect(self.preview_print)
        self.reminder_preview_button = QPushButton(tr("Forhåndsvis valgt purring …"))
        self.reminder_preview_button.setToolTip(tr("Purringen som utstedt, for å lese eller skrive den ut (Ctrl+P)"))
        self.reminder_preview_button.clicked.connect(self.preview_reminder)
        #: the open PDF preview
        self.preview: PdfPreviewDialog | None = None
        self.ehf_button = QPushButton(tr("Send EHF-purringer"))
        self.ehf_button.setObjectName("send_ehf_reminders")
        self.ehf_button.setToolTip(tr("Purringer til organisasjoner på EHF skrives som EHF-purring til utboksen "
                                      "og lastes opp med SFTP (Innstillinger › Kanaler)"))
        self.ehf_button.clicked.connect(self.send_ehf)
        self.ehf_pending: list[int] = []
        self.ehf_states: dict[int, str] = {}
        self.ehf_numbers: set[int] = set()
        self.model = RowsModel(["Nr.", "Type", "Dato", "Frist", "Kundenr.", "Navn", "Gebyr", "Renter", "Sum",
                                "Sendt"], self._reminder_cell, right=(0, 4, 6, 7, 8), translate=tr)
        self.table = rows_table(self.model)
        buttons = QHBoxLayout()
        for b in (self.run_button, self.send_button, self.print_button, self.print_preview_button,
                  self.reminder_preview_button, self.ehf_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        v = QVBoxLayout(w)
        v.addLayout(buttons)
        v.addWidget(self.table)
        return w

    def _reminder_cell(self, r: runs.ReminderRow, col: int) -> str:
        sent = tr("e-post") if r.sent else (tr("utskrift") if r.needs_print else tr("ikke sendt"))
        if r.number in self.ehf_numbers:
            sent = self.ehf_states.get(r.number, tr("EHF (ikke sendt)"))
        return [str(r.number), stage_label(r.stage), _d(r.issued_on), _d(r.deadline), str(r.customer_number),
                r.name, plain_amount(r.fee_ore), plain_amount(r.interest_ore), plain_amount(r.total_ore), sent][col]

    def _holds_tab(self) -> QWidget:
        w = QWidget()
        self.hold_invoice = QSpinBox()
        self.hold_invoice.setRange(0, 999_999_999)
        self.hold_invoice.setSpecialValueText(tr("(hele medlemmet)"))
        #: the member by name, number, e-mail or phone (value() 0 = none); used when no invoice number is given
        self.hold_member = MemberPicker(self.ctx)
        self.hold_until = DateEdit(_qdate(date.today()).addDays(30))
        self.hold_reason = QLineEdit()
        self.hold_reason.setPlaceholderText(tr("f.eks. tvist, avtalt nedbetaling"))
        self.hold_button = QPushButton(tr("Stans purringer"))
        self.hold_button.clicked.connect(self.put_on_hold)
        self.release_button = QPushButton(tr("Opphev valgt stans"))
        self.release_button.clicked.connect(self.release_selected)
        self.holds_model = RowsModel(["Stans", "Faktura", "Kundenr.", "Til og med", "Grunn"], self._hold_cell,
                                     right=(0, 1, 2), translate=tr)
        self.holds_table = rows_table(self.holds_model)
        form = QFormLayout()
        form.addRow(tr("Fakturanr."), self.hold_invoice)
        form.addRow(tr("eller medlem (alle medlemmets krav)"), self.hold_member)
        form.addRow(tr("Til og med"), self.hold_until)
        form.addRow(tr("Grunn"), self.hold_reason)
        v = QVBoxLayout(w)
        v.addLayout(form)
        row = QHBoxLayout()
        row.addWidget(self.hold_button)
        row.addWidget(self.release_button)
        row.addStretch(1)
        v.addLayout(row)
        v.addWidget(self.holds_table)
        return w

    @staticmethod
    def _hold_cell(h: holds.HoldView, col: int) -> str:
        return [str(h.id), str(h.invoice_number or ""), str(h.customer_number or ""), _d(h.until), h.reason][col]

    def _handover_tab(self) -> QWidget:
        w = QWidget()
        self.handover_model = RowsModel(["Faktura", "Kundenr.", "Navn", "Forfall", "Hovedstol", "Gebyr", "Renter",
                                         "Kompensasjon", "Åpent", "Frist"], self._handover_cell,
                                        right=(0, 1, 4, 5, 6, 7, 8), translate=tr)
        self.handover_table = rows_table(self.handover_model)
        self.export_button = QPushButton(tr("Eksporter CSV og merk overlevert …"))
        self.export_button.clicked.connect(self.export_handover)
        v = QVBoxLayout(w)
        v.addWidget(QLabel(tr("Krav som er ubetalt etter fristen i inkassovarselet. Overleverte krav får ikke flere "
                              "purringer; innbetalinger føres fortsatt.")))
        v.addWidget(self.handover_table)
        v.addWidget(self.export_button)
        return w

    @staticmethod
    def _handover_cell(row: handover.HandoverRow, col: int) -> str:
        c = row.claim
        return [str(c.number), str(c.customer_number), c.buyer_name, _d(c.due), plain_amount(c.principal_ore),
                plain_amount(c.fees_ore), plain_amount(c.interest_ore), plain_amount(c.compensation_ore), plain_amount(c.open_ore),
                _d(c.last_deadline)][col]

    def _statement_tab(self) -> QWidget:
        w = QWidget()
        self.statement_member = MemberPicker(self.ctx)
        self.statement_date = DateEdit(_qdate(date.today()))
        self.statement_show = QPushButton(tr("Vis"))
        self.statement_show.clicked.connect(self.show_statement)
        self.statement_pdf = QPushButton(tr("Lagre PDF …"))
        self.statement_pdf.clicked.connect(lambda: self.save_statement())
        self.statement_preview = QPushButton(tr("Forhåndsvis og skriv ut …"))
        self.statement_preview.clicked.connect(self.preview_statement)
        self.statement_send = QPushButton(tr("Send på e-post"))
        self.statement_send.clicked.connect(self.send_statement)
        self.statement_model = RowsModel(["Post", "Forfall", "KID", "Gjelder", "Beløp"], self._statement_cell,
                                         right=(4,), translate=tr)
        self.statement_table = rows_table(self.statement_model)
        self.statement_total = QLabel()
        form = QFormLayout()
        form.addRow(tr("Medlem"), self.statement_member)
        form.addRow(tr("Per dato"), self.statement_date)
        row = QHBoxLayout()
        for b in (self.statement_show, self.statement_pdf, self.statement_preview, self.statement_send):
            row.addWidget(b)
        row.addStretch(1)
        v = QVBoxLayout(w)
        v.addLayout(form)
        v.addLayout(row)
        v.addWidget(self.statement_table)
        v.addWidget(self.statement_total)
        return w

    @staticmethod
    def _statement_cell(ln: statement.StatementLine, col: int) -> str:
        return [ln.text, _d(ln.due), ln.kid, ln.what, plain_amount(ln.amount_ore)][col]

    def _rates_tab(self) -> QWidget:
        w = QWidget()
        self.fees_box = QCheckBox(tr("Ta purregebyr (1/20 av inkassosatsen, høyst to per krav)"))
        self.interest_box = QCheckBox(tr("Beregn forsinkelsesrente"))
        self.varsel_box = QCheckBox(tr("Send inkassovarsel selv"))
        self.compensation_box = QCheckBox(tr("Standardkompensasjon fra næringsdrivende (forsinkelsesrenteloven § 3a)"))
        self.compensation_box.setToolTip(tr(
            "Gjelder medlemmer av typen organisasjon. Beløpet i kroner fastsettes per halvår (satstabellen) og "
            "gjelder halvåret dagen etter forfall ligger i. Kompensasjonen dekker purregebyret: gebyr som alt er "
            "tatt på kravet trekkes fra, og kravet får ikke flere gebyr."))
        self.plan_choice = QComboBox()
        for plan in PLANS:
            self.plan_choice.addItem(" → ".join(stage_label(x) for x in plan), list(plan))
        self.save_settings_button = QPushButton(tr("Lagre innstillinger"))
        self.save_settings_button.clicked.connect(self.save_settings)
        self.rates_model = RowsModel(["Sats", "Fra", "Til", "Verdi", "Merknad"], self._rate_cell, right=(3,),
                                     translate=tr)
        self.rates_table = rows_table(self.rates_model)
        self.rate_kind = QComboBox()
        for kind, label in rates.KINDS.items():
            self.rate_kind.addItem(label, kind)
        self.rate_from = DateEdit(QDate(date.today().year, 1, 1))
        self.rate_value = QLineEdit()
        self.add_rate_button = QPushButton(tr("Legg til sats"))
        self.add_rate_button.clicked.connect(self.add_rate)
        v = QVBoxLayout(w)
        for b in (self.fees_box, self.interest_box, self.varsel_box, self.compensation_box):
            v.addWidget(b)
        plan_row = QHBoxLayout()
        plan_row.addWidget(QLabel(tr("Purreplan")))
        plan_row.addWidget(self.plan_choice)
        plan_row.addStretch(1)
        v.addLayout(plan_row)
        v.addWidget(self.save_settings_button, alignment=Qt.AlignmentFlag.AlignLeft)
        v.addWidget(self.rates_table)
        row = QHBoxLayout()
        for widget in (self.rate_kind, self.rate_from, self.rate_value, self.add_rate_button):
            row.addWidget(widget)
        v.addLayout(row)
        return w

    @staticmethod
    def _rate_cell(r: rates.RateView, col: int) -> str:
        return [rates.kind_label(r.kind), _d(r.valid_from), _d(r.valid_to), str(r.value), r.note][col]

    # --- data -------------------------------------------------------------------------------------

    def _changed(self, what: str) -> None:
        if what in ("invoices", "payments", "members", "settings"):
            self.stale_refresh()

    def refresh(self) -> None:
        try:
            with self.ctx.store.session() as session:
                rows = runs.list_reminders(session)
                self.ehf_numbers = routing.by_ehf(session, [r.number for r in rows])
                self.ehf_states = ehf_reminder_service.reminder_delivery_states(session, sorted(self.ehf_numbers))
                self.ehf_pending = ehf_reminder_service.ehf_reminder_numbers(session)
                self.model.set_rows(rows)
                self.holds_model.set_rows(holds.list_holds(session))
                self.handover_model.set_rows(handover.handover_candidates(session))
                self.rates_model.set_rows(rates.list_rates(session))
                cfg = get_collection_settings(session)
        except UserError as exc:
            self._error(exc)
            return
        self.ehf_button.setText(tr("Send EHF-purringer ({n})").format(n=len(self.ehf_pending)))
        self.ehf_button.setEnabled(bool(self.ehf_pending))
        self.fees_box.setChecked(cfg.charge_fees)
        self.interest_box.setChecked(cfg.charge_interest)
        self.varsel_box.setChecked(cfg.send_inkassovarsel)
        self.compensation_box.setChecked(cfg.business_compensation)
        index = self.plan_choice.findData(list(cfg.plan))
        if index < 0:
            self.plan_choice.addItem(" → ".join(stage_label(x) for x in cfg.plan), list(cfg.plan))
            index = self.plan_choice.count() - 1
        self.plan_choice.setCurrentIndex(index)

    def _error(self, exc: BaseException) -> None:
        self.message.setText(exc.message if isinstance(exc, UserError) else tr("Uventet feil: ") + str(exc))

    def _write(self, fn: Callable[[Any], Any], done_text: str) -> bool:
        try:
            with self.ctx.store.session() as session:
                fn(session)
        except UserError as exc:
            self._error(exc)
            return False
        self.message.setText(done_text)
        self.ctx.notify_changed("invoices")
        return True

    def _progress_dialog(self, label: str) -> QProgressDialog:
        dlg = QProgressDialog(label, tr("Avbryt"), 0, 0, self)
        dlg.setWindowModality(Qt.WindowModality.WindowModal)
        dlg.setMinimumDuration(600)  # no flashing dialog for short work
        dlg.setAutoClose(False)
        dlg.setAutoReset(False)
        self.progress = dlg
        return dlg

    # --- actions ----------------------------------------------------------------------------------

    def open_run_wizard(self) -> None:
        self.dialog = RunWizard(self.ctx, self)
        self.dialog.open()

    def send_unsent(self) -> None:
        store = self.ctx.store
        dlg = self._progress_dialog(tr("Sender purringer …"))

        def work(progress: Callable[[int, int], None], is_cancelled: Callable[[], bool]) -> email.SendReport:
            return email.send_reminders(store.session, progress=progress, is_cancelled=is_cancelled)

        def done(report: email.SendReport) -> None:
            dlg.close()
            self.message.setText(tr("Sendt {s} purringer; {f} feilet; {n} uten e-post (skrives ut).").format(
                s=len(report.sent), f=len(report.failed), n=len(report.skipped_no_email)))
            self.refresh()

        def failed(exc: BaseException) -> None:
            dlg.close()
            self._error(exc)

        worker = self.ctx.run_in_background(work, done, failed, lambda a, b: (dlg.setMaximum(b), dlg.setValue(a)),
                                            owner=self)
        dlg.canceled.connect(worker.cancel)

    def send_ehf(self) -> None:
        """Write the EHF reminders not yet written to the outbox and upload them, off the GUI thread."""
        store = self.ctx.store
        outbox = delivery.default_outbox(store.path)

        def work(_progress: Any, _cancelled: Any) -> ehf_reminder_service.ReminderDeliveryReport:
            with store.session() as session:
                return ehf_reminder_service.deliver_reminders(session, outbox, store_id=store.store_id)

        def done(report: ehf_reminder_service.ReminderDeliveryReport) -> None:
            self.message.setText(report.text() + "\n" + tr("Utboks: {0}").format(outbox))
            self.refresh()

        def failed(exc: BaseException) -> None:
            self.ehf_button.setEnabled(True)
            self._error(exc)

        self.ehf_button.setEnabled(False)
        self.message.setText(tr("Sender EHF-purringer …"))
        self.ehf_worker = self.ctx.run_in_background(work, done, failed, owner=self)

    def export_print(self, path: str | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getSaveFileName(self, tr("PDF for utskrift"), "purringer-til-utskrift.pdf", "PDF (*.pdf)")
        if not path:
            return
        try:
            with self.ctx.store.session() as session:
                count = email.export_for_print(session, Path(path))
        except UserError as exc:
            self._error(exc)
            return
        self.message.setText(tr("{n} purringer skrevet til {p}.").format(n=count, p=path))

    def _preview(self, write: Callable[[Any, Path], object], file_name: str, title: str) -> PdfPreviewDialog | None:
        try:
            with self.ctx.store.session() as session:
                data = written_pdf(lambda path: write(session, path), file_name)
        except UserError as exc:
            self._error(exc)
            return None
        self.preview = PdfPreviewDialog(data, title=title, file_name=file_name, parent=self)
        self.preview.show()
        return self.preview

    def preview_reminder(self) -> PdfPreviewDialog | None:
        """The selected reminder as issued (the archived letter) in the preview."""
        row = selected_row(self.table, self.model)
        if row is None:
            self.message.setText(tr("Velg en purring i listen."))
            return None
        try:
            with self.ctx.store.session() as session:
                data = issued.reminder_pdf(session, row.number)
        except UserError as exc:
            self._error(exc)
            return None
        self.preview = PdfPreviewDialog(data, title=tr("Purring nr. {n} – {m}").format(n=row.number, m=row.name),
                                        file_name=f"purring-{row.number}.pdf", parent=self)
        self.preview.show()
        return self.preview

    def preview_print(self) -> PdfPreviewDialog | None:
        """The reminders marked for print (as issued) in the preview, to print with Ctrl+P."""
        return self._preview(email.export_for_print, "purringer-til-utskrift.pdf", tr("Purringer til utskrift"))

    def put_on_hold(self) -> None:
        """Hold one invoice, or (with no invoice number) all of one member's claims."""
        number, until, reason = self.hold_invoice.value(), _pydate(self.hold_until.date()), self.hold_reason.text()
        member = self.hold_member.value() if not number else 0
        done = (tr("Purringer for faktura {n} er stanset til og med {u}.").format(n=number, u=_d(until)) if number
                else tr("Purringer for alle krav til {m} er stanset til og med {u}.").format(
                    m=self.hold_member.summary() or member, u=_d(until)))
        if self._write(lambda s: holds.put_on_hold(s, until=until, reason=reason, invoice_number=number or None,
                                                   customer_number=member or None), done):
            self.hold_reason.clear()

    def release_selected(self) -> None:
        index = self.holds_table.currentIndex()
        if not index.isValid():
            return
        hold = self.holds_model.rows[index.row()]
        self._write(lambda s: holds.release_hold(s, hold.id), tr("Stansen er opphevet."))

    def export_handover(self, path: str | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getSaveFileName(self, tr("Til inkasso"), "til-inkasso.csv", "CSV (*.csv)")
        if not path:
            return
        target = Path(path)
        self._write(lambda s: handover.export_handover(s, target),
                    tr("Kravene er skrevet til {p} og merket overlevert til inkasso.").format(p=path))

    def save_settings(self) -> None:
        values = {"charge_fees": self.fees_box.isChecked(), "charge_interest": self.interest_box.isChecked(),
                  "send_inkassovarsel": self.varsel_box.isChecked(),
                  "business_compensation": self.compensation_box.isChecked(),
                  "plan": self.plan_choice.currentData()}
        self._write(lambda s: save_collection_settings(s, values), tr("Innstillingene for purring er lagret."))

    def show_statement(self) -> statement.Statement | None:
        if not self.statement_member.value():
            self.message.setText(tr("Velg et medlem (søk på navn, kundenr., e-post eller telefon)."))
            return None
        try:
            with self.ctx.store.session() as session:
                st = statement.member_statement(session, self.statement_member.value(),
                                                _pydate(self.statement_date.date()))
        except UserError as exc:
            self._error(exc)
            return None
        self.statement_model.set_rows(st.lines)
        self.statement_total.setText(tr("Saldo per {d}: {t}").format(d=_d(st.on), t=money(st.total_ore)))
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
                statement.export_statement(session, number, Path(path), _pydate(self.statement_date.date()))
        except UserError as exc:
            self._error(exc)
            return
        self.message.setText(tr("Kontoutskriften er lagret i {p}.").format(p=path))

    def preview_statement(self) -> PdfPreviewDialog | None:
        """The chosen member's kontoutskrift in the preview, to print with Ctrl+P."""
        number, on = self.statement_member.value(), _pydate(self.statement_date.date())
        if not number:
            self.message.setText(tr("Velg et medlem (søk på navn, kundenr., e-post eller telefon)."))
            return None
        return self._preview(lambda s, path: statement.export_statement(s, number, path, on),
                             f"kontoutskrift-{number}.pdf", tr("Kontoutskrift for {m}").format(
                                 m=self.statement_member.summary() or number))

    def send_statement(self) -> None:
        number, on = self.statement_member.value(), _pydate(self.statement_date.date())
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

        self.ctx.run_in_background(work, done, self._error, owner=self)

    def add_rate(self) -> None:
        kind, on, value = self.rate_kind.currentData(), _pydate(self.rate_from.date()), self.rate_value.text()
        if self._write(lambda s: rates.add_rate(s, kind, on, value), tr("Satsen er lagt inn.")):
            self.rate_value.clear()


def create_page(ctx: AppContext) -> QWidget:
    return RemindersPage(ctx)
