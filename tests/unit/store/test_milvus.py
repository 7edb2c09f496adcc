"""The Milvus store against the folder store as oracle, over a real ``milvus-lite server`` (fake embedder)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import numpy as np
import pytest

from qa_bot.config import FusionConfig
from qa_bot.errors import IndexMismatchError, IndexNotFoundError, IndexUnavailableError
from qa_bot.pipeline.build import build_index
from qa_bot.pipeline.qa import TranscriptQA
from qa_bot.store import IndexStore, MilvusLocation, Store, open_index, parse_location
from qa_bot.store.filters import filter_expression
from qa_bot.store.milvus import MilvusStore, connect
from qa_bot.store.milvus_schema import analysed, collection, split, turns_from_rows
from qa_bot.types import Filters, Turn
from tests.conftest import FIXTURES, SAMPLE_DIR
from tests.fakes import HashingEmbedder
from tests.milvus_server import MilvusLiteServer, free_port

FILTERS = [
    Filters(),
    Filters(speakers=("Sergey Lavrov",)),
    Filters(speakers=("Chair", "Question")),
    Filters(transcripts=("design-meeting", "committee/budget-2020-05-01")),
    Filters(date_from=dt.date(2020, 1, 1)),
    Filters(date_to=dt.date(2020, 12, 31)),
    Filters(speakers=("Sergey Lavrov",), date_from=dt.date(2022, 1, 1)),  # nothing passes
]


@pytest.fixture(scope="module")
def both(milvus_server: MilvusLiteServer, fake_index: Path, fake_embedder: HashingEmbedder) -> tuple[IndexStore, Store]:
    """The fake index twice: in a folder (the oracle) and in Milvus, built from the same files."""
    uri = milvus_server.uri("oracle")
    build_index([SAMPLE_DIR, FIXTURES], uri, embedder=fake_embedder)
    return IndexStore(fake_index), open_index(uri)


def test_it_holds_what_the_folder_holds(both):
    folder, milvus = both
    assert isinstance(milvus, MilvusStore) and isinstance(folder, Store) and isinstance(milvus, Store)
    assert milvus.passage_count == folder.passage_count
    assert milvus.transcript_info() == folder.transcript_info()
    assert milvus.speaker_counts() == folder.speaker_counts()
    assert milvus.speaker_counts(["design-meeting"]) == folder.speaker_counts(["design-meeting"])
    assert milvus.has_dates == folder.has_dates
    for tid in folder.transcript_info():
        assert milvus.transcript(tid) == folder.transcript(tid)
        assert milvus.transcript_passages(tid) == folder.transcript_passages(tid)
    ids = list(range(folder.passage_count))[::-1]
    assert milvus.passages(ids) == folder.passages(ids)
    assert milvus.passage_starts(ids) == folder.passage_starts(ids)
    np.testing.assert_allclose(milvus.passage_vectors(ids + ids[:3]), folder.passage_vectors(ids + ids[:3]))
    assert milvus.turn("design-meeting", 2) == folder.turn("design-meeting", 2)
    with pytest.raises(IndexError):
        milvus.turn("design-meeting", 10_000)


def test_filtered_searches_return_every_match_the_folder_finds(both, fake_embedder):
    """The brute-force oracle: with k = everything, each filter selects exactly the folder store's passages."""
    folder, milvus = both
    everything = folder.passage_count
    query = fake_embedder.encode(["treaty budget prototype"])[0]
    for filters in FILTERS:
        allowed = folder.filter_ids(filters)
        expected = set(range(everything)) if allowed is None else set(allowed.tolist())
        found = milvus.dense(query, everything, filters)
        assert {pid for pid, _ in found} == expected, filters
        assert [s for _, s in found] == sorted((s for _, s in found), reverse=True)
        oracle = dict(folder.dense(query, everything, filters))
        assert all(abs(oracle[pid] - score) < 1e-5 for pid, score in found)


def test_bm25_gives_the_scores_fts5_gives(both):
    """Same passages, same scores, filtered or not, with and without region text (the statistics are global)."""
    folder, milvus = both
    for filters in FILTERS[:5]:
        for terms in (["treaty"], ["budget", "remote"], ["skies", "Belarus"], ["technology", "technological"]):
            for weight in (0.0, FusionConfig().region_weight):
                expected = dict(folder.lexical(terms, 100, filters, weight))
                found = milvus.lexical(terms, 100, filters, weight)
                assert {pid for pid, _ in found} == {pid for pid, s in expected.items() if s > 0}, (terms, filters)
                assert all(score == pytest.approx(expected[pid], rel=1e-5) for pid, score in found), (terms, filters)
                assert [s for _, s in found] == sorted((s for _, s in found), reverse=True)
    terms = ["treaty", "the", "zeppelin"]
    weights = milvus.term_weights(terms)
    assert weights["zeppelin"] > weights["treaty"] > weights["the"] > 0
    assert weights == pytest.approx(folder.term_weights(terms))
    assert milvus.document_frequencies(terms) == folder.document_frequencies(terms)


