"""payment list: the Innbetalinger list filtered by status and ordered newest first reads one index
range (status, booking date) instead of sorting every payment of that status

Revision ID: 0020_payment_list
Revises: 0019_search_amounts (the payment indexes of the one search)
"""

from __future__ import annotations

from alembic import op

revision = "0020_payment_list"
down_revision = "0019_search_amounts"
branch_labels = ("payment_list",)
depends_on = None


def upgrade() -> None:
    op.create_index("ix_payment_status_booked_on", "payment", ["status", "booked_on"])


def downgrade() -> None:
    op.drop_index("ix_payment_status_booked_on", table_name="payment")
