"""The journal CSV: every voucher line of a period in one flat layout that accounting systems import.

Layout (docs/journal-csv.md): UTF-8 with BOM, semicolon separated, one header row, one row per
voucher line in voucher-number order:

    Dato;Bilagsnummer;Konto;Mva-kode;Beløp;Beskrivelse;Kundenummer

Dato is DD.MM.YYYY, Beløp is signed (debit positive, credit negative) with a decimal comma and no
thousands separator, Mva-kode is the SAF-T standard code (empty where none), Kundenummer is set
on customer sub-ledger lines (1500 / 2900) only. The lines of one Bilagsnummer sum to zero.
"""

from __future__ import annotations

import csv
import os
from datetime import date
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.orm import Session

from ..access import require
from ..errors import UserError
from ..private_files import private_partial
from ..spreadsheet_safety import safe_row
from .exports import ExportResult, earlier_exports, record_export
from .period import check_range

HEADER = ["Dato", "Bilagsnummer", "Konto", "Mva-kode", "Beløp", "Beskrivelse", "Kundenummer"]
SUBLEDGER = ("receivable", "credit")

_ROWS = text(
    "SELECT v.voucher_date, v.number, l.account, l.vat_code, l.amount_ore, l.description, l.customer_number, l.role "
    "FROM voucher v JOIN voucher_line l ON l.voucher_id = v.id "
    "WHERE v.voucher_date >= :f AND v.voucher_date <= :t ORDER BY v.number, l.position")


def amount_text(ore: int) -> str:
    sign = "-" if ore < 0 else ""
    return f"{sign}{abs(ore) // 100},{abs(ore) % 100:02d}"


def journal_rows(session: Session, date_from: date, date_to: date) -> list[list[str]]:
    out = []
    for on, number, account, vat_code, amount, description, customer, role in session.execute(
            _ROWS, {"f": date_from.isoformat(), "t": date_to.isoformat()}):
        day = date.fromisoformat(str(on)[:10])
        out.append([f"{day:%d.%m.%Y}", str(number), account, vat_code or "", amount_text(int(amount)),
                    description or "", str(customer) if customer is not None and role in SUBLEDGER else ""])
    return out


def export_journal(session: Session, date_from: date, date_to: date, path: Path) -> ExportResult:
    require(session, "read")
    check_range(date_from, date_to)
    path = Path(path)
    warnings = earlier_exports(session, "journal-csv", date_from, date_to)
    rows = journal_rows(session, date_from, date_to)
    try:
        tmp = private_partial(path)
        with open(tmp, "w", encoding="utf-8-sig", newline="") as fh:
            w = csv.writer(fh, delimiter=";", lineterminator="\r\n")
            w.writerow(HEADER)
            for row in rows:
                w.writerow(safe_row(row))
        os.replace(tmp, path)
    except OSError as exc:
        raise UserError(f"Kunne ikke skrive {path}: {exc.strerror or exc}.") from None
    return record_export(session, "journal-csv", date_from, date_to, path, warnings)
