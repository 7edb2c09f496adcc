"""The transcript viewer's HTML: escaping, the highlighted turn and quote, header, timestamps."""

from __future__ import annotations

import datetime as dt
from html.parser import HTMLParser

from qa_bot.presentation.viewer import FOCUS_ID, Focus, transcript_html
from qa_bot.types import Citation, Hit, Transcript, Turn

PLANTED = "<script>alert(1)</script> <img src=x onerror=alert(2)> [link](http://x) ${alert(3)} {{x}}"


class Tags(HTMLParser):
    """Start tags with their attributes, and the text inside the <mark>."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.marked: list[str] = []
        self._in_mark = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_mark = self._in_mark or tag == "mark"

    def handle_endtag(self, tag: str) -> None:
        if tag == "mark":
            self._in_mark = False

    def handle_data(self, data: str) -> None:
        if self._in_mark:
            self.marked.append(data)


def parse(html: str) -> Tags:
    tags = Tags()
    tags.convert_charrefs = True
    tags.feed(html)
    return tags


def transcript(texts: list[str], starts: list[float | None] | None = None, **kw: object) -> Transcript:
    starts = starts or [None] * len(texts)
    turns = [
        Turn("t1", i, "Tom Reilly" if i % 2 else "Priya Shah", text, start=start)
        for i, (text, start) in enumerate(zip(texts, starts, strict=True))
    ]
    fields: dict[str, object] = {"id": "t1", "title": "Harbour Board", "date": dt.date(2021, 3, 4),
                                 "place": "Town Hall", "source": "t1.txt", "turns": turns}  # fmt: skip
    fields.update(kw)
    return Transcript(**fields)  # type: ignore[arg-type]


def test_cited_turn_is_highlighted_and_quote_marked() -> None:
    texts = ["Opening.", "Before. The dredger is booked for September. After.", "Closing."]
    quote = "The dredger is booked for September."
    start = texts[1].index(quote)
    cite = Citation("Tom Reilly", dt.date(2021, 3, 4), "Harbour Board", "t1", 1, start, start + len(quote), quote)
    tags = parse(transcript_html(transcript(texts), Focus.of_citation(cite)))
    items = [attrs for tag, attrs in tags.tags if tag == "li"]
    assert [a.get("data-turn") for a in items] == ["0", "1", "2"]
    assert items[1]["id"] == FOCUS_ID and "qa-focus" in (items[1]["class"] or "")
    assert all("qa-focus" not in (a["class"] or "") for a in (items[0], items[2]))
    assert tags.marked == [quote]


def test_header_names_title_date_place_and_quoted_speaker() -> None:
    cite = Focus("Tom Reilly", 1, 1, 0, 3)
    html = transcript_html(transcript(["a", "b"]), cite)
    head = html[: html.index("<ol")]
    for part in ("Harbour Board", "4 March 2021", "Town Hall", "<code>t1</code>", "2 turns",
                 "Quoted: <b>Tom Reilly</b>, 4 March 2021, turn 1"):  # fmt: skip
        assert part in head
    assert "undated" in transcript_html(transcript(["a"], date=None))


def test_planted_markup_is_escaped_everywhere() -> None:
    text = f"Before {PLANTED} after."
    doc = transcript([text, PLANTED], title=f"Title {PLANTED}", place=PLANTED, id=f"id{PLANTED}")
    doc.turns[1] = Turn("t1", 1, f"Mallory {PLANTED}", PLANTED)
    start = text.index("<script>")
    html = transcript_html(doc, Focus(f"Mallory {PLANTED}", 0, 0, start, start + 40))
    tags = parse(html)
    assert {tag for tag, _ in tags.tags} <= {"div", "ol", "li", "span", "mark", "code", "b"}
    assert all(not name.startswith("on") for _, attrs in tags.tags for name in attrs)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "".join(tags.marked) == text[start : start + 40]  # offsets count characters, not entities


def test_passage_over_several_turns_highlights_them_without_marks() -> None:
    hit = Hit("t1", "Harbour Board", None, "Tom Reilly", 1, 2, "b c", 0.5, char_start=0, char_end=1)
    tags = parse(transcript_html(transcript(["a", "b", "c", "d"]), Focus.of_hit(hit)))
    items = [attrs for tag, attrs in tags.tags if tag == "li"]
    assert ["qa-focus" in (a["class"] or "") for a in items] == [False, True, True, False]
    assert [a.get("id") for a in items] == [None, FOCUS_ID, None, None]
    assert tags.marked == []


def test_timestamps_shown_where_the_format_has_them() -> None:
    html = transcript_html(transcript(["a", "b"], starts=[5.0, 3725.0]))
    assert '<span class="qa-time">0:05</span>' in html and '<span class="qa-time">1:02:05</span>' in html
    assert "qa-time" not in transcript_html(transcript(["a", "b"]))


def test_long_transcript_shows_a_window_around_the_focus() -> None:
    doc = transcript([f"turn {i}" for i in range(50)])
    html = transcript_html(doc, Focus("Tom Reilly", 40, 40), max_turns=10)
    turns = [int(a["data-turn"] or -1) for tag, a in parse(html).tags if tag == "li"]
    assert turns == list(range(35, 45))
    assert "Showing turns 36–45 of 50." in html
    assert f'id="{FOCUS_ID}"' in html
