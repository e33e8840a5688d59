"""One question before an action that cannot be undone: «Slett», «Send», «Krediter» — or «Avbryt».

«Avbryt» is the default button, so an Enter pressed out of habit does nothing."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def confirm(parent: QWidget, title: str, text: str, yes: str, object_name: str) -> bool:
    """Ask; True when the user chose ``yes`` (the box is a QMessageBox named ``object_name``)."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.setObjectName(object_name)
    box.button(QMessageBox.StandardButton.Yes).setText(yes)
    box.button(QMessageBox.StandardButton.No).setText(QCoreApplication.translate("Confirm", "Avbryt"))
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes
