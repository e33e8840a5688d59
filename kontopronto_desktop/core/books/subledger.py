"""The whole sub-ledger for the organisation's own records: members, invoices, payments, reminders,
charges, write-offs and vouchers as CSV files plus one .xlsx, in one ZIP."""

from __future__ import annotations

import csv
import io
import os
import zipfile
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from sqlalchemy import text
from sqlalchemy.orm import Session

from .. import audit
from ..access import require
from ..errors import UserError
from ..private_files import private_partial
from ..spreadsheet_safety import neutralise_workbook, safe_row

TABLES: dict[str, str] = {
    "medlemmer": "SELECT customer_number AS kundenummer, name AS navn, orgnr, street AS adresse, postcode AS "
                 "postnummer, city AS poststed, email AS epost, phone AS telefon, active_from AS fra, ended_on AS til "
                 "FROM member ORDER BY customer_number",
    "fakturaer": "SELECT number AS nummer, kind AS type, status, customer_number AS kundenummer, buyer_name AS navn, "
                 "invoice_date AS dato, due_date AS forfall, kid, net_ore AS netto_ore, vat_ore AS mva_ore, "
                 "total_ore AS sum_ore, paid_ore AS betalt_ore, credited_ore AS kreditert_ore "
                 "FROM invoice WHERE number IS NOT NULL ORDER BY number",
    "fakturalinjer": "SELECT i.number AS faktura, l.position AS linje, l.product_code AS produkt, l.description AS "
                     "tekst, l.quantity AS antall, l.unit_price_ore AS pris_ore, l.vat_rate AS mva_sats, "
                     "l.net_ore AS netto_ore, l.vat_ore AS mva_ore, l.gross_ore AS brutto_ore FROM invoice_line l "
                     "JOIN invoice i ON i.id = l.invoice_id WHERE i.number IS NOT NULL ORDER BY i.number, l.position",
    "innbetalinger": "SELECT p.id, p.booked_on AS dato, p.amount_ore AS belop_ore, p.kid, p.status, "
                     "m.customer_number AS kundenummer, p.allocated_ore AS fordelt_ore, p.refunded_ore AS "
                     "tilbakebetalt_ore, p.source AS kilde FROM payment p LEFT JOIN member m ON m.id = p.member_id "
                     "ORDER BY p.id",
    "fordelinger": "SELECT a.payment_id AS innbetaling, i.number AS faktura, a.amount_ore AS belop_ore, a.method AS "
                   "metode FROM payment_allocation a JOIN invoice i ON i.id = a.invoice_id ORDER BY a.id",
    "bilag": "SELECT v.number AS bilag, v.voucher_date AS dato, v.kind AS type, v.document_ref AS dokument, "
             "l.account AS konto, l.vat_code AS mva_kode, l.amount_ore AS belop_ore, l.customer_number AS "
             "kundenummer, l.description AS tekst FROM voucher v JOIN voucher_line l ON l.voucher_id = v.id "
             "ORDER BY v.number, l.position",
}
#: tables of modules a store may not have yet (left out when the query fails)
EXTRA_TABLES: dict[str, str] = {
    "purringer": "SELECT number AS nummer, stage AS type, customer_number AS kundenummer, issued_on AS dato, "
                 "deadline AS frist, principal_ore AS hovedstol_ore, fee_ore AS gebyr_ore, interest_ore AS "
                 "renter_ore, total_ore AS sum_ore FROM reminder ORDER BY number",
    "gebyrer_og_renter": "SELECT c.id, i.number AS faktura, c.kind AS type, c.charged_on AS dato, c.amount_ore AS "
                         "belop_ore, c.paid_ore AS betalt_ore FROM collection_charge c JOIN invoice i ON "
                         "i.id = c.invoice_id ORDER BY c.id",
    "avskrivninger": "SELECT w.id, i.number AS faktura, w.kind AS type, w.\"on\" AS dato, w.amount_ore AS belop_ore, "
                     "w.reason AS begrunnelse, w.payment_id AS innbetaling FROM invoice_writeoff w JOIN invoice i ON "
                     "i.id = w.invoice_id ORDER BY w.id",
}


def _table_exists(session: Session, sql: str) -> bool:
    try:
        session.execute(text(sql + " LIMIT 0"))
    except Exception:  # noqa: BLE001 - a module's table that this store does not have
        return False
    return True


def export_subledger(session: Session, target: Path) -> Path:
    """members.csv, fakturaer.csv … and reskontro.xlsx with one sheet each, zipped."""
    require(session, "read")
    target = Path(target)
    wb = Workbook()
    first = True
    try:
        tmp = private_partial(target)
        with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
            for name, sql in {**TABLES, **EXTRA_TABLES}.items():
                if name in EXTRA_TABLES and not _table_exists(session, sql):
                    continue
                result = session.execute(text(sql))
                columns = list(result.keys())
                rows: list[Any] = [list(r) for r in result]
                buf = io.StringIO()
                w = csv.writer(buf, delimiter=";", lineterminator="\r\n")
                w.writerow(columns)
                for r in rows:
                    w.writerow(safe_row(r))
                z.writestr(f"{name}.csv", "\ufeff" + buf.getvalue())
                ws = wb.active if first else wb.create_sheet()
                assert ws is not None
                ws.title = name[:31]
                first = False
                ws.append(columns)
                for r in rows:
                    ws.append(r)
            neutralise_workbook(wb)
            xbuf = io.BytesIO()
            wb.save(xbuf)
            z.writestr("reskontro.xlsx", xbuf.getvalue())
        os.replace(tmp, target)
    except OSError as exc:
        raise UserError(f"Kunne ikke skrive {target}: {exc.strerror or exc}.") from None
    audit.record(session, "export", "subledger", None, {"file": [None, target.name]})
    return target
