"""The exports of particular tools and services, each told by its extension or by how it opens.

``TOOL_FORMATS`` maps a format's name to ``(suffix, looks_like, parse)``:
a file is read by ``parse`` when it bears the suffix (if the format has one) or when ``looks_like``
is true of its first thousand characters, whatever its name. They are tried
in this order, before the general formats (captions, JSON, tables, running
text), so the generic XML reader comes after the tools whose files are XML.
"""

from __future__ import annotations

from collections.abc import Callable

from qa_bot.ingest.ass import looks_like_ass, parse_ass
from qa_bot.ingest.capiq import looks_like_capiq, parse_capiq
from qa_bot.ingest.chat_log import looks_like_chat_log, parse_chat_log
from qa_bot.ingest.europarl import looks_like_europarl, parse_europarl
from qa_bot.ingest.linguistics import (
    looks_like_chat,
    looks_like_eaf,
    looks_like_exb,
    looks_like_textgrid,
    looks_like_trs,
    parse_chat,
    parse_eaf,
    parse_exb,
    parse_textgrid,
    parse_trs,
)
from qa_bot.ingest.nlp_tokens import looks_like_nlp, parse_nlp
from qa_bot.ingest.redhen import looks_like_redhen, parse_redhen
from qa_bot.ingest.renpy import looks_like_renpy, parse_renpy
from qa_bot.ingest.screenplay import looks_like_fdx, looks_like_trelby, parse_fdx, parse_trelby
from qa_bot.ingest.srt import looks_like_sbv, parse_sbv
from qa_bot.ingest.stm import looks_like_stm, parse_stm
from qa_bot.ingest.treebank import looks_like_conllu, parse_conllu
from qa_bot.ingest.ttml import looks_like_ttml, parse_ttml
from qa_bot.ingest.xml_turns import looks_like_xml, parse_xml
from qa_bot.ingest.yaml_doc import looks_like_yaml, parse_yaml
from qa_bot.types import Transcript

Parser = Callable[[str, str, str, str], Transcript]  # (text, transcript id, source, default title)
# A format whose files bear a common extension (Europarl's .txt) has no suffix of its own: its content tells it.
TOOL_FORMATS: dict[str, tuple[str | None, Callable[[str], bool], Parser]] = {
    "nlp": (".nlp", looks_like_nlp, parse_nlp),
    "transcriber": (".trs", looks_like_trs, parse_trs),
    "exmaralda": (".exb", looks_like_exb, parse_exb),
    "elan": (".eaf", looks_like_eaf, parse_eaf),
    "praat": (".textgrid", looks_like_textgrid, parse_textgrid),
    "chat": (".cha", looks_like_chat, parse_chat),
    "conll-u": (".conllu", looks_like_conllu, parse_conllu),  # treebanks of speech: a sentence a block
    "orfeo": (".orfeo", looks_like_conllu, parse_conllu),  # the same, the speaker and times in columns
    "sbv": (".sbv", looks_like_sbv, parse_sbv),
    "stm": (".stm", looks_like_stm, parse_stm),  # NIST's reference segments, scored against speech recognition
    "yaml": (".yaml", looks_like_yaml, parse_yaml),  # data as JSON holds it, by the extension only
    "yml": (".yml", looks_like_yaml, parse_yaml),
    "ass": (".ass", looks_like_ass, parse_ass),  # .ssa, the older dialect, by its [Script Info] opening too
    "ssa": (".ssa", looks_like_ass, parse_ass),
    "final draft": (".fdx", looks_like_fdx, parse_fdx),
    "trelby": (".trelby", looks_like_trelby, parse_trelby),
    "ren'py": (".rpy", looks_like_renpy, parse_renpy),
    "ttml": (".ttml", looks_like_ttml, parse_ttml),  # .dfxp and .xml captions too, by their <tt> root
    "chat log": (".log", looks_like_chat_log, parse_chat_log),
    "europarl": (None, looks_like_europarl, parse_europarl),
    "red hen captions": (None, looks_like_redhen, parse_redhen),
    "capital iq": (None, looks_like_capiq, parse_capiq),  # earnings calls exported to text
    "xml": (".xml", looks_like_xml, parse_xml),  # after the XML of the tools above: their own readers first
}
