"""`kontopronto email test`: the CLI twin of «Send testmelding», against a real aiosmtpd server."""

from __future__ import annotations

from pathlib import Path

import pytest

from kontopronto_desktop.cli import main
from kontopronto_desktop.core.store import open_store
from tests.conftest import PASSPHRASE
from tests.gui.test_admin_gui import _configure, smtp  # noqa: F401  (the fixture)


def test_email_test_sends_and_refuses_without_settings(smtp, store_path: Path, store,  # type: ignore[no-untyped-def]  # noqa: F811
                                                       monkeypatch: pytest.MonkeyPatch,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    controller, recorder = smtp
    monkeypatch.setenv("KONTOPRONTO_PASSPHRASE", PASSPHRASE)
    store.close()
    assert main(["email", "test", "--store", str(store_path)]) == 2
    assert "E-post er ikke satt opp" in capsys.readouterr().err
    with open_store(store_path, passphrase=PASSPHRASE) as opened:
        _configure(opened, controller.port)
    assert main(["email", "test", "--to", "leder@testlaget.no", "--store", str(store_path)]) == 0
    assert "Testmelding sendt til leder@testlaget.no." in capsys.readouterr().out
    assert [m[1] for m in recorder.messages] == [["leder@testlaget.no"]]
