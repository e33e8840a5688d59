"""Aldersfordeling tab of the Innbetalinger page: open invoices by age bucket as a table and a bar
chart (drawn with QPainter), with credit and balance, exported to Excel or PDF.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...core.errors import UserError
from ...core.organisation import get_organisation
from ...core.payments import aging
from ..context import AppContext
from ..widgets.date_edit import DateEdit, format_date
from ..widgets.empty_hint import EmptyHint
from ..widgets.money import money, plain_amount
from ..widgets.pdf_preview import PdfPreviewDialog, written_pdf
from ..widgets.table_rows import RowsModel, rows_table
from .base import PaymentsTab, day_text, to_date


def tr(text: str) -> str:
    return QCoreApplication.translate("PaymentsPage", text)


def _aging_cell(r: aging.AgingRow, col: int) -> str:
    if col == 0:
        return str(r.customer_number) if r.customer_number else ""
    if col == 1:
        return r.name
    if col < 7:
        return plain_amount(r.buckets[col - 2])
    if col == 7:  # Purretrinn: the most advanced reminder stage of the member's open claims
        return r.stage_text
    return plain_amount((r.total_ore, r.credit_ore, r.balance_ore, r.written_off_ore)[col - 8])


class AgingChart(QWidget):
    """Bars per aging bucket, drawn with QPainter (no chart library needed)."""

    COLORS = ("#4c9a5f", "#e0b43a", "#e08a3a", "#d0603a", "#b03030")

    def __init__(self) -> None:
        super().__init__()
        self.values: tuple[int, ...] = (0, 0, 0, 0, 0)
        self.setMinimumHeight(180)

    def set_values(self, values: Sequence[int]) -> None:
        self.values = tuple(values)
        self.update()

    def bar_rects(self) -> list[QRectF]:
        w, h = self.width(), self.height()
        top, bottom = 20.0, 36.0
        slot = w / max(len(self.values), 1)
        peak = max(max(self.values, default=0), 1)
        rects = []
        for i, v in enumerate(self.values):
            height = (h - top - bottom) * max(v, 0) / peak
            rects.append(QRectF(i * slot + slot * 0.15, h - bottom - height, slot * 0.7, height))
        return rects

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        # background and labels from the palette, so the chart follows the dark scheme (widgets/palette.py)
        painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Base))
        text = self.palette().color(QPalette.ColorRole.Text)
        h = self.height()
        for i, rect in enumerate(self.bar_rects()):
            painter.fillRect(rect, QColor(self.COLORS[i % len(self.COLORS)]))
            painter.setPen(text)
            label_rect = QRectF(rect.x() - 10, h - 34, rect.width() + 20, 16)
            painter.drawText(label_rect, Qt.AlignmentFlag.AlignCenter, tr(aging.BUCKETS[i]))
            amount_rect = QRectF(rect.x() - 10, max(rect.y() - 18, 0), rect.width() + 20, 16)
            painter.drawText(amount_rect, Qt.AlignmentFlag.AlignCenter, plain_amount(self.values[i]))
        painter.end()


class AgingTab(PaymentsTab):
    """The aging tab's widgets and actions."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        # replaceable in tests (no native dialogs)
        self.choose_save: Callable[[str, str], str] = lambda name, flt: QFileDialog.getSaveFileName(
            self, tr("Lagre som"), name, flt)[0]
        today = date.today()
        self.aging_date = DateEdit(QDate(today.year, today.month, today.day))
        self.aging_date.dateChanged.connect(lambda _d: self.refresh_aging())
        self.xlsx_button = QPushButton(tr("Eksporter Excel …"))
        self.pdf_button = QPushButton(tr("Eksporter PDF …"))
        self.xlsx_button.clicked.connect(lambda: self.export_aging("xlsx"))
        self.pdf_button.clicked.connect(lambda: self.export_aging("pdf"))
        self.preview_button = QPushButton(tr("Forhåndsvis og skriv ut …"))
        self.preview_button.clicked.connect(self.preview_aging)
        #: the open PDF preview
        self.preview: PdfPreviewDialog | None = None
        self.chart = AgingChart()
        self.aging_model = RowsModel(("Kundenr.", "Navn", *aging.BUCKETS, "Purretrinn", "Sum", "Kreditt", "Saldo",
                                      "Avskrevet"), _aging_cell, (0, 2, 3, 4, 5, 6, 8, 9, 10, 11), translate=tr)
        self.aging_table = rows_table(self.aging_model)
        self.empty_hint = EmptyHint(self.aging_table, empty=tr(
            "Ingen åpne fakturaer, kreditt eller avskrivninger per denne datoen. Fakturaer lages under "
            "«Fakturaer»; velg en annen dato over for å se fordelingen da."))
        self.aging_total = QLabel()
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("Per dato:")))
        top.addWidget(self.aging_date)
        top.addStretch()
        top.addWidget(self.xlsx_button)
        top.addWidget(self.pdf_button)
        top.addWidget(self.preview_button)
        v = QVBoxLayout(self)
        v.addLayout(top)
        v.addWidget(self.chart)
        v.addWidget(self.aging_table, 1)
        v.addWidget(self.aging_total)
        self.aging_report: aging.AgingReport | None = None
        self.generation = 0
        #: the report is being computed on the thread pool
        self.busy = False
        # the report (seconds at 100 000 members) is built when the tab is first seen (its show
        # event), a date is chosen or something changes while it is seen; not with the page
        self.stale_refresh.mark_stale()

    def refresh(self) -> None:
        self.refresh_aging()

    def refresh_aging(self) -> None:
        """The report on the thread pool (seconds at 100 000 members) with a busy line; an older
        computation that ends after a newer one was asked for is dropped."""
        on = to_date(self.aging_date.date())
        store = self.ctx.store
        self.generation += 1
        generation = self.generation
        self.busy = True
        self.aging_total.setText(tr("Beregner aldersfordelingen per {d} …").format(d=day_text(on)))

        def work(_progress: object, _cancelled: object) -> aging.AgingReport:
            with store.session() as session:
                return aging.aging_report(session, on)

        def done(report: aging.AgingReport) -> None:
            if generation == self.generation:
                self.busy = False
                self._show_report(report, on)

        def failed(exc: BaseException) -> None:
            if generation == self.generation:
                self.busy = False
                self.aging_total.setText(exc.message if isinstance(exc, UserError) else str(exc))

        self.ctx.run_in_background(work, done, failed, owner=self)  # type: ignore[arg-type]

    def _show_report(self, report: aging.AgingReport, on: date) -> None:
        self.aging_report = report
        total_row = report.total_row(tr("Sum"))
        # nothing open, no credit, nothing written off: no lone «Sum» row of zeros, the hint says why
        nothing = not report.rows and not report.credit_ore and not report.written_off_ore
        self.aging_model.set_rows([] if nothing else [*report.rows, total_row])
        self.chart.set_values(report.totals)
        self.aging_total.setText(tr("{n} åpne fakturaer per {d}, totalt {t}; kreditt på medlemmers konto "
                                    "{c}; saldo {s} (som i reskontroen).").format(
            n=report.open_invoices, d=day_text(on), t=money(report.total_ore),
            c=money(report.credit_ore), s=money(report.balance_ore))
            + (tr(" Avskrevet som tap (ikke med i saldoen): {w}.").format(w=money(report.written_off_ore))
               if report.written_off_ore else ""))

    def preview_aging(self) -> PdfPreviewDialog | None:
        """The aging report's PDF (with page numbers and print date) in the preview, to print."""
        report = self.aging_report
        if report is None:
            return None
        name = f"aldersfordeling-{report.on.isoformat()}.pdf"
        try:
            with self.ctx.store.session() as session:
                org = get_organisation(session).name
            # openpyxl and reportlab take seconds to import: on first use, not with the page
            from ...core.payments import aging_export

            data = written_pdf(lambda path: aging_export.export_pdf(report, path, org), name)
        except UserError as exc:
            self.show_error(exc.message)
            return None
        self.preview = PdfPreviewDialog(data, title=tr("Aldersfordelt reskontro per {d}").format(
            d=format_date(report.on)), file_name=name, parent=self)
        self.preview.show()
        return self.preview

    def export_aging(self, kind: str) -> Path | None:
        report = self.aging_report
        if report is None:
            return None
        default = f"aldersfordeling-{report.on.isoformat()}.{kind}"
        flt = tr("Excel-arbeidsbok (*.xlsx)") if kind == "xlsx" else tr("PDF (*.pdf)")
        name = self.choose_save(default, flt)
        if not name:
            return None
        try:
            with self.ctx.store.session() as session:
                org = get_organisation(session).name
            # openpyxl and reportlab take seconds to import: on first use, not with the page
            from ...core.payments import aging_export

            path = (aging_export.export_xlsx if kind == "xlsx" else aging_export.export_pdf)(report, Path(name), org)
        except UserError as exc:
            self.show_error(exc.message)
            return None
        self.aging_total.setText(tr("Skrev {f}").format(f=path))
        return path

