"""Labels written otherwise than ``Name:``: a sentence that reports who takes the floor, as council records in
Spanish and Portuguese write them (``Intervino el concejal José Luis Marín Mora:``, ``Replicó la concejala Ana
Pérez:``, ``Intervenção do vereador João Silva:``), or a site template's tag that names who speaks, on its own
line (Jekyll's ``{% include transcript-person.html id="tengler" %}``, Hugo's ``{{< speaker name="Ann Lee" >}}``).
Such a line becomes the label of the person it names (``José Luis Marín Mora:``, ``tengler:``), an office before
the name left out, so the paragraphs under it are read as that person's words; and a council's minutes' heading
naming who put a written question (``Question submitted by Councillor S. Hartigan``). A hearing record's appendix of
written questions says in its heading who asks and who answers (the GPO's ``RESPONSE TO WRITTEN QUESTIONS OF
SENATOR SHELBY FROM CHRISTOPHER COX``): its numbered ``Q.1.`` lines are the asker's, its ``A.1.`` lines the
answerer's. An HTML element left in Markdown that names its speaker in an attribute (``data-speaker="…"``) is
that speaker's label, and so are bold names that open paragraphs without a colon (``**Interviewer** In principe…``)
where two names or more do so again and again.
"""

from __future__ import annotations

import re
from collections import Counter

from qa_bot.ingest.html import SPEAKER_ATTRIBUTE, attributed_name

# The verb or noun that reports the speech, an article, then the office and the name up to the colon.
_REPORTED = re.compile(
    r"^\s*(?:Intervino|Interviene|Intervención\s+de(?:l)?|Replicó|Respondió|Contestó|Intervenção\s+d[oa]|"
    r"Interveio|Respondeu)\s+(?:(?:el|la|los|las|o|a)\s+)?(?P<who>[^:\n]{3,160}?)\s*:\s*$"
)
# A council's minutes head each written question with who put it ("8. Question submitted by Councillor S. Hartigan"):
# the question below is theirs, up to the next label (the council's "REPLY:").
_SUBMITTED = re.compile(r"^\s*(?:\d{1,3}\s*\.\s*)?(?:Question|Motion|Notice of Motion)\s+(?:submitted|tabled|proposed|"
                        r"put down)\s+by\s+(?P<who>[^\W\d_a-z][^:\n]{2,80}?)\s*:?\s*$")
# The name closing the report: capitalised words, lower-case particles between them ("de", "da", "del").
_NAME_AT_END = re.compile(r"(?:^|[\s,])(?P<name>[^\W\d_a-z][\w'’.\-]*(?:\s+(?:(?:de|del|da|do|dos|das|la|y|e)\s+)*"
                          r"[^\W\d_a-z][\w'’.\-]*)+)$")


# A template tag alone on its line whose parameter names the speaker: id, name, speaker or person.
_TEMPLATE = re.compile(r"^\s*\{[%{][<%-]?\s*[^{}\n]*?\b(?:id|name|speaker|person|who)=[\"'](?P<who>[^\"'\n]{1,60})[\"']"
                       r"[^{}\n]*[>%-]?[%}]\}\s*$")

# The Knesset's protocols mark a label by its kind on both sides: "<< יור >> היו"ר משה גפני: << יור >>" (chair, speaker,
# guest, interjection, subject).
_MARKED = re.compile(r"^\s*<<\s*(?P<kind>[^<>\n]{1,20}?)\s*>>\s*(?P<body>.*?)\s*<<\s*(?P=kind)\s*>>\s*$")
_CORNERED = re.compile(r"^\s*⌊(?P<who>[^⌊⌋\n]{1,60})⌋\s*")  # MyTake's debates: "⌊Walters⌋Good evening, I'm…"
_ANY_TEMPLATE = re.compile(r"^\s*(?:\{%[^{}\n]*%\}|\{\{<[^{}\n]*>\}\})\s*$")


