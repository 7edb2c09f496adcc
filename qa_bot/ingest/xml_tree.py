"""Parsing XML safely, and walking a parsed record: its elements, their local names, and a turn element's words
run by speaker.

A debate record does not always keep one speaker to an element. Australian
Hansard nests a member's interjection inside the speech it interrupts, as an
``<interjection>`` naming its member (``words``' ``nested``), or sets it as a
paragraph of the speech's text opening with the member's styled label
(``_inline_label``). Both are read as that member's words, and the speech's
words after them as its speaker's again; the interjector's own details
(page, ids, electorate) are never words.
"""

from __future__ import annotations

import html.entities
import logging
import re

from qa_bot.errors import IngestError

PARAGRAPH_TAGS = frozenset({"p", "al", "para", "seg", "l", "line", "inline", "text", "tekst", "alinea", "alineaitem"})
# a turn whose paragraphs are its words, its other children the speaker's name, house and time: South Australia's
# <talker>; the Tweede Kamer's speeches and interruptions (VLOS: <spreker>, <markeertijdbegin>, <tekst>)
DETAILED_TAGS = frozenset({"talker", "woordvoerder", "interrumpant"})
# TEI's events inside speech, described rather than spoken (<incident><desc>rires</desc></incident>, a pause)
EVENT_TAGS = frozenset({"incident", "kinesic", "vocal", "pause", "gap"})
# the class or type of an element holding a label inside a speech: a member interjecting or going on, an office
_INLINE_LABEL_STYLE = re.compile(r"interject|continu|member|office|speaker", re.I)
MAX_INLINE_LABEL_WORDS = 6
_BREAK = "\x00"  # between paragraphs while an element's text is gathered

# an entity reference or a bare ampersand: XML's own five stay, HTML's become characters (``_entity``)
_ENTITY = re.compile(r"&(?:(#\d+|#x[0-9A-Fa-f]+|[A-Za-z][A-Za-z0-9]*);)?")
_XML_ENTITIES = frozenset({"amp", "lt", "gt", "quot", "apos"})
logger = logging.getLogger(__name__)

# (label or speaker, the id a label links to, words); a run without a label is the turn element's speaker's
Run = tuple[str | None, str | None, str]


def undeclared(text: str) -> str:
    """Decoded XML without its byte order mark and declaration: the declaration's encoding (``ISO-8859-1``) names
    the file's bytes, no longer the text's, and a parser handed the text as UTF-8 would decode it by that again
    (``malgré`` read as ``malgrÃ©``)."""
    body = text.lstrip("\ufeff \t\r\n")
    return body.split("?>", 1)[1] if body.startswith("<?xml") else body


def elements(root):
    """Every element under ``root`` (itself included), in document order."""
    return (el for el in root.iter() if isinstance(el.tag, str))  # not comments or processing instructions


def local_tag(el) -> str:
    """An element's name without its namespace, lower-cased."""
    return el.tag.rsplit("}", 1)[-1].lower()


def text_of(el) -> str:
    """An element's text, its whitespace collapsed."""
    return " ".join("".join(el.itertext()).split())


def words(el, own, nested: dict) -> list[Run]:
    """The element's words, a paragraph per paragraph element (``PARAGRAPH_TAGS``), without its speaker's element
    ``own``, as runs by speaker: the element's own first; then, for an element inside it naming another speaker's
    element (``nested``: element -> (speaker, its speaker's element)), that speaker's; for a paragraph opening with
    an inline label, the label's and its link's, on to the next; after a nested element, the element's own again."""
    runs: list[tuple[str | None, str | None, list[str]]] = [(None, None, [el.text or ""])]
    skipped: list[tuple[object, str]] = []  # the labels' texts: (element, "text" | "tail")

    def walk(node, own) -> None:
        for child in node:
            inner = nested.get(child) if isinstance(child.tag, str) else None
            if inner is None and isinstance(child.tag, str) and local_tag(node) in DETAILED_TAGS and (
                    local_tag(child) not in PARAGRAPH_TAGS):
                pass  # the speaker's name, house and time: no words of theirs
            elif isinstance(child.tag, str) and local_tag(child) in EVENT_TAGS:
                pass  # laughter, a pause, a noise: described, not said
            elif inner is not None and inner[1] is not own and child is not own:
                runs.append((inner[0], None, [child.text or ""]))  # (blank where a speaker's element opens it)
                walk(child, inner[1])
                runs.append((None, None, []))
            elif isinstance(child.tag, str) and child is not own:
                block = local_tag(child) in PARAGRAPH_TAGS
                if block and (found := _inline_label(child)):
                    label, link, consumed = found
                    skipped.extend(consumed)
                    runs.append((label, link, []))
                runs[-1][2].extend((_BREAK if block else "", "" if (child, "text") in skipped else child.text or ""))
                walk(child, own)
                runs[-1][2].append(_BREAK if block else "")
            runs[-1][2].append("" if (child, "tail") in skipped else child.tail or "")

    walk(el, own)
    split = ((label, link, (" ".join(p.split()) for p in "".join(parts).split(_BREAK))) for label, link, parts in runs)
    return [(label, link, text) for label, link, ps in split if (text := "\n\n".join(p for p in ps if p))]


