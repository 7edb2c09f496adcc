"""Speaker labels in text, and the labelling convention a file uses, learnt from the file itself.

Always read as labels: ``Name:``, ``NAME:``, ``Name Surname:``, ``S.Lavrov:``, ``Speaker 2:``, maybe after a time code
(``[00:01:05] Name:``) or with a note (``Question (retranslated):``). Read only where the file makes them its convention
(they recur, and labels open a good share of its paragraphs), so that ``note: ...`` in prose stays text: lower-case
handles (``stokes: Hello.``), ``[Name] text``, congressional ``Mr. SMITH. text``, parliaments' labels ending in a period
(``PRESIDENTE.``, ``President. –``; Brazil's ``O SR. NOME (…) -``), ``>>`` speaker changes, ``Q`` lines, ``Name —
text``, and names in scripts without capitals (``主席：``, Arabic, Hebrew, Devanagari). A title or article before a
name or office (``El señor PRESIDENTE:``) is part of the label; the full-width colon ``：`` needs no space after it.
Shared by ``plain``, ``press`` and ``cues``; each style's shape is in ``label_shapes``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from qa_bot.ingest.label_conventions import (
    GATED,
    MIN_LABELS_FOR_ASIDES,
    STYLES,
    alone_in_brackets,
    counted_items,
    is_convention,
    noted_labels,
    one_off_asides,
    section_heading,
    speaks_in_person,
    words_and_questions,
)
from qa_bot.ingest.label_shapes import PARAGRAPH_ONLY, TIME_CODE, Candidate, candidate
from qa_bot.text import clean_line, date_alone, ends_clause, ends_mid_sentence, paragraph_a_line, parse_seconds
from qa_bot.text.lexicon import stop_words

MIN_PROSE_BEFORE_LABEL = 10  # unlabelled paragraphs before a file's one label used once: prose quoting someone
MAX_BYLINE_LABELS = 1  # the file's first label over a date alone is a byline ("Clerk: 12 March 2019" later answers)
_LINK_ONLY = re.compile(r"<?https?://\S+>?")  # a one-off label over a link alone is a field, not speech
_WORDS = re.compile(r"\w+")
MIN_TITLE_WORDS = 3  # capitalised long words over a file's one label: a title ("MediaSum: A Large-scale Media …")
_SEMICOLON = re.compile(r"([^\W\d][\w.]*(?: [^\W\d][\w.]*)?); +(?=\S)")  # a slip for a colon after a known label
MIN_HANDLE_USES = 3  # a lower-case word alone after an unfinished line is a label only if it opens this many
QUESTION_SPEAKER = "Question"  # who a ``Q`` line is credited to outside depositions


@dataclass(frozen=True)
class Label:
    """A speaker label found at the start of a paragraph or a line."""

    name: str  # as written, without time code, note or colon: "DR. JANE SMITH"
    written: str  # the whole label as written, note included: "Question (retranslated)"
    rest: str  # the text after the colon
    start: float | None = None  # a time code written with the label, in seconds
    style: str = "names"  # one of STYLES; "chevron" (no name) and "question" (``Q``) name no one



@dataclass(frozen=True)
class LabelGrammar:
    """The label styles a file uses, learnt from its own lines (``learn_grammar``), and how often each opens one.
    ``strict`` (subtitles, where "Look: the tide" is speech) reads a single capitalised word as a label only
    when it opens lines twice or more."""

    styles: Counter[str] = field(default_factory=Counter)
    words: frozenset[str] = frozenset()  # single capitalised words accepted in strict mode
    strict: bool = False
    names: Counter[str] = field(default_factory=Counter)  # how often each accepted label name opens a line
    asides: frozenset[str] = frozenset()  # "Break", "Fecha": one-off words shaped like labels, not speakers
    items: frozenset[str] = frozenset()  # "One", "Two": a list's items in a turn (``counted_items``), no labels

    def uses(self, name: str) -> int:
        """How many lines of the file open with label ``name``."""
        return self.names[name]

    def match(self, text: str) -> Label | None:
        """The label that opens ``text`` under this file's convention, or None."""
        c = candidate(text)
        if c is None and (slip := _SEMICOLON.match(text)) and self.names[slip[1]] >= 2:  # "Brian; Do we…", "Brian:"
            c = candidate(f"{slip[1]}: {text[slip.end():]}")
        if c is not None and c.style == "code" and f"{c.name}." in self.names:  # "H:" once beside "H.:", a slip
            c = replace(c, style="word", name=f"{c.name}.")
        if c is not None and c.style in ("word", "names", "code", "cjk", "caps", "handle") and (
                c.name in self.asides or (" " in c.name and section_heading(c.name))):  # "Roll Call Present:"
            return Label("", "", text, None, "aside")
        if c is None or c.name in self.items or not self._accepts(c):
            return None
        start = parse_seconds(c.time) if c.time else None
        if c.style == "note":  # "[Notes]:" names no one, unless the file writes speakers "[Name]:"
            style = "bracket" if c.name in self.words else "note"
            return Label(c.name if style == "bracket" else "", f"[{c.name}]", c.rest, start, style)
        note = c.note
        if note and start is None and re.fullmatch(TIME_CODE, note.strip()):
            start, note = parse_seconds(note.strip()), None
        written = f"{c.name} ({note.strip()})" if note else c.name or ">>"
        return Label(c.name, written, c.rest, start, c.style)

    def _accepts(self, c: Candidate) -> bool:
        if c.style == "handle" and " " in c.name and c.name not in self.names:  # "latha sriram:"
            return False
        if c.circled:  # however seldom: "○市長（森井秀明）" opening a mayor's one long address
            return True
        if c.style in GATED:
            return c.style in self.styles and (c.style not in ("bracket", "column") or c.name in self.words)
        if self.strict and c.style == "word":
            return c.name in self.words
        return True

    def opens_turn(self, line: str, *, after_label: bool) -> bool:
        """True when a line inside a paragraph starts a new turn: a label, and, unless the paragraph opened with a
        label too, not a single word used once without a note ("Ukraine: …" may open a hard-wrapped line). A
        hearing's ``Senator Shelby.`` opens paragraphs only: inside one, "Justice Kennedy. First, …" is speech."""
        label = self.match(line)
        if label is None or label.style == "aside" or label.style in PARAGRAPH_ONLY:
            return False
        return after_label or label.style != "word" or self.uses(label.name) > 1 or label.written != label.name

    @property
    def convention(self) -> str:
        """The styles found, most used first, with counts: ``"NAME: 12, handle: (lower case) 8"``; or "none"."""
        return ", ".join(f"{STYLES[s]} {n}" for s, n in self.styles.most_common()) or "none"


