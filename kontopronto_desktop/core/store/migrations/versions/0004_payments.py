"""payments: bank files, payments (innbetalinger) and their allocations to invoices

Revision ID: 0004_payments
Revises: 0002_invoicing
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_payments"
down_revision = "0002_invoicing"
branch_labels = ("payments",)
depends_on = None


def upgrade() -> None:
    op.create_table(
        "bank_file",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("file_name", sa.String(length=260), nullable=False),
        sa.Column("format", sa.String(length=10), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=100), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("total_ore", sa.Integer(), nullable=False),
        sa.Column("duplicates", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bank_file")),
        sa.UniqueConstraint("sha256", name=op.f("uq_bank_file_sha256")),
    )
    op.create_table(
        "payment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("bank_file_id", sa.Integer(), nullable=True),
        sa.Column("external_ref", sa.String(length=200), nullable=False),
        sa.Column("source", sa.String(length=10), nullable=False),
        sa.Column("booked_on", sa.Date(), nullable=False),
        sa.Column("amount_ore", sa.Integer(), nullable=False),
        sa.Column("kid", sa.String(length=25), nullable=False),
        sa.Column("archive_ref", sa.String(length=60), nullable=False),
        sa.Column("payer_name", sa.String(length=200), nullable=False),
        sa.Column("payer_account", sa.String(length=40), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=True),
        sa.Column("allocated_ore", sa.Integer(), nullable=False),
        sa.Column("refunded_ore", sa.Integer(), nullable=False),
        sa.Column("refunded_on", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["bank_file_id"], ["bank_file.id"], name=op.f("fk_payment_bank_file_id_bank_file"),
                                ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["member_id"], ["member.id"], name=op.f("fk_payment_member_id_member"),
                                ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payment")),
        sa.UniqueConstraint("external_ref", name=op.f("uq_payment_external_ref")),
    )
    with op.batch_alter_table("payment") as batch:
        batch.create_index("ix_payment_status", ["status"], unique=False)
        batch.create_index("ix_payment_kid", ["kid"], unique=False)
        batch.create_index("ix_payment_booked_on", ["booked_on"], unique=False)
        batch.create_index(batch.f("ix_payment_bank_file_id"), ["bank_file_id"], unique=False)
        batch.create_index(batch.f("ix_payment_member_id"), ["member_id"], unique=False)
    op.create_table(
        "payment_allocation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("payment_id", sa.Integer(), nullable=False),
        sa.Column("invoice_id", sa.Integer(), nullable=False),
        sa.Column("amount_ore", sa.Integer(), nullable=False),
        sa.Column("method", sa.String(length=20), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(["payment_id"], ["payment.id"], name=op.f("fk_payment_allocation_payment_id_payment"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["invoice_id"], ["invoice.id"], name=op.f("fk_payment_allocation_invoice_id_invoice"),
                                ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payment_allocation")),
    )
    with op.batch_alter_table("payment_allocation") as batch:
        batch.create_index(batch.f("ix_payment_allocation_payment_id"), ["payment_id"], unique=False)
        batch.create_index(batch.f("ix_payment_allocation_invoice_id"), ["invoice_id"], unique=False)


def downgrade() -> None:
    op.drop_table("payment_allocation")
    op.drop_table("payment")
    op.drop_table("bank_file")
