"""Interviews that user-research reports keep in tables of questions and answers (``| Pergunta | Resposta |``, or
HTML tables inside Markdown), the people named in tables of their own or in the headings over each interview; and
the Markdown helpers the interview readers share (``paragraphs``, ``heading_level``)."""

from __future__ import annotations

import re

from qa_bot.ingest.markdown_lines import EMPHASIS, body_line, markup_free
from qa_bot.ingest.metadata import MARKDOWN_HEADING, MARKDOWN_RULE
from qa_bot.ingest.speakers import UNKNOWN_SPEAKER, Utterance
from qa_bot.text import clean_line, join_wrapped

MIN_QUESTION_HEADINGS = 2  # an interview read from its headings or its tables asks this many questions
Table = tuple[list[str], list[tuple[int, list[str]]]]  # a Markdown table: its header's cells, its rows (line, cells)
# A table of an interview's questions and answers, as user-research reports keep them ("| Pergunta | Resposta |"):
# the header's words for the two columns
_QUESTION_COLUMNS = frozenset(("question", "questions", "pergunta", "perguntas", "questão", "questões", "pregunta",
                               "preguntas", "frage", "fragen", "domanda", "domande"))
_ANSWER_COLUMNS = frozenset(("answer", "answers", "resposta", "respostas", "respuesta", "respuestas", "antwort",
                             "antworten", "réponse", "réponses", "risposta", "risposte"))
_HTML_TABLE = re.compile(r"<table\b.*?</table>", re.S | re.I)
_TABLE_RULE = re.compile(r"^\|?(?:\s*:?-+:?\s*\|)+(?:\s*:?-+:?\s*)?$")  # "|---|:--:|", "|-|-|"
_INTERVIEWER_COLUMN = re.compile(r"\b(?:entrevistadora?s?|interviewers?|moderadora?|moderators?|interviewerin)\b")
_NAME_CELL = re.compile(r"[^\W\d_a-z][\w'’.\-]*(?:\s+[\w'’.\-]+){0,4}")  # "Karupi", "Sofia Patrocínio"
# A heading over one interview, naming whom it asks: "### 1.1 - Entrevista Pedro Henrique", "Interview with Ann Lee"
_INTERVIEW_HEADING = re.compile(r"^(?:[\d.]+\s*[-–—.:]?\s*)?(?i:entrevista|interview|entretien|intervista|wywiad)"
                                r"(?:\s+(?i:com|con|with|avec|mit|z))?\s*[-–—:]?\s+(?P<name>[^\W\d_a-z][\w'’\-]*"
                                r"(?:\s+(?:(?:de|da|do|dos|das|von|van)\s+)?[^\W\d_a-z][\w'’\-]*){0,3})$")
# what such a heading names where it names no one: "## Interview Questions", "Entrevista Semiestruturada"
_NOT_INTERVIEWEES = frozenset(("questions", "question", "guide", "protocol", "summary", "script", "notes", "results",
                               "analysis", "data", "answers", "transcript", "recording", "video", "planning",
                               "perguntas", "roteiro", "resultados", "respostas", "notas", "análise", "dados",
                               "transcrição", "gravação", "vídeo", "planejamento", "semiestruturada", "estruturada",
                               "preguntas", "guía", "resumen", "fragen", "leitfaden", "zusammenfassung"))
_PERSON_HEAD = re.compile(r"participantes?|participants?|pessoas?|persons?|personas?")  # a column of names
_NAME_HEAD = re.compile(r"\b(?:nome|name|nombre|nom)\b")  # "Nome completo do entrevistado", not "Idade do entrevistado"
_INTERVIEWEE_COLUMN = re.compile(r"\b(?:entrevistad[oa]s?|interviewees?|respondents?|"
                                 r"befragte[rn]?|interviewpartner(?:in)?)\b")


