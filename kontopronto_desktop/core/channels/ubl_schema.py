"""The OASIS UBL 2.1 XSD check every EHF document passes before the business rules run.

The Schematron rule sets assume a document of the right shape; an element in the wrong order or
one the standard does not know is caught only by the schema, and an access point refuses such a
document. The schemas (``rules/ubl-2.1``, OASIS os-UBL-2.1 xsdrt, only what Invoice and CreditNote
need) are loaded once per process (about 0.1 s) with every import resolved inside that folder: a
schema never reaches the network. lxml's messages are English; the common ones are put in
Norwegian with the element (as cbc:/cac: name) and the line, so a user can find the fault.
"""

from __future__ import annotations

import re
import threading
from importlib import resources
from pathlib import Path
from typing import Any

from lxml import etree

NS_INVOICE = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
NS_CREDIT = "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2"
MAIN = {f"{{{NS_INVOICE}}}Invoice": "UBL-Invoice-2.1.xsd",
        f"{{{NS_CREDIT}}}CreditNote": "UBL-CreditNote-2.1.xsd"}
PREFIXES = {
    "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2": "cbc",
    "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2": "cac",
    "urn:oasis:names:specification:ubl:schema:xsd:CommonExtensionComponents-2": "ext",
    NS_INVOICE: "", NS_CREDIT: "",
}
#: the rule id an XSD failure carries in a validation report
RULE = "UBL-XSD"

_lock = threading.Lock()
_schemas: dict[str, etree.XMLSchema] = {}


class _LocalOnly(etree.Resolver):
    """Refuse every schema location outside the shipped folder (no network, no other file)."""

    def __init__(self, folder: Path) -> None:
        super().__init__()
        self.folder = folder.resolve()

    def resolve(self, url: str | None, pubid: str | None, context: Any) -> Any:
        path = Path(url or "")
        if "://" in (url or "") and not (url or "").startswith("file://"):
            raise etree.XMLSchemaParseError(f"UBL-skjemaet viser til {url}; bare de lokale filene brukes")
        if (url or "").startswith("file://"):
            path = Path(url[len("file://"):])  # type: ignore[index]
        if self.folder not in path.resolve().parents:
            raise etree.XMLSchemaParseError(f"UBL-skjemaet viser til {url} utenfor programmets skjemamappe")
        return None  # inside the folder: let libxml2 read the file


def schema_folder() -> Path:
    """The shipped xsdrt folder (a real folder in the wheel and in the PyInstaller bundle)."""
    folder = Path(str(resources.files(__package__) / "rules" / "ubl-2.1"))
    if not (folder / "maindoc").is_dir():
        raise RuntimeError(f"UBL 2.1-skjemaene mangler i installasjonen ({folder})")
    return folder


def _schema(root_tag: str) -> etree.XMLSchema:
    with _lock:
        if not _schemas:
            folder = schema_folder()
            parser = etree.XMLParser(no_network=True, load_dtd=False)
            parser.resolvers.add(_LocalOnly(folder))
            for tag, name in MAIN.items():
                _schemas[tag] = etree.XMLSchema(etree.parse(str(folder / "maindoc" / name), parser))
        return _schemas[root_tag]


def _qname(clark: str) -> str:
    """'{ns}Name' as 'cbc:Name' (or the bare name for the document's own namespace)."""
    match = re.fullmatch(r"\{([^}]*)\}(.+)", clark.strip())
    if not match:
        return clark.strip()
    prefix = PREFIXES.get(match.group(1), "")
    return f"{prefix}:{match.group(2)}" if prefix else match.group(2)


def _names(text: str) -> str:
    return re.sub(r"\{[^}]*\}[A-Za-z0-9_.-]+", lambda m: _qname(m.group(0)), text)


_PATTERNS: tuple[tuple[str, str], ...] = (
    (r"This element is not expected\. Expected is one of \((.*)\)\.?",
     "elementet hører ikke hjemme her (feil rekkefølge eller ukjent element); ventet et av: {0}"),
    (r"This element is not expected\. Expected is \((.*)\)\.?",
     "elementet hører ikke hjemme her (feil rekkefølge eller ukjent element); ventet: {0}"),
    (r"This element is not expected\.?",
     "elementet hører ikke hjemme her (feil rekkefølge eller ukjent element)"),
    (r"Missing child element\(s\)\. Expected is one of \((.*)\)\.?", "mangler et underelement, et av: {0}"),
    (r"Missing child element\(s\)\. Expected is \((.*)\)\.?", "mangler underelementet {0}"),
    (r"'(.*)' is not a valid value of the atomic type '(.*)'\.?", "verdien «{0}» er ikke gyldig ({1})"),
    (r"The attribute '(.*)' is not allowed\.?", "attributtet {0} er ikke tillatt"),
    (r"The attribute '(.*)' is required but missing\.?", "attributtet {0} mangler"),
    (r"Character content other than whitespace is not allowed.*", "tekst er ikke tillatt i dette elementet"),
    (r"No matching global declaration available for the validation root\.?",
     "rotelementet er ikke et UBL 2.1-dokument"),
)


def norwegian(message: str) -> str:
    """lxml's schema message as one Norwegian line: «cbc:Foo»: what is wrong (English when unknown)."""
    element = ""
    match = re.match(r"Element '([^']+)'(?:, attribute '([^']+)')?: (.*)", message, re.S)
    if match:
        element = _qname(match.group(1)) + (f"/@{match.group(2)}" if match.group(2) else "")
        message = match.group(3)
    text = message.strip()
    for pattern, template in _PATTERNS:
        found = re.fullmatch(pattern, text, re.S)
        if found:
            text = template.format(*(", ".join(part.strip() for part in _names(g).split(","))
                                     for g in found.groups()))
            break
    else:
        text = _names(text)
    return f"«{element}»: {text}" if element else text


def schema_errors(tree: etree._Element) -> list[tuple[int, str, str]]:
    """Every XSD failure of a parsed Invoice or CreditNote: (line, Norwegian text, path)."""
    schema = _schema(tree.tag)
    if schema.validate(tree):
        return []
    return [(error.line, norwegian(error.message), error.path or "") for error in schema.error_log]
