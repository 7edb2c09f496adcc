"""Bring the reply to a question-turn into the hits, so the answer step can quote it.

Retrieval often ranks an interviewer's question that echoes the user's
("How fast is it melting now?") above the reply that answers it, and the
reply may not be among the hits at all. For each of the best hits that is
such a question (``answering.echo``), the next passage by another speaker is
added right after it, with the question's score, unless it is there already.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from qa_bot.answering.echo import asks_what_was_asked, is_evidence
from qa_bot.answering.spans import question_terms
from qa_bot.retrieval import HitBuilder
from qa_bot.store import Store
from qa_bot.types import Hit

LOOK_AT = 5  # how many of the best hits may bring their reply
LOOK_AHEAD = 4  # passages after a question searched for its reply (short turns have none)


def with_replies(
    store: Store,
    question: str,
    hits: list[Hit],
    query_vector: np.ndarray,
    question_speakers: Sequence[str],
    speakers: Sequence[str] | None = None,
) -> list[Hit]:
    """``hits`` with the reply to each of the first ``LOOK_AT`` that is a question (not the user's kind).

    With a speaker filter (``speakers``), only replies by those speakers are added: the filter is
    the user's, and a reply is in the same transcript, so the other filters hold for it.
    """
    if asks_what_was_asked(question):
        return hits
    terms = question_terms(question)
    held = {h.passage_id for h in hits}
    out: list[Hit] = []
    builder: HitBuilder | None = None
    for rank, hit in enumerate(hits):
        out.append(hit)
        if rank >= LOOK_AT or not is_evidence(hit, terms, question_speakers, False):
            continue
        reply = _reply_passage(store, hit, speakers)
        if reply is None or reply in held:
            continue
        builder = builder or HitBuilder(store)
        out.extend(builder.build([(reply, hit.score)], query_vector))
        held.add(reply)
    return out


def _reply_passage(store: Store, hit: Hit, speakers: Sequence[str] | None) -> int | None:
    """The id of the first passage after ``hit`` in its transcript, when another speaker (of ``speakers``) says it."""
    ids = [hit.passage_id + i for i in range(1, LOOK_AHEAD + 1)]
    following = store.passages(ids)
    for pid in ids:
        passage = following.get(pid)
        if passage is None or passage.transcript_id != hit.transcript_id:
            return None
        if passage.turn_start > hit.turn_end:
            allowed = speakers is None or passage.speaker in speakers
            return pid if passage.speaker != hit.speaker and allowed else None
    return None
