"""What a question asks for: a quote, who said something, or when it was said.

"Who said that NATO …?" and "Who told Ross to count faster?" are answered by
the speaker of the matching turn, not by a name inside it; "When did Lavrov
talk about …?" by the dates of the matching passages. Everything else asks for
a quote, including questions about a person ("Who is Jordie?") and object
questions ("Who did Ross tell …?", whose answer is the person told).
"""

from __future__ import annotations

import re
from typing import Literal

from qa_bot.text.lexicon import SPEECH_ADVERBS, SPEECH_VERBS

QuestionKind = Literal["quote", "who", "when"]

# A subject question: "Who (first) said …", "Who was (actually) talking …", "Which minister mentioned …".
_WHO = re.compile(
    r"^\s*(?:and\s+|so\s+|but\s+)?(?:who|which\s+(?:[a-z]+\s+){0,2}?(?:speaker|person|participant|member|minister|official|spokesperson|one|of\s+them))"
    rf"(?:['’]s|\s+(?:is|was|were|are|has|had|have))?(?:\s+(?:{SPEECH_ADVERBS}))*"
    rf"\s+(?:{SPEECH_VERBS})\b",
    re.IGNORECASE,
)
_WHEN = re.compile(
    r"^\s*(?:and\s+|so\s+|but\s+)?(?:when|on\s+what\s+date|what\s+date|in\s+what\s+year|what\s+year|"
    r"on\s+which\s+date|in\s+which\s+year)\b"
    r".*\b(?:say|said|talk|talked|speak|spoke|mention|mentioned|discuss|discussed|comment|commented|"
    r"raise|raised|address|addressed|bring\s+up|brought\s+up|announce|announced|refer|referred|"
    r"tell|told|ask|asked|promise|promised|warn|warned)\b",
    re.IGNORECASE,
)
_SPACED_CLITIC = re.compile(r"\s+(['’]s)\b")  # tokenised text: "Who 's talking" -> "Who's talking"


def question_kind(question: str) -> QuestionKind:
    """``"who"`` for questions about who said something, ``"when"`` for when it was said, else ``"quote"``.

    "Who told Ross to count faster?" -> ``"who"``; "Who is Jordie?" and "Who
    did Ross tell?" (the answer is a person spoken about) -> ``"quote"``;
    "When did Lavrov talk about NATO?" -> ``"when"``.
    """
    text = _SPACED_CLITIC.sub(r"\1", question)
    if _WHO.search(text):
        return "who"
    if _WHEN.search(text):
        return "when"
    return "quote"
