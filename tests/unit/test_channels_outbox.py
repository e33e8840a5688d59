"""The outbox bookkeeping both channel deliveries share (core/channels/outbox.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kontopronto_desktop.core.channels import outbox
from kontopronto_desktop.core.channels.ehf_reminder_service import ReminderDeliveryReport


def test_files_written_by_a_failing_call_are_removed_and_kept_otherwise(tmp_path: Path) -> None:
    with pytest.raises(RuntimeError), outbox.removed_on_failure([]) as written:
        for name in ("a.xml", "b.xml"):
            (tmp_path / name).write_text("x")
            written.append(tmp_path / name)
        raise RuntimeError("the transaction fails after the files were written")
    assert list(tmp_path.iterdir()) == []
    with outbox.removed_on_failure([]) as written:
        (tmp_path / "c.xml").write_text("x")
        written.append(tmp_path / "c.xml")
    assert [p.name for p in tmp_path.iterdir()] == ["c.xml"]


def test_report_lines_say_what_was_uploaded_what_failed_and_what_stopped() -> None:
    assert outbox.report_lines((), "", ()) == []
    report = ReminderDeliveryReport((7,), ("p-7.xml", "p-8.xml"), ("p-7.xml",), ("Purring 8: regel feilet",),
                                    "SFTP: tidsavbrudd")
    assert report.text().splitlines() == [
        "EHF-purringer: 1 purring(er), 2 fil(er) i utboksen", "Lastet opp med SFTP: 1",
        "SFTP: tidsavbrudd (filene ligger i utboksen og sendes ved neste forsøk)", "Stoppet: Purring 8: regel feilet"]
