"""Innstillinger → Brukere: several users with their own passphrase and a role (administrators only)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core import users
from ...core.access import ADMINISTRATOR, BOOKKEEPER, READ_ONLY, ROLE_LABELS, allowed
from ...core.errors import UserError
from ..context import AppContext
from ..widgets.confirm import delete_after_asking
from ..widgets.date_edit import format_date
from ..widgets.forms import refusal_text
from ..widgets.table_kit import kit_of
from ..widgets.table_model import Column, RowsTableModel
from ..widgets.table_rows import rows_table, selected_row


def tr(text: str) -> str:
    return QCoreApplication.translate("UsersTab", text)


USER_COLUMNS: list[Column[users.UserView]] = [
    Column(QT_TRANSLATE_NOOP("UsersTab", "Bruker"), lambda u: u.name),
    Column(QT_TRANSLATE_NOOP("UsersTab", "Rolle"), lambda u: u.role_label),
]
#: a row of the security log: time, user, event, details (texts, the event already translated)
LOG_COLUMNS: list[Column[tuple[str, str, str, str]]] = [
    Column(QT_TRANSLATE_NOOP("UsersTab", "Tidspunkt (UTC)"), lambda e: e[0]),
    Column(QT_TRANSLATE_NOOP("UsersTab", "Bruker"), lambda e: e[1]),
    Column(QT_TRANSLATE_NOOP("UsersTab", "Hendelse"), lambda e: e[2]),
    Column(QT_TRANSLATE_NOOP("UsersTab", "Detaljer"), lambda e: e[3]),
]


class UsersTab(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.model: RowsTableModel[users.UserView] = RowsTableModel(USER_COLUMNS, translate=tr)
        # Delete removes the chosen user, after the same question as the button
        self.table = rows_table(self.model, object_name="users_table", name_column=0, on_delete=self.remove_selected)
        self.name = QLineEdit()
        self.role = QComboBox()
        for role in (BOOKKEEPER, READ_ONLY, ADMINISTRATOR):
            self.role.addItem(ROLE_LABELS[role], role)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase2 = QLineEdit()
        self.passphrase2.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        self.add_button = QPushButton(tr("Legg til bruker"))
        self.add_button.clicked.connect(self.add_user)
        self.remove_button = QPushButton(tr("Fjern valgt bruker"))
        self.remove_button.clicked.connect(self.remove_selected)
        # the role is sealed into the user's key: a new role comes with a new passphrase to hand over
        self.role_button = QPushButton(tr("Gi valgt bruker rollen over (med nytt passord)"))
        self.role_button.clicked.connect(self.change_role_of_selected)
        form = QFormLayout()
        form.addRow(tr("Brukernavn"), self.name)
        form.addRow(tr("Rolle"), self.role)
        form.addRow(tr("Passord"), self.passphrase)
        form.addRow(tr("Gjenta passord"), self.passphrase2)
        layout = QVBoxLayout(self)
        self.notice = QLabel(tr("Hver bruker har sitt eget passord som åpner den samme krypterte regnskapsfilen. "
                                "Rollen håndheves i programmet: regnskapsfører kan ikke endre brukere, "
                                "innstillinger eller slette personopplysninger; lesetilgang kan ikke endre noe."))
        self.notice.setWordWrap(True)
        layout.addWidget(self.notice)
        self.alert = QLabel()
        self.alert.setWordWrap(True)
        self.alert.setStyleSheet("color: #8a1c1c")
        self.accept_button = QPushButton(tr("Godkjenn brukerlisten slik den er nå"))
        self.accept_button.clicked.connect(self.accept_list)
        layout.addWidget(self.alert)
        layout.addWidget(self.accept_button)
        layout.addWidget(self.table)
        layout.addLayout(form)
        layout.addWidget(self.error)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addWidget(self.role_button)
        row.addStretch()
        layout.addLayout(row)
        # the security log: unlocks, failed unlocks, users, alerts, access to a person (administrators)
        self.log_model: RowsTableModel[tuple[str, str, str, str]] = RowsTableModel(LOG_COLUMNS, translate=tr)
        self.log_table = rows_table(self.log_model, object_name="security_log_table", name_column=3)
        self.log_label = QLabel(tr("Sikkerhetslogg (oppbevares i 3 år)"))
        layout.addWidget(self.log_label)
        layout.addWidget(self.log_table)
        for part in (self.log_label, self.log_table):
            part.setVisible(allowed(ctx.store.role, "users"))
        if not allowed(ctx.store.role, "users"):
            for w in (self.name, self.role, self.passphrase, self.passphrase2, self.add_button, self.remove_button,
                      self.role_button):
                w.setEnabled(False)
            self.error.setText(tr("Bare en administrator kan endre brukere."))
        # right-click on a user: the button's action, besides the kit's Kopier/Eksporter
        kit_of(self.table).add_action(tr("Fjern valgt bruker"), self.remove_selected,
                                      enabled=allowed(ctx.store.role, "users"))
        self.refresh()

    def refresh(self) -> None:
        problems = users.security_alerts(self.ctx.store)
        self.alert.setVisible(bool(problems))
        self.accept_button.setVisible(bool(problems))
        self.accept_button.setEnabled(allowed(self.ctx.store.role, "users"))
        if problems:
            self.alert.setText(tr("Sikkerhetsvarsel fra åpningen (logget):") + "\n• " + "\n• ".join(problems)
                               + "\n" + tr("Fjern brukere som ikke skal være der. Å legge til eller fjerne en bruker, eller "
                                    "å godkjenne, signerer hele listen slik den da er."))
        if allowed(self.ctx.store.role, "users"):
            self._refresh_log()
        self.model.set_rows(users.list_users(self.ctx.store))

    def add_user(self) -> None:
        self.error.clear()
        if self.passphrase.text() != self.passphrase2.text():
            self.error.setText(tr("Passordene er ikke like."))
            return
        try:
            users.add_user(self.ctx.store, self.name.text(), self.passphrase.text(), self.role.currentData())
        except UserError as exc:
            self.error.setText(refusal_text(exc))
            return
        for field in (self.name, self.passphrase, self.passphrase2):
            field.clear()
        self.refresh()
        self.ctx.notify_changed("settings")

    def remove_selected(self) -> None:
        """Remove the chosen user's key after asking, naming the user and role (it cannot be undone:
        the user's passphrase stops working; adding the user again gives a new one)."""
        user = selected_row(self.table, self.model)
        if user is None:
            return
        question = tr("Fjerne brukeren «{0}» ({1})? Passordet til brukeren slutter å virke.").format(
            user.name, user.role_label)
        if not delete_after_asking(self, tr("Fjern bruker"), question, tr("Fjern"), tr("Brukere"),
                                   lambda: users.remove_user(self.ctx.store, user.name)):
            return
        self.refresh()
        self.ctx.notify_changed("settings")

    def change_role_of_selected(self) -> None:
        """Give the selected user the role chosen above, with the passphrase typed above (twice)."""
        from ...core.user_roles import set_role

        self.error.clear()
        chosen = selected_row(self.table, self.model)
        if chosen is None:
            self.error.setText(tr("Velg brukeren i listen først."))
            return
        if self.passphrase.text() != self.passphrase2.text():
            self.error.setText(tr("Passordene er ikke like."))
            return
        try:
            user = set_role(self.ctx.store, chosen.name, self.role.currentData(), self.passphrase.text())
        except UserError as exc:
            self.error.setText(exc.message)
            return
        for field in (self.passphrase, self.passphrase2):
            field.clear()
        self.refresh()
        self.error.setText(tr("{0} har nå rollen {1}. Gi brukeren det nye passordet; det gamle virker ikke lenger.")
                           .format(user.name, user.role_label))
        self.ctx.notify_changed("settings")

    def _refresh_log(self) -> None:
        from ...core.security import security_log

        with self.ctx.store.session() as session:
            entries = security_log(session, 200)
        labels = {"unlock": tr("åpnet"), "unlock_failed": tr("mislykket åpning"), "alert": tr("sikkerhetsvarsel"),
                  "accept": tr("brukerliste godkjent"), "access": tr("innsyn"), "create": tr("bruker lagt til"),
                  "delete": tr("bruker fjernet")}
        self.log_model.set_rows([
            (format_date(e["at"], local_time=False, seconds=True), e["actor"], labels.get(e["action"], e["action"]),
             ", ".join(f"{k}: {v[-1]}" for k, v in e["changes"].items() if isinstance(v, list) and v))
            for e in entries])

    def accept_list(self) -> None:
        """Sign the user list as it is now, after the administrator has looked at the alert."""
        try:
            users.accept_user_list(self.ctx.store)
        except UserError as exc:
            QMessageBox.warning(self, tr("Brukere"), exc.message)
            return
        self.refresh()
        self.ctx.notify_changed("settings")


def create_page(ctx: AppContext) -> QWidget:
    return UsersTab(ctx)
