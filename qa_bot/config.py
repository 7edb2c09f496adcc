"""Every setting in one place: the tunable numbers of each stage, and the one reader of the environment.

Each stage takes its part of ``Config`` (``chunking``, ``vectors``,
``fusion``, ``answer``); ``TranscriptQA.load(config=…)`` and
``build_index(config=…)`` take the whole. The numbers were chosen with the
benchmarks in ``docs/benchmarks.md``; the reasons are in the field comments.
Environment variables are read here and nowhere else (``environment()``).
"""

from __future__ import annotations

import os
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from qa_bot.text.lexicon import QUESTION_SPEAKERS

DEFAULT_INDEX = "embeddings/default"
MAX_QUESTION_CHARS = 2000
WHOLE_QUOTE_WORDS = 100  # a passage of at most this many words is quoted whole
SHORT_QUOTE_WORDS = 25  # a quote under this many words takes the next sentence when it refers back
CONTINUATION_WORDS = 60  # ... as long as the quote stays within this many words
REGION_SHARE = 0.05  # a BM25 region spans at most this share of the index's passages
ANN_THRESHOLD = 200_000  # passages; above it the vectors go in an HNSW graph (benchmarks/scale.py)


@dataclass(frozen=True)
class Environment:
    """What the environment sets, read once by ``environment()``; None where a variable is unset or empty."""

    index: str | None = None  # QA_BOT_INDEX: the index (folder or Milvus URI) the CLI and the web app open
    query_adapter: str | None = None  # QA_BOT_QUERY_ADAPTER: "default", "none" or an .npz file
    reader: str | None = None  # QA_BOT_READER: "default", "none" or a reader .npz file
    ann_threshold: str | None = None  # QA_BOT_ANN_THRESHOLD: passages above which FAISS goes approximate
    cache: str | None = None  # QA_BOT_CACHE: where exported ONNX models are kept
    xdg_cache_home: str | None = None  # XDG_CACHE_HOME: the cache's parent when QA_BOT_CACHE is unset
    host: str | None = None  # QA_BOT_HOST: the web app's address
    port: str | None = None  # QA_BOT_PORT: the web app's port
    milvus_token: str | None = None  # MILVUS_TOKEN: credentials for a Milvus server that wants them


_VARIABLES = {
    "index": "QA_BOT_INDEX",
    "query_adapter": "QA_BOT_QUERY_ADAPTER",
    "reader": "QA_BOT_READER",
    "ann_threshold": "QA_BOT_ANN_THRESHOLD",
    "cache": "QA_BOT_CACHE",
    "xdg_cache_home": "XDG_CACHE_HOME",
    "host": "QA_BOT_HOST",
    "port": "QA_BOT_PORT",
    "milvus_token": "MILVUS_TOKEN",
}


def environment() -> Environment:
    """The settings the environment gives, read now (so a test or a server may change them between calls)."""
    values = {name: (os.environ.get(var) or "").strip() or None for name, var in _VARIABLES.items()}
    return Environment(**values)


DEFAULT_SPEC = "default"  # a model part (query adapter, reader): the bundled one
NO_SPEC = "none"  # ... or none


def model_spec(name: str) -> str:
    """The ``Environment`` field ``name`` (``query_adapter``, ``reader``), else ``"default"`` (CLI, web app)."""
    return getattr(environment(), name) or DEFAULT_SPEC


def variable(name: str) -> str:
    """The environment variable behind an ``Environment`` field, for messages ("set QA_BOT_CACHE")."""
    return _VARIABLES[name]


