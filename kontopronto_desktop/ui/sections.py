"""The navigation sections of the main window and the tabs of Innstillinger.

Each entry names a module that defines ``create_page(ctx: AppContext) -> QWidget``. A feature
adds its page by creating that module; until it exists the section shows a "kommer" page
(sections) or is left out (settings tabs). The titles are translated with
``QCoreApplication.translate("sections", title)``.
"""

from __future__ import annotations

#: (key, Norwegian title, module)
SECTIONS: list[tuple[str, str, str]] = [
    ("members", "Medlemmer", "kontopronto_desktop.ui.members_page"),
    ("products", "Produkter", "kontopronto_desktop.ui.products_page"),
    ("invoices", "Fakturaer", "kontopronto_desktop.ui.invoices_page"),
    ("reminders", "Purring", "kontopronto_desktop.ui.reminders_page"),
    ("payments", "Innbetalinger", "kontopronto_desktop.ui.payments_page"),
    ("books", "Regnskap", "kontopronto_desktop.ui.books.page"),
    ("group", "Konsern", "kontopronto_desktop.ui.group_page"),
    ("privacy", "Personvern", "kontopronto_desktop.ui.privacy_page"),
    ("settings", "Innstillinger", "kontopronto_desktop.ui.settings_page"),
]

#: Tabs inside Innstillinger: (key, Norwegian title, module)
SETTINGS_TABS: list[tuple[str, str, str]] = [
    ("organisation", "Organisasjon", "kontopronto_desktop.ui.settings_organisation"),
    ("invoicing", "Fakturering", "kontopronto_desktop.ui.settings_invoicing"),
    ("email", "E-post", "kontopronto_desktop.ui.settings_email"),
    ("channels", "Kanaler", "kontopronto_desktop.ui.channels.settings_tab"),
    ("backup", "Sikkerhetskopi", "kontopronto_desktop.ui.settings_backup"),
    ("users", "Brukere", "kontopronto_desktop.ui.settings_users"),
]

#: Widgets in the main window's status bar, each module with ``create_status_widget(ctx) -> QWidget``
#: (e.g. the backup indicator). Missing modules are left out.
STATUS_WIDGETS: list[str] = [
    "kontopronto_desktop.ui.backup_status",
    "kontopronto_desktop.ui.retention_status",
]
