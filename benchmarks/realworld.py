"""Real-world files: does ingest read transcripts nobody on the team wrote, and credit the right person?

    python benchmarks/realworld.py DIR [--split dev|holdout|holdout2|...|all] [--index PATH] [--json]
                                        [--scope file|corpus] [--reader default|none|FILE]

One corpus per manifest in ``benchmarks/realworld/``, reported apart: ``dev``
(``manifest.json``, the files ingest was tuned on) and ``holdoutN``
(``holdoutN.json``, the Nth held-out set: built by reading real files nobody
on the team wrote, measured once untouched, and only then, like every set
before it, used for fixes; docs/benchmarks.md keeps each set's untouched
figure). DIR holds
the chosen split's corpus laid out as its manifest describes it: one subfolder per source, each file at ``DIR/<file>``
(rebuild it with ``benchmarks/realworld_fetch.py --split ...``). With ``--split
all`` DIR holds one folder per split (``DIR/dev``, ``DIR/holdout``, ``DIR/holdout2``, ...); each split is
indexed on its own and gets its own totals. Files directly in DIR (notes such as
REPORT.md) are not part of the corpus. The folder is indexed with the public
API (``qa_bot.build_index`` over a temporary tree of links to the corpus
files, then ``qa_bot.TranscriptQA.load``), and the script reports:

- files indexed, refused (with ``BuildStats.skipped``'s reason) and silently
  ignored by the folder index (present in DIR, neither indexed nor refused);
  a file left out as the same transcript as its twin in another format
  (``talk.srt`` beside ``talk.vtt``) is a "twin", and its probes are checked
  on the twin that was read;
- probe turns credited to the right person: the indexed turn whose text holds
  the probe's phrase (whitespace, quotes, dashes and case normalised) and
  whether its speaker matches the probe's (``speakers_match``); a phrase in no
  turn is a miss "not read", one that straddles two turns is "split";
- ``ask(question)`` quoting the phrase with the right speaker (the best
  citation's quote holds the phrase, or lies inside it with at least four
  words, and its speaker matches), asked within the probe's file
  (``--scope file``, the default) or over the whole corpus;
- merged people: distinct probe speakers of one file whose phrases landed on
  turns of one indexed speaker.

Figures only; nothing is asserted. See docs/benchmarks.md, "Real-world files".
"""

from __future__ import annotations

import argparse
import json
import logging
import re
import sys
import tempfile
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))  # also when imported as benchmarks.realworld

import common  # beside this script

from qa_bot.ingest.twins import SAME_AS

logger = logging.getLogger("benchmarks.realworld")
MANIFESTS = Path(__file__).resolve().parent / "realworld"
MANIFEST = MANIFESTS / "manifest.json"  # the development files ingest is tuned on
HOLDOUT = MANIFESTS / "holdout.json"
HOLDOUT2 = MANIFESTS / "holdout2.json"


def _holdout_number(path: Path) -> int:
    """1 for ``holdout.json``, N for ``holdoutN.json``: the order the held-out sets were built in."""
    return int(path.stem.removeprefix("holdout") or 1)


# dev, then every held-out set (holdout.json, holdout2.json, ...), each built after the ones before it
# had been tuned on: measure only, never tune ingest on a held-out set you have not yet measured
SPLITS = {"dev": MANIFEST} | {path.stem: path for path in sorted(MANIFESTS.glob("holdout*.json"), key=_holdout_number)}
UNKNOWN = "Unknown speaker"

# --- text and name normalisation -------------------------------------------------

_PUNCT = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2014": "-", "\u2013": "-",
                        "\u00a0": " ", "*": " "})


def normalise_text(text: str) -> str:
    """Text folded for phrase matching: NFKC, case, curly quotes and dashes, markdown asterisks, whitespace; and no
    space beside Chinese or Japanese characters, which speech-to-text sets between morphemes ("写真 を 写して") and
    a reader may join as written Japanese is."""
    text = unicodedata.normalize("NFKC", text).translate(_PUNCT).casefold()
    text = _BESIDE_HAN_KANA.sub("", re.sub(r"\s+", " ", text))
    return re.sub(r" ([,.!?;:])", r"\1", text).strip()


