"""Paragraphs signed at their end: a record that closes each question and answer with its speaker in
parentheses instead of opening it with a label.

A city council's summary of its sessions (Kodaira's bill pages) writes every question and every answer as a
paragraph ending in who said it: "…地域振興券等の施策を行わなかったのはなぜか。（中江 美和）", "…2.6億円を計上し
ている。（余語 地域振興部長）". No label opens a paragraph, so running text would credit the whole page to no one.
Where enough paragraphs are signed so, with names that recur, each signed paragraph is its signer's; any other
paragraph (a heading, a list of questions) is no one's, never the signer's before it.
"""

from __future__ import annotations

import re
from collections import Counter

from qa_bot.ingest.speakers import UNKNOWN_SPEAKER, Utterance
from qa_bot.text.lexicon import NON_SPEECH_NOTES

SIGNED_CONVENTION = "（Name） closing each paragraph"
# A name in parentheses closing a paragraph: no sentence punctuation, no digits (a date, a page, a sum)
_SIGNATURE = re.compile(r"[（(](?P<name>[^（）()\n。、，,.!?！？:：\d]{1,24})[）)]\s*$")
MIN_SIGNED = 6  # signed paragraphs in a file, one name among them twice or more
MIN_SIGNED_SHARE = 0.3  # of the paragraphs


def signed_utterances(paragraphs: list[str]) -> list[Utterance] | None:
    """One utterance per paragraph, a signed one credited to its signer without the signature, where the file
    signs its paragraphs so (``MIN_SIGNED`` of them and ``MIN_SIGNED_SHARE``, a signer twice or more); else None."""
    signatures = [_signature(paragraph) for paragraph in paragraphs]
    signers = Counter(name for name in signatures if name)
    total = sum(signers.values())
    if total < MIN_SIGNED or total < MIN_SIGNED_SHARE * len(paragraphs) or max(signers.values()) < 2:
        return None
    return [Utterance(_SIGNATURE.sub("", paragraph).rstrip(), name) if name
            else Utterance(paragraph, speaker=UNKNOWN_SPEAKER) for paragraph, name in zip(paragraphs, signatures,
                                                                                          strict=True)]


def _signature(paragraph: str) -> str | None:
    """The name signing a paragraph that has words before it, or None (a transcriber's note, "（拍手）", is none)."""
    found = _SIGNATURE.search(paragraph)
    if found is None or not paragraph[:found.start()].strip():
        return None
    name = " ".join(found["name"].split())
    return None if name.casefold() in NON_SPEECH_NOTES else name
