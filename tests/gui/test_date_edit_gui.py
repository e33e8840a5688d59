"""The one date editor (ui/widgets/date_edit.py): calendar popup and dd.mm.yyyy in the Norwegian UI
on an English Windows (en_US simulated), dd/mm/yyyy in the English UI, and no other QDateEdit in
the program (issue 18 item 3)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QApplication

from kontopronto_desktop.ui import i18n
from kontopronto_desktop.ui.widgets.date_edit import DateEdit

UI = Path(i18n.__file__).parent


@pytest.fixture
def english_pc(qapp: QApplication) -> Iterator[QApplication]:
    """The PC says en_US; restore whatever the test process had afterwards."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield qapp
    QLocale.setDefault(before)


def test_norwegian_ui_on_an_english_pc(qtbot, english_pc: QApplication) -> None:  # type: ignore[no-untyped-def]
    translator = i18n.apply_locale(english_pc, "nb")
    try:
        field = DateEdit(date(2026, 11, 30))
        qtbot.addWidget(field)
        assert field.text() == "30.11.2026" and field.calendarPopup()
        assert field.calendarWidget().firstDayOfWeek() == Qt.DayOfWeek.Monday
        field.show()
        field.setFocus()
        field.setSelectedSection(DateEdit.Section.DaySection)
        qtbot.keyClicks(field, "01")
        assert field.value() == date(2026, 11, 1)
        # the popup's month name is Norwegian, not the PC's English
        assert field.calendarWidget().locale().monthName(11) == "november"
        assert field.calendarWidget().locale().language() == QLocale.Language.NorwegianBokmal
        early = DateEdit(QDate(2026, 3, 5))
        qtbot.addWidget(early)
        assert early.text() == "05.03.2026"
    finally:
        if translator is not None:
            english_pc.removeTranslator(translator)


def test_english_ui_uses_english_day_first_dates(qtbot, english_pc: QApplication) -> None:  # type: ignore[no-untyped-def]
    assert i18n.apply_locale(english_pc, "en") is None
    field = DateEdit(date(2026, 3, 5))
    qtbot.addWidget(field)
    assert field.text() == "05/03/2026"
    assert field.calendarWidget().locale().monthName(3) == "March"


def test_no_other_date_editor_in_the_program() -> None:
    """Every date field is the one DateEdit (calendar popup, fixed format): no bare QDateEdit(...)."""
    bare = [f"{p.relative_to(UI)}:{n}" for p in UI.rglob("*.py") if p.name != "date_edit.py"
            for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
            if re.search(r"\bQDateEdit\(", line)]
    assert not bare, bare


def test_shown_dates_follow_the_ui_language(qtbot, english_pc: QApplication) -> None:  # type: ignore[no-untyped-def]
    """format_date writes what DateEdit shows: «05.03.2026» in Norwegian, «05/03/2026» in English."""
    from kontopronto_desktop.ui.widgets.date_edit import format_date

    i18n.apply_locale(english_pc, "nb")
    assert format_date(date(2026, 3, 5)) == "05.03.2026"
    assert i18n.apply_locale(english_pc, "en") is None
    assert format_date(date(2026, 3, 5)) == "05/03/2026"
    assert format_date("2026-03-05") == "05/03/2026"


def test_no_hand_written_date_format_in_the_program() -> None:
    """Dates a user reads go through format_date, so the English UI writes dd/mm/yyyy everywhere."""
    fixed = [f"{p.relative_to(UI)}:{n}" for p in UI.rglob("*.py") if p.name != "date_edit.py"
             for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
             if "%d.%m.%Y" in line]
    assert not fixed, fixed