_HAN_KANA = "[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]"
_BESIDE_HAN_KANA = re.compile(rf"(?<={_HAN_KANA}) | (?={_HAN_KANA})")


# Words that name a role, not a person: a label holding one must match exactly ("THE PRESIDENT" is not
# "THE VICE PRESIDENT", "Senador" is not "Senador Black").
ROLE_WORDS = frozenset({
    "the", "president", "vice", "chair", "chairman", "chairwoman", "chairperson", "senator", "senador",
    "senadora", "secretary", "minister", "member", "speaker", "moderator", "host", "representative",
    "congressman", "congresswoman", "mayor", "councilmember", "governor", "judge", "court", "witness", "agent",
    "customer", "caller", "interviewer", "interviewee", "presenter", "narrator"
})
COURTESY = frozenset(["mr", "mrs", "ms", "miss", "mx", "dr", "sir", "madam", "dame", "hon", "prof", "sr", "sra",
                      "el", "la", "senor", "senora", "don", "dona"])  # "El señor URRUTIA", "don Gabriel"
POST_NOMINALS = frozenset(["mp", "mla", "mlc", "msp", "mep", "qc", "kc"])  # after a member's or counsel's name
QUESTIONER = frozenset({"q", "question", "questioner", "reporter", "journalist"})
UNKNOWN_NAMES = frozenset({"", "unknown", "unknown speaker", "speaker unknown", "unidentified speaker"})
_GENERIC_NUMBER = re.compile(r"^(?:speaker|spk|spkr|spk_)?[ _-]*0*(\d+)$")
_GENERIC_LETTER = re.compile(r"^(?:speaker[ _-]*)?([a-z])$")


def name_tokens(name: str, *, titled: bool = False) -> tuple[str, ...]:
    """A speaker name as folded tokens: accents, case, punctuation, courtesy titles (kept with ``titled``: the
    "El" of a magazine, "El Gráfico", whose initials a file writes as "EG") and annotations dropped.

    ``"Dima Gusakov | Lido"`` -> ``("dima", "gusakov")``; ``"MS. PSAKI"`` -> ``("psaki",)``;
    ``"Marius Van Der Wijden (M)"`` -> ``("marius", "van", "der", "wijden")``; ``"Mitchell, Brian MP"`` ->
    ``("mitchell", "brian")`` (a post-nominal dropped); ``"[SPEAKER 1]"`` -> ``("speaker", "1")``.
    """
    name = unicodedata.normalize("NFKD", name)
    name = "".join(c for c in name if not unicodedata.combining(c)).casefold().replace("ı", "i")  # Turkish: KILIÇ
    bare = re.sub(r"\([^)]*\)|\[[^\]]*\]", " ", name)  # a label wholly in brackets ("[SPEAKER 1]") is its words
    name = (bare if re.search(r"\w", bare) else name).split("|")[0]
    tokens = [t for t in re.split(r"[^\w]+", name.replace("_", " ")) if t]
    tokens = [t for i, t in enumerate(tokens) if not i or t not in POST_NOMINALS]  # "Mitchell, Brian MP"
    while len(tokens) > 1 and tokens[0] in COURTESY and not titled:
        tokens = tokens[1:]
    return tuple(tokens)


def _generic(tokens: tuple[str, ...]) -> str | None:
    """``"Speaker 0"``, ``"spk_0"``, ``"SPEAKER_00"``, ``"0"`` -> ``"#0"``; ``"Speaker A"``, ``"A"`` -> ``"#a"``."""
    joined = " ".join(tokens)
    for pattern in (_GENERIC_NUMBER, _GENERIC_LETTER):
        found = pattern.match(joined)
        if found:
            return "#" + found.group(1)
    return None


_PARTICLES = frozenset(("de", "da", "do", "dos", "das", "del", "della", "di", "du", "van", "von", "der", "den", "la",
                        "le", "ten", "ter"))  # a name's particles, which initials may leave out


