"""Backup snapshot, chunked AEAD stream and manifest: what goes to the server, and tampering."""

from __future__ import annotations

import io
import os
import struct
import zlib
from pathlib import Path

import pytest

from kontopronto_desktop.core import members
from kontopronto_desktop.core.backup import crypto, snapshot
from kontopronto_desktop.core.backup.crypto import BackupIntegrityError, BackupKeys
from kontopronto_desktop.core.backup.manifest import Manifest, manifest_name, open_manifest, seal_manifest
from kontopronto_desktop.core.store import Store, open_store
from kontopronto_desktop.core.store.engine import raw_connect

from ..conftest import PASSPHRASE

KEYS = BackupKeys.from_data_key(b"k" * 32)
SMALL = 1024


def _encrypt(data: bytes, object_id: str = "obj", chunk: int = SMALL) -> bytes:
    stream, stats = crypto.encrypt_stream(io.BytesIO(data), KEYS, object_id, chunk_bytes=chunk)
    blob = b"".join(stream)
    assert stats.cipher_bytes == len(blob) and stats.plain_bytes == len(data)
    return blob


def _decrypt(blob: bytes, object_id: str = "obj") -> bytes:
    out = io.BytesIO()
    crypto.decrypt_stream(io.BytesIO(blob), KEYS, object_id, out.write)
    return out.getvalue()


def _records(blob: bytes) -> tuple[bytes, list[bytes]]:
    header, pos, records = blob[:crypto.HEADER_BYTES], crypto.HEADER_BYTES, []
    while pos < len(blob):
        (length,) = struct.unpack(">I", blob[pos:pos + 4])
        records.append(blob[pos:pos + 4 + length])
        pos += 4 + length
    return header, records


@pytest.mark.parametrize("size", [0, 1, SMALL - 1, SMALL, SMALL + 1, 5 * SMALL + 17])
def test_round_trip_any_size(size: int) -> None:
    data = os.urandom(size)
    assert _decrypt(_encrypt(data)) == data


def test_compressible_data_is_compressed_and_random_data_is_not() -> None:
    text = b"Kari Nordmann, Storgata 1, 0155 Oslo\n" * 2000
    _stream, stats = crypto.encrypt_stream(io.BytesIO(text), KEYS, "x", chunk_bytes=SMALL * 8)
    blob = b"".join(_stream)
    assert len(blob) < len(text) / 10 and stats.compressed_chunks == stats.chunks
    assert _decrypt(blob, "x") == text
    assert b"Nordmann" not in blob
    noise = os.urandom(SMALL * 4)
    assert len(_encrypt(noise)) > len(noise)  # stored raw, only framing added


def test_same_data_encrypts_differently_each_time() -> None:
    data = b"a" * 3000
    assert _encrypt(data) != _encrypt(data)


def test_altered_byte_is_detected() -> None:
    blob = bytearray(_encrypt(os.urandom(3 * SMALL)))
    blob[crypto.HEADER_BYTES + 4 + 100] ^= 0x01
    with pytest.raises(BackupIntegrityError, match="endret, avkortet eller i feil rekkefølge"):
        _decrypt(bytes(blob))


def test_altered_salt_in_header_is_detected() -> None:
    blob = bytearray(_encrypt(os.urandom(3 * SMALL)))
    blob[10] ^= 0x80
    with pytest.raises(BackupIntegrityError):
        _decrypt(bytes(blob))


def test_reordered_records_are_detected() -> None:
    header, records = _records(_encrypt(os.urandom(4 * SMALL + 5)))
    assert len(records) == 5
    swapped = header + records[1] + records[0] + b"".join(records[2:])
    with pytest.raises(BackupIntegrityError, match="del 1"):
        _decrypt(swapped)


def test_truncation_at_a_record_boundary_is_detected() -> None:
    header, records = _records(_encrypt(os.urandom(4 * SMALL + 5)))
    with pytest.raises(BackupIntegrityError):
        _decrypt(header + b"".join(records[:-1]))


