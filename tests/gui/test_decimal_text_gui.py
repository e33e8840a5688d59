"""Exchange rates and other decimals that are not money are shown in the UI's language: a decimal
comma in Norwegian, a point in English, every digit kept (Konsern › Valutakurser showed «0.9650»)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QLocale

from kontopronto_desktop.ui.widgets.money import decimal_text


def test_a_rate_reads_as_typed_in_each_language(qapp) -> None:  # type: ignore[no-untyped-def]
    before = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.NorwegianBokmal, QLocale.Country.Norway))
        assert decimal_text(Decimal("0.9650")) == "0,9650"
        assert decimal_text(Decimal("12")) == "12"
        assert decimal_text(Decimal("1E-7")) == "0,0000001"  # never the exponent form
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        assert decimal_text(Decimal("0.9650")) == "0.9650"
    finally:
        QLocale.setDefault(before)
