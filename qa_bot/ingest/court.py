"""Court and deposition transcripts in plain text (also what PDF transcripts become): Q./A. examination.

``Q.`` lines are the current examiner's (``BY MS. SAWYER:`` sets the examiner and is never a speaker; with none,
``Question``), ``A.`` lines the witness's: the one named in the header (``DEPOSITION OF JOHN DOE``, ``WITNESS:
...``, ``EXAMINATION OF ...``, ``JOHN DOE, having been first duly sworn``, ``Intervista a Giulia Bianchi``), else
``The Witness``; both are marked ``speaker_inferred`` with ``Q.`` / ``A.`` kept as the label. Interviews in other
languages write the pair their way (``D.`` / ``R.``, ``F:`` / ``A:``). Colloquy (``MR. DAVIS: ...``, ``THE COURT:
...``) is labelled as written, and ``THE WITNESS:`` is the witness. Words before the first speaker, headings in
capitals and the reporter's parentheticals (``(Recess.)``) stay under ``Unknown speaker``.

A transcript printed with numbered lines (1-25 down the margin: depositions, hearings, court arguments such as ``3
CHIEF JUSTICE ROBERTS: We'll hear argument``) is read here too, Q./A. or not: its lines are joined into the turn of
the last label. ``strip_page_furniture`` takes off what the printed page adds (margin numbers, page numbers, running
headers and footers) for this reader and for labelled running text alike.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from qa_bot.ingest.labels import QUESTION_SPEAKER, Label, LabelGrammar, learn_grammar, match_label
from qa_bot.ingest.speakers import HONORIFICS, UNKNOWN_SPEAKER, Utterance
from qa_bot.text import LOWER, UPPER, clean_line, join_wrapped

WITNESS = "The Witness"  # who answers when no header names the witness: as court transcripts call them


def _qa_line(letter: str, spaced: bool = True) -> re.Pattern[str]:
    """A line opened by a question's or an answer's letter: ``Q. …``, ``Q: …``, ``Q   …``, and where ``spaced``
    ``Q Did you…`` (English only: elsewhere a letter and a space open sentences, Portuguese "A PEC 47 é…")."""
    single = rf"|^{letter} (?P<spaced>[{UPPER}\"'“].*)$" if spaced else ""
    return re.compile(rf"^{letter}(?:[.:]|\s{{2,}}|\t)\s*(?P<rest>.*)${single}")


_Q, _A = _qa_line("Q"), _qa_line("A")
# Other languages' question and answer letters: domanda / risposta, question / réponse,
# Frage / Antwort, vraag / antwoord, вопрос / ответ. A file's letters are the pair it uses most (``_examination``).
# (Not "P." / "R.": English research interviews write the Participant and the Researcher so.)
QA_LETTERS = (("Q", "A"), ("D", "R"), ("Q", "R"), ("F", "A"), ("V", "A"), ("В", "О"))
_QA_LINES = {pair: (_qa_line(pair[0], pair == QA_LETTERS[0]), _qa_line(pair[1], pair == QA_LETTERS[0]))
             for pair in QA_LETTERS}
_PERSON = rf"[{UPPER}][{UPPER}{LOWER}.'’\-]*(?:[ \t]+[{UPPER}][{UPPER}{LOWER}.'’\-]*){{0,5}}"
# "BY MS. SAWYER:", "CROSS-EXAMINATION BY MR. DAVIS:", "Examination-in-chief by MS OKAFOR" (England), "EXAMINATION
# IN-CHIEF BY MR. TREMBLAY:" (Canada), "<EXAMINATION BY MR NGUYEN" (Australia), "Examined by Mr. Pechell, for Mr. X."
_BY = re.compile(
    rf"^<?(?:(?:DIRECT|CROSS|REDIRECT|RECROSS|FURTHER|CONTINUED|RESUMED|RE)[\s-]*)*(?:EXAMINATION(?:[\s-]+IN[\s-]+CHIEF)?"
    rf"\s+)?BY\s+(?P<name>{_PERSON})\s*(?:\([^)]*\))?\s*:?\s*$|^(?:(?:Cross|Re|Further)[\s-]*)?(?:[Ee]xamination|(?:(?<=-)e|E)xamined)"
    rf"(?:[\s-]+in[\s-]+chief)?\s+by\s+(?P<by>{_PERSON})(?:,\s+for\s+{_PERSON})?\s*[:.]?\s*$",
)
_OF = "|".join(f"{w}|{w.title()}" for w in ("DEPOSITION", "EXAMINATION", "TESTIMONY", "INTERVIEW", "STATEMENT"))
_SWORN_ALONE = re.compile(rf"^(?=.*\b[{UPPER}]{{2}})(?P<name>{_PERSON})\s+sworn\.?$")  # "Captain LEVERSAGE sworn."
_SWORN = r"(?:after\s+)?(?:having\s+been|being|was)\s+(?:first\s+)?(?:duly\s+)?(?:sworn|affirmed|called)"
_WITNESS_LINES = (
    # a heading ("VIDEOTAPED DEPOSITION OF JOHN DOE", "Interview with Jane Roe"), never a sentence that mentions
    # "the testimony of Mr. Medrano"
    re.compile(rf"^(?:[A-Z][A-Za-z-]*\s+){{0,3}}(?:{_OF})\s+(?:OF|of|WITH|with):?\s+(?P<name>{_PERSON})"),
    re.compile(rf"^(?:Intervista|Entrevista|Entretien|Interview|Gespräch|Intervju|Wywiad)\s+(?:a|con|avec|mit|med|z)"
               rf"\s+(?P<name>{_PERSON})"),  # "Intervista a Giulia Bianchi, restauratrice."
    re.compile(rf"^WITNESS:\s*(?P<name>{_PERSON})\s*$"),
    re.compile(rf"^(?P<name>{_PERSON}),?\s+{_SWORN}", re.I),
    _SWORN_ALONE,
    re.compile(rf"^(?P<name>{_PERSON}),\s+(?:previously\s+sworn,\s+)?(?:resumed|recalled)\b", re.I),
    # "RUSSELL DIETZ, PLAINTIFF'S WITNESS, PREVIOUSLY SWORN"
    re.compile(rf"^(?P<name>{_PERSON}),\s+(?:[\w'’ ]{{0,30}}WITNESS,\s+)?(?i:previously\s+|duly\s+)?"
               r"(?i:sworn|affirmed)\b"),
    # "DANIEL DIXON, a witness called on behalf of the People", "JADEN SCHNEIDER, called as a witness"
    re.compile(rf"^(?P<name>[{UPPER}][{UPPER}.'’\-]*(?:\s+[{UPPER}][{UPPER}.'’\-]*){{0,4}}),\s+"
               r"(?:a\s+witness\s+called\b|called\s+as\s+a\s+witness\b)"),  # in capitals: never a wrapped sentence
    # "(The witness, Daniel Dixon, entered the courtroom", "(The witness, Madeleine Westerhout, enters the"
    re.compile(rf"^\((?:the\s+)?witness,\s+(?P<name>{_PERSON}),\s+(?:enter|resume|take|took|step|return)", re.I),
    # "MR DANIEL PRICE (sworn)", "LUC BOUCHARD: SWORN", "<MARY WALSH, SWORN"
    re.compile(rf"^<?(?P<name>{_PERSON})\s*(?:\((?i:sworn|affirmed)\)|[:,]\s*(?i:sworn|affirmed))\s*$"),
)
# a federal court's running head naming the witness and the examination: "C2FFDAU6   Conrad - direct   Page 201"
_RUNNING_HEAD = re.compile(rf"^(?:[A-Z0-9]{{6,10}}\s+)?(?P<name>[{UPPER}][\w'’\-]+(?:\s+[{UPPER}][\w'’\-]+)?)\s+-\s+"
                           r"(?:direct|cross|redirect|recross)\b")
# The oath over two lines: "PATRICK CHIN," then "called as a witness by the Government,".
_NAME_ALONE = re.compile(rf"^(?P<name>[{UPPER}][{UPPER}.'’\-]*(?:[ \t]+[{UPPER}][{UPPER}.'’\-]*){{0,4}}),$")
_SPACED_NAME = re.compile(r"^(?P<name>(?:[A-Z] ){2,}[A-Z](?:\s{2,}(?:[A-Z] )+[A-Z])*)(?=,|\s*$)")
_SPELT_NAME = re.compile(r"^(?P<name>[A-Z](?:-{1,2}[A-Z])+(?:\s+[A-Z](?:-{1,2}[A-Z])+)*)(?=,|\s*$)")
_SWORN_NEXT = re.compile(rf"^(?:called\s+as\s+a\s+witness|{_SWORN}|(?:previously\s+sworn,\s+)?(?:resumed|recalled))",
                         re.I)
_COLLOQUY = re.compile(rf"^[{UPPER}][{UPPER} .'’\-]*:")  # "THE COURT:", "MS. MURRAY:": the examination pauses
# The reporter's note that one witness leaves or another comes: "(Witness excused)", "(Witness sworn)".
_WITNESS_CHANGE = re.compile(
    r"^\((?:the\s+)?witness\s+(?:(?:is\s+|was\s+)?(?:temporarily\s+)?excused|sworn|affirmed|withdr[ae]w\w*|"
    r"steps?\s+down|stepped\s+down)", re.I)
# Words that end a name taken from a header line ("DEPOSITION OF JOHN DOE TAKEN ON ...").
_NAME_STOP = frozenset(("taken", "on", "in", "by", "volume", "vol", "vol.", "held", "at", "the", "before", "and"))
_LINE_NUMBER = re.compile(r"^\s*(?P<n>\d{1,2})(?:\s+|$)")
MAX_LINE_NUMBER, MAX_MARGIN_LINE_CHARS = 28, 120  # a margin's numbers; a court page's numbered lines, their median
_PAGE = re.compile(r"^\s*(?:Page\s+\d+(?:\s+of\s+\d+)?|\d{1,4})\s*$", re.I)
# Offices that open a speaker's label in court and hearing transcripts, besides courtesy titles.
COURT_TITLES = ("THE", "CHIEF", "JUSTICE", "JUDGE", "SENATOR", "CHAIRMAN", "CHAIRWOMAN", "CHAIR", "COMMISSIONER",
                "REPRESENTATIVE", "SECRETARY", "GENERAL")
_HONORIFIC_START = re.compile(
    rf"^(?:{'|'.join(re.escape(h.upper()) for h in (*COURT_TITLES, *HONORIFICS))})\b\.?", re.I
)
FORMAT_NOTE = "Q./A. (examination)"
# The reporter's words: a heading in capitals ("ORAL ARGUMENT OF PAUL D. CLEMENT, ESQ.") or "(Recess.)".
_REPORTER_LINE = re.compile(r"^(?:[A-Z][A-Z.'’\-]*,?(?: [A-Z0-9][A-Z0-9.'’\-]*,?)*|\(.*\))$")
# Running headers and footers: a line repeated this often, never a sentence, a label or a parenthetical.
MIN_FURNITURE_REPEATS = 3
MIN_DASHED_ANSWERS = 2  # "?---" lines (or time-stamped Q./A. lines) that make a transcript's examination
_TIMED_QA = re.compile(r"^\s*\d{1,2}:\d{2}(?::\d{2})?\s+(?=[QA][.:]\s)")
MAX_FURNITURE_CHARS = 80
_VIDEO_TIME = re.compile(r"\s{2,}\d{1,2}:\d{2}(?::\d{2})?\s*$")  # "BY MR. PURCELL:        01:17"
MIN_VIDEO_TIME_SHARE = 0.3  # of a transcript's lines, ending with the video's clock
# Never a running head: a sentence or a label, speech cut off ("Thank you, Vice President Pence-").
_NOT_FURNITURE = re.compile(r"(?:^[(\[]|[.!?…。！？:：;,]$|[^\W\d_][-–—]$)")
_DIGITS = re.compile(r"\d+")
_TWO = re.compile(r"\s(?:AND|and|&)\s")  # "STATEMENT BY SEN. HAJI AND SEN. KAGWE": a heading; one person examines
_WRITTEN = re.compile(r"^[QA]\.\d{1,3}\.")  # "Q.1. If the Federal government…": a question for the record
_DASHED_ANSWER = re.compile(r"\?(?:---|—\s*-?)\s*(?=\S)")  # "?---At Parramatta", "?— I rang", "?— -About"
# an old trial report's "Lord Mansfield. Do you know…?", where colon labels are next to none ("Ms. Loftus. Bring it")
_COLON_STYLES, MIN_COLON_COLLOQUY = ("caps", "names", "numbered"), 3
_PERIOD_LABEL = re.compile(r"^\s*(?P<name>(?:Lord|Lady|Mr|Mrs|Ms|Dr|Sir)\.?(?: [A-Z][\w'’\-]*){1,2})\. (?P<rest>\S.*)$")


def split_dashed_answers(lines: Sequence[str]) -> list[str]:
    """Australian transcripts write a question and its answer on one line, ``…stationed in 2021?---At
    Parramatta.``, and so do old trial reports with a dash (``Q. What became of her?— I rang the bell``, where
    ``Q.`` opens such lines twice or more): split into the question (as a ``Q.`` line unless a label opens it) and
    an ``A.`` line, so the answer is the witness's. Time stamps before ``Q.`` and ``A.`` (``10:02:15 Q. Did you…``) go.
    Other text comes back as it was."""
    timed = [_TIMED_QA.sub("", line) for line in lines]  # "10:02:15 Q. Did you…": the time is the reporter's
    lines = timed if sum(a != b for a, b in zip(timed, lines, strict=True)) >= MIN_DASHED_ANSWERS else list(lines)
    dashes = [m for line in lines if (m := _DASHED_ANSWER.search(line))]
    if len(dashes) < MIN_DASHED_ANSWERS or (all(m.group(0).startswith("?—") for m in dashes) and sum(
            bool(_Q.match(line.strip()) and _DASHED_ANSWER.search(line)) for line in lines) < MIN_DASHED_ANSWERS):
        return list(lines)
    out: list[str] = []
    for i, line in enumerate(lines):  # not "A. Why would she?— she…", nor "Q. …?— I mean, …" over an "A." line
        if not (dash := _DASHED_ANSWER.search(line)) or (dash.group(0).startswith("?—") and (
                _A.match(line.strip()) or _A.match(next((x.strip() for x in lines[i + 1:i + 9] if x.strip()), "")))):
            out.append(line)
            continue
        question, answer = line[:dash.start()], line[dash.end():]
        opens = _COLLOQUY.match(question.strip()) or _Q.match(question.strip()) or _PERIOD_LABEL.match(question)
        out += [f"{question}?" if opens else f"Q. {question.strip()}?", f"A. {answer.strip()}"]
    return out


def looks_like_court(lines: Sequence[str]) -> bool:
    """True when questions and answers open lines at least twice each (``Q.``/``A.``), a ``BY ...:``
    line sets an examiner before ``Q.`` lines, or the lines carry a court reporter's margin numbers. Numbered
    written questions and answers (``Q.1.``/``A.1.``, appended to a hearing's record) are no examination."""
    numbers = _margin_numbers(lines)
    lengths = sorted(len(line.strip()) for line, numbered in zip(lines, numbers or [], strict=False) if numbered)
    if numbers is not None and lengths[len(lengths) // 2] <= MAX_MARGIN_LINE_CHARS:  # not numbered paragraphs
        return True
    question, answer = _examination(lines)
    asked = [line.strip() for line in lines if not _WRITTEN.match(line.strip())]
    q = sum(1 for line in asked if question.match(line))
    a = sum(1 for line in asked if answer.match(line))
    by = any(_sets_examiner(clean_line(line)) for line in lines)
    return (q >= 2 and (a >= 2 or by)) or (a >= 2 and by)  # answers under "BY …" follow labelled questions too


def _sets_examiner(line: str) -> bool:
    """A ``BY ...`` line naming one examiner: with a colon, after ``EXAMINATION`` or with a title (``BY MR.
    DAVIS``); not a heading's wrapped line (``BY PERENNIAL FLOODING``) or two people (``BY SEN. HAJI AND …``)."""
    m = _BY.match(line)
    name = (m.group("name") or m.group("by")) if m else ""
    if not m or _TWO.search(name):
        return False
    return line.endswith(":") or not line.lstrip("<").upper().startswith("BY ") or bool(_HONORIFIC_START.match(name))


def _examination(lines: Sequence[str]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The question and answer lines ``lines`` use: ``Q.`` / ``A.``, unless another language's pair
    (``QA_LETTERS``: ``D.`` / ``R.``) opens more lines, twice each at least, and not as a name's initial
    (``R. Reagan: …``)."""
    def opened(pattern: re.Pattern[str], english: bool) -> int:
        return sum(1 for line in lines if (m := pattern.match(line.strip())) and (english or not match_label(_rest(m))))

    best, most = _QA_LINES[QA_LETTERS[0]], 1
    for pair, (question, answer) in _QA_LINES.items():
        english = pair == QA_LETTERS[0]
        n = min(opened(question, english), opened(answer, english))
        if n > most or (english and n >= 2):
            best, most = (question, answer), n
            if english:
                break
    return best


@dataclass
class _Turn:
    speaker: str | None = None
    label: str | None = None
    mark: str | None = None
    lines: list[str] = field(default_factory=list)
    kind: str = ""  # "Q", "A" or "" (colloquy, text)


def court_utterances(lines: Sequence[str], asker: str | None = None, answerer: str | None = None,
                     ) -> tuple[list[Utterance], str]:
    """Utterances of an examination or a line-numbered transcript (see the module docstring), and the
    convention found. ``asker`` and ``answerer`` are who asks and who answers where the text names no examiner
    or witness: an interview written ``Q:`` / ``A:`` whose front matter or title names them."""
    heads = {m["name"] for line in lines if (m := _RUNNING_HEAD.match(line.strip()))}  # read before they go
    body = strip_page_furniture(lines)
    grammar = learn_grammar(body)
    question, answer = _examination(body)
    witness = heads.pop() if len(heads) == 1 else answerer or WITNESS  # a running head's name: one all through
    witnesses = _witnesses(body, question, answer, witness)
    examiner = asker
    turns: list[_Turn] = [_Turn(UNKNOWN_SPEAKER)]
    asked = answered = 0
    for i, (raw, witness) in enumerate(zip(body, witnesses, strict=True)):
        line = clean_line(_unspaced(raw.strip()))
        stripped = raw.strip()
        if not line or _PAGE.match(line):
            continue
        by = _BY.match(line)
        q, a = question.match(stripped), answer.match(stripped)
        named = None if q or a else _witness_named(line)  # "A. … I was called in early": an answer
        if by:
            examiner = _trim(by.group("name") or by.group("by"))
            turns.append(_Turn(UNKNOWN_SPEAKER))
        elif named or _REPORTER_LINE.match(line) or _opens_parenthetical(line):
            # the reporter's words: a swearing-in, a heading, "(Recess.)", "(Whereupon, at 11:05 a.m., the"
            if named or not _reporters(turns[-1]):
                turns.append(_Turn(UNKNOWN_SPEAKER))
            turns[-1].lines.append(line)
        elif q:
            asked += 1
            turns.append(_Turn(examiner or QUESTION_SPEAKER, None, f"{stripped[0]}.", [_rest(q)], "Q"))
        elif a and (a.group("rest") is not None or turns[-1].kind == "Q"):
            answered += 1
            turns.append(_Turn(witness, None, f"{stripped[0]}.", [_rest(a)], "A"))
        elif (label := _colloquy(grammar, line, opens=not i or not body[i - 1].strip())) is not None:
            if label.name.upper() == "THE WITNESS":
                turns.append(_Turn(witness, None, label.written, [label.rest]))
            else:
                turns.append(_Turn(None, label.written, None, [label.rest]))
        else:
            turns[-1].lines.append(line)
    utterances = [
        Utterance(join_wrapped(t.lines), t.label, None if t.label else t.speaker, mark=t.mark)
        for t in turns if any(t.lines)
    ]
    found = [f"{FORMAT_NOTE} {asked + answered}"] if asked + answered else []
    colloquy = LabelGrammar(Counter({k: n for k, n in grammar.styles.items() if k in ("caps", "names", "word")}))
    if colloquy.styles:
        found.append(colloquy.convention)
    return utterances, ", ".join(found)


def _reporters(turn: _Turn) -> bool:
    """True for a turn of the reporter's words (no one's), which the next heading joins."""
    return turn.speaker == UNKNOWN_SPEAKER and turn.label is None and not turn.kind


def _opens_parenthetical(line: str) -> bool:
    """True for a line opening a parenthetical that runs on to the next lines: ``(Whereupon, at 11:05 a.m.,``."""
    return line.startswith("(") and line.count("(") > line.count(")")


def _rest(m: re.Match[str]) -> str:
    return clean_line(m.group("rest") if m.group("rest") is not None else m.group("spaced"))


def _colloquy(grammar: LabelGrammar, line: str, *, opens: bool = True) -> Label | None:
    """A colloquy label (``MR. DAVIS:``, ``THE COURT:``, ``JUSTICE GINSBURG:``, ``Lord Mansfield.`` opening a
    paragraph): a title or ``THE`` first, a name used twice, or a name of two words or more in capitals with words
    after it; ``FOR THE PLAINTIFF:`` (nothing after it), ``Petitioner :`` in the caption and a wrapped line opening
    with ``New York: ...`` are text."""
    label = grammar.match(line)
    colons = sum(grammar.styles[style] for style in _COLON_STYLES)
    if label is None and opens and colons < MIN_COLON_COLLOQUY and (titled := _PERIOD_LABEL.match(line)):
        return Label(titled["name"], titled["name"], titled["rest"], style="period")  # none with a colon in the file
    if label is None or not label.name or label.style not in ("caps", "names", "numbered", "word", "period"):
        return None
    if _HONORIFIC_START.match(label.name) or grammar.uses(label.name) >= 2:
        return label
    return label if label.rest and label.style == "caps" and " " in label.name else None


def strip_page_furniture(lines: Sequence[str]) -> list[str]:
    """``lines`` without what the printed page adds to a transcript: the margin's line numbers (1-28, when
    most lines carry them), page-number lines (``12``, ``Page 3 of 40``; two or more of them, or any in a
    numbered transcript) and running headers and footers.

    A running header or footer (``Alderson Reporting Company``, ``立法會 ─ 1998年7月8日``) is a line
    repeated ``MIN_FURNITURE_REPEATS`` times or more, digits aside, that cannot be speech: short, not
    ending like a sentence or a label, not a parenthetical (``(Laughter.)``), not one bare word, and, in a
    numbered transcript, outside the numbered lines.
    """
    filled = sum(1 for line in lines if line.strip())
    if filled and sum(1 for line in lines if _VIDEO_TIME.search(line)) >= MIN_VIDEO_TIME_SHARE * filled:
        lines = [_VIDEO_TIME.sub("", line) for line in lines]  # a video deposition's clock down the right margin
    numbers = _margin_numbers(lines)
    body = [line[m.end():] if (m := _numbered(line)) and numbers is not None else line for line in lines]
    loose = [i for i, line in enumerate(body) if numbers is None or not numbers[i]]
    keys = {i: _furniture_key(body[i]) for i in loose}
    counts = Counter(k for k in keys.values() if k)
    pages = [i for i in loose if _PAGE.match(body[i])]
    drop = {i for i, k in keys.items() if k and counts[k] >= MIN_FURNITURE_REPEATS}
    if len(pages) >= 2 or numbers is not None:
        drop.update(pages)
    return [line for i, line in enumerate(body) if i not in drop]


def _numbered(line: str) -> re.Match[str] | None:
    m = _LINE_NUMBER.match(line)
    return m if m and 1 <= int(m.group("n")) <= MAX_LINE_NUMBER else None


def _margin_numbers(lines: Sequence[str]) -> list[bool] | None:
    """Which lines carry a margin line number, when most non-blank lines do (else None: no margin)."""
    flags = [_numbered(line) is not None for line in lines]
    filled = sum(1 for line in lines if line.strip())
    return flags if filled and sum(flags) * 2 >= filled else None


def _furniture_key(line: str) -> str | None:
    """A line as a running header or footer would repeat it (digits as ``#``), or None if it may be speech."""
    line = clean_line(line)
    if not line or len(line) > MAX_FURNITURE_CHARS or _NOT_FURNITURE.search(line) or match_label(line):
        return None
    if " " not in line and not any(c.isdigit() for c in line) and line.isascii():
        return None
    return " ".join(_DIGITS.sub("#", line).casefold().split())


def _witnesses(lines: Sequence[str], question: re.Pattern[str], answer: re.Pattern[str], headed: str) -> list[str]:
    """Who the witness is at each line: the one named in the header, then each one sworn or resumed from
    their oath block on (from the reporter's ``(Witness sworn)`` before it, if there is one, so the new
    witness's first words are theirs), else ``headed`` (the one the pages' running heads name, or ``The
    Witness``). Several witnesses a day are several people, never one."""
    texts = [clean_line(_unspaced(raw.strip())) for raw in lines]
    following = [next((t for t in texts[i + 1:i + 3] if t), "") for i in range(len(texts))]
    named: list[str | None] = []
    answering = False  # inside a question or an answer, whose words ("I was called in…") name no witness
    for raw, text, after in zip(lines, texts, following, strict=True):
        if question.match(raw.strip()) or answer.match(raw.strip()):
            answering = True
        elif (_BY.match(text) or _WITNESS_CHANGE.match(text) or _COLLOQUY.match(text) or _SWORN_ALONE.match(text)
              or _opens_parenthetical(text)):
            answering = False
        named.append(None if answering else _witness_named(text) or _oath_over_two_lines(text, after))
    first_q = next((i for i, raw in enumerate(lines) if question.match(raw.strip())), len(lines))
    current = next((n for n in named[:first_q] if n), None) or headed
    witnesses = []
    for i, text in enumerate(texts):
        if _WITNESS_CHANGE.match(text):  # the next witness named before another change, else no one known
            later = next((j for j in range(i + 1, len(texts)) if _WITNESS_CHANGE.match(texts[j])), len(texts))
            current = next((n for n in named[i + 1:later] if n), WITNESS)
        current = named[i] or current
        witnesses.append(current)
    return witnesses


def _oath_over_two_lines(line: str, after: str) -> str | None:
    """``PATRICK CHIN,`` over ``called as a witness by the Government,``: the witness's name, else None."""
    m = _NAME_ALONE.match(line)
    return _trim(m.group("name")) if m and _SWORN_NEXT.match(after) else None


def _unspaced(line: str) -> str:
    """A name printed or spelt letter by letter, as reporters set a witness's name, closed up: ``D A N I E L
    D I X O N, a witness`` -> ``DANIEL DIXON, a witness``; ``J-A-D-E-N J-A-R-M-E-L--S-C-H-N-E-I-D-E-R,``
    -> ``JADEN JARMEL-SCHNEIDER,``."""
    if m := _SPACED_NAME.match(line):
        name = " ".join(word.replace(" ", "") for word in re.split(r"\s{2,}", m.group("name")))
    elif m := _SPELT_NAME.match(line):
        name = " ".join(m.group("name").split()).replace("--", "\0").replace("-", "").replace("\0", "-")
    else:
        return line
    return name + line[m.end("name"):]


def _witness_named(line: str) -> str | None:
    for pattern in _WITNESS_LINES:
        m = pattern.search(line)
        if m:
            name = _trim(m.group("name"))
            # "of lawful age, having been first duly sworn" where the name was redacted: no name, never those words.
            capitalised = all(w[0].isupper() for w in name.split() if w[0].isalpha())
            if name and capitalised and name.casefold() not in ("the witness", "witness", "the"):
                return name
    return None


def _trim(name: str) -> str:
    """A name cut at the first word that cannot belong to it (``JOHN DOE TAKEN ON`` -> ``JOHN DOE``)."""
    words: list[str] = []
    for word in name.split():
        if word.casefold() in _NAME_STOP:
            break
        words.append(word)
    return " ".join(words).rstrip(",.;:") if words else ""
