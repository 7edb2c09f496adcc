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
from qa_bot.text.lexicon import content_words
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
    """Whether ``hit`` asks for what the user asks, and only that.

    Its prompting sentences (ending in "?", or handing the topic over: "Let's
    talk about …") hold at least ``ECHO_SHARE`` of ``terms``, and two of them
    where the user's question has two or more (one shared word is a
    coincidence). A passage that also states something is not an echo, since it
    may hold the answer: a sentence beside its prompts with two content words
    or more of its own that does not restate the question ("You see these
    flower blossoms? They should be facing up, because …"). Prompts that ask
    for more than the user does are still an echo: an interviewer's long
    question is no answer.
    """
    if not terms:
        return False
    sentences = [hit.text[s:e] for s, e in sentence_spans(hit.text)]
    asking = [_prompts(text) for text in sentences]
    prompts = [text for text, asks in zip(sentences, asking, strict=True) if asks]
    found = {stem(w) for w in words(" ".join(prompts))} & terms
    if not prompts or len(found) < max(ECHO_SHARE * len(terms), min(2, len(terms))):
        return False
    return not any(_says_more(text, terms) for text, asks in zip(sentences, asking, strict=True) if not asks)


def _prompts(sentence: str) -> bool:
    """A sentence asking something (ending in "?") or handing the topic over ("Let's talk about Go")."""
    return sentence.rstrip().endswith("?") or bool(_PROMPT.search(sentence))


def _says_more(sentence: str, terms: set[str]) -> bool:
    """A statement with two content words or more of its own, not a restatement of the user's question ("People
    keep asking me how fast the glacier is melting now." restates "How fast is the glacier melting?")."""
    stems = {stem(w) for w in content_words(sentence)}
    return len(stems - terms) >= 2 and len(stems & terms) < max(1, ECHO_SHARE * len(terms))


def is_evidence(hit: Hit, terms: set[str], question_speakers: Sequence[str], about_questions: bool) -> bool:
    """A passage not to quote while another answers: a journalist's question, or one echoing the user's."""
    if about_questions:
        return False
    return hit.speaker in question_speakers or echoes(hit, terms)
