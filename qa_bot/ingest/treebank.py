"""Treebanks of speech in CoNLL-U and its kin (.conllu, ORFEO's .orfeo): a sentence a block, its words a row each.

    # sent_id = GUM_conversation_vet-1            (Universal Dependencies: the speaker in a comment,
    # speaker = Marcia                              "speaker", "speaker_id" or "who"; the words in "text")
    # text = Okay, so a recheck would be about that much…
    1	Okay	okay	INTJ	…

    # text = ah salut                             (ORFEO: the speaker and the times in three more columns,
    1	ah	ah	INT	…	8.090000	8.170000	JUL       the same speaker on every word of the sentence)

The conllu library reads the blocks and their comments. Consecutive sentences of one speaker are one turn; a
file may hold several recordings (``# newdoc id = …``), kept in order. The title is the file's own
(``# meta::title``), else its first document's id.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from qa_bot.errors import IngestError
from qa_bot.ingest.speakers import Utterance, build_turns
from qa_bot.text import clean_line, parse_seconds
from qa_bot.types import Transcript

FORMAT = "conll-u"
_FIELDS = ("id", "form", "lemma", "upos", "xpos", "feats", "head", "deprel", "deps", "misc")
_ORFEO_FIELDS = (*_FIELDS, "start", "end", "speaker")  # ORFEO's three columns after CoNLL-U's ten
# a speaker's full name first, where the corpus gives one (Rhapsodie's "speaker_fullname" beside its "L1", a code
# each document gives anew); "unspecified" names no one
SPEAKER_COMMENTS = ("speaker_fullname", "speaker_name", "speaker", "speaker_id", "who", "spk", "participant")
_UNNAMED = frozenset(("unspecified", "unknown", "_", "none", "n/a"))
_SENTENCE = re.compile(r"^# (?:sent_id|text) = ", re.M)
_WORD_ROW = re.compile(r"^\d+\t[^\t\n]+\t", re.M)


def looks_like_conllu(head: str) -> bool:
    """Whether a text opens as CoNLL-U does: sentence comments and rows of numbered words, tab-separated."""
    return bool(_SENTENCE.search(head)) and len(_WORD_ROW.findall(head)) >= 2


def parse_conllu(text: str, transcript_id: str, source: str, default_title: str) -> Transcript:
    """A turn per run of sentences of one speaker; ``IngestError`` for a file with no sentence."""
    import conllu

    rows = [line for line in text.split("\n") if line[:1].isdigit()]
    fields = _ORFEO_FIELDS if rows and rows[0].count("\t") + 1 >= len(_ORFEO_FIELDS) else _FIELDS
    try:
        sentences = conllu.parse(text.lstrip("\ufeff"), fields=fields)
    except conllu.exceptions.ParseException as exc:
        raise IngestError(source, f"malformed CoNLL-U: {exc}") from exc
    utterances = [u for u in (_utterance(s) for s in sentences) if u.text]
    if not utterances:
        raise IngestError(source, "no sentences found (read as CoNLL-U: expected '# text = …' over rows of words)")
    meta = sentences[0].metadata
    title = clean_line(str(meta.get("meta::title") or meta.get("newdoc id") or "")) or default_title
    return Transcript(transcript_id, title, None, None, source,
                      build_turns(transcript_id, utterances, merge=True), FORMAT)


def _utterance(sentence: Any) -> Utterance:
    """A sentence's words (its ``text_ortho`` comment, the words as spelt where ``text`` marks up the speech's
    structure, ``{ dis || eh our girls } <``; else ``text``; else its words' forms), its speaker and, in ORFEO,
    its times."""
    meta = sentence.metadata
    words = [token for token in sentence if isinstance(token.get("id"), int)]  # not "1-2" contractions
    text = clean_line(meta.get("text_ortho") or meta.get("text") or " ".join(str(token["form"]) for token in words))
    said = Counter(str(token["speaker"]) for token in words if token.get("speaker"))
    speaker = next((named for k in SPEAKER_COMMENTS
                    if (named := clean_line(meta.get(k) or "")) and named.casefold() not in _UNNAMED), None) or \
        (said.most_common(1)[0][0] if said else None)
    start = parse_seconds(words[0].get("start")) if words else None
    end = parse_seconds(words[-1].get("end")) if words else None
    return Utterance(text, speaker or None, start=start, end=end)
