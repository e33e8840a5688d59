"""The navigation sections of the main window and the tabs of Innstillinger.

Each entry names a module that defines ``create_page(ctx: AppContext) -> QWidget``. A feature
adds its page by creating that module; until it exists the section shows a "kommer" page
(sections) or is left out (settings tabs). The titles are translated with
``QCoreApplication.translate("sections", title)``.
"""

from __future__ import annotations

#: (key, Norwegian title, module)
SECTIONS: list[tuple[str, str, str]] = [
    ("overview", "Oversikt", "kontopronto_desktop.ui.overview.page"),
    ("members", "Medlemmer", "kontopronto_desktop.ui.members.page"),
    ("products", "Produkter", "kontopronto_desktop.ui.products.page"),
    ("invoices", "Fakturaer", "kontopronto_desktop.ui.invoices.page"),
    ("reminders", "Purring", "kontopronto_desktop.ui.reminders.page"),
    ("payments", "Innbetalinger", "kontopronto_desktop.ui.payments.page"),
    ("books", "Regnskap", "kontopronto_desktop.ui.books.page"),
    ("group", "Konsern", "kontopronto_desktop.ui.consolidation.page"),
    ("privacy", "Personvern", "kontopronto_desktop.ui.privacy.page"),
    ("settings", "Innstillinger", "kontopronto_desktop.ui.settings.page"),
]

#: Tabs inside Innstillinger: (key, Norwegian title, module)
SETTINGS_TABS: list[tuple[str, str, str]] = [
    ("organisation", "Organisasjon", "kontopronto_desktop.ui.settings.organisation"),
    ("invoicing", "Fakturering", "kontopronto_desktop.ui.settings.invoicing"),
    ("email", "E-post", "kontopronto_desktop.ui.settings.email"),
    ("channels", "Kanaler", "kontopronto_desktop.ui.settings.channels"),
    ("backup", "Sikkerhetskopi", "kontopronto_desktop.ui.settings.backup"),
    ("users", "Brukere", "kontopronto_desktop.ui.settings.users"),
    ("passphrase", "Mitt passord", "kontopronto_desktop.ui.settings.passphrase"),
    ("integrity", "Kontroll", "kontopronto_desktop.ui.settings.integrity"),
    ("accounting", "Regnskap", "kontopronto_desktop.ui.settings.accounting"),
]

#: Widgets in the main window's status bar, each module with ``create_status_widget(ctx) -> QWidget``
#: (e.g. the backup indicator). Missing modules are left out.
STATUS_WIDGETS: list[str] = [
    "kontopronto_desktop.ui.settings.backup_status",
    "kontopronto_desktop.ui.privacy.retention_status",
]
