"""Meeting notes in Markdown where a bold name on its own line heads that speaker's bullet points.

    **Stokes**
    * Okay, everyone, today we have consensus layer call 150.

    **Parithosh**
    * Yeah. Maybe just a note on the devnet.

Each name line and the lines under it (bullets, their markers removed, one
per line) form one turn. Sections that are not speech — a heading
(``### Attendees``) or a bold line naming a section (``**Next meeting**``,
``**Action items**``) — end the turn above them and are left out, so a
trailing attendee list is never credited to the last speaker. The header
before the first name gives the title (``# Consensus Layer Call 150``) and
the date (``Meeting Date: 2025/2/6``).

A podcast app's export (Snipd) is read the same way: each snip under its
heading holds a summary, bulleted under a bold line restating the heading
(the snip's title, no speaker: the app's words are no one's), then the
snip's transcript, each turn a quote opening with its speaker in bold
(``<blockquote><b>Name</b>``, the words below).
"""

from __future__ import annotations

import itertools
import re

from qa_bot.errors import IngestError
from qa_bot.ingest.front_matter import front_matter
from qa_bot.ingest.markdown_lines import markup_free
from qa_bot.ingest.metadata import MARKDOWN_HEADING, MARKDOWN_RULE, first_date
from qa_bot.ingest.speakers import Utterance, build_turns
from qa_bot.text import clean_line, find_date
from qa_bot.types import Transcript

FORMAT = "notes"
_NAME_LINE = re.compile(r"^(?:\*\*|__)\s*(?P<name>[^*_\n]{1,60}?)\s*(?::\s*)?(?:\*\*|__)\s*:?$")
_INLINE_LABEL = re.compile(r"^(?:\*\*|__)[^*_\n]{1,60}?:(?:\*\*|__)\s*\S|^(?:\*\*|__)[^*_\n]{1,60}?(?:\*\*|__):\s*\S")
_BULLET = re.compile(r"^\s*(?:[*+\-•]|\d{1,3}[.)])\s+")
_HTML_COMMENT = re.compile(r"<!--.*?-->")
_QUOTED_NAME = re.compile(r"^<blockquote>\s*<(b|strong)>[^<>\n]{1,60}</\1>\s*$", re.I)  # a quote's speaker, words below
_HEADING_TIME = re.compile(r"^\[\d{1,2}(?::\d{2}){1,2}\]\s*")  # a snip's heading, "### [05:38] Changing…"
# Bold lines that head a section of the notes rather than a speaker's words (casefolded, colon dropped).
SECTION_WORDS = frozenset((
    "attendees", "participants", "present", "absent", "apologies", "guests", "action items", "actions",
    "action points", "next steps", "next meeting", "decisions", "agenda", "summary", "notes", "links",
    "resources", "to do", "todo", "follow-ups", "follow ups", "takeaways", "key points", "outcomes",
    "open questions", "questions", "announcements", "recording", "chat", "chat highlights",
))
MIN_SPEAKERS = 2  # name lines followed by bullets it takes to read a file as notes
MIN_QUOTED_TURNS = 3  # or quotes opening with a speaker's name, one name at least recurring


def looks_like_notes(text: str) -> bool:
    """True when at least two bold name lines are each followed by a bullet point (blank lines between allowed),
    and bold labels with the words after them (``**Anne Currie:** AI is…``) do not outnumber them: show notes
    with bulleted link lists over a labelled transcript are a transcript. Or when quotes open with a speaker's
    bold name, some name again and again (a podcast app's snips)."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    quoted = [line for line in lines if _QUOTED_NAME.match(line)]
    if len(quoted) >= MIN_QUOTED_TURNS and len(set(quoted)) < len(quoted):
        return True
    heads = sum(1 for line, after in itertools.pairwise(lines)
                if (m := _NAME_LINE.match(line)) and not _is_section(m.group("name")) and _BULLET.match(after))
    return heads >= MIN_SPEAKERS and heads >= sum(1 for line in lines if _INLINE_LABEL.match(line))


def parse_notes(text: str, transcript_id: str, source: str, default_title: str) -> Transcript:
    """One turn per bold name line and the bullets under it; see the module docstring."""
    header: list[str] = []
    utterances: list[Utterance] = []
    speaker: str | None = None
    lines: list[str] = []
    left_out: list[str] = []

    def flush() -> None:
        body = "\n".join(lines).strip()
        if speaker is not None and body:
            utterances.append(Utterance(body, speaker))
        lines.clear()

    in_section, titled = False, ""
    raws = text.split("\n")
    try:
        front, start = front_matter(raws, source)  # a YAML block's title and date, if it gives them
    except IngestError:  # a rule over the first name ("---" then "**Alice Smith**"), no front matter
        front, start = {}, 0
    for raw in raws[start:]:
        line = clean_line(markup_free(_HTML_COMMENT.sub("", raw)))
        name = _NAME_LINE.match(line)
        heading = MARKDOWN_HEADING.match(line)
        titled = _HEADING_TIME.sub("", clean_line(heading.group(1))).casefold() if heading else titled
        if name and not _is_section(name.group("name")) and clean_line(name.group("name")).casefold() != titled:
            flush()
            speaker, in_section = clean_line(name.group("name")), False
        elif name or heading or MARKDOWN_RULE.match(line):
            if speaker is not None or utterances:
                flush()
                speaker, in_section = None, True
                section = clean_line((name or heading).group(1)) if (name or heading) else "a rule"
                left_out.extend([] if name and section.casefold() == titled else [section])  # a title restated
            elif heading or name:
                header.append(clean_line((name or heading).group(1)))
        elif line and speaker is not None:
            lines.append(_BULLET.sub("", line))
        elif line and not in_section and not utterances:
            header.append(line)
    flush()
    if not utterances:
        raise IngestError(source, "no speaker found (read as meeting notes: expected '**Name**' lines with "
                                  "bullet points under them)")
    title = front["title"] if isinstance(front.get("title"), str) else next((h for h in header if h), None)
    found = next((d for d in map(find_date, [h for h in header if "date" in h.casefold()] + header[:20]) if d), None)
    date, date_source = first_date(("metadata", front.get("date")), ("header", found[0] if found else None))
    transcript = Transcript(transcript_id, title or default_title, date, None, source,
                            build_turns(transcript_id, utterances), FORMAT, date_source)
    sections = [s for s in dict.fromkeys(left_out) if s != "a rule"]
    if sections:
        transcript.warnings.append(f"left out {len(sections)} section(s) that are not speech: {', '.join(sections)}")
    return transcript


def _is_section(name: str) -> bool:
    return clean_line(name).rstrip(":").casefold() in SECTION_WORDS
