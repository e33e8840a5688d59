"""Money policy: amounts are stored as integer øre and computed with Decimal.

Rounding happens once, half-up, at the line level (as Norwegian invoices do). Nothing in
the program holds money in a float.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from .errors import ValidationError

ORE_PER_KRONE = 100
#: no amount a club or small group types is this large; øre stay far inside a 64-bit integer
MAX_KRONER = 10**12


def to_ore(amount: Decimal) -> int:
    """Round a krone amount half-up to whole øre."""
    return int((amount * ORE_PER_KRONE).quantize(Decimal(1), rounding=ROUND_HALF_UP))


#: the languages an amount can be typed in: the UI's language decides which one a field reads
AMOUNT_LOCALES = ("nb", "en")
#: English grouping: 1-3 digits, then groups of exactly three after each comma ("1,234,567")
_EN_GROUPED = re.compile(r"\d{1,3}(,\d{3})+", re.ASCII)


def parse_amount(text: str | int | Decimal, field: str = "beløp", *, locale: str = "nb") -> int:
    """Parse a typed amount into øre, read the way the user's language writes it.

    ``locale="nb"`` (CLI, files, the Norwegian UI): "450", "450,50", "1 250,00", "1.250,00", and a
    dot as the decimal sign when there is no comma ("450.00", the machine form). ``locale="en"`` (the
    English UI): "1,234.50", "1234.5", "450"; a comma only groups thousands, in groups of three. Input
    that one of the two readings could take for another number is refused, never guessed: "1,234" or
    "1.234" in Norwegian (three decimals), "12,50" in English (not a thousands group).
    """
    if isinstance(text, int | Decimal):
        if isinstance(text, Decimal) and not text.is_finite():
            raise ValidationError({field: f"«{text}» er ikke et gyldig beløp"})
        return _in_range(Decimal(text), field)
    if locale not in AMOUNT_LOCALES:
        raise ValueError(f"unknown amount locale {locale!r}")
    cleaned = (text.strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
               .replace("NOK", "").replace("kr", ""))
    if locale == "en":
        sign = cleaned[:1] if cleaned[:1] in "+-" else ""
        whole, dot, decimals = cleaned[len(sign):].partition(".")
        if "," in whole:
            if not _EN_GROUPED.fullmatch(whole):
                raise ValidationError({field: f"«{text}» er ikke et gyldig beløp (skriv for eksempel 1,234.50)"})
            whole = whole.replace(",", "")
        cleaned = sign + whole + dot + decimals
    else:
        if "," in cleaned and "." in cleaned:
            cleaned = cleaned.replace(".", "")  # 1.250,00 -> 1250,00
        cleaned = cleaned.replace(",", ".")
    # digits only (ASCII), an optional sign and decimals: no "1e3", "NaN", "Infinity" or "1_000"
    if not re.fullmatch(r"[+-]?\d+(\.\d*)?", cleaned, re.ASCII):
        raise ValidationError({field: f"«{text}» er ikke et gyldig beløp"})
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise ValidationError({field: f"«{text}» er ikke et gyldig beløp"}) from None
    if value.as_tuple().exponent < -2:  # type: ignore[operator]
        raise ValidationError({field: "beløpet kan ha høyst to desimaler"})
    return _in_range(value, field)


def _in_range(value: Decimal, field: str) -> int:
    if abs(value) >= MAX_KRONER:
        raise ValidationError({field: f"beløpet må være under {MAX_KRONER:,} kr".replace(",", " ")})
    return to_ore(value)


def ore_to_decimal(ore: int) -> Decimal:
    return (Decimal(ore) / ORE_PER_KRONE).quantize(Decimal("0.01"))


def format_amount(ore: int) -> str:
    """Machine format used in JSON and CSV: "450.00", "-12.50"."""
    return f"{ore_to_decimal(ore):.2f}"


def format_nok(ore: int) -> str:
    """Human format in Norwegian: "1 250,00" (no-break space U+00A0 as thousands separator).

    Integer arithmetic with exactly babel's nb_NO output for "#,##0.00" (tested against babel on
    random amounts): babel cost tens of µs per amount, a real share of drawing an invoice PDF.
    """
    if type(ore) is not int:  # a Decimal or other number: babel's own rounding and digits
        from babel.numbers import format_decimal

        return format_decimal(ore_to_decimal(ore), format="#,##0.00", locale="nb_NO")
    kroner, rest = divmod(-ore if ore < 0 else ore, ORE_PER_KRONE)
    text = f"{kroner:_},{rest:02d}".replace("_", "\u00a0")
    return "-" + text if ore < 0 else text


def format_english(ore: int) -> str:
    """The English UI's digits «1,234.50» (babel's "en" "#,##0.00", from integers; no currency)."""
    kroner, rest = divmod(-ore if ore < 0 else ore, ORE_PER_KRONE)
    return f"{'-' if ore < 0 else ''}{kroner:,}.{rest:02d}"


def format_plain(ore: int, locale: str = "nb") -> str:
    """An amount without currency as ``parse_amount(..., locale=locale)`` reads it back."""
    return format_english(ore) if locale == "en" else format_nok(ore)


def format_kr(ore: int) -> str:
    """The one Norwegian "amount with currency" form: «1 234,50 kr» («kr» after the amount, once).

    Core messages, the CLI and the PDF use it; the GUI goes through ``ui.widgets.money``, which
    gives the same text in Norwegian and «NOK 1,234.50» in the English UI.
    """
    return f"{format_nok(ore)} kr"
