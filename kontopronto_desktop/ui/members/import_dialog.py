"""Medlemsimport: pick a CSV/xlsx file, confirm the column mapping, see the preview, then apply.

Nothing is written before the last step; the apply redoes the comparison in one transaction
(core.invoicing.member_import), so what the user confirmed is what goes in, or nothing does.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ...core.errors import UserError
from ...core.invoicing import member_import as mi
from ..context import AppContext

NOT_USED = ""


def tr(text: str) -> str:
    return QCoreApplication.translate("MemberImport", text)


class FilePage(QWizardPage):
    def __init__(self, wizard: MemberImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(tr("Velg fil"))
        self.setSubTitle(tr("CSV (UTF-8 eller Windows-1252, komma eller semikolon) eller Excel (.xlsx). "
                            "Medlemmene kobles på kundenummer; en rad uten kundenummer blir et nytt medlem "
                            "med neste nummer i serien.") + " "
                         + tr("Finnes personen fra før (samme navn og samme e-post eller telefon, eller uten "
                              "begge: samme navn og adresse), vises raden som «finnes allerede» og importeres "
                              "ikke."))
        self.path = QLineEdit()
        self.path.textChanged.connect(lambda _text: self.completeChanged.emit())
        browse = QPushButton(tr("Bla gjennom …"))
        browse.clicked.connect(self.browse)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.path)
        row.addWidget(browse)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.error)

    def browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, tr("Velg medlemsliste"), "",
                                              tr("Medlemslister (*.csv *.txt *.xlsx)"))
        if name:
            self.path.setText(name)

    def isComplete(self) -> bool:
        return bool(self.path.text().strip())

    def validatePage(self) -> bool:
        try:
            self.wiz.table = mi.read_table(Path(self.path.text().strip()))
        except UserError as exc:
            self.error.setText(exc.message)
            return False
        self.error.clear()
        return True


class MappingPage(QWizardPage):
    def __init__(self, wizard: MemberImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(tr("Kolonner"))
        self.setSubTitle(tr("Sjekk hvilket felt hver kolonne i filen skal til. Kundenr og Navn må være med."))
        self.grid = QTableWidget(0, 3)
        self.grid.setHorizontalHeaderLabels([tr("Kolonne i filen"), tr("Eksempel"), tr("Felt")])
        self.grid.horizontalHeader().setStretchLastSection(True)
        self.combos: list[QComboBox] = []
        layout = QVBoxLayout(self)
        layout.addWidget(self.grid)

    def initializePage(self) -> None:
        table = self.wiz.table
        assert table is not None
        guessed = mi.guess_mapping(table.headers)
        self.grid.setRowCount(len(table.headers))
        self.combos = []
        for i, header in enumerate(table.headers):
            self.grid.setItem(i, 0, QTableWidgetItem(header))
            sample = table.rows[0][i] if table.rows and i < len(table.rows[0]) else ""
            self.grid.setItem(i, 1, QTableWidgetItem(sample))
            combo = QComboBox()
            combo.addItem(tr("(ikke i bruk)"), NOT_USED)
            for name, label in mi.FIELD_LABELS.items():
                combo.addItem(label, name)
            combo.setCurrentIndex(max(0, combo.findData(guessed.get(i, NOT_USED))))
            self.grid.setCellWidget(i, 2, combo)
            self.combos.append(combo)

    def mapping(self) -> dict[int, str]:
        return {i: str(c.currentData()) for i, c in enumerate(self.combos) if c.currentData() != NOT_USED}

    def validatePage(self) -> bool:
        mapping = self.mapping()
        used = list(mapping.values())
        duplicate = next((f for f in used if used.count(f) > 1), None)
        if duplicate:
            QMessageBox.warning(self, tr("Kolonner"),
                                tr("Feltet «{f}» er valgt for flere kolonner.").format(f=mi.FIELD_LABELS[duplicate]))
            return False
        try:
            with self.wiz.ctx.store.session() as session:
                assert self.wiz.table is not None
                self.wiz.preview = mi.preview_import(session, self.wiz.table, mapping)
        except UserError as exc:
            QMessageBox.warning(self, tr("Kolonner"), exc.message)
            return False
        self.wiz.mapping = mapping
        return True


class PreviewPage(QWizardPage):
    def __init__(self, wizard: MemberImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(tr("Forhåndsvisning"))
        self.setSubTitle(tr("Ingenting er lagret ennå."))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.end_missing = QCheckBox()
        # ending more than a few memberships is confirmed by typing the count (core refuses otherwise)
        self.confirm_label = QLabel()
        self.confirm_label.setWordWrap(True)
        self.confirm_label.setStyleSheet("color: #8a1c1c;")
        self.confirm_end = QLineEdit()
        self.confirm_end.setMaximumWidth(120)
        self.confirm_end.textChanged.connect(lambda _text: self.completeChanged.emit())
        self.end_missing.toggled.connect(self._end_toggled)
        self.accept_invalid = QCheckBox()
        self.accept_invalid.toggled.connect(lambda _on: self.completeChanged.emit())
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.details)
        layout.addWidget(self.end_missing)
        confirm_row = QHBoxLayout()
        confirm_row.addWidget(self.confirm_label, 1)
        confirm_row.addWidget(self.confirm_end)
        layout.addLayout(confirm_row)
        layout.addWidget(self.accept_invalid)

    def initializePage(self) -> None:
        preview = self.wiz.preview
        assert preview is not None
        c = preview.counts()
        self.summary.setText(tr("{new} nye, {changed} endrede, {unchanged} uendrede, {missing} mangler i filen, "
                                "{invalid} ugyldige rader.").format(**c)
                             + (" " + tr("{n} finnes allerede (importeres ikke).").format(n=c["already"])
                                if preview.already else ""))
        lines: list[str] = []
        if preview.invalid:  # first: what will not go in, and why
            lines.append(tr("Ugyldige rader (importeres ikke):"))
            lines += ["  " + tr("rad {row}: {reason}").format(row=r.row, reason=r.reason) for r in preview.invalid]
        if preview.already:  # rows without customer number whose person is a member already
            matched = {"e-post": tr("e-post"), "telefon": tr("telefon"), "adresse": tr("adresse")}
            lines.append(tr("Finnes allerede (importeres ikke):"))
            lines += ["  " + tr("rad {row}: {name} er kundenr. {n} (samme navn og {by})").format(
                row=k.row, name=k.name, n=k.customer_number, by=matched.get(k.matched_by, k.matched_by))
                for k in preview.already[:200]]
        if preview.new:
            lines.append(tr("Nye medlemmer:"))
            lines += [f"  {r['customer_number']} {r['name']}" + (tr(" (nytt nummer fra serien)")
                                                                 if r.get(mi.SERIES_MARK) else "")
                      for r in preview.new[:200]]
        if preview.changed:
            lines.append(tr("Endringer (gammelt → nytt):"))
            for change in preview.changed[:200]:
                fields = "; ".join(f"{mi.FIELD_LABELS.get(k, k)}: «{_text(o)}» → «{_text(n)}»"
                                   for k, (o, n) in change.fields.items())
                lines.append(f"  {change.customer_number} {change.name}: {fields}")
        if preview.missing:
            lines.append(tr("Mangler i filen:"))
            lines += [f"  {n} {name}" for n, name in preview.missing[:200]]
        self.details.setPlainText("\n".join(lines))
        self.end_missing.setText(tr("Avslutt de {n} medlemmene som mangler i filen (sluttdato i dag)")
                                 .format(n=len(preview.missing)))
        self.end_missing.setChecked(False)
        self.end_missing.setVisible(bool(preview.missing))
        self.confirm_label.setText(tr("{n} medlemskap avsluttes. Skriv antallet ({n}) for å bekrefte:")
                                   .format(n=len(preview.missing)))
        self.confirm_end.clear()
        self._end_toggled(False)
        self.accept_invalid.setText(tr("Importer de gyldige radene og hopp over de {n} ugyldige")
                                    .format(n=len(preview.invalid)))
        self.accept_invalid.setChecked(False)
        self.accept_invalid.setVisible(bool(preview.invalid))

    def _end_toggled(self, on: bool) -> None:
        needed = bool(on and self.wiz.preview is not None and self.wiz.preview.end_needs_confirmation)
        self.confirm_label.setVisible(needed)
        self.confirm_end.setVisible(needed)
        self.completeChanged.emit()

    def end_confirmed(self) -> bool:
        preview = self.wiz.preview
        return (preview is None or not self.end_missing.isChecked() or not preview.end_needs_confirmation
                or self.confirm_end.text().strip() == str(len(preview.missing)))

    def isComplete(self) -> bool:
        preview = self.wiz.preview
        return (preview is not None and (not preview.invalid or self.accept_invalid.isChecked())
                and self.end_confirmed())

    def validatePage(self) -> bool:
        try:
            with self.wiz.ctx.store.session() as session:
                assert self.wiz.table is not None
                self.wiz.result = mi.apply_import(session, self.wiz.table, self.wiz.mapping,
                                                  end_missing=self.end_missing.isChecked(),
                                                  accept_invalid=self.accept_invalid.isChecked(),
                                                  confirm_end=_count(self.confirm_end.text()))
        except UserError as exc:
            QMessageBox.warning(self, tr("Import"), exc.message)
            return False
        self.wiz.ctx.notify_changed("members")
        return True


def _count(text: str) -> int | None:
    text = text.strip()
    return int(text) if text.isascii() and text.isdigit() else None


def _text(value: Any) -> str:
    return "" if value is None else str(value)


class MemberImportWizard(QWizard):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.table: mi.Table | None = None
        self.mapping: dict[int, str] = {}
        self.preview: mi.ImportPreview | None = None
        self.result: mi.ImportResult | None = None
        self.setWindowTitle(tr("Importer medlemmer"))
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        for page in (self.file_page, self.mapping_page, self.preview_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.FinishButton, tr("Importer"))
        self.setButtonText(QWizard.WizardButton.NextButton, tr("Neste >"))
        self.setButtonText(QWizard.WizardButton.BackButton, tr("< Tilbake"))
        self.setButtonText(QWizard.WizardButton.CancelButton, tr("Avbryt"))

    def result_text(self) -> str:
        if self.result is None:
            return ""
        r = self.result
        return tr("Importert: {c} nye, {u} endret, {e} avsluttet, {s} ugyldige hoppet over.").format(
            c=r.created, u=r.updated, e=r.ended, s=r.skipped_invalid)


def open_member_import(ctx: AppContext, parent: QWidget | None = None) -> MemberImportWizard:
    wizard = MemberImportWizard(ctx, parent)
    wizard.open()
    return wizard
