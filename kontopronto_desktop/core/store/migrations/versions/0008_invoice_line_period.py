"""invoice lines: delivery/billing period (bokføringsforskriften § 5-1-1 nr. 5)

Revision ID: 0008_invoice_line_period
Revises: 0002_invoicing
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008_invoice_line_period"
down_revision = "0002_invoicing"
branch_labels = ("invoice_line_period",)
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("invoice_line") as batch:
        batch.add_column(sa.Column("period_start", sa.Date(), nullable=True))
        batch.add_column(sa.Column("period_end", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("invoice_line") as batch:
        batch.drop_column("period_end")
        batch.drop_column("period_start")
