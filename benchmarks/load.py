"""Load: concurrent ``gradio_client`` clients against ``qa-bot serve`` on 127.0.0.1.

    python benchmarks/load.py [--index /tmp/qa-bench-40k] [--clients 16] [--per-client 10]

Starts ``qa-bot serve --index DIR`` on a free port of 127.0.0.1 (the ~40k
QMSum index, built once if missing), waits for HTTP 200, then ``--clients``
threads, each with its own ``gradio_client.Client``, call the ``/ask`` API
endpoint ``--per-client`` times with QMSum questions, all starting together.
An exception, or an answer that is the UI's error message, is an error.
Prints errors, latency percentiles as the clients see them (queueing
included), throughput, and the server process's resident memory; then stops
the server.
"""

from __future__ import annotations

import argparse
import os
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path
from typing import Any

import common  # also puts the repository on sys.path
from common import DEFAULT_INDEX_40K, QMSUM, TARGET_PASSAGES

HOST = "127.0.0.1"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


def start_server(index: Path, port: int, log: Path, timeout: float) -> subprocess.Popen[bytes]:
    """``qa-bot serve`` in a subprocess, once it answers HTTP 200; its output goes to ``log``."""
    env = {**os.environ, "GRADIO_ANALYTICS_ENABLED": "False", "HF_HUB_OFFLINE": "1"}
    command = [sys.executable, "-m", "qa_bot.presentation.cli", "serve", "--index", str(index), "--host", HOST,
               "--port", str(port)]
    with open(log, "wb") as out:
        server = subprocess.Popen(command, cwd=common.ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"qa-bot serve exited with {server.returncode}:\n{log.read_text()[-2000:]}")
        try:
            with urllib.request.urlopen(f"http://{HOST}:{port}/", timeout=2) as response:
                if response.status == 200:
                    return server
        except OSError:
            time.sleep(0.25)
    stop_server(server)
    raise SystemExit(f"qa-bot serve gave no HTTP 200 within {timeout:.0f} s:\n{log.read_text()[-2000:]}")


def stop_server(server: subprocess.Popen[bytes]) -> None:
    """SIGTERM, then SIGKILL after 10 s; only this process."""
    if server.poll() is None:
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def process_memory(pid: int) -> dict[str, float]:
    """Resident memory of ``pid`` in MiB: total, anonymous, file-backed, peak."""
    fields = {"VmRSS": "rss", "RssAnon": "anon", "RssFile": "file", "VmHWM": "peak"}
    out: dict[str, float] = {}
    with open(f"/proc/{pid}/status", encoding="ascii") as fh:
        for line in fh:
            key, _, value = line.partition(":")
            if key in fields:
                out[fields[key]] = int(value.split()[0]) / 1024
    return out


def run_clients(url: str, questions: list[str], clients: int, per_client: int) -> dict[str, Any]:
    """All clients ask their questions at once; latencies, errors and wall time."""
    from gradio_client import Client

    connections = [Client(url, verbose=False) for _ in range(clients)]
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    start = threading.Barrier(clients + 1)

    def work(number: int) -> None:
        client = connections[number]
        start.wait()
        for i in range(per_client):
            question = questions[(number * per_client + i) % len(questions)]
            began = time.perf_counter()
            try:
                answer = client.predict(question, api_name="/ask")
                problem = None if isinstance(answer, str) and answer and not answer.startswith("⚠️") else answer
            except Exception as exc:  # any failure counts; the report shows the first few
                problem = f"{type(exc).__name__}: {exc}"
            elapsed = time.perf_counter() - began
            with lock:
                latencies.append(elapsed)
                if problem is not None:
                    errors.append(str(problem)[:200])

    threads = [threading.Thread(target=work, args=(n,), daemon=True) for n in range(clients)]
    for thread in threads:
        thread.start()
    start.wait()
    began = time.perf_counter()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - began
    for client in connections:
        close = getattr(client, "close", None)
        if close:
            close()
    return {"latencies": latencies, "errors": errors, "wall": wall}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--index", type=Path, default=DEFAULT_INDEX_40K, help="index folder to reuse or build")
    parser.add_argument("--qmsum", type=Path, default=QMSUM, help="QMSum meetings (*.json)")
    parser.add_argument("--passages", type=int, default=TARGET_PASSAGES, help="index size to build if missing")
    parser.add_argument("--clients", type=int, default=16, help="concurrent clients")
    parser.add_argument("--per-client", type=int, default=10, help="questions each client asks")
    parser.add_argument("--port", type=int, default=0, help="port (default: a free one)")
    parser.add_argument("--startup-timeout", type=float, default=180, help="seconds to wait for the server")
    args = parser.parse_args()
    common.setup(f"{args.clients} concurrent gradio_client clients against qa-bot serve on {HOST}")

    manifest = common.ensure_index(args.index, args.qmsum, args.passages)
    questions = common.questions(common.index_meetings(args.index, args.qmsum))
    port = args.port or free_port()
    url = f"http://{HOST}:{port}/"
    with tempfile.TemporaryDirectory(prefix="qa-load-") as tmp:
        log = Path(tmp) / "server.log"
        began = time.perf_counter()
        server = start_server(args.index, port, log, args.startup_timeout)
        startup = time.perf_counter() - began
        try:
            idle = process_memory(server.pid)
            print(f"server: {url} (pid {server.pid}), {manifest['counts']['passages']:,}-passage index, "
                  f"first HTTP 200 after {startup:.1f} s\n", flush=True)
            result = run_clients(url, questions, args.clients, 1)  # warm-up: one question per client
            result = run_clients(url, questions, args.clients, args.per_client)
            busy = process_memory(server.pid)
        finally:
            stop_server(server)
    total = len(result["latencies"])
    errors = result["errors"]
    print(f"{args.clients} clients x {args.per_client} questions = {total} requests in {result['wall']:.1f} s "
          f"({total / result['wall']:.1f} requests/s); errors: {len(errors)}")
    for problem in errors[:5]:
        print(f"  error: {problem}")
    print("\nlatency seen by the clients (queueing in the server included), ms")
    stats = common.percentiles(result["latencies"])
    print(common.table([{"requests": total, **stats, "max": 1000 * max(result["latencies"])}]))
    print("\nresident memory of the qa-bot serve process, MiB (file = mapped files incl. the FAISS index)")
    print(common.table([{"when": "started, idle", **idle}, {"when": "after the load", **busy}],
                       ["when", "rss", "anon", "file", "peak"]))
    return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
