"""``TranscriptQA``: the Python API over a built index (search and ask)."""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
import threading
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from qa_bot.answer import AnswerConfig, extract_answer
from qa_bot.embedding import Embedder, SentenceTransformerEmbedder
from qa_bot.errors import FilterError, IndexMismatchError, QABotError
from qa_bot.retrieval import DateLike, Retriever, make_retriever, resolve_filters
from qa_bot.retrieval.query import parse_question
from qa_bot.store import IndexStore
from qa_bot.types import Answer, ConversationContext, Filters, Hit, Transcript

logger = logging.getLogger(__name__)

DEFAULT_INDEX = "embeddings/default"
MAX_QUESTION_CHARS = 2000


@dataclass(frozen=True)
class _Plan:
    """How a question will be searched: hard filters, speakers to prefer, and what was read."""

    filters: Filters
    boost_speakers: tuple[str, ...]
    interpreted: dict[str, Any]


def _signature(index_dir: Path) -> tuple[int, int] | None:
    """Identifies one build of an index folder: a rebuild writes a new manifest file."""
    try:
        info = (index_dir / "manifest.json").stat()
    except OSError:
        return None
    return info.st_ino, info.st_mtime_ns


def _check_model(store: IndexStore, embedder: Embedder) -> None:
    """Refuse an index whose vectors another model made, or whose dimension differs from the model's."""
    built = store.manifest["model"]
    if embedder.name != built["name"]:
        raise IndexMismatchError(
            f"index at {store.path} was built with model {built['name']!r}, not {embedder.name!r}; "
            "rebuild it with the model you want (--full)"
        )
    if embedder.dimension != built["dimension"]:
        raise IndexMismatchError(
            f"index at {store.path} holds {built['dimension']}-dimensional vectors but model "
            f"{embedder.name!r} makes {embedder.dimension}-dimensional ones; rebuild it (--full)"
        )


def default_index_dir() -> str:
    """``$QA_BOT_INDEX`` or ``embeddings/default``."""
    return os.environ.get("QA_BOT_INDEX") or DEFAULT_INDEX