MAX_HEADING_WORDS = 5
_IDENTIFIER = re.compile(r"\d{5,}\b")  # a record's number ("32277209"), never a date, a time or a count

def learn_grammar(lines: Iterable[str], *, strict: bool = False) -> LabelGrammar:
    """Find the label styles ``lines`` use: every line that opens a paragraph or has a label's shape counts.
    A gated style (``GATED``) is the file's convention when it opens lines repeatedly and labels of any style open
    at least ``MIN_LABEL_SHARE`` of the paragraphs: a handle must recur, bracket names must not stand alone
    (``[Applause]``), and there must be two or more distinct names or three uses. A name with an office after a
    comma (``Schäffer, Bundesminister der Finanzen:``) counts that way too, or once in a file with
    ``MIN_LABELS_FOR_ASIDES`` other labels. Congressional names alone on their lines (``Chairman HAMILTON.`` over a
    statement), two people or more, count however few paragraphs they open."""
    found: list[Candidate] = []
    wrapped: Counter[str] = Counter()  # handles alone after a line that stops mid-sentence
    mentions: Counter[str] = Counter()  # every word as written, for names used once; a name speaking as "I" counts
    runs_on: set[str] = set()  # words shaped like labels that open a line inside a paragraph
    at: dict[str, int] = {}  # the paragraph each name first opens
    openings = 0
    previous, whole = "", paragraph_a_line(lines := list(lines))  # whole: a line is a paragraph
    for raw in lines:
        line = clean_line(raw)
        mentions.update(_WORDS.findall(line))
        c = candidate(line) if line else None
        c = None if c and c.style in PARAGRAPH_ONLY and previous and not whole else c  # these open paragraphs only
        if line and (not previous or c):
            openings += 1
            if c:
                at.setdefault(c.name, openings)
                found.append(c)
                wrapped[c.name] += c.style == "handle" and not c.rest and ends_mid_sentence(previous)
                if previous:  # only a name opening its own paragraph may be a one-off speaker
                    runs_on.add(c.name)
        previous = line
    # "… los siguientes datos" / "relevantes:" once or twice is a hard-wrapped sentence's last word, no handle;
    # "interviewer:" over every answer of an unpunctuated transcript is one
    rare = Counter(c.name for c in found)
    handles = {c.name for c in found if c.style == "handle" and " " not in c.name and rare[c.name] >= 2}
    found = [c for c in found if not (wrapped[c.name] and rare[c.name] < MIN_HANDLE_USES)  # "male narrator:" once
             and (c.style != "handle" or " " not in c.name or (strict and rare[c.name] >= 2) or c.time  # "[07:29]
                  or (strict and c.name.split()[-1] in handles))]  # anan shi:"; "male narrator:" beside "narrator:"
    by_style: dict[str, Counter[str]] = {}
    for c in found:
        by_style.setdefault(c.style, Counter())[c.name] += 1
    if "chevron" in by_style:  # named or not, every ">>" line shows the convention
        by_style["chevron"] = Counter({"": sum(c.chevron for c in found)})
    everything = len(found) / max(openings, 1)
    share = sum(c.style != "column" for c in found) / max(openings, 1)  # a column counts once it is the convention
    alone = alone_in_brackets([(c.name, bool(c.rest)) for c in found if c.style == "bracket"])
    styles, words, used = Counter[str](), set[str](), Counter[str]()  # accepted styles, words, names with their uses
    notes = by_style.get("note", Counter())
    if len(notes) >= 2 and 2 * sum(notes.values()) >= len(found):  # "[Alice]: Hi." "[Bob]: Hi.": the file's speakers
        by_style.setdefault("bracket", Counter()).update(by_style.pop("note"))
    if 2 * sum(by_style.get("dash", Counter()).values()) <= len(found):
        by_style.pop("dash", None)  # "Name — text" only as a file's main convention: prose has dashes after a word
    for style, names in by_style.items():
        if style == "bracket":
            names = Counter({n: k for n, k in names.items() if n not in alone})
            words.update(names)
        headings = style == "congress" and len(names) >= 2 and all(not c.rest for c in found if c.style == style)
        if style == "role" or (style in GATED and not headings
                               and not is_convention(style, names, everything if style == "column" else share,
                                                     words_and_questions(by_style))):
            continue  # "Name, Office:" is decided below, once the file's other labels are counted
        if (strict and style == "word") or style == "column":  # a column's names recur; a sentence's first word not
            names = Counter({n: k for n, k in names.items() if k >= 2})
            words.update(names)
        if names:
            styles[style] = sum(names.values())
            used.update(names)
    offices = by_style.get("role")
    if offices and (is_convention("role", offices, share) or sum(styles.values()) >= MIN_LABELS_FOR_ASIDES):
        styles["role"] = sum(offices.values())  # in a labelled file, "Dr. Angela Merkel, Bundeskanzlerin:" once
        used.update(offices)
    mentions.update(c.name for c in found if speaks_in_person(c.rest) and c.name.casefold() not in stop_words())
    mentioned = {name for name in used if mentions[name] >= 2 and not mentions[name.lower()] and name not in runs_on}
    asides = set() if strict else one_off_asides(used, by_style, styles, mentioned, found) - noted_labels(found)
    asides |= _placed_asides(found, Counter({n: k for n, k in used.items() if n not in asides}), at, strict=strict)
    asides -= (items := counted_items(used))
    for name in asides | items:
        del used[name]
        styles["word" if name in by_style.get("word", ()) else "names"] -= 1
    if not strict and used and "code" in by_style and "code" not in styles:
        asides.update(by_style["code"])  # "B:" once among names: who spoke is unknown, not the previous speaker
    return LabelGrammar(+styles, frozenset(words), strict, used, frozenset(asides), frozenset(items))


