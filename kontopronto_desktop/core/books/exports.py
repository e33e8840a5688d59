"""Exported periods are recorded; exporting a period again warns (and yields the same vouchers)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from .. import audit
from ..models.books import ExportRecord, Voucher


@dataclass(frozen=True)
class ExportResult:
    path: Path
    format: str
    date_from: date
    date_to: date
    count: int
    first_number: int | None
    last_number: int | None
    sha256: str
    warnings: tuple[str, ...] = field(default=())

    def text(self) -> str:
        span = f" (bilag {self.first_number}–{self.last_number})" if self.count else ""
        lines = [f"{self.count} bilag{span} for {self.date_from:%d.%m.%Y}–{self.date_to:%d.%m.%Y} "
                 f"skrevet til {self.path}."]
        return "\n".join(lines + list(self.warnings))

    def to_json(self) -> dict[str, Any]:
        return {"path": str(self.path), "format": self.format, "from": self.date_from.isoformat(),
                "to": self.date_to.isoformat(), "count": self.count, "first": self.first_number,
                "last": self.last_number, "sha256": self.sha256, "warnings": list(self.warnings)}


def voucher_span(session: Session, date_from: date, date_to: date) -> tuple[int, int | None, int | None]:
    row = session.execute(select(func.count(Voucher.id), func.min(Voucher.number), func.max(Voucher.number)).where(
        Voucher.voucher_date >= date_from, Voucher.voucher_date <= date_to)).one()
    return int(row[0] or 0), row[1], row[2]


def earlier_exports(session: Session, fmt: str, date_from: date, date_to: date) -> list[str]:
    """Warnings for periods already exported in this format that overlap the one asked for."""
    out = []
    for r in session.scalars(select(ExportRecord).where(
            ExportRecord.format == fmt, ExportRecord.date_from <= date_to, ExportRecord.date_to >= date_from)
            .order_by(ExportRecord.id)):
        count, _first, _last = voucher_span(session, r.date_from, r.date_to)
        same = " Bilagene er de samme." if count == r.count else (
            f" Siden da er antall bilag i den perioden endret fra {r.count} til {count}.")
        out.append(f"Advarsel: {r.date_from:%d.%m.%Y}–{r.date_to:%d.%m.%Y} ble eksportert "
                   f"{r.exported_at.astimezone():%d.%m.%Y %H:%M} av {r.actor}; pass på at mottakeren ikke "
                   f"importerer bilagene to ganger.{same}")
    return out


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def record_export(session: Session, fmt: str, date_from: date, date_to: date, path: Path,
                  warnings: list[str]) -> ExportResult:
    count, first, last = voucher_span(session, date_from, date_to)
    digest = file_sha256(path)
    rec = ExportRecord(format=fmt, date_from=date_from, date_to=date_to, first_number=first, last_number=last,
                       count=count, sha256=digest, file_name=path.name, actor=audit.actor_of(session))
    session.add(rec)
    session.flush()
    audit.record(session, "export", "books_export", rec.id, {"format": [None, fmt], "from": [None, date_from],
                                                            "to": [None, date_to], "count": [None, count]})
    return ExportResult(path, fmt, date_from, date_to, count, first, last, digest, tuple(warnings))


@dataclass(frozen=True)
class ExportView:
    format: str
    date_from: date
    date_to: date
    count: int
    exported_at: Any
    actor: str
    file_name: str


def list_exports(session: Session) -> list[ExportView]:
    return [ExportView(r.format, r.date_from, r.date_to, r.count, r.exported_at, r.actor, r.file_name)
            for r in session.scalars(select(ExportRecord).order_by(ExportRecord.id.desc()))]
