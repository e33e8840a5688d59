"""Innstillinger › Kontroll: `kontopronto check` in the GUI. Anyone who can read may check; the
repairs the core can derive from the store itself are offered to the roles that may change
settings (the core's ``repair_store`` requires that as well)."""

from __future__ import annotations

import sqlalchemy.exc
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from ...core import integrity
from ...core.access import allowed
from ...core.errors import UserError
from ..context import AppContext


def tr(text: str) -> str:
    return QCoreApplication.translate("IntegrityTab", text)


class IntegrityTab(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.check_button = QPushButton(tr("Kontroller regnskapsfilen"))
        self.check_button.clicked.connect(self.run_check)
        self.repair_button = QPushButton(tr("Rett det som kan rettes"))
        self.repair_button.clicked.connect(self.run_repair)
        self.repair_button.setEnabled(False)
        self.may_repair = allowed(ctx.store.role, "settings")
        if not self.may_repair:
            self.repair_button.setToolTip(tr("Bare en administrator kan rette feil i regnskapsfilen."))
        self.summary = QLabel(tr("Kontrollen leser hele filen (SQLCipher) og prøver programmets egne regler: "
                                 "beløp, fordelinger, nummerserier og søkeindeks. Den endrer ingenting."))
        self.summary.setWordWrap(True)
        self.result = QPlainTextEdit()
        self.result.setReadOnly(True)
        row = QHBoxLayout()
        row.addWidget(self.check_button)
        row.addWidget(self.repair_button)
        row.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(row)
        layout.addWidget(self.result)

    def run_check(self) -> list[str]:
        try:
            with self.ctx.store.session() as session:
                problems = integrity.check_store(session)
        except sqlalchemy.exc.DatabaseError as exc:
            problems = [tr("SQLite kunne ikke lese regnskapsfilen: {0}").format(getattr(exc, "orig", exc))]
        if problems:
            self.summary.setText(tr("{n} feil funnet.").format(n=len(problems))
                                 + ("" if self.may_repair else " " + tr("Be en administrator rette dem.")))
            self.result.setPlainText("\n".join(f"• {p}" for p in problems))
        else:
            self.summary.setText(tr("OK: regnskapsfilen er hel og alle kontroller er bestått."))
            self.result.clear()
        self.repair_button.setEnabled(bool(problems) and self.may_repair)
        return problems

    def run_repair(self) -> list[str]:
        """Repair in one audited transaction, then check again and show both."""
        try:
            with self.ctx.store.session() as session:
                done = integrity.repair_store(session)
        except integrity.OldSchema as exc:
            self.summary.setText(exc.message)
            return []
        except UserError as exc:
            self.summary.setText(exc.message)
            return []
        left = self.run_check()
        lines = [tr("Rettet:")] + [f"• {d}" for d in done] if done else [tr("Ingenting å rette.")]
        if left:
            lines += ["", tr("Gjenstår:")] + [f"• {p}" for p in left]
        self.result.setPlainText("\n".join(lines))
        self.ctx.notify_changed("settings")
        return done


def create_page(ctx: AppContext) -> QWidget:
    return IntegrityTab(ctx)
