"""security: breach log (GDPR art. 33(5))

Revision ID: 0013_security
Revises: 0001_foundation
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013_security"
down_revision = "0001_foundation"
branch_labels = ("security",)
depends_on = None


def upgrade() -> None:
    op.create_table(
        "breach_incident",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("recorded_by", sa.String(length=100), nullable=False),
        sa.Column("discovered_at", sa.DateTime(), nullable=False),
        sa.Column("what", sa.Text(), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
        sa.Column("concerns", sa.Text(), nullable=False),
        sa.Column("measures", sa.Text(), nullable=False),
        sa.Column("notified_at", sa.DateTime(), nullable=True),
        sa.Column("not_notified_reason", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_breach_incident")),
    )


def downgrade() -> None:
    op.drop_table("breach_incident")
