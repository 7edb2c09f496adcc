"""Text exports where a line with a speaker and a time heads each turn: Otter, Teams, Zoom, Google Meet and others.

    Jane Smith  0:03                 (Otter, Teams .txt/.docx: the name, spaces, the time)
    Welcome, everyone.

    [Jane Smith] 10:02:33            (Zoom's saved captions; the words may follow on the same line)
    Welcome, everyone.

    Jane Smith (10:02)               (Google Meet and others: the time in parentheses)
    Welcome, everyone.

    **Jane Smith** [0:03] Welcome.   (Markdown from podcast sites: a bold name, the time in brackets or
    **Jane Smith** (0:03)             parentheses, maybe a link, [[0:03](https://…)]; the words on the
    Welcome, everyone.                same line or below; or the time first: 0:00:11.8 **Jane Smith** Hi.)

    Jane Smith                       (Otter without times, podcast pages, ``name_lines``: the name alone, maybe
    Welcome, everyone.                bold or a Markdown heading; read only where a few names head most
                                      paragraphs, each of them twice or more, and not over bullet points)

    [00:10 - 00:12]  Welcome.        (speech-to-text lines naming no one: Unknown speaker, cut at pauses)

    [00:06:17] Jane Smith            (podcast posts: the time, then the name; interview exports write
    [Jane Smith] (0:02 - 0:34)        the name in brackets and the time range; the words below)

    00:00:05 Jane Smith              (Happy Scribe, Trint and Fireflies exports: the words below; read only
    Jane Smith [00:00:12]             where the name is one, capitalised, and some name recurs: "10:02
    Jane Smith - 00:05                Opening remarks" is an agenda's; Substack bolds it: **Jane Smith** · 0:03)
    Jane Smith  10:02 AM             (Slack, Teams and Discord chats copied: a 12-hour clock; a bare "10:04"
    [10:02 AM] Jane Smith             below goes on with the same sender)
    Jane — Today at 10:02 AM
    [00:00.000 --> 00:04.200]  Hello.   (Whisper's own lines, maybe "SPEAKER_00: Hello."; a time alone or before
    0:07 Hello and welcome.           the words names no one: YouTube's copy, Loom; under heads naming people, words)

The lines under a head, up to the next, are that speaker's words (paragraphs kept), its time the turn's start. Names
are taken as written, handles too (Otter's ``Unknown Speaker`` is ``Unknown speaker``); lines before the first head
give the title and date (YAML front matter skipped). WebVTT captions from the same tools are read by ``vtt``.
"""

from __future__ import annotations

import html
import itertools
import re
from collections import Counter

from qa_bot.errors import IngestError
from qa_bot.ingest.front_matter import front_matter
from qa_bot.ingest.labels import has_label_shape, match_label
from qa_bot.ingest.metadata import HTML_ELEMENT, MARKDOWN_HEADING, MAX_HEADER_LINES, first_date, split_intro
from qa_bot.ingest.name_lines import (
    MIN_BARE_HEADS_PER_NAME,
    RULE,
    bare_names,
    name_like,
    names_alone_head,
    offices_joined,
    proper_name,
    unbolded,
    undecorated,
)
from qa_bot.ingest.plain import parse_plain
from qa_bot.ingest.speakers import UNKNOWN_SPEAKER, UNRESOLVED_LABEL, Utterance, line_turns
from qa_bot.text import clean_line, clock_seconds, find_date, join_wrapped, timecode_seconds
from qa_bot.text.lexicon import NON_SPEECH_NOTES, stop_words
from qa_bot.types import Transcript, Turn

