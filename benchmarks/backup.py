"""Hosted backup: a ~200 MB store pushed to and restored from a local SeaweedFS server.

    .venv/bin/python benchmarks/backup.py [--mb 200] [--members 20000] [--runs 3]

Builds an encrypted store of about the given size (demo members plus filler), starts a real
``weed server -s3`` on 127.0.0.1 (as the tests do), then measures in the same run, ``--runs``
times each, a push and a plain upload taking turns (the machine may be busy; medians count):

- push: snapshot (the live file under a read transaction, or the online backup as fallback),
  encrypt (chunked AES-256-GCM; compression only where a sample shrinks), upload (multipart)
- a plain boto3 ``upload_file`` of a file of the same size to the same server: our limit
- restore: download+decrypt+hash checks, then the SQLCipher and program integrity checks
- a plain boto3 ``download_file`` of the same object size

and prints times, throughput and the ratios, plus the process's peak memory (the stream is
chunked, so it stays far below the store's size).
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kontopronto_desktop.core import organisation  # noqa: E402
from kontopronto_desktop.core.backup import sync  # noqa: E402
from kontopronto_desktop.core.backup.restore import restore_to_file  # noqa: E402
from kontopronto_desktop.core.demo import DEMO_ORG, add_members_bulk, demo_member_rows  # noqa: E402
from kontopronto_desktop.core.settings import set_setting  # noqa: E402
from kontopronto_desktop.core.store import create_store  # noqa: E402
from tests.integration.seaweed import SeaweedServer, configure_backup  # noqa: E402

os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")  # credentials in the store
PASSPHRASE = "benchmark-passord"
MB = 1_000_000


def _rate(size: int, seconds: float) -> str:
    return f"{size / MB / seconds:7.1f} MB/s" if seconds > 0.01 else "      – MB/s"


def _line(label: str, seconds: float, size: int) -> None:
    print(f"  {label:<40} {seconds:7.2f} s   {_rate(size, seconds)}")


_rss_before = 0


def _status_mb(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) // 1024
    raise OSError(field)


def reset_peak_memory() -> None:
    """Linux: reset the process's peak RSS so the next reading covers one phase only."""
    global _rss_before
    try:
        Path("/proc/self/clear_refs").write_text("5")
        _rss_before = _status_mb("VmRSS")
    except OSError:
        pass


def peak_memory_mb() -> str:
    try:
        peak = _status_mb("VmHWM")
        return f"{peak} MB RSS, {peak - _rss_before:+d} MB over {_rss_before} MB før"
    except OSError:
        pass
    return f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB RSS (hele prosessen)"


def build_store(path: Path, target_mb: int, members: int) -> None:
    store, _ = create_store(path, PASSPHRASE)
    with store:
        with store.session() as s:
            organisation.save_organisation(s, DEMO_ORG)
            add_members_bulk(s, demo_member_rows(members, 1001))
        n = 0
        while path.stat().st_size + Path(str(path) + "-wal").stat().st_size < target_mb * MB * 0.98:
            with store.session() as s:  # filler: documents-like incompressible data, 8 MB per row
                set_setting(s, f"benchmark.fyll.{n}", os.urandom(4 * 1024 * 1024).hex())
            n += 1


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mb", type=int, default=200)
    parser.add_argument("--members", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=3, help="pushes and plain uploads, taking turns")
    parser.add_argument("--part-mb", type=int, help="multipart part size to try (default: remote.PART_BYTES)")
    parser.add_argument("--parallel", type=int, help="parts in flight to try (default: remote.PARALLEL_PARTS)")
    args = parser.parse_args()
    from kontopronto_desktop.core.backup import remote as remote_module

    if args.part_mb:
        remote_module.PART_BYTES = args.part_mb * 1024 * 1024
    if args.parallel:
        remote_module.PARALLEL_PARTS = args.parallel
    print(f"Deler på {remote_module.PART_BYTES // (1024 * 1024)} MiB, {remote_module.PARALLEL_PARTS} samtidig")

    with tempfile.TemporaryDirectory() as tmp:
        tmpdir = Path(tmp)
        started = time.perf_counter()
        build_store(tmpdir / "benchmark.kpdb", args.mb, args.members)
        print(f"Butikk bygget på {time.perf_counter() - started:.1f} s")
        server = SeaweedServer(tmpdir / "seaweed")
        server.start()
        try:
            run(server, tmpdir, max(1, args.runs))
        finally:
            server.stop()


