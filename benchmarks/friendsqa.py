"""Answer benchmark on FriendsQA-format dialogue (questions asked within their scene).

    python benchmarks/friendsqa.py FILE [--every N --offset K] [--index DIR] [--negatives]

Each scene becomes a JSON transcript (``turns`` with the speaker names as
written) in a temporary folder; the index is built from every scene of FILE
through the public ``qa_bot.build_index`` with the bundled model (``--index``
keeps and reuses it: unchanged scenes are not embedded again). Each question
of the chosen scenes (every N-th scene from K, a tuning or held-out split) is
asked with ``TranscriptQA.ask(question, transcripts=[scene])``.

Printed, overall and per question word:

- ``gold in quote``: the quote contains a gold answer text (case and
  whitespace normalised); for a speaker answer (``is_speaker``), the cited
  speaker or the headline is the gold speaker;
- ``gold turn``: the cited turn is one a gold answer comes from (utterance
  ids are mapped onto the indexed turn numbers, checked text by text);
- abstention rate, median / mean quote length in words, p50 latency.

``--negatives`` also asks every question against another scene (rotated by
half the split) and a few off-topic questions, and prints how the abstention
threshold trades answered questions against confidently wrong ones.
"""

from __future__ import annotations

import argparse
import json
import logging
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))  # also when a test loads this file by path

import common  # beside this script

from qa_bot.config import Config, quiet_libraries

logger = logging.getLogger("benchmarks.friendsqa")

QUESTION_WORDS = ("What", "Who", "Where", "Why", "How", "When")
OFF_TOPIC = (
    "What is the recipe for chocolate cake?",
    "Who won the football world cup?",
    "How do I reset my email password?",
    "What is the best programming language for beginners?",
    "When does the swimming pool open on Sundays?",
    "What did the minister say about the Open Skies Treaty?",
    "How many doses of the vaccine will be produced each month?",
    "Why did the ambassadors return to Moscow?",
)
THRESHOLDS = (0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7)


@dataclass
class Gold:
    text: str
    turn: int | None  # the indexed turn number of the utterance, None when ingest left it out
    is_speaker: bool


@dataclass
class Question:
    scene: str
    id: str
    text: str
    gold: list[Gold]

    @property
    def word(self) -> str:
        first = self.text.split()[0].capitalize() if self.text.split() else ""
        return first if first in QUESTION_WORDS else "other"


@dataclass
class Result:
    question: Question
    found: bool
    contains: bool
    gold_turn: bool
    words: int
    seconds: float
    confidence: float


@dataclass
class Tally:
    results: list[Result] = field(default_factory=list)

    def row(self, name: str) -> dict[str, Any]:
        n = len(self.results)
        answered = [r for r in self.results if r.found]
        lengths = [r.words for r in answered] or [0]
        return {
            "questions": name,
            "n": n,
            "gold in quote": sum(r.contains for r in self.results) / n if n else 0.0,
            "gold turn": sum(r.gold_turn for r in self.results) / n if n else 0.0,
            "abstained": 1 - len(answered) / n if n else 0.0,
            "median words": float(statistics.median(lengths)),
            "mean words": float(statistics.fmean(lengths)),
            "p50 ms": 1000 * statistics.median([r.seconds for r in self.results]) if n else 0.0,
        }


def normalise(text: str) -> str:
    """Lower case, single spaces: FriendsQA text is tokenised ("do n't"), as is the indexed text."""
    return " ".join(text.lower().split())


def scene_files(data: dict[str, Any], folder: Path) -> dict[str, list[dict[str, Any]]]:
    """Write each scene as a JSON turn list; return the scene's utterances by scene id.

    A line said by several people ("Chandler Bing, Joey Tribbiani") keeps
    all their names as one speaker label.
    """
    scenes: dict[str, list[dict[str, Any]]] = {}
    for scene in data["data"]:
        utterances = scene["paragraphs"][0]["utterances:"]
        turns = [{"speaker": " and ".join(u["speakers"]) or None, "text": u["utterance"]} for u in utterances]
        (folder / f"{scene['title']}.json").write_text(
            json.dumps({"title": scene["title"], "turns": turns}, ensure_ascii=False), encoding="utf-8"
        )
        scenes[scene["title"]] = utterances
    return scenes