def _short_form(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """Whether ``short`` is a plain short form of ``full`` (a personal name of two or more words).

    Surname, optionally after initials or leading names (``Lavrov``, ``S Lavrov``, ``Sergey Lavrov`` of
    ``Sergey Viktorovich Lavrov``), or the initials in one word (``AA`` of ``Andreas Antonopoulos``, ``AvW``
    of ``Aaron van Wirdum``, ``AB`` of ``Alain de Botton``). A first name alone is not a short form: two people may
    share it.
    """
    if len(full) < 2 or len(short) > len(full):
        return False
    if len(short) == 1 and 2 <= len(short[0]) <= 4 and short[0] in (
            "".join(t[0] for t in full), "".join(t[0] for t in full if t not in _PARTICLES)):  # "AB", Alain de Botton
        return True
    if short[-1] != full[-1]:
        return False
    tail = full[len(full) - len(short):]
    return all(full_token.startswith(token) for token, full_token in zip(short[:-1], tail[:-1], strict=True))


def _without_office(label: str) -> str:
    """A label without the office or annotation after its comma, where that is in capitals or opens in lower case:
    "LUIS RODRÍGUEZ BUCIO, COMANDANTE DE …" is the person "LUIS RODRÍGUEZ BUCIO", "El señor ZALDÍVAR, don Andrés
    (Presidente)" is "El señor ZALDÍVAR"; nor the office or firm after a double hyphen, as earnings calls write
    it ("Emily Field--Barclays -- Analyst" is "Emily Field"), or after a spaced hyphen ("Gary C. Kelly - Southwest
    Airlines Co." is "Gary C. Kelly")."""
    label = re.split(r"--| - (?![^()]*\))", label, maxsplit=1)[0].strip() or label  # not inside "(… - SP.)"
    name, comma, rest = label.partition(", ")
    return name if comma and (label.isupper() or rest[:1].islower()) else label


_OFFICE_HOLDER = re.compile(r"[^()]+\(([^()]+)\)")  # an office, then its holder in parentheses
_CJK_NAME = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]{2,}")  # a name in Han or kana, written without spaces


def speakers_match(expected: str, found: str, others: Iterable[str] = ()) -> bool:
    """Whether a probe's speaker (as the file names them) and an indexed speaker are the same person.

    Equal after folding case, accents, punctuation and courtesy titles (``MS. PSAKI`` = ``Ms. Psaki``),
    ignoring a Zoom-style annotation (``Dima Gusakov | Lido``, ``Marius (M)``) and an office written in
    capitals after the name (``LUIS RODRÍGUEZ BUCIO, COMANDANTE DE LA GUARDIA NACIONAL``); generic diarisation labels
    compare by their number or letter (``spk_1`` = ``Speaker 1`` = ``SPEAKER_01``); a questioner label
    (``Q``) matches another questioner label; ``Unknown speaker`` matches only an unknown speaker. A name
    with a role word (``THE PRESIDENT``, ``Senador``) must have the same role words and a name beside them
    (``SENATOR SMITH`` = ``Senator Bob Smith``), or none (``BIDEN`` = ``President Joe Biden``, the name the
    file gives at a first turn); otherwise one name may be a plain
    short form of the other (``_short_form``: surname, initials). An office with its holder in parentheses
    (``The Prime Minister (Boris Johnson)``, as Westminster's records write a minister) is that person (``MODERATOR
(DEANNA)`` is the ``DEANNA`` the file also writes alone), and so is
    a full name with an office after a comma (``DONALD REGAN, Treasury Secretary``), and a surname with the
    forenames after a comma is the name in order (``Spencer, John`` = ``JOHN SPENCER``), and a name run together
    as an id writes it is the name spelt out (``DanailovStefan`` = ``Danailov Stefan``). A first
    name alone is the full name it
    begins (``Dan`` = ``Dan Ott``) only where ``others``, the file's other speakers, hold no one else of
    that first name.
    """
    for label, other in ((expected, found), (found, expected)):
        held = _OFFICE_HOLDER.fullmatch(unicodedata.normalize("NFKC", label).strip())  # "議長（吉田崇仁）" too
        name, comma, rest = label.partition(", ")  # "DONALD REGAN, Treasury Secretary" is Donald Regan
        inverted = f"{rest} {name}" if comma and len(name.split()) == 1 and rest[:1].isupper() else ""
        # a Spanish register's two surnames, the first the family name a label prints: "Ascencio Mansilla, don Gabriel"
        paternal = f"{rest} {name.split()[0]}" if comma and len(name.split()) == 2 and rest else ""
        for person in (held.group(1) if held else "", name if comma else "", inverted, paternal):  # "Spencer, John"
            if (len(person.split()) >= 2 or _CJK_NAME.fullmatch(person)) and speakers_match(person, other, others):
                return True
        if held and name_tokens(held.group(1)) == name_tokens(other):  # "MODERATOR (DEANNA)" is "DEANNA" as written
            return True
    a, b = name_tokens(_without_office(expected)), name_tokens(_without_office(found))
    if " ".join(a) in UNKNOWN_NAMES or " ".join(b) in UNKNOWN_NAMES:
        return " ".join(a) in UNKNOWN_NAMES and " ".join(b) in UNKNOWN_NAMES
    if a == b or (len(a) != len(b) and "".join(a) == "".join(b)):  # an id's "DanailovStefan" is "Danailov Stefan"
        return True
    for short, full in ((a, name_tokens(found, titled=True)), (b, name_tokens(expected, titled=True))):
        if len(short) == 1 < len(full) and short[0] == "".join(t[0] for t in full):  # "EG" of "El Gráfico"
            return True
    if " ".join(a) in QUESTIONER or " ".join(b) in QUESTIONER:
        return " ".join(a) in QUESTIONER and " ".join(b) in QUESTIONER
    if _generic(a) or _generic(b):
        return _generic(a) is not None and _generic(a) == _generic(b)
    roles = ROLE_WORDS.intersection(a) | ROLE_WORDS.intersection(b)
    if roles:  # "SENATOR SMITH" is "Senator Bob Smith"; "THE PRESIDENT" is not "THE VICE PRESIDENT"
        if ROLE_WORDS.intersection(a) and ROLE_WORDS.intersection(b) and \
                ROLE_WORDS.intersection(a) != ROLE_WORDS.intersection(b):
            return False  # a name with no role word at all ("BIDEN") is compared by the name beside the role
        a, b = tuple(t for t in a if t not in roles), tuple(t for t in b if t not in roles)
        if not a or not b:
            return False
    short, full = sorted((a, b), key=lambda tokens: (len(tokens), len("".join(tokens))))
    if others and len(short) == 1 < len(full) and short[0] == full[0]:
        namesakes = {tokens for o in others if (tokens := name_tokens(o)) and tokens[0] == short[0]} - {a, b}
        return not namesakes
    return _short_form(short, full)