FORMAT = "timed text"
# A clock or media time, to the millisecond; chat apps' 12-hour clock ("10:02 AM") in their own heads only.
_TIME = r"(?P<time>\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?)"
_CLOCK12 = r"(?P<time>(?:1[0-2]|0?[1-9]):[0-5]\d\s?[AaPp]\.?[Mm]\.?)"
_END_TIME = r"\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?"
# A name: one to five words, no brackets, colons or sentence punctuation at its end, nor a heading's hashes before
# it ("## 00:00:47" over each turn is a time); or a pseudonym's code ("3j14j0").
_NAME = r"(?P<name>[^\s\[\]():,.!?;\d#][^\[\]():\n]{0,58}?[^\s\[\]():,.!?;\-–·|]|\d+[^\W\d_][^\W_]*)"
_BOLD = r"(?:\*\*|__)"
# A time in brackets or parentheses, maybe a Markdown link to that moment: "[12:04](https://…#t=724)".
_BRACKETED_TIME = rf"\[?[\[(]{_TIME}[\])]\]?(?:\([^()\s]*\))?\]?"  # "[(00:01:05)](https://…&t=65)" too
_REST = r"(?:\s+(?P<rest>\S.*))?"
# A heading's hashes before a bold name and a time
_TIMED_HEADING = re.compile(rf"^#{{1,6}}\s+(?={_BOLD}[^*_\n]{{1,60}}{_BOLD}\s*\[?[\[(]\d)")
_BOLD_HEAD = re.compile(rf"^{_BOLD}(?P<inner>{_END_TIME}\s[^*_\n]+){_BOLD}$")
# Zoom's saved captions: the display name as the user typed it (a student number first, pronouns, a school after it)
_ZOOM_HEAD = re.compile(rf"^\[(?P<name>[^\s\[\]:][^\[\]:\n]{{0,118}}?)\]\s*{_TIME}(?:\s+(?P<rest>\S.*))?$")
MAX_DISPLAY_NAME_WORDS = 12
_HEADS = (
    re.compile(rf"^{_NAME}\s+[-–—]\s+(?:Today at|Yesterday at|\d{{1,2}}/\d{{1,2}}/\d{{2,4}})\s+{_CLOCK12}$"),  # Discord
    re.compile(rf"^{_BOLD}{_NAME}:?{_BOLD}:?\s*{_BRACKETED_TIME}:?{_REST}$"),  # Markdown: **Name** [1:02]
    re.compile(rf"^{_BOLD}{_NAME}\s*{_BRACKETED_TIME}:?{_BOLD}:?{_REST}$"),  # Markdown: **Name (1:02)**
    # 0:00:11.8 **Name** words; in bold, a handle may hold brackets: [00:23] **qx()**: words
    re.compile(rf"^[\[(]?{_TIME}[\])]?\s+{_BOLD}(?P<name>[^*_\s][^*_\n]{{0,40}}?):?{_BOLD}:?{_REST}$"),
    # Otter, Teams ("Name | 13:59" too); Fireflies pasted, "Theo @thhck: 06:18" (never "BY MR. X:"); a Slack archive's
    # "**dune73** 19:30:28 UTC", "↳ **fzipitria** 20:19:43 UTC" (a thread's reply)
    re.compile(rf"^(?:↳\s*)?{_NAME}\s+(?:\|\s+)?{_TIME}(?:\s(?:UTC|GMT))?$"),
    # "Theo @thhck: 06:18", not a record's "Start: 00:00:07.000" field nor a length ("Dauer der Aufnahme: 53:57")
    re.compile(rf"^(?=[^:\n]*[^\W\d_A-Z])(?!(?i:start|end|begin|stop|time|timestamp)\s*:|(?i:dauer|duration|length|"
               rf"länge|laufzeit|runtime|durée|duración|duração|durata)\b)"
               rf"(?P<name>[^\W\d_][^\[\]:\n]{{0,58}}?[^\s\[\]:,.!?;\-–·|]): ?{_TIME}$"),
    re.compile(rf"^{_TIME}\s*\[{_NAME}\]$"),  # a podcast page: 00:04:50[AH] (the full name at a first turn)
    _ZOOM_HEAD,
    re.compile(rf"^\[{_NAME}\]\s*\({_TIME}\s*[-–]\s*\d{{1,2}}:\d{{2}}(?::\d{{2}})?\)$"),  # [Chercheur] (0:02 - 0:34)
    re.compile(rf"^{_NAME}\s*\({_TIME}\)$"),  # Google Meet ("Name (10:02):" with a colon is a plain label)
    re.compile(rf"^#{{1,6}}\s+{_NAME}\s+\(\d{{4}}-\d\d-\d\dT{_TIME}\d*Z?\)$"),  # Granola: "### You (2025-10-29T17:31Z)"
    # a time range, maybe a note: Factba.se's "Name 00:00:14-00:00:41 (27 sec)", "Sh V Srikanth 00:00:01 – 00:09:45 (…)"
    re.compile(rf"^(?!#){_NAME}\s+{_TIME}\s*[-–]\s*{_END_TIME}(?:\s+\([^()\n]{{1,60}}\))?$"),  # not "### 0:00 - 0:10"
)
# Heads that agendas share ("10:02 Opening remarks"): read only when the name is one (``name_lines.name_like``)
_NAME_HEADS = (
    re.compile(rf"^\[{_TIME}\]\s+{_NAME}$"),  # podcast posts: [00:06:17] Mann, the words below
    # Happy Scribe: 00:00:05 Jane Smith (8:40 AM: a clock); a debate's page: **0:01:12 MODERATOR (TOM)**, a note kept
    re.compile(rf"^{_TIME}\s+(?![AaPp]\.?[Mm]\.?$){_NAME}(?P<note>\s\([^()\n]{{1,40}}\))?$"),
    # note takers: "@0:25 - Jane Smith (e-mail)", Fathom's "5:12 - Christina Bowen (SocialRoots)"
    re.compile(rf"^@?{_TIME}\s+[-–]\s+{_NAME}(?:\s+\([^()\n]{{1,60}}\))?$"),
    re.compile(rf"^{_NAME}\s*\[{_TIME}\]:?{_REST}$"),  # Trint: Jane Smith [00:00:12], the words below or after
    re.compile(rf"^{_TIME}\s+\({_NAME}\){_REST}$"),  # a report's table of excerpts: "0:18:13.4 (P2) I think we can…"
    re.compile(rf"^{_NAME}\s+[-–·|]\s+{_TIME}$"),  # Fireflies: Jane Smith - 00:05
    # a saved podcast page, "Jane Smith [(00:01:05)](link) words"; a meeting's, "Jane Smith (Chair)  [2:21](link)"
    re.compile(rf"^{_NAME}(?P<note>\s\([^()\n]{{1,40}}\))?\s+{_BRACKETED_TIME}{_REST}$"),
    re.compile(rf"^{_NAME}\s+{_CLOCK12}$"),  # Slack: Jane Smith  10:02 AM
    re.compile(rf"^\[{_CLOCK12}\]\s+{_NAME}$"),  # Teams chat: [10:02 AM] Jane Smith
    # a generated page's heading: "### 🔵 Speaker 1 &nbsp;•&nbsp; `00:00 – 00:11`" (a colour for each speaker)
    re.compile(rf"^#{{1,6}}\s+(?:[^\w\s#*`]{{1,3}}\s+)?{_NAME}\s+[•·|]\s+`?{_TIME}(?:\s*[–-]\s*{_END_TIME})?`?$"),
)
# A time alone as a list item, maybe a link to that moment: Glasp's copies of YouTube's transcript, "- ([00:02](…)) …".
_LINKED_TIME = re.compile(r"^(?:[-*+•]\s+)?\(?\[(\d{1,2}:\d{2}(?::\d{2})?)\]\([^()\s]*\)\)?")
_BULLETED_TIME = re.compile(r"^[-*+•]\s+(?=[\[(]?\d{1,2}:\d{2})")
_BRACKETED = re.compile(r"^\*\*[\[(]\d")  # a time in bold brackets opening a line: a tool's stamp, not words
# words after it; a range's end dropped: "**[00:01:17 - 00:01:33]** words" under a WhisperX page's speaker heading
_BOLD_TIME = re.compile(rf"^\*\*([\[(]?{_END_TIME})(?:\s*[-–]\s*{_END_TIME})?([\])]?)\*\*(?=\s+\S)")
_SPEAKER_ALONE = re.compile(r"(?:(?i:speaker|spk|sprecher(?:in)?|locutor[a]?|intervenant)[ _]?(?:[A-Z]|\d{1,3})|"
                            r"[a-z]{1,4}_?\d{1,5}):?")  # a diarised id: "Speaker A", NeMo's "sp3000:" (a reader's)
