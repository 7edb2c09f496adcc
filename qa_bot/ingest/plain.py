"""Plain-text and Markdown transcripts (.txt, .md): labeled paragraphs under an optional header.

Labels: ``Speaker:``, ``SPEAKER:``, ``**Speaker:**``, ``**Speaker**:``, ``[00:01:05] Speaker:`` and ``**[00:01:05]
Speaker:**`` (the time code becomes the turn's ``start``). The header, before the first turn, may hold a YAML
front-matter block (``---`` ... ``---`` with ``title``, ``date``, ``place``), a ``# Title`` heading and ``Title:`` /
``Date:`` / ``Place:`` lines (Russian keys too). Markdown emphasis markers are removed from the text; in .md files
headings, rules and quote markers are page structure, not speech, and are left out.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from typing import Any

from qa_bot.errors import IngestError
from qa_bot.ingest.blocks import answered_apart, block_utterance, indented_paragraphs, split_labeled
from qa_bot.ingest.court import court_utterances, looks_like_court, split_dashed_answers, strip_page_furniture
from qa_bot.ingest.front_matter import front_matter
from qa_bot.ingest.interview import (
    INTERVIEW_CONVENTION,
    MIN_INTERVIEW_SECTIONS,
    asks_only,
    bold_unwrapped,
    interview_intro,
    interview_layout,
    interviewee_addressed,
    labels_in_one_answer,
    role_labels_credited,
    sectioned_interviews,
    unnamed_answers,
)
from qa_bot.ingest.interview_tables import table_interview
from qa_bot.ingest.json_turns import front_matter_turns
from qa_bot.ingest.labels import learn_grammar
from qa_bot.ingest.markdown_lines import (
    EMPHASIS,
    body_line,
    labels_laid_out,
    own_element,
    time_marks_apart,
    without_code_elements,
)
from qa_bot.ingest.markup_labels import MarkupGrammar
from qa_bot.ingest.metadata import (
    MARKDOWN_HEADING,
    MARKDOWN_RULE,
    PARTICIPANT_KEYS,
    asked_in_title,
    bold_colons_joined,
    dateline_speaker,
    first_date,
    front_participants,
    full_name,
    header_field,
    info_field,
    interviewee_in_intro,
    interviewee_in_title,
    participant_field,
    sole_speaker,
)
from qa_bot.ingest.reported import reported_labels
from qa_bot.ingest.signed import SIGNED_CONVENTION, signed_utterances
from qa_bot.ingest.speakers import UNKNOWN_SPEAKER, Utterance, build_turns
from qa_bot.ingest.statement import STATEMENT_CONVENTION, statement_utterances
from qa_bot.ingest.unmarked_labels import unmarked_labels
from qa_bot.ingest.wrapped_labels import coloned_labels_joined, inline_labels_apart, split_labels_joined
from qa_bot.text import clean_line, join_wrapped, word_count
from qa_bot.types import Transcript

FORMAT, MARKDOWN_FORMAT = "plain", "markdown"
_LABEL_KEY = re.compile(r"^\s*([^\W\d_]+)\s*:")  # a word opening a line as a label: "Interviewer:"
# Running prose (``looks_like_prose``): paragraphs of sentences, not lists, tables or a few lines.
MIN_PROSE_PARAGRAPHS = 1  # one long paragraph is a speech-to-text dump, as much a transcript as many
MIN_PROSE_WORDS = 12  # in a paragraph; Chinese and Japanese count a word for every two characters (``word_count``)
MIN_PROSE_TOTAL_WORDS, MIN_UNPUNCTUATED_WORDS = 100, 40  # the latter: a paragraph without punctuation (speech-to-text)
MIN_PROSE_SHARE = 0.75  # of the words, so a title line over one long paragraph does not count against it
UNWRAPPED_LINE_CHARS = 200  # a line this long is a paragraph of its own: hard-wrapped text has shorter lines
_LIST_ITEM = re.compile(r"^(?:[*+\-•]|\d{1,3}[.)])\s+")
_TABLE_OR_CODE = re.compile(r"^(?:\||```|~~~)")
_SENTENCE = re.compile(r"[.!?…。！？]")
_ENDS_SENTENCE = re.compile(r"[.!?…。！？][\"'”’»)]*$")
# A turn wrapped in an element its writer named for the speaker: "<interviewee>Boa tarde…</interviewee>".
_TAGGED = re.compile(r"^\s*<(?P<tag>[A-Za-z][\w-]{1,30})>(?=\S)")
MIN_TAGGED_TURNS, MAX_TAGS = 4, 6  # such elements in a file, and the names they use
MIN_WORDS_BEFORE_LONE_LABEL = 150  # of speech naming no one, before a file's one label: that label is words
MIN_SENTENCE_PARAGRAPHS = 20  # a file of this many one-sentence paragraphs is speech written a sentence a paragraph


def parse_plain(
    text: str, transcript_id: str, source: str, default_title: str, *, markdown: bool = False,
    speakers: frozenset[str] = frozenset(), only_speakers: bool = False,
) -> Transcript:
    """One turn per labeled paragraph; unlabeled paragraphs continue the previous turn. Labels are read in the
    styles the file itself uses (``labels``); a court or deposition transcript (``Q.`` / ``A.``) by ``court``.

    Text before the first label is kept, under ``Unknown speaker``. A file with no label at all is refused, unless
    it is plainly a transcript's running prose (``looks_like_prose``): then each paragraph is a turn of ``Unknown
    speaker`` and a warning says so. ``speakers`` are names a page's markup gave (``MarkupGrammar``): labels
    whatever their shape, and with ``only_speakers`` the only labels."""
    lines = (bold_colons_joined(without_code_elements(text)) if markdown else text).split("\n")
    front, body_start = front_matter(lines, source)
    if front and (listed := front_matter_turns(front, transcript_id, source, default_title)) is not None:
        return listed
    if isinstance(script := front.get("transcript"), str) and not "".join(lines[body_start:]).strip():
        lines, body_start = script.split("\n"), 0  # a podcast page keeping the whole transcript in its front matter
    heading, meta, people, body_start = _header(lines, top := body_start)  # top: where a header may name people
    raw = time_marks_apart(_tagged_turns(lines[body_start:]))
    body = split_dashed_answers([body_line(line, markdown) for line in (labels_laid_out(raw) if markdown else raw)])
    if looks_like_court(body):
        utterances, convention = court_utterances(body, *_interview_pair(front, heading))
    elif statement := statement_utterances(body):
        utterances, convention = statement, STATEMENT_CONVENTION
    else:
        body = split_labels_joined(reported_labels(unmarked_labels(body)))  # labels without their colon too
        body = inline_labels_apart(coloned_labels_joined(indented_paragraphs(strip_page_furniture(body))))
        grammar = MarkupGrammar.over(learn_grammar(body), speakers, only=only_speakers)
        blocks = answered_apart(split_labeled(body, grammar))
        utterances = role_labels_credited([block_utterance(block) for block in blocks], lines, people)
        convention = grammar.convention
    interview = table_interview(lines[body_start:])  # a report's tables of questions and answers, labels or not
    if interview is None and not _labelled(utterances, lines[body_start:]):  # whom it asks: its header, title…
        unwrapped = bold_unwrapped(lines[body_start:])
        headline = heading or _string(front.get("title")) or default_title  # a page's or document's own title
        opening = interview_intro(unwrapped, front)  # its standfirst; a field ("口述人：孙玉磊") names who took part
        named = [f for line in opening if (f := participant_field(clean_line(line)))] + front_participants(front)
        intro = "\n".join(opening)
        name = (interviewee_in_title(headline, intro) or interviewee_in_intro(intro, headline)
                or interviewee_addressed(unwrapped, intro) or interviewee_in_title(default_title, intro))
        asked = [("interviewee", name)] if name and all(role != "interviewee" for role, _ in named) else []
        interview = interview_layout(unwrapped, people or [*named, *asked]) or (
            sectioned_interviews(unwrapped))  # several, each under a heading naming whom it asks
    elif interview is None and _fields_name_interviewees(utterances, people):
        interview = sectioned_interviews(bold_unwrapped(lines[top if people else body_start:]))  # labels: fields
    if interview:
        utterances, convention = interview, INTERVIEW_CONVENTION
    elif asks_only(utterances, lines[body_start:]):  # "**Felix: …?**" over answers no one names: not the asker's
        utterances = unnamed_answers(utterances)
    elif (signed := signed_utterances(prose_paragraphs(body))) and sum(bool(u.label) for u in signed) > sum(
            bool(u.label or u.mark) for u in utterances):  # signatures its convention, not a few Q:/A: lines
        utterances, convention = signed, SIGNED_CONVENTION  # "…計上している。（余語 地域振興部長）"
    unlabelled = (not any(u.label or u.mark or u.speaker for u in utterances) or _lone_label_late(utterances)) \
        and looks_like_prose(body)
    paragraphs = prose_paragraphs(body) if unlabelled else []
    dateline, first = _dateline(paragraphs, lines[body_start:], heading)  # "Statsminister Ulf Kristersson, …"
    sole = (named := sole_speaker(front) if unlabelled else None) or dateline  # a sermon's "pastor: Pastor Nate…"
    if unlabelled:
        utterances, convention = [Utterance(p, speaker=UNKNOWN_SPEAKER if i == 0 and first else sole or
                                            UNKNOWN_SPEAKER) for i, p in enumerate(paragraphs)], "none"
    title = _string(front.get("title")) or meta.get("title") or heading
    date, date_source = first_date(("metadata", front.get("date")), ("header", meta.get("date")), ("title", title))
    place = _string(front.get("place")) or _string(front.get("location")) or meta.get("place")
    fmt = MARKDOWN_FORMAT if markdown else FORMAT
    if not unlabelled and not any(u.label or u.mark or u.speaker for u in utterances):
        raise IngestError(source, f"no speaker labels found (read as {fmt}: expected paragraphs opening with "
                                  "'Name:', '**Name:**' or '[00:01:05] Name:')")
    transcript = Transcript(transcript_id, title or default_title, date, place, source,
                            build_turns(transcript_id, utterances), fmt, date_source)
    transcript.label_convention = convention
    if unlabelled:
        credited = f"credited to {sole}, whom its {'front matter' if named else 'dateline'} names as its speaker" \
            if sole else UNKNOWN_SPEAKER
        transcript.warnings.append(f"no speaker labels found: every turn is {credited} (read as {fmt}, "
                                   "running prose with no 'Name:' labels)")
    return transcript


def _interview_pair(front: dict[str, Any], heading: str | None) -> tuple[str | None, str | None]:
    """Who asks and who answers an interview written ``Q:`` / ``A:``, as its front matter's fields or its title
    name them ("Phỏng vấn Lê Bảo Hiệp" over ``subtitle: "Interviewer: Mai Vinh Hiển"``); None where they do not."""
    roles = dict(front_participants(front))
    return roles.get("interviewer"), roles.get("interviewee") or asked_in_title(heading or _string(front.get("title")))


def _tagged_turns(lines: list[str]) -> list[str]:
    """Lines opening with an element named for their speaker (``<interviewer>…</interviewer>``, no HTML element),
    where a few such names open ``MIN_TAGGED_TURNS`` lines or more, written as labels: ``interviewer: …``."""
    tags = Counter(m.group("tag") for line in lines if (m := _TAGGED.match(line)) and own_element(m.group("tag")))
    if sum(tags.values()) < MIN_TAGGED_TURNS or len(tags) > MAX_TAGS:
        return lines
    closing = re.compile("|".join(f"</{re.escape(tag)}>" for tag in tags))
    labelled = (f"{m.group('tag')}: {line[m.end():]}" if (m := _TAGGED.match(line)) and m.group("tag") in tags
                else line for line in lines)
    return [closing.sub("", line) for line in labelled]


def _lone_label_late(utterances: list[Utterance]) -> bool:
    """Whether a file's only label, used once, opens a paragraph after ``MIN_WORDS_BEFORE_LONE_LABEL`` words naming
    no one ("The Governing Council: (i) took note…" in a central banker's statement): a phrase of the text, not
    a speaker, whom the rest of the file would be credited to. A person's name ("Mary Collins:" after a podcast's
    show notes) or a label in capitals ("THE PRESIDENT:") still speaks."""
    labelled = [i for i, u in enumerate(utterances) if u.label or u.mark or u.speaker]
    label = (utterances[labelled[0]].label or "") if len(labelled) == 1 else ""
    person = (full_name(label) and label.split()[0].casefold() != "the") or label.isupper()  # "Mary Collins:" speaks
    return bool(label) and not person and not utterances[labelled[0]].mark \
        and sum(word_count(u.text) for u in utterances[:labelled[0]]) >= MIN_WORDS_BEFORE_LONE_LABEL


def _dateline(paragraphs: list[str], lines: list[str], title: str | None = None) -> tuple[str | None, bool]:
    """Whose speech unlabelled ``paragraphs`` are, as a dateline says (``metadata.dateline_speaker``), and whether
    that dateline is the first paragraph: else the body's first heading may be one (a central bank's page, "##
    Willem F. Duisenberg, President of the European Central Bank, 9 June 1998"), or the title ("Remarks by…")."""
    if not paragraphs:
        return None, False
    if found := dateline_speaker(paragraphs[0]):
        return found, True
    heading = MARKDOWN_HEADING.match(next((clean_line(line) for line in lines if line.strip()), ""))
    return (dateline_speaker(EMPHASIS.sub("", heading.group(1))) if heading else None) or (
        dateline_speaker(title) if title and not any(p.rstrip().endswith("?") for p in paragraphs) else None), False


