"""Validate an EHF / PEPPOL BIS Billing 3.0 document against the official rule sets.

The rules are OpenPEPPOL's two Schematron sets (CEN-EN16931-UBL and PEPPOL-EN16931-UBL,
release 2026.5), shipped already compiled to XSLT 2.0 in ``rules/`` and run with saxonche.
Compiling them costs about two seconds, so each is compiled once per process and kept.
Before the rules run, the document is parsed by lxml with DTDs and entities refused (a
hostile file never reaches the XSLT engine) and checked against the OASIS UBL 2.1 XSD
(``ubl_schema``); a document of the wrong shape gets the schema's faults only, since the
business rules assume the shape. An EHF reminder (EHF Reminder 3.0, CustomizationID
``…#conformant#urn:fdc:anskaffelser.no:2019:ehf:reminder:3.0``) is checked as the official EHF
build checks it: the same two sets without the rules it excludes (BR-04, BR-CL-20,
PEPPOL-EN16931-R007, PEPPOL-EN16931-CL003), plus the reminder's own set EHF-P06. The result is data (every failed assertion with
its rule id, flag and text), so the CLI, the GUI and the sending code all show the same.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from lxml import etree

from ..errors import UserError
from . import ubl_schema

RULE_SETS = ("CEN-EN16931-UBL.xslt", "PEPPOL-EN16931-UBL.xslt")
REMINDER_RULE_SET = "EHF-P06-3.0-REMINDER.xslt"
ALL_RULE_SETS = (*RULE_SETS, REMINDER_RULE_SET)
#: the CustomizationID suffix of an EHF reminder, and the rules its official build leaves out
REMINDER_MARK = "#conformant#urn:fdc:anskaffelser.no:2019:ehf:reminder:3.0"
REMINDER_EXCLUDED = frozenset({"BR-04", "BR-CL-20", "PEPPOL-EN16931-R007", "PEPPOL-EN16931-CL003"})
BILLING, REMINDER = "PEPPOL BIS Billing 3.0", "EHF Reminder 3.0"
#: an eFaktura (B2C) document is EHF Billing 3.0 to a consumer, who has no PEPPOL address: the one
#: PEPPOL rule that demands the buyer's electronic address (R010) does not apply; every other rule does
EFAKTURA = "EHF Billing 3.0 for eFaktura (forbruker)"
EFAKTURA_EXCLUDED = frozenset({"PEPPOL-EN16931-R010"})
SVRL = "http://purl.oclc.org/dsdl/svrl"
ROOTS = {"{urn:oasis:names:specification:ubl:schema:xsd:Invoice-2}Invoice",
         "{urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2}CreditNote"}
#: an EHF document with several MB of attachments is normal; beyond this something is wrong
MAX_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class RuleFailure:
    rule: str
    flag: str  # "fatal" or "warning"
    text: str
    location: str

    def to_json(self) -> dict[str, str]:
        return {"rule": self.rule, "flag": self.flag, "text": self.text, "location": self.location}


@dataclass(frozen=True)
class ValidationReport:
    failures: tuple[RuleFailure, ...] = field(default=())
    profile: str = BILLING

    @property
    def fatal(self) -> tuple[RuleFailure, ...]:
        return tuple(f for f in self.failures if f.flag == "fatal")

    @property
    def warnings(self) -> tuple[RuleFailure, ...]:
        return tuple(f for f in self.failures if f.flag != "fatal")

    @property
    def ok(self) -> bool:
        return not self.fatal

    def to_json(self) -> dict[str, Any]:
        return {"ok": self.ok, "profile": self.profile, "fatal": len(self.fatal), "warnings": len(self.warnings),
                "failures": [f.to_json() for f in self.failures]}

    def text(self) -> str:
        head = (f"Gyldig EHF ({self.profile})" if self.ok
                else f"Ugyldig EHF ({self.profile}): {len(self.fatal)} regelbrudd")
        if self.warnings:
            head += f", {len(self.warnings)} advarsler"
        lines = [head]
        lines += [f"  {f.flag:7} {f.rule}: {f.text}" for f in self.failures]
        return "\n".join(lines)


class InvalidEhf(UserError):
    """A generated document broke a fatal rule: it is not sent; the message names the rules."""

    def __init__(self, report: ValidationReport, what: str) -> None:
        rules = "; ".join(f"{f.rule}: {f.text}" for f in report.fatal[:5])
        super().__init__(f"{what} ble ikke sendt: EHF-dokumentet bryter {len(report.fatal)} regel(er) – {rules}")
        self.report = report


_lock = threading.Lock()
_compiled: dict[str, Any] = {}
_processor: Any = None


def _stylesheets(names: tuple[str, ...]) -> list[Any]:
    """The compiled rule sets (each compiled on first use, then shared by every call in this process)."""
    global _processor
    with _lock:
        if _processor is None:
            from saxonche import PySaxonProcessor

            _processor = PySaxonProcessor(license=False)
        missing = [name for name in names if name not in _compiled]
        if missing:
            xslt = _processor.new_xslt30_processor()
            folder = resources.files(__package__) / "rules"
            for name in missing:
                with resources.as_file(folder / name) as path:
                    _compiled[name] = xslt.compile_stylesheet(stylesheet_file=str(path))
        return [_compiled[name] for name in names]


def _safe_parse(data: bytes) -> etree._Element:
    """Parse without DTDs, entities or network; refuse what is not a UBL invoice or credit note."""
    if len(data) > MAX_BYTES:
        raise UserError(f"Filen er for stor for et EHF-dokument (over {MAX_BYTES // (1024 * 1024)} MB).")
    if b"<!DOCTYPE" in data[:4096].upper() or b"<!ENTITY" in data.upper():
        raise UserError("Filen inneholder en DTD (<!DOCTYPE>); EHF-dokumenter har ingen, og den leses ikke.")
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise UserError(f"Filen er ikke gyldig XML (linje {exc.lineno}): {exc.msg}") from None
    if root.tag not in ROOTS:
        raise UserError("Filen er ikke en UBL-faktura eller -kreditnota (rotelementet er "
                        f"«{etree.QName(root).localname}»).")
    return root


def _failures(svrl: str) -> list[RuleFailure]:
    report = etree.fromstring(svrl.encode("utf-8"))
    out: list[RuleFailure] = []
    for node in report.iter(f"{{{SVRL}}}failed-assert"):
        text = " ".join("".join(node.itertext()).split())
        out.append(RuleFailure(node.get("id", ""), node.get("flag", "fatal"), text, node.get("location", "")))
    return out


def is_reminder(root: etree._Element) -> bool:
    customization = root.findtext("{urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2}"
                                  "CustomizationID") or ""
    return root.tag.endswith("}Invoice") and customization.strip().endswith(REMINDER_MARK)


def validate_ehf(data: bytes, *, efaktura: bool = False) -> ValidationReport:
    """Every XSD fault, or else every failed rule of the document's rule sets (empty when valid).

    ``efaktura``: check it as a document for the banks' eFaktura (a consumer buyer, see EFAKTURA).
    """
    root = _safe_parse(data)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise UserError("EHF-dokumentet er ikke UTF-8, slik PEPPOL krever.") from None
    reminder = is_reminder(root)
    profile = REMINDER if reminder else EFAKTURA if efaktura else BILLING
    schema = ubl_schema.schema_errors(root)
    if schema:  # the business rules assume the shape; their results on a misshapen document mislead
        return ValidationReport(tuple(RuleFailure(ubl_schema.RULE, "fatal", f"Linje {line}: {message}", path)
                                      for line, message, path in schema), profile)
    sheets = _stylesheets(ALL_RULE_SETS if reminder else RULE_SETS)
    with _lock:
        document = _processor.parse_xml(xml_text=text)
        failures: list[RuleFailure] = []
        for sheet in sheets:
            failures += _failures(sheet.transform_to_string(xdm_node=document))
    if reminder:
        failures = [f for f in failures if f.rule not in REMINDER_EXCLUDED]
    elif efaktura:
        failures = [f for f in failures if f.rule not in EFAKTURA_EXCLUDED]
    return ValidationReport(tuple(failures), profile)


def require_valid(data: bytes, what: str, *, efaktura: bool = False) -> ValidationReport:
    """Validate a document we are about to send; a fatal failure stops it (InvalidEhf)."""
    report = validate_ehf(data, efaktura=efaktura)
    if not report.ok:
        raise InvalidEhf(report, what)
    return report
