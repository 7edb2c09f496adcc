"""``TranscriptQA``: the Python API over a built index (search and ask).

``ask`` is three public stages, each usable on its own: ``plan`` (read the
question with its filters and conversation), ``retrieve`` (the passages that
may answer it) and ``answer`` (the quote). ``timer`` hears how long each
took, so benchmarks measure this path rather than a copy of it.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np

from qa_bot.answering.absent import unheld_answer
from qa_bot.answering.extract import NOTHING_MORE, extract_answer
from qa_bot.config import Config, default_index_dir
from qa_bot.embedding import Embedder, SentenceTransformerEmbedder, WithStoredVectors, built_precision
from qa_bot.errors import IndexMismatchError, QABotError
from qa_bot.pipeline.checks import check_k, check_model, check_question
from qa_bot.pipeline.examples import example_questions
from qa_bot.pipeline.holdings import Holdings
from qa_bot.pipeline.replies import with_replies
from qa_bot.question import (
    QuestionPlan,
    as_context,
    fold_history,
    next_context,
    plan_question,
    user_questions,
)
from qa_bot.rerank.reader import DEFAULT_READER, Reader, resolve_reader
from qa_bot.retrieval import QueryAdapter, Retriever, make_retriever, resolve_adapter
from qa_bot.retrieval.adapter import DEFAULT_ADAPTER
from qa_bot.retrieval.exclude import unquoted_part
from qa_bot.store import DateLike, IndexLocation, Store, open_index, resolve_filters
from qa_bot.timing import StageTimer, timed
from qa_bot.types import Answer, ConversationContext, Hit, Transcript

logger = logging.getLogger(__name__)

Speakers = str | Sequence[str] | None
Transcripts = Sequence[str] | str | None


class TranscriptQA:
    """Question answering over one index. Thread-safe for concurrent ``search``/``ask``.

    ``config`` holds every tunable number (``qa_bot.config.Config``);
    ``timer``, when set, is called with each stage's name and seconds.
    """

    def __init__(
        self,
        store: Store,
        embedder: Embedder,
        config: Config | None = None,
        method: str = "hybrid",
        query_adapter: QueryAdapter | None = None,
        *,
        reader: Reader | None = None,
        timer: StageTimer | None = None,
    ) -> None:
        self.store = store
        self.reader = reader
        self.embedder = embedder
        self.config = config or Config()
        self.method = method
        self.query_adapter = query_adapter
        self.timer = timer
        self._retrievers: dict[str, Retriever] = {}
        self._loaded = store.signature()
        self._reload_lock = threading.Lock()
        self._held: Holdings | None = None
        self.retriever(method)  # fail early on an unknown method

    @classmethod
    def load(
        cls,
        index_dir: IndexLocation | None = None,
        *,
        model: str | None = None,
        embedder: Embedder | None = None,
        device: str | None = None,
        backend: str = "auto",
        config: Config | None = None,
        method: str = "hybrid",
        query_adapter: str | Path | QueryAdapter | None = DEFAULT_ADAPTER,
        reader: str | Path | Reader | None = DEFAULT_READER,
        timer: StageTimer | None = None,
    ) -> TranscriptQA:
        """Open the index at ``index_dir`` (a folder or a Milvus URI) with the model it was built with.

        Questions are encoded at the precision the index records, by
        ``backend`` (see ``SentenceTransformerEmbedder``). Passing ``model``
        or ``embedder`` asserts which model is expected:
        an index built with another one is refused (``IndexMismatchError``).
        ``query_adapter`` is ``"default"`` (the bundled adapter when the index
        uses the bundled model), ``"none"``/None, or an adapter file for the
        index's model (see ``qa_bot.retrieval.adapter``). ``reader`` is
        ``"default"`` (the bundled reader), ``"none"``/None, or a reader file
        (see ``qa_bot.rerank``); it is loaded at the first question.
        """
        store = open_index(index_dir or default_index_dir())
        index_dir = store.location
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
            check_model(store, embedder)
            adapter = resolve_adapter(query_adapter, embedder.name, embedder.dimension)
            reading = (config or Config()).reader
            chosen_reader = resolve_reader(reader, backend, reading.precision, reading.max_tokens)
        except QABotError:
            store.close()
            raise
        if adapter is not None:
            logger.info("query adapter: %s", adapter.describe())
        if chosen_reader is not None:
            logger.info("reader: %s", chosen_reader.describe())
        return cls(store, embedder, config, method, adapter, reader=chosen_reader, timer=timer)

    def reload_if_changed(self) -> bool:
        """Switch to the index's newer build, if a rebuild swapped one in; True if it did.

        Cheap enough to call before every question (one ``stat`` of a folder,
        one call to Milvus). Searches already running finish on the old
        index, whose open files (or collections) stay readable. A new build
        that cannot be used (another model, damaged) is logged and ignored:
        the loaded index keeps answering.
        """
        current = self.store.current_signature()
        if current == self._loaded or current is None:
            return False
        with self._reload_lock:
            if current == self._loaded:
                return False
            store: Store | None = None
            try:
                store = open_index(self.store.location)
                check_model(store, self.embedder)
            except QABotError as exc:
                if store is not None:
                    store.close()
                logger.warning("not switching to the rebuilt index: %s", exc)
                self._loaded = current
                return False
            self.store, self._retrievers, self._loaded = store, {}, store.signature()
        logger.info("switched to the rebuilt index at %s (%s)", store.location, store.manifest.get("built_at"))
        return True

    def retriever(self, method: str | None = None) -> Retriever:
        """The retriever for ``method`` ("hybrid", "dense" or "lexical"; default: this object's)."""
        method = method or self.method
        if method not in self._retrievers:
            self._retrievers[method] = make_retriever(
                method, self.store, self.embedder, self.query_adapter, self.config.fusion
            )
        retriever = self._retrievers[method]
        if hasattr(retriever, "timer"):
            retriever.timer = self.timer
        return retriever

    # -- the three stages of ``ask`` -------------------------------------------

    def plan(
        self,
        question: str,
        *,
        speaker: Speakers = None,
        date_from: DateLike = None,
        date_to: DateLike = None,
        transcripts: Transcripts = None,
        context: ConversationContext | None = None,
        method: str | None = None,
    ) -> QuestionPlan:
        """Read ``question`` with the explicit filters and the conversation ``context`` (``question.plan``).

        The filters are checked against the index (``FilterError`` naming
        the valid options). Speakers and dates are read from the question only
        for the hybrid method, and dates only when the index has dated
        transcripts.
        """
        question = check_question(question)
        method = method or self.method
        with timed(self.timer, "plan"):
            filters = resolve_filters(self.store, speaker, date_from, date_to, transcripts)
            hybrid = method == "hybrid"
            scope = self._speakers_in(filters.transcripts) if hybrid else ()
            return plan_question(
                self._holdings().read(question, scope, method), filters, scope=scope, context=context,
                pronoun_speaker=lambda: self._holdings().last_quoted_speaker(
                    context, self.config.answer.question_speakers),
                hybrid=hybrid, unheld=self._holdings().unheld(question) if hybrid else (),
            )

    def retrieve(self, plan: QuestionPlan, k: int = 10, query_vector: np.ndarray | None = None) -> list[Hit]:
        """The ``k`` best passages for ``plan``, less the spans it excludes ("what else").

        A hit holding a quoted span keeps its longest unquoted part (the rest
        of a long statement is often what "what else" is after); one left
        with a few words only is dropped. Asks the retriever for more hits
        than ``k`` (doubling while too many are dropped), so a "what else"
        question still gets ``k`` hits when the index has them.
        """
        check_k(k)
        if query_vector is None:
            query_vector = self.encode(plan)
        exclude = plan.exclude
        fetch = k + 2 * len(exclude) if exclude else k
        while True:
            hits = self.retriever().search(
                plan.query, fetch, plan.filters, query_vector=query_vector, boost_speakers=plan.boost_speakers
            )
            kept = [t for t in (unquoted_part(h, exclude) for h in hits) if t is not None]
            if len(kept) >= k or len(hits) < fetch or fetch >= 50 * k + len(exclude):
                return kept[:k]
            fetch *= 2

    def answer(self, plan: QuestionPlan, hits: list[Hit], query_vector: np.ndarray | None = None) -> Answer:
        """The verbatim, cited answer to ``plan`` among ``hits`` (or ``found=False``), with the next context.

        Pass ``query_vector`` from ``encode(plan)``, as ``ask`` does, so the question is encoded once.
        """
        if query_vector is None:
            query_vector = self.encode(plan)
        dates = [d for _, d in self.store.transcript_info().values() if d is not None] if plan.dates_named else []
        unheld = unheld_answer(plan, hits, dates)
        if unheld is not None:
            unheld.context = next_context(plan.resolution, [], plan.context)
            return unheld
        hits, scores = self.weigh(plan, hits, query_vector)
        with timed(self.timer, "answer"):
            sentences = WithStoredVectors(self.embedder, self.store.sentence_vectors)  # stored at build time
            answer = extract_answer(
                plan.query, query_vector, hits, sentences, self.config.answer, plan.interpreted(), kind=plan.kind,
                reader_scores=scores,
            )
            if not answer.found and hits and plan.exclude:
                answer.text = NOTHING_MORE  # "what else" after the quotes that answered it
            answer.context = next_context(plan.resolution, answer.citations if answer.found else [], plan.context)
        return answer

    def weigh(
        self, plan: QuestionPlan, hits: list[Hit], query_vector: np.ndarray
    ) -> tuple[list[Hit], np.ndarray | None]:
        """The passages to choose among (``hits`` and replies to the questions among them), each read by the reader."""
        hits = with_replies(self.store, plan.question, hits, query_vector, self.config.answer.question_speakers,
                            plan.filters.speakers)
        return hits, self.read(plan.question, hits)

    def read(self, question: str, hits: Sequence[Hit]) -> np.ndarray | None:
        """The reader's score of each of the first ``config.reader.passages`` hits (None without a reader)."""
        if self.reader is None or not hits:
            return None
        with timed(self.timer, "read"):
            shown = list(hits[: self.config.reader.passages])
            scores = self.reader.scores(question, shown)
        unread = np.full(len(hits) - len(shown), scores.min() - 1.0 if len(scores) else 0.0, dtype=np.float32)
        return np.concatenate([scores, unread])

    def warm_up(self) -> None:
        """Load the question encoder and the reader now (the reader is built and exported on first use)."""
        try:
            self.embedder.encode(["warm up"])
            if self.reader is not None:
                self.reader.warm_up()
        except QABotError as exc:  # the first question will report it
            logger.warning("could not load the models ahead of the first question: %s", exc)

    def encode(self, plan: QuestionPlan) -> np.ndarray:
        """The vector of the text ``plan`` searches."""
        with timed(self.timer, "encode"):
            return self.embedder.encode([plan.query])[0]

    # -- the API -----------------------------------------------------------------

    def search(
        self,
        query: str,
        k: int = 10,
        speaker: Speakers = None,
        date_from: DateLike = None,
        date_to: DateLike = None,
        transcripts: Transcripts = None,
        method: str | None = None,
        rerank: bool = False,
    ) -> list[Hit]:
        """The ``k`` passages most relevant to ``query`` among those passing the filters.

        ``method`` picks the retriever ("hybrid", "dense", "lexical"); the
        default is the one this object was loaded with. With ``rerank`` (and
        a reader), the reader reorders the first ``config.reader.passages``
        hits by how well each answers ``query``.
        """
        query = check_question(query)
        check_k(k)
        plan = self.plan(query, speaker=speaker, date_from=date_from, date_to=date_to,
                         transcripts=transcripts, method=method)
        hits = self.retriever(method).search(query, k, plan.filters, boost_speakers=plan.boost_speakers)
        if rerank and self.reader is not None and hits:
            scores = self.read(query, hits)
            order = sorted(range(len(hits)), key=lambda i: (-float(scores[i]), i))
            hits = [hits[i] for i in order]
        return hits

    def ask(
        self,
        question: str,
        history: Sequence[Any] | None = None,
        speaker: Speakers = None,
        date_from: DateLike = None,
        date_to: DateLike = None,
        transcripts: Transcripts = None,
        k: int = 10,
        context: ConversationContext | dict[str, Any] | None = None,
    ) -> Answer:
        """Answer ``question`` with a verbatim, cited quote (or ``found=False``): plan, retrieve, answer.

        ``context`` is the previous answer's ``Answer.context`` in the same
        chat (or its ``to_dict()``): follow-ups ("What else did he say about it?", "And in 2022?")
        take its speakers, topic and dates (see ``qa_bot.question.followup``), and
        "what else" skips the passages it already quoted. Without ``context``,
        ``history`` (earlier messages, ``{"role", "content"}`` dicts or the
        user's questions as strings) is read to rebuild one, without the quoted
        spans; an empty ``ConversationContext()`` ignores the history (a
        cleared context). ``Answer.context`` is what to pass with the next question.
        """
        question = check_question(question)
        check_k(k)
        context = as_context(context)
        if context is None and history:
            context = self.context_from_history(history, question, transcripts)
        plan = self.plan(question, speaker=speaker, date_from=date_from, date_to=date_to,
                         transcripts=transcripts, context=context)
        query_vector = self.encode(plan)
        hits = self.retrieve(plan, k, query_vector)
        if not hits and plan.dates_named:  # none in the dates named: show the nearest from other dates
            undated = replace(plan.filters, date_from=None, date_to=None)
            hits = self.retrieve(replace(plan, filters=undated), k, query_vector)
        return self.answer(plan, hits, query_vector)

    def context_from_history(
        self, history: Sequence[Any], question: str | None = None, transcripts: Transcripts = None
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
        return fold_history(asked, lambda q: self._holdings().read(q, scope, self.method))

    def speakers(self) -> list[str]:
        """Speakers in the index, most turns first."""
        return list(self._speakers_in(None))

    def transcript_list(self) -> list[tuple[str, str, dt.date | None]]:
        """``(id, title, date)`` of every transcript, newest first (undated last)."""
        info = self.store.transcript_info()
        rows = [(tid, title, date) for tid, (title, date) in info.items()]
        return sorted(rows, key=lambda r: (r[2] is not None, r[2] or dt.date.min, r[0]), reverse=True)

    def transcript(self, transcript_id: str) -> Transcript:
        """A whole indexed transcript."""
        return self.store.transcript(transcript_id)

    def example_questions(self, n: int = 4) -> list[str]:
        """Questions that the newest transcripts can answer (``pipeline.examples``)."""
        turns = [turn for tid, _, _ in self.transcript_list()[:20] for turn in self.store.transcript(tid).turns]
        return example_questions(turns, self.speakers(), self.config.answer.question_speakers, n)

    # -- helpers -------------------------------------------------------------------

    def _speakers_in(self, transcripts: Sequence[str] | None) -> tuple[str, ...]:
        return self._holdings().speakers_in(transcripts)

    def _holdings(self) -> Holdings:
        """The facts of the index now loaded (a reload swaps the store, so they are kept per store)."""
        if self._held is None or self._held.store is not self.store:
            self._held = Holdings(self.store)
        return self._held
