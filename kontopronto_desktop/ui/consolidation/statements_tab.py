"""Konsern, Konsernregnskap tab: the consolidated statements built off the GUI thread (a busy line
meanwhile; choosing another group or year while it runs starts the newer one and drops the older
result), with checks, drill-down to the accounts behind a line, and export to Excel and PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.consolidation import chart, export, groups, mapping, statements
from ...core.errors import UserError
from ..context import AppContext
from ..widgets.empty_hint import EmptyHint
from ..widgets.latest_job import LatestJob
from ..widgets.money import plain_amount
from ..widgets.pdf_preview import PdfPreviewDialog, written_pdf
from ..widgets.plain_table import PlainTableModel, table_view
from .base import GroupState, GroupTab


def tr(text: str) -> str:
    return QCoreApplication.translate("GroupPage", text)


class StatementsTab(GroupTab):
    """The Konsernregnskap tab of the Konsern page."""

    def __init__(self, ctx: AppContext, state: GroupState) -> None:
        super().__init__(ctx, state)
        self.report: statements.Report | None = None
        self.report_job = LatestJob(ctx, self, self._built, self._build_failed)
        self.report_button = QPushButton(tr("Lag konsernregnskap"))
        self.report_button.clicked.connect(self.build_report)
        self.export_xlsx_button = QPushButton(tr("Eksporter Excel …"))
        self.export_xlsx_button.clicked.connect(lambda: self.export_xlsx())
        self.export_pdf_button = QPushButton(tr("Eksporter PDF …"))
        self.export_pdf_button.clicked.connect(lambda: self.export_pdf())
        self.preview_button = QPushButton(tr("Forhåndsvis og skriv ut …"))
        self.preview_button.clicked.connect(lambda: self.preview_pdf())
        #: the open PDF preview
        self.preview: PdfPreviewDialog | None = None
        for b in (self.export_xlsx_button, self.export_pdf_button, self.preview_button):
            b.setEnabled(False)
        self.checks_label = QLabel()
        self.checks_label.setWordWrap(True)
        self.is_model = PlainTableModel([])
        self.bs_model = PlainTableModel([])
        self.is_view = table_view(self.is_model)
        self.bs_view = table_view(self.bs_model)
        self.is_hint = EmptyHint(self.is_view, empty=tr(
            "Trykk «Lag konsernregnskap» for å sette sammen resultatregnskapet for året."))
        self.bs_hint = EmptyHint(self.bs_view, empty=tr("Trykk «Lag konsernregnskap» for å sette sammen balansen."))
        self.is_view.doubleClicked.connect(lambda index: self.drill(index.data(Qt.ItemDataRole.UserRole)))
        self.bs_view.doubleClicked.connect(lambda index: self.drill(index.data(Qt.ItemDataRole.UserRole)))
        self.statement_tabs = QTabWidget()
        self.statement_tabs.addTab(self.is_view, tr("Resultatregnskap"))
        self.statement_tabs.addTab(self.bs_view, tr("Balanse"))
        self.drill_model = PlainTableModel([tr("Konto / post"), tr("Kolonne"), tr("Beløp"), tr("Egen valuta")], (2, 3))
        self.drill_view = table_view(self.drill_model)
        self.drill_label = QLabel(tr("Dobbeltklikk en linje for å se kontoene bak."))
        layout = QVBoxLayout(self)
        buttons = QHBoxLayout()
        for b in (self.report_button, self.export_xlsx_button, self.export_pdf_button, self.preview_button):
            buttons.addWidget(b)
        buttons.addStretch()
        layout.addLayout(buttons)
        layout.addWidget(self.checks_label)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.statement_tabs)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.addWidget(self.drill_label)
        lower_layout.addWidget(self.drill_view)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        layout.addWidget(splitter, 1)
        state.changed.connect(self.refresh)

    @property
    def busy(self) -> bool:
        """The statements are being built."""
        return self.report_job.busy

    def refresh(self) -> None:
        """Another group or year (or its data changed) while a build runs: build that instead."""
        if self.report_job.busy:
            self.build_report()

    def build_report(self) -> None:
        gid = self.group_id()
        if gid is None:
            self.report_job.cancel()
            self.report_button.setEnabled(True)
            self.say(tr("Velg et konsern først."))
            return
        store, year = self.ctx.store, self.year
        self.report_button.setEnabled(False)
        self.checks_label.setText(tr("Lager konsernregnskapet …"))

        def work() -> statements.Report:
            with store.session() as s:
                return statements.build_report(s, groups.get_group(s, gid), year)

        self.report_job.start(work)

    def _built(self, report: statements.Report) -> None:
        self.report_button.setEnabled(True)
        self.show_report(report)

    def _build_failed(self, exc: BaseException) -> None:
        self.report_button.setEnabled(True)
        self.checks_label.setText(exc.message if isinstance(exc, UserError) else str(exc))
        self._error(exc, "Konsernregnskap")

    def show_report(self, report: statements.Report) -> None:
        self.report = report
        headers = [tr("Linje")] + [c.label for c in report.columns]
        if report.prior_year:
            headers.append(tr("Konsern {y}").format(y=report.prior_year))
        numeric = list(range(1, len(headers)))
        for model, lines in ((self.is_model, report.income_statement), (self.bs_model, report.balance_sheet)):
            model.set_headers(headers, numeric)
            rows = []
            for line in lines:
                row = [line.label] + [plain_amount(line.amounts[c.key]) for c in report.columns]
                if report.prior_year:
                    row.append(plain_amount(line.prior_ore) if line.prior_ore is not None else "")
                rows.append(row)
            model.set_rows(rows, [line.code for line in lines],
                           {i for i, line in enumerate(lines) if line.kind == "sum"})
        checks = report.checks()
        # the warnings first (open reconciliation differences at the top), then the checks and key figures
        parts = [tr("Advarsel: {w}").format(w=w) for w in report.warnings]
        parts.append(tr("Eiendeler {a} = egenkapital og gjeld {e}: {ok}. Elimineringer netto {n}.").format(
            a=plain_amount(report.assets_ore), e=plain_amount(report.equity_and_liabilities_ore),
            ok=tr("stemmer") if checks["balanced"] else tr("AVVIK"), n=plain_amount(report.eliminations_net_ore)))
        parts.append(tr("Goodwill {g}; merverdier {x}; utsatt skatt på merverdier {t}; minoritet {m} "
                        "(andel av resultatet {r}).").format(
            g=plain_amount(report.line("BS_GOODWILL").amounts["group"]), x=plain_amount(report.excess_values_ore),
            t=plain_amount(report.deferred_tax_ore), m=plain_amount(report.line("BS_MINORITET").amounts["group"]),
            r=plain_amount(report.line("RS_MINORITET").amounts["group"])))
        if report.translation_opening_ore is not None:
            parts.append(tr("Omregningsdifferanse: inngående {o} + årets endring {c} = {u}.").format(
                o=plain_amount(report.translation_opening_ore),
                c=plain_amount(report.translation_ore - report.translation_opening_ore),
                u=plain_amount(report.translation_ore)))
        elif report.translation_ore:
            parts.append(tr("Omregningsdifferanse: {u} (fjorårets konsernregnskap mangler, så endringen "
                            "vises ikke).").format(u=plain_amount(report.translation_ore)))
        parts += [tr("Videreført eliminering: {e}").format(e=note) for note in report.carried_forward]
        self.checks_label.setText("\n".join(parts))
        for b in (self.export_xlsx_button, self.export_pdf_button, self.preview_button):
            b.setEnabled(True)
        self.drill_model.set_rows([])

    def drill(self, code: str | None) -> None:
        if self.report is None or not code:
            return
        try:
            rows = self.report.drill(code)
        except UserError as exc:
            self.drill_label.setText(exc.message)
            self.drill_model.set_rows([])
            return
        labels = {c.key: c.label for c in self.report.columns}
        self.drill_label.setText(tr("{l}: konsernkontoer og kontoene bak").format(l=chart.LINES[code].label))
        self.drill_model.set_rows(
            [[("    " if r.level else "") + r.text, labels.get(r.column, r.column), plain_amount(r.amount_ore),
              f"{plain_amount(r.local_ore)} {r.currency}" if r.local_ore is not None and r.currency else ""]
             for r in rows], rows, {i for i, r in enumerate(rows) if r.level == 0})

    def export_xlsx(self, target: str | None = None) -> Path | None:
        if self.report is None:
            return None
        if not target:
            target, _ = QFileDialog.getSaveFileName(self, tr("Lagre Excel"), f"konsern-{self.report.year}.xlsx",
                                                    "Excel (*.xlsx)")
            if not target:
                return None
        gid = self.group_id()
        with self.ctx.store.session() as s:
            maps = mapping.list_mappings(s, groups.get_group(s, gid), self.report.year) if gid else None
        path = export.to_xlsx(self.report, Path(target), maps)
        self.say(tr("Skrev {p}").format(p=path))
        return path

    def preview_pdf(self) -> PdfPreviewDialog | None:
        """The consolidated statements' PDF (page numbers, print date) in the preview, to print."""
        report = self.report
        if report is None:
            return None
        name = f"konsern-{report.year}.pdf"
        self.preview = PdfPreviewDialog(written_pdf(lambda path: export.to_pdf(report, path), name),
                                        title=tr("Konsernregnskap {g} {y}").format(g=report.group, y=report.year),
                                        file_name=name, parent=self)
        self.preview.show()
        return self.preview

    def export_pdf(self, target: str | None = None) -> Path | None:
        if self.report is None:
            return None
        if not target:
            target, _ = QFileDialog.getSaveFileName(self, tr("Lagre PDF"), f"konsern-{self.report.year}.pdf",
                                                    "PDF (*.pdf)")
            if not target:
                return None
        path = export.to_pdf(self.report, Path(target))
        self.say(tr("Skrev {p}").format(p=path))
        return path
