"""What the tabs of the Personvern page share: the page's translation context.

Each tab is its own widget composed by ``page.PrivacyPage`` (person_tab, retention_tab, and
breach_log's BreachTab); they talk through the AppContext signals (an erasure or a retention run
says ``ctx.notify_changed("members")``), never through another tab's attributes.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


# every module of the section keeps the page's context, so its texts keep their translation
def tr(text: str) -> str:
    return QCoreApplication.translate("PrivacyPage", text)
