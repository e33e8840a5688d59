"""Retention timers in the status bar: checked at start-up, once a day, and after changes have settled.

The re-check after changes to members, invoices or settings waits for QUIET_MS without another
change (at most LONGEST_WAIT_MS after the first unchecked one): the dry run takes seconds of
CPU at 100 000 members and shares the GIL with the window, so running it a second after every
save made each save stutter. Runs never overlap; one asked for while another runs starts after it.

The check is a dry run and writes nothing. When something is due the status bar says so; a
click shows exactly what will happen and an administrator carries it out in one transaction
(the same core run as Personvern → Slettefrister and ``kontopronto retention run``).
"""

from __future__ import annotations

import time
from datetime import date

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from ...core.access import allowed
from ...core.errors import UserError
from ...core.privacy import retention
from ..context import AppContext

DAY_MS = 24 * 60 * 60 * 1000
#: the first check of a widget that is never painted (built on its own)
FIRST_CHECK_FALLBACK_MS = 1000
#: a change re-checks once this long has passed without another change …
QUIET_MS = 30_000
#: … but no later than this after the first change not yet checked (a steady stream of saves)
LONGEST_WAIT_MS = 5 * 60 * 1000


def tr(text: str) -> str:
    return QCoreApplication.translate("RetentionStatus", text)


class RetentionStatus(QPushButton):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setFlat(True)
        self.due: list[retention.RetentionAction] = []
        self.dialog: QMessageBox | None = None
        self.run_button: QPushButton | None = None
        self.clicked.connect(self.show_due)
        self.timer = QTimer(self)
        self.timer.setInterval(DAY_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        # a burst of changes (an import, a batch run, a user saving member after member) gives one
        # check once things are quiet, not one per change
        self.quiet_ms = QUIET_MS
        self.longest_wait_ms = LONGEST_WAIT_MS
        self.recheck = QTimer(self)
        self.recheck.setSingleShot(True)
        self.recheck.timeout.connect(self.check)
        #: monotonic time of the first change that no started check has seen (None: all seen)
        self.unchecked_since: float | None = None
        #: dry runs started (tests count them)
        self.runs = 0
        ctx.changed.connect(self._changed)
        self.check_again = False
        self.setText(tr("Slettefrister: sjekkes …"))
        # the first check (a dry run, seconds at 100 000 members, on the thread pool but sharing the
        # GIL and the file) starts after the window's first paint, not while it is being built; a
        # widget never shown checks after a second
        self.first_pending = True
        self.checking = True  # until the first check has run
        QTimer.singleShot(FIRST_CHECK_FALLBACK_MS, self, self._first_check)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        super().paintEvent(event)
        if self.first_pending:
            QTimer.singleShot(0, self, self._first_check)

    def _first_check(self) -> None:
        if self.first_pending:
            self.first_pending = False
            self.checking = False
            self.check_again = False  # a change before it is seen by this first run
            self.check()

    def _changed(self, what: str) -> None:
        if what not in ("members", "settings", "invoices"):
            return
        now = time.monotonic()
        if self.unchecked_since is None:
            self.unchecked_since = now
        left_ms = self.longest_wait_ms - (now - self.unchecked_since) * 1000
        self.recheck.start(int(max(0, min(self.quiet_ms, left_ms))))

    def check(self, as_of: date | None = None) -> None:
        """A dry run off the GUI thread: it reads every ended member and old audit entry."""
        if self.checking:
            self.check_again = True
            return
        self.checking = True
        self.runs += 1
        # the run's session sees every change made so far; later ones arm the timer again
        self.unchecked_since = None
        self.recheck.stop()
        store = self.ctx.store
        day = as_of or date.today()

        def work(_progress: object, _cancelled: object) -> list[retention.RetentionAction]:
            with store.session() as session:
                return retention.run_retention(session, day, dry_run=True).actions

        self.ctx.run_in_background(work, self._show, self._failed, owner=self)  # type: ignore[arg-type]

    def _failed(self, exc: BaseException) -> None:
        self.checking = False
        self.setText(tr("Slettefrister: kunne ikke sjekkes"))
        self.setToolTip(str(exc))

    def _show(self, due: list[retention.RetentionAction]) -> None:
        self.checking = False
        self.due = due
        self.ctx.report_retention(len(due))  # the Oversikt shows it too, without a dry run of its own
        if self.due:
            self.setText(tr("Slettefrister: {n} forfalt").format(n=len(self.due)))
            self.setStyleSheet("color: #8a5a00; font-weight: bold;")
            self.setToolTip(tr("Klikk for å se hva som skal slettes eller pseudonymiseres."))
        else:
            self.setText(tr("Slettefrister: ingen forfalt"))
            self.setStyleSheet("")
            self.setToolTip(tr("Sjekkes ved oppstart, én gang i døgnet og når endringer har roet seg."))
        if self.check_again:
            self.check_again = False
            self.check()

    def show_due(self) -> None:
        if not self.due:
            self.ctx.section_requested.emit("privacy")
            return
        box = QMessageBox(self.window())
        box.setWindowTitle(tr("Slettefrister"))
        box.setText(tr("Dette er forfalt etter slettereglene og vil bli gjort:"))
        box.setInformativeText("\n".join(f"• {a.what}" for a in self.due[:30])
                               + ("\n…" if len(self.due) > 30 else ""))
        self.run_button = None
        if allowed(self.ctx.store.role, "erase"):
            self.run_button = box.addButton(tr("Utfør nå"), QMessageBox.ButtonRole.AcceptRole)
        else:
            box.setInformativeText(box.informativeText() + "\n\n" + tr("Bare en administrator kan utføre det."))
        box.addButton(tr("Senere"), QMessageBox.ButtonRole.RejectRole)
        box.buttonClicked.connect(lambda button: self._answered(button))
        self.dialog = box
        box.open()

    def _answered(self, button: object) -> None:
        if button is not None and button is self.run_button:
            self.run_now()

    def run_now(self) -> None:
        try:
            with self.ctx.store.session() as session:
                report = retention.run_retention(session, date.today())
        except UserError as exc:
            QMessageBox.warning(self.window(), tr("Slettefrister"), exc.message)
            return
        self.ctx.notify_changed("members")
        self.check()
        self.setToolTip(tr("Utført: {n} handling(er).").format(n=len(report.actions)))


def create_status_widget(ctx: AppContext) -> QWidget:
    return RetentionStatus(ctx)
