"""consolidation: groups, companies, trial balances, mapping, rates, eliminations

Revision ID: 0005_consolidation
Revises: 0001_foundation
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_consolidation"
down_revision = "0001_foundation"
branch_labels = ("consolidation",)
depends_on = None


def upgrade() -> None:
    op.create_table(
        "cons_group",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("rules", sa.String(length=10), nullable=False),
        sa.Column("goodwill_years", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cons_group")),
        sa.UniqueConstraint("name", name=op.f("uq_cons_group_name")),
    )
    op.create_table(
        "cons_company",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.Column("orgnr", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("is_parent", sa.Boolean(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("owner_pct", sa.String(length=20), nullable=False),
        sa.Column("acquired_on", sa.Date(), nullable=True),
        sa.Column("cost_ore", sa.Integer(), nullable=True),
        sa.Column("equity_at_acquisition_ore", sa.Integer(), nullable=True),
        sa.Column("goodwill_years", sa.Integer(), nullable=True),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["group_id"], ["cons_group.id"], name=op.f("fk_cons_company_group_id_cons_group"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["owner_id"], ["cons_company.id"],
                                name=op.f("fk_cons_company_owner_id_cons_company"), ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cons_company")),
        sa.UniqueConstraint("group_id", "orgnr", name="uq_cons_company_group_orgnr"),
    )
    with op.batch_alter_table("cons_company") as batch:
        batch.create_index(batch.f("ix_cons_company_group_id"), ["group_id"], unique=False)
        batch.create_index(batch.f("ix_cons_company_owner_id"), ["owner_id"], unique=False)
    op.create_table(
        "cons_tb",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("company_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("is_current", sa.Boolean(), nullable=False),
        sa.Column("source", sa.String(length=300), nullable=False),
        sa.Column("format", sa.String(length=20), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=True),
        sa.Column("period_end", sa.Date(), nullable=True),
        sa.Column("warnings", sa.Text(), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(["company_id"], ["cons_company.id"], name=op.f("fk_cons_tb_company_id_cons_company"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cons_tb")),
    )
    with op.batch_alter_table("cons_tb") as batch:
        batch.create_index(batch.f("ix_cons_tb_company_id"), ["company_id"], unique=False)
    op.create_table(
        "cons_tb_line",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("tb_id", sa.Integer(), nullable=False),
        sa.Column("account", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("grouping_category", sa.String(length=100), nullable=False),
        sa.Column("grouping_code", sa.String(length=40), nullable=False),
        sa.Column("standard_account", sa.String(length=40), nullable=False),
        sa.Column("counterparty", sa.String(length=20), nullable=False),
        sa.Column("opening_ore", sa.Integer(), nullable=False),
        sa.Column("closing_ore", sa.Integer(), nullable=False),
        sa.Column("movement_ore", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["tb_id"], ["cons_tb.id"], name=op.f("fk_cons_tb_line_tb_id_cons_tb"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cons_tb_line")),
    )
    with op.batch_alter_table("cons_tb_line") as batch:
        batch.create_index(batch.f("ix_cons_tb_line_tb_id"), ["tb_id"], unique=False)
    op.create_table(
        "cons_mapping",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("company_id", sa.Integer(), nullable=False),
        sa.Column("account", sa.String(length=40), nullable=False),
        sa.Column("group_account", sa.String(length=10), nullable=False),
        sa.Column("confirmed", sa.Boolean(), nullable=False),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("counterparty_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["company_id"], ["cons_company.id"],
                                name=op.f("fk_cons_mapping_company_id_cons_company"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["counterparty_id"], ["cons_company.id"],
                                name=op.f("fk_cons_mapping_counterparty_id_cons_company"), ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cons_mapping")),
        sa.UniqueConstraint("company_id", "account", name="uq_cons_mapping_company_account"),
    )
    with op.batch_alter_table("cons_mapping") as batch:
        batch.create_index(batch.f("ix_cons_mapping_company_id"), ["company_id"], unique=False)
    op.create_table(
        "cons_rate",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("closing", sa.String(length=30), nullable=False),
        sa.Column("average", sa.String(length=30), nullable=False),
        sa.Column("historical", sa.String(length=30), nullable=False),
        sa.ForeignKeyConstraint(["group_id"], ["cons_group.id"], name=op.f("fk_cons_rate_group_id_cons_group"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cons_rate")),
        sa.UniqueConstraint("group_id", "currency", "year", name="uq_cons_rate_group_currency_year"),
    )
    with op.batch_alter_table("cons_rate") as batch:
        batch.create_index(batch.f("ix_cons_rate_group_id"), ["group_id"], unique=False)
    op.create_table(
        "cons_elim",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("description", sa.String(length=300), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("auto", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["group_id"], ["cons_group.id"], name=op.f("fk_cons_elim_group_id_cons_group"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cons_elim")),
    )
    with op.batch_alter_table("cons_elim") as batch:
        batch.create_index(batch.f("ix_cons_elim_group_id"), ["group_id"], unique=False)
    op.create_table(
        "cons_elim_line",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("elimination_id", sa.Integer(), nullable=False),
        sa.Column("company_id", sa.Integer(), nullable=True),
        sa.Column("group_account", sa.String(length=10), nullable=False),
        sa.Column("amount_ore", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["elimination_id"], ["cons_elim.id"],
                                name=op.f("fk_cons_elim_line_elimination_id_cons_elim"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["company_id"], ["cons_company.id"],
                                name=op.f("fk_cons_elim_line_company_id_cons_company"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cons_elim_line")),
    )
    with op.batch_alter_table("cons_elim_line") as batch:
        batch.create_index(batch.f("ix_cons_elim_line_elimination_id"), ["elimination_id"], unique=False)


def downgrade() -> None:
    for table in ("cons_elim_line", "cons_elim", "cons_rate", "cons_mapping", "cons_tb_line", "cons_tb",
                  "cons_company", "cons_group"):
        op.drop_table(table)