# --- the manifest --------------------------------------------------------------------


@dataclass(frozen=True)
class Probe:
    file: str
    question: str
    speaker: str
    phrase: str


def load_manifest(path: Path = MANIFEST) -> list[dict[str, Any]]:
    """The manifest's file entries."""
    return json.loads(Path(path).read_text(encoding="utf-8"))["files"]


def corpus_files(folder: Path) -> list[Path]:
    """Every file in ``folder``'s subfolders (one per source), relative to it; hidden ones left out."""
    return sorted(
        p.relative_to(folder) for p in folder.rglob("*")
        if p.is_file() and len(p.relative_to(folder).parts) > 1
        and not any(part.startswith(".") for part in p.relative_to(folder).parts)
    )


def link_tree(folder: Path, files: list[Path], target: Path) -> None:
    """A tree of links under ``target`` mirroring ``files`` of ``folder`` (so notes in DIR stay out)."""
    for rel in files:
        link = target / rel
        link.parent.mkdir(parents=True, exist_ok=True)
        link.symlink_to((folder / rel).resolve())


# --- measuring -----------------------------------------------------------------------


@dataclass
class ProbeResult:
    file: str
    question: str
    speaker: str
    phrase: str
    found_speaker: str | None = None  # speaker of the indexed turn holding the phrase
    turn: int | None = None
    credited: bool = False
    read: str = "not indexed"  # "read", "split", "not read", "not indexed"
    asked: bool = False
    ask_speaker: str | None = None
    ask_quote: str | None = None

    @property
    def miss(self) -> str | None:
        """Why the turn is not credited right, or None."""
        if self.credited:
            return None
        if self.read == "read":
            return f"wrong speaker {self.found_speaker!r}"
        return f"phrase {self.read}"

    @property
    def ask_miss(self) -> str | None:
        """Why ``ask`` did not quote the phrase with the right speaker, or None."""
        if self.asked:
            return None
        if self.read == "not indexed":
            return "file not indexed"
        if self.ask_quote is None:
            return "ask found nothing"
        if quote_holds(self.ask_quote, self.phrase):
            return f"quoted the phrase, credited {self.ask_speaker!r}"
        return f"quoted another turn ({self.ask_speaker}: {self.ask_quote[:70]!r})"


