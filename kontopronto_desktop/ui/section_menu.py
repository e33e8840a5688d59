"""What Ctrl+N, Ctrl+F and the section menu do in the section the user is looking at.

The pages already have their buttons; rather than each page declaring its actions twice, the
section menu lists the page's visible buttons (the current tab's, in Innbetalinger and Konsern)
and clicks them, so enabled state and roles stay the page's own. Shortcuts are shown after a tab
in the item text, not registered again, so they never become ambiguous.
"""

from __future__ import annotations

from types import EllipsisType

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QCheckBox,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QWidget,
)

#: section → the page's "new" button (Ctrl+N); sections not listed have nothing to create
CREATE_BUTTONS: dict[str, str] = {"members": "new_button", "invoices": "new_button", "products": "new_button",
                                  "reminders": "issued_tab.run_button"}  # a tab's button: «tab.button»
#: shortcuts a page handles itself, shown beside the button whose click they do
PAGE_SHORTCUTS: dict[tuple[str, str], str] = {("invoices", "preview_button"): "Ctrl+P"}
#: sections whose page has its own Ctrl+P (the window's would make the key ambiguous there)
OWN_PRINT_SHORTCUT = frozenset({"invoices"})
#: the buttons Ctrl+P clicks (attribute names on the page or one of its tabs), first visible and
#: enabled one wins: the invoice, statement, aging, VAT basis and Konsern previews; in Purringer the
#: chosen reminder when one is chosen, else the reminders marked for print
PRINT_BUTTONS = ("preview_button", "statement_preview", "reminder_preview_button", "print_preview_button")

NEW_SHORTCUT = "Ctrl+N"
SEARCH_SHORTCUT = "Ctrl+F"
PRINT_SHORTCUT = "Ctrl+P"


def create_button(section: str, page: QWidget | None) -> QPushButton | None:
    """The page's "new" button in a section that creates something, else None."""
    name = CREATE_BUTTONS.get(section)
    button: object = page if name else None
    for part in (name or "").split("."):
        button = getattr(button, part, None)
    return button if isinstance(button, QPushButton) else None


def search_field(page: QWidget | None) -> QLineEdit | None:
    """The page's search field: its ``search`` attribute, else the first visible field whose
    placeholder begins with «Søk» (the current tab's)."""
    if page is None:
        return None
    field = getattr(page, "search", None)
    if isinstance(field, QLineEdit):
        return field
    for edit in page.findChildren(QLineEdit):
        if edit.isVisibleTo(page) and edit.placeholderText().startswith(("Søk", "Search")):
            return edit
    return None


def _has_selection(owner: QWidget) -> bool:
    table = getattr(owner, "table", None)
    selection = table.selectionModel() if isinstance(table, QAbstractItemView) else None
    return selection is not None and bool(selection.selectedRows())


def print_button(page: QWidget | None) -> QPushButton | None:
    """The button that previews and prints what the user is looking at (Ctrl+P), else None."""
    if page is None:
        return None
    found: dict[str, QPushButton] = {}
    for owner in [page, *page.findChildren(QWidget)]:
        for name in PRINT_BUTTONS:
            button = vars(owner).get(name)
            if (name not in found and isinstance(button, QPushButton) and button.isVisibleTo(page)
                    and button.isEnabled()):
                if name == "reminder_preview_button" and not _has_selection(owner):
                    continue
                found[name] = button
    return next((found[name] for name in PRINT_BUTTONS if name in found), None)


def page_buttons(page: QWidget) -> list[tuple[str, QAbstractButton]]:
    """(attribute name or "", button) for the push buttons the user can see on the page now, in
    layout order (top to bottom, left to right)."""
    names = {id(value): name for name, value in vars(page).items() if isinstance(value, QAbstractButton)}
    buttons = [b for b in page.findChildren(QPushButton)
               if not isinstance(b, (QCheckBox, QRadioButton)) and b.isVisibleTo(page) and b.text().strip()]
    buttons.sort(key=lambda b: (b.mapTo(page, b.rect().topLeft()).y(), b.mapTo(page, b.rect().topLeft()).x()))
    return [(names.get(id(b), ""), b) for b in buttons]


def action_text(section: str, name: str, button: QAbstractButton, page: QWidget | None = None,
                printing: QPushButton | None | EllipsisType = ...) -> str:
    """The button's text with its shortcut after a tab (how QMenu shows a shortcut).

    ``printing`` is the page's ``print_button`` when the caller has it already: finding it walks
    every widget of the page (``vars`` of each, ~1 ms for Purring's 480), and the section menu
    asked once per button on every section switch (8-25 ms, 27-85 ms on a busy machine)."""
    text = button.text()
    if CREATE_BUTTONS.get(section) == name or (page is not None and button is create_button(section, page)):
        return f"{text}\t{NEW_SHORTCUT}"
    if page is not None and section not in OWN_PRINT_SHORTCUT and button is (
            print_button(page) if printing is ... else printing):
        return f"{text}\t{PRINT_SHORTCUT}"
    shortcut = PAGE_SHORTCUTS.get((section, name))
    return f"{text}\t{shortcut}" if shortcut else text
