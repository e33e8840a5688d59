"""Free-text notes warn on special-category words (GDPR art. 9; issue 21)."""

from __future__ import annotations

import pytest

from kontopronto_desktop.core.privacy.special_categories import special_categories, warning
from kontopronto_desktop.core.store import Store


@pytest.mark.parametrize(("text", "expected"), [
    ("Nøtteallergi, har med EpiPen", ["helse"]),
    ("Diabetes type 1", ["helse"]),
    ("muslim, ønsker halal på turen", ["religion eller livssyn"]),
    ("Tillitsvalgt i Fagforbundet", ["fagforeningsmedlemskap"]),
    ("Betaler for to barn, ring etter kl. 16", []),
    ("Bor i Kirkeveien 3", []),
    ("Arkiv: sendt 3. mars", []),  # "hiv" only at the start of a word
])
def test_word_list(text: str, expected: list[str]) -> None:
    assert special_categories(text) == expected
    assert bool(warning(text)) == bool(expected)


def test_cli_warns_on_stderr_but_saves(store: Store, monkeypatch: pytest.MonkeyPatch,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    from kontopronto_desktop.cli import main
    from kontopronto_desktop.core import members
    from tests.conftest import PASSPHRASE

    path = store.path
    store.close()
    monkeypatch.setenv("KONTOPRONTO_PASSPHRASE", PASSPHRASE)
    assert main(["members", "add", "--name", "Ola", "--postcode", "0150", "--city", "Oslo", "--notes",
                 "astma", "--store", str(path)]) == 0
    err = capsys.readouterr().err
    assert "særlige kategorier" in err and "helse" in err
    from kontopronto_desktop.core.store import open_store

    with open_store(path, passphrase=PASSPHRASE) as s2, s2.session() as s:
        assert members.get_member(s, 1001).notes == "astma"
