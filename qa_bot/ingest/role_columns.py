"""Tables that give each role its own text column (``student_text``, ``teacher_text``): a row holds one exchange,
a turn a role, in the columns' order. Datasets of classroom talk, counselling and support calls pair the turns so."""

from __future__ import annotations

import re

from qa_bot.ingest.json_search import LANGUAGE_KEYS
from qa_bot.ingest.speakers import Utterance
from qa_bot.text import clean_line, clean_paragraphs

# A column named for who speaks in it and what it holds: "student_text", "Teacher Utterance", "agent-response".
_ROLE_TEXT = re.compile(r"^(?P<role>[^\W\d_][\w ]{0,30}?)[_ \-](?:text|utterance|turn|speech|words|message|response"
                        r"|reply)$", re.I)
# What a text column's prefix says of the words' processing or language, not who said them ("clean_text",
# "de_text", "input_text").
_PROCESSING = frozenset(("raw", "clean", "cleaned", "original", "translated", "translation", "source", "target",
                         "normalized", "normalised", "full", "plain", "processed", "preprocessed", "lemma", "token",
                         "tokenized", "context", "prompt", "input", "output", *LANGUAGE_KEYS))
MIN_ROLE_COLUMNS = 2


def role_rows(rows: list[list[str]]) -> list[Utterance] | None:
    """A turn for each role's column of each row, under a header naming ``MIN_ROLE_COLUMNS`` roles or more (the
    role as its header writes it: "student", "teacher"); None for any other table."""
    header = [clean_line(cell.replace("\ufeff", "")) for cell in rows[0]] if rows else []
    found = [(j, m.group("role")) for j, cell in enumerate(header) if (m := _ROLE_TEXT.match(cell))]
    found = [(j, role) for j, role in found if _worded(rows[1:], j)]  # "start_turn", "end_turn": times, no one's
    roles = {role.casefold() for _, role in found}
    if len(found) < MIN_ROLE_COLUMNS or len(roles) < len(found) or roles & _PROCESSING:
        return None
    return [Utterance(words, role) for row in rows[1:] for j, role in found
            if j < len(row) and (words := clean_paragraphs(row[j]))]


def _worded(rows: list[list[str]], column: int) -> bool:
    """Whether most filled cells of a column hold words (a letter), not numbers: a turn's times or counts are no
    one's text."""
    cells = [row[column] for row in rows if column < len(row) and row[column].strip()]
    return 2 * sum(any(ch.isalpha() for ch in cell) for cell in cells) > len(cells)
