"""Labels the markup names: the speakers a page's or a record's elements hold, labels whatever their shape.

A chat archive's page names each message's author in an element of its own (Slack's exported pages: ``<div
class="user">matsubara0507</div>``; DiscordChatExporter: ``<span class="chatlog__author">che aporeps 🌮</span>``),
which ``html.speaker_marked_text`` writes as a ``Name:`` label paragraph. Read as running text, such a label is
judged by its shape: a lower-case handle is a label only where the file makes handles its convention
(``labels.GATED``), and a nickname with an emoji or a clock time before it has no label's shape at all. The page's
structure has already said who speaks, so those names are labels as written; other labels in the words are read by
the file's own grammar as before. A debate record's XML read as labelled paragraphs (``xml_turns``) names every
speaker in its elements, so there its labels are the only ones: "Nur zur Erinnerung: Sie waren dabei." is words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, fields
from functools import cached_property

from qa_bot.ingest.labels import Label, LabelGrammar, match_label
from qa_bot.text import parse_seconds

MARKUP_STYLE = "markup"  # a label's style when the page's markup named the speaker


@dataclass(frozen=True)
class MarkupGrammar(LabelGrammar):
    """A file's own label grammar (``learn_grammar``) with the speakers its markup named matched first: ``Name:``,
    or ``[stamp] Name:`` where the page gave the message's time beside the name."""

    speakers: frozenset[str] = frozenset()
    only: bool = False  # the markup names every speaker: no other label counts

    @classmethod
    def over(cls, grammar: LabelGrammar, speakers: Iterable[str], *, only: bool = False) -> LabelGrammar:
        """``grammar`` with ``speakers`` matched first (``only``: and nothing else); ``grammar`` itself when there
        are none."""
        known = frozenset(speakers)
        if not known:
            return grammar
        return cls(**{f.name: getattr(grammar, f.name) for f in fields(grammar)}, speakers=known, only=only)

    @cached_property
    def _pattern(self) -> re.Pattern[str]:
        names = "|".join(map(re.escape, sorted(self.speakers, key=len, reverse=True)))  # "Ann Lee" before "Ann"
        return re.compile(rf"(?:\[(?P<stamp>[^\]\n]{{1,40}})\]\s*)?(?P<name>{names}):(?:\s+|$)")

    def match(self, text: str) -> Label | None:
        """The markup's label opening ``text``, else the label the file's own grammar finds there, or None."""
        m = self._pattern.match(text)
        if m is None:
            return None if self.only else super().match(text)
        start = parse_seconds(m.group("stamp")) if m.group("stamp") else None  # a date and clock time is none
        name, rest = m.group("name"), text[m.end():].strip()
        parsed = match_label(f"{name}: {rest}")  # "Alexander Throm (CDU/CSU)": the name, its note apart
        if parsed is not None and parsed.written == name.replace("[", "(").replace("]", ")"):
            return Label(parsed.name, parsed.written, rest, start, MARKUP_STYLE)
        return Label(name, name, rest, start, MARKUP_STYLE)

    @property
    def convention(self) -> str:
        """The markup's speakers first, then (unless they are the only labels) the styles the words use, as
        ``LabelGrammar.convention`` names them."""
        marked = f"speakers named by the markup ({len(self.speakers)} names)"
        return f"{marked}, {super().convention}" if self.styles and not self.only else marked
