"""Names alone on their lines heading turns: Otter without times, podcast pages, stenographic versions, earnings calls.

    Jon Lawitts                       (a name alone, maybe bold or a Markdown heading, over the words)
    Welcome, everyone.

    LUIS RODRÍGUEZ BUCIO, COMANDANTE DE LA GUARDIA NACIONAL     (a name in capitals, its office after a comma)
    Jane Park -- Head of Investor Relations                      (a name, its office or firm a dash after it)

Read only where a few such names head most paragraphs, each twice or more (``bare_names``); ``timed_text``
reads the turns they head.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable

from qa_bot.ingest.label_conventions import section_heading
from qa_bot.ingest.labels import has_label_shape
from qa_bot.ingest.markdown_lines import EMPHASIS
from qa_bot.ingest.speakers import HONORIFICS
from qa_bot.ingest.stt_base import is_machine_label
from qa_bot.ingest.wrapped_labels import split_labels_joined
from qa_bot.text import clean_line, date_alone, ends_clause
from qa_bot.text.lexicon import stop_words

# A name alone on its line: capitalised words (lower-case particles between them: "Jean de la Fontaine"),
# initials allowed ("Rich W McGrath", "J. Smith", "P.A. VOICE"); no digits, no sentence punctuation at its end.
_BARE_NAME = re.compile(
    r"^[^\W\d_](?:[\w'’\-]|\.(?=\w))*\.?(?:\s+(?:[a-z]{1,3}\s+){0,2}[^\W\d_](?:[\w'’\-]|\.(?=\w))*\.?){0,4}"
    r"(?:\s+\d{1,2})?$"  # "Speaker 2", "P.A. VOICE"
)
# Markdown around a name alone on its line: a heading's hashes, bold, a colon ("### Jane Smith", "**Jane Smith:**",
# "### 柯華葳："); underscores inside a name ("## Speaker_SPEAKER_06", a WhisperX page's heading), not around it.
_DECORATED = re.compile(
    r"^(?:#{1,6}\s+)?(?P<b>\*\*|__|\*|_)?(?P<name>[^*_#:：](?:[^*#:：]*?[^*_#:：])?)[:：]?(?P=b)?[:：]?$")
RULE = re.compile(r"^(?:-{3,}|\*{3,}|_{3,}|={3,})$")
_CAPS_TITLED = re.compile(r"^(?P<name>[^\W\d_][^\W\d_'’.\-]*(?:\s+[^\W\d_][^\W\d_'’.\-]*){0,5}),\s+\S.{0,80}$")
_BULLET = re.compile(r"^(?:[-*+•]|\d{1,3}[.)])\s")  # names over bullet points are meeting notes (md_notes)
# Words that stand before a person's surname in the record's own sentences ("senyor Espinosa", "Abgeordneter Seuffert").
_TITLES = "|".join((*HONORIFICS, "senyor", "senyora", "señor", "señora", "senhor", "senhora", "signor", "signora",
                    "abgeordneter", "abgeordnete", "monsieur", "senator", "minister", "deputy", "councillor"))
_NOTES = re.compile(r"(?:\s*\([^()\n]{1,40}\))+$")
# An office or firm written after a name alone, a dash apart: "Jane Park -- Head of Investor Relations",
# "Mark Davis -- Morgan Stanley -- Analyst" (earnings-call transcripts).
_FIRM_ABBREVIATIONS = frozenset({"Inc", "Corp", "Co", "Ltd", "LLC", "Jr", "Sr", "plc", "AG", "SA"})
# An office is capitalised words ("of", "and" between them), no sentence: "Hélène Dubois — Since 1998, …" speaks.
_OFFICE_WORD = r"(?:[A-Z][\w&'’.\-]*|of|and|for|the|&)"  # a word of an office or a firm
_DASHED_TITLE = re.compile(
    r"(?:\s*--\s*|\s+[-–—]\s+)(?:(?:[A-Z][\w&'’.]*|of|and|for|the|de|at|&)(?:\s+|\s*(?:--|[-–—,])\s*|$)){1,10}$")
# An office at a firm on its own line under a name alone, over the words: "Analyst at Wells Fargo Securities",
# "Chief Financial Officer at JPMorgan Chase & Co." (an earnings call's page copied)
_OFFICE_AT = re.compile(
    rf"^{_OFFICE_WORD}(?:\s+{_OFFICE_WORD}){{0,7}}\s+at\s+[A-Z][\w&'’.\-]*(?:\s+{_OFFICE_WORD}){{0,6}}$")
# An analyst's firm after a comma, under a call's names alone: "Kian Abouhossein, JP Morgan", "Jo Li, Bank of America"
_GREETINGS = "Thanks|Thank you|Hi|Hello|Hey|Morning|Good morning|Good afternoon|Welcome"
_COMMA_FIRM = re.compile(rf"(?<=[^\W\d_]),\s+{_OFFICE_WORD}(?:\s+{_OFFICE_WORD}){{0,5}}$")
LABELS_OVER_NAMES = 5  # labels before words to names alone, past which the labels are the convention
MIN_BARE_HEADS = 4  # lines of names alone that make a file's convention
# Text without a blank line (a PDF's text layer) opens a paragraph after a line that ends a sentence.
MIN_UNBROKEN_LINES = 20
MAX_UNBREAKING_RULES = 2  # rule lines in a text without blank lines that leave it unbroken
MIN_BARE_USES = 2  # a name alone heads this many paragraphs to count
MIN_BARE_HEADS_PER_NAME = 5  # or, on average, this many turns per name where turns run to many paragraphs
# paragraphs opened by a label ("主席：現在開會", "* Ann: Hi") per name alone on its line, above which the labels are
# the file's convention and the lines alone are headings ("說明：" over a quoted letter) or page headers
MAX_LABELS_PER_BARE_HEAD = 3


def undecorated(line: str) -> str:
    """A line without the Markdown around a name alone (``**Jane Smith**``, ``**Jane Smith:**``, ``### Jane
    Smith``), or a name in capitals without the office written after it (``LUIS RODRÍGUEZ BUCIO, COMANDANTE DE
    LA GUARDIA NACIONAL``, as stenographic versions write it), or any name without an office a dash after it
    (``Jane Park -- Head of Investor Relations``, as earnings calls write it)."""
    titled = _CAPS_TITLED.match(line) if line.isupper() else None
    if titled:
        return titled.group("name")
    m = _DECORATED.match(line)
    return _without_office(_NOTES.sub("", m.group("name").strip() if m else line) or line)  # "Jane Doe (Lab)"


def offices_joined(lines: list[str]) -> list[str]:
    """``lines`` with each office on its own line under a name alone (``_OFFICE_AT``) joined to the name after a
    dash, as calls write it on one line ("Mike Mayo -- Analyst at Wells Fargo Securities"), where the file does so
    ``MIN_BARE_HEADS`` times or more: the office is no one's words, the name heads the words below."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    pairs = [(i, j) for i, j in itertools.pairwise(filled) if _OFFICE_AT.match(lines[j].strip())
             and name_like(lines[i].strip()) and not _OFFICE_AT.match(lines[i].strip())]
    if len(pairs) < MIN_BARE_HEADS:
        return lines
    joined: list[str | None] = list(lines)
    for i, j in pairs:
        joined[i] = f"{lines[i].strip()} -- {lines[j].strip()}"
        joined[i + 1:j + 1] = [None] * (j - i)
    return [line for line in joined if line is not None]


