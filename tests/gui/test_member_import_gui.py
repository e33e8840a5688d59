"""Medlemsimport wizard: file, mapping, preview (nothing written), then apply — clicked like a user."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from kontopronto_desktop.core import members
from kontopronto_desktop.core.store import Store
from kontopronto_desktop.ui.context import AppContext
from kontopronto_desktop.ui.members.import_dialog import MemberImportWizard

LEFT = Qt.MouseButton.LeftButton


def _existing(store: Store) -> None:
    with store.session() as session:
        members.create_member(session, {"customer_number": 2001, "name": "Åse Ødegård", "city": "Oslo",
                                        "postcode": "0360"})
        members.create_member(session, {"customer_number": 2009, "name": "Borte Fra Fila"})


def _csv(tmp_path: Path, rows: list[str]) -> Path:
    path = tmp_path / "medlemmer.csv"
    path.write_bytes("\r\n".join(rows).encode("cp1252"))  # as Norwegian Excel saves it
    return path


def _wizard(qtbot, store: Store) -> MemberImportWizard:  # type: ignore[no-untyped-def]
    wizard = MemberImportWizard(AppContext(store))
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def _next(qtbot, wizard: MemberImportWizard) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), LEFT)


def test_import_with_mapping_preview_and_end_missing(qtbot, store: Store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _existing(store)
    path = _csv(tmp_path, ["Kundenr;Navn;Postnr;Sted;Mobil", "2001;Åse Ødegård;0360;Bergen;91234567",
                           "2002;Per Ærlig;7010;Trondheim;"])
    wizard = _wizard(qtbot, store)
    qtbot.keyClicks(wizard.file_page.path, str(path))
    _next(qtbot, wizard)
    assert wizard.currentPage() is wizard.mapping_page
    combos = wizard.mapping_page.combos
    assert [c.currentData() for c in combos] == ["customer_number", "name", "postcode", "city", "phone"]
    combos[4].setCurrentIndex(combos[4].findData(""))  # the user chooses not to import the phone column
    _next(qtbot, wizard)
    page = wizard.preview_page
    assert "1 nye, 1 endrede" in page.summary.text() and "1 mangler" in page.summary.text()
    assert "«Oslo» → «Bergen»" in page.details.toPlainText() and "91234567" not in page.details.toPlainText()
    with store.session() as session:
        assert members.count_members(session) == 2  # nothing written yet
    qtbot.mouseClick(page.end_missing, LEFT)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), LEFT)
    assert "1 nye, 1 endret, 1 avsluttet" in wizard.result_text()
    with store.session() as session:
        assert members.get_member(session, 2001).city == "Bergen"
        assert members.get_member(session, 2001).phone == ""
        assert members.get_member(session, 2002).name == "Per Ærlig"
        assert members.get_member(session, 2009).ended_on is not None


def test_invalid_rows_block_until_accepted(qtbot, store: Store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = _csv(tmp_path, ["Kundenr;Navn;Postnr", "3001;Gyldig Person;0150", "3002;Feil Postnr;12",
                           "x;Uten Nummer;0150"])
    wizard = _wizard(qtbot, store)
    qtbot.keyClicks(wizard.file_page.path, str(path))
    _next(qtbot, wizard)
    _next(qtbot, wizard)
    page = wizard.preview_page
    assert "rad 3" in page.details.toPlainText() and "rad 4" in page.details.toPlainText()
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()
    qtbot.mouseClick(page.accept_invalid, LEFT)
    assert finish.isEnabled()
    qtbot.mouseClick(finish, LEFT)
    with store.session() as session:
        assert [m.customer_number for m in members.search_members(session, "")] == [3001]


def test_unreadable_file_shows_a_message(qtbot, store: Store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "liste.xlsx"
    bad.write_bytes(b"dette er ikke en Excel-fil")
    wizard = _wizard(qtbot, store)
    qtbot.keyClicks(wizard.file_page.path, str(bad))
    _next(qtbot, wizard)
    assert wizard.currentPage() is wizard.file_page and "Excel" in wizard.file_page.error.text()


def test_members_page_opens_the_import_and_shows_the_result(qtbot, store: Store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from kontopronto_desktop.ui.members import page as members_page

    page = members_page.create_page(AppContext(store))
    qtbot.addWidget(page)
    page.show()
    qtbot.mouseClick(page.import_button, LEFT)
    wizard = page.import_dialog
    assert isinstance(wizard, MemberImportWizard)
    qtbot.keyClicks(wizard.file_page.path, str(_csv(tmp_path, ["Kundenr;Navn", "4001;Importert Person"])))
    _next(qtbot, wizard)
    _next(qtbot, wizard)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), LEFT)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5_000)
    assert "Importert Person" in [page.model.data(page.model.index(0, c)) for c in range(page.model.columnCount())]
