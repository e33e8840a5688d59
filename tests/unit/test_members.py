"""Members, products and organisation: validation per field, audit entries, one transaction."""

from __future__ import annotations

import pytest

from kontopronto_desktop.core import audit, members, organisation, products
from kontopronto_desktop.core.errors import NotFound, UserError, ValidationError
from kontopronto_desktop.core.store import Store


def test_member_lifecycle_writes_audit_entries(store: Store) -> None:
    with store.session() as session:
        created = members.create_member(session, {
            "name": "Kari  Nordmann", "street": "Gata 1", "postcode": "0150", "city": "Oslo",
            "email": "kari@example.no", "phone": "98765432", "payment_method": "AvtaleGiro",
        })
    assert created.customer_number == 1001
    assert created.name == "Kari Nordmann"
    assert created.payment_method == "avtalegiro"
    with store.session() as session:
        members.update_member(session, 1001, {"city": "Bergen", "postcode": "5003"})
        members.delete_member(session, 1001)
    with store.session() as session:
        entries = audit.list_entries(session, entity="member")
    assert [e.action for e in entries] == ["create", "update", "delete"]
    assert all(e.actor for e in entries)
    assert entries[1].changes == {"city": ["Oslo", "Bergen"], "postcode": ["0150", "5003"]}
    assert entries[2].changes["name"] == ["Kari Nordmann", None]
    with store.session() as session, pytest.raises(NotFound):
        members.get_member(session, 1001)


def test_every_invalid_field_is_reported_at_once(store: Store) -> None:
    with store.session() as session, pytest.raises(ValidationError) as info:
        members.create_member(session, {"name": "", "postcode": "12", "email": "nei", "kind": "organisation",
                                        "orgnr": "123", "payment_method": "kontant"})
    assert set(info.value.errors) == {"name", "postcode", "email", "orgnr", "payment_method"}
    assert "fire siffer" in info.value.errors["postcode"]


def test_efaktura_and_ehf_need_their_references(store: Store) -> None:
    with store.session() as session:
        with pytest.raises(ValidationError) as info:
            members.create_member(session, {"name": "A", "payment_method": "efaktura"})
        assert "efaktura_reference" in info.value.errors
        with pytest.raises(ValidationError) as info:
            members.create_member(session, {"name": "B AS", "payment_method": "ehf"})
        assert "orgnr" in info.value.errors
        org = members.create_member(session, {"name": "B AS", "kind": "organisation", "orgnr": "974760673",
                                              "payment_method": "ehf"})
    assert org.orgnr == "974760673"


def test_customer_numbers_unique_given_or_assigned(store: Store) -> None:
    with store.session() as session:
        members.create_member(session, {"name": "Første", "customer_number": 5000})
        assert members.create_member(session, {"name": "Andre"}).customer_number == 5001
        with pytest.raises(ValidationError) as info:
            members.create_member(session, {"name": "Tredje", "customer_number": "5000"})
        assert "allerede i bruk" in info.value.errors["customer_number"]


def test_search_filters_in_sql_across_fields_and_pages(store: Store) -> None:
    with store.session() as session:
        for i in range(30):
            members.create_member(session, {"name": f"Person {i:02d}", "city": "Tromsø" if i % 3 == 0 else "Bodø",
                                            "email": f"p{i}@example.no", "phone": f"9000{i:04d}"})
        assert members.count_members(session, "tromsø") == 10
        assert members.count_members(session, "p7@") == 1
        assert members.count_members(session, "90000012") == 1
        assert members.count_members(session, "1005") == 1
        page = members.search_members(session, "", sort="name", descending=True, offset=5, limit=5)
        assert [m.name for m in page] == [f"Person {i:02d}" for i in range(24, 19, -1)]


def test_member_products_and_product_rules(store: Store) -> None:
    with store.session() as session:
        products.create_product(session, {"code": "medlem", "name": "Kontingent", "price": "450",
                                          "vat_rate": "unntatt", "period": "årlig"})
        products.create_product(session, {"code": "DRAKT", "name": "Drakt", "price": "599,50", "vat_rate": "25 %",
                                          "period": "one_off"})
        members.create_member(session, {"name": "Ola"})
        view = members.set_member_products(session, 1001, [("MEDLEM", 1, None), ("drakt", 2, 50000)])
    assert [(p.code, p.quantity, p.price_ore) for p in view.products] == [("MEDLEM", 1, 45000), ("DRAKT", 2, 50000)]
    assert view.to_json()["products"][1]["price"] == "500.00"
    with store.session() as session:
        with pytest.raises(UserError) as info:
            products.delete_product(session, "MEDLEM")
        assert "standardprodukt for 1" in str(info.value)
        with pytest.raises(ValidationError):
            products.create_product(session, {"code": "MEDLEM", "name": "Dup", "price": "1"})
        with pytest.raises(ValidationError) as verr:
            products.create_product(session, {"code": "X", "name": "X", "price": "1", "vat_rate": "30"})
        assert "vat_rate" in verr.value.errors
        updated = products.update_product(session, "DRAKT", {"price": "650"})
        assert updated.price_ore == 65000
    with store.session() as session:
        actions = [(e.entity, e.action) for e in audit.list_entries(session) if e.entity == "product"]
    assert actions == [("product", "create"), ("product", "create"), ("product", "update")]


def test_organisation_validation_and_audit(store: Store) -> None:
    with store.session() as session:
        with pytest.raises(ValidationError) as info:
            organisation.save_organisation(session, {"orgnr": "974760674", "account_number": "1"})
        assert set(info.value.errors) == {"orgnr", "account_number"}
        organisation.save_organisation(session, {"city": "Drammen"})
        assert organisation.get_organisation(session).city == "Drammen"
        entries = audit.list_entries(session, entity="organisation")
    assert entries[-1].changes == {"city": ["Oslo", "Drammen"]}
