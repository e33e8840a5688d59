"""An issued invoice is kept exactly as issued: every later copy is the archived PDF.

The story: invoice 1 is issued; then every organisation and invoice setting changes and the
member pays part of it. The copy from ``invoice pdf``, the print merge of its run, and the
access export must read, line by line, as the original did.
"""

from __future__ import annotations

import io
import zipfile
from datetime import date
from pathlib import Path

import pdfplumber
import pytest
from PIL import Image
from sqlalchemy import select, update

from kontopronto_desktop.core import documents, integrity, organisation
from kontopronto_desktop.core.invoicing import archive, batch, credit, invoices, pdf
from kontopronto_desktop.core.invoicing.settings import save_invoice_settings
from kontopronto_desktop.core.models.document import IssuedDocument
from kontopronto_desktop.core.models.invoice import Invoice
from kontopronto_desktop.core.privacy import access_export
from kontopronto_desktop.core.settings import set_setting
from kontopronto_desktop.core.store import Store
from tests.invoicing_support import seed
from tests.payments_support import pay

D = date(2026, 3, 1)


def _lines(data: bytes) -> list[str]:
    with pdfplumber.open(io.BytesIO(data)) as doc:
        text = "\n".join(page.extract_text() or "" for page in doc.pages)
    return [line.replace("\xa0", " ") for line in text.splitlines()]


def _change_everything(store: Store, tmp_path: Path) -> None:
    logo = tmp_path / "ny-logo.png"
    Image.new("RGB", (90, 40), (10, 120, 30)).save(logo)
    with store.session() as s:
        organisation.save_organisation(s, {
            "name": "Helt Nytt Navn SA", "orgnr": "923609016", "mva_registered": False,
            "account_number": "12345678903", "street": "Nyveien 99", "postcode": "5003", "city": "Bergen",
            "country": "NO", "email": "ny@eksempel.no", "phone": "22334455"})
        save_invoice_settings(s, {"due_days": 30, "foretaksregisteret": True, "footer_text": "Ny bunntekst",
                                  "logo_path": str(logo), "kid_length": 12, "kid_customer_digits": 6})


def test_copy_is_the_original_after_every_setting_changes_and_a_part_payment(
        store: Store, tmp_path: Path) -> None:
    seed(store, count=3)
    with store.session() as s:
        save_invoice_settings(s, {"footer_text": "Kontingent for 2026"})
        run = batch.run_batch(s, D)
        first = sorted(invoices.list_invoices(s, batch_id=run.batch_id), key=lambda v: v.number or 0)[0]
        original = documents.archived_pdf(s, documents.INVOICE, first.id)
    assert first.number is not None
    before = _lines(original)
    assert "Testlaget IL" in "\n".join(before) and "Kontingent for 2026" in "\n".join(before)

    _change_everything(store, tmp_path)
    pay(store, 20_000, kid=first.kid)  # 200 kr of the invoice
    with store.session() as s:
        assert invoices.get_invoice(s, first.number).paid_ore == 20_000
        single = pdf.export_invoice(s, first.number, tmp_path / "kopi.pdf")
        merged = pdf.export_batch(s, run.batch_id, tmp_path / "kjoring")
        zipped = access_export.export_zip(s, first.customer_number, tmp_path / "innsyn.zip")
    with zipfile.ZipFile(zipped) as zf:
        from_export = zf.read(f"dokumenter/faktura-{first.number}.pdf")
    merged_first_page = _lines(merged.merged.read_bytes())[:len(before)]

    for copy in (single.read_bytes(), (tmp_path / "kjoring" / f"faktura-{first.number}.pdf").read_bytes(),
                 from_export):
        assert copy == original
        assert _lines(copy) == before  # line by line, as the auditor reads it
    assert merged_first_page == before
    joined = "\n".join(before)
    assert "Helt Nytt Navn" not in joined and "1234.56.78903" not in joined and "Ny bunntekst" not in joined
    # the giro shows the amount invoiced, not what remains after the part payment
    assert pdf.kr(first.total_ore).replace("\xa0", " ") in joined
    assert pdf.kr(first.total_ore - 20_000).replace("\xa0", " ") not in joined


