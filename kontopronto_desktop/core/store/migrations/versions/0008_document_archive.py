"""document archive: issued documents kept as issued (PDF bytes + SHA-256)

Revision ID: 0008_document_archive
Revises: 0002_invoicing

Invoices issued before this revision are not rendered here (a migration must not depend on
today's renderer): they are archived on first access, marked late (see core/documents.py). The
highest invoice id that existed at migration is kept in the setting "documents.legacy_max_id" so
that ``kontopronto check`` demands an archived document of every invoice issued after it.

"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

revision = "0008_document_archive"
down_revision = "0002_invoicing"
branch_labels = ("document_archive",)
depends_on = None


def upgrade() -> None:
    op.create_table(
        "issued_document",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("ref_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=40), nullable=False),
        sa.Column("issued_at", sa.DateTime(), nullable=False),
        sa.Column("pdf", sa.LargeBinary(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("snapshot", sa.Text(), nullable=False),
        sa.Column("erased_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_issued_document")),
        sa.UniqueConstraint("kind", "ref_id", name=op.f("uq_issued_document_kind")),
    )
    with op.batch_alter_table("issued_document") as batch:
        batch.create_index("ix_issued_document_kind_number", ["kind", "number"], unique=False)
    conn = op.get_bind()
    legacy = conn.execute(sa.text("SELECT COALESCE(MAX(id), 0) FROM invoice WHERE number IS NOT NULL")).scalar()
    conn.execute(sa.text("INSERT INTO setting (key, value) VALUES (:key, :value)"),
                 {"key": "documents.legacy_max_id", "value": json.dumps({"invoice": int(legacy or 0)})})


def downgrade() -> None:
    op.execute("DELETE FROM setting WHERE key = 'documents.legacy_max_id'")
    op.drop_table("issued_document")
