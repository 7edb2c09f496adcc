"""qa-bot: ask questions of transcripts, get verbatim quotes with speaker and date.

Public API::

    import qa_bot
    stats = qa_bot.build_index(["transcripts/"], "embeddings/default")
    qa = qa_bot.TranscriptQA.load("embeddings/default")
    hits = qa.search("Open Skies Treaty", k=10)
    answer = qa.ask("What did Lavrov say about the Open Skies Treaty?")

Heavy libraries (torch, faiss, gradio) load lazily, on first use.
"""

from __future__ import annotations

__version__ = "0.1.0"

from qa_bot.errors import (
    FilterError,
    IndexMismatchError,
    IndexNotFoundError,
    IngestError,
    QABotError,
)
from qa_bot.pipeline.build import BuildStats, build_index
from qa_bot.pipeline.qa import TranscriptQA
from qa_bot.types import Answer, Citation, ConversationContext, Hit, Passage, Transcript, Turn

__all__ = [
    "Answer",
    "BuildStats",
    "Citation",
    "ConversationContext",
    "FilterError",
    "Hit",
    "IndexMismatchError",
    "IndexNotFoundError",
    "IngestError",
    "Passage",
    "QABotError",
    "Transcript",
    "TranscriptQA",
    "Turn",
    "__version__",
    "build_index",
]
