"""Konsern: the statements and the Elimineringer tab's list and reconciliation are computed on the
thread pool with a busy line, give the same figures as the core called directly, and a newer request
(another year chosen while a build runs) supersedes the older one."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt

from kontopronto_desktop.core.consolidation import eliminations, groups, statements
from kontopronto_desktop.core.store import Store
from kontopronto_desktop.ui.consolidation import page as group_page
from kontopronto_desktop.ui.context import AppContext
from kontopronto_desktop.ui.widgets.money import plain_amount

LEFT = Qt.MouseButton.LeftButton


def _page(qtbot, store: Store, tmp_path: Path):  # type: ignore[no-untyped-def]
    from tests.unit.test_consolidation_midyear_acquisition import build

    build(store, tmp_path, date(2026, 4, 1))
    page = group_page.create_page(AppContext(store))
    qtbot.addWidget(page)
    return page


def test_statements_on_the_pool_match_the_core_and_a_newer_year_wins(qtbot, store: Store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, store, tmp_path)
    page.year.setValue(2026)
    tab = page.statements_tab
    qtbot.mouseClick(tab.report_button, LEFT)
    assert tab.busy and not tab.report_button.isEnabled() and tab.checks_label.text() == "Lager konsernregnskapet …"
    qtbot.waitUntil(lambda: not tab.busy, timeout=15_000)
    assert tab.report_button.isEnabled() and tab.report is not None and tab.report.year == 2026
    with store.session() as s:
        direct = statements.build_report(s, groups.get_group(s, "Kjøpt i april"), 2026)
    shown = {code: row for code, row in zip(tab.is_model.payload, tab.is_model.rows, strict=True)}
    for line in direct.income_statement:
        assert shown[line.code][1:] == [plain_amount(line.amounts[c.key]) for c in direct.columns]
    # a build for 2026 is running when 2025 is chosen: the 2026 result is dropped, and 2025's answer
    # (no trial balances imported for that year) is what the tab shows
    delivered = tab.report_job.delivered
    qtbot.mouseClick(tab.report_button, LEFT)
    page.year.setValue(2025)
    assert tab.busy
    qtbot.waitUntil(lambda: not tab.busy, timeout=15_000)
    assert tab.report_job.delivered == delivered  # the 2026 report built meanwhile was not painted
    assert tab.checks_label.text() == "Ingen saldobalanser er importert for Kjøpt i april 2025."
    assert tab.report_button.isEnabled()


def test_eliminations_list_and_reconciliation_are_read_on_the_pool(qtbot, store: Store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, store, tmp_path)
    tab = page.eliminations_tab
    page.year.setValue(2026)
    assert tab.busy and tab.busy_line.isVisibleTo(tab) and "Henter elimineringer og avstemming for 2026" in tab.busy_line.text()
    qtbot.waitUntil(lambda: not tab.busy, timeout=15_000)
    assert not tab.busy_line.isVisibleTo(tab)
    with store.session() as s:
        g = groups.get_group(s, "Kjøpt i april")
        ids = [e.id for e in eliminations.list_eliminations(s, g, 2026) + eliminations.carried_forward(s, g, 2026)]
        recon = eliminations.reconciliation(s, g, 2026)
    assert ids and [int(r[0]) for r in tab.elim_model.rows] == ids
    assert tab.recon_model.rowCount() == len(recon)
    assert [tab.manual_belongs.itemText(i) for i in range(tab.manual_belongs.count())] == [
        "ingen (hele konsernet)", "Datter AS (980000032)"]
    # two refreshes in a row (a year and back): only the newest is painted
    delivered = tab.job.delivered
    page.year.setValue(2025)
    page.year.setValue(2026)
    qtbot.waitUntil(lambda: not tab.busy, timeout=15_000)
    assert tab.job.delivered == delivered + 1 and [int(r[0]) for r in tab.elim_model.rows] == ids
