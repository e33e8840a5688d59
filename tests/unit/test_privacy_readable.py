"""The access export as a person reads it (GUI Personvern and `kontopronto gdpr show`): Norwegian
labels, dd.mm.yyyy, «1 234,50 kr», groups per kind of record, never keys or JSON."""

from __future__ import annotations

import re
from datetime import date

from kontopronto_desktop.core import members, products
from kontopronto_desktop.core.invoicing import invoices
from kontopronto_desktop.core.privacy import access_export, readable
from kontopronto_desktop.core.store import Store

RAW_KEY = re.compile(r"\b[a-z]+_[a-z_]+\b|[{}\[\]]|\d{4}-\d{2}-\d{2}")


def _data(store: Store) -> dict:  # type: ignore[type-arg]
    with store.session() as session:
        products.create_product(session, {"code": "KONT", "name": "Kontingent", "price": "1234.5"})
        members.create_member(session, {"name": "Reidun Regnskapsdatter", "email": "reidun@example.no",
                                        "street": "Kaia 2", "postcode": "5003", "city": "Bergen",
                                        "active_from": "2024-03-01"})
        invoices.new_invoice(session, 1001, [("KONT", 1, None)], invoice_date=date(2025, 2, 1))
        members.update_member(session, 1001, {"phone": "47474747"})
    with store.session() as session:
        return access_export.collect(session, 1001, date(2025, 3, 1))


def test_groups_have_norwegian_labels_dates_and_amounts(store: Store) -> None:
    groups = {g.title: g for g in readable.groups(_data(store))}
    assert {"Opplysninger", "Fakturaer", "Innbetalinger", "E-post", "Endringer", "Planlagt"} <= set(groups)
    form = dict(groups["Opplysninger"].rows)
    assert form["Navn"] == "Reidun Regnskapsdatter" and form["Medlem fra"] == "01.03.2024"
    assert form["Land"] == "Norge" and form["Telefon"] == "47474747"
    (invoice,) = groups["Fakturaer"].rows
    assert invoice[2] == "01.02.2025" and invoice[4] == "1\u00a0234,50 kr"
    assert any(row[2].startswith("Endret") and "Telefon" in row[3] for row in groups["Endringer"].rows)
    text = readable.as_text(list(groups.values()))
    assert not RAW_KEY.search(text), RAW_KEY.search(text)


def test_cli_show_prints_the_readable_groups(store: Store, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from kontopronto_desktop.cli import main
    from tests.conftest import PASSPHRASE

    _data(store)
    path = store.path
    store.close()
    monkeypatch.setenv("KONTOPRONTO_PASSPHRASE", PASSPHRASE)
    assert main(["gdpr", "show", "1001", "--store", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Kundenummer" in out and "Fakturaer (1)" in out and "1\u00a0234,50 kr" in out
    assert "customer_number" not in out and "{" not in out