# A time alone or before words names no one (YouTube's transcript, Loom, a chat's "10:04"): the last head's goes on
_TIME_ONLY = re.compile(rf"^[\[(]?(?P<clock>{_CLOCK12.replace('?P<time>', '?:')}|{_TIME})[\])]?(?:\s+(?P<rest>\S.*))?$")
# A time range alone, the name below (old Teams' "0:0:4.500 --> 0:0:9.0") or a diarised id after it ("[spk_0]")
_CODE = r"\d{1,2}[:;]\d{1,2}[:;][\d.,:;]+"
_RANGE_ALONE = re.compile(rf"^[\[(]?(?P<time>{_CODE})\s*(?:-->|[-–])\s*{_CODE}[\])]?(?:\s+\[(?=[^\]]*\d){_NAME}\])?$")
# A subtitle cue's number and timing on one line, as code in a Markdown page: "`1 00:00:00,000 --> 00:00:08,660`".
_CUE_HEAD = re.compile(r"^`(?:\d+\s+)?(\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}\s*-->\s*\d{1,2}:\d{2}:\d{2}[,.]\d{1,3})`$")
# A mission's elapsed time, hours minutes seconds apart, maybe a range, then who spoke (Apollo's loop transcripts).
_MISSION_TIME = r"\d{1,3} [0-5]\d [0-5]\d"
_MISSION_HEAD = re.compile(rf"^\[(?P<h>\d{{1,3}}) (?P<m>[0-5]\d) (?P<s>[0-5]\d)(?: - {_MISSION_TIME})?\]\s+{_NAME}$")
_SECONDS_RANGE = re.compile(r"^\[\s*(?:(?P<time>\d+(?:\.\d+)?)\s*(?:→|-->)\s*\d+(?:\.\d+)?|(?P<s>\d+\.\d+)s\s*[-–]\s*"
                            r"\d+\.\d+s)\]\s*(?P<rest>\S.*)$")  # "[9.54 → 16.34]", NeMo's "[  0.03s -   2.06s]"
