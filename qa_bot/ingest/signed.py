"""Paragraphs signed at their end: a record that closes each question and answer with its speaker in
parentheses instead of opening it with a label.

A city council's summary of its sessions (Kodaira's bill pages) writes every question and every answer as a
paragraph ending in who said it: "…地域振興券等の施策を行わなかったのはなぜか。（中江 美和）", "…2.6億円を計上し
ている。（余語 地域振興部長）". No label opens a paragraph, so running text would credit the whole page to no one.
Where enough paragraphs are signed so, with names that recur, each signed paragraph is its signer's; any other
paragraph (a heading, a list of questions) is no one's, never the signer's before it.

A fact-check sets each claim it checks as a quotation of its own, a dash and who said it after the closing mark
("“There’s been no court ruling on this issue”—Nigel Dodds MP"): where a few paragraphs are quoted so, each is
that person's words, without the marks, and the checker's prose between them is no one's.
"""

from __future__ import annotations

import re
from collections import Counter

from qa_bot.ingest.speakers import UNKNOWN_SPEAKER, Utterance
from qa_bot.text.lexicon import NON_SPEECH_NOTES

SIGNED_CONVENTION = "a signature closing each paragraph: （Name）, “…”—Name"
# A name in parentheses closing a paragraph: no sentence punctuation, no digits (a date, a page, a sum), or a
# research report's code for whom it quotes ("(Entrevistado n. 7)", "(P12)"); the quote's closing mark may follow
_CODE_NUMBER = r"\s*(?:n[º°o]?\.?\s*)?\d{1,3}"  # after a code's role: "n. 7", "12"
_SIGNATURE = re.compile(rf"[（(](?P<name>[^（）()\n。、，,.!?！？:：\d]{{1,24}}|(?P<role>[^\W\d_]{{1,21}}\.?)"
                        rf"{_CODE_NUMBER})[）)][\s.“”\"'’»]*$")
_CODE = re.compile(rf"(?<=\D){_CODE_NUMBER}$")
# what such a code in parentheses is where it names no one: a figure, a table, a page, a source
_REFERENCES = frozenset(("fig", "figure", "figura", "table", "tabela", "tabla", "tab", "p.", "pp.", "page", "página",
                         "anexo", "annex", "appendix", "apêndice", "see", "ver", "cf", "art", "artigo", "section",
                         "seção", "chapter", "capítulo", "vol", "note", "nota", "eq", "equation", "ref", "version",
                         "quadro", "gráfico", "grafico", "slide", "questão", "questao", "question", "item", "lei",
                         "law", "abbildung", "tabelle", "seite"))  # "p." a page, "P12" a participant
MIN_SIGNED = 6  # signed paragraphs in a file, one name among them twice or more
MIN_SIGNED_SHARE = 0.3  # of the paragraphs
# A quotation that is the whole paragraph, a dash and the speaker after its closing mark (no sentence after that)
_ATTRIBUTED = re.compile(r"^[“\"«„](?P<words>[^\n]+)[”\"»“]\s*[—–]\s*(?P<name>[^\W\d_][^\n.!?“”\"]{1,60})$")
MIN_ATTRIBUTED = 3  # quotations so attributed in a file


def signed_utterances(paragraphs: list[str]) -> list[Utterance] | None:
    """One utterance per paragraph, a signed one credited to its signer without the signature, where the file
    signs its paragraphs so (``MIN_SIGNED`` of them and ``MIN_SIGNED_SHARE``, a signer twice or more, or a code's
    role: "Entrevistado n. 7", "Entrevistado n. 25"); else None."""
    signatures = [_signature(paragraph) for paragraph in paragraphs]
    signers = Counter(_CODE.sub("", name) for name in signatures if name)  # "Entrevistado n. 7": its role
    total = sum(signers.values())
    if total < MIN_SIGNED or total < MIN_SIGNED_SHARE * len(paragraphs) or max(signers.values()) < 2:
        return _attributed_quotes(paragraphs)
    return [Utterance(_SIGNATURE.sub("", paragraph).rstrip(), name) if name
            else Utterance(paragraph, speaker=UNKNOWN_SPEAKER) for paragraph, name in zip(paragraphs, signatures,
                                                                                          strict=True)]


def _signature(paragraph: str) -> str | None:
    """The name signing a paragraph that has words before it, or None (a transcriber's note, "（拍手）", is none)."""
    found = _SIGNATURE.search(paragraph)
    if found is None or not paragraph[:found.start()].strip():
        return None
    name = " ".join(found["name"].split())
    role = (found["role"] or "").casefold()
    page = found["role"] and found["role"].islower() and len(role.rstrip(".")) <= 2  # "(p 12)", "(pp. 3)", "(s. 4)"
    return None if name.casefold() in NON_SPEECH_NOTES or {role, role.rstrip(".")} & _REFERENCES or page else name


def _attributed_quotes(paragraphs: list[str]) -> list[Utterance] | None:
    """One utterance per paragraph, a quotation with its speaker after a dash (``_ATTRIBUTED``) credited to them
    without the marks, any other paragraph no one's; None unless ``MIN_ATTRIBUTED`` paragraphs are quoted so, of
    two people or more, each named with a capital ("— we begged" is the narrator's words)."""
    quoted = [m if (m := _ATTRIBUTED.match(paragraph.strip())) and m["name"][0].isupper() else None
              for paragraph in paragraphs]
    if sum(map(bool, quoted)) < MIN_ATTRIBUTED or len({m["name"] for m in quoted if m}) < 2:
        return None  # a sermon quoting one author thrice stays its preacher's
    return [Utterance(m["words"].strip(), " ".join(m["name"].split())) if m else Utterance(p, speaker=UNKNOWN_SPEAKER)
            for p, m in zip(paragraphs, quoted, strict=True)]
