"""What a question asks for: a quote, who said something, or when it was said.

"Who said that NATO …?" and "Who told Ross to count faster?" are answered by
the speaker of the matching turn, not by a name inside it; "When did Lavrov
talk about …?" by the dates of the matching passages. Everything else asks for
a quote.
"""

from __future__ import annotations

import re
from typing import Literal

QuestionKind = Literal["quote", "who", "when"]

# "Who said/told/asked …", "Who was talking about …", "Which speaker mentioned …".
_WHO = re.compile(
    r"^\s*(?:and\s+|so\s+)?(?:who|whom|which\s+(?:speaker|person|participant|member|minister|one))\b"
    r"(?:\s+(?:was|were|had|has|did|does|first|else|actually|ever|then))*"
    r"\s+(?:\w+\s+)?"
    r"(?:said|says|say|told|tells|tell|asked|asks|ask|talked|talks|talk|spoke|speaks|speak|mentioned|mentions|"
    r"mention|suggested|suggests|suggest|proposed|proposes|propose|claimed|claims|argued|argues|stated|"
    r"states|called|calls|complained|complains|shouted|shouts|yelled|yells|replied|replies|answered|"
    r"answers|raised|raises|brought|brings|commented|comments|objected|objects|agreed|agrees|disagreed|"
    r"disagrees|insisted|insists|explained|explains|announced|announces|warned|warns|promised|promises|"
    r"admitted|admits|joked|jokes|thinks|thought|believes|believed|wants|wanted|saying|telling|asking|talking|"
    r"speaking|mentioning|suggesting|proposing|arguing|complaining|shouting|yelling|commenting|objecting)\b",
    re.IGNORECASE,
)
_WHEN = re.compile(
    r"^\s*(?:and\s+|so\s+)?(?:when|on\s+what\s+date|what\s+date|in\s+what\s+year|what\s+year)\b"
    r".*\b(?:say|said|talk|talked|speak|spoke|mention|mentioned|discuss|discussed|comment|commented|"
    r"raise|raised|address|addressed|bring\s+up|brought\s+up|announce|announced|refer|referred)\b",
    re.IGNORECASE,
)


def question_kind(question: str) -> QuestionKind:
    """``"who"`` for questions about who said something, ``"when"`` for when it was said, else ``"quote"``."""
    if _WHO.search(question):
        return "who"
    if _WHEN.search(question):
        return "when"
    return "quote"