# Speech-to-text lines with a time range: no name ("[00:10 - 00:12] words"), or a label ("[…] SPEAKER_00: words").
_RANGE = re.compile(rf"^\[{_TIME}\s*(?:-->|[-–])\s*{_END_TIME}\]\s+(?P<rest>\S.*)$")
_ITALIC_LINE = re.compile(r"^([*_])(?P<inner>[^*_\s](?:[^*_]*[^*_\s])?)\1$")  # a whole line in single emphasis
_CHAT_NICK = re.compile(r"<([^<>\s][^<>\n]{0,39})>\s+(?=\S)")  # after a time, a chat's nick, spaces and all
_TOOL_NOTE = re.compile(r"^(?:No (?:StressLens|Signal(?: \([\d.]+\))?)|user avatar)$")  # Factba.se's notes; an image
# A name over a recording's stretch, seconds at both ends (not an agenda's): may be a file's one head (see below)
_RECORDED_RANGE = re.compile(rf"^(?!#){_NAME}\s+\d{{1,2}}:\d{{2}}:\d{{2}}\s*[-–]\s*\d{{1,2}}:\d{{2}}:\d{{2}}\b")
# A meeting tool's user name alone under a time ("cardonadaniel1", "kc.argente@example.com"): one word holding a
# letter and a digit, "@", "." or "_" (not "2024", nor a reply such as "exactly")
_HANDLE_NAME = re.compile(r"(?=\S*[\d@._])(?=\S*[^\W\d_])[^\W_][\w.\-@+]{2,59}")
MIN_HEADER_LABELS = 5  # labels among the lines before the first head: past these and ``MAX_HEADER_LINES``, no header
MAX_NAME_WORDS, MIN_HEADS, MIN_NAMED_HEADS = 5, 2, 3  # the last: named heads, one name recurring (not an agenda's)
MAX_LABEL_CHARS = 45  # a colon this near the start of a timed line's words ends a label of some shape


