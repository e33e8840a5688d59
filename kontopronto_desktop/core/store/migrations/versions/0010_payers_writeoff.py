"""write-off (tap på fordring) and payers: invoice.written_off_ore, invoice_writeoff, member payer fields

Revision ID: 0010_payers_writeoff
Revises: 0009_billing_periods_kid (and 0004_payments: a recovery points at its payment)
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010_payers_writeoff"
down_revision = "0009_billing_periods_kid"
branch_labels = None
depends_on = ("0004_payments",)


def upgrade() -> None:
    op.add_column("invoice", sa.Column("written_off_ore", sa.Integer(), nullable=False, server_default="0"))
    op.create_table(
        "invoice_writeoff",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("invoice_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("amount_ore", sa.Integer(), nullable=False),
        sa.Column("on", sa.Date(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("payment_id", sa.Integer(), nullable=True),
        sa.Column("actor", sa.String(length=100), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["invoice_id"], ["invoice.id"], name=op.f("fk_invoice_writeoff_invoice_id_invoice"),
                                ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["payment_id"], ["payment.id"], name=op.f("fk_invoice_writeoff_payment_id_payment"),
                                ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_invoice_writeoff")),
    )
    op.create_index("ix_invoice_writeoff_invoice_id", "invoice_writeoff", ["invoice_id"], unique=False)
    op.create_index("ix_invoice_writeoff_payment_id", "invoice_writeoff", ["payment_id"], unique=False)
    # plain ALTER TABLE ADD COLUMN, never a batch copy of "member": recreating the table with foreign keys on
    # would cascade into member_product (and refuse while invoices point at members)
    op.execute("ALTER TABLE member ADD COLUMN payer_member_id INTEGER REFERENCES member (id) ON DELETE SET NULL")
    for name, length in (("payer_name", 200), ("payer_street", 200), ("payer_postcode", 10),
                         ("payer_city", 100), ("payer_email", 200), ("payer_efaktura_reference", 100)):
        op.add_column("member", sa.Column(name, sa.String(length=length), nullable=False, server_default=""))
    op.add_column("member", sa.Column("family_cap_ore", sa.Integer(), nullable=True))
    op.add_column("member", sa.Column("birth_date", sa.Date(), nullable=True))
    op.add_column("member", sa.Column("guardian_consent_by", sa.String(length=200), nullable=False,
                                      server_default=""))
    op.add_column("member", sa.Column("guardian_consent_on", sa.Date(), nullable=True))
    op.create_index("ix_member_payer_member_id", "member", ["payer_member_id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_member_payer_member_id", "member")
    with op.batch_alter_table("member") as batch:
        for name in ("guardian_consent_on", "guardian_consent_by", "birth_date", "family_cap_ore",
                     "payer_efaktura_reference", "payer_email", "payer_city", "payer_postcode", "payer_street",
                     "payer_name", "payer_member_id"):
            batch.drop_column(name)
    op.drop_table("invoice_writeoff")
    with op.batch_alter_table("invoice") as batch:
        batch.drop_column("written_off_ore")
