"""The aging report as .xlsx (openpyxl) and PDF (reportlab), for the accountant or the board.

Columns: customer number, name, the five buckets, the reminder stage («Purretrinn»: the most
advanced of the member's claims), then Sum, Kreditt and Saldo last. The invoice sheet gives each
open invoice's own stage.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from openpyxl import Workbook
from openpyxl.styles import Font
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from ..errors import UserError
from ..money import format_kr, format_nok, ore_to_decimal
from ..private_files import private_partial
from ..report_footer import footer_canvas
from ..spreadsheet_safety import neutralise_workbook
from .aging import BUCKETS, AgingReport

AMOUNT_FORMAT = "#,##0.00"
STAGE = "Purretrinn"


def _replace(tmp: Path, target: Path) -> Path:
    os.replace(tmp, target)
    return target


def _partial(target: Path) -> Path:
    """The temp file, created owner-only (0600) before any personal data goes into it."""
    try:
        return private_partial(target)
    except OSError as exc:
        raise UserError(f"Kunne ikke skrive {target}: {exc.strerror or exc}.") from None


def export_xlsx(report: AgingReport, target: Path, org_name: str = "") -> Path:
    target = Path(target)
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Aldersfordeling"
    ws.append([f"Aldersfordelt reskontro per {report.on:%d.%m.%Y}" + (f" – {org_name}" if org_name else "")])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([])
    ws.append(["Kundenr.", "Navn", *BUCKETS, STAGE, "Sum", "Kreditt", "Saldo"])
    for cell in ws[3]:
        cell.font = Font(bold=True)
    for r in (*report.rows, report.total_row()):
        ws.append([r.customer_number or "", r.name, *(ore_to_decimal(v) for v in r.buckets), r.stage_text,
                   *(ore_to_decimal(v) for v in (r.total_ore, r.credit_ore, r.balance_ore))])
    for cell in ws[ws.max_row]:
        cell.font = Font(bold=True)
    for row in ws.iter_rows(min_row=4, min_col=3, max_col=11):
        for cell in row:
            if cell.column != 8:  # the stage is text
                cell.number_format = AMOUNT_FORMAT
    if report.written_off_ore:  # written off as a loss: not owed, not in the saldo, shown below it
        ws.append([])
        ws.append(["", "Avskrevet som tap (ikke med i saldoen)", ore_to_decimal(report.written_off_ore)])
        ws.cell(ws.max_row, 3).number_format = AMOUNT_FORMAT
    for col, width in zip("ABCDEFGHIJK", (10, 32, 14, 14, 14, 14, 14, 24, 14, 14, 14), strict=True):
        ws.column_dimensions[col].width = width
    detail = wb.create_sheet("Fakturaer")
    detail.append(["Faktura", "Kundenr.", "Navn", "Forfall", "Dager forfalt", "Gjenstår", "Status", STAGE])
    for cell in detail[1]:
        cell.font = Font(bold=True)
    for i in report.items:
        detail.append([i.invoice_number, i.customer_number, i.name, i.due_date, max(i.days_overdue, 0),
                       ore_to_decimal(i.remaining_ore), i.status, i.stage_text])
        detail.cell(detail.max_row, 4).number_format = "DD.MM.YYYY"
        detail.cell(detail.max_row, 6).number_format = AMOUNT_FORMAT
    tmp = _partial(target)
    neutralise_workbook(wb)
    try:
        wb.save(tmp)
    except OSError as exc:
        raise UserError(f"Kunne ikke skrive {target}: {exc.strerror or exc}.") from None
    return _replace(tmp, target)


def export_pdf(report: AgingReport, target: Path, org_name: str = "") -> Path:
    target = Path(target)
    styles = getSampleStyleSheet()
    tmp = _partial(target)
    doc = SimpleDocTemplate(str(tmp), pagesize=landscape(A4), leftMargin=15 * mm, rightMargin=15 * mm,
                            topMargin=15 * mm, bottomMargin=15 * mm,
                            title=f"Aldersfordelt reskontro {report.on:%d.%m.%Y}")
    small = ParagraphStyle("stage", parent=styles["Normal"], fontSize=8.5, leading=10)
    data: list[list[Any]] = [["Kundenr.", "Navn", *BUCKETS, STAGE, "Sum", "Kreditt", "Saldo"]]
    for r in (*report.rows, report.total_row()):
        data.append([str(r.customer_number or ""), r.name[:28], *(format_nok(v) for v in r.buckets),
                     Paragraph(escape(r.stage_text), small),  # wraps «Sendt til inkasso 14.03.2025»
                     *(format_nok(v) for v in (r.total_ore, r.credit_ore, r.balance_ore))])
    table = Table(data, repeatRows=1, colWidths=[16 * mm, 42 * mm] + [22 * mm] * 5 + [32 * mm] + [22 * mm] * 3)
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
        ("FONTNAME", (0, -1), (-1, -1), "Helvetica-Bold"),
        ("FONTSIZE", (0, 0), (-1, -1), 8.5),
        ("ALIGN", (2, 0), (-1, -1), "RIGHT"),
        ("ALIGN", (7, 0), (7, -1), "LEFT"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
        ("LINEABOVE", (0, -1), (-1, -1), 0.6, colors.black),
        ("ROWBACKGROUNDS", (0, 1), (-1, -2), [colors.white, colors.HexColor("#f2f4f7")]),
    ]))
    heading = f"Aldersfordelt reskontro per {report.on:%d.%m.%Y}"
    story = [Paragraph(heading, styles["Title"])]
    if org_name:
        story.append(Paragraph(org_name, styles["Normal"]))
    story += [Spacer(1, 5 * mm), table, Spacer(1, 4 * mm),
              Paragraph(f"{report.open_invoices} åpne fakturaer, totalt {format_kr(report.total_ore)}; "
                        f"kreditt på medlemmers konto {format_kr(report.credit_ore)}; "
                        f"saldo {format_kr(report.balance_ore)} (som i reskontroen)."
                        + (f" Avskrevet som tap (ikke med i saldoen): {format_kr(report.written_off_ore)}."
                           if report.written_off_ore else ""), styles["Normal"])]
    try:
        doc.build(story, canvasmaker=footer_canvas())  # «Side N av M», «Utskrevet …»
    except OSError as exc:
        raise UserError(f"Kunne ikke skrive {target}: {exc.strerror or exc}.") from None
    return _replace(tmp, target)
