"""Speaker blocks: running text grouped into the turns its labels open, under the file's own label grammar."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from qa_bot.ingest.labels import QUESTION_SPEAKER, Label, LabelGrammar, learn_grammar, match_label
from qa_bot.ingest.speakers import UNKNOWN_SPEAKER, Utterance
from qa_bot.text import clean_line, ends_clause, join_wrapped, paragraph_a_line
from qa_bot.text.lexicon import QUESTION_MARKERS

MIN_LEAD_INS = 3  # unlabelled lines just over labelled ones, for them to be someone else's words (an interviewer's)
_INDENT = re.compile(r"^(?: {2,8}|\t)(?=\S)")  # a paragraph's first line, set in as typewritten records do
_LIST_ITEM = re.compile(r"^\s*(?:[-*+•]|\d{1,3}[.)])\s")  # a list's nested item, set in too
MIN_INDENTED_PARAGRAPHS = 10  # set-in lines that wrap onto flush lines, for set-in lines to mark paragraphs
MIN_INDENTED_SHARE = 0.6  # of a file's set-in lines, those that wrap so


@dataclass
class LabeledBlock:
    """A run of paragraphs that starts with a speaker label (or has none)."""

    label: Label | None
    paragraphs: list[str]

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)


def split_labeled(lines: Sequence[str], grammar: LabelGrammar | None = None) -> list[LabeledBlock]:
    """Group lines into speaker blocks under ``grammar`` (by default the one ``lines`` themselves use).

    A paragraph (lines up to a blank line) that starts with a label opens a
    new block, and so does a line inside a paragraph; other paragraphs continue
    the current one. Text before the first label forms a block with
    ``label=None``. Lines inside one paragraph are joined with a space,
    paragraphs with a blank line. Where the file puts unlabelled lines just over
    its labelled ones, time and again, and labels one person only (an
    interview's questions over ``RM:`` answers, ``MIN_LEAD_INS`` times or more),
    those lines are no one's named, not the previous speaker's.
    """
    grammar = grammar or learn_grammar(lines)
    blocks: list[LabeledBlock] = []
    paragraph: list[str] = []
    asks = _lead_ins(lines, grammar) >= MIN_LEAD_INS

    def flush(before_label: bool = False) -> None:
        if not paragraph:
            return
        para = join_wrapped(paragraph)
        paragraph.clear()
        label = grammar.match(para)
        if label:
            blocks.append(LabeledBlock(label, [label.rest] if label.rest else []))
        elif blocks and not (asks and before_label):
            blocks[-1].paragraphs.append(para)
        else:
            blocks.append(LabeledBlock(None, [para]))

    whole = paragraph_a_line(list(lines))  # each line its own paragraph, a hearing's "Senator Shelby." opening one
    for raw in lines:
        line = clean_line(raw)
        if not line or whole:
            flush()
        elif paragraph and not _inside_aside(paragraph) and grammar.opens_turn(
                line, after_label=grammar.match(paragraph[0]) is not None):
            flush(before_label=True)
        if line:
            paragraph.append(line)
    flush()
    return [b for b in blocks if b.paragraphs]


def labelled_count(lines: Sequence[str]) -> int:
    """How many of ``lines`` open with a speaker's label in the convention they use together (``GA: …``,
    ``病人：…``): what tells turns inside cells or paragraphs from a table's cells or a document's headings."""
    grammar = learn_grammar(lines)
    return sum(grammar.match(line) is not None for line in lines)


def indented_paragraphs(lines: Sequence[str]) -> list[str]:
    """``lines`` with each paragraph on one line and a blank line after it, where the file marks paragraphs by
    setting their first line in and wrapping the rest flush left, blank lines or none (the GPO's hearings: "    Mr.
    Cox. Thank you…" over flush lines). A wrapped line that happens to open with a label's shape ("Chairman
    Bernanke. And Chairman Cox, I hope…") then continues its paragraph; a flush ``Name:`` label opens its own.
    Other files come back as they are."""
    indented = [i for i, line in enumerate(lines) if _INDENT.match(line) and not _LIST_ITEM.match(line)]
    wraps = sum(1 for i in indented if i + 1 < len(lines) and lines[i + 1].strip() and not lines[i + 1][:1].isspace()
                and not ends_clause(lines[i]))  # a set-in line that wraps stops mid-sentence: "Let me" over "once…"
    if wraps < MIN_INDENTED_PARAGRAPHS or wraps < MIN_INDENTED_SHARE * len(indented):
        return list(lines)
    out: list[str] = []
    paragraph: list[str] = []
    for line in lines:
        if paragraph and line.strip() and not line[:1].isspace() and match_label(clean_line(line)) is None:
            paragraph.append(clean_line(line))
            continue
        if paragraph:
            out += [join_wrapped(paragraph), ""]
            paragraph = []
        if _INDENT.match(line):
            paragraph = [clean_line(line)]
        else:
            out.append(line)
    return out + ([join_wrapped(paragraph), ""] if paragraph else [])


def _inside_aside(paragraph: list[str]) -> bool:
    """Whether a paragraph's lines so far are inside a parenthesis it opened: a record's interjections, where a
    line opening "Axel Schäfer [SPD]: Sie haben …" quotes a heckler inside (Beifall – … !) and starts no turn."""
    if not paragraph[0].startswith("("):  # checked first: a paragraph may run to thousands of lines
        return False
    return sum(line.count("(") - line.count(")") for line in paragraph) > 0


def _lead_ins(lines: Sequence[str], grammar: LabelGrammar) -> int:
    """Paragraphs that open unlabelled and go on with a labelled line (a question, then ``RM: answer``), in a
    file whose labels all name one person (only the interviewee is labelled) and over half of them so; else 0."""
    count, opening, names = 0, None, Counter[str]()
    for raw in lines:
        line = clean_line(raw)
        label = grammar.match(line) if line else None
        if label is not None:
            names[label.name] += 1
        if not line:
            opening = None
        elif opening is None:
            opening = label is not None
        elif not opening and label is not None:
            count, opening = count + 1, True
    return count if len(+names) == 1 and count * 2 > names.total() else 0


# Labels that name no one but mark a question (``**Question**:`` in a lecture's notes, ``Q:``), in a few languages.
ASKING_LABELS = frozenset((*QUESTION_MARKERS, "audience question", "вопрос"))


_ANSWER_OPENING = re.compile(r"^(?:yes|yeah|yep|no|nope|sure|absolutely|exactly|great question|good question|sí|ja|"
                             r"nein|oui|non|sim|não)\b", re.I)  # "Nope. As you can see, …?" answers, whatever it asks


def answered_apart(blocks: list[LabeledBlock]) -> list[LabeledBlock]:
    """``blocks`` with a question's block cut where the answer starts, at the first paragraph asking nothing (or
    opening as an answer: "Nope. …") after one that asks (holds a "?"): the paragraphs from there are the unnamed
    answerer's, no one's, not the asker's (a lecture's notes label the class's questions only). A question running
    over several paragraphs stays whole."""
    out: list[LabeledBlock] = []
    for block in blocks:
        label, paragraphs = block.label, block.paragraphs
        asking = label is not None and (label.style == "question" or label.name.casefold() in ASKING_LABELS)
        cut = next((i for i in range(1, len(paragraphs)) if "?" in paragraphs[i - 1]
                    and ("?" not in paragraphs[i] or _ANSWER_OPENING.match(paragraphs[i]))), None) if asking else None
        if cut is None:
            out.append(block)
            continue
        out += [LabeledBlock(label, paragraphs[:cut]), LabeledBlock(Label("", "", "", None, "aside"), paragraphs[cut:])]
    return out


def block_utterance(block: LabeledBlock, speaker: str | None = None) -> Utterance:
    """The utterance of a block: its label's name; ``Unknown speaker`` after a bare ``>>``, for an observer's
    note (``[Notes]:``) or for an aside (``Break: [19:20]``, the words kept whole); ``Question`` for a
    ``Q`` line (both marked, the name inferred); ``speaker`` (e.g. from the title) for a block without a label."""
    label = block.label
    if label is None:
        return Utterance(block.text, speaker=speaker)
    if label.style == "aside":
        return Utterance(block.text, speaker=UNKNOWN_SPEAKER)
    if label.style in ("chevron", "note"):
        return Utterance(block.text, speaker=UNKNOWN_SPEAKER, start=label.start, mark=label.written)
    if label.style == "question":
        return Utterance(block.text, speaker=QUESTION_SPEAKER, start=label.start, mark=label.written)
    return Utterance(block.text, label.written, start=label.start)
