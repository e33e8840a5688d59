"""Purring and Innbetalinger as a treasurer sees them: the § 3a compensation in the rates tab (kroner
per half-year), and each claim's reminder stage in the aging and the reskontro."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt

from kontopronto_desktop.core.collection import rates
from kontopronto_desktop.core.store import Store
from kontopronto_desktop.ui.context import AppContext
from kontopronto_desktop.ui.reminders import page as reminders_page

LEFT = Qt.MouseButton.LeftButton


def test_rates_tab_has_the_compensation_in_kroner_per_half_year(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    page = reminders_page.create_page(AppContext(store))
    qtbot.addWidget(page)
    page.show()
    page.tabs.setCurrentIndex(4)
    shown = [page.rates_model.data(page.rates_model.index(r, 0)) for r in range(page.rates_model.rowCount())]
    assert rates.KINDS["standardkompensasjon"] in shown
    row = shown.index(rates.KINDS["standardkompensasjon"])
    assert [page.rates_model.data(page.rates_model.index(row, c)) for c in (1, 2, 3)] == [
        "01.01.2025", "30.06.2025", "470.00"]
    assert "halvår" in page.compensation_box.toolTip() and "trekkes fra" in page.compensation_box.toolTip()
    assert page.rate_kind.findData("eurkurs") == -1 and page.rate_kind.findData("kompensasjon_eur") == -1
    page.rate_kind.setCurrentIndex(page.rate_kind.findData("standardkompensasjon"))
    page.rate_from.setDate(QDate(2025, 7, 2))
    page.rate_value.setText("480")
    qtbot.mouseClick(page.add_rate_button, LEFT)
    assert "per halvår" in page.message.text()
    page.rate_from.setDate(QDate(2025, 7, 1))
    qtbot.mouseClick(page.add_rate_button, LEFT)
    assert page.rates_model.rowCount() == len(shown) + 1
    with store.session() as s:
        assert rates.RateTable(s).compensation_ore(date(2025, 6, 30)) == 48_000  # due 30.06: 2nd half-year
