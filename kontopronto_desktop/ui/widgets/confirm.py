"""One question before an action that cannot be undone: «Slett», «Send», «Krediter» — or «Avbryt».

«Avbryt» is the default button, so an Enter pressed out of habit does nothing. ``delete_after_asking``
is the whole delete flow of a list: ask, call the core, show the UserError."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ...core.errors import UserError


def confirm(parent: QWidget, title: str, text: str, yes: str, object_name: str) -> bool:
    """Ask; True when the user chose ``yes`` (the box is a QMessageBox named ``object_name``)."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.setObjectName(object_name)
    box.button(QMessageBox.StandardButton.Yes).setText(yes)
    box.button(QMessageBox.StandardButton.No).setText(QCoreApplication.translate("Confirm", "Avbryt"))
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


def show_error(parent: QWidget, title: str, message: str) -> None:
    """A warning box (named ``error_message``) with the core's Norwegian message."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("error_message")
    box.exec()


def delete_after_asking(parent: QWidget, title: str, question: str, yes: str, error_title: str,
                        delete: Callable[[], object]) -> bool:
    """The one delete flow of a list (its button, its context menu, its Delete key): ask (the box
    ``confirm_delete``), run ``delete`` (the core call in its own transaction) and show a UserError
    it raises under ``error_title``. True when deleted; the page then refreshes.

    The texts come from the page, so each stays in its page's translation context."""
    if not confirm(parent, title, question, yes, "confirm_delete"):
        return False
    try:
        delete()
    except UserError as exc:
        show_error(parent, error_title, exc.message)
        return False
    return True