def match_head(line: str, names: frozenset[str] = frozenset()) -> tuple[str, float | None, str] | None:
    """``(name, start seconds, words on the same line)`` for a head line, else None; a line that is one of
    ``names`` (the file's names alone on their lines, ``bare_names``) is a head without a time, and a time
    range before words (``[00:10 - 00:12] words``, no name) a head of ``Unknown speaker``. A time alone, or
    before words, is a head naming no one (name ``""``; see ``_file_heads`` for files whose heads name people)."""
    line = clean_line(line if line.lstrip().startswith("#") else HTML_ELEMENT.sub("", line))  # a time in brackets,
    # "[<a id="00-02-09">00:02:09</a>]"; a heading's linked time, "### Dask in action (<a …>15:14</a>)", is a chapter's
    if line in names:
        return undecorated(line), None, ""
    line = html.unescape(line) if "&" in line else line  # "&nbsp;•&nbsp;" between a name and its time
    if names and (label := match_label(line)) is not None and label.rest and f"{label.written}:" in names:
        return undecorated(f"{label.written}:"), label.start, label.rest  # "Finansministeren (…):Jeg tror…", glued
    line = _ITALIC_LINE.sub(r"\g<inner>", line)  # "*Luke Canfield (00:00)*": a podcast page's head in italics
    line = _BOLD_HEAD.sub(r"\g<inner>", line)  # "**0:01:12 MODERATOR (TOM)**": a time and a name in one bold
    line = _TIMED_HEADING.sub("", line)  # "##### **Chenyu** [[00:00:16](…&t=16)]": a heading naming the speaker
    line = _CUE_HEAD.sub(r"\1", line)  # "`1 00:00:00,000 --> 00:00:08,660`": a subtitle's cue set in a page
    if (m := _RANGE_ALONE.match(line)) and (start := timecode_seconds(m.group("time"))) is not None:
        return m.group("name") or "", start, ""
    if (m := _MISSION_HEAD.match(line)) and name_like(m.group("name")):  # "[55 46 55 - 55 47 07] FLIGHT"
        return m.group("name"), int(m.group("h")) * 3600 + int(m.group("m")) * 60 + int(m.group("s")), ""
    m = _RANGE.match(line)
    start = clock_seconds(m.group("time")) if m else None
    if m is None and (m := _SECONDS_RANGE.match(line)):  # "[9.54 → 16.34] words": seconds, as some Whisper tools print
        start = float(m.group("time") or m.group("s"))
    if m and start is not None:
        rest, label = m.group("rest"), match_label(m.group("rest"))
        if label and (label.style in ("numbered", "caps", "names") or not label.rest.strip()):  # not "Remember: …"
            return label.name, start, label.rest
        if _SPEAKER_ALONE.fullmatch(rest):  # "[00:03 - 00:07] Speaker A", the words below
            return rest.removesuffix(":"), start, ""
        return UNKNOWN_SPEAKER, start, rest
    for pattern in (*_HEADS, *_NAME_HEADS):
        m = pattern.match(line)
        if m and pattern in _NAME_HEADS and (not name_like(n := m.group("name").strip("*_")) or n.casefold() in
                                             NON_SPEECH_NOTES):  # "**Jane** · 0:03" too; "0:07 (Laughter)" no one's
            continue
        if m and len(m.group("name").split()) <= (MAX_DISPLAY_NAME_WORDS if pattern is _ZOOM_HEAD else MAX_NAME_WORDS):
            start = clock_seconds(m.group("time"))
            if start is not None:
                rest, note = m.groupdict().get("rest") or "", m.groupdict().get("note") or ""
                return clean_line(m.group("name").strip("*_") + note), start, rest
    line = _BULLETED_TIME.sub("", _LINKED_TIME.sub(r"[\1]", line, count=1), count=1)  # "- ([00:02](…)) words"
    line = _BOLD_TIME.sub(r"\1\2", line, count=1)  # "**[00:13]** words": the bold around the time
    m = _TIME_ONLY.match(line)
    rest = m.group("rest") or "" if m else ""
    rest = rest[2:].lstrip() if rest.startswith(">>") and not has_label_shape(rest[2:].lstrip()) else rest  # ">> Oh."
    labelled = has_label_shape(unbolded(rest)) or ": " in rest[:MAX_LABEL_CHARS]  # "**qx()**: text"
    if m and (start := clock_seconds(m.group("clock"))) is not None:
        if (nick := _CHAT_NICK.match(rest)) and nick.group(1).casefold() not in NON_SPEECH_NOTES:
            return nick.group(1), start, rest[nick.end():]  # a chat pasted into minutes: [10:46:17] <Vicky Risk_web_1>
        if not labelled:
            return "", start, rest  # no name: the speaker goes on (see parse_timed_text)
    return None