# A heading over written questions, maybe wrapped before the answerer's name: "RESPONSES TO ADDITIONAL WRITTEN
# QUESTIONS OF SENATOR REED FROM BEN S. BERNANKE"; the names end at a comma ("…FROM BEN S. BERNANKE, CHAIRMAN…").
_WRITTEN_HEADING = re.compile(r"^\s*RESPONSES?\s+TO\s+(?:[A-Z]+\s+)?WRITTEN\s+QUESTIONS\s+(?:OF|FROM)\s+"
                              r"(?P<asker>[A-Z][A-Z.'’\- ]+?)\s+FROM(?:\s+(?P<answerer>[A-Z][A-Z.'’\- ]+?))?"
                              r"\s*(?:,.*)?$")
_NAME_LINE = re.compile(r"^\s*(?P<name>[A-Z][A-Z.'’\- ]+?)\s*(?:,.*)?$")
_NUMBERED_QA = re.compile(r"^(?P<letter>[QA])\.\d{1,3}\.\s*")  # "Q.1. If the Federal government…"


# An element of a page's markup left in Markdown that names its speaker in an attribute (a council's digest:
# ``<div class="bln bright" data-speaker="生活支援課長（松本）">`` over the words), an emoji maybe before the name;
# which attributes name a speaker, and how, as for a page (``html.SPEAKER_ATTRIBUTE``).
_ATTRIBUTE = re.compile(r"([\w:-]+)\s*=\s*[\"']([^\"'\n]{1,80})[\"']")
_DECORATION = re.compile(r"^[^\w（(\[]+")  # "👍 伊藤央議員（一人会派の会）"


def attributed_label(tag: str) -> str:
    """The ``Name:`` label of an HTML tag that names its speaker in an attribute, else ``""``."""
    who = next((value for key, value in _ATTRIBUTE.findall(tag) if SPEAKER_ATTRIBUTE.search(key)), "")
    who = attributed_name(_DECORATION.sub("", who)) if who.strip() else ""
    return f"{who}:" if who else ""


# A bold name opening a paragraph, no colon after it, its words on the same line or the next ("**Interviewer** In
# principe…", a Hansard page's "**John Healey**" over " Perhaps the hon. Gentleman…"); a name is capitalised words.
# Not a title in bold before the rest of a label ("**SENATOR** BRESLIN: Thank you", a record's bold office).
_BOLD_OPENER = re.compile(r"^(?P<mark>\*\*|__)(?P<name>[^\W\d_][\w'’.\-]*(?: [^\W\d_][\w'’.\-]*){0,3})(?P=mark)"
                          r"(?:(?:\s+|(?=…))(?=[^\s:：(])|\s*$)")
_LABEL_AFTER = re.compile(r"[^\W\d_][\w'’.\-]*(?: [^\W\d_][\w'’.\-]*){0,2}(?=\s*:)")  # "**Q** Jane Doe: …"
MIN_BOLD_OPENERS = 2  # names, each opening this many paragraphs, for bold openers to be a file's labels
_BOLD_LABEL = re.compile(r"^(\*\*|__)[^*_\n]{1,80}(?::\1|\1:)")  # "**Name:**", "**Name**:"
MIN_BOLD_LABELS = 4  # such labels, for a file's one recurring bold opener to be a label too


def bold_opener(line: str) -> re.Match[str] | None:
    """The bold name opening ``line`` (``_BOLD_OPENER``), its words capitalised in any script ("**Ольга** Привет"),
    or None ("**ok** then" is no name; nor is one before a capitalised label, "**Q** Jane Doe: …"; "**Tom** I see:
    so…" is Tom's)."""
    def capitalised(words: str) -> bool:
        return all(word[0].isupper() for word in words.split())

    m = _BOLD_OPENER.match(line)
    label = _LABEL_AFTER.match(line, m.end()) if m else None  # a label after it: the bold is no one's name
    return m if m and capitalised(m["name"]) and not (label and capitalised(label.group(0))) else None


