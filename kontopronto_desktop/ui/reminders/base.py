"""What every tab of the Purring page shares: the translation context, date and stage texts, the
page's message line and the tab base class (``CollectionTab``).

Each tab is its own widget composed by ``page.RemindersPage``; the tabs talk through the AppContext
signals (``changed`` after a write, so the others refresh), never through another tab's
attributes. The one thing the page hands every tab is its ``MessageLine``, where a tab says what
it did.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate
from PySide6.QtWidgets import QLabel, QWidget

from ...core.errors import UserError
from ..context import AppContext
from ..widgets.date_edit import format_date
from ..widgets.pdf_preview import PdfPreviewDialog, written_pdf
from ..widgets.stale import when_shown

#: what a tab of this page refreshes on (``AppContext.changed``); "reminders" is said after
#: reminders are sent, which changes no invoice
REFRESH_ON = ("invoices", "payments", "members", "settings", "reminders")


# every module of the section keeps the page's context, so its texts keep their translation
def tr(text: str) -> str:
    return QCoreApplication.translate("RemindersPage", text)


def day_text(value: date | None) -> str:
    return format_date(value) if value else ""


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


#: the stage names, marked for translation (context "RemindersPage"); read them through stage_label()
STAGE_LABELS = {"purring": QT_TRANSLATE_NOOP("RemindersPage", "Purring"),
                "inkassovarsel": QT_TRANSLATE_NOOP("RemindersPage", "Inkassovarsel")}


def stage_label(stage: str) -> str:
    """The reader's word for a reminder stage, in the UI's language."""
    return tr(str(STAGE_LABELS[stage])) if stage in STAGE_LABELS else stage


class MessageLine(QLabel):
    """The line under the tabs where the tab in use says what happened (one for the page)."""

    def __init__(self) -> None:
        super().__init__()
        self.setWordWrap(True)
        self.setObjectName("reminders_message")

    def error(self, exc: BaseException) -> None:
        self.setText(exc.message if isinstance(exc, UserError) else tr("Uventet feil: ") + str(exc))


class CollectionTab(QWidget):
    """A tab of the Purring page. It builds its lists when it is first shown and, after a change
    elsewhere, at once if it is seen, else when it is next shown (ui/widgets/stale.py)."""

    def __init__(self, ctx: AppContext, message: MessageLine) -> None:
        super().__init__()
        self.ctx = ctx
        self.message = message
        #: the open PDF preview (reminders as issued, a kontoutskrift)
        self.preview: PdfPreviewDialog | None = None
        self.stale_refresh = when_shown(self, self.refresh)
        self.stale_refresh.mark_stale()  # nothing is read until the tab is seen
        ctx.changed.connect(self._on_changed)

    def _on_changed(self, what: str) -> None:
        if what in REFRESH_ON:
            self.stale_refresh()

    def refresh(self) -> None:
        """Show the store as it is now."""

    def _write(self, fn: Callable[[Any], Any], done_text: str) -> bool:
        """One core operation in its own transaction; then every tab that shows claims refreshes."""
        try:
            with self.ctx.store.session() as session:
                fn(session)
        except UserError as exc:
            self.message.error(exc)
            return False
        self.message.setText(done_text)
        self.ctx.notify_changed("invoices")
        return True

    def _preview(self, write: Callable[[Any, Path], object], file_name: str, title: str) -> PdfPreviewDialog | None:
        """A PDF written by ``write(session, path)`` shown in the preview, to read or print (Ctrl+P)."""
        try:
            with self.ctx.store.session() as session:
                data = written_pdf(lambda path: write(session, path), file_name)
        except UserError as exc:
            self.message.error(exc)
            return None
        self.preview = PdfPreviewDialog(data, title=title, file_name=file_name, parent=self)
        self.preview.show()
        return self.preview
