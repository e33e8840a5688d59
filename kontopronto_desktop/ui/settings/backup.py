"""Innstillinger › Sikkerhetskopi: the S3 server, test connection, schedule, snapshots, restore, verify.

Everything that talks to the server runs off the GUI thread (``ctx.run_in_background``) and
comes back as plain dicts; errors are shown in Norwegian in a message box and in the tab. So does
finding the stored keys: the first look at the OS keyring imports and probes every keyring
backend (0.5 s and more, longer with a slow D-Bus), so the tab says «Sjekker nøkkelring …» until
it is known.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...core.backup import sync
from ...core.backup.remote import Remote, RemoteConfig
from ...core.backup.restore import kept_copy_path, restore_to_file, verify
from ...core.backup.settings import (
    Credentials,
    LocalState,
    get_backup_settings,
    resolve_credentials,
    save_backup_settings,
    save_credentials,
    validate,
)
from ...core.errors import UserError, ValidationError
from ...core.privacy.policy import policy_value
from ...core.store.keys import keyring_available
from ..context import AppContext
from ..widgets.date_edit import format_date
from ..widgets.latest_job import LatestJob
from ..widgets.table_model import Column, RowsTableModel
from ..widgets.table_rows import rows_table


def tr(text: str) -> str:
    return QCoreApplication.translate("BackupSettings", text)


def _local(iso: str) -> str:
    return format_date(datetime.fromisoformat(iso))


def _size(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB".replace(".", ",")


class SnapshotTableModel(RowsTableModel[dict[str, Any]]):
    """Snapshot summaries (plain dicts), newest first."""

    HEADERS = ("Tidspunkt", "Generasjon", "PC", "Størrelse", "Id", "")

    def __init__(self) -> None:
        texts = (lambda r: _local(r["created_at"]), lambda r: str(r["generation"]), lambda r: r["device"],
                 lambda r: _size(r["db_bytes"]), lambda r: r["id"][:8],
                 lambda r: tr("denne PC-en") if r.get("current") else "")
        super().__init__([Column(h, t) for h, t in zip(self.HEADERS, texts, strict=True)], translate=tr)


class BackupSettingsTab(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.error_box: QMessageBox | None = None
        self.confirm_box: QMessageBox | None = None
        self.conflict_box: QMessageBox | None = None
        self.busy = False

        self.endpoint = QLineEdit()
        self.endpoint.setPlaceholderText("https://s3.eu-north-1.amazonaws.com")
        self.region = QLineEdit()
        self.transfer_basis = QLineEdit()  # GDPR chapter V basis for a region outside the EU/EEA
        self.transfer_basis.setPlaceholderText(tr("bare for region utenfor EU/EØS, f.eks. EUs standardavtaler (SCC)"))
        self.bucket = QLineEdit()
        self.prefix = QLineEdit()
        self.access_key = QLineEdit()
        self.secret_key = QLineEdit()
        self.secret_key.setEchoMode(QLineEdit.EchoMode.Password)
        #: where the keys are kept on this PC; «Sjekker nøkkelring …» while the pool finds out
        self.keyring_note = QLabel()
        self.keyring_note.setWordWrap(True)
        self.credentials_job = LatestJob(ctx, self, self._show_credentials, self._credentials_failed)
        self.interval = QSpinBox()
        self.interval.setRange(1, 24 * 30)
        self.interval.setSuffix(tr(" timer"))
        self.keep = {}
        for name, low, high in (("keep_last", 1, 30), ("keep_daily", 1, 60), ("keep_weekly", 0, 52),
                                ("keep_monthly", 0, 24)):
            spin = QSpinBox()
            spin.setRange(low, high)
            self.keep[name] = spin
        self.policy_note = QLabel()
        self.policy_note.setWordWrap(True)
        self.save_button = QPushButton(tr("Lagre"))
        self.save_button.clicked.connect(self.save)
        self.test_button = QPushButton(tr("Test forbindelsen"))
        self.test_button.clicked.connect(self.test_connection)
        self.connection_result = QLabel()
        self.connection_result.setWordWrap(True)

        form = QFormLayout()
        form.addRow(tr("Adresse (endepunkt)"), self.endpoint)
        form.addRow(tr("Region"), self.region)
        form.addRow(tr("Overføringsgrunnlag"), self.transfer_basis)
        form.addRow(tr("Bøtte"), self.bucket)
        form.addRow(tr("Prefiks (mappe)"), self.prefix)
        form.addRow(tr("Tilgangsnøkkel"), self.access_key)
        form.addRow(tr("Hemmelig nøkkel"), self.secret_key)
        form.addRow("", self.keyring_note)
        form.addRow(tr("Automatisk sikkerhetskopi hver"), self.interval)
        keep_row = QHBoxLayout()
        for name, label in (("keep_last", QT_TRANSLATE_NOOP("BackupSettings", "siste")),
                            ("keep_daily", QT_TRANSLATE_NOOP("BackupSettings", "daglige")),
                            ("keep_weekly", QT_TRANSLATE_NOOP("BackupSettings", "ukentlige")),
                            ("keep_monthly", QT_TRANSLATE_NOOP("BackupSettings", "månedlige"))):
            keep_row.addWidget(self.keep[name])
            keep_row.addWidget(QLabel(tr(label)))
        keep_row.addStretch()
        form.addRow(tr("Behold"), keep_row)
        form.addRow("", self.policy_note)
        server_buttons = QHBoxLayout()
        server_buttons.addWidget(self.save_button)
        server_buttons.addWidget(self.test_button)
        server_buttons.addStretch()
        server = QGroupBox(tr("Server (S3-kompatibel lagring)"))
        server_layout = QVBoxLayout(server)
        server_layout.addLayout(form)
        server_layout.addLayout(server_buttons)
        server_layout.addWidget(self.connection_result)

        self.sync_status = QLabel()
        self.sync_status.setWordWrap(True)
        self.model = SnapshotTableModel()
        self.table = rows_table(self.model, key="settings.backup.snapshots")  # sized, remembered, Ctrl+C/export
        self.push_button = QPushButton(tr("Ta sikkerhetskopi nå"))
        self.push_button.clicked.connect(self.push)
        self.refresh_button = QPushButton(tr("Oppdater listen"))
        self.refresh_button.clicked.connect(self.refresh_list)
        self.verify_button = QPushButton(tr("Kontroller valgt (øvelse)"))
        self.verify_button.clicked.connect(self.verify_selected)
        self.pull_button = QPushButton(tr("Hent nyeste"))
        self.pull_button.clicked.connect(self.pull_newest)
        self.restore_button = QPushButton(tr("Gjenopprett valgt over regnskapsfilen …"))
        self.restore_button.clicked.connect(self.restore_selected_over)
        self.prune_button = QPushButton(tr("Slett utløpte"))
        self.prune_button.clicked.connect(self.prune)
        self.cancel_button = QPushButton(tr("Avbryt"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.worker: Any = None
        self.new_file = QLineEdit()
        self.new_file.setPlaceholderText(tr("ny fil, f.eks. C:\\Kopier\\forening-kopi.kpdb"))
        self.choose_file = QPushButton(tr("Velg …"))
        self.choose_file.clicked.connect(self._choose_file)
        self.restore_file_button = QPushButton(tr("Gjenopprett valgt til ny fil"))
        self.restore_file_button.clicked.connect(self.restore_selected_to_file)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        row1 = QHBoxLayout()
        for button in (self.push_button, self.cancel_button, self.refresh_button, self.verify_button,
                       self.pull_button, self.restore_button, self.prune_button):
            row1.addWidget(button)
        row1.addStretch()
        row2 = QHBoxLayout()
        row2.addWidget(self.new_file)
        row2.addWidget(self.choose_file)
        row2.addWidget(self.restore_file_button)
        snapshots = QGroupBox(tr("Sikkerhetskopier på serveren"))
        snap_layout = QVBoxLayout(snapshots)
        snap_layout.addWidget(self.sync_status)
        snap_layout.addWidget(self.table)
        snap_layout.addLayout(row1)
        snap_layout.addLayout(row2)
        snap_layout.addWidget(self.result)

        layout = QVBoxLayout(self)
        layout.addWidget(server)
        layout.addWidget(snapshots)
        self.load()
        if self._configured():
            self.refresh_list()

    # -- settings ---------------------------------------------------------------------------
    def _configured(self) -> bool:
        with self.ctx.store.session() as session:
            return get_backup_settings(session).configured

    def load(self) -> None:
        """The saved settings at once; the stored keys (keyring first) from the pool."""
        with self.ctx.store.session() as session:
            s = get_backup_settings(session)
            days = policy_value(session, "backup_max_days")
        self.endpoint.setText(s.endpoint)
        self.region.setText(s.region)
        self.transfer_basis.setText(s.transfer_basis)
        self.bucket.setText(s.bucket)
        self.prefix.setText(s.prefix)
        self.interval.setValue(s.interval_hours)
        for name, spin in self.keep.items():
            spin.setValue(getattr(s, name))
        self.policy_note.setText(tr("Ingen sikkerhetskopi beholdes lenger enn {d} dager (personvernreglene: "
                                    "30 dager til 3 måneder, kan endres under Personvern).").format(d=days))
        self.access_key.setModified(False)  # a key typed from now on is kept when the stored one comes
        self.secret_key.clear()
        self.secret_key.setPlaceholderText(tr("Sjekker nøkkelring …"))
        self.keyring_note.setText(tr("Sjekker nøkkelring …"))
        store = self.ctx.store

        def work() -> tuple[bool, Credentials | None]:
            with store.session() as session:
                return keyring_available(), resolve_credentials(session, store.store_id)
        self.credentials_job.start(work)

    def _show_credentials(self, found: tuple[bool, Credentials | None]) -> None:
        has_keyring, credentials = found
        self.keyring_note.setText(
            tr("Nøklene lagres i nøkkelringen på denne PC-en.") if has_keyring
            else tr("Ingen nøkkelring på denne PC-en: nøklene lagres i regnskapsfilen."))
        if not self.access_key.isModified():
            self.access_key.setText(credentials.access_key if credentials else "")
        self.secret_key.setPlaceholderText(
            tr("lagret ({where}); la stå tom for å beholde").format(where=credentials.source) if credentials
            else tr("mangler"))

    def _credentials_failed(self, exc: BaseException) -> None:
        self.keyring_note.setText(tr("Fant ikke de lagrede nøklene: ") + self._message(exc))
        self.secret_key.setPlaceholderText(tr("mangler"))

    def _values(self) -> dict[str, Any]:
        return {"endpoint": self.endpoint.text(), "region": self.region.text(), "bucket": self.bucket.text(),
                "transfer_basis": self.transfer_basis.text(),
                "prefix": self.prefix.text(), "interval_hours": self.interval.value(),
                **{name: spin.value() for name, spin in self.keep.items()}}

    def save(self) -> bool:
        try:
            with self.ctx.store.session() as session:
                save_backup_settings(session, self._values())
                if self.secret_key.text():
                    where = save_credentials(session, self.ctx.store.store_id, self.access_key.text(),
                                             self.secret_key.text())
                    self.connection_result.setText(tr("Nøklene er lagret i {where}.").format(where=where))
        except ValidationError as exc:
            self._show_error(tr("Ikke lagret: ") + "; ".join(exc.errors.values()))
            return False
        except UserError as exc:
            self._show_error(exc.message)
            return False
        self.result.setText(tr("Innstillingene for sikkerhetskopi er lagret."))
        self.load()
        self.ctx.notify_changed("settings")
        return True

    def _form_remote(self) -> Remote:
        settings = validate({**self._values(), "attempts": 1})
        with self.ctx.store.session() as session:
            stored = resolve_credentials(session, self.ctx.store.store_id)
        access = self.access_key.text().strip() or (stored.access_key if stored else "")
        secret = self.secret_key.text() or (stored.secret_key if stored else "")
        if not access or not secret:
            raise UserError(tr("Fyll inn tilgangsnøkkel og hemmelig nøkkel."))
        if not settings.configured:
            raise UserError(tr("Fyll inn adresse og bøtte."))
        return Remote(RemoteConfig(endpoint=settings.endpoint, bucket=settings.bucket, access_key=access,
                                   secret_key=secret, region=settings.region, prefix=settings.prefix, attempts=1))

    def test_connection(self) -> None:
        try:
            remote = self._form_remote()
        except ValidationError as exc:
            self._show_error("; ".join(exc.errors.values()))
            return
        except UserError as exc:
            self._show_error(exc.message)
            return
        self.connection_result.setText(tr("Tester forbindelsen …"))
        self.test_button.setEnabled(False)

        def done(lines: list[str]) -> None:
            self.test_button.setEnabled(True)
            # the checks are the core's Norwegian sentences with the host and bucket in them: shown as
            # written (tr() on an f-string finds no translation)
            self.connection_result.setText("\n".join(f"✓ {line}" for line in lines)
                                           + "\n" + tr("Forbindelsen virker."))

        def failed(exc: BaseException) -> None:
            self.test_button.setEnabled(True)
            self.connection_result.setText(tr("Forbindelsen virker ikke: ") + self._message(exc))
            self._show_error(self._message(exc))

        self.ctx.run_in_background(lambda _p, _c: remote.test_connection(), done, failed, owner=self)

    # -- snapshots --------------------------------------------------------------------------
    def _run(self, label: str, fn: Any, on_done: Any, on_error: Any = None) -> None:
        if self.busy:
            return
        self.busy = True
        self._enable(False)
        self.result.setText(label)

        def done(value: Any) -> None:
            self.busy = False
            self._enable(True)
            on_done(value)

        def failed(exc: BaseException) -> None:
            self.busy = False
            self._enable(True)
            self.worker = None
            self.ctx.notify_changed("backup")
            if on_error is not None and on_error(exc):
                return
            self.result.setText(self._message(exc))
            self._show_error(self._message(exc))

        def progress(done_bytes: int, total: int) -> None:
            if total:
                self.result.setText(f"{label} {int(done_bytes * 100 / total)} %")

        self.worker = self.ctx.run_in_background(fn, done, failed, progress, owner=self)

    def _enable(self, on: bool) -> None:
        for button in (self.push_button, self.refresh_button, self.verify_button, self.pull_button,
                       self.restore_button, self.restore_file_button, self.prune_button):
            button.setEnabled(on)
        self.cancel_button.setEnabled(not on)

    def cancel(self) -> None:
        """Stop an upload between two parts; nothing on the server changes."""
        if self.worker is not None:
            self.worker.cancel()

    def refresh_list(self) -> None:
        store = self.ctx.store

        def work(_progress: Any, _cancelled: Any) -> dict[str, Any]:
            remote = sync.open_remote(store)
            listing = sync.list_snapshots(remote, sync.backup_keys(store))
            state = LocalState.load(store.path)
            status = sync.status(store, remote, listing)
            rows = [m.summary() | {"current": m.snapshot_id == state.snapshot_id} for m in reversed(listing.manifests)]
            return {"rows": rows, "status": status.message(), "behind": status.behind}

        def done(data: dict[str, Any]) -> None:
            self.model.set_rows(data["rows"])
            self.sync_status.setText(tr(data["status"]))
            self.pull_button.setDefault(data["behind"])
            if self.result.text() == tr("Henter listen …"):
                self.result.setText("")

        self._run(tr("Henter listen …"), work, done)

    def push(self) -> None:
        store = self.ctx.store

        def work(progress: Any, cancelled: Any) -> dict[str, Any]:
            return sync.push(store, sync.open_remote(store), progress=progress, cancelled=cancelled).to_json()

        def done(result: dict[str, Any]) -> None:
            snap = result["snapshot"]
            text = tr("Sikkerhetskopi lastet opp: generasjon {g}.").format(g=snap["generation"])
            if result["pruned"]:
                text += " " + tr("{n} utløpte sikkerhetskopier er slettet.").format(n=len(result["pruned"]))
            self.ctx.notify_changed("backup")
            self.refresh_list()
            self.result.setText(text)

        self._run(tr("Tar sikkerhetskopi …"), work, done, self._conflict)

    def _conflict(self, exc: BaseException) -> bool:
        """The server has a newer generation: offer to keep our copy as a file and pull, or just pull."""
        if not isinstance(exc, sync.RemoteIsNewer):
            return False
        self.result.setText(exc.gui_text)
        box = QMessageBox(QMessageBox.Icon.Warning, tr("Nyere sikkerhetskopi på serveren"),
                          exc.gui_text + "\n\n" + tr("Hva vil du gjøre?"), QMessageBox.StandardButton.NoButton, self)
        self.keep_own_button = box.addButton(tr("Behold min utgave som egen fil og hent den nyeste"),
                                             QMessageBox.ButtonRole.AcceptRole)
        self.take_remote_button = box.addButton(tr("Hent den nyeste"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(tr("Avbryt"), QMessageBox.ButtonRole.RejectRole)

        def chosen(button: Any) -> None:
            if button is self.keep_own_button:
                own = Path(self.new_file.text().strip()) if self.new_file.text().strip() \
                    else kept_copy_path(self.ctx.store.path, "egen-kopi")
                self._pull(None, keep_own_copy=own)
            elif button is self.take_remote_button:
                self._pull(None)

        box.buttonClicked.connect(chosen)
        self.conflict_box = box
        box.open()
        return True

    def prune(self) -> None:
        store = self.ctx.store

        def work(_progress: Any, _cancelled: Any) -> list[str]:
            return sync.apply_retention(store, sync.open_remote(store))

        def done(deleted: list[str]) -> None:
            self.refresh_list()
            self.result.setText(tr("Slettet {n} utløpte sikkerhetskopier.").format(n=len(deleted)) if deleted
                                else tr("Ingen sikkerhetskopier var utløpt."))

        self._run(tr("Rydder …"), work, done)

    def selected(self) -> dict[str, Any] | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self._show_error(tr("Velg en sikkerhetskopi i listen først."))
            return None
        return self.model.rows[rows[0].row()]

    def verify_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        store = self.ctx.store

        def work(progress: Any, _cancelled: Any) -> dict[str, Any]:
            remote = sync.open_remote(store)
            keys = sync.backup_keys(store)
            manifest = sync.list_snapshots(remote, keys).find(row["id"])
            report = verify(remote, keys, manifest, store.key, workdir=store.path.parent, progress=progress)
            return {"ok": report.ok, "lines": report.summary()}

        def done(report: dict[str, Any]) -> None:
            self.result.setText("\n".join(report["lines"]))
            if not report["ok"]:
                self._show_error("\n".join(report["lines"][-3:]))

        self._run(tr("Kontrollerer …"), work, done)

    def restore_selected_to_file(self) -> None:
        row = self.selected()
        if row is None:
            return
        if not self.new_file.text().strip():
            self._show_error(tr("Oppgi filen kopien skal gjenopprettes til."))
            return
        target = Path(self.new_file.text().strip())
        store = self.ctx.store

        def work(progress: Any, _cancelled: Any) -> dict[str, Any]:
            remote = sync.open_remote(store)
            keys = sync.backup_keys(store)
            manifest = sync.list_snapshots(remote, keys).find(row["id"])
            return restore_to_file(remote, keys, manifest, store.key, target, progress=progress).to_json()

        def done(report: dict[str, Any]) -> None:
            self.result.setText(tr("Gjenopprettet til {path}. Den åpnes med de samme passordene.")
                                .format(path=report["restored_to"]))

        self._run(tr("Gjenoppretter …"), work, done)

    def _confirm(self, text: str, then: Any) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, tr("Sikkerhetskopi"), text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.buttonClicked.connect(
            lambda button: then() if box.standardButton(button) == QMessageBox.StandardButton.Yes else None)
        self.confirm_box = box
        box.open()

    def restore_selected_over(self) -> None:
        row = self.selected()
        if row is None:
            return
        self._confirm(tr("Erstatte hele regnskapsfilen med sikkerhetskopien fra {when} (generasjon {g}, {pc})? "
                         "Kopien kontrolleres først; regnskapsfilen du har nå tas vare på som en egen fil.")
                      .format(when=_local(row["created_at"]), g=row["generation"], pc=row["device"]),
                      lambda: self._pull(row["id"]))

    def pull_newest(self) -> None:
        self._confirm(tr("Hente den nyeste utgaven fra serveren over denne regnskapsfilen? Kopien kontrolleres først; "
                         "regnskapsfilen du har nå tas vare på som en egen fil."), lambda: self._pull(None))

    def _pull(self, snapshot_id: str | None, keep_own_copy: Path | None = None) -> None:
        store = self.ctx.store

        def work(progress: Any, _cancelled: Any) -> dict[str, Any]:
            return sync.pull(store, sync.open_remote(store), snapshot_id=snapshot_id, keep_own_copy=keep_own_copy,
                             progress=progress).to_json()

        def done(report: dict[str, Any]) -> None:
            self.ctx.notify_changed("all")
            self.refresh_list()
            text = tr("Gjenopprettet generasjon {g}. Regnskapsfilen du hadde er tatt vare på som {kept}.").format(
                g=report["snapshot"]["generation"], kept=report["kept_copy"])
            if keep_own_copy is not None:
                text += " " + tr("Din egen utgave er lagret som {own}.").format(own=keep_own_copy)
            self.result.setText(text)

        self._run(tr("Henter og kontrollerer …"), work, done)

    def _choose_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, tr("Gjenopprett til ny fil"), "", tr("KontoPronto (*.kpdb)"))
        if path:
            self.new_file.setText(path)

    # -- errors -----------------------------------------------------------------------------
    @staticmethod
    def _message(exc: BaseException) -> str:
        return exc.message if isinstance(exc, UserError) else tr("Uventet feil: ") + str(exc)

    def _show_error(self, text: str) -> None:
        self.result.setText(text)
        box = QMessageBox(QMessageBox.Icon.Warning, tr("Sikkerhetskopi"), text, QMessageBox.StandardButton.Ok, self)
        self.error_box = box
        box.open()


def create_page(ctx: AppContext) -> QWidget:
    return BackupSettingsTab(ctx)