@dataclass
class FileResult:
    file: str
    shape: str
    language: str
    status: str  # "indexed", "twin" (left out for a twin holding its words), "refused", "ignored", "missing"
    reason: str = ""
    turns: int = 0
    speakers: int = 0
    probes: list[ProbeResult] = field(default_factory=list)
    merged: list[list[str]] = field(default_factory=list)


def quote_holds(quote: str, phrase: str) -> bool:
    """Whether an answer's quote holds the phrase, or lies inside it with at least four words."""
    q, p = normalise_text(quote), normalise_text(phrase)
    return p in q or (len(q.split()) >= 4 and q.strip(" .,!?;:") in p)


def credited_name(turn: Any, expected: str = "") -> str:
    """Whom a turn credits: its speaker, or the label as written where that is the speaker's name with the office
    the record gives them at that turn in brackets (``Dick, Milton MP (The SPEAKER)``, Australian Hansard), so
    that a probe naming the office (``The SPEAKER``) is matched against the person who held it; and where the
    speaker was inferred from a role's label (``Resposta`` credited to the interviewee the header names), that
    label for a probe (``expected``) naming the role as written."""
    label = turn.label or ""
    if turn.speaker_inferred and label and name_tokens(label) == name_tokens(expected):
        return label
    return label if "(" in label and name_tokens(label) == name_tokens(turn.speaker) else turn.speaker


def locate(turns: list[Any], phrase: str) -> tuple[str, int | None]:
    """(``"read"``, turn index) for the turn holding ``phrase``; ``"split"`` across two turns; else ``"not read"``."""
    target = normalise_text(phrase)
    texts = [normalise_text(t.text) for t in turns]
    for i, text in enumerate(texts):
        if target in text:
            return "read", i
    for i in range(len(texts) - 1):
        if target in f"{texts[i]} {texts[i + 1]}":
            return "split", i
    return "not read", None


def merged_people(probes: list[ProbeResult]) -> list[list[str]]:
    """Groups of distinct probe speakers whose phrases sit in turns of one indexed speaker."""
    by_found: dict[str, set[str]] = defaultdict(set)
    for p in probes:
        if p.read == "read" and p.found_speaker and not speakers_match(UNKNOWN, p.found_speaker) \
                and p.speaker != UNKNOWN:
            by_found[p.found_speaker].add(p.speaker)
    groups = []
    for names in by_found.values():
        distinct: list[str] = []
        for name in sorted(names):
            if not any(speakers_match(name, other) for other in distinct):
                distinct.append(name)
        if len(distinct) > 1:
            groups.append(distinct)
    return groups


