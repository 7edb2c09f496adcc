"""Saved web pages (.html, .htm, or any file that is a web page): the page's main text, as Markdown.

Transcripts published as web pages (press briefings, ministry and parliament
pages) carry menus, footers, share buttons and scripts around the words.
trafilatura, a maintained library made for this job, finds the main text and
drops the rest; it writes Markdown, so bold speaker labels (``**MS. PSAKI:**``),
headings and lists survive as structure, and it reads the page's title and
date from its metadata. (readability-lxml returns HTML that would still need
rules of our own; selectolax is only a parser.) The text is then read like any
other running text, so labelled paragraphs read like press transcripts: a
label opens a turn and the paragraphs after it continue it.

Pages that mark each turn's speaker with an element of its own
(``<p class="speaker">Tim Pritlove</p>`` over the turn's paragraphs, as
podcast transcript pages do) are read from that structure instead
(``speaker_marked_text``, with lxml, which trafilatura is built on; the podcast namespace's
transcripts, ``<cite>Name:</cite> <time>0:03</time> <p>words</p>``, too): main-text
extraction drops such repeated short lines as boilerplate, and with them who
spoke. A page that is typed text in a ``<pre>`` frame is that text as written.

Interactive transcript pages that time each element of the words (``<p data-start="3.1" data-end="7.2">``,
Hyperaudio's ``<span data-m="3100">`` in milliseconds), with no speaker marked, are read as those timed
cues (``timed_cues``), as subtitles are: speech-to-text fragments, which no paragraph rule reads, become
timed turns cut at pauses, labels in the words still naming speakers.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

from qa_bot.errors import IngestError
from qa_bot.ingest.cues import Cue
from qa_bot.ingest.labels import match_label
from qa_bot.ingest.metadata import bold_colons_joined
from qa_bot.ingest.page_names import names_before_paragraphs
from qa_bot.ingest.speakers import UNKNOWN_SPEAKER
from qa_bot.text import clean_line, parse_seconds

logger = logging.getLogger(__name__)

FORMAT = "html"
# An element whose class says it holds a speaker's name: "speaker", "speaker-name", "transcript__speaker", "name"
# (IRC minutes: <span class="name">Manu Sporny</span>: words); a chat archive's "user" (Slack's exported pages),
# "chatlog__author" (DiscordChatExporter); a screenplay's cue, "character" (screenplain's <p class="character">).
_SPEAKER_CLASS = re.compile(r"(?:^|[\s_-])(?:speaker|spkr|name|user|author|character)(?:$|[\s_-])", re.I)
_NAV_CLASS = re.compile(r"^(?:nav|navigation|navbar|menu|breadcrumbs?)$", re.I)  # a page's way around, no one's
_TIME_CLASS = re.compile(r"(?:^|[\s_-])(?:time|timestamp|time-?code|date)(?:$|[\s_-])", re.I)  # "ts-time", "date"
# A message's preview of the one it replies to or quotes (DiscordChatExporter's "chatlog__reply"): that author's
# name and words again, inside the reply, never the reply's speaker
_QUOTED_CLASS = re.compile(r"(?:^|[\s_-])(?:reply|quote|quoted)(?:$|\s)", re.I)
# An attribute naming the speaker of its element: "data-speaker", "data-person-speaking-attribution" (not its
# "-type" or "-id" beside it).
SPEAKER_ATTRIBUTE = re.compile(r"(?:^|[-_])speak(?:er|ing)(?:[-_](?:name|attribution))?$", re.I)
_SPEAKER_TAGS = frozenset({"author", "speaker"})  # elements of a page's own schema naming a turn's speaker
_BULLETS = "○◯●◎■□▶ "  # before a name in Korean and Japanese minutes ("○의장 안석봉")
MIN_SPEAKER_MARKS = 4  # speaker elements a page needs to be read from its structure
MAX_SPEAKER_CHARS = 60  # the text of a speaker element is a name, not a paragraph
MAX_STAMP_CHARS = 40  # the text of a time element is a time or date, not words
MIN_LISTED_SHARE = 0.5  # of a page's text inside <dd> turns, for its definition list to be the transcript
_DOCUMENT = re.compile(r"<(?:html|body)[\s>]", re.I)
_ROOT = re.compile(r"<html[\s>]", re.I)
_PRE = re.compile(r"<pre[\s>]", re.I)
_PAGE_START = re.compile(r"^(?:<!doctype html[^>]*>\s*)?<html[\s>]", re.I | re.M)  # a page opening a line
MIN_PREFORMATTED_SHARE = 0.8  # of a page's words inside <pre>, for the page to be typed text in a frame
# Attributes giving when an element's words start, and their unit in seconds; and when they end.
_START_ATTRIBUTES = {"data-start": 1.0, "data-begin": 1.0, "data-time": 1.0, "data-start-time": 1.0,
                     "data-timestamp": 1.0, "data-m": 0.001, "m": 0.001}  # Hyperaudio's milliseconds, 3Play's "m"
_END_ATTRIBUTES = {"data-end": 1.0, "data-end-time": 1.0}
MIN_TIMED_ELEMENTS = 8
MIN_TIMED_SHARE = 0.5  # of a page's words inside timed elements, for them to be its transcript
# trafilatura's Markdown escapes square brackets ("**\[Hamilton\]**"); a transcript's brackets are its own, labels
# and notes ("[Hamilton]", "[laughs]"), never Markdown links, so they are read as written
_ESCAPED_BRACKET = re.compile(r"\\([\[\]])")
_LABEL_PARAGRAPH = re.compile(
    r"<p\b[^>]*>\s*(<(b|strong)\b[^>]*>(?:[^<]{1,80}:|(?-i:[^\W\d_a-zà-ÿ][\w'’\-]*(?: [^\W\d_a-zà-ÿ][\w'’\-]*){0,3}))"
    r"\s*</\2>)\s*</p>\s*<p\b[^>]*>(?!\s*<(?:b|strong)\b)", re.I)  # not a heading over a paragraph's own label
MAX_HEADLINE_CHARS = 200  # a page's heading, not a paragraph set in a heading's type
_MARKDOWN_MARKS = re.compile(r"[*_#]+")
MIN_LOST_HEADINGS = 3  # subheadings left out of a page's text, each over a paragraph, to put them back
MIN_OPENING_WORDS = 4  # of the paragraph under a lost heading, to find it in the text
_OPENING_MARKS = re.compile(r"^[-–—\s]+")  # an answer's dash: "- 그렇다."
_BLOCKS = ("p", "div", "li", "br", "tr", "section", "article", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6")


@dataclass(frozen=True)
class MarkedText:
    """A page's text with a ``Name:`` label paragraph for each element naming a speaker (``speaker_marked_text``),
    and the names so written, which are speakers whatever their shape (a handle, an emoji in a nickname)."""

    text: str
    speakers: frozenset[str]


@dataclass(frozen=True)
class Page:
    """A web page's main text (Markdown) and the title and date its metadata gives, if any."""

    text: str
    title: str | None = None
    date: str | None = None


