"""Shared setup for the collection tests: fees and interest switched on, members with overdue invoices."""

from __future__ import annotations

from datetime import date

from kontopronto_desktop.core.collection import rates
from kontopronto_desktop.core.collection.settings import save_collection_settings
from kontopronto_desktop.core.store import Store

DUE = date(2025, 1, 31)


def charge_everything(store: Store, **extra: object) -> None:
    with store.session() as s:
        save_collection_settings(s, {"charge_fees": True, "charge_interest": True, **extra})


def add_rate(store: Store, kind: str, on: date, value: str) -> None:
    with store.session() as s:
        rates.add_rate(s, kind, on, value)
