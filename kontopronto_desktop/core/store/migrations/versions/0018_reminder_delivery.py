"""reminder_delivery: EHF reminders (EHF Reminder 3.0) written to the outbox and uploaded

Revision ID: 0018_reminder_delivery
Revises: 0011_collection
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0018_reminder_delivery"
down_revision = "0011_collection"
branch_labels = ("reminder_delivery",)
depends_on = None


def upgrade() -> None:
    op.create_table(
        "reminder_delivery",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("reminder_id", sa.Integer(), nullable=False),
        sa.Column("invoice_id", sa.Integer(), nullable=False),
        sa.Column("channel", sa.String(length=12), nullable=False),
        sa.Column("file_name", sa.String(length=260), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("written_at", sa.DateTime(), nullable=False),
        sa.Column("uploaded_at", sa.DateTime(), nullable=True),
        sa.Column("error", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["reminder_id"], ["reminder.id"], ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["invoice_id"], ["invoice.id"], ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_reminder_delivery_reminder_id", "reminder_delivery", ["reminder_id"])


def downgrade() -> None:
    op.drop_table("reminder_delivery")
