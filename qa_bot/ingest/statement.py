"""Police statements written as reported speech, as Brazilian police record them (a "termo de declarações"):
a header saying who appeared, then one paragraph per statement, each opening with ``QUE`` ("that…").

    Na Superintendência da Polícia Federal em Curitiba …, compareceu Sergio Fernando Moro
    QUE tomou conhecimento pela imprensa sobre a determinação do Ministro …;
    QUE perguntado sobre sua definição …, respondeu que entende que …;

Every ``QUE`` paragraph is the deponent's words, reported by the clerk: credited to the one the header names
(``Declarante`` where it names no one), inferred. The header and any other paragraph (the clerk's closing, a
news site's "Leia também:" links copied with the text) are no one's words, whatever label they seem to open with.
"""

from __future__ import annotations

import re

from qa_bot.ingest.speakers import UNKNOWN_SPEAKER, Utterance
from qa_bot.text import clean_line, join_wrapped

STATEMENT_CONVENTION = "QUE paragraphs, the deponent's reported words"
_REPORTED = re.compile(r"^(?:QUE|Que)\b")  # "QUE tomou conhecimento…", "Que, por fim esclarece…"
# Who appeared, in the header: "compareceu Sergio Fernando Moro", "compareceu o(a) DECLARANTE: JOÃO DA SILVA".
_APPEARED = re.compile(r"(?i:\bcompareceu\s+(?:o\(a\)\s+|[oa]\s+)?(?:(?:declarante|depoente|testemunha)\s*:?\s+)?)"
                       r"(?P<name>[^\W\d_a-z][\w'’\-]*(?:\s+(?:(?:de|da|do|dos|das|e)\s+)?[^\W\d_a-z][\w'’\-]*){1,5})")
DEPONENT = "Declarante"
MIN_STATEMENTS = 5  # ``QUE`` paragraphs, and over half of the file's paragraphs, for a file to be a statement


def statement_utterances(lines: list[str]) -> list[Utterance] | None:
    """The turns of a police statement in reported speech (see the module docstring), or None for other files."""
    paragraphs = [join_wrapped(p.split("\n")) for p in "\n".join(lines).split("\n\n") if p.strip()]
    statements = [bool(_REPORTED.match(p)) for p in paragraphs]
    if sum(statements) < MIN_STATEMENTS or 2 * sum(statements) <= len(paragraphs):
        return None
    first = statements.index(True)
    appeared = _APPEARED.search(" ".join(paragraphs[:first]))
    deponent = clean_line(appeared.group("name")) if appeared else DEPONENT
    return [Utterance(p, speaker=deponent if said else UNKNOWN_SPEAKER) for p, said in zip(paragraphs, statements,
                                                                                         strict=True)]
