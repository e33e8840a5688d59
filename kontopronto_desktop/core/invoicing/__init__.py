"""Invoicing (fakturering): invoices with KID, batch runs, credit notes, PDF, email, member import.

Importing the package registers its store invariants for ``kontopronto check``.
"""

from __future__ import annotations

from . import integrity as _integrity  # noqa: F401  (registers the invariants)
from . import invoices as _invoices  # noqa: F401  (registers the read-only guard)
from . import payers as _payers  # noqa: F401  (declares payer and consent fields to the privacy module)
from . import privacy as _privacy  # noqa: F401  (declares invoices to the privacy module)
from . import writeoff as _writeoff  # noqa: F401  (registers its invariant; numbering registers the KID one)
