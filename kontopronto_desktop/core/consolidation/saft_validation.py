"""Checking a SAF-T file against its XSD on a second core while the import sums the same file.

libxml2 parses and validates without Python's GIL when no Python code runs per element: the
parser gets a target with no callbacks, so it builds no tree either (flat memory), and the file
is fed in large chunks from one long-lived worker thread, which also compiles the schemas it
uses (lxml documents and schemas stay in the thread that made them). The import waits for the
verdict before it returns anything, so a file that breaks the schema is still refused whole.
libxml2 reports streaming schema errors at "line 0"; when a check fails, the failing chunk is
fed again line by line to name the line.
"""

from __future__ import annotations

import threading
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from lxml import etree

from .saft_schema import XSD_DIR, XSD_FILES, strip_unmatchable_constraints

CHUNK = 4 << 20  # bytes per feed: few hand-overs of the GIL, and a stop request is seen within one
_worker: ThreadPoolExecutor | None = None
_worker_lock = threading.Lock()


@dataclass(frozen=True)
class SchemaProblem:
    """Why the file failed the check: ``kind`` "skjema" (valid XML, not SAF-T as the XSD says) or
    "xml" (not well-formed); ``line`` 0 if not known."""

    kind: str
    message: str
    line: int = 0


class _Discard:
    """A parser target without element callbacks: libxml2 builds nothing and never calls Python."""

    def close(self) -> None:
        return None


@cache
def _worker_schema(version: str) -> etree.XMLSchema:
    """The stripped XSD compiled in the worker thread (saft_schema.schema is the main thread's)."""
    tree = etree.parse(str(XSD_DIR / XSD_FILES[version]))
    strip_unmatchable_constraints(tree)
    return etree.XMLSchema(tree)


def _parser(version: str) -> etree.XMLParser:
    # the same options as the import's own reading: no DTD, no network, no size limit
    return etree.XMLParser(schema=_worker_schema(version), target=_Discard(), huge_tree=True,
                           load_dtd=False, no_network=True)


def _schema_errors(parser: etree.XMLParser) -> list[etree._LogEntry]:
    return [e for e in parser.feed_error_log if e.domain_name == "SCHEMASV" and e.level_name in ("ERROR", "FATAL")]


def _one_line(text: str) -> str:
    return " ".join(text.split())


class SchemaCheck:
    """One file's check, running on the worker thread from construction on."""

    def __init__(self, path: Path, version: str) -> None:
        self.path, self.version = Path(path), version
        self._stop = threading.Event()
        self.problem: SchemaProblem | None = None  # set as soon as it is known, read by the import's polls
        self._future: Future[SchemaProblem | None] = _pool().submit(self._run)

    def stop(self) -> None:
        """The import gave up (cancelled or refused the file itself): stop at the next chunk."""
        self._stop.set()

    def result(self) -> SchemaProblem | None:
        """Wait for the verdict: None if the file follows the schema."""
        return self._future.result()

    def _run(self) -> SchemaProblem | None:
        problem = self._check()
        self.problem = problem
        return problem

    def _check(self) -> SchemaProblem | None:
        parser = _parser(self.version)
        chunks = 0
        try:
            with open(self.path, "rb") as fh:
                while not self._stop.is_set():
                    data = fh.read(CHUNK)
                    if not data:
                        break
                    parser.feed(data)
                    errors = _schema_errors(parser)
                    if errors:
                        return SchemaProblem("skjema", _one_line(errors[0].message), self._locate(chunks))
                    chunks += 1
            if self._stop.is_set():
                return None
            parser.close()
        except etree.XMLSyntaxError as exc:  # not well-formed (truncated, say): that is the problem,
            # whatever libxml2 made of the cut element for the schema
            return SchemaProblem("xml", _one_line(str(exc)), getattr(exc, "lineno", 0) or 0)
        except OSError as exc:
            return SchemaProblem("xml", str(exc))
        return None

    def _locate(self, chunk: int) -> int:
        """The line at which the first schema error appears: the chunks before ``chunk`` fed
        whole, then that chunk a line at a time (only when the check failed)."""
        parser = _parser(self.version)
        line = 1
        try:
            with open(self.path, "rb") as fh:
                for _ in range(chunk):
                    data = fh.read(CHUNK)
                    parser.feed(data)
                    line += data.count(b"\n")
                for piece in fh.read(CHUNK).splitlines(keepends=True):
                    parser.feed(piece)
                    if _schema_errors(parser):
                        return line
                    line += piece.count(b"\n")
        except (etree.XMLSyntaxError, OSError):
            pass
        return line if _schema_errors(parser) else 0


def _pool() -> ThreadPoolExecutor:
    global _worker
    with _worker_lock:
        if _worker is None:
            _worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="saft-skjema")
        return _worker


def start_check(path: Path, version: str) -> SchemaCheck:
    """Begin checking ``path`` against the SAF-T XSD ``version`` ('1.20'/'1.30') in the background."""
    return SchemaCheck(path, version)
