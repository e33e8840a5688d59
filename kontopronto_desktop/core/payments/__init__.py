"""Payments (innbetalinger): bank files in, KID matching, suggestions, reskontro and aging.

Importing the package registers its store invariants and its declarations to privacy.
"""

from __future__ import annotations

from . import integrity as _integrity  # noqa: F401  (registers the invariants)
from . import privacy as _privacy  # noqa: F401  (declares payments to the privacy module)
