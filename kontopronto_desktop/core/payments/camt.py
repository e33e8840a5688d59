"""ISO 20022 camt.054 (debit/credit notification) and camt.053 (statement), read with lxml.

Norwegian banks put the KID in ``TxDtls/RmtInf/Strd/CdtrRefInf/Ref`` and the payer's message
in ``RmtInf/Ustrd``; a batched entry (one ``Ntry``) carries one ``TxDtls`` per payer. Only
booked credit entries are payments to us; debits and reversals are listed as skipped. Any
element we cannot read rejects the whole file, naming the element and its line.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal, InvalidOperation

from lxml import etree

from .bankfile import BankFileError, BankTransaction, ParsedFile

_NS = re.compile(r"^urn:iso:std:iso:20022:tech:xsd:camt\.(05[234])\.001\.(\d\d)$")
_KINDS = {"053": ("BkToCstmrStmt", "Stmt"), "054": ("BkToCstmrDbtCdtNtfctn", "Ntfctn")}


class _Reader:
    def __init__(self, ns: str) -> None:
        self.ns = {"c": ns}

    def all(self, el: etree._Element, path: str) -> list[etree._Element]:
        return list(el.xpath(path, namespaces=self.ns))

    def first(self, el: etree._Element, path: str) -> etree._Element | None:
        found = self.all(el, path)
        return found[0] if found else None

    def text(self, el: etree._Element, path: str) -> str:
        found = self.first(el, path)
        return (found.text or "").strip() if found is not None else ""


def _fail(el: etree._Element | None, why: str) -> BankFileError:
    where = ""
    if el is not None:
        where = f" i elementet <{etree.QName(el).localname}> på linje {el.sourceline}"
    return BankFileError(f"camt-filen er skadet{where}: {why}. Ingenting er bokført.")


def _amount(r: _Reader, parent: etree._Element, path: str) -> int | None:
    el = r.first(parent, path)
    if el is None:
        return None
    text = (el.text or "").strip()
    ccy = el.get("Ccy", "NOK")
    if ccy != "NOK":
        raise _fail(el, f"beløpet er i {ccy}; bare NOK støttes")
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise _fail(el, f"«{text}» er ikke et beløp") from None
    if not value.is_finite() or value.as_tuple().exponent < -2 or value < 0:  # type: ignore[operator]
        raise _fail(el, f"«{text}» er ikke et gyldig beløp")
    return int(value * 100)


def _date(r: _Reader, entry: etree._Element) -> date:
    for path in ("c:BookgDt/c:Dt", "c:BookgDt/c:DtTm", "c:ValDt/c:Dt", "c:ValDt/c:DtTm"):
        el = r.first(entry, path)
        if el is not None:
            try:
                return date.fromisoformat((el.text or "").strip()[:10])
            except ValueError:
                raise _fail(el, f"«{el.text}» er ikke en dato") from None
    raise _fail(entry, "bokføringsdato (BookgDt) mangler")


def _account(r: _Reader, parent: etree._Element) -> str:
    return r.text(parent, "c:Acct/c:Id/c:IBAN") or r.text(parent, "c:Acct/c:Id/c:Othr/c:Id")


def parse_camt(data: bytes) -> ParsedFile:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        line = exc.position[0] if exc.position else exc.lineno
        raise BankFileError(f"camt-filen er ikke gyldig XML (linje {line}: {exc.msg}). Filen kan være avkortet. "
                            "Ingenting er bokført.") from None
    qname = etree.QName(root)
    match = _NS.match(qname.namespace or "")
    if qname.localname != "Document" or match is None:
        raise BankFileError(f"Filen er ikke en camt.053 eller camt.054 (rotelement «{qname.localname}», "
                            f"navnerom «{qname.namespace or '–'}»). Ingenting er bokført.")
    kind = match.group(1)
    if kind not in _KINDS:
        raise BankFileError(f"camt.{kind} støttes ikke; last ned camt.053 (kontoutskrift) eller camt.054 "
                            "(innbetalinger) fra banken. Ingenting er bokført.")
    r = _Reader(qname.namespace or "")
    message, block = _KINDS[kind]
    msg = r.first(root, f"c:{message}")
    if msg is None:
        raise _fail(root, f"elementet <{message}> mangler")
    parsed = ParsedFile(f"camt{kind}")
    msg_id = r.text(msg, "c:GrpHdr/c:MsgId")
    for stmt in r.all(msg, f"c:{block}"):
        account = _account(r, stmt)
        for n_entry, entry in enumerate(r.all(stmt, "c:Ntry"), 1):
            _entry(r, parsed, entry, account, f"{msg_id}:{r.text(stmt, 'c:Id')}:{n_entry}")
    return parsed


def _entry(r: _Reader, parsed: ParsedFile, entry: etree._Element, account: str, fallback: str) -> None:
    amount = _amount(r, entry, "c:Amt")
    if amount is None:
        raise _fail(entry, "beløp (Amt) mangler")
    side = r.text(entry, "c:CdtDbtInd")
    if side not in ("CRDT", "DBIT"):
        raise _fail(entry, f"CdtDbtInd er «{side}», skal være CRDT eller DBIT")
    status = r.text(entry, "c:Sts/c:Cd") or r.text(entry, "c:Sts")
    booked_on = _date(r, entry)
    if side == "DBIT" or r.text(entry, "c:RvslInd").lower() == "true":
        parsed.skipped.append(f"Linje {entry.sourceline}: utgående eller tilbakeført post på {amount / 100:.2f} kr "
                              "er ikke en innbetaling og er hoppet over.")
        return
    if status and status != "BOOK":
        parsed.skipped.append(f"Linje {entry.sourceline}: post med status {status} (ikke bokført) er hoppet over.")
        return
    details = r.all(entry, "c:NtryDtls/c:TxDtls")
    entry_ref = r.text(entry, "c:AcctSvcrRef") or r.text(entry, "c:NtryRef")
    if not details:
        parsed.transactions.append(BankTransaction(
            ref=f"camt:{account}:{entry_ref or fallback}", booked_on=booked_on, amount_ore=amount,
            archive_ref=entry_ref, where=f"<Ntry> linje {entry.sourceline}"))
        return
    total = 0
    for n, tx in enumerate(details, 1):
        tx_amount = _amount(r, tx, "c:AmtDtls/c:TxAmt/c:Amt")
        if tx_amount is None:
            tx_amount = _amount(r, tx, "c:Amt")
        if tx_amount is None:
            if len(details) > 1:
                raise _fail(tx, "beløp mangler for en av flere transaksjoner i posten")
            tx_amount = amount
        total += tx_amount
        own = r.text(tx, "c:Refs/c:AcctSvcrRef")
        e2e = r.text(tx, "c:Refs/c:EndToEndId")
        e2e = "" if e2e.upper() == "NOTPROVIDED" else e2e
        ref = own or e2e or r.text(tx, "c:Refs/c:TxId") or f"{entry_ref or fallback}:{n}"
        kid = r.text(tx, "c:RmtInf/c:Strd/c:CdtrRefInf/c:Ref")
        free = " ".join(t.text.strip() for t in r.all(tx, "c:RmtInf/c:Ustrd") if t.text)
        payer = (r.text(tx, "c:RltdPties/c:Dbtr/c:Nm") or r.text(tx, "c:RltdPties/c:Dbtr/c:Pty/c:Nm")
                 or r.text(tx, "c:RltdPties/c:UltmtDbtr/c:Nm"))
        payer_account = (r.text(tx, "c:RltdPties/c:DbtrAcct/c:Id/c:IBAN")
                         or r.text(tx, "c:RltdPties/c:DbtrAcct/c:Id/c:Othr/c:Id"))
        parsed.transactions.append(BankTransaction(
            ref=f"camt:{account}:{ref}", booked_on=booked_on, amount_ore=tx_amount, kid="".join(kid.split()),
            archive_ref=own or entry_ref, payer_name=payer, payer_account=payer_account, text=free,
            where=f"<TxDtls> linje {tx.sourceline}"))
    if total != amount:
        raise _fail(entry, f"posten er på {amount / 100:.2f} kr, men transaksjonene i den er "
                           f"{total / 100:.2f} kr")
