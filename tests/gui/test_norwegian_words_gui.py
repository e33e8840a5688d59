"""Every page and tab of the Norwegian UI, walked like a reader: labels, buttons, tab titles, group
titles, table headers and the first rows, placeholders, combo items and tooltips of the visible
widgets. Fails on common English UI words and on raw keys (snake_case, dotted keys, JSON braces,
Python's None/True/False) — what a bookkeeper must never read (issue 18 item 3)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from kontopronto_desktop.core import demo
from kontopronto_desktop.core.store import Store
from kontopronto_desktop.ui import main_window

#: English words a translated-by-accident or forgotten string would show (case-insensitive, whole
#: words); words that are Norwegian too (import, status, type, filter, data, total, sent) are left out
ENGLISH = ("save", "cancel", "close", "delete", "edit", "add", "remove", "search", "name", "date", "amount",
           "settings", "help", "invoice", "invoices", "payment", "payments", "member", "members", "error", "warning",
           "loading", "select", "browse", "apply", "reset", "open", "due", "paid", "unpaid", "draft", "pending",
           "done", "failed", "success", "update", "refresh", "next", "previous", "back", "hide", "all", "none",
           "true", "false", "reminder", "reminders", "account", "balance", "report", "user", "password", "email",
           "phone", "address", "description", "quantity", "price", "yes", "created", "updated", "deleted",
           "matched", "unmatched", "booked", "stage", "notice", "warning", "collection", "run", "skipped",
           "file", "files", "backup", "sync", "synced", "uploaded", "never", "today", "week", "month")
ENGLISH_RE = re.compile(r"(?<![\w@./-])(" + "|".join(ENGLISH) + r")(?![\w@.-])", re.IGNORECASE)
#: snake_case and dotted keys (konsern.tilordning), JSON or unfilled {placeholders}
KEY_RE = re.compile(r"(?<![\w@./-])[a-z]+(?:_[a-z0-9]+)+(?![\w@.-])|(?<![\w@/-])[a-z]{2,}\.[a-z_]{2,}(?![\w@-])|[{}]")
#: the e-mail templates' {navn}-style fields are what the user types in the template: not a leak
TEMPLATE_FIELD = re.compile(r"\{[a-zæøå_]+\}")
#: domains, file names and the like that look like dotted keys but are what the user expects
ALLOWED_DOTTED = re.compile(r"\.(no|com|org|net|zip|pdf|csv|xml|xlsx|txt|json|kpdb|sie|se)\b")
ROWS_READ = 15


def _texts(widget: QWidget) -> Iterator[str]:
    if isinstance(widget, QLabel):
        yield re.sub(r"<[^>]+>", " ", widget.text())
    elif isinstance(widget, QAbstractButton):
        yield widget.text()
    elif isinstance(widget, QGroupBox):
        yield widget.title()
    elif isinstance(widget, QLineEdit):
        yield widget.placeholderText()
    elif isinstance(widget, QPlainTextEdit | QTextEdit):
        yield widget.placeholderText()
        yield widget.toPlainText()
    elif isinstance(widget, QComboBox):
        yield from (widget.itemText(i) for i in range(widget.count()))
    elif isinstance(widget, QTabWidget):
        yield from (widget.tabText(i) for i in range(widget.count()))
    elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
        model = widget.model()
        root = widget.rootIndex() if widget.rootIndex().isValid() else QModelIndex()
        # a list model's columnCount is private in PySide: one column
        columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(root)
        rows = model.rowCount(root)
        for c in range(columns):
            yield str(model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or "")
            yield str(model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) or "")
        for r in range(min(rows, ROWS_READ)):
            for c in range(columns):
                index = model.index(r, c, root)
                yield str(model.data(index, Qt.ItemDataRole.DisplayRole) or "")
                yield str(model.data(index, Qt.ItemDataRole.ToolTipRole) or "")
    yield widget.toolTip()


def _problems(text: str) -> list[str]:
    text = TEMPLATE_FIELD.sub("", text)
    found = [m.group(0) for m in ENGLISH_RE.finditer(text)]
    for m in KEY_RE.finditer(text):
        key = m.group(0)
        if "." in key and ALLOWED_DOTTED.search(text[m.start():m.end() + 6]):
            continue
        found.append(key)
    return found


def _walk(page: QWidget, where: str, seen: set[int]) -> Iterator[tuple[str, str, str]]:
    """(where, widget, problem) for the visible widgets; each QTabWidget's tabs are shown in turn."""
    QApplication.processEvents()
    for widget in [page, *page.findChildren(QWidget)]:
        if id(widget) in seen or not widget.isVisible():
            continue
        if isinstance(widget, QTabWidget):
            seen.add(id(widget))
            for i in range(widget.count()):
                widget.setCurrentIndex(i)
                QApplication.processEvents()
                yield from _walk(widget.widget(i), f"{where} › {widget.tabText(i)}", seen)
            continue
        if any(isinstance(widget, kind) for kind in (QLabel, QAbstractButton, QGroupBox, QLineEdit, QComboBox,
                                                      QAbstractItemView, QPlainTextEdit, QTextEdit)) \
                or widget.toolTip():
            seen.add(id(widget))
            for text in _texts(widget):
                for problem in _problems(text):
                    yield where, f"{type(widget).__name__} {widget.objectName()}: {text[:90]!r}", problem