def test_truncation_inside_a_record_is_detected() -> None:
    blob = _encrypt(os.urandom(4 * SMALL + 5))
    with pytest.raises(BackupIntegrityError, match="avkortet"):
        _decrypt(blob[:-7])
    with pytest.raises(BackupIntegrityError):
        _decrypt(blob[:crypto.HEADER_BYTES])


def test_appended_record_is_detected() -> None:
    header, records = _records(_encrypt(os.urandom(2 * SMALL + 5)))
    with pytest.raises(BackupIntegrityError):
        _decrypt(header + b"".join(records) + records[0])


def test_object_cannot_be_passed_off_as_another() -> None:
    blob = _encrypt(b"data" * 100, "snapshot-a")
    with pytest.raises(BackupIntegrityError):
        _decrypt(blob, "snapshot-b")


def test_wrong_key_is_refused() -> None:
    blob = _encrypt(b"data" * 100)
    other = BackupKeys.from_data_key(b"z" * 32)
    with pytest.raises(BackupIntegrityError):
        crypto.decrypt_stream(io.BytesIO(blob), other, "obj", lambda _b: None)


def test_names_are_stable_and_reveal_nothing() -> None:
    assert KEYS.store_tag == BackupKeys.from_data_key(b"k" * 32).store_tag
    assert KEYS.store_tag != BackupKeys.from_data_key(b"z" * 32).store_tag
    assert len(manifest_name(KEYS, 7)) == 32 and "7" != manifest_name(KEYS, 7)
    assert manifest_name(KEYS, 7) != manifest_name(KEYS, 8)


def _manifest(generation: int = 3) -> Manifest:
    return Manifest(snapshot_id="abc", store_id="s", generation=generation, base_generation=2,
                    created_at="2026-01-02T03:04:05+00:00", device="pc-a", db_bytes=10, db_sha256="00",
                    object_bytes=20, object_sha256="11", chunks=1, keys={"slots": []})


def test_manifest_is_sealed_and_bound_to_its_name() -> None:
    blob = seal_manifest(KEYS, _manifest())
    assert b"pc-a" not in blob and b"generation" not in blob
    assert open_manifest(KEYS, blob, manifest_name(KEYS, 3)) == _manifest()
    with pytest.raises(BackupIntegrityError, match="feil navn"):
        open_manifest(KEYS, blob, manifest_name(KEYS, 4))
    with pytest.raises(BackupIntegrityError):
        open_manifest(BackupKeys.from_data_key(b"z" * 32), blob)
    tampered = bytearray(blob)
    tampered[-3] ^= 1
    with pytest.raises(BackupIntegrityError):
        open_manifest(KEYS, bytes(tampered))


def test_snapshot_is_consistent_and_opens_with_the_same_key(store: Store, tmp_path: Path) -> None:
    with store.session() as s:
        members.create_member(s, {"name": "Ola Snapshot", "postcode": "0150", "city": "Oslo"})
    before = snapshot.fingerprint(store.path)
    with snapshot.taken(store, tmp_path) as snap:
        assert snap.exists() and not Path(str(snap) + "-wal").exists()
        conn = raw_connect(snap, store.key)
        try:
            assert conn.execute("SELECT count(*) FROM member WHERE name = 'Ola Snapshot'").fetchone()[0] == 1
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        finally:
            conn.close()
        folder = snap.parent
    assert not folder.exists()  # cleaned up
    with store.session() as s:
        members.create_member(s, {"name": "Kari Etterpå", "postcode": "0150", "city": "Oslo"})
    assert snapshot.fingerprint(store.path) != before


def test_backup_key_survives_a_passphrase_change(store: Store, store_path: Path) -> None:
    tag = BackupKeys.from_data_key(store.key).store_tag
    store.change_passphrase(PASSPHRASE, "et-helt-nytt-passord")
    store.close()
    with open_store(store_path, passphrase="et-helt-nytt-passord") as again:
        assert BackupKeys.from_data_key(again.key).store_tag == tag