def _fields_name_interviewees(utterances: list[Utterance], people: list[tuple[str, str]]) -> bool:
    """Whether a file's labels may be only the fields of interviews it holds: every label names who took part
    ("Entrevistado: Wesley"), or ``MIN_INTERVIEW_SECTIONS`` do, the header's ``people`` counting as one (each
    interview's "Interviewpartner:", "Datum:" and "Ort:" fields, personas' "Job:" after them)."""
    fields = bool(people) + sum(bool(u.label) and u.label.casefold() in PARTICIPANT_KEYS for u in utterances)
    return fields >= MIN_INTERVIEW_SECTIONS or not any(
        u.mark or (u.label and u.label.casefold() not in PARTICIPANT_KEYS) for u in utterances)


def _labelled(utterances: list[Utterance], lines: list[str]) -> bool:
    """True when the file labels its turns: a mark (``Q.``, ``>>``), two labels, or one used twice. A lone
    one-off label ("Mittellange Frist:" in an answer) is a phrase of the text, not a labelling convention, and an
    interview's fields naming who took part once each ("采访人：…", "口述人：…") label no turns, nor do labels
    all inside one answer of an interview asking in headings (``labels_in_one_answer``, a dialogue acted out)."""
    labels = Counter(u.label for u in utterances if u.label)
    labels = Counter({k: n for k, n in labels.items() if n > 1 or k.casefold() not in PARTICIPANT_KEYS})
    return (any(u.mark for u in utterances) or len(labels) > 1 or any(n > 1 for n in labels.values())) and not (
        asks_only(utterances, lines) or labels_in_one_answer(lines, set(labels)))  # asks_only: answers unlabelled


