"""search index: FTS5 trigram tables over members and invoices, kept by triggers, filled now

Revision ID: 0016_search_index
Revises: every head of its day (it comes after every revision that recreates member or invoice,
since recreating a table drops its triggers)

The DDL is written out here rather than imported from core/search_index.py: a migration must
create what it created when it was written, whatever the program's module says later.
"""

from __future__ import annotations

from alembic import op

revision = "0016_search_index"
down_revision = ("0006_privacy", "0008_credit_line_ref", "0008_document_archive", "0010_payers_writeoff",
                 "0011_collection", "0012_books", "0013_security", "0014_acquisition_analysis", "0015_avtalegiro")
branch_labels = ("search_index",)
depends_on = None

_INDEXES = {
    "member_fts": ("member", ("name", "customer_number", "email", "phone", "city")),
    "invoice_fts": ("invoice", ("buyer_name", "kid", "number", "customer_number")),
}


def upgrade() -> None:
    for table, (content, columns) in _INDEXES.items():
        cols = ", ".join(columns)
        new = ", ".join(f"new.{c}" for c in columns)
        old = ", ".join(f"old.{c}" for c in columns)
        delete = f"INSERT INTO {table}({table}, rowid, {cols}) VALUES ('delete', old.id, {old});"
        insert = f"INSERT INTO {table}(rowid, {cols}) VALUES (new.id, {new});"
        op.execute(f"CREATE VIRTUAL TABLE {table} USING fts5({cols}, content='{content}', content_rowid='id', "
                   "tokenize='trigram')")
        # a deleted or changed row leaves no trigram behind (as PRAGMA secure_delete for pages): erased
        # personal data must not linger in the index until a segment merge
        op.execute(f"INSERT INTO {table}({table}, rank) VALUES ('secure-delete', 1)")
        op.execute(f"CREATE TRIGGER {table}_ai AFTER INSERT ON {content} BEGIN {insert} END")
        op.execute(f"CREATE TRIGGER {table}_ad AFTER DELETE ON {content} BEGIN {delete} END")
        op.execute(f"CREATE TRIGGER {table}_au AFTER UPDATE OF id, {cols} ON {content} BEGIN {delete} {insert} END")
        op.execute(f"INSERT INTO {table}({table}) VALUES ('rebuild')")  # the rows already there


def downgrade() -> None:
    for table in _INDEXES:
        for suffix in ("ai", "ad", "au"):
            op.execute(f"DROP TRIGGER IF EXISTS {table}_{suffix}")
        op.execute(f"DROP TABLE IF EXISTS {table}")
