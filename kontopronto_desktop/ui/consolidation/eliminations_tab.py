"""Konsern, Elimineringer tab: proposals to accept, manual eliminations and the reconciliation of
intra-group balances. The list and the reconciliation (which sums every company's balances) are read
on the thread pool with a busy line; the tab refreshes on every change to the group, and a newer
refresh supersedes an older one still running."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from ...core.consolidation import eliminations, groups
from ...core.errors import UserError
from ..context import AppContext
from ..widgets.empty_hint import EmptyHint
from ..widgets.latest_job import LatestJob
from ..widgets.money import plain_amount, read_amount
from ..widgets.plain_table import PlainTableModel, selected_payload, table_view
from .base import GroupState, GroupTab


def tr(text: str) -> str:
    return QCoreApplication.translate("GroupPage", text)


class EliminationsTab(GroupTab):
    """The Elimineringer tab of the Konsern page."""

    def __init__(self, ctx: AppContext, state: GroupState) -> None:
        super().__init__(ctx, state)
        self.propose_button = QPushButton(tr("Lag forslag"))
        self.propose_button.clicked.connect(self.propose_eliminations)
        self.accept_button = QPushButton(tr("Godta valgt"))
        self.accept_button.clicked.connect(lambda: self.accept_eliminations(False))
        self.accept_all_button = QPushButton(tr("Godta alle forslag"))
        self.accept_all_button.clicked.connect(lambda: self.accept_eliminations(True))
        self.delete_elim_button = QPushButton(tr("Slett valgt"))
        self.delete_elim_button.clicked.connect(self.delete_elimination)
        self.elim_model = PlainTableModel([tr("ID"), tr("Status"), tr("Type"), tr("Beskrivelse"), tr("Linjer"),
                                           tr("Debet"), tr("Varighet"), tr("Eliminerer"), tr("Tilhører")], (0, 5))
        self.elim_view = table_view(self.elim_model, "consolidation.eliminations.elim_view")
        self.recon_model = PlainTableModel([tr("Type"), tr("Selskap"), tr("Motpart"), tr("Selskapets saldo"),
                                            tr("Motpartens saldo"), tr("Differanse")], (3, 4, 5))
        self.recon_view = table_view(self.recon_model, "consolidation.eliminations.recon_view")
        self.elim_hint = EmptyHint(self.elim_view, empty=tr(
            "Ingen elimineringer for året. Trykk «Lag forslag» for forslag ut fra mellomværende og interne "
            "transaksjoner mellom selskapene, eller «Legg til manuell eliminering»."))
        self.recon_hint = EmptyHint(self.recon_view, empty=tr(
            "Ingen mellomværende mellom selskapene å avstemme for året. Avstemmingen vises når saldobalansene er "
            "importert og kontoene tilordnet (fanene «Import» og «Tilordning»)."))
        self.manual_description = QLineEdit()
        self.manual_description.setPlaceholderText(tr("Beskrivelse av den manuelle elimineringen"))
        self.manual_lines = QLineEdit()
        self.manual_lines.setPlaceholderText(tr("Linjer ORGNR:KONTO:BELØP; … (debet +, kredit −)"))
        self.manual_button = QPushButton(tr("Legg til manuell eliminering"))
        self.manual_button.clicked.connect(self.add_manual)
        self.manual_permanent = QCheckBox(tr("Varig (fra dette året)"))
        self.manual_permanent.setToolTip(tr("Uten hake gjelder elimineringen bare dette året. En varig eliminering "
                                            "føres videre; resultatlinjene går mot inngående egenkapital senere år."))
        self.manual_kind = QComboBox()
        self.manual_kind.addItem(tr("eliminerer ingen avstemt type"), "")
        for kind in eliminations.ELIMINATES:
            self.manual_kind.addItem(eliminations.KIND_LABELS[kind], kind)
        self.manual_belongs = QComboBox()
        #: says the list and the reconciliation are being read (on the thread pool)
        self.busy_line = QLabel()
        self.busy_line.setVisible(False)
        self.job = LatestJob(ctx, self, self._show, self._failed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.busy_line)
        buttons = QHBoxLayout()
        for b in (self.propose_button, self.accept_button, self.accept_all_button, self.delete_elim_button):
            buttons.addWidget(b)
        buttons.addStretch()
        layout.addLayout(buttons)
        layout.addWidget(self.elim_view, 2)
        manual = QHBoxLayout()
        manual.addWidget(self.manual_description, 1)
        manual.addWidget(self.manual_lines, 2)
        manual.addWidget(self.manual_button)
        layout.addLayout(manual)
        flags = QHBoxLayout()
        flags.addWidget(self.manual_permanent)
        flags.addWidget(QLabel(tr("Type:")))
        flags.addWidget(self.manual_kind)
        flags.addWidget(QLabel(tr("Tilhører datterselskap:")))
        flags.addWidget(self.manual_belongs)
        flags.addStretch()
        layout.addLayout(flags)
        layout.addWidget(QLabel(tr("Avstemming av konsernmellomværende:")))
        layout.addWidget(self.recon_view, 1)
        state.changed.connect(self.refresh)

    def refresh(self) -> None:
        self.refresh_eliminations()

    @property
    def busy(self) -> bool:
        """The list and the reconciliation are being read."""
        return self.job.busy

    def refresh_eliminations(self) -> None:
        """Read the chosen group's eliminations and reconciliation on the thread pool."""
        gid, year, store = self.group_id(), self.year, self.ctx.store
        if gid is None:
            self.job.cancel()
            self.busy_line.setVisible(False)
            self._show(([], [], []))
            return
        self.busy_line.setText(tr("Henter elimineringer og avstemming for {y} …").format(y=year))
        self.busy_line.setVisible(True)

        def work() -> tuple[list[tuple[str, str]], list[eliminations.EliminationView],
                            list[eliminations.ReconciliationRow]]:
            with store.session() as s:
                g = groups.get_group(s, gid)
                belongs = [(f"{view.name} ({view.orgnr})", view.orgnr)
                           for view in groups.company_views(g) if not view.is_parent]
                rows = eliminations.list_eliminations(s, g, year)
                rows += eliminations.carried_forward(s, g, year)
                try:
                    recon = eliminations.reconciliation(s, g, year)
                except UserError:
                    recon = []  # unmapped accounts: the mapping tab says so
            return belongs, rows, recon

        self.job.start(work)

    def _failed(self, exc: BaseException) -> None:
        self.busy_line.setVisible(False)
        self._error(exc, "Elimineringer")

    def _show(self, result: tuple[list[tuple[str, str]], list[eliminations.EliminationView],
                                  list[eliminations.ReconciliationRow]]) -> None:
        belongs, rows, recon = result
        self.busy_line.setVisible(False)
        self.manual_belongs.clear()
        self.manual_belongs.addItem(tr("ingen (hele konsernet)"), None)
        for label, orgnr in belongs:
            self.manual_belongs.addItem(label, orgnr)
        status = {"proposed": tr("forslag"), "accepted": tr("godtatt")}

        def lasting(e: eliminations.EliminationView) -> str:
            if e.carried_from is not None:
                return tr("videreført fra {y}").format(y=e.carried_from)
            return tr("varig fra {y}").format(y=e.year) if e.permanent else tr("bare {y}").format(y=e.year)

        self.elim_model.set_rows(
            [[str(e.id), status.get(e.status, e.status), eliminations.KIND_LABELS.get(e.kind, e.kind), e.description,
              "; ".join(f"{o or tr('konsern')} {a} {plain_amount(x)}" for o, a, x in e.lines),
              plain_amount(sum(x for _, _, x in e.lines if x > 0)), lasting(e),
              eliminations.KIND_LABELS.get(e.eliminates, "") if e.eliminates else "", e.belongs_to or ""]
             for e in rows], rows)
        self.recon_model.set_rows(
            [[eliminations.KIND_LABELS.get(r.kind, r.kind), r.company, r.counterparty, plain_amount(r.own_ore),
              plain_amount(r.other_ore), plain_amount(r.difference_ore)] for r in recon], recon)

    def propose_eliminations(self) -> None:
        ids = self._write(lambda s, g: eliminations.propose(s, g, self.year))
        if ids is not None:
            self.say(tr("{n} forslag. Se over og godta dem.").format(n=len(ids)))

    def accept_eliminations(self, everything: bool) -> None:
        selected: eliminations.EliminationView | None = None if everything else selected_payload(self.elim_view)
        if not everything and selected is None:
            self.say(tr("Velg et forslag i listen først."))
            return
        count = self._write(lambda s, g: eliminations.accept(s, g, self.year,
                                                             None if selected is None else selected.id))
        if count is not None:
            self.say(tr("{n} eliminering(er) godtatt.").format(n=count))

    def delete_elimination(self) -> None:
        selected: eliminations.EliminationView | None = selected_payload(self.elim_view)
        if selected is None:
            return
        if selected.carried_from is not None:  # it lives in the year it was made
            self.say(tr("Denne elimineringen er videreført fra {y}; velg {y} for å slette den.").format(
                y=selected.carried_from))
            return
        def remove(s: Any, g: Any) -> bool:
            eliminations.delete(s, g, selected.id)
            return True

        if self._write(remove):
            self.say(tr("Eliminering {i} er slettet.").format(i=selected.id))

    def add_manual(self) -> None:
        lines: list[tuple[str | None, str, int]] = []
        try:
            for part in self.manual_lines.text().split(";"):
                if not part.strip():
                    continue
                pieces = [p.strip() for p in part.split(":")]
                if len(pieces) != 3:
                    raise UserError(tr("«{p}»: skriv ORGNR:KONTO:BELØP.").format(p=part.strip()))
                lines.append((pieces[0] or None, pieces[1], read_amount(pieces[2], "beløp")))
        except UserError as exc:
            self._error(exc)
            return
        permanent, kind = self.manual_permanent.isChecked(), self.manual_kind.currentData() or ""
        belongs = self.manual_belongs.currentData()
        if self._write(lambda s, g: eliminations.add_manual(s, g, self.year, self.manual_description.text(),
                                                            lines, permanent=permanent, eliminates=kind,
                                                            belongs_to=belongs)):
            self.manual_description.clear()
            self.manual_lines.clear()
            self.manual_permanent.setChecked(False)
            self.say(tr("Manuell eliminering er lagt til."))
