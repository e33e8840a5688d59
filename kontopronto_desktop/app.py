"""Start-up of the window: choose the language, unlock the store, open the main window.

    python -m kontopronto_desktop [--store FIL.kpdb] [--user NAVN] [--screenshot BILDE.png] [--language nb|en]

The passphrase comes from ``KONTOPRONTO_PASSPHRASE``, else the OS keyring, else the start
dialog asks. Problems opening a store are shown as Norwegian messages, never a traceback.
``--screenshot`` renders the main window once it is shown and loaded, saves it and quits
(used by ``scripts/demo`` on a headless machine and for the README picture).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from .core.errors import UserError, WrongPassphrase
from .core.store import Store, open_store
from .ui.app_icon import app_icon
from .ui.i18n import apply_locale, choose_language, install_translator
from .ui.qt_runtime import broken_qt_message
from .ui.widgets.palette import follow_system_colour_scheme

EXIT_OK = 0
EXIT_CANCELLED = 1
EXIT_ERROR = 2


def tr(text: str) -> str:
    return QCoreApplication.translate("App", text)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="kontopronto-desktop", description="KontoPronto Desktop")
    parser.add_argument("--store", type=Path, help="regnskapsfilen (.kpdb) som skal åpnes")
    parser.add_argument("--user", help="brukernavnet som skal låse opp regnskapsfilen")
    parser.add_argument("--screenshot", type=Path, help="lagre et bilde av hovedvinduet og avslutt")
    parser.add_argument("--language", choices=("nb", "en"), help="språk i vinduet (standard: norsk)")
    return parser.parse_args(argv)


def take_env_passphrase() -> str | None:
    """Read KONTOPRONTO_PASSPHRASE and remove it from the environment, so that programs the
    window starts (PDF viewer, mail client, browser) do not inherit the passphrase."""
    return os.environ.pop("KONTOPRONTO_PASSPHRASE", None) or None


def try_open(path: Path, user: str | None, passphrase: str | None = None) -> tuple[Store | None, str | None]:
    """Open with the given (environment) passphrase or the keyring: the store, or the message why not.

    ``(None, None)`` means no passphrase was available: the start dialog should ask.
    """
    passphrase = passphrase or take_env_passphrase()
    try:
        return open_store(path, passphrase=passphrase, user=user), None
    except WrongPassphrase as exc:
        return None, (exc.message if passphrase else None)
    except UserError as exc:
        return None, exc.message
    except Exception as exc:  # anything unexpected: still a message, not a traceback
        return None, tr("Regnskapsfilen kunne ikke åpnes: {0}").format(exc)


def run_start_dialog(mode: str, path: Path | None, user: str | None) -> Store | None:
    from .ui.start_dialog import StartDialog

    dialog = StartDialog(mode, path, user)
    if dialog.exec() == StartDialog.DialogCode.Accepted:
        return dialog.store
    return None


def _error(message: str, headless: bool) -> None:
    if headless:
        print(message, file=sys.stderr)
    else:
        QMessageBox.critical(None, tr("KontoPronto"), message)


def save_screenshot(window: object, target: Path) -> bool:
    """Let the window lay out and load its first page, then render it to ``target``."""
    app = QApplication.instance()
    assert app is not None
    for _ in range(5):
        app.processEvents()
    # pages computing their figures on the thread pool (the Oversikt) are pictured with them
    deadline = time.monotonic() + 30
    while any(getattr(page, "busy", False) for page in getattr(window, "pages", {}).values()) \
            and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    for _ in range(5):  # the layout the figures asked for
        app.processEvents()
    members_page = getattr(window, "pages", {}).get("members")
    if members_page is not None and hasattr(members_page, "table") and members_page.model.rowCount():
        members_page.table.selectRow(0)  # so the detail pane shows a member too
        app.processEvents()
    target.parent.mkdir(parents=True, exist_ok=True)
    pixmap = window.grab()  # type: ignore[attr-defined]
    return bool(pixmap.save(str(target)))


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    env_passphrase = take_env_passphrase()
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "kontopronto-desktop"])
    assert isinstance(app, QApplication)
    from .ui.preload import start_preload

    # the pages are imported in the background while the store opens and the passphrase is typed
    preload = start_preload()
    try:
        return _run(app, args, env_passphrase, preload.stop)
    finally:
        preload.stop()


def _run(app: QApplication, args: argparse.Namespace, env_passphrase: str | None,
         stop_preload: Callable[[float], None]) -> int:
    """The window's life after the application object exists: language, store, main window."""
    app.setOrganizationName("KontoPronto")
    app.setApplicationName("KontoPronto Desktop")
    app.setWindowIcon(app_icon())
    follow_system_colour_scheme(app)  # dark palette when the system is dark
    language = choose_language(args.language)
    translator = install_translator(app, language)  # noqa: F841  (kept alive)
    qt_texts = apply_locale(app, language)  # noqa: F841  (kept alive)
    headless = args.screenshot is not None
    broken = broken_qt_message()
    if broken:  # refuse now rather than abort in the middle of the user's work
        if not headless:
            print(broken, file=sys.stderr)
        _error(broken, headless)
        return EXIT_ERROR

    store: Store | None = None
    if args.store is not None:
        store, message = try_open(args.store, args.user, env_passphrase)
        if message:
            _error(message, headless)
            if headless:
                return EXIT_ERROR
    elif headless:
        _error(tr("--screenshot krever --store og passordet i KONTOPRONTO_PASSPHRASE."), headless)
        return EXIT_ERROR
    if store is None:
        if headless:
            _error(tr("Passord mangler: sett KONTOPRONTO_PASSPHRASE."), headless)
            return EXIT_ERROR
        from .ui.start_dialog import recent_stores

        # No recent files: a fresh machine, so the welcome page (new file or try the demo data).
        mode = "open" if args.store is not None or recent_stores() else "first"
        store = run_start_dialog(mode, args.store, args.user)
        if store is None:
            return EXIT_CANCELLED

    # the passphrase is in: no more background imports competing with building the window (what
    # is not imported yet is imported when first needed)
    stop_preload(0)
    from .ui.main_window import MainWindow
    from .ui.start_dialog import remember_recent

    remember_recent(store.path)

    window = MainWindow(store, open_other=lambda mode: run_start_dialog(mode, None, args.user))
    window.show()
    if args.screenshot is not None:
        ok = save_screenshot(window, args.screenshot)
        window.close()
        if not ok:
            _error(tr("Kunne ikke lagre bildet {0}.").format(args.screenshot), headless)
            return EXIT_ERROR
        print(tr("Bilde av vinduet lagret i {0}").format(args.screenshot))
        return EXIT_OK
    from .ui.preload import resume_after_first_paint

    later = resume_after_first_paint()  # the imports the window did not need yet, once it has settled
    try:
        code = app.exec()
    finally:
        later.stop()
    for open_window in list(MainWindow.open_windows):
        open_window.close_store()
    return int(code)


if __name__ == "__main__":
    raise SystemExit(main())
