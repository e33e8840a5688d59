"""Ranked suggestions for a payment that matched no KID: which open invoices it is most likely for.

An invoice earns points when the payment's text or KID names its number or customer number, when
the payer's name is like the buyer's (``difflib`` ratio of at least 0.6, also for "ETTERNAVN
FORNAVN"), and when the amount equals what is left; the best ``MAX_SUGGESTIONS`` are shown.

The name likeness is the slow part: a common surname shares a word with hundreds of customers, and
each ``SequenceMatcher.ratio()`` costs ~40 µs (issue 19: 14–21 s for a queue of 300 payments at
100 000 invoices). ``SuggestionIndex.suggest`` therefore first bounds every candidate's ratio from
above by the length of the longest common subsequence (a few big-integer operations: every block
``ratio()`` matches is part of a common subsequence, so the bound is never below the ratio), and
computes the real ratio only for customers whose best possible score could still reach the top
five. The suggestions, scores, reasons and their order are exactly those of computing every ratio
(tests/unit/test_suggestions_exact.py keeps that plain implementation and compares).
"""

from __future__ import annotations

import heapq
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from difflib import SequenceMatcher
from typing import Any, NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models.invoice import Invoice, InvoiceKind, InvoiceStatus
from ..money import format_amount

OPEN = (InvoiceStatus.SENT.value, InvoiceStatus.PARTLY_PAID.value, InvoiceStatus.OVERDUE.value)
MAX_SUGGESTIONS = 5
#: the least name likeness that counts
NAME_THRESHOLD = 0.6


@dataclass(frozen=True)
class Suggestion:
    invoice_number: int
    customer_number: int
    name: str
    remaining_ore: int
    due_date: date
    score: int
    reasons: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        return {"invoice": self.invoice_number, "member": self.customer_number, "name": self.name,
                "remaining": format_amount(self.remaining_ore), "due_date": self.due_date.isoformat(),
                "score": self.score, "reasons": list(self.reasons)}


class _Open(NamedTuple):
    """An open invoice as the index keeps it (a named tuple: 25 000 of them are built in a third of
    the time frozen dataclasses took)."""

    number: int
    customer_number: int
    name: str
    remaining: int
    due_date: date


def _normalise(name: str) -> str:
    plain = unicodedata.normalize("NFKD", name.lower()).replace("ø", "o").replace("æ", "ae")
    return " ".join("".join(c for c in plain if c.isalnum() or c.isspace()).split())


def _ordered(name: str) -> str:
    """The name's words sorted, so "hansen kari" and "kari hansen" read alike."""
    return " ".join(sorted(name.split()))


def _similarity(a: str, b: str) -> float:
    """Name likeness, also when the bank writes "ETTERNAVN FORNAVN"."""
    plain = SequenceMatcher(None, a, b).ratio()
    ordered = SequenceMatcher(None, _ordered(a), _ordered(b)).ratio()
    return max(plain, ordered)


def _ratio(matches: int, length: int) -> float:
    """``difflib``'s own formula, so a bound compares with a ratio in the same floating point."""
    return 2.0 * matches / length if length else 1.0


class _Pattern:
    """One string's bit masks for the bit-parallel LCS length (Hyyrö 2004): for each character,
    the positions where it occurs."""

    __slots__ = ("length", "mask", "masks")

    def __init__(self, text: str) -> None:
        self.length = len(text)
        self.mask = (1 << len(text)) - 1
        masks: dict[str, int] = {}
        for i, ch in enumerate(text):
            masks[ch] = masks.get(ch, 0) | (1 << i)
        self.masks = masks

    def lcs(self, other: str) -> int:
        """Length of the longest common subsequence of this text and ``other``."""
        get = self.masks.get
        v = self.mask
        for ch in other:
            u = v & get(ch, 0)
            v = (v + u) | (v - u)  # a carry past the top bit never comes back down: masked once below
        return self.length - (v & self.mask).bit_count()

    def lcs_many(self, others: list[str]) -> list[int]:
        """``lcs`` of each of ``others`` (one loop: this runs for every candidate of every payer)."""
        get, mask, length = self.masks.get, self.mask, self.length
        out = []
        for other in others:
            v = mask
            for ch in other:
                u = v & get(ch, 0)
                v = (v + u) | (v - u)
            out.append(length - (v & mask).bit_count())
        return out


