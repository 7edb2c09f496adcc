"""Fit the answer step's weights (``RankWeights``) on FriendsQA scenes a reader was not trained on.

    python scripts/train_reader.py … --fit-apart --out /tmp/reader_fit.npz
    python scripts/fit_answer_weights.py ../shared/datasets/friendsqa-dev/friendsqa_dev.json \\
        --reader /tmp/reader_fit.npz --index /tmp/friendsqa-index

The answer step scores each hit by a weighted sum of signals
(``qa_bot.answering.spans.passage_features``) and quotes the best. The
weights were set by hand on the tuning half of FriendsQA (every 2nd scene
from the first); the reader's among them cannot be set on those scenes with
the shipped reader, which was trained on them and looks better there than
anywhere else. So a second reader is trained without every 4th scene from
the third (``--fit-apart``), and this script

1. asks each question of those scenes through the public pipeline
   (``plan``, ``retrieve``, ``weigh``) and records the features of the hits
   the answer step chooses among, and which hits hold a gold answer;
2. fits the weights by a softmax over each question's hits (the probability
   of the answering ones), pulled towards the current weights;
3. prints how often the best-scored hit holds the answer with the current
   and the fitted weights, also two-fold across scenes (fitted on one half,
   counted on the other), and the fitted ``RankWeights``.

The benchmark's held-out half (every 2nd scene from the second) is never
read. Copy the weights into ``qa_bot/config.py`` only if the two-fold figure
holds up, then measure with ``benchmarks/friendsqa.py`` on the held-out half.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from dataclasses import fields
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.friendsqa import Question, indexed_scenes, load_questions, normalise  # noqa: E402
from qa_bot.answering.echo import asks_what_was_asked, is_evidence  # noqa: E402
from qa_bot.answering.spans import passage_features, question_terms, weight_vector  # noqa: E402
from qa_bot.config import Config, RankWeights, quiet_libraries  # noqa: E402
from qa_bot.types import Hit  # noqa: E402

logger = logging.getLogger("fit_answer_weights")


def holds_answer(hit: Hit, question: Question) -> bool:
    """Whether quoting ``hit`` would answer: a gold text in its words, or the gold speaker for "who"."""
    text = normalise(hit.text)
    speakers = {normalise(name) for name in hit.speaker.split(" and ")}
    return any(
        (normalise(g.text) in speakers) if g.is_speaker else bool(g.text.strip()) and normalise(g.text) in text
        for g in question.gold
    )


def record(qa, questions: list[Question]) -> list[tuple[np.ndarray, np.ndarray, str]]:
    """``(features, answers, scene)`` per question whose hits hold an answer (the others teach nothing)."""
    out = []
    speakers = qa.config.answer.question_speakers
    for q in questions:
        plan = qa.plan(q.text, transcripts=[q.scene])
        vector = qa.encode(plan)
        hits, scores = qa.weigh(plan, qa.retrieve(plan, 10, vector), vector)
        if not hits:
            continue
        terms, about = question_terms(plan.query), asks_what_was_asked(plan.query)
        kept = [i for i, h in enumerate(hits) if not is_evidence(h, terms, speakers, about)] or list(range(len(hits)))
        features = passage_features(plan.query, hits, scores)[kept]
        answers = np.array([holds_answer(hits[i], q) for i in kept])
        if answers.any():
            out.append((features, answers, q.scene))
    return out


def loss(w: np.ndarray, data, prior: np.ndarray, strength: float) -> float:
    """Mean negative log-probability of the answering hits, plus a pull towards ``prior``."""
    total = 0.0
    for features, answers, _ in data:
        s = features @ w
        top = s.max()
        log_all = top + np.log(np.exp(s - top).sum())
        log_gold = top + np.log(np.exp(s[answers] - top).sum())
        total += log_all - log_gold
    return total / len(data) + strength * float(((w - prior) ** 2).sum())


def fit(data, prior: np.ndarray, strength: float) -> np.ndarray:
    from scipy.optimize import minimize

    return minimize(loss, prior, args=(data, prior, strength), method="L-BFGS-B").x


def first_right(w: np.ndarray, data) -> float:
    """Share of questions whose best-scored hit answers (ties to the earlier hit, as the answer step does)."""
    return sum(bool(answers[int(np.argmax(features @ w))]) for features, answers, _ in data) / len(data)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("file", type=Path, help="friendsqa_dev.json")
    parser.add_argument("--reader", required=True, help="a reader trained with --fit-apart (scripts/train_reader.py)")
    parser.add_argument("--index", type=Path, default=None, help="index folder of the scenes to build/reuse")
    parser.add_argument("--strength", type=float, nargs="+", default=[0.003, 0.01, 0.03, 0.1],
                        help="pulls towards the current weights to try (the first is the one printed as weights)")
    args = parser.parse_args()
    quiet_libraries()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")

    import qa_bot

    data = json.loads(args.file.read_text(encoding="utf-8"))
    with indexed_scenes(data, args.index) as (scenes, index, _):
        qa = qa_bot.TranscriptQA.load(index, reader=args.reader)
        chosen = list(scenes)[2::4]  # the tuning scenes the reader was not trained on (--fit-apart)
        questions = load_questions(data, chosen, qa, scenes)
        recorded = record(qa, questions)
        qa.store.close()
    names = [f.name for f in fields(RankWeights)]
    current = weight_vector(Config().answer.weights)
    logger.info("%d questions over %d scenes, %d with an answering hit", len(questions), len(chosen), len(recorded))
    halves = [[d for d in recorded if chosen.index(d[2]) % 2 == k] for k in (0, 1)]
    now = [first_right(current, halves[1 - k]) for k in (0, 1)]
    print(f"answering hit first with the current weights: {first_right(current, recorded):.3f} "
          f"(halves {now[0]:.3f}, {now[1]:.3f})")
    alone = np.eye(len(names))[names.index("reader")]
    unread = current * (np.arange(len(names)) != names.index("reader"))
    print(f"the reader alone: {first_right(alone, recorded):.3f}; the current weights without the reader: "
          f"{first_right(unread, recorded):.3f}")
    for strength in args.strength:
        fitted = fit(recorded, current, strength)
        crossed = [first_right(fit(halves[k], current, strength), halves[1 - k]) for k in (0, 1)]
        print(f"pull {strength}: fitted {first_right(fitted, recorded):.3f} in sample; two-fold across scenes "
              f"(fitted on one half, counted on the other) {crossed[0]:.3f}, {crossed[1]:.3f}")
        print("  RankWeights(" + ", ".join(f"{n}={v:.3g}" for n, v in zip(names, fitted, strict=True)) + ")")
    return 0


if __name__ == "__main__":
    sys.exit(main())
