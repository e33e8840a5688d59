"""The archive of issued documents: bytes kept as issued, hashed, never replaced, checked."""

from __future__ import annotations

import hashlib

import pytest
from sqlalchemy import update

from kontopronto_desktop.core import documents, integrity
from kontopronto_desktop.core.errors import NotFound, UserError
from kontopronto_desktop.core.models.document import IssuedDocument

PDF = b"%PDF-1.4\n% a tiny stand-in for an issued invoice\n%%EOF\n"


def test_archive_and_read_back(store) -> None:  # type: ignore[no-untyped-def]
    with store.session() as s:
        digest = documents.archive_document(s, documents.INVOICE, 7, 42, PDF)
    assert digest == hashlib.sha256(PDF).hexdigest()
    with store.session() as s:
        assert documents.archived_pdf(s, documents.INVOICE, 7) == PDF
        info = documents.archived_info(s, documents.INVOICE, 7)
        assert info is not None and info.number == "42" and info.sha256 == digest and not info.late
        assert documents.hashes(s, documents.INVOICE, [7, 8]) == {7: digest}
        with pytest.raises(NotFound):
            documents.archived_pdf(s, documents.CREDIT_NOTE, 7)  # same ref id, other kind
        with pytest.raises(NotFound):
            documents.archived_pdf(s, documents.INVOICE, 8)


def test_an_archived_document_is_never_replaced(store) -> None:  # type: ignore[no-untyped-def]
    with store.session() as s:
        documents.archive_document(s, documents.REMINDER, 1, "P-1", PDF)
    with pytest.raises(UserError, match="allerede arkivert"), store.session() as s:
        documents.archive_document(s, documents.REMINDER, 1, "P-1", PDF + b"changed")
    with store.session() as s:
        assert documents.archived_pdf(s, documents.REMINDER, 1) == PDF
    with pytest.raises(ValueError):
        documents.archive_document(s, documents.REMINDER, 2, "P-2", b"not a pdf")


def test_bulk_archive_and_check_finds_tampering(store) -> None:  # type: ignore[no-untyped-def]
    with store.session() as s:
        got = documents.archive_many(s, [(documents.INVOICE, i, i, PDF + bytes([i])) for i in range(1, 4)])
    assert got[2] == hashlib.sha256(PDF + b"\x02").hexdigest()
    with store.session() as s:
        assert documents.documents_match_hashes(s) == []
        s.execute(update(IssuedDocument).where(IssuedDocument.ref_id == 2).values(pdf=PDF + b"forged"))
    with store.session() as s:
        problems = integrity.check_store(s)
    assert any("faktura 2" in p and "sjekksummen" in p for p in problems)


def test_erased_document_keeps_its_trace(store) -> None:  # type: ignore[no-untyped-def]
    with store.session() as s:
        documents.archive_document(s, documents.INVOICE, 5, 5, PDF)
    with store.session() as s:
        assert documents.erase_document(s, documents.INVOICE, 5)
    with store.session() as s:
        with pytest.raises(NotFound, match="oppbevaringstiden"):
            documents.archived_pdf(s, documents.INVOICE, 5)
        info = documents.archived_info(s, documents.INVOICE, 5)
        assert info is not None and info.erased and info.size == 0
        assert documents.documents_match_hashes(s) == []


def test_fresh_store_has_no_legacy_invoices(store) -> None:  # type: ignore[no-untyped-def]
    with store.session() as s:
        assert documents.legacy_max_id(s, documents.INVOICE) == 0
