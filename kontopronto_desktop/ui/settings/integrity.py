"""Innstillinger › Kontroll: `kontopronto check` in the GUI. Anyone who can read may check; the
repairs the core can derive from the store itself are offered to the roles that may change
settings (the core's ``repair_store`` requires that as well). The check reads the whole file
(seconds at 100 000 members), so it runs on the thread pool with a busy line; the repair is one
short transaction on the GUI thread, followed by a check in the background."""

from __future__ import annotations

import sqlalchemy.exc
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from ...core import integrity
from ...core.access import allowed
from ...core.errors import UserError
from ..context import AppContext
from ..widgets.latest_job import LatestJob


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
        self.check_job = LatestJob(ctx, self, self._show_check, self._check_failed)
        #: what the last repair did, shown above what the check after it found
        self.repaired: list[str] | None = None
        #: what the last check found
        self.problems: list[str] = []
        row = QHBoxLayout()
        row.addWidget(self.check_button)
        row.addWidget(self.repair_button)
        row.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(row)
        layout.addWidget(self.result)

    @property
    def busy(self) -> bool:
        """A check is running on the thread pool."""
        return self.check_job.busy

    def run_check(self) -> None:
        """Start the check on the thread pool; the result replaces the busy line when it comes."""
        store = self.ctx.store
        self.check_button.setEnabled(False)
        self.repair_button.setEnabled(False)
        self.summary.setText(tr("Kontrollerer regnskapsfilen …"))

        def work() -> list[str]:
            try:
                with store.session() as session:
                    return integrity.check_store(session)
            except sqlalchemy.exc.DatabaseError as exc:
                return [tr("SQLite kunne ikke lese regnskapsfilen: {0}").format(getattr(exc, "orig", exc))]

        self.check_job.start(work)

    def _check_failed(self, exc: BaseException) -> None:
        self.check_button.setEnabled(True)
        self.summary.setText(exc.message if isinstance(exc, UserError) else str(exc))

    def _show_check(self, problems: list[str]) -> None:
        self.check_button.setEnabled(True)
        self.problems = problems
        if problems:
            self.summary.setText(tr("{n} feil funnet.").format(n=len(problems))
                                 + ("" if self.may_repair else " " + tr("Be en administrator rette dem.")))
        else:
            self.summary.setText(tr("OK: regnskapsfilen er hel og alle kontroller er bestått."))
        done, self.repaired = self.repaired, None
        if done is None:
            self.result.setPlainText("\n".join(f"• {p}" for p in problems))
        else:  # after a repair: what was repaired, then what is left
            lines = [tr("Rettet:")] + [f"• {d}" for d in done] if done else [tr("Ingenting å rette.")]
            if problems:
                lines += ["", tr("Gjenstår:")] + [f"• {p}" for p in problems]
            self.result.setPlainText("\n".join(lines))
        self.repair_button.setEnabled(bool(problems) and self.may_repair)

    def run_repair(self) -> list[str]:
        """Repair in one audited transaction (administrators only; the core refuses others too),
        then check again in the background and show both."""
        try:
            with self.ctx.store.session() as session:
                done = integrity.repair_store(session)
        except integrity.OldSchema as exc:
            self.summary.setText(exc.message)
            return []
        except UserError as exc:
            self.summary.setText(exc.message)
            return []
        self.repaired = done
        self.run_check()
        self.ctx.notify_changed("settings")
        return done


def create_page(ctx: AppContext) -> QWidget:
    return IntegrityTab(ctx)