def _heads_under_name(line: str) -> tuple[str, float | None, str] | None:
    """``match_head`` for the line under a name alone: a time before words, naming no one, is that name's words
    (``**[00:01:17 - 00:01:33]** words`` under ``## Speaker_SPEAKER_06``, a WhisperX page), not a head."""
    head = match_head(line)
    return None if head and not head[0] and head[2] else head


def _labelled_part(header: list[str], transcript_id: str, source: str) -> list[Turn]:
    """The turns of the lines before the first head, read by their labels, where they are a part of the document
    with speakers of its own (IETF minutes, ``Willem: Goal is…`` among their notes, over the session's chat), not a
    header: many lines, some labelled. Empty for a header."""
    if (sum(map(bool, header)) <= MAX_HEADER_LINES
            or sum(has_label_shape(line.strip()) for line in header) < MIN_HEADER_LABELS):
        return []
    try:
        return parse_plain("\n".join(header), transcript_id, source, source).turns
    except IngestError:
        return []


def looks_like_timed_text(text: str) -> bool:
    """True when two head lines or more, each over words, open most paragraphs, or name each speaker five times and
    more (turns of many paragraphs). A paragraph ending with a time ("We met at 10:30") has no words under it."""
    lines = _time_over_label([clean_line(line) for line in offices_joined(text.split("\n"))])
    found = _file_heads(lines)
    heads = paragraphs = 0
    people: Counter[str] = Counter()
    for i, (line, head) in enumerate(zip(lines, found, strict=True)):
        if not line:
            continue
        if i == 0 or not lines[i - 1]:
            paragraphs += 1
        below = next((x for x in lines[i + 1:i + 3] if x), "")
        if head and not head[0] and has_label_shape(below):
            continue  # "00:05:00", "10:02 Opening remarks" over "Jane: …": a section's time; the labels speak
        if head and (head[2] or any(found[j] is None for j in range(i + 1, min(i + 3, len(lines))) if lines[j])):
            heads += 1
            people[head[0]] += bool(head[0])
    if sum(people.values()) >= MIN_NAMED_HEADS and max(people.values()) < 2:
        return bool(bare_names(lines, _heads_under_name))  # "09:00 Welcome", "09:20 Budget review": an agenda's
    if not sum(people.values()) and sum(map(_timed_label, lines)) >= MIN_HEADS:
        return bool(bare_names(lines, _heads_under_name))  # "(0:02) **Ana:** Hola." over "(0:08) y…": timed labels
    many = bool(people) and sum(people.values()) >= MIN_BARE_HEADS_PER_NAME * len(people)  # turns of many paragraphs
    # one speaker's words under one name and a recording's stretch: "Sh V Srikanth 00:00:01 – 00:09:45 (Group …)"
    one = len(people) == heads == 1 and proper_name(next(iter(people)), text) and any(map(_RECORDED_RANGE.match, lines))
    return ((heads >= MIN_HEADS and (heads * 3 >= paragraphs or many)) or one
            or names_alone_head(lines, _heads_under_name))