def extract_page(html: str, source: str) -> Page:
    """The main text of a web page; ``IngestError`` when the page has none (only navigation, scripts, markup).
    A file holding several pages one after another (a debate's pages saved by a site copier and joined) is the
    main text of each, in order, titled as the first that has one (a page of navigation only is passed over)."""
    starts = [m.start() for m in _PAGE_START.finditer(html)]
    if len(starts) < 2:
        return _extract(html, source)
    pages = []
    for a, b in itertools.pairwise([0, *starts[1:], len(html)]):
        with contextlib.suppress(IngestError):
            pages.append(_extract(html[a:b], source))
    if not pages:
        raise IngestError(source, f"none of the {len(starts)} web pages in the file has main text")
    return Page("\n\n".join(page.text for page in pages), pages[0].title, pages[0].date)


def _extract(html: str, source: str) -> Page:
    import trafilatura

    if not _DOCUMENT.search(html):  # a page's content saved without <html> and <body>: extraction finds none else
        html = f"<html><body>{html}</body></html>"
    elif not _ROOT.search(html):  # a template's page opening at <body> (PHP writes the head): no text found else
        html = f"<html>{html}"
    # a bold label or name in a paragraph of its own goes into the next one: extraction drops such a short paragraph
    # when it recurs ("<p><b>JOURNALIST:</b></p>" over each question of a press conference, a podcast's
    # "<p><strong>Nic</strong></p>"), and with it who spoke
    html = _LABEL_PARAGRAPH.sub(r"<p>\1 ", html)
    try:
        text = _preformatted(html) or trafilatura.extract(
            html, output_format="markdown", include_comments=False, include_tables=True, include_images=False,
            favor_recall=True, deduplicate=False,
        )
        meta = trafilatura.extract_metadata(html)
    except Exception as exc:  # a third-party parser on arbitrary input: any failure is a bad file
        raise IngestError(source, f"cannot read the web page ({type(exc).__name__}: {exc})") from exc
    if not text or not text.strip():
        raise IngestError(source, "web page has no main text (only navigation, scripts or markup)")
    title = clean_line(meta.title) or None if meta is not None and isinstance(meta.title, str) else None
    date = meta.date if meta is not None and isinstance(meta.date, str) else None
    text = _lost_questions(html, text)
    if (headline := _lost_headline(html, text)) and headline != title:
        text = f"# {headline}\n\n{text}"
    text = bold_colons_joined(text.replace("\r\n", "\n"))  # "**THE SECRETARY**" over ":   In relation…"
    return Page(_ESCAPED_BRACKET.sub(r"\1", text), title, date)


