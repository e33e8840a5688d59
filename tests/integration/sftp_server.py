"""A real SFTP server (asyncssh) on 127.0.0.1 for the channel tests: one user, one folder, pinned host key.

Runs its own event loop in a daemon thread; ``stop()`` closes it. Everything is bounded: the
server listens on a free loopback port and the fixture stops it after the test.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import asyncssh
import pytest

USER, PASSWORD = "kontopronto", "sftp-passord-123"


@dataclass
class SftpServer:
    root: Path
    port: int
    fingerprint: str
    loop: asyncio.AbstractEventLoop
    thread: threading.Thread
    server: asyncssh.SSHAcceptor

    def stop(self) -> None:
        async def close() -> None:
            self.server.close()
            await self.server.wait_closed()

        asyncio.run_coroutine_threadsafe(close(), self.loop).result(timeout=10)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(timeout=10)


class _Auth(asyncssh.SSHServer):
    def begin_auth(self, username: str) -> bool:
        return True

    def password_auth_supported(self) -> bool:
        return True

    def validate_password(self, username: str, password: str) -> bool:
        return username == USER and password == PASSWORD


def start_sftp_server(root: Path) -> SftpServer:
    root.mkdir(parents=True, exist_ok=True)
    key = asyncssh.generate_private_key("ssh-ed25519")
    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()

    async def listen() -> asyncssh.SSHAcceptor:
        return await asyncssh.listen("127.0.0.1", 0, server_host_keys=[key], server_factory=_Auth,
                                     sftp_factory=lambda chan: asyncssh.SFTPServer(chan, chroot=str(root)),
                                     allow_scp=False)

    server = asyncio.run_coroutine_threadsafe(listen(), loop).result(timeout=20)
    port = server.sockets[0].getsockname()[1]
    return SftpServer(root, port, key.get_fingerprint("sha256"), loop, thread, server)


@pytest.fixture
def sftp_server(tmp_path: Path) -> Iterator[SftpServer]:
    server = start_sftp_server(tmp_path / "sftp-root")
    try:
        yield server
    finally:
        server.stop()
