"""SAF-T: the schemas' identity constraints are stripped (they cannot match), the import checks
what they meant, and amounts are read without Decimal when they are plain."""

from __future__ import annotations

import random
from decimal import Decimal
from pathlib import Path

import pytest
from lxml import etree

from kontopronto_desktop.core.consolidation import saft
from kontopronto_desktop.core.consolidation.saft import SaftError, read_saft
from kontopronto_desktop.core.consolidation.saft_checks import SeenIds
from kontopronto_desktop.core.consolidation.saft_schema import (
    XSD_DIR,
    XSD_FILES,
    published_schema,
    schema,
    strip_unmatchable_constraints,
)
from kontopronto_desktop.core.money import to_ore

DATA = Path(__file__).resolve().parents[1] / "data" / "saft"
_XS = "{http://www.w3.org/2001/XMLSchema}"


@pytest.mark.parametrize("version", ["1.20", "1.30"])
def test_every_identity_constraint_is_stripped_in_memory_and_the_shipped_file_is_untouched(version: str) -> None:
    path = XSD_DIR / XSD_FILES[version]
    before = path.read_bytes()
    tree = etree.parse(str(path))
    assert len(list(tree.getroot().iter(f"{_XS}key", f"{_XS}keyref", f"{_XS}unique"))) == 100
    assert strip_unmatchable_constraints(tree) == 100
    assert not list(tree.getroot().iter(f"{_XS}key", f"{_XS}keyref", f"{_XS}unique"))
    assert path.read_bytes() == before
    assert schema(version) is schema(version)  # compiled once per process


def test_a_constraint_with_prefixed_paths_is_kept() -> None:
    tree = etree.fromstring(
        '<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:t="urn:t" targetNamespace="urn:t" '
        'elementFormDefault="qualified"><xs:element name="R"><xs:complexType><xs:sequence>'
        '<xs:element name="I" type="xs:string" maxOccurs="unbounded"/></xs:sequence></xs:complexType>'
        '<xs:unique name="a"><xs:selector xpath="t:I"/><xs:field xpath="."/></xs:unique>'
        '<xs:unique name="b"><xs:selector xpath="I"/><xs:field xpath="."/></xs:unique>'
        "</xs:element></xs:schema>").getroottree()
    assert strip_unmatchable_constraints(tree) == 1
    duplicate = etree.fromstring('<R xmlns="urn:t"><I>1</I><I>1</I></R>')
    assert not etree.XMLSchema(tree).validate(duplicate)  # the one that can match still works


@pytest.mark.parametrize("name", ["saft130_duplicate_transaction_id.xml", "saft130_unknown_account.xml",
                                  "saft130_duplicate_account_id.xml"])
def test_the_published_schema_lets_each_mistake_through(name: str) -> None:
    """Why the import checks these itself: the constraints as published match nothing."""
    assert published_schema("1.30").validate(etree.parse(str(DATA / name)))


def test_duplicate_transaction_id_is_a_warning_with_its_line() -> None:
    tb = read_saft(DATA / "saft130_duplicate_transaction_id.xml")
    dup = [w for w in tb.warnings if "TransactionID" in w]
    assert dup == ["TransactionID «2» står flere ganger (igjen på linje 26 i filen); SAF-T krever at den er "
                   "unik. Bilaget er tatt med."]
    assert tb.gl_lines == 6 and next(a for a in tb.accounts if a.account == "1920").movement_ore == 300_00
    assert not any("TransactionID" in w for w in read_saft(DATA / "saft130_unknown_account.xml").warnings)


def test_line_on_an_account_not_in_the_chart_is_a_warning_with_its_line() -> None:
    tb = read_saft(DATA / "saft130_unknown_account.xml")
    unknown = [w for w in tb.warnings if "ikke finnes i kontoplanen" in w]
    assert len(unknown) == 1
    assert unknown[0].startswith("Bilagslinjer på konto 3099, som ikke finnes i kontoplanen (sum -50,00")
    assert unknown[0].endswith("første gang på linje 24).")
    assert not any("kontoplanen" in w for w in read_saft(DATA / "saft130_duplicate_transaction_id.xml").warnings)


def test_duplicate_account_id_is_refused_with_its_line() -> None:
    with pytest.raises(SaftError, match=r"konto 1920 står flere ganger i kontoplanen \(GeneralLedgerAccounts, "
                                        r"linje 15\)"):
        read_saft(DATA / "saft130_duplicate_account_id.xml")


def test_checks_hold_without_validation_too() -> None:
    tb = read_saft(DATA / "saft130_duplicate_transaction_id.xml", validate=False)
    assert any("TransactionID «2»" in w for w in tb.warnings)


def test_seen_ids_in_order_out_of_order_and_text() -> None:
    seen = SeenIds()
    assert all(seen.add(str(n)) for n in range(1, 1000))
    assert all(seen.add(str(n)) for n in (2000, 2001, 1500, "007", "7a", "0"))
    assert not any(seen.add(str(n)) for n in (1, 500, 999, 2000, 2001, 1500, "007", "7a", "0"))
    assert seen.add("7a ") and seen.add("1000") and not seen.add("1000")
    assert len(seen._starts) <= 3 and len(seen._other) == 6  # in-order IDs cost runs, not entries


def test_integer_fast_path_gives_the_same_ore_as_decimal() -> None:
    rng = random.Random(19)
    texts = ["0", "-0", "0.5", "12.", "1.005", "-3.10", "999999999999999.99", "+5", "1e3", ".5", "00012.30"]
    for _ in range(20000):
        value = rng.randint(-10**12, 10**12)
        decimals = rng.choice([0, 1, 2, 3, 6])
        text = f"{abs(value) // 10**decimals}" + (f".{abs(value) % 10**decimals:0{decimals}d}" if decimals else "")
        texts.append(("-" if value < 0 else "") + text)
    for text in texts:
        try:
            expected = to_ore(Decimal(text))
        except ArithmeticError:
            continue
        if saft._DECIMAL.match(text):
            assert saft._amount(text, "test", []) == expected, text
        else:
            with pytest.raises(SaftError):
                saft._amount(text, "test", [])
    for bad in ("NaN", "1e3", "١٢", "12.3.4", "-", "."):
        with pytest.raises(SaftError):
            saft._amount(bad, "test", [])