def _one_name(line: str) -> str:
    """A name alone without the notes or office after it, to count its uses."""
    return _without_office(_NOTES.sub("", line) or line, comma=True)


def _without_office(name: str, *, comma: bool = False) -> str:
    """A name without the office a dash after it (``_DASHED_TITLE``), or (``comma``) a firm a comma after a full
    name (``_COMMA_FIRM``); "Interviewer — Welcome." is words."""
    firm = _COMMA_FIRM.search(name) if comma and not name.endswith((".", "?", "!", "…")) else None
    if firm and len(name[:firm.start()].split()) >= 2 and name_like(name[:firm.start()]):  # not "Thank you, Sir."
        return name[:firm.start()]
    office = _DASHED_TITLE.search(name)
    last = office.group(0).split()[-1] if office else ""
    if not office or last.endswith(("?", "!")) or (last.endswith(".") and last[:-1] not in _FIRM_ABBREVIATIONS):
        return name
    if any(c.isdigit() for c in name[:office.start()]):  # "O5S1GUO1 Le Zhou - Direct", a court page's header
        return name
    return name[:office.start()]


def _decoration(line: str) -> str:
    """The Markdown around a name alone (``**``, ``*``; a colon inside or outside the bold alike: ``**Hugo:**``,
    ``**Reshama**:``), or a heading's level alone (``###``, bold or not inside it: "### **Governor Bullock**",
    "### David Taylor (ABC)"); "" for a bare name."""
    m = _DECORATED.match(line)
    heading = re.match(r"#{1,6}\s", line)
    if heading or not m:
        return heading.group(0) if heading else ""
    mark = line.replace(m.group("name"), "", 1)
    return mark.replace(":", "") + ":" if "*" in mark and ":" in mark else mark