def _header(lines: list[str], start: int) -> tuple[str | None, dict[str, str], list[tuple[str, str]], int]:
    """The header before the first turn: a ``# Title`` heading, ``Title:`` / ``Date:`` / ``Place:`` fields, and an
    interview's ``Interviewee: Name`` / ``Interviewer: Name`` (unless the file labels turns so) and lines such
    as ``Dauer: 45 min``; returns the heading, the fields, who took part (role, name) and where the body starts."""
    meta: dict[str, str] = {}
    people: list[tuple[str, str]] = []
    heading = None
    # "Interviewer: Tell me about Lyon." anywhere: the file labels turns with that word, and it heads no header.
    plain = [_FIELD_BULLET.sub("", clean_line(EMPHASIS.sub("", line))) for line in lines]  # "- **Views:** 61K views"
    opened = [(m.group(1).casefold(), line) for line in plain if (m := _LABEL_KEY.match(line))]
    keys = Counter(key for key, _ in opened)
    turns = {key for key, line in opened if not participant_field(line)}

    def person(line: str) -> tuple[str, str] | None:
        found = participant_field(line)
        return found if found and line.split(":", 1)[0].strip().casefold() not in turns else None

    filled = [i for i in range(start, len(plain)) if plain[i] and not _BANNER_RULE.match(plain[i])]
    for k, i in enumerate(filled):
        line = plain[i]
        m = MARKDOWN_HEADING.match(line)
        field = header_field(line)
        below = plain[filled[k + 1]] if k + 1 < len(filled) else ""
        if m and heading is None and not people and not (line.endswith("?") and sum(
                other.startswith(line.split()[0] + " ") and other.endswith("?") for other in plain) > 2):
            heading = clean_line(m.group(1))  # not an interview's first question heading, "## Why Orlando?"
        elif field and field[0] not in meta:
            meta[field[0]] = field[1]
        elif found := person(line):
            people.append(found)
        elif k == 0 and (person(below) or header_field(below)) and not MARKDOWN_RULE.match(line):
            heading = line  # "Interview 4" over "Interviewee: Germain", "11/15/22 City Council" over "Date: …"
        elif info_field(line):  # "Dauer: 45 min", "DISCLAIMER: This transcript was generated" and its wrapped lines
            i = next((j for j in range(i + 1, len(plain)) if not plain[j][:1].islower()), len(plain)) - 1
        elif people and (key := _LABEL_KEY.match(line)) and keys[key.group(1).casefold()] == 1 and \
                word_count(line) <= MAX_FIELD_WORDS:
            pass  # "Carrera: Derecho" under "Nombre: Santiago Vázquez": the interviewee's particulars
        elif (m or MARKDOWN_RULE.match(line)) and heading is not None and not meta and not people:
            continue  # "## Introducción", "---" before the fields: the header's, if fields follow
        else:
            break
        start = i + 1
    closing = next((j for j in range(start, len(plain)) if plain[j]), len(plain))
    if start > 0 and closing < len(plain) and _BANNER_RULE.match(plain[closing]):
        start = closing + 1  # the rule closing a banner of "=" around the header
    return heading, meta, people, start


