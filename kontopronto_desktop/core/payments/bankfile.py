"""What every bank-file reader returns: plain transactions, ready to be booked.

Readers never touch the store. A reader either returns every incoming transaction of a file
or raises ``BankFileError`` naming the line or element where the file went wrong, so a damaged
file books nothing.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date

from ..errors import UserError
from ..inputs.stream import Source, chunks, sha256

FORMATS = ("ocr", "camt", "csv")


class BankFileError(UserError):
    """A bank file that cannot be read (damaged, truncated, wrong type); nothing was booked."""


@dataclass(frozen=True)
class BankTransaction:
    """One incoming payment as the bank reported it (amount in øre, always positive)."""

    #: identity of the transaction across files: format, account and what the bank guarantees unique
    #: (its own reference, or the entry's reference and the position in it); never a payer's reference
    ref: str
    booked_on: date
    amount_ore: int
    kid: str = ""
    archive_ref: str = ""
    payer_name: str = ""
    payer_account: str = ""
    text: str = ""
    where: str = ""  #: "linje 3" / "<TxDtls> linje 22", for messages


@dataclass
class ParsedFile:
    format: str  #: ocr | camt053 | camt054 | csv
    transactions: list[BankTransaction] = field(default_factory=list)
    #: transactions that are not incoming payments (outgoing, reversals), as Norwegian sentences
    skipped: list[str] = field(default_factory=list)
    #: the signed sum of what was skipped (outgoing negative), so booked + skipped = the file's total
    skipped_ore: int = 0


#: the longest identity the store keeps (payment.external_ref)
MAX_REF = 200


def make_ref(prefix: str, *parts: object) -> str:
    """"prefix:part:part"; one too long for the store keeps its start and a hash of the whole,
    so two identities never become one by being cut at the same length."""
    ref = ":".join([prefix, *(str(p) for p in parts)])
    if len(ref) <= MAX_REF:
        return ref
    return f"{ref[:MAX_REF - 42]}:#{hashlib.sha256(ref.encode()).hexdigest()[:40]}"


def refuse_repeated_identities(parsed: ParsedFile, what: str) -> None:
    """A file whose own transactions share an identity is damaged (or its identities are not what
    the bank promises): booking one and calling the rest "imported before" would lose money
    silently, so the whole file is refused, naming both places."""
    first: dict[str, BankTransaction] = {}
    for t in parsed.transactions:
        earlier = first.setdefault(t.ref, t)
        if earlier is not t:
            raise BankFileError(
                f"{what} har to transaksjoner med samme identitet ({earlier.where} og {t.where}: "
                f"«{t.ref.split(':', 2)[-1][:60]}»). Banken lover at den er unik, så filen kan være skadet "
                "eller satt sammen av flere filer. Ingenting er bokført.")


def file_hash(data: Source) -> str:
    """The file's SHA-256 (its identity as an imported file), read in chunks."""
    if isinstance(data, bytes):
        return hashlib.sha256(data).hexdigest()
    return sha256(data)


_LEADING = b"\xef\xbb\xbf \t\r\n"


def _start(data: Source) -> bytes:
    """The first bytes after any BOM and white space (a file may start with megabytes of it)."""
    if isinstance(data, bytes):
        return data.lstrip(_LEADING)[:200]
    for block in chunks(data):
        block = block.lstrip(_LEADING)
        if block:
            rest = data.read(200)
            data.seek(0)
            return (block + rest)[:200]
    data.seek(0)
    return b""


def detect_format(data: Source) -> str:
    """ocr, camt or csv from the first bytes of the file."""
    head = _start(data)
    if head.startswith(b"NY0000") or head.startswith(b"NY"):
        return "ocr"
    if head.startswith(b"<"):
        return "camt"
    return "csv"
