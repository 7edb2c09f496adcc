"""The ``qa-bot`` command: index, search, ask, inspect, serve. Thin over the library.

User errors print one line to stderr and exit 1; usage errors exit 2.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Sequence
from typing import Any

from qa_bot.config import default_index_dir, model_spec
from qa_bot.embedding import BACKENDS, DEFAULT_PRECISION, PRECISIONS
from qa_bot.errors import QABotError

logger = logging.getLogger("qa_bot")


def _add_index(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--index", default=None, metavar="DIR_OR_URI",
        help="index folder, or a Milvus index: milvus://HOST:PORT/NAME, milvus+https://HOST:PORT/NAME, "
        "milvus-lite:FILE.db/NAME (default: $QA_BOT_INDEX or embeddings/default)",
    )


def _add_query_adapter(parser: argparse.ArgumentParser) -> None:
    from qa_bot.retrieval.adapter import default_adapter_spec

    parser.add_argument(
        "--query-adapter", default=default_adapter_spec(), metavar="SPEC",
        help="question-vector adapter for dense search: default (bundled, for the bundled model), none, "
        "or an .npz file (default: $QA_BOT_QUERY_ADAPTER or default)",
    )


def _add_reader(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--reader", default=model_spec("reader"), metavar="SPEC",
        help="the reader that reads the question with each passage to choose the answer: default (bundled), "
        "none, or a reader .npz file (default: $QA_BOT_READER or default)",
    )


def _add_backend(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--backend", default="auto", choices=BACKENDS,
        help="what runs the embedding model: onnx (ONNX Runtime, exported once and cached) or torch (PyTorch); "
        "default auto: onnx on a CPU, torch on a GPU",
    )


def _add_filters(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--speaker", action="append", metavar="S", help="only passages by this speaker (repeatable)")
    parser.add_argument("--since", metavar="D", help="only transcripts dated on or after D (YYYY-MM-DD)")
    parser.add_argument("--until", metavar="D", help="only transcripts dated on or before D (YYYY-MM-DD)")
    parser.add_argument("--transcript", action="append", metavar="ID", help="only this transcript id (repeatable)")
    parser.add_argument("--json", action="store_true", help="print machine-readable JSON")


def _add_max_bytes(parser: argparse.ArgumentParser) -> None:
    from qa_bot.ingest.reader import DEFAULT_MAX_BYTES

    parser.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES, metavar="N",
                        help=f"skip files larger than N bytes (default {DEFAULT_MAX_BYTES:,})")


def add_index_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``qa-bot index``, shared with ``scripts/rebuild_index.py``."""
    parser.add_argument("sources", nargs="+", metavar="SRC", help="transcript files or folders")
    _add_index(parser)
    parser.add_argument("--model", default=None, metavar="NAME_OR_PATH",
                        help="sentence-transformers model (default: bundled all-MiniLM-L6-v2)")
    parser.add_argument("--full", action="store_true", help="re-read and re-embed every file")
    parser.add_argument("--reuse-from", default=None, metavar="DIR_OR_URI",
                        help="take unchanged files' passages and vectors from this index instead of --index's own "
                        "(e.g. a folder embedded on a GPU machine, loaded into Milvus)")
    parser.add_argument("--device", default=None, help="embedding device, e.g. cpu or cuda (default: automatic)")
    _add_backend(parser)
    parser.add_argument(
        "--precision", default=None, choices=PRECISIONS,
        help="int8 quantises the model (ONNX, CPU): a faster build, slightly different vectors; recorded in the "
        f"index, and questions are encoded the same way (default: the index's own, else {DEFAULT_PRECISION})",
    )
    parser.add_argument("--no-progress", action="store_true", help="no progress bar")
    parser.add_argument("--columns", default=None, metavar="FIELD=COLUMN,...",
                        help="name the columns of tables whose header we do not recognise, e.g. "
                        "speaker=name,text=commentFull (fields: speaker, text, start, end, date, title, place; "
                        "a column number for headerless files; default: inferred from the cells)")
    _add_max_bytes(parser)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="qa-bot", description="Ask questions of transcripts; get verbatim quotes with speaker and date."
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log more detail")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    index = sub.add_parser("index", help="build or update an index from transcript files")
    add_index_arguments(index)

    search = sub.add_parser("search", help="list the passages most relevant to a query")
    search.add_argument("query")
    _add_index(search)
    _add_query_adapter(search)
    _add_reader(search)
    _add_backend(search)
    search.add_argument("-k", type=int, default=10, metavar="N", help="number of passages (default 10)")
    search.add_argument("--rerank", action="store_true", help="order the passages by the reader's judgement")
    _add_filters(search)

    ask = sub.add_parser("ask", help="answer a question with a cited quote")
    ask.add_argument("question")
    _add_index(ask)
    _add_query_adapter(ask)
    _add_reader(ask)
    _add_backend(ask)
    _add_filters(ask)

    inspect = sub.add_parser("inspect", help="show how a transcript file is read: format, date, speakers, turns")
    inspect.add_argument("file", metavar="FILE")
    inspect.add_argument("--turns", type=int, default=5, metavar="N", help="how many first turns to show (default 5)")
    _add_max_bytes(inspect)
    inspect.add_argument("--json", action="store_true", help="print machine-readable JSON")

    serve = sub.add_parser("serve", help="open the chat UI in a browser")
    _add_index(serve)
    _add_query_adapter(serve)
    _add_reader(serve)
    _add_backend(serve)
    serve.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    serve.add_argument("--port", type=int, default=7860, help="port (default 7860)")
    return parser


