"""Collection (inndriving): reminders, inkassovarsel, late-payment interest, statements, hand-over.

Importing the package registers its store invariants and its declarations to privacy.
"""

from __future__ import annotations

from . import integrity as _integrity  # noqa: F401  (registers the invariants and the books balance)
from . import privacy as _privacy  # noqa: F401  (declares reminders to the privacy module)
