"""avtalegiro and channels: payers' agreements, the claims sent to Nets, deliveries per channel

Revision ID: 0015_avtalegiro
Revises: 0002_invoicing
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015_avtalegiro"
down_revision = "0002_invoicing"
branch_labels = ("avtalegiro",)
depends_on = None


def upgrade() -> None:
    op.create_table(
        "avtalegiro_agreement",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kid", sa.String(length=25), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=True),
        sa.Column("notify", sa.Boolean(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("limit_ore", sa.Integer(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["member_id"], ["member.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("kid"),
    )
    op.create_index("ix_avtalegiro_agreement_member_id", "avtalegiro_agreement", ["member_id"])
    op.create_table(
        "avtalegiro_claim",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("invoice_id", sa.Integer(), nullable=False),
        sa.Column("agreement_kid", sa.String(length=25), nullable=False),
        sa.Column("amount_ore", sa.Integer(), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=False),
        sa.Column("written_at", sa.DateTime(), nullable=False),
        sa.Column("file_sha256", sa.String(length=64), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("cancellation_sha256", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["invoice_id"], ["invoice.id"], ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("invoice_id"),
    )
    op.create_index("ix_avtalegiro_claim_agreement_kid", "avtalegiro_claim", ["agreement_kid"])
    op.create_table(
        "invoice_delivery",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("invoice_id", sa.Integer(), nullable=False),
        sa.Column("channel", sa.String(length=12), nullable=False),
        sa.Column("file_name", sa.String(length=260), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("written_at", sa.DateTime(), nullable=False),
        sa.Column("uploaded_at", sa.DateTime(), nullable=True),
        sa.Column("error", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["invoice_id"], ["invoice.id"], ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_invoice_delivery_invoice", "invoice_delivery", ["invoice_id", "channel"])


def downgrade() -> None:
    op.drop_table("invoice_delivery")
    op.drop_table("avtalegiro_claim")
    op.drop_table("avtalegiro_agreement")
