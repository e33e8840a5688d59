"""Fakturaer page and the invoicing/e-mail settings tabs, clicked like a user would."""

from __future__ import annotations

import email
import socket
from datetime import date
from pathlib import Path

from aiosmtpd.controller import Controller
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QPushButton, QWizard

from kontopronto_desktop.core.invoicing import batch, invoices
from kontopronto_desktop.core.invoicing.email import get_email_settings
from kontopronto_desktop.core.invoicing.settings import get_invoice_settings
from kontopronto_desktop.core.store import Store
from kontopronto_desktop.ui.context import AppContext
from kontopronto_desktop.ui.invoices import page as invoices_page
from kontopronto_desktop.ui.settings import email as settings_email
from kontopronto_desktop.ui.settings import invoicing as settings_invoicing
from tests.invoicing_support import seed

LEFT = Qt.MouseButton.LeftButton


def _page(qtbot, store: Store) -> invoices_page.InvoicesPage:  # type: ignore[no-untyped-def]
    page = invoices_page.create_page(AppContext(store))
    qtbot.addWidget(page)
    page.show()
    return page  # type: ignore[return-value]


def test_batch_wizard_preview_then_run(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    seed(store, count=6)
    page = _page(qtbot, store)
    assert page.model.rowCount() == 0
    qtbot.mouseClick(page.run_button, LEFT)
    wizard = page.dialog
    assert isinstance(wizard, invoices_page.BatchWizard)
    wizard.invoice_date.setDate(wizard.invoice_date.date().addDays(0))
    wizard.next()
    qtbot.mouseClick(wizard.by_product, LEFT)
    wizard.product.setCurrentIndex(wizard.product.findData("DRAKT"))
    wizard.next()
    assert "3 fakturaer" in wizard.preview_label.text() and "Ingenting er lagret" in wizard.preview_label.text()
    assert wizard.sample.count() == 3
    # the expected split by channel, before anything is issued (paper for those without e-mail)
    assert wizard.preview is not None and sum(wizard.preview.channels.values()) == 3
    expected = {"email": "e-post", "print": "utskrift"}
    shown = ", ".join(f"{expected[c]} {n}" for c, n in wizard.preview.channels.items() if n)
    assert f"Forventet utsending: {shown}." in wizard.preview_label.text()
    assert wizard.preview.channels["print"] == wizard.preview.needs_print
    with store.session() as s:
        assert invoices.list_invoices(s) == []
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), LEFT)
    qtbot.waitUntil(lambda: wizard.result_data is not None, timeout=10_000)
    assert wizard.result_data.count == 3
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=5_000)
    assert "Fakturakjøring" in page.message.text()
    assert "3 fakturaer" in page.totals.text() and "4 499,94" in page.totals.text().replace("\xa0", " ")
    assert page.model.data(page.model.index(0, 0)) == "3"


def test_cancelled_run_writes_nothing(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    seed(store, count=6)
    page = _page(qtbot, store)
    page.open_batch_wizard()
    wizard = page.dialog
    wizard.next()
    wizard.next()
    # another writer holds the store, so the run waits for its turn while the user presses Avbryt
    blocker = store.engine.connect()
    blocker.begin()
    blocker.exec_driver_sql("UPDATE invoice_series SET next_number = next_number")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), LEFT)
    qtbot.mouseClick(page.progress.findChild(QPushButton), LEFT)  # "Avbryt"
    blocker.rollback()
    blocker.close()
    qtbot.waitUntil(lambda: "avbrutt" in page.message.text(), timeout=10_000)
    with store.session() as s:
        assert invoices.list_invoices(s) == []


