"""acquisition analysis: excess values per subsidiary, goodwill method, lasting and flagged manual eliminations,
per-counterparty amounts from SAF-T voucher lines, step acquisitions

Revision ID: 0014_acquisition_analysis
Revises: 0005_consolidation
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014_acquisition_analysis"
down_revision = "0005_consolidation"
branch_labels = ("acquisition_analysis",)
depends_on = None


def upgrade() -> None:
    op.create_table(
        "cons_acquisition_step",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("company_id", sa.Integer(), nullable=False),
        sa.Column("acquired_on", sa.Date(), nullable=False),
        sa.Column("added_pct", sa.String(length=20), nullable=False),
        sa.Column("cost_ore", sa.Integer(), nullable=False),
        sa.Column("equity_ore", sa.Integer(), nullable=False),
        sa.Column("goodwill_years", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["company_id"], ["cons_company.id"],
                                name=op.f("fk_cons_acquisition_step_company_id_cons_company"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cons_acquisition_step")),
    )
    with op.batch_alter_table("cons_acquisition_step") as batch:
        batch.create_index("ix_cons_acquisition_step_company_id", ["company_id"], unique=False)
    op.create_table(
        "cons_excess_value",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("company_id", sa.Integer(), nullable=False),
        sa.Column("group_account", sa.String(length=10), nullable=False),
        sa.Column("description", sa.String(length=200), nullable=False),
        sa.Column("amount_ore", sa.Integer(), nullable=False),
        sa.Column("useful_life_years", sa.Integer(), nullable=True),
        sa.Column("tax_rate", sa.String(length=20), nullable=False),
        sa.Column("step_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["company_id"], ["cons_company.id"],
                                name=op.f("fk_cons_excess_value_company_id_cons_company"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["step_id"], ["cons_acquisition_step.id"],
                                name=op.f("fk_cons_excess_value_step_id_cons_acquisition_step"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cons_excess_value")),
    )
    with op.batch_alter_table("cons_excess_value") as batch:
        batch.create_index("ix_cons_excess_value_company_id", ["company_id"], unique=False)
        batch.create_index("ix_cons_excess_value_step_id", ["step_id"], unique=False)
    op.create_table(
        "cons_tb_party",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("tb_id", sa.Integer(), nullable=False),
        sa.Column("account", sa.String(length=40), nullable=False),
        sa.Column("counterparty", sa.String(length=20), nullable=False),
        sa.Column("amount_ore", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["tb_id"], ["cons_tb.id"], name=op.f("fk_cons_tb_party_tb_id_cons_tb"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cons_tb_party")),
    )
    with op.batch_alter_table("cons_tb_party") as batch:
        batch.create_index("ix_cons_tb_party_tb_id", ["tb_id"], unique=False)
    # plain ALTER TABLE ADD COLUMN, no batch copy: cons_group and cons_elim have child rows, and
    # dropping the old table in a batch move fails with foreign keys on
    op.add_column("cons_group", sa.Column("goodwill_method", sa.String(length=20), nullable=False,
                                          server_default="proportionate"))
    op.add_column("cons_elim", sa.Column("permanent", sa.Boolean(), nullable=False, server_default=sa.false()))
    op.add_column("cons_elim", sa.Column("eliminates", sa.String(length=30), nullable=False, server_default=""))
    # SQLite accepts a REFERENCES clause on an added column whose default is NULL
    op.execute("ALTER TABLE cons_elim ADD COLUMN belongs_to_id INTEGER "
               "REFERENCES cons_company (id) ON DELETE SET NULL")


def downgrade() -> None:
    with op.batch_alter_table("cons_elim") as batch:
        batch.drop_column("belongs_to_id")
        batch.drop_column("eliminates")
        batch.drop_column("permanent")
    with op.batch_alter_table("cons_group") as batch:
        batch.drop_column("goodwill_method")
    op.drop_table("cons_tb_party")
    op.drop_table("cons_excess_value")
    op.drop_table("cons_acquisition_step")
