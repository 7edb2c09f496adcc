"""JSON written loosely: a script's data printed with Python's ``str()`` (single-quoted keys), read as the literal it
is, and turns kept as objects of one key each, the speaker the key and the words its value (``[{"user": "Hello"},
{"assistance": "Hi!"}]``), as dialogue datasets store them."""

from __future__ import annotations

import ast
import functools
import json
import re
from collections import Counter
from typing import Any

from qa_bot.ingest.json_paths import walk

_PYTHON_LITERAL = re.compile(r"^\s*(?:\[\s*)?\{\s*'")  # "[{'source_id': '90001', 'messages': [{'user': …"
MAX_LITERAL_CHARS = 8_000_000  # of a Python literal read: parsing one costs about a hundred times its size in memory
_SAID_END = re.compile(r"[.!?…。！？]\W*$")  # words ending as speech does ("Yes.", "Ready?")
MIN_KEYED_TURNS = 4  # one-key objects in a document, for them to be its turns
MIN_KEYED_SPEAKERS, MAX_KEYED_SPEAKERS_SHARE = 2, 0.5  # distinct keys among them: speakers recur, fields do not


@functools.lru_cache(maxsize=1)  # a text file's format is sniffed, then the file parsed: the same text, read once
def python_literal(text: str) -> str | None:
    """A Python literal of lists and dicts as JSON text, where a script wrote its data with ``str()`` rather than as
    JSON; read by ``ast.literal_eval``, which evaluates no code. None for anything else."""
    if not _PYTHON_LITERAL.match(text) or len(text) > MAX_LITERAL_CHARS:
        return None
    try:
        return json.dumps(ast.literal_eval(text.strip()), ensure_ascii=False)
    except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):
        return None


def keyed_turns(data: object) -> list[dict[str, Any]]:
    """The turns of a document that keeps each as an object of one key, the speaker, whose value is the words, in
    lists anywhere in it (a list a conversation), in document order, as ``{"speaker", "text"}`` items; each list
    a dialogue (``_dialogue``), ``MIN_KEYED_TURNS`` turns in all, else none."""
    lists = [node for node, _, _ in walk(data) if isinstance(node, list) and node and all(map(_keyed, node))]
    turns = [{"speaker": key, "text": words} for node in lists for item in node for key, words in item.items()]
    return turns if _dialogue(turns) else []


def _dialogue(turns: list[dict[str, str]]) -> bool:
    """Whether one-key objects make a dialogue: ``MIN_KEYED_TURNS`` or more, two keys or more that recur (not a
    list of titles, nor a config's ``{"host": …}``, ``{"port": …}``), most values said ("Yes.", "Ready?", words),
    not settings ("example.org", "8080")."""
    speakers = Counter(turn["speaker"] for turn in turns)
    said = sum(len(turn["text"].split()) >= 2 or _SAID_END.search(turn["text"]) is not None for turn in turns)
    return (len(turns) >= MIN_KEYED_TURNS and MIN_KEYED_SPEAKERS <= len(speakers) <= MAX_KEYED_SPEAKERS_SHARE
            * len(turns) and 2 * said > len(turns))


def _keyed(item: object) -> bool:
    return isinstance(item, dict) and len(item) == 1 and all(
        isinstance(k, str) and k.strip() and isinstance(v, str) and v.strip() for k, v in item.items())
