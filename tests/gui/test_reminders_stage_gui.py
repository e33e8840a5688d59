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
    rates_model = page.rates_tab.rates_model
    shown = [rates_model.data(rates_model.index(r, 0)) for r in range(rates_model.rowCount())]
    assert rates.KINDS["standardkompensasjon"] in shown
    row = shown.index(rates.KINDS["standardkompensasjon"])
    assert [page.rates_tab.rates_model.data(page.rates_tab.rates_model.index(row, c)) for c in (1, 2, 3)] == [
        "01.01.2025", "30.06.2025", "470.00"]
    assert "halvår" in page.rates_tab.compensation_box.toolTip() and "trekkes fra" in page.rates_tab.compensation_box.toolTip()
    assert page.rates_tab.rate_kind.findData("eurkurs") == -1 and page.rates_tab.rate_kind.findData("kompensasjon_eur") == -1
    page.rates_tab.rate_kind.setCurrentIndex(page.rates_tab.rate_kind.findData("standardkompensasjon"))
    page.rates_tab.rate_from.setDate(QDate(2025, 7, 2))
    page.rates_tab.rate_value.setText("480")
    qtbot.mouseClick(page.rates_tab.add_rate_button, LEFT)
    assert "per halvår" in page.message.text()
    page.rates_tab.rate_from.setDate(QDate(2025, 7, 1))
    qtbot.mouseClick(page.rates_tab.add_rate_button, LEFT)
    assert page.rates_tab.rates_model.rowCount() == len(shown) + 1
    with store.session() as s:
        assert rates.RateTable(s).compensation_ore(date(2025, 6, 30)) == 48_000  # due 30.06: 2nd half-year


