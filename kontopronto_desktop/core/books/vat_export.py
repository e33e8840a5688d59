"""The VAT basis of a term as .xlsx (openpyxl) and PDF (reportlab), for the mva-melding."""

from __future__ import annotations

import os
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from ..errors import UserError
from ..money import format_nok, ore_to_decimal
from ..private_files import private_partial
from ..report_footer import footer_canvas
from ..spreadsheet_safety import neutralise_workbook
from .vat import VatReport

AMOUNT_FORMAT = "#,##0.00"


def _title(report: VatReport, org_name: str) -> str:
    term = "år" if report.kind == "yearly" else f"termin {report.term}"
    return (f"Mva-grunnlag {report.year} {term} ({report.date_from:%d.%m.%Y}–{report.date_to:%d.%m.%Y})"
            + (f" – {org_name}" if org_name else ""))


def export_xlsx(report: VatReport, target: Path, org_name: str = "") -> Path:
    target = Path(target)
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Mva-grunnlag"
    ws.append([_title(report, org_name)])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([])
    ws.append(["Mva-kode", "Beskrivelse", "Grunnlag", "Mva"])
    for cell in ws[3]:
        cell.font = Font(bold=True)
    for ln in report.lines:
        ws.append([ln.code, ln.description, ore_to_decimal(ln.basis_ore), ore_to_decimal(ln.vat_ore)])
    ws.append(["Sum", "", ore_to_decimal(report.basis_ore), ore_to_decimal(report.vat_ore)])
    for cell in ws[ws.max_row]:
        cell.font = Font(bold=True)
    for row in ws.iter_rows(min_row=4, min_col=3, max_col=4):
        for cell in row:
            cell.number_format = AMOUNT_FORMAT
    ws.column_dimensions["B"].width = 60
    ws.column_dimensions["C"].width = 16
    ws.column_dimensions["D"].width = 16
    docs = wb.create_sheet("Dokumenter")
    docs.append(["Mva-kode", "Dokument"])
    for ln in report.lines:
        for d in ln.documents:
            docs.append([ln.code, d])
    return _save(wb, target)


def _save(wb: Workbook, target: Path) -> Path:
    neutralise_workbook(wb)
    try:
        tmp = private_partial(target)
        wb.save(tmp)
        os.replace(tmp, target)
    except OSError as exc:
        raise UserError(f"Kunne ikke skrive {target}: {exc.strerror or exc}.") from None
    return target


def export_pdf(report: VatReport, target: Path, org_name: str = "") -> Path:
    target = Path(target)
    styles = getSampleStyleSheet()
    try:
        tmp = private_partial(target)
    except OSError as exc:
        raise UserError(f"Kunne ikke skrive {target}: {exc.strerror or exc}.") from None
    doc = SimpleDocTemplate(str(tmp), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=18 * mm,
                            bottomMargin=18 * mm, title=_title(report, org_name))
    data = [["Kode", "Beskrivelse", "Grunnlag", "Mva"]]
    for ln in report.lines:
        data.append([ln.code, Paragraph(ln.description, styles["BodyText"]), format_nok(ln.basis_ore),
                     format_nok(ln.vat_ore)])
    data.append(["Sum", "", format_nok(report.basis_ore), format_nok(report.vat_ore)])
    table = Table(data, repeatRows=1, colWidths=[14 * mm, 96 * mm, 32 * mm, 28 * mm])
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
        ("FONTNAME", (0, -1), (-1, -1), "Helvetica-Bold"),
        ("FONTSIZE", (0, 0), (-1, -1), 9),
        ("ALIGN", (2, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
        ("LINEABOVE", (0, -1), (-1, -1), 0.6, colors.black),
    ]))
    story = [Paragraph(_title(report, org_name), styles["Title"]), table, Spacer(1, 6 * mm),
             Paragraph(f"Mva på fakturaer minus kreditnotaer i perioden: {format_nok(report.documents_vat_ore)} kr. "
                       "Grunnlag og mva er hentet fra bilagene (SAF-T standard mva-koder).", styles["BodyText"])]
    try:
        doc.build(story, canvasmaker=footer_canvas())  # «Side N av M», «Utskrevet …»
        os.replace(tmp, target)
    except OSError as exc:
        raise UserError(f"Kunne ikke skrive {target}: {exc.strerror or exc}.") from None
    return target
