"""Amounts in one form (issue 18 item 3): «1 234,50 kr» in the Norwegian UI and in core messages,
«NOK 1,234.50» in the English UI, and no screen that writes «kr» before an amount itself."""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from babel.numbers import format_decimal
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QLabel

from kontopronto_desktop.core.money import format_kr
from kontopronto_desktop.core.store import Store
from kontopronto_desktop.ui import i18n
from kontopronto_desktop.ui.context import AppContext
from kontopronto_desktop.ui.payments import page as payments_page
from kontopronto_desktop.ui.widgets.money import money, plain_amount
from tests.payments_support import pay, seed_members

UI = Path(i18n.__file__).parent


@pytest.fixture
def restore_locale(qapp: QApplication) -> Iterator[QApplication]:
    before = QLocale()
    yield qapp
    QLocale.setDefault(before)


def test_norwegian_currency_after_the_amount(restore_locale: QApplication) -> None:
    translator = i18n.apply_locale(restore_locale, "nb")
    try:
        assert money(123_450) == format_kr(123_450) == "1\u00a0234,50 kr"
        assert money(-5) == "-0,05 kr" and plain_amount(123_450) == "1\u00a0234,50"
    finally:
        if translator is not None:
            restore_locale.removeTranslator(translator)


def test_english_ui_uses_english_amounts_on_a_norwegian_pc(qtbot, restore_locale: QApplication) -> None:  # type: ignore[no-untyped-def]
    QLocale.setDefault(QLocale(QLocale.Language.NorwegianBokmal, QLocale.Country.Norway))  # the PC
    assert i18n.apply_locale(restore_locale, "en") is None
    assert money(123_450) == "NOK 1,234.50" and plain_amount(123_450) == "1,234.50"
    assert money(-123_456_789) == "-NOK 1,234,567.89" and money(0) == "NOK 0.00"
    rng = random.Random(18)
    for ore in [rng.randrange(-10**14, 10**14) for _ in range(300)] + [0, 1, 99, 100, -1, 99_999_999]:
        assert plain_amount(ore) == format_decimal(Decimal(ore) / 100, format="#,##0.00", locale="en"), ore
    # a label built the way the pages build theirs
    label = QLabel("Balance on {d}: {t}".format(d="30/11/2026", t=money(48_716)))
    qtbot.addWidget(label)
    assert label.text().endswith("NOK 487.16") and " kr" not in label.text()


def test_no_screen_writes_kr_before_an_amount() -> None:
    """«kr 450,00» / tr("… kr {a}") anywhere in ui/ is the old form: amounts go through widgets/money.py."""
    old = re.compile(r"\bkr(?:\s|\\xa0|\\u00a0|&nbsp;)+(?:\d|\{)")
    found = [f"{p.relative_to(UI)}:{n}" for p in UI.rglob("*.py")
             for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1) if old.search(line)]
    assert not found, found


def test_payments_page_in_the_english_ui_shows_english_amounts(qtbot, store: Store,  # type: ignore[no-untyped-def]
                                                                restore_locale: QApplication) -> None:
    seed_members(store, ["Kari Hansen"])
    pay(store, 123_456, text="ukjent", payer="Kari Hansen")  # no KID: waits in the queue
    assert i18n.apply_locale(restore_locale, "en") is None
    page = payments_page.create_page(AppContext(store))
    qtbot.addWidget(page)
    page.show()
    tab = page.import_tab
    qtbot.waitUntil(lambda: tab.queue_model.rowCount() == 1, timeout=5_000)
    assert tab.queue_model.data(tab.queue_model.index(0, 2)) == "1,234.56"
    assert tab.queue_label.text().endswith("(NOK 1,234.56).")
