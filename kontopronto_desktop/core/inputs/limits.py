"""Size limits where a reader cannot stream (it must hold the file to check its totals)."""

from __future__ import annotations

from .errors import InputError

#: the largest file any reader accepts: a club's year of payments is a few MB; 256 MB is far beyond it
MAX_FILE_BYTES = 256 * 1024 * 1024
#: rows (or transactions) in one file: a club or company with 50,000 members has far fewer payments
#: in a file; the readers stop here with a message instead of growing without bound
MAX_ROWS = 200_000
#: one CSV field; Python's csv module stops at 128 KiB with a bare error, we stop first with a message
MAX_FIELD_CHARS = 64 * 1024


def check_size(size: int, what: str, limit: int = MAX_FILE_BYTES) -> None:
    if size > limit:
        raise InputError(f"{what} er {size / 1024 / 1024:.0f} MB; største filstørrelse er "
                         f"{limit / 1024 / 1024:.0f} MB. Del filen opp (f.eks. per måned). Ingenting er lagret.")


def grouped(number: int) -> str:
    """200000 -> "200 000" (Norwegian thousands)."""
    return f"{number:,}".replace(",", " ")


def too_many_rows(what: str, limit: int = MAX_ROWS) -> InputError:
    return InputError(f"{what} har mer enn {grouped(limit)} rader; del den opp (f.eks. per måned). "
                      "Ingenting er lagret.")
