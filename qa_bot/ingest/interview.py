"""Interviews whose turns carry no label: questions in headings, bold or italics, the paragraphs under them the
answers of the one interviewee a header field, the title or the standfirst names."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import replace
from typing import Any

from qa_bot.ingest.interview_tables import MIN_QUESTION_HEADINGS, heading_level, paragraphs, table_people, tables
from qa_bot.ingest.markdown_lines import EMPHASIS, body_line, markup_free
from qa_bot.ingest.metadata import (
    COURTESY_TITLES,
    MARKDOWN_HEADING,
    MARKDOWN_RULE,
    full_name,
    full_names,
    header_field,
    info_field,
    interviewee_in_title,
    names_participants,
    participant_field,
)
from qa_bot.ingest.speakers import UNKNOWN_SPEAKER, Utterance
from qa_bot.text import clean_line, join_wrapped, word_count
from qa_bot.text.lexicon import ANSWER_MARKERS, QUESTION_MARKERS, stop_words

# The interviewer's label before a question in emphasis ("<strong>Publico</strong>: _Herr Wendt, …?_")
_ASKER_LABEL = re.compile(r"^(?:\*\*|__|<(?:strong|b)>)?[^\W\d_][\w .'’\-]{0,40}?(?:\*\*|__|</(?:strong|b)>)?"
                          r"\s*:\s*(?=[*_])")
# A question opening with the name of whom asks it ("Felix: Most students…?", "Cory Doctorow: Do you feel…?")
_ASKED_BY = re.compile(r"^(?P<name>[^\W\d_a-z][^\W\d_.'’\-]*(?:[.'’\-][^\W\d_]*)*(?: [^\W\d_][^\W\d]*){0,3})"
                       r":\s+(?P<q>\S.*)$")  # no digit in the name: "Q1: …?" numbers a question
# A question in bold opening with its asker's name in the same bold, maybe a link: "**[Cory Doctorow](…): Do you…?**"
_BOLD_ASKED = re.compile(r"^(?:\*\*|__)\[?(?P<name>[^\]*_:\n\d]{1,60}?)(?:\]\([^)\s]*\))?:\s")  # not "**Dave:** …"
MIN_ASKED, ASKED_SHARE = 3, 0.8  # an interviewer's labelled questions over unlabelled answers (``asks_only``)
INTERVIEW_CONVENTION = "## question headings, answers by the header's interviewee"
_EMPHASIZED = re.compile(r"^(\*\*|__|\*|_)(?P<q>[^*_].*?)\1$")  # a paragraph in bold, or italic ("*您小时候…？*")
STANDFIRST_KEYS = ("description", "summary", "subtitle", "excerpt", "lead", "standfirst", "support_line")
# A numbered question, as a research protocol lists them ("1. Welche Aufgabe übernimmst du im Unternehmen?").
# An editor's word set inside an answer, over the words it quotes: they are no one's the interview names
_INTERJECTION = re.compile(r"^(?i:(?:comment|note|remark)s?\s+(?:from|by)\s+[^:]{1,40}|editor['’]s note|update):$")
_WHO_IS = re.compile(r"^(?:Who is|Who's|Wer ist|Qui est|Quién es|Quem é|Chi è)\s+(?P<name>[^?？]{3,60}?)\s*[?？]$")
_LIST_NUMBER = re.compile(r"^\d{1,2}[.)]\s+(?=[*_])")  # before an emphasised question: a list's number
_NUMBERED_QUESTION = re.compile(r"^\d{1,2}[.)]\s+(?P<q>\S.*[?？])$")
MIN_PROMPT_WORDS = 4  # of a prompt that asks nothing; fewer make a section's name ("**Money**"), the answer's words
_GREEK = re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]")
_GREETED = re.compile(r"^([^\W\d_a-z][\w'’\-]+),\s")  # a question opening with whom it asks: "Chris, qual è…"
_INITIALS = re.compile(r"^(?:[^\W\d_a-z]\.)+$")  # "A.B." is a name; one, "J." in "Mr. J. Smith", goes on
MAX_ADDRESSED_WORDS = 2  # of a name after its title
QUOTED_ANSWERS = 0.5  # an interview whose answer lines are over this share in blockquotes asks in its roman lines
MIN_INTERVIEW_SECTIONS = 2  # interviews under their own headings that make a file of several (``sectioned_interviews``)


# Labels that say a turn asks or answers, not who speaks ("Pergunta"/"Resposta", "Q"/"A", "问"/"答"); not "P"/"R",
# which English research interviews write for participant and researcher (``court.QA_LETTERS``)
_ASKING, _ANSWERING = frozenset((*QUESTION_MARKERS, "问", "問")), frozenset((*ANSWER_MARKERS, "答"))


def role_labels_credited(utterances: list[Utterance], lines: list[str], people: list[tuple[str, str]]
                         ) -> list[Utterance]:
    """Turns labelled only as questions and answers (``**Pergunta:**`` / ``**Resposta:**``, ``Q:`` / ``A:``)
    credited to the one interviewee the header names (the answers) and its interviewer (the questions, where
    named), inferred, the labels kept as written: the header's fields (``people``) or headings naming a role over
    the name (``### Nome`` / ``Micaella Gouveia``, ``### Entrevistador`` / ``Durval Carvalho``). As they were
    where the labels name anyone else or the header does not name one interviewee."""
    labels = {u.label.casefold() for u in utterances if u.label}
    if not labels & _ASKING or not labels & _ANSWERING or not labels <= _ASKING | _ANSWERING:
        return utterances
    people = people or _heading_fields([clean_line(line) for line in lines[:MAX_HEADER_LINES]])
    asked = {name for role, name in people if role == "interviewee"}
    askers = {name for role, name in people if role == "interviewer"}
    if len(asked) != 1 or len(askers) > 1:
        return utterances
    named = {**dict.fromkeys(_ASKING, next(iter(askers), None)), **dict.fromkeys(_ANSWERING, next(iter(asked)))}
    return [replace(u, label=None, speaker=who, mark=u.label) if u.label and (who := named[u.label.casefold()]) else u
            for u in utterances]


MAX_HEADER_LINES = 40  # of a file's opening, where headings may name who took part (``_heading_fields``)


def _heading_fields(lines: list[str]) -> list[tuple[str, str]]:
    """Who took part, as headings name a role over the name on the next line (``### Entrevistador`` /
    ``Durval Carvalho``)."""
    filled = [line for line in lines if line]
    return [found for line, below in itertools.pairwise(filled) if (heading := MARKDOWN_HEADING.match(line))
            and (found := participant_field(f"{heading.group(1)}: {below}"))]


def asks_only(utterances: list[Utterance], lines: list[str]) -> bool:
    """Whether a file's labels are only its askers', on each question, the answers below it unlabelled (a
    magazine's "**Publico**: _Herr Wendt, …?_" over the answer): an interview of unlabelled answers
    (``interview_layout``), not those labels' words. ``MIN_ASKED`` questions at least, most of them answered so;
    where several labels ask (readers' questions to an author), most questions in bold, each opening with its
    asker's name in the same bold (``**Cory Doctorow: Do you…?**``), as hosts' labelled turns are not."""
    labelled = [u.text.split("\n\n") for u in utterances if u.label]
    labels = {u.label for u in utterances if u.label}
    if len(labelled) < MIN_ASKED or (len(labels) > 1 and sum(
            bool((m := _BOLD_ASKED.match(line)) and m["name"] in labels) for line in lines)
            < ASKED_SHARE * len(labelled)):
        return False
    asked = sum(len(p) > 1 and p[0].rstrip(" _*»“”\"'").endswith(("?", "？")) for p in labelled)
    return asked >= ASKED_SHARE * len(labelled)


def unnamed_answers(utterances: list[Utterance]) -> list[Utterance]:
    """An interview's turns where ``asks_only`` holds but nothing names whom it asks: each labelled turn's first
    paragraph its asker's, the answers below it ``Unknown speaker``'s, never the asker's."""
    split = [(u, u.text.split("\n\n", 1) if u.label else [u.text]) for u in utterances]
    return [part for u, (asked, *answer) in split
            for part in (replace(u, text=asked), *(Utterance(a, speaker=UNKNOWN_SPEAKER) for a in answer))]


def interview_layout(lines: list[str], people: list[tuple[str, str]]) -> list[Utterance] | None:
    """An interview whose header (or title: "an interview with …") names exactly one interviewee and whose turns
    carry no label: ``##`` headings or bold questions are the interviewer's questions (the header's interviewer,
    else ``Unknown speaker``), the paragraphs under them the interviewee's answers, both inferred (``lines`` with bold
    paragraphs unwrapped); paragraphs after a standfirst in italics and before the first question are the
    interviewee's opening words. None for any other file (a report's tables of questions and answers are read by
    ``table_interview``)."""
    if not any(role == "interviewee" for role, _ in people):  # named in a table: "| Entrevistado | Entrevistadora |"
        people = people + [(role, name) for _, role, name, _ in table_people(tables(lines))]
    interviewees = {name for role, name in people if role == "interviewee"}
    interviewers = {name for role, name in people if role == "interviewer"}
    if len(interviewees) != 1:
        return None
    asker = next(iter(interviewers)) if len(interviewers) == 1 else UNKNOWN_SPEAKER
    utterances: list[Utterance] = []
    answer: list[list[str]] = [[]]
    aside = [False]  # under a section of the document, not a question

    def flush() -> None:
        text = "\n\n".join(join_wrapped(p) for p in answer if p)
        if text:
            speaker = next(iter(interviewees)) if utterances and not aside[0] else UNKNOWN_SPEAKER
            utterances.append(Utterance(text, speaker=speaker))
        answer[:] = [[]]

    prompts = _prompt_marks(lines, headed=asker == UNKNOWN_SPEAKER)  # a remark of no one named, never a name's
    questions = [_question(_ASKER_LABEL.sub("", raw, count=1), prompts) for raw in lines]
    sections = _section_headings(lines)
    first = next((i for i, asked in enumerate(questions) if asked), len(lines))
    follow_ups, wrapped = _follow_ups(lines, questions, first)
    questions = [follow_ups.get(i, asked) for i, asked in enumerate(questions)]
    askers = _askers(lines, questions)
    if not any(asked and _asks(asked) for asked in questions) and not any(
            raw.lstrip().startswith(">") for raw in lines):  # topics over quotes ("### La plantilla" / "> Tengo…")
        return None  # headings asking nothing over roman paragraphs ("### Hamburger Szene"): a report's sections
    for i, (raw, asked) in enumerate(zip(lines, questions, strict=True)):
        if i in wrapped:
            continue
        line = clean_line(body_line(raw, True) if _italic(raw) else EMPHASIS.sub("", raw))
        # a field naming who took part ("口述人：孙玉磊，…"), the date and place beside it, or the standfirst in italics
        # before the first question (roman words after it are the interviewee's opening statement), is no one's words
        interjected = bool(_INTERJECTION.match(line))  # "Comment from Reshama:" over a quote: not the answer's
        fielded = i < first and (bool(header_field(line)) or info_field(line))
        if asked or names_participants(line) or fielded or (i < first and _italic(raw)) or interjected:
            flush()
            aside[0] = i in sections or interjected
            utterances.append(_asking(asked, asker, askers) if asked and not aside[0]
                              else Utterance(asked or line, speaker=UNKNOWN_SPEAKER))
        elif line and not MARKDOWN_RULE.match(line):
            answer[-1].append(clean_line(body_line(raw, True)))
        elif answer[-1]:
            answer.append([])
    flush()
    answers = sum(u.speaker in interviewees for u in utterances)
    return utterances if min(len(questions) - questions.count(None), answers) >= MIN_QUESTION_HEADINGS else None


def _asking(question: str, asker: str, named: set[str]) -> Utterance:
    """A question of an interview, the asker's; where the question opens with the name of one of those who ask in
    the file (``named``, ``_askers``), in the same bold (``**Felix: Do you…?**``), that name's, as a label."""
    if (m := _ASKED_BY.match(question)) and m.group("name") in named:
        return Utterance(m.group("q"), label=m.group("name"))
    return Utterance(question, speaker=asker)


def _askers(lines: list[str], questions: list[str | None]) -> set[str]:
    """The names opening an interview's questions in bold paragraphs (not headings: "## Beginnings: how did…?"
    is a topic) that name who asks: one asking ``MIN_ASKED`` times or more ("Felix:"), or twice or as a full name
    and named elsewhere in the file too ("Cory Doctorow:", in the standfirst's list of readers); never "Question:",
    "Q1:" nor a topic asked under once or twice ("Follow-up:", "Lightning Round:")."""
    found = Counter(m.group("name") for raw, asked in zip(lines, questions, strict=True)
                    if asked and not heading_level(raw) and (m := _ASKED_BY.match(asked))
                    and m.group("name").casefold() not in _ASKING)
    text = "\n".join(lines)

    def elsewhere(name: str, n: int) -> bool:  # named beyond the questions (the readers a standfirst lists)
        return len(re.findall(rf"(?<!\w){re.escape(name)}(?!\w)", text)) > n
    return {name for name, n in found.items() if name.split()[0].casefold() not in stop_words() and (
        n >= MIN_ASKED or ((n >= 2 or full_name(name)) and elsewhere(name, n)))}


def _follow_ups(lines: list[str], questions: list[str | None], first: int) -> tuple[dict[int, str], set[int]]:
    """Where an interview sets its answers in blockquotes (``> Sie schämen sich``), a roman paragraph among them
    asking something ("Warum haben sie Mühe?") is the interviewer's follow-up: its question at its first line, and
    the lines it wraps over. Nothing unless over ``QUOTED_ANSWERS`` of the answers' lines are quoted."""
    answered = [raw for i, raw in enumerate(lines) if i > first and raw.strip() and not questions[i]]
    quoted = sum(raw.lstrip().startswith(">") for raw in answered)
    if quoted < MIN_QUESTION_HEADINGS or quoted <= QUOTED_ANSWERS * len(answered):
        return {}, set()
    asked: dict[int, str] = {}
    wrapped: set[int] = set()
    paragraph: list[int] = []
    for i in range(first + 1, len(lines) + 1):
        raw = lines[i] if i < len(lines) else ""
        if raw.strip() and not questions[i] and not raw.lstrip().startswith((">", "#")):
            paragraph.append(i)
            continue
        text = join_wrapped([clean_line(EMPHASIS.sub("", lines[j])) for j in paragraph])
        if text.endswith(("?", "？")):
            asked[paragraph[0]] = text
            wrapped.update(paragraph[1:])
        paragraph = []
    return asked, wrapped


def labels_in_one_answer(lines: list[str], labels: set[str]) -> bool:
    """Whether every line opening with one of ``labels`` sits in one section of an interview asking in
    ``MIN_QUESTION_HEADINGS`` headings or more (a blog interview's answer acting out a dialogue, "**Sean Connery**:
    …" / "**Me**: …", under "## How would you describe it?"): those labels are the answer's words, not the file's
    turns, and the interview's answers are its interviewee's."""
    headings = [i for i, raw in enumerate(lines) if heading_level(raw)]
    asking = sum(_asks(clean_line(EMPHASIS.sub("", lines[i]))) for i in headings)
    openings = [i for i, raw in enumerate(lines) if clean_line(EMPHASIS.sub("", raw)).split(":", 1)[0] in labels]
    return bool(labels and openings) and asking >= MIN_QUESTION_HEADINGS and len(
        {sum(h < i for h in headings) for i in openings}) == 1


def _asks(text: str) -> bool:
    """Whether words end with a question mark of any script: "?", "？", Arabic's "؟", Greek's ";" (or U+037E)."""
    text = text.rstrip()
    return text.endswith(("?", "？", "؟", "\u037e")) or (text.endswith(";") and _GREEK.search(text) is not None)


def _section_headings(lines: list[str]) -> set[int]:
    """The lines of an interview's headings that title the document's sections, not questions: those above every
    heading that asks one (``## Introdução`` and ``## Respostas`` where the questions are ``### Qual o seu
    curso?``), where ``MIN_QUESTION_HEADINGS`` headings ask; their paragraphs are no one's answers. A heading below
    a question's ("#### Declaração de Bolsista" under "### Você já usou…?") still asks."""
    levels = {i: level for i, raw in enumerate(lines) if (level := heading_level(raw))}
    asking = [level for i, level in levels.items() if _asks(clean_line(EMPHASIS.sub("", lines[i])))]
    top = min(asking) if len(asking) >= MIN_QUESTION_HEADINGS else 0
    return {i for i, level in levels.items() if level < top}


def interview_intro(lines: list[str], front: dict[str, Any]) -> list[str]:
    """An interview's standfirst: its front matter's summary (``STANDFIRST_KEYS``) and the words before its first
    question (``lines`` with bold paragraphs unwrapped), where an article introduces whom it asks: its first bold
    or italic question where it has one, headings being its title and sections then."""
    asked = [i for i, raw in enumerate(lines) if _question(raw)]
    first = next((i for i in asked if not MARKDOWN_HEADING.match(lines[i].strip())), asked[0] if asked else 0)
    summary = [value for key, value in front.items() if key in STANDFIRST_KEYS and isinstance(value, str)]
    return [*summary, *(body_line(raw, True) for raw in lines[:first])]


def _italic(raw: str) -> bool:
    """Whether a line is one paragraph in italics (``*…*``, ``_…_``), not bold."""
    whole = _emphasized(raw)
    return bool(whole) and len(whole.group(1)) == 1


def bold_unwrapped(lines: list[str]) -> list[str]:
    """``lines`` with a bold paragraph hard-wrapped over several lines on one (``**Ha llegado la hora: ¿en qué
    estado llega el equipo a`` / ``este punto?**``), so that a wrapped question reads as one."""
    joined: list[str] = []
    for line in lines:
        opened = joined and joined[-1].lstrip().startswith(("**", "__")) and joined[-1].count("**") % 2 == 1
        if opened and line.strip():
            joined[-1] = f"{joined[-1].rstrip()} {line.strip()}"
        else:
            joined.append(line)
    return joined


def _prompt_marks(lines: list[str], *, headed: bool = False) -> frozenset[int]:
    """The emphasis an interview sets its questions in (1 for italics, 2 for bold), where most paragraphs so set
    ask a question and ``MIN_QUESTION_HEADINGS`` or more do: any paragraph so set, a sentence long, is then the
    interviewer's, a prompt that asks nothing ("*大家对您的评价都会说您怼天怼地。*", "**Panie Zygmuncie, a pan
    nam przypomni…**") too."""
    marked = Counter((len(whole.group(1)), whole.group("q").endswith(("?", "？"))) for raw in lines
                     if (whole := _emphasized(raw)))
    # questions in headings (``headed``): a bold paragraph among the answers is the interviewer's too ("**Orlando
    # needs more…**"), where no interviewer is named to be credited with it (an answer set in bold is no one's then)
    marked[2, True] += headed * sum(bool(MARKDOWN_HEADING.match(line.strip())) and line.rstrip().endswith(("?", "？"))
                                    for line in lines)
    return frozenset(mark for mark in (1, 2) if marked[mark, True] >= max(MIN_QUESTION_HEADINGS, marked[mark, False]))


def _emphasized(raw: str) -> re.Match[str] | None:
    """A paragraph wholly in bold or italics, maybe numbered as a list's item ("1. __Tell us about yourself.__")."""
    return _EMPHASIZED.match(_LIST_NUMBER.sub("", clean_line(markup_free(raw))))


def _question(raw: str, prompts: frozenset[int] = frozenset()) -> str | None:
    """The question a line of an interview asks: a Markdown heading's text, or a paragraph in bold or italics ending
    with a question mark (``**How did Kinetica start?**``, as magazines print them, ``<p><strong>…?</strong></p>``,
    ``*您小时候是什么样的？*``) or numbered so; or any paragraph set in an emphasis of ``prompts``
    (``_prompt_marks``); else None."""
    whole = _emphasized(raw)
    asks = whole and (whole.group("q").endswith(("?", "？"))
                      or (len(whole.group(1)) in prompts and word_count(whole.group("q")) >= MIN_PROMPT_WORDS))
    heading = MARKDOWN_HEADING.match(clean_line(EMPHASIS.sub("", raw)))
    numbered = _NUMBERED_QUESTION.match(clean_line(raw))
    return (clean_line(heading.group(1)) if heading else clean_line(whole.group("q")) if asks
            else numbered.group("q") if numbered else None)


def sectioned_interviews(lines: list[str]) -> list[Utterance] | None:
    """A file of several unlabelled interviews, each under its own heading with fields naming its one interviewee
    (``### Entrevista 2 - Dr. Wesley`` over ``* **Entrevistado**: Wesley - Médico do SUS`` and bold questions), or
    a heading that names them (``### Interview Student 1 (S1)`` over numbered questions, ``interviewee_in_title``): each
    section read by ``interview_layout`` with its own fields, so that every answer goes to the one interviewed
    there and the fields label no turns; the headings and sections naming no interviewee are no one's words. An
    interview's section runs over the headings below its own (``## Interview 1`` over ``### Neue Patienten`` and
    ``#### Wie…?``). None unless ``MIN_INTERVIEW_SECTIONS`` sections read so and every section naming an
    interviewee does."""
    headings = {i: clean_line(m.group(1)) for i, raw in enumerate(lines)
                if (m := MARKDOWN_HEADING.match(clean_line(EMPHASIS.sub("", raw))))}
    levels = {i: heading_level(lines[i]) for i in headings}
    narrow = zip([-1, *headings], [*headings, len(lines)], strict=True)
    top = min((levels[start] for start, end in narrow if start >= 0 and _people(lines[start + 1:end], headings[start])),
              default=0)
    starts = [i for i in headings if levels[i] <= top]
    utterances: list[Utterance] = []
    interviews = 0
    for start, end in zip([-1, *starts], [*starts, len(lines)], strict=True):
        if start >= 0:
            utterances.append(Utterance(headings[start], speaker=UNKNOWN_SPEAKER))
        section = lines[start + 1:end]
        if not (people := _people(section, headings.get(start, ""))):
            utterances.extend(Utterance(p, speaker=UNKNOWN_SPEAKER) for p in paragraphs(section))
        elif read := interview_layout(section, people):
            utterances.extend(read)
            interviews += 1
        else:
            return None
    return utterances if interviews >= MIN_INTERVIEW_SECTIONS else None


def _people(section: list[str], heading: str) -> list[tuple[str, str]]:
    """Who the interview under ``heading`` asks: its fields (``**Entrevistado**: Wesley``) or a heading naming
    them (``Interview Student 1 (S1)``)."""
    fields = [found for raw in section if (found := participant_field(clean_line(body_line(raw, True))))]
    return fields or ([("interviewee", who)] if heading and (who := interviewee_in_title(heading)) else [])


def interviewee_addressed(lines: list[str], intro: str = "") -> str | None:
    """Whom an interview's first question greets by title and name ("**Guten Tag Frau A.B. Für was für eine Firma
    arbeiten Sie?**", "**Dr. Okafor, how did you start?**"), title included, as the file calls them; else None.
    The name's capitalised words run on until one ends a sentence or clause (an initial "J." does not). A first
    question asking who someone is, as a profile opens ("Who is Clark Orr?"), names them too, and so does one
    greeting by first name the one person of that first name the ``intro`` names ("**Chris, qual è l'idea…?**"
    under "…mi ha raccontato **Chris Wolstenholme**, bassista dei Muse")."""
    first = next((asked for raw in lines if (asked := _question(raw))), "")
    if (profile := _WHO_IS.match(first)) and full_name(profile.group("name")):
        return profile.group("name")
    greeted = _GREETED.match(first)
    if greeted and len(known := {n for n in full_names(intro) if n.split()[0] == greeted.group(1)}) == 1:
        return known.pop()
    words = first.split()
    for i, word in enumerate(words[:-1]):
        if word.rstrip(".").casefold() not in COURTESY_TITLES or not word[:1].isupper():
            continue
        name = [word]
        for part in words[i + 1:i + 1 + MAX_ADDRESSED_WORDS]:
            if not part[:1].isupper() or not part[:1].isalpha():
                break
            initials = _INITIALS.match(part.rstrip(",;:!?"))
            name.append(part.rstrip(",;:!?") if initials else part.rstrip(",;:!?."))
            if part[-1] in ",;:!?" or (part.endswith(".") and not (initials and len(part) == 2)):
                break
        return " ".join(name) if len(name) > 1 else None
    return None
