"""Purrekjøring: the run date and plan, a preview of every letter (fee, interest, compensation,
total) and the claims on hold, then the run in the background behind a progress dialog whose
Avbryt writes nothing. Everything through core.collection.runs.

The plan is computed on the thread pool (widgets/latest_job.py): at 100 000 invoices it is
22 000 reminders and took 1.3–1.6 s on the GUI thread after «Neste», with the window frozen. Now
the preview says «Planlegger purringer …» and «Lag purringer» waits until the plan is shown; a
newer plan (the user went back and chose another date) replaces one still being computed."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
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
from ..widgets.gc_pause import collection_paused
from ..widgets.latest_job import LatestJob
from ..widgets.money import money, plain_amount
from ..widgets.progress import progress_dialog, run_with_progress
from .base import MessageLine, day_text, stage_label, to_date, to_qdate, tr


@dataclass(frozen=True)
class PlanPreview:
    """The plan with the sums the preview line shows, added up on the pool (22 000 reminders at
    100 000 invoices: the sums walk every item)."""

    plan: runs.RunPlan
    purringer: int
    varsler: int
    fee_ore: int
    interest_ore: int
    compensation_ore: int
    total_ore: int

    @classmethod
    def of(cls, plan: runs.RunPlan) -> PlanPreview:
        return cls(plan, sum(1 for r in plan.reminders if r.stage == "purring"),
                   sum(1 for r in plan.reminders if r.stage == "inkassovarsel"), plan.fee_ore, plan.interest_ore,
                   plan.compensation_ore, plan.total_ore)


class PreviewPage(QWizardPage):
    """The preview; complete (so «Lag purringer» is enabled) only once the plan is shown."""

    def __init__(self, wizard: RunWizard) -> None:
        super().__init__()
        self.run_wizard = wizard

    def isComplete(self) -> bool:  # noqa: N802 (Qt API)
        return not self.run_wizard.planning and super().isComplete()


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
        #: the plan, computed on the thread pool; only the newest request is shown
        self.plan_job = LatestJob(ctx, self, self._show_plan, self._plan_failed)

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

        p2 = self.preview_page = PreviewPage(self)
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

    @property
    def planning(self) -> bool:
        """The plan is being computed on the thread pool (tests wait on it)."""
        return self.plan_job.busy

    def _entered(self, page_id: int) -> None:
        """The preview page: compute the plan for the chosen date on the pool; back on the date
        page: a plan still being computed is dropped (the date may change)."""
        self.plan = None
        if page_id != 1:
            self.plan_job.cancel()
            self.preview_page.completeChanged.emit()
            return
        self.sample.clear()
        self.held.clear()
        self.preview_label.setText(tr("Planlegger purringer …"))
        store, on = self.ctx.store, to_date(self.run_date.date())

        def work() -> PlanPreview:
            with collection_paused(), store.session() as session:
                return PlanPreview.of(runs.plan_run(session, on))

        self.plan_job.start(work)
        self.preview_page.completeChanged.emit()

    def _plan_failed(self, exc: BaseException) -> None:
        self.preview_page.completeChanged.emit()
        if isinstance(exc, UserError):
            self.preview_label.setText(exc.message)
        else:
            self.message.error(exc)
            self.preview_label.setText(self.message.text())

    def _show_plan(self, preview: PlanPreview) -> None:
        self.plan = pv = preview.plan
        self.preview_page.completeChanged.emit()
        self.preview_label.setText(tr("{n} brev ({p} purringer, {i} inkassovarsel): gebyr {f}, renter {r}, "
                                      "til sammen {t}. Ingenting er lagret ennå.").format(
            n=len(pv.reminders), p=preview.purringer, i=preview.varsler, f=money(preview.fee_ore),
            r=money(preview.interest_ore), t=money(preview.total_ore))
            + (tr(" Standardkompensasjon (§ 3a): {c}.").format(c=money(preview.compensation_ore))
               if preview.compensation_ore else ""))
        lines = []
        for r in pv.reminders[:500]:
            invoices = ", ".join(str(i.number) for i in r.items)
            comp = tr("  kompensasjon {c}").format(c=plain_amount(r.compensation_ore)) if r.compensation_ore else ""
            lines.append(f"{r.customer_number}  {r.name}  {stage_label(r.stage)}  " + tr(
                "faktura {inv}  gebyr {f}  renter {i}  sum {t}").format(
                inv=invoices, f=plain_amount(r.fee_ore), i=plain_amount(r.interest_ore) + comp, t=money(r.total_ore)))
        self.sample.addItems(lines)
        self.held.addItems([tr("Faktura {n} ({c} {name}) til {u}: {reason}").format(
            n=h.number, c=h.customer_number, name=h.name, u=day_text(h.until), reason=h.reason) for h in pv.held])

    def reject(self) -> None:
        """Avbryt: a plan still being computed is not shown any more."""
        self.plan_job.cancel()
        super().reject()

    def accept(self) -> None:
        """Finish: issue in the background with a progress dialog whose Avbryt writes nothing."""
        if self.planning:  # «Lag purringer» is disabled until the plan is shown (Enter too)
            return
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
