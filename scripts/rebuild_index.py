"""Rebuild an index from transcript folders: same arguments as `qa-bot index`.

    python scripts/rebuild_index.py data/sample --index embeddings/default
"""

from __future__ import annotations

import sys

from qa_bot.presentation.cli import main

if __name__ == "__main__":
    sys.exit(main(["index", *sys.argv[1:]]))