def test_run_preview_names_the_compensation_of_a_business_debtor(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    from kontopronto_desktop.core import members
    from tests.collection_support import DUE, charge_everything
    from tests.payments_support import invoice, seed_members

    seed_members(store, ["Kari Hansen"])
    with store.session() as s:
        members.create_member(s, {"customer_number": 2001, "name": "Bedrift AS", "kind": "organisation",
                                  "orgnr": "974760673", "street": "Veien 2", "postcode": "0150", "city": "Oslo"})
    for customer in (1001, 2001):
        invoice(store, customer, 45_000, invoice_date=date(2025, 1, 10), due_date=DUE)
    charge_everything(store, business_compensation=True, charge_interest=False)
    page = reminders_page.create_page(AppContext(store))
    qtbot.addWidget(page)
    page.show()
    page.issued_tab.open_run_wizard()
    wizard = page.issued_tab.dialog
    assert wizard is not None
    on = date(2025, 2, 14)
    wizard.run_date.setDate(QDate(on.year, on.month, on.day))
    wizard.next()
    qtbot.waitUntil(lambda: not wizard.planning)  # the plan is computed on the thread pool
    assert "Standardkompensasjon (§ 3a): 470,00 kr" in wizard.preview_label.text().replace("\xa0", " ")
    items = [wizard.sample.item(i).text().replace("\xa0", " ") for i in range(wizard.sample.count())]
    assert any("Bedrift AS" in t and "gebyr 0,00" in t and "kompensasjon 470,00" in t for t in items)
    assert any("Kari Hansen" in t and "gebyr 35,00" in t and "kompensasjon" not in t for t in items)
    wizard.reject()


def test_hold_all_of_a_members_claims_from_the_page(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    from kontopronto_desktop.core.collection import runs
    from tests.collection_support import DUE
    from tests.payments_support import invoice, seed_members

    seed_members(store, ["Kari Hansen", "Per Olsen"])
    numbers = [invoice(store, c, 45_000, invoice_date=date(2025, 1, 10), due_date=DUE).number for c in (1001, 1001, 1002)]
    page = reminders_page.create_page(AppContext(store))
    qtbot.addWidget(page)
    page.show()
    page.tabs.setCurrentIndex(1)
    page.holds_tab.hold_reason.setText("avtalt nedbetaling")
    qtbot.mouseClick(page.holds_tab.hold_button, LEFT)  # neither an invoice nor a member
    assert "Velg enten en faktura eller et medlem" in page.message.text() and page.holds_tab.holds_model.rowCount() == 0
    page.holds_tab.hold_invoice.setValue(0)
    page.holds_tab.hold_member.setValue(1001)
    page.holds_tab.hold_until.setDate(QDate(2025, 3, 31))
    qtbot.mouseClick(page.holds_tab.hold_button, LEFT)
    assert page.message.text() == ("Purringer for alle krav til Kari Hansen (kundenr. 1001), Gata 0, 0150 Oslo "
                                   "er stanset til og med 31.03.2025.")  # the member named, not a bare number
    assert [page.holds_tab.holds_model.data(page.holds_tab.holds_model.index(0, c)) for c in (1, 2, 3)] == ["", "1001", "31.03.2025"]
    with store.session() as s:
        plan = runs.plan_run(s, date(2025, 3, 31))
    assert sorted(h.number for h in plan.held) == sorted(numbers[:2])
    assert [r.customer_number for r in plan.reminders] == [1002]


def test_aging_and_reskontro_tabs_show_each_claims_reminder_stage(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    from datetime import timedelta

    from kontopronto_desktop.core.collection import holds, runs
    from kontopronto_desktop.ui.payments import page as payments_page
    from tests.collection_support import DUE, charge_everything
    from tests.payments_support import invoice, seed_members

    seed_members(store, ["Kari Hansen", "Per Olsen", "Anne Berg"])
    kari, per, _anne = (invoice(store, c, 45_000, invoice_date=date(2025, 1, 10), due_date=DUE).number
                        for c in (1001, 1002, 1003))
    charge_everything(store, plan=["purring", "purring", "inkassovarsel"], charge_interest=False)
    first = DUE + timedelta(days=14)
    with store.session() as s:
        runs.issue_run(s, first)
    with store.session() as s:
        runs.issue_run(s, first + timedelta(days=14))
    until = date.today() + timedelta(days=30)  # the reskontro tab judges at today's date
    with store.session() as s:  # after Per's second reminder
        holds.put_on_hold(s, until=until, reason="tvist", invoice_number=per)
    page = payments_page.create_page(AppContext(store))
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    page.tabs.setCurrentIndex(3)
    tab = page.aging_tab
    tab.aging_date.setDate(QDate(2025, 3, 31))
    qtbot.waitUntil(lambda: not tab.busy, timeout=10_000)  # computed on the thread pool
    model = tab.aging_model
    assert model.headerData(7, Qt.Orientation.Horizontal) == "Purretrinn"
    stages = {model.data(model.index(r, 1)): model.data(model.index(r, 7)) for r in range(model.rowCount())}
    # Anne's claim was reminded too (every member got the same two runs); the held one says so
    assert stages["Kari Hansen"] == "Purring 2" and stages["Per Olsen"] == "Purring 2 (stanset)"
    assert stages["Sum"] == ""
    assert model.data(model.index(model.rowCount() - 1, 8)).replace("\xa0", " ") == "1 560,00"  # 3 x (450 + 2 x 35)
    page.ctx.member_ledger_requested.emit(1002)
    led = page.ledger_tab
    kinds = [ln.kind for ln in led.ledger_model.rows]
    assert kinds.count("purring") == 2  # each letter is a line without amount
    assert f"Faktura {per}: 450,00 kr" in led.ledger_open.text().replace("\xa0", " ")
    assert f"Purring 2, stanset til og med {until:%d.%m.%Y}" in led.ledger_open.text()
    page.ctx.member_ledger_requested.emit(1001)
    assert f"Faktura {kari}" in led.ledger_open.text() and "Purring 2)" in led.ledger_open.text()


def test_handover_list_shows_the_compensation(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    from datetime import timedelta

    from kontopronto_desktop.core import members
    from kontopronto_desktop.core.collection import runs
    from tests.collection_support import DUE, charge_everything
    from tests.payments_support import invoice, seed_members

    seed_members(store, [])
    with store.session() as s:
        members.create_member(s, {"customer_number": 2001, "name": "Bedrift AS", "kind": "organisation",
                                  "orgnr": "974760673", "street": "Veien 2", "postcode": "0150", "city": "Oslo"})
    invoice(store, 2001, 100_000, invoice_date=date(2025, 1, 10), due_date=DUE)
    charge_everything(store, business_compensation=True, charge_interest=False)
    for days in (14, 28):
        with store.session() as s:
            runs.issue_run(s, DUE + timedelta(days=days))
    page = reminders_page.create_page(AppContext(store))
    qtbot.addWidget(page)
    page.show()
    page.tabs.setCurrentIndex(2)  # judged at today's date: long past the varsel's deadline
    qtbot.waitUntil(lambda: not page.handover_tab.busy)  # read on the thread pool
    model = page.handover_tab.handover_model
    header = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    row = {h: (model.data(model.index(0, c)) or "").replace("\xa0", " ") for c, h in enumerate(header)}
    assert (row["Gebyr"], row["Kompensasjon"], row["Åpent"]) == ("0,00", "470,00", "1 470,00")
