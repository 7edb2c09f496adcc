"""XML records whose paragraphs open with their speakers' elements (a court record's ``<speaker>THE MARSHAL:
</speaker>`` inside each ``<p>``, the Old Bailey's witness names in small capitals, the Bundestag's label alone in
an element of its own), written as a labelled text for the plain reader, paragraphs after a label going on with
its turn. ``xml_turns`` reads records whose turns are elements of their own."""

from __future__ import annotations

import re

from qa_bot.ingest.speakers import UNKNOWN_SPEAKER
from qa_bot.ingest.xml_tree import elements, local_tag, text_of

# Elements naming the speaker of the turn or paragraph they open.
SPEAKER_TAGS = frozenset({
    "speaker", "speakername", "spreker", "talker", "from", "who", "persname", "redner", "sprecher", "orateur",
    "intervenant", "orador", "oratore", "mowca", "spkr", "by", "member",  # historic Hansard: <member>Mr. Hunt</member>
})
# Beside a record's paragraphs: an element holding a label alone ("Vizepräsidentin Aydan Özoğuz:"), a paragraph's
# opening label, and the parts of a comment (" – " apart) where a member calls out ("Lamya Kaddor [GRÜNE]: Wie denn?")
_EMPHASIS_TAGS = frozenset({"hi", "b", "strong", "emph", "sc"})  # type set around a speaker's name
_EXAMINED = re.compile(r"^(?:(?:cross|re)[- ]?examined|examined|by the court|court\.|\((?:re-?called|recalled)\))",
                       re.I)  # a deposition's further examination, the witness's words still
_NAME_STOP = re.compile(r"^\s*['’]?[.:]['’]?(?:—|\s|$)\s*")  # after a name opening a paragraph: ". ", ".—", ":", "'."
_LABEL_ALONE = re.compile(r"[^\W\d][^:\[\]]{1,80}:")
_LEADING_LABEL = re.compile(r"[^\W\d][^:]{1,100}?:(?=\s|$)")
_COMMENT_PARTS = re.compile(r"\s+[–—]\s+")
_INTERJECTOR = re.compile(r"[^\W\d][^:\[\]()]{1,80} \[[^\[\]]{1,40}\]:\s+\S")
_CALL = re.compile(r"(?:Gegenruf|Zuruf) (?:des|der) Abg\. ")  # "Gegenruf der Abg. Clara Bünger [DIE LINKE]: …"
# page furniture inside a transcript's body: running heads, page numbers and breaks (TEI's <fw>, <pb>)
FURNITURE_TAGS = frozenset({"runninghead", "pagenum", "pageno", "pb", "fw"})


def labelled_text(root, tag: str) -> tuple[str, frozenset[str]]:
    """The document's outermost ``tag`` paragraphs as text, a blank line apart, each speaker's element written
    as a label (``THE MARSHAL:``; one without a colon and no words after it is a heading: "AFTERNOON
    SESSION"), page furniture (``FURNITURE_TAGS``) left out. Beside the paragraphs, an element holding a label
    alone (the Bundestag's presiding officer, ``<name>Vizepräsidentin Aydan Özoğuz:</name>``) is that label, and
    a comment's interjections (``<kommentar>(Beifall bei der CDU/CSU – Lamya Kaddor [BÜNDNIS 90/DIE GRÜNEN]: Das ist
    sogar dokumentiert!)</kommentar>``) are their members' turns, the speech going on under its label after them.
    The labels so written come with the text."""
    paragraphs = [el for el in elements(root)
                  if local_tag(el) == tag and not any(local_tag(a) == tag for a in el.iterancestors())]
    chosen, parents = {id(el) for el in paragraphs}, {id(el.getparent()) for el in paragraphs}
    out: list[str] = []
    labels: set[str] = set()
    current = None  # the label the speech is under
    deposed = False  # under a deposition opened by its witness's name: only an examination's paragraphs go on
    for el in elements(root):
        if id(el) in chosen:
            text = " ".join(_labelled(el, labels).split())
            openers = [c for c in el if isinstance(c.tag, str) and speaker_child(c) is not None and heads(c)]
            if openers:
                current = label.group(0) if (label := _LEADING_LABEL.match(text)) else current
                deposed = local_tag(openers[0]) in _EMPHASIS_TAGS
            elif deposed and text and not _EXAMINED.match(text) and not text[0].islower() and text[0] != "—":
                # "GUILTY.", the next case: the record's own (not a sentence going on past a page break)
                text, current, deposed = f"{UNKNOWN_SPEAKER}: {text}", None, False
                labels.add(UNKNOWN_SPEAKER)
        elif el.getparent() is not None and id(el.getparent()) in parents and (text := text_of(el)):
            if _LABEL_ALONE.fullmatch(text):
                current = text
            elif interjections := _interjections(text):
                labels.update(part.partition(":")[0] for part in interjections)
                text = "\n\n".join([*interjections, *([current] if current else [])])
            else:
                continue
        else:
            continue
        if text:
            out.append(text)
            labels.update([current[:-1]] if current else [])
    return "\n\n".join(out), frozenset(labels)


