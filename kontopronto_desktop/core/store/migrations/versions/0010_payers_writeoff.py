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
    with op.batch_alter_table("invoice") as batch:
        batch.add_column(sa.Column("written_off_ore", sa.Integer(), nullable=False, server_default="0"))
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
    with op.batch_alter_table("invoice_writeoff") as batch:
        batch.create_index("ix_invoice_writeoff_invoice_id", ["invoice_id"], unique=False)
        batch.create_index("ix_invoice_writeoff_payment_id", ["payment_id"], unique=False)
    with op.batch_alter_table("member") as batch:
        batch.add_column(sa.Column("payer_member_id", sa.Integer(), nullable=True))
        for name, length in (("payer_name", 200), ("payer_street", 200), ("payer_postcode", 10),
                             ("payer_city", 100), ("payer_email", 200), ("payer_efaktura_reference", 100)):
            batch.add_column(sa.Column(name, sa.String(length=length), nullable=False, server_default=""))
        batch.add_column(sa.Column("family_cap_ore", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("birth_date", sa.Date(), nullable=True))
        batch.add_column(sa.Column("guardian_consent_by", sa.String(length=200), nullable=False, server_default=""))
        batch.add_column(sa.Column("guardian_consent_on", sa.Date(), nullable=True))
        batch.create_index("ix_member_payer_member_id", ["payer_member_id"], unique=False)
        batch.create_foreign_key("fk_member_payer_member_id_member", "member", ["payer_member_id"], ["id"],
                                 ondelete="SET NULL")


def downgrade() -> None:
    with op.batch_alter_table("member") as batch:
        batch.drop_constraint("fk_member_payer_member_id_member", type_="foreignkey")
        batch.drop_index("ix_member_payer_member_id")
        for name in ("guardian_consent_on", "guardian_consent_by", "birth_date", "family_cap_ore",
                     "payer_efaktura_reference", "payer_email", "payer_city", "payer_postcode", "payer_street",
                     "payer_name", "payer_member_id"):
            batch.drop_column(name)
    op.drop_table("invoice_writeoff")
    with op.batch_alter_table("invoice") as batch:
        batch.drop_column("written_off_ore")