def _placed_asides(found: list[Candidate], used: Counter[str], at: dict[str, int], *, strict: bool) -> set[str]:
    """Labels that their place makes no one's, used once: over a link alone or, first in the file, over a date alone
    (a byline); and, unless ``strict``, a file's one label after ``MIN_PROSE_BEFORE_LABEL`` paragraphs of prose or
    more, a quote an article sets after a name ("Cuenta Valdi Uferer: “…”"), no convention, or over a title
    (``title_alone``: a paper's "MediaSum: A Large-scale Media Interview Dataset" in a README). And labels used
    twice or more over a long number each time: a scanned page's field ("DocId: 32277209 Page 3"), no speaker; a
    lower-case letter over a few words that end no sentence each time (minutes' slides: "s: Reliability")."""
    asides = {c.name for c in found if c.style in ("word", "names") and used[c.name] == 1
              and (_LINK_ONLY.fullmatch(c.rest) or (date_alone(c.rest) and c in found[:MAX_BYLINE_LABELS]))}
    rests: dict[str, list[str]] = {}  # each name's words after it, found once for the rules below
    for c in found:
        rests.setdefault(c.name, []).append(c.rest)
    asides |= {n for n, k in used.items() if k >= 2 and all(map(_IDENTIFIER.match, rests.get(n, [""])))}
    asides |= {n for n in used if len(n) == 1 and n.islower() and all(  # minutes' slide headings: "s: Reliability"
        len(rest.split()) <= MAX_HEADING_WORDS and not ends_clause(rest) for rest in rests.get(n, [""]))}
    if not strict and list(used.values()) == [1] and (
            at[name := next(iter(used))] > MIN_PROSE_BEFORE_LABEL
            or any(c.name == name and title_alone(c.rest) for c in found)):
        asides |= set(used)
    return asides


def title_alone(words: str) -> bool:
    """True when ``words`` are a title and nothing more: no closing punctuation, and every word of four letters
    or more capitalised, ``MIN_TITLE_WORDS`` of them at least ("A Large-scale Media Interview Dataset for Dialogue
    Summarization"); a sentence ("Thank you all for coming") is not one."""
    long = [w for w in words.split() if sum(ch.isalpha() for ch in w) >= 4]
    return (len(long) >= MIN_TITLE_WORDS and words.rstrip()[-1:].isalnum()
            and all(w[:1].isupper() for w in long))


def has_label_shape(text: str, styles: tuple[str, ...] = ()) -> bool:
    """True when ``text`` opens with something shaped like a label of any style (of ``styles``), as ``nixo:``; a
    column's CJK name only when asked for (any CJK line with a space may have that shape)."""
    found = candidate(text)
    return found is not None and (found.style in styles if styles else found.style != "column")


def match_label(text: str) -> Label | None:
    """The label that opens ``text`` in the styles every file may use (``Name:``, ``[00:01:05] Name:``,
    ``Name (note):``, ``Speaker 2:``), or None; file conventions need ``learn_grammar``."""
    return _ALWAYS.match(text)


_ALWAYS = LabelGrammar()
