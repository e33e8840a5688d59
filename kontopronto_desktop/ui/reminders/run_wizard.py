"""Purrekjøring: the run date and plan, a preview of every letter (fee, interest, compensation,
total) and the claims on hold, then the run in the background behind a progress dialog whose
Avbryt writes nothing. Everything through core.collection.runs."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QListWidget,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ...core.collection import runs
from ...core.collection.settings import get_collection_settings
from ...core.errors import UserError
from ..context import AppContext
from ..widgets.date_edit import DateEdit
from ..widgets.money import money, plain_amount
from ..widgets.progress import progress_dialog, run_with_progress
from .base import MessageLine, day_text, stage_label, to_date, to_qdate, tr


class RunWizard(QWizard):
    """Purrekjøring: date, preview (who, invoices, fee, interest, total, held), then run."""

    def __init__(self, ctx: AppContext, parent: QWidget, message: MessageLine) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.message = message
        self.setWindowTitle(tr("Purrekjøring"))
        self.result_data: runs.RunResult | None = None
        self.plan: runs.RunPlan | None = None
        self.worker: Any = None
        #: the progress dialog of the run (its Avbryt cancels)
        self.progress: QProgressDialog | None = None

        p1 = QWizardPage()
        p1.setTitle(tr("Dato"))
        self.run_date = DateEdit(to_qdate(date.today()))
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
                self.plan = runs.plan_run(session, to_date(self.run_date.date()))
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
                n=h.number, c=h.customer_number, name=h.name, u=day_text(h.until), reason=h.reason))

    def accept(self) -> None:
        """Finish: issue in the background with a progress dialog whose Avbryt writes nothing."""
        if self.plan is None or not self.plan.reminders:
            self.preview_label.setText(tr("Ingen purringer å lage."))
            return
        store, on = self.ctx.store, to_date(self.run_date.date())
        dlg = self.progress = progress_dialog(self.parentWidget() or self, tr("Lager purringer …"), tr("Avbryt"))
        dlg.setMaximum(len(self.plan.reminders))

        def work(progress: Callable[[int, int], None], is_cancelled: Callable[[], bool]) -> runs.RunResult:
            with store.session() as session:
                return runs.issue_run(session, on, progress=progress, is_cancelled=is_cancelled)

        def done(result: runs.RunResult) -> None:
            self.result_data = result
            self.message.setText(tr("Laget {n} purringer ({f}–{l}): {e} på e-post, {p} til utskrift.").format(
                n=len(result.plan.reminders), f=result.first_number, l=result.last_number, e=result.by_email,
                p=result.to_print) + (tr(" {h} går med EHF (Innstillinger › Kanaler).").format(h=result.by_ehf)
                                      if result.by_ehf else ""))
            self.ctx.notify_changed("invoices")  # every tab showing claims (Til inkasso, Stansede krav) follows
            super(RunWizard, self).accept()

        def failed(exc: BaseException) -> None:
            self.message.error(exc)
            self.preview_label.setText(self.message.text())

        self.worker = run_with_progress(self.ctx, dlg, work, done, failed, owner=self)
