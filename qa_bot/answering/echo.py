"""Questions in the transcript: evidence of where the answer is, not the answer.

An interviewer's "How fast is it melting now?" shares the most words with the
user's "How fast is the glacier melting?", so retrieval ranks it first; the
answer is the reply that follows it. So does a host's "Let's talk about Go,
and how it got started". A passage that *echoes* the question (it asks for,
in its own questions or prompts, most of what the user asks) is
therefore treated like a journalist's ``Question:`` turn: kept as a hit,
never quoted while anything else answers, and its reply by another speaker
is brought into the candidates when retrieval missed it. When the user asks
what was asked ("What was the minister asked about the bases?"), questions
are what to quote, and none of this applies.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from qa_bot.answering.spans import stem
from qa_bot.text import sentence_spans, words
from qa_bot.types import Hit

ECHO_SHARE = 0.5  # share of the question's content words an echo's question sentences hold, at least

_ABOUT_QUESTIONS = re.compile(r"\b(?:ask|asks|asked|asking|question|questions|queried|inquired)\b", re.I)


def asks_what_was_asked(question: str) -> bool:
    """Whether the user wants a question quoted ("What was he asked about …?", "Which questions …?")."""
    return bool(_ABOUT_QUESTIONS.search(question))


# A sentence that hands the topic to someone else: "Let's talk about Go", "Tell us how it started".
_PROMPT = re.compile(
    r"\blet['’]?s\s+(?:talk|get\s+started|start|discuss|turn\s+to|move\s+on\s+to|hear)\b"
    r"|\btell\s+(?:me|us)\b|\b(?:walk|talk|take)\s+(?:me|us)\s+through\b|\bI(?:['’]d|\s+would)\s+like\s+to\s+ask\b",
    re.I,
)


def echoes(hit: Hit, terms: set[str]) -> bool:
    """Whether ``hit`` asks for what the user asks.

    Its prompting sentences (ending in "?", or handing the topic over: "Let's
    talk about …") hold at least ``ECHO_SHARE`` of ``terms``.
    """
    if not terms:
        return False
    spans = sentence_spans(hit.text)
    prompts = [hit.text[s:e] for s, e in spans if hit.text[s:e].rstrip().endswith("?") or _PROMPT.search(hit.text[s:e])]
    if not prompts:
        return False
    found = {stem(w) for w in words(" ".join(prompts))} & terms
    return len(found) >= max(1, ECHO_SHARE * len(terms))


def is_evidence(hit: Hit, terms: set[str], question_speakers: Sequence[str], about_questions: bool) -> bool:
    """A passage not to quote while another answers: a journalist's question, or one echoing the user's."""
    if about_questions:
        return False
    return hit.speaker in question_speakers or echoes(hit, terms)
