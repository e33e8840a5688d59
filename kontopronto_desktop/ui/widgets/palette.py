"""Light or dark: the program follows the system's colour scheme (issue 18 item 3).

Qt ≥ 6.5 reports the scheme in ``QStyleHints.colorScheme`` and signals a change. Windows' native
style ignores a dark palette, so dark uses Fusion with a palette of our own; light goes back to the
style and palette the program started with. Charts (QtCharts, if a page uses them) take the
matching theme from ``chart_theme``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

Scheme = Qt.ColorScheme

#: the dark palette's colours (Fusion's usual dark set; text contrast ≥ 7:1 on the window colour)
DARK = {
    QPalette.ColorRole.Window: QColor(45, 45, 48),
    QPalette.ColorRole.WindowText: QColor(230, 230, 230),
    QPalette.ColorRole.Base: QColor(30, 30, 32),
    QPalette.ColorRole.AlternateBase: QColor(45, 45, 48),
    QPalette.ColorRole.ToolTipBase: QColor(45, 45, 48),
    QPalette.ColorRole.ToolTipText: QColor(230, 230, 230),
    QPalette.ColorRole.PlaceholderText: QColor(150, 150, 150),
    QPalette.ColorRole.Text: QColor(230, 230, 230),
    QPalette.ColorRole.Button: QColor(53, 53, 56),
    QPalette.ColorRole.ButtonText: QColor(230, 230, 230),
    QPalette.ColorRole.BrightText: QColor(255, 80, 80),
    QPalette.ColorRole.Link: QColor(110, 170, 255),
    QPalette.ColorRole.LinkVisited: QColor(180, 140, 255),
    QPalette.ColorRole.Highlight: QColor(42, 130, 218),
    QPalette.ColorRole.HighlightedText: QColor(255, 255, 255),
}
DISABLED_TEXT = QColor(127, 127, 127)

#: what the program started with, restored when the system goes back to light
_original: dict[str, object] = {}


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in DARK.items():
        palette.setColor(role, colour)
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, DISABLED_TEXT)
    return palette


def is_dark(app: QApplication) -> bool:
    return app.palette().color(QPalette.ColorRole.Window).lightness() < 128


def apply_colour_scheme(app: QApplication, scheme: Scheme) -> None:
    """Fusion with the dark palette for ``Dark``; the starting style and palette otherwise."""
    if not _original:
        _original["style"] = app.style().name()
        _original["palette"] = QPalette(app.palette())
    if scheme == Scheme.Dark:
        app.setStyle(QStyleFactory.create("Fusion"))
        app.setPalette(dark_palette())
    else:
        style = QStyleFactory.create(str(_original["style"]))
        if style is not None:
            app.setStyle(style)
        original = _original["palette"]
        app.setPalette(original if isinstance(original, QPalette) else QPalette())
    app.setProperty("kontopronto_colour_scheme", "dark" if scheme == Scheme.Dark else "light")


def follow_system_colour_scheme(app: QApplication) -> None:
    """Apply the system's scheme now and whenever it changes."""
    hints = QGuiApplication.styleHints()
    apply_colour_scheme(app, hints.colorScheme())
    if app.property("kontopronto_follows_scheme"):
        return  # main() ran before in this process (tests): one connection is enough
    app.setProperty("kontopronto_follows_scheme", True)
    hints.colorSchemeChanged.connect(lambda scheme: apply_colour_scheme(app, scheme))


def chart_theme(app: QApplication) -> object:
    """The QChart theme matching the palette (QtCharts imported only by the pages that draw charts)."""
    from PySide6.QtCharts import QChart

    return QChart.ChartTheme.ChartThemeDark if is_dark(app) else QChart.ChartTheme.ChartThemeLight
