"""ISO 20022 camt.054 (debit/credit notification) and camt.053 (statement), read with lxml.

Norwegian banks put the KID in ``TxDtls/RmtInf/Strd/CdtrRefInf/Ref`` and the payer's message
in ``RmtInf/Ustrd``; a batched entry (one ``Ntry``) carries one ``TxDtls`` per payer. Only
booked credit entries are payments to us; debits and reversals are listed as skipped. Any
element we cannot read rejects the whole file, naming the element and its line.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal
from typing import BinaryIO

from lxml import etree

from ..inputs import InputError, refuse_dtd
from ..inputs.limits import MAX_ROWS, grouped
from ..inputs.numbers import MAX_PAYMENT_ORE
from ..inputs.stream import Source, as_stream, count_bytes, decodes_as, head, is_ascii
from ..inputs.xml import PROLOG_BYTES
from .bankfile import BankFileError, BankTransaction, ParsedFile, make_ref

_AMOUNT = re.compile(r"^-?\d{1,18}(\.\d{1,2})?$", re.ASCII)
_NS = re.compile(r"^urn:iso:std:iso:20022:tech:xsd:camt\.(05[234])\.001\.(\d\d)$")
_KINDS = {"053": ("BkToCstmrStmt", "Stmt"), "054": ("BkToCstmrDbtCdtNtfctn", "Ntfctn")}


class _Reader:
    """Child lookups by XPath compiled once per path (``el.xpath(...)`` compiles on every call,
    which was most of the reading time for a big file)."""

    def __init__(self, ns: str) -> None:
        self.ns = {"c": ns}
        self._compiled: dict[str, etree.XPath] = {}

    def all(self, el: etree._Element, path: str) -> list[etree._Element]:
        xpath = self._compiled.get(path)
        if xpath is None:
            xpath = self._compiled[path] = etree.XPath(path, namespaces=self.ns)
        return list(xpath(el))  # type: ignore[arg-type]

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
    """The amount in øre (zero allowed, the caller skips it); at most 1 milliard kroner."""
    el = r.first(parent, path)
    if el is None:
        return None
    text = (el.text or "").strip()
    ccy = el.get("Ccy", "NOK")
    if ccy != "NOK":
        raise _fail(el, f"beløpet er i {ccy}; bare NOK støttes")
    if not _AMOUNT.match(text):  # ISO 20022 ActiveOrHistoricCurrencyAndAmount: digits, a dot, decimals
        raise _fail(el, f"«{text[:40]}» er ikke et beløp")
    ore = int(Decimal(text) * 100)
    if ore > MAX_PAYMENT_ORE:
        raise _fail(el, f"beløpet {text} er over grensen på 1 milliard kroner")
    return ore


_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$", re.ASCII)
_ISO_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}:\d{2})?$", re.ASCII)


def _date(r: _Reader, entry: etree._Element) -> date:
    """BookgDt (or ValDt) as ISODate or ISODateTime, strictly: "25:00", "20260202" and year 0001
    are not dates a bank books on."""
    for path in ("c:BookgDt/c:Dt", "c:BookgDt/c:DtTm", "c:ValDt/c:Dt", "c:ValDt/c:DtTm"):
        el = r.first(entry, path)
        if el is None:
            continue
        text = (el.text or "").strip()
        try:
            if path.endswith("DtTm"):
                if not _ISO_DATETIME.match(text):
                    raise ValueError
                when = datetime.fromisoformat(text.replace("Z", "+00:00")[:32]).date()
            else:
                if not _ISO_DATE.match(text):
                    raise ValueError
                when = date.fromisoformat(text)
        except ValueError:
            raise _fail(el, f"«{text[:40]}» er ikke en dato") from None
        if not 2000 <= when.year <= 2099:
            raise _fail(el, f"«{text}» har et årstall som ikke kan stemme")
        return when
    raise _fail(entry, "bokføringsdato (BookgDt) mangler")


_DECLARED = re.compile(rb"""^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._-]+)["']""")
_SINGLE_BYTE = {"iso-8859-1", "iso8859-1", "latin1", "latin-1", "iso-8859-15", "windows-1252", "cp1252"}


def _refuse_mislabelled(handle: BinaryIO) -> None:
    """A file that says ISO-8859-1 but holds UTF-8 would store "Ã˜ystein" for "Øystein"."""
    m = _DECLARED.match(head(handle, 200).lstrip(b"\xef\xbb\xbf"))
    if m is None or m.group(1).decode().lower() not in _SINGLE_BYTE or is_ascii(handle):
        return
    if not decodes_as(handle, "utf-8"):
        return  # really single-byte text
    raise BankFileError(f"camt-filen oppgir tegnsettet {m.group(1).decode()}, men innholdet er UTF-8; navn og "
                        "tekster ville blitt feil (f.eks. «Ã˜» for «Ø»). Last ned filen på nytt fra banken. "
                        "Ingenting er bokført.")


def _account(r: _Reader, parent: etree._Element) -> str:
    return r.text(parent, "c:Acct/c:Id/c:IBAN") or r.text(parent, "c:Acct/c:Id/c:Othr/c:Id")


