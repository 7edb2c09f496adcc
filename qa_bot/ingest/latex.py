"""LaTeX transcripts (.tex): an interview in a thesis's appendix, a conversation set as a play with a drama package
(dramatist's ``\\Character{Joe Rogan}{jr}``, then ``\\jrspeaks`` opening each of his turns), a pandoc export.

pylatexenc turns the markup into text: accents, dashes and ``\\ldots`` become their characters, ``\\emph`` and
``\\textbf`` their words, comments go. Before that, the document's own speaker macros become ``Name:`` labels (a
play's characters, and macros defined to print a label: ``\\newcommand{\\I}{\\textbf{Interviewer:} }``) and its
sectioning commands Markdown headings, so that the text is read as Markdown (``documents``), as a Word file's is.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from qa_bot.errors import IngestError

if TYPE_CHECKING:
    from pylatexenc.macrospec import LatexContextDb

FORMAT = "latex"
LATEX_SUFFIXES = (".tex", ".latex", ".ltx")
_DOCUMENT_START = re.compile(r"^(?:%[^\n]*\n\s*)*\\(?:documentclass|begin\{document\})")
_BODY = re.compile(r"\\begin\{document\}(?P<body>.*?)(?:\\end\{document\}|$)", re.S)
# dramatist's characters: \Character[name in the cast list]{name in speeches}{stem} makes \stemspeaks, a turn
_CHARACTER = re.compile(r"\\(?:Character|DramaCharacter)\s*(?:\[[^\]\n]*\])?\s*\{(?P<name>[^{}\n]+)\}\s*"
                        r"\{(?P<stem>[A-Za-z]+)\}")
# a macro of no arguments the document defines (a label's text, a name): expanded where it is used
_DEFINITION = re.compile(r"\\(?:(?:re)?newcommand\*?|providecommand\*?|def)\s*\{?\\(?P<macro>[A-Za-z]+)\}?\s*"
                         r"\{(?P<body>(?:[^{}\n]|\{(?:[^{}\n]|\{[^{}\n]*\})*\})*)\}")  # braces two deep
_HEADINGS = {"part": "#", "chapter": "#", "section": "#", "subsection": "##", "subsubsection": "###",
             "paragraph": "####"}


def looks_like_latex(text: str) -> bool:
    """True for text that opens as a LaTeX document (``\\documentclass``, after comments maybe)."""
    return bool(_DOCUMENT_START.match(text.lstrip("\ufeff \t\r\n")))


def latex_text(text: str, source: str) -> str:
    """The words of a LaTeX document (its body, the whole file for an included one) as Markdown: headings for
    its sections, ``Name:`` where a speaker macro opens a turn; ``IngestError`` when it holds no text."""
    from pylatexenc.latex2text import LatexNodes2Text
    from pylatexenc.latexwalker import LatexWalkerError

    body = m.group("body") if (m := _BODY.search(text)) else text
    body = _CHARACTER.sub("", _DEFINITION.sub("", body))  # declarations print nothing
    for character in _CHARACTER.finditer(text):  # "\jpspeaks Let me…", "[\jp shrugs]"
        name, stem = character.group("name").strip(), character.group("stem")
        body = re.sub(rf"\\{stem}speaks(?![A-Za-z])\s*", lambda _, n=name: f"\n\n{n}: ", body)
        body = re.sub(rf"\\{stem}(?![A-Za-z])", lambda _, n=name: n, body)
    for definition in _DEFINITION.finditer(text):
        if "#" not in (expansion := definition.group("body")):  # "#1": a macro with arguments, not expanded
            body = re.sub(rf"\\{definition.group('macro')}(?![A-Za-z])(?:\{{\}})?[ \t]*",
                          lambda _, e=expansion: f"{e} ", body)
    try:
        words = LatexNodes2Text(latex_context=_context(), math_mode="verbatim").latex_to_text(body)
    except LatexWalkerError as exc:  # markup it cannot take apart
        raise IngestError(source, f"broken LaTeX document ({type(exc).__name__}: {exc})") from exc
    paragraphs = [" ".join(line.split()) for line in words.split("\n")]
    if not any(paragraphs):
        raise IngestError(source, "LaTeX document holds no text")
    return "\n".join(paragraphs).strip()


def _context() -> LatexContextDb:
    """pylatexenc's macros, with the title and sections as Markdown headings (not its "§ TITLE" and a date) and
    links as their text."""
    from pylatexenc.latex2text import MacroTextSpec, get_default_latex_context_db

    def heading(level: str) -> Callable[[Any, Any], str]:
        return lambda n, l2tobj: f"\n\n{level} {l2tobj.node_arg_to_text(n, 2).strip()}\n\n"

    db = get_default_latex_context_db()
    db.add_context_category("transcript", prepend=True, macros=[
        *(MacroTextSpec(name, simplify_repl=heading(level)) for name, level in _HEADINGS.items()),
        MacroTextSpec("href", simplify_repl=lambda n, l2tobj: l2tobj.node_arg_to_text(n, 1)),
        MacroTextSpec("label", simplify_repl=""),
        MacroTextSpec("maketitle", simplify_repl=lambda n, l2tobj: f"\n\n# {title}\n\n" if (
            title := getattr(l2tobj, "_doc_title", "").strip()) else ""),  # never "[NO \title GIVEN]"
    ])
    return db
