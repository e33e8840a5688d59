"""The S3-compatible remote (boto3): objects, multipart upload, and a connection test.

Every botocore error is turned into a ``BackupError`` whose Norwegian message says exactly
what is wrong: the name does not resolve (DNS), TLS, refused or silent server, unknown access
key, wrong secret, missing bucket, no permission. Network trouble is a ``RemoteUnavailable``,
so callers can keep working locally and show "ikke tilgjengelig". Transient errors are
retried by botocore's "standard" mode (exponential backoff with jitter).
"""

from __future__ import annotations

import contextlib
import socket
import time
import uuid
from collections import deque
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from urllib.parse import urlparse

import boto3
import botocore.exceptions as bex
from botocore.config import Config

from ..errors import UserError
from .settings import BackupSettings, Credentials

#: multipart part size; S3 needs at least 5 MiB for all parts but the last. 8 MiB x 4 in flight
#: was the fastest of 8x4, 8x8, 16x3 and 32x3 on the 194 MB benchmark (benchmarks/backup.py
#: --part-mb/--parallel), with the least memory; 8 MiB is also boto3's own default part size
PART_BYTES = 8 * 1024 * 1024
#: parts uploaded at the same time (while the next part is being encrypted)
PARALLEL_PARTS = 4


class BackupError(UserError):
    """Something about the remote backup the user can act on."""


class RemoteUnavailable(BackupError):
    """The server cannot be reached now; the program keeps working locally."""


class BackupCancelled(BackupError):
    def __init__(self) -> None:
        super().__init__("Sikkerhetskopieringen ble avbrutt. Ingenting på serveren er endret.")


@dataclass(frozen=True)
class RemoteConfig:
    endpoint: str
    bucket: str
    access_key: str
    secret_key: str = field(repr=False)
    region: str = "us-east-1"
    prefix: str = ""
    attempts: int = 4
    connect_timeout: float = 5.0
    read_timeout: float = 60.0

    @classmethod
    def from_settings(cls, settings: BackupSettings, credentials: Credentials) -> RemoteConfig:
        from ..transfer_rules import check_region

        check_region(settings.endpoint, settings.region, settings.transfer_basis)  # settings saved before the rule
        return cls(endpoint=settings.endpoint, bucket=settings.bucket, access_key=credentials.access_key,
                   secret_key=credentials.secret_key, region=settings.region, prefix=settings.prefix,
                   attempts=settings.attempts)

    @property
    def host(self) -> str:
        return urlparse(self.endpoint).hostname or self.endpoint

    @property
    def port(self) -> int:
        parsed = urlparse(self.endpoint)
        return parsed.port or (443 if parsed.scheme == "https" else 80)


@dataclass(frozen=True)
class ObjectInfo:
    key: str
    size: int
    last_modified: datetime


@dataclass(frozen=True)
class PendingUpload:
    key: str
    upload_id: str
    initiated: datetime


def _dns_ok(host: str) -> bool:
    try:
        socket.getaddrinfo(host, None)
    except (socket.gaierror, UnicodeError):
        return False
    return True