@contextmanager
def indexed_scenes(data: dict[str, Any], index: Path | None, embedder: Any = None) -> Iterator[tuple[dict, Path, Any]]:
    """``(scenes, index folder, build stats)``: every scene written as a transcript (``scene_files``) and indexed,
    in ``index`` (kept, and reused where unchanged) or a temporary folder."""
    import qa_bot

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "scenes"
        folder.mkdir()
        scenes = scene_files(data, folder)
        index = index or Path(tmp) / "index"
        yield scenes, index, qa_bot.build_index([folder], index, embedder=embedder, progress=sys.stderr.isatty())


def turn_numbers(utterances: list[dict[str, Any]], turns: Sequence[Any]) -> dict[int, int]:
    """Utterance id -> indexed turn number, walking both lists and checking each text.

    Ingest leaves out utterances without text, so numbers can shift; an
    utterance whose text is not the next turn's is left unmapped (and logged).
    """
    mapping: dict[int, int] = {}
    position = 0
    for u in utterances:
        if position < len(turns) and normalise(turns[position].text) == normalise(u["utterance"]):
            mapping[int(u["uid"])] = position
            position += 1
        elif normalise(u["utterance"]):
            logger.warning("utterance %s (%r) has no matching indexed turn", u["uid"], u["utterance"][:40])
    return mapping


def load_questions(data: dict[str, Any], scene_ids: Sequence[str], qa: Any, scenes: dict[str, Any]) -> list[Question]:
    """The questions of ``scene_ids`` with their gold answers mapped onto indexed turns."""
    by_id = {scene["title"]: scene for scene in data["data"]}
    questions = []
    for sid in scene_ids:
        mapping = turn_numbers(scenes[sid], qa.store.transcript(sid).turns)
        for item in by_id[sid]["paragraphs"][0]["qas"]:
            gold = [
                Gold(a["answer_text"], mapping.get(int(a["utterance_id"])), bool(a.get("is_speaker")))
                for a in item["answers"]
            ]
            questions.append(Question(sid, item["id"], item["question"], gold))
    return questions


def judge(question: Question, answer: Any, seconds: float) -> Result:
    """Score one answer against the gold answers of its question."""
    conf = float(answer.score)  # what ask compared with the abstention threshold
    if not answer.found:
        return Result(question, False, False, False, 0, seconds, conf)
    cited = answer.citations[0]
    quote = normalise(answer.text)
    speakers = {normalise(name) for name in cited.speaker.split(" and ")} | {normalise(answer.headline)}
    contains = any(
        (normalise(g.text) in speakers) if g.is_speaker else (normalise(g.text) in quote)
        for g in question.gold
    ) or any(normalise(g.text) in quote for g in question.gold if g.text.strip())
    gold_turn = any(g.turn == cited.turn_index for g in question.gold if g.turn is not None)
    return Result(question, True, contains, gold_turn, len(answer.text.split()), seconds, conf)


def ask_all(qa: Any, questions: Sequence[Question]) -> Tally:
    tally = Tally()
    for q in questions:
        began = time.perf_counter()
        answer = qa.ask(q.text, transcripts=[q.scene])
        tally.results.append(judge(q, answer, time.perf_counter() - began))
        logger.debug("%s | %s | %s", q.text, answer.text[:80], [g.text for g in q.gold])
    return tally


