"""Personvern page and the Brukere tab, clicked like a user would."""

from __future__ import annotations

import json
import re
import zipfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt

from kontopronto_desktop.core import members, users
from kontopronto_desktop.core.store import Store, open_store
from kontopronto_desktop.ui.context import AppContext
from kontopronto_desktop.ui.privacy import page as privacy_page
from kontopronto_desktop.ui.privacy import person_tab
from kontopronto_desktop.ui.settings import users as settings_users


def _member(store: Store) -> None:
    with store.session() as session:
        members.create_member(session, {"name": "Sigrid Innsynsen", "email": "sigrid@example.no", "phone": "45454545"})
        members.create_member(session, {"name": "Annen Person"})


def test_find_export_and_erase_a_member(qtbot, store: Store, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _member(store)
    page = privacy_page.create_page(AppContext(store))
    qtbot.addWidget(page)
    qtbot.keyClicks(page.person_tab.search, "Innsyn")
    assert page.person_tab.results.count() == 1
    page.person_tab.results.setCurrentRow(0)
    shown_text = page.person_tab.details.toPlainText()
    assert "sigrid@example.no" in shown_text
    # a readable form: Norwegian labels and groups, never the export's keys or JSON
    assert "Kundenummer" in shown_text and "Fakturaer (0)" in shown_text and "Endringer" in shown_text
    assert "customer_number" not in shown_text and "{" not in shown_text and "payment_method" not in shown_text
    assert page.person_tab.export_button.isEnabled()
    target = tmp_path / "sigrid.zip"
    assert page.person_tab.export_selected(str(target)) == target
    with zipfile.ZipFile(target) as zf:
        assert json.loads(zf.read("innsyn.json"))["member"]["name"] == "Sigrid Innsynsen"
    shown: list[str] = []
    monkeypatch.setattr(page.person_tab, "confirm_erasure", lambda text: shown.append(text) or True)
    qtbot.mouseClick(page.person_tab.erase_button, Qt.MouseButton.LeftButton)
    assert shown and "Slettes nå" in shown[0]
    with store.session() as session:
        assert members.count_members(session, "Innsynsen", include_restricted=True) == 0
        assert members.count_members(session, "Annen") == 1
    assert page.person_tab.results.count() == 0


def test_declining_the_confirmation_erases_nothing(qtbot, store: Store, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _member(store)
    page = privacy_page.create_page(AppContext(store))
    qtbot.addWidget(page)
    qtbot.keyClicks(page.person_tab.search, "Sigrid")
    page.person_tab.results.setCurrentRow(0)
    monkeypatch.setattr(page.person_tab, "confirm_erasure", lambda text: False)
    qtbot.mouseClick(page.person_tab.erase_button, Qt.MouseButton.LeftButton)
    with store.session() as session:
        assert members.count_members(session, "Sigrid") == 1


def test_retention_dry_run_from_the_page(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    page = privacy_page.create_page(AppContext(store))
    qtbot.addWidget(page)
    page.show()
    assert page.retention_tab.schedule_table.model().rowCount() == 0  # a retention dry run: not built for a hidden tab
    page.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: not page.retention_tab.busy)  # read on the thread pool
    assert page.retention_tab.schedule_table.model().rowCount() >= 1
    whens = [page.retention_tab.schedule_table.model().index(r, 0).data()
             for r in range(page.retention_tab.schedule_table.model().rowCount())]
    assert not [w for w in whens if re.fullmatch(r"\d{4}-\d\d-\d\d", w)]  # issue 18: never ISO to the user
    assert page.retention_tab.dry_run.isChecked()
    qtbot.mouseClick(page.retention_tab.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.retention_tab.busy)
    assert "Ville gjort: 0" in page.retention_tab.run_result.text()
    page.retention_tab.dry_run.setChecked(False)
    qtbot.mouseClick(page.retention_tab.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.retention_tab.busy)
    assert "Utført" in page.retention_tab.run_result.text()
    assert page.retention_tab.log_table.model().rowCount() == 1
    assert page.retention_tab.log_table.model().index(0, 1).data() == f"{date.today():%d.%m.%Y}"


def test_users_tab_adds_a_bookkeeper_who_can_log_in(qtbot, store: Store, store_path: Path) -> None:  # type: ignore[no-untyped-def]
    tab = settings_users.create_page(AppContext(store))
    qtbot.addWidget(tab)
    assert tab.table.model().rowCount() == 1
    qtbot.keyClicks(tab.name, "kasserer")
    qtbot.keyClicks(tab.passphrase, "kasserer-passord")
    qtbot.keyClicks(tab.passphrase2, "feil-gjentakelse")
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    assert "ikke like" in tab.error.text() and tab.table.model().rowCount() == 1
    tab.passphrase2.clear()
    qtbot.keyClicks(tab.passphrase2, "kasserer-passord")
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    assert tab.table.model().rowCount() == 2 and tab.table.model().index(1, 1).data() == "Regnskapsfører"
    store.close()
    with open_store(store_path, passphrase="kasserer-passord") as s:
        assert s.role == "bookkeeper"
        other = settings_users.create_page(AppContext(s))
        qtbot.addWidget(other)
        assert not other.add_button.isEnabled() and "administrator" in other.error.text()
        assert [u.name for u in users.list_users(s)][-1] == "kasserer"


def test_a_bookkeeper_cannot_erase_from_the_page(qtbot, store: Store, store_path: Path,  # type: ignore[no-untyped-def]
                                                 monkeypatch) -> None:
    _member(store)
    users.add_user(store, "regnskap", "regnskap-passord", "bookkeeper")
    store.close()
    with open_store(store_path, passphrase="regnskap-passord") as s:
        page = privacy_page.create_page(AppContext(s))
        qtbot.addWidget(page)
        qtbot.keyClicks(page.person_tab.search, "Sigrid")
        page.person_tab.results.setCurrentRow(0)
        assert page.person_tab.export_button.isEnabled()  # innsyn is part of the bookkeeper's job
        assert not page.person_tab.erase_button.isEnabled() and "administrator" in page.person_tab.erase_button.toolTip()
        assert not page.retention_tab.dry_run.isEnabled() and page.retention_tab.dry_run.isChecked()
        # Even if the button were reachable, the core refuses and the page says why.
        warnings: list[str] = []
        monkeypatch.setattr(page.person_tab, "confirm_erasure", lambda text: True)
        monkeypatch.setattr(person_tab.QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
        page.person_tab.erase_selected()
        assert warnings and "Regnskapsfører har ikke tilgang til å slette personopplysninger" in warnings[0]
        with s.session() as session:
            assert members.count_members(session, "Sigrid") == 1


def test_unmatched_payments_ticked_go_into_export_and_erasure(qtbot, store: Store, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                              monkeypatch) -> None:
    """Personvern lists unmatched payments that name the person; the ticked ones are exported and
    pseudonymised with the person; opening the person is logged."""
    from sqlalchemy import select

    from kontopronto_desktop.core.models import AuditEntry
    from kontopronto_desktop.core.models.payment import Payment
    from tests.payments_support import pay

    _member(store)
    mine = pay(store, 45_000, payer="Sigrid Innsynsen", text="kontingent")
    pay(store, 30_000, payer="Ukjent", text="ring 45 45 45 45")  # her phone, but the user leaves it
    page = privacy_page.create_page(AppContext(store))
    qtbot.addWidget(page)
    page.show()
    qtbot.keyClicks(page.person_tab.search, "Innsyn")
    page.person_tab.results.setCurrentRow(0)
    assert page.person_tab.strays.isVisible() and page.person_tab.strays.count() == 2
    # dates dd.mm.yyyy and amounts «1 234,50 kr», not ISO dates and «kr 12.30»
    assert re.match(r"\d\d\.\d\d\.\d{4}  \d[\d\xa0]*,\d\d kr", page.person_tab.strays.item(0).text()), page.person_tab.strays.item(0).text()
    first = next(i for i in range(2) if page.person_tab.strays.item(i).data(Qt.ItemDataRole.UserRole) == mine)
    page.person_tab.strays.item(first).setCheckState(Qt.CheckState.Checked)
    assert page.person_tab.confirmed_payment_ids() == [mine]
    target = page.person_tab.export_selected(str(tmp_path / "s.zip"))
    with zipfile.ZipFile(target) as zf:
        assert [p["payment_id"] for p in json.loads(zf.read("innsyn.json"))["innbetalinger_uten_match"]] == [mine]
    shown: list[str] = []
    monkeypatch.setattr(page.person_tab, "confirm_erasure", lambda text: shown.append(text) or True)
    qtbot.mouseClick(page.person_tab.erase_button, Qt.MouseButton.LeftButton)
    assert "1 innbetaling(er) uten match" in shown[0]
    with store.session() as session:
        payer = session.scalar(select(Payment.payer_name).where(Payment.id == mine))
        accesses = session.scalars(select(AuditEntry).where(AuditEntry.action == "access")).all()
    assert payer == "[slettet]"
    assert {json.loads(a.changes)["hva"][1] for a in accesses} >= {"personvern-siden", "innsyn-eksport"}


def test_breach_log_tab_reminds_and_saves_the_ropa(qtbot, store: Store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import pypdf
    from PySide6.QtCore import QDateTime

    page = privacy_page.create_page(AppContext(store))
    qtbot.addWidget(page)
    page.show()
    tab = page.breach_tab
    assert tab.reminders.isHidden()
    qtbot.keyClicks(tab.what, "Medlemsliste sendt til feil mottaker")
    tab.discovered.setDateTime(QDateTime.currentDateTime().addSecs(-3600))
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    assert tab.table.model().rowCount() == 1 and not tab.reminders.isHidden()
    assert "Meld til Datatilsynet innen" in tab.reminders.text() and "om 70 timer" in tab.reminders.text()
    tab.table.selectRow(0)
    qtbot.mouseClick(tab.notified_button, Qt.MouseButton.LeftButton)
    assert tab.reminders.isHidden() and "Meldt til Datatilsynet" in tab.table.model().index(0, 3).data()
    path = tab.save_ropa(str(tmp_path / "ropa.pdf"))
    text = " ".join(p.extract_text() for p in pypdf.PdfReader(path).pages)
    assert "Medlemsliste sendt til feil mottaker" in text.replace("\n", " ")


def test_backup_limit_set_from_the_policy_table_within_30_days_to_3_months(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    from kontopronto_desktop.core.privacy.policy import policy_value

    page = privacy_page.create_page(AppContext(store))
    qtbot.addWidget(page)
    editor = page.retention_tab.policy_editor
    editor.select("backup_max_days")
    assert (editor.value.minimum(), editor.value.maximum(), editor.value.value()) == (30, 90, 30)
    editor.value.setValue(29)  # the spin box holds it to the range
    assert editor.value.value() == 30
    editor.value.setValue(60)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert "60 dager" in editor.status.text()
    with store.session() as session:
        assert policy_value(session, "backup_max_days") == 60


def test_a_retention_run_reaches_the_person_tab_through_the_context(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    """«Slettefrister» never touches «Innsyn og sletting»: the run says «members» changed
    (AppContext.changed); the hidden person tab waits, and when shown searches again and says the
    person it showed has been erased, instead of still showing her data."""
    from datetime import timedelta

    _member(store)
    with store.session() as session:
        sigrid = members.search_members(session, "Innsynsen", limit=1)[0].customer_number
        # ended 91 days ago with nothing on account: the retention run erases her today
        members.update_member(session, sigrid, {"ended_on": date.today() - timedelta(days=91)})
    page = privacy_page.create_page(AppContext(store))
    qtbot.addWidget(page)
    page.show()
    person, retention = page.person_tab, page.retention_tab
    qtbot.keyClicks(person.search, "Innsyn")
    person.results.setCurrentRow(0)
    assert person.selected_number() == sigrid and "sigrid@example.no" in person.details.toPlainText()
    builds = person.stale_refresh.runs
    page.tabs.setCurrentWidget(retention)
    qtbot.waitUntil(lambda: not retention.busy)  # read on the thread pool
    assert f"medlem {sigrid} slettes" in " ".join(
        retention.schedule_table.model().index(r, 1).data() for r in range(retention.schedule_table.model().rowCount()))
    retention.dry_run.setChecked(False)
    qtbot.mouseClick(retention.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not retention.busy)
    assert "Utført" in retention.run_result.text()
    # the person tab is hidden: marked stale, still as it was
    assert person.stale_refresh.stale and person.stale_refresh.runs == builds
    assert "sigrid@example.no" in person.details.toPlainText()
    page.tabs.setCurrentWidget(person)
    assert person.stale_refresh.runs == builds + 1 and not person.stale_refresh.stale
    assert person.results.count() == 0 and person.selected_number() is None
    assert person.details.toPlainText() == "Slettet. Se revisjonsloggen for hva som ble gjort."
    assert not person.export_button.isEnabled() and not person.erase_button.isEnabled()
