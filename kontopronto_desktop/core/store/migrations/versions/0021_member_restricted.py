"""member restricted: the members list's count and first page without a search term filter on
``restricted_until IS NULL`` (and ``ended_on``); without an index that was a scan of the whole member
table (35–55 ms at 100k on the GUI thread after every save). The index covers both columns, so the
count reads only the small index.

Revision ID: 0021_member_restricted
Revises: 0006_privacy (which added member.restricted_until)
"""

from __future__ import annotations

from alembic import op

revision = "0021_member_restricted"
down_revision = "0006_privacy"
branch_labels = ("member_restricted",)
depends_on = None


def upgrade() -> None:
    op.create_index("ix_member_restricted_ended", "member", ["restricted_until", "ended_on"])


def downgrade() -> None:
    op.drop_index("ix_member_restricted_ended", table_name="member")
