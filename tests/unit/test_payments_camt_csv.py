"""camt.054/camt.053 and CSV bank exports: KIDs, free text, duplicates across files, broken files."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from kontopronto_desktop.core.errors import UserError
from kontopronto_desktop.core.integrity import check_store
from kontopronto_desktop.core.models.payment import Payment
from kontopronto_desktop.core.payments import camt, csv_bank, importing, matching
from kontopronto_desktop.core.payments.bankfile import BankFileError
from kontopronto_desktop.core.store import Store
from tests.payments_support import get, invoice, seed_members

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "payments"
NAMES = ["Kari Hansen", "Per Olsen", "Anne Berg", "Jon Pedersen"]


def _count(store: Store) -> int:
    with store.session() as s:
        return int(s.scalar(select(func.count()).select_from(Payment)) or 0)


def test_shared_camt054_then_camt053_with_the_same_payments(store: Store, shared_data: Path) -> None:
    seed_members(store, ["Ola Nordmann", "Kari Nordmann"])
    ola = invoice(store, 1001, 50_000, kid="2345676").number
    kari = invoice(store, 1002, 25_000, kid="123456782").number
    with store.session() as s:
        first = importing.import_path(s, shared_data / "camt" / "camt054_kid_sample.xml")
    assert (first.format, first.count, first.matched_count, first.booked_ore) == ("camt054", 2, 2, 75_000)
    assert get(store, ola).status == "betalt" and get(store, kari).status == "betalt"
    with store.session() as s:
        second = importing.import_path(s, shared_data / "camt" / "camt053_kid_sample.xml")
    assert second.format == "camt053" and second.count == 0 and second.duplicates == 2
    assert second.duplicates_ore == 75_000 and "importert før" in second.text()
    assert _count(store) == 2


def test_camt054_with_several_kids_free_text_and_an_outgoing_entry(store: Store) -> None:
    seed_members(store, NAMES)
    numbers = [invoice(store, 1001, 45_000).number, invoice(store, 1002, 30_000).number,
               invoice(store, 1003, 50_000).number, invoice(store, 1004, 45_000).number]
    assert get(store, 1).kid == "0100100015"  # the KIDs in the fixture are the ones invoicing issues
    with store.session() as s:
        summary = importing.import_path(s, FIXTURES / "camt054_several_kids.xml")
    assert summary.count == 4 and summary.imported_ore == 180_050
    assert summary.booked_ore == 45_000 + 20_050 + 50_000
    assert summary.credit_ore == 20_000 and summary.unmatched_ore == 45_000 and summary.balanced
    assert summary.suggestions_count == 1
    assert any("utgående" in s for s in summary.skipped)
    assert get(store, numbers[0]).status == "betalt"
    assert get(store, numbers[1]).remaining_ore == 30_000 - 20_050
    assert get(store, numbers[2]).remaining_ore == 0
    with store.session() as s:
        queue = matching.unmatched_queue(s)
        assert check_store(s) == []
    assert len(queue) == 1
    item = queue[0]
    assert item.payment.payer_name == "Jon Pedersen" and item.payment.text == "Kontingent faktura 4 kundenr 1004"
    best = item.suggestions[0]
    assert best.invoice_number == numbers[3] and best.customer_number == 1004
    assert {"fakturanummer 4 i teksten", "kundenummer 1004 i teksten", "beløpet er lik restbeløpet"} <= set(
        best.reasons)


def test_truncated_camt_is_rejected_with_the_line(store: Store, shared_data: Path) -> None:
    data = (shared_data / "camt" / "camt054_kid_sample.xml").read_bytes()
    with pytest.raises(BankFileError) as err, store.session() as s:
        importing.import_bank_file(s, data[: len(data) // 2], "halv.xml")
    assert "linje" in err.value.message and "avkortet" in err.value.message
    assert _count(store) == 0


def test_bad_amount_names_the_element_and_line(store: Store) -> None:
    with pytest.raises(BankFileError) as err, store.session() as s:
        importing.import_path(s, FIXTURES / "camt054_bad_amount.xml")
    assert "<Amt> på linje 29" in err.value.message and "200,5O" in err.value.message
    assert _count(store) == 0


@pytest.mark.parametrize(("root", "message"), [
    ('<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.03"><CstmrCdtTrfInitn/></Document>',
     "ikke en camt.053 eller camt.054"),
    ('<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.052.001.02"><BkToCstmrAcctRpt/></Document>',
     "camt.052 støttes ikke"),
    ('<Document><BkToCstmrStmt/></Document>', "ikke en camt.053 eller camt.054"),
])
def test_other_message_types_are_refused(root: str, message: str) -> None:
    with pytest.raises(BankFileError, match=message):
        camt.parse_camt(root.encode())


def test_dnb_style_csv_guessed_mapping_identical_rows_and_overlap(store: Store) -> None:
    seed_members(store, NAMES)
    first = invoice(store, 1001, 45_000).number
    second = invoice(store, 1002, 40_100).number
    data = (FIXTURES / "bank_export_dnb.csv").read_bytes()
    headers, _rows = csv_bank.read_table(data)
    assert csv_bank.guess_mapping(headers) == {"date": "Dato", "amount": "Inn på konto", "text": "Forklaring"}
    with store.session() as s:
        summary = importing.import_bank_file(s, data, "dnb.csv")
    assert summary.count == 3 and summary.imported_ore == 45_000 + 2 * 20_050
    assert summary.matched_count == 1 and get(store, first).status == "betalt"  # KID read from the text
    assert summary.unmatched_count == 2 and summary.balanced
    assert any("1 rader uten innbetaling" in s for s in summary.skipped)
    # an overlapping export (the first two rows again, plus a new one) books only the new row
    lines = data.split(b"\r\n")
    overlap = b"\r\n".join(lines[:3] + [lines[3], b"04.02.2026;Giro KID 9999999999;04.02.2026;;10,00"])
    with store.session() as s:
        again = importing.import_bank_file(s, overlap, "dnb-uke2.csv")
    assert again.count == 1 and again.duplicates == 2 and again.imported_ore == 1_000
    assert _count(store) == 4
    with store.session() as s:
        queue = matching.unmatched_queue(s)
    per = [q for q in queue if q.payment.amount_ore == 20_050]
    assert len(per) == 2 and per[0].suggestions[0].invoice_number == second  # "faktura 2" in the text


def test_csv_with_explicit_mapping(store: Store) -> None:
    seed_members(store, NAMES)
    for c in (1001, 1002, 1003):
        invoice(store, c, 100_000)
    data = (FIXTURES / "bank_export_custom.csv").read_bytes()
    with pytest.raises(BankFileError, match="Fant ikke kolonnene for dato og beløp"), store.session() as s:
        importing.import_bank_file(s, data, "egen.csv", "csv")
    mapping = csv_bank.CsvMapping.parse("date=Bokf.dato,amount=Belop,kid=Melding,reference=Arkiv,text=Beskrivelse")
    with store.session() as s:
        summary = importing.import_bank_file(s, data, "egen.csv", "csv", mapping)
    assert summary.count == 2 and summary.imported_ore == 107_525 and summary.booked_ore == 100_000
    assert get(store, 3).status == "betalt"
    with pytest.raises(UserError, match="ingen kolonne «Beløp»"), store.session() as s:
        importing.import_bank_file(s, data + b"\n", "egen2.csv", "csv", csv_bank.CsvMapping("Bokf.dato", "Beløp"))


def test_bad_csv_rows_are_all_reported_and_nothing_booked(store: Store) -> None:
    with pytest.raises(BankFileError) as err, store.session() as s:
        importing.import_path(s, FIXTURES / "bank_export_bad.csv")
    assert "linje 3: «31.02.2026» er ikke en dato" in err.value.message
    assert "linje 4: «tolv kroner» er ikke et beløp" in err.value.message
    assert _count(store) == 0
