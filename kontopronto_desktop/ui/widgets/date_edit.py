"""The one date editor: a calendar popup and a fixed day-first format, whatever the PC is set to.

Norwegian UI: «30.11.2026»; English UI: «30/11/2026» (en_GB, the English locale of ui/i18n.py). The
language is read from the program's default locale (i18n.apply_locale sets it from the chosen
language), never from Windows' own short date format, which on an English PC would be 11/30/2026.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QDateEdit, QWidget

NORWEGIAN_FORMAT = "dd.MM.yyyy"
ENGLISH_FORMAT = "dd/MM/yyyy"


def date_format() -> str:
    """The display format for the UI's language."""
    return ENGLISH_FORMAT if QLocale().language() == QLocale.Language.English else NORWEGIAN_FORMAT


def format_date(value: date | datetime | str | None, *, local_time: bool = True, seconds: bool = False) -> str:
    """A date or moment as the user reads it (day first, as in DateEdit): «30.11.2026», «30.11.2026 14:05».

    Core hands dates and UTC timestamps over as ISO text; a timestamp is shown in the PC's time zone
    unless local_time is False (a column headed «UTC»); seconds for a log where a burst matters. Text
    that is not ISO («løpende») is kept.
    """
    if value is None or value == "":
        return ""
    moment: date | datetime
    if isinstance(value, str):
        try:
            moment = datetime.fromisoformat(value) if len(value) > 10 else date.fromisoformat(value)
        except ValueError:
            return value
    else:
        moment = value
    sep = "/" if date_format() == ENGLISH_FORMAT else "."
    day = f"{moment.day:02d}{sep}{moment.month:02d}{sep}{moment.year:04d}"
    if not isinstance(moment, datetime):
        return day
    if local_time and moment.tzinfo is not None:
        moment = moment.astimezone()
    return f"{day} {moment:%H:%M:%S}" if seconds else f"{day} {moment:%H:%M}"


def to_qdate(value: date | QDate) -> QDate:
    return value if isinstance(value, QDate) else QDate(value.year, value.month, value.day)


class DateEdit(QDateEdit):
    """QDateEdit with the calendar popup (weeks from Monday) and the UI language's fixed format."""

    def __init__(self, on: date | QDate | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(date_format())
        self.calendarWidget().setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.calendarWidget().setLocale(QLocale())
        self.setLocale(QLocale())
        if on is not None:
            self.setDate(to_qdate(on))

    def value(self) -> date:
        """The chosen day as a Python date."""
        q = self.date()
        return date(q.year(), q.month(), q.day())
