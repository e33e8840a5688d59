"""Amounts as the GUI shows them: the Norwegian UI «1 234,50 kr», the English UI «NOK 1,234.50».

One place decides where the currency goes (``core.money.format_kr`` for Norwegian), so no screen
writes «kr» itself. The language is the one ``ui.i18n.apply_locale`` made Qt's default locale;
the digits come from integer øre, never a float.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale

from ...core.money import ORE_PER_KRONE, format_kr, format_nok


def _english() -> bool:
    return QLocale().language() == QLocale.Language.English


def _english_digits(ore: int) -> str:
    """«1,234.50»: babel's "en" decimal format, from integers."""
    kroner, rest = divmod(abs(ore), ORE_PER_KRONE)
    return f"{kroner:,}.{rest:02d}"


def plain_amount(ore: int) -> str:
    """An amount without currency (table cells, columns headed «Beløp (kr)»)."""
    if _english():
        return ("-" if ore < 0 else "") + _english_digits(ore)
    return format_nok(ore)


def money(ore: int) -> str:
    """An amount with its currency, the one form for labels and messages."""
    if _english():
        return ("-" if ore < 0 else "") + "NOK " + _english_digits(ore)
    return format_kr(ore)