def _lost_headline(html: str, text: str) -> str | None:
    """The article's own heading (the page's first ``<h1>``, else its first ``<h2>``, outside its header and
    navigation) where main-text extraction left it out, as it does a headline it takes for the title even where the
    ``<title>`` it keeps is the site's name ("Seattle Polish Film Festival" over "… – AN INTERVIEW WITH
    CINEMATOGRAPHER KACPER CZUBAK"): the words that say whom an interview asks, shown above the text; else None."""
    doc = _document(html)
    heading = None if doc is None else next(itertools.chain(doc.iter("h1"), doc.iter("h2")), None)
    words = clean_line(heading.text_content()) if heading is not None else ""
    shown = clean_line(_MARKDOWN_MARKS.sub("", text)).casefold()
    return words if 0 < len(words) <= MAX_HEADLINE_CHARS and words.casefold() not in shown else None


def _lost_questions(html: str, text: str) -> str:
    """``text`` with the page's subheadings that main-text extraction left out put back, each as a Markdown heading
    over the paragraph it heads, where ``MIN_LOST_HEADINGS`` or more were lost (an interview page asking each
    question in an ``<h2>`` over its answer's ``<p>``: the questions are words too, and tell the answers apart)."""
    doc = _document(html)
    shown = text.casefold()
    lost = [] if doc is None else [
        (words, after) for h in doc.iter("h2", "h3", "h4") if 0 < len(words := " ".join(h.text_content().split()))
        <= MAX_HEADLINE_CHARS and words.casefold() not in shown
        and (after := next((e for e in h.itersiblings() if e.tag == "p" and e.text_content().strip()), None))
        is not None]
    if len(lost) < MIN_LOST_HEADINGS:
        return text
    at = 0  # each question's answer after the one before, so two answers opening alike are told apart
    for words, paragraph in lost:
        opening = _OPENING_MARKS.sub("", clean_line(paragraph.text_content())).split()[:MIN_OPENING_WORDS]
        pattern = re.compile(r"(?m)^[\\\-–—* \t]*" + r"\s+".join(map(re.escape, opening)))
        found = pattern.search(text, at) if opening else None
        if found is not None:
            before = f"{text[:found.start()].rstrip()}\n\n## {words}\n\n".lstrip()
            text, at = before + text[found.start():], len(before) + len(opening[0])
    return text


