"""The seed path and the index lifecycle with the index in Milvus (a real ``milvus-lite server``, network client)."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest

from qa_bot.errors import IndexMismatchError, QABotError
from qa_bot.pipeline.build import build_index
from qa_bot.pipeline.qa import TranscriptQA
from qa_bot.presentation.chat import make_chat_fn
from qa_bot.presentation.cli import main
from qa_bot.store import milvus_write, parse_location
from qa_bot.store.milvus import connect
from qa_bot.store.milvus_schema import build_of
from tests.conftest import FIXTURES, SAMPLE_DIR
from tests.fakes import HashingEmbedder
from tests.milvus_server import MilvusLiteServer, free_port

SEED_QUESTION = "What did Lavrov say about the Open Skies Treaty?"


def _builds(uri: str) -> set[str]:
    where = parse_location(uri)
    return {b[0] for name in connect(where).list_collections() if (b := build_of(where.name, name))}


@pytest.mark.integration
def test_the_seed_path_through_the_cli(milvus_server: MilvusLiteServer, capsys):
    uri = milvus_server.uri("seed_cli")
    assert main(["index", str(SAMPLE_DIR), "--index", uri]) == 0
    assert f"into {uri}" in capsys.readouterr().out

    assert main(["search", "Open Skies Treaty", "--index", uri, "--speaker", "lavrov", "--since", "2021-01-01",
                 "--transcript", "lavrov-makei-2021-06-18", "-k", "3", "--json"]) == 0
    hits = json.loads(capsys.readouterr().out)
    assert len(hits) == 3 and all(h["speaker"] == "Sergey Lavrov" and h["date"] == "2021-06-18" for h in hits)
    assert "Open Skies" in hits[0]["text"]

    assert main(["ask", SEED_QUESTION, "--index", uri, "--json"]) == 0
    answer = json.loads(capsys.readouterr().out)
    assert answer["found"] and "Open Skies Treaty" in answer["text"]
    citation = answer["citations"][0]
    assert (citation["speaker"], citation["date"]) == ("Sergey Lavrov", "2021-06-18")


@pytest.mark.integration
def test_answers_follow_ups_and_the_chat_match_the_folder_store(milvus_server, real_embedder, real_qa):
    uri = milvus_server.uri("seed_api")
    build_index([SAMPLE_DIR], uri, embedder=real_embedder)
    qa = TranscriptQA.load(uri, embedder=real_embedder)

    first = qa.ask(SEED_QUESTION)
    assert first.found and first.text == real_qa.ask(SEED_QUESTION).text
    for c in first.citations:
        assert qa.transcript(c.transcript_id).turns[c.turn_index].text[c.char_start:c.char_end] == c.quote
    follow_up = qa.ask("What else did he say about it?", context=first.context)
    on_folder = real_qa.ask("What else did he say about it?", context=real_qa.ask(SEED_QUESTION).context)
    assert follow_up.interpreted["follow_up"] and follow_up.interpreted["carried"]
    assert follow_up.text == on_folder.text and follow_up.text != first.text

    chat = make_chat_fn(qa)
    reply = chat(SEED_QUESTION, [], "Sergey Lavrov", "2021-06-01", "2021-06-30", "")
    assert "Open Skies" in reply and "Sergey Lavrov" in reply


def test_a_rebuild_during_serving_is_picked_up_with_no_failed_question(milvus_server: MilvusLiteServer):
    embedder = HashingEmbedder()
    uri = milvus_server.uri("serving")
    build_index([SAMPLE_DIR], uri, embedder=embedder)
    qa = TranscriptQA.load(uri, embedder=embedder)
    assert list(qa.store.transcript_info()) == ["lavrov-makei-2021-06-18"]
    errors: list[BaseException] = []
    stop = threading.Event()

    def ask() -> None:
        while not stop.is_set():
            try:
                qa.reload_if_changed()
                assert qa.ask("What did Lavrov say about the treaty?").hits
            except BaseException as exc:
                errors.append(exc)
                return

    askers = [threading.Thread(target=ask) for _ in range(2)]
    for t in askers:
        t.start()
    try:
        for sources in ([SAMPLE_DIR, FIXTURES], [SAMPLE_DIR, FIXTURES]):
            build_index(sources, uri, embedder=embedder)
    finally:
        stop.set()
        for t in askers:
            t.join()
    assert not errors, errors
    qa.reload_if_changed()
    assert "design-meeting" in qa.store.transcript_info()
    assert len(_builds(uri)) == 2  # the current build and the one before it, for readers still on it


def test_a_failed_or_killed_build_leaves_the_old_index_serving(milvus_server, monkeypatch):
    embedder = HashingEmbedder()
    uri = milvus_server.uri("killed")
    build_index([SAMPLE_DIR], uri, embedder=embedder)
    qa = TranscriptQA.load(uri, embedder=embedder)
    before = _builds(uri)

    def fail(*args, **kwargs):
        raise QABotError("the build failed at the last step")

    monkeypatch.setattr(milvus_write, "_check", fail)
    with pytest.raises(QABotError, match="last step"):
        build_index([SAMPLE_DIR, FIXTURES], uri, embedder=embedder)
    assert _builds(uri) == before  # what the failed build wrote is gone
    monkeypatch.setattr(milvus_write, "_drop", lambda *args: None)  # killed: nothing cleans up
    with pytest.raises(QABotError):
        build_index([SAMPLE_DIR, FIXTURES], uri, embedder=embedder)
    assert len(_builds(uri)) == 2
    assert not qa.reload_if_changed() and qa.ask("What did Lavrov say about the treaty?").found is not None
    assert list(TranscriptQA.load(uri, embedder=embedder).store.transcript_info()) == ["lavrov-makei-2021-06-18"]

    monkeypatch.undo()
    build_index([SAMPLE_DIR, FIXTURES], uri, embedder=embedder)
    assert qa.reload_if_changed() and "design-meeting" in qa.store.transcript_info()
    assert len(_builds(uri)) == 2  # the killed build's leftovers were dropped


def test_another_model_is_refused_and_an_unusable_rebuild_is_ignored(milvus_server):
    uri = milvus_server.uri("models")
    build_index([SAMPLE_DIR], uri, embedder=HashingEmbedder())
    with pytest.raises(IndexMismatchError, match="built with model 'test/hashing-bag-of-words'"):
        TranscriptQA.load(uri, model="sentence-transformers/all-MiniLM-L6-v2")
    qa = TranscriptQA.load(uri, embedder=HashingEmbedder())
    build_index([SAMPLE_DIR], uri, embedder=HashingEmbedder(dimension=32), full=True)
    assert not qa.reload_if_changed()  # 32-dimensional vectors: the loaded build keeps answering
    assert qa.search("treaty")


def test_an_unreachable_server_is_one_line_from_the_cli(capsys):
    uri = f"milvus://127.0.0.1:{free_port()}/anything"
    assert main(["search", "treaty", "--index", uri]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"qa-bot: error: cannot use index {uri}") and err.count("\n") == 1
    assert "Traceback" not in err


def test_the_embedded_milvus_lite_file_works_too(tmp_path: Path):
    uri = f"milvus-lite:{tmp_path / 'archive.db'}/embedded"
    build_index([SAMPLE_DIR], uri, embedder=HashingEmbedder())
    assert TranscriptQA.load(uri, embedder=HashingEmbedder()).search("treaty", speaker="Lavrov")


def test_a_folder_index_loads_into_milvus_without_embedding_again(milvus_server, fake_index: Path):
    uri = milvus_server.uri("loaded")
    stats = build_index([SAMPLE_DIR, FIXTURES], uri, embedder=HashingEmbedder(), reuse_from=fake_index)
    assert stats.embedded == 0 and not stats.new and len(stats.unchanged) == 4
    folder = TranscriptQA.load(fake_index, embedder=HashingEmbedder())
    milvus = TranscriptQA.load(uri, embedder=HashingEmbedder())
    assert [h.text for h in milvus.search("budget", k=5)] == [h.text for h in folder.search("budget", k=5)]
