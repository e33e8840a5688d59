"""Amounts as the GUI shows and reads them: the Norwegian UI «1 234,50 kr», the English UI «NOK 1,234.50».

One place decides where the currency goes (``core.money.format_kr`` for Norwegian), so no screen
writes «kr» itself, and one place reads what is typed (``read_amount``, ``AmountEdit``) in the same
language, so an English user types «1,234.50» and a Norwegian one «1 234,50». The language is the
one ``ui.i18n.apply_locale`` made Qt's default locale; the digits are integer øre, never a float.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QLineEdit, QWidget

from ...core.money import format_english, format_kr, format_plain, ore_to_decimal, parse_amount


def _english() -> bool:
    return QLocale().language() == QLocale.Language.English


def amount_locale() -> str:
    """The language amounts are typed in: ``core.money.parse_amount``'s ``locale``."""
    return "en" if _english() else "nb"


def plain_amount(ore: int) -> str:
    """An amount without currency (table cells, columns headed «Beløp (kr)»)."""
    return format_english(ore) if _english() else format_plain(ore)


def money(ore: int) -> str:
    """An amount with its currency, the one form for labels and messages."""
    if _english():
        return ("-" if ore < 0 else "") + "NOK " + format_english(abs(ore))
    return format_kr(ore)


def decimal_text(value: Decimal) -> str:
    """A decimal that is not money (an exchange rate, a percentage) as typed in the UI's language:
    «0,9650» in Norwegian, «0.9650» in English, every digit kept."""
    text = format(value, "f")
    return text if _english() else text.replace(".", ",")


def read_amount(text: str, field: str = "beløp") -> int:
    """A typed amount in øre, read in the UI's language (raises ``ValidationError`` keyed by ``field``)."""
    return parse_amount(text, field, locale=amount_locale())


class AmountEdit(QLineEdit):
    """The amount editor: shows and reads «1 234,50» in the Norwegian UI, «1,234.50» in the English one.

    Empty means "no amount" (``ore()`` is None), which fields such as an optional price override use.
    """

    def __init__(self, ore: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.set_ore(ore)

    def set_ore(self, ore: int | None) -> None:
        self.setText("" if ore is None else plain_amount(ore))

    def ore(self, field: str = "beløp") -> int | None:
        """The typed amount in øre, or None when the field is empty."""
        return read_amount(self.text(), field) if self.text().strip() else None

    def kroner(self, field: str = "beløp") -> Decimal | None:
        """The same amount as exact kroner, for core services that take a krone value."""
        ore = self.ore(field)
        return None if ore is None else ore_to_decimal(ore)