def _interjections(text: str) -> list[str]:
    """The members' interjections in a comment wholly in parentheses, each ``Name [Party]: words``, the parts a
    dash apart (applause, unnamed calls) left out; none when no part names a member so."""
    if not (text.startswith("(") and text.endswith(")")):
        return []
    parts = (_CALL.sub("", part, count=1) for part in _COMMENT_PARTS.split(text[1:-1]))
    return [part for part in parts if _INTERJECTOR.match(part)]


def _labelled(el, labels: set[str]) -> str:
    """An element's text with its speakers' elements as labels (added to ``labels``) and without page furniture
    (``_labelled_text``)."""
    parts = [el.text or ""]
    for child in el:
        name = local_tag(child) if isinstance(child.tag, str) else ""
        if name in _EMPHASIS_TAGS and (named := speaker_child(child)) is not None and heads(child):
            who = text_of(named)  # the Old Bailey's "<hi rend="smallCaps"><persName>ANN LEE</persName></hi>. I live…"
            parts.append(f"{who}: {_NAME_STOP.sub('', child.tail or '', count=1)}")
            labels.add(who)
            continue
        if name in SPEAKER_TAGS and heads(child):
            who, printed = text_of(child), " ".join((child.tail or "").split())
            if _LABEL_ALONE.fullmatch(printed):  # the label printed after the element: "Alexander Throm (CDU/CSU):"
                parts.append(f"{printed} ")
                labels.add(printed[:-1])
                continue
            heading = not who.endswith(":") and not printed and child.getnext() is None
            parts.append(who if heading else f"{who.rstrip(':')}: ")
            labels.update([] if heading else [who.rstrip(":")])
        elif name and name not in FURNITURE_TAGS:
            parts.append(_labelled(child, labels))
        parts.append(child.tail or "")
    return "".join(parts)


def speaker_child(child):
    """The speaker's element ``child`` is, or the one it sets in small capitals or bold and holds alone (a witness's
    name opening each deposition, the words after its full stop), where nothing follows it but such a stop or a
    note in parentheses; else None."""
    if local_tag(child) in SPEAKER_TAGS:
        return child
    inner = [c for c in child if isinstance(c.tag, str)]
    alone = len(inner) == 1 and not (child.text or "").strip() and not (inner[0].tail or "").strip()
    stopped = _NAME_STOP.match(child.tail or "") or (child.tail or "").lstrip().startswith("(")
    return inner[0] if local_tag(child) in _EMPHASIS_TAGS and alone and local_tag(inner[0]) in SPEAKER_TAGS \
        and stopped else None


def heads(child) -> bool:
    """True for an element no words come before within its parent (it opens the turn, as a speaker label does)."""
    parent = child.getparent()
    before = [parent.text or ""]
    for sibling in parent:
        if sibling is child:
            break
        before.append(("" if local_tag(sibling) in SPEAKER_TAGS else text_of(sibling)) + (sibling.tail or ""))
    return not "".join(before).strip()
