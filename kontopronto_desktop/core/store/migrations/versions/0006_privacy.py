"""privacy: restriction and pseudonymisation of members, retention run log

Revision ID: 0006_privacy
Revises: 0001_foundation
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_privacy"
down_revision = "0001_foundation"
branch_labels = ("privacy",)
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("member") as batch:
        batch.add_column(sa.Column("restricted_until", sa.Date(), nullable=True))
        batch.add_column(sa.Column("pseudonymised_on", sa.Date(), nullable=True))
    op.create_table(
        "retention_run",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("as_of", sa.Date(), nullable=False),
        sa.Column("actor", sa.String(length=100), nullable=False),
        sa.Column("dry_run", sa.Boolean(), nullable=False),
        sa.Column("actions", sa.Integer(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_retention_run")),
    )


def downgrade() -> None:
    op.drop_table("retention_run")
    with op.batch_alter_table("member") as batch:
        batch.drop_column("pseudonymised_on")
        batch.drop_column("restricted_until")
