"""Export of the consolidated statements: .xlsx (one sheet per statement, plus mapping and
eliminations) and PDF (landscape tables with the checks). Amounts are written as numbers in
kroner from integer øre (Decimal), never through a float computation of our own. Both are
written to a temporary file and renamed, so a failed export leaves no half-written file."""

from __future__ import annotations

import os
from decimal import Decimal
from pathlib import Path
from xml.sax.saxutils import escape

from ..money import format_nok, ore_to_decimal
from ..private_files import private_partial
from ..report_footer import footer_canvas
from ..spreadsheet_safety import neutralise_workbook
from .eliminations import KIND_LABELS
from .mapping import MappingRow
from .statements import Report, ReportLine


def _headers(report: Report) -> list[str]:
    headers = ["Linje"] + [c.label for c in report.columns]
    if report.prior_year:
        headers.append(f"Konsern {report.prior_year}")
    return headers


def _row_values(report: Report, line: ReportLine) -> list[Decimal | None]:
    values: list[Decimal | None] = [ore_to_decimal(line.amounts[c.key]) for c in report.columns]
    if report.prior_year:
        values.append(ore_to_decimal(line.prior_ore) if line.prior_ore is not None else None)
    return values


def _key_figures(report: Report) -> list[tuple[str, int]]:
    """Goodwill, excess values, their deferred tax, the minority and the translation difference split."""
    out = [("Goodwill", report.line("BS_GOODWILL").amounts["group"]), ("Merverdier", report.excess_values_ore),
           ("Utsatt skatt på merverdier", report.deferred_tax_ore),
           ("Minoritetsinteresser", report.line("BS_MINORITET").amounts["group"]),
           ("Minoritetens andel av årsresultatet", report.line("RS_MINORITET").amounts["group"])]
    if report.translation_opening_ore is not None:
        out += [("Omregningsdifferanse inngående", report.translation_opening_ore),
                ("Omregningsdifferanse årets endring", report.translation_ore - report.translation_opening_ore)]
    out.append(("Omregningsdifferanse utgående", report.translation_ore))
    return out


def to_xlsx(report: Report, target: Path, mappings: list[MappingRow] | None = None) -> Path:
    import openpyxl
    from openpyxl.styles import Font

    target = Path(target)
    book = openpyxl.Workbook()
    sheets = [("Resultatregnskap", report.income_statement), ("Balanse", report.balance_sheet)]
    first = True
    for title, lines in sheets:
        sheet = book.active if first else book.create_sheet()
        first = False
        sheet.title = title
        sheet.append([f"{report.group} – {title.lower()} {report.year} ({report.currency})"])
        # the warnings (open reconciliation differences first) above the figures, on every sheet
        for warning in report.warnings:
            sheet.append(["Advarsel: " + warning])
            sheet.cell(row=sheet.max_row, column=1).font = Font(bold=True, color="C00000")
        for note in report.carried_forward:
            sheet.append(["Videreført eliminering: " + note])
        sheet.append(_headers(report))
        header_row = sheet.max_row
        for cell in sheet[header_row]:
            cell.font = Font(bold=True)
        for line in lines:
            sheet.append([line.label, *_row_values(report, line)])
            if line.kind == "sum":
                for cell in sheet[sheet.max_row]:
                    cell.font = Font(bold=True)
        for row in sheet.iter_rows(min_row=header_row + 1, min_col=2):
            for cell in row:
                cell.number_format = "#,##0.00"
        sheet.column_dimensions["A"].width = 60
    checks = report.checks()
    sheet = book["Balanse"]
    sheet.append([])
    sheet.append(["Kontroll: eiendeler = egenkapital og gjeld", "OK" if checks["balanced"] else "AVVIK"])
    sheet.append(["Kontroll: elimineringer netto", Decimal(checks["eliminations_net"])])
    for label, value in _key_figures(report):
        sheet.append([label, ore_to_decimal(value)])
    elim = book.create_sheet("Elimineringer")
    elim.append(["Type", "Beskrivelse", "Selskap", "Konsernkonto", "Beløp (debet +)"])
    names = {b.company_id: b.orgnr for b in report.balances}
    for kind, text, entry_lines in report.elimination_entries:
        for company_id, account, amount in entry_lines:
            elim.append([KIND_LABELS.get(kind, kind), text, names.get(company_id, "") if company_id else "",
                         account, ore_to_decimal(amount)])
    if mappings is not None:
        sheet = book.create_sheet("Tilordning")
        sheet.append(["Selskap", "Konto", "Navn", "Utgående saldo", "Konsernkonto", "Konsernkontonavn",
                      "Bekreftet", "Motpart"])
        for m in mappings:
            sheet.append([m.orgnr, m.account, m.name, ore_to_decimal(m.closing_ore), m.group_account or "",
                          m.group_name, "ja" if m.confirmed else "nei", m.counterparty or ""])
    tmp = private_partial(target)
    neutralise_workbook(book)
    book.save(tmp)
    os.replace(tmp, target)
    return target