def _preformatted(html: str) -> str | None:
    """The text of a page that is typed text in a frame (``<pre>`` holding nearly all its words, as the GPO
    publishes hearings), as written: its line breaks, blank lines and indentation are its layout, which main-text
    extraction would lose."""
    if not _PRE.search(html) or (doc := _document(html)) is None:
        return None
    text = "\n\n".join(pre.text_content() for pre in doc.iter("pre"))
    words = len(doc.text_content().split())
    return text if words and len(text.split()) >= MIN_PREFORMATTED_SHARE * words else None


def speaker_marked_text(html: str) -> MarkedText | None:
    """A page's text with each speaker element as a ``Name:`` label paragraph, when the page marks its turns'
    speakers so (``MIN_SPEAKER_MARKS`` elements or more whose class says speaker, or ``<author>`` or
    ``<speaker>`` elements, or else ``<cite>`` elements before a ``<time>``,
    or else ``<dt>`` terms over ``<dd>`` words, each holding a short name, the names recurring); else None.
    Scripts, styles and navigation are left out, and so are the previews of the messages a chat's messages reply
    to. An element like the named ones left empty (a chat archive's member who has left) is ``Unknown speaker``:
    its words are no one's named, not the previous speaker's."""
    doc = _document(html)
    if doc is None:
        return None
    for quoted in [e for e in doc.iter() if isinstance(e.tag, str) and _QUOTED_CLASS.search(e.get("class") or "")
                   and any(_SPEAKER_CLASS.search(d.get("class") or "") for d in e.iterdescendants()
                           if isinstance(d.tag, str))]:
        quoted.drop_tree()
    terms = [e for e in doc.iter("dt") if e.getnext() is not None and e.getnext().tag == "dd"]
    listed = sum(len(e.getnext().text_content()) for e in terms)
    kinds = (
        [_naming(e) for e in doc.iter() if isinstance(e.tag, str) and (_SPEAKER_CLASS.search(e.get("class") or "")
                                                                      or e.tag in _SPEAKER_TAGS)],
        # the podcast namespace's HTML transcripts: <cite>Name:</cite> <time>0:03</time> (W3C minutes' <cite>
        # labels, with no time, read well as the page's text)
        [e for e in doc.iter("cite") if e.getnext() is not None and e.getnext().tag == "time"],
        # a definition list of turns, <dt>Name</dt><dd>words</dd>, holding most of the page's words
        terms if listed >= MIN_LISTED_SHARE * len(doc.text_content()) else [],
        # a play's page: a bold name alone over a <blockquote> of the speech (<a name=speech1><b>CLOWN</b></a>)
        [holder for e in doc.iter("b", "strong") if (holder := _name_over_quote(e)) is not None],
        names_before_paragraphs(doc),  # a debates site's grid: a name in a plain <span> before each paragraph
    )
    texts = [[(e, clean_line(e.text_content())) for e in marks] for marks in kinds]
    found = next((pairs for pairs in texts if _speakers([name for _, name in pairs if name])), None)
    speakers: set[str] = set()
    if found is not None:
        slots = {(e.tag, e.get("class")) for e, name in found if name}  # an empty element of their kind: unnamed
        for mark, name in found:
            if not name and (mark.tag, mark.get("class")) not in slots:
                continue
            label = name.rstrip(":").lstrip(_BULLETS) if name else UNKNOWN_SPEAKER
            speakers.add(label)
            for child in list(mark):
                mark.remove(child)
            mark.text = f"\n\n{_when(mark)}{label}:\n\n"
            mark.tail = (mark.tail or "").lstrip(" \t:")  # "<span>Name</span>: words": the colon is the label's
        for stamp in [e for e in doc.iter() if isinstance(e.tag, str) and _TIME_CLASS.search(e.get("class") or "")
                      and len(clean_line(e.text_content())) <= MAX_STAMP_CHARS]:
            stamp.drop_tree()  # a chat's message times left in its words ("8:08 a.m." over each later message)
    elif not (speakers := _attributed(doc)):
        return None
    for block in doc.iter(*_BLOCKS):
        block.tail = "\n\n" + (block.tail or "")
    for heading in doc.iter("h1", "h2", "h3", "h4", "h5", "h6"):  # section titles, read as Markdown headings
        heading.text = "\n\n## " + (heading.text or "")
    body = doc.find("body")
    return MarkedText((body if body is not None else doc).text_content(), frozenset(speakers))


