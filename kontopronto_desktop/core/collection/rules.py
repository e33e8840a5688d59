"""The law's conditions for reminders, as small pure functions the run and the tests share.

Inkassoloven § 9 and inkassoforskriften § 1-2: a reminder may be sent any time after the due
date, but a fee only when at least 14 days have passed since the due date, in a written
reminder giving a new deadline of at least 14 days; a new reminder fee no sooner than 14 days
after the previous reminder, and at most two fees per claim (two reminders, or one reminder and
one inkassovarsel). No VAT on fees. The inkassovarsel is titled as such, gives at least 14 days
and says the claim goes to collection if unpaid. Forsinkelsesrenteloven § 2: interest from the
day after the due date. Forsinkelsesrenteloven § 3a: a debtor in business (næringsdrivende or a
public authority) owes a standard compensation from the day interest runs, in kroner fixed per
half-year; it is deducted from the fees (``compensation_after_fees``).
"""

from __future__ import annotations

from datetime import date, timedelta

from ..errors import UserError

MIN_DAYS = 14
MAX_FEES_PER_CLAIM = 2
TITLES = {"purring": "Purring", "inkassovarsel": "Inkassovarsel"}
INKASSOVARSEL_TEXT = ("Dersom kravet ikke er betalt innen fristen, vil det bli sendt til inkasso, og du kan "
                      "få ytterligere kostnader (inkassoloven § 9).")
PURRING_TEXT = "Vi kan ikke se å ha mottatt betaling for kravet nedenfor. Vennligst betal innen fristen."
NO_VAT_TEXT = "Gebyr og renter er ikke merverdiavgiftspliktige."


def fee_allowed_after_due(due: date, on: date) -> bool:
    """A fee only when at least 14 days have passed since the due date."""
    return on >= due + timedelta(days=MIN_DAYS)


def fee_allowed_after_previous(previous: date | None, on: date) -> bool:
    """A new fee no sooner than 14 days after the previous reminder."""
    return previous is None or on >= previous + timedelta(days=MIN_DAYS)


def fees_left(fees_so_far: int) -> int:
    return max(MAX_FEES_PER_CLAIM - fees_so_far, 0)


def deadline(on: date, days: int) -> date:
    """The new payment deadline written on a reminder or inkassovarsel."""
    if days < MIN_DAYS:
        raise UserError(f"Fristen i en purring eller et inkassovarsel må være minst {MIN_DAYS} dager.")
    return on + timedelta(days=days)


def compensation_after_fees(compensation_ore: int, fees_charged_ore: int) -> int:
    """The standard compensation (forsinkelsesrenteloven § 3a) still to charge on a claim.

    The compensation and the reminder fee (inkassoforskriften § 1-2, gebyrmessig erstatning under
    inkassoloven § 17) pay for the same thing, the creditor's own cost of collecting: one comes in
    deduction of the other, never both. So fees already charged on the claim are deducted, and a
    claim that carries the compensation gets no further fee (the run checks ``compensation_ore``).
    """
    return max(compensation_ore - fees_charged_ore, 0)


def interest_first_day(due: date) -> date:
    return due + timedelta(days=1)


def handover_allowed(inkassovarsel_deadline: date, on: date) -> bool:
    """Collection may start when the inkassovarsel's deadline has passed (the day after it)."""
    return on > inkassovarsel_deadline
