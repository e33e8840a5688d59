"""SAF-T (validated, round trip through our own consolidation import), journal CSV, VAT basis, sub-ledger ZIP."""

from __future__ import annotations

import csv
import zipfile
from datetime import date, timedelta
from pathlib import Path

import pytest
from lxml import etree
from sqlalchemy import select

from kontopronto_desktop.core import demo
from kontopronto_desktop.core.books import journal, saft_export, subledger, vat, vat_export
from kontopronto_desktop.core.consolidation.saft import read_saft, schema
from kontopronto_desktop.core.integrity import check_store
from kontopronto_desktop.core.invoicing import batch, credit, invoices
from kontopronto_desktop.core.models.books import Voucher
from kontopronto_desktop.core.models.invoice import Invoice
from kontopronto_desktop.core.models.organisation import Organisation
from kontopronto_desktop.core.payments import importing, matching
from kontopronto_desktop.core.store import Store
from tests.invoicing_support import seed
from tests.payments_support import pay

YEAR = date.today().year


def _demo_year(store: Store) -> None:
    """60 demo members, two batch runs, the bank's OCR file, a credit note, manual work in the queue."""
    with store.session() as s:
        demo.create_demo(s, members=60)
    with store.session() as s:
        first = batch.run_batch(s, date(YEAR, 1, 10))
    with store.session() as s:
        rows = s.execute(select(Invoice.kid, Invoice.total_ore).where(Invoice.batch_id == first.batch_id)
                         .order_by(Invoice.number)).all()
        account = s.scalars(select(Organisation.account_number)).one()
        data = demo.demo_payments_ocr([(k, t) for k, t in rows], account, date(YEAR, 1, 25))
        importing.import_bank_file(s, data, "ocr.txt", "ocr")
    with store.session() as s:
        second = batch.run_batch(s, date(YEAR, 6, 1))
    with store.session() as s:
        credit.credit_invoice(s, second.first_number, amount_ore=10_000, reason="rabatt",
                              credit_date=date(YEAR, 6, 15))
    unknown = pay(store, 12_345, text="til klubben", on=date(YEAR, 7, 1))
    with store.session() as s:
        matching.match_payment(s, unknown, second.first_number + 1)
    with store.session() as s:
        assert check_store(s) == []


def test_saft_of_a_demo_year_validates_and_round_trips_without_warnings(store: Store, tmp_path: Path) -> None:
    _demo_year(store)
    target = tmp_path / "saft.xml"
    with store.session() as s:
        result = saft_export.export_saft(s, date(YEAR, 1, 1), date(YEAR, 12, 31), target)
        count = s.scalar(select(Voucher.id).order_by(Voucher.id.desc()).limit(1))
    assert result.count == count and result.warnings == ()
    assert schema("1.30").validate(etree.parse(str(target)))
    tb = read_saft(target)
    assert tb.warnings == []
    assert tb.format == "saft-1.30" and tb.orgnr == demo.DEMO_ORG["orgnr"]
    by_account = {a.account: a for a in tb.accounts}
    with store.session() as s:
        open_total = sum(i.remaining_ore for i in s.scalars(select(Invoice).where(
            Invoice.number.is_not(None), Invoice.kind == "faktura")))
    assert by_account["1500"].closing_ore == open_total  # what is still open on the invoices
    assert by_account["1500"].opening_ore == 0 and tb.gl_lines > 100
    root = etree.parse(str(target)).getroot()
    ns = {"s": "urn:StandardAuditFile-Taxation-Financial:NO"}
    assert root.findtext("s:Header/s:AuditFileVersion", namespaces=ns) == "1.30"
    assert root.xpath("count(//s:Customer)", namespaces=ns) > 0
    assert {c.text for c in root.iterfind(".//s:TaxCodeDetails/s:TaxCode", ns)} == {"6"}  # kontingent
    taxed = root.xpath("//s:Line[s:TaxInformation]", namespaces=ns)
    assert taxed and all(  # the tax amount sits on the line's own side, also when it is zero
        (ln.find("s:CreditAmount", ns) is not None) == (ln.find("s:TaxInformation/s:CreditTaxAmount", ns) is not None)
        for ln in taxed)
    # the second export of the same period warns and yields the same vouchers
    again = tmp_path / "saft2.xml"
    with store.session() as s:
        second = saft_export.export_saft(s, date(YEAR, 1, 1), date(YEAR, 12, 31), again)
    assert second.warnings and "Bilagene er de samme" in second.warnings[0]
    ids = [t.text for t in etree.parse(str(target)).getroot().iterfind(".//s:TransactionID", ns)]
    assert ids == [t.text for t in etree.parse(str(again)).getroot().iterfind(".//s:TransactionID", ns)]


