"""A form whose rows carry their own error line, so a validation message sits next to its field.

The core's ValidationError maps field names to Norwegian messages; ``FieldForm.show_errors``
puts each message under the field it belongs to and returns the ones no field claimed.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QLayout, QVBoxLayout, QWidget

from ...core.errors import UserError, ValidationError

ERROR_STYLE = "color: #b00020"


def refusal_text(exc: UserError) -> str:
    """The line a page shows when the core refuses: a ValidationError's messages without the field
    names (the fields are on screen), any other UserError's own message."""
    if isinstance(exc, ValidationError):
        return "; ".join(exc.errors.values())
    return exc.message


class FieldForm(QFormLayout):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.errors: dict[str, QLabel] = {}
        self.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

    def add_field(self, key: str, label: str, field: QWidget | QLayout) -> QLabel:
        """Add a row with ``field`` and an (empty, hidden) error label below it."""
        box = QVBoxLayout()
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(1)
        if isinstance(field, QLayout):
            box.addLayout(field)
        else:
            box.addWidget(field)
        error = QLabel()
        error.setObjectName(f"error_{key}")
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        box.addWidget(error)
        self.addRow(label, box)
        self.errors[key] = error
        return error

    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear()
            label.hide()

    def show_errors(self, errors: dict[str, str]) -> dict[str, str]:
        """Show each message by its field; return those that have no field here."""
        self.clear_errors()
        rest: dict[str, str] = {}
        for key, message in errors.items():
            label = self.errors.get(key)
            if label is None:
                rest[key] = message
                continue
            label.setText(message[:1].upper() + message[1:])
            label.show()
        return rest

    def error_text(self, key: str) -> str:
        label = self.errors.get(key)
        return label.text() if label is not None and not label.isHidden() else ""
