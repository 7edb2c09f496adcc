"""JSON records that each hold a whole dialogue in their words: a community oral-history sheet's ``{"Name":
"Joanna Tavares Fernandez", "Dialogue": "Joanna: My name is…\\n\\nRay: So Holy Name…"}``. The labels inside the
words name who speaks; the record's own field names only whom the record is about, so crediting it with every
line would give the interviewer's questions to the narrator."""

from __future__ import annotations

from collections import Counter
from typing import Any

from qa_bot.ingest.json_search import find_turn_list
from qa_bot.ingest.labels import learn_grammar
from qa_bot.text import clean_line

MIN_INNER_SPEAKERS = 2  # different labels opening an item's paragraphs, for the item to be a dialogue


def split_dialogues(
    items: list[Any], speakers: list[object], texts: list[str | None]
) -> tuple[list[Any], list[object], list[str | None]]:
    """``items``, their speakers and texts, each item whose words are a dialogue (``MIN_INNER_SPEAKERS`` labels or
    more opening its paragraphs, labels being the convention of all items' paragraphs) split into one entry a
    paragraph (a line, where the words have no blank line and its labels recur), credited to the label opening it
    or, unlabelled, to the label before it in the item."""
    # paragraphs apart by blank lines, or by line breaks where the words have no blank line (a ministry's records)
    paragraphs = [[p for p in text.split("\n\n" if "\n\n" in text else "\n") if p.strip()] if text else []
                  for text in texts]
    grammar = learn_grammar(clean_line(p.lstrip().split("\n", 1)[0]) for ps in paragraphs for p in ps)
    out: tuple[list[Any], list[object], list[str | None]] = ([], [], [])
    for item, speaker, text, parts in zip(items, speakers, texts, paragraphs, strict=True):
        labels = [grammar.match(clean_line(p.lstrip().split("\n", 1)[0])) for p in parts]
        uses = Counter(label.name for label in labels if label and label.name)
        # a line a paragraph: its labels speak again and again (a vote's "功能團體：" over a list, once, is no one)
        lined = text is not None and "\n\n" not in text
        if len([n for n, k in uses.items() if k > 1 or not lined]) < MIN_INNER_SPEAKERS:
            entries = [(speaker, text)]
        else:
            entries, who = [], speaker
            for part, label in zip(parts, labels, strict=True):
                who = label.name if label and label.name else who
                rest = part.lstrip().split("\n", 1)
                entries.append((who, f"{label.rest}\n{rest[1] if len(rest) > 1 else ''}" if label and label.name
                                else part))
        for who, words in entries:
            out[0].append(item)
            out[1].append(who)
            out[2].append(words)
    return out


MAX_LABEL_CHARS = 40  # of a speaker in a list parallel to the words


def parallel_speakers(data: object) -> list[dict[str, str]] | None:
    """A document keeping its words and their speakers in two lists of one shape, nested alike (a dubbing
    pipeline's ``{"translated_groups": [["大家好…", …], …], "utterance_group_speakers": [["A", …], …]}``), as
    turns in order; None for any other document, and for one that keeps a list of turn objects too (a list of
    names beside a list of roles is no transcript). The speakers' key names them; the words are the other list,
    nested (a list of lists) and longer than the names."""
    if not isinstance(data, dict) or find_turn_list(data) is not None:
        return None
    for who_key, who in data.items():
        if "speaker" not in str(who_key).casefold() or not isinstance(who, list):
            continue
        labels = _leaves(who)
        if not labels or not all(isinstance(x, str) and 0 < len(x.strip()) <= MAX_LABEL_CHARS for x in labels):
            continue
        for key, said in data.items():
            words = _leaves(said) if key != who_key and isinstance(said, list) and _shape(said) == _shape(who) else []
            nested = any(isinstance(x, list) for x in said) if isinstance(said, list) else False
            if nested and all(isinstance(x, str) for x in words) and sum(map(len, words)) > 2 * sum(map(len, labels)):
                return [{"speaker": s.strip(), "text": t} for s, t in zip(labels, words, strict=True) if t.strip()]
    return None


def _leaves(value: object) -> list[object]:
    """A nested list's items that are no lists, in order."""
    return [leaf for x in value for leaf in _leaves(x)] if isinstance(value, list) else [value]


def _shape(value: object) -> object:
    """A nested list's shape: the shapes of its items, or None for an item that is no list."""
    return tuple(_shape(x) for x in value) if isinstance(value, list) else None
