"""A transcript's body line as the words it holds (``plain``): emphasis and the time marks of transcription
software taken out; in Markdown, quote markers, escapes, inline HTML and links too, structure lines blank. And a
Markdown pipe table's rows (``documents`` reads a page that is one as a table)."""

from __future__ import annotations

import html
import re
from collections import Counter

from qa_bot.ingest.chat_log import ZOOM_MESSAGE
from qa_bot.ingest.labels import has_label_shape, match_label
from qa_bot.ingest.metadata import HTML_TAG, MARKDOWN_HEADING, MARKDOWN_LINK, MARKDOWN_RULE
from qa_bot.ingest.reported import attributed_label, bold_opener, bold_openers_as_labels
from qa_bot.ingest.wrapped_labels import labels_cut
from qa_bot.text import clean_line, ends_clause

EMPHASIS = re.compile(r"\*\*|__")
# "*words*", and "_words_" (a blog's interview in italics: "_**Fran**: …_"), a snake_case word inside left whole
_ITALIC = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])"
                     r"|(?<![\w_])_(?=\S)((?:[^_\n]|(?<=\w)_(?=\w))+?)(?<=\S)_(?![\w_])")
_QUOTE = re.compile(r"^\s*>\s?")
_BULLET_BEFORE_BRACKET = re.compile(r"^\s*[*+\-]\s+(?=\[[^\[\]\n]{1,40}\]\s)")  # "* [rob] text": minutes' bullets
_BULLET = re.compile(r"^\s*[*+\-•]\s+")
_STAR_BULLET = re.compile(r"^\s*[*•]\s+")
_SIGNED = re.compile(r"^(\s*(?:[*+\-]\s+)?)\[name=\s*([^\]\n]{1,40}?)\s*\]\s*")  # HackMD's signature opening a line
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!<>|])")  # Markdown's backslash escapes: "\[19:00\]" is "[19:00]"
_ATTRIBUTES = re.compile(r"\{:[^{}\n]*\}")  # kramdown: "{: .text-yellow-000}"
MIN_PIPE_ROWS = 3  # lines of a Markdown pipe table, header and rule included, to read it as a table
PIPE_TABLE_SHARE = 0.6  # of the text's lines
_PIPE_RULE = re.compile(r":?-{2,}:?")
_LINK_DEFINITION = re.compile(r"^\s{0,3}\[[^\]\n]+\]:\s*<?\S+>?(?:\s+[\"'(].*[\"')])?\s*$")  # Markdown's "[id]: url"
_BULLETED_STYLES = ("cjk", "handle", "paren", "code")  # label shapes a bullet may stand before
_UNSPACED_HEADING = re.compile(r"^\s*#{1,6}(?=[^\x00-\x7f#\s])")
_HTML_BOLD = re.compile(r"</?(?:strong|b)>", re.I)
_CODE_ELEMENT = re.compile(r"<(style|script)\b[^>]*>.*?</\1\s*>|<!--.*?-->", re.I | re.S)  # CSS, scripts, comments
_TIME_MARK = re.compile(r"\s*#\d{1,2}:\d{2}:\d{2}(?:[-.,]\d{1,2})?#")  # f4/f5 transcription's "#00:00:12-8#"
# A record's page opening inside a speech names who goes on (the Czech Chamber's "(pokračuje Eva Decroix)")
_CONTINUES = re.compile(r"\((?i:pokračuje)\s+(?P<name>[^()\d\n]{3,60}?)\)\.?")
_DATE_LEAD = re.compile(r"^\s*(?:\d{4}-\d{2}-\d{2}\s+)?")  # a date before a pasted message (after its bullet)
_TIME_MARKS = re.compile(rf"(?:{_TIME_MARK.pattern})+\s*")  # a turn's closing mark, maybe the next one's opening
# A dialogue kept in a pipe table among other tables, a label in the first cell: "|Beatriz:|Obrigado por aceitar…|"
# A bold label inside a line after a sentence's end, a whole transcript on one: "… like us. **MISLAV:&nbsp;** I
# know this great story", "…感觉。 **仁科** ：说到快乐" (not a bullet's "* **Amber**:", nor "一个**商业逻辑**：")
_BOLD_INLINE_LABEL = re.compile(r"(?<=[^\W\d_][.!?…。！？”\"’)\]])\s*"  # a word's end, not a list's "1."
                                r"(?=\*\*([^\W\d_][\w'’.\-]*(?: [^\W\d_][\w'’.\-]*){0,3})"
                                r"(?:\s*:(?:\s|&nbsp;|\xa0)*\*\*|\*\*\s*[:：]))")