def run_index(args: argparse.Namespace) -> int:
    """Build the index; print the summary. Exit 0 when at least one file was indexed."""
    from qa_bot.embedding import SentenceTransformerEmbedder
    from qa_bot.pipeline.build import build_index, index_precision

    index_dir = args.index or default_index_dir()
    stats = build_index(
        args.sources,
        index_dir,
        embedder=SentenceTransformerEmbedder(args.model, device=args.device, backend=args.backend,
                                             precision=args.precision or index_precision(args.reuse_from or index_dir)),
        full=args.full,
        max_bytes=args.max_bytes,
        progress=not args.no_progress and sys.stderr.isatty(),
        columns=args.columns,
        reuse_from=args.reuse_from,
    )
    print(stats.summary())
    return 0


def _filters(args: argparse.Namespace) -> dict[str, Any]:
    return {
        "speaker": args.speaker,
        "date_from": args.since,
        "date_to": args.until,
        "transcripts": args.transcript,
    }


def _run_search(args: argparse.Namespace) -> int:
    from qa_bot.pipeline.qa import TranscriptQA

    qa = TranscriptQA.load(args.index, query_adapter=args.query_adapter, reader=args.reader, backend=args.backend)
    hits = qa.search(args.query, k=args.k, rerank=args.rerank, **_filters(args))
    if args.json:
        print(json.dumps([h.to_dict() for h in hits], ensure_ascii=False, indent=2))
        return 0
    if not hits:
        print("No passage matches.")
    for rank, hit in enumerate(hits, 1):
        print(f"{rank}. [{hit.score:.3f}] {_cite(hit.speaker, hit.date, hit.title)} (turn {hit.turn_start})")
        print(f"   {hit.text[:300]}{'…' if len(hit.text) > 300 else ''}")
    return 0


def _run_ask(args: argparse.Namespace) -> int:
    from qa_bot.pipeline.qa import TranscriptQA
    from qa_bot.presentation.chips import describe_interpretation

    qa = TranscriptQA.load(args.index, query_adapter=args.query_adapter, reader=args.reader, backend=args.backend)
    answer = qa.ask(args.question, **_filters(args))
    if args.json:
        print(json.dumps(answer.to_dict(), ensure_ascii=False, indent=2))
        return 0
    if answer.headline:
        print(f"{answer.kind.capitalize()}: {answer.headline}")
    if not answer.found:
        print(answer.text)
    elif len(answer.citations) > 1:
        print(f"{len(answer.citations)} sources, {answer.order}:")
    for c in answer.citations:
        if c.context:
            print(f"  (replying to: {c.context})")
        print(f"“{c.quote}”")
        print(f"— {_cite(c.speaker, c.date, c.title)}")
    chips = describe_interpretation(answer.interpreted)
    if chips:
        print(f"Interpreted as: {' · '.join(chips)}")
    if not answer.found and answer.hits:
        print("Nearest passages:")
        for hit in answer.hits[:3]:
            print(f"  [{hit.score:.2f}] {hit.speaker}: {hit.text[:160]}")
    return 0


def _run_inspect(args: argparse.Namespace) -> int:
    from qa_bot.ingest.describe import format_report, inspect_file

    report = inspect_file(args.file, max_bytes=args.max_bytes, turns=args.turns)
    print(json.dumps(report, ensure_ascii=False, indent=2) if args.json else format_report(report))
    return 0


def _run_serve(args: argparse.Namespace) -> int:
    """Serve the chat; without an index, a page that explains how to build one."""
    from qa_bot.errors import IndexNotFoundError
    from qa_bot.pipeline.qa import TranscriptQA
    from qa_bot.presentation.server import launch, launch_setup_page

    index_dir = args.index or default_index_dir()
    try:
        qa = TranscriptQA.load(index_dir, query_adapter=args.query_adapter, reader=args.reader,
                              backend=args.backend)
    except IndexNotFoundError as exc:
        print(f"qa-bot: {exc}; serving a page that explains this", file=sys.stderr)
        launch_setup_page(index_dir, str(exc), host=args.host, port=args.port)
        return 0
    launch(qa, host=args.host, port=args.port)
    return 0


def _cite(speaker: str, date: Any, title: str) -> str:
    when = f", {date.isoformat()}" if date else ""
    return f"{speaker}{when} · {title}"


COMMANDS = {"index": run_index, "search": _run_search, "ask": _run_ask, "inspect": _run_inspect, "serve": _run_serve}


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``qa-bot`` console script."""
    args = build_parser().parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    try:
        return COMMANDS[args.command](args)
    except QABotError as exc:
        print(f"qa-bot: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("qa-bot: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
