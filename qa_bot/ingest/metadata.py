"""Transcript metadata written in files: header lines (``Title:``, ``Дата:``) and where a date came from."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

from qa_bot.text import clean_line, find_date, folded, join_wrapped, parse_date
from qa_bot.text.lexicon import COUNTRIES, COUNTRY_PHRASES, FIELD_WORDS, stop_words

# Markdown structure that is no one's words: a heading ("## Agenda", its text in group 1) and a rule ("---").
MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+(.*?)\s*#*$")
MARKDOWN_LINK = re.compile(r"!?\[([^\[\]\n]*)\]\([^()\s]*(?:\s+\"[^\"]*\")?\)")  # "[text](url)" is "text"
MARKDOWN_RULE = re.compile(r"^(?:[-*_]\s*){3,}$|^([=~^])\1{2,}$")  # also reStructuredText's title underlines
HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>\n]*)?/?>")  # inline HTML in Markdown: "<br/>", "<p>"
# Elements that show text is a page's or a template's markup, not words ("<laughs>" is words): HTML kept in a JSON
# field or a script's string, a site's template saved under an extension we do not know.
HTML_ELEMENT = re.compile(r"</?(?:p|pre|br|div|span|b|i|em|strong|a|h[1-6]|ul|ol|li|font|table|tr|td|blockquote|"
                          r"section|script|template|style)\b[^<>]*>", re.I)

# Header keys in English, Russian, German, Spanish and Chinese, and the field each one fills.
HEADER_KEYS = {
    "title": "title", "название": "title", "заголовок": "title", "тема": "title", "titel": "title",
    "título": "title", "titulo": "title", "标题": "title", "標題": "title",
    "date": "date", "дата": "date", "datum": "date", "fecha": "date", "日期": "date", "访谈时间": "date",
    "訪談時間": "date", "采访时间": "date", "採訪時間": "date",
    "place": "place", "location": "place", "место": "place", "ort": "place", "lugar": "place", "地点": "place",
    "地點": "place",
}
# An interview's header names who took part ("Interviewee: Germain"): who each key names.
PARTICIPANT_KEYS = {
    **dict.fromkeys(("interviewee", "respondent", "befragte", "befragter", "interviewte", "interviewter",
                     "interviewpartner", "interviewpartnerin", "entrevistado", "entrevistada", "受访者", "受訪者",
                     "narrator", "narrador", "narradora", "口述人", "口述者", "受访人", "受訪人", "nombre", "name",
                     "nome", "nom"), "interviewee"),  # "Name: …" heading an interview's particulars
    **dict.fromkeys(("interviewer", "interviewerin", "entrevistador", "entrevistadora", "采访者", "採訪者", "访谈者",
                     "訪談者", "采访人", "採訪人", "访谈人", "訪談人"), "interviewer"),
}
# Front-matter keys naming the one person a talk, sermon or show is by ("pastor: Pastor Nate Ellis"), and keys naming
# others who take part, beside whom that person is not the only speaker.
SOLE_SPEAKER_KEYS = frozenset(("speaker", "preacher", "pastor", "presenter", "lecturer", "personality", "narrator",
                               "redner", "rednerin", "orador", "oradora", "predicador", "prediger", "conférencier",
                               "ponente", "relatore", "パーソナリティ", "講師", "主讲人", "演讲者"))
OTHER_PARTICIPANT_KEYS = frozenset(("guest", "guests", "host", "hosts", "speakers", "participants", "panelists",
                                    "interviewer", "interviewee", "moderator", "cast", "people"))
# Other lines of such a header, no one's words: "Dauer: 45 min".
INFO_KEYS = frozenset(("dauer", "duration", "duración", "duracion", "length", "länge", "transcriber",
                       "transkription", "transcripción", "transcripcion", "uhrzeit", "hora", "时长", "時長", "转录者",
                       "轉錄者", "采访方式", "採訪方式", "存档名", "存檔名", "type", "accuracy", "disclaimer",
                       "source", "model", "time", "venue"))
_HEADER = re.compile(r"^(?P<key>[^\W\d_]+)\s*[:：]\s*(?P<value>\S.*)$")  # "Date: …", "日期：…"
_FIGURE_FIELD = re.compile(r"^[^\W\d_]+(?: [^\W\d_]+){0,2}\s*[:：]\s*[~≈<>]?\d[\d.,:/%\s-]*$")  # "Accuracy: ~81.4%"
# A person's name as a header gives it: capitalised words, maybe particles ("Ana de la Cruz"), maybe a note.
_INTERVIEW_TITLE = re.compile(
    r"(?i:\b(?:interview|conversation|entrevista|entretien|intervista|gespräch|gesprek|intervju|wawancara)\s+"
    r"(?:with|con|avec|mit|com|a|met|med|dengan)\s+|\b(?P<vi>phỏng vấn)\s+"  # "Phỏng vấn thầy Lê Minh Hoàng"
    r"|\b(?P<verb>interviews):?\s+)"  # "Felix Interviews: Anne Barrett, College Archivist" (a full name only)
    r"(?P<role>(?:[^\W\d_A-Z]+\s+){0,3})"  # "com o estudante Gabriel Lopes Barros": articles and a role, lower case
    r"(?P<name>[^\W\d_a-z][\w'’.\-]*(?:\s+(?:[a-z]{1,3}\s+)?[^\W\d_a-z][\w'’.\-]*){0,3})")
# German's "Rainer Wendt im Publico-Interview", "… im Gespräch": the two words before it name the interviewee
_INTERVIEWED = re.compile(r"(?P<name>(?:[^\W\d_a-z][\w'’.\-]*\s+){1,3}[^\W\d_a-z][\w'’.\-]*)\s+im\s+"
                          r"(?:[\w-]*-)?(?:Interview|Gespräch)\b")
# Titles one addresses someone by, before their name: "Frau A.B.", "Dr. Okafor", "Señora María López", "Pan Jan".
COURTESY_TITLES = frozenset(("frau", "herr", "dr", "prof", "mr", "mrs", "ms", "miss", "madame", "monsieur", "mme",
                             "señora", "señor", "sra", "sr", "signora", "signor", "dona", "senhora", "senhor", "pan",
                             "pani", "pán", "paní"))
# A title that is a person's name and the kind of record it is, apart ("Pan Zygmunt Załęski > Transkrypcja",
# "Interview | Ana López"): the words for such a record, and what stands between them.
_RECORD_WORDS = frozenset(("transcript", "transcription", "transkript", "transkription", "transkrypcja",
                           "transcripción", "transcrição", "trascrizione", "interview", "entrevista", "entretien",
                           "intervista", "wywiad", "rozmowa", "relacja", "gespräch", "oral history", "testimony",
                           "testimonio", "témoignage"))
_CODED_TITLE = re.compile(rf"^(?i:{'|'.join(sorted(_RECORD_WORDS))})\b.*\((?P<code>(?=[^\W_]*[A-Z])[^\W_]{{1,4}})\)$")
# A title's part that is the kind of record in a few words, maybe its year: "The Complete Interview, 2013"
_RECORD_MODIFIERS = ("complete", "full", "exclusive", "extended", "unedited", "uncut", "original", "entire", "new",
                     "official", "video", "audio", "podcast", "e-mail", "email", "written", "short", "long")
_RECORD_PART = re.compile(rf"^(?i:(?:the\s+|an?\s+)?(?:(?:{'|'.join(_RECORD_MODIFIERS)})\s+){{0,2}}"
                          rf"(?:{'|'.join(sorted(_RECORD_WORDS))})"
                          r"(?:,?\s*\(?\d{4}\)?)?)$")
_TITLE_PARTS = re.compile(r"\s+[>|–—»/-]\s+|\s*[:|>»]\s+")
_PERSON = re.compile(r"[^\W\d_a-z][\w'’.\-]*(?:\s+(?:[a-z]{1,3}\s+){0,2}[^\W\d_a-z][\w'’.\-]*){0,3}")
# What follows a name as a note on who that is: "Ana López (UNAM)", "孙玉磊，北大附中校长助理", "Ana - médica".
_PERSON_NOTE = re.compile(r"(?:\s*[(,，（]|\s+~?(?:[-–—]|--)\s).*$")  # pandoc's "Ana López ~-- UNAM" too
# Two to four capitalised words, maybe with particles between them ("Cedenir de Oliveira"): a person's name in prose.
_NAME_IN_TEXT = re.compile(r"(?<![\w'’])[^\W\d_a-z][\w'’\-]+(?:\s+(?:(?:de|da|do|dos|del|di|du|van|von|der|la|le)\s+)?"
                           r"[^\W\d_a-z][\w'’\-]+){1,3}")
MIN_INTRO_MENTIONS = 2  # one mention may be anyone the article is about, not whom it asks
_HEADLINE_SPEAKER = re.compile(r"^[\"“«]?\s*([^\W\d_a-z][\w'’\-]+)\s*:")  # "Ancelotti: …", a quote's speaker
# A paragraph of running words: no Markdown structure, link or markup before it, a sentence's end after it.
_PROSE_LINE = re.compile(r"^(?![#>|<*\-+\[!:.]|\d{1,3}[.)]?\s|\w+=)\S")
_SENTENCE_END = re.compile(r"[.!?…。！？][\"'”’)]*$")
MIN_INTRO_WORDS = 12
MAX_HEADER_LINES = 30  # of lines above a file's first head: past these, what follows is text, not a header


def header_field(line: str) -> tuple[str, str] | None:
    """``("title" | "date" | "place", value)`` for a header line such as ``Date: 2021-06-18``, else None."""
    m = _HEADER.match(line.strip())
    if not m:
        return None
    field = HEADER_KEYS.get(m.group("key").casefold())
    return (field, m.group("value").strip()) if field else None


def first_date(*candidates: tuple[str, object]) -> tuple[dt.date | None, str | None]:
    """The first ``(source, value)`` whose value holds a date, as ``(date, source)``; ``(None, None)`` if none."""
    for source, value in candidates:
        date = value if isinstance(value, dt.date) else parse_date(value) if isinstance(value, str) else None
        if date is not None:
            return (date.date() if isinstance(date, dt.datetime) else date), source
    return None, None


def participant_field(line: str) -> tuple[str, str] | None:
    """``("interviewee" | "interviewer", name)`` for a header line naming one who took part
    (``Interviewee: Germain``, ``Entrevistadora: Ana López (UNAM)``); None when the value is no name
    (``Interviewer: So, tell me.`` is a turn)."""
    found = _participants(line)
    if found is None:
        return None
    value = found[1].split(" / ")  # "손석호 박사 / Seokho Son": one name in two scripts (not "Ana / Juan": two people)
    name = _PERSON_NOTE.sub("", value[0] if len(value) == 2 and len({_latin(v) for v in value}) == 2 else found[1])
    return (found[0], name.strip()) if _PERSON.fullmatch(name.strip()) else None


def _latin(text: str) -> bool:
    """Whether the letters of ``text`` are all Latin ones (accents and all)."""
    return all(ord(c) < 0x250 or 0x1E00 <= ord(c) < 0x1F00 for c in text if c.isalpha())


def front_participants(front: dict[str, object]) -> list[tuple[str, str]]:
    """Who an interview's front matter says took part (``interviewer: Jane Doe``, as ``participant_field``, or a
    field whose value is one: ``subtitle: "Interviewer: Jane Doe"``); a bare ``name`` key names the page, not a
    person in it."""
    return [found for key, value in front.items() if isinstance(value, str) and (found := participant_field(
        value) or (participant_field(f"{key}: {value}") if key not in _PAGE_NAME_KEYS else None))]


_PAGE_NAME_KEYS = frozenset(("name", "nombre", "nome", "nom"))


def sole_speaker(front: dict[str, object]) -> str | None:
    """The one person a transcript's front matter names as its only speaker (``pastor: Pastor Nate Ellis``,
    ``speaker: Ana López (UNAM)``), where it names no one else taking part (``guest``, ``host``…); else None."""
    names = [name for key, value in front.items() if key in SOLE_SPEAKER_KEYS and isinstance(value, str)
             and _PERSON.fullmatch(name := _PERSON_NOTE.sub("", value).strip())]
    return names[0] if len(names) == 1 and not OTHER_PARTICIPANT_KEYS.intersection(front) else None


# A speech's dateline: an office, the holder's full name, then where and when ("Statsminister Ulf Kristersson,
# riksdagen, den 18 oktober 2022", "Prime Minister Jane Doe, Ottawa, 3 May 2021"); or the name, then the office
# ("Willem F. Duisenberg, President of the European Central Bank, 9 June 1998", maybe "Speech by …" before it).
_OFFICE = (r"[\w\-]*(?i:minister|ministre|ministro|premier|president|präsident|chancellor|kanzler|kanzlerin|"
           r"secretary|governor|mayor|taoiseach|statsråd)[\w\-]*")
_DATELINE = re.compile(rf"^(?P<office>(?:[\w\-]+\s+){{0,3}}?{_OFFICE})\s+(?P<name>[^\W\d_a-z][^,]{{2,60}}?)\s*,|"
                       rf"^(?:(?i:speech|remarks|address|statement|keynote|lecture)\s+by\s+)?"
                       rf"(?P<first>[^\W\d_a-z][^,]{{2,60}}?),\s+(?:(?i:the)\s+)?{_OFFICE}\b[^,]*,")
MAX_DATELINE_WORDS = 25
# A heading saying whose words follow, whatever it says after the name: "Remarks by Ms Grace Fu, Minister for
# Sustainability … at the Press Conference on 24 Jun", "Speech by Jane Doe at the opening of…"; not two people's
_REMARKS_BY = re.compile(r"^(?:(?i:opening|closing|introductory|keynote)\s+)?(?i:remarks|speech|address|statement)\s+"
                         r"(?i:by)\s+(?P<name>[^\W\d_a-z][^,]{2,60}?)\s*(?:,|\s+(?i:at|on|to|in|during)\s|$)")
# another person after the name: "…, and Mr Philip Lane", "Janet Yellen, Christine Lagarde at…" (not "and Minister-…")
_AND_ANOTHER = re.compile(r"(?:,|\band)\s+(?:(?:Mr|Ms|Mrs|Dr|Prof|Professor|Sir|Dame)\.?\s+[^\W\d_a-z]|"
                          r"[^\W\d_a-z][\w'’]+\s+[^\W\d_a-z][\w'’]+\b(?!-))")
_MIDDLE_INITIAL = re.compile(r"(?<=\w)\s+[^\W\d_a-z]\.(?=\s)")


def dateline_speaker(paragraph: str) -> str | None:
    """Whose speech a text's first paragraph says it is, where that paragraph is a dateline (``_DATELINE``): an
    office, a full name, a place and a date, and nothing more (the name first, the date must end it: "Jane Doe,
    President of the Union, spoke to reporters on 3 May" is a news story's sentence), or opening by saying whose
    remarks follow (``_REMARKS_BY``: "Remarks by Ms Grace Fu, Minister for…"); else None."""
    text = paragraph.strip()
    by = _REMARKS_BY.match(text)
    if by and full_name(by.group("name")) and not _AND_ANOTHER.search(text[by.end("name"):]):
        return by.group("name")
    m = _DATELINE.match(text)
    short = "\n" not in text and len(text.split()) <= MAX_DATELINE_WORDS
    name = m and (m.group("name") or m.group("first"))
    initials = name and _MIDDLE_INITIAL.sub("", name)  # "Willem F. Duisenberg"
    dated = find_date(text)
    ends = dated is not None and not text[dated[1][1]:].strip(" .")
    return name if name and short and full_name(initials) and dated and (m.group("name") or ends) else None


def full_names(text: str) -> list[str]:
    """The full names a text writes, in order, each as often as written (``full_name``'s shape); a country's
    name in that shape ("Việt Nam", "United States") is no one's."""
    found = (" ".join(m.group(0).split()) for m in _NAME_IN_TEXT.finditer(text))
    return [name for name in found if not _country(name)]


def _country(name: str) -> bool:
    """Whether two or more capitalised words are a country's name ("Việt Nam", "Great Britain")."""
    words = folded(name).split()
    return "".join(words) in COUNTRIES or tuple(words) in COUNTRY_PHRASES


def full_name(value: str) -> bool:
    """Whether a value is a person's full name and nothing else: two to four capitalised words ("Eddy Vanhemel")."""
    return bool(_NAME_IN_TEXT.fullmatch(value.strip()))


def names_participants(line: str) -> bool:
    """True for a header line naming who took part, one or more (``Interviewee: Germain``, "采访人：陈腾轩、刘宇航")."""
    return _participants(line) is not None


def _participants(line: str) -> tuple[str, str] | None:
    """``(role, value)`` of a line whose key names a role in an interview (``PARTICIPANT_KEYS``), else None."""
    m = _HEADER.match(line.strip())
    role = PARTICIPANT_KEYS.get(m.group("key").casefold()) if m else None
    return (role, m.group("value")) if m and role else None


def asked_in_title(title: str | None, intro: str = "") -> str | None:
    """Whom a title's own words say is interviewed ("…: an interview with Nadia Petrova", "Entrevista con Ana
    López", "Gespräch mit Jan Weber", "Rainer Wendt im Publico-Interview", "Phỏng vấn thầy Lê Minh Hoàng"); None
    for a title of any other kind ("Jury Trial - Transcript" names no one). A name in capitals ("AN INTERVIEW WITH
    CINEMATOGRAPHER KACPER CZUBAK") is the one the ``intro`` writes in its own case that ends it, where there is one."""
    m = _INTERVIEW_TITLE.search(title or "")
    strict = m and (m.group("role") or m.group("verb") or m.group("vi"))  # a role, a verb or Vietnamese: full names
    if m and _PERSON.fullmatch(m.group("name")) and (not strict or full_name(m.group("name"))) and (
            not m.group("verb") or m.group("name") in intro):  # "Job Interviews: What…" no one
        if not m.group("name").isupper():
            return m.group("name")
        shouted = m.group("name").casefold().split()
        written = (found for found in _NAME_IN_TEXT.findall(intro)
                   if not found.isupper() and shouted[-len(found.split()):] == found.casefold().split())
        return " ".join(next(written, m.group("name")).split())
    if (interviewed := _INTERVIEWED.search(title or "")) and full_name(name := " ".join(
            words := interviewed.group("name").split()[-2:])) and not any(
            w.casefold() in stop_words() or w.casefold().rstrip(".") in COURTESY_TITLES for w in words):
        return name  # not "Der Bundeskanzler im Gespräch"
    return None


def interviewee_in_title(title: str | None, intro: str = "") -> str | None:
    """Who a title says is interviewed (``asked_in_title``), or whose record it is, the name beside the record's
    kind ("Pan Zygmunt Załęski > Transkrypcja", a courtesy title left out); or None. A record ending in a code in
    parentheses ("Interview Student 1 (S1)") is the code's, as research reports call people."""
    if asked := asked_in_title(title, intro):
        return asked
    if coded := _CODED_TITLE.match(clean_line(title or "")):
        return coded.group("code")
    parts = [part.strip() for part in _TITLE_PARTS.split(title or "") if part.strip()]
    names = [part for part in parts if part.casefold() not in _RECORD_WORDS]
    if len(parts) == len(names) == 2:  # "Bruce Sterling: The Complete Interview, 2013", where the intro writes him
        names = [part for part in parts if not _RECORD_PART.match(part)]  # (not "Climate Change: The Full…")
        names = names if len(names) == 1 and names[0] in intro else parts
    if len(parts) != len(names) + 1 or len(names) != 1:
        return None
    words = names[0].split()
    name = " ".join(words[1:] if words[0].rstrip(".").casefold() in COURTESY_TITLES else words)
    return name if full_name(name) else None


def info_field(line: str) -> bool:
    """True for a header line that is neither speech nor a field we keep: ``Dauer: 45 min``, or a figure under a
    name of a few words (``Transcript Accuracy: ~81.4%``)."""
    m = _HEADER.match(line.strip())
    key = m.group("key").casefold() if m else ""
    fielded = key in FIELD_WORDS and field_value(m.group("value"))  # a page's field about itself, "Views: 61K views"
    return (bool(m) and (key in INFO_KEYS or fielded)) or bool(_FIGURE_FIELD.match(line.strip()))


def header_key(name: str) -> bool:
    """True when ``name`` is a key a header's field has (``Date``, ``Place``, ``Time``, ``Duration``): a label that
    opens only such short values ahead of a file's other labels is its particulars, never a speaker."""
    return name.casefold() in HEADER_KEYS or name.casefold() in INFO_KEYS


MAX_FIELD_VALUE_WORDS = 6  # of a field's value ("Views: 61K views"); a longer one is a sentence someone says


def field_value(value: str) -> bool:
    """Whether words after a field's key are a value, not a sentence ("Link: Yeah, that's right." is a turn)."""
    value = value.strip()
    return len(value.split()) <= MAX_FIELD_VALUE_WORDS and not (value.endswith((".", "!", "?")) and " " in value)


def split_intro(header: list[str]) -> tuple[list[str], str]:
    """The lines above the first head as the header (title, date, links, headings; non-blank lines) and the words
    said before anyone is named (a host's narration, a greeting: from the first paragraph of prose that ends a
    sentence on), kept as no one's words, never dropped."""
    starts = [i for i, line in enumerate(header) if line and (i == 0 or not header[i - 1])]  # paragraphs
    ends = [*starts[1:], len(header)][:len(starts)]
    start = next((a for a, b in zip(starts, ends, strict=True) if _spoken(header[a:b])), len(header))
    if start == len(header) and sum(map(bool, header)) > MAX_HEADER_LINES:  # no header runs so long: a report's
        start = [i for i, line in enumerate(header) if line][1]  # pages over an appendix's log, kept under its title
    paragraphs = "\n".join(header[start:]).split("\n\n")
    intro = "\n\n".join(join_wrapped(p.split("\n")) for p in paragraphs if p.strip())
    return [line for line in header[:start] if line], intro


def _spoken(lines: list[str]) -> bool:
    """A paragraph of someone's words: running text that ends a sentence, ``MIN_INTRO_WORDS`` words or more."""
    lines = [line for line in lines if line]
    return (bool(lines) and all(map(_PROSE_LINE.match, lines)) and bool(_SENTENCE_END.search(lines[-1]))
            and len(" ".join(lines).split()) >= MIN_INTRO_WORDS)


def interviewee_in_intro(intro: str, title: str | None = None) -> str | None:
    """Whom an interview's standfirst introduces ("Longtemps dans l'ombre, Laurence Bloch est devenue
    directrice…", "Em entrevista ao Sul21, Cedenir de Oliveira fala…"): the full name whose surname heads the
    title as a quote's speaker ("Ancelotti: El equipo nunca se rinde"), else the one the title names too, written
    twice or more ("NYC Mayor Bill de Blasio Defends…" over "Mayor Bill de Blasio meets…", "… Bill de Blasio
    met…"), else the one written most often, twice or
    more (``MIN_INTRO_MENTIONS``), if no other is written as often; None where the intro names no one so."""
    names = Counter(full_names(intro))
    headline = _HEADLINE_SPEAKER.match(title or "")
    said = [name for name in names if headline and name.split()[-1] == headline.group(1)]
    if len(said) == 1:
        return said[0]
    # "Mayor Bill de Blasio" once and "Bill de Blasio" once: the name is written twice
    merged = Counter({name: sum(n for other, n in names.items() if f" {name}" in f" {other}") for name in names})
    titled = [name for name in merged if len(name.split()) >= 2 and name in (title or "")]  # "NYC Mayor Bill de …"
    shortest = min(titled, key=len, default="")
    if titled and all(shortest in name for name in titled) and merged[shortest] >= MIN_INTRO_MENTIONS:
        return shortest
    ranked = [*names.most_common(2), ("", 0)]
    return ranked[0][0] if ranked[0][1] >= MIN_INTRO_MENTIONS and ranked[0][1] > ranked[1][1] else None


# A bold label whose colon is set on the next line
_COLON_BELOW = re.compile(r"(\*\*[^*\n]{1,80}\*\*)[ \t]*\n[ \t]*(?=:\s|：)")


def bold_colons_joined(text: str) -> str:
    """``text`` with a bold label's colon set on the next line put back after it: a page's extraction does so
    ("**THE SECRETARY**" over ":   In relation…"), and so does a WeChat article's copy ("**仁科**" over "：说到…")."""
    return _COLON_BELOW.sub(r"\1", text)
