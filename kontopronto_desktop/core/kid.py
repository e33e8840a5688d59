"""KID (kundeidentifikasjon): the reference a payer types so the bank can tell us who paid what.

Two check-digit schemes are in use in Norway (Nets OCR giro manual, ch. 5): MOD10 (Luhn, our
default) and MOD11 (weights 2..7 from the right; remainder 0 gives 0, remainder 1 gives "-").
A MOD11 KID ending in "-" is valid on paper but rejected by banks in practice, so we never
issue one and ``validate`` refuses it unless asked not to.

Layouts of the KIDs we issue (fixed length, 10 by default)::

    "invoice" (default):            IIIIIIIII K      the invoice number alone, zero-padded, check
                                    IIIIIIII V K     MOD11: plus a variant digit V
    "customer_invoice" (old):       CCCCC IIII K     customer number, last digits of the invoice number

The invoice number is unique and never reused, so the "invoice" layout gives every invoice its
own KID until the number no longer fits: with 10 digits and MOD10 that is 999,999,999 invoices
(100,000 members invoiced monthly for 20 years use 24 million). The old layout repeats a KID
once the invoice number passes 10^4 (its invoice part wraps), which is why a KID ever issued is
registered (models/kid.py) and never issued again. The full KID is stored on the invoice and
payments are matched on it, so KIDs of every layout used stay valid for matching.
"""

from __future__ import annotations

from dataclasses import dataclass

from stdnum import luhn

from .errors import UserError

MOD10 = "mod10"
INVOICE_ONLY = "invoice"
CUSTOMER_INVOICE = "customer_invoice"
MODES = (INVOICE_ONLY, CUSTOMER_INVOICE)
MODE_LABELS = {INVOICE_ONLY: "Fakturanummer", CUSTOMER_INVOICE: "Kundenummer + fakturanummer"}
MOD11 = "mod11"
SCHEMES = (MOD10, MOD11)
MIN_LENGTH = 2
MAX_LENGTH = 25  # the longest KID Nets accepts


class InvalidKid(UserError):
    """A KID that a bank would refuse."""


def mod10_check_digit(payload: str) -> str:
    """Luhn check digit of ``payload`` (digits only)."""
    return str(luhn.calc_check_digit(payload))


def mod11_check_digit(payload: str) -> str:
    """Nets MOD11 check digit: "0".."9" or "-" (remainder 1)."""
    total = sum(int(d) * (2 + i % 6) for i, d in enumerate(reversed(payload)))
    check = 11 - total % 11
    if check == 11:
        return "0"
    if check == 10:
        return "-"
    return str(check)


def check_digit(payload: str, scheme: str) -> str:
    if not payload.isdigit():
        raise InvalidKid(f"«{payload}» kan bare inneholde sifre.")
    if scheme == MOD10:
        return mod10_check_digit(payload)
    if scheme == MOD11:
        return mod11_check_digit(payload)
    raise InvalidKid(f"Ukjent KID-type «{scheme}» (bruk MOD10 eller MOD11).")


def is_valid(kid: str, scheme: str) -> bool:
    """True if ``kid`` carries a correct check digit for ``scheme`` (a MOD11 "-" counts as correct)."""
    kid = compact(kid)
    if len(kid) < MIN_LENGTH or len(kid) > MAX_LENGTH:
        return False
    payload, last = kid[:-1], kid[-1]
    if not payload.isdigit() or not (last.isdigit() or (last == "-" and scheme == MOD11)):
        return False
    return check_digit(payload, scheme) == last


def compact(kid: str) -> str:
    return "".join(str(kid).split())


def validate(kid: str, scheme: str | None = None, *, allow_dash: bool = False) -> str:
    """Return the compact KID or raise InvalidKid with the reason in Norwegian.

    ``scheme`` None accepts either scheme. A MOD11 KID ending in "-" is refused unless
    ``allow_dash`` (banks reject it).
    """
    value = compact(kid)
    if not value:
        raise InvalidKid("KID mangler.")
    if len(value) < MIN_LENGTH or len(value) > MAX_LENGTH:
        raise InvalidKid(f"KID «{value}» må ha mellom {MIN_LENGTH} og {MAX_LENGTH} tegn.")
    if not value[:-1].isdigit() or not (value[-1].isdigit() or value[-1] == "-"):
        raise InvalidKid(f"KID «{value}» kan bare inneholde sifre.")
    if value.endswith("-") and not allow_dash:
        raise InvalidKid(f"KID «{value}» slutter på «-»; slike KID-er avvises av bankene.")
    schemes = SCHEMES if scheme is None else (scheme,)
    if not any(is_valid(value, s) for s in schemes):
        names = " eller ".join(s.upper() for s in schemes)
        raise InvalidKid(f"KID «{value}» har feil kontrollsiffer ({names}).")
    return value


