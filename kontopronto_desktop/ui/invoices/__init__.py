"""Fakturaer: the invoice list, new invoice / credit / batch dialogs and write-off."""
