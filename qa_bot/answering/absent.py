"""Saying plainly that the transcripts hold no one, nothing or no date the question names.

"What did Kavanaugh say about …?" over transcripts where no Kavanaugh speaks
must not quote whoever comes closest: a quote credited to the wrong person is
worse than none. The same holds for a place or thing no passage mentions and
for dates no transcript in scope has. The answer is then ``found=False`` with
a sentence saying which, and the nearest passages as hits, labelled as such
by the interfaces.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from qa_bot.question import QuestionPlan
from qa_bot.text import format_date
from qa_bot.text.lexicon import ASKING_FOR_WORDS
from qa_bot.types import Answer, Hit


def unheld_answer(plan: QuestionPlan, hits: list[Hit], dates: Sequence[dt.date] = ()) -> Answer | None:
    """The ``found=False`` answer when ``plan`` names what the index lacks, else None.

    ``dates`` are the dates of the transcripts in the index (for the
    message when the dates named match none).
    """
    nobody = plan.not_speakers and all(s in plan.not_speakers for s in plan.boost_speakers)
    if nobody and _WHAT_WAS_SAID.search(plan.question):
        described = {person: mention for mention, person in plan.roles_named.items()}
        if len(plan.not_speakers) == 1 and plan.not_speakers[0] in described:  # "the Belarusian minister"
            person = plan.not_speakers[0]
            text = f"{person} ({described[person]}) does not speak in these transcripts."
        else:
            text = f"No one named {_either(plan.not_speakers)} speaks in these transcripts."
    elif plan.unheld:
        text = f"Nothing in these transcripts mentions {_either(plan.unheld)}."
    elif plan.dates_named and not any(_within(h.date, plan) for h in hits):
        text = f"No transcript here is dated {plan.dates_named}"
        dated = sorted(dates)
        text += f" (they run from {format_date(dated[0])} to {format_date(dated[-1])})." if dated else "."
    else:
        return None
    return Answer(False, text, hits=hits, interpreted=plan.interpreted())


# The question asks for someone's words (``lexicon.ASKING_FOR_WORDS``): only then is a named person's
# silence the answer.
_WHAT_WAS_SAID = re.compile(rf"\b(?:{ASKING_FOR_WORDS})\b", re.I)


def _either(names: Sequence[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + f" or {names[-1]}"


def _within(date: dt.date | None, plan: QuestionPlan) -> bool:
    low, high = plan.filters.date_from, plan.filters.date_to
    return date is not None and (low is None or date >= low) and (high is None or date <= high)
