"""Oversikt: the figures of core/overview.py, each a link to the section that does the work.

The figures come from a few SQL aggregates (0.3–0.5 s at 100,000 invoices, benchmarks/overview.py),
computed on the thread pool when the page is made and again, debounced, after a change, with a busy
line meanwhile (the window paints first; a newer request supersedes an older one). The retention
line shows the status bar's dry run (``AppContext.retention_checked``): that check reads row by row,
seconds of CPU at 100,000 members, so it is not run a second time for this page.
A new store shows the next steps instead: Legg inn produkter → Importer medlemmer → Fakturakjøring.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTimer
from PySide6.QtWidgets import QGridLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...core.hidden_sections import hidden_sections
from ...core.overview import Overview, overview
from ..context import AppContext
from ..widgets.date_edit import format_date
from ..widgets.latest_job import LatestJob
from ..widgets.money import money
from ..widgets.stale import when_shown

# the core's Norwegian labels, marked for lupdate (shown through tr())
_TEXTS = (
    QT_TRANSLATE_NOOP("OverviewPage", "Forfalte fakturaer"), QT_TRANSLATE_NOOP("OverviewPage", "Utestående, ikke forfalt"),
    QT_TRANSLATE_NOOP("OverviewPage", "Innbetalinger som ikke er matchet"),
    QT_TRANSLATE_NOOP("OverviewPage", "Fakturaer som ikke er sendt"),
    QT_TRANSLATE_NOOP("OverviewPage", "… av dem til utskrift"), QT_TRANSLATE_NOOP("OverviewPage", "Legg inn produkter"),
    QT_TRANSLATE_NOOP("OverviewPage", "Importer medlemmer"), QT_TRANSLATE_NOOP("OverviewPage", "Fakturakjøring"),
)
LINK_STYLE = "QPushButton { text-align: left; padding: 6px 10px; }"
#: link -> what the target shows: the status model's filter on Fakturaer (core/invoicing/status.FILTERS),
#: or the tab of Innstillinger / Personvern
LIST_FILTERS = {"due": "ikke_forfalt", "unsent": "ikke_sendt", "to_print": "til_utskrift", "backup": "backup", "retention": "retention"}
#: what a change elsewhere may move here; a burst of changes gives one refresh
WATCHED = ("invoices", "payments", "members", "products", "settings", "backup", "reminders")


def tr(text: str) -> str:
    return QCoreApplication.translate("OverviewPage", text)


class OverviewPage(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.view: Overview | None = None
        self.links: dict[str, QPushButton] = {}
        self.title = QLabel("<h2>" + tr("Oversikt") + "</h2>")
        self.title.setObjectName("overview_title")
        #: says the figures are being computed (on the thread pool)
        self.busy_line = QLabel()
        self.busy_line.setObjectName("overview_busy")
        self.figures_job = LatestJob(ctx, self, self._show, self._failed)
        self.steps_box = QGroupBox(tr("Kom i gang"))
        self.steps_box.setObjectName("next_steps")
        steps = QHBoxLayout(self.steps_box)
        for key in ("products", "members", "invoices"):
            steps.addWidget(self._link(f"step_{key}"))
        steps.addStretch()
        figures = QGroupBox(tr("Å gjøre"))
        grid = QGridLayout(figures)
        for row, key in enumerate(("overdue", "due", "unmatched", "unsent", "to_print")):
            grid.addWidget(self._link(key), row, 0)
        status = QGroupBox(tr("Status"))
        status_column = QVBoxLayout(status)
        for key in ("bank_file", "backup", "retention"):
            status_column.addWidget(self._link(key))
        self.refresh_button = QPushButton(tr("Oppdater"))
        self.refresh_button.clicked.connect(self.refresh)
        layout = QVBoxLayout(self)
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.refresh_button)
        layout.addLayout(header)
        layout.addWidget(self.busy_line)
        layout.addWidget(self.steps_box)
        layout.addWidget(figures)
        layout.addWidget(status)
        layout.addStretch()
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(400)
        # a change refreshes the figures while the Oversikt is seen, else when it is shown again
        self.stale_refresh = when_shown(self, self.refresh)
        self.debounce.timeout.connect(self.stale_refresh)
        ctx.changed.connect(lambda what: self.debounce.start() if what in WATCHED else None)
        ctx.retention_checked.connect(lambda _due: self._show_retention())
        self.steps_box.setVisible(False)  # until the figures say whether the store is new
        self.refresh()

    def _link(self, key: str) -> QPushButton:
        button = QPushButton()
        button.setObjectName(f"overview_{key}")
        button.setFlat(True)
        button.setStyleSheet(LINK_STYLE)
        button.clicked.connect(lambda _checked=False, k=key: self.follow(k))
        self.links[key] = button
        return button

    # -- figures -------------------------------------------------------------------------------
    def targets(self) -> dict[str, str]:
        """Link key -> section key (core/overview.py says where each figure is worked on)."""
        out = {"bank_file": "payments", "backup": "settings", "retention": "privacy"}
        if self.view is not None:
            out.update({f.key: f.target for f in self.view.figures})
            out.update({f"step_{s.key}": s.target for s in self.view.steps})
        return out

    def follow(self, key: str) -> None:
        target = self.targets().get(key)
        if target:
            self.ctx.section_requested.emit(target)
            if key in LIST_FILTERS:  # the page exists now: show just what the figure counted
                self.ctx.filter_requested.emit(target, LIST_FILTERS[key])

    @property
    def busy(self) -> bool:
        """The figures are being computed."""
        return self.figures_job.busy

    def refresh(self, on: date | None = None) -> None:
        """Compute the figures on the thread pool; the page shows them when they come."""
        store = self.ctx.store
        self.busy_line.setText(tr("Henter tallene …"))
        self.busy_line.setVisible(True)

        def work() -> tuple[Overview, set[str]]:
            with store.session() as session:
                return (overview(session, on, store_path=store.path, retention=False),
                        set(hidden_sections(session)))

        self.figures_job.start(work)

    def _failed(self, exc: BaseException) -> None:
        self.busy_line.setText(tr("Tallene kunne ikke hentes: {0}").format(exc))

    def _show(self, result: tuple[Overview, set[str]]) -> None:
        self.view, hidden = result
        self.busy_line.setVisible(False)
        view = self.view
        self.title.setText("<h2>" + tr("Oversikt") + "</h2>" + tr("Per {0}").format(format_date(view.on)))
        self.steps_box.setVisible(view.is_new)
        for step in view.steps:
            self.links[f"step_{step.key}"].setText(("✓ " if step.done else "→ ") + tr(step.label))
        for fig in view.figures:
            text = f"{tr(fig.label)}: {fig.count}"
            if fig.amount_ore is not None and fig.count:
                text += f" – {money(fig.amount_ore)}"
            self.links[fig.key].setText(text)
            self.links[fig.key].setEnabled(fig.count > 0)  # nothing to act on: nothing to click
        bank = view.last_bank_file
        self.links["bank_file"].setText(
            tr("Siste bankfil: ingen lest inn ennå") if bank is None else
            tr("Siste bankfil: {0}, lest inn {1} ({2} innbetalinger, {3})").format(
                bank.file_name, format_date(bank.imported_at), bank.count,
                money(bank.total_ore)))
        from ..settings.backup_status import indicator_texts

        text, detail = indicator_texts(view.backup) if view.backup else (view.backup_text, view.backup_detail)
        self.links["backup"].setText(text)
        self.links["backup"].setToolTip(detail)
        for key, target in self.targets().items():
            if target in hidden:
                self.links[key].setEnabled(False)
                self.links[key].setToolTip(tr("Denne delen er skjult under Innstillinger › Organisasjon."))
        self._show_retention()

    def _show_retention(self) -> None:
        """The status bar's last retention dry run, with when retention was last carried out."""
        due = self.ctx.retention_due
        if due is None:
            self.links["retention"].setText(tr("Slettefrister: sjekkes …"))
            return
        run = self.view.retention_last_run if self.view is not None else None
        last = tr("sist kjørt {0}").format(format_date(run.astimezone().date())) if run else tr("aldri kjørt")
        self.links["retention"].setText(
            (tr("Slettefrister: {0} forfalt").format(due) if due else tr("Slettefrister: ingen forfalt"))
            + f" ({last})")


def create_page(ctx: AppContext) -> QWidget:
    return OverviewPage(ctx)
