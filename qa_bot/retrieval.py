"""Finding passages: filters resolved against the index, then dense search over FAISS.

Filters are applied before ranking (FAISS ID selector over the exact index),
so a filtered search returns every match that exists, up to ``k``.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence

import numpy as np

from qa_bot.embedding import Embedder
from qa_bot.errors import FilterError
from qa_bot.store import IndexStore
from qa_bot.text import parse_date, words
from qa_bot.types import Filters, Hit, Passage

logger = logging.getLogger(__name__)

DateLike = dt.date | str | None


class DenseRetriever:
    """Cosine similarity between the question and passage vectors (exact inner product)."""

    def __init__(self, store: IndexStore, embedder: Embedder) -> None:
        self.store = store
        self.embedder = embedder
        self._titles = store.transcript_info()

    def search(
        self, query: str, k: int = 10, filters: Filters | None = None, query_vector: np.ndarray | None = None
    ) -> list[Hit]:
        """The ``k`` best passages for ``query`` within ``filters``, best first."""
        import faiss

        filters = filters or Filters()
        if k <= 0:
            raise FilterError(f"k must be a positive number of results, got {k}")
        allowed = self.store.filter_ids(filters)
        if allowed is not None and not len(allowed):
            return []
        limit = min(k, self.store.vectors.ntotal if allowed is None else len(allowed))
        if limit == 0:
            return []
        if query_vector is None:
            query_vector = self.embedder.encode([query])[0]
        params = faiss.SearchParameters(sel=faiss.IDSelectorBatch(allowed)) if allowed is not None else None
        scores, ids = self.store.vectors.search(query_vector.reshape(1, -1).astype(np.float32), limit, params=params)
        ranked = [(int(i), float(s)) for i, s in zip(ids[0], scores[0], strict=True) if i >= 0]
        passages = self.store.passages([i for i, _ in ranked])
        return [self._hit(passages[i], s) for i, s in ranked]

    def _hit(self, passage: Passage, score: float) -> Hit:
        title, date = self._titles.get(passage.transcript_id, (passage.transcript_id, None))
        return Hit(
            transcript_id=passage.transcript_id,
            title=title,
            date=date,
            speaker=passage.speaker,
            turn_start=passage.turn_start,
            turn_end=passage.turn_end,
            text=passage.text,
            score=score,
            start=self.store.turn_start(passage.transcript_id, passage.turn_start),
            context=passage.context,
            passage_id=passage.id,
            char_start=passage.char_start,
            char_end=passage.char_end,
        )


def resolve_filters(
    store: IndexStore,
    speaker: str | Sequence[str] | None = None,
    date_from: DateLike = None,
    date_to: DateLike = None,
    transcripts: Sequence[str] | str | None = None,
) -> Filters:
    """Check user-given filters against the index and turn them into ``Filters``.

    A speaker matches case-insensitively by full name or by any of its words
    ("lavrov" -> "Sergey Lavrov"); unknown speakers or transcript ids, and
    unreadable dates, raise ``FilterError`` naming the valid options.
    """
    speakers = None
    if speaker:
        names = [speaker] if isinstance(speaker, str) else list(speaker)
        known = [name for name, _ in store.speaker_counts()]
        speakers = tuple(dict.fromkeys(m for name in names for m in match_speaker(name, known)))
    transcript_ids = None
    if transcripts:
        wanted = [transcripts] if isinstance(transcripts, str) else list(transcripts)
        known_ids = store.transcript_info()
        unknown = [t for t in wanted if t not in known_ids]
        if unknown:
            raise FilterError(
                f"unknown transcript id(s) {', '.join(map(repr, unknown))}; the index has: "
                + _sample(sorted(known_ids))
            )
        transcript_ids = tuple(wanted)
    start, end = _date_arg(date_from, "date_from"), _date_arg(date_to, "date_to")
    if start and end and start > end:
        raise FilterError(f"date_from {start} is after date_to {end}")
    return Filters(speakers, start, end, transcript_ids)


def match_speaker(name: str, known: Sequence[str]) -> list[str]:
    """Index speakers that ``name`` designates (exact, else every word of ``name`` in theirs)."""
    wanted = name.strip().casefold()
    exact = [k for k in known if k.casefold() == wanted]
    if exact:
        return exact
    tokens = set(words(wanted))
    partial = [k for k in known if tokens and tokens <= set(words(k))]
    if not partial:
        raise FilterError(f"no speaker matching {name!r} in the index; speakers: {_sample(known)}")
    return partial


def _date_arg(value: DateLike, name: str) -> dt.date | None:
    if value is None or value == "":
        return None
    parsed = parse_date(value)
    if parsed is None:
        raise FilterError(f"{name}: cannot read {value!r} as a date; use YYYY-MM-DD")
    return parsed


def _sample(options: Sequence[str], limit: int = 12) -> str:
    shown = ", ".join(options[:limit])
    return shown + (f" … ({len(options)} in all)" if len(options) > limit else "")
