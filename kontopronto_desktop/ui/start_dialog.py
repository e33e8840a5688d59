"""Start: open an existing store or create a new one, then show the recovery key once.

On a fresh machine (no recent files) the dialog opens on a welcome page with two choices: "Ny
regnskapsfil" (the create tab) and "Prøv med eksempeldata" (a demo store with made-up members, made
in the user's data folder from platformdirs, never beside the program; its passphrase is public).

Opening asks for the passphrase (or the recovery key); "Husk nøkkelen" keeps the store's key in
the OS keyring where a real one exists, so later starts need no passphrase. Whether one exists is
asked on the thread pool: keyring's backend detection takes ~0.5 s and froze the dialog as it was
built. Until the answer comes the box is offered with «Sjekker …» as its tooltip; a «no» turns it
off, and a store saved before the answer asks then. Recent files are remembered with QSettings.
Every problem is shown next to the field it concerns.
"""

from __future__ import annotations

import re
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, QThreadPool
from PySide6.QtGui import QFont, QGuiApplication, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..core import organisation
from ..core.errors import NotAStore, StoreLocked, UserError, ValidationError, WrongPassphrase
from ..core.store import (
    STORE_SUFFIX,
    Store,
    create_store,
    default_store_dir,
    keyring_available,
    keyring_set,
    remove_store_files,
)
from ..core.store import open_store as core_open_store
from .context import Worker
from .i18n import app_settings
from .widgets.forms import FieldForm

MIN_PASSPHRASE = 8
MAX_RECENT = 8
#: The demo store holds made-up people only, so its passphrase is public (as in scripts/demo).
DEMO_PASSPHRASE = "demo-passord"
DEMO_FILE = "eksempeldata" + STORE_SUFFIX
DEMO_MEMBERS = 300


def tr(text: str) -> str:
    return QCoreApplication.translate("StartDialog", text)


# -- recent files -------------------------------------------------------------------------------
def recent_stores() -> list[str]:
    value = app_settings().value("recent_stores", [])
    items = [value] if isinstance(value, str) else list(value) if isinstance(value, (list, tuple)) else []
    return [str(v) for v in items if v]


def remember_recent(path: Path) -> None:
    text = str(Path(path).resolve())
    items = [text] + [p for p in recent_stores() if p != text]
    settings = app_settings()
    settings.setValue("recent_stores", items[:MAX_RECENT])
    settings.sync()


def default_store_path(org_name: str) -> Path:
    slug = re.sub(r"[^a-z0-9æøå]+", "-", org_name.lower()).strip("-") or "regnskapsfil"
    return default_store_dir() / f"{slug}{STORE_SUFFIX}"


