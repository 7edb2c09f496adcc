"""When, and by whom, the passages matching a question were said: the timeline plot's data.

Pure (pandas only, imported when called): the web UI draws the frame with
``gr.ScatterPlot``, one mark per passage, coloured by speaker. The x axis is
the transcript date; when no passage is dated it is the position in the
recording (minutes) or, for untimed transcripts, the turn number.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from qa_bot.types import Hit

if TYPE_CHECKING:  # pragma: no cover - typing only
    import pandas as pd

__all__ = ["COLUMNS", "Timeline", "timeline"]

COLUMNS = ("date", "minute", "turn", "relevance", "speaker", "title", "transcript", "excerpt")
_EXCERPT_CHARS = 120


@dataclass
class Timeline:
    """The plot's frame, its x column, axis title and limits (padded so edge marks show) and a caption."""

    frame: pd.DataFrame
    x: str
    x_title: str
    caption: str
    x_lim: list[float] | None = None  # for dates: seconds since the epoch, as gr.ScatterPlot expects
    y_lim: list[float] | None = None


def _excerpt(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= _EXCERPT_CHARS else flat[: _EXCERPT_CHARS - 1].rstrip() + "…"


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def timeline(hits: Sequence[Hit]) -> Timeline:
    """One row per passage: its date, minute and turn, relevance, speaker, title and an excerpt.

    Relevance is the passage's cosine with the question when known (what a
    reader can compare across questions), else its retrieval score.

    With any dated passage the x axis is ``date`` and undated passages are
    left out (the caption says how many); otherwise ``minute`` when every
    passage has a timestamp, else ``turn``.
    """
    import pandas as pd

    dated = [h for h in hits if h.date is not None]
    if dated:
        shown, x, x_title = dated, "date", "Date"
    elif hits and all(h.start is not None for h in hits):
        shown, x, x_title = list(hits), "minute", "Minutes into the recording"
    else:
        shown, x, x_title = list(hits), "turn", "Turn in the transcript"
    frame = pd.DataFrame(
        {
            "date": pd.Series(pd.to_datetime([h.date for h in shown]), dtype="datetime64[ms]"),
            "minute": pd.Series([h.start / 60 if h.start is not None else None for h in shown], dtype="float64"),
            "turn": pd.Series([h.turn_start for h in shown], dtype="int64"),
            "relevance": pd.Series([float(h.relevance) for h in shown], dtype="float64"),
            **{
                name: pd.Series(values, dtype="str")
                for name, values in (
                    ("speaker", [h.speaker for h in shown]),
                    ("title", [h.title for h in shown]),
                    ("transcript", [h.transcript_id for h in shown]),
                    ("excerpt", [_excerpt(h.text) for h in shown]),
                )
            },
        },
        columns=list(COLUMNS),
    ).round({"minute": 2, "relevance": 4})
    caption = f"{_count(len(shown), 'passage')} by {_count(frame['speaker'].nunique(), 'speaker')}"
    if len(shown) < len(hits):
        caption += f"; {len(hits) - len(shown)} undated not shown"
    return Timeline(
        frame,
        x,
        x_title,
        caption if hits else "No passages to plot yet.",
        _padded_limits(frame[x], 14 * 86_400 if x == "date" else 1.0),
        _padded_limits(frame["relevance"], 0.001),
    )


def _padded_limits(column: pd.Series, least: float) -> list[float] | None:
    """``[low, high]`` around the values with 5% of their range (at least ``least``) to spare.

    Dates are given in seconds since the epoch; ``least`` for them is seconds too.
    """
    import pandas as pd

    values = column.dropna()
    if values.empty:
        return None
    if pd.api.types.is_datetime64_any_dtype(values):
        low, high = (v.timestamp() for v in (values.min(), values.max()))
    else:
        low, high = float(values.min()), float(values.max())
    pad = max((high - low) * 0.05, least)
    return [low - pad, high + pad]
