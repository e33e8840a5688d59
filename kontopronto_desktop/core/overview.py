"""Oversikt: what needs the bookkeeper today, as a few figures, each naming where it is done.

Every figure is aggregated in SQL (a handful of queries, none per row), so the start page opens
fast on a store of 100,000 members and 100,000 invoices (benchmarks/overview.py). The unsent and
to-print counts follow the same rules as the delivery column of the status model
(core/invoicing/status.py): what is counted here is what the list shows as "Ikke sendt".
A new or empty store gets the next steps instead: products, members, then an invoice run.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import and_, exists, func, not_, select
from sqlalchemy.orm import Session

from .backup.settings import LocalState, get_backup_settings
from .backup.status import Indicator, indicator
from .models import Member, Product
from .models.delivery import InvoiceDelivery
from .models.invoice import Invoice, InvoiceKind, InvoiceStatus
from .models.payment import BankFile, Payment, PaymentStatus
from .models.privacy import RetentionRun
from .money import format_amount, format_kr

#: stored statuses of an issued invoice with something left to pay (payments/booking.py sets them)
OPEN_STATUSES = (InvoiceStatus.SENT.value, InvoiceStatus.PARTLY_PAID.value, InvoiceStatus.OVERDUE.value)
#: figure key -> (Norwegian label, section that does it)
FIGURES: dict[str, tuple[str, str]] = {
    "overdue": ("Forfalte fakturaer", "reminders"),
    "due": ("Utestående, ikke forfalt", "invoices"),
    "unmatched": ("Innbetalinger som ikke er matchet", "payments"),
    "unsent": ("Fakturaer som ikke er sendt", "invoices"),
    "to_print": ("… av dem til utskrift", "invoices"),
}
#: the first steps in a new store: (key, Norwegian label, section)
STEPS: tuple[tuple[str, str, str], ...] = (
    ("products", "Legg inn produkter", "products"),
    ("members", "Importer medlemmer", "members"),
    ("invoices", "Fakturakjøring", "invoices"),
)


@dataclass(frozen=True)
class Figure:
    key: str
    count: int
    amount_ore: int | None = None

    @property
    def label(self) -> str:
        return FIGURES[self.key][0]

    @property
    def target(self) -> str:
        return FIGURES[self.key][1]

    def text(self) -> str:
        money = f" – {format_kr(self.amount_ore)}" if self.amount_ore is not None else ""
        return f"{self.label}: {self.count}{money}"

    def to_json(self) -> dict[str, Any]:
        return {"count": self.count, "amount": format_amount(self.amount_ore) if self.amount_ore is not None else None,
                "label": self.label, "section": self.target}


@dataclass(frozen=True)
class Step:
    key: str
    done: bool

    @property
    def label(self) -> str:
        return next(label for k, label, _s in STEPS if k == self.key)

    @property
    def target(self) -> str:
        return next(section for k, _l, section in STEPS if k == self.key)


@dataclass(frozen=True)
class LastBankFile:
    file_name: str
    format: str
    imported_at: datetime
    count: int
    total_ore: int

    def to_json(self) -> dict[str, Any]:
        return {"file": self.file_name, "format": self.format, "imported_at": self.imported_at.isoformat(),
                "count": self.count, "total": format_amount(self.total_ore)}


@dataclass(frozen=True)
class Overview:
    on: date
    figures: tuple[Figure, ...]
    steps: tuple[Step, ...]
    last_bank_file: LastBankFile | None
    #: "green" | "amber" | "red" | "grey" and the texts of core/backup/status.indicator
    backup_level: str
    backup_text: str
    backup_detail: str
    #: retention actions due now (a dry run), None when not asked for
    retention_due: int | None
    retention_last_run: datetime | None
    #: the indicator itself, for the GUI's translated sentences
    backup: Indicator | None = None

    @property
    def is_new(self) -> bool:
        """No invoice issued yet: the page leads with the next steps."""
        return not all(s.done for s in self.steps)

    def figure(self, key: str) -> Figure:
        return next(f for f in self.figures if f.key == key)

    def retention_text(self) -> str:
        if self.retention_due is None:
            return "Slettefrister: ikke sjekket"
        last = (f" (sist kjørt {self.retention_last_run.astimezone().strftime('%d.%m.%Y')})"
                if self.retention_last_run else " (aldri kjørt)")
        if self.retention_due:
            return f"Slettefrister: {self.retention_due} forfalt{last}"
        return f"Slettefrister: ingen forfalt{last}"

    def bank_file_text(self) -> str:
        if self.last_bank_file is None:
            return "Siste bankfil: ingen lest inn ennå"
        b = self.last_bank_file
        return (f"Siste bankfil: {b.file_name}, lest inn {b.imported_at.astimezone().strftime('%d.%m.%Y kl. %H:%M')} "
                f"({b.count} innbetalinger, {format_kr(b.total_ore)})")

    def lines(self) -> list[str]:
        out = []
        if self.is_new:
            out.append("Kom i gang: " + " → ".join(("✓ " if s.done else "") + s.label for s in self.steps))
        out += [f.text() for f in self.figures]
        out += [self.bank_file_text(), self.backup_text, self.retention_text()]
        return out

    def to_json(self) -> dict[str, Any]:
        return {"on": self.on.isoformat(), "new": self.is_new,
                "figures": {f.key: f.to_json() for f in self.figures},
                "next_steps": [{"step": s.key, "label": s.label, "done": s.done, "section": s.target}
                               for s in self.steps],
                "last_bank_file": self.last_bank_file.to_json() if self.last_bank_file else None,
                "backup": {"level": self.backup_level, "text": self.backup_text, "detail": self.backup_detail},
                "retention": {"due": self.retention_due,
                              "last_run": self.retention_last_run.isoformat() if self.retention_last_run else None}}


def _invoice_figures(session: Session, on: date) -> list[Figure]:
    """Two passes: open claims through the status index (in a real store most invoices are paid),
    then the documents not e-mailed, checked for a channel record only when not e-mailed."""
    remaining = Invoice.total_ore - Invoice.paid_ore - Invoice.credited_ore - Invoice.written_off_ore
    overdue, due = Invoice.due_date < on, Invoice.due_date >= on
    row = session.execute(select(
        func.count().filter(overdue), func.coalesce(func.sum(remaining).filter(overdue), 0),
        func.count().filter(due), func.coalesce(func.sum(remaining).filter(due), 0),
    ).where(Invoice.status.in_(OPEN_STATUSES), Invoice.kind == InvoiceKind.INVOICE.value, remaining > 0)).one()
    unsent, printing = not_sent_counts(session)
    return [Figure("overdue", int(row[0]), int(row[1])), Figure("due", int(row[2]), int(row[3])),
            Figure("unsent", unsent), Figure("to_print", printing)]


def not_sent_counts(session: Session) -> tuple[int, int]:
    """(not sent, of which to print): issued documents the status model calls "Ikke sendt" — no
    channel record, not e-mailed — and those of them that wait for paper (no address)."""
    to_print = and_(Invoice.email_error == "", Invoice.needs_print.is_(True))
    unsent, printing = session.execute(select(func.count(), func.count().filter(to_print)).where(
        Invoice.number.is_not(None), Invoice.email_sent_at.is_(None),
        not_(exists().where(InvoiceDelivery.invoice_id == Invoice.id)))).one()
    return int(unsent), int(printing)


def overview(session: Session, on: date | None = None, *, now: datetime | None = None,
             store_path: Path | None = None, retention: bool = True) -> Overview:
    """The figures of the Oversikt at ``on`` (today). ``retention=False`` skips the retention dry
    run, the one part that reads row by row (ended members, old audit entries)."""
    on = on or date.today()
    now = now or datetime.now(UTC)
    figures = _invoice_figures(session, on)
    count, total = session.execute(select(func.count(), func.coalesce(func.sum(Payment.amount_ore), 0)).where(
        Payment.status == PaymentStatus.UNMATCHED.value)).one()
    figures.insert(2, Figure("unmatched", int(count), int(total)))
    has = {
        "products": bool(session.scalar(select(exists().where(Product.id.is_not(None))))),
        "members": bool(session.scalar(select(exists().where(Member.id.is_not(None))))),
        "invoices": bool(session.scalar(select(exists().where(Invoice.number.is_not(None))))),
    }
    bank = session.execute(select(BankFile.file_name, BankFile.format, BankFile.imported_at, BankFile.count,
                                  BankFile.total_ore).order_by(BankFile.imported_at.desc(), BankFile.id.desc())
                           .limit(1)).first()
    path = store_path or (Path(session.info["store_path"]) if session.info.get("store_path") else None)
    state = LocalState.load(path) if path else LocalState()
    backup = indicator(state, get_backup_settings(session), now)
    due_now: int | None = None
    if retention:
        from .privacy.retention import run_retention

        due_now = len(run_retention(session, on, dry_run=True).actions)
    last_run = session.scalar(select(RetentionRun.at).where(RetentionRun.dry_run.is_(False))
                              .order_by(RetentionRun.id.desc()).limit(1))
    return Overview(on, tuple(figures), tuple(Step(k, has[k]) for k, _l, _s in STEPS),
                    LastBankFile(*bank) if bank else None, backup.level, backup.text, backup.detail,
                    due_now, last_run, backup)