def timed_cues(html: str) -> list[Cue] | None:
    """The cues of a page whose words sit in timed elements (``data-start`` and the like), ``MIN_TIMED_ELEMENTS``
    or more of the innermost holding ``MIN_TIMED_SHARE`` of its words: one cue per block (a paragraph of timed
    words, with any label written in it), from its first timed element's start to its last one's end (its own
    ``data-end``, or the next one's start); else None."""
    doc = _document(html)
    if doc is None:
        return None
    timed = [(e, start) for e in doc.iter() if isinstance(e.tag, str) and (start := _seconds(e, _START_ATTRIBUTES))
             is not None]
    ids = {id(e) for e, _ in timed}
    leaves = [(e, start) for e, start in timed if not any(id(d) in ids for d in e.iterdescendants())]
    if len(leaves) < MIN_TIMED_ELEMENTS or sum(len(e.text_content().split()) for e, _ in leaves) < \
            MIN_TIMED_SHARE * len(doc.text_content().split()):
        return None
    ends = [end if (end := _seconds(e, _END_ATTRIBUTES)) is not None and end >= start else None for e, start in leaves]
    starts = [start for _, start in leaves]
    cues = []
    texts = [clean_line(e.text_content()) for e, _ in leaves]
    labels = [label.name if (label := match_label(words)) else None for words in texts]
    recurring = {name for name, k in Counter(filter(None, labels)).items() if k >= 2}  # the page's speakers recur
    for block, group in itertools.groupby(range(len(leaves)), key=lambda i: _block(leaves[i][0])):
        indices, text = list(group), clean_line(block.text_content())
        parts = _label_cuts(text, [(i, texts[i]) for i in indices if i == indices[0] or labels[i] in recurring])
        for (first, a), (after, b) in itertools.pairwise([*parts, (indices[-1] + 1, len(text))]):
            last = after - 1
            end = ends[last] if ends[last] is not None else starts[after] if after < len(starts) else starts[last]
            if words := text[a:b].strip():
                cues.append(Cue(starts[first], max(end, starts[first]), [(None, words)]))
    return cues


def _label_cuts(text: str, leaves: list[tuple[int, str]]) -> list[tuple[int, int]]:
    """Where a block's text (a paragraph of timed elements) is cut into cues, as (first element, offset): at its
    start, and at each later element of ``leaves``, those opening with a label the page uses again ("[LAUGHTER]
    PATRICK WINSTON: So…", MIT OpenCourseWare's spans; not "Co-hosted by …:" once in the credits), so that a
    speaker change inside a paragraph starts a cue."""
    cuts, cursor = [(leaves[0][0], 0)], 0
    for index, words in leaves[1:]:
        if (at := text.find(words, cursor)) > cursor:
            cuts.append((index, cursor := at))
    return cuts


def _block(element: Any) -> Any:
    """The paragraph-like element holding ``element`` (itself, if it is one)."""
    return next((e for e in (element, *element.iterancestors()) if e.tag in _BLOCKS), element)


def _seconds(element: Any, attributes: dict[str, float]) -> float | None:
    """The time one of ``attributes`` on ``element`` gives, in seconds, or None."""
    for key, unit in attributes.items():
        value = element.get(key)
        if value is not None and (seconds := parse_seconds(value)) is not None:
            return seconds * unit
    return None


