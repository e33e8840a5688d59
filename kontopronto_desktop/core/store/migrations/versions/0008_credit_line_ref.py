"""credit-note lines name the invoice line they credit (whole line, quantity or amount)

Revision ID: 0008_credit_line_ref
Revises: 0008_invoice_line_period
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008_credit_line_ref"
down_revision = "0008_invoice_line_period"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("invoice_line") as batch:
        batch.add_column(sa.Column("credits_line_id", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("invoice_line") as batch:
        batch.drop_column("credits_line_id")