def test_single_invoice_and_credit_note_are_archived_at_issue_with_hash_in_json(store: Store) -> None:
    seed(store, count=2)
    with store.session() as s:
        inv = invoices.new_invoice(s, 1001, [("MEDLEM", 1, None)], invoice_date=D)
        note = credit.credit_invoice(s, inv.number or 0, credit_date=D)
    with store.session() as s:
        for view in (invoices.get_invoice(s, inv.number or 0), invoices.get_invoice(s, note.number or 0)):
            kind = documents.CREDIT_NOTE if view.is_credit_note else documents.INVOICE
            data = documents.archived_pdf(s, kind, view.id)
            assert view.to_json()["document_sha256"] == documents.sha256_of(data)
        assert inv.document_sha256 == invoices.get_invoice(s, inv.number or 0).document_sha256
        listed = invoices.list_invoices(s, with_lines=True)
        assert all(v.document_sha256 for v in listed)
        assert integrity.check_store(s) == []


def test_check_reports_a_missing_or_altered_archive(store: Store) -> None:
    seed(store, count=2)
    with store.session() as s:
        batch.run_batch(s, D)
    with store.session() as s:
        ids = list(s.scalars(select(Invoice.id).order_by(Invoice.number)))
        s.execute(update(IssuedDocument).where(IssuedDocument.ref_id == ids[0]).values(pdf=b"%PDF-forged"))
        s.query(IssuedDocument).filter(IssuedDocument.ref_id == ids[1]).delete()
        problems = "\n".join(integrity.check_store(s))
        s.rollback()
    assert "faktura 1: innholdet stemmer ikke med sjekksummen" in problems
    assert "Faktura 2 mangler arkivert dokument" in problems


def test_invoice_from_before_the_archive_is_archived_once_on_first_access(store: Store, tmp_path: Path) -> None:
    seed(store, count=1)
    with store.session() as s:
        inv = invoices.new_invoice(s, 1001, [("MEDLEM", 1, None)], invoice_date=D)
        # as in a store migrated from 0002: no archived document, the invoice below the legacy mark
        s.query(IssuedDocument).delete()
        set_setting(s, documents.LEGACY_KEY, {"invoice": inv.id})
    with store.session() as s:
        assert integrity.check_store(s) == []  # legacy: not yet demanded
        first = pdf.export_invoice(s, inv.number or 0, tmp_path / "a.pdf").read_bytes()
    _change_everything(store, tmp_path)
    with store.session() as s:
        again = pdf.export_invoice(s, inv.number or 0, tmp_path / "b.pdf").read_bytes()
        info = documents.archived_info(s, documents.INVOICE, inv.id)
        assert info is not None and info.late
        assert integrity.check_store(s) == []
    assert again == first  # rendered once, then always the same bytes


def test_archived_pdf_is_gone_after_pseudonymisation_but_not_within_retention(store: Store) -> None:
    from kontopronto_desktop.core.invoicing.privacy import erase_invoice_data

    seed(store, count=1)
    with store.session() as s:
        inv = invoices.new_invoice(s, 1001, [("MEDLEM", 1, None)], invoice_date=D)
        member_id = s.scalar(select(Invoice.member_id).where(Invoice.id == inv.id))
    with store.session() as s:
        erase_invoice_data(s, int(member_id or 0), keep_accounting=True)
    with store.session() as s:
        assert documents.archived_pdf(s, documents.INVOICE, inv.id).startswith(b"%PDF")
        done = erase_invoice_data(s, int(member_id or 0), keep_accounting=False)
    assert "1 arkiverte faktura-PDF-er" in done
    with store.session() as s:
        with pytest.raises(Exception, match="oppbevaringstiden"):
            archive.issued_pdf(s, inv.id)
        assert integrity.check_store(s) == []


def test_store_from_before_the_archive_archives_each_invoice_on_first_access(tmp_path: Path) -> None:
    import shutil

    from kontopronto_desktop.core.store import open_store

    fixtures = Path(__file__).resolve().parents[1] / "fixtures" / "stores"
    name = "v0002_invoicing_privacy.kpdb"
    shutil.copy(fixtures / name, tmp_path / name)
    shutil.copy(fixtures / (name + ".keys"), tmp_path / (name + ".keys"))
    with open_store(tmp_path / name, passphrase="fixture-passord-0002") as store:
        with store.session() as s:
            assert documents.legacy_max_id(s, documents.INVOICE) >= 4  # every old invoice is legacy
            assert s.scalar(select(IssuedDocument.id)) is None  # nothing rendered by the migration
            assert [p for p in integrity.check_store(s) if "arkiv" in p] == []
            first = pdf.export_invoice(s, 2, tmp_path / "a.pdf").read_bytes()
        with store.session() as s:
            info = documents.archived_info(s, documents.INVOICE, invoices.get_invoice(s, 2).id)
            assert info is not None and info.late and info.sha256 == documents.sha256_of(first)
            assert pdf.export_invoice(s, 2, tmp_path / "b.pdf").read_bytes() == first
            assert [p for p in integrity.check_store(s) if "arkiv" in p] == []