def _document(html: str) -> Any:
    """A page's element tree without scripts, styles and navigation (lxml), or None if it cannot be parsed."""
    import lxml.html

    try:
        # decoded already: the bytes handed to lxml are UTF-8, whatever the page's own meta tag says or lacks
        doc = lxml.html.document_fromstring(html.encode("utf-8"), parser=lxml.html.HTMLParser(encoding="utf-8"))
    except (ValueError, lxml.etree.ParserError):
        return None
    for junk in doc.xpath("//script|//style|//noscript|//nav|//header|//footer|//template|//*[@role='navigation']"):
        junk.drop_tree()
    for junk in [e for e in doc.iter() if isinstance(e.tag, str) and _NAV_CLASS.search(e.get("class") or "")]:
        junk.drop_tree()  # an old page's navigation bar in a table cell: <td class="nav">
    return doc


def _attributed(doc: Any) -> set[str]:
    """Label each element that names its speaker in an attribute (``data-speaker="Ann Lee"``, the Commons'
    ``data-person-speaking-attribution="Mr. Benjamin Fung (McGill University)"``) with that speaker, when
    enough such elements name recurring people; the names so written (none if it did not)."""
    marks = [(e, value) for e in doc.iter() if isinstance(e.tag, str)
             for key, value in e.attrib.items() if SPEAKER_ATTRIBUTE.search(key) and value.strip()]
    names = [attributed_name(value) for _, value in marks]
    if not _speakers(names) or any(a is b or a in b.iterancestors() for (a, _), (b, _) in itertools.pairwise(marks)):
        return set()  # (one element inside another naming a speaker: not one turn each)
    for (mark, _), name in zip(marks, names, strict=True):
        mark.text = f"\n\n{name}:\n\n{mark.text or ''}"
    return set(names)


def attributed_name(value: str) -> str:
    """The speaker an attribute names, without the affiliation in parentheses after a name ("Mr. Benjamin Fung
    (McGill University)"), an office keeping its holder ("The Chair (Mr. Lloyd Longfield (Guelph, Lib.))" is
    "The Chair (Mr. Lloyd Longfield)")."""
    value = clean_line(value)
    head, _, inner = value.partition(" (")
    if head.startswith(("The ", "the ")) and inner:
        return f"{head} ({inner.partition(' (')[0].rstrip(')')})"
    return head


def _naming(mark: Any) -> Any:
    """The element naming a speaker: ``mark``, or where it holds the turn's words too (a council's ``<div
    class="speaker-block"><strong>○의장 안석봉</strong> words…``), the short element opening it."""
    first = next((child for child in mark if isinstance(child.tag, str)), None)
    if first is None or (mark.text or "").strip() or (not (first.tail or "").strip() and len(mark) == 1):
        return mark  # no element opens it, or that element is all it holds
    return first if 0 < len(first.text_content().strip()) <= MAX_SPEAKER_CHARS else mark


def _name_over_quote(bold: Any) -> Any:
    """The element holding a bold name alone right before a ``<blockquote>`` (the bold itself, or the anchor
    around it and nothing else), or None."""
    parent = bold.getparent()
    wrapped = parent is not None and parent.tag == "a" and len(parent) == 1 and not (parent.text or "").strip()
    holder = parent if wrapped else bold
    after = holder.getnext()
    return holder if after is not None and after.tag == "blockquote" and not (holder.tail or "").strip() else None


def _speakers(names: list[str]) -> bool:
    """True when the texts of a page's elements are speakers' names: enough of them, short, recurring."""
    return (len(names) >= MIN_SPEAKER_MARKS and all(0 < len(n) <= MAX_SPEAKER_CHARS for n in names)
            and 2 * len(set(names)) <= len(names))


def _when(mark: Any) -> str:
    """``[0:03] `` when a ``<time>`` element, or one whose class says time, follows the speaker element (nothing
    but spaces between), which it then replaces; else nothing."""
    stamp = mark.getnext()
    timed = stamp is not None and (stamp.tag == "time" or _TIME_CLASS.search(stamp.get("class") or ""))
    if not timed or (mark.tail or "").strip():
        return ""
    when = clean_line(stamp.text_content()).strip("[]() ")
    mark.tail = None
    stamp.drop_tree()
    return f"[{when}] " if when else ""
