"""Launch the qa-bot chat UI; builds the sample index on first run.

Without an index and without the sample to build one from, it serves a page
that explains how to build an index instead of failing. An index of the
sample written by an older qa-bot (another index format) is rebuilt; any
other outdated index is reported with the command that rebuilds it.

    python app.py

Environment: ``QA_BOT_INDEX`` (index folder or Milvus URI, default ``embeddings/default``),
``QA_BOT_HOST`` (default ``127.0.0.1``), ``QA_BOT_PORT`` (default ``7860``).
"""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
SAMPLE_DIR = ROOT / "data" / "sample"
DEFAULT_INDEX = ROOT / "embeddings" / "default"

logger = logging.getLogger("qa_bot.app")


def main() -> int:
    """Build the sample index if needed, load it and serve the UI; returns the exit code."""
    from qa_bot.config import environment, quiet_libraries

    quiet_libraries()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("faiss.loader").setLevel(logging.WARNING)  # it logs each CPU-feature probe

    import qa_bot
    from qa_bot.config import model_spec
    from qa_bot.errors import IndexNotFoundError
    from qa_bot.presentation.server import launch, launch_setup_page
    from qa_bot.retrieval.adapter import default_adapter_spec
    from qa_bot.store import FolderLocation, index_exists, parse_location

    try:
        env = environment()
        index_dir = parse_location(env.index or DEFAULT_INDEX)
        host = env.host or "127.0.0.1"
        port_text = env.port or "7860"
        try:
            port = int(port_text)
        except ValueError:
            raise qa_bot.QABotError(f"QA_BOT_PORT must be a port number, not {port_text!r}") from None
        if not index_exists(index_dir) and SAMPLE_DIR.is_dir():
            logger.info("no index in %s: building it from %s", index_dir, SAMPLE_DIR)
            qa_bot.build_index([str(SAMPLE_DIR)], str(index_dir))
        elif isinstance(index_dir, FolderLocation) and _outdated_sample_index(index_dir.path):
            logger.info("the sample index in %s has an older format: rebuilding it from %s", index_dir, SAMPLE_DIR)
            qa_bot.build_index([str(SAMPLE_DIR)], str(index_dir), full=True)
        try:
            qa = qa_bot.TranscriptQA.load(str(index_dir), query_adapter=default_adapter_spec(),
                                          reader=model_spec("reader"))
        except IndexNotFoundError as exc:  # no sample to build from: explain, in the browser
            logger.warning("%s", exc)
            launch_setup_page(str(index_dir), str(exc), host=host, port=port)
            return 0
        launch(qa, host=host, port=port)
    except (qa_bot.QABotError, OSError) as exc:  # user errors, port in use
        sys.stderr.write(f"error: {exc}\n")
        return 1
    return 0


def _outdated_sample_index(index_dir: Path) -> bool:
    """Whether ``index_dir`` holds only the bundled sample, in another index format (so rebuilding loses nothing)."""
    from qa_bot.store import FORMAT_VERSION

    try:
        manifest = json.loads((index_dir / "manifest.json").read_text(encoding="utf-8"))
        sources = [Path(entry["source"]) for entry in manifest["files"].values()]
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return False  # unreadable: loading reports it
    inside = [(ROOT / s).resolve().is_relative_to(SAMPLE_DIR.resolve()) for s in sources]
    return manifest.get("format_version") != FORMAT_VERSION and bool(inside) and all(inside)


if __name__ == "__main__":
    sys.exit(main())
