"""Speakers a web page sets beside their words in elements of no telling class or tag (a debates site's grid:
``<span class="col-span-2 …">Jawaharlal Nehru</span>`` before each paragraph of his speech), found by where they
stand: short names, in elements of one kind, each followed by a paragraph of speech (``html.speaker_marked_text``)."""

from __future__ import annotations

import itertools
from collections import defaultdict
from typing import Any

from qa_bot.text import clean_line, word_count

MIN_SPEECH_WORDS = 8  # in the paragraph after a name, for the name to stand over speech
MAX_NAME_WORDS = 6


def names_before_paragraphs(doc: Any) -> list[Any]:
    """The elements of the largest group (one tag and class) of text-only elements holding a short name without
    digits, each followed in the page's order by a ``<p>`` of ``MIN_SPEECH_WORDS`` words or more, the next text
    but for numbers (a paragraph's number, "5.36.16", may stand between); [] where there are none. Whether they
    are speakers (enough of them, recurring) is for the caller to judge."""
    order = [e for e in doc.iter() if isinstance(e.tag, str) and any(ch.isalpha() for ch in e.text or "")]
    groups: dict[tuple[str, str], list[Any]] = defaultdict(list)
    for element, after in itertools.pairwise(order):  # each with the next element holding letters of its own
        if len(element) or after.tag != "p":
            continue
        name = clean_line(element.text or "")
        if name and not any(ch.isdigit() for ch in name) and len(name.split()) <= MAX_NAME_WORDS \
                and word_count(clean_line(after.text_content())) >= MIN_SPEECH_WORDS:  # in Japanese too
            groups[(element.tag, element.get("class") or "")].append(element)
    return max(groups.values(), key=len, default=[])