def explain(exc: BaseException, cfg: RemoteConfig, action: str = "bruke") -> BackupError:
    """A Norwegian sentence for what went wrong, as a BackupError (RemoteUnavailable for network)."""
    if isinstance(exc, BackupError):
        return exc
    where = f"{cfg.host}:{cfg.port}"
    if isinstance(exc, bex.SSLError):
        return RemoteUnavailable(
            f"TLS-feil mot {where}: den sikre forbindelsen kunne ikke opprettes eller sertifikatet kunne ikke "
            f"bekreftes ({_short(exc)}). Sjekk at adressen har riktig https/http og at PC-ens klokke stemmer."
        )
    if isinstance(exc, bex.EndpointConnectionError | bex.ConnectTimeoutError | bex.ConnectionClosedError
                  | bex.ReadTimeoutError | bex.ProxyConnectionError | ConnectionError):
        if not _dns_ok(cfg.host):
            return RemoteUnavailable(
                f"Finner ikke serveren «{cfg.host}»: navneoppslaget (DNS) feilet. Sjekk adressen og "
                "internettforbindelsen. Programmet virker som før; sikkerhetskopien tas senere."
            )
        kind = "svarer ikke (tidsavbrudd)" if isinstance(exc, bex.ConnectTimeoutError | bex.ReadTimeoutError) \
            else "kan ikke nås (tilkoblingen ble avvist eller brutt)"
        return RemoteUnavailable(
            f"Lagringstjenesten på {where} {kind}. Programmet virker som før lokalt; "
            "sikkerhetskopien tas når serveren er tilbake."
        )
    if isinstance(exc, bex.ClientError):
        error = exc.response.get("Error", {})
        code = str(error.get("Code", ""))
        status = int(exc.response.get("ResponseMetadata", {}).get("HTTPStatusCode", 0) or 0)
        if code == "InvalidAccessKeyId":
            return BackupError(f"Tilgangsnøkkelen «{cfg.access_key}» er ukjent for serveren {cfg.host}. "
                               "Sjekk tilgangsnøkkelen (access key id).")
        if code == "SignatureDoesNotMatch":
            return BackupError(f"Den hemmelige nøkkelen (secret) er feil for tilgangsnøkkelen «{cfg.access_key}».")
        if code in ("NoSuchBucket", "404") and action in ("lese", "liste", "bruke"):
            return BackupError(f"Bøtta «{cfg.bucket}» finnes ikke på {cfg.host}. Opprett den hos leverandøren, "
                               "eller rett navnet i innstillingene.")
        if code == "NoSuchBucket":
            return BackupError(f"Bøtta «{cfg.bucket}» finnes ikke på {cfg.host}.")
        if code == "InvalidBucketName":
            return BackupError(f"«{cfg.bucket}» er ikke et gyldig bøttenavn.")
        if code == "RequestTimeTooSkewed":
            return BackupError("Klokka på denne PC-en går feil; serveren godtar ikke forespørselen. Still klokka.")
        if code in ("AccessDenied", "403", "Forbidden", "AllAccessDisabled"):
            return BackupError(f"Serveren nekter å {action}: brukeren «{cfg.access_key}» har ikke tilgang til "
                               f"bøtta «{cfg.bucket}» for dette. Gi brukeren lese-, skrive- og slettetilgang.")
        if status >= 500 or code in ("SlowDown", "ServiceUnavailable", "InternalError"):
            return RemoteUnavailable(f"Lagringstjenesten på {where} svarte med en feil ({code or status}). "
                                     "Prøv igjen senere; programmet virker som før lokalt.")
        return BackupError(f"Lagringstjenesten svarte «{code}»: {error.get('Message', '')}".strip())
    if isinstance(exc, bex.NoCredentialsError | bex.PartialCredentialsError):
        return BackupError("Tilgangsnøkkel og hemmelig nøkkel mangler for sikkerhetskopien.")
    if isinstance(exc, bex.BotoCoreError):
        return RemoteUnavailable(f"Lagringstjenesten på {where} kunne ikke brukes: {_short(exc)}")
    raise exc


def _short(exc: BaseException) -> str:
    text = str(exc)
    return text if len(text) < 200 else text[:200] + " …"


