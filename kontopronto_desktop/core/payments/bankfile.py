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

FORMATS = ("ocr", "camt", "csv")


class BankFileError(UserError):
    """A bank file that cannot be read (damaged, truncated, wrong type); nothing was booked."""


@dataclass(frozen=True)
class BankTransaction:
    """One incoming payment as the bank reported it (amount in øre, always positive)."""

    ref: str  #: identity of the transaction across files (format, account, the bank's own reference)
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


def file_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def detect_format(data: bytes) -> str:
    """ocr, camt or csv from the first bytes of the file."""
    head = data.lstrip(b"\xef\xbb\xbf \t\r\n")[:200]
    if head.startswith(b"NY0000") or head.startswith(b"NY"):
        return "ocr"
    if head.startswith(b"<"):
        return "camt"
    return "csv"
