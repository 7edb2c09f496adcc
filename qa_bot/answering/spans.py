"""Choosing what to quote: rerank the retrieved passages for a question, then cut the best span.

Retrieval ranks passages by topic; the passage that *answers* is often not the
first one (in dialogue the answer is a turn near the one that repeats the
question's words). ``rank_passages`` scores each hit with a few signals, whose
weights were tuned on half of the FriendsQA development set
(``benchmarks/friendsqa.py``): the model's similarity of the question with the
passage as embedded (its question and neighbours included), the retrieval
rank, overlap with the question's rarer words (in the passage and in the turn
it replies to), whether neighbouring turns were retrieved too, whether the
speaker is named in the question, the expected kind of answer ("because" for
*why*, places for *where*, times for *when*, amounts for *how many*), and how
much the passage adds beyond the question's own words. ``best_window`` then picks the 1-3 contiguous sentences
of a long passage that answer best; a short passage is quoted whole.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, fields

import numpy as np

from qa_bot.config import CONTINUATION_WORDS, SHORT_QUOTE_WORDS, RankWeights
from qa_bot.embedding import Embedder
from qa_bot.indexing.sentences import quote_sentences
from qa_bot.text import words
from qa_bot.text.lexicon import content_words
from qa_bot.types import Hit


@dataclass(frozen=True)
class Candidate:
    """A hit with its reranking score; ``rank`` is its position among the hits."""

    hit: Hit
    rank: int
    score: float


# Words that the kind of answer a question word asks for tends to contain.
_CUES = {
    "why": re.compile(r"\b(?:because|cause|'cause|since|so|so that|in order to)\b", re.I),
    "where": re.compile(
        r"\b(?:at|in|into|inside|outside|from|near|home|apartment|place|room|house|office|hospital|"
        r"restaurant|bar|cafe|airport|store|shop|park|street|kitchen|bedroom|bathroom|club|city|country)\b",
        re.I,
    ),
    "when": re.compile(
        r"\b(?:after|before|ago|yesterday|today|tomorrow|tonight|night|morning|afternoon|evening|week|weeks|"
        r"month|months|year|years|day|days|o'clock|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
        r"january|february|march|april|may|june|july|august|september|october|november|december|"
        r"christmas|birthday|until|later|\d+)\b",
        re.I,
    ),
    "how": re.compile(
        r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|thousand|million|"
        r"dollars|bucks|percent|by|with|because)\b",
        re.I,
    ),
}
_QUESTION_WORD = re.compile(r"^\W*(?:and\s+|so\s+|but\s+)?(why|where|when|how|who)\b", re.I)
_NAME_TOKEN = re.compile(r"[^\W\d_]{3,}")


def stem(word: str) -> str:
    """A crude stem (the first six letters), enough to match "treaties" with "treaty"."""
    return word[:6] if len(word) > 6 else word.rstrip("s")


def question_terms(question: str) -> set[str]:
    """Stems of the question's content words."""
    return {stem(w) for w in content_words(question)}


def rank_passages(
    question: str,
    hits: Sequence[Hit],
    weights: RankWeights,
    reader_scores: Sequence[float] | None = None,
) -> list[Candidate]:
    """The hits rescored as answers to ``question``, best first: ``passage_features`` weighted by ``weights``.

    ``reader_scores`` (the reader's logit per hit, ``qa_bot.rerank``) count
    as their softmax over the hits, at ``weights.reader``.
    """
    if not hits:
        return []
    scores = passage_features(question, hits, reader_scores) @ weight_vector(weights)
    candidates = [Candidate(hit, i, float(score)) for i, (hit, score) in enumerate(zip(hits, scores, strict=True))]
    return sorted(candidates, key=lambda c: (-c.score, c.rank))


def weight_vector(weights: RankWeights) -> np.ndarray:
    """``weights`` as a vector in the order of ``passage_features``' columns."""
    return np.array([getattr(weights, f.name) for f in fields(weights)])


def passage_features(question: str, hits: Sequence[Hit], reader_scores: Sequence[float] | None = None) -> np.ndarray:
    """One row per hit of the answer step's signals, a column per field of ``RankWeights`` in its order.

    Kept apart from the weighting so that the weights can be fitted on
    recorded features (``scripts/fit_answer_weights.py``).
    """
    read = _softmax(reader_scores) if reader_scores is not None and len(reader_scores) == len(hits) else None
    terms = question_terms(question)
    idf = _rarity([f"{h.context or ''} {h.text}" for h in hits])
    rank_of: dict[tuple[str, int], int] = {}
    for i, h in enumerate(hits):
        rank_of.setdefault((h.transcript_id, h.turn_start), i)
    by_turn = {(h.transcript_id, h.turn_start): h for h in reversed(hits)}
    asked = _QUESTION_WORD.match(question)
    kind = asked.group(1).lower() if asked else ""
    cue = _CUES.get(kind)
    asked_words = set(words(question))
    rows = []
    for i, hit in enumerate(hits):
        before = by_turn.get((hit.transcript_id, hit.turn_start - 1))
        replied_to = hit.context or (before.text if before is not None else "")
        text_words = [stem(w) for w in words(hit.text)]
        named = _named(hit.speaker, asked_words)
        rows.append((
            hit.relevance,  # similarity
            1 / (1 + i),  # rank
            _inverse_rank(rank_of, hit.transcript_id, hit.turn_start - 1),  # previous_rank
            _inverse_rank(rank_of, hit.transcript_id, hit.turn_end + 1),  # next_rank
            _weighted_overlap(terms, set(text_words), idf),  # overlap
            _weighted_overlap(terms, {stem(w) for w in words(replied_to)}, idf),  # reply_overlap
            (-1.0 if kind == "who" else 1.0) * named,  # named_speaker
            math.log1p(min(len(text_words), 60)),  # length
            float(bool(cue and cue.search(hit.text))),  # answer_cue
            _novelty(terms, text_words),  # novelty
            0.0 if read is None else float(read[i]),  # reader
        ))
    return np.array(rows, dtype=np.float64).reshape(len(hits), len(fields(RankWeights)))


