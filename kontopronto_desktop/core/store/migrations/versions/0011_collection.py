"""collection: dated rates (with what is known), reminders, costs, holds, hand-over

Revision ID: 0011_collection
Revises: 0002_invoicing (depends on 0004_payments for charge payments)

Ships inkassosatsen 700 kr for 2017-01-01..2025-12-31, forsinkelsesrenten 12.5 % for the first
half of 2025 and the standard compensation of forsinkelsesrenteloven § 3a (40 euro). Later
figures are entered by the user (``kontopronto rates add``): the program never guesses a rate.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import sqlalchemy as sa
from alembic import op

revision = "0011_collection"
down_revision = "0002_invoicing"
branch_labels = ("collection",)
depends_on = ("0004_payments",)

SHIPPED = [
    ("inkassosats", date(2017, 1, 1), date(2025, 12, 31), "700.00",
     "Inkassoforskriften § 1-1; purregebyr = 1/20 (35 kr)."),
    ("forsinkelsesrente", date(2025, 1, 1), date(2025, 6, 30), "12.50",
     "Forsinkelsesrenteloven § 3: styringsrenten 1. januar + 8 prosentpoeng."),
    ("kompensasjon_eur", date(2017, 1, 1), None, "40.00",
     "Forsinkelsesrenteloven § 3a: standardkompensasjon i forretningsforhold."),
]


def upgrade() -> None:
    rate = op.create_table(
        "collection_rate",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("valid_to", sa.Date(), nullable=True),
        sa.Column("value", sa.String(length=30), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_collection_rate")),
    )
    op.create_index("ix_collection_rate_kind_from", "collection_rate", ["kind", "valid_from"])
    op.create_table(
        "reminder",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("stage", sa.String(length=20), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=True),
        sa.Column("customer_number", sa.Integer(), nullable=False),
        sa.Column("buyer_name", sa.String(length=200), nullable=False),
        sa.Column("buyer_street", sa.String(length=200), nullable=False),
        sa.Column("buyer_postcode", sa.String(length=10), nullable=False),
        sa.Column("buyer_city", sa.String(length=100), nullable=False),
        sa.Column("buyer_email", sa.String(length=200), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.Column("deadline", sa.Date(), nullable=False),
        sa.Column("kid", sa.String(length=25), nullable=False),
        sa.Column("principal_ore", sa.Integer(), nullable=False),
        sa.Column("fee_ore", sa.Integer(), nullable=False),
        sa.Column("interest_ore", sa.Integer(), nullable=False),
        sa.Column("compensation_ore", sa.Integer(), nullable=False),
        sa.Column("total_ore", sa.Integer(), nullable=False),
        sa.Column("needs_print", sa.Boolean(), nullable=False),
        sa.Column("email_sent_at", sa.DateTime(), nullable=True),
        sa.Column("email_error", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(["member_id"], ["member.id"], name=op.f("fk_reminder_member_id_member"),
                                ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reminder")),
        sa.UniqueConstraint("number", name=op.f("uq_reminder_number")),
    )
    op.create_index(op.f("ix_reminder_member_id"), "reminder", ["member_id"])
    op.create_index(op.f("ix_reminder_customer_number"), "reminder", ["customer_number"])
    op.create_index(op.f("ix_reminder_issued_on"), "reminder", ["issued_on"])
    op.create_table(
        "reminder_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("reminder_id", sa.Integer(), nullable=False),
        sa.Column("invoice_id", sa.Integer(), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("fee_counted", sa.Boolean(), nullable=False),
        sa.Column("principal_ore", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["reminder_id"], ["reminder.id"], name=op.f("fk_reminder_item_reminder_id_reminder"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["invoice_id"], ["invoice.id"], name=op.f("fk_reminder_item_invoice_id_invoice"),
                                ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reminder_item")),
    )
    op.create_index(op.f("ix_reminder_item_reminder_id"), "reminder_item", ["reminder_id"])
    op.create_index(op.f("ix_reminder_item_invoice_id"), "reminder_item", ["invoice_id"])
    op.create_table(
        "collection_charge",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("invoice_id", sa.Integer(), nullable=False),
        sa.Column("reminder_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("charged_on", sa.Date(), nullable=False),
        sa.Column("period_from", sa.Date(), nullable=True),
        sa.Column("period_to", sa.Date(), nullable=True),
        sa.Column("amount_ore", sa.Integer(), nullable=False),
        sa.Column("paid_ore", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["invoice_id"], ["invoice.id"],
                                name=op.f("fk_collection_charge_invoice_id_invoice"), ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["reminder_id"], ["reminder.id"],
                                name=op.f("fk_collection_charge_reminder_id_reminder"), ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_collection_charge")),
    )
    op.create_index(op.f("ix_collection_charge_invoice_id"), "collection_charge", ["invoice_id"])
    op.create_index(op.f("ix_collection_charge_reminder_id"), "collection_charge", ["reminder_id"])
    op.create_table(
        "collection_charge_payment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("payment_id", sa.Integer(), nullable=False),
        sa.Column("charge_id", sa.Integer(), nullable=False),
        sa.Column("amount_ore", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["payment_id"], ["payment.id"],
                                name=op.f("fk_collection_charge_payment_payment_id_payment"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["charge_id"], ["collection_charge.id"],
                                name=op.f("fk_collection_charge_payment_charge_id_collection_charge"),
                                ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_collection_charge_payment")),
    )
    op.create_index(op.f("ix_collection_charge_payment_payment_id"), "collection_charge_payment", ["payment_id"])
    op.create_index(op.f("ix_collection_charge_payment_charge_id"), "collection_charge_payment", ["charge_id"])
    op.create_table(
        "collection_hold",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("invoice_id", sa.Integer(), nullable=True),
        sa.Column("member_id", sa.Integer(), nullable=True),
        sa.Column("until", sa.Date(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=100), nullable=False),
        sa.Column("released_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["invoice_id"], ["invoice.id"], name=op.f("fk_collection_hold_invoice_id_invoice"),
                                ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["member_id"], ["member.id"], name=op.f("fk_collection_hold_member_id_member"),
                                ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_collection_hold")),
    )
    op.create_index(op.f("ix_collection_hold_invoice_id"), "collection_hold", ["invoice_id"])
    op.create_index(op.f("ix_collection_hold_member_id"), "collection_hold", ["member_id"])
    op.create_table(
        "collection_handover",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("invoice_id", sa.Integer(), nullable=False),
        sa.Column("handed_over_on", sa.Date(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(["invoice_id"], ["invoice.id"],
                                name=op.f("fk_collection_handover_invoice_id_invoice"), ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_collection_handover")),
        sa.UniqueConstraint("invoice_id", name=op.f("uq_collection_handover_invoice_id")),
    )
    now = datetime.now(UTC).replace(tzinfo=None)
    op.bulk_insert(rate, [{"kind": k, "valid_from": f, "valid_to": t, "value": v, "note": n, "created_at": now,
                           "actor": "KontoPronto"} for k, f, t, v, n in SHIPPED])


def downgrade() -> None:
    for table in ("collection_handover", "collection_hold", "collection_charge_payment", "collection_charge",
                  "reminder_item", "reminder", "collection_rate"):
        op.drop_table(table)
