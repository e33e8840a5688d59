"""The fast ``SuggestionIndex.suggest`` (LCS bounds, real ratios only for what can reach the top five)
returns exactly what the plain implementation returned: the same invoices, scores, reasons and order.

``reference_suggest`` below is the code as it was before issue 19 (every candidate's two
``SequenceMatcher.ratio()`` calls); it is kept here as the oracle and the benchmark's baseline.
"""

from __future__ import annotations

import re
from collections import defaultdict
from difflib import SequenceMatcher

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kontopronto_desktop.core.payments import matching
from kontopronto_desktop.core.payments.suggestions import (
    MAX_SUGGESTIONS,
    Suggestion,
    SuggestionIndex,
    _normalise,
    _Pattern,
)
from kontopronto_desktop.core.store import Store
from tests.payments_support import D, invoice, seed_members


def _similarity(a: str, b: str) -> float:
    plain = SequenceMatcher(None, a, b).ratio()
    ordered = SequenceMatcher(None, " ".join(sorted(a.split())), " ".join(sorted(b.split()))).ratio()
    return max(plain, ordered)


def reference_suggest(index: SuggestionIndex, amount_ore: int, kid: str, text: str,
                      payer_name: str) -> list[Suggestion]:
    """``SuggestionIndex.suggest`` as it was: every candidate's ratio computed."""
    scores: dict[int, int] = defaultdict(int)
    reasons: dict[int, list[str]] = defaultdict(list)

    def add(o, points: int, why: str) -> None:  # type: ignore[no-untyped-def]
        scores[o.number] += points
        reasons[o.number].append(why)

    for n in {int(d) for d in re.findall(r"\d{1,12}", f"{text} {kid}") if d.strip("0")}:
        if n in index.by_number:
            add(index.by_number[n], 50, f"fakturanummer {n} i teksten")
        for o in index.by_customer.get(n, []):
            add(o, 30, f"kundenummer {n} i teksten")
    customer = index.layout.customer_number_of(kid) if kid.isdigit() else None
    if customer is not None:
        for o in index.by_customer.get(customer, []):
            add(o, 25, f"KID-en begynner med kundenummer {customer}")
    number = index.layout.invoice_number_of(kid) if kid.isdigit() else None
    if number is not None and number in index.by_number and number not in scores:
        add(index.by_number[number], 40, f"KID-en har fakturanummer {number}")
    payer = _normalise(payer_name)
    if payer:
        customers = set().union(*(index.by_word.get(w, set()) for w in payer.split() if len(w) > 2))
        for c in customers:
            ratio = _similarity(payer, index.names[c])
            if ratio >= 0.6:
                for o in index.by_customer[c]:
                    add(o, int(40 * ratio), f"navnet ligner ({int(ratio * 100)} %)")
    same_amount = index.by_amount.get(amount_ore, [])
    for o in same_amount:
        if o.number in scores or len(same_amount) <= 10:
            add(o, 25, "beløpet er lik restbeløpet")
    ranked = sorted(scores, key=lambda n: (-scores[n], index.by_number[n].due_date, n))[:MAX_SUGGESTIONS]
    return [Suggestion(n, index.by_number[n].customer_number, index.by_number[n].name, index.by_number[n].remaining,
                       index.by_number[n].due_date, scores[n], tuple(reasons[n])) for n in ranked]


FIRST = ["Kari", "Per", "Ola", "Åse", "Bjørn", "Kåre", "Ærlend", "Nils Petter", "Anne-Lise", "Per Olav", "K.", "Øystein"]
LAST = ["Hansen", "Johansen", "Olsen", "Larsen", "Sæther", "Bjørnstad", "Løvås", "Hanssen"]
# many members share a surname (the case that was slow), some names are written surname first
NAMES = [f"{f} {s}" for s in LAST[:4] for f in FIRST[:8]] + [
    "Hansen, Kari", "HANSEN KARI", "Sæther Åse", "Åse Marie Løvås", "Bjørn Bjørnstad", "Ærlend Sæther",
    "K Hansen", "Kari H. Hansen", "Ola Nordmann", "Per-Olav Hanssen", "Øystein Løvås", "Kåre Olsen-Larsen",
]
AMOUNTS = [45_000] * 12 + [30_000] * 3  # one amount on more than ten invoices, one on a few


def _seed(store: Store) -> tuple[list[int], list[str]]:
    """One invoice per member (a second for every fifth), amounts repeating, due dates tying."""
    customers = seed_members(store, NAMES)
    numbers, kids = [], []
    for i, customer in enumerate(customers):
        for extra in range(2 if i % 5 == 0 else 1):
            amount = AMOUNTS[(i + extra) % len(AMOUNTS)] if (i + extra) % 3 else 12_300 + 100 * (i % 7)
            due = D.replace(day=2 + (i * 7 + extra) % 5)
            view = invoice(store, customer, amount, due_date=due)
            numbers.append(view.number or 0)
            kids.append(view.kid)
    return numbers, kids