def opens(el, own) -> bool:
    """True where no words come before the speaker's element ``own`` within ``el``: it heads what ``el`` holds (an
    interjection naming its member first), rather than a speaker's element inside the words (a chair's interruption
    set in the text of a speech)."""
    for owner, where, text in _texts(el):
        if owner is own and where == "text":
            return True
        if text.strip():
            return False
    return False


def _inline_label(paragraph) -> tuple[str, str | None, list] | None:
    """The label opening a paragraph in elements styled as a member's (Australian Hansard's ``<a href="83M"
    type="MemberInterjecting"><span class="HPS-MemberInterjecting">The SPEAKER:</span></a>``, a name the
    typesetter may split over two such spans), with the id its link names and the (element, "text" | "tail")
    texts it takes; None where the paragraph opens otherwise, or the styled text is no short label ending in a
    colon (``Ms PLIBERSEK (Sydney) (14:16):``, the speech's own heading, is kept as its words)."""
    label, link, consumed = "", None, []
    for owner, where, text in _texts(paragraph):
        if not text.strip():
            continue
        holder = owner if where == "text" else owner.getparent()  # a tail is its parent's text
        chain = [holder, *holder.iterancestors()]
        chain = chain[:chain.index(paragraph)]
        if not any(_INLINE_LABEL_STYLE.search(f"{e.get('class', '')} {e.get('type', '')}") for e in chain):
            break
        label += text
        consumed.append((owner, where))
        link = link or next((e.get("href") for e in chain if e.get("href")), None)
    label = " ".join(label.split())
    if not label.endswith(":") or len(label.split()) > MAX_INLINE_LABEL_WORDS:
        return None
    return label[:-1].strip(), link, consumed


def _texts(node):
    """A node's texts in document order, each with the element that holds it and whether as its text or tail."""
    yield node, "text", node.text or ""
    for child in node:
        if isinstance(child.tag, str):
            yield from _texts(child)
        yield child, "tail", child.tail or ""


def parse_root(text: str, source: str):
    """The root element of decoded XML, parsed with entities, DTDs and network off. Broken markup is read as far
    as lxml's recovery goes, with a warning naming where it breaks; ``IngestError`` when nothing is left."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, recover=True, huge_tree=False)
    # (lxml refuses an encoding declaration on decoded text); "R&D", "&nbsp;": kept as the characters meant
    body = _ENTITY.sub(_entity, undeclared(text))
    try:
        root = etree.fromstring(body.encode("utf-8"), parser)
    except etree.XMLSyntaxError as exc:
        raise IngestError(source, f"malformed XML ({exc})") from exc
    if root is None:
        raise IngestError(source, "malformed XML (no root element)")
    if parser.error_log:
        first = parser.error_log[0]
        logger.warning("%s: broken XML at line %s (%s); read as far as it goes", source, first.line, first.message)
    return root


def _entity(m: re.Match[str]) -> str:
    """A reference XML knows stays; an HTML one becomes its character; a bare ampersand is escaped."""
    name = m.group(1)
    if name is None:
        return "&amp;"
    if name in _XML_ENTITIES or name.startswith("#"):
        return m.group(0)
    code = html.entities.name2codepoint.get(name)
    return f"&#{code};" if code else m.group(0)
