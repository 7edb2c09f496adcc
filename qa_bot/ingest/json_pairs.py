"""Interviews kept in JSON as lists of question-and-answer pairs, as a site's data or a survey's export holds them:

    [{"trainer": "Eddy Vanhemel", "text": [{"question": "Hoeveel trainingen…?", "answer": "We trainen 6 keer…"},
                                           {"image": "01.jpg"}, …]}, …]

Each pair is two turns: the question, asked by no one named, and the answer, by the person the object holding the
list names (a speaker field, else its one field holding a full name: ``"trainer": "Eddy Vanhemel"``), else by no
one named. Items that are no pair (an image, a pull quote) are page furniture, not speech.
"""

from __future__ import annotations

from typing import Any

from qa_bot.ingest.json_search import SPEAKER_KEYS, child_path, given, named, turn_fields, walk
from qa_bot.ingest.metadata import full_name
from qa_bot.text.lexicon import QUESTION_MARKERS

QUESTION_KEYS = QUESTION_MARKERS
ANSWER_KEYS = ("answer", "antwoord", "respuesta", "antwort", "risposta", "resposta", "a")
MIN_PAIRS = 2  # pairs in one list, for it to be an interview


def question_answer_turns(data: object) -> tuple[str, list[dict[str, Any]]] | None:
    """The turns of every list of ``MIN_PAIRS`` question-and-answer pairs or more in a document (an object's
    field, or the document itself), in document order, with the path of the first such list; None where it holds
    none."""
    turns: list[dict[str, Any]] = []
    first_path = None
    for node, path, _ in walk(data):
        fields = node.items() if isinstance(node, dict) else [("", node)] if node is data else []
        for key, value in fields:
            pairs = [pair for x in value if (pair := _pair(x))] if isinstance(value, list) else []
            if len(pairs) < MIN_PAIRS:
                continue
            who = _interviewee(node) if isinstance(node, dict) else None
            for question, answer in pairs:
                turns += [{"text": question}, {"speaker": who, "text": answer} if who else {"text": answer}]
            first_path = first_path or (child_path(path, key) if key else "(top level)")
    return (first_path, turns) if first_path else None


def _pair(item: object) -> tuple[str, str] | None:
    """An item's question and answer, both strings with words, or None."""
    if not isinstance(item, dict):
        return None
    fields = {str(k).casefold(): v for k, v in item.items()}
    question = next((v for k in QUESTION_KEYS if isinstance(v := fields.get(k), str) and v.strip()), None)
    answer = next((v for k in ANSWER_KEYS if isinstance(v := fields.get(k), str) and v.strip()), None)
    return (question, answer) if question and answer else None


def _interviewee(holder: dict[Any, Any]) -> str | None:
    """Whom the object holding a list of pairs names: its speaker field, else its one string field that is a full
    name; None where it names no one so."""
    fields = turn_fields(holder)
    if not isinstance(fields, dict):
        return None
    speaker = next((value for k in SPEAKER_KEYS if given(value := named(fields.get(k)))), None)
    if isinstance(speaker, str):
        return speaker
    names = [v for v in fields.values() if isinstance(v, str) and full_name(v)]
    return names[0] if len(names) == 1 else None
