"""GUI for issue 13 items 4–7: the run's period and 'already invoiced' list, write-off, KID capacity, payer."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox, QWizard

from kontopronto_desktop.core import members
from kontopronto_desktop.core.invoicing import batch, invoices
from kontopronto_desktop.core.invoicing.billing_period import BillingPeriod
from kontopronto_desktop.core.invoicing.settings import get_invoice_settings
from kontopronto_desktop.core.store import Store
from kontopronto_desktop.ui.context import AppContext
from kontopronto_desktop.ui.invoices import page as invoices_page
from kontopronto_desktop.ui.invoices.writeoff_dialog import WriteOffDialog
from kontopronto_desktop.ui.settings import invoicing as settings_invoicing
from tests.invoicing_support import seed

LEFT = Qt.MouseButton.LeftButton
D = date(2026, 1, 10)


def _page(qtbot, store: Store) -> invoices_page.InvoicesPage:  # type: ignore[no-untyped-def]
    page = invoices_page.create_page(AppContext(store))
    qtbot.addWidget(page)
    page.show()
    return page  # type: ignore[return-value]


def _wizard_to_preview(qtbot, page, period: str):  # type: ignore[no-untyped-def]
    qtbot.mouseClick(page.run_button, LEFT)
    wizard = page.dialog
    wizard.invoice_date.setDate(QDate(2026, 1, 10))
    wizard.period_choice.setCurrentIndex(wizard.period_choice.findData(period))
    wizard.next()
    wizard.next()
    return wizard


def test_run_for_a_period_then_the_repeat_lists_already_invoiced_and_needs_confirmation(
        qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    seed(store, count=3)
    page = _page(qtbot, store)
    wizard = _wizard_to_preview(qtbot, page, "2026")
    assert "3 fakturaer for 2026" in wizard.preview_label.text()
    assert not wizard.confirm_repeat.isVisible()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), LEFT)
    qtbot.waitUntil(lambda: wizard.result_data is not None, timeout=10_000)
    assert wizard.result_data.period == BillingPeriod.year(2026)

    wizard = _wizard_to_preview(qtbot, page, "2026")  # the same run again
    assert "0 fakturaer" in wizard.preview_label.text()
    assert "Allerede fakturert for perioden: 3 medlemmer" in wizard.already_label.text()
    assert wizard.already_list.count() == 3 and wizard.confirm_repeat.isVisible()
    assert "samme periode og utvalg" in wizard.skipped_label.text()
    wizard.already_list.item(1).setCheckState(Qt.CheckState.Checked)  # 1002 is to be invoiced again
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), LEFT)
    assert "Bekreft" in wizard.preview_label.text()  # not without the confirmation
    with store.session() as s:
        assert len(invoices.list_invoices(s)) == 3
    qtbot.mouseClick(wizard.confirm_repeat, LEFT)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), LEFT)
    qtbot.waitUntil(lambda: wizard.result_data is not None, timeout=10_000)
    assert wizard.result_data.count == 1
    with store.session() as s:
        assert invoices.get_invoice(s, 4).customer_number == 1002


def test_write_off_from_the_invoice_list(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    seed(store, count=1)
    with store.session() as s:
        batch.run_batch(s, D, period=BillingPeriod.year(2026))
    page = _page(qtbot, store)
    page.table.selectRow(0)
    qtbot.mouseClick(page.writeoff_button, LEFT)
    dlg = page.dialog
    assert isinstance(dlg, WriteOffDialog)
    qtbot.keyClicks(dlg.amount, "100")
    assert dlg.part.isChecked()
    qtbot.mouseClick(dlg.buttons.button(dlg.buttons.StandardButton.Ok), LEFT)
    assert "begrunnelse" in dlg.error.text()  # a reason is required
    qtbot.keyClicks(dlg.reason, "Konkurs")
    qtbot.mouseClick(dlg.buttons.button(dlg.buttons.StandardButton.Ok), LEFT)
    assert dlg.done_row is not None and dlg.done_row.amount_ore == 10_000
    with store.session() as s:
        view = invoices.get_invoice(s, 1)
    assert view.written_off_ore == 10_000 and view.remaining_ore == view.total_ore - 10_000
    page.table.selectRow(0)
    assert "Avskrevet (tap på fordring)" in page.detail.toPlainText()


def test_kid_capacity_shown_and_layout_change_warns(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    tab = settings_invoicing.create_page(AppContext(store))
    qtbot.addWidget(tab)
    assert "999\xa0999\xa0999 ledige KID-er" in tab.kid_capacity.text()
    assert not tab.kid_customer_digits.isEnabled()
    tab.kid_mode.setCurrentIndex(tab.kid_mode.findData("customer_invoice"))
    assert tab.kid_customer_digits.isEnabled()
    qtbot.mouseClick(tab.save_button, LEFT)
    qtbot.mouseClick(tab.confirm_box.button(QMessageBox.StandardButton.No), LEFT)
    assert "uendret" in tab.status.text()
    with store.session() as s:
        assert get_invoice_settings(s).kid_mode == "invoice"
    qtbot.mouseClick(tab.save_button, LEFT)
    qtbot.mouseClick(tab.confirm_box.button(QMessageBox.StandardButton.Yes), LEFT)
    assert "lagret" in tab.status.text() and "begynner å gjentas" in tab.kid_capacity.text()
    tab.pro_rata.setCurrentIndex(tab.pro_rata.findData("month"))
    qtbot.mouseClick(tab.save_button, LEFT)  # not a KID change: saved at once
    with store.session() as s:
        saved = get_invoice_settings(s)
    assert (saved.kid_mode, saved.pro_rata) == ("customer_invoice", "month")


def test_member_dialog_payer_birth_date_and_consent(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    from kontopronto_desktop.ui.members.dialog import MemberDialog

    seed(store, count=1)
    with store.session() as s:
        child = members.create_member(s, {"customer_number": 2001, "name": "Ola Barn"})
    dlg = MemberDialog(AppContext(store), child)
    qtbot.addWidget(dlg)
    qtbot.keyClicks(dlg.payer_member, "1001")
    dlg.birth_date.setText("01.05.2015")
    qtbot.keyClicks(dlg.guardian_consent_by, "Mor Nummer0")
    dlg.guardian_consent_on.setText("20.08.2025")
    dlg.save()
    assert dlg.saved is not None, dlg.payer_form.error_text("payer_member") + dlg.products_error.text()
    with store.session() as s:
        view = members.get_member(s, 2001)
    assert view.payer_member == 1001 and view.birth_date == date(2015, 5, 1)
    assert view.guardian_consent_by == "Mor Nummer0" and view.guardian_consent_on == date(2025, 8, 20)
    dlg = MemberDialog(AppContext(store), view)
    qtbot.addWidget(dlg)
    assert dlg.payer_member.text() == "1001" and dlg.birth_date.text() == "01.05.2015"
    assert "mindreårig" in dlg.minor_note.text()
    dlg.payer_member.setText("2001")
    dlg.save()
    assert "egen betaler" in dlg.payer_form.error_text("payer_member")


def test_reskontro_and_aging_show_the_write_off(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    from kontopronto_desktop.core.invoicing import writeoff
    from kontopronto_desktop.ui.payments import page as payments_page

    seed(store, count=1)
    with store.session() as s:
        batch.run_batch(s, D, period=BillingPeriod.year(2026))
        writeoff.write_off(s, 1, "Konkurs", None, date(2026, 3, 1))
    page = payments_page.create_page(AppContext(store))
    qtbot.addWidget(page)
    page.show()
    page.ctx.member_ledger_requested.emit(1001)
    assert [ln.kind for ln in page.ledger_tab.ledger_model.rows] == ["faktura", "avskrivning"]
    page.tabs.setCurrentIndex(3)
    page.aging_tab.aging_date.setDate(QDate(2026, 3, 31))
    qtbot.waitUntil(lambda: not page.aging_tab.busy, timeout=10_000)  # computed on the thread pool
    headers = [page.aging_tab.aging_model.headerData(c, Qt.Orientation.Horizontal) for c in range(page.aging_tab.aging_model.columnCount())]
    assert headers[-1] == "Avskrevet"
    assert page.aging_tab.aging_model.data(page.aging_tab.aging_model.index(0, len(headers) - 1)).replace("\xa0", " ") == "1 949,98"
    assert "Avskrevet som tap" in page.aging_tab.aging_total.text()


def test_take_a_write_off_back_from_the_dialog(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    from kontopronto_desktop.core.invoicing import writeoff

    seed(store, count=1)
    with store.session() as s:
        batch.run_batch(s, D, period=BillingPeriod.year(2026))
        writeoff.write_off(s, 1, "Konkurs", None, date(2026, 3, 1))
        view = invoices.get_invoice(s, 1)
    dlg = WriteOffDialog(AppContext(store), view)
    qtbot.addWidget(dlg)
    assert dlg.undo.isChecked() and not dlg.whole.isEnabled()  # nothing left to write off; only taking it back
    qtbot.keyClicks(dlg.reason, "Feil, skal krediteres")
    qtbot.mouseClick(dlg.buttons.button(dlg.buttons.StandardButton.Ok), LEFT)
    assert dlg.done_row is not None and dlg.done_row.kind == "tilbakeført"
    with store.session() as s:
        assert invoices.get_invoice(s, 1).written_off_ore == 0
