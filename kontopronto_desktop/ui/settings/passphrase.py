"""Innstillinger › Mitt passord: every user changes their own passphrase (any role, like
`kontopronto passphrase change`); only the user's key slot is re-wrapped, the file is not re-encrypted."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ...core.errors import UserError
from ..context import AppContext


def tr(text: str) -> str:
    return QCoreApplication.translate("PassphraseTab", text)


class PassphraseTab(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.old = QLineEdit()
        self.new = QLineEdit()
        self.new2 = QLineEdit()
        for field in (self.old, self.new, self.new2):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.change_button = QPushButton(tr("Bytt passord"))
        self.change_button.clicked.connect(self.change)
        self.status = QLabel()
        self.status.setWordWrap(True)
        intro = QLabel(tr("Du er logget inn som {0}. Det nye passordet gjelder bare deg; de andre brukerne "
                          "og gjenopprettingsnøkkelen virker som før.").format(ctx.store.actor))
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(tr("Nåværende passord"), self.old)
        form.addRow(tr("Nytt passord"), self.new)
        form.addRow(tr("Gjenta nytt passord"), self.new2)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.change_button)
        layout.addWidget(self.status)
        layout.addStretch()

    def change(self) -> None:
        if self.new.text() != self.new2.text():
            self.status.setText(tr("De nye passordene er ikke like."))
            return
        try:
            self.ctx.store.change_passphrase(self.old.text(), self.new.text(), self.ctx.store.actor)
        except UserError as exc:
            self.status.setText(tr("Ikke byttet: ") + exc.message)
            return
        for field in (self.old, self.new, self.new2):
            field.clear()
        self.status.setText(tr("Passordet er byttet. Bruk det nye neste gang du åpner regnskapsfilen."))


def create_page(ctx: AppContext) -> QWidget:
    return PassphraseTab(ctx)