class StartDialog(QDialog):
    """After ``exec()`` returns Accepted, ``store`` is the open store (the caller closes it)."""

    def __init__(self, mode: str = "open", path: str | Path | None = None, user: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = user
        self.store: Store | None = None
        self.recovery_key = ""
        self.setWindowTitle(tr("KontoPronto – åpne eller opprett regnskapsfil"))
        #: a real OS keyring exists; None until the check on the thread pool answers
        self.has_keyring: bool | None = None
        self.pages = QStackedWidget()
        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_open(path), tr("Åpne regnskapsfil"))
        self.tabs.addTab(self._build_create(), tr("Ny regnskapsfil"))
        self.pages.addWidget(self.tabs)
        self.pages.addWidget(self._build_recovery())
        self.pages.addWidget(self._build_welcome())  # index 2: first start only
        layout = QVBoxLayout(self)
        intro = QLabel(tr("<h2>KontoPronto</h2>Regnskapet ditt ligger kryptert i én fil på denne maskinen."))
        layout.addWidget(intro)
        layout.addWidget(self.pages)
        self.tabs.setCurrentIndex(1 if mode in ("new", "first") else 0)
        if mode == "first":
            self.pages.setCurrentIndex(2)
        self.resize(560, 460)
        self.keyring_check = self._check_keyring()

    # -- first start ----------------------------------------------------------------------
    def _build_welcome(self) -> QWidget:
        page = QWidget()
        text = QLabel(tr("<h3>Velkommen</h3><p>Lag en ny regnskapsfil for organisasjonen din, eller se "
                         "deg rundt i et eksempel med oppdiktede medlemmer, fakturaer og innbetalinger "
                         "først.</p>"))
        text.setWordWrap(True)
        self.welcome_new = QPushButton(tr("Ny regnskapsfil"))
        self.welcome_new.setDefault(True)
        self.welcome_new.clicked.connect(self.show_create)
        self.welcome_demo = QPushButton(tr("Prøv med eksempeldata"))
        self.welcome_demo.clicked.connect(self.open_demo)
        self.welcome_open = QPushButton(tr("Åpne en fil jeg har …"))
        self.welcome_open.setFlat(True)
        self.welcome_open.clicked.connect(self.show_open)
        self.demo_error = QLabel()
        self.demo_error.setObjectName("demo_error")
        self.demo_error.setWordWrap(True)
        note = QLabel(tr("Eksempelfilen lagres i {0}. Passordet er «{1}».").format(
            default_store_dir() / DEMO_FILE, DEMO_PASSPHRASE))
        note.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addWidget(text)
        for button in (self.welcome_new, self.welcome_demo):
            button.setMinimumHeight(48)
            layout.addWidget(button)
        layout.addWidget(note)
        layout.addWidget(self.demo_error)
        layout.addStretch()
        layout.addWidget(self.welcome_open, alignment=Qt.AlignmentFlag.AlignLeft)
        return page

    def show_create(self) -> None:
        self.tabs.setCurrentIndex(1)
        self.pages.setCurrentIndex(0)
        self.new_name.setFocus()

    def show_open(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.pages.setCurrentIndex(0)

    def open_demo(self) -> Store | None:
        """Open the demo store in the user's data folder, making it first if it is not there."""
        from ..core import demo

        path = default_store_dir() / DEMO_FILE
        self.demo_error.clear()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            if path.exists():
                store = core_open_store(path, passphrase=DEMO_PASSPHRASE, user=self.user)
            else:
                path.parent.mkdir(parents=True, exist_ok=True)
                store, _recovery = create_store(path, DEMO_PASSPHRASE, user=self.user)
                try:
                    with store.session() as session:
                        demo.create_demo(session, members=DEMO_MEMBERS)
                    demo.create_demo_activity(store.session)
                except BaseException:
                    store.close()
                    remove_store_files(path)
                    raise
        except UserError as exc:
            self.demo_error.setText(exc.message)
            return None
        except OSError as exc:
            self.demo_error.setText(tr("kunne ikke lage filen: {0}").format(exc.strerror or exc))
            return None
        finally:
            QGuiApplication.restoreOverrideCursor()
        remember_recent(path)
        self.store = store
        self.accept()
        return store

    # -- open -----------------------------------------------------------------------------
    def _build_open(self, path: str | Path | None) -> QWidget:
        page = QWidget()
        self.open_path = QComboBox()
        self.open_path.setEditable(True)
        self.open_path.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        recent = [p for p in recent_stores() if Path(p).exists()]
        self.open_path.addItems(recent)
        if path:
            self.open_path.setEditText(str(path))
        elif not recent:
            self.open_path.setEditText("")
        browse = QPushButton(tr("Bla gjennom …"))
        browse.clicked.connect(self._browse_open)
        path_row = QHBoxLayout()
        path_row.addWidget(self.open_path, 1)
        path_row.addWidget(browse)
        self.open_passphrase = QLineEdit()
        self.open_passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.use_recovery = QCheckBox(tr("Jeg har glemt passordet og bruker gjenopprettingsnøkkelen"))
        self.use_recovery.toggled.connect(
            lambda on: self.open_passphrase.setEchoMode(QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password))
        self.open_remember = QCheckBox(tr("Husk nøkkelen på denne maskinen (nøkkelring)"))
        self._keyring_option(self.open_remember)
        self.open_form = FieldForm()
        self.open_form.add_field("path", tr("Fil"), path_row)
        self.open_form.add_field("passphrase", tr("Passord"), self.open_passphrase)
        self.open_form.add_field("recovery", "", self.use_recovery)
        self.open_form.add_field("remember", "", self.open_remember)
        self.open_button = QPushButton(tr("Åpne"))
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self.open_existing)
        self.open_passphrase.returnPressed.connect(self.open_existing)
        layout = QVBoxLayout(page)
        layout.addLayout(self.open_form)
        layout.addStretch()
        layout.addWidget(self.open_button, alignment=Qt.AlignmentFlag.AlignRight)
        return page

    def _keyring_option(self, box: QCheckBox) -> None:
        box.setToolTip(tr("Sjekker om denne maskinen har en nøkkelring …"))

    def _check_keyring(self) -> Worker:
        """Ask on the thread pool whether a real keyring exists; the boxes follow the answer."""
        worker = Worker(lambda _progress, _cancelled: keyring_available())

        def answered(value: object) -> None:
            if shiboken6.isValid(self):  # a dialog closed meanwhile has nothing to show
                self.keyring_known(bool(value))

        worker.signals.finished.connect(answered)
        worker.signals.failed.connect(lambda _exc: answered(False))
        QThreadPool.globalInstance().start(worker)
        return worker

    def keyring_known(self, available: bool) -> None:
        """The answer: «Husk nøkkelen» stays offered, or is turned off and says why."""
        self.has_keyring = available
        for box in (self.open_remember, self.new_remember):
            if available:
                box.setToolTip("")
            else:
                box.setChecked(False)
                box.setEnabled(False)
                box.setToolTip(tr("Ingen nøkkelring finnes på denne maskinen; passordet må skrives hver gang."))

    def keyring_exists(self) -> bool:
        """The answer, asked now if the check has not answered yet (a store saved at once)."""
        if self.has_keyring is None:
            self.has_keyring = keyring_available()
        return self.has_keyring

    def _browse_open(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("Åpne regnskapsfil"), str(default_store_dir()),
                                              tr("KontoPronto-regnskapsfil (*.kpdb);;Alle filer (*)"))
        if path:
            self.open_path.setEditText(path)

    def open_existing(self) -> Store | None:
        self.open_form.clear_errors()
        text = self.open_path.currentText().strip()
        if not text:
            self.open_form.show_errors({"path": tr("velg en regnskapsfil")})
            return None
        path = Path(text).expanduser()
        secret = self.open_passphrase.text() or None
        kwargs: dict[str, object] = {"user": self.user}
        if self.use_recovery.isChecked():
            kwargs["recovery"] = secret or ""
        else:
            kwargs["passphrase"] = secret
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            store = core_open_store(path, **kwargs)  # type: ignore[arg-type]
        except WrongPassphrase as exc:
            self.open_form.show_errors({"passphrase": exc.message})
            self.open_passphrase.selectAll()
            self.open_passphrase.setFocus()
            return None
        except (NotAStore, StoreLocked) as exc:
            self.open_form.show_errors({"path": exc.message})
            return None
        except UserError as exc:
            self.open_form.show_errors({"path": exc.message})
            return None
        finally:
            QGuiApplication.restoreOverrideCursor()
        self._remember_key(store, self.open_remember)
        remember_recent(path)
        self.store = store
        self.accept()
        return store

    # -- create ---------------------------------------------------------------------------
    def _build_create(self) -> QWidget:
        page = QWidget()
        self.new_name = QLineEdit()
        self.new_orgnr = QLineEdit()
        self.new_orgnr.setPlaceholderText(tr("9 siffer"))
        self.new_account = QLineEdit()
        self.new_account.setPlaceholderText(tr("11 siffer"))
        self.new_path = QLineEdit()
        self.new_path.setPlaceholderText(tr("standard: {0}").format(default_store_dir()))
        choose = QPushButton(tr("Velg …"))
        choose.clicked.connect(self._browse_new)
        path_row = QHBoxLayout()
        path_row.addWidget(self.new_path, 1)
        path_row.addWidget(choose)
        self.new_passphrase = QLineEdit()
        self.new_passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_passphrase2 = QLineEdit()
        self.new_passphrase2.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_remember = QCheckBox(tr("Husk nøkkelen på denne maskinen (nøkkelring)"))
        self._keyring_option(self.new_remember)
        self.create_form = FieldForm()
        self.create_form.add_field("name", tr("Organisasjonens navn"), self.new_name)
        self.create_form.add_field("orgnr", tr("Organisasjonsnummer"), self.new_orgnr)
        self.create_form.add_field("account_number", tr("Kontonummer"), self.new_account)
        self.create_form.add_field("path", tr("Fil"), path_row)
        self.create_form.add_field("passphrase", tr("Passord (minst {0} tegn)").format(MIN_PASSPHRASE),
                                   self.new_passphrase)
        self.create_form.add_field("passphrase2", tr("Gjenta passordet"), self.new_passphrase2)
        self.create_form.add_field("remember", "", self.new_remember)
        self.create_button = QPushButton(tr("Opprett"))
        self.create_button.clicked.connect(self.create_new)
        layout = QVBoxLayout(page)
        layout.addLayout(self.create_form)
        layout.addStretch()
        layout.addWidget(self.create_button, alignment=Qt.AlignmentFlag.AlignRight)
        return page

    def _browse_new(self) -> None:
        suggested = default_store_path(self.new_name.text())
        path, _ = QFileDialog.getSaveFileName(self, tr("Ny regnskapsfil"), str(suggested), tr("KontoPronto-regnskapsfil (*.kpdb)"))
        if path:
            self.new_path.setText(path if path.endswith(STORE_SUFFIX) else path + STORE_SUFFIX)

    def new_store_path(self) -> Path:
        text = self.new_path.text().strip()
        if not text:
            return default_store_path(self.new_name.text())
        path = Path(text).expanduser()
        return path if path.suffix == STORE_SUFFIX else path.with_name(path.name + STORE_SUFFIX)

    def create_new(self) -> Store | None:
        """Check every field, create the store with its organisation, then show the recovery key."""
        self.create_form.clear_errors()
        errors: dict[str, str] = {}
        org_values = {"name": self.new_name.text(), "orgnr": self.new_orgnr.text(),
                      "account_number": self.new_account.text()}
        try:
            organisation.validate_organisation(org_values)
        except ValidationError as exc:
            errors.update(exc.errors)
        path = self.new_store_path()
        if path.exists():
            errors["path"] = tr("filen finnes allerede; velg et annet navn")
        passphrase = self.new_passphrase.text()
        if len(passphrase) < MIN_PASSPHRASE:
            errors["passphrase"] = tr("passordet må ha minst {0} tegn").format(MIN_PASSPHRASE)
        elif passphrase != self.new_passphrase2.text():
            errors["passphrase2"] = tr("passordene er ikke like")
        if errors:
            self.create_form.show_errors(errors)
            return None
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            store, recovery = create_store(path, passphrase, user=self.user)
            try:
                with store.session() as session:
                    organisation.save_organisation(session, org_values)
            except BaseException:
                store.close()
                remove_store_files(path)
                raise
        except ValidationError as exc:
            self.create_form.show_errors(exc.errors)
            return None
        except UserError as exc:
            self.create_form.show_errors({"path": exc.message})
            return None
        except OSError as exc:
            self.create_form.show_errors({"path": tr("kunne ikke lage filen: {0}").format(exc.strerror or exc)})
            return None
        finally:
            QGuiApplication.restoreOverrideCursor()
        self._remember_key(store, self.new_remember)
        remember_recent(path)
        self.store = store
        self.recovery_key = recovery
        self.recovery_label.setText(recovery)
        self.pages.setCurrentIndex(1)
        return store

    # -- recovery key ---------------------------------------------------------------------
    def _build_recovery(self) -> QWidget:
        page = QWidget()
        text = QLabel(tr(
            "<h3>Gjenopprettingsnøkkel</h3><p>Regnskapsfilen er opprettet. Hvis du glemmer passordet, er denne "
            "nøkkelen den eneste måten å åpne filen på. Skriv den ut eller skriv den ned, og oppbevar den "
            "trygt. <b>Den vises bare denne ene gangen.</b></p>"))
        text.setWordWrap(True)
        self.recovery_label = QLabel()
        self.recovery_label.setObjectName("recovery_key")
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(14)
        self.recovery_label.setFont(font)
        self.recovery_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.recovery_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.copy_button = QPushButton(tr("Kopier"))
        self.copy_button.clicked.connect(self.copy_recovery_key)
        self.print_button = QPushButton(tr("Skriv ut …"))
        self.print_button.clicked.connect(self.print_recovery_key)
        self.kept_key = QCheckBox(tr("Jeg har tatt vare på nøkkelen"))
        self.continue_button = QPushButton(tr("Fortsett"))
        self.continue_button.setEnabled(False)
        self.kept_key.toggled.connect(self.continue_button.setEnabled)
        self.continue_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.print_button)
        buttons.addStretch()
        layout = QVBoxLayout(page)
        layout.addWidget(text)
        layout.addWidget(self.recovery_label)
        layout.addLayout(buttons)
        layout.addStretch()
        layout.addWidget(self.kept_key)
        layout.addWidget(self.continue_button, alignment=Qt.AlignmentFlag.AlignRight)
        return page

    def copy_recovery_key(self) -> None:
        QGuiApplication.clipboard().setText(self.recovery_key)

    def recovery_document(self) -> QTextDocument:
        doc = QTextDocument()
        name = self.new_name.text()
        path = self.store.path if self.store is not None else ""
        doc.setHtml(tr("<h2>KontoPronto – gjenopprettingsnøkkel</h2><p>Organisasjon: {0}<br>Fil: {1}</p>"
                       "<p style='font-size:18pt; font-family:monospace'>{2}</p>"
                       "<p>Oppbevar arket trygt. Med nøkkelen kan regnskapsfilen åpnes uten passord.</p>")
                    .format(name, path, self.recovery_key))
        return doc

    def print_recovery_key(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter()
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.recovery_document().print_(printer)

    # -- shared ---------------------------------------------------------------------------
    def _remember_key(self, store: Store, box: QCheckBox) -> None:
        if box.isChecked() and self.keyring_exists():
            try:
                keyring_set(store.store_id, store.key, store.signer)
            except UserError:
                pass

    def reject(self) -> None:
        # The recovery key is shown once: Esc must not skip past it; "Fortsett" closes the page.
        if self.store is not None and self.pages.currentIndex() == 1:
            return
        super().reject()
