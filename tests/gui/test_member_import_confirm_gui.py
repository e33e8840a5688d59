"""Medlemsimport wizard, issue 18 item 4: invalid rows first with the reason, new members without a
customer number numbered from the series, and ending more than 3 memberships confirmed by typing the count."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from kontopronto_desktop.core import members
from kontopronto_desktop.core.store import Store
from kontopronto_desktop.ui.context import AppContext
from kontopronto_desktop.ui.members.import_dialog import MemberImportWizard

LEFT = Qt.MouseButton.LeftButton


def _open_preview(qtbot, store: Store, path: Path) -> MemberImportWizard:  # type: ignore[no-untyped-def]
    wizard = MemberImportWizard(AppContext(store))
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.keyClicks(wizard.file_page.path, str(path))
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), LEFT)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), LEFT)
    assert wizard.currentPage() is wizard.preview_page
    return wizard


def test_invalid_first_series_numbers_and_typed_count_before_ending_four(qtbot, store: Store,  # type: ignore[no-untyped-def]
                                                                        tmp_path: Path) -> None:
    with store.session() as session:
        for n in (3001, 3100, 3101, 3102, 3103):
            members.create_member(session, {"customer_number": n, "name": f"Medlem {n}"})
    path = tmp_path / "medlemmer.csv"
    path.write_bytes("\r\n".join(["Kundenr;Navn;Postnr", "3001;Medlem 3001;", ";Nina Nyberg;0150",
                                  "3002;Feil Postnr;12"]).encode("cp1252"))
    wizard = _open_preview(qtbot, store, path)
    page = wizard.preview_page
    text = page.details.toPlainText()
    assert text.startswith("Ugyldige rader (importeres ikke):\n  rad 4: Postnr")
    assert "3104 Nina Nyberg (nytt nummer fra serien)" in text
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    qtbot.mouseClick(page.accept_invalid, LEFT)
    assert finish.isEnabled() and page.confirm_end.isHidden()
    qtbot.mouseClick(page.end_missing, LEFT)
    assert not page.confirm_end.isHidden() and "4 medlemskap avsluttes" in page.confirm_label.text()
    assert not finish.isEnabled()
    qtbot.keyClicks(page.confirm_end, "3")
    assert not finish.isEnabled()
    page.confirm_end.clear()
    qtbot.keyClicks(page.confirm_end, "4")
    assert finish.isEnabled()
    qtbot.mouseClick(finish, LEFT)
    assert "1 nye, 0 endret, 4 avsluttet, 1 ugyldige hoppet over" in wizard.result_text()
    with store.session() as session:
        assert members.get_member(session, 3104).name == "Nina Nyberg"
        assert all(members.get_member(session, n).ended_on is not None for n in (3100, 3101, 3102, 3103))


def test_ending_three_needs_only_the_tick(qtbot, store: Store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with store.session() as session:
        for n in (3001, 3100, 3101, 3102):
            members.create_member(session, {"customer_number": n, "name": f"Medlem {n}"})
    path = tmp_path / "medlemmer.csv"
    path.write_bytes(b"Kundenr;Navn\r\n3001;Medlem 3001")
    wizard = _open_preview(qtbot, store, path)
    page = wizard.preview_page
    qtbot.mouseClick(page.end_missing, LEFT)
    assert page.confirm_end.isHidden()
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert finish.isEnabled()
    qtbot.mouseClick(finish, LEFT)
    assert "3 avsluttet" in wizard.result_text()
