"""Purring: reminder runs, collection settings and handover."""