def _file_heads(lines: list[str], names: frozenset[str] = frozenset()) -> list[tuple[str, float | None, str] | None]:
    """Each cleaned line's head (``match_head``), or None; in a file whose heads name people, a time before
    words ("2:30 works for me") is part of the words, not a head, unless in bold brackets (the words' own time)."""
    heads = [match_head(line, names) if line else None for line in lines]
    filled = [i for i, line in enumerate(lines) if line]
    # "[00:00:29] PTC陶瓷快速導熱" right over "[00:00:31] 啓動…" is a line of speech-to-text, not a name over its words
    for i, j in itertools.pairwise(filled):
        head, below = heads[i], heads[j]
        if head and head[0] and head[1] is not None and not head[2] and below and below[1] is not None \
                and (m := _TIME_ONLY.match(lines[i])) and m.group("rest"):
            heads[i] = ("", head[1], m.group("rest"))
    pairs = _names_by_times(lines, heads)
    named = Counter(lines[n] for n, _ in pairs)
    if len(pairs) >= MIN_HEADS and len(named) >= 2 and max(named.values()) >= 2:
        for n, t in pairs:
            heads[n] = (lines[n], heads[t][1], "")
    if any(head and head[0] for head in heads):  # a bracketed time ("**[00:01:17 - 00:01:33]** words") stays one
        heads = [None if head and not head[0] and head[2] and not _BRACKETED.match(line) else head
                 for line, head in zip(lines, heads, strict=True)]
    return heads


def _time_over_label(lines: list[str]) -> list[str]:
    """``lines`` with a time alone joined to a bracketed or bold name opening the next line, when together they
    make a named head: a page's time link over its bold label ("00:17:07.000" over "**[Ethan Nadelmann]** I
    crossed…"), which extraction set on lines of their own."""
    out = list(lines)
    filled = [i for i, line in enumerate(out) if line]
    for i, j in itertools.pairwise(filled):
        if out[i] and out[j].startswith(("[", "**", "__")) and _time_alone(match_head(out[i])) \
                and (head := match_head(f"{out[i]} {out[j]}")) and head[0]:
            out[i], out[j] = f"{out[i]} {out[j]}", ""
    return out


def _timed_label(line: str) -> bool:
    """A time, then a label and words: ``(0:02) **Ana:** Hola.``, ``[10:02] Maria: hi``, ``**[00:01:26]** K: I…``."""
    rest = m.group("rest") if (m := _TIME_ONLY.match(unbolded(line))) else None
    return bool(rest) and has_label_shape(unbolded(rest))


def _names_by_times(lines: list[str], heads: list[tuple[str, float | None, str] | None]) -> list[tuple[int, int]]:
    """``(name line, time line)`` pairs: a name alone just over a time alone (Zoom's recording page copied:
    "John Rachlin" over "00:00:01") or just under one with words below (old Teams, Premiere: the time range,
    then "Jane Smith", then the words)."""
    def name_at(i: int, handle: bool = False) -> bool:
        return 0 <= i < len(lines) and heads[i] is None and bool(lines[i]) and (
            name_like(lines[i]) or (handle and bool(_HANDLE_NAME.fullmatch(lines[i])))) \
            and lines[i].split()[0].casefold() not in stop_words()

    pairs = []
    for i, head in enumerate(heads):
        if not _time_alone(head):
            continue
        if name_at(i - 1):
            pairs.append((i - 1, i))
        elif name_at(i + 1, handle=True) and i + 2 < len(lines) and lines[i + 2] and heads[i + 2] is None:
            pairs.append((i + 1, i))
    handles = Counter(lines[i] for i, _ in pairs if not name_like(lines[i]))  # a user name counts once it recurs
    return [(i, j) for i, j in pairs if handles[lines[i]] != 1]