def test_sentence_vectors_come_back_by_text(both):
    folder, milvus = both
    texts = list(folder.sentence_vectors([t for p in folder.passages(range(folder.passage_count)).values()
                                          for t in p.text.split(". ")]))
    stored = folder.sentence_vectors([*texts, "not a stored sentence"])
    found = milvus.sentence_vectors([*texts, "not a stored sentence"])
    assert found.keys() == stored.keys()
    for text in texts:
        np.testing.assert_allclose(found[text], stored[text])


def test_filter_expression_renders_the_rules():
    assert filter_expression(Filters()) == ""
    assert filter_expression(Filters(speakers=('O"Brien', "Zoë"))) == 'speaker in ["O\\"Brien", "Zoë"]'
    day = dt.date(2021, 6, 18)
    assert filter_expression(Filters(transcripts=("a/b",), date_to=day)) == (
        f'transcript_id in ["a/b"] and (date <= {day.toordinal()} and date > 0)'
    )


def test_bm25_terms_are_stemmed_as_fts5_stems_them():
    assert analysed("The Treaties, treaty's; Open-Skies as naïve") == "the treati treati s open ski as naiv"
    text = "technology technological possibly possible apologies humbly sensibly"
    db = sqlite3.connect(":memory:")
    db.execute("CREATE VIRTUAL TABLE f USING fts5(t, tokenize='porter unicode61')")
    db.execute("CREATE VIRTUAL TABLE v USING fts5vocab(f, 'instance')")
    db.execute("INSERT INTO f (t) VALUES (?)", [text])
    assert analysed(text) == " ".join(t for t, in db.execute("SELECT term FROM v ORDER BY offset"))
    assert split("x" * 40_000) == ["x" * 16_000, "x" * 16_000, "x" * 8_000]


def test_a_long_turn_is_stored_in_parts_and_read_whole():
    rows = [{"transcript_id": "t", "idx": 0, "part": p, "speaker": "A", "speaker_inferred": False,
             "text": piece, "start": None, "end": None, "label": None} for p, piece in enumerate(split("y" * 20_000))]
    assert turns_from_rows(rows[::-1]) == [Turn("t", 0, "A", "y" * 20_000)]


def test_locations_parse_in_one_place(monkeypatch):
    monkeypatch.setenv("MILVUS_TOKEN", "root:secret")
    where = parse_location("milvus://db.example.org:19530/hearings")
    assert isinstance(where, MilvusLocation)
    assert (where.uri, where.name, where.token) == ("http://db.example.org:19530", "hearings", "root:secret")
    assert "secret" not in repr(where) and str(where) == "milvus://db.example.org:19530/hearings"
    assert parse_location("milvus+https://db:443/x").uri == "https://db:443"
    lite = parse_location("milvus-lite:embeddings/archive.db/default")
    assert (lite.uri, lite.name, lite.embedded) == ("embeddings/archive.db", "default", True)
    assert parse_location("embeddings/default").path == Path("embeddings/default")
    for bad in ("milvus://db/x", "milvus://db:1/bad-name", "milvus://db:1/", "milvus-lite:archive/x", "milvusx://a:1/b"):
        with pytest.raises(Exception, match="index location") as info:
            parse_location(bad)
        assert type(info.value).__name__ == "QABotError"


def test_an_unreachable_server_is_one_clear_error():
    where = f"milvus://127.0.0.1:{free_port()}/nothing"
    with pytest.raises(IndexUnavailableError, match=r"cannot use index .*127\.0\.0\.1.*check that it is running"):
        TranscriptQA.load(where, embedder=HashingEmbedder())


def test_a_missing_index_or_another_format_is_refused(milvus_server, both):
    with pytest.raises(IndexNotFoundError, match=r"qa-bot index SRC\.\.\. --index milvus://"):
        open_index(milvus_server.uri("never_built"))
    uri = milvus_server.uri("old_format")
    build_index([SAMPLE_DIR], uri, embedder=HashingEmbedder())
    where = parse_location(uri)
    store = open_index(uri)
    client = connect(where)
    meta = collection(where.name, store.signature(), "meta")
    pieces = client.query(meta, filter='key like "manifest/%"', output_fields=["text"])
    text = "".join(r["text"] for r in sorted(pieces, key=lambda r: int(r["key"].rpartition("/")[2])))
    client.delete(meta, filter='key like "manifest/%"')
    client.insert(meta, [{"key": "manifest/0", "text": text.replace('"format_version": 3', '"format_version": 2'),
                          "pad": [0.0, 0.0]}])
    with pytest.raises(IndexMismatchError, match=r"format version 2.*--full"):
        open_index(uri)


def test_collections_a_restarted_server_released_are_loaded_again(milvus_server, both):
    uri = milvus_server.uri("oracle")
    where = parse_location(uri)
    build = open_index(uri).signature()
    client = connect(where)
    for part in ("meta", "passages", "turns", "transcripts", "sentences"):
        client.release_collection(collection(where.name, build, part))
    store = open_index(uri)  # a restart leaves them released: opening loads them
    assert store.passage_count == both[0].passage_count
    assert store.transcript_info() == both[0].transcript_info()
