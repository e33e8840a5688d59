"""Innbetalinger: bank-file import queue, payment list, customer ledger and aging."""
