"""step acquisitions in a foreign subsidiary: the exchange rate on the step's date

Revision ID: 0017_step_rate
Revises: 0014_acquisition_analysis
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0017_step_rate"
down_revision = "0014_acquisition_analysis"
branch_labels = ("step_rate",)
depends_on = None


def upgrade() -> None:
    # plain ALTER TABLE ADD COLUMN (nullable): a step in the group currency has no rate
    op.add_column("cons_acquisition_step", sa.Column("rate", sa.String(length=30), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("cons_acquisition_step") as batch:
        batch.drop_column("rate")