# A line that is one element's words: "<claire>Claire</claire>", a site's own tag styling a speaker's name (not
# <turn speaker="Ana">, whose attribute names the speaker, nor an MDX component's <Callout>)
_WRAPPED_LINE = re.compile(r"^[ \t]*(?P<tags>(?:<[a-z][\w-]*>[ \t]*)+)"  # no attributes (a speaker's), no MDX
                           r"(?P<words>[^<>\n]*?[^<>\s][^<>\n]*?)(?:[ \t]*</[A-Za-z][\w-]*>)+[ \t]*$", re.M)
_TAG_NAME = re.compile(r"<([A-Za-z][\w-]*)")
MAX_WRAPPED_NAME_WORDS = 5  # a name's words; longer, the element holds a turn ("<interviewee>Boa tarde…", plain's)
_LABEL_ROW = re.compile(r"^\s*\|\s*(?P<name>[^|:\n]{1,40}?)\s*:\s*\|(?P<text>[^|\n]*\S[^|\n]*)\|?\s*$")


def body_line(line: str, markdown: bool) -> str:
    """A body line with emphasis markers removed; in Markdown, structure lines become blank and inline HTML
    tags go (a line holding only ``<br/>`` is blank), links are their text, and a bullet before a bracketed name
    (``* [rob] Tried porting…``, meeting minutes) goes; in plain text too, a star bullet before a label (``* Kris
    Chapman: …``) goes, so the name reads as a label. The time marks f4/f5 transcription software closes
    paragraphs with (``#00:00:12-8#``) are no one's words, a note that a speech goes on ("(pokračuje Eva
    Decroix)") is that speaker's label, and so is the sender of a Zoom chat's message pasted into notes ("*
    2026-05-19 17:48:00 From Phil Smart to Everyone: …")."""
    if markdown:
        line = _UNSPACED_HEADING.sub("", line)  # "###问：…": hashes glued to CJK words make no heading; a label
        if MARKDOWN_HEADING.match(line.strip()) or MARKDOWN_RULE.match(line.strip()) or _LINK_DEFINITION.match(line):
            return ""  # a heading, a rule, a link's definition ("[log alert]: https://…")
        line = _BULLET_BEFORE_BRACKET.sub("", markup_free(line))
        if bullet := _labelled_bullet(line):
            line = line[bullet:]  # "* Kris: text", "* 主席：現在開會" (a gazette), "* ko1: …", "- **JP**：…"
        line = _ESCAPE.sub(r"\1", _ITALIC.sub(_italic_words, EMPHASIS.sub("", _QUOTE.sub("", line))))  # "***Name:***"
    elif _STAR_BULLET.match(line) and (bullet := _labelled_bullet(line)):  # plain text's notes too ("* Mark
        line = line[bullet:]  # Handley: Think we…"); a dash there may be a wrapped line's ("- Abg. Dr. X: …)")
    if (continues := _CONTINUES.fullmatch(line.strip())) and continues.group("name")[0].isupper():
        return f"{continues.group('name')}:"  # the speaker's label, not "(pokračuje v jednání)" (the sitting goes on)
    if (chat := ZOOM_MESSAGE.match(_DATE_LEAD.sub("", _BULLET.sub("", line)))) and chat.group("text").strip():
        return f"[{chat.group('stamp')}] {chat.group('nick')}: {chat.group('text')}"  # a meeting's chat pasted in notes
    return EMPHASIS.sub("", _TIME_MARK.sub("", line))


