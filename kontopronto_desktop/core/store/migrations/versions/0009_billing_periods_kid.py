"""billing periods and KIDs never reused: line member, run period, registry of issued KIDs

Revision ID: 0009_billing_periods_kid
Revises: 0002_invoicing

Every KID already on an issued invoice is registered (the first invoice per KID: stores made
with the old layout may have reused a KID; those old pairs stay as they are and are not reported
by ``kontopronto check``, see setting ``invoicing.kid_legacy_max_id``). A store that has issued
invoices keeps its KID layout (the bank's OCR agreement was made for it); new stores get the
layout built from the invoice number alone.
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

revision = "0009_billing_periods_kid"
down_revision = "0002_invoicing"
branch_labels = ("billing_periods_kid",)
depends_on = None


def upgrade() -> None:
    # plain ALTER TABLE ADD COLUMN (no batch copy of tables that others point at)
    op.add_column("invoice_line", sa.Column("member_id", sa.Integer(), nullable=True))
    op.create_index("ix_invoice_line_member_id", "invoice_line", ["member_id"], unique=False)
    op.add_column("invoice_batch", sa.Column("period_start", sa.Date(), nullable=True))
    op.add_column("invoice_batch", sa.Column("period_end", sa.Date(), nullable=True))
    op.create_table(
        "issued_kid",
        sa.Column("kid", sa.String(length=25), nullable=False),
        sa.Column("invoice_id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("kid", name=op.f("pk_issued_kid")),
    )
    op.create_index("ix_issued_kid_invoice_id", "issued_kid", ["invoice_id"], unique=False)
    conn = op.get_bind()
    conn.execute(sa.text(
        "INSERT INTO issued_kid (kid, invoice_id) SELECT kid, MIN(id) FROM invoice "
        "WHERE kid != '' AND number IS NOT NULL GROUP BY kid"))
    legacy_max = conn.execute(sa.text("SELECT COALESCE(MAX(id), 0) FROM invoice")).scalar() or 0
    issued = conn.execute(sa.text("SELECT COUNT(*) FROM invoice WHERE number IS NOT NULL")).scalar() or 0
    _set(conn, "invoicing.kid_legacy_max_id", int(legacy_max))
    if issued:
        row = conn.execute(sa.text("SELECT value FROM setting WHERE key = 'invoicing.settings'")).scalar()
        settings = json.loads(row) if row else {}
        settings.setdefault("kid_mode", "customer_invoice")
        _set(conn, "invoicing.settings", settings)


def _set(conn: sa.Connection, key: str, value: object) -> None:
    text = json.dumps(value, ensure_ascii=False)
    if conn.execute(sa.text("SELECT 1 FROM setting WHERE key = :k"), {"k": key}).first():
        conn.execute(sa.text("UPDATE setting SET value = :v WHERE key = :k"), {"k": key, "v": text})
    else:
        conn.execute(sa.text("INSERT INTO setting (key, value) VALUES (:k, :v)"), {"k": key, "v": text})


def downgrade() -> None:
    op.drop_table("issued_kid")
    with op.batch_alter_table("invoice_batch") as batch:
        batch.drop_column("period_end")
        batch.drop_column("period_start")
    with op.batch_alter_table("invoice_line") as batch:
        batch.drop_index("ix_invoice_line_member_id")
        batch.drop_column("member_id")
