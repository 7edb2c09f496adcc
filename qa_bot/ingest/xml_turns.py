"""XML transcripts: the repeated element that names a speaker and holds their words, found by its shape.

Parliaments, courts and archives publish debates as XML in many schemas
(the Dutch Handelingen's ``<spreekbeurt>``, ParlParse's ``<speech
speakername=…>``, TEI's ``<u who=…>``, Akoma Ntoso's ``<speech by=…>``).
Rather than a reader per schema, the document is searched by shape: every
element that names a speaker, by an attribute (``SPEAKER_ATTRIBUTES``) or
by an element within three levels (``SPEAKER_TAGS``: ``speaker``,
``spreker``, ``talker``, ``from``…), and holds words besides. The element
name with the most such elements is the turn (a container, an agenda item
naming its first speaker too, is rarer than the speeches in it), each such element in
document order one turn, its words taken from its paragraphs
(``PARAGRAPH_TAGS``) or else all its text, the speaker's own element left
out. A reference (``who="#Smith"``) is resolved to the element with that
id: its ``showAs``, its person name, or its text. The format names the
element read: ``xml (turns in <spreekbeurt>)``. An element's words are read
by speaker (``xml_tree.words``): an interjection nested in a speech, or set
in its text under a member's label, is that member's. Where the attribute
does not spell a name, ``xml_names`` finds who it is. lxml parses the file
with entities and network access off, so no DTD or external entity is fetched.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from itertools import groupby

from qa_bot.errors import IngestError
from qa_bot.ingest.front_matter import front_matter
from qa_bot.ingest.html import extract_page
from qa_bot.ingest.json_search import HTML_BLOCK
from qa_bot.ingest.metadata import first_date
from qa_bot.ingest.plain import parse_plain
from qa_bot.ingest.speakers import UNRESOLVED_LABEL, Utterance, build_turns
from qa_bot.ingest.xml_labels import SPEAKER_TAGS, heads, labelled_text
from qa_bot.ingest.xml_names import OPAQUE_ID, note_label, printed_label, resolve
from qa_bot.ingest.xml_records import field_records
from qa_bot.ingest.xml_tree import PARAGRAPH_TAGS, elements, local_tag, opens, parse_root, text_of, words
from qa_bot.text import clean_line
from qa_bot.types import Transcript

FORMAT = "xml"
SPEAKER_ATTRIBUTES = ("speakername", "speaker_name", "speaker", "who", "by", "person", "wh")  # wh: TEI-CORPO
_PAGE_ELEMENT = re.compile(r"<(?:html|body|div|p|span|section|article|table|ul|ol|h[1-6]|a|img|br)[\s>/]", re.I)
_OFFICE_TAGS = frozenset({"post", "role", "function", "office"})  # beside a speaker's name, the office they hold
_PERSON_ID_TAGS = frozenset({"name.id", "person.id", "personid", "memberid"})  # in a speaker's element: their id
TITLE_TAGS = ("doctitle", "item-titel", "title", "titel")
DATE_TAGS = ("docdate", "date", "datum")
# an element holding a turn's speaker and first words, the rest of the turn after it (Australian Hansard before 2011)
TURN_HEAD_TAGS = frozenset({"talk.start"})
MAX_SPEAKER_DEPTH = 3  # levels below a turn's element searched for its speaker's element
MAX_SPEAKER_CHARS = 120  # longer "speaker" text is words, not a name
_OPENING_LABEL = re.compile(r"(\S.{2,80}?)(?:\.-|:)\s")  # unless it opens with a label: "El señor ULLOA.- Señor…"
MIN_TURNS = 2
MIN_STOPPED_WORD = 5  # letters of a capitalised word a label's full stop ends, to be a play's stop, no degree's
MAX_TURNS_PER_PEER = 10  # of the turn element's, for each of another element naming speakers beside it
TEXT_BLOCK_TAGS = ("transcript", "transcription")  # an element holding the whole transcript as running text
MIN_BLOCK_CHARS = 200
MIN_BLOCK_LINES = 3  # line breaks in an element's own text that make it a block of running text
_ID_ATTRIBUTES = ("{http://www.w3.org/XML/1998/namespace}id", "id", "eId")
_MARKS = "†‡*· "  # before a name in old Hansards: "† Mr. J. H. SCHOEMAN" spoke in Dutch, "*" for the first time
_ELEMENT_LINE = re.compile(r"<[A-Za-z][\w.:-]*[\s>/]")  # a line opening with an element's tag
_XHTML = re.compile(r"<(?:!doctype\s+html|html)\b", re.I)


def looks_like_xml(head: str) -> bool:
    """True for text that opens with an XML declaration and is no web page (XHTML is read as a page)."""
    return head.lstrip("\ufeff \t\r\n").startswith("<?xml") and not _XHTML.search(head)


MIN_HTML_BLOCKS = 3  # paragraphs of HTML in an element's text that make it a page's markup, not words


def parse_xml(text: str, transcript_id: str, source: str, default_title: str) -> Transcript:
    """One turn per element of the turn shape (see the module); ``IngestError`` when there is none. A site
    generator's front matter over the XML (Jekyll's ``---`` block over an OHMS record) is left out."""
    if text.startswith("---"):  # only then is the text split into lines to find where front matter ends
        lines = text.split("\n")
        text = "\n".join(lines[front_matter(lines, source)[1]:])
    root = parse_root(text, source)
    ids = {value: el for el in elements(root) for key in _ID_ATTRIBUTES if (value := el.get(key))}
    # TEI-CORPO's speech transcriptions name each turn's speaker by a code its <person code="spk1" name="…"> gives
    ids |= {code: el for el in elements(root) if local_tag(el) == "person" and (code := el.get("code"))}
    found: dict[str, list[tuple[object, str, object | None]]] = defaultdict(list)
    for el in elements(root):
        speaker, own = _speaker(el, ids)
        if speaker:
            found[local_tag(el)].append((el, speaker, own))
    # an element naming another speaker's element inside a turn (an interjection in a speech) is theirs
    nested = {el: (speaker, own) for items in found.values() for el, speaker, own in items
              if own is not None and opens(el, own)}
    # a turn inside another of its kind named by attribute (a listener's "mhm" within a speaker's <u who=…>) is a
    # run of the outer turn in its place, not the outer speaker's words, and no turn of its own after it
    named = {id(el) for items in found.values() for el, _, _ in items}
    inside = {el for items in found.values() for el, _, own in items if own is None
              and any(id(a) in named and local_tag(a) == local_tag(el) for a in el.iterancestors())}
    nested |= {el: (speaker, el) for items in found.values() for el, speaker, _ in items if el in inside}
    found = defaultdict(list, {tag: [item for item in items if item[0] not in inside] for tag, items in found.items()})
    words_of = {tag: [words(el, own, nested) for el, _, own in items]
                for tag, items in found.items() if len(items) >= MIN_TURNS}
    by_id = {key: speaker for items in found.values() for _, speaker, own in items if own is not None
             for c in own.iter() if isinstance(c.tag, str) and local_tag(c) in _PERSON_ID_TAGS and (key := text_of(c))}
    if not words_of or not any(any(w) for w in words_of.values()):
        if (records := field_records(root, transcript_id, source, default_title)) is not None:
            title, date, date_source = _title_and_date(root)
            records.title = title if records.title == default_title and title else records.title
            if records.date is None:
                records.date, records.date_source = date, date_source
            return records
        if blocks := _text_blocks(root):
            text = "\n\n".join("".join(b.itertext()) for b in blocks)
            if page := len(HTML_BLOCK.findall(text)) >= MIN_HTML_BLOCKS:  # a page's HTML kept in it as text (CDATA)
                text = extract_page(max((el.text or "" for b in blocks for el in b.iter()), key=len), source).text
            return _text_transcript(text, f"text in <{local_tag(blocks[0])}>", root, transcript_id, source,
                                    default_title, markdown=page)
        raise IngestError(source, f"XML with no repeated element naming a speaker and holding words (root "
                                  f"<{local_tag(root)}>; read: elements with a {', '.join(SPEAKER_ATTRIBUTES)} "
                                  "attribute or a <speaker>, <spreker>, <talker>, <from>… element)")
    # the most turns with words: a container (an agenda item holding the speeches) names its first speaker too,
    # but there are fewer of them than of the speeches in them
    tag = _busiest(words_of)
    # speeches holding the interruptions made during them (the Tweede Kamer's <woordvoerder> around <interrumpant>),
    # each naming its speaker in a child of its own: the speeches are the turns, the interruptions runs inside them
    tag = max((t for t in words_of.keys() - PARAGRAPH_TAGS if t != tag and _holds(found[t], found[tag])),
              key=lambda t: len(found[t]), default=tag)
    if tag in TURN_HEAD_TAGS:  # the turns are the elements these head (<speech>, <interjection>), with all they hold
        headed = {local_tag(el.getparent()) for el, _, _ in found[tag]} & words_of.keys()
        tag = _busiest({t: words_of[t] for t in headed} or {tag: words_of[tag]})
    if tag in PARAGRAPH_TAGS:  # a speaker's element opens a paragraph; the paragraphs after it go on with the turn
        text, labels = labelled_text(root, tag)
        return _text_transcript(text, f"labels in <{tag}>", root, transcript_id, source, default_title, labels)
    tags = [tag, *_peers(tag, found, words_of)]
    order = {id(el): i for i, el in enumerate(elements(root))}
    turns = sorted(((el, speaker, runs) for t in tags for (el, speaker, _), runs
                    in zip(found[t], words_of[t], strict=True) if runs), key=lambda turn: order[id(turn[0])])
    # a run opened by an inline label (an interjection set inside a speech's text) is the member whose id its link
    # names, else the label as written; an element's runs by one person in a row are one utterance
    named = ([(_as_name(by_id.get(link, label) if link else label or speaker), text) for label, link, text in runs]
             for _, speaker, runs in turns)
    utterances = [Utterance("\n\n".join(text for _, text in group), who)
                  for runs in named for who, group in groupby(runs, key=lambda run: run[0])]
    title, date, date_source = _title_and_date(root)
    return Transcript(transcript_id, title or default_title, date, None, source, build_turns(transcript_id, utterances),
                      f"{FORMAT} (turns in {', '.join(f'<{t}>' for t in tags)})", date_source=date_source)


def _holds(outer: list, inner: list) -> bool:
    """True when every ``inner`` element sits inside an ``outer`` one, and each ``outer`` names its speaker in a
    child of its own (not a container naming its first speech's speaker further down)."""
    ids = {id(el) for el, _, _ in outer}
    return all(own is not None and own.getparent() is el for el, _, own in outer) and all(
        any(id(a) in ids for a in el.iterancestors()) for el, _, _ in inner)


def _as_name(label: str) -> str | None:
    """A speaker's label as their name: without the colon or Chile's ".-" after it, or an old Hansard's marks, or
    a play's full stop after a word ("Григорий.", not an initial's "J.")."""
    name = clean_line(label).removesuffix(".-").rstrip(":,").lstrip(_MARKS).strip()
    last = name.split()[-1][:-1] if name.endswith(".") else ""
    if last.isalpha() and (last[0].islower() or len(last) >= MIN_STOPPED_WORD):  # not "J." nor "Mag." (a degree)
        name = name[:-1]
    return name or None


def _busiest(words_of: dict) -> str:
    """The tag with the most elements holding words, then the most words."""
    return max(words_of, key=lambda t: (sum(bool(w) for w in words_of[t]),
                                        sum(len(run[2]) for w in words_of[t] for run in w)))


def _peers(tag: str, found: dict, words_of: dict) -> list[str]:
    """Other elements naming speakers beside ``tag``'s, neither inside nor around them: a written answers file's
    ``<reply>`` beside its ``<ques>``, each naming its member; not a few names in the narrative between hundreds of
    utterances (the Old Bailey's ``<rs>`` describing an offence, a ``<persName>`` in it)."""
    chosen = {id(el) for el, _, _ in found[tag]}
    around = {id(a) for el, _, _ in found[tag] for a in el.iterancestors()}
    return [t for t in words_of if t != tag and t not in PARAGRAPH_TAGS and any(words_of[t])
            and len(found[t]) * MAX_TURNS_PER_PEER >= len(found[tag])
            and not any(id(el) in around or any(id(a) in chosen for a in el.iterancestors()) for el, _, _ in found[t])]


def marked_up_text(text: str, transcript_id: str, source: str, default_title: str) -> Transcript | None:
    """A Markdown or text file whose body is a record's XML (a Hansard site keeping each sitting's Akoma Ntoso
    ``<speech by=…><from>…</from><p>…`` under Jekyll front matter), read as that XML; None for any other text,
    or where the markup holds no turns. The front matter's title names it, and dates it where the title does."""
    if not _ELEMENT_LINE.search(text):  # most text holds no tag at all: its front matter is not parsed twice
        return None
    lines = text.split("\n")
    front, start = front_matter(lines, source)
    body = "\n".join(lines[start:]).strip()
    tags = [line for line in body.split("\n") if line.strip()]
    if not _ELEMENT_LINE.match(body) or sum(bool(_ELEMENT_LINE.match(line.strip())) for line in tags) * 2 < len(tags):
        return None
    if _PAGE_ELEMENT.match(body):
        return None  # a page's HTML (a blog's export), which ``documents.page_in_markdown`` reads
    try:
        transcript = parse_xml(f"<document>{body}</document>", transcript_id, source, default_title)
    except IngestError:
        return None
    title = front.get("title") if isinstance(front.get("title"), str) else None
    if title and transcript.title == default_title:
        transcript.title = title
    if transcript.date is None:
        transcript.date, transcript.date_source = first_date(("title", title))
    return transcript


def _title_and_date(root) -> tuple[str | None, dt.date | None, str | None]:
    """The document's first title, and its date: TEI's <setting> first, then any date element."""
    title = next((t for t in (text_of(el) for el in elements(root) if local_tag(el) in TITLE_TAGS) if t), None)
    # TEI's <setting> holds when the sitting took place; other dates in its header are of the edition
    dates = sorted((el for el in elements(root) if local_tag(el) in DATE_TAGS),
                   key=lambda el: not any(local_tag(a) == "setting" for a in el.iterancestors()))
    date, date_source = first_date(*(("metadata", el.get("when") or el.get("date") or el.get("value") or text_of(el))
                                     for el in dates))
    return title, date, date_source


def _text_blocks(root) -> list:
    """The elements holding a transcript as running text, in document order: the one a transcript element
    (OHMS oral histories' ``<transcript>``) holds, else the elements of lines of text (a database export's
    ``<Field InputFieldName="AVT1">``, one per part of a sitting; a TEI edition's ``<p>`` broken by ``<lb/>``), of
    the tag that holds the most such text."""
    blocks = [el for el in elements(root) if local_tag(el) in TEXT_BLOCK_TAGS and len(text_of(el)) >= MIN_BLOCK_CHARS]
    if blocks:
        return [max(blocks, key=lambda el: len(text_of(el)))]
    texts = [(el, text) for el in elements(root) if el is not root and (text := _own_text(el).strip())
             and len(text) >= MIN_BLOCK_CHARS and text.count("\n") + _breaks(el) >= MIN_BLOCK_LINES]
    amount: dict[str, int] = defaultdict(int)
    for el, text in texts:
        amount[local_tag(el)] += len(text)
    tag = max(amount, key=amount.__getitem__, default=None)
    return [el for el, _ in texts if local_tag(el) == tag]


def _breaks(el) -> int:
    """How many ``<lb/>`` an element holds as its children: its lines where no newline follows them."""
    return sum(isinstance(child.tag, str) and local_tag(child) == "lb" and not (child.tail or "").startswith("\n")
               for child in el)


def _own_text(el) -> str:
    """The words an element holds itself, around its children (the lines between a paragraph's ``<lb/>``), not
    those inside them: a container's children's words are theirs."""
    return (el.text or "") + "".join(child.tail or "" for child in el)


def _text_transcript(text: str, shape: str, root, transcript_id: str, source: str, default_title: str,
                     labels: frozenset[str] | None = None, *, markdown: bool = False) -> Transcript:
    """A transcript the document holds as running text (one element's, or its paragraphs' with labels written in),
    read as a plain text file is (labels, wrapped lines); ``shape`` says which, in the format's name. Where the
    markup gave the ``labels``, they are the only ones: "Nur zur Erinnerung: Sie waren dabei." is a speech's words."""
    title, date, date_source = _title_and_date(root)
    transcript = parse_plain(text, transcript_id, source, title or default_title, speakers=labels or frozenset(),
                             only_speakers=labels is not None, markdown=markdown)
    transcript.format = f"{FORMAT} ({shape})"
    if date is not None:
        transcript.date, transcript.date_source = date, date_source
    return transcript


def _speaker(el, ids: dict) -> tuple[str | None, object | None]:
    """Who an element names as its speaker (by attribute first, then by element), and the element that names
    them, which is no part of the words (Akoma Ntoso's ``<from>`` beside ``by=``); (None, None) for neither."""
    own, level = None, [el]
    for _ in range(MAX_SPEAKER_DEPTH):
        level = [child for parent in level for child in parent if isinstance(child.tag, str)]
        # a speaker's element heads its turn; one inside a sentence ("I thank <persName>Mr Jones</persName>")
        # is someone mentioned
        own = next((child for child in level if local_tag(child) in SPEAKER_TAGS and heads(child)), None)
        if own is not None:
            break
    value = next((v for key in SPEAKER_ATTRIBUTES if (v := (el.get(key) or el.get(key.upper()) or "").strip())),
                 None)  # in capitals too, as SGML-era corpora write them (MICASE's <U WHO="S1">)
    if value and OPAQUE_ID.search(value) and not value.startswith("#"):  # the Old Bailey's speaker="17440223-0012"
        return printed_label(el) or value, own
    if value and (not value.startswith("#") or value[1:] in ids or own is None):
        resolved = resolve(value, ids, el)
        # a register entry that is no name (Chile's by="#persona", "representa cualquier persona", on every vote and
        # on speeches whose <from> names the speaker) yields to the printed label, and names nobody without one
        if any(char.isupper() for char in resolved):
            return resolved, own
        if own is None:
            return None, None
    if own is None and value is None and (noted := note_label(el)):  # a chair's turn opening with its note
        return noted
    if own is None:  # (a reference to no element, beside a <from> naming the speaker, yields to it)
        return None, None
    # the name as shown, where the element also holds ids, party and place (<name role="display">), else the name
    # its metadata gives (<name role="metadata">Dick, Milton MP (The SPEAKER)</name>, Australian Hansard)
    names = sorted((c for c in own.iter() if isinstance(c.tag, str) and local_tag(c) == "name"),
                   key=lambda c: c.get("role") != "display")
    if local_tag(el) in SPEAKER_TAGS:  # the turn is a speaker's own element, naming them (South Australia's
        # <talker><name>The Hon. K.J. MAHER</name>…<text><by>The Hon. K.J. MAHER (17:19):</by> words</text>)
        names = [c for c in el if isinstance(c.tag, str) and local_tag(c) == "name"] or names
    shown = names[0] if names else own
    printed = [text_of(c) for c in own if isinstance(c.tag, str) and local_tag(c) in ("aanhef", "verslagnaam")]
    speaker = " ".join(printed) if len(printed) == 2 else text_of(shown)  # VLOS: "Mevrouw" "Ouwehand", as printed
    if len(speaker) > MAX_SPEAKER_CHARS and (opening := _OPENING_LABEL.match(speaker)):
        return opening.group(1), None  # a label and the first words in one element ("El señor ULLOA.- Señor…")
    if names and UNRESOLVED_LABEL.match(speaker):  # <name>UNKNOWN</name> beside <post>PRESIDENTA</post>: the office
        speaker = next((text_of(c) for c in own.iter() if isinstance(c.tag, str) and local_tag(c) in _OFFICE_TAGS
                        and text_of(c)), speaker)
    return (speaker if 0 < len(speaker) <= MAX_SPEAKER_CHARS else None), own
