"""A real Milvus Lite gRPC server for tests: ``milvus-lite server`` on a free loopback port.

Tests reach it through the network client (``milvus://127.0.0.1:PORT/NAME``),
the same path as a Milvus Standalone or Distributed server. Starting it is
checked: a server that does not come up fails the tests that need it, with
its output, rather than skipping them.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from pathlib import Path

START_SECONDS = 60.0


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class MilvusLiteServer:
    """``milvus-lite server --data-dir DIR --host 127.0.0.1 --port PORT`` as a child process."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.port = free_port()
        self.log = data_dir.parent / f"milvus-lite-{self.port}.log"
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def address(self) -> str:
        return f"127.0.0.1:{self.port}"

    def uri(self, name: str) -> str:
        """The index location of index ``name`` on this server."""
        return f"milvus://{self.address}/{name}"

    def start(self) -> None:
        """Start the server and wait until it answers; ``RuntimeError`` with its output when it does not."""
        command = [sys.executable, "-m", "milvus_lite", "server", "--data-dir", str(self.data_dir),
                   "--host", "127.0.0.1", "--port", str(self.port)]
        with open(self.log, "wb") as out:
            self.process = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + START_SECONDS
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                break
            if self._answers():
                return
            time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"milvus-lite server did not start on {self.address}: {' '.join(command)}\n"
                           + self.log.read_text(errors="replace")[-2000:])

    def _answers(self) -> bool:
        from pymilvus import MilvusClient

        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", self.port)) != 0:
                return False
        try:
            MilvusClient(uri=f"http://{self.address}", timeout=5).list_collections()
        except Exception:  # not ready yet
            return False
        return True

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