def to_pdf(report: Report, target: Path) -> Path:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    target = Path(target)
    styles = getSampleStyleSheet()
    small = styles["BodyText"].clone("small", fontSize=7, leading=8.5)
    story: list[object] = []
    for warning in report.warnings:  # at the top, before the figures they qualify
        story.append(Paragraph(escape("Advarsel: " + warning), styles["BodyText"]))
    for note in report.carried_forward:
        story.append(Paragraph(escape("Videreført eliminering: " + note), small))
    for title, lines in (("Resultatregnskap", report.income_statement), ("Balanse", report.balance_sheet)):
        story.append(Paragraph(escape(f"{report.group}: {title.lower()} {report.year} ({report.currency})"),
                               styles["Heading2"]))
        rows: list[list[object]] = [[Paragraph(escape(h), small) for h in _headers(report)]]
        bold_rows = []
        for line in lines:
            values = [format_nok(line.amounts[c.key]) for c in report.columns]
            if report.prior_year:
                values.append(format_nok(line.prior_ore) if line.prior_ore is not None else "")
            rows.append([Paragraph(escape(line.label), small), *values])
            if line.kind == "sum":
                bold_rows.append(len(rows) - 1)
        n = len(rows[0]) - 1
        width = landscape(A4)[0] - 30 * mm
        label_width = 70 * mm
        table = Table(rows, colWidths=[label_width] + [(width - label_width) / n] * n, repeatRows=1)
        style = [("FONTSIZE", (0, 0), (-1, -1), 7), ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                 ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
                 ("BACKGROUND", (-1, 0), (-1, -1), colors.whitesmoke)]
        style += [("FONTNAME", (1, r), (-1, r), "Helvetica-Bold") for r in bold_rows]
        table.setStyle(TableStyle(style))
        story += [table, Spacer(1, 6 * mm)]
    checks = report.checks()
    story.append(Paragraph(escape(
        f"Kontroll: eiendeler {format_nok(report.assets_ore)} – egenkapital og gjeld "
        f"{format_nok(report.equity_and_liabilities_ore)}: {'stemmer' if checks['balanced'] else 'AVVIK'}. "
        f"Elimineringer netto {format_nok(report.eliminations_net_ore)}."), styles["BodyText"]))
    story.append(Paragraph(escape("; ".join(f"{label} {format_nok(value)}" for label, value in _key_figures(report))),
                           styles["BodyText"]))
    tmp = private_partial(target)
    doc = SimpleDocTemplate(str(tmp), pagesize=landscape(A4), leftMargin=15 * mm, rightMargin=15 * mm,
                            topMargin=15 * mm, bottomMargin=15 * mm,
                            title=f"Konsernregnskap {report.group} {report.year}")
    doc.build(story, canvasmaker=footer_canvas())  # type: ignore[arg-type]  # «Side N av M», «Utskrevet …»
    os.replace(tmp, target)
    return target