def name_like(line: str) -> bool:
    """A line that could be another name alone (a list of names, not a name over words): name-shaped, no
    sentence's end, its longer words capitalised ("Let us talk about the ferries." is words)."""
    words = line.split()
    return (bool(_BARE_NAME.match(line)) and not line.endswith((".", "?", "!", "…"))
            and all(w[0].isupper() for w in words if len(w) > 3)
            and words[0][0].isupper() and (words[-1][0].isupper() or words[-1].isdigit()))  # not "See you at"


def bare_names(lines: list[str], head_of: Callable[[str], object]) -> frozenset[str]:
    """The names that head turns alone on their lines, as Otter writes a transcript without times and saved
    podcast pages put a name over its paragraphs: each opens a paragraph (in text without blank lines, a PDF's, after
    a line that ends a sentence) and has words under it (maybe after a blank line), ``MIN_BARE_USES`` times or more.
    Empty unless two names or more make ``MIN_BARE_HEADS`` heads that open a third of the paragraphs or average
    ``MIN_BARE_HEADS_PER_NAME`` each. Section headings used once,
    replies such as "Okay" (a stop word) or "Yeah." (a sentence) and capitalised words in running text never
    make the convention. ``head_of`` tells a line that heads a turn in another way (``timed_text.match_head``), which
    is no name's words."""
    cleaned = [clean_line(line) for line in lines]
    lines = ["" if RULE.match(line) else line for line in cleaned]
    filled = [i for i, line in enumerate(lines) if line]
    paragraphs = labelled = 0
    uses: dict[str, int] = {}
    first_at: dict[str, int] = {}  # where each name line first opens a paragraph
    ruled: set[str] = set()  # names right under a "---" rule, as stenographic versions set each turn apart
    # no blank line (a PDF's text), or names with their firm after a dash over the words ("Gary C. Kelly - Southwest
    # Airlines Co.", a call's page copied with a blank line here and there): a line after a sentence opens a paragraph
    ordinal_roles = _ordinal_roles(cleaned)
    # a rule or two ("*****" under a script's title) break no text; rules between the turns do (a stenographic version)
    rules = sum(bool(line) and not kept for line, kept in zip(cleaned, lines, strict=True))
    written = [i for i, line in enumerate(cleaned) if line] if rules <= MAX_UNBREAKING_RULES else filled
    unbroken = len(filled) >= MIN_UNBROKEN_LINES and (written[-1] - written[0] + 1 == len(written)
                                                      or _names_with_firms(lines) >= MIN_BARE_HEADS)
    for k, i in enumerate(filled):
        line = lines[i]
        if i and lines[i - 1] and not (unbroken and ends_clause(lines[i - 1]) and line[-1] not in ":："):
            continue  # ("Dan:" alone there is a label, which running text reads)
        paragraphs += 1
        labelled += has_label_shape(_BULLET.sub("", line, count=1))
        below = lines[filled[k + 1]] if k + 1 < len(filled) else ""
        name = _without_office(undecorated(line), comma=True)  # "Kian Abouhossein, JP Morgan": the firm after
        if (name and _BARE_NAME.match(name) and not name.endswith(".") and below and not name_like(below)
                and not (len(name) == 1 and name.isascii())  # a page margin's letter ("F", a report's part)
                and not section_heading(name)  # "CUT TO:" over a scene, "Summary" over its points
                and (name.split()[0].casefold() not in stop_words() or _headed_name(line, name)
                     or (name.startswith("The ") and name_like(name)) or name in ordinal_roles)
                and not _BULLET.match(below) and head_of(below) is None and not date_alone(below)):
            uses[line] = uses.get(line, 0) + 1
            first_at.setdefault(line, i)
            if i and RULE.match(cleaned[i - 1]):
                ruled.add(line)
    by_name = Counter[str]()  # "Jane Doe (Northtown) (Lab)" and "Jane Doe" are one name, "Jane Doe -- CEO" too
    for line, n in uses.items():
        by_name[_one_name(line)] += n
    names = {line for line in uses if by_name[_one_name(line)] >= MIN_BARE_USES}
    if len(names & ruled) >= 2:  # the file sets turns apart with rules: a name under one speaks, even once
        names |= ruled
    machine = {line for line in uses if len(line) > 1 and is_machine_label(line)}
    if len(names & machine) >= 2:  # a diarised export's SPEAKER_03, once beside SPEAKER_06's many turns
        names |= machine
    marks = {_decoration(name) for name in names}
    if len(names) >= 2 and len(marks) == 1 and "" not in marks:  # "*Adam*" twice or more: "*Alethe Denis*" once too
        names |= {name for name in uses if _decoration(name) in marks  # "*Audience laughs*" is no name; "### 林文虎" is
                  and (name_like(bare := undecorated(name)) or not any(c.islower() for c in bare))}
    first = min((first_at[name] for name in names), default=len(lines))  # one-off names in the header are not
    once = _named_elsewhere([line for line in uses if line not in names and first_at[line] > first], lines,
                            {undecorated(name).split()[0] for name in names})

    def convention(heads_of: set[str]) -> bool:
        heads = sum(uses[name] for name in heads_of)
        return len(heads_of) >= 2 and heads >= MIN_BARE_HEADS and labelled <= MAX_LABELS_PER_BARE_HEAD * heads and (
            heads * 3 >= paragraphs or heads >= MIN_BARE_HEADS_PER_NAME * len(heads_of))

    plain = {name for name in names if _one_name(name) == name}  # a call's hosts, beside its analysts' firms
    found = convention(names) or convention(plain) or (names and convention(names | once))
    return frozenset(names | once) if found else frozenset()


