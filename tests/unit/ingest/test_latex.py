"""LaTeX transcripts (``latex``), as the held-out set 208 brought them: a conversation set as a play with dramatist,
and an interview in a thesis's appendix, an included file with a macro printing the interviewer's label."""

from __future__ import annotations

from pathlib import Path

from qa_bot.ingest import discover
from tests.conftest import refusal, said, written

DRAMA = r"""\documentclass{memoir}
\usepackage{dramatist}
\title{Peterson about God}
\begin{document}
\maketitle
Transcript begins at 1:56:03 of the interview.
\begin{drama}
    \Character{Joe Rogan}{jr}
    \Character{Jordan Peterson}{jp}

\jrspeaks So the term \emph{intellectual}: the problem is that it identifies one aspect.

\jpspeaks What happens is like the intellect is raised to the status of highest God.

\jrspeaks Do people get too hung up on that one word?

\jpspeaks Well, they don't really \ldots{} We have to think about it functionally.

So, the Old Testament, here's the rough story \qq{in the Old Testament} --- Israel is a middle power.
\end{drama}
\end{document}
"""


def test_a_conversation_set_with_dramatist_credits_each_characters_speeches(tmp_path: Path):
    talk = written(tmp_path, "transcript.tex", DRAMA)
    assert said(talk, "hung up on that one word") == "Joe Rogan"
    assert said(talk, "functionally") == "Jordan Peterson"
    assert said(talk, "Israel is a middle power") == "Jordan Peterson"  # a paragraph going on with his speech
    assert "intellectual: the problem" in " ".join(t.text for t in talk.turns)  # \emph is its words
    assert "\\" not in " ".join(t.text for t in talk.turns)
    assert talk.format == "latex (markdown)"


def test_a_thesis_appendix_in_latex_reads_its_labels_and_its_label_macros(tmp_path: Path):
    appendix = r"""\newcommand{\I}{\textbf{Interviewer:} }
\subsection{Interview with Joris}
\subsubsection*{Interview}

\I Wat is in jouw ogen software architectuur?

Joris: Dan is het een model van hoe een stuk software 90\% geimplementeerd is.

\I En binnen Ximedes, hebben jullie daar iemand die echt alleen op de architectuur zit?

Joris: Nee, bij ons is er vrijwel in elk team een rol van software architect.
"""
    interview = written(tmp_path, "joris.tex", appendix)
    assert said(interview, "in jouw ogen software architectuur") == "Interviewer"
    assert said(interview, "90% geimplementeerd") == "Joris"
    assert said(interview, "vrijwel in elk team") == "Joris"
    assert not any("Interview with" in t.text for t in interview.turns)  # a heading, no one's words
    assert discover([tmp_path])[0].unsupported is None  # a folder's .tex files are read


def test_a_latex_document_without_words_is_refused_with_its_reason(tmp_path: Path):
    empty = "\\documentclass{article}\n\\begin{document}\n\\label{x}\n\\end{document}\n"
    assert "LaTeX document holds no text" in refusal(tmp_path, "empty.tex", empty.encode())
