"""The backup indicator in the main window's status bar, the periodic backup and the one on close.

A coloured dot and a short text (green / amber after 7 days / red after 30 days or on failure,
grey if not set up). A QTimer checks every minute whether a backup is due (interval from the
settings, default daily) and runs one off the GUI thread; progress shows in the same label.
When the main window is about to close, a backup runs if anything changed, and the window
waits for it (the GUI stays responsive) so the store is not closed under it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from ...core.backup import snapshot, sync
from ...core.backup.settings import BackupSettings, LocalState, get_backup_settings, utc_now
from ...core.backup.status import Indicator, due, indicator
from ..context import AppContext

COLOURS = {"green": "#2e7d32", "amber": "#f9a825", "red": "#c62828", "grey": "#9e9e9e"}
TICK_MS = 60_000
#: the window waits at most this long for the backup on close
CLOSE_TIMEOUT_MS = 10 * 60_000


def tr(text: str) -> str:
    return QCoreApplication.translate("BackupStatus", text)


def indicator_texts(shown: Indicator) -> tuple[str, str]:
    """The indicator's line and tooltip as translatable sentences (the core's are Norwegian f-strings);
    the server's or OS's own error message is shown as it came."""
    ago = ""
    if shown.ago is not None:
        unit, n = shown.ago
        ago = {"now": tr("nettopp"), "hours": tr("for {n} t siden"), "yesterday": tr("i går"),
               "days": tr("for {n} dager siden")}[unit].format(n=n)
    if shown.case == "unset":
        return (tr("Sikkerhetskopi: ikke satt opp"),
                tr("Sett opp sikkerhetskopi til server under Innstillinger → Sikkerhetskopi."))
    if shown.case == "failed":
        when = (" " + tr("Siste vellykkede: {0}.").format(ago) if ago
                else " " + tr("Ingen vellykket sikkerhetskopi ennå."))
        return tr("Sikkerhetskopi feilet"), shown.error + when
    if shown.case == "never":
        return tr("Sikkerhetskopi: aldri tatt"), tr("Ingen sikkerhetskopi er lastet opp ennå.")
    if shown.case == "ok":
        return (tr("Sikkerhetskopi: {0}").format(ago),
                tr("Siste sikkerhetskopi {0} (generasjon {1}).").format(shown.last_local, shown.generation))
    return shown.text, shown.detail


class BackupStatusWidget(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.dot = QLabel("●")
        self.label = QLabel()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.addWidget(self.dot)
        layout.addWidget(self.label)
        self.level = "grey"
        self.running = False
        self.checking = False
        #: set when the server has a newer generation than this PC (another PC pushed)
        self.behind_message = ""
        self.last_result: Any = None
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        self.timer.start()
        ctx.changed.connect(self._on_changed)
        ctx.about_to_close.connect(self.backup_on_close)
        self.refresh()
        if self._settings().configured:
            self.check_remote()

    # -- showing ----------------------------------------------------------------------------
    def _settings(self) -> BackupSettings:
        with self.ctx.store.session() as session:
            return get_backup_settings(session)

    def current(self) -> Indicator:
        return indicator(LocalState.load(self.ctx.store.path), self._settings(), utc_now())

    def refresh(self) -> None:
        if self.running:
            return
        shown = self.current()
        self.level = shown.level
        self.dot.setStyleSheet(f"color: {COLOURS[shown.level]};")
        text, detail = indicator_texts(shown)
        if self.behind_message:
            text += " · " + tr("nyere utgave på serveren")
            detail = self.behind_message + " " + tr("Hent den under Innstillinger → Sikkerhetskopi.") + "\n" + detail
        self.label.setText(text)
        self.setToolTip(detail)

    def _on_changed(self, what: str) -> None:
        if what == "all":  # a pull or restore replaced the store
            self.behind_message = ""
        if what in ("backup", "settings", "all"):
            self.refresh()

    def check_remote(self) -> None:
        """Ask the server (off the GUI thread) whether another PC has pushed a newer generation."""
        if self.checking:
            return
        store = self.ctx.store
        self.checking = True

        def work(_progress: Any, _cancelled: Any) -> dict[str, Any]:
            return sync.status(store, sync.open_remote(store)).to_json()

        def done(status: dict[str, Any]) -> None:
            self.checking = False
            self.behind_message = status["message"] if status["behind"] else ""
            self.refresh()

        def failed(_error: BaseException) -> None:  # unreachable now: the next backup will tell
            self.checking = False

        self.ctx.run_in_background(work, done, failed, owner=self)

    # -- running ----------------------------------------------------------------------------
    def tick(self) -> None:
        """Called by the timer: start a periodic backup if one is due."""
        if self.running:
            return
        if due(LocalState.load(self.ctx.store.path), self._settings(), utc_now()):
            self.start_backup(only_if_changed=True)
        else:
            self.refresh()

    def start_backup(self, *, only_if_changed: bool = False) -> Any:
        if self.running:
            return None
        store = self.ctx.store
        self.running = True
        self.label.setText(tr("Sikkerhetskopierer …"))

        def work(progress: Any, cancelled: Any) -> dict[str, Any]:
            result = sync.push(store, sync.open_remote(store), only_if_changed=only_if_changed,
                               progress=progress, cancelled=cancelled)
            return result.to_json()

        return self.ctx.run_in_background(work, self._done, self._failed, self._progress, owner=self)

    def _progress(self, done: int, total: int) -> None:
        if total:
            self.label.setText(tr("Sikkerhetskopierer … {pct} %").format(pct=int(done * 100 / total)))

    def _done(self, result: dict[str, Any]) -> None:
        self.running = False
        self.behind_message = ""
        self.last_result = result
        self.refresh()
        self.ctx.notify_changed("backup")

    def _failed(self, error: BaseException) -> None:
        self.running = False
        self.last_result = error
        sync.record_failure(self.ctx.store.path, error)
        if isinstance(error, sync.RemoteIsNewer):
            self.behind_message = error.gui_text
        self.refresh()
        self.ctx.notify_changed("backup")

    def backup_on_close(self) -> None:
        """A last backup if anything changed since the previous one; the window waits for it."""
        if not self._settings().configured:
            return
        state = LocalState.load(self.ctx.store.path)
        if snapshot.fingerprint(self.ctx.store.path) == state.fingerprint:
            return
        worker = self.start_backup(only_if_changed=True)
        if worker is None and not self.running:
            return
        loop = QEventLoop()
        deadline = QTimer()
        deadline.setSingleShot(True)
        deadline.timeout.connect(loop.quit)
        poll = QTimer()
        poll.timeout.connect(lambda: None if self.running else loop.quit())
        poll.start(100)
        deadline.start(CLOSE_TIMEOUT_MS)
        if self.running:
            loop.exec()
        poll.stop()
        deadline.stop()


def create_status_widget(ctx: AppContext) -> QWidget:
    return BackupStatusWidget(ctx)