class Remote:
    """One bucket + prefix on an S3-compatible server."""

    def __init__(self, cfg: RemoteConfig) -> None:
        from ..transfer_rules import check_endpoint

        check_endpoint(cfg.endpoint)  # also for a restore with the recovery key, which skips the settings
        self.cfg = cfg
        config = Config(
            s3={"addressing_style": "path"},
            signature_version="s3v4",
            retries={"mode": "standard", "max_attempts": cfg.attempts},
            connect_timeout=cfg.connect_timeout,
            read_timeout=cfg.read_timeout,
            request_checksum_calculation="when_required",
            response_checksum_validation="when_required",
        )
        session = boto3.session.Session()
        self.client = session.client(
            "s3", endpoint_url=cfg.endpoint, region_name=cfg.region or "us-east-1",
            aws_access_key_id=cfg.access_key, aws_secret_access_key=cfg.secret_key, config=config,
        )
        #: the last ``upload``: seconds the caller waited on the network, and from first to last byte
        self.network_seconds = 0.0
        self.window_seconds = 0.0

    def key(self, *parts: str) -> str:
        return "/".join(p.strip("/") for p in (self.cfg.prefix, *parts) if p and p.strip("/"))

    def _call(self, action: str, fn: Callable[..., Any], **kwargs: Any) -> Any:
        try:
            return fn(Bucket=self.cfg.bucket, **kwargs)
        except (bex.BotoCoreError, bex.ClientError) as exc:
            raise explain(exc, self.cfg, action) from exc

    # -- small objects ----------------------------------------------------------------------
    def put_bytes(self, key: str, data: bytes, *, if_none_match: bool = False) -> bool:
        """Write ``data``; with ``if_none_match`` only if ``key`` does not exist (False if it does)."""
        extra = {"IfNoneMatch": "*"} if if_none_match else {}
        try:
            self.client.put_object(Bucket=self.cfg.bucket, Key=key, Body=data, **extra)
        except bex.ClientError as exc:
            if exc.response.get("Error", {}).get("Code") in ("PreconditionFailed", "412"):
                return False
            raise explain(exc, self.cfg, "skrive (ingen skrivetilgang)") from exc
        except bex.BotoCoreError as exc:
            raise explain(exc, self.cfg, "skrive") from exc
        return True

    def get_bytes(self, key: str) -> bytes:
        body = self._call("lese", self.client.get_object, Key=key)["Body"]
        try:
            return bytes(body.read())
        except (bex.BotoCoreError, OSError) as exc:
            raise explain(exc, self.cfg, "lese") from exc
        finally:
            body.close()

    def open(self, key: str) -> Any:
        """A streaming reader for ``key`` (``.read(n)``); close it when done."""
        return self._call("lese", self.client.get_object, Key=key)["Body"]

    def list_objects(self, prefix: str) -> list[ObjectInfo]:
        found: list[ObjectInfo] = []
        token: str | None = None
        while True:
            extra = {"ContinuationToken": token} if token else {}
            page = self._call("liste", self.client.list_objects_v2, Prefix=prefix.rstrip("/") + "/", **extra)
            found += [ObjectInfo(o["Key"], int(o["Size"]), o["LastModified"]) for o in page.get("Contents", [])]
            if not page.get("IsTruncated"):
                return found
            token = page.get("NextContinuationToken")

    def delete(self, key: str) -> None:
        self._call("slette (ingen slettetilgang)", self.client.delete_object, Key=key)

    # -- multipart --------------------------------------------------------------------------
    def pending_uploads(self, prefix: str) -> list[PendingUpload]:
        page = self._call("liste", self.client.list_multipart_uploads, Prefix=prefix.rstrip("/") + "/")
        return [PendingUpload(u["Key"], u["UploadId"], u["Initiated"]) for u in page.get("Uploads", []) or []]

    def abort_upload(self, key: str, upload_id: str) -> bool:
        """Abort an unfinished multipart upload; False if the server no longer knows it."""
        try:
            self.client.abort_multipart_upload(Bucket=self.cfg.bucket, Key=key, UploadId=upload_id)
        except bex.ClientError as exc:
            if exc.response.get("Error", {}).get("Code") in ("NoSuchUpload", "404"):
                return False
            raise explain(exc, self.cfg, "slette") from exc
        except bex.BotoCoreError as exc:
            raise explain(exc, self.cfg, "slette") from exc
        return True

    def upload(self, key: str, chunks: Iterable[bytes], *, part_bytes: int | None = None,
               on_started: Callable[[str], None] | None = None,
               progress: Callable[[int], None] | None = None,
               cancelled: Callable[[], bool] | None = None) -> int:
        """Upload a stream: one PUT if it is small, else multipart with ``part_bytes`` parts.

        Up to ``PARALLEL_PARTS`` parts are in flight while the next one is being encrypted, so
        memory stays bounded (about (PARALLEL_PARTS + 1) x part size). Nothing is visible under
        ``key`` until the upload completes. On any error the upload is aborted when the server
        still answers; if it does not, ``on_started`` has given the caller the upload id so the
        next run can abort it.
        """
        part_bytes = part_bytes or PART_BYTES
        self.network_seconds = 0.0
        self.window_seconds = 0.0
        pieces: list[bytes] = []  # the part being gathered; joined once (one copy) when it is sent
        buffered = 0
        total = 0
        upload_id: str | None = None
        etags: dict[int, str] = {}
        pending: deque[tuple[int, Future[Any], int]] = deque()
        window_start = time.perf_counter()
        pool = ThreadPoolExecutor(max_workers=PARALLEL_PARTS, thread_name_prefix="kp-upload")

        def put_part(number: int, body: bytes) -> Any:
            return self._call("skrive", self.client.upload_part, Key=key, UploadId=upload_id,
                              PartNumber=number, Body=body)

        def wait_oldest() -> None:
            number, future, sent = pending.popleft()
            started = time.perf_counter()
            try:
                etags[number] = future.result()["ETag"]
            finally:
                self.network_seconds += time.perf_counter() - started
            if progress is not None:
                progress(sent)

        def send_part() -> None:
            nonlocal upload_id, window_start
            if upload_id is None:
                window_start = time.perf_counter()
                upload_id = self._call("skrive (ingen skrivetilgang)", self.client.create_multipart_upload,
                                       Key=key)["UploadId"]
                self.network_seconds += time.perf_counter() - window_start
                if on_started is not None:
                    on_started(upload_id)
            while len(pending) >= PARALLEL_PARTS:
                wait_oldest()
            number = len(etags) + len(pending) + 1
            pending.append((number, pool.submit(put_part, number, b"".join(pieces)), total))

        try:
            for chunk in chunks:
                if cancelled is not None and cancelled():
                    raise BackupCancelled()
                pieces.append(chunk)
                buffered += len(chunk)
                total += len(chunk)
                if buffered >= part_bytes:
                    send_part()
                    pieces.clear()
                    buffered = 0
            started = time.perf_counter()
            if upload_id is None:
                self._call("skrive (ingen skrivetilgang)", self.client.put_object, Key=key, Body=b"".join(pieces))
                self.network_seconds += time.perf_counter() - started
                self.window_seconds = time.perf_counter() - started
            else:
                if buffered:
                    send_part()
                while pending:
                    wait_oldest()
                started = time.perf_counter()
                self._call("skrive", self.client.complete_multipart_upload, Key=key, UploadId=upload_id,
                           MultipartUpload={"Parts": [{"PartNumber": n, "ETag": etags[n]} for n in sorted(etags)]})
                self.network_seconds += time.perf_counter() - started
                self.window_seconds = time.perf_counter() - window_start
            if progress is not None:
                progress(total)
        except BaseException:
            for _number, future, _sent in pending:
                future.cancel()
            pool.shutdown(wait=True, cancel_futures=True)
            if upload_id is not None:
                with contextlib.suppress(Exception):
                    self.abort_upload(key, upload_id)
            raise
        finally:
            pool.shutdown(wait=True)
        return total

    # -- connection test --------------------------------------------------------------------
    def test_connection(self) -> list[str]:
        """Check DNS, connection/TLS, credentials, bucket, write and delete; raise at the first problem.

        Returns the checks passed, as Norwegian lines.
        """
        passed: list[str] = []
        if not _dns_ok(self.cfg.host):
            raise RemoteUnavailable(f"Finner ikke serveren «{self.cfg.host}»: navneoppslaget (DNS) feilet. "
                                    "Sjekk adressen og internettforbindelsen.")
        passed.append(f"Navnet {self.cfg.host} ble funnet (DNS).")
        area = self.key("")
        self._call("liste", self.client.list_objects_v2, Prefix=area + "/" if area else "", MaxKeys=1)
        scheme = "TLS" if self.cfg.endpoint.startswith("https") else "http (ukryptert forbindelse)"
        passed.append(f"Tilkobling til {self.cfg.host}:{self.cfg.port} med {scheme} virker.")
        passed.append(f"Tilgangsnøkkelen «{self.cfg.access_key}» og den hemmelige nøkkelen godtas.")
        passed.append(f"Bøtta «{self.cfg.bucket}» finnes og kan leses.")
        probe = self.key(f"probe-{uuid.uuid4().hex}")
        try:
            self.client.put_object(Bucket=self.cfg.bucket, Key=probe, Body=b"kontopronto")
        except bex.ClientError as exc:
            code = exc.response.get("Error", {}).get("Code", "")
            if code in ("AccessDenied", "403", "Forbidden"):
                raise BackupError(f"Ingen skrivetilgang: brukeren «{self.cfg.access_key}» kan lese bøtta "
                                  f"«{self.cfg.bucket}», men ikke skrive til den.") from exc
            raise explain(exc, self.cfg, "skrive") from exc
        except bex.BotoCoreError as exc:
            raise explain(exc, self.cfg, "skrive") from exc
        passed.append("Skriving virker.")
        try:
            self.client.delete_object(Bucket=self.cfg.bucket, Key=probe)
        except bex.ClientError as exc:
            raise BackupError(f"Brukeren «{self.cfg.access_key}» kan skrive, men ikke slette i bøtta "
                              f"«{self.cfg.bucket}»; gamle sikkerhetskopier kan da ikke ryddes bort.") from exc
        except bex.BotoCoreError as exc:
            raise explain(exc, self.cfg, "slette") from exc
        passed.append("Sletting virker.")
        return passed
