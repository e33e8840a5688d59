"""Warn when a free-text note looks like special-category data (GDPR art. 9).

The privacy notice says the program must not hold health, religion, union membership and the
like. A short word list catches the usual slips ("allergi", "diabetes", "muslim",
"fagforening") in member notes; the user is warned and decides (a warning, not a block: "LO"
or "kirke" can be innocent, e.g. an address)."""

from __future__ import annotations

import re

#: category -> word stems (lower case). A stem of six letters or more matches anywhere, also inside
#: a compound ("nøtteallergi"); a shorter one only at the start of a word ("hiv", not "arkiv").
WORDS: dict[str, tuple[str, ...]] = {
    "helse": ("allergi", "astma", "diabet", "epilep", "kreft", "sykdom", "syk ", "sykmeld", "diagnose", "adhd",
              "autis", "depresj", "angst", "psykisk", "medisin", "gravid", "funksjonshem", "rullestol", "hiv",
              "helse"),
    "religion eller livssyn": ("muslim", "kristen", "jødisk", "jøde", "hindu", "buddhist", "katolsk", "religi",
                               "livssyn", "ateist", "moské", "synagog"),
    "fagforeningsmedlemskap": ("fagforening", "fagforbund", "tillitsvalgt", "lo-medlem", "unio", "ys-medlem"),
    "politisk oppfatning": ("partimedlem", "politisk"),
    "etnisitet": ("etnisk", "rase"),
    "seksuell legning": ("homofil", "lesbisk", "bifil", "legning", "transperson"),
    "strafferettslige forhold": ("straffedømt", "dømt for", "fengsel", "siktet"),
}


def special_categories(text: str) -> list[str]:
    """The categories a text seems to touch, in the list's order (empty when none)."""
    lowered = " " + re.sub(r"\s+", " ", (text or "").lower()) + " "
    found = []
    for category, stems in WORDS.items():
        if any(re.search(("" if len(stem) >= 6 else r"(?<![a-zæøå])") + re.escape(stem), lowered)
               for stem in stems):
            found.append(category)
    return found


def warning(text: str) -> str:
    """The Norwegian warning for a note, or "" when it looks fine."""
    found = special_categories(text)
    if not found:
        return ""
    return ("Notatet ser ut til å inneholde særlige kategorier av personopplysninger (" + ", ".join(found)
            + "). Slike opplysninger skal ikke lagres her (personvernerklæringen, GDPR art. 9); fjern dem med "
              "mindre medlemmet uttrykkelig har samtykket.")