def _named_again(line: str, spoken: set[str]) -> tuple[str, float | None, str] | None:
    """A head without a time naming one whom the file's heads name: a name alone ("MF" over more words), in bold
    ("**LT. GOV. EARLE-SEARS**") or a bold label before words (a debate page's short reply); else None."""
    if line in spoken:
        return line, None, ""
    if not line.startswith(("**", "__")):
        return None
    if (name := undecorated(line)) in spoken:
        return name, None, ""
    label = match_label(unbolded(line))
    return (label.written, None, label.rest) if label and label.rest and label.written in spoken else None


def _time_alone(head: tuple[str, float | None, str] | None) -> bool:
    return head is not None and not head[0] and not head[2] and head[1] is not None


def parse_timed_text(text: str, transcript_id: str, source: str, default_title: str) -> Transcript:
    """One turn per head line and the words under it; see the module docstring."""
    header: list[str] = []
    utterances: list[Utterance] = []
    current: tuple[str, float | None] | None = None
    paragraphs: list[list[str]] = []

    def flush() -> None:
        body = "\n\n".join(join_wrapped(p) for p in paragraphs if p)
        if current is not None and body:
            name, start = current
            unknown = bool(UNRESOLVED_LABEL.match(name))
            utterances.append(Utterance(body, None if unknown else name, UNKNOWN_SPEAKER if unknown else None, start))
        paragraphs.clear()

    lines = text.split("\n")
    front, body_start = front_matter(lines, source)  # YAML front matter: its title and date, if it gives them
    lines = offices_joined(lines[body_start:])
    names = bare_names(lines, _heads_under_name)
    # a "---" rule parts turns; Zoom's recording page, copied, puts "user avatar" between them
    cleaned = _time_over_label(["" if RULE.match(line) or _TOOL_NOTE.match(line) else line
                                for line in map(clean_line, lines)])
    heads = _file_heads(cleaned, names)
    spoken = {head[0] for head in heads if head and head[0]}
    for line, head in zip(cleaned, heads, strict=True):
        head = head or _named_again(line, spoken)
        if head and not head[0] and current is not None and current[0] != UNKNOWN_SPEAKER:
            if current[1] is None and not any(paragraphs):  # a name alone over its first timed words: their time
                current = (current[0], head[1])
            paragraphs.extend([[head[2]]] if head[2] else [])  # "**[00:01:17 - …]** words": their words go on
            continue  # a bare time under a named head (a chat copy's "10:04"): the same sender goes on
        if head:
            flush()
            current = (head[0] or UNKNOWN_SPEAKER, head[1])
            paragraphs.append([head[2]] if head[2] else [])
        elif current is None:
            header.append(line)
        elif not line:
            paragraphs.append([])
        else:
            if not paragraphs:
                paragraphs.append([])
            paragraphs[-1].append(line)
    flush()
    if not utterances:
        raise IngestError(source, "no turns found (read as timed text: expected 'Name  0:03' or '[Name] 10:02:33' "
                                  "lines with the words under them)")
    if earlier := _labelled_part(header, transcript_id, source):  # minutes over a chat pasted under them
        utterances[:0] = [Utterance(turn.text, turn.label, None if turn.label else turn.speaker) for turn in earlier]
        header = [line for line in header[:MAX_HEADER_LINES] if line]
    else:
        header, intro = split_intro(header)
        utterances[:0] = [Utterance(intro, None, UNKNOWN_SPEAKER)] if intro else []
    heading = MARKDOWN_HEADING.match(header[0]) if header else None
    title = heading.group(1) if heading else header[0] if header and len(header[0]) <= 200 else None
    named = front.get("title")
    date, date_source = first_date(("metadata", front.get("date")),
                                   ("header", next((d[0] for d in map(find_date, header[:10]) if d), None)))
    return Transcript(transcript_id, clean_line(named) if isinstance(named, str) and named.strip() else title or
                      default_title, date, None, source, line_turns(transcript_id, utterances), FORMAT, date_source)