def _old_style_object(chunks: list[bytes], flags: list[int], object_id: str = "gammel") -> bytes:
    """An object as the format allows and earlier versions wrote it: zlib chunks and raw ones mixed."""
    salt = os.urandom(crypto.SALT_BYTES)
    header = crypto.MAGIC + bytes([crypto.VERSION]) + salt
    aead = crypto.AESGCM(KEYS.object_key(salt, object_id))
    out = [header]
    for index, (chunk, flag) in enumerate(zip(chunks, flags, strict=True)):
        payload = zlib.compress(chunk, 6) if flag == 1 else chunk
        final = index == len(chunks) - 1
        sealed = aead.encrypt(struct.pack(">QI", index, 0), bytes([flag]) + payload,
                              header + struct.pack(">QB", index, 1 if final else 0))
        out.append(struct.pack(">I", len(sealed)) + sealed)
    return b"".join(out)


def test_an_object_with_zlib_chunks_from_an_earlier_version_still_restores() -> None:
    chunks = [os.urandom(SMALL), b"Kari Nordmann;0150 Oslo\n" * 80, os.urandom(SMALL // 2)]
    blob = _old_style_object(chunks, [1, 1, 0])  # even a random chunk compressed, as the old writer could
    assert _decrypt(blob, "gammel") == b"".join(chunks)


def test_sqlcipher_pages_are_stored_raw_judged_by_a_small_sample(store: Store) -> None:
    with store.session() as s:
        for n in range(40):
            members.create_member(s, {"name": f"Medlem {n}", "postcode": "0150", "city": "Oslo",
                                      "email": f"m{n}@example.no"})
    snapshot.settled_fingerprint(store)
    pages = store.path.read_bytes()
    assert len(pages) > 64 * 1024
    assert not crypto.worth_compressing(pages)  # ciphertext: the sample does not shrink
    stream, stats = crypto.encrypt_stream(io.BytesIO(pages), KEYS, "butikk", chunk_bytes=16 * 1024)
    blob = b"".join(stream)
    assert stats.compressed_chunks == 0 and stats.chunks == -(-len(pages) // (16 * 1024))
    assert _decrypt(blob, "butikk") == pages


def test_only_the_compressible_chunk_of_a_mixed_stream_is_compressed() -> None:
    big = 128 * 1024
    text = (b"Medlemskontingent 2026;Kari Nordmann;0150 Oslo;" * 4000)[:big]
    data = os.urandom(big) + text + os.urandom(big)
    stream, stats = crypto.encrypt_stream(io.BytesIO(data), KEYS, "blandet", chunk_bytes=big)
    blob = b"".join(stream)
    assert stats.chunks == 3 and stats.compressed_chunks == 1
    assert len(blob) < len(data) - big // 2
    assert _decrypt(blob, "blandet") == data


def test_encrypting_reads_exactly_the_given_size() -> None:
    data = os.urandom(3 * SMALL + 5)
    stream, stats = crypto.encrypt_stream(io.BytesIO(data + b"bak slutten"), KEYS, "obj", chunk_bytes=SMALL,
                                          size=len(data))
    assert _decrypt(b"".join(stream)) == data and stats.plain_bytes == len(data)


def test_live_snapshot_is_the_store_file_and_does_not_block_writers(store: Store) -> None:
    with store.session() as s:
        members.create_member(s, {"name": "Ola Før", "postcode": "0150", "city": "Oslo"})
    with snapshot.frozen(store) as snap:
        assert snap.method == "live" and snap.size == store.path.stat().st_size
        with store.session() as s:  # another connection writes while the file is held
            members.create_member(s, {"name": "Kari Under", "postcode": "0150", "city": "Oslo"})
        with store.engine.connect() as conn:  # and a checkpoint cannot copy it into the file
            conn.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)")
        copied = snap.file.read(snap.size)
    assert Path(str(store.path) + "-wal").stat().st_size > 0  # the write went to the -wal meanwhile
    copy = store.path.with_name("kopi.kpdb")
    copy.write_bytes(copied)
    conn = raw_connect(copy, store.key)
    try:
        names = {r[0] for r in conn.execute("SELECT name FROM member")}
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()
    assert "Ola Før" in names and "Kari Under" not in names