def _labelled_bullet(line: str) -> int:
    """Where the words of a bullet item that opens with a label start (``* **Olav**: Chemistry professor…``),
    after its bullet; 0 for any other line."""
    if not (bullet := _BULLET.match(line)):
        return 0
    labelled = _ITALIC.sub(_italic_words, EMPHASIS.sub("", line[bullet.end():]))  # "- _lehnberg:_ …" (Keybase notes)
    return bullet.end() if match_label(labelled) is not None or has_label_shape(labelled, _BULLETED_STYLES) else 0


def labels_laid_out(lines: list[str]) -> list[str]:
    """Markdown lines whose layout marks labels made plain: a bold opener as a label (``bold_openers_as_labels``),
    and a blank line between sibling bullet items that each open with a label, a round of people (minutes'
    introductions: "* **Amber**: …" then "* **Olav**: Chemistry professor…"), so a name used once there opens
    its own paragraph, as a speaker does, and runs on from no one. The first labelled item under a label ("Matt:"
    over "- Conundrum: we have…") or after an unlabelled item ("- Discord:" after "- Pradyun, CAM, Petr…") stays
    in its paragraph. Bullets that open with a bold full name and words ("* **Layne Sadler** Plotly updated…", a
    community call's announcements), ``MIN_BOLD_BULLETS`` of two names or more, are labelled items too, and so are
    a pipe table's rows holding a label and its words (``_label_rows``)."""
    out: list[str] = []
    item: int | None = None  # the indent of the labelled item the paragraph is in
    lines = labels_cut(lines, _BOLD_INLINE_LABEL) or lines  # "…like us. **MISLAV:&nbsp;** I know…" on one line
    for line in _bold_bullets_labelled(_label_rows(lines)):
        bullet = _BULLET.match(line)
        if not line.strip() or (bullet and not _labelled_bullet(markup_free(line))):
            item = None
        elif bullet:
            indent = len(line) - len(line.lstrip())
            if item == indent:
                out.append("")
            item = indent
        out.append(line)
    return bold_openers_as_labels(out)


def _label_rows(lines: list[str]) -> list[str]:
    """``lines`` with a pipe table's rows that hold a label and its words ("|Beatriz:|Obrigado por aceitar…|", a
    dialogue kept in a table among others) written as labelled lines, where two labels or more recur so, each
    twice; not a table's header row (over its "|---|" rule: "| Role: | Person |"). As they were otherwise."""
    rows = {i: m for i, line in enumerate(lines) if (m := _LABEL_ROW.match(line))
            and not (i + 1 < len(lines) and _PIPE_RULE.fullmatch(lines[i + 1].strip(" |").split("|")[0].strip()))}
    names = Counter(m["name"] for m in rows.values())
    if len([n for n in names.values() if n >= 2]) < 2:
        return lines
    return [f"{m['name']}: {m['text'].strip()}" if (m := rows.get(i)) else line for i, line in enumerate(lines)]


def _bold_bullets_labelled(lines: list[str]) -> list[str]:
    """``lines`` with bullets that open with a bold full name over words written as labelled items ("* **Layne
    Sadler** Plotly updated…" is "* Layne Sadler: Plotly updated…"), where ``MIN_BOLD_BULLETS`` do so, of two
    names or more, one of them twice; as they were otherwise."""
    found = {i: (bullet, m) for i, line in enumerate(lines) if (bullet := _BULLET.match(line))
             and (m := bold_opener(line[bullet.end():])) and " " in m["name"]
             and m.end() < len(line[bullet.end():].rstrip())}
    names = Counter(m["name"] for _, m in found.values())
    if len(found) < MIN_BOLD_BULLETS or len(names) < 2 or max(names.values()) < 2:
        return lines  # a name recurs: "**Release Planning**", "**Bug Triage**" once each are topics
    out = list(lines)
    for i, (bullet, m) in found.items():
        out[i] = f"{bullet.group(0)}{m['name']}: {lines[i][bullet.end() + m.end():]}"
    return out


MIN_BOLD_BULLETS = 3  # bullets opening with a bold full name, for such names to label a file's items


