"""The program follows the system's light or dark colour scheme (issue 18 item 3)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from kontopronto_desktop.core.store import Store
from kontopronto_desktop.ui import main_window
from kontopronto_desktop.ui.widgets import palette
from tests.invoicing_support import seed

WINDOW = QPalette.ColorRole.Window


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    """Back to light afterwards, so other tests see the usual palette."""
    yield qapp
    palette.apply_colour_scheme(qapp, Qt.ColorScheme.Light)


def test_dark_scheme_gives_a_dark_window_and_light_gives_it_back(qtbot, app: QApplication, store: Store) -> None:  # type: ignore[no-untyped-def]
    seed(store, count=2)
    light_window = app.palette().color(WINDOW)
    light_style = app.style().name()
    window = main_window.MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    members = window.show_section("members")
    assert members.palette().color(WINDOW).lightness() > 128

    palette.apply_colour_scheme(app, Qt.ColorScheme.Dark)
    assert app.style().name().lower() == "fusion"
    # the widgets get the palette by an event, as they do when the system switches
    qtbot.waitUntil(lambda: window.palette().color(WINDOW).lightness() < 64)
    assert members.table.palette().color(QPalette.ColorRole.Base).lightness() < 64
    assert members.table.palette().color(QPalette.ColorRole.Text).lightness() > 200
    # disabled text stays readable but dimmer than enabled text
    disabled = window.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    assert 100 < disabled.lightness() < window.palette().color(QPalette.ColorRole.WindowText).lightness()
    assert palette.is_dark(app)
    # the rendered window is dark too, not just the palette object
    image = window.grab().toImage()
    assert image.pixelColor(image.width() - 5, image.height() // 2).lightness() < 96

    palette.apply_colour_scheme(app, Qt.ColorScheme.Light)
    assert app.palette().color(WINDOW) == light_window
    assert app.style().name() == light_style
    qtbot.waitUntil(lambda: window.palette().color(WINDOW).lightness() > 128)
    assert not palette.is_dark(app)


def test_the_system_setting_is_followed_and_its_change_applied(app: QApplication) -> None:
    palette.follow_system_colour_scheme(app)
    palette.follow_system_colour_scheme(app)  # main() run twice in one process connects once
    assert app.property("kontopronto_colour_scheme") in ("dark", "light")
    hints = QGuiApplication.styleHints()
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert palette.is_dark(app) and app.property("kontopronto_colour_scheme") == "dark"
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert not palette.is_dark(app)


def test_charts_take_the_matching_theme(app: QApplication) -> None:
    from PySide6.QtCharts import QChart

    palette.apply_colour_scheme(app, Qt.ColorScheme.Dark)
    assert palette.chart_theme(app) == QChart.ChartTheme.ChartThemeDark
    palette.apply_colour_scheme(app, Qt.ColorScheme.Light)
    assert palette.chart_theme(app) == QChart.ChartTheme.ChartThemeLight


def test_the_aging_chart_follows_the_scheme(qtbot, app: QApplication) -> None:  # type: ignore[no-untyped-def]
    """Innbetalinger › Aldersfordeling's bar chart: dark background and light labels in the dark scheme."""
    from kontopronto_desktop.ui.payments.aging_tab import AgingChart

    def corner_and_label(scheme: Qt.ColorScheme) -> tuple[int, int]:
        palette.apply_colour_scheme(app, scheme)
        chart = AgingChart()
        qtbot.addWidget(chart)
        chart.resize(500, 200)
        chart.set_values((100_00, 50_00, 0, 0, 25_00))
        image = chart.grab().toImage()
        row = image.height() - 26  # the bucket labels' line
        label = [image.pixelColor(x, row).lightness() for x in range(image.width())]
        background = image.pixelColor(2, 2).lightness()
        return background, max(label) if background < 128 else min(label)

    dark_bg, dark_text = corner_and_label(Qt.ColorScheme.Dark)
    light_bg, light_text = corner_and_label(Qt.ColorScheme.Light)
    assert dark_bg < 96 and dark_text > 160
    assert light_bg > 160 and light_text < 96