def test_a_file_breaking_the_schema_is_refused_with_the_element_and_not_written(
        store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seed(store, 1)
    with store.session() as s:
        invoices.new_invoice(s, 1001, [("DRAKT", 1, None)], invoice_date=date(YEAR, 2, 1))
    original = saft_export._transaction_xml

    def broken(rows):  # type: ignore[no-untyped-def]
        return original(rows).replace("<Period>2</Period>", "<Period>mars</Period>")

    monkeypatch.setattr(saft_export, "_transaction_xml", broken)
    target = tmp_path / "x.xml"
    with store.session() as s:
        with pytest.raises(saft_export.SaftInvalid, match="Element 'Period': 'mars' is not a valid value"):
            saft_export.export_saft(s, date(YEAR, 1, 1), date(YEAR, 12, 31), target)
    assert not target.exists() and not list(tmp_path.glob("x.xml*"))


def test_saft_of_part_of_a_month_names_its_dates(store: Store, tmp_path: Path) -> None:
    seed(store, 1)
    with store.session() as s:
        invoices.new_invoice(s, 1001, [("DRAKT", 1, None)], invoice_date=date(YEAR, 3, 20))
    target = tmp_path / "del.xml"
    with store.session() as s:
        assert saft_export.export_saft(s, date(YEAR, 3, 15), date(YEAR, 4, 10), target).count == 1
    tb = read_saft(target)
    assert (tb.period_start, tb.period_end) == (date(YEAR, 3, 15), date(YEAR, 4, 10))
    assert not [w for w in tb.warnings if "ikke et helt år" not in w]  # only: not a whole year


def test_journal_csv_layout_and_balance(store: Store, tmp_path: Path) -> None:
    seed(store, 1)
    with store.session() as s:
        inv = invoices.new_invoice(s, 1001, [("MEDLEM", 1, None), ("DRAKT", 1, None)],
                                   invoice_date=date(YEAR, 2, 1))
    pay(store, 50_000, kid=inv.kid, on=date(YEAR, 2, 10))
    target = tmp_path / "bilag.csv"
    with store.session() as s:
        result = journal.export_journal(s, date(YEAR, 2, 1), date(YEAR, 2, 28), target)
    assert result.count == 2
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
    assert rows[0] == journal.HEADER
    assert rows[1] == [f"01.02.{YEAR}", "1", "1500", "", "1199,99", "Faktura 1", "1001"]
    assert [f"01.02.{YEAR}", "1", "2700", "3", "-150,00", "Faktura 1: mva 25 %", ""] in rows
    for number in {r[1] for r in rows[1:]}:
        assert sum(int(r[4].replace(",", "")) for r in rows[1:] if r[1] == number) == 0
    with store.session() as s:
        assert journal.export_journal(s, date(YEAR, 2, 1), date(YEAR, 2, 28), tmp_path / "b2.csv").warnings


def test_vat_basis_of_a_hand_computed_term(store: Store, tmp_path: Path) -> None:
    seed(store, 1)
    with store.session() as s:
        inv = invoices.new_invoice(s, 1001, [("MEDLEM", 1, None), ("DRAKT", 2, None), ("KAFE", 3, None)],
                                   invoice_date=date(YEAR, 3, 2))
    with store.session() as s:
        credit.credit_invoice(s, inv.number or 0, credit_date=date(YEAR, 4, 10),
                              lines=[credit.CreditLine(2, amount_ore=50_000)])  # DRAKT: 400.00 + 100.00
    with store.session() as s:
        invoices.new_invoice(s, 1001, [("DRAKT", 1, None)], invoice_date=date(YEAR, 5, 2))  # term 3
    with store.session() as s:
        report = vat.vat_report(s, *vat.parse_term(f"{YEAR}-2"))
    assert (report.date_from, report.date_to) == (date(YEAR, 3, 1), date(YEAR, 4, 30))
    got = {ln.code: (ln.basis_ore, ln.vat_ore) for ln in report.lines}
    # DRAKT 2 x 599.99 = 1199.98 + 300.00; KAFE 3 x 10.05 = 30.15 + 4.52; MEDLEM 450.00 exempt
    # credit note on the DRAKT line: 500.00 = 400.00 + 100.00 VAT
    assert got == {"3": (119_998 - 40_000, 30_000 - 10_000), "31": (3_015, 452), "6": (45_000, 0)}
    assert report.vat_ore == 20_000 + 452 == report.documents_vat_ore
    assert f"Faktura {inv.number}" in report.lines[0].documents
    with store.session() as s:
        vat.set_term_kind(s, "yearly")
    with store.session() as s:
        yearly = vat.vat_report(s, YEAR, 1)
    assert yearly.vat_ore == yearly.documents_vat_ore == 20_452 + 15_000
    with pytest.raises(Exception, match="bare termin 1"):
        vat.term_dates("yearly", YEAR, 2)
    pdf, xlsx = tmp_path / "mva.pdf", tmp_path / "mva.xlsx"
    vat_export.export_pdf(report, pdf)
    vat_export.export_xlsx(report, xlsx)
    assert pdf.read_bytes().startswith(b"%PDF") and zipfile.is_zipfile(xlsx)


def test_subledger_zip_has_members_invoices_payments_and_vouchers(store: Store, tmp_path: Path) -> None:
    seed(store, 2)
    with store.session() as s:
        inv = invoices.new_invoice(s, 1001, [("MEDLEM", 1, None)], invoice_date=date(YEAR, 2, 1))
    pay(store, 45_000, kid=inv.kid, on=date(YEAR, 2, 1) + timedelta(days=3))
    target = tmp_path / "reskontro.zip"
    with store.session() as s:
        subledger.export_subledger(s, target)
    with zipfile.ZipFile(target) as z:
        names = set(z.namelist())
        assert {"medlemmer.csv", "fakturaer.csv", "innbetalinger.csv", "bilag.csv", "purringer.csv",
                "avskrivninger.csv", "reskontro.xlsx"} <= names
        members_csv = z.read("medlemmer.csv").decode("utf-8-sig").splitlines()
    assert len(members_csv) == 3 and members_csv[1].startswith("1001;")