def quiet_libraries() -> None:
    """Keep the libraries we load offline and silent: no model hub, no tokenizer fork warnings, no analytics."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")


def default_index_dir() -> str:
    """``$QA_BOT_INDEX`` or ``embeddings/default``."""
    return environment().index or DEFAULT_INDEX


def cache_root() -> Path:
    """``$QA_BOT_CACHE``, else ``$XDG_CACHE_HOME/qa-bot``, else ``~/.cache/qa-bot``."""
    env = environment()
    if env.cache:
        return Path(env.cache).expanduser()
    return Path(env.xdg_cache_home or Path.home() / ".cache") / "qa-bot"


@dataclass(frozen=True)
class ChunkingConfig:
    """How turns become passages; saved in the index manifest so a build is reproducible.

    ``neighbour_words``: how many words of the previous and next passages are
    embedded with a passage (0: none). ``min_content_words``: a turn with fewer
    non-stop words ("Yeah.", "Mm-hmm.") gets no passage unless it answers a
    question; it stays in the transcript. ``region_passages``: how many
    passages before and after a passage make up its region text for BM25, at
    most (``indexing.chunking.region_width``; 0: none).
    """

    max_tokens: int = 200
    context_tokens: int = 64
    neighbour_words: int = 40
    min_content_words: int = 1
    region_passages: int = 5
    question_speakers: tuple[str, ...] = field(default=QUESTION_SPEAKERS)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["question_speakers"] = list(self.question_speakers)
        return data


@dataclass(frozen=True)
class VectorIndexConfig:
    """Which FAISS index a build writes, and how a filtered search uses it.

    Up to ``ann_threshold`` passages the index is exact (``IndexFlatIP``).
    Above, it is an HNSW graph (``IndexHNSWFlat``, inner product) with
    ``hnsw_m`` links per node, built with ``ef_construction`` candidates and
    searched with ``ef_search``. Passage ids stay the FAISS row numbers. The
    graph keeps every vector in flat storage, so a filter that leaves at most
    ``exact_filter_limit`` passages is scored exactly, and a filtered graph
    search that comes back short is redone exactly: a filtered search never
    returns fewer hits than exist. ``$QA_BOT_ANN_THRESHOLD`` overrides the
    default threshold.
    """

    ann_threshold: int = ANN_THRESHOLD
    hnsw_m: int = 32
    ef_construction: int = 80
    ef_search: int = 2048
    exact_filter_limit: int = 50_000

    def __post_init__(self) -> None:
        for name in ("ann_threshold", "hnsw_m", "ef_construction", "ef_search", "exact_filter_limit"):
            value = getattr(self, name)
            minimum = 0 if name in ("ann_threshold", "exact_filter_limit") else 1
            if not isinstance(value, int) or value < minimum:
                raise ValueError(f"VectorIndexConfig.{name} must be a whole number >= {minimum}, got {value!r}")

    @classmethod
    def from_env(cls) -> VectorIndexConfig:
        """The defaults, with ``$QA_BOT_ANN_THRESHOLD`` (passages) applied when set."""
        value = (environment().ann_threshold or "").replace("_", "")
        if not value:
            return cls()
        if not value.isdigit():
            raise ValueError(f"QA_BOT_ANN_THRESHOLD must be a number of passages, got {value!r}")
        return cls(ann_threshold=int(value))

    @classmethod
    def from_manifest(cls, info: dict[str, Any]) -> VectorIndexConfig:
        """The settings an index was built with (``manifest["faiss"]``); defaults for missing ones."""
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in info.items() if k in known and isinstance(v, int)})


@dataclass(frozen=True)
class FusionConfig:
    """Score fusion and diversity of hybrid retrieval (chosen on QMSum's four folds).

    A candidate's fused score is its dense cosine scaled to 0..1 over the
    candidates, plus ``lexical_weight`` times its BM25 score over the best
    BM25 score or, when higher, the score of a full match (each of the
    question's words said once; ``LexicalRetriever.full_match_score``), plus
    ``length_weight`` times ln(1 + its words), plus ``speaker_boost`` when the
    question names its speaker. The top-k keeps at most ``max_per_turn``
    passages of one turn, and a passage within ``region_turns`` turns of a
    better one counts at ``region_factor`` of its score.
    """

    candidates: int = 50  # from each ranking
    lexical_depth: int = 4  # BM25 scores are read for lexical_depth x candidates passages
    lexical_weight: float = 1.0
    length_weight: float = 0.08
    speaker_boost: float = 0.5
    max_per_turn: int = 1
    region_turns: int = 5
    region_factor: float = 0.8
    spread_pool: int = 3  # candidates per shown hit that region spreading chooses from
    near_duplicate: float = 0.85  # word-set overlap (Jaccard) at which two passages count as one
    region_weight: float = 0.15  # BM25 weight of region text beside the passage's own


@dataclass(frozen=True)
class RankWeights:
    """Weights of the answer step's reranking signals (tuned on the FriendsQA dev set's even-numbered scenes)."""

    # Cosine of the question with the passage as embedded; encoding each hit's own words at question
    # time was tried and not kept: it made ``ask`` much slower (docs/experiments.md).
    similarity: float = 2.0
    rank: float = 0.45  # 1 / (1 + retrieval rank)
    previous_rank: float = 0.15  # the turn before was retrieved too (1 / (1 + its rank))
    next_rank: float = 0.25  # the turn after was retrieved too
    overlap: float = 0.7  # share of the question's words (weighted by rarity) in the passage
    reply_overlap: float = 0.3  # ... in the turn it replies to
    named_speaker: float = 0.35  # the speaker is named in the question (counts against, for "who" questions)
    length: float = 0.2  # log(1 + words), capped at 60 words
    answer_cue: float = 0.25  # holds the kind of words the question word asks for
    novelty: float = 0.7  # share of the passage's words that are not the question's
    reader: float = 3.0  # the reader's softmax over the hits (qa_bot.rerank; 0 without a reader)


@dataclass(frozen=True)
class AnswerConfig:
    """How answers are chosen.

    We abstain when the answer's ``confidence`` (the best passage's cosine
    with the question, plus ``coverage_weight`` times the share of the
    question's content words found in the retrieved passages) is below
    ``min_score``: a question asked of the wrong transcript shares topic words
    but not its specific ones (calibrated with ``benchmarks/friendsqa.py
    --negatives``). A passage of at most ``short_turn_words`` words is quoted
    whole; a longer one is cut to its best 1-``max_sentences`` sentences. Up
    to ``extra_sources`` more quotes come from other transcripts or dates
    when they pass ``min_score`` themselves and rerank within
    ``extra_margin`` of the best.
    """

    min_score: float = 0.45
    coverage_weight: float = 0.5
    overlap_weight: float = 0.1
    max_sentences: int = 3
    short_turn_words: int = WHOLE_QUOTE_WORDS
    sentence_penalty: float = 0.02
    extra_sources: int = 2
    extra_margin: float = 0.75
    max_dates: int = 3
    weights: RankWeights = field(default_factory=RankWeights)
    question_speakers: tuple[str, ...] = QUESTION_SPEAKERS


@dataclass(frozen=True)
class ReaderConfig:
    """How the reader (``qa_bot.rerank``) is used: it reads the first ``passages`` hits of a question.

    ``precision`` ``"int8"`` runs a dynamically quantised ONNX copy on a CPU (``"fp32"``: the full one).
    ``max_tokens`` caps each question-and-passage pair (the reader was trained at 96): 64 reads a
    third faster and was as good on FriendsQA's held-out half; reading 8 hits instead of 10 keeps
    ``ask`` within 100 ms at p95 for 2 questions in 610 there (docs/benchmarks.md).
    """

    passages: int = 8
    precision: str = "int8"
    max_tokens: int = 64


@dataclass(frozen=True)
class Config:
    """All of qa-bot's settings: pass one to ``build_index`` or ``TranscriptQA.load`` to change any of them."""

    chunking: ChunkingConfig = field(default_factory=ChunkingConfig)
    vectors: VectorIndexConfig | None = None  # None: the defaults, with $QA_BOT_ANN_THRESHOLD applied
    fusion: FusionConfig = field(default_factory=FusionConfig)
    answer: AnswerConfig = field(default_factory=AnswerConfig)
    reader: ReaderConfig = field(default_factory=ReaderConfig)
