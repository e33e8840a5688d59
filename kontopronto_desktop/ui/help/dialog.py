"""Hjelp › Brukerveiledning (F1): the packaged guide rendered as markdown, beside the main window."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from .guide import packaged_guide


def tr(text: str) -> str:
    return QCoreApplication.translate("UserGuideDialog", text)


class UserGuideDialog(QDialog):
    """Not modal: the user reads the guide while working in the window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("user_guide")
        self.setWindowTitle(tr("Brukerveiledning"))
        self.resize(760, 640)
        self.browser = QTextBrowser()
        self.browser.setObjectName("user_guide_text")
        self.browser.setOpenExternalLinks(True)
        self.browser.setMarkdown(packaged_guide())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
