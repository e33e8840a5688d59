"""collection: standard compensation (forsinkelsesrenteloven § 3a) in kroner per half-year

Revision ID: 0016_standardkompensasjon
Revises: 0011_collection

0011 shipped the compensation as 40 euro, converted with a euro rate the user had to enter. In
Norway the kroner amount is fixed by Finansdepartementet for each half-year (§ 2 of the forskrift
om forsinkelsesrente og kompensasjon for inndrivelseskostnader), so the rate becomes its own dated
kind ``standardkompensasjon``. Ships 470 kr for the first half of 2025 (FOR-2024-12-19-3279 § 2),
the half-year whose forsinkelsesrente 0011 ships; later half-years are entered by the user. The
shipped euro row goes; euro rates a user entered stay, marked as no longer used.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import sqlalchemy as sa
from alembic import op

revision = "0016_standardkompensasjon"
down_revision = "0011_collection"
branch_labels = ("standardkompensasjon",)
depends_on = None

SHIPPED = ("standardkompensasjon", date(2025, 1, 1), date(2025, 6, 30), "470.00",
           "Forsinkelsesrenteloven § 3a; forskrift om forsinkelsesrente og kompensasjon for "
           "inndrivelseskostnader § 2 (FOR-2024-12-19-3279).")
OLD = ("kompensasjon_eur", date(2017, 1, 1), None, "40.00",
       "Forsinkelsesrenteloven § 3a: standardkompensasjon i forretningsforhold.")

rate = sa.table("collection_rate", sa.column("id", sa.Integer()), sa.column("kind", sa.String()),
                sa.column("valid_from", sa.Date()), sa.column("valid_to", sa.Date()), sa.column("value", sa.String()),
                sa.column("note", sa.Text()), sa.column("created_at", sa.DateTime()), sa.column("actor", sa.String()))


def upgrade() -> None:
    op.execute(rate.delete().where(rate.c.kind == "kompensasjon_eur", rate.c.actor == "KontoPronto"))
    exists = op.get_bind().execute(sa.select(sa.func.count()).select_from(rate).where(
        rate.c.kind == SHIPPED[0], rate.c.valid_from == SHIPPED[1])).scalar()
    if not exists:
        kind, start, end, value, note = SHIPPED
        op.bulk_insert(rate, [{"kind": kind, "valid_from": start, "valid_to": end, "value": value, "note": note,
                               "created_at": datetime.now(UTC).replace(tzinfo=None), "actor": "KontoPronto"}])


def downgrade() -> None:
    op.execute(rate.delete().where(rate.c.kind == "standardkompensasjon"))
    kind, start, end, value, note = OLD
    op.bulk_insert(rate, [{"kind": kind, "valid_from": start, "valid_to": end, "value": value, "note": note,
                           "created_at": datetime.now(UTC).replace(tzinfo=None), "actor": "KontoPronto"}])
