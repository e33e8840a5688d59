"""Dates as Norwegian files write them, with a year that makes sense for the books.

``datetime.strptime("1.1.1", "%d.%m.%Y")`` is year 0001 and ``date.fromisoformat`` takes
"20260101" and week dates; neither belongs in a member list or a bank export.
"""

from __future__ import annotations

import re
from datetime import date

_FORMS = (
    (re.compile(r"^(\d{4})-(\d{2})-(\d{2})$", re.ASCII), ("y", "m", "d")),
    (re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$", re.ASCII), ("d", "m", "y")),
    (re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$", re.ASCII), ("d", "m", "y")),
    (re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{2})$", re.ASCII), ("d", "m", "yy")),
)
#: the books of a club or company that uses this program: nothing before 1900, nothing past 2099
FIRST_YEAR, LAST_YEAR = 1900, 2099


def parse_date(text: str, *, first_year: int = FIRST_YEAR, last_year: int = LAST_YEAR) -> date:
    """"2026-01-31", "31.01.2026", "31.1.2026", "31/01/2026" or "31.01.26" (20xx); raises ``ValueError``."""
    cleaned = text.strip()
    for pattern, order in _FORMS:
        m = pattern.match(cleaned)
        if m is None:
            continue
        parts = dict(zip(order, (int(g) for g in m.groups()), strict=True))
        year = parts.get("y", 2000 + parts.get("yy", 0))
        if not first_year <= year <= last_year:
            raise ValueError(f"«{text}» har årstall {year}, utenfor {first_year}–{last_year}")
        try:
            return date(year, parts["m"], parts["d"])
        except ValueError:
            raise ValueError(f"«{text}» er ikke en dato som finnes") from None
    raise ValueError(f"«{text[:40]}» er ikke en dato (skriv f.eks. 31.01.2026 eller 2026-01-31)")
