"""Numbers as a Norwegian bookkeeper writes them, and nothing else.

``Decimal`` accepts "1e3", "NaN", "Infinity", "١٢٣" (Arabic-Indic digits) and 400-digit
amounts; ``int`` accepts "1_001" and full-width digits. None of these is an amount or a
customer number in a bank export or a member list, so they are refused here with the text.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

from .errors import InputError
from .limits import grouped

#: a bank payment or an invoice line: at most 1 milliard kroner
MAX_PAYMENT_ORE = 100_000_000_000
#: a trial balance line of a group: at most 10 billion kroner (10^13 kr), far below SQLite's 2^63 øre
MAX_BALANCE_ORE = 10**15

_SPACES = re.compile(r"[ \u00a0\u202f\u2009]")
# optional sign, digits with optional thousands groups, optional decimals; ASCII only
_AMOUNT = re.compile(r"^([+-]?)(\d{1,3}(?:([.,' ])\d{3})*|\d+)(?:([.,])(\d{1,2}))?$", re.ASCII)


def parse_amount_ore(text: str, *, max_ore: int = MAX_PAYMENT_ORE, allow_negative: bool = True) -> int:
    """"1 250,50", "1.250,50", "1250.50", "-12,5", "kr 450" -> øre. Raises ``ValueError`` with the reason.

    A thousands separator is told from a decimal mark by position: the decimal part has one or
    two digits, a thousands group three.
    """
    raw = text
    cleaned = _SPACES.sub("", text.strip())
    lowered = cleaned.lower()
    if lowered.startswith("kr"):
        cleaned = cleaned[2:]
    elif lowered.endswith("kr"):
        cleaned = cleaned[:-2]
    elif lowered.endswith(",-"):
        cleaned = cleaned[:-2]
    if len(cleaned) > 30:
        raise ValueError(f"«{raw[:40]}…» er for langt til å være et beløp")
    m = _AMOUNT.match(cleaned)
    if m is None:
        raise ValueError(f"«{raw}» er ikke et beløp")
    sign, whole, group, mark, decimals = m.groups()
    if group and mark and group == mark:
        raise ValueError(f"«{raw}» er ikke et beløp (samme tegn som tusenskille og desimaltegn)")
    if group and not mark and whole.count(group) == 1 and group in ".,":
        raise ValueError(f"«{raw}» er tvetydig (tusenskille eller desimaltegn?); skriv f.eks. «1250,00»")
    digits = whole.replace(group, "") if group else whole
    value = Decimal(f"{digits}.{decimals or '0'}")
    ore = int((value * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    if sign == "-":
        if not allow_negative:
            raise ValueError(f"«{raw}» er negativt")
        ore = -ore
    if abs(ore) > max_ore:
        raise ValueError(f"«{raw}» er over grensen på {grouped(max_ore // 100)} kr")
    return ore


def parse_digits(text: str, what: str, *, low: int = 1, high: int = 999_999_999) -> int:
    """A whole number written with ASCII digits only, in [low, high] (customer numbers, counts)."""
    stripped = text.strip()
    if not stripped or not stripped.isascii() or not stripped.isdigit():
        raise ValueError(f"{what} «{text}» er ikke et heltall skrevet med sifrene 0–9")
    if len(stripped) > len(str(high)):
        raise ValueError(f"{what} «{text[:30]}» er for stort (høyst {high})")
    value = int(stripped)
    if not low <= value <= high:
        raise ValueError(f"{what} {value} er utenfor {low}–{high}")
    return value


def amount_error(what: str, line: int, exc: ValueError) -> InputError:
    return InputError(f"{what} kan ikke leses: linje {line}: {exc}. Ingenting er lagret.")