class SuggestionIndex:
    """Open invoices indexed by number, customer number, remaining amount and name words (built once)."""

    def __init__(self, session: Session) -> None:
        from ..invoicing.settings import get_invoice_settings

        self.layout = get_invoice_settings(session).kid_layout
        rows = session.execute(select(
            Invoice.number, Invoice.customer_number, Invoice.buyer_name, Invoice.total_ore, Invoice.paid_ore,
            Invoice.credited_ore, Invoice.due_date, Invoice.written_off_ore).where(
            Invoice.kind == InvoiceKind.INVOICE.value, Invoice.status.in_(OPEN), Invoice.number.is_not(None)))
        self.by_number: dict[int, _Open] = {}
        by_customer: dict[int, list[_Open]] = defaultdict(list)
        by_amount: dict[int, list[_Open]] = defaultdict(list)
        by_word: dict[str, set[int]] = defaultdict(set)
        self.names: dict[int, str] = {}
        for r in rows:
            o = _Open(r.number, r.customer_number, r.buyer_name,
                      r.total_ore - r.paid_ore - r.credited_ore - r.written_off_ore, r.due_date)
            if o.remaining <= 0:
                continue
            self.by_number[o.number] = o
            by_customer[o.customer_number].append(o)
            by_amount[o.remaining].append(o)
            norm = _normalise(o.name)
            self.names[o.customer_number] = norm
            for word in norm.split():
                if len(word) > 2:
                    by_word[word].add(o.customer_number)
        # read only once built
        self.by_customer: dict[int, tuple[_Open, ...]] = {c: tuple(found) for c, found in by_customer.items()}
        self.by_amount: dict[int, tuple[_Open, ...]] = {a: tuple(found) for a, found in by_amount.items()}
        self.by_word: dict[str, tuple[int, ...]] = {w: tuple(found) for w, found in by_word.items()}
        #: each customer's name with its words sorted
        self.ordered_names: dict[int, str] = {c: _ordered(name) for c, name in self.names.items()}

    def _name_ratio(self, payer: str, payer_ordered: str, customer: int, bound_plain: float,
                    bound_ordered: float) -> float:
        """``_similarity(payer, name)`` exactly, skipping the second ``ratio()`` when its bound shows it
        cannot be the larger."""
        name = self.names[customer]
        name_ordered = self.ordered_names[customer]
        if payer == payer_ordered and name == name_ordered:
            return SequenceMatcher(None, payer, name).ratio()  # both comparisons are the same one
        if bound_plain >= bound_ordered:
            plain = SequenceMatcher(None, payer, name).ratio()
            if bound_ordered <= plain:
                return plain
            return max(plain, SequenceMatcher(None, payer_ordered, name_ordered).ratio())
        ordered = SequenceMatcher(None, payer_ordered, name_ordered).ratio()
        if bound_plain <= ordered:
            return ordered
        return max(SequenceMatcher(None, payer, name).ratio(), ordered)

    def suggest(self, amount_ore: int, kid: str, text: str, payer_name: str) -> list[Suggestion]:
        """The best ``MAX_SUGGESTIONS`` open invoices for this payment, best first (score, then the
        earliest due date, then the lowest number)."""
        scores: dict[int, int] = defaultdict(int)
        reasons: dict[int, list[str]] = defaultdict(list)

        def add(o: _Open, points: int, why: str) -> None:
            scores[o.number] += points
            reasons[o.number].append(why)

        for n in {int(d) for d in re.findall(r"\d{1,12}", f"{text} {kid}") if d.strip("0")}:
            if n in self.by_number:
                add(self.by_number[n], 50, f"fakturanummer {n} i teksten")
            for o in self.by_customer.get(n, ()):
                add(o, 30, f"kundenummer {n} i teksten")
        customer = self.layout.customer_number_of(kid) if kid.isdigit() else None
        if customer is not None:
            for o in self.by_customer.get(customer, ()):
                add(o, 25, f"KID-en begynner med kundenummer {customer}")
        number = self.layout.invoice_number_of(kid) if kid.isdigit() else None
        if number is not None and number in self.by_number and number not in scores:
            add(self.by_number[number], 40, f"KID-en har fakturanummer {number}")
        # Above: the points that do not depend on the name. Below: the name's points (40 · ratio
        # when the ratio is at least 0.6), then the amount's (25 when it equals what is left, for an
        # invoice that has points already or when at most 10 invoices have that amount).
        same_amount = self.by_amount.get(amount_ore, ())
        few = len(same_amount) <= 10

        def amount_points(o: _Open, named: bool) -> int:
            return 25 if o.remaining == amount_ore and (few or named or o.number in scores) else 0

        # ``pending``: customers whose name may be alike (bound >= 0.6), best possible key first
        pending: list[tuple[int, int, int, int]] = []
        bounds: dict[int, tuple[float, float]] = {}
        payer = _normalise(payer_name)
        payer_ordered = _ordered(payer)
        if payer:
            pattern, pattern_ordered = _Pattern(payer), _Pattern(payer_ordered)
            customers = list(set().union(*(self.by_word.get(w, ()) for w in payer.split() if len(w) > 2)))
            names = [self.names[c] for c in customers]
            plain = pattern.lcs_many(names)
            ordered = pattern_ordered.lcs_many([self.ordered_names[c] for c in customers])
            for c, name, lcs_plain, lcs_ordered in zip(customers, names, plain, ordered, strict=True):
                length = pattern.length + len(name)
                bound = _ratio(max(lcs_plain, lcs_ordered), length)
                if bound < NAME_THRESHOLD:
                    continue  # the real ratio is below it too
                bounds[c] = (_ratio(lcs_plain, length), _ratio(lcs_ordered, length))
                points = int(40 * bound)
                invoices = self.by_customer[c]
                if len(invoices) == 1:  # most customers: no generator
                    o = invoices[0]
                    pending.append((-(scores.get(o.number, 0) + points + (25 if o.remaining == amount_ore else 0)),
                                    o.due_date.toordinal(), o.number, c))
                    continue
                best = min((-(scores.get(o.number, 0) + points + (25 if o.remaining == amount_ore else 0)),
                            o.due_date.toordinal(), o.number) for o in invoices)
                pending.append((*best, c))
        heapq.heapify(pending)
        # ``top``: the best five invoices whose score is known, as (score, -due date, -number) in a
        # heap whose first element is the worst of the five; ``settle`` offers each one to it
        name_ratio: dict[int, float] = {}
        top: list[tuple[int, int, int]] = []

        def settle(o: _Open, ratio: float | None) -> None:
            named = ratio is not None and ratio >= NAME_THRESHOLD
            score = scores.get(o.number, 0) + (int(40 * ratio) if ratio is not None and named else 0)
            score += amount_points(o, named)
            if score <= 0:
                return
            good = (score, -o.due_date.toordinal(), -o.number)
            if len(top) < MAX_SUGGESTIONS:
                heapq.heappush(top, good)
            elif good > top[0]:
                heapq.heapreplace(top, good)

        for n in list(scores):
            if self.by_number[n].customer_number not in bounds:
                settle(self.by_number[n], None)
        for o in same_amount:
            if o.number not in scores and o.customer_number not in bounds:
                settle(o, None)
        while pending:
            neg_score, due, n, c = pending[0]
            if len(top) == MAX_SUGGESTIONS and top[0] > (-neg_score, -due, -n):
                break  # no invoice still pending can reach the five found
            heapq.heappop(pending)
            ratio = name_ratio[c] = self._name_ratio(payer, payer_ordered, c, *bounds[c])
            for o in self.by_customer[c]:
                settle(o, ratio)
        ranked = [-n for _s, _d, n in sorted(top, reverse=True)]
        out = []
        for n in ranked:
            o = self.by_number[n]
            likeness = name_ratio.get(o.customer_number)
            named = likeness is not None and likeness >= NAME_THRESHOLD
            why = list(reasons.get(n, []))
            points = scores.get(n, 0)
            if likeness is not None and named:
                points += int(40 * likeness)
                why.append(f"navnet ligner ({int(likeness * 100)} %)")
            if amount_points(o, named):
                points += 25
                why.append("beløpet er lik restbeløpet")
            out.append(Suggestion(n, o.customer_number, o.name, o.remaining, o.due_date, points, tuple(why)))
        return out
