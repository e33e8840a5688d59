"""books: chart of accounts, product accounts, vouchers and their lines, exported periods

Revision ID: 0012_books
Revises: 0004_payments

The chart is prefilled when the books are first used (core/books/chart.py ``ensure_chart``), not
here: a migration must not depend on the program's data files. Events before this revision are
posted once by ``kontopronto books backfill``.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012_books"
down_revision = "0004_payments"
branch_labels = ("books",)
depends_on = None


def upgrade() -> None:
    op.create_table(
        "ledger_account",
        sa.Column("number", sa.String(length=10), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=40), nullable=True),
        sa.Column("grouping_category", sa.String(length=80), nullable=False),
        sa.Column("grouping_code", sa.String(length=10), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_on", sa.Date(), nullable=True),
        sa.PrimaryKeyConstraint("number", name=op.f("pk_ledger_account")),
        sa.UniqueConstraint("role", name=op.f("uq_ledger_account_role")),
    )
    op.create_table(
        "product_account",
        sa.Column("product_code", sa.String(length=40), nullable=False),
        sa.Column("account", sa.String(length=10), nullable=False),
        sa.Column("vat_code", sa.String(length=4), nullable=False),
        sa.PrimaryKeyConstraint("product_code", name=op.f("pk_product_account")),
    )
    op.create_table(
        "voucher",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("voucher_date", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("document_ref", sa.String(length=100), nullable=False),
        sa.Column("description", sa.String(length=300), nullable=False),
        sa.Column("source", sa.String(length=30), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=True),
        sa.Column("reverses_number", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_voucher")),
        sa.UniqueConstraint("number", name=op.f("uq_voucher_number")),
    )
    op.create_index("ix_voucher_voucher_date", "voucher", ["voucher_date"])
    op.create_index("ix_voucher_source", "voucher", ["source", "source_id"])
    op.create_table(
        "voucher_line",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("voucher_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("account", sa.String(length=10), nullable=False),
        sa.Column("role", sa.String(length=40), nullable=False),
        sa.Column("amount_ore", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=True),
        sa.Column("customer_number", sa.Integer(), nullable=True),
        sa.Column("vat_code", sa.String(length=4), nullable=True),
        sa.Column("vat_ore", sa.Integer(), nullable=False),
        sa.Column("description", sa.String(length=300), nullable=False),
        sa.ForeignKeyConstraint(["voucher_id"], ["voucher.id"], name=op.f("fk_voucher_line_voucher_id_voucher"),
                                ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_voucher_line")),
    )
    op.create_index("ix_voucher_line_voucher_id", "voucher_line", ["voucher_id"])
    op.create_index("ix_voucher_line_account", "voucher_line", ["account"])
    op.create_index("ix_voucher_line_member", "voucher_line", ["member_id"])
    op.create_table(
        "books_export",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("format", sa.String(length=20), nullable=False),
        sa.Column("date_from", sa.Date(), nullable=False),
        sa.Column("date_to", sa.Date(), nullable=False),
        sa.Column("first_number", sa.Integer(), nullable=True),
        sa.Column("last_number", sa.Integer(), nullable=True),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("file_name", sa.Text(), nullable=False),
        sa.Column("exported_at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_books_export")),
    )


def downgrade() -> None:
    op.drop_table("books_export")
    op.drop_index("ix_voucher_line_member", table_name="voucher_line")
    op.drop_index("ix_voucher_line_account", table_name="voucher_line")
    op.drop_index("ix_voucher_line_voucher_id", table_name="voucher_line")
    op.drop_table("voucher_line")
    op.drop_index("ix_voucher_source", table_name="voucher")
    op.drop_index("ix_voucher_voucher_date", table_name="voucher")
    op.drop_table("voucher")
    op.drop_table("product_account")
    op.drop_table("ledger_account")
