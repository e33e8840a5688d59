"""Konsern: group structure, trial-balance import, mapping, rates, eliminations, statements."""
