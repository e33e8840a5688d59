"""Konsern page, clicked like a bookkeeper would: structure, import wizard, mapping, rates,
eliminations, the statements with drill-down, and export."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
from PySide6.QtCore import QDate, Qt

from kontopronto_desktop.core.consolidation import groups, mapping
from kontopronto_desktop.core.store import Store
from kontopronto_desktop.ui.consolidation import page as group_page
from kontopronto_desktop.ui.context import AppContext

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "consolidation"
MOR, D1, D2 = "910000001", "911111111", "5561234567"
LEFT = Qt.MouseButton.LeftButton


def _fill(qtbot, widget, text: str) -> None:  # type: ignore[no-untyped-def]
    widget.clear()
    qtbot.keyClicks(widget, text)


def _add_company(qtbot, page, orgnr: str, name: str, pct: str = "100", currency: str = "NOK",  # type: ignore[no-untyped-def]
                 acquired: QDate | None = None, cost: str = "", equity: str = "", years: int = 0) -> None:
    _fill(qtbot, page.structure_tab.company_orgnr, orgnr)
    _fill(qtbot, page.structure_tab.company_name, name)
    _fill(qtbot, page.structure_tab.company_pct, pct)
    _fill(qtbot, page.structure_tab.company_currency, currency)
    page.structure_tab.company_acquired_on.setChecked(acquired is not None)
    if acquired is not None:
        page.structure_tab.company_acquired.setDate(acquired)
    _fill(qtbot, page.structure_tab.company_cost, cost)
    _fill(qtbot, page.structure_tab.company_equity, equity)
    page.structure_tab.company_goodwill_years.setValue(years)
    qtbot.mouseClick(page.structure_tab.add_company_button, LEFT)


def _import(qtbot, page, name: str, company: str | None = None) -> None:  # type: ignore[no-untyped-def]
    page.import_tab.choose_file(str(FIXTURES / name))
    page.import_tab.import_company.setCurrentIndex(page.import_tab.import_company.findData(company))
    before = page.import_tab.last_import
    qtbot.mouseClick(page.import_tab.import_button, LEFT)
    qtbot.waitUntil(lambda: page.import_tab.last_import is not before, timeout=15_000)


def _lists_read(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    """The Elimineringer tab reads its list and reconciliation on the thread pool: wait for them."""
    qtbot.waitUntil(lambda: not page.eliminations_tab.busy, timeout=15_000)


def test_whole_group_through_the_page(qtbot, store: Store, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    page = group_page.create_page(AppContext(store))
    qtbot.addWidget(page)
    page.year.setValue(2026)
    qtbot.keyClicks(page.new_group_name, "Fjellkonsern")
    qtbot.mouseClick(page.new_group_button, LEFT)
    assert page.group_combo.currentText() == "Fjellkonsern (NOK)"
    _add_company(qtbot, page, MOR, "Mor AS")
    _add_company(qtbot, page, D1, "Datter Én AS", "80", acquired=QDate(2025, 1, 1), cost="1000000",
                 equity="1000000")
    _add_company(qtbot, page, D2, "Datter Sverige AB", currency="SEK", acquired=QDate(2026, 1, 1), cost="500000",
                 equity="400000", years=3)
    root = page.structure_tab.tree.topLevelItem(0)
    assert root.text(0) == "Mor AS" and root.childCount() == 2 and root.child(0).text(3) == "80 %"
    # exchange rates
    _fill(qtbot, page.rates_tab.rate_currency, "SEK")
    _fill(qtbot, page.rates_tab.rate_closing, "0,9650")
    _fill(qtbot, page.rates_tab.rate_average, "0,9812")
    _fill(qtbot, page.rates_tab.rate_historical, "1,0240")
    qtbot.mouseClick(page.rates_tab.save_rate_button, LEFT)
    # shown as typed: a Norwegian decimal comma (it showed «0.9650» before)
    assert page.rates_tab.rates_model.rows == [["SEK", "2026", "0,9650", "0,9812", "1,0240"]]
    # import wizard: CSV with guessed columns, SAF-T with its warning shown, xlsx
    page.import_tab.choose_file(str(FIXTURES / "mor_2026.csv"))
    assert not page.import_tab.columns_box.isHidden() and page.import_tab.column_combos["closing"].currentText() == "utgående"
    assert page.import_tab.preview_model.rowCount() == 13
    _import(qtbot, page, "mor_2026.csv", MOR)
    _import(qtbot, page, "datter1_saft130_2026.xml")
    # (any row: the SAF-T import may warn about other things first, e.g. the fixture's orgnr check digit)
    assert any("88xx/89xx" in page.import_tab.import_warnings.item(i).text() for i in range(page.import_tab.import_warnings.count()))
    assert "Datter Én AS (911111111) 2026" in page.import_tab.import_status.text()
    _import(qtbot, page, "datter2_sek_2026.xlsx", D2)
    # re-importing asks first; saying no changes nothing
    asked: list[str] = []
    monkeypatch.setattr(page.import_tab, "confirm", lambda text: asked.append(text) or False)
    page.import_tab.choose_file(str(FIXTURES / "datter1_saft130_2026.xml"))
    qtbot.mouseClick(page.import_tab.import_button, LEFT)
    qtbot.waitUntil(lambda: page.import_tab.import_status.text() == "Ikke importert.", timeout=15_000)
    assert "allerede importert" in asked[0]
    # mapping editor: unmapped accounts block the report
    qtbot.mouseClick(page.statements_tab.report_button, LEFT)
    qtbot.waitUntil(lambda: "mangler bekreftet tilordning" in page.statements_tab.checks_label.text(), timeout=15_000)
    assert page.mapping_tab.mapping_model.rowCount() == 35
    qtbot.mouseClick(page.mapping_tab.confirm_all_button, LEFT)
    assert "35 bekreftet" in page.message.text()
    qtbot.keyClicks(page.mapping_tab.mapping_search, "8070")
    assert page.mapping_tab.mapping_model.rowCount() == 1
    page.mapping_tab.mapping_view.selectRow(0)
    page.mapping_tab.group_account_combo.setCurrentIndex(page.mapping_tab.group_account_combo.findData("8000"))
    qtbot.mouseClick(page.mapping_tab.confirm_selected_button, LEFT)
    for account in ("2801", "4001"):
        _fill(qtbot, page.mapping_tab.mapping_search, account)
        page.mapping_tab.mapping_view.selectRow(0)
        page.mapping_tab.mapping_counterparty.setCurrentIndex(page.mapping_tab.mapping_counterparty.findData(MOR))
        qtbot.mouseClick(page.mapping_tab.confirm_selected_button, LEFT)
    with store.session() as s:
        rows = {(r.orgnr, r.account): r for r in mapping.list_mappings(s, groups.get_group(s, "Fjellkonsern"), 2026)}
    assert rows[(MOR, "8070")].group_account == "8000" and rows[(D1, "4001")].counterparty == MOR
    # eliminations: proposals, accept all, the reconciliation shows the 1 000 difference
    qtbot.mouseClick(page.eliminations_tab.propose_button, LEFT)
    _lists_read(qtbot, page)
    assert page.eliminations_tab.elim_model.rowCount() == 7 and page.eliminations_tab.elim_model.rows[0][1] == "forslag"
    qtbot.mouseClick(page.eliminations_tab.accept_all_button, LEFT)
    _lists_read(qtbot, page)
    assert {r[1] for r in page.eliminations_tab.elim_model.rows} == {"godtatt"}
    diffs = [r[5].replace("\u00a0", " ").replace("\u202f", " ") for r in page.eliminations_tab.recon_model.rows]
    assert "1 000,00" in diffs
    # a manual entry that does not balance is refused with the reason
    qtbot.keyClicks(page.eliminations_tab.manual_description, "Skjev")
    qtbot.keyClicks(page.eliminations_tab.manual_lines, f"{MOR}:1550:-1000; {D1}:2460:999")
    qtbot.mouseClick(page.eliminations_tab.manual_button, LEFT)
    assert "balanserer ikke" in page.message.text() and page.eliminations_tab.elim_model.rowCount() == 7
    # the statements
    qtbot.mouseClick(page.statements_tab.report_button, LEFT)
    qtbot.waitUntil(lambda: page.statements_tab.report is not None, timeout=15_000)
    assert "stemmer" in page.statements_tab.checks_label.text()
    codes = page.statements_tab.is_model.payload
    result_row = page.statements_tab.is_model.rows[codes.index("RS_ARSRESULTAT")]
    assert result_row[0] == "Årsresultat" and result_row[-1].replace("\u00a0", " ").replace("\u202f", " ") == "479 246,15"
    assert page.statements_tab.is_model.headers[1:] == ["Mor AS", "Datter Én AS", "Datter Sverige AB", "Elimineringer", "Konsern"]
    # drill-down: double-click Bankinnskudd in the balance sheet
    page.statements_tab.statement_tabs.setCurrentIndex(1)
    row = page.statements_tab.bs_model.payload.index("BS_BANK")
    page.statements_tab.bs_view.doubleClicked.emit(page.statements_tab.bs_model.index(row, 0))
    texts = [r[0].strip() for r in page.statements_tab.drill_model.rows]
    assert texts[0] == "1920 Bankinnskudd og kontanter"
    sek = next(r for r in page.statements_tab.drill_model.rows if "Datter Sverige AB: 1920" in r[0])
    assert sek[3].replace("\u00a0", " ").replace("\u202f", " ") == "687 654,33 SEK"
    # export
    xlsx = page.statements_tab.export_xlsx(str(tmp_path / "konsern.xlsx"))
    pdf = page.statements_tab.export_pdf(str(tmp_path / "konsern.pdf"))
    assert openpyxl.load_workbook(xlsx).sheetnames == ["Resultatregnskap", "Balanse", "Elimineringer", "Tilordning"]
    assert pdf is not None and pdf.read_bytes().startswith(b"%PDF")
    # preview (issue 18 item 5): the same report in QtPdf's view, every page «Side N av M» and the print date
    qtbot.mouseClick(page.statements_tab.preview_button, LEFT)
    shown = page.statements_tab.preview
    assert shown is not None and shown.document.pageCount() >= 1
    pages = shown.document.pageCount()
    for number in range(pages):
        text = shown.document.getAllText(number).text()
        assert f"Side {number + 1} av {pages}" in text and f"Utskrevet {date.today():%d.%m.%Y}" in text


def test_unknown_company_in_a_file_is_added_after_asking(qtbot, store: Store, shared_data: Path,  # type: ignore[no-untyped-def]
                                                       monkeypatch) -> None:
    page = group_page.create_page(AppContext(store))
    qtbot.addWidget(page)
    qtbot.keyClicks(page.new_group_name, "Tøyen")
    qtbot.mouseClick(page.new_group_button, LEFT)
    _add_company(qtbot, page, MOR, "Mor AS")
    _add_company(qtbot, page, MOR, "Mor AS igjen")
    assert "allerede i konsernet" in page.message.text()
    asked: list[str] = []
    monkeypatch.setattr(page.import_tab, "confirm", lambda text: asked.append(text) or True)
    page.import_tab.choose_file(str(shared_data / "saft" / "SAF-T_Financial_888888888_20180228235959.xml"))
    assert page.import_tab.columns_box.isHidden()
    qtbot.mouseClick(page.import_tab.import_button, LEFT)
    qtbot.waitUntil(lambda: page.import_tab.last_import is not None, timeout=15_000)
    assert "ikke i konsernet" in asked[0]
    warnings = [page.import_tab.import_warnings.item(i).text() for i in range(page.import_tab.import_warnings.count())]
    assert any("Konto 1920 Bankinnskudd" in w for w in warnings)
    assert page.structure_tab.tree.topLevelItem(0).child(0).text(0) == "Tøyen Lekefabrikk AS"
    # the official 1.30 dummy file fails the schema: the reason is shown, nothing is stored
    page.import_tab.choose_file(str(shared_data / "saft" / "Eksempelfil_fra_xmlSpy_v130.xml"))
    qtbot.mouseClick(page.import_tab.import_button, LEFT)
    qtbot.waitUntil(lambda: "mangler navnerommet" in page.import_tab.import_status.text(), timeout=15_000)


def test_delete_and_restore_through_the_page(qtbot, store: Store, store_path: Path,  # type: ignore[no-untyped-def]
                                             monkeypatch) -> None:
    from kontopronto_desktop.core import users
    from kontopronto_desktop.core.store import open_store

    page = group_page.create_page(AppContext(store))
    qtbot.addWidget(page)
    qtbot.keyClicks(page.new_group_name, "Fjellkonsern")
    qtbot.mouseClick(page.new_group_button, LEFT)
    _add_company(qtbot, page, MOR, "Mor AS")
    _add_company(qtbot, page, D1, "Datter Én AS", "80")
    assert page.structure_tab.show_deleted_button.isVisibleTo(page)  # the store's creator is an administrator
    asked: list[str] = []
    answer = [False]
    monkeypatch.setattr(page.structure_tab, "confirm", lambda text: asked.append(text) or answer[0])
    # select the subsidiary in the tree and delete it; saying no changes nothing
    page.structure_tab.tree.setCurrentItem(page.structure_tab.tree.topLevelItem(0).child(0))
    qtbot.mouseClick(page.structure_tab.delete_company_button, LEFT)
    assert "Datter Én AS (911111111)" in asked[0] and "gjenopprette det i 12 måneder" in asked[0]
    assert page.structure_tab.tree.topLevelItem(0).childCount() == 1
    answer[0] = True
    qtbot.mouseClick(page.structure_tab.delete_company_button, LEFT)
    assert page.structure_tab.tree.topLevelItem(0).childCount() == 0
    assert "er slettet. Kan gjenopprettes til og med" in page.message.text()
    # the deleted list, and restoring from it
    qtbot.mouseClick(page.structure_tab.show_deleted_button, LEFT)
    assert page.structure_tab.deleted_box.isVisibleTo(page)
    assert [r[:4] for r in page.structure_tab.deleted_model.rows] == [["Selskap", "Fjellkonsern", D1, "Datter Én AS"]]
    page.structure_tab.deleted_view.selectRow(0)
    qtbot.mouseClick(page.structure_tab.restore_button, LEFT)
    assert page.structure_tab.tree.topLevelItem(0).child(0).text(1) == D1
    assert page.structure_tab.deleted_model.rows == []
    # the whole group: gone from the combo box, back after restoring
    qtbot.mouseClick(page.structure_tab.delete_group_button, LEFT)
    assert "Slette konsernet Fjellkonsern (NOK)?" in asked[-1]
    assert page.group_combo.count() == 0 and page.structure_tab.tree.topLevelItemCount() == 0
    assert [r[0] for r in page.structure_tab.deleted_model.rows] == ["Konsern"]
    page.structure_tab.deleted_view.selectRow(0)
    qtbot.mouseClick(page.structure_tab.restore_button, LEFT)
    assert page.group_combo.currentText() == "Fjellkonsern (NOK)"
    assert page.structure_tab.tree.topLevelItem(0).childCount() == 1
    # a bookkeeper may delete, but is not offered the restore list (and the core refuses)
    users.add_user(store, "regnskap", "regnskap-passord", "bookkeeper")
    users.add_user(store, "revisor", "revisor-passord", "read_only")
    page.close()
    store.close()
    with open_store(store_path, passphrase="regnskap-passord") as bk:
        bk_page = group_page.create_page(AppContext(bk))
        qtbot.addWidget(bk_page)
        assert not bk_page.structure_tab.show_deleted_button.isVisibleTo(bk_page)
        monkeypatch.setattr(bk_page.structure_tab, "confirm", lambda text: True)
        bk_page.structure_tab.tree.setCurrentItem(bk_page.structure_tab.tree.topLevelItem(0).child(0))
        qtbot.mouseClick(bk_page.structure_tab.delete_company_button, LEFT)
        assert bk_page.structure_tab.tree.topLevelItem(0).childCount() == 0
        bk_page.structure_tab.show_deleted_button.setChecked(True)  # even if the list were reached, restore is refused
        bk_page.structure_tab.deleted_view.selectRow(0)
        qtbot.mouseClick(bk_page.structure_tab.restore_button, LEFT)
        assert "Bare en administrator" in bk_page.message.text()
        assert bk_page.structure_tab.tree.topLevelItem(0).childCount() == 0
        bk_page.close()
    with open_store(store_path, passphrase="revisor-passord") as ro:  # an auditor deletes nothing
        ro_page = group_page.create_page(AppContext(ro))
        qtbot.addWidget(ro_page)
        assert not ro_page.structure_tab.delete_company_button.isEnabled() and not ro_page.structure_tab.delete_group_button.isEnabled()
        assert not ro_page.structure_tab.show_deleted_button.isVisibleTo(ro_page)
        ro_page.close()


def test_cancel_a_long_import(qtbot, store: Store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from kontopronto_desktop.core.consolidation import imports
    from tests.unit.test_consolidation_cancel import OTHER, long_saft

    big = long_saft(tmp_path / "lang.xml", 25_000)  # 50 000 GL lines
    page = group_page.create_page(AppContext(store))
    qtbot.addWidget(page)
    page.year.setValue(2026)
    qtbot.keyClicks(page.new_group_name, "Avbrutt")
    qtbot.mouseClick(page.new_group_button, LEFT)
    _add_company(qtbot, page, MOR, "Mor AS")
    _add_company(qtbot, page, OTHER, "Lang Fil AS")
    page.import_tab.choose_file(str(big))
    assert not page.import_tab.cancel_import_button.isEnabled()
    qtbot.mouseClick(page.import_tab.import_button, LEFT)
    assert page.import_tab.cancel_import_button.isEnabled() and not page.import_tab.import_button.isEnabled()
    qtbot.mouseClick(page.import_tab.cancel_import_button, LEFT)
    qtbot.waitUntil(lambda: "avbrutt" in page.import_tab.import_status.text(), timeout=30_000)
    assert page.import_tab.import_status.text() == "Importen ble avbrutt; ingenting er lagret."
    assert page.import_tab.import_button.isEnabled() and not page.import_tab.cancel_import_button.isEnabled()
    assert page.import_tab.last_import is None
    with store.session() as s:
        assert imports.list_trial_balances(s, groups.get_group(s, "Avbrutt")) == []
    # without cancelling, the same file goes in
    qtbot.mouseClick(page.import_tab.import_button, LEFT)
    qtbot.waitUntil(lambda: page.import_tab.last_import is not None, timeout=60_000)
    assert page.import_tab.last_import.gl_lines == 50_000
    assert not page.import_tab.cancel_import_button.isEnabled()


def test_acquisition_analysis_manual_flags_and_warnings(qtbot, store: Store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Issue 17 through the page: the Struktur tab's acquisition analysis (goodwill and minority as
    the user types; figures from tests/unit/test_consolidation_acquisition.py), the manual entry's
    permanent/kind/subsidiary, and the report's warnings and key figures."""
    from kontopronto_desktop.core.consolidation import imports
    from tests.unit.test_consolidation_acquisition import TBS, D, P, write_tb

    page = group_page.create_page(AppContext(store))
    qtbot.addWidget(page)
    page.year.setValue(2025)
    qtbot.keyClicks(page.new_group_name, "Merverdikonsern")
    qtbot.mouseClick(page.new_group_button, LEFT)
    _add_company(qtbot, page, P, "Mor AS")
    _add_company(qtbot, page, D, "Datter AS", "80", acquired=QDate(2025, 1, 1), cost="2500000", equity="1500000")
    page.structure_tab.tree.setCurrentItem(page.structure_tab.tree.topLevelItem(0).child(0))
    assert "Datter AS (940000002)" in page.structure_tab.acquisition.acq_title.text()
    norm = lambda text: text.replace("\u00a0", " ").replace("\u202f", " ")  # noqa: E731
    # no excess values yet: goodwill 2 500 000 - 80 % x 1 500 000 = 1 300 000
    assert "goodwill 1 300 000,00" in norm(page.structure_tab.acquisition.analysis_label.text())
    # typing the land (500 000, not depreciated) updates the figures before anything is saved
    page.structure_tab.acquisition.excess_account.setCurrentIndex(page.structure_tab.acquisition.excess_account.findData("1100"))
    qtbot.keyClicks(page.structure_tab.acquisition.excess_amount, "500000")
    assert "goodwill 988 000,00" in norm(page.structure_tab.acquisition.analysis_label.text())  # 1 300 000 - 80 % x 390 000
    assert "med merverdien du skriver inn" in page.structure_tab.acquisition.analysis_label.text()
    qtbot.keyClicks(page.structure_tab.acquisition.excess_description, "Tomt")
    qtbot.mouseClick(page.structure_tab.acquisition.add_excess_button, LEFT)
    assert norm(" | ".join(page.structure_tab.acquisition.excess_model.rows[0][1:])) == "1100 | Tomt | 500 000,00 | avskrives ikke | 22 % | 110 000,00"
    qtbot.keyClicks(page.structure_tab.acquisition.excess_amount, "1000000")
    page.structure_tab.acquisition.excess_life.setValue(10)
    qtbot.mouseClick(page.structure_tab.acquisition.add_excess_button, LEFT)
    assert page.structure_tab.acquisition.excess_model.rowCount() == 2
    text = norm(page.structure_tab.acquisition.analysis_label.text())
    assert "goodwill 364 000,00" in text and "Minoritet ved oppkjøp 534 000,00" in text
    # a wrong life is refused with the reason
    qtbot.keyClicks(page.structure_tab.acquisition.excess_amount, "1")
    page.structure_tab.acquisition.excess_account.setCurrentIndex(page.structure_tab.acquisition.excess_account.findData("1200"))
    page.structure_tab.acquisition.excess_life.setValue(0)
    page.structure_tab.acquisition.excess_tax.setText("150")
    qtbot.mouseClick(page.structure_tab.acquisition.add_excess_button, LEFT)
    assert "skattesats" in page.message.text() and page.structure_tab.acquisition.excess_model.rowCount() == 2
    page.structure_tab.acquisition.excess_tax.setText("22")
    page.structure_tab.acquisition.excess_amount.clear()
    # full goodwill as the group's setting: the minority's goodwill shows
    page.structure_tab.acquisition.goodwill_method.setCurrentIndex(page.structure_tab.acquisition.goodwill_method.findData("full"))
    page.structure_tab.acquisition.goodwill_method.activated.emit(page.structure_tab.acquisition.goodwill_method.currentIndex())
    assert "minoritetens goodwill 91 000,00" in norm(page.structure_tab.acquisition.analysis_label.text())
    page.structure_tab.acquisition.goodwill_method.setCurrentIndex(page.structure_tab.acquisition.goodwill_method.findData("proportionate"))
    page.structure_tab.acquisition.goodwill_method.activated.emit(page.structure_tab.acquisition.goodwill_method.currentIndex())
    # trial balances for 2025 (as in the unit test), mapped; a receivable with no counterpart booked
    rows = dict(TBS[2025])
    rows[P] = rows[P] + [("1550", "Fordring Datter AS", "1000"), ("1920", "Bank", "-1000")]
    with store.session() as s:
        g = groups.get_group(s, "Merverdikonsern")
        for orgnr, lines in rows.items():
            imports.import_trial_balance(s, g, imports.read_file(write_tb(tmp_path, orgnr, lines)), year=2025,
                                         company_orgnr=orgnr)
        mapping.auto_map(s, g, 2025, confirm=True)
        mapping.set_mapping(s, g, P, "1550", counterparty_orgnr=D)
    page.refresh_all()
    qtbot.mouseClick(page.eliminations_tab.propose_button, LEFT)
    qtbot.mouseClick(page.eliminations_tab.accept_all_button, LEFT)
    _lists_read(qtbot, page)
    # a permanent manual entry belonging to the subsidiary
    qtbot.keyClicks(page.eliminations_tab.manual_description, "Varig retting")
    qtbot.keyClicks(page.eliminations_tab.manual_lines, f"{D}:6300:1000; {D}:2990:-1000")
    page.eliminations_tab.manual_permanent.setChecked(True)
    page.eliminations_tab.manual_belongs.setCurrentIndex(page.eliminations_tab.manual_belongs.findData(D))
    qtbot.mouseClick(page.eliminations_tab.manual_button, LEFT)
    _lists_read(qtbot, page)
    row = next(r for r in page.eliminations_tab.elim_model.rows if r[3] == "Varig retting")
    assert row[6:] == ["varig fra 2025", "", D]
    # the report: the open 1 000 first, then the checks and the key figures
    qtbot.mouseClick(page.statements_tab.report_button, LEFT)
    qtbot.waitUntil(lambda: page.statements_tab.report is not None, timeout=15_000)
    lines = norm(page.statements_tab.checks_label.text()).splitlines()
    assert lines[0].startswith("Advarsel: Avstemmingsdifferanse, mellomværende 940000001 / 940000002: 1 000,00")
    assert any(line.startswith("Goodwill 291 200,00; merverdier 1 400 000,00; utsatt skatt på merverdier "
                               "308 000,00; minoritet 558 200,00") for line in lines)
    # closing it with a manual entry that says what it eliminates removes the warning
    qtbot.keyClicks(page.eliminations_tab.manual_description, "Ubokført hos datter")
    qtbot.keyClicks(page.eliminations_tab.manual_lines, f"{P}:1550:-1000; {P}:3000:1000")
    page.eliminations_tab.manual_kind.setCurrentIndex(page.eliminations_tab.manual_kind.findData("receivable_payable"))
    page.eliminations_tab.manual_belongs.setCurrentIndex(0)
    qtbot.mouseClick(page.eliminations_tab.manual_button, LEFT)
    _lists_read(qtbot, page)
    assert next(r for r in page.eliminations_tab.elim_model.rows if r[3] == "Ubokført hos datter")[6:] == [
        "bare 2025", "Mellomværende", ""]
    page.statements_tab.report = None
    qtbot.mouseClick(page.statements_tab.report_button, LEFT)
    qtbot.waitUntil(lambda: page.statements_tab.report is not None, timeout=15_000)
    assert "Avstemmingsdifferanse" not in page.statements_tab.checks_label.text()
    # the next year: the permanent entry is listed as carried, and is deleted only in its own year
    page.year.setValue(2026)
    _lists_read(qtbot, page)
    carried = next(i for i, r in enumerate(page.eliminations_tab.elim_model.rows) if "Varig retting" in r[3])
    assert page.eliminations_tab.elim_model.rows[carried][6] == "videreført fra 2025"
    assert not any("Ubokført hos datter" in r[3] for r in page.eliminations_tab.elim_model.rows)  # that one was for 2025 only
    page.eliminations_tab.elim_view.selectRow(carried)
    qtbot.mouseClick(page.eliminations_tab.delete_elim_button, LEFT)
    assert "videreført fra 2025; velg 2025" in page.message.text()
    assert any("Varig retting" in r[3] for r in page.eliminations_tab.elim_model.rows)


