"""KID check digits against every published vector, and the KIDs we build."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kontopronto_desktop.core import kid
from kontopronto_desktop.core.errors import UserError


def _vectors(shared_data: Path) -> list[dict]:
    return json.loads((shared_data / "kid" / "kid_vectors.json").read_text(encoding="utf-8"))


def test_every_vector_mod10_and_mod11(shared_data: Path) -> None:
    vectors = _vectors(shared_data)
    assert len(vectors) >= 16
    for v in vectors:
        assert kid.is_valid(v["kid"], kid.MOD10) is v["mod10"], v
        assert kid.is_valid(v["kid"], kid.MOD11) is v["mod11"], v


def test_validate_accepts_valid_and_rejects_invalid_vectors(shared_data: Path) -> None:
    for v in _vectors(shared_data):
        bank_ok = (v["mod10"] or v["mod11"]) and not v["kid"].endswith("-")
        if bank_ok:
            assert kid.validate(v["kid"]) == v["kid"]
        else:
            with pytest.raises(kid.InvalidKid):
                kid.validate(v["kid"])
        if v["mod11"] and v["kid"].endswith("-"):
            assert kid.validate(v["kid"], kid.MOD11, allow_dash=True) == v["kid"]


def test_check_digit_reproduces_vectors(shared_data: Path) -> None:
    for v in _vectors(shared_data):
        payload, last = v["kid"][:-1], v["kid"][-1]
        if v["mod10"]:
            assert kid.mod10_check_digit(payload) == last
        if v["mod11"]:
            assert kid.mod11_check_digit(payload) == last


@pytest.mark.parametrize("bad", ["", "1", "12a45", "12 34x", "9" * 26, "123456783"])
def test_validate_rejects_garbage_with_norwegian_message(bad: str) -> None:
    with pytest.raises(kid.InvalidKid) as info:
        kid.validate(bad)
    assert isinstance(info.value, UserError)
    assert "KID" in info.value.message


def test_scheme_specific_validation() -> None:
    assert kid.validate("123456782", kid.MOD10) == "123456782"
    with pytest.raises(kid.InvalidKid, match="MOD11"):
        kid.validate("123456782", kid.MOD11)


def test_build_mod10_old_customer_invoice_layout() -> None:
    value = kid.build_kid(1234, 56, kid.KidLayout(mode=kid.CUSTOMER_INVOICE))
    assert value == "01234" + "0056" + kid.mod10_check_digit("012340056")
    assert len(value) == 10
    assert kid.validate(value, kid.MOD10) == value


def test_build_fixed_length_from_layout() -> None:
    layout = kid.KidLayout(kid.MOD10, length=15, customer_digits=6, mode=kid.CUSTOMER_INVOICE)
    value = kid.build_kid(42, 123456, layout)
    assert len(value) == 15 and value.startswith("000042") and "123456" in value
    assert kid.is_valid(value, kid.MOD10)


def test_mod11_never_issues_dash() -> None:
    layout = kid.KidLayout(kid.MOD11, length=10, customer_digits=5, mode=kid.CUSTOMER_INVOICE)
    variants = set()
    for customer in range(1000, 1060):
        for number in range(1, 60):
            value = kid.build_kid(customer, number, layout)
            assert len(value) == 10
            assert not value.endswith("-")
            assert kid.validate(value, kid.MOD11) == value
            variants.add(value[-2])
    assert variants == {"0", "1"}  # some numbers needed the variant digit


def test_customer_number_too_long_is_refused() -> None:
    with pytest.raises(kid.InvalidKid, match="kundenummer"):
        kid.build_kid(123456, 1, kid.KidLayout(mode=kid.CUSTOMER_INVOICE))


def test_layout_must_leave_room() -> None:
    with pytest.raises(kid.InvalidKid):
        kid.KidLayout(kid.MOD11, length=6, customer_digits=5, mode=kid.CUSTOMER_INVOICE)
    with pytest.raises(kid.InvalidKid):
        kid.KidLayout("mod97")


# --- the default layout: the invoice number alone (issue 13 item 5) ---------------------------------

def test_default_layout_is_invoice_number_with_mod10_and_ten_digits() -> None:
    value = kid.build_kid(1234, 56)
    assert value == "000000056" + kid.mod10_check_digit("000000056")
    assert kid.KidLayout().invoice_number_of(value) == 56
    assert kid.validate(value, kid.MOD10) == value


def test_default_layout_lasts_for_100000_members_monthly_for_20_years() -> None:
    layout = kid.KidLayout()
    needed = 100_000 * 12 * 20 * 2  # every invoice plus as many credit notes taking numbers
    assert layout.last_unique_number >= needed
    capacity = kid.KidCapacity(layout, next_number=1, per_year=100_000 * 12)
    assert capacity.years_left is not None and capacity.years_left > 20 * 2
    assert "over 100 år" in capacity.text() and "ledige KID-er" in capacity.text()


def test_invoice_layout_boundary_last_number_fits_next_is_refused() -> None:
    layout = kid.KidLayout(kid.MOD10, length=4)  # three digits of invoice number
    assert layout.last_unique_number == 999
    assert kid.build_kid(1, 999, layout) == "999" + kid.mod10_check_digit("999")
    with pytest.raises(kid.InvalidKid, match="får ikke plass"):
        kid.build_kid(1, 1000, layout)
    assert kid.KidCapacity(layout, 999, 0).remaining == 1
    assert kid.KidCapacity(layout, 1000, 0).remaining == 0


def test_invoice_layout_mod11_never_dash_and_unique() -> None:
    layout = kid.KidLayout(kid.MOD11, length=10)
    values = {kid.build_kid(1, n, layout) for n in range(1, 3000)}
    assert len(values) == 2999
    assert all(len(v) == 10 and not v.endswith("-") and kid.is_valid(v, kid.MOD11) for v in values)


def test_old_layout_repeats_after_ten_thousand_numbers() -> None:
    old = kid.KidLayout(mode=kid.CUSTOMER_INVOICE)
    assert kid.build_kid(1001, 5, old) == kid.build_kid(1001, 10_005, old)
    assert kid.KidCapacity(old, 9_001, 12_000).remaining == 999
    assert "begynner å gjentas" in kid.KidCapacity(old, 9_001, 12_000).text()