def measure(folder: Path, index_dir: Path, scope: str = "file", manifest: Path = MANIFEST,
            reader: str = "default") -> tuple[list[FileResult], dict[str, Any]]:
    """Index the corpus under ``folder`` and check every probe of ``manifest`` (``ask`` with ``reader``)."""
    import qa_bot

    entries = load_manifest(manifest)
    present = corpus_files(folder)
    with tempfile.TemporaryDirectory() as tmp:
        tree = Path(tmp) / "corpus"
        link_tree(folder, present, tree)
        try:
            stats = qa_bot.build_index([tree], index_dir, progress=sys.stderr.isatty())
        except qa_bot.QABotError as exc:  # nothing at all could be indexed
            logger.error("%s", exc)
            stats = None
        skipped = {Path(p).relative_to(tree).as_posix(): r for p, r in (stats.skipped if stats else {}).items()}
    qa = qa_bot.TranscriptQA.load(index_dir, reader=reader) if stats else None
    indexed = {tid: qa.transcript(tid) for tid, _, _ in qa.transcript_list()} if qa else {}
    by_file = {  # an index reused from an earlier run keeps that run's source paths: match by id and suffix
        rel.as_posix(): indexed[tid] for rel in present
        for tid in (rel.with_suffix("").as_posix(), rel.with_suffix("").as_posix() + rel.suffix.lower())
        if tid in indexed and Path(indexed[tid].source).suffix == rel.suffix
    }
    twins = {  # left out as the same transcript as a file in another format: its words are read from that one
        name: indexed[tid] for name, reason in skipped.items()
        if reason.startswith(SAME_AS) and (tid := Path(name).with_suffix("").as_posix()) in indexed
    }
    results = []
    listed = {e["file"] for e in entries}
    for entry in entries + [{"file": p.as_posix(), "shape": "?", "language": "?", "probes": []}
                            for p in present if p.as_posix() not in listed]:
        name = entry["file"]
        transcript = by_file.get(name) or twins.get(name)
        if name in twins:
            result = FileResult(name, entry["shape"], entry["language"], "twin", skipped[name])
        elif transcript is not None:
            result = FileResult(name, entry["shape"], entry["language"], "indexed",
                                turns=len(transcript.turns), speakers=len(transcript.speakers))
        elif name in skipped:
            result = FileResult(name, entry["shape"], entry["language"], "refused", skipped[name])
        elif Path(name) in present:
            result = FileResult(name, entry["shape"], entry["language"], "ignored",
                                "left out by the folder index without a word")
        else:
            result = FileResult(name, entry["shape"], entry["language"], "missing", f"not in {folder}")
        for probe in entry["probes"]:
            pr = ProbeResult(name, probe["question"], probe["speaker"], probe["phrase"])
            if transcript is not None:
                pr.read, pr.turn = locate(transcript.turns, probe["phrase"])
                if pr.read == "read":
                    pr.found_speaker = credited_name(transcript.turns[pr.turn], pr.speaker)
                    pr.credited = speakers_match(pr.speaker, pr.found_speaker, transcript.speakers)
                answer = qa.ask(probe["question"], transcripts=[transcript.id] if scope == "file" else None)
                if answer.found and answer.citations:
                    best = answer.citations[0]
                    pr.ask_quote, pr.ask_speaker = best.quote, best.speaker
                    pr.asked = quote_holds(best.quote, pr.phrase) and speakers_match(pr.speaker, best.speaker,
                                                                                      transcript.speakers)
            result.probes.append(pr)
        result.merged = merged_people(result.probes)
        results.append(result)
    if qa is not None:
        qa.store.close()
    return results, totals(results)


def totals(results: list[FileResult]) -> dict[str, Any]:
    """Corpus-wide counts and rates."""
    probes = [p for r in results for p in r.probes]
    n = len(probes) or 1
    return {
        "files": len(results),
        "indexed": sum(r.status == "indexed" for r in results),
        "refused": sum(r.status == "refused" for r in results),
        "twins": sum(r.status == "twin" for r in results),
        "ignored": sum(r.status == "ignored" for r in results),
        "missing": sum(r.status == "missing" for r in results),
        "probes": len(probes),
        "read": sum(p.read == "read" for p in probes),
        "credited": sum(p.credited for p in probes),
        "credited_rate": sum(p.credited for p in probes) / n,
        "asked": sum(p.asked for p in probes),
        "asked_rate": sum(p.asked for p in probes) / n,
        "merged_groups": sum(len(r.merged) for r in results),
    }


# --- output ----------------------------------------------------------------------------


