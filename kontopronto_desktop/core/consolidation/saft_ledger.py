"""SAF-T GeneralLedgerEntries: the voucher lines summed per account while the file streams.

Two readers fill the same totals. ``read_transaction`` walks one transaction's children by
hand and copes with any shape (it serves imports without the schema check). ``submit`` is the
hot path when the schema is checked alongside (saft_validation.py): batches of finished
transactions are moved out of the parser's tree in one go and a worker thread turns each into
text rows with one libxslt pass (no GIL held), while the reading thread parses on and sums the
batch before: a row per kind of value, so amounts become øre by C-level calls over a whole row
and Python only adds each line to its account. The rows rely on the order the schema fixes (TransactionID first; in a Line one
DebitAmount or CreditAmount), so their figures are only used if that check passes; a file that
breaks the schema is refused. Either way a transaction is freed once read: memory stays flat.
"""

from __future__ import annotations

import queue
import re
import threading
from collections import deque
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from lxml import etree

from .parsed import ParsedAccount
from .saft_checks import DuplicateIds
from .saft_parties import PartyCollector, PendingLine

#: transactions read per batch walk: big enough to spread lxml's per-call set-up, small
#: enough that the tree stays tiny
BATCH = 256
_PROGRESS_EVERY = 10000


class GeneralLedger:
    """Running totals of the GL voucher lines of one file."""

    def __init__(self, chart: dict[str, ParsedAccount], amount: Callable[[str], int],
                 clear: Callable[[Any], None], poll: Callable[[int], None]) -> None:
        self.chart = chart  # AccountID -> account, filled by the caller as MasterFiles stream past
        self.amount = amount  # "1234.50" -> øre (raises SaftError on nonsense)
        self.clear = clear  # drops a finished element and its earlier siblings
        self.poll = poll  # called with the line count every 10,000 lines (progress, cancel, schema)
        self.movements: dict[str, int] = {}
        self.debit = self.credit = self.lines = 0
        self.parties = PartyCollector()
        self.transaction_ids = DuplicateIds("TransactionID")
        self.first_unknown_line: dict[str, int] = {}
        self.tags: tuple[str, ...] = ()
        self.pending: list[PendingLine] = []
        self._inflight: deque[_Job] = deque()  # batches with the row worker, oldest first

    def set_namespace(self, namespace: str) -> None:
        """Tags as full strings ("{urn:…}Line"), compared by equality instead of parsing each one."""
        self.tags = tuple(namespace + name for name in (
            "Transaction", "TransactionID", "AccountID", "DebitAmount", "CreditAmount", "CustomerID", "SupplierID",
            "Line", "Amount", "Journal"))

    def read_transaction(self, elem: Any) -> None:
        """One finished Transaction, any shape: every child looked at, last AccountID wins."""
        _tx, tid_tag, account_tag, debit_tag, credit_tag, customer_tag, supplier_tag, line_tag, amount_tag, _j = (
            self.tags)
        for child in elem:  # the schema puts TransactionID first
            if child.tag == tid_tag:
                self.transaction_ids.add((child.text or "").strip(), child.sourceline)
            break
        movements, pending = self.movements, self.pending
        for line in elem:
            if line.tag != line_tag:
                continue
            account = party = ""
            line_value = 0
            for child in line:
                ctag = child.tag
                if ctag == account_tag:
                    account = (child.text or "").strip()
                elif ctag == debit_tag or ctag == credit_tag:
                    for sub in child:  # Amount comes first in AmountStructure
                        if sub.tag == amount_tag:
                            value = self.amount((sub.text or "").strip())
                            if ctag == debit_tag:
                                self.debit += value
                                line_value += value
                            else:
                                self.credit += value
                                line_value -= value
                            break
                elif ctag == customer_tag:
                    party = "C:" + (child.text or "").strip()
                elif ctag == supplier_tag:
                    party = "S:" + (child.text or "").strip()
            movements[account] = movements.get(account, 0) + line_value
            if account not in self.chart and account not in self.first_unknown_line:
                self.first_unknown_line[account] = line.sourceline or 0
            pending.append((account, line_value, party))
            self.lines += 1
            if self.lines % _PROGRESS_EVERY == 0:
                self.poll(self.lines)
        self.parties.end_transaction(pending)
        pending.clear()

    def submit(self, transactions: list[Any]) -> None:
        """Finished Transactions of one Journal, moved out of the parser's tree in one go and
        handed to the row worker; the batch before them is read meanwhile (at most two are alive).

        Moving them (with the whitespace after each) and deleting what came before them in the
        Journal is what keeps the tree small: no element is cleared one by one. The parser may
        already have begun the transaction after them; it stays where it is.
        """
        journal = transactions[0].getparent()
        before = transactions[0].getprevious()
        container = etree.Element(self.tags[9], nsmap={None: self.tags[9][1:].split("}")[0]}
                                  if self.tags[9].startswith("{") else None)
        container.extend(transactions)
        if before is not None and journal is not None:
            del journal[: journal.index(before) + 1]  # JournalID …, comments between transactions
        job = _Job(container, transactions, self.tags)
        self._inflight.append(job)
        _submit(job)
        while len(self._inflight) > 1:
            self._finish(self._inflight.popleft())

    def flush(self) -> None:
        """Read every batch still with the worker (the file has been read to its end)."""
        while self._inflight:
            self._finish(self._inflight.popleft())

    def abandon(self) -> None:
        """The import stops early: wait for the worker to let go of its batches, read nothing more
        (the batches are freed here, in the thread whose parser made their names)."""
        for job in self._inflight:
            job.done.wait()
        self._inflight.clear()

    def _finish(self, job: _Job) -> None:
        job.done.wait()
        if job.error is not None:
            raise job.error
        if job.text is None or not self._read_rows(job.text, job.transactions):
            for elem in job.transactions:
                self.read_transaction(elem)

    def _read_rows(self, text: str, transactions: list[Any]) -> bool:
        """One batch's rows from _rows (see _ROWS_XSLT); False, with nothing changed, if an amount
        is in a form the rows cannot sum exactly (spaces around it, a sign, three decimals …):
        the batch is then read transaction by transaction.

        Python touches each line only to add it to its account: the amounts are checked by one
        regular expression and turned into integer øre by C-level calls over the whole row."""
        rows = text.split("\n")
        n_tx, n_lines, n_credit, traded = (int(n) for n in rows[-1].split(" "))
        amounts = rows[2]
        if amounts.count("-") != n_credit:  # a signed amount: "-" would not tell a credit line
            return False
        if _IN_ORE.fullmatch(amounts):  # "1234.50" and "-1234.50": øre are the digits
            values = list(map(int, amounts.replace(".", "").split("\t")[:-1]))
        elif _PLAIN.fullmatch(amounts):  # "1234", "12.5" (the official example files)
            values = [int(value * 100) for value in map(Decimal, amounts.split("\t")[:-1])]
        else:
            return False
        accounts = rows[1].split("\t")[:-1]
        sums: dict[str, int] = {}
        get = sums.get
        for account, value in zip(accounts, values, strict=True):
            sums[account] = get(account, 0) + value
        total, size = sum(values), sum(map(abs, values))  # debit - credit, debit + credit
        self.debit += (size + total) // 2
        self.credit += (size - total) // 2
        chart, movements, first_unknown = self.chart, self.movements, self.first_unknown_line
        for raw, value in sums.items():
            account = raw.strip()
            movements[account] = movements.get(account, 0) + value
            if account not in chart and account not in first_unknown:
                first_unknown[account] = self._first_line(transactions, account)
        if traded:
            self._read_parties(rows[3:3 + n_tx], accounts, values)
        tid_tag = self.tags[1]
        self.transaction_ids.add_many(rows[0].split("\t")[:-1],
                                      lambda i: next(transactions[i].iterchildren(tid_tag)).sourceline or 0)
        before, self.lines = self.lines, self.lines + n_lines
        for mark in range(before // _PROGRESS_EVERY + 1, self.lines // _PROGRESS_EVERY + 1):
            self.poll(mark * _PROGRESS_EVERY)
        return True

    def _read_parties(self, rows: list[str], accounts: list[str], values: list[int]) -> None:
        """One row per transaction, "C:<id>" / "S:<id>" / "" per line: the party attribution
        needs a traded transaction's lines together."""
        pending, end_transaction = self.pending, self.parties.end_transaction
        line = 0
        for row in rows:
            parties = row.split("\t")[:-1]
            if any(parties):
                for party in parties:
                    pending.append((accounts[line].strip(), values[line], party[:2] + party[2:].strip()))
                    line += 1
                end_transaction(pending)
                pending.clear()
            else:
                line += len(parties)

    def _first_line(self, transactions: list[Any], account: str) -> int:
        """The line in the file of the batch's first voucher line on ``account`` (for a warning)."""
        account_tag, line_tag = self.tags[2], self.tags[7]
        for elem in transactions:
            for line in elem.iterchildren(line_tag):
                for child in line.iterchildren(account_tag):
                    if (child.text or "").strip() == account:
                        return int(line.sourceline or 0)
        return 0


#: a row of amounts as the stylesheet writes them, each followed by a tab, "-" before a credit
_IN_ORE = re.compile(r"(?:-?[0-9]{1,15}\.[0-9]{2}\t)*", re.ASCII)
_PLAIN = re.compile(r"(?:-?[0-9]{1,15}(?:\.[0-9]{0,2})?\t)*", re.ASCII)

#: One batch as text, a row per kind of value, each value followed by a tab: the
#: TransactionIDs; the lines' AccountIDs; their amounts ("-" before a credit amount); if a line
#: names a customer or supplier, one row per transaction of "C:<id>"/"S:<id>"/"" per line; last
#: four counts: transactions, lines, credit lines, 1 if the party rows are there. (The reader's
#: parser drops comments and processing instructions, so a value's text is all there is of it.)
_ROWS_XSLT = """<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:x="{ns}">
<xsl:output method="text" encoding="UTF-8"/>
<xsl:param name="skip"/><xsl:param name="n"/>
<xsl:template match="/"><xsl:apply-templates select="x:Journal"/></xsl:template>
<xsl:template match="x:Journal">
 <xsl:variable name="batch" select="x:Transaction[position() &gt; $skip and position() &lt;= $n]"/>
 <xsl:variable name="lines" select="$batch/x:Line"/>
 <xsl:variable name="traded" select="boolean($lines/x:CustomerID or $lines/x:SupplierID)"/>
 <xsl:for-each select="$batch"><xsl:value-of select="x:TransactionID"/><xsl:text>&#9;</xsl:text></xsl:for-each>
 <xsl:text>&#10;</xsl:text>
 <xsl:for-each select="$lines"><xsl:value-of select="x:AccountID"/><xsl:text>&#9;</xsl:text></xsl:for-each>
 <xsl:text>&#10;</xsl:text>
 <xsl:for-each select="$lines">
  <xsl:choose>
   <xsl:when test="x:DebitAmount"><xsl:value-of select="x:DebitAmount/x:Amount"/></xsl:when>
   <xsl:otherwise><xsl:text>-</xsl:text><xsl:value-of select="x:CreditAmount/x:Amount"/></xsl:otherwise>
  </xsl:choose>
  <xsl:text>&#9;</xsl:text>
 </xsl:for-each>
 <xsl:text>&#10;</xsl:text>
 <xsl:if test="$traded">
  <xsl:for-each select="$batch">
   <xsl:for-each select="x:Line">
    <xsl:choose>
     <xsl:when test="x:SupplierID"><xsl:text>S:</xsl:text><xsl:value-of select="x:SupplierID"/></xsl:when>
     <xsl:when test="x:CustomerID"><xsl:text>C:</xsl:text><xsl:value-of select="x:CustomerID"/></xsl:when>
    </xsl:choose>
    <xsl:text>&#9;</xsl:text>
   </xsl:for-each>
   <xsl:text>&#10;</xsl:text>
  </xsl:for-each>
 </xsl:if>
 <xsl:value-of select="count($batch)"/><xsl:text> </xsl:text><xsl:value-of select="count($lines)"/>
 <xsl:text> </xsl:text><xsl:value-of select="count($lines/x:CreditAmount)"/>
 <xsl:text> </xsl:text><xsl:value-of select="number($traded)"/>
</xsl:template>
</xsl:stylesheet>"""
_local = threading.local()  # lxml wants an XSLT used in the thread that compiled it


class _Job:
    """One batch of detached transactions on its way through the row worker."""

    __slots__ = ("container", "transactions", "tags", "text", "error", "done")

    def __init__(self, container: Any, transactions: list[Any], tags: tuple[str, ...]) -> None:
        self.container, self.transactions, self.tags = container, transactions, tags
        self.text: str | None = None
        self.error: BaseException | None = None
        self.done = threading.Event()


_jobs: queue.SimpleQueue[_Job] | None = None
_jobs_lock = threading.Lock()


def _row_worker(jobs: queue.SimpleQueue[_Job]) -> None:
    """Runs _rows for each batch: libxslt works without the GIL while the reading thread parses on.

    It lets go of the job before saying it is done, so the batch is always freed by the reading
    thread (never here while that thread's parser may be interning names in the same dictionary).
    """
    while True:
        job = jobs.get()
        try:
            job.text = _rows(job.container, job.tags, 0, len(job.transactions))
        except BaseException as exc:  # noqa: BLE001 - raised again in the reading thread
            job.error = exc
        done = job.done
        del job
        done.set()


def _submit(job: _Job) -> None:
    global _jobs
    with _jobs_lock:
        if _jobs is None:
            _jobs = queue.SimpleQueue()
            threading.Thread(target=_row_worker, args=(_jobs,), name="saft-rader", daemon=True).start()
    _jobs.put(job)


def _stylesheet(namespace: str) -> etree.XSLT:
    cache: dict[str, etree.XSLT] = _local.__dict__.setdefault("xslt", {})
    if namespace not in cache:
        cache[namespace] = etree.XSLT(etree.XML(_ROWS_XSLT.replace("{ns}", namespace.strip("{}"))))
    return cache[namespace]


def _rows(journal: Any, tags: tuple[str, ...], skip: int, count: int) -> str | None:
    """The batch as text (_ROWS_XSLT), or None if its rows would not be exact.

    Values only ever add tabs and line breaks, so the text is exact when it has just the rows
    the stylesheet writes and each row just one tab per value; else the batch goes the slow way.
    """
    namespace = tags[0][: -len("Transaction")]
    if not namespace.startswith("{"):  # no namespace: not a valid SAF-T file; the check refuses it
        return None
    text = str(_stylesheet(namespace)(journal, skip=str(skip), n=str(skip + count)))
    rows = text.split("\n")
    try:
        transactions, lines, _credits, traded = (int(n) for n in rows[-1].split(" "))
    except ValueError:
        return None
    parties = rows[3:-1]
    if (transactions != count or len(rows) != 4 + (transactions if traded else 0)
            or rows[0].count("\t") != transactions or rows[1].count("\t") != lines
            or rows[2].count("\t") != lines or sum(row.count("\t") for row in parties) != (lines if traded else 0)):
        return None
    return text
