"""Books (regnskap): chart of accounts, vouchers for every event, SAF-T and journal exports, VAT basis.

See notes in ``posting.py`` (the API other modules call) and ``events.py`` (what each event posts).
"""

from __future__ import annotations

from . import integrity as _integrity  # noqa: F401  (registers the `check` invariants)
from . import privacy as _privacy  # noqa: F401  (the member's voucher lines in the access export)
