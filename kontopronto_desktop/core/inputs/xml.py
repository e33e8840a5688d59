"""XML inputs: no bookkeeping format (camt, SAF-T) needs a DTD, so a file with one is refused
before any parser sees it.

This is more than hygiene: lxml 6.1.3 / libxml2 2.14.6 crash the process (SIGSEGV) when
``etree.iterparse(..., schema=...)`` meets an entity reference declared in an internal DTD
(docs/upstream/lxml-dtd-iterparse-schema-segfault.md). A DOCTYPE may only follow the XML
declaration, comments and processing instructions, so reading the prolog is enough.
"""

from __future__ import annotations

import re
from typing import BinaryIO

from .errors import InputError
from .text import sniff_encoding

_PROLOG_ITEM = re.compile(rb"\s*(<\?.*?\?>|<!--.*?-->)", re.S)
#: how much of the file's start is read for the prolog; a longer prolog is refused as hostile
PROLOG_BYTES = 64 * 1024


def _ascii_prolog(head: bytes) -> bytes:
    codec, skip = sniff_encoding(head)
    if codec and not codec.startswith("utf-8"):
        # cut at a whole code unit before decoding, and keep only the ASCII markup
        unit = 4 if "32" in codec else 2
        body = head[skip:]
        body = body[: len(body) - len(body) % unit]
        return body.decode(codec, errors="replace").encode("ascii", errors="replace")
    return head[skip:]


def refuse_dtd(head: bytes, what: str) -> None:
    """Raise ``InputError`` when the XML starting with ``head`` declares a DTD (or an entity)."""
    prolog = _ascii_prolog(head[:PROLOG_BYTES])
    pos = 0
    while True:
        m = _PROLOG_ITEM.match(prolog, pos)
        if m is None:
            break
        pos = m.end()
    rest = prolog[pos:].lstrip()
    if rest.startswith(b"<!") or (not rest and len(head) >= PROLOG_BYTES):
        raise InputError(f"{what} har en dokumenttypedefinisjon (<!DOCTYPE …>) eller en uvanlig lang innledning. "
                         "Det trengs ikke i bokføringsfiler og godtas ikke. Ingenting er lagret.")


def refuse_dtd_in_file(handle: BinaryIO, what: str) -> None:
    """``refuse_dtd`` on an open binary file; the position is restored."""
    at = handle.tell()
    head = handle.read(PROLOG_BYTES)
    handle.seek(at)
    refuse_dtd(head, what)