def _ordinal_roles(lines: list[str]) -> set[str]:
    """Roles told apart by ordinals, though "first" is a stop word: lines alone whose words after an ordinal recur
    after another ordinal ("FIRST DOCTOR A980" beside "SECOND DOCTOR A980", a clinic's transcript; not "Second
    Reading" alone, a bill's stage)."""
    by_rest: dict[str, set[str]] = {}  # the roles' words after the ordinal: the lines so written
    for line in set(lines):
        first, _, rest = line.partition(" ")
        if first.casefold() in _ORDINALS and name_like(rest):
            by_rest.setdefault(rest, set()).add(line)
    return {line for same in by_rest.values() if len({line.split()[0].casefold() for line in same}) >= 2
            for line in same}


_ORDINALS = frozenset(("first", "second", "third", "fourth", "fifth"))


def proper_name(name: str, text: str) -> bool:
    """Whether ``name`` is name-shaped (``name_like``) and the text never writes one of its longer words in lower
    case: "Sh V Srikanth" is a person, "Opening Remarks" over words that say "remarks" a section's title."""
    lower = {w for w in re.findall(r"[^\W\d_]+", text) if w.islower()}
    return name_like(name) and not any(w.casefold() in lower for w in name.split() if len(w) > 3)


def _headed_name(line: str, name: str) -> bool:
    """A name opening with a stop word that is a heading of its own ("## Will Garrett"), not a label alone ("Our
    Data Future Project:") or a word over a reply ("Okay")."""
    return " " in name and name_like(name) and _decoration(line).startswith("#") and not line.endswith((":", "："))


