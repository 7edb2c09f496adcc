"""Interviews kept in JSON as lists of question-and-answer pairs, as a site's data or a survey's export holds them:

    [{"trainer": "Eddy Vanhemel", "text": [{"question": "Hoeveel trainingen…?", "answer": "We trainen 6 keer…"},
                                           {"image": "01.jpg"}, …]}, …]

Each pair is two turns: the question, asked by no one named, and the answer, by the person the object holding the
list names (a speaker field, else its one field holding a full name: ``"trainer": "Eddy Vanhemel"``), else by no
one named. Items that are no pair (an image, a pull quote) are page furniture, not speech. A call's exchanges kept
under their speakers' numbered labels are pairs too, each label a speaker (a customer-service corpus's
``{"[SPEAKER 1]": "你好，很高兴为您服务", "[SPEAKER 2]": "唉你好…", "客服意图": "问候"}``).
"""

from __future__ import annotations

import re
from typing import Any

from qa_bot.ingest.json_paths import child_path, walk
from qa_bot.ingest.json_search import SPEAKER_KEYS, given, named, turn_fields
from qa_bot.ingest.metadata import full_name
from qa_bot.text.lexicon import ANSWER_MARKERS, QUESTION_MARKERS

QUESTION_KEYS = QUESTION_MARKERS
ANSWER_KEYS = ANSWER_MARKERS
# Fields naming who asks the questions of a list of pairs, or who answers them; a field that may name either (a
# council's question card's "member" asks, a community's member profile's answers) names neither
ASKER_KEYS = ("questioner", "asker", "interviewer", "asked_by", "questioned_by")
ANSWERER_KEYS = ("interviewee", "respondent", "guest", "answerer", "answered_by")
_EITHER_KEYS = ("member",)
MIN_PAIRS = 2  # pairs in one list, for it to be an interview
# A speaker's numbered label as a key ("[SPEAKER 1]", "speaker_0", "spk 2"), over that speaker's words (not "user1")
_SPEAKER_KEY = re.compile(r"\[?(?i:speaker|spk)[ _]?#?\d{1,3}\]?")


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
            asker, who = _people(node)  # who asks and whom the answers are by, once a list is found
            for pair in pairs:
                turns += pair if isinstance(pair, list) else [_said(asker, pair[0]), _said(who, pair[1])]
            first_path = first_path or (child_path(path, key) if key else "(top level)")
    return (first_path, turns) if first_path else None


def _pair(item: object) -> tuple[str, str] | list[dict[str, str]] | None:
    """An item's question and answer, both strings with words, or its words under speakers' numbered labels as
    turns; None for any other item."""
    if not isinstance(item, dict):
        return None
    fields = {str(k).casefold(): v for k, v in item.items()}
    question = next((v for k in QUESTION_KEYS if isinstance(v := fields.get(k), str) and v.strip()), None)
    answer = next((v for k in ANSWER_KEYS if isinstance(v := fields.get(k), str) and v.strip()), None)
    if question and answer:
        return question, answer
    said = [{"speaker": k, "text": v} for k, v in item.items()
            if isinstance(k, str) and _SPEAKER_KEY.fullmatch(k) and isinstance(v, str) and v.strip()]
    return said or None


def _said(who: str | None, text: str) -> dict[str, str]:
    """A turn of ``text``, by ``who`` where known."""
    return {"speaker": who, "text": text} if who else {"text": text}


def _people(holder: object) -> tuple[str | None, str | None]:
    """Who asks and who answers, as the object holding a list of pairs names them: a field naming who asks
    (``ASKER_KEYS``) gives the asker; a field naming who answers (``ANSWERER_KEYS``, a speaker's key), or where no
    one is named as asking nor by a field that may name either (``member``) its one string field that is a full
    name (``trainer``), gives whom the answers are by."""
    fields = turn_fields(holder) if isinstance(holder, dict) else None
    if not isinstance(fields, dict):
        return None, None
    asker = next((value for k in ASKER_KEYS if isinstance(value := fields.get(k), str) and full_name(value)), None)
    answerer = next((value for k in (*ANSWERER_KEYS, *SPEAKER_KEYS) if given(value := named(fields.get(k)))), None)
    if not isinstance(answerer, str) and asker is None and not any(k in fields for k in _EITHER_KEYS):
        names = [v for v in fields.values() if isinstance(v, str) and full_name(v)]
        answerer = names[0] if len(names) == 1 else None
    return asker, answerer if isinstance(answerer, str) else None