def _softmax(logits: Sequence[float]) -> np.ndarray:
    values = np.asarray(logits, dtype=np.float64)
    values = np.exp(values - values.max())
    return values / values.sum()




def best_window(
    question_vector: np.ndarray,
    terms: set[str],
    hit: Hit,
    embedder: Embedder | None,
    whole_words: int,
    max_sentences: int,
    overlap_weight: float,
    sentence_penalty: float,
) -> tuple[int, int]:
    """Offsets (within ``hit.text``) of the span to quote: all of a short passage, else 1-3 sentences.

    Windows are scored by the model's similarity with the question (their
    sentence vectors summed), the share of the question's words they hold
    (the passage's speaker and question count too), and a small penalty per
    extra sentence, so a window grows only when the growth says more. Without
    an ``embedder`` the words alone decide (no encoding: the cheap way, for
    secondary quotes). A short window whose next sentence refers back to it
    ("… the Open Skies Treaty. Since the United States decided not to return
    to this treaty, …") takes that sentence too: the substance often follows
    the sentence that names the topic.
    """
    spans, scored = quote_sentences(hit.text, whole_words)
    if not scored:
        return spans[0][0], spans[-1][1]
    vectors = embedder.encode([hit.text[s:e] for s, e in spans]) if embedder is not None else None
    weight = overlap_weight if vectors is not None else 1.0
    best, best_score = (0, 0), -math.inf  # first and last sentence of the window
    for i in range(len(spans)):
        for j in range(i + 1, min(i + max_sentences, len(spans)) + 1):
            similarity = 0.0
            if vectors is not None:
                window = vectors[i:j].sum(axis=0)
                similarity = float(window @ question_vector / (np.linalg.norm(window) or 1.0))
            text = hit.text[spans[i][0] : spans[j - 1][1]]
            score = similarity + weight * overlap(terms, hit, text) - sentence_penalty * (j - i - 1)
            if score > best_score:
                best, best_score = (i, j - 1), score
    first, last = _with_continuation(hit.text, spans, *best, max_sentences)
    return spans[first][0], spans[last][1]


# A sentence that points back to the one before: a demonstrative early on ("Since the United
# States decided not to return to this treaty"), or a pronoun as its first word ("It was …").
_DEMONSTRATIVE = re.compile(r"\b(?:this|these|those|such)\b", re.I)
_OPENING_PRONOUN = re.compile(r"^\W*(?:it|they|he|she|this|that|these|those)\b", re.I)


def _with_continuation(
    text: str, spans: list[tuple[int, int]], first: int, last: int, max_sentences: int
) -> tuple[int, int]:
    """Sentences ``first..last``, plus the next one when they are short and it refers back to them."""
    if last + 1 >= len(spans) or last - first + 1 >= max_sentences:
        return first, last
    if len(text[spans[first][0] : spans[last][1]].split()) >= SHORT_QUOTE_WORDS:
        return first, last
    following = text[spans[last + 1][0] : spans[last + 1][1]]
    refers_back = _OPENING_PRONOUN.match(following) or _DEMONSTRATIVE.search(" ".join(following.split()[:12]))
    if not refers_back or len(text[spans[first][0] : spans[last + 1][1]].split()) > CONTINUATION_WORDS:
        return first, last
    return first, last + 1


def hit_stems(hit: Hit, text: str | None = None) -> set[str]:
    """Stems of ``text`` (default: the hit's text) with the hit's speaker and the question it replies to."""
    return {stem(w) for w in words(f"{hit.speaker} {hit.context or ''} {hit.text if text is None else text}")}


def overlap(terms: set[str], hit: Hit, text: str) -> float:
    """Share of the question's content words found in ``text``, its speaker and its question."""
    if not terms:
        return 0.0
    return len(terms & hit_stems(hit, text)) / len(terms)


def _rarity(texts: Sequence[str]) -> dict[str, float]:
    """Inverse document frequency of each stem among ``texts`` (the retrieved passages)."""
    df = Counter(s for text in texts for s in {stem(w) for w in words(text)})
    n = len(texts)
    return {s: math.log(1 + n / (1 + d)) for s, d in df.items()} | {"": math.log(1 + n)}


def _weighted_overlap(terms: set[str], found: set[str], idf: dict[str, float]) -> float:
    """Share of the question's words in ``found``, each weighted by its rarity among the passages."""
    if not terms:
        return 0.0
    default = idf[""]
    total = sum(idf.get(t, default) for t in terms)
    return sum(idf.get(t, default) for t in terms if t in found) / total


def _inverse_rank(rank_of: dict[tuple[str, int], int], transcript_id: str, turn: int) -> float:
    rank = rank_of.get((transcript_id, turn))
    return 0.0 if rank is None else 1 / (1 + rank)


def _named(speaker: str, asked_words: set[str]) -> float:
    """1.0 when a word of the speaker's name (three letters or more) is in the question."""
    return float(any(token.lower() in asked_words for token in _NAME_TOKEN.findall(speaker)))


def _novelty(terms: set[str], text_words: list[str]) -> float:
    """Share of the passage's distinct words that are not the question's."""
    distinct = set(text_words)
    return len(distinct - terms) / len(distinct) if distinct else 0.0
