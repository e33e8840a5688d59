"""Innstillinger › Kanaler, clicked as a treasurer would: Nets ids, the bank's agreements file, a run by channel."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from netsgiro.enums import AvtaleGiroRegistrationType as Registration
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from kontopronto_desktop.core import members, products
from kontopronto_desktop.core.channels import avtalegiro
from kontopronto_desktop.core.invoicing import batch
from kontopronto_desktop.core.models.member import Member
from kontopronto_desktop.core.store import Store
from kontopronto_desktop.ui.context import AppContext
from kontopronto_desktop.ui.settings import channels as settings_tab
from tests.unit.test_channels_avtalegiro import agreements_file

LEFT = Qt.MouseButton.LeftButton


def _tab(qtbot, store: Store) -> settings_tab.ChannelsSettingsTab:  # type: ignore[no-untyped-def]
    tab = settings_tab.create_page(AppContext(store))
    qtbot.addWidget(tab)
    tab.show()
    return tab  # type: ignore[return-value]


def _members(store: Store) -> None:
    with store.session() as s:
        products.create_product(s, {"code": "MEDLEM", "name": "Medlemskontingent", "price": "450",
                                    "vat_rate": "exempt", "period": "yearly"})
        members.create_member(s, {"customer_number": 1001, "name": "Avtale Betaler", "street": "Gata 1",
                                  "postcode": "0150", "city": "Oslo", "email": "a@example.no"})
        members.create_member(s, {"customer_number": 2001, "name": "Bedrift AS", "kind": "organisation",
                                  "orgnr": "923609016", "street": "Bryggen 3", "postcode": "5003", "city": "Bergen",
                                  "payment_method": "ehf"})
        for number in (1001, 2001):
            members.set_member_products(s, number, [("MEDLEM", 1, None)])


def test_nets_ids_are_checked_by_field_then_saved(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    tab = _tab(qtbot, store)
    box = tab.avtalegiro
    box.customer_unit.setText("123")
    box.agreement_id.setText("000123456")
    qtbot.mouseClick(box.save_button, LEFT)
    assert "åtte siffer" in box.form.error_text("customer_unit")
    assert box.form.error_text("agreement_id") == ""
    box.customer_unit.setText("12345678")
    qtbot.mouseClick(box.save_button, LEFT)
    assert box.status.text() == "AvtaleGiro-innstillingene er lagret."
    with store.session() as s:
        assert avtalegiro.get_settings(s).customer_unit == "12345678"


def test_agreements_file_is_previewed_and_saved_only_on_yes(qtbot, store: Store,  # type: ignore[no-untyped-def]
                                                            tmp_path: Path) -> None:
    _members(store)
    path = tmp_path / "avtaler.txt"
    path.write_bytes(agreements_file([(1001, False, Registration.NEW_OR_UPDATED_AGREEMENT)]))
    tab = _tab(qtbot, store)
    box = tab.avtalegiro
    box.import_agreements(path)
    assert "1 ny" in box.confirm_box.text() and "vi må varsle" in box.confirm_box.text()
    qtbot.mouseClick(box.confirm_box.button(QMessageBox.StandardButton.No), LEFT)
    assert box.status.text() == "Ingenting ble lagret."
    with store.session() as s:
        assert s.scalar(select(Member.payment_method).where(Member.customer_number == 1001)) == "giro"
    box.import_agreements(path)
    qtbot.mouseClick(box.confirm_box.button(QMessageBox.StandardButton.Yes), LEFT)
    assert box.status.text().startswith("AvtaleGiro-avtaler: 1 ny")
    with store.session() as s:
        assert s.scalar(select(Member.payment_method).where(Member.customer_number == 1001)) == "avtalegiro"
    broken = tmp_path / "ødelagt.txt"
    broken.write_bytes(b"ikke en Nets-fil")
    box.import_agreements(broken)
    assert "ikke en gyldig Nets-fil" in box.status.text()


def test_a_run_is_split_by_channel_and_written_to_the_outbox(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    tab = _tab(qtbot, store)
    assert not tab.delivery.deliver_button.isEnabled()
    assert "Ingen fakturakjøringer ennå" in tab.delivery.result.text()
    _members(store)
    with store.session() as s:
        batch.run_batch(s, date.today(), due_days=30)
    tab.ctx.notify_changed("invoices")
    assert tab.delivery.batch.count() == 1 and tab.delivery.deliver_button.isEnabled()
    qtbot.mouseClick(tab.delivery.split_button, LEFT)
    assert "EHF 1" in tab.delivery.result.text() and "E-post 1" in tab.delivery.result.text()
    qtbot.mouseClick(tab.delivery.deliver_button, LEFT)
    qtbot.waitUntil(lambda: "Skrevet til utboksen" in tab.delivery.result.text(), timeout=30_000)
    assert "1 fil(er)" in tab.delivery.result.text()
    outbox = store.path.with_name(store.path.stem + "-utboks")
    assert len(list((outbox / "ehf").glob("ehf-faktura-*.xml"))) == 1


def test_the_member_dialog_shows_the_agreement_and_its_limit(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    from kontopronto_desktop.ui.members.dialog import MemberDialog

    _members(store)
    with store.session() as s:
        avtalegiro.import_agreements(s, agreements_file([(1001, False, Registration.NEW_OR_UPDATED_AGREEMENT)]))
        avtalegiro.set_limit(s, 1001, 150_000)
        kari = members.get_member(s, 1001)
        firm = members.get_member(s, 2001)
    dialog = MemberDialog(AppContext(store), kari)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.payment_method.currentData() == "avtalegiro"
    assert dialog.avtalegiro_status.isVisible()
    assert dialog.avtalegiro_status.text() == "AvtaleGiro aktiv (KID 000000000010017, vi varsler, grense 1\xa0500,00 kr)"
    other = MemberDialog(AppContext(store), firm)
    qtbot.addWidget(other)
    other.show()
    assert not other.avtalegiro_status.isVisible()


def test_fakturaer_shows_how_each_invoice_left(qtbot, store: Store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime

    from kontopronto_desktop.core.channels import delivery
    from kontopronto_desktop.ui.invoices import page as invoices_page

    _members(store)
    with store.session() as s:
        run = batch.run_batch(s, date.today(), due_days=30)
        delivery.deliver(s, delivery.batch_invoice_ids(s, run.batch_id), tmp_path / "utboks", datetime.now(UTC))
    page = invoices_page.create_page(AppContext(store))
    qtbot.addWidget(page)
    page.show()
    levering = page.model.HEADERS.index("Levering")
    shown = {page.model.index(row, 5).data(): page.model.index(row, levering).data()
             for row in range(page.model.rowCount())}
    assert shown["Bedrift AS"] == "EHF i utboksen"          # no SFTP set up: written, waiting for the user's upload
    assert shown["Avtale Betaler"] in ("Ikke sendt", "Ikke sendt (til utskrift)")