def test_new_invoice_dialog_view_pdf_and_credit(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    seed(store)
    page = _page(qtbot, store)
    qtbot.mouseClick(page.new_button, LEFT)
    dlg = page.dialog
    dlg.member.setValue(1002)
    dlg.product.setCurrentIndex(dlg.product.findData("MEDLEM"))
    qtbot.mouseClick(dlg.add_button, LEFT)
    dlg.product.setCurrentIndex(dlg.product.findData("KAFE"))
    dlg.qty.setValue(4)
    qtbot.keyClicks(dlg.price, "12,50")
    qtbot.mouseClick(dlg.add_button, LEFT)
    assert dlg.lines.count() == 2
    qtbot.mouseClick(dlg.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)
    assert dlg.issued is not None and dlg.issued.number == 1
    # 450 + 4 x 12.50 + 15% of 50.00
    assert dlg.issued.total_ore == 45000 + 5000 + 750
    assert page.model.rowCount() == 1
    page.table.selectRow(0)
    assert "Medlem Nummer1" in page.detail.toPlainText() and "Kafé" in page.detail.toPlainText()
    opened: list[QUrl] = []
    page.open_url = opened.append
    qtbot.mouseClick(page.pdf_button, LEFT)
    assert len(opened) == 1
    text = PdfReader(opened[0].toLocalFile()).pages[0].extract_text()
    assert dlg.issued.kid in text
    # credit part of it: the amount is refused without a line (two VAT rates); on line 2 it follows 15 %
    qtbot.mouseClick(page.credit_button, LEFT)
    cdlg = page.dialog
    assert cdlg.table.rowCount() == 2 and cdlg.whole.isChecked()
    assert "507,50" in cdlg.whole.text().replace("\xa0", " ")
    cdlg.set_line(2, amount="23")
    assert cdlg.by_lines.isChecked()
    qtbot.keyClicks(cdlg.reason, "Feil antall")
    qtbot.mouseClick(cdlg.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)
    assert cdlg.note is not None and cdlg.note.number == 2
    assert [(ln.net_ore, ln.vat_ore) for ln in cdlg.note.lines] == [(-2000, -300)]
    assert cdlg.note.invoice_date == date.today()
    assert page.model.rowCount() == 2
    assert page.model.data(page.model.index(0, 1)) == "Kreditnota"
    page.select_number(2)
    detail = page.detail.toPlainText()
    assert "Kreditnotadato" in detail and f"Gjelder faktura 1 av {date.today():%d.%m.%Y}" in detail
    # too much on a line is refused with a message, nothing written
    page.select_number(1)
    page.open_credit()
    cdlg = page.dialog
    cdlg.set_line(1, quantity=2)
    qtbot.mouseClick(cdlg.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)
    assert "mellom 1 og 1" in cdlg.error.text()
    cdlg.set_line(1, amount="10000")
    qtbot.mouseClick(cdlg.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)
    assert "høyst" in cdlg.error.text()
    assert page.model.rowCount() == 2


def test_unusual_date_needs_the_tick_and_reprint_is_the_issued_pdf(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    from datetime import timedelta

    from kontopronto_desktop.core import organisation
    from tests.conftest import ORG

    seed(store)
    page = _page(qtbot, store)
    page.open_new_invoice()
    dlg = page.dialog
    dlg.member.setValue(1001)
    dlg.product.setCurrentIndex(dlg.product.findData("MEDLEM"))
    dlg.invoice_date.setDate(dlg.invoice_date.date().addDays(45))
    assert dlg.delivery_date.date() == dlg.invoice_date.date()  # follows until set
    ok = dlg.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, LEFT)
    assert dlg.issued is None and "mer enn 30 dager" in dlg.error.text() and dlg.date_ok.box.isVisible()
    dlg.date_ok.box.setChecked(True)
    qtbot.mouseClick(ok, LEFT)
    assert dlg.issued is not None, dlg.error.text()
    assert dlg.issued.invoice_date == date.today() + timedelta(days=45)
    page.refresh()
    page.select_number(1)
    assert "SHA-256" in page.detail.toPlainText()
    opened: list[QUrl] = []
    page.open_url = opened.append
    qtbot.mouseClick(page.pdf_button, LEFT)
    first = Path(opened[0].toLocalFile()).read_bytes()
    with store.session() as s:
        organisation.save_organisation(s, {**ORG, "name": "Annet Navn IL"})
    qtbot.mouseClick(page.pdf_button, LEFT)
    assert Path(opened[1].toLocalFile()).read_bytes() == first
    assert "Annet Navn" not in PdfReader(opened[1].toLocalFile()).pages[0].extract_text()


def test_filters_and_search(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    seed(store, count=4)
    with store.session() as s:
        batch.run_batch(s, date(2020, 1, 1))  # long overdue
        invoices.new_invoice(s, 1001, [("KAFE", 1, None)])
    page = _page(qtbot, store)
    assert page.model.rowCount() == 5
    page.status_filter.setCurrentIndex(page.status_filter.findData("forfalt"))
    assert page.model.rowCount() == 4
    page.status_filter.setCurrentIndex(0)
    page.period_filter.setCurrentIndex(page.period_filter.findData("month"))
    assert page.model.rowCount() == 1
    page.period_filter.setCurrentIndex(0)
    qtbot.keyClicks(page.search, "Nummer2")  # the search runs after a pause in the typing
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5_000)
    assert page.model.rows[0].customer_number == 1003


def test_send_all_unsent_and_export_batch(qtbot, store: Store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    seed(store, count=4)
    received: list[str] = []

    class Handler:
        async def handle_DATA(self, server, session, envelope):  # noqa: ANN001
            received.append(email.message_from_bytes(envelope.content)["To"])
            return "250 OK"

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    controller = Controller(Handler(), hostname="127.0.0.1", port=port)
    controller.start()
    try:
        tab = settings_email.create_page(AppContext(store))
        qtbot.addWidget(tab)
        qtbot.keyClicks(tab.host, "127.0.0.1")
        tab.port.setValue(port)
        tab.security.setCurrentIndex(tab.security.findData("none"))
        qtbot.keyClicks(tab.sender_address, "faktura@testlaget.no")
        qtbot.mouseClick(tab.save_button, LEFT)
        assert "lagret" in tab.status.text()
        with store.session() as s:
            batch_id = batch.run_batch(s, date(2026, 3, 1)).batch_id
        page = _page(qtbot, store)
        qtbot.waitUntil(page.send_all_button.isEnabled)  # on when the pool has counted what waits to be sent
        qtbot.mouseClick(page.send_all_button, LEFT)
        qtbot.waitUntil(lambda: page.last_send is not None, timeout=15_000)
    finally:
        controller.stop()
    assert len(page.last_send.sent) == 2 and len(page.last_send.skipped_no_email) == 2
    assert "Sendt: 2" in page.message.text()
    assert len(received) == 2
    qtbot.waitUntil(lambda: sum(1 for r in page.model.rows if r.email_sent_at) == 2, timeout=5_000)
    page.table.selectRow(0)
    page.choose_folder = lambda: str(tmp_path / "ut")
    qtbot.mouseClick(page.export_button, LEFT)
    qtbot.waitUntil(lambda: "PDF-er i" in page.message.text(), timeout=15_000)
    assert (tmp_path / "ut" / f"fakturakjoring-{batch_id}-til-utskrift.pdf").is_file()
    assert len(list((tmp_path / "ut").glob("faktura-*.pdf"))) == 4


def test_invoicing_settings_tab(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    tab = settings_invoicing.create_page(AppContext(store))
    qtbot.addWidget(tab)
    assert tab.due_days.value() == 14
    tab.due_days.setValue(30)
    tab.kid_scheme.setCurrentIndex(tab.kid_scheme.findData("mod11"))
    tab.kid_length.setValue(12)
    qtbot.mouseClick(tab.foretaksregisteret, LEFT)
    qtbot.mouseClick(tab.save_button, LEFT)
    assert tab.confirm_box is not None and "OCR-avtale" in tab.confirm_box.text()  # a new KID layout asks first
    qtbot.mouseClick(tab.confirm_box.button(QMessageBox.StandardButton.Yes), LEFT)
    assert "lagret" in tab.status.text()
    with store.session() as s:
        saved = get_invoice_settings(s)
    assert (saved.due_days, saved.kid_scheme, saved.kid_length, saved.foretaksregisteret) == (30, "mod11", 12, True)
    tab.kid_mode.setCurrentIndex(tab.kid_mode.findData("customer_invoice"))
    tab.kid_length.setValue(5)  # no room for 5 customer digits and a MOD11 variant
    qtbot.mouseClick(tab.save_button, LEFT)
    qtbot.mouseClick(tab.confirm_box.button(QMessageBox.StandardButton.Yes), LEFT)
    assert "Ikke lagret" in tab.status.text()
    qtbot.keyClicks(tab.logo_path, "/finnes/ikke.png")
    tab.kid_mode.setCurrentIndex(tab.kid_mode.findData("invoice"))
    tab.kid_length.setValue(12)
    qtbot.mouseClick(tab.save_button, LEFT)
    assert "logofilen" in tab.status.text()


def test_email_tab_refuses_bad_template_and_keeps_password(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    tab = settings_email.create_page(AppContext(store))
    qtbot.addWidget(tab)
    qtbot.keyClicks(tab.host, "smtp.example.no")
    qtbot.keyClicks(tab.password, "hemmelig")
    tab.body.setPlainText("Hei {fornavn}")
    qtbot.mouseClick(tab.save_button, LEFT)
    assert "ukjent plassholder" in tab.status.text()
    tab.body.setPlainText("Hei {navn}, KID {kid}")
    qtbot.mouseClick(tab.save_button, LEFT)
    assert "lagret" in tab.status.text() and tab.password.text() == ""
    assert "lagret" in tab.password.placeholderText()
    qtbot.mouseClick(tab.save_button, LEFT)  # empty password field keeps the stored one
    with store.session() as s:
        assert get_email_settings(s).has_password and get_email_settings(s).host == "smtp.example.no"


def test_non_vat_lines_setting_in_the_tab(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    tab = settings_invoicing.create_page(AppContext(store))
    qtbot.addWidget(tab)
    assert tab.non_vat_lines.currentData() == "refuse"
    tab.non_vat_lines.setCurrentIndex(tab.non_vat_lines.findData("outside"))
    qtbot.mouseClick(tab.save_button, LEFT)
    with store.session() as s:
        assert get_invoice_settings(s).non_vat_lines == "outside"


def test_resend_after_the_address_changed_asks_which_address(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    from kontopronto_desktop.core import members
    from kontopronto_desktop.core.invoicing.email import save_email_settings, send_invoices
    from kontopronto_desktop.ui.invoices.dialogs import AddressChoiceDialog

    seed(store, count=1)
    received: list[str] = []

    class Handler:
        async def handle_DATA(self, server, session, envelope):  # noqa: ANN001
            received.append(email.message_from_bytes(envelope.content)["To"])
            return "250 OK"

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    controller = Controller(Handler(), hostname="127.0.0.1", port=port)
    controller.start()
    try:
        with store.session() as s:
            save_email_settings(s, {"host": "127.0.0.1", "port": port, "security": "none",
                                    "sender_address": "faktura@testlaget.no"})
            number = invoices.new_invoice(s, 1001, [("MEDLEM", 1, None)], invoice_date=date(2026, 3, 1)).number
        send_invoices(store.session, [number])  # type: ignore[list-item]
        with store.session() as s:
            members.update_member(s, 1001, {"email": "flyttet@example.no"})
        page = _page(qtbot, store)
        page.select_number(number)  # type: ignore[arg-type]
        qtbot.mouseClick(page.send_button, LEFT)
        choice = page.dialog
        assert isinstance(choice, AddressChoiceDialog)
        assert "m0@example.no" in choice.used.text() and "flyttet@example.no" in choice.current.text()
        qtbot.mouseClick(choice.used, LEFT, pos=QPoint(6, choice.used.height() // 2))  # on the round button
        assert choice.used.isChecked()
        qtbot.mouseClick(choice.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)
        qtbot.waitUntil(lambda: page.last_send is not None, timeout=15_000)
    finally:
        controller.stop()
    assert page.last_send.sent_to == {number: "m0@example.no"}
    assert [r.split("<")[-1].rstrip(">") for r in received] == ["m0@example.no", "m0@example.no"]


def test_batch_wizard_lists_missing_address_and_asks_for_an_unusual_date(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    from kontopronto_desktop.core import members

    seed(store, count=3)
    with store.session() as s:
        members.update_member(s, 1002, {"street": ""})
        invoices.new_invoice(s, 1001, [("MEDLEM", 1, None)], invoice_date=date.today())
    page = _page(qtbot, store)
    page.open_batch_wizard()
    wizard = page.dialog
    wizard.period_choice.setCurrentIndex(wizard.period_choice.findData(""))  # no billing period
    wizard.invoice_date.setDate(wizard.invoice_date.date().addDays(-1))  # before the last invoice
    wizard.next()
    wizard.next()
    notes = wizard.skipped_label.text()
    assert "1002" in notes and "mangler adresse" in notes
    assert "før datoen på siste utstedte faktura" in notes and wizard.confirm_date.isVisible()
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    qtbot.mouseClick(finish, LEFT)
    assert "Bekreft nederst" in wizard.preview_label.text() and wizard.result_data is None
    qtbot.mouseClick(wizard.confirm_date, LEFT, pos=QPoint(6, wizard.confirm_date.height() // 2))
    qtbot.mouseClick(finish, LEFT)
    qtbot.waitUntil(lambda: wizard.result_data is not None, timeout=15_000)
    assert wizard.result_data.count == 2
