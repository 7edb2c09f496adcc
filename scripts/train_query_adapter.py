"""Train the query adapter (``qa_bot/retrieval/adapter.py``) on QMSum-format meetings.

    python scripts/train_query_adapter.py ../shared/datasets/qmsum-train \\
        --index /tmp/qmsum-train-index --out qa_bot/data/query_adapter_minilm_qmsum.npz

Every 4th meeting (sorted by name; ``benchmarks/qmsum.py --every 4``) is held
out by default, so the development figures in docs/benchmarks.md stay measured on meetings
the adapter never saw. For each specific query of the other meetings, the
loss is a softmax over all passages of its meeting with the passages that
overlap a gold span as the targets (temperature ``--tau``), plus an L2
penalty pulling the map towards the identity. Full-batch Adam from zero, so a
rerun over the same index gives the same matrix.

``--cross-validate K`` writes no adapter: it indexes every meeting, and for
each fold (every K-th meeting from the f-th, as ``benchmarks/qmsum.py --every K
--offset f``) trains on the other folds and measures the shipped hybrid
search within each held-out meeting, with and without that fold's adapter;
then the figures pooled over all folds. One development split of ~270
questions moves by a question or two per idea; all ~1,100 move less.

    python scripts/train_query_adapter.py ../shared/datasets/qmsum-train --index /tmp/qmsum-all --cross-validate 4
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import qa_bot  # noqa: E402
from benchmarks.qmsum import Query, Scores, load_queries, run  # noqa: E402
from qa_bot.retrieval.adapter import QueryAdapter  # noqa: E402

logger = logging.getLogger("train_query_adapter")


def training_examples(qa: qa_bot.TranscriptQA, queries: list[Query]) -> list[tuple[int, str, np.ndarray]]:
    """``(query number, meeting id, gold mask over the meeting's passages)`` for queries with a gold passage."""
    masks = []
    for number, query in enumerate(queries):
        passages = qa.store.transcript_passages(query.transcript_id)
        gold = np.array(
            [any(p.turn_start <= end and start <= p.turn_end for start, end in query.gold) for p in passages]
        )
        if gold.any():
            masks.append((number, query.transcript_id, gold))
    return masks


def fit(
    questions: np.ndarray,
    meetings: dict[str, np.ndarray],
    examples: list[tuple[int, str, np.ndarray]],
    *,
    tau: float,
    l2: float,
    epochs: int,
    lr: float,
) -> np.ndarray:
    """The residual matrix ``M`` minimising the gold passages' softmax loss for ``normalise(q + q @ M)``."""
    import torch
    from tqdm import tqdm

    torch.manual_seed(0)
    q = torch.tensor(questions)
    passages = {tid: torch.tensor(v) for tid, v in meetings.items()}
    masks = [(n, tid, torch.tensor(gold)) for n, tid, gold in examples]
    matrix = torch.zeros(q.shape[1], q.shape[1], requires_grad=True)
    optimiser = torch.optim.Adam([matrix], lr=lr)
    for _ in tqdm(range(epochs), desc="training", unit="epoch", disable=not sys.stderr.isatty()):
        optimiser.zero_grad()
        adapted = q + q @ matrix
        adapted = adapted / adapted.norm(dim=1, keepdim=True)
        loss = torch.zeros(())
        for n, tid, gold in masks:
            logits = passages[tid] @ adapted[n] / tau
            loss = loss + torch.logsumexp(logits, 0) - torch.logsumexp(logits[gold], 0)
        loss = loss / len(masks) + l2 * (matrix**2).sum()
        loss.backward()
        optimiser.step()
    logger.info("final loss %.4f", loss.item())
    return matrix.detach().numpy()


def training_data(
    files: list[Path], index: Path
) -> tuple[qa_bot.TranscriptQA, list[Query], list[tuple[int, str, np.ndarray]], dict[str, np.ndarray], np.ndarray]:
    """Index ``files`` (built or updated) and return what ``fit`` needs.

    That is: the loaded index (no adapter), the queries, the training
    examples, each meeting's passage vectors and the questions' vectors.
    """
    qa_bot.build_index(files, index, progress=sys.stderr.isatty())
    qa = qa_bot.TranscriptQA.load(index, query_adapter=None)
    queries = load_queries(files, qa)
    examples = training_examples(qa, queries)
    meetings = {
        tid: qa.store.passage_vectors([p.id for p in qa.store.transcript_passages(tid)])
        for tid in sorted({tid for _, tid, _ in examples})
    }
    return qa, queries, examples, meetings, qa.embedder.encode([q.text for q in queries])


def cross_validate(files: list[Path], index: Path, folds: int, recipe: dict[str, float]) -> None:
    """Print within-meeting hybrid figures per held-out fold and pooled, without and with the fold's adapter."""
    plain, queries, examples, meetings, questions = training_data(files, index)
    fold_of = {path.stem: i % folds for i, path in enumerate(files)}
    pooled = {"no adapter": Scores(), "adapter": Scores()}
    print(f"{'fold':<6} {'adapter':<11} {'queries':>7} {'hit@1':>6} {'hit@5':>6} {'hit@10':>6} {'MRR@10':>7}")
    for fold in range(folds):
        train = [e for e in examples if fold_of[e[1]] != fold]
        matrix = fit(questions, meetings, train, **recipe)
        adapter = QueryAdapter(matrix=matrix, model=plain.embedder.name, info={"trained_on": f"all folds but {fold}"})
        adapted = qa_bot.TranscriptQA.load(index, embedder=plain.embedder, query_adapter=adapter)
        held_out = [q for q in queries if fold_of[q.transcript_id] == fold]
        for label, qa in (("no adapter", plain), ("adapter", adapted)):
            scores = run(qa, held_out, "hybrid", "meeting")
            pooled[label].ranks += scores.ranks
            pooled[label].seconds += scores.seconds
            _print_row(str(fold), label, scores)
    for label, scores in pooled.items():
        _print_row("all", label, scores)


def _print_row(fold: str, label: str, scores: Scores) -> None:
    r = scores.row()
    print(
        f"{fold:<6} {label:<11} {len(scores.ranks):7d} {r['hit@1']:6.3f} {r['hit@5']:6.3f} {r['hit@10']:6.3f} "
        f"{r['MRR@10']:7.3f}",
        flush=True,
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, help="folder of QMSum-format *.json meetings")
    parser.add_argument(
        "--index", type=Path, required=True, help="index folder of the training meetings (built or updated)"
    )
    parser.add_argument("--out", type=Path, help="where to write the adapter (.npz)")
    parser.add_argument(
        "--cross-validate", type=int, default=0, metavar="K", help="measure K-fold held-out figures; writes nothing"
    )
    parser.add_argument("--hold-out-every", type=int, default=4, help="leave out every N-th meeting (0: use all)")
    parser.add_argument("--tau", type=float, default=0.05, help="softmax temperature")
    parser.add_argument("--l2", type=float, default=1e-2, help="penalty on the matrix (distance from the identity map)")
    parser.add_argument("--epochs", type=int, default=100)
    parser.add_argument("--lr", type=float, default=1e-3)
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    for noisy in ("faiss.loader", "sentence_transformers", "qa_bot.ingest"):
        logging.getLogger(noisy).setLevel(logging.WARNING)

    files = sorted(args.folder.glob("*.json"))
    recipe = {"tau": args.tau, "l2": args.l2, "epochs": args.epochs, "lr": args.lr}
    if args.cross_validate:
        if args.cross_validate < 2 or len(files) < args.cross_validate:
            parser.error(f"--cross-validate needs at least 2 folds and as many meetings ({len(files)} found)")
        cross_validate(files, args.index, args.cross_validate, recipe)
        return 0
    if args.out is None:
        parser.error("--out is required (unless --cross-validate)")
    held_out = set(files[:: args.hold_out_every]) if args.hold_out_every else set()
    train = [f for f in files if f not in held_out]
    if not train:
        logger.error("no training meetings in %s", args.folder)
        return 1
    qa, _, examples, meetings, questions = training_data(train, args.index)
    logger.info(
        "%d queries with gold passages over %d meetings (%d held out)", len(examples), len(meetings), len(held_out)
    )
    matrix = fit(questions, meetings, examples, **recipe)
    info = {
        "trained_on": f"QMSum train, {len(meetings)} meetings, {len(examples)} queries"
        + (f", every {args.hold_out_every}th meeting held out" if args.hold_out_every else ""),
        "recipe": {**recipe, "optimiser": "adam"},
        "trained_at": dt.date.today().isoformat(),
        "script": "scripts/train_query_adapter.py",
    }
    path = QueryAdapter(matrix=matrix, model=qa.embedder.name, info=info).save(args.out)
    logger.info("wrote %s (%.0f KB)", path, path.stat().st_size / 1024)
    return 0


if __name__ == "__main__":
    sys.exit(main())
