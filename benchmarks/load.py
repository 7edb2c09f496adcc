"""Load: concurrent ``gradio_client`` clients against ``qa-bot serve`` on 127.0.0.1.

    python benchmarks/load.py [--index /tmp/qa-bench-40k] [--clients 16] [--per-client 10]
    python benchmarks/load.py --index milvus://127.0.0.1:19530/qmsum --servers 2 --rebuild-during

Starts ``qa-bot serve --index DIR`` on a free port of 127.0.0.1 (the ~40k
QMSum index, built once if missing), waits for HTTP 200, then ``--clients``
threads, each with its own ``gradio_client.Client``, call the ``/ask`` API
endpoint ``--per-client`` times with QMSum questions, all starting together.
An exception, or an answer that is the UI's error message, is an error.
Prints errors, latency percentiles as the clients see them (queueing
included), throughput, and the server process's resident memory; then stops
the server. ``--servers N`` starts N servers on one index (a Milvus URI:
stateless replicas) and spreads the clients over them; ``--rebuild-during``
rebuilds the index while the clients ask (no file changed: nothing is
embedded, a whole new build is written and switched in) and checks that
every server switched to it.
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

HOST = "127.0.0.1"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


SWITCHED = "switched to the rebuilt index"  # what a server logs when it picks up a rebuild (pipeline.qa)


def start_server(index: str, port: int, log: Path, timeout: float) -> subprocess.Popen[bytes]:
    """``qa-bot -v serve`` in a subprocess, once it answers HTTP 200; its output goes to ``log``."""
    env = {**os.environ, "GRADIO_ANALYTICS_ENABLED": "False", "HF_HUB_OFFLINE": "1"}
    command = [sys.executable, "-m", "qa_bot.presentation.cli", "-v", "serve", "--index", str(index), "--host", HOST,
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


def run_clients(urls: list[str], questions: list[str], clients: int, per_client: int,
                until: threading.Thread | None = None) -> dict[str, Any]:
    """All clients ask their questions at once, client n of server n mod len(urls); latencies, errors, wall time.

    With ``until``, each client keeps asking after its ``per_client`` questions until that thread has ended.
    """
    from gradio_client import Client

    connections = [Client(urls[n % len(urls)], verbose=False) for n in range(clients)]
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    start = threading.Barrier(clients + 1)

    def work(number: int) -> None:
        client = connections[number]
        start.wait()
        i = 0
        while i < per_client or (until is not None and until.is_alive()):
            question = questions[(number * per_client + i) % len(questions)]
            i += 1
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
    args = _arguments()
    common.setup(f"{args.clients} concurrent gradio_client clients against {args.servers} qa-bot serve on {HOST}")

    manifest = common.ensure_index(args.index, args.qmsum, args.passages)
    meetings = common.index_meetings(args.index, args.qmsum)
    questions = common.questions(meetings)
    ports = [args.port + n if args.port else free_port() for n in range(args.servers)]
    urls = [f"http://{HOST}:{port}/" for port in ports]
    with tempfile.TemporaryDirectory(prefix="qa-load-") as tmp:
        logs = [Path(tmp) / f"server-{n}.log" for n in range(args.servers)]
        began = time.perf_counter()
        servers = [start_server(args.index, port, log, args.startup_timeout)
                   for port, log in zip(ports, logs, strict=True)]
        startup = time.perf_counter() - began
        try:
            idle = process_memory(servers[0].pid)
            print(f"servers: {', '.join(urls)}, {manifest['counts']['passages']:,}-passage index at {args.index}, "
                  f"first HTTP 200 after {startup:.1f} s\n", flush=True)
            result = run_clients(urls, questions, args.clients, 1)  # warm-up: one question per client
            rebuild = _rebuild_in_background(args.index, meetings, args.rebuild_after) if args.rebuild_during else None
            result = run_clients(urls, questions, args.clients, args.per_client, until=rebuild)
            if rebuild is not None:  # the load lasted until the rebuild was switched in
                result = _after_rebuild(result, urls, questions, args.clients)
            busy = process_memory(servers[0].pid)
        finally:
            for server in servers:
                stop_server(server)
        switched = [log.read_text(errors="replace").count(SWITCHED) for log in logs]
    errors = _report(args, result, idle, busy)
    if args.rebuild_during:
        print(f"\nrebuild during the load: servers that switched to it: {sum(1 for n in switched if n)} of "
              f"{len(switched)} ({switched} switches)")
        errors = errors or not all(switched)
    return 1 if errors else 0


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    common.add_index_arguments(parser)
    parser.add_argument("--clients", type=int, default=16, help="concurrent clients")
    parser.add_argument("--per-client", type=int, default=10, help="questions each client asks")
    parser.add_argument("--servers", type=int, default=1, help="qa-bot serve processes on the one index")
    parser.add_argument("--rebuild-during", action="store_true", help="rebuild the index during the load")
    parser.add_argument("--rebuild-after", type=float, default=2.0, help="seconds into the load to start it")
    parser.add_argument("--port", type=int, default=0, help="first port (default: free ones)")
    parser.add_argument("--startup-timeout", type=float, default=180, help="seconds to wait for the server")
    return parser.parse_args()


def _rebuild_in_background(index: str, meetings: list[Path], after: float) -> threading.Thread:
    """Rebuild ``index`` from its meetings in a thread, ``after`` seconds from now (nothing is re-embedded)."""
    from qa_bot import build_index

    def rebuild() -> None:
        time.sleep(after)
        began = time.perf_counter()
        stats = build_index(meetings, index)
        print(f"# rebuilt during the load: {stats.passages:,} passages, {stats.embedded} embedded, "
              f"{time.perf_counter() - began:.1f} s", flush=True)

    thread = threading.Thread(target=rebuild)
    thread.start()
    return thread


def _after_rebuild(result: dict[str, Any], urls: list[str], questions: list[str], clients: int) -> dict[str, Any]:
    """One more question per client after the rebuild, so every server has had a question since it."""
    after = run_clients(urls, questions, clients, 1)
    return {"latencies": result["latencies"] + after["latencies"], "errors": result["errors"] + after["errors"],
            "wall": result["wall"]}


def _report(args: argparse.Namespace, result: dict[str, Any], idle: dict[str, float], busy: dict[str, float]) -> bool:
    """Print errors, latency and memory; True when a request failed."""
    total = len(result["latencies"])
    errors = result["errors"]
    print(f"{args.clients} clients x {args.per_client}+ questions = {total} requests in {result['wall']:.1f} s "
          f"({total / result['wall']:.1f} requests/s); errors: {len(errors)}")
    for problem in errors[:5]:
        print(f"  error: {problem}")
    print("\nlatency seen by the clients (queueing in the server included), ms")
    stats = common.percentiles(result["latencies"])
    print(common.table([{"requests": total, **stats, "max": 1000 * max(result["latencies"])}]))
    print("\nresident memory of the (first) qa-bot serve process, MiB (file = mapped files incl. the FAISS index)")
    print(common.table([{"when": "started, idle", **idle}, {"when": "after the load", **busy}],
                       ["when", "rss", "anon", "file", "peak"]))
    return bool(errors)


if __name__ == "__main__":
    raise SystemExit(main())
