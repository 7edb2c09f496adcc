"""Stop words: which words carry no topic. Used to build lexical queries and to spot empty turns."""

from __future__ import annotations

from functools import cache

from qa_bot.text import words

# Words that frame a question rather than name its subject.
QUESTION_WORDS = frozenset(
    """say says said saying tell told talk talked talking think thought thinks mention mentioned
    discuss discussed discussion discussions summarize summarise summary comment comments
    opinion opinions view views what whats when where which who whom why how did does do
    about regarding group team meeting""".split()  # noqa: SIM905
)

# Backchannel and hesitation sounds, and the annotation tags of meeting corpora.
FILLER_WORDS = frozenset(
    """yeah yep yes yup okay ok mm mhm hmm hm uh um oh ah eh er erm alright huh uhhuh
    disfmarker vocalsound nonvocalsound pause gap""".split()  # noqa: SIM905
)


@cache
def stop_words() -> frozenset[str]:
    """English stop words (scikit-learn's list, a dependency of sentence-transformers), question and filler words."""
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    return frozenset(ENGLISH_STOP_WORDS) | QUESTION_WORDS | FILLER_WORDS


def content_words(text: str) -> list[str]:
    """The lower-cased words of ``text`` that are not stop words ("Yeah, okay." has none)."""
    stop = stop_words()
    return [w for w in words(text) if w not in stop and len(w) > 1]