def bold_openers_as_labels(lines: list[str]) -> list[str]:
    """``lines`` with the bold names that open paragraphs without a colon written as labels (``Interviewer: In
    principe…``), where two names or more do so twice or more each, or one does beside bold ``**Name:**`` labels; a
    bold word used once ("**Note** …") stays, and so does a bold line alone over a blank line (a heading)."""
    def opener(i: int, line: str) -> re.Match[str] | None:
        m = bold_opener(line) if i == 0 or not lines[i - 1].strip() else None
        words_below = i + 1 < len(lines) and bool(lines[i + 1].strip())
        return m if m and (m.end() < len(line.rstrip()) or words_below) else None

    openers = {i: m for i, line in enumerate(lines) if (m := opener(i, line))}
    opened = Counter(m["name"] for m in openers.values())
    names = {name for name, n in opened.items() if n >= MIN_BOLD_OPENERS}
    labelled = sum(bool(_BOLD_LABEL.match(line)) for line in lines)
    if len(names) < MIN_BOLD_OPENERS and not (names and labelled >= MIN_BOLD_LABELS):
        return lines  # (beside "**Jacob Creech:**" labels, "**Validator Operator**" twice is one too)
    return [f"{m['name']}: {line[m.end():]}" if (m := openers.get(i)) and m["name"] in names else line
            for i, line in enumerate(lines)]


def reported_labels(lines: list[str]) -> list[str]:
    """``lines`` with each line that reports who takes the floor, or a template tag naming who speaks, written as
    that person's label; any other template tag alone on its line is blank, and a label marked by its kind on
    both sides (the Knesset's ``<< דובר >> Name: << דובר >>``) is the label alone, and so is one in corner brackets
    (``⌊Ford⌋``). Numbered written questions and answers under a heading that names both people are labelled with
    their names, ``Name:-`` labels are ``Name:``, and records of a speaker field over a field of words (``Speaker:
    SPEAKER_02`` over ``Text: But yeah…``) are that speaker's labelled words."""
    return _field_records(_written_answers(_dashed_colons([_as_label(line) for line in lines])))


# A label closed by a colon and a dash, as Brazilian court clerks type them, opening a line or after a sentence's
# end ("Delegado da Polícia Federal:- O endereço…?  Defesa:- Como?"), the space after it optional.
_DASHED_COLON = re.compile(r"(?:^|(?<=[.?!…])\s+)(?P<name>[^\W\d_a-z][\w'’.\-]*(?: [\w'’.\-]+){0,5}):-\s*")
MIN_DASHED_COLONS = 3


def _dashed_colons(lines: list[str]) -> list[str]:
    """``lines`` with each ``Name:-`` label, where ``MIN_DASHED_COLONS`` or more are so written, opening a line of
    its own words as ``Name: …``; else ``lines`` as they were."""
    if sum(len(_DASHED_COLON.findall(line)) for line in lines) < MIN_DASHED_COLONS:
        return lines
    return [part for line in lines for part in _DASHED_COLON.sub(r"\n\g<name>: ", line).lstrip("\n").split("\n")]


# A record's field naming who speaks, and the field holding the words, each opening its line: a speech-to-text
# script's "Speaker: SPEAKER_02" over "Text: But yeah, from my experience…".
_SPEAKER_FIELD = re.compile(r"^\s*(?:speaker|sprecher|sprecherin|locutor|locutora|locuteur|locutrice|orateur|hablante|"
                            r"falante|spreker|mówca|говорящий|発言者|说话人|發言人)\s*[:：]\s*(?P<who>\S.{0,59}?)\s*$",
                            re.I)
_WORDS_FIELD = re.compile(r"^\s*(?:text|transcript|transcription|utterance|content|words|texto|testo|tekst|texte|"
                          r"inhalt|текст|テキスト|文本)\s*[:：]\s*", re.I)
# The same fields on one line, other fields between them: a scraper's "Name: DANA PERINO ( CO-HOST) ; Race: N.A ;
# Dialogue:  Hello, everyone."
_INLINE_RECORD = re.compile(r"^\s*(?i:name|speaker)\s*:\s*(?P<who>[^;|\n]{1,80}?)\s*[;|]\s*(?:[\w ]{1,30}:[^;|\n]{0,60}"
                            r"[;|]\s*)*(?i:dialogue|text|transcript|utterance|words|content|line)\s*:\s*")