def demo_window(qtbot, store: Store) -> main_window.MainWindow:  # type: ignore[no-untyped-def]
    """The demo organisation with its activity, in a window at 1366×768 (the screenshots' size)."""
    with store.session() as session:
        demo.create_demo(session, members=25)
    demo.create_demo_activity(store.session)
    window = main_window.MainWindow(store)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    return window


def test_every_page_and_tab_reads_norwegian(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    window = demo_window(qtbot, store)
    found: list[tuple[str, str, str]] = []
    seen: set[int] = set()
    for key in window.visible_sections():
        window.show_section(key)
        page = window.stack.currentWidget()
        title = window.nav.currentItem().text()
        found += _walk(page, title, seen)
    found += [("statuslinje", f"{type(w).__name__}: {t[:90]!r}", p)
              for w in window.statusBar().findChildren(QWidget) if w.isVisible()
              for t in _texts(w) for p in _problems(t)]
    found = list(dict.fromkeys(found))
    report = "\n".join(f"{where}: {problem!r} in {what}" for where, what, problem in found)
    assert not found, f"{len(found)} English words or raw keys in the Norwegian UI:\n{report}"


def test_the_walk_catches_english_and_keys() -> None:
    """The checker itself: it must fail on what it is for and pass Norwegian text, amounts and emails."""
    assert _problems("Save changes") == ["Save"]
    assert _problems("status: payment_method") == ["payment_method"]
    assert _problems("konsern.tilordning") == ["konsern.tilordning"]
    assert _problems('{"a": 1}') == ["{", "}"]
    assert not _problems("Hei {navn}, faktura {fakturanr} · f.eks. 3440 · kontingent o.l. · last opp")
    assert _problems("None") == ["None"]
    assert not _problems("Lagre endringer · kari.nordmann@example.no · 1 234,50 kr · 80 % · innsyn-1001.zip")
    assert not _problems("Type Status Import Filter Data Totalt")


def test_composed_sentences_match_the_core_words() -> None:
    """The GUI builds the backup indicator and the repeated-run warning from tr() sentences with
    placeholders (translatable), not tr() on the core's f-strings; in Norwegian they read as the core's."""
    from datetime import UTC, date, datetime, timedelta

    from kontopronto_desktop.core.backup.settings import BackupSettings, LocalState
    from kontopronto_desktop.core.backup.status import indicator
    from kontopronto_desktop.core.invoicing.batch import RepeatedRun
    from kontopronto_desktop.ui.invoices.dialogs import repeated_text
    from kontopronto_desktop.ui.settings.backup_status import indicator_texts

    now = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
    configured = BackupSettings(endpoint="https://s3.example.no", bucket="kopier")
    assert configured.configured
    cases = [indicator(LocalState(), BackupSettings(), now), indicator(LocalState(), configured, now)]
    for age in (timedelta(minutes=5), timedelta(hours=3), timedelta(days=1), timedelta(days=9)):
        ok = LocalState(last_success_at=(now - age).isoformat(), generation=4)
        cases.append(indicator(ok, configured, now))
        failed = LocalState(last_success_at=(now - age).isoformat(), last_error="Serveren svarte ikke.",
                            last_attempt_at=now.isoformat(), generation=4)
        cases.append(indicator(failed, configured, now))
    assert {c.case for c in cases} == {"unset", "never", "ok", "failed"}
    for shown in cases:
        assert indicator_texts(shown) == (shown.text, shown.detail)
    run = RepeatedRun(7, None, date(2026, 10, 1), 120)
    assert repeated_text(run) == run.text()
