"""The outbox bookkeeping every channel delivery shares (invoices in ``delivery``, EHF reminders in
``ehf_reminder_service``): files written by a call that fails are removed again, and after writing,
the files are uploaded over SFTP when it is set up, each delivery row stamped uploaded or given the
error, and each file audited. One place, so the two deliveries cannot drift apart.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path

from sqlalchemy.orm import Session

from .. import audit
from ..models.base import utcnow
from ..models.delivery import InvoiceDelivery
from ..models.reminder_delivery import ReminderDelivery
from . import sftp

DeliveryRow = InvoiceDelivery | ReminderDelivery


@contextlib.contextmanager
def removed_on_failure(written: list[Path]) -> Iterator[list[Path]]:
    """Collect the paths written inside the block; if the block fails, delete them and re-raise.

    The outbox then never holds a file the store (rolled back with the failure) does not know about.
    """
    try:
        yield written
    except BaseException:
        for path in written:
            with contextlib.suppress(OSError):
                path.unlink()
        raise


def upload_written(session: Session, store_id: str, written: Sequence[Path],
                   rows: Mapping[str, Sequence[DeliveryRow]]) -> tuple[tuple[str, ...], str]:
    """Upload ``written`` if SFTP is set up; stamp the rows of each file (by file name) uploaded or
    with the error that stopped it; audit every file. Returns (accepted names, error)."""
    uploaded: tuple[str, ...] = ()
    error = ""
    settings = sftp.get_sftp_settings(session)
    if written and settings.configured:
        result = sftp.upload(settings, sftp.resolve_password(session, store_id), list(written))
        uploaded, error = result.accepted, result.error
        stamp = utcnow()
        for name, file_rows in rows.items():
            for row in file_rows:
                if name in uploaded:
                    row.uploaded_at = stamp
                else:
                    row.error = error
    for path in written:
        audit.record(session, "deliver", "channel_file", None,
                     {"file": [None, path.name], "uploaded": [None, path.name in uploaded]})
    return uploaded, error


def report_lines(uploaded: Sequence[str], error: str, stopped: Sequence[str]) -> list[str]:
    """The lines a delivery report ends with: what was uploaded, the upload error, what was stopped."""
    lines = [f"Lastet opp med SFTP: {len(uploaded)}"] if uploaded else []
    if error:
        lines.append(error + " (filene ligger i utboksen og sendes ved neste forsøk)")
    return lines + [f"Stoppet: {s}" for s in stopped]