MIN_FIELD_RECORDS = 2
# A diarisation script's record: the speaker's label alone, then its times, then its words ("Mayor Hattasal:" over
# "Start: 00:00:07.000", "End: …", "Duration: 1.000 seconds", "Text: Please call the roll.").
_NAME_ALONE = re.compile(r"^\s*(?P<who>[^\W\d][^:\n]{0,59}?)\s*:\s*$")
_RULE = re.compile(r"[-=_~─━═]{10,}")  # a line of dashes between such records
_TIME_FIELD = re.compile(r"^\s*(?P<key>start|end|begin|stop|duration)(?:[ _]?time)?\s*:\s*(?P<time>\d[\d:.,]*)\s*"
                         r"(?:(?:s|secs?|seconds)\s*)?$", re.I)


def _field_records(lines: list[str]) -> list[str]:
    """``lines`` with each speaker field directly over a field of words (or beside it on one line, ``_INLINE_RECORD``;
    or a label alone over time fields and the words, ``_TIME_FIELD``) written as a ``Name:`` label (its start time
    before it) and the words without their key, where ``MIN_FIELD_RECORDS`` records or more are so written; else
    ``lines`` as they were."""
    records = {i: who for i, line in enumerate(lines[:-1])
               if (who := _SPEAKER_FIELD.match(line)) and _WORDS_FIELD.match(lines[i + 1])}
    inline = {i: m for i, line in enumerate(lines) if (m := _INLINE_RECORD.match(line))}
    timed = {i: (who, j) for i, line in enumerate(lines) if (who := _NAME_ALONE.match(line))
             and (j := next((k for k in range(i + 1, len(lines)) if not _TIME_FIELD.match(lines[k])), 0)) > i + 1
             and _WORDS_FIELD.match(lines[j])}
    if len(records) + len(inline) + len(timed) < MIN_FIELD_RECORDS:
        return lines
    out = list(lines)
    for i, who in records.items():
        out[i], out[i + 1] = f"{who.group('who')}:", _WORDS_FIELD.sub("", lines[i + 1], count=1)
    for i, m in inline.items():
        out[i] = f"{m.group('who')}: {lines[i][m.end():]}"
    for i, (who, j) in timed.items():
        start = next((m.group("time") for k in range(i + 1, j) if (m := _TIME_FIELD.match(lines[k]))
                      and m.group("key").casefold() in ("start", "begin")), None)
        out[i] = f"{f'[{start}] ' if start else ''}{who.group('who')}: {_WORDS_FIELD.sub('', lines[j], count=1)}"
        out[i + 1:j + 1] = [""] * (j - i)  # the times and the words, now on the label's line, and a rule under them
        if j + 1 < len(lines) and _RULE.fullmatch(lines[j + 1].strip()):
            out[j + 1] = ""
    return out


def _written_answers(lines: list[str]) -> list[str]:
    out, people = [], None
    for i, line in enumerate(lines):
        if heading := _WRITTEN_HEADING.match(line):
            after = next((x for x in lines[i + 1:] if x.strip()), "")
            answerer = heading.group("answerer") or ((m := _NAME_LINE.match(after)) and m.group("name"))
            people = {"Q": heading.group("asker").strip(), "A": answerer.strip()} if answerer else None
        elif people and (numbered := _NUMBERED_QA.match(line)):
            line = f"{people[numbered.group('letter')]}: {line[numbered.end():]}"
        out.append(line)
    return out


def _as_label(line: str) -> str:
    if marked := _MARKED.match(line):
        return marked.group("body")
    if cornered := _CORNERED.match(line):
        return f"{cornered.group('who')}: {line[cornered.end():]}"
    if template := _TEMPLATE.match(line):
        return f"{template.group('who').strip()}:"
    if _ANY_TEMPLATE.match(line):
        return ""  # a site template's tag alone on its line ("{% include transcript-start.html %}"): no one's words
    if submitted := _SUBMITTED.match(line):
        return f"{submitted.group('who')}:"
    m = _REPORTED.match(line)
    name = _NAME_AT_END.search(m.group("who")) if m else None
    return f"{name.group('name')}:" if name else line
