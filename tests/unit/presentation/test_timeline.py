"""The timeline plot's data: one row per passage, the x axis chosen from what the passages have."""

from __future__ import annotations

import datetime as dt

from qa_bot.presentation.timeline import COLUMNS, timeline
from qa_bot.types import Hit


def hit(speaker: str, date: dt.date | None, score: float, start: float | None = None, turn: int = 3) -> Hit:
    return Hit("t1", "Harbour Board", date, speaker, turn, turn, "word " * 50, score, start=start)


def test_dated_passages_are_plotted_by_date_coloured_by_speaker() -> None:
    hits = [hit("Tom", dt.date(2021, 3, 4), 0.9), hit("Priya", dt.date(2022, 9, 15), 0.5), hit("Tom", None, 0.4)]
    plot = timeline(hits)
    assert plot.x == "date" and plot.x_title == "Date"
    assert list(plot.frame.columns) == list(COLUMNS)
    assert list(plot.frame["speaker"]) == ["Tom", "Priya"]
    assert [d.date() for d in plot.frame["date"]] == [dt.date(2021, 3, 4), dt.date(2022, 9, 15)]
    assert list(plot.frame["relevance"]) == [0.9, 0.5]
    with_cosine = hit("Tom", dt.date(2021, 3, 4), 0.03)  # the retrieval score is used only without a cosine
    with_cosine.similarity = 0.62
    assert list(timeline([with_cosine]).frame["relevance"]) == [0.62]
    assert plot.caption == "2 passages by 2 speakers; 1 undated not shown"
    assert plot.frame["excerpt"][0].endswith("…") and len(plot.frame["excerpt"][0]) <= 120
    low, high = plot.x_lim or (0, 0)  # seconds since the epoch, padded beyond both ends
    assert low < dt.datetime(2021, 3, 4, tzinfo=dt.timezone.utc).timestamp()
    assert high > dt.datetime(2022, 9, 15, tzinfo=dt.timezone.utc).timestamp()


def test_undated_passages_use_minutes_or_turns() -> None:
    timed = timeline([hit("Jo", None, 0.5, start=90.0), hit("Jo", None, 0.4, start=30.0)])
    assert timed.x == "minute" and list(timed.frame["minute"]) == [1.5, 0.5]
    assert timed.caption == "2 passages by 1 speaker"
    untimed = timeline([hit("Jo", None, 0.5, start=90.0), hit("Ann", None, 0.4, turn=9)])
    assert untimed.x == "turn" and list(untimed.frame["turn"]) == [3, 9]
    assert untimed.x_lim == [2.0, 10.0]


def test_no_passages_gives_an_empty_typed_frame() -> None:
    plot = timeline([])
    assert plot.frame.empty and list(plot.frame.columns) == list(COLUMNS)
    assert plot.frame["speaker"].dtype == "str"  # a text column, so the plot colours by category
    assert plot.caption == "No passages to plot yet." and plot.x_lim is None
