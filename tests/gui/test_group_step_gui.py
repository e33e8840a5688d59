"""Konsern › Struktur: a step acquisition in a foreign subsidiary, entered as a bookkeeper would
(issue 17, item 1). Figures from the worksheet in tests/unit/test_consolidation_step_foreign.py."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt

from kontopronto_desktop.core.consolidation import acquisition, groups
from kontopronto_desktop.core.consolidation.currency import set_rates
from kontopronto_desktop.core.store import Store
from kontopronto_desktop.ui.consolidation import page as group_page
from kontopronto_desktop.ui.context import AppContext

LEFT = Qt.MouseButton.LeftButton
NORWAY = "980000099"


def norm(text: str) -> str:
    return text.replace("\u00a0", " ")


def test_foreign_step_on_the_structure_tab(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    """Dotter AB (SEK, 60 % from 1 Jan 2025, building 200 000 SEK over 10 years): 20 % more on 1 Jan
    2026 for 284 292 NOK with equity 1 100 000 SEK. Without the day's rate the step is refused; at
    0,90: 284 292 - 20 % x 990 000 - 25 272 (20 % of the building's 126 360 net at 0.90) = 61 020,
    and with the land typed (50 000 SEK, 20 % = 10 000 less 22 % tax = 7 800 SEK x 0.90 = 7 020)
    54 000. A subsidiary in NOK has no rate to give."""
    from tests.unit.test_consolidation_step_foreign import M, S

    with store.session() as s:
        g = groups.get_group(s, groups.create_group(s, "Trinn i Sverige"))
        groups.add_company(s, g, orgnr=M, name="Mor AS")
        groups.add_company(s, g, orgnr=S, name="Dotter AB", owner_pct="60", currency="SEK",
                           acquired_on=date(2025, 1, 1), cost_ore=69_360_000, equity_at_acquisition_ore=100_000_000)
        groups.add_company(s, g, orgnr=NORWAY, name="Datter Norge AS", owner_pct="60", acquired_on=date(2025, 1, 1),
                           cost_ore=100_000, equity_at_acquisition_ore=100_000)
        acquisition.add_excess(s, groups.get_company(s, g, S), group_account="1100", amount_ore=20_000_000,
                               useful_life_years=10, description="Byggnad")
        set_rates(s, g, "SEK", 2025, "0.90", "0.95", "1.00")
    page = group_page.create_page(AppContext(store))
    qtbot.addWidget(page)
    box = page.structure_tab.acquisition
    parent = page.structure_tab.tree.topLevelItem(0)
    sweden = next(parent.child(i) for i in range(parent.childCount()) if parent.child(i).text(1) == S)
    norway = next(parent.child(i) for i in range(parent.childCount()) if parent.child(i).text(1) == NORWAY)
    page.structure_tab.tree.setCurrentItem(norway)
    assert not box.step_rate.isEnabled()
    page.structure_tab.tree.setCurrentItem(sweden)
    assert box.step_rate.isEnabled()
    box.step_date.setDate(QDate(2026, 1, 1))
    qtbot.keyClicks(box.step_pct, "20")
    qtbot.keyClicks(box.step_cost, "284292")
    qtbot.keyClicks(box.step_equity, "1100000")
    qtbot.mouseClick(box.add_step_button, LEFT)
    assert "kursen for SEK på kjøpsdatoen" in page.message.text()
    assert box.analysis_choice.count() == 1  # only the first acquisition: nothing was stored
    qtbot.keyClicks(box.step_rate, "0,90")
    qtbot.mouseClick(box.add_step_button, LEFT)
    assert box.analysis_choice.currentText() == "Trinnvis oppkjøp 01.01.2026 (20 %)"
    assert box.step_rate.text() == "" and box.step_cost.text() == ""
    text = norm(box.analysis_label.text())
    assert "egenkapitalen 990 000,00" in text and "overtatt fra minoriteten 25 272,00" in text
    assert "goodwill 61 020,00" in text and "kursen 0.90" in text
    box.excess_life.setValue(0)
    qtbot.keyClicks(box.excess_amount, "50000")
    assert "goodwill 54 000,00" in norm(box.analysis_label.text())
    qtbot.mouseClick(box.add_excess_button, LEFT)
    assert box.excess_model.rowCount() == 1 and "goodwill 54 000,00" in norm(box.analysis_label.text())
    with store.session() as s:
        d = groups.get_company(s, groups.get_group(s, "Trinn i Sverige"), S)
        assert [(st.rate, st.equity_ore) for st in d.steps] == [("0.90", 110_000_000)]


def test_midyear_acquisition_shown_in_the_statements(qtbot, store: Store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Datter AS bought on 1 Apr 2026 (tests/unit/test_consolidation_midyear_acquisition.py) with the
    equity on the day typed as 1 100 000 instead of 1 000 000 + 90/365 of 365 000 = 1 090 000: the
    Konsernregnskap tab warns about it at the top, the minority's share of the result is 20 % of the
    275 000 earned after the acquisition (55 000), and the drill-down of the sales shows the 270 000
    of the first 90 days leaving the group's figures."""
    from tests.unit.test_consolidation_midyear_acquisition import build

    build(store, tmp_path, date(2026, 4, 1), "1 100 000")
    page = group_page.create_page(AppContext(store))
    qtbot.addWidget(page)
    page.year.setValue(2026)
    tab = page.statements_tab
    qtbot.mouseClick(tab.report_button, LEFT)
    qtbot.waitUntil(lambda: tab.report is not None, timeout=15_000)
    text = norm(tab.checks_label.text())
    assert "Oppkjøpet 01.04.2026 i Datter AS (980000032): egenkapitalen på datoen er oppgitt til 1 100 000,00" in text
    row = tab.is_model.rows[tab.is_model.payload.index("RS_MINORITET")]
    assert [norm(x) for x in row[-2:]] == ["55 000,00", "55 000,00"]  # eliminations, group
    tab.statement_tabs.setCurrentIndex(0)
    tab.is_view.doubleClicked.emit(tab.is_model.index(tab.is_model.payload.index("RS_SALG"), 0))
    drill = [norm(" ".join(r)) for r in tab.drill_model.rows]
    assert any("Resultat før oppkjøpet 01.04.2026" in r and "270 000,00" in r for r in drill)
