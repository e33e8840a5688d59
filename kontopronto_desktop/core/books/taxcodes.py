"""SAF-T standard VAT codes (Skatteetaten's list, data/Standard_Tax_Codes.csv) and the ones sales use.

KontoPronto only issues sales documents, so a product's VAT code is one of the output codes; the
default code follows from the product's VAT rate. The percentage of each code is what the
invoice line was charged with; the list itself only names the rate ("Regular rate" ...).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data" / "Standard_Tax_Codes.csv"

#: invoice line VAT rate -> default SAF-T standard tax code
DEFAULT_CODE_BY_RATE = {"25": "3", "15": "31", "12": "33", "0": "5", "exempt": "6"}
#: the output codes a product may carry, with the VAT rate each implies
SALES_CODES = {"3": "25", "31": "15", "33": "12", "5": "0", "51": "0", "52": "0", "6": "exempt", "7": "exempt"}
PERCENT = {"25": 25, "15": 15, "12": 12, "0": 0, "exempt": 0}


@dataclass(frozen=True)
class TaxCode:
    code: str
    description: str
    description_en: str
    rate_text: str

    @property
    def percent(self) -> int:
        return PERCENT[SALES_CODES[self.code]] if self.code in SALES_CODES else 0


@cache
def standard_codes() -> dict[str, TaxCode]:
    with open(DATA, encoding="utf-8-sig", newline="") as fh:
        return {r["Code"]: TaxCode(r["Code"], r["DescriptionNOB"], r["DescriptionENG"], r["TaxRate"])
                for r in csv.DictReader(fh, delimiter=";")}


def code_for_rate(rate: str) -> str:
    return DEFAULT_CODE_BY_RATE.get(rate, "6")


def rate_of_code(code: str) -> str | None:
    return SALES_CODES.get(code)
