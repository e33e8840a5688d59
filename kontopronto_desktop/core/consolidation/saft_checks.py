"""What the SAF-T schemas' key/keyref constraints meant to check, done by the import itself.

The published XSDs' identity constraints cannot match a namespaced file (saft_schema.py), so
the reader checks the ones that matter for a trial balance while it streams: a TransactionID
used twice and voucher lines on an account missing from the file's chart become warnings with
the element's line in the file (a duplicate AccountID is refused outright in saft.py, as its
balances would otherwise be lost). Memory stays flat for the usual ascending numeric IDs.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Container

from ..money import format_nok
from .parsed import MAX_LISTED


class SeenIds:
    """IDs met so far. Ascending integer IDs (1, 2, 3 …, gaps allowed) are kept as runs, so a
    million transactions numbered in order cost a few objects; anything else goes in a set."""

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []
        self._other: set[int | str] = set()

    def add(self, key: str) -> bool:
        """Record ``key``; False if it was seen before."""
        if key.isdigit() and key.isascii() and len(key) < 19 and (key[0] != "0" or key == "0"):
            n = int(key)
            ends = self._ends
            if not ends or n > ends[-1]:
                if ends and n == ends[-1] + 1:
                    ends[-1] = n
                else:
                    self._starts.append(n)
                    ends.append(n)
                return True
            i = bisect_right(self._starts, n) - 1
            if i >= 0 and n <= ends[i]:
                return False
            stored: int | str = n
        else:
            stored = key
        if stored in self._other:
            return False
        self._other.add(stored)
        return True


class DuplicateIds:
    """TransactionIDs that occur more than once, with the line of each repeat."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.seen = SeenIds()
        self.repeats: list[tuple[str, int]] = []
        self.count = 0

    def add(self, key: str, line: int | None) -> None:
        if not self.seen.add(key):
            self.count += 1
            if len(self.repeats) < MAX_LISTED:
                self.repeats.append((key, line or 0))

    def add_many(self, keys: list[str], line_of: Callable[[int], int]) -> None:
        """A batch of IDs as written (whitespace around one is ignored); ``line_of(i)`` is asked for
        the line of the i-th only when it repeats. A batch that only continues an ascending run of
        integers, nearly every one in a real file, is checked in one C-level comparison, and the
        next ID of a run costs one comparison in Python."""
        ends = self.seen._ends
        if keys and ends:
            first = ends[-1] + 1
            if keys[0] == str(first) and keys == list(map(str, range(first, first + len(keys)))):
                ends[-1] = first + len(keys) - 1
                return
        for i, key in enumerate(keys):
            key = key.strip()
            if ends and key.isdigit() and key.isascii() and len(key) < 19 and key[0] != "0":
                n = int(key)
                if n == ends[-1] + 1:
                    ends[-1] = n
                    continue
            if not self.seen.add(key):
                self.count += 1
                if len(self.repeats) < MAX_LISTED:
                    self.repeats.append((key, line_of(i)))

    def warnings(self) -> list[str]:
        out = [f"{self.label} «{key[:40]}» står flere ganger (igjen på linje {line} i filen); SAF-T krever "
               "at den er unik. Bilaget er tatt med." for key, line in self.repeats]
        if self.count > len(self.repeats):
            out.append(f"… og {self.count - len(self.repeats)} gjentatte {self.label} til.")
        return out


def unknown_account_warnings(movements: dict[str, int], chart: Container[str],
                             first_line: dict[str, int]) -> list[str]:
    """Voucher lines on accounts missing from the chart: one warning per account, its sum and
    the line of its first voucher line."""
    unknown = [number for number in movements if number not in chart]
    out = []
    for number in unknown[:MAX_LISTED]:
        where = f", første gang på linje {first_line[number]}" if number in first_line else ""
        out.append(f"Bilagslinjer på konto {number}, som ikke finnes i kontoplanen "
                   f"(sum {format_nok(movements[number])} kr{where}).")
    if len(unknown) > MAX_LISTED:
        out.append(f"… og {len(unknown) - MAX_LISTED} kontoer til med bilagslinjer som ikke finnes i kontoplanen.")
    return out
