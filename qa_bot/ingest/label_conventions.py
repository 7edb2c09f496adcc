"""When a label style is a file's convention, and which one-off labels are asides (``labels.learn_grammar``)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Protocol

from qa_bot.ingest.metadata import field_value, header_key, participant_field
from qa_bot.text import folded
from qa_bot.text.lexicon import (
    COUNTING_WORDS,
    FIELD_WORDS,
    NUMBERED_ROLES,
    SCRIPT_TRANSITIONS,
    SECTION_SUFFIXES,
    SECTION_WORDS,
)

MIN_LABEL_SHARE = 0.25  # of a file's paragraph openings, for a gated style to count
# CJK names recurring so are a convention whatever the share (a record's attendance list, hard-wrapped speeches).
MIN_RECURRING_CJK_NAMES = 3  # distinct names, each opening two lines or more
# ... but not a handful among thousands of paragraphs: "您好：" over a few of a Q&A dump's 8,000 answers is a greeting
MIN_CJK_NAME_SHARE = 0.02
MAX_COLUMN_NAMES, MIN_COLUMN_SHARE = 12, 0.6  # a column of CJK names: its cast, and the lines they open
# titled names ("Mr. Klein.", "Senator Shelby.") opening lines this often, this many of them: a hearing's record
MIN_TITLED_USES, MIN_TITLED_NAMES = 5, 3
MIN_LABELED_SHARE = 0.5  # of paragraph openings: a file labelled throughout, where one recurring name is a speaker
# In a file with this many labels, a single word used once as a label ("Break:") is an aside, not a person.
MIN_LABELS_FOR_ASIDES = 10
# One-off full names whose first names are labels of the file, from which its one-off phrases are people: minutes
# write a full name at a person's first word and the first name after ("Ian Swett:" once beside "Stuart Cheshire:").
MIN_INTRODUCED = 2
MAX_ASIDE_WORDS = 3  # a longer one-off label ("Frau Dr. Anna Weber") is left a name
# A one-off word speaking in the first or second person among its first words is someone: "Kazuho: I was opposed."
SPOKEN_WINDOW = 12
CONFERENCE_ID = re.compile(r"_web_\d+$")  # a videoconference tool's number after a participant's name
# English: other languages' notes capitalise nouns ("Antrag: wir bleiben …"), fields far more often than names
MIN_COUNTED = 2  # counting words opening labels for them to be a list's items (one "First:" may be a name)
_SPEAKER_ROLE = re.compile(rf"(?i:{'|'.join(NUMBERED_ROLES)})")  # "Caller:" once is someone: a role that speaks
_IN_PERSON = re.compile(r"\b(?:I\b(?!\.)|(?i:me|my|we|us|our|you|your)\b)")  # "I", not "David I. Lehn"

STYLES = {  # label styles, as ``qa-bot inspect`` names them
    "caps": "NAME:", "names": "Name Surname:", "word": "Name:", "numbered": "Speaker 1:",
    "handle": "handle: (lower case)", "bracket": "[Name]", "congress": "Mr. NAME.",
    "hearing": "Senator Name. (hearing record)", "column": "名字 words (a column of CJK names)", "paren": "(Name) text",
    "chevron": ">> (speaker change)", "question": "Q (question)", "cjk": "名字： (CJK name)",
    "code": "I:, S1: (interview code)", "note": "[Note]: (observer's note)", "role": "Name, Office:",
    "period": "NAME. (parliamentary record)", "uncased": "الاسم: (a script without case)", "dash": "Name — text"}
# Styles that ordinary prose can produce: labels only where the file makes them its convention.
GATED = ("handle", "bracket", "congress", "hearing", "chevron", "question", "cjk", "code", "role", "period", "uncased",
         "dash", "column", "paren")


def alone_in_brackets(brackets: Sequence[tuple[str, bool]]) -> set[str]:
    """Bracketed names, given as (name, whether words follow it), that stand alone on their lines at least as
    often as they open words: notes ("[Music]", "[Applause]"), not speakers. A speaker's
    "[doctor]" once over an empty line, among hundreds of "[doctor] words", stays one."""
    alone = Counter(name for name, spoken in brackets if not spoken)
    with_words = Counter(name for name, spoken in brackets if spoken)
    return {name for name, n in alone.items() if n >= with_words[name]}


def counted_items(names: Iterable[str]) -> set[str]:
    """Counting words opening labels ("One: Lead quality." … "Two: Conversion rates.") where a file has
    ``MIN_COUNTED`` of them or more: a list's items in someone's turn, not people."""
    counted = {name for name in names if name.casefold() in COUNTING_WORDS}
    return counted if len(counted) >= MIN_COUNTED else set()


def one_off_asides(
    used: Counter[str], by_style: dict[str, Counter[str]], styles: Counter[str], named: set[str],
    found: Sequence[Written] = (),
) -> set[str]:
    """Capitalised words shaped like labels that open one paragraph in a file whose convention is another style.

    In a file of ``MIN_LABELS_FOR_ASIDES`` labels or more, or one written in interview codes (``I:``, ``B:``), a
    single word used once (``Break:``), no short form of another label and not ``named`` elsewhere as written
    (never in lower case), opening a paragraph (``Mehdi:``, in the attendee list too, speaks), is an aside.
    Where codes or single words are the convention and no two-word label recurs, a short phrase used once
    (``Mittellange Frist:``) is one too, unless its first word or its initials are a label (``Ben Striegel:``
    beside ``Ben:``, ``Sébastien Bourdon:`` beside ``SB:``) or the file introduces people so (``MIN_INTRODUCED``
    full names whose first names or initials are labels). A section of minutes or a summary, its last word one of
    ``SECTION_WORDS`` (``Background:``, ``Public Comments:``; ``SECTION_SUFFIXES``: ``受访人简介：``) is an aside in
    any file, and so is a page's field about itself (``FIELD_WORDS``: ``Views:``, ``Website:``, ``Photo:``), or a
    header's field before the file's other labels (``header_key``: ``Place:``, ``Time:``; not ``Model:`` answering
    ``User:``), where every use of it holds a short value, not a sentence (Rhett's partner ``Link:`` speaks).
    """
    sections = {name for name in used if section_heading(name)}
    spoken = {c.name for c in found if not field_value(c.rest)}  # "Link: Yeah, that's right." is a turn
    sections |= {name for name in used if name.casefold() in FIELD_WORDS and name not in spoken}
    first = next((k for k, c in enumerate(found) if not header_key(c.name)), len(found))  # a header's fields lead
    later = {c.name for c in found[first:]}  # "Model: Paris" after "User: …" answers
    sections |= {name for name in used if header_key(name) and name not in spoken and name not in later}
    total = sum(used.values())
    main = styles.most_common(1)[0][0] if styles else None
    if total < MIN_LABELS_FOR_ASIDES and main != "code":
        return sections
    parts = {w.casefold() for name in used if " " in name for w in (name.split()[0], name.split()[-1])}
    words = by_style.get("word", Counter())
    spelt = {folded(name) for name, n in used.items() if n > 1}  # "Grohe" once beside "Gröhe": a slip, no aside
    found = {name for name, n in words.items() if n == 1 and name.casefold() not in parts and name not in named
             and folded(name) not in spelt}
    phrases = by_style.get("names", Counter())
    # "Stuart Cheshire:" once, then "Stuart:"; "Sébastien Bourdon :" once, then "SB :"
    introduced = {n for n in phrases if n.split()[0] in used or initials(n) in used}
    if main in ("code", "word") and phrases and max(phrases.values()) == 1 and len(introduced) < MIN_INTRODUCED:
        found.update(n for n in phrases if len(n.split()) <= MAX_ASIDE_WORDS and n in used and n not in introduced)
    return found | sections


class Written(Protocol):
    """A label as written: its name, a note and a time beside it, the words after it (``label_shapes.Candidate``;
    read-only)."""

    @property
    def name(self) -> str: ...

    @property
    def note(self) -> str | None: ...

    @property
    def time(self) -> str | None: ...

    @property
    def rest(self) -> str: ...


def section_heading(name: str) -> bool:
    """Whether a label is a heading of minutes or a summary, its last word one of ``SECTION_WORDS``
    (``Background:``, ``Public Comments:``, ``Staff Reports:``) or it ending with one of ``SECTION_SUFFIXES``."""
    words = name.casefold().split()
    return bool(words) and (words[-1] in SECTION_WORDS or name.endswith(SECTION_SUFFIXES)
                            or " ".join(words[-2:]) in SCRIPT_TRANSITIONS)  # "FADE OUT"


def noted_labels(found: Sequence[Written]) -> set[str]:
    """Labels that name someone by what is written with them, never asides: a note ("Anya (via XMPP):", "Brian
    White (TSC):"), a conference tool's number ("Shumon Huque_web_844:"), or a time where the file times its
    speakers so ("**Child’s Voice: (00:00:48)**"); or a role that speaks ("Caller:" over a question, as
    ``NUMBERED_ROLES`` name roles), where its words are not a field naming who took part ("Interviewer: Yasmine
    Hassan", a header's)."""
    noted = {c.name for c in found if (c.note and (c.note.startswith("via ") or not c.note.islower()))
             or CONFERENCE_ID.search(c.name)
             or (_SPEAKER_ROLE.fullmatch(c.name) and not participant_field(f"{c.name}: {c.rest}"))}
    noted = {name for name in noted if not section_heading(name)}  # "Roll Call Present: (via Zoom)": a heading
    if 2 * sum(1 for c in found if c.time) >= len(found):
        noted.update(c.name for c in found if c.time)
    return noted


def speaks_in_person(rest: str) -> bool:
    """True when the words after a label speak as someone ("I", "we", "you" among the first ``SPOKEN_WINDOW``):
    minutes' one-off speakers do ("Kazuho: I was previously opposed."); fields do not ("Present: Rob, Ivan")."""
    return bool(_IN_PERSON.search(" ".join(rest.split()[:SPOKEN_WINDOW])))


def words_and_questions(by_style: dict[str, Counter[str]]) -> Counter[str]:
    """A file's single-word labels, with its question marks (``Q.``, a Japanese interview's ``――``) counted as
    ``Q``: what interview codes and an answerer's bracketed name are counted beside (``is_convention``)."""
    return by_style.get("word", Counter()) + Counter({"Q": sum(by_style.get("question", Counter()).values())})


def is_convention(style: str, names: Counter[str], share: float, words: Counter[str] | None = None) -> bool:
    """True when a gated style recurs enough, in a file where labels open enough paragraphs, to be a convention.

    Interview codes count with the ``A:`` and ``Q:`` beside them (``A:`` / ``B:``), and where labels open
    every paragraph; "I:" and "B:" taking turns count however many paragraphs the answers run to. CJK names, and
    names in a script without case (Tamil), count however few paragraphs they open when ``MIN_RECURRING_CJK_NAMES``
    of them recur, or (CJK) one recurs beside
    two question marks or more (``words``' ``Q``, see ``words_and_questions``), and a single
    recurring name in a script without case counts where labels open most paragraphs.
    """
    total = sum(names.values())
    if style == "column":  # a few names, each again and again, open most such lines; prose's first words vary
        recurring = Counter({n: k for n, k in names.items() if k >= 2})
        return (share >= MIN_LABEL_SHARE and MIN_RECURRING_CJK_NAMES <= len(recurring) <= MAX_COLUMN_NAMES
                and recurring.total() >= MIN_COLUMN_SHARE * total)
    if style in ("chevron", "question"):
        return total >= 2
    if style in ("cjk", "uncased") and sum(k >= 2 for k in names.values()) >= MIN_RECURRING_CJK_NAMES \
            and share >= MIN_CJK_NAME_SHARE:
        return True  # Tamil's "முதல்வர்:" and "வி. கே. கோதண்டராமன்:" again and again, however long the speeches
    if style == "cjk" and (words or Counter())["Q"] >= 2 and max(names.values()) >= 2:
        return True  # "（いしら） 一言で言うと…" after each "―― 感想は？": the answerer, however long the answers
    if style in ("cjk", "uncased") and share >= MIN_LABELED_SHARE and max(names.values()) >= 2:
        return True  # "司会：" twice among "参加者1：", "A氏：": the moderator of a file labelled throughout
    if style == "code":
        names = names + Counter({n: k for n, k in (words or Counter()).items() if n in ("A", "Q")})
        total = sum(names.values())
        if share >= 1 or (len(names) >= 2 and total >= 4 and max(names.values()) >= 2):
            return True
    if style in ("hearing", "congress") and sum(k >= MIN_TITLED_USES for k in names.values()) >= MIN_TITLED_NAMES:
        return True  # "Mr. Klein." again and again, however many wrapped lines an OCR'd record sets apart between
    if share < MIN_LABEL_SHARE or total < 2:
        return False
    if style in ("handle", "bracket", "paren"):  # "[Wallace Hume] Carothers", an editor's insertion, each name once
        return max(names.values()) >= 2
    if style == "period":  # two people at least, one of them (the chair) speaking again: not one-off headings
        return len(names) >= 2 and max(names.values()) >= 2
    return len(names) >= 2 or total >= 3


_NUMBERED_CODE = re.compile(r"([A-Z]{1,2})(\d{1,3})")  # "T16", "C3": a role's letter and the turn's number
MIN_TURN_NUMBERS = 10  # numbers after one letter, nearly all written once, that make them the turns' numbers
MIN_ONCE_SHARE = 0.8


def turn_numbered_codes(labels: Iterable[str]) -> dict[str, str]:
    """Each label that is a role's letter and a turn's number ("T1:", "C1:", "T2:"… a counselling transcript's turns,
    numbered) mapped to the letter, where two letters or more each take ``MIN_TURN_NUMBERS`` numbers or more, nearly
    all written once: the turns' numbers, not people (a focus group's "P1" to "P6" beside an unnumbered moderator,
    or "F1" to "F5" and "M1" to "M5" introducing themselves, stay people)."""
    uses = Counter(labels)
    by_letter: dict[str, list[str]] = {}
    for label in uses:
        if m := _NUMBERED_CODE.fullmatch(label):
            by_letter.setdefault(m.group(1), []).append(label)
    turns = {letter: numbered for letter, numbered in by_letter.items() if len(numbered) >= MIN_TURN_NUMBERS
             and sum(uses[label] == 1 for label in numbered) >= MIN_ONCE_SHARE * len(numbered)}
    return {label: letter for letter, numbered in turns.items() for label in numbered} if len(turns) >= 2 else {}


# A name's particles, written in lower case, which its initials leave out ("AB" is Alain de Botton)
_PARTICLES = frozenset(("de", "da", "do", "dos", "das", "del", "della", "di", "du", "van", "von", "der", "den", "la",
                        "le", "ten", "ter", "bin", "ibn", "al", "el", "y", "e", "zu", "af", "av", "des", "dei"))


def initials(name: str) -> str:
    """A name's initials, as transcripts code their speakers: ``Nancy-Wangue Moussissa`` is ``NWM``; a particle has
    none (``Alain de Botton`` is ``AB``), but any other word does (``John and Mary`` is ``JAM``, never ``JM``)."""
    parts = name.replace("-", " ").split()
    named = [part for part in parts if part not in _PARTICLES]
    return "".join(part[0] for part in (named if len(named) >= 2 else parts)).upper()
