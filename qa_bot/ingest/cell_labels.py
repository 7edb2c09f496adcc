"""Speakers written inside a table's text cells, when the table has no speaker column.

Exports sometimes write the speaker into the text: a label opening nearly
every cell (``spk_0>>>…``, ``Alice: …``), or interview codes inside the
cells, where a row may hold two speakers and a row without one goes on with
the last (``EC: Tell us… HBS: Well, where do I start?``, as oral-history
archives export their segments); or a whole dialogue of labelled lines in
each cell (a dataset of conversations, a row each).
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import replace

from qa_bot.ingest.blocks import block_utterance, split_labeled
from qa_bot.ingest.cues import Cue
from qa_bot.ingest.labels import learn_grammar
from qa_bot.ingest.speakers import Utterance

# A speaker written at the start of a text cell: "spk_0>>>Yes way.", "Alice: Hi." (no speaker column).
_CELL_LABEL = re.compile(r"^(?P<name>[^\W\d][\w.'’\-]*(?: [\w.'’\-]+){0,3}?)\s*(?::|>{2,})\s*(?P<rest>\S.*)$", re.S)
CELL_LABEL_SHARE = 0.8  # of the rows, for labels inside the text cells to count as the file's speakers
# Interview codes inside a cell, at its start or after a sentence: "EC: …", "… prawda? HBS: No tak…".
_CODE_IN_CELL = re.compile(r"(?:^|(?<=[.!?…\"”)]\s))([A-Z]{1,4}):\s")
MIN_CODE_USES, MAX_CELL_CODES, CELL_CODE_SHARE = 3, 6, 0.1
# Another member's words set inside a speech's cell by a scraper of Australian Hansard: their label, an office or
# a courtesy title first, after a sentence ("… the week. The SPEAKER: The Manager of Opposition?Mr Burke: Under…").
_INTERJECTION = re.compile(r"(?:^|(?<=[.?!…—'’\"”)]))\s*(?P<name>(?:The|Mr|Ms|Mrs|Dr) [A-Z][\w'’.-]*"
                           r"(?: [A-Z][\w'’.-]*){0,2}(?: \([^()\n]{1,60}\))?):\s(?=\S)")
# A label in capitals opening a cell or after a sentence inside it ("… players. COACH SULLIVAN: I think…"); a
# surname written as printed ("COACH DeBOER:"), every word with two capitals at least.
_CAPS_IN_CELL = re.compile(r"(?:^|(?<=[.?!…—'’\"”)]))\s*(?P<name>[A-Z][A-Z'’.-]+(?: (?=[\w'’.-]*[A-Z][\w'’.-]*[A-Z])"
                           r"[A-Z][\w'’.-]+){1,3}):\s(?=\S)")
MIN_INTERJECTIONS = 5  # in a file, for labels so written inside its cells to be read as turns
# What datasets of dialogues put between a cell's turns in place of a line break: MathDial's "|EOM|", DailyDialog's
# "__eou__", a model's "[SEP]" or "</s>", a page's "<br>".
_TURN_BREAK = re.compile(r"\s*(?:\|EOM\||__eou__|\[SEP\]|</s>|<br\s*/?>)\s*", re.I)
# A role's label inside a Chinese or Japanese conversation written in one cell ("個管師：這個月還好嗎？民眾：蛤？"): a
# short name and a full-width colon, at the cell's start or after a sentence's end, recurring.
_CJK_LABEL_IN_CELL = re.compile(r"(?:^|(?<=[。？！?!…」』）)]))\s*([\u3400-\u9fff\u3040-\u30ff\uff21-\uff3a]{1,6})："
                                r"(?=\S)")
MIN_CJK_LABEL_USES = 3  # in a table's one-run cells, for such a name to be a label there
MIN_CELL_LABELS, DIALOGUE_CELL_SHARE = 2, 0.5  # labelled lines in a cell, and of the rows, for cells of dialogue
MIN_INTERVIEW_LABELS = 6  # labelled lines in one cell among cells of prose, each label used twice or more
MIN_PARAGRAPH_LABEL_SHARE = 0.2  # of the rows opened by labels, for rows to be a document's paragraphs
MIN_CAPTION_ROWS, MAX_CAPTION_CHARS = 10, 100  # rows, and median characters a row, of a caption track
# of the rows, opened by two recurring labels or more, for timed rows of any length to be cues whose labels go on
MIN_LABELLED_CUE_SHARE = 0.25


def dialogue_cells(utterances: list[Utterance]) -> list[Utterance] | None:
    """A table whose text cells each hold a dialogue of labelled lines ("Doctor: When did your pain begin?" /
    "Patient: Eight years ago.", MTS-Dialog's rows beside their notes' section names) as those lines' utterances,
    cell after cell, by the labels the cells use; None where fewer than half the cells hold ``MIN_CELL_LABELS``
    labelled lines or more, unless, in a table naming no speakers, some cells are interviews among articles
    (``MIN_INTERVIEW_LABELS`` labelled lines or more, each label twice): those cells only. A cell's turns are on
    lines of their own, or apart by a dataset's separator
    (``_TURN_BREAK``: "Teacher: Hi|EOM|Student: Hello"); the words opening a cell before its first label
    (a briefing's introduction) are no one's named."""
    uses = Counter(m.group(1) for u in utterances if "\n" not in u.text.strip()
                   for m in _CJK_LABEL_IN_CELL.finditer(u.text))
    roles = {name for name, n in uses.items() if n >= MIN_CJK_LABEL_USES}
    texts = [_TURN_BREAK.sub("\n", _cjk_turns_apart(u.text, roles)) for u in utterances]
    cells = [[line for line in text.split("\n") if line.strip()] for text in texts]
    if not utterances or sum(len(lines) >= MIN_CELL_LABELS for lines in cells) < DIALOGUE_CELL_SHARE * len(cells):
        return None
    lines = [line for text in texts for line in (*text.split("\n"), "")]
    grammar = learn_grammar(lines)  # the file's own labels too: "Prime Minister May. Well, …" in its paragraphs
    labelled = [[m.name for line in lines if (m := grammar.match(line)) is not None] for lines in cells]
    if sum(len(names) >= MIN_CELL_LABELS for names in labelled) >= DIALOGUE_CELL_SHARE * len(utterances):
        interviews = range(len(texts))
    else:  # a table of articles, a few of them interviews ("1.问：…" / "答：…" in one article's cell of a news feed)
        interviews = [i for i, names in enumerate(labelled) if len(names) >= MIN_INTERVIEW_LABELS and all(
            n >= MIN_CELL_LABELS for n in Counter(names).values()) and len(set(names)) >= MIN_CELL_LABELS]
        if not interviews or any(u.speaker for u in utterances):
            return None
    # a cell at a time: the words opening a cell before its first label are no one's, not the last cell's speaker
    return [utterance for i, text in enumerate(texts) for utterance in (
        [block_utterance(block) for block in split_labeled([*text.split("\n"), ""], grammar)]
        if i in interviews else [utterances[i]])]


def _cjk_turns_apart(text: str, roles: set[str]) -> str:
    """A cell's Chinese or Japanese conversation written in one run, each turn on a line of its own: cut before
    each of the ``roles``, the labels the table's cells use ``MIN_CJK_LABEL_USES`` times or more; other text as
    it was."""
    if "\n" in text.strip() or not roles:
        return text
    return _CJK_LABEL_IN_CELL.sub(lambda m: f"\n{m.group(1)}：" if m.group(1) in roles else m.group(0), text).lstrip()


def caption_cues(utterances: list[Utterance]) -> list[Cue] | None:
    """A table of caption rows without a speaker column (every row timed, a line or two of text each: YouTube
    transcripts exported as text, start, duration) as subtitle cues, read as subtitles are: a label at a change
    of speaker (``DAVID J. MALAN: All right.``) goes on over the rows below it, sound notes are no one's words,
    unnamed speech is cut at pauses. Longer rows are cues too where labels open a good share of them, each
    going on over the rows below (an edit list of a podcast: "Swyx: Hey everyone…", then "you traded…"). None for
    any other table. A row's end is the next row's start if not given."""
    lengths = sorted(len(u.text) for u in utterances)
    if len(utterances) < MIN_CAPTION_ROWS or any(u.start is None for u in utterances):
        return None
    if lengths[len(lengths) // 2] > MAX_CAPTION_CHARS:
        names = Counter(m.group("name") for u in utterances if (m := _CELL_LABEL.match(u.text)))
        recurring = [n for n in names.values() if n >= 2]
        if len(recurring) < 2 or sum(recurring) < MIN_LABELLED_CUE_SHARE * len(utterances):
            return None
    rows = sorted(utterances, key=lambda u: u.start or 0.0)
    ends = [u.end if u.end is not None else max(u.start or 0.0, after.start or 0.0)
            for u, after in zip(rows, [*rows[1:], rows[-1]], strict=True)]
    return [Cue(u.start or 0.0, end, [(None, line) for line in u.text.split("\n")])
            for u, end in zip(rows, ends, strict=True)]


def speakers_in_cells(utterances: list[Utterance]) -> list[Utterance]:
    """The utterances with the speakers their cells name, by opening labels or by codes within; as they were
    when the cells name no one in either way."""
    labelled = _labels_in_cells(utterances)
    if labelled is not utterances:
        return labelled
    coded = _codes_within_cells(utterances)
    return coded if coded is not utterances else _paragraph_rows(utterances) or utterances


def _paragraph_rows(utterances: list[Utterance]) -> list[Utterance] | None:
    """Rows that are a document's paragraphs, a label opening a turn's first only (a debate pasted into a
    spreadsheet, a row a paragraph: "WARREN: Of course I will." over "We have to establish the principle…"),
    read as a text file's paragraphs are, by the labels the file uses: a row without one goes on with the last.
    None where rows are timed or name their speakers, or labels of two recurring names or more open fewer than
    ``MIN_PARAGRAPH_LABEL_SHARE`` of the rows."""
    if any(u.start is not None or u.speaker for u in utterances):
        return None
    lines = [line for u in utterances for line in (*u.text.split("\n"), "")]
    grammar = learn_grammar(lines)
    names = Counter(m.name for u in utterances if (m := grammar.match(u.text)) is not None)
    if sum(n >= 2 for n in names.values()) < 2 or names.total() < MIN_PARAGRAPH_LABEL_SHARE * len(utterances):
        return None
    return [block_utterance(block) for block in split_labeled(lines, grammar)]


def _labels_in_cells(utterances: list[Utterance]) -> list[Utterance]:
    """Speakers from labels that open the text cells, when nearly every row has one and a few names recur.

    Exports without a speaker column sometimes write it into the text
    (``spk_0>>>…``, ``Alice: …``); a name that opens one cell only (``Note:``)
    is no speaker, so it takes most rows and a small cast of recurring names.
    """
    found = [_CELL_LABEL.match(u.text) for u in utterances]
    names = Counter(m.group("name") for m in found if m)
    recurring = {name for name, n in names.items() if n >= 2}
    labelled = sum(n for name, n in names.items() if name in recurring)
    if not recurring or labelled < CELL_LABEL_SHARE * len(utterances) or len(recurring) > max(2, len(utterances) // 3):
        return utterances
    return [
        replace(u, label=m.group("name"), text=m.group("rest").strip()) if m and m.group("name") in recurring else u
        for u, m in zip(utterances, found, strict=True)
    ]


def _codes_within_cells(utterances: list[Utterance]) -> list[Utterance]:
    """Turns from interview codes written inside the text cells, where a row may hold two speakers and a row
    without one goes on with the last (``EC: Tell us… HBS: Well, where do I start?``, as oral-history
    archives export their segments); only codes that recur, a few of them, on a good share of the rows."""
    codes = Counter(m.group(1) for u in utterances for m in _CODE_IN_CELL.finditer(u.text))
    recurring = {code for code, n in codes.items() if n >= MIN_CODE_USES}
    rows = sum(any(m.group(1) in recurring for m in _CODE_IN_CELL.finditer(u.text)) for u in utterances)
    if not recurring or len(recurring) > MAX_CELL_CODES or rows < CELL_CODE_SHARE * len(utterances):
        return utterances
    out: list[Utterance] = []
    speaker: str | None = None
    for u in utterances:
        cuts = [m for m in _CODE_IN_CELL.finditer(u.text) if m.group(1) in recurring]
        for cut, text in _cut(u.text, cuts):
            label = cut.group(1) if cut else speaker
            if text.strip():
                out.append(replace(u, text=text.strip(), label=label, speaker=None if label else u.speaker))
        speaker = cuts[-1].group(1) if cuts else speaker
    return out


def interjections_in_cells(utterances: list[Utterance]) -> list[Utterance]:
    """Rows of a table, each cell cut where another member's label is set inside it
    (``_INTERJECTION``: the chair and interjectors inside a speech, as a scraper of Australian Hansard flattens
    them), each piece that label's turn; or, failing those, where a label in capitals used twice or more opens the
    cell or follows a sentence (``_CAPS_IN_CELL``: a press conference a row, "COACH SULLIVAN: … SIDNEY CROSBY: …",
    beside a column listing who was on the podium). As they were where the file has fewer than
    ``MIN_INTERJECTIONS``."""
    found = [list(_INTERJECTION.finditer(u.text)) for u in utterances]
    if sum(map(len, found)) < MIN_INTERJECTIONS:
        caps = [list(_CAPS_IN_CELL.finditer(u.text)) for u in utterances]
        uses = Counter(m.group("name") for cuts in caps for m in cuts)
        found = [[m for m in cuts if uses[m.group("name")] >= 2] for cuts in caps]
    if sum(map(len, found)) < MIN_INTERJECTIONS:
        return utterances
    return [replace(u, label=cut.group("name"), speaker=None, text=text.strip()) if cut
            else replace(u, text=text.strip())
            for u, cuts in zip(utterances, found, strict=True) for cut, text in _cut(u.text, cuts) if text.strip()]


def _cut(text: str, cuts: list[re.Match[str]]) -> list[tuple[re.Match[str] | None, str]]:
    """``text`` cut at the labels ``cuts`` found in it: the words before the first (no label), then each label
    with the words after it, up to the next."""
    ends = [cut.start() for cut in cuts[1:]] + [len(text)] if cuts else []
    return [(None, text[:cuts[0].start()] if cuts else text),
            *((cut, text[cut.end():end]) for cut, end in zip(cuts, ends, strict=True))]


def words_in_speaker_cells(utterances: list[Utterance]) -> list[Utterance]:
    """Rows whose speaker cell holds a label and words ("Slayton: Okay. Then on …", a scraper's cell cut at a bar
    inside the words): the label names the speaker, and its words open the row's text."""
    out = []
    for u in utterances:
        if (m := _CELL_LABEL.match(u.label or "")) and len(m.group("rest").split()) > 1:
            u = replace(u, label=m.group("name"), text=f"{m.group('rest')} {u.text}")
        out.append(u)
    return out


MAX_REPEAT_SHARE, MIN_TIMED_SHARE = 0.05, 0.9  # of named rows named as the row above; of rows timed (rows are turns)


def written_once(utterances: list[Utterance]) -> list[Utterance]:
    """Rows of a speaker column naming a speaker only where the speaker changes (the first row named, hardly ever
    one name on two rows running): a blank cell goes on with the speaker above. Elsewhere a blank is no one."""
    labels = [u.label for u in utterances]
    repeats = sum(1 for a, b in itertools.pairwise(labels) if a and a == b)
    if not labels or not labels[0] or all(labels) or repeats > MAX_REPEAT_SHARE * sum(map(bool, labels)):
        return utterances
    timed = sum(u.start is not None for u in utterances) >= MIN_TIMED_SHARE * len(utterances)
    out, current = [], labels[0]
    for u in utterances:  # in a table timing every row (a row a turn), a blank is a voice no one named
        current = u.label or current
        out.append(u if u.label or timed else replace(u, label=current, speaker=None))
    return out