def _italic_words(match: re.Match[str]) -> str:
    """The words an italic span holds, whichever marker wrapped them."""
    return match.group(1) or match.group(2)


def time_marks_apart(lines: list[str]) -> list[str]:
    """Lines holding two turns, the second after the first's closing time mark (f4/f5's "…Herr Gröhe. #01:13:22-0#
    #01:13:22-9# Nettersheim: Ich möchte…"), cut there into paragraphs of their own; other lines as they were."""
    out: list[str] = []
    for line in lines:
        cuts = [m.end() for m in _TIME_MARKS.finditer(line) if m.start() > 0 and has_label_shape(line[m.end():])]
        for start, end in zip([0, *cuts], [*cuts, len(line)], strict=True):
            out += [line[start:end].rstrip(), ""] if end < len(line) else [line[start:end]]
    return out


def markup_free(line: str) -> str:
    """A Markdown line without inline HTML tags and kramdown's attribute lists (``**Interviewer:**{: .yellow}``),
    with links and images as their text (an image's alt text) and character references as their characters
    (``pol&iacute;tico``); a tag naming its speaker in an attribute is that speaker's label, and so is a HackMD
    signature opening the line (``[name=Yo]``); ``<strong>`` or ``<b>`` is bold, as ``**``."""
    line = _HTML_BOLD.sub("**", _ATTRIBUTES.sub("", _SIGNED.sub(r"\1\2: ", line)))  # "<strong>Question?</strong>"
    # is a bold question; HackMD's signature "- [name=Yo] The new…" is Yo's label
    words = html.unescape(MARKDOWN_LINK.sub(r"\1", HTML_TAG.sub(lambda tag: f" {attributed_label(tag.group(0))} ",
                                                                 line)))
    return line[:len(line) - len(line.lstrip())] + words.strip()  # "<claire>Claire</claire>" is "Claire" alone


def own_element(tag: str) -> bool:
    """Whether a tag's name is a writer's own (``<claire>``, ``<interviewee>``), no element HTML has (``<dt>``,
    ``<p>``, ``<td>``)."""
    from lxml.html import defs  # every element HTML has

    return tag.casefold() not in defs.tags


def tags_unwrapped(text: str) -> str:
    """Markdown text whose lines that are one element's few words are those words (``<claire>Claire</claire>``
    over her paragraph is the name alone on its line that heads her turn); never an element HTML has (a table's
    ``<td>Sim</td>``, which other readers take apart) nor one holding a sentence (a turn plain text reads)."""
    def unwrapped(m: re.Match[str]) -> str:
        words = m["words"].split()
        named = len(words) <= MAX_WRAPPED_NAME_WORDS and not ends_clause(m["words"])
        return m["words"] if named and all(map(own_element, _TAG_NAME.findall(m["tags"]))) else m[0]

    return _WRAPPED_LINE.sub(unwrapped, text)


def without_code_elements(text: str) -> str:
    """Markdown text with its ``<style>`` and ``<script>`` elements and its comments blanked, line for line: a
    page's CSS ("display: grid;", "color: white;") is no one's words, and read as text its properties look like
    labels; a comment is not shown to readers."""
    return _CODE_ELEMENT.sub(lambda m: "\n" * m.group(0).count("\n"), text)


def markdown_table_rows(text: str) -> list[list[str]] | None:
    """The rows of the Markdown pipe table that makes up most of ``text`` (a web page's transcript table, as
    its extraction writes it: ``| 0h04m00s | words |``), header first, the ``|---|`` line left out; else None."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    piped = [line for line in lines if len(line) > 1 and line.startswith("|") and line.endswith("|")]
    if len(piped) < MIN_PIPE_ROWS or len(piped) < PIPE_TABLE_SHARE * len(lines):
        return None
    rows = [[clean_line(MARKDOWN_LINK.sub(r"\1", cell)) for cell in line[1:-1].split("|")] for line in piped]
    return [row for row in rows if not all(_PIPE_RULE.fullmatch(cell) for cell in row if cell)]
