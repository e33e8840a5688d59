"""Page numbers and print date on reports: «Side N av M» and «Utskrevet dd.mm.yyyy» at the foot
of every page, so a printed report's loose pages can be put back in order and dated.

For the reportlab reports (aging, consolidated statements, VAT): ``doc.build(story,
canvasmaker=footer_canvas())``. The page total is known only when the story is laid out, so the
canvas keeps each page's state and draws the footers when the document is saved (reportlab's
own "page N of M" recipe). Not for issued documents (invoices, credit notes, reminders): those
are archived as issued and never change.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

#: distance of the footer line from the bottom edge of the page
FOOTER_Y = 8 * mm
FOOTER_SIZE = 7.5


def footer_text(page: int, pages: int, printed: date) -> tuple[str, str]:
    """The two footer texts: left «Side N av M», right «Utskrevet dd.mm.yyyy»."""
    return f"Side {page} av {pages}", f"Utskrevet {printed:%d.%m.%Y}"


def footer_canvas(printed: date | None = None) -> type[Canvas]:
    """A reportlab Canvas class that writes the footer on every page (``printed``: today)."""
    on = printed or date.today()

    class FooterCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 (reportlab API)
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                width = self._pagesize[0]
                left, right = footer_text(number, total, on)
                self.saveState()
                self.setFont("Helvetica", FOOTER_SIZE)
                self.setFillGray(0.35)
                self.drawString(15 * mm, FOOTER_Y, left)
                self.drawRightString(width - 15 * mm, FOOTER_Y, right)
                self.restoreState()
                super().showPage()
            super().save()

    return FooterCanvas