def _root_kind(root: etree._Element) -> tuple[str, str]:
    """(namespace, "053"/"054") of a camt Document, or a refusal saying what the file is."""
    qname = etree.QName(root)
    match = _NS.match(qname.namespace or "")
    if qname.localname != "Document" or match is None:
        raise BankFileError(f"Filen er ikke en camt.053 eller camt.054 (rotelement «{qname.localname}», "
                            f"navnerom «{qname.namespace or '–'}»). Ingenting er bokført.")
    kind = match.group(1)
    if kind not in _KINDS:
        raise BankFileError(f"camt.{kind} støttes ikke; last ned camt.053 (kontoutskrift) eller camt.054 "
                            "(innbetalinger) fra banken. Ingenting er bokført.")
    return qname.namespace or "", kind


def parse_camt(data: Source) -> ParsedFile:
    """Every booked credit of the file, read in one streaming pass from the file.

    ``iterparse`` hands over each <Ntry> when it ends; the statement's Id and Acct come before its
    entries (ISO 20022 order), so they are read once per statement, and each entry is dropped once
    read: time stays linear in the file (the old tree-and-XPath reader looked the statement up once
    per entry, quadratic: 32 MB took 333 s). Whatever has been read is dropped from the tree too
    (the group header once its MsgId is known, a statement's other elements once its first entry
    came, a statement once it ended), so memory is what is booked plus one entry, not the file:
    padding or unknown elements between entries are never kept (libxml2 refuses a single text node
    over 10 MB without ``huge_tree``). The checks that need the whole file (the DTD, the declared
    encoding, the number of entries) read it in chunks first.
    """
    handle = as_stream(data)
    try:
        refuse_dtd(head(handle, PROLOG_BYTES), "camt-filen")
    except InputError as exc:
        raise BankFileError(exc.message.replace("Ingenting er lagret.", "Ingenting er bokført.")) from None
    _refuse_mislabelled(handle)
    if count_bytes(handle, b"Ntry>") // 2 > MAX_ROWS:  # <Ntry> ... </Ntry> (any prefix): too many, before parsing
        raise BankFileError(f"camt-filen har mer enn {grouped(MAX_ROWS)} poster; last ned en kortere periode. Ingenting er bokført.")
    handle.seek(0)
    events = etree.iterparse(handle, events=("end",), tag=("{*}Ntry", "{*}GrpHdr", "{*}Stmt", "{*}Ntfctn"),
                             no_network=True, load_dtd=False, resolve_entities=False, huge_tree=False,
                             remove_comments=True, remove_pis=True)
    parsed: ParsedFile | None = None
    r: _Reader | None = None
    tags: dict[str, str] = {}
    msg_id = ""
    stmt: etree._Element | None = None
    stmt_info = ("", "")
    n_entry = 0
    try:
        for _event, elem in events:
            if r is None:  # the first GrpHdr or Ntry: the root is known now
                ns, kind = _root_kind(elem.getroottree().getroot())
                r = _Reader(ns)
                message, block = _KINDS[kind]
                tags = {"message": f"{{{ns}}}{message}", "block": f"{{{ns}}}{block}", "Ntry": f"{{{ns}}}Ntry",
                        "GrpHdr": f"{{{ns}}}GrpHdr"}
                parsed = ParsedFile(f"camt{kind}")
            tag = elem.tag
            parent = elem.getparent()
            if parent is None:
                continue
            if tag == tags["GrpHdr"]:
                if parent.tag == tags["message"]:
                    msg_id = r.text(elem, "c:MsgId")
                    elem.clear(keep_tail=True)
                continue
            if tag == tags["block"]:
                if parent.tag == tags["message"]:  # a statement has ended: it and what came before it go
                    elem.clear(keep_tail=True)
                    _drop_before(elem)
                continue
            if tag != tags["Ntry"] or parent.tag != tags["block"]:
                continue
            assert parsed is not None
            if parent is not stmt:
                stmt, n_entry = parent, 0
                stmt_info = (_account(r, parent), f"{msg_id}:{r.text(parent, 'c:Id')}")
            n_entry += 1
            _entry(r, parsed, elem, stmt_info[0], stmt_info[1], n_entry)
            if len(parsed.transactions) > MAX_ROWS:
                raise BankFileError(f"camt-filen har mer enn {grouped(MAX_ROWS)} innbetalinger; last ned en kortere periode. Ingenting er bokført.")
            elem.clear(keep_tail=True)
            _drop_before(elem)  # earlier entries, and the statement's Id, Acct, balances: read already
    except etree.XMLSyntaxError as exc:
        line = exc.position[0] if exc.position else exc.lineno
        why = " ".join(str(exc.msg).split())  # libxml2's messages may end in a line break: one line for the CLI
        raise BankFileError(f"camt-filen er ikke gyldig XML (linje {line}: {why}). Filen kan være avkortet. "
                            "Ingenting er bokført.") from None
    root = events.root
    if root is None:
        raise BankFileError("camt-filen er tom. Ingenting er bokført.")
    if parsed is None:  # no GrpHdr and no entry: say what the file is, or that the message is missing
        ns, kind = _root_kind(root)
        parsed = ParsedFile(f"camt{kind}")
        tags["message"] = f"{{{ns}}}{_KINDS[kind][0]}"
    if root.find(tags["message"]) is None:
        raise _fail(root, f"elementet <{etree.QName(tags['message']).localname}> mangler")
    return parsed


