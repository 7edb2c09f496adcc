"""Who an XML element names as its speaker when its attribute does not spell a name: a reference to a person kept in
another file (``who="#VaclavVotava.1950"``, named by the speaker note before the turn), a number (the Old Bailey's
``speaker="17440223-0012"``, named by the label printed before it) or none (a chair's turn opening with its note)."""

from __future__ import annotations

import re

from qa_bot.ingest.xml_tree import local_tag, text_of
from qa_bot.text import folded

OPAQUE_ID = re.compile(r"\d{4}")  # a speaker attribute that numbers the person rather than naming them
MAX_PRINTED_LABEL_WORDS = 5
MAX_NOTE_LABEL_CHARS = 60
_ID_YEAR = re.compile(r"\.\d+$")  # after a person id's name, a year of birth: "JanBartosek.1971"


def printed_label(el) -> str | None:
    """The label printed before an utterance in its paragraph (the Old Bailey's ``<p>Bowler. <u speaker=…>``, a
    name there in a ``<persName>``), without its full stop or colon; None where words come before it instead."""
    parent = el.getparent()
    if parent is None:
        return None
    before = [parent.text or ""]
    for sibling in parent:
        if sibling is el:
            break
        before.append(text_of(sibling) + (sibling.tail or ""))
    label = " ".join("".join(before).split()).rstrip(" .:-–")
    return label if 0 < len(label.split()) <= MAX_PRINTED_LABEL_WORDS else None


def resolve(value: str, ids: dict, el) -> str:
    """A ``#ref``, or a bare code (TEI-CORPO's ``wh="spk1"``), as the name of the element it points to
    (``showAs``, a ``name`` attribute, a person name, or its text); a reference to no element of this file as
    ``_unresolved`` names it."""
    key = value.removeprefix("#")
    target = ids.get(key)
    if target is None:
        return _unresolved(key, el)
    named = next((c for c in target.iter() if isinstance(c.tag, str) and local_tag(c) == "persname"), target)
    return target.get("showAs") or target.get("name") or _person_name(named) or key


_NAME_PART_ORDER = {"rolename": 0, "addname": 0, "forename": 1, "namelink": 2, "surname": 3}


def _person_name(el) -> str:
    """A person's name, given names first where its parts are tagged: ParlaMint writes ``<surname>Mikl-Leitner
    </surname><forename>Johanna</forename><roleName>Mag.</roleName>``, read "Mag. Johanna Mikl-Leitner"."""
    parts = [c for c in el if isinstance(c.tag, str) and local_tag(c) in _NAME_PART_ORDER]
    if not {"forename", "surname"} <= {local_tag(c) for c in parts}:
        return text_of(el)
    return " ".join(text_of(c) for c in sorted(parts, key=lambda c: _NAME_PART_ORDER[local_tag(c)]))


def _unresolved(ref: str, el) -> str:
    """Who a reference names when its person is kept in another file (ParlaMint and ParCzech list their people
    apart): the name as the speaker note before the turn writes it, where the note ends with the reference's
    name in either order (``Poslanec Václav Votava`` before ``who="#VaclavVotava.1950"`` gives ``Václav Votava``,
    ``MARIO GASPARINI`` before ``#GaspariniMario`` is that, and so is a note holding every part of it, from the
    first: ``Elsa Artadi i Vila`` for ``ArtadiElsa``), else the reference's name spelt out (``Vaclav
    Votava``). A reference that is no name (``#unknown-M``, shared by all the unnamed men) is the note's speaker,
    else kept as written."""
    parts = _id_parts(ref)
    note = _speaker_note(el)
    words = note.split() if note else []
    if parts is None:
        return note or ref
    for start in range(len(words)):
        if _folded("".join(words[start:])) == _folded("".join(parts)):
            return " ".join(words[start:])
    tail = words[-len(parts):]
    if len(tail) == len(parts) and sorted(map(_folded, tail)) == sorted(map(_folded, parts)):
        return " ".join(tail)
    found = [i for i, word in enumerate(words) if _folded(word) in map(_folded, parts)]  # "Elsa Artadi i Vila"
    if {_folded(words[i]) for i in found} == set(map(_folded, parts)):
        return " ".join(words[found[0]:])
    return " ".join(parts)


def _id_parts(ref: str) -> list[str] | None:
    """A person id's name in its capitalised parts (``JanBartosek.1971``: Jan, Bartosek; ``BožičIvan``: Božič,
    Ivan); None for an id that is no name so written."""
    name = _ID_YEAR.sub("", ref)
    if not name.isalpha() or not name[0].isupper():
        return None
    parts: list[str] = []
    for char in name:
        if char.isupper() or not parts:
            parts.append(char)
        else:
            parts[-1] += char
    return parts if len(parts) >= 2 and all(len(p) >= 2 and p[1:].islower() for p in parts) else None


def _speaker_note(el) -> str | None:
    """The text of the ``<note type="speaker">`` heading a turn (page breaks and time notes may come between)."""
    sibling = el.getprevious()
    while sibling is not None and (not isinstance(sibling.tag, str) or local_tag(sibling) in ("note", "pb")):
        if isinstance(sibling.tag, str) and sibling.get("type") == "speaker":
            return text_of(sibling).rstrip(":")
        sibling = sibling.getprevious()
    return None


def _folded(text: str) -> str:
    """Letters only, lower case, accents off: how an id spells a name (``Bartošek`` as ``bartosek``)."""
    return "".join(c for c in folded(text) if c.isalnum())



def note_label(el) -> tuple[str, object] | None:
    """The label a turn's first element prints, a ``<note>`` ending in a colon (a Faroese chair's turn, ``<u
    ana="#chair"><note>Formaðurin:</note>…``, with no ``who``), and that element; None for any other opening."""
    first = next((child for child in el if isinstance(child.tag, str)), None)
    if first is None or local_tag(first) != "note" or (el.text or "").strip():
        return None
    label = text_of(first)
    return (label[:-1].strip(), first) if label.endswith(":") and 1 < len(label) <= MAX_NOTE_LABEL_CHARS else None
