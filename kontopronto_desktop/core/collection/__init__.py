"""Collection (inndriving): reminders, inkassovarsel, late-payment interest, statements, hand-over.

Importing the package registers its store invariants and its declarations to privacy.
"""

from __future__ import annotations
