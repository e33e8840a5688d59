"""Medlemsimport: the same list of new members (no customer numbers) imported twice through the wizard;
the second preview says who «finnes allerede» and finishing creates nobody twice."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from kontopronto_desktop.core import members
from kontopronto_desktop.core.store import Store
from kontopronto_desktop.ui.context import AppContext
from kontopronto_desktop.ui.members.import_dialog import MemberImportWizard

LEFT = Qt.MouseButton.LeftButton
ROWS = ["Kundenr;Navn;Adresse;Postnr;Mobil;E-post", ";Åse Ødegård;Bjørkeveien 3;0360;;ase@example.no",
        ";Per Ærlig;Storgata 9;7010;91234567;", ";Kari Nordmann;Fjordgata 1;5003;;"]


def _import(qtbot, store: Store, path: Path) -> MemberImportWizard:  # type: ignore[no-untyped-def]
    wizard = MemberImportWizard(AppContext(store))
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.keyClicks(wizard.file_page.path, str(path))
    for _ in range(2):  # file -> columns -> preview
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), LEFT)
    assert wizard.currentPage() is wizard.preview_page
    return wizard


def test_the_same_new_members_twice_are_found_the_second_time(qtbot, store: Store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "nye.csv"
    path.write_bytes("\r\n".join(ROWS).encode("cp1252"))
    first = _import(qtbot, store, path)
    assert "3 nye" in first.preview_page.summary.text() and "finnes allerede" not in first.preview_page.summary.text()
    qtbot.mouseClick(first.button(QWizard.WizardButton.FinishButton), LEFT)
    assert "3 nye" in first.result_text()

    second = _import(qtbot, store, path)
    page = second.preview_page
    assert "0 nye" in page.summary.text() and "3 finnes allerede (importeres ikke)." in page.summary.text()
    details = page.details.toPlainText()
    assert "Finnes allerede (importeres ikke):" in details
    assert "rad 2: Åse Ødegård er kundenr. 1001 (samme navn og e-post)" in details
    assert "rad 3: Per Ærlig er kundenr. 1002 (samme navn og telefon)" in details
    assert "rad 4: Kari Nordmann er kundenr. 1003 (samme navn og adresse)" in details
    assert "Nye medlemmer:" not in details
    qtbot.mouseClick(second.button(QWizard.WizardButton.FinishButton), LEFT)
    assert "0 nye" in second.result_text()
    with store.session() as session:
        assert members.count_members(session) == 3
