"""invoicing: invoices, credit notes, lines, batch runs, the number series

Revision ID: 0002_invoicing
Revises: 0001_foundation
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_invoicing"
down_revision = "0001_foundation"
branch_labels = ("invoicing",)
depends_on = None


def upgrade() -> None:
    op.create_table(
        "invoice_series",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("next_number", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_invoice_series")),
    )
    op.execute("INSERT INTO invoice_series (id, next_number) VALUES (1, 1)")
    op.create_table(
        "invoice_batch",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=100), nullable=False),
        sa.Column("invoice_date", sa.Date(), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=False),
        sa.Column("filter", sa.Text(), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("total_ore", sa.Integer(), nullable=False),
        sa.Column("first_number", sa.Integer(), nullable=True),
        sa.Column("last_number", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_invoice_batch")),
    )
    op.create_table(
        "invoice",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=True),
        sa.Column("customer_number", sa.Integer(), nullable=False),
        sa.Column("buyer_name", sa.String(length=200), nullable=False),
        sa.Column("buyer_orgnr", sa.String(length=9), nullable=False),
        sa.Column("buyer_street", sa.String(length=200), nullable=False),
        sa.Column("buyer_postcode", sa.String(length=10), nullable=False),
        sa.Column("buyer_city", sa.String(length=100), nullable=False),
        sa.Column("buyer_country", sa.String(length=2), nullable=False),
        sa.Column("buyer_email", sa.String(length=200), nullable=False),
        sa.Column("invoice_date", sa.Date(), nullable=False),
        sa.Column("delivery_date", sa.Date(), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=False),
        sa.Column("kid", sa.String(length=25), nullable=False),
        sa.Column("net_ore", sa.Integer(), nullable=False),
        sa.Column("vat_ore", sa.Integer(), nullable=False),
        sa.Column("total_ore", sa.Integer(), nullable=False),
        sa.Column("paid_ore", sa.Integer(), nullable=False),
        sa.Column("credited_ore", sa.Integer(), nullable=False),
        sa.Column("credits_invoice_id", sa.Integer(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("batch_id", sa.Integer(), nullable=True),
        sa.Column("needs_print", sa.Boolean(), nullable=False),
        sa.Column("email_sent_at", sa.DateTime(), nullable=True),
        sa.Column("email_error", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("issued_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["member_id"], ["member.id"], name=op.f("fk_invoice_member_id_member"),
                                ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["credits_invoice_id"], ["invoice.id"],
                                name=op.f("fk_invoice_credits_invoice_id_invoice"), ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["batch_id"], ["invoice_batch.id"],
                                name=op.f("fk_invoice_batch_id_invoice_batch"), ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_invoice")),
        sa.UniqueConstraint("number", name=op.f("uq_invoice_number")),
    )
    with op.batch_alter_table("invoice") as batch:
        batch.create_index("ix_invoice_status", ["status"], unique=False)
        batch.create_index("ix_invoice_kid", ["kid"], unique=False)
        batch.create_index("ix_invoice_invoice_date", ["invoice_date"], unique=False)
        batch.create_index(batch.f("ix_invoice_member_id"), ["member_id"], unique=False)
        batch.create_index(batch.f("ix_invoice_customer_number"), ["customer_number"], unique=False)
        batch.create_index(batch.f("ix_invoice_credits_invoice_id"), ["credits_invoice_id"], unique=False)
        batch.create_index(batch.f("ix_invoice_batch_id"), ["batch_id"], unique=False)
    op.create_table(
        "invoice_line",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("invoice_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("product_code", sa.String(length=40), nullable=False),
        sa.Column("description", sa.String(length=300), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("unit_price_ore", sa.Integer(), nullable=False),
        sa.Column("vat_rate", sa.String(length=10), nullable=False),
        sa.Column("net_ore", sa.Integer(), nullable=False),
        sa.Column("vat_ore", sa.Integer(), nullable=False),
        sa.Column("gross_ore", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["invoice_id"], ["invoice.id"], name=op.f("fk_invoice_line_invoice_id_invoice"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_invoice_line")),
    )
    with op.batch_alter_table("invoice_line") as batch:
        batch.create_index(batch.f("ix_invoice_line_invoice_id"), ["invoice_id"], unique=False)


def downgrade() -> None:
    op.drop_table("invoice_line")
    op.drop_table("invoice")
    op.drop_table("invoice_batch")
    op.drop_table("invoice_series")
