"""search amounts: indexes for the one search (Ctrl+K, ``kontopronto search``) — an amount finds
invoices by total and payments by amount, and an archive reference finds its payment, without
reading every row

Revision ID: 0019_search_amounts
Revises: 0016_search_index (after invoice and payment exist on every branch)
"""

from __future__ import annotations

from alembic import op

revision = "0019_search_amounts"
down_revision = "0016_search_index"
branch_labels = ("search_amounts",)
depends_on = None

_INDEXES = {
    "ix_invoice_total_ore": ("invoice", ["total_ore"]),
    "ix_payment_amount_ore": ("payment", ["amount_ore"]),
    "ix_payment_archive_ref": ("payment", ["archive_ref"]),
}


def upgrade() -> None:
    for name, (table, columns) in _INDEXES.items():
        op.create_index(name, table, columns)


def downgrade() -> None:
    for name, (table, _columns) in _INDEXES.items():
        op.drop_index(name, table_name=table)
