"""The SAF-T Financial XSDs, compiled once per process without the identity constraints that cannot match.

Skatteetaten's schemas declare ~100 xs:key/xs:keyref/xs:unique constraints whose XPaths use
unprefixed names ("MasterFiles/GeneralLedgerAccounts/Account"). In XSD 1.0 an unprefixed name
in a selector or field means "no namespace", while the schema's elements are qualified in
urn:StandardAuditFile-Taxation-Financial:NO: in a file that validates they match nothing, so
they check nothing (a duplicate TransactionID passes), yet libxml2 evaluates them on every
element, about 80 % of the validation time. They are removed from the loaded tree in memory
(the shipped files stay as published); the import checks what they meant (saft_checks.py).
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from lxml import etree

XSD_DIR = Path(__file__).resolve().parents[2] / "resources" / "saft"
XSD_FILES = {
    "1.20": "Norwegian_SAF-T_Financial_Schema_v_1.20.xsd",
    "1.30": "Norwegian_SAF-T_Financial_Schema_v_1.30.xsd",
}
_XS = "http://www.w3.org/2001/XMLSchema"
_CONSTRAINTS = {f"{{{_XS}}}{name}" for name in ("key", "keyref", "unique")}
#: a name step of an XPath in a selector/field: "AccountID", "x:AccountID", "@attr", "*", "."
_STEP = re.compile(r"[^/|\s]+")


def _step_can_match(step: str) -> bool:
    """False for an unprefixed element name step, which means "no namespace" in XSD 1.0."""
    step = step.removeprefix("child::")
    return step.startswith(("@", ".", "*", "attribute::")) or ":" in step


def _can_match(constraint: etree._Element) -> bool:
    for part in constraint:
        if part.tag in (f"{{{_XS}}}selector", f"{{{_XS}}}field"):
            steps = _STEP.findall(part.get("xpath", ""))
            if any(not _step_can_match(step) for step in steps):
                return False
    return True


def strip_unmatchable_constraints(tree: etree._ElementTree) -> int:
    """Remove identity constraints that name unqualified elements in a schema whose elements are
    all qualified (targetNamespace + elementFormDefault="qualified"); returns how many went."""
    root = tree.getroot()
    if not root.get("targetNamespace") or root.get("elementFormDefault") != "qualified":
        return 0
    removed = 0
    for constraint in [e for e in root.iter(*_CONSTRAINTS) if not _can_match(e)]:
        parent = constraint.getparent()
        if parent is not None:
            parent.remove(constraint)
            removed += 1
    return removed


def published_schema(version: str) -> etree.XMLSchema:
    """The XSD exactly as shipped (for comparisons; slow on large files)."""
    return etree.XMLSchema(etree.parse(str(XSD_DIR / XSD_FILES[version])))


@cache
def schema(version: str) -> etree.XMLSchema:
    """The XSD for '1.20' or '1.30' without the constraints that cannot match; compiled once per process."""
    tree = etree.parse(str(XSD_DIR / XSD_FILES[version]))
    strip_unmatchable_constraints(tree)
    return etree.XMLSchema(tree)