def test_step_acquisition_through_the_page(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    """The step of tests/unit/test_consolidation_step.py entered on the Struktur tab: goodwill 2 =
    280 000 - 20 % x 1 100 000 - 14 040 (20 % of the building still carried) - 20 % x 39 000 = 38 160."""
    from tests.unit.test_consolidation_step import D, P

    page = group_page.create_page(AppContext(store))
    qtbot.addWidget(page)
    qtbot.keyClicks(page.new_group_name, "Trinnkonsern")
    qtbot.mouseClick(page.new_group_button, LEFT)
    _add_company(qtbot, page, P, "Mor AS")
    _add_company(qtbot, page, D, "Datter AS", "60", acquired=QDate(2025, 1, 1), cost="700000", equity="1000000")
    page.structure_tab.tree.setCurrentItem(page.structure_tab.tree.topLevelItem(0).child(0))
    qtbot.keyClicks(page.structure_tab.acquisition.excess_amount, "100000")
    page.structure_tab.acquisition.excess_life.setValue(10)
    qtbot.mouseClick(page.structure_tab.acquisition.add_excess_button, LEFT)
    page.structure_tab.acquisition.step_date.setDate(QDate(2026, 1, 1))
    qtbot.keyClicks(page.structure_tab.acquisition.step_pct, "20")
    qtbot.keyClicks(page.structure_tab.acquisition.step_cost, "280000")
    qtbot.keyClicks(page.structure_tab.acquisition.step_equity, "1100000")
    qtbot.mouseClick(page.structure_tab.acquisition.add_step_button, LEFT)
    assert page.structure_tab.acquisition.analysis_choice.currentText() == "Trinnvis oppkjøp 01.01.2026 (20 %)"
    assert page.structure_tab.tree.topLevelItem(0).child(0).text(3) == "80 %"
    assert page.structure_tab.acquisition.excess_model.rowCount() == 0  # the step's own excess values, none yet
    norm = lambda text: text.replace("\u00a0", " ").replace("\u202f", " ")  # noqa: E731
    assert "goodwill 45 960,00" in norm(page.structure_tab.acquisition.analysis_label.text())  # before the land: 280 000 - 220 000 - 14 040
    page.structure_tab.acquisition.excess_life.setValue(0)
    qtbot.keyClicks(page.structure_tab.acquisition.excess_amount, "50000")
    assert "goodwill 38 160,00" in norm(page.structure_tab.acquisition.analysis_label.text())  # as typed
    qtbot.mouseClick(page.structure_tab.acquisition.add_excess_button, LEFT)
    assert page.structure_tab.acquisition.excess_model.rowCount() == 1 and page.structure_tab.acquisition.analysis_choice.currentData() is not None
    assert "goodwill 38 160,00" in norm(page.structure_tab.acquisition.analysis_label.text())
    page.structure_tab.acquisition.analysis_choice.setCurrentIndex(0)
    page.structure_tab.acquisition.analysis_choice.activated.emit(0)
    assert page.structure_tab.acquisition.excess_model.rowCount() == 1 and page.structure_tab.acquisition.excess_model.rows[0][1] == "1100"  # the building