def table_interview(lines: list[str]) -> list[Utterance] | None:
    """A report keeping interviews in tables of questions and answers (``| Pergunta | Resposta |``, or in HTML; a
    row each), the interviewee named in a table of its own (a column headed "Nome completo do entrevistado",
    "Interviewee"), or each interview under a heading naming whom it asks ("### 1.1 - Entrevista Pedro Henrique",
    ``_named_by``; up to the next heading above its level) or after a table of its people: each question the one
    interviewer's the tables name (else ``Unknown speaker``'s), each answer the interviewee's, the report's other
    paragraphs (other tables too, as text) no one's, labels in captions ("Autor: …") too. None unless there is such
    a table and its interviewee is named."""
    lines = _html_tables_piped(lines)
    found_tables = tables(lines)
    qa_tables = [(columns, found) for heads, found in found_tables if (columns := _qa_columns(heads)) and found]
    rows = {at: (cells[columns[0]], cells[columns[1]]) for columns, found in qa_tables for at, cells in found
            if max(columns) < len(cells)}
    if len(rows) < MIN_QUESTION_HEADINGS:
        return None
    people = table_people(found_tables)
    introduced = {at: (name, keys) for at, role, name, keys in people if role == "interviewee"}
    askers = {name for _, role, name, _ in people if role == "interviewer"}
    asker = next(iter(askers)) if len(askers) == 1 else UNKNOWN_SPEAKER  # the one interviewer named asks
    named = {name for name, _ in introduced.values()}
    headed = {at: (level, _named_by(clean_line(raw.strip(" #")), introduced)) for at, raw in enumerate(lines)
              if (level := heading_level(raw))}
    if not (named or any(name for _, name in headed.values())):
        return None
    tabled = {k for _, found in qa_tables for k in range(_table_start(lines, found[0][0]), found[-1][0] + 1)}
    utterances: list[Utterance] = []
    stretch: list[str] = []
    whom, level, asked = (next(iter(named)) if len(named) == 1 else UNKNOWN_SPEAKER), 0, False
    for at, raw in enumerate([*lines, ""]):
        if at in rows or at in headed or at == len(lines):
            for text in paragraphs(stretch):  # under a heading naming whom it asks, a question's answers below it
                asked = asked or text.endswith(("?", "？"))
                answered = level and asked and not text.endswith(("?", "？"))
                utterances.append(Utterance(text, speaker=whom if answered else UNKNOWN_SPEAKER))
            stretch, asked = [], asked and at not in headed
        if len(named) != 1 and at in headed and (headed[at][1] or headed[at][0] < level):
            whom, level = headed[at][1] or UNKNOWN_SPEAKER, headed[at][0] if headed[at][1] else 0
        if len(named) != 1 and at in introduced:  # a table of the interview's people, above its questions
            whom, level = introduced[at][0], max(level, max((lv for k, (lv, _) in headed.items() if k < at), default=1))
        if at in rows:
            question, answer = rows[at]
            utterances += [Utterance(question, speaker=asker), Utterance(answer, speaker=whom)]
        elif at not in tabled:
            stretch.append(raw)
    return utterances


def _named_by(heading: str, introduced: dict[int, tuple[str, list[str]]]) -> str | None:
    """Whom the interview under a heading asks: the name the heading gives ("1.1 - Entrevista Pedro Henrique"), or
    the person a table of people lists beside the heading's words ("6.1 Entrevista 1" over a row "| Entrevista 1 |
    Douglas Langkammer | Entrevistado |"); None for any other heading."""
    if (m := _INTERVIEW_HEADING.match(heading)) and not {w.casefold() for w in m["name"].split()} & _NOT_INTERVIEWEES:
        return m.group("name")
    folded = heading.casefold()
    return next((name for name, keys in introduced.values() for key in keys if any(c.isdigit() for c in key)
                 and re.search(rf"(?<!\w){re.escape(key)}(?!\w)", folded)), None)