class TranscriptQA:
    """Question answering over one index. Thread-safe for concurrent ``search``/``ask``."""

    def __init__(
        self,
        store: IndexStore,
        embedder: Embedder,
        answer_config: AnswerConfig | None = None,
        method: str = "hybrid",
    ) -> None:
        self.store = store
        self.embedder = embedder
        self.answer_config = answer_config or AnswerConfig()
        self.method = method
        self._retrievers: dict[str, Retriever] = {}
        self._loaded = _signature(store.path)
        self._reload_lock = threading.Lock()
        self.retriever(method)  # fail early on an unknown method

    def reload_if_changed(self) -> bool:
        """Switch to the index folder's newer build, if a rebuild swapped one in; True if it did.

        Cheap enough to call before every question (one ``stat``). Searches
        already running finish on the old index, whose open files stay
        readable. A new build that cannot be used (another model, damaged) is
        logged and ignored: the loaded index keeps answering.
        """
        current = _signature(self.store.path)
        if current == self._loaded or current is None:
            return False
        with self._reload_lock:
            if current == self._loaded:
                return False
            store: IndexStore | None = None
            try:
                store = IndexStore(self.store.path)
                _check_model(store, self.embedder)
            except QABotError as exc:
                if store is not None:
                    store.close()
                logger.warning("not switching to the rebuilt index: %s", exc)
                self._loaded = current
                return False
            self.store, self._retrievers, self._loaded = store, {}, current
        logger.info("switched to the rebuilt index at %s (%s)", store.path, store.manifest.get("built_at"))
        return True

    def retriever(self, method: str | None = None) -> Retriever:
        """The retriever for ``method`` ("hybrid", "dense" or "lexical"; default: this object's)."""
        method = method or self.method
        if method not in self._retrievers:
            self._retrievers[method] = make_retriever(method, self.store, self.embedder)
        return self._retrievers[method]

    @classmethod
    def load(
        cls,
        index_dir: str | Path | None = None,
        *,
        model: str | None = None,
        embedder: Embedder | None = None,
        device: str | None = None,
        answer_config: AnswerConfig | None = None,
        method: str = "hybrid",
    ) -> TranscriptQA:
        """Open the index at ``index_dir`` with the model it was built with.

        Passing ``model`` or ``embedder`` asserts which model is expected:
        an index built with another one is refused (``IndexMismatchError``).
        """
        index_dir = Path(index_dir or default_index_dir())
        store = IndexStore(index_dir)
        built = store.manifest["model"]
        if embedder is None:
            if model is not None and SentenceTransformerEmbedder(model).name != built["name"]:
                store.close()
                raise IndexMismatchError(
                    f"index at {index_dir} was built with model {built['name']!r}, not {model!r}; "
                    f"rebuild it with `qa-bot index SRC... --index {index_dir} --model {model} --full`"
                )
            embedder = SentenceTransformerEmbedder(built["name"], device=device)
        try:
            _check_model(store, embedder)
        except IndexMismatchError:
            store.close()
            raise
        return cls(store, embedder, answer_config, method)

    def search(
        self,
        query: str,
        k: int = 10,
        speaker: str | Sequence[str] | None = None,
        date_from: DateLike = None,
        date_to: DateLike = None,
        transcripts: Sequence[str] | str | None = None,
        method: str | None = None,
    ) -> list[Hit]:
        """The ``k`` passages most relevant to ``query`` among those passing the filters.

        ``method`` picks the retriever ("hybrid", "dense", "lexical"); the
        default is the one this object was loaded with.
        """
        query = _check_question(query)
        _check_k(k)
        plan = self._plan(query, speaker, date_from, date_to, transcripts, method or self.method)
        return self.retriever(method).search(query, k, plan.filters, boost_speakers=plan.boost_speakers)

    def ask(
        self,
        question: str,
        history: Sequence[Any] | None = None,
        speaker: str | Sequence[str] | None = None,
        date_from: DateLike = None,
        date_to: DateLike = None,
        transcripts: Sequence[str] | str | None = None,
        k: int = 10,
        context: ConversationContext | None = None,
    ) -> Answer:
        """Answer ``question`` with a verbatim, cited quote (or ``found=False``).

        ``context`` is the previous answer's ``Answer.context`` in the same
        chat; ``history`` (earlier chat messages) is accepted for API
        stability. Follow-up resolution does not use them yet.
        """
        question = _check_question(question)
        _check_k(k)
        plan = self._plan(question, speaker, date_from, date_to, transcripts, self.method)
        query_vector = self.embedder.encode([question])[0]
        hits = self.retriever().search(
            question, k, plan.filters, query_vector=query_vector, boost_speakers=plan.boost_speakers
        )
        answer = extract_answer(question, query_vector, hits, self.embedder, self.answer_config, plan.interpreted)
        answer.context = context or ConversationContext()
        return answer

    def _plan(
        self,
        question: str,
        speaker: str | Sequence[str] | None,
        date_from: DateLike,
        date_to: DateLike,
        transcripts: Sequence[str] | str | None,
        method: str,
    ) -> _Plan:
        """Filters given by the caller, plus what the question itself names (hybrid only).

        Explicit filters win: a speaker named in the question only boosts that
        speaker's passages when no speaker filter is set, and dates named in
        the question ("in June 2021") apply only when no date filter is set and
        the index has dated transcripts.
        """
        filters = resolve_filters(self.store, speaker, date_from, date_to, transcripts)
        interpreted: dict[str, Any] = {"query": question}
        boost: tuple[str, ...] = ()
        if method == "hybrid":
            in_scope = [name for name, _ in self.store.speaker_counts(filters.transcripts)]
            read = parse_question(question, in_scope, with_dates=self.store.has_dates)
            if read.speakers and filters.speakers is None:
                boost = read.speakers
                interpreted["speakers_named"] = list(read.speakers)
            if read.date_mention and filters.date_from is None and filters.date_to is None:
                filters = replace(filters, date_from=read.date_from, date_to=read.date_to)
                interpreted["dates_named"] = read.date_mention
        interpreted["filters"] = filters.to_dict()
        return _Plan(filters, boost, interpreted)

    def speakers(self) -> list[str]:
        """Speakers in the index, most turns first."""
        return [name for name, _ in self.store.speaker_counts()]

    def transcript_list(self) -> list[tuple[str, str, dt.date | None]]:
        """``(id, title, date)`` of every transcript, newest first (undated last)."""
        info = self.store.transcript_info()
        rows = [(tid, title, date) for tid, (title, date) in info.items()]
        return sorted(rows, key=lambda r: (r[2] is not None, r[2] or dt.date.min, r[0]), reverse=True)

    def transcript(self, transcript_id: str) -> Transcript:
        """A whole indexed transcript."""
        return self.store.transcript(transcript_id)

    def example_questions(self, n: int = 4) -> list[str]:
        """Questions that the indexed material can answer.

        Half are questions journalists actually asked (cut at the first comma
        after the named subject, so they stay short); the rest are "What did
        <speaker> say about the <topic>?" with the most frequent speakers and
        the "the <Proper Name>" phrases (treaties, institutions) of the passages.
        """
        turns = [turn for tid, _, _ in self.transcript_list()[:20] for turn in self.store.transcript(tid).turns]
        examples: list[str] = []
        for turn in turns:
            if turn.speaker not in self.answer_config.question_speakers or len(examples) >= max(1, n // 2):
                continue
            for asked in re.findall(r"[^.?!]*\?", turn.text):
                short = _shorten_question(asked.strip())
                if short and short not in examples:
                    examples.append(short)
                    break
        skip = {*self.answer_config.question_speakers, "Unknown speaker"}
        people = [s for s in self.speakers() if s not in skip]
        topics = Counter(m for turn in turns for m in _THE_PROPER_NAME.findall(turn.text))
        for i, (topic, _) in enumerate(topics.most_common(n)):
            if len(examples) >= n or not people:
                break
            examples.append(f"What did {people[i % len(people)]} say about the {topic}?")
        return examples[:n]


_THE_PROPER_NAME = re.compile(r"\bthe ((?:[A-Z][a-z]+ ){1,3}[A-Z][a-z]+)\b")


def _shorten_question(question: str, max_words: int = 14) -> str | None:
    """A journalist's question cut to its core, or None if it is long or names nothing specific.

    A trailing clause ("…, considering that …") is dropped; other commas are
    kept, since cutting there would break the sentence.
    """
    head, _, rest = question.rstrip("?").partition(",")
    if rest and rest.split()[0].lower() not in _TRAILING_CLAUSE_STARTS:
        head = question.rstrip("?")
    tokens = head.split()
    if not 4 <= len(tokens) <= max_words or not any(t[:1].isupper() for t in tokens[1:]):
        return None
    return head.strip() + "?"


_TRAILING_CLAUSE_STARTS = {"considering", "given", "including", "especially", "particularly", "since", "as"}


def _check_question(question: str) -> str:
    """The stripped question, or ``QABotError`` when it is empty or too long."""
    if not isinstance(question, str) or not question.strip():
        raise QABotError("the question is empty: type what you want to find")
    question = question.strip()
    if len(question) > MAX_QUESTION_CHARS:
        raise QABotError(f"the question is {len(question)} characters long; keep it under {MAX_QUESTION_CHARS}")
    return question


def _check_k(k: int) -> None:
    if not isinstance(k, int) or k <= 0:
        raise FilterError(f"k must be a positive number of results, got {k!r}")