def _names_with_firms(lines: list[str]) -> int:
    """How many lines are a name with its firm or office after a dash (``Gary C. Kelly - Southwest Airlines Co.``)."""
    return sum(name != line and bool(_BARE_NAME.match(name)) for line in lines if (name := _without_office(line)))


def _named_elsewhere(candidates: list[str], lines: list[str], heads: set[str]) -> set[str]:
    """Names of two words or more, alone on their lines once, that are plainly people, not headings: opened by a
    courtesy title (``Mr Speaker``) or by a name that heads other turns (``Alethe Denis`` beside ``Alethe``), or
    mentioned elsewhere by two of its words in a row ("(Maria Sirvent Escrig demana…") or by a surname after a title
    ("senyor Espinosa" for ``Antonio Espinosa Cerrato``), or written with a firm and greeted by their first name
    elsewhere ("Kian Abouhossein, JP Morgan" over a question, "Thanks, Kian." in the reply). "Leaving Columbus",
    "Housing Bill" stay headings."""
    text = "\n".join(lines)
    found = set()
    for name in candidates:
        bare = _without_office(undecorated(name), comma=True)
        parts = bare.split()
        if len(parts) < 2 or name.startswith("#") or not name_like(bare):
            continue
        titled = any(re.search(rf"\b(?:{_TITLES})\.?\s+{re.escape(w)}\b", text, re.I) for w in parts[1:] if len(w) > 2)
        paired = any(text.count(f"{a} {b}") >= 2 for a, b in itertools.pairwise(parts))  # "senyor Chakir el Homrani"
        first, second = map(re.escape, parts[:2])  # "Thanks, Kian." in the reply: the analyst, not "New York, NY"
        firm = _one_name(name) != name and re.search(rf"\b(?:{_GREETINGS}),?\s+{first}\b(?!\s+{second})", text)
        if parts[0].rstrip(".").casefold() in HONORIFICS or parts[0] in heads or paired or titled or firm:
            found.add(name)
    return found


def names_alone_head(lines: list[str], head_of: Callable[[str], object]) -> bool:
    """Whether names alone on their lines head the turns (``bare_names``; ``head_of`` tells a line heading a turn
    another way). Not where most are labels alone on their lines ("의장 안석봉:", "**Ivan Bartoš:**") beside others
    used once ("부시장 민기식:") or beside as many labels before words ("**Ivan Bartoš:** máme…", a stenographic
    record's usual turn; ``LABELS_OVER_NAMES`` times as many, emails after the record naming their senders
    alone): plain text reads all of those."""
    names = bare_names(lines, head_of)
    alone = sum(line in names for line in lines)
    if names and 2 * (len(lines) - len(split_labels_joined(lines))) >= alone:
        return False  # "O SR. PEDRO PAULO" over "(PSD - RJ) - Sr. Presidente…": a label wrapped before its words
    labels = {n for n in names if (bare := unbolded(n)).endswith((":", "：")) and bare[:-1] == undecorated(n)}
    once = any(line.endswith((":", "：")) and line not in names and has_label_shape(line) for line in lines)
    before_words = sum(line not in names and has_label_shape(unbolded(line)) for line in lines)
    if before_words >= LABELS_OVER_NAMES * alone:
        return False  # "ERIK DAVIDSON: Good evening…" all through, "Jack Kroll" over "From:" in emails after it
    return bool(names) and not (2 * len(labels) > len(names) and (once or before_words >= alone))


def unbolded(line: str) -> str:
    """A line without its bold marks (``**Ivan Bartoš:**`` is ``Ivan Bartoš:``)."""
    return EMPHASIS.sub("", line)