def run(server: SeaweedServer, tmpdir: Path, runs: int) -> None:
    from kontopronto_desktop.core.store import open_store

    with open_store(tmpdir / "benchmark.kpdb", passphrase=PASSPHRASE) as store:
        bucket = server.make_bucket("bench")
        configure_backup(store, server, bucket)
        remote = sync.open_remote(store)
        client = server.client()
        plain = tmpdir / "plain.bin"
        pushes: list[float] = []
        plains: list[float] = []
        for n in range(runs):
            reset_peak_memory()
            started = time.perf_counter()
            result = sync.push(store, remote, prune=False)
            pushes.append(time.perf_counter() - started)
            push_peak = peak_memory_mb()
            manifest = result.manifest
            assert manifest is not None
            size = manifest.db_bytes
            method = getattr(result, "snapshot_method", "") or "backup"
            print(f"\nPush {n + 1}/{runs} av en butikk på {size / MB:.1f} MB (kryptert objekt "
                  f"{manifest.object_bytes / MB:.1f} MB, {manifest.chunks} biter)")
            label = "levende fil" if method == "live" else "online backup"
            _line(f"øyeblikksbilde ({label})", result.snapshot_seconds, size)
            _line("lesing + kryptering", result.encrypt_seconds, size)
            _line("venting på opplasting", result.upload_seconds, manifest.object_bytes)
            _line("opplasting, første til siste byte", result.upload_window_seconds, manifest.object_bytes)
            _line("push totalt", pushes[-1], size)
            print(f"  (kryptering og opplasting går samtidig; høyeste minne under push: {push_peak})")
            if not plain.exists():
                with open(plain, "wb") as fh:
                    for _ in range(size // (4 * 1024 * 1024) + 1):
                        fh.write(os.urandom(4 * 1024 * 1024))
                    fh.truncate(size)
            started = time.perf_counter()
            client.upload_file(str(plain), bucket, f"plain/plain-{n}.bin")  # type: ignore[attr-defined]
            plains.append(time.perf_counter() - started)
            _line("ren boto3 upload_file (grense)", plains[-1], size)
            print(f"  forhold i denne runden: {pushes[-1] / plains[-1]:.2f}x")
        push_total, plain_up = statistics.median(pushes), statistics.median(plains)
        print(f"\nMedian av {runs}: push {push_total:.2f} s, ren opplasting {plain_up:.2f} s")
        print(f"  forhold push / ren opplasting: {push_total / plain_up:.2f}x tiden "
              f"({(size / push_total) / (size / plain_up) * 100:.0f} % av grensens gjennomstrømning); "
              f"median av rundenes forhold {statistics.median(a / b for a, b in zip(pushes, plains, strict=True)):.2f}x")

        reset_peak_memory()
        started = time.perf_counter()
        report = restore_to_file(remote, sync.backup_keys(store), manifest, store.key, tmpdir / "restored.kpdb")
        restore_total = time.perf_counter() - started
        restore_peak = peak_memory_mb()
        assert report.ok, report.problems
        print("\nGjenoppretting til ny fil")
        _line("nedlasting + dekryptering + hash", report.download_seconds, size)
        _line("SQLCipher- og programkontroll", report.check_seconds, size)
        _line("gjenoppretting totalt", restore_total, size)
        print(f"  (høyeste minne under gjenoppretting: {restore_peak})")
        started = time.perf_counter()
        client.download_file(bucket, "plain/plain-0.bin", str(tmpdir / "plain-back.bin"))  # type: ignore[attr-defined]
        plain_down = time.perf_counter() - started
        _line("ren boto3 download_file (grense)", plain_down, size)
        print(f"  forhold nedlasting+dekryptering / ren nedlasting: {report.download_seconds / plain_down:.2f}x; "
              f"hele gjenopprettingen: {restore_total / plain_down:.2f}x")


if __name__ == "__main__":
    main()