@dataclass(frozen=True)
class KidLayout:
    """How the organisation builds its KIDs (from the invoicing settings)."""

    scheme: str = MOD10
    length: int = 10
    customer_digits: int = 5
    mode: str = INVOICE_ONLY

    def __post_init__(self) -> None:
        if self.scheme not in SCHEMES:
            raise InvalidKid(f"Ukjent KID-type «{self.scheme}» (bruk MOD10 eller MOD11).")
        if self.mode not in MODES:
            raise InvalidKid(f"Ukjent KID-oppbygging «{self.mode}».")
        if not MIN_LENGTH + 2 <= self.length <= MAX_LENGTH:
            raise InvalidKid(f"KID-lengden må være mellom {MIN_LENGTH + 2} og {MAX_LENGTH}.")
        if self.mode == INVOICE_ONLY:
            return
        if self.invoice_digits < 1 or self.customer_digits < 1:
            raise InvalidKid(
                f"KID-lengde {self.length} gir ikke plass til {self.customer_digits} sifre kundenummer "
                "og minst ett siffer fakturanummer.")

    @property
    def invoice_digits(self) -> int:
        used = 0 if self.mode == INVOICE_ONLY else self.customer_digits
        return self.length - 1 - used - (1 if self.scheme == MOD11 else 0)

    @property
    def last_unique_number(self) -> int:
        """The highest invoice number whose KID cannot repeat an earlier one in this layout."""
        return 10 ** self.invoice_digits - 1

    def invoice_number_of(self, kid: str) -> int | None:
        """The invoice number a KID of the "invoice" layout carries (for payment suggestions)."""
        kid = compact(kid)
        if self.mode != INVOICE_ONLY or len(kid) != self.length or not kid[:self.invoice_digits].isdigit():
            return None
        return int(kid[:self.invoice_digits])

    def customer_number_of(self, kid: str) -> int | None:
        kid = compact(kid)
        if self.mode != CUSTOMER_INVOICE or len(kid) != self.length or not kid[:self.customer_digits].isdigit():
            return None
        return int(kid[:self.customer_digits])


@dataclass(frozen=True)
class KidCapacity:
    """What is left of a layout: invoice numbers that still get a KID never issued before."""

    layout: KidLayout
    next_number: int
    per_year: int  # invoices and credit notes numbered in the last 365 days

    @property
    def remaining(self) -> int:
        return max(self.layout.last_unique_number - self.next_number + 1, 0)

    @property
    def years_left(self) -> float | None:
        return self.remaining / self.per_year if self.per_year else None

    def text(self) -> str:
        """One Norwegian sentence for the settings page and the CLI."""
        if self.layout.mode == INVOICE_ONLY:
            head = (f"{_grouped(self.remaining)} ledige KID-er (til fakturanummer "
                    f"{_grouped(self.layout.last_unique_number)})")
        else:
            head = (f"{_grouped(self.remaining)} fakturanumre igjen før KID-ene begynner å gjentas "
                    f"(fakturanummeret har bare {self.layout.invoice_digits} sifre i KID-en)")
        years = self.years_left
        if years is None:
            return head + "."
        if years >= 100:
            return head + f", over 100 år med dagens {_grouped(self.per_year)} fakturaer i året."
        when = "ca. " + f"{years:.1f}".replace(".", ",") + " år" if years >= 1 else (
            f"ca. {round(years * 12)} måneder" if years * 12 >= 1 else "under én måned")
        return head + f", {when} med dagens {_grouped(self.per_year)} fakturaer i året."


def _grouped(n: int) -> str:
    return f"{n:,}".replace(",", "\u00a0")


def build_kid(customer_number: int, invoice_number: int, layout: KidLayout | None = None) -> str:
    """The KID for an invoice; never a MOD11 KID ending in "-"."""
    layout = layout or KidLayout()
    customer = str(int(customer_number))
    if customer_number < 0 or invoice_number < 0:
        raise InvalidKid("Kundenummer og fakturanummer kan ikke være negative.")
    if layout.mode == INVOICE_ONLY:
        if invoice_number > layout.last_unique_number:
            raise InvalidKid(
                f"Fakturanummer {invoice_number} får ikke plass i en KID på {layout.length} sifre. "
                "Øk KID-lengden i innstillingene for fakturering (husk avtalen med banken).")
        return _with_check(str(int(invoice_number)).zfill(layout.invoice_digits), layout.scheme)
    if len(customer) > layout.customer_digits:
        raise InvalidKid(
            f"Kundenummer {customer_number} har flere enn {layout.customer_digits} sifre og får ikke plass "
            "i KID-en. Øk KID-lengden eller antall kundenummersifre i innstillingene for fakturering.")
    invoice_part = str(int(invoice_number) % 10 ** layout.invoice_digits).zfill(layout.invoice_digits)
    return _with_check(customer.zfill(layout.customer_digits) + invoice_part, layout.scheme)


def _with_check(payload: str, scheme: str) -> str:
    if scheme == MOD10:
        return payload + mod10_check_digit(payload)
    for variant in "01":
        digit = mod11_check_digit(payload + variant)
        if digit != "-":
            return payload + variant + digit
    raise AssertionError("unreachable: changing the variant digit always changes the remainder")
