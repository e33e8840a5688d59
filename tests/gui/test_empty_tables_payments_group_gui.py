"""Empty tables say what to do in Innbetalinger › Reskontro and Aldersfordeling and on the Konsern tabs
(issue 18 item 1: «Empty tables everywhere say what to do instead of showing nothing»); the hint goes
once the table has rows."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from kontopronto_desktop.core.store import Store
from kontopronto_desktop.ui.consolidation import page as group_page
from kontopronto_desktop.ui.context import AppContext
from kontopronto_desktop.ui.payments import page as payments_page
from kontopronto_desktop.ui.widgets.empty_hint import EmptyHint
from tests.payments_support import invoice, seed_members

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "consolidation"
LEFT = Qt.MouseButton.LeftButton


def _says(hint: EmptyHint) -> str:
    """The hint's text while it is shown (its tab may be hidden), else ""."""
    return "" if hint.isHidden() else hint.text()


def test_reskontro_and_aging_say_what_to_do_and_the_hint_goes_with_rows(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    seed_members(store, ["Kari Nordmann", "Ola Nordmann"])
    page = payments_page.create_page(AppContext(store))
    qtbot.addWidget(page)
    page.show()
    ledger = page.ledger_tab
    assert "Velg et medlem over" in _says(ledger.empty_hint)
    ledger.show_ledger(1001)  # a member with nothing booked yet
    assert _says(ledger.empty_hint) == "Ingen fakturaer eller innbetalinger for dette medlemmet ennå."
    page.tabs.setCurrentWidget(page.aging_tab)
    qtbot.waitUntil(lambda: not page.aging_tab.busy and page.aging_tab.aging_report is not None, timeout=10_000)
    assert page.aging_tab.aging_model.rowCount() == 0  # no lone «Sum» row of zeros
    assert "Ingen åpne fakturaer" in _says(page.aging_tab.empty_hint)

    invoice(store, 1001, 45_000)
    page.ctx.notify_changed("invoices")
    ledger.show_ledger(1001)
    assert ledger.ledger_model.rowCount() == 1 and _says(ledger.empty_hint) == ""
    page.aging_tab.refresh_aging()
    qtbot.waitUntil(lambda: not page.aging_tab.busy, timeout=10_000)
    assert page.aging_tab.aging_model.rowCount() == 2  # the member and the sum
    assert _says(page.aging_tab.empty_hint) == ""


def test_group_tabs_say_what_to_do_when_empty_and_the_hint_goes_with_rows(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    page = group_page.create_page(AppContext(store))
    qtbot.addWidget(page)
    page.show()
    assert "«Legg til selskap»" in _says(page.structure_tab.tree_hint)
    assert "«Velg fil (SAF-T, CSV eller Excel) …»" in _says(page.import_tab.preview_hint)
    assert "«Foreslå for alle»" in _says(page.mapping_tab.mapping_hint)
    assert "«Lagre kurser for året»" in _says(page.rates_tab.rates_hint)
    assert "«Lag forslag»" in _says(page.eliminations_tab.elim_hint)
    assert "Ingen mellomværende" in _says(page.eliminations_tab.recon_hint)
    assert "«Lag konsernregnskap»" in _says(page.statements_tab.is_hint)
    assert "«Lag konsernregnskap»" in _says(page.statements_tab.bs_hint)
    assert "Ingen slettede" in _says(page.structure_tab.deleted_hint)

    page.year.setValue(2026)
    qtbot.keyClicks(page.new_group_name, "Fjellkonsern")
    qtbot.mouseClick(page.new_group_button, LEFT)
    tab = page.structure_tab
    qtbot.keyClicks(tab.company_orgnr, "910000001")
    qtbot.keyClicks(tab.company_name, "Mor AS")
    qtbot.mouseClick(tab.add_company_button, LEFT)
    assert tab.tree.topLevelItemCount() == 1 and _says(tab.tree_hint) == ""
    rates = page.rates_tab
    for field, text in ((rates.rate_currency, "SEK"), (rates.rate_closing, "0,9650"),
                        (rates.rate_average, "0,9812"), (rates.rate_historical, "1,0240")):
        field.clear()
        qtbot.keyClicks(field, text)
    qtbot.mouseClick(rates.save_rate_button, LEFT)
    assert rates.rates_model.rowCount() == 1 and _says(rates.rates_hint) == ""
    page.import_tab.choose_file(str(FIXTURES / "mor_2026.csv"))
    assert page.import_tab.preview_model.rowCount() > 0 and _says(page.import_tab.preview_hint) == ""