MAX_FIELD_WORDS = 6  # of a header's line of particulars ("Ciclo: Quinto ciclo")
_BANNER_RULE = re.compile(r"^={3,}$")  # "=====" lines set a generated transcript's header apart
_FIELD_BULLET = re.compile(r"^[-*+•]\s+(?=[^\W\d_][^:：\n]{0,30}[:：])")  # a list of fields: the bullet is no key's


def _string(value: Any) -> str | None:
    if isinstance(value, (str, int, float, dt.date)) and not isinstance(value, bool):
        return clean_line(str(value)) or None
    return None


def prose_paragraphs(lines: list[str]) -> list[str]:
    """The paragraphs of ``lines`` (runs of non-blank lines), each joined into one line."""
    return [join_wrapped(p) for p in _paragraph_lines(lines)]


def looks_like_prose(lines: list[str]) -> bool:
    """True when ``lines`` are plainly the running prose of a transcript that names no speaker.

    What tells a transcript body from notes: it is written in paragraphs of
    sentences (each of ``MIN_PROSE_WORDS`` words or more, with sentence
    punctuation, or ``MIN_UNPUNCTUATED_WORDS`` without, as speech-to-text writes
    them), at least ``MIN_PROSE_PARAGRAPHS`` of them holding
    ``MIN_PROSE_TOTAL_WORDS`` words, and such paragraphs hold
    ``MIN_PROSE_SHARE`` of the text's words. Notes are lists of short items, tables,
    code or a few lines, and are refused. A line opened by a dash or a number
    counts as a list item only when it is short: ``- Как вы начали?`` in a
    Russian interview is dialogue. A transcript written a sentence a paragraph
    (``MIN_SENTENCE_PARAGRAPHS``) counts its short sentences. An essay passes too; that costs little, since
    every turn of such a file is credited to ``Unknown speaker``, never to someone.
    """
    paragraphs = _paragraph_lines(lines)
    sentences = sum(bool(_ENDS_SENTENCE.search(p[-1])) for p in paragraphs) >= MIN_SENTENCE_PARAGRAPHS
    prose = [p for p in paragraphs if _is_prose(p, 2 if sentences else MIN_PROSE_WORDS)]  # "Sehr gerne." too
    total = sum(word_count(" ".join(p)) for p in prose)
    everything = sum(word_count(" ".join(p)) for p in paragraphs)
    return (len(prose) >= MIN_PROSE_PARAGRAPHS and total >= MIN_PROSE_TOTAL_WORDS
            and total >= MIN_PROSE_SHARE * everything)


def _paragraph_lines(lines: list[str]) -> list[list[str]]:
    """Paragraphs as their lines: lines up to a blank line, and a line of ``UNWRAPPED_LINE_CHARS`` or more on
    its own (a paragraph written on one line, as exports without blank lines between paragraphs have them)."""
    paragraphs: list[list[str]] = [[]]
    for raw in lines:
        line = clean_line(raw)
        if len(line) >= UNWRAPPED_LINE_CHARS:
            paragraphs += [[line], []]
        elif line:
            paragraphs[-1].append(line)
        elif paragraphs[-1]:
            paragraphs.append([])
    return [p for p in paragraphs if p]


def _is_prose(paragraph: list[str], min_words: int) -> bool:
    text = " ".join(paragraph)
    if any(_TABLE_OR_CODE.match(line) for line in paragraph):
        return False
    if any(_LIST_ITEM.match(line) and word_count(line) < MIN_PROSE_WORDS for line in paragraph):
        return False
    count = word_count(text)  # speech-to-text without punctuation runs on for many words
    return count >= min_words and (bool(_SENTENCE.search(text)) or count >= MIN_UNPUNCTUATED_WORDS)
