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

from qa_bot.answering.extract import NOTHING_MORE, AnswerConfig, extract_answer
from qa_bot.embedding import Embedder, SentenceTransformerEmbedder, WithStoredVectors, built_precision
from qa_bot.errors import FilterError, IndexMismatchError, QABotError
from qa_bot.question.followup import (
    QuestionReading,
    Resolution,
    as_context,
    fold_history,
    next_context,
    read_question,
    resolve,
    unquoted_part,
    user_questions,
)
from qa_bot.question.parse import Person, people_from_titles
from qa_bot.retrieval import DateLike, QueryAdapter, Retriever, make_retriever, resolve_adapter, resolve_filters
from qa_bot.retrieval.adapter import DEFAULT_ADAPTER
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
    resolution: Resolution

    @property
    def query(self) -> str:
        """The text to search: the question, plus the carried topic when it names none."""
        return self.resolution.query


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
    if embedder.precision != built_precision(built):
        raise IndexMismatchError(
            f"index at {store.path} holds {built_precision(built)} vectors but questions would be encoded "
            f"at {embedder.precision}; load it without choosing a precision, or rebuild it (--full)"
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
        query_adapter: QueryAdapter | None = None,
    ) -> None:
        self.store = store
        self.embedder = embedder
        self.answer_config = answer_config or AnswerConfig()
        self.method = method
        self.query_adapter = query_adapter
        self._retrievers: dict[str, Retriever] = {}
        self._loaded = _signature(store.path)
        self._reload_lock = threading.Lock()
        self._people: tuple[IndexStore, list[Person]] | None = None
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
            self._retrievers[method] = make_retriever(method, self.store, self.embedder, self.query_adapter)
        return self._retrievers[method]

    @classmethod
    def load(
        cls,
        index_dir: str | Path | None = None,
        *,
        model: str | None = None,
        embedder: Embedder | None = None,
        device: str | None = None,
        backend: str = "auto",
        answer_config: AnswerConfig | None = None,
        method: str = "hybrid",
        query_adapter: str | Path | QueryAdapter | None = DEFAULT_ADAPTER,
    ) -> TranscriptQA:
        """Open the index at ``index_dir`` with the model it was built with.

        Questions are encoded at the precision the index records, by
        ``backend`` (see ``SentenceTransformerEmbedder``). Passing ``model``
        or ``embedder`` asserts which model is expected:
        an index built with another one is refused (``IndexMismatchError``).
        ``query_adapter`` is ``"default"`` (the bundled adapter when the index
        uses the bundled model), ``"none"``/None, or an adapter file for the
        index's model (see ``qa_bot.retrieval.adapter``).
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
            embedder = SentenceTransformerEmbedder(built["name"], device=device, backend=backend,
                                                   precision=built_precision(built))
        try:
            _check_model(store, embedder)
            adapter = resolve_adapter(query_adapter, embedder.name, embedder.dimension)
        except QABotError:
            store.close()
            raise
        if adapter is not None:
            logger.info("query adapter: %s", adapter.describe())
        return cls(store, embedder, answer_config, method, adapter)

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
        context: ConversationContext | dict[str, Any] | None = None,
    ) -> Answer:
        """Answer ``question`` with a verbatim, cited quote (or ``found=False``).

        ``context`` is the previous answer's ``Answer.context`` in the same
        chat (or its ``to_dict()``): follow-ups ("What else did he say about it?", "And in 2022?")
        take its speakers, topic and dates (see ``qa_bot.question.followup``), and
        "what else" skips the passages it already quoted. Without ``context``,
        ``history`` (earlier messages, ``{"role", "content"}`` dicts or the
        user's questions as strings) is read to rebuild one, without the quoted
        spans; an empty ``ConversationContext()`` ignores the history (a
        cleared context). ``Answer.context`` is what to pass with the next question.
        """
        question = _check_question(question)
        _check_k(k)
        context = as_context(context)
        if context is None and history:
            context = self.context_from_history(history, question, transcripts)
        plan = self._plan(question, speaker, date_from, date_to, transcripts, self.method, context)
        query_vector = self.embedder.encode([plan.query])[0]
        hits = self._search_excluding(plan, k, query_vector)
        sentences = WithStoredVectors(self.embedder, self.store.sentence_vectors)  # stored at build time
        answer = extract_answer(
            plan.query, query_vector, hits, sentences, self.answer_config, plan.interpreted,
            kind=plan.interpreted["kind"],
        )
        if not answer.found and hits and plan.resolution.exclude:
            answer.text = NOTHING_MORE  # "what else" after the quotes that answered it
        answer.context = next_context(plan.resolution, answer.citations if answer.found else [], context)
        return answer

    def context_from_history(
        self, history: Sequence[Any], question: str | None = None, transcripts: Sequence[str] | str | None = None
    ) -> ConversationContext:
        """The context that earlier user questions in ``history`` establish (parsing only, no search).

        A trailing user message equal to ``question`` (a client that sends the
        current question in the history too) is left out.
        """
        asked = user_questions(history)
        if question is not None and asked and asked[-1] == question.strip():
            asked.pop()
        if not asked:
            return ConversationContext()
        scope = self._speakers_in(resolve_filters(self.store, None, None, None, transcripts).transcripts)
        return fold_history(asked, lambda q: self._read(q, scope, self.method))

    def _search_excluding(self, plan: _Plan, k: int, query_vector: Any) -> list[Hit]:
        """The ``k`` best hits, less ``plan``'s excluded (already quoted) spans.

        A hit holding a quoted span keeps its longest unquoted part (the rest
        of a long statement is often what "what else" is after); one left
        with a few words only is dropped. Asks the retriever for more hits
        than ``k`` (doubling while too many are dropped), so a "what else"
        question still gets ``k`` hits when the index has them.
        """
        exclude = plan.resolution.exclude
        fetch = k + 2 * len(exclude) if exclude else k
        while True:
            hits = self.retriever().search(
                plan.query, fetch, plan.filters, query_vector=query_vector, boost_speakers=plan.boost_speakers
            )
            kept = [t for t in (unquoted_part(h, exclude) for h in hits) if t is not None]
            if len(kept) >= k or len(hits) < fetch or fetch >= 50 * k + len(exclude):
                return kept[:k]
            fetch *= 2

    def _read(self, question: str, scope: Sequence[str], method: str) -> QuestionReading:
        """``question`` read on its own; speakers and dates only for the hybrid method (as before)."""
        if method != "hybrid":
            return read_question(question, (), with_dates=False)
        return read_question(question, scope, people=self._described_people(), with_dates=self.store.has_dates)

    def _described_people(self) -> list[Person]:
        """People the transcript titles and speaker names describe (office, country), once per index."""
        store = self.store
        cached = self._people
        if cached is None or cached[0] is not store:
            titles = [title for title, _ in store.transcript_info().values()]
            people = people_from_titles(titles, list(self._speakers_in(None)))
            cached = self._people = (store, people)
        return cached[1]

    def _last_quoted_speaker(self, context: ConversationContext | None) -> str | None:
        """The speaker of the turn the last answer quoted, for "he"/"she" when no speaker is carried."""
        if context is None or not context.quoted:
            return None
        transcript_id, index, _, _ = context.quoted[-1]
        try:
            speaker = self.store.turn(transcript_id, index).speaker
        except (IndexError, QABotError):
            return None
        return None if speaker in self.answer_config.question_speakers else speaker

    def _plan(
        self,
        question: str,
        speaker: str | Sequence[str] | None,
        date_from: DateLike,
        date_to: DateLike,
        transcripts: Sequence[str] | str | None,
        method: str,
        context: ConversationContext | None = None,
    ) -> _Plan:
        """How to search ``question``: filters, speakers to prefer, the query text, turns to skip.

        Precedence, field by field: filters set explicitly (the ``speaker``,
        ``date_from``/``date_to`` and ``transcripts`` arguments: the UI's and
        the API's) win over what the question names, which wins over what the
        conversation ``context`` carries. A speaker named in the question or
        carried only boosts that speaker's passages (no hard filter), and not
        at all in a who-question, where a name is the object ("Who told Ross
        to …"); dates named or carried become the date filter, and apply only
        when the index has dated transcripts. Speakers and dates are read with
        the hybrid method only; the carried topic and "what else" apply to all.

        ``interpreted`` records what was applied and where it came from:
        ``query`` (as asked), ``kind``, ``topic``, ``speakers`` (in force),
        ``speakers_named`` / ``dates_named`` (read from the question and
        applied), ``roles_named`` (descriptions and whom they designate),
        ``not_speakers`` (people named who have no turns in scope),
        ``carried`` (taken from the context), ``follow_up``, ``overridden``
        (what the question or context said that an explicit filter beat),
        ``skipped_quotes`` ("what else"), ``searched_as`` (the text searched,
        when it differs from ``query``) and ``filters`` (the filters applied).
        """
        filters = resolve_filters(self.store, speaker, date_from, date_to, transcripts)
        scope = self._speakers_in(filters.transcripts) if method == "hybrid" else ()
        reading = self._read(question, scope, method)
        resolution = resolve(reading, context, lambda: self._last_quoted_speaker(context))
        interpreted: dict[str, Any] = {"query": question, "kind": reading.kind}
        carried = list(resolution.carried)
        overridden: dict[str, Any] = {}
        boost: tuple[str, ...] = ()
        hybrid = method == "hybrid"
        if not hybrid:
            carried = [c for c in carried if c not in ("speakers", "dates")]
        if filters.speakers is not None:
            interpreted["speakers"] = list(filters.speakers)
            if resolution.speakers:
                overridden["speakers"] = list(resolution.speakers)
                carried = [c for c in carried if c != "speakers"]
        elif resolution.speakers and hybrid:
            boost = resolution.speakers
            interpreted["speakers"] = list(boost)
            if resolution.speakers_from == "question":
                interpreted["speakers_named"] = list(reading.speakers)
        absent = [p for p in resolution.speakers if p not in scope]
        if absent and boost:
            interpreted["not_speakers"] = absent
        described = {r.mention: r.person for r in reading.roles if r.person}
        if described:
            interpreted["roles_named"] = described
        if hybrid and (resolution.date_from or resolution.date_to):
            if filters.date_from is None and filters.date_to is None:
                filters = replace(filters, date_from=resolution.date_from, date_to=resolution.date_to)
                if resolution.dates_from == "question":
                    interpreted["dates_named"] = resolution.date_mention
            else:
                overridden["dates"] = resolution.date_mention
                carried = [c for c in carried if c != "dates"]
        interpreted["topic"] = resolution.topic
        interpreted["carried"] = carried
        interpreted["follow_up"] = resolution.follow_up
        if overridden:
            interpreted["overridden"] = overridden
        if resolution.exclude:
            interpreted["skipped_quotes"] = len(resolution.exclude)
        if resolution.query != question:
            interpreted["searched_as"] = resolution.query
        interpreted["filters"] = filters.to_dict()
        return _Plan(filters, boost, interpreted, resolution)

    def speakers(self) -> list[str]:
        """Speakers in the index, most turns first."""
        return list(self._speakers_in(None))

    def _speakers_in(self, transcripts: Sequence[str] | None) -> tuple[str, ...]:
        """Speakers of ``transcripts`` (None: the whole index), most turns first."""
        return tuple(name for name, _ in self.store.speaker_counts(transcripts))

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
