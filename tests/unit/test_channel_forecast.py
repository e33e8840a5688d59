"""The run preview's expected split by channel follows the same rules as the split of issued invoices."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, date, datetime

from sqlalchemy import select

from kontopronto_desktop.core import members, products
from kontopronto_desktop.core.channels import delivery, forecast
from kontopronto_desktop.core.invoicing import batch, invoices
from kontopronto_desktop.core.models.member import Member
from kontopronto_desktop.core.store import Store
from tests.conftest import PASSPHRASE

ADDRESS = {"street": "Gata 1", "postcode": "0150", "city": "Oslo"}


def _members(store: Store) -> None:
    with store.session() as s:
        products.create_product(s, {"code": "MEDLEM", "name": "Medlemskontingent", "price": "450",
                                    "vat_rate": "exempt", "period": "yearly"})
        rows = [
            {"customer_number": 1001, "name": "Kari eFaktura", "payment_method": "efaktura",
             "efaktura_reference": "1234567890123", "email": "kari@example.no"},
            {"customer_number": 1002, "name": "Ola Epost", "email": "ola@example.no"},
            {"customer_number": 1003, "name": "Per Papir"},
            {"customer_number": 1004, "name": "Firma AS", "kind": "organisation", "orgnr": "923609016",
             "payment_method": "ehf", "email": "faktura@firma.no"},
            {"customer_number": 1005, "name": "Barn Kontakt", "payment_method": "efaktura",
             "efaktura_reference": "7777777777777", "payer_name": "Far Betaler", "payer_street": "Vei 3",
             "payer_postcode": "0152", "payer_city": "Oslo", "payer_email": "far@example.no"},
        ]
        for row in rows:
            view = members.create_member(s, {**ADDRESS, **row})
            members.set_member_products(s, view.customer_number, [("MEDLEM", 1, None)])


def test_preview_splits_by_channel_as_the_issued_run_does(store: Store) -> None:
    _members(store)
    with store.session() as s:
        preview = batch.preview_batch(s, date(2026, 3, 1))
    # 1001 eFaktura; 1002 e-mail; 1003 paper; 1004 EHF; 1005's contact has no identifier: e-mail to the contact
    assert preview.channels == {"avtalegiro": 0, "ehf": 1, "efaktura": 1, "email": 2, "print": 1}
    assert forecast.split_text(preview.channels) == "EHF 1, eFaktura 1, e-post 2, utskrift 1"
    with store.session() as s:
        result = batch.run_batch(s, date(2026, 3, 1))
        split = delivery.split_by_channel(s, delivery.batch_invoice_ids(s, result.batch_id), datetime.now(UTC))
    assert split.counts() == preview.channels  # the forecast agrees with the real split


def test_an_ehf_member_without_orgnr_is_expected_on_paper_or_email(store: Store) -> None:
    _members(store)
    with store.session() as s:
        firm = s.scalars(select(Member).where(Member.customer_number == 1004)).one()
        firm.orgnr = ""
        assert forecast.expected_channel(s, firm, 45_000) == forecast.EMAIL
        assert invoices.list_invoices(s) == []


def test_cli_dry_run_prints_the_expected_split(store: Store, store_path) -> None:  # type: ignore[no-untyped-def]
    _members(store)
    store.close()
    out = subprocess.run([sys.executable, "-m", "kontopronto_desktop.cli", "invoice", "run", "--date", "2026-03-01",
                          "--dry-run", "--store", str(store_path)], capture_output=True, text=True, timeout=180,
                         env=dict(os.environ, KONTOPRONTO_PASSPHRASE=PASSPHRASE))
    assert out.returncode == 0, out.stderr
    assert "Forventet utsending: EHF 1, eFaktura 1, e-post 2, utskrift 1." in out.stdout
