"""Innstillinger: one module per tab (organisation, invoicing, e-mail, channels, backup, users)."""
