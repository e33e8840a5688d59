"""The program's icon, read from package data so the checkout, the wheel and the frozen app agree."""

from __future__ import annotations

from importlib import resources

from PySide6.QtGui import QIcon, QPixmap


def app_icon() -> QIcon:
    """KontoPronto's icon (kontopronto_desktop/resources/icons, drawn by packaging/make_icons.py)."""
    data = (resources.files("kontopronto_desktop") / "resources" / "icons" / "kontopronto.png").read_bytes()
    pixmap = QPixmap()
    pixmap.loadFromData(data, "PNG")
    return QIcon(pixmap)
