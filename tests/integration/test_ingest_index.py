"""What ingest adds to the index: speaker counts, original labels, where dates came from (fake embedder)."""

from __future__ import annotations

from pathlib import Path

import pytest

from qa_bot.ingest import discover, load_transcript
from qa_bot.pipeline.build import build_index
from qa_bot.pipeline.qa import TranscriptQA
from qa_bot.presentation import ui
from qa_bot.store import IndexStore
from tests.conftest import FIXTURE_ROOT

FORMATS = FIXTURE_ROOT / "formats"


@pytest.fixture(scope="module")
def formats_index(tmp_path_factory: pytest.TempPathFactory, fake_embedder) -> tuple[Path, object]:
    path = tmp_path_factory.mktemp("formats") / "index"
    return path, build_index([FORMATS], path, embedder=fake_embedder)


def test_build_stats_count_speakers(formats_index):
    _, stats = formats_index
    assert stats.transcripts == len(discover([FORMATS])) == 12
    assert stats.skipped == {}
    assert list(stats.speakers.items())[:3] == [("Chair", 4), ("Jane Smith", 4), ("Anna Petrova", 3)]
    assert sum(stats.speakers.values()) == stats.turns
    summary = stats.summary()
    assert f"Speakers: {len(stats.speakers)} — Chair (4), Jane Smith (4), Anna Petrova (3)," in summary
    assert f"… {len(stats.speakers) - 8} more." in summary
    assert f"Note: {FORMATS / 'newsroom.csv'}: 1 of 5 rows have no text and were left out" in summary


def test_labels_and_metadata_round_trip(formats_index):
    path, _ = formats_index
    store = IndexStore(path)
    try:
        for source in discover([FORMATS]):
            original = load_transcript(source.path, source.transcript_id)
            stored = store.transcript(source.transcript_id)
            assert stored.turns == original.turns  # labels, starts, inferred flags included
            assert (stored.date, stored.date_source, stored.encoding) == (
                original.date, original.date_source, original.encoding
            )
        assert dict(store.speaker_counts())["С.В.Лавров"] == 3
    finally:
        store.close()


def test_ui_speaker_filter_shows_turn_counts(formats_index, fake_embedder):
    path, _ = formats_index
    qa = TranscriptQA.load(path, embedder=fake_embedder)
    demo = ui.build_demo(qa)
    speaker = next(c for c in demo.get_config_file()["components"] if c["props"].get("elem_id") == "speaker")
    choices = [tuple(c) for c in speaker["props"]["choices"]]
    assert choices[:3] == [("Any speaker", ""), ("Chair (4)", "Chair"), ("Jane Smith (4)", "Jane Smith")]
    assert ("С.В.Лавров (3)", "С.В.Лавров") in choices