def report(results: list[FileResult], total: dict[str, Any]) -> str:
    """The per-file table, totals, refusals and misses, as text."""
    rows = [{
        "file": r.file, "shape": r.shape, "status": r.status, "turns": r.turns, "speakers": r.speakers,
        "probes": len(r.probes), "credited": sum(p.credited for p in r.probes),
        "ask ok": sum(p.asked for p in r.probes), "merged": len(r.merged),
    } for r in results]
    lines = [common.table(rows), ""]
    lines.append(
        f"files: {total['indexed']} indexed, {total['twins']} read through a twin, {total['refused']} refused, "
        f"{total['ignored']} ignored, "
        f"{total['missing']} missing of {total['files']}")
    lines.append(f"probe turns credited right: {total['credited']}/{total['probes']} ({total['credited_rate']:.1%}); "
                 f"phrase read at all: {total['read']}/{total['probes']}")
    lines.append(f"ask quoting the phrase with the right speaker: {total['asked']}/{total['probes']} "
                 f"({total['asked_rate']:.1%})")
    lines.append(f"merged people: {total['merged_groups']} group(s)")
    not_indexed = [r for r in results if r.status != "indexed"]
    if not_indexed:
        lines += ["", "Files not indexed:"]
        lines += [f"  {r.file} [{r.status}]: {r.reason}" for r in not_indexed]
    merged = [r for r in results if r.merged]
    if merged:
        lines += ["", "Merged people:"]
        lines += [f"  {r.file}: {' + '.join(g)}" for r in merged for g in r.merged]
    misses = [p for r in results if r.status in ("indexed", "twin") for p in r.probes if p.miss]
    if misses:
        lines += ["", "Probe turns not credited right (file, expected speaker, phrase: reason):"]
        lines += [f"  {p.file}  {p.speaker!r}  {p.phrase!r}: {p.miss}" for p in misses]
    asks = [p for r in results if r.status in ("indexed", "twin") for p in r.probes if p.ask_miss]
    if asks:
        lines += ["", "ask misses (file, expected speaker, question: reason):"]
        lines += [f"  {p.file}  {p.speaker!r}  {p.question!r}: {p.ask_miss}" for p in asks]
    return "\n".join(lines)


def as_json(results: list[FileResult], total: dict[str, Any]) -> dict[str, Any]:
    """Machine-readable results."""
    files = []
    for r in results:
        entry = asdict(r)
        entry["probes"] = [{**asdict(p), "miss": p.miss, "ask_miss": p.ask_miss} for p in r.probes]
        files.append(entry)
    return {"totals": total, "files": files}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, help="the corpus folder, laid out per the split's manifest "
                        "(with --split all: DIR/dev, DIR/holdout, DIR/holdout2, ... one folder per split)")
    parser.add_argument("--split", choices=(*SPLITS, "all"), default="dev",
                        help="dev: manifest.json, the files ingest was tuned on (default); holdoutN: "
                             "benchmarks/realworld/holdoutN.json, the Nth held-out set, built after the ones "
                             "before it were tuned on; all: every split, reported separately")
    parser.add_argument("--index", type=Path, default=None, help="index folder to build/reuse (default: temporary)")
    parser.add_argument("--scope", choices=("file", "corpus"), default="file",
                        help="ask within the probe's file (default) or over the whole corpus")
    parser.add_argument("--json", action="store_true", help="print JSON instead of the tables")
    parser.add_argument("--reader", default="default", help="reader: default (bundled), none, or a reader .npz file")
    args = parser.parse_args()
    if not args.folder.is_dir():
        print(f"not a folder: {args.folder} (rebuild it with benchmarks/realworld_fetch.py)", file=sys.stderr)
        return 1
    if args.json:
        logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
        logging.getLogger("qa_bot.ingest").setLevel(logging.ERROR)
    else:
        common.setup("Real-world files: files indexed, probe turns credited, ask quoting the phrase")
        logging.getLogger("qa_bot.pipeline.build").setLevel(logging.ERROR)  # refusals are listed in the report
    splits = list(SPLITS) if args.split == "all" else [args.split]
    outputs: dict[str, Any] = {}
    for split in splits:
        folder = args.folder / split if args.split == "all" else args.folder
        if not folder.is_dir():
            print(f"not a folder: {folder} (rebuild it with benchmarks/realworld_fetch.py --split {split})",
                  file=sys.stderr)
            return 1
        with tempfile.TemporaryDirectory() as tmp:
            index = (args.index / split if args.split == "all" else args.index) if args.index else Path(tmp) / "index"
            results, total = measure(folder, index, args.scope, SPLITS[split], args.reader)
        outputs[split] = as_json(results, total) if args.json else report(results, total)
    if args.json:
        print(json.dumps(outputs[splits[0]] if len(splits) == 1 else outputs, ensure_ascii=False, indent=1))
    else:
        for split in splits:
            if len(splits) > 1:
                print(f"\n=== split: {split} ({SPLITS[split].name}) ===")
            print(outputs[split])
    return 0


if __name__ == "__main__":
    sys.exit(main())
