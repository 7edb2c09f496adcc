"""Example questions for the chat's empty state: ones journalists asked, and "What did X say about the Y?"."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from qa_bot.ingest.speakers import UNKNOWN_SPEAKER
from qa_bot.types import Turn


def example_questions(
    turns: Sequence[Turn], speakers: Sequence[str], question_speakers: Sequence[str], n: int = 4
) -> list[str]:
    """Questions that ``turns`` can answer.

    Half are questions journalists actually asked (turns by
    ``question_speakers``, cut at the first comma after the named subject, so
    they stay short); the rest are "What did <speaker> say about the
    <topic>?" with the most frequent ``speakers`` and the "the <Proper Name>"
    phrases (treaties, institutions) of the turns.
    """
    examples: list[str] = []
    for turn in turns:
        if turn.speaker not in question_speakers or len(examples) >= max(1, n // 2):
            continue
        for asked in re.findall(r"[^.?!]*\?", turn.text):
            short = _shorten_question(asked.strip())
            if short and short not in examples:
                examples.append(short)
                break
    skip = {*question_speakers, UNKNOWN_SPEAKER}
    people = [s for s in speakers if s not in skip]
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
