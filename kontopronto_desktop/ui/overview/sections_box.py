"""Innstillinger › Organisasjon › "Deler av programmet": a checkbox per section the organisation uses.

A club does not need Konsern, a holding company not Medlemmer. Unticked sections are hidden from
the navigation (core/hidden_sections.py keeps the list in the store); "Bruk" applies it at once
through the "settings" change signal the main window listens to.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QCheckBox, QGridLayout, QGroupBox, QLabel, QPushButton

from ...core.access import allowed
from ...core.errors import UserError
from ...core.hidden_sections import HIDEABLE, hidden_sections, set_hidden_sections
from ..context import AppContext

# the section titles of core/hidden_sections.HIDEABLE are translated in the "sections" context
_TITLES = (QT_TRANSLATE_NOOP("sections", "Purring"), QT_TRANSLATE_NOOP("sections", "Regnskap"))


def tr(text: str) -> str:
    return QCoreApplication.translate("SectionsBox", text)


class SectionsBox(QGroupBox):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__(tr("Deler av programmet organisasjonen bruker"))
        self.setObjectName("sections_box")
        self.ctx = ctx
        self.boxes: dict[str, QCheckBox] = {}
        grid = QGridLayout(self)
        for i, (key, title) in enumerate(HIDEABLE.items()):
            box = QCheckBox(QCoreApplication.translate("sections", title))
            box.setObjectName(f"section_{key}")
            self.boxes[key] = box
            grid.addWidget(box, i // 4, i % 4)
        self.apply_button = QPushButton(tr("Bruk"))
        self.apply_button.setObjectName("apply_sections")
        self.apply_button.clicked.connect(self.apply)
        self.message = QLabel()
        self.message.setWordWrap(True)
        rows = (len(HIDEABLE) + 3) // 4
        grid.addWidget(QLabel(tr("Oversikt og Innstillinger vises alltid. Ingenting slettes.")), rows, 0, 1, 3)
        grid.addWidget(self.apply_button, rows, 3)
        grid.addWidget(self.message, rows + 1, 0, 1, 4)
        can_change = allowed(ctx.store.role, "settings")
        for widget in (*self.boxes.values(), self.apply_button):
            widget.setEnabled(can_change)
        self.load()

    def load(self) -> None:
        with self.ctx.store.session() as session:
            hidden = set(hidden_sections(session))
        for key, box in self.boxes.items():
            box.setChecked(key not in hidden)

    def apply(self) -> None:
        wanted = [key for key, box in self.boxes.items() if not box.isChecked()]
        try:
            with self.ctx.store.session() as session:
                hidden = set_hidden_sections(session, wanted)
        except UserError as exc:
            self.message.setText(exc.message)
            return
        self.message.setText(tr("Lagret. Skjult: {0}").format(
            ", ".join(QCoreApplication.translate("sections", HIDEABLE[k]) for k in hidden) or tr("ingen")))
        self.ctx.notify_changed("settings")