def table_people(found_tables: list[Table]) -> list[tuple[int, str, str, list[str]]]:
    """``(row's line, role, name, the row's other cells)`` for each person a table introduces as the interviewee or
    the interviewer: by the column's header ("| Entrevistado | Entrevistadora |", "Nome completo do entrevistado"),
    or by a role column's cell beside a name column ("| Entrevista 1 | Douglas Langkammer | Entrevistado |")."""
    found: list[tuple[int, str, str, list[str]]] = []
    roles = (("interviewee", _INTERVIEWEE_COLUMN), ("interviewer", _INTERVIEWER_COLUMN))
    for heads, rows in found_tables:
        named = [i for i, head in enumerate(heads) if _NAME_HEAD.search(head) or _PERSON_HEAD.fullmatch(head)]
        for at, cells in rows:
            for i, head in enumerate(heads[:len(cells)]):
                for role, column in roles:  # the header says the role, or the cell does beside a name
                    if column.search(head) and (len(head.split()) <= 2 or _NAME_HEAD.search(head)):
                        k = i
                    elif column.fullmatch(cells[i].casefold()) and named:
                        k = named[0]
                    else:
                        continue
                    if k < len(cells) and _NAME_CELL.fullmatch(cells[k]):
                        found.append((at, role, cells[k], [c.casefold() for c in cells]))
    return found


def _html_tables_piped(lines: list[str]) -> list[str]:
    """``lines`` with each HTML ``<table>`` in them (Markdown keeps raw HTML) written as a Markdown pipe table, a
    line a row, the header's rule under its first row; lines as they were where there is none."""
    text = "\n".join(lines)
    if "<table" not in text.casefold():
        return lines
    from lxml import html as lxml_html

    def piped(m: re.Match[str]) -> str:
        try:
            table = lxml_html.fragment_fromstring(m.group(0))
        except (ValueError, lxml_html.etree.ParserError):
            return m.group(0)
        rows = [[clean_line(cell.text_content()).replace("|", "/") for cell in row.iter("th", "td")]
                for row in table.iter("tr")]
        rows = [row for row in rows if row]
        out = [f"| {' | '.join(row)} |" for row in rows]
        return "\n" + "\n".join([*out[:1], "|" + "---|" * len(rows[0]), *out[1:]]) + "\n" if rows else m.group(0)

    return _HTML_TABLE.sub(piped, text).split("\n")


def _table_line(lines: list[str], at: int) -> bool:
    return 0 <= at < len(lines) and lines[at].lstrip().startswith("|")


def _table_start(lines: list[str], at: int) -> int:
    """The first line of the table holding line ``at`` (its header)."""
    while _table_line(lines, at - 1):
        at -= 1
    return at


def tables(lines: list[str]) -> list[Table]:
    """Each Markdown pipe table in ``lines``: its header's cells (case folded) and its rows (index, cells)."""
    found: list[Table] = []
    for at in range(len(lines)):
        if not _table_line(lines, at):
            continue
        cells = [clean_line(markup_free(cell)).strip(" *") for cell in lines[at].strip().strip("|").split("|")]
        if not _table_line(lines, at - 1):
            found.append(([cell.casefold() for cell in cells], []))
        elif not _TABLE_RULE.match(lines[at].strip()):
            found[-1][1].append((at, cells))
    return found


def _qa_columns(heads: list[str]) -> tuple[int, int] | None:
    """The question and answer columns a table's header names, or None."""
    asked = next((i for i, head in enumerate(heads) if head in _QUESTION_COLUMNS), None)
    answered = next((i for i, head in enumerate(heads) if head in _ANSWER_COLUMNS), None)
    return (asked, answered) if asked is not None and answered is not None else None


def heading_level(raw: str) -> int:
    """The level of a Markdown heading line (``##`` is 2); 0 for any other line."""
    if not MARKDOWN_HEADING.match(clean_line(EMPHASIS.sub("", raw))):
        return 0
    return len(raw.strip()) - len(raw.strip().lstrip("#"))


def paragraphs(lines: list[str]) -> list[str]:
    """The paragraphs of Markdown ``lines`` as text, blank lines and rules between them."""
    found: list[list[str]] = [[]]
    for raw in lines:
        line = clean_line(body_line(raw, True))
        if line and not MARKDOWN_RULE.match(line):
            found[-1].append(line)
        elif found[-1]:
            found.append([])
    return [join_wrapped(p) for p in found if p]