def negatives(qa: Any, questions: Sequence[Question], scene_ids: Sequence[str]) -> list[tuple[float, bool]]:
    """``(confidence, answered)`` of questions asked where they have no answer: another scene, or off-topic."""
    shift = max(1, len(scene_ids) // 2)
    other = {sid: scene_ids[(i + shift) % len(scene_ids)] for i, sid in enumerate(scene_ids)}
    out = []
    for q in questions:
        if other[q.scene] == q.scene:
            continue
        answer = qa.ask(q.text, transcripts=[other[q.scene]])
        out.append((float(answer.score), answer.found))
    for text in OFF_TOPIC:
        for sid in scene_ids[:: max(1, len(scene_ids) // 10)]:
            answer = qa.ask(text, transcripts=[sid])
            out.append((float(answer.score), answer.found))
    return out


def table(rows: Sequence[dict[str, Any]]) -> str:
    """A plain-text table (floats with three decimals)."""
    columns = list(rows[0])
    cells = [columns] + [
        [f"{v:.3f}" if isinstance(v, float) and abs(v) < 10 else f"{v:.1f}" if isinstance(v, float) else str(v)
         for v in row.values()]
        for row in rows
    ]
    widths = [max(len(r[i]) for r in cells) for i in range(len(columns))]
    return "\n".join(
        "  ".join(c.ljust(widths[i]) if i == 0 else c.rjust(widths[i]) for i, c in enumerate(r)) for r in cells
    )


def report(tally: Tally) -> str:
    rows = [tally.row("all")]
    for word in (*QUESTION_WORDS, "other"):
        part = Tally([r for r in tally.results if r.question.word == word])
        if part.results:
            rows.append(part.row(word))
    return table(rows)


def calibration(positives: Tally, negative: list[tuple[float, bool]]) -> str:
    """Answered share of answerable questions (and of those, right) vs of unanswerable ones, per threshold."""
    rows = []
    for t in THRESHOLDS:
        kept = [r for r in positives.results if r.confidence >= t]
        rows.append({
            "min confidence": t,
            "answerable answered": len(kept) / len(positives.results),
            "right among answered": sum(r.contains for r in kept) / len(kept) if kept else 0.0,
            "unanswerable answered": sum(c >= t for c, _ in negative) / len(negative),
        })
    return table(rows)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("file", type=Path, help="a FriendsQA-format JSON file (e.g. friendsqa_dev.json)")
    parser.add_argument("--every", type=int, default=1, help="use every N-th scene (a development split)")
    parser.add_argument("--offset", type=int, default=0, help="with --every: start at this scene (the other split)")
    parser.add_argument("--index", type=Path, default=None, help="index folder to build/reuse (default: temporary)")
    parser.add_argument("--negatives", action="store_true", help="also measure abstention where there is no answer")
    common.add_model_arguments(parser)
    parser.add_argument("--reader-weight", type=float, default=None,
                        help="weight of the reader's judgement in choosing the quote (default: RankWeights.reader)")
    parser.add_argument("--verbose", action="store_true", help="log every question, answer and gold answer")
    common.add_embedding_arguments(parser)
    args = parser.parse_args(argv)
    quiet_libraries()
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    logger.setLevel(logging.DEBUG if args.verbose else logging.INFO)

    import qa_bot
    from qa_bot.embedding import SentenceTransformerEmbedder

    data = json.loads(args.file.read_text(encoding="utf-8"))
    embedder = SentenceTransformerEmbedder(backend=args.backend, precision=args.precision)
    with indexed_scenes(data, args.index, embedder) as (scenes, index, stats):
        print(stats.summary().splitlines()[0])
        config = Config()
        if args.reader_weight is not None:
            weights = replace(config.answer.weights, reader=args.reader_weight)
            config = replace(config, answer=replace(config.answer, weights=weights))
        qa = qa_bot.TranscriptQA.load(index, query_adapter=args.query_adapter, reader=args.reader,
                                      backend=args.backend, config=config)
        chosen = list(scenes)[args.offset :: args.every]
        if not chosen:
            print(f"no scenes in {args.file} with --every {args.every} --offset {args.offset}", file=sys.stderr)
            return 1
        questions = load_questions(data, chosen, qa, scenes)
        print(f"{len(questions)} questions over {len(chosen)} scenes (every {args.every} from {args.offset})\n")
        tally = ask_all(qa, questions)
        print(report(tally), flush=True)
        if args.negatives:
            negative = negatives(qa, questions, chosen)
            wrongly = sum(found for _, found in negative) / len(negative)
            print(f"\n{len(negative)} unanswerable questions (other scene or off-topic): "
                  f"{1 - wrongly:.3f} abstained, {wrongly:.3f} answered")
            print(calibration(tally, negative))
        qa.store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
