"""Personvern › Innsyn og sletting: find a person by name, number, e-mail or phone, see everything
held about them as a readable form (innsyn), tick unmatched payments that are theirs, export it
all as a ZIP, or erase them. Through core.privacy (access_export, erasure, readable, unmatched).

The tab follows ``AppContext.changed("members")``: a person erased or changed elsewhere (the
retention run in «Slettefrister», the Medlemmer page) is shown as they are now when the tab is seen.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...core import members
from ...core.access import allowed
from ...core.errors import UserError
from ...core.privacy import access_export, erasure, readable, unmatched
from ..context import AppContext
from ..widgets.member_picker import address_of, describe
from ..widgets.money import money
from ..widgets.stale import when_shown
from .base import tr


def button_enabled_follows(button: QPushButton, action: QAction) -> None:
    """``action`` enabled exactly when ``button`` is (the role and the chosen person decide)."""
    action.setEnabled(button.isEnabled())

    class _Follow(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.EnabledChange:
                action.setEnabled(button.isEnabled())
            return False
    follower = _Follow(button)
    button.installEventFilter(follower)

#: the member named with address in the result list's items (for the erase confirmation)
WHO_ROLE = Qt.ItemDataRole.UserRole + 1


class PersonTab(QWidget):
    """Innsyn, export and erasure of one person."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Søk etter navn, kundenummer, e-post eller telefon"))
        self.search.textChanged.connect(self.find_people)
        self.results = QListWidget()
        self.results.currentItemChanged.connect(lambda *_: self.show_selected())
        self.details = QTextBrowser()  # the readable form (readable.groups), never keys or JSON
        self.details.setObjectName("privacyDetails")
        self.stray_label = QLabel(tr("Innbetalinger uten match som kan høre til personen (kryss av de som gjør "
                                     "det; de tas med i innsyn og pseudonymiseres ved sletting):"))
        self.stray_label.setWordWrap(True)
        self.strays = QListWidget()
        self.strays.setMaximumHeight(110)
        self.export_button = QPushButton(tr("Eksporter innsyn (ZIP) …"))
        self.export_button.clicked.connect(lambda: self.export_selected())
        self.erase_button = QPushButton(tr("Slett …"))
        self.erase_button.clicked.connect(self.erase_selected)
        for button in (self.export_button, self.erase_button):
            button.setEnabled(False)
        # the list of people: right-click has the two actions (enabled as the buttons), Delete erases
        # after the same question as «Slett …»
        self.results.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for button in (self.export_button, self.erase_button):
            action = QAction(button.text(), self.results)
            action.triggered.connect(button.click)
            button_enabled_follows(button, action)
            self.results.addAction(action)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.results, self.erase_button.click,
                  context=Qt.ShortcutContext.WidgetShortcut)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.results)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.details)
        right_layout.addWidget(self.stray_label)
        right_layout.addWidget(self.strays)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.erase_button)
        buttons.addStretch()
        right_layout.addLayout(buttons)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        #: a change to members shows the person as they are now, at once if seen, else when next shown
        self.stale_refresh = when_shown(self, self.refresh)
        ctx.changed.connect(self._on_changed)

    def _on_changed(self, what: str) -> None:
        if what == "members" and (self.results.count() or self.selected_number() is not None):
            self.stale_refresh()

    def refresh(self) -> None:
        """Search again and show the chosen person as stored now, or that they have been erased."""
        number = self.selected_number()
        self.find_people(self.search.text())
        for row in range(self.results.count()):
            if self.results.item(row).data(Qt.ItemDataRole.UserRole) == number:
                self.results.setCurrentRow(row)
                return
        if number is not None and not self._exists(number):
            self.details.setPlainText(tr("Slettet. Se revisjonsloggen for hva som ble gjort."))

    def _exists(self, number: int) -> bool:
        try:
            with self.ctx.store.session() as session:
                members.get_member(session, number)
        except UserError:
            return False
        return True

    def find_people(self, text: str) -> None:
        self.results.clear()
        if len(text.strip()) < 2:
            return
        with self.ctx.store.session() as session:
            found = members.search_members(session, text, limit=200, include_restricted=True)
        for m in found:
            where = address_of(m)  # name and address, so the right person is chosen before an erasure
            label = f"{m.customer_number}  {m.name}" + (f" – {where}" if where else "") \
                + (tr("  (sperret)") if m.restricted_until else "")
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, m.customer_number)
            item.setData(WHO_ROLE, describe(m))
            self.results.addItem(item)

    def selected_number(self) -> int | None:
        item = self.results.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item else None

    def show_selected(self) -> None:
        number = self.selected_number()
        self.export_button.setEnabled(number is not None)
        may_erase = allowed(self.ctx.store.role, "erase")
        self.erase_button.setEnabled(number is not None and may_erase)
        self.erase_button.setToolTip("" if may_erase else tr("Bare en administrator kan slette personopplysninger."))
        self.strays.clear()
        if number is None:
            self.details.clear()
            self._show_strays(False)
            return
        with self.ctx.store.session() as session:
            data = access_export.collect(session, number, purpose="personvern-siden")
            candidates = unmatched.find_candidates(session, number)
        for c in candidates:
            item = QListWidgetItem(f"{readable.fmt_date(c.booked_on)}  {money(c.amount_ore)}  {c.payer_name}  "
                                   f"{c.text[:50]}  ({', '.join(c.reasons)})")
            item.setData(Qt.ItemDataRole.UserRole, c.payment_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.strays.addItem(item)
        self._show_strays(bool(candidates))
        self.details.setHtml(groups_html(tr("Alt som er lagret om medlemmet"), readable.groups(data)))

    def _show_strays(self, visible: bool) -> None:
        self.stray_label.setVisible(visible)
        self.strays.setVisible(visible)

    def confirmed_payment_ids(self) -> list[int]:
        """The unmatched payments the user ticked as this person's."""
        return [int(self.strays.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.strays.count())
                if self.strays.item(i).checkState() == Qt.CheckState.Checked]

    def export_selected(self, target: str | None = None) -> Path | None:
        number = self.selected_number()
        if number is None:
            return None
        if not target:
            target, _ = QFileDialog.getSaveFileName(self, tr("Lagre innsyn"), f"innsyn-{number}.zip", "ZIP (*.zip)")
            if not target:
                return None
        try:
            with self.ctx.store.session() as session:
                path = access_export.export_zip(session, number, Path(target),
                                                unmatched_payment_ids=self.confirmed_payment_ids())
        except UserError as exc:
            QMessageBox.warning(self, tr("Innsyn"), exc.message)
            return None
        return path

    def confirm_erasure(self, explanation: str) -> bool:
        """Ask before anything is erased (a method so tests can answer it)."""
        answer = QMessageBox.question(self, tr("Slette personopplysninger?"), explanation + "\n\n" + tr("Fortsette?"))
        return answer == QMessageBox.StandardButton.Yes

    def erase_selected(self) -> None:
        number = self.selected_number()
        if number is None:
            return
        try:
            with self.ctx.store.session() as session:
                plan = erasure.plan_erasure(session, number)
            if plan.mode == "refused":
                QMessageBox.warning(self, tr("Kan ikke slettes"), plan.explanation())
                return
            strays = self.confirmed_payment_ids()
            extra = (tr("\n{n} innbetaling(er) uten match pseudonymiseres også.").format(n=len(strays))
                     if strays else "")
            item = self.results.currentItem()
            who = str(item.data(WHO_ROLE) or number) if item is not None else str(number)
            if not self.confirm_erasure(tr("Medlem: {0}").format(who) + "\n\n" + plan.explanation() + extra):
                return
            with self.ctx.store.session() as session:
                erasure.erase_member(session, number, unmatched_payment_ids=self.confirmed_payment_ids())
        except UserError as exc:
            QMessageBox.warning(self, tr("Sletting"), exc.message)
            return
        self.ctx.notify_changed("members")  # this tab too: the list searched again, the erased state shown


def groups_html(heading: str, groups: list[readable.Group]) -> str:
    """The groups as headed tables (a form for the person's own fields) for the QTextBrowser."""
    esc = html.escape
    parts = [f"<h3>{esc(heading)}</h3>"]
    for group in groups:
        count = "" if group.columns == ("Opplysning", "Verdi") else f" ({len(group.rows)})"
        parts.append(f"<h4>{esc(group.title)}{count}</h4>")
        if not group.rows:
            parts.append(f"<p><i>{esc(group.empty)}</i></p>")
            continue
        parts.append('<table cellspacing="0" cellpadding="3">')
        if group.columns != ("Opplysning", "Verdi"):
            parts.append("<tr>" + "".join(f"<th align=left>{esc(c)}</th>" for c in group.columns) + "</tr>")
            parts += ["<tr>" + "".join(f"<td>{esc(c)}</td>" for c in row) + "</tr>" for row in group.rows]
        else:
            parts += [f"<tr><td><b>{esc(label)}</b></td><td>{esc(value)}</td></tr>" for label, value in group.rows]
        parts.append("</table>")
    return "\n".join(parts)
