"""The main window: a navigation bar over the sections, menus, and a status bar.

Each section's module (``sections.SECTIONS``) is imported the first time it is shown, so start-up
pays only for Medlemmer. A module that does not exist yet shows a short "kommer" page; a module
that fails to load shows the error instead of taking the window down.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from ..core import organisation
from ..core.access import ROLE_LABELS
from ..core.errors import UserError
from ..core.hidden_sections import hidden_sections
from ..core.store import Store
from . import section_menu
from .app_icon import app_icon
from .context import AppContext
from .sections import SECTIONS, STATUS_WIDGETS

# the section and tab titles live in sections.py without Qt; mark them here for lupdate
_TITLES = (
    QT_TRANSLATE_NOOP("sections", "Oversikt"),
    QT_TRANSLATE_NOOP("sections", "Medlemmer"), QT_TRANSLATE_NOOP("sections", "Produkter"),
    QT_TRANSLATE_NOOP("sections", "Fakturaer"), QT_TRANSLATE_NOOP("sections", "Innbetalinger"),
    QT_TRANSLATE_NOOP("sections", "Konsern"), QT_TRANSLATE_NOOP("sections", "Personvern"),
    QT_TRANSLATE_NOOP("sections", "Innstillinger"), QT_TRANSLATE_NOOP("sections", "Organisasjon"),
    QT_TRANSLATE_NOOP("sections", "Fakturering"), QT_TRANSLATE_NOOP("sections", "E-post"),
    QT_TRANSLATE_NOOP("sections", "Sikkerhetskopi"), QT_TRANSLATE_NOOP("sections", "Brukere"),
)


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def section_title(title: str) -> str:
    return QCoreApplication.translate("sections", title)


def _import_optional(module_name: str) -> object | None:
    """The module, or None if that module itself does not exist (other import errors propagate)."""
    try:
        return importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name == module_name:
            return None
        raise


def coming_page(title: str) -> QWidget:
    page = QWidget()
    page.setObjectName("coming_page")
    label = QLabel(tr("<h2>{0}</h2><p>Denne delen kommer i en senere versjon.</p>").format(title))
    label.setObjectName("coming_label")
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    layout = QVBoxLayout(page)
    layout.addWidget(label)
    return page


def failed_page(title: str, error: BaseException) -> QWidget:
    page = QWidget()
    page.setObjectName("failed_page")
    label = QLabel(tr("<h2>{0}</h2><p>Denne delen kunne ikke lastes: {1}</p>").format(title, error))
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    layout = QVBoxLayout(page)
    layout.addWidget(label)
    return page


class MainWindow(QMainWindow):
    #: open windows, so a window opened from Fil › Åpne is not garbage-collected
    open_windows: list[MainWindow] = []

    def __init__(self, store: Store, *, open_other: Callable[[str], Store | None] | None = None) -> None:
        """``open_other("new" | "open")`` runs the start dialog and returns another store, or None."""
        super().__init__()
        self.store = store
        self.ctx = AppContext(store, self)
        self.open_other = open_other
        self.pages: dict[str, QWidget] = {}
        self.keys = [key for key, _title, _module in SECTIONS]
        self._closed = False
        MainWindow.open_windows.append(self)
        self.update_title()
        self.resize(1280, 800)

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(170)
        self.nav.setStyleSheet("QListWidget { font-size: 14px; } QListWidget::item { padding: 8px; }")
        for key, title, _module in SECTIONS:
            item = QListWidgetItem(section_title(title))
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.nav.addItem(item)
        self.stack = QStackedWidget()
        for _ in SECTIONS:
            self.stack.addWidget(QWidget())  # placeholders, replaced on first show
        self.nav.currentRowChanged.connect(self._row_changed)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        from .security_alert import SecurityBanner

        self.security_banner = SecurityBanner(self.ctx)  # users/roles changed without a signature
        outer = QWidget()
        column = QVBoxLayout(outer)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.security_banner)
        column.addWidget(central, 1)
        self.setCentralWidget(outer)

        self._build_menus()
        self._build_status_bar()
        self.ctx.section_requested.connect(self.show_section)
        self.ctx.changed.connect(lambda what: self.update_title() if what == "settings" else None)
        self.ctx.member_ledger_requested.connect(self.open_member_ledger)
        self.ctx.changed.connect(lambda what: self.apply_hidden_sections() if what == "settings" else None)
        self.apply_hidden_sections()
        self.show_section("overview" if "overview" in self.keys else self.keys[0])

    def update_title(self) -> None:
        try:
            with self.store.session() as session:
                name = organisation.get_organisation(session).name
        except UserError:
            name = ""
        title = tr("KontoPronto – {0}").format(self.store.path.name)
        self.setWindowTitle(f"{title} – {name}" if name else title)

    # -- sections -------------------------------------------------------------------------
    def apply_hidden_sections(self) -> None:
        """Leave out the sections the organisation does not use (Innstillinger › Organisasjon)."""
        with self.store.session() as session:
            hidden = set(hidden_sections(session))
        for row in range(self.nav.count()):
            item = self.nav.item(row)
            item.setHidden(item.data(Qt.ItemDataRole.UserRole) in hidden)
        if self.keys and self.keys[self.stack.currentIndex()] in hidden:
            self.show_section(self.keys[0])

    def visible_sections(self) -> list[str]:
        return [str(self.nav.item(r).data(Qt.ItemDataRole.UserRole)) for r in range(self.nav.count())
                if not self.nav.item(r).isHidden()]

    def page(self, key: str) -> QWidget:
        """The section's page, created (and its module imported) on first use."""
        if key in self.pages:
            return self.pages[key]
        index = self.keys.index(key)
        _key, title, module_name = SECTIONS[index]
        try:
            module = _import_optional(module_name)
            widget = coming_page(section_title(title)) if module is None else module.create_page(self.ctx)  # type: ignore[attr-defined]
        except Exception as exc:  # a broken page must not take the window down
            widget = failed_page(section_title(title), exc)
        old = self.stack.widget(index)
        self.stack.insertWidget(index, widget)
        if old is not None:
            self.stack.removeWidget(old)
            old.deleteLater()
        self.pages[key] = widget
        return widget

    def show_section(self, key: str) -> QWidget | None:
        if key not in self.keys:
            return None
        index = self.keys.index(key)
        widget = self.page(key)
        self.stack.setCurrentIndex(index)
        if self.nav.currentRow() != index:
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(index)
            self.nav.blockSignals(False)
        self.update_section_actions()
        return widget

    def open_member_ledger(self, customer_number: int) -> None:
        """Innbetalinger with the member's reskontro. A page created just now missed the signal
        it listens to, so it is asked directly."""
        created_now = "payments" not in self.pages
        page = self.show_section("payments")
        if created_now and page is not None and hasattr(page, "show_ledger"):
            page.show_ledger(customer_number)

    def current_section(self) -> str:
        return self.keys[self.stack.currentIndex()]

    def _row_changed(self, row: int) -> None:
        if 0 <= row < len(self.keys):
            self.show_section(self.keys[row])

    # -- menus ----------------------------------------------------------------------------
    def _action(self, text: str, slot: Callable[[], object], shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(tr("&Fil"))
        self.new_store_action = self._action(tr("&Ny regnskapsfil …"), lambda: self.switch_store("new"))
        self.open_store_action = self._action(tr("Å&pne …"), lambda: self.switch_store("open"), QKeySequence.StandardKey.Open)
        self.quit_action = self._action(tr("&Avslutt"), self.close, "Ctrl+Q")
        file_menu.addAction(self.new_store_action)
        file_menu.addAction(self.open_store_action)
        file_menu.addSeparator()
        #: Ctrl+P previews and prints what the current section shows (its preview button)
        self.print_action = self._action(tr("&Skriv ut …"), self.print_in_section, section_menu.PRINT_SHORTCUT)
        file_menu.addAction(self.print_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu(tr("&Rediger"))
        #: Ctrl+N creates in the current section (its "new" button); kept under this name for the tests
        self.new_member_action = self._action(tr("&Ny …"), self.new_in_section, section_menu.NEW_SHORTCUT)
        self.new_action = self.new_member_action
        #: Ctrl+F puts the cursor in the current section's search field
        self.search_action = self._action(tr("&Søk i denne delen"), self.focus_search, section_menu.SEARCH_SHORTCUT)
        edit_menu.addAction(self.new_member_action)
        edit_menu.addAction(self.search_action)
        #: Ctrl+K: one search across members, invoices, KID, amounts and payments (ui/widgets/quick_search.py)
        self.quick_search_action = self._action(tr("Søk &overalt …"), self.open_quick_search, "Ctrl+K")
        self.quick_search_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        edit_menu.addAction(self.quick_search_action)
        #: the current section's actions (its visible buttons), rebuilt when the section changes or opens
        self.section_menu = bar.addMenu(tr("&Handlinger"))
        self.section_menu.setObjectName("section_menu")
        self.section_menu.aboutToShow.connect(self.fill_section_menu)
        help_menu = bar.addMenu(tr("&Hjelp"))
        self.guide_action = self._action(tr("&Brukerveiledning"), self.open_user_guide, "F1")
        self.guide_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        help_menu.addAction(self.guide_action)
        help_menu.addSeparator()
        self.about_action = self._action(tr("&Om KontoPronto"), self.about)
        help_menu.addAction(self.about_action)

    def update_section_actions(self) -> None:
        """Name the menu and Ctrl+N after the current section (Ctrl+N disabled where nothing is created)."""
        key = self.current_section()
        index = self.keys.index(key)
        self.section_menu.setTitle(section_title(SECTIONS[index][1]) if index < len(SECTIONS) else key)
        button = section_menu.create_button(key, self.pages.get(key))
        self.new_member_action.setEnabled(button is not None)
        self.new_member_action.setText(button.text() if button is not None else tr("&Ny …"))
        self.print_action.setEnabled(key not in section_menu.OWN_PRINT_SHORTCUT)
        self.fill_section_menu()

    def fill_section_menu(self) -> None:
        """The page's buttons as menu items, enabled as the buttons are, with their shortcuts;
        then Ctrl+F where the page has a search field."""
        menu = self.section_menu
        menu.clear()
        key = self.current_section()
        page = self.pages.get(key)
        if page is None:
            return
        printing = section_menu.print_button(page)  # once, not once per button
        for name, button in section_menu.page_buttons(page):
            item = menu.addAction(section_menu.action_text(key, name, button, page, printing))
            item.setEnabled(button.isEnabled())
            item.triggered.connect(lambda _checked=False, b=button: b.click())
        if section_menu.search_field(page) is not None:
            if not menu.isEmpty():
                menu.addSeparator()
            menu.addAction(tr("Søk") + "\t" + section_menu.SEARCH_SHORTCUT).triggered.connect(
                lambda _checked=False: self.focus_search())
        menu.menuAction().setVisible(not menu.isEmpty())

    def new_in_section(self) -> None:
        """Ctrl+N: click the current section's "new" button (Nytt medlem, Ny faktura, Nytt produkt)."""
        key = self.current_section()
        button = section_menu.create_button(key, self.pages.get(key))
        if button is not None and button.isEnabled():
            button.click()

    def print_in_section(self) -> None:
        """Ctrl+P: click the current section's preview button (the invoice, reminder, statement,
        aging, VAT basis or Konsern report shown in the preview, where Ctrl+P prints it)."""
        button = section_menu.print_button(self.pages.get(self.current_section()))
        if button is not None:
            button.click()
        else:
            self.statusBar().showMessage(tr("Ingenting å skrive ut her. Velg en faktura, purring eller rapport."), 5000)

    def new_member(self) -> None:
        page = self.show_section("members")
        if page is not None and hasattr(page, "new_member"):
            page.new_member()

    def open_user_guide(self) -> QWidget:
        """Hjelp › Brukerveiledning (F1): the guide beside the window, one at a time."""
        from .help.dialog import UserGuideDialog

        existing = getattr(self, "user_guide", None)
        try:
            if existing is not None and existing.isVisible():
                existing.raise_()
                existing.activateWindow()
                return existing
        except RuntimeError:  # closed and deleted
            pass
        self.user_guide = UserGuideDialog(self)
        self.user_guide.show()
        return self.user_guide

    def open_quick_search(self) -> QWidget:
        """The Ctrl+K popup; Enter on a hit jumps to it (``open_hit``)."""
        from .widgets.quick_search import QuickSearch

        popup = QuickSearch(self.ctx, self)
        popup.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        popup.picked.connect(self.open_hit)
        self.quick_search = popup
        popup.show()
        popup.field.setFocus()
        return popup

    def open_hit(self, hit: object) -> None:
        """Go to what the one search found: the member in Medlemmer, the invoice in Fakturaer, the
        payment in Innbetalinger (each page's own ``show_…``; a page without it is just shown)."""
        kind, key = getattr(hit, "kind", ""), int(getattr(hit, "key", 0))
        section, method = {"member": ("members", "show_member"), "invoice": ("invoices", "show_invoice"),
                           "payment": ("payments", "show_payment")}.get(kind, ("", ""))
        page = self.show_section(section) if section else None
        if page is not None and hasattr(page, method):
            getattr(page, method)(key)

    def focus_search(self) -> None:
        """Ctrl+F: the current section's search field; a section without one searches members."""
        page = self.pages.get(self.current_section())
        field = section_menu.search_field(page)
        if field is None:
            page = self.show_section("members")
            field = section_menu.search_field(page)
        if page is not None and hasattr(page, "focus_search"):
            page.focus_search()
        elif field is not None:
            field.setFocus(Qt.FocusReason.ShortcutFocusReason)
            field.selectAll()

    def about(self) -> QMessageBox:
        """Hjelp › Om: what the program is and its version (from the installed package's metadata)."""
        text = tr(
            "<h3>KontoPronto Desktop</h3><p>Medlemsregister, fakturering med KID, innbetalinger og "
            "konsernregnskap for norske foretak og foreninger.</p><p>Alt lagres kryptert i én fil på "
            "din egen maskin.</p>")
        box = QMessageBox(QMessageBox.Icon.NoIcon, tr("Om KontoPronto"),
                          text + "<p>" + tr("Versjon {0}").format(__version__) + "</p>", parent=self)
        box.setObjectName("about_box")
        box.setIconPixmap(app_icon().pixmap(64, 64))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # window-modal without a nested event loop
        return box

    # -- status bar -----------------------------------------------------------------------
    def _build_status_bar(self) -> None:
        status = self.statusBar()
        self.path_label = QLabel(str(self.store.path.resolve()))
        self.path_label.setObjectName("store_path")
        role = ROLE_LABELS.get(self.store.role, self.store.role)
        # who has the file open (the store is locked for writing by this window while it is open)
        self.user_label = QLabel(tr("Åpnet av {0} ({1})").format(self.store.actor, role))
        self.user_label.setObjectName("user_role")
        self.user_label.setToolTip(tr("Regnskapsfilen er åpen her. Andre vinduer og programmer kan ikke skrive i "
                                      "den før du lukker den."))
        status.addWidget(self.path_label, 1)
        status.addPermanentWidget(self.user_label)
        self.status_widgets: list[QWidget] = []
        for module_name in STATUS_WIDGETS:
            try:
                module = _import_optional(module_name)
                if module is None:
                    continue
                widget = module.create_status_widget(self.ctx)  # type: ignore[attr-defined]
            except Exception as exc:
                status.showMessage(tr("Statusfeltet {0} kunne ikke lastes: {1}").format(module_name, exc), 10000)
                continue
            status.addPermanentWidget(widget)
            self.status_widgets.append(widget)

    # -- store lifecycle ------------------------------------------------------------------
    def switch_store(self, mode: str) -> None:
        """Fil › Ny regnskapsfil / Åpne: the start dialog; on success a new window replaces this one."""
        if self.open_other is None:
            return
        store = self.open_other(mode)
        if store is None:
            return
        window = MainWindow(store, open_other=self.open_other)
        window.show()
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.close_store()
        super().closeEvent(event)

    def close_store(self) -> None:
        """Tell the pages, then close the store (idempotent)."""
        if self._closed:
            return
        self._closed = True
        if self in MainWindow.open_windows:
            MainWindow.open_windows.remove(self)
        self.ctx.about_to_close.emit()
        self.ctx.pool.waitForDone(10_000)
        self.store.close()
