"""Dense search with filters, checked against a brute-force oracle."""

from __future__ import annotations

import datetime as dt
import itertools

import numpy as np
import pytest

from qa_bot.errors import FilterError

QUERIES = [
    "waiting lists in hospitals",
    "railway electrification",
    "rubber case for the remote control",
    "Open Skies Treaty",
    "ambassadors return to Moscow",
    "social care funding",
]
FILTERS = [
    {},
    {"speaker": "John Brown"},
    {"speaker": "lavrov"},
    {"speaker": ["Chair", "Marketing"]},
    {"date_from": "2019-01-01"},
    {"date_to": dt.date(2019, 12, 31)},
    {"date_from": "2019-03-12", "date_to": "2020-05-01", "speaker": "Chair"},
    {"transcripts": ["design-meeting"]},
    {"transcripts": ["committee/health-2019-03-12", "lavrov-makei-2021-06-18"], "speaker": "Question"},
]


def _oracle(qa, query, k, speaker=None, date_from=None, date_to=None, transcripts=None):
    """Every passage scored by numpy, filtered in Python, sorted."""
    store = qa.store
    info = store.transcript_info()
    speakers = None
    if speaker:
        names = [speaker] if isinstance(speaker, str) else speaker
        speakers = {s for s in info_speakers(store) if any(n.lower() in s.lower() for n in names)}
    lo = dt.date.fromisoformat(date_from) if isinstance(date_from, str) else date_from
    hi = dt.date.fromisoformat(date_to) if isinstance(date_to, str) else date_to
    q = qa.embedder.encode([query])[0]
    scored = []
    for tid, (_title, date) in info.items():
        if transcripts and tid not in transcripts:
            continue
        if (lo or hi) and date is None:
            continue
        if (lo and date < lo) or (hi and date > hi):
            continue
        for p in store.transcript_passages(tid):
            if speakers is not None and p.speaker not in speakers:
                continue
            vec = store.passage_vectors([p.id])[0]
            scored.append((float(vec @ q), p.id))
    scored.sort(key=lambda x: -x[0])
    return scored[:k], len(scored)


def info_speakers(store):
    return [s for s, _ in store.speaker_counts()]


@pytest.mark.parametrize(("query", "filters"), list(itertools.product(QUERIES, FILTERS)))
def test_filtered_search_matches_oracle(fake_qa, query, filters):
    k = 7
    hits = fake_qa.search(query, k=k, method="dense", **filters)
    expected, available = _oracle(fake_qa, query, k, **filters)
    assert len(hits) == min(k, available)  # never fewer hits than exist
    np.testing.assert_allclose([h.score for h in hits], [s for s, _ in expected], atol=1e-5)
    # Same scores; ids may differ only where scores tie.
    for hit, (score, pid) in zip(hits, expected, strict=True):
        assert hit.passage_id == pid or abs(hit.score - score) < 1e-6


def test_hits_carry_provenance(fake_qa):
    hits = fake_qa.search("electrification of the northern lines", k=3, speaker="Alan Green")
    assert hits[0].speaker == "Minister Alan Green"
    assert hits[0].transcript_id == "committee/budget-2020-05-01"
    assert hits[0].date == dt.date(2020, 5, 1)
    assert hits[0].title == "Finance Committee, budget scrutiny session"
    turn = fake_qa.store.turn(hits[0].transcript_id, hits[0].turn_start)
    assert turn.text[hits[0].char_start : hits[0].char_end] == hits[0].text


def test_answer_reply_has_question_context(fake_qa):
    hits = fake_qa.search("finish before 2025", k=10, transcripts="committee/budget-2020-05-01", speaker="Alan Green")
    reply = next(h for h in hits if h.turn_start == 3)
    assert reply.context == "Will the electrification of the northern lines finish before 2025?"


def test_undated_or_out_of_range_dates_return_nothing(fake_qa):
    assert fake_qa.search("anything", date_from="2030-01-01") == []


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"speaker": "Nobody"}, "no speaker matching 'Nobody'.*speakers: "),
        ({"transcripts": ["missing"]}, "unknown transcript id.*'missing'.*design-meeting"),
        ({"date_from": "yesterday-ish"}, "cannot read 'yesterday-ish' as a date"),
        ({"date_from": "2021-01-01", "date_to": "2020-01-01"}, "after date_to"),
        ({"k": 0}, "positive"),
    ],
)
def test_bad_filters_are_clear_errors(fake_qa, kwargs, message):
    with pytest.raises(FilterError, match=message):
        fake_qa.search("x", **kwargs)


def test_hybrid_is_the_default_and_prefers_a_speaker_named_in_the_question(fake_qa):
    assert fake_qa.method == "hybrid"
    hits = fake_qa.search("What did John Brown say about social care funding?", k=3)
    assert hits[0].speaker == "John Brown"
    assert len({(h.transcript_id, h.turn_start) for h in hits}) == len(hits)  # one passage per turn


def test_interpreted_records_what_the_question_named(fake_qa):
    answer = fake_qa.ask("What did Alan Green say about the railway programme in 2020?")
    assert answer.interpreted["speakers_named"] == ["Minister Alan Green"]
    assert answer.interpreted["dates_named"] == "in 2020"
    assert answer.interpreted["filters"] == {"date_from": "2020-01-01", "date_to": "2020-12-31"}
    assert all(h.date == dt.date(2020, 5, 1) for h in answer.hits)


def test_explicit_filters_win_over_the_question(fake_qa):
    answer = fake_qa.ask("What did Alan Green say in 2020?", speaker="Chair", date_from="2019-01-01")
    assert "speakers_named" not in answer.interpreted and "dates_named" not in answer.interpreted
    assert {h.speaker for h in answer.hits} == {"Chair"}