def _variant(name: str, how: int) -> str:
    words = name.split()
    return [name, " ".join(reversed(words)).upper(), name.lower(), name.replace("ø", "o").replace("å", "aa"),
            " ".join(words[:-1]) + " " + words[-1][:-1], f"{words[0][0]}. {words[-1]}", name + " AS"][how % 7]


@st.composite
def _payments(draw, numbers: list[int], kids: list[str]):  # type: ignore[no-untyped-def]
    payer = draw(st.one_of(
        st.builds(_variant, st.sampled_from(NAMES), st.integers(0, 6)),
        st.builds(lambda f, s, rev: f"{s} {f}" if rev else f"{f} {s}", st.sampled_from(FIRST), st.sampled_from(LAST),
                  st.booleans()),
        st.text(alphabet="abcdefghijklmnopqrstuvwxyzæøåÆØÅ -.,", max_size=30),
        st.just(""),
    ))
    amount = draw(st.one_of(st.sampled_from(AMOUNTS + [12_300, 12_400, 99_900]), st.integers(1, 200_000)))
    kid = draw(st.one_of(st.just(""), st.sampled_from(kids),
                         st.builds(lambda c, tail: f"{c:04d}{tail}", st.integers(1000, 1060), st.text("0123456789",
                                                                                                      max_size=8)),
                         st.text("0123456789", max_size=12)))
    text = draw(st.one_of(st.just(""), st.builds(lambda n: f"faktura {n}", st.sampled_from(numbers)),
                          st.builds(lambda c: f"medlem {c}", st.integers(1000, 1060)), st.text(max_size=20)))
    return amount, kid, text, payer


def test_suggest_is_exactly_the_plain_implementation(store: Store) -> None:
    numbers, kids = _seed(store)
    with store.session() as s:
        index = SuggestionIndex(s)
    assert len(index.by_word["hansen"]) >= 10  # many candidates share the surname

    hand_picked = [
        (45_000, "", "", "HANSEN KARI"), (45_000, "", "", "Kari Hansen"), (30_000, "", "", "Åse Sæther"),
        (45_000, "", "", "SAETHER AASE"), (12_300, "", "", "K. Hansen"), (45_000, "", "", "Per Olav Hansen"),
        (45_000, "", "", "OLSEN PER OLAV"), (45_000, "", f"faktura {numbers[3]}", "Bjørn Larsen"),
        (1, "", "", "Hans Hansen"), (45_000, kids[0], "", ""), (45_000, "", "", "Ærlend Sæther"),
        (45_000, "", "", "Nordmann Ola"), (77_700, "", "", "Ukjent Person"), (45_000, "", "", "hansen"),
    ]
    for args in hand_picked:
        assert index.suggest(*args) == reference_suggest(index, *args), args
    assert index.suggest(45_000, "", "", "HANSEN KARI")[0].name in ("Kari Hansen", "Hansen, Kari", "HANSEN KARI")

    @settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(_payments(numbers, kids))
    def same(payment: tuple[int, str, str, str]) -> None:
        assert index.suggest(*payment) == reference_suggest(index, *payment)

    same()


def _lcs(a: str, b: str) -> int:
    row = [0] * (len(b) + 1)
    for ch in a:
        prev_diag = 0
        for j, other in enumerate(b, 1):
            keep = row[j]
            row[j] = prev_diag + 1 if ch == other else max(row[j], row[j - 1])
            prev_diag = keep
    return row[-1]


@given(st.text(max_size=80), st.text(max_size=80))
def test_bit_parallel_lcs_is_the_lcs_and_bounds_the_ratio(a: str, b: str) -> None:
    assert _Pattern(a).lcs(b) == _lcs(a, b)
    assert _Pattern(a).lcs_many([b, a, b[::-1]]) == [_lcs(a, b), len(a), _lcs(a, b[::-1])]
    if a or b:
        matched = sum(block.size for block in SequenceMatcher(None, a, b).get_matching_blocks())
        assert matched <= _Pattern(a).lcs(b)


def test_the_queue_and_the_import_count_use_the_same_ranking(store: Store) -> None:
    """matching re-exports the suggestion names others import."""
    assert matching.SuggestionIndex is SuggestionIndex and matching.Suggestion is Suggestion
    assert matching.MAX_SUGGESTIONS == MAX_SUGGESTIONS
