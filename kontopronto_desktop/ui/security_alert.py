"""A red banner at the top of the main window when the user list did not verify at open.

The store found a change to users or roles that no administrator signed (core/security.py);
the banner says what changed and where an administrator approves or removes it. It stays
until the list is signed again (Innstillinger › Brukere)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from .context import AppContext


def tr(text: str) -> str:
    return QCoreApplication.translate("SecurityBanner", text)


class SecurityBanner(QLabel):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("security_banner")
        self.setWordWrap(True)
        self.setStyleSheet("QLabel#security_banner { background: #fdecea; color: #8a1c1c; "
                           "border: 1px solid #b00020; padding: 8px; }")
        ctx.changed.connect(lambda what: self.refresh() if what == "settings" else None)
        self.refresh()

    def refresh(self) -> None:
        problems = self.ctx.store.security_problems
        if not problems:
            self.hide()
            return
        items = "".join(f"<li>{escape(p)}</li>" for p in problems)
        self.setText("<b>" + tr("Sikkerhetsvarsel: brukerlisten er endret uten en administrators signatur.")
                     + f"</b><ul>{items}</ul>"
                     + tr("Hendelsen er logget. En administrator kontrollerer og godkjenner eller fjerner "
                          "endringen under Innstillinger › Brukere. Til da åpnes berørte brukere bare med "
                          "lesetilgang."))
        self.show()