def _drop_before(elem: etree._Element) -> None:
    """Remove the elements before ``elem`` under its parent (their tails go with them)."""
    parent = elem.getparent()
    if parent is None:
        return
    while (prev := elem.getprevious()) is not None:
        parent.remove(prev)


def _skip(parsed: ParsedFile, el: etree._Element, amount: int, why: str) -> None:
    parsed.skipped.append(f"Linje {el.sourceline}: {why}")
    parsed.skipped_ore += amount


def _entry(r: _Reader, parsed: ParsedFile, entry: etree._Element, account: str, stmt_id: str,
           n_entry: int) -> None:
    """One <Ntry>: its payments, or why it is skipped.

    A payment's identity is what the bank guarantees unique: the transaction's own AcctSvcrRef;
    else the entry's AcctSvcrRef (the account servicer's, unique for the account) and the
    transaction's position in the entry; else the entry's NtryRef (unique in the statement) or
    its position, within this statement. Never the payer's EndToEndId or TxId: payers repeat them
    ("NOTPROVIDED", "1", an invoice number), and a repeat would make a different payment look
    "imported before".
    """
    amount = _amount(r, entry, "c:Amt")
    if amount is None:
        raise _fail(entry, "beløp (Amt) mangler")
    side = r.text(entry, "c:CdtDbtInd")
    if side not in ("CRDT", "DBIT"):
        raise _fail(entry, f"CdtDbtInd er «{side}», skal være CRDT eller DBIT")
    status = r.text(entry, "c:Sts/c:Cd") or r.text(entry, "c:Sts")
    booked_on = _date(r, entry)
    if amount < 0:
        raise _fail(entry.find(f"{{{r.ns['c']}}}Amt"), "beløpet er negativt; retningen står i CdtDbtInd")
    if side == "DBIT" or r.text(entry, "c:RvslInd").lower() == "true":
        _skip(parsed, entry, -amount, f"utgående eller tilbakeført post på {amount / 100:.2f} kr er ikke en "
                                      "innbetaling og er hoppet over.")
        return
    if status and status != "BOOK":
        _skip(parsed, entry, amount, f"post med status {status} (ikke bokført) er hoppet over.")
        return
    if amount == 0:
        _skip(parsed, entry, 0, "post på 0,00 kr er hoppet over.")
        return
    details = r.all(entry, "c:NtryDtls/c:TxDtls")
    servicer_ref = r.text(entry, "c:AcctSvcrRef")
    entry_ref = servicer_ref or r.text(entry, "c:NtryRef")
    if servicer_ref:
        base: tuple[str, ...] = (servicer_ref,)
    elif entry_ref:
        base = (stmt_id, f"ref={entry_ref}")
    else:
        base = (stmt_id, f"#{n_entry}")
    if not details:
        parsed.transactions.append(BankTransaction(
            ref=make_ref("camt", account, *base), booked_on=booked_on, amount_ore=amount,
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
        if tx_amount < 0:
            raise _fail(tx, "beløpet er negativt")
        total += tx_amount
        if tx_amount == 0:
            _skip(parsed, tx, 0, "transaksjon på 0,00 kr er hoppet over.")
            continue
        own = r.text(tx, "c:Refs/c:AcctSvcrRef")
        ref = make_ref("camt", account, own) if own else make_ref("camt", account, *base, n)
        kid = "".join(r.text(tx, "c:RmtInf/c:Strd/c:CdtrRefInf/c:Ref").split())
        free = " ".join(t.text.strip() for t in r.all(tx, "c:RmtInf/c:Ustrd") if t.text)
        if kid and (not kid.isascii() or not kid.isdigit() or len(kid) > 25):  # not a KID: leave it to a person
            free, kid = f"{free} (referanse: {kid[:40]})".strip(), ""
        payer = (r.text(tx, "c:RltdPties/c:Dbtr/c:Nm") or r.text(tx, "c:RltdPties/c:Dbtr/c:Pty/c:Nm")
                 or r.text(tx, "c:RltdPties/c:UltmtDbtr/c:Nm"))
        payer_account = (r.text(tx, "c:RltdPties/c:DbtrAcct/c:Id/c:IBAN")
                         or r.text(tx, "c:RltdPties/c:DbtrAcct/c:Id/c:Othr/c:Id"))
        parsed.transactions.append(BankTransaction(
            ref=ref, booked_on=booked_on, amount_ore=tx_amount, kid=kid,
            archive_ref=own or entry_ref, payer_name=payer, payer_account=payer_account, text=free,
            where=f"<TxDtls> linje {tx.sourceline}"))
    if total != amount:
        raise _fail(entry, f"posten er på {amount / 100:.2f} kr, men transaksjonene i den er "
                           f"{total / 100:.2f} kr")
