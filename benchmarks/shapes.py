"""Transcript shapes: does ingest read each of some 230 small samples, written in the shapes people publish, with
every line credited to the right person?

    python benchmarks/shapes.py [--set exports|languages] [-v] [NAME ...]

The samples live in ``benchmarks/shape_cases/cases_exports.py`` (transcription services, meeting tools, captions,
courts, parliaments, chats: 108 shapes) and ``cases_languages.py`` (the same conventions in more languages and
scripts, archives, broadcast, earnings calls, odd encodings: 126). They were written here, from what public
files of each shape look like, each with its truth: who says each snippet, and when where the shape has times.
Each sample is written to a temporary folder and read with ``qa_bot.ingest.load_transcript``; the script prints
OK, REFUSED (with the reason) or WRONG (what went to whom: a snippet lost or credited to someone else, two people
merged into one turn or one name, one person split into two, times lost or wrong, page furniture inside a turn)
for each, and the counts. Figures only; nothing is asserted. See docs/benchmarks.md, "Transcript shapes".
"""

from __future__ import annotations

import argparse
import logging
import re
import sys
import tempfile
import unicodedata
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from shape_cases import cases_exports, cases_languages  # beside this script

from qa_bot.errors import IngestError
from qa_bot.ingest import load_transcript

SETS = {"exports": (cases_exports.CASES, {}), "languages": (cases_languages.CASES, cases_languages.NOISE)}
# Courtesy titles the truth may leave out of a name ("Ms. Okafor" is "Okafor").
TITLES = frozenset({
    "mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "m", "mme", "mlle", "herr", "frau", "el", "la", "señor",
    "señora", "sr", "sra", "d", "د", "sig", "sig.ra", "dott", "pan", "pani", "ông", "bà", "bay", "hanım", "bey", "κ",
    "κα", "пан", "пані", "dl", "dna",
})
TIME_TOLERANCE = 1.0  # seconds


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", unicodedata.normalize("NFKC", text).casefold()).split())


def _tokens(text: str) -> list[str]:
    return [t for t in _norm(text).split() if t not in TITLES]


def speaker_ok(spec: str, got: str) -> bool:
    """Whether ``got`` is who ``spec`` says: ``Name`` or ``Name|Alt``, ``Unknown``, ``*`` (anyone) or ``?A``
    (an anonymous speaker, checked only for consistency); a short form of the name counts."""
    if spec == "*" or spec.startswith("?") or "*" in spec.split("|"):
        return True
    g, got_tokens = _norm(got), _tokens(got)
    for alt in spec.split("|"):
        a, alt_tokens = _norm(alt), _tokens(alt)
        if alt == "Q" and g == "question":  # a question line's asker, as the project names it
            return True
        if alt == "Unknown":
            if "unknown" in g:
                return True
            continue
        if a == g or (alt_tokens and all(t in got_tokens for t in alt_tokens)):
            return True
        if got_tokens and "unknown" not in g and "speaker" not in g and all(t in alt_tokens for t in got_tokens):
            return True
        cjk = any(ord(c) > 0x2E80 for c in alt)
        if cjk and a and (a.replace(" ", "") in g.replace(" ", "") or (g and g.replace(" ", "") in a.replace(" ", ""))):
            return True
    return False


def check(path: Path, truth: list[tuple[str, str, float | None]], noise: list[str]) -> tuple[str, list[str]]:
    """``(status, problems and notes)`` for one sample read against its truth."""
    try:
        transcript = load_transcript(path)
    except IngestError as exc:
        return "REFUSED", [exc.reason[:220]]
    turns = transcript.turns
    where = [next((i for i, t in enumerate(turns) if _norm(snippet) in _norm(t.text)), None)
             for _, snippet, _ in truth]
    problems = [f"text lost: {snippet!r}" for (_, snippet, _), i in zip(truth, where, strict=True) if i is None]
    problems += [f"{snippet!r} -> {turns[i].speaker!r} (want {spec.split('|')[0]})"
                 for (spec, snippet, _), i in zip(truth, where, strict=True)
                 if i is not None and not speaker_ok(spec, turns[i].speaker)]
    problems += [f"merged: {truth[k - 1][1]!r} + {truth[k][1]!r} in one turn of {turns[where[k]].speaker!r}"
                 for k in range(1, len(truth))
                 if where[k] is not None and where[k] == where[k - 1] and truth[k][0] != truth[k - 1][0]]
    names: dict[str, set[str]] = {}
    for (spec, _, _), i in zip(truth, where, strict=True):
        if i is not None and spec != "*":
            names.setdefault(spec, set()).add(turns[i].speaker)
    problems += [f"{spec.split('|')[0]} split into {sorted(got)}" for spec, got in names.items() if len(got) > 1]
    owner: dict[str, str] = {}
    for spec, got in names.items():
        for name in got:
            if owner.get(name, spec) != spec:
                problems.append(f"{owner[name].split('|')[0]} and {spec.split('|')[0]} both {name!r}")
            owner[name] = spec
    problems += _times(truth, where, turns)
    problems += [f"page furniture {junk!r} inside {t.speaker!r}'s turn" for junk in noise for t in turns
                 if _norm(junk) in _norm(t.text) and "unknown" not in t.speaker.lower()]
    notes = [f"format={transcript.format!r} turns={len(turns)}"]
    return ("WRONG" if problems else "OK"), problems + notes


def _times(truth: list[tuple[str, str, float | None]], where: list[int | None], turns: list) -> list[str]:
    """Times lost or wrong on the turns that open with a timed snippet of the truth."""
    lost = wrong = 0
    for (_, snippet, start), i in zip(truth, where, strict=True):
        first = next((k for k, w in enumerate(where) if w == i), None)
        if start is None or i is None or truth[first][1] != snippet:
            continue
        got = turns[i].start
        lost += got is None
        wrong += got is not None and abs(got - start) > TIME_TOLERANCE
    timed = sum(start is not None for _, _, start in truth)
    return ([f"times lost on {lost}/{timed} turns"] if lost else []) + ([f"times wrong on {wrong}"] if wrong else [])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("names", nargs="*", help="shapes to check (default: all of the chosen sets)")
    parser.add_argument("--set", choices=(*SETS, "all"), default="all", help="which set of samples (default all)")
    parser.add_argument("-v", "--verbose", action="store_true", help="print the notes of shapes read right too")
    args = parser.parse_args()
    logging.disable(logging.CRITICAL)
    totals: Counter[str] = Counter()
    with tempfile.TemporaryDirectory() as tmp:
        for set_name, (cases, noise) in SETS.items():
            if args.set not in ("all", set_name):
                continue
            folder = Path(tmp) / set_name
            folder.mkdir()
            print(f"=== {set_name}")
            for name in args.names or list(cases):
                if name not in cases:
                    continue
                filename, content, truth = cases[name]
                path = folder / filename
                if isinstance(content, bytes):
                    path.write_bytes(content)
                else:
                    path.write_text(content, encoding="utf-8", newline="")
                status, info = check(path, truth, noise.get(name, []))
                totals[status] += 1
                print(f"{status:8} {name} ({filename})")
                if status != "OK" or args.verbose:
                    print("\n".join(f"           {line}" for line in info))
    print(f"\n{sum(totals.values())} shapes: " + ", ".join(f"{k} {v}" for k, v in sorted(totals.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
