"""The group chart of accounts (NS 4102 style classes) and the statutory statement lines.

Every group account rolls up to one line of the income statement (regnskapsloven § 6-1,
artsinndelt) or the balance sheet (§ 6-2). Account numbers follow the Norwegian standard
classes so that Skatteetaten's næringsspesifikasjon grouping codes (which use the same
numbers) and plain account numbers both map by range. This is the program's own compact
chart; the Regnskap Norge standard-account lists are not shipped.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class StatementLine:
    code: str
    label: str
    #: "IS" income statement, "BS" balance sheet
    statement: str
    #: "line" (sum of its accounts), "sum" (sum of other lines), "header"
    kind: str = "line"
    #: for sums: codes of the lines added up
    parts: tuple[str, ...] = ()
    #: presentation sign: +1 shows the debit balance (assets), -1 shows the credit (income, equity)
    sign: int = 1


@dataclass(frozen=True)
class GroupAccount:
    number: str
    name: str
    line: str
    #: intercompany role for automatic eliminations (see eliminations.PAIRS); "" = by class
    ic_role: str = ""


IS_LINES: tuple[StatementLine, ...] = (
    StatementLine("RS_SALG", "Salgsinntekt", "IS", sign=-1),
    StatementLine("RS_ANNEN_INNTEKT", "Annen driftsinntekt", "IS", sign=-1),
    StatementLine("RS_SUM_INNTEKT", "Sum driftsinntekter", "IS", "sum", ("RS_SALG", "RS_ANNEN_INNTEKT"), -1),
    StatementLine("RS_VAREKOST", "Varekostnad", "IS"),
    StatementLine("RS_LONN", "Lønnskostnad", "IS"),
    StatementLine("RS_AVSKRIVNING", "Av- og nedskrivning på varige driftsmidler og immaterielle eiendeler", "IS"),
    StatementLine("RS_ANNEN_KOST", "Annen driftskostnad", "IS"),
    StatementLine("RS_SUM_KOST", "Sum driftskostnader", "IS", "sum",
                  ("RS_VAREKOST", "RS_LONN", "RS_AVSKRIVNING", "RS_ANNEN_KOST")),
    StatementLine("RS_DRIFTSRESULTAT", "Driftsresultat", "IS", "sum", ("RS_SUM_INNTEKT", "RS_SUM_KOST"), -1),
    StatementLine("RS_INV_DATTER", "Inntekt på investering i datterselskap og konsernbidrag", "IS", sign=-1),
    StatementLine("RS_FIN_INNTEKT", "Annen renteinntekt og finansinntekt", "IS", sign=-1),
    StatementLine("RS_FIN_KOST", "Annen rentekostnad og finanskostnad", "IS"),
    StatementLine("RS_NETTO_FINANS", "Netto finansposter", "IS", "sum",
                  ("RS_INV_DATTER", "RS_FIN_INNTEKT", "RS_FIN_KOST"), -1),
    StatementLine("RS_FOR_SKATT", "Ordinært resultat før skattekostnad", "IS", "sum",
                  ("RS_DRIFTSRESULTAT", "RS_NETTO_FINANS"), -1),
    StatementLine("RS_SKATT", "Skattekostnad på ordinært resultat", "IS"),
    StatementLine("RS_ARSRESULTAT", "Årsresultat", "IS", "sum", ("RS_FOR_SKATT", "RS_SKATT"), -1),
    StatementLine("RS_MINORITET", "Minoritetsinteressers andel av årsresultatet", "IS"),
    StatementLine("RS_MAJORITET", "Majoritetens andel av årsresultatet", "IS", "sum",
                  ("RS_ARSRESULTAT", "RS_MINORITET"), -1),
)

BS_LINES: tuple[StatementLine, ...] = (
    StatementLine("BS_GOODWILL", "Goodwill", "BS"),
    StatementLine("BS_IMMATERIELLE", "Andre immaterielle eiendeler og utsatt skattefordel", "BS"),
    StatementLine("BS_BYGG", "Tomter, bygninger og annen fast eiendom", "BS"),
    StatementLine("BS_MASKINER", "Maskiner, inventar og transportmidler", "BS"),
    StatementLine("BS_INV_DATTER", "Investeringer i datterselskap", "BS"),
    StatementLine("BS_LAN_KONSERN", "Lån til foretak i samme konsern", "BS"),
    StatementLine("BS_ANDRE_FIN_AM", "Andre finansielle anleggsmidler", "BS"),
    StatementLine("BS_SUM_AM", "Sum anleggsmidler", "BS", "sum",
                  ("BS_GOODWILL", "BS_IMMATERIELLE", "BS_BYGG", "BS_MASKINER", "BS_INV_DATTER",
                   "BS_LAN_KONSERN", "BS_ANDRE_FIN_AM")),
    StatementLine("BS_VARER", "Varer", "BS"),
    StatementLine("BS_KUNDEFORDRINGER", "Kundefordringer", "BS"),
    StatementLine("BS_FORDR_KONSERN", "Fordringer på foretak i samme konsern", "BS"),
    StatementLine("BS_ANDRE_FORDRINGER", "Andre fordringer", "BS"),
    StatementLine("BS_INVESTERINGER", "Investeringer", "BS"),
    StatementLine("BS_BANK", "Bankinnskudd, kontanter o.l.", "BS"),
    StatementLine("BS_SUM_OM", "Sum omløpsmidler", "BS", "sum",
                  ("BS_VARER", "BS_KUNDEFORDRINGER", "BS_FORDR_KONSERN", "BS_ANDRE_FORDRINGER",
                   "BS_INVESTERINGER", "BS_BANK")),
    StatementLine("BS_SUM_EIENDELER", "Sum eiendeler", "BS", "sum", ("BS_SUM_AM", "BS_SUM_OM")),
    StatementLine("BS_INNSKUTT", "Innskutt egenkapital", "BS", sign=-1),
    StatementLine("BS_OPPTJENT", "Opptjent egenkapital før årets resultat", "BS", sign=-1),
    StatementLine("BS_ARETS_RESULTAT", "Årets resultat, majoritetens andel", "BS", sign=-1),
    StatementLine("BS_OMREGNING", "Omregningsdifferanser", "BS", sign=-1),
    StatementLine("BS_MINORITET", "Minoritetsinteresser", "BS", sign=-1),
    StatementLine("BS_SUM_EK", "Sum egenkapital", "BS", "sum",
                  ("BS_INNSKUTT", "BS_OPPTJENT", "BS_ARETS_RESULTAT", "BS_OMREGNING", "BS_MINORITET"), -1),
    StatementLine("BS_AVSETNINGER", "Avsetninger for forpliktelser", "BS", sign=-1),
    StatementLine("BS_LANGSIKTIG", "Annen langsiktig gjeld", "BS", sign=-1),
    StatementLine("BS_LANGSIKTIG_KONSERN", "Langsiktig gjeld til foretak i samme konsern", "BS", sign=-1),
    StatementLine("BS_LEVERANDOR", "Leverandørgjeld", "BS", sign=-1),
    StatementLine("BS_SKATT", "Betalbar skatt og skyldige offentlige avgifter", "BS", sign=-1),
    StatementLine("BS_UTBYTTE", "Utbytte", "BS", sign=-1),
    StatementLine("BS_GJELD_KONSERN", "Kortsiktig gjeld til foretak i samme konsern", "BS", sign=-1),
    StatementLine("BS_ANNEN_KORTSIKTIG", "Annen kortsiktig gjeld", "BS", sign=-1),
    StatementLine("BS_SUM_GJELD", "Sum gjeld", "BS", "sum",
                  ("BS_AVSETNINGER", "BS_LANGSIKTIG", "BS_LANGSIKTIG_KONSERN", "BS_LEVERANDOR", "BS_SKATT",
                   "BS_UTBYTTE", "BS_GJELD_KONSERN", "BS_ANNEN_KORTSIKTIG"), -1),
    StatementLine("BS_SUM_EK_GJELD", "Sum egenkapital og gjeld", "BS", "sum", ("BS_SUM_EK", "BS_SUM_GJELD"), -1),
)

LINES: dict[str, StatementLine] = {line.code: line for line in IS_LINES + BS_LINES}

#: the line on which this year's result (all income statement accounts, after the minority's share)
#: shows in equity, apart from the opening earned equity as an annual report shows it; the
#: allocations (88xx/89xx: dividends, group contributions, the result transfer) stay with the
#: earned equity line
RESULT_IN_EQUITY = "BS_ARETS_RESULTAT"
ALLOCATION_LINE = "BS_OPPTJENT"

GROUP_ACCOUNTS: tuple[GroupAccount, ...] = (
    GroupAccount("1000", "Forskning og utvikling, konsesjoner, patenter o.l.", "BS_IMMATERIELLE"),
    GroupAccount("1070", "Utsatt skattefordel", "BS_IMMATERIELLE"),
    GroupAccount("1080", "Goodwill", "BS_GOODWILL"),
    GroupAccount("1100", "Bygninger, tomter og annen fast eiendom", "BS_BYGG"),
    GroupAccount("1200", "Maskiner, inventar, transportmidler", "BS_MASKINER"),
    GroupAccount("1310", "Investeringer i datterselskap", "BS_INV_DATTER", "investment"),
    GroupAccount("1320", "Lån til foretak i samme konsern", "BS_LAN_KONSERN"),
    GroupAccount("1350", "Investeringer i aksjer og andeler", "BS_ANDRE_FIN_AM"),
    GroupAccount("1390", "Andre langsiktige fordringer", "BS_ANDRE_FIN_AM"),
    GroupAccount("1400", "Varelager", "BS_VARER"),
    GroupAccount("1500", "Kundefordringer", "BS_KUNDEFORDRINGER"),
    GroupAccount("1550", "Kundefordringer på foretak i samme konsern", "BS_FORDR_KONSERN"),
    GroupAccount("1560", "Andre fordringer på foretak i samme konsern", "BS_FORDR_KONSERN"),
    GroupAccount("1570", "Andre kortsiktige fordringer", "BS_ANDRE_FORDRINGER"),
    GroupAccount("1800", "Kortsiktige investeringer", "BS_INVESTERINGER"),
    GroupAccount("1920", "Bankinnskudd og kontanter", "BS_BANK"),
    GroupAccount("2000", "Aksjekapital", "BS_INNSKUTT"),
    GroupAccount("2020", "Overkurs", "BS_INNSKUTT"),
    GroupAccount("2030", "Annen innskutt egenkapital", "BS_INNSKUTT"),
    GroupAccount("2050", "Annen egenkapital", "BS_OPPTJENT"),
    GroupAccount("2060", "Omregningsdifferanser", "BS_OMREGNING"),
    GroupAccount("2070", "Minoritetsinteresser", "BS_MINORITET"),
    GroupAccount("2100", "Pensjonsforpliktelser og andre avsetninger", "BS_AVSETNINGER"),
    GroupAccount("2120", "Utsatt skatt", "BS_AVSETNINGER"),
    GroupAccount("2200", "Gjeld til kredittinstitusjoner og annen langsiktig gjeld", "BS_LANGSIKTIG"),
    GroupAccount("2260", "Langsiktig gjeld til foretak i samme konsern", "BS_LANGSIKTIG_KONSERN"),
    GroupAccount("2380", "Kortsiktig gjeld til kredittinstitusjoner", "BS_ANNEN_KORTSIKTIG"),
    GroupAccount("2400", "Leverandørgjeld", "BS_LEVERANDOR"),
    GroupAccount("2460", "Leverandørgjeld til foretak i samme konsern", "BS_GJELD_KONSERN"),
    GroupAccount("2500", "Betalbar skatt", "BS_SKATT"),
    GroupAccount("2600", "Skattetrekk, merverdiavgift og andre offentlige avgifter", "BS_SKATT"),
    GroupAccount("2800", "Avsatt utbytte", "BS_UTBYTTE"),
    GroupAccount("2920", "Annen kortsiktig gjeld til foretak i samme konsern", "BS_GJELD_KONSERN"),
    GroupAccount("2990", "Annen kortsiktig gjeld", "BS_ANNEN_KORTSIKTIG"),
    GroupAccount("3000", "Salgsinntekt", "RS_SALG"),
    GroupAccount("3900", "Annen driftsinntekt", "RS_ANNEN_INNTEKT"),
    GroupAccount("4000", "Varekostnad", "RS_VAREKOST"),
    GroupAccount("5000", "Lønnskostnad", "RS_LONN"),
    GroupAccount("6000", "Av- og nedskrivninger", "RS_AVSKRIVNING"),
    GroupAccount("6300", "Annen driftskostnad", "RS_ANNEN_KOST"),
    GroupAccount("8000", "Inntekt på investering i datterselskap, mottatt konsernbidrag", "RS_INV_DATTER",
                 "dividend_in"),
    GroupAccount("8030", "Renteinntekt fra foretak i samme konsern", "RS_FIN_INNTEKT", "interest_in"),
    GroupAccount("8050", "Annen renteinntekt og finansinntekt", "RS_FIN_INNTEKT", "interest_in"),
    GroupAccount("8130", "Rentekostnad til foretak i samme konsern", "RS_FIN_KOST", "interest_out"),
    GroupAccount("8150", "Annen rentekostnad og finanskostnad", "RS_FIN_KOST", "interest_out"),
    GroupAccount("8300", "Skattekostnad", "RS_SKATT"),
    GroupAccount("8800", "Årsresultat (disponering)", ALLOCATION_LINE),
    GroupAccount("8890", "Minoritetsinteressers andel av årsresultatet", "RS_MINORITET"),
    GroupAccount("8920", "Avsatt utbytte (disponering)", ALLOCATION_LINE, "dividend_out"),
    GroupAccount("8930", "Avgitt konsernbidrag (disponering)", ALLOCATION_LINE, "dividend_out"),
    GroupAccount("8935", "Mottatt konsernbidrag (disponering)", ALLOCATION_LINE, "dividend_in"),
    GroupAccount("8990", "Andre overføringer og disponeringer", ALLOCATION_LINE),
)

ACCOUNTS: dict[str, GroupAccount] = {a.number: a for a in GROUP_ACCOUNTS}

#: number ranges (inclusive) of company accounts / grouping codes -> group account; first match wins
RANGES: tuple[tuple[int, int, str], ...] = (
    (1000, 1069, "1000"), (1070, 1079, "1070"), (1080, 1099, "1080"),
    (1100, 1199, "1100"), (1200, 1299, "1200"),
    (1300, 1319, "1310"), (1320, 1329, "1320"), (1330, 1389, "1350"), (1390, 1399, "1390"),
    (1400, 1499, "1400"),
    (1500, 1500, "1500"), (1501, 1501, "1550"), (1502, 1549, "1500"), (1550, 1559, "1550"),
    (1560, 1564, "1560"), (1565, 1799, "1570"), (1800, 1899, "1800"), (1900, 1999, "1920"),
    (2000, 2019, "2000"), (2020, 2029, "2020"), (2030, 2039, "2030"), (2040, 2059, "2050"),
    (2060, 2069, "2060"), (2070, 2079, "2070"), (2080, 2099, "2050"),
    (2100, 2119, "2100"), (2120, 2129, "2120"), (2130, 2199, "2100"),
    (2200, 2259, "2200"), (2260, 2269, "2260"), (2270, 2299, "2200"),
    (2300, 2399, "2380"), (2400, 2459, "2400"), (2460, 2469, "2460"), (2470, 2499, "2400"),
    (2500, 2599, "2500"), (2600, 2799, "2600"), (2800, 2899, "2800"),
    (2900, 2919, "2990"), (2920, 2929, "2920"), (2930, 2999, "2990"),
    (3000, 3399, "3000"), (3400, 3999, "3900"),
    (4000, 4999, "4000"), (5000, 5999, "5000"), (6000, 6099, "6000"), (6100, 7999, "6300"),
    (8000, 8029, "8000"), (8030, 8039, "8030"), (8040, 8099, "8050"),
    (8100, 8129, "8150"), (8130, 8139, "8130"), (8140, 8299, "8150"),
    (8300, 8799, "8300"), (8800, 8889, "8800"), (8890, 8899, "8890"),
    (8900, 8919, "8990"), (8920, 8929, "8920"), (8930, 8934, "8930"), (8935, 8939, "8935"),
    (8940, 8999, "8990"),
)


def account_for_number(number: str) -> str | None:
    """The group account whose range holds a 4-digit account number or grouping code."""
    digits = number.strip()
    if not digits.isdigit() or len(digits) < 4:
        return None
    value = int(digits[:4])
    for low, high, target in RANGES:
        if low <= value <= high:
            return target
    return None


def statement_of(group_account: str) -> str:
    return LINES[ACCOUNTS[group_account].line].statement if group_account in ACCOUNTS else ""


def is_result_account(group_account: str) -> bool:
    """Income statement and allocation accounts (class 3-8): they make up this year's result in equity."""
    return group_account[:1] in "345678"


def is_allocation(group_account: str) -> bool:
    return group_account.startswith(("88", "89")) and group_account != "8890"


def ic_role(group_account: str) -> str:
    """The intercompany role of a group account (explicit, else by class)."""
    account = ACCOUNTS.get(group_account)
    if account and account.ic_role:
        return account.ic_role
    first = group_account[:1]
    if first == "1":
        return "receivable"
    if first == "2":
        return "payable" if group_account >= "2100" else ""
    if first == "3":
        return "revenue"
    if first in "4567":
        return "cost"
    return ""


def equity_accounts() -> list[str]:
    return [a.number for a in GROUP_ACCOUNTS if a.line in ("BS_INNSKUTT", "BS_OPPTJENT", "BS_OMREGNING")
            and not is_result_account(a.number)]


def contributed_equity_accounts() -> list[str]:
    return [a.number for a in GROUP_ACCOUNTS if a.line == "BS_INNSKUTT"]
