"""Every input format on small fixtures written for these tests: speakers, text, dates, start times."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from qa_bot.errors import IngestError
from qa_bot.ingest import detect_format, load_transcript
from qa_bot.ingest.speakers import UNKNOWN_SPEAKER, canonical_names, display_name
from qa_bot.text import date_in_name, find_date, parse_seconds, timecode_seconds
from tests.conftest import FIXTURE_ROOT, written

FORMATS = FIXTURE_ROOT / "formats"


def load(name: str):
    return load_transcript(FORMATS / name)


def rows(transcript) -> list[tuple]:
    return [(t.speaker, t.speaker_inferred, t.start, t.text) for t in transcript.turns]


# --------------------------------------------------------------------------- #
# Subtitles
# --------------------------------------------------------------------------- #


def test_vtt_voices_prefixes_markup_and_merged_cues():
    t = load("interview.vtt")
    assert (t.format, t.title, t.date, t.date_source) == ("vtt", "Harbour authority interview",
                                                          dt.date(2022, 3, 4), "metadata")
    assert rows(t) == [
        ("Jane Smith", False, 1.25,
         "Welcome to the harbour authority briefing. Today we talk about the new ferry timetable & the fares."),
        ("Bob Hale", False, 10.0, "Will the night ferry run on Sundays?"),
        ("Jane Smith", False, 13.5, "Yes, from the first of May, every Sunday. And the fares stay at four pounds."),
        ("Bob Hale", False, 65.0, "Thank you, that is good news for the islands."),
    ]
    assert [t.end for t in t.turns] == [7.5, 13.0, 18.0, 69.0]
    assert [u.label for u in t.turns] == ["Dr. Jane Smith", "Bob Hale", "Jane Smith", "Bob Hale"]
    assert not any("[MUSIC]" in u.text or "<" in u.text for u in t.turns)


def test_srt_caps_names_titles_dashes_and_continuations():
    t = load("hearing_18-06-2021.srt")
    assert (t.format, t.date, t.date_source) == ("srt", dt.date(2021, 6, 18), "file name")
    assert rows(t) == [
        ("Chair", False, 0.5, "The committee will come to order."),
        ("Jane Smith", False, 3.2,
         "Thank you, Chair. Waiting lists have grown every winter. The main cause is a shortage of community beds."),
        ("Senator Maria Reyes", False, 9.5, "How many beds are missing?"),
        ("Jane Smith", False, 12.0, "About five thousand step-down beds."),
        ("Chair", False, 17.5, "Thank you."),
        ("Senator Maria Reyes", False, 17.5, "One more question later."),
    ]
    assert [u.label for u in t.turns] == [
        "CHAIR", "DR. JANE SMITH", "SENATOR MARIA REYES", "DR. SMITH", "CHAIR", "REYES"
    ]
    assert t.turns[1].end == 9.25


def test_subtitle_line_with_a_common_word_and_colon_is_not_a_speaker(tmp_path: Path):
    path = tmp_path / "film.srt"
    path.write_text(
        "1\n00:00:01,000 --> 00:00:02,000\nJANE: Look: the tide is out.\n\n"
        "2\n00:00:02,500 --> 00:00:04,000\nLook: it is coming back.\n", encoding="utf-8"
    )
    t = load_transcript(path)
    assert rows(t) == [("Jane", False, 1.0, "Look: the tide is out. Look: it is coming back.")]


def test_subtitles_without_speakers_break_turns_at_pauses(tmp_path: Path):
    path = tmp_path / "auto.vtt"
    path.write_text(
        "WEBVTT\n\n00:00:00.000 --> 00:00:02.000\nfirst words\n\n"
        "00:00:02.000 --> 00:00:04.000\nfirst words\nmore words\n\n"  # rolling captions repeat a line
        "00:00:09.000 --> 00:00:10.000\nafter a pause\n", encoding="utf-8"
    )
    t = load_transcript(path)
    assert rows(t) == [
        (UNKNOWN_SPEAKER, True, 0.0, "first words more words"),
        (UNKNOWN_SPEAKER, True, 9.0, "after a pause"),
    ]


def test_rolling_captions_lose_their_repeats_but_said_twice_stays(tmp_path: Path):
    path = tmp_path / "auto.vtt"
    path.write_text(
        "WEBVTT\n\n00:00:00.000 --> 00:00:02.000\nwe will <00:00:01.000><c>reopen</c>\n\n"
        "00:00:02.000 --> 00:00:02.010\nwe will reopen\n\n"
        "00:00:02.010 --> 00:00:04.000\nwe will reopen\nthe bridge\n\n"
        "00:00:04.000 --> 00:00:05.000\n<v Ann>Thank you.\n\n"
        "00:00:05.000 --> 00:00:06.000\n<v Bob>Thank you.\n", encoding="utf-8"
    )
    t = load_transcript(path)
    assert rows(t) == [
        (UNKNOWN_SPEAKER, True, 0.0, "we will reopen the bridge"),
        ("Ann", False, 4.0, "Thank you."),
        ("Bob", False, 5.0, "Thank you."),
    ]


def test_labeled_subtitle_speaker_carries_over_a_pause_as_inferred(tmp_path: Path):
    path = tmp_path / "talk.srt"
    path.write_text(
        "1\n00:00:00,000 --> 00:00:02,000\nANN LEE: Hello.\n\n2\n00:00:02,100 --> 00:00:03,000\nStill me.\n\n"
        "3\n00:00:30,000 --> 00:00:31,000\nBack after a break.\n", encoding="utf-8"
    )
    t = load_transcript(path)
    assert rows(t) == [("Ann Lee", False, 0.0, "Hello. Still me."), ("Ann Lee", True, 30.0, "Back after a break.")]
    assert t.turns[1].label is None


# --------------------------------------------------------------------------- #
# Speech-to-text JSON and JSON Lines
# --------------------------------------------------------------------------- #


def test_whisperx_segments_merge_per_speaker():
    t = load("whisperx-20220314.json")
    assert (t.format, t.date, t.date_source) == ("json", dt.date(2022, 3, 14), "file name")
    assert rows(t) == [
        ("SPEAKER_00", False, 0.52, "Good morning, this is the council budget podcast. Today we look at the "
                                    "library closures."),
        ("SPEAKER_01", False, 6.9, "Three branches will close in April."),
        ("SPEAKER_00", False, 9.8, "Which ones?"),
        ("SPEAKER_01", False, 12.2, "Northgate, Elm Park and the station branch."),
    ]
    assert [u.end for u in t.turns] == [6.4, 9.75, 12.0, 15.5]


def test_whisper_without_speakers():
    t = load("whisper-lecture.json")
    assert t.date is None and t.date_source is None
    assert rows(t) == [
        (UNKNOWN_SPEAKER, True, 0.0, "Tides are caused by the moon. The sun matters too."),
        (UNKNOWN_SPEAKER, True, 30.0, "After the break, the spring tides."),
    ]


def test_jsonl_one_turn_per_line_with_time_codes():
    t = load("call-notes.jsonl")
    assert (t.format, t.title, t.date, t.date_source) == ("jsonl", "Weekly editorial call", dt.date(2023, 2, 7),
                                                          "metadata")
    assert rows(t) == [
        ("Editor", False, 5.0, "Let's start with the flood coverage."),
        ("Reporter Tom Ng", False, 12.5, "The river peaked at 4.2 metres overnight."),
        ("Editor", False, 20.0, "Photos?"),
    ]
    assert t.turns[1].end == 18.0


def test_jsonl_malformed_line_is_named(tmp_path: Path):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"speaker": "A", "text": "fine"}\n{"speaker": "B", "text": \n', encoding="utf-8")
    with pytest.raises(IngestError, match="malformed JSON on line 2"):
        load_transcript(path)


def test_json_items_without_text_are_reported(tmp_path: Path):
    path = tmp_path / "turns.json"
    path.write_text(json.dumps({"turns": [{"speaker": "A", "text": "Hi."}, {"speaker": "B"}, "junk"]}))
    t = load_transcript(path)
    assert rows(t) == [("A", False, None, "Hi.")]
    assert t.warnings == ["2 of 3 items have no text and were left out"]


# --------------------------------------------------------------------------- #
# Spreadsheets
# --------------------------------------------------------------------------- #


def test_csv_header_synonyms_dates_times_and_empty_rows():
    t = load("newsroom.csv")
    assert (t.format, t.title, t.date, t.date_source) == ("csv", "Bridge press briefing", dt.date(2023, 5, 2),
                                                          "metadata")
    assert rows(t) == [
        ("Mayor Ruth Ade", False, 0.0, "We will reopen the bridge on Monday."),
        ("Question", False, 7.5, "Who pays for the repairs?"),
        ("Mayor Ruth Ade", False, 11.0, "The city pays, and we will seek\n\na refund from the contractor."),
        ("Mayor Ruth Ade", False, 21.0, "No further questions, thank you."),
    ]
    assert t.turns[3].label == "RUTH ADE"
    assert t.warnings == ["1 of 5 rows have no text and were left out"]


def test_tsv():
    t = load("bulletin.tsv")
    assert t.format == "tsv"
    assert rows(t) == [
        ("Anchor", False, 1.0, "Good evening."), ("Weather desk", False, 4.0, "Rain all week, I am afraid.")
    ]


def test_csv_semicolons_and_missing_columns(tmp_path: Path):
    path = tmp_path / "export.csv"
    path.write_text("SPEAKER;TEXT\nAnn;Bonjour; tout le monde\n", encoding="utf-8")
    assert rows(load_transcript(path)) == [("Ann", False, None, "Bonjour")]
    path.write_text("Who said it,When\nAnn,2020-01-01\n", encoding="utf-8")
    with pytest.raises(IngestError, match="header names no speaker or text column"):
        load_transcript(path)


# --------------------------------------------------------------------------- #
# Markdown and plain text
# --------------------------------------------------------------------------- #


def test_markdown_front_matter_labels_and_time_codes():
    t = load("editorial-notes.md")
    assert (t.format, t.title, t.date, t.date_source, t.place) == (
        "markdown", "Transport committee, evidence session", dt.date(2021, 11, 30), "metadata", "Leeds"
    )
    assert rows(t) == [
        ("Chair", False, None, "Good afternoon. We begin with rail fares."),
        ("Anna Petrova", False, 65.0, "Fares rose by four per cent this year. Season tickets rose less."),
        ("Anna Petrova", False, None, "Shouting the surname is still the same witness."),
        ("Anna Petrova", False, 130.0, "Initials too.\n\nA quoted paragraph continues her turn."),
        ("SPEAKER 2", False, None, "A numbered speaker from a diarizer."),
        ("Chair", False, None, "Thank you."),
    ]
    assert [u.label for u in t.turns] == ["Chair", "Anna Petrova", "PETROVA", "A.Petrova", "SPEAKER 2", "CHAIR"]


def test_markdown_heading_title_and_bold_date_header_beat_the_file_name():
    t = load("memo-2019-01-02.md")
    assert (t.title, t.date, t.date_source) == ("Budget round-table", dt.date(2022, 1, 14), "header")
    assert rows(t) == [("Alice Moreau", False, None, "The deficit is smaller than forecast."),
                       ("Bob", False, None, "Good. What about next year?")]


@pytest.mark.parametrize(
    ("line", "speaker", "start", "text"),
    [
        ("**Ann Lee:** Hello.", "Ann Lee", None, "Hello."),
        ("**Ann Lee**: Hello.", "Ann Lee", None, "Hello."),
        ("ANN LEE: Hello.", "Ann Lee", None, "Hello."),
        ("[00:01:05] Ann Lee: Hello.", "Ann Lee", 65.0, "Hello."),
        ("**[00:01:05] Ann Lee:** Hello.", "Ann Lee", 65.0, "Hello."),
        ("Ann Lee (01:02:03): Hello.", "Ann Lee", 3723.0, "Hello."),
    ],
)
def test_markdown_label_styles(tmp_path: Path, line: str, speaker: str, start: float | None, text: str):
    path = tmp_path / "t.md"
    path.write_text(f"# T\n\n{line}\n", encoding="utf-8")
    assert rows(load_transcript(path)) == [(speaker, False, start, text)]


def test_text_without_any_speaker_label_is_refused(tmp_path: Path):
    path = tmp_path / "list.md"
    path.write_text("just a shopping list\n\n- milk\n", encoding="utf-8")
    with pytest.raises(IngestError, match="no speaker labels found"):
        load_transcript(path)


def test_malformed_front_matter(tmp_path: Path):
    path = tmp_path / "fm.md"
    path.write_text("---\ntitle: [unclosed\n---\n\nAnn: Hi.\n", encoding="utf-8")
    with pytest.raises(IngestError, match="malformed front matter"):
        load_transcript(path)


# --------------------------------------------------------------------------- #
# Official press transcripts, English and Russian
# --------------------------------------------------------------------------- #


def test_russian_press_transcript_in_windows_1251_with_crlf():
    t = load("ru-press-conference.txt")
    assert (t.format, t.encoding, t.date, t.date_source, t.place) == (
        "press", "cp1251", dt.date(2022, 1, 14), "title", "Москва"
    )
    assert t.title.startswith("Выступление и ответы на вопросы СМИ Министра")
    assert rows(t) == [
        ("С.В.Лавров", True, None, "Уважаемые дамы и господа,\n\nМы традиционно встречаемся в начале года, "
                                   "чтобы подвести итоги. Прошедший год был непростым."),
        ("Вопрос", False, None, "Как вы оцениваете итоги переговоров в Женеве?"),
        ("С.В.Лавров", False, None, "Переговоры были откровенными и полезными.\n\nМы продолжим работу."),
        ("Вопрос", False, None, "Будут ли новые встречи?"),
        ("С.В.Лавров", False, None, "Мы готовы встречаться."),
    ]
    assert [u.label for u in t.turns] == [
        None, "Вопрос", "С.В.Лавров", "Вопрос (переводится с английского)", "Лавров"
    ]
    everything = "\n".join(u.text for u in t.turns)
    for junk in ("Дополнительные", "Фото", "альбом", "45-14-01-2022", "15:45", "\r"):
        assert junk not in everything


def test_english_press_transcript_in_utf16_names_the_title_speaker():
    t = load("en-press-remarks.txt")
    assert (t.format, t.encoding, t.date, t.place) == ("press", "utf-16", dt.date(2021, 10, 25), "Helsinki")
    assert [(u.speaker, u.speaker_inferred, u.label) for u in t.turns] == [
        ("Sergey Lavrov", True, None),
        ("Question", False, "Question (retranslated from Russian)"),
        ("Sergey Lavrov", False, "S.Lavrov"),
        ("Question", False, "Question"),
        ("Sergey Lavrov", False, "LAVROV"),
    ]
    assert "Additional materials" not in "\n".join(u.text for u in t.turns)


def test_russian_title_speaker_without_a_matching_label(tmp_path: Path):
    path = tmp_path / "briefing.txt"
    path.write_text(
        "12:00\n\nБрифинг официального представителя МИД России М.В.Захаровой, Москва, 2 марта 2022 года\n"
        "\n1234-02-03-2022\n\nДобрый день.\n\nВопрос: Что нового?\n", encoding="utf-8"
    )
    t = load_transcript(path)
    assert [(u.speaker, u.speaker_inferred) for u in t.turns] == [("М.В.Захарова", True), ("Вопрос", False)]
    assert t.date == dt.date(2022, 3, 2)


# --------------------------------------------------------------------------- #
# Encodings
# --------------------------------------------------------------------------- #


def test_latin1_plain_text():
    t = load("reunion-2020-03-03.txt")
    assert t.encoding in ("cp1252", "latin_1")
    assert t.title == "Réunion du comité des fêtes"
    assert rows(t) == [("Zoë Martin", False, None, "Voilà, ça marche. Le café est prêt."),
                       ("Jürgen Groß", False, None, "Schön, danke. À bientôt.")]
    assert (t.date, t.date_source) == (dt.date(2020, 3, 3), "header")  # "3 mars 2020", read by dateparser


RU_TEXT = "Вопрос: Как дела?\r\n\r\nС.В.Лавров: Хорошо, спасибо.\r\n"
FR_TEXT = "Zoë: Voilà.\n\nJürgen: Grüße.\n"
ZH_TEXT = "医生: 高血压患者需要长期服药，注意控制食盐摄入量。\n\n患者: 我最近血压有点高，需要吃什么药吗？\n"
JA_TEXT = "司会: 本日はお忙しいところお集まりいただきありがとうございます。\n\n田中: よろしくお願いします。\n"


@pytest.mark.parametrize(
    ("text", "encoding", "expected"),
    [
        (RU_TEXT, "utf-8-sig", "utf-8"),
        (RU_TEXT, "utf-16", "utf-16"),
        (RU_TEXT, "utf-16-le", "utf-16-le"),  # no byte order mark
        (RU_TEXT, "utf-16-be", "utf-16-be"),
        (RU_TEXT, "cp1251", "cp1251"),
        (RU_TEXT, "koi8_r", "koi8_r"),
        (FR_TEXT, "latin-1", None),
        (FR_TEXT, "utf-32", "utf-32"),
        (ZH_TEXT, "gb18030", "gb18030"),  # Chinese saved on Windows
        (JA_TEXT, "shift_jis", "shift_jis"),
    ],
)
def test_encodings_never_reach_the_index_as_mojibake(tmp_path: Path, text: str, encoding: str, expected: str | None):
    path = tmp_path / "t.txt"
    path.write_bytes(text.encode(encoding))
    t = load_transcript(path)
    if expected:
        assert t.encoding == expected
    assert [(u.label, u.text) for u in t.turns] == [
        tuple(part.strip() for part in para.split(":", 1)) for para in text.replace("\r", "").split("\n\n")
    ]


def test_windows_1251_with_a_latin_letter_typo_is_still_russian(tmp_path: Path):
    path = tmp_path / "typo.txt"
    text = "Вопрос: Что в Мoскве?\n\nЛавров: Всё спокойно, погода хорошая.\n"  # a Latin "o" in "Мoскве"
    path.write_bytes(text.encode("cp1251"))
    t = load_transcript(path)
    assert t.encoding == "cp1251"
    assert [u.text for u in t.turns] == ["Что в Мoскве?", "Всё спокойно, погода хорошая."]


def test_mojibake_saved_in_the_file_is_repaired(tmp_path: Path):
    path = tmp_path / "garbled.txt"
    path.write_text("Ann: The cafÃ© is closed.\n", encoding="utf-8")
    t = load_transcript(path)
    assert t.turns[0].text == "The café is closed."
    assert t.encoding == "utf-8, mojibake repaired"


# --------------------------------------------------------------------------- #
# Detection, dates, speakers
# --------------------------------------------------------------------------- #


@pytest.mark.parametrize(
    ("name", "text", "fmt"),
    [
        ("a.txt", "WEBVTT\n\n00:01.000 --> 00:02.000\nhi\n", "vtt"),
        ("a.txt", "1\n00:00:01,000 --> 00:00:02,000\nhi\n", "srt"),
        ("a.vtt", "1\n00:00:01,000 --> 00:00:02,000\nhi\n", "srt"),
        ("a.srt", "no cues", "srt"),
        ("a.md", "Ann: hi", "markdown"),
        ("a.txt", "15:45\n\nTitle, Moscow, June 1, 2021\n\n1-01-06-2021\n\nHi.", "press"),
        ("a.tsv", "speaker\ttext\n", "tsv"),
        ("a.jsonl", "{}", "jsonl"),
    ],
)
def test_detect_format_by_content_then_extension(name: str, text: str, fmt: str):
    assert detect_format(Path(name), text) == fmt


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Moscow, June 18, 2021", dt.date(2021, 6, 18)),
        ("Москва, 14 января 2022 года", dt.date(2022, 1, 14)),
        ("брифинг 2 марта 2022 г.", dt.date(2022, 3, 2)),
        ("on the 3rd of March, 2020", dt.date(2020, 3, 3)),
        ("1225-18-06-2021", dt.date(2021, 6, 18)),
        ("18.06.2021", dt.date(2021, 6, 18)),
        ("Question 18, 2021", None),
        ("31 February 2021", None),
    ],
)
def test_find_date(text: str, expected: dt.date | None):
    found = find_date(text)
    assert (found[0] if found else None) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("lavrov-makei-2021-06-18", dt.date(2021, 6, 18)),
        ("hearing_18-06-2021", dt.date(2021, 6, 18)),
        ("rec20210618", dt.date(2021, 6, 18)),
        ("2021_06_18 talk", dt.date(2021, 6, 18)),
        ("take-20211399", None),
        ("episode-12", None),
    ],
)
def test_date_in_file_name(name: str, expected: dt.date | None):
    assert date_in_name(name) == expected


def test_parse_seconds():
    assert [parse_seconds(v) for v in (65, "65.5", "1:05", "00:01:05,250", "75:00", "x", -1, True, "nan")] == [
        65.0, 65.5, 65.0, 65.25, 4500.0, None, None, None, None
    ]


def test_timecode_seconds_drops_frames():
    assert [timecode_seconds(v) for v in ("00;00;05;10", "01:00:03:12", "0:0:4.120", "1:05", "x")] == [
        5.0, 3603.0, 4.12, None, None]


def test_speaker_names_are_one_per_person():
    names = canonical_names(["LAVROV", "Sergey Lavrov", "S.Lavrov", "Mr. Lavrov", "Question"])
    assert set(names.values()) == {"Sergey Lavrov", "Question"}
    # A bare surname shared by two people stays apart rather than being guessed.
    names = canonical_names(["Jane Smith", "John Smith", "SMITH", "J. Smith"])
    assert names == {"Jane Smith": "Jane Smith", "John Smith": "John Smith", "SMITH": "Smith", "J. Smith": "J. Smith"}
    assert canonical_names(["С.В.Лавров", "Сергей Лавров", "ЛАВРОВ"]) == dict.fromkeys(
        ["С.В.Лавров", "Сергей Лавров", "ЛАВРОВ"], "Сергей Лавров"
    )


@pytest.mark.parametrize(
    ("label", "name"),
    [
        ("DR. JANE SMITH", "Jane Smith"),
        ("Prof Ann Lee", "Ann Lee"),
        ("Question (retranslated from Russian)", "Question"),
        ("Minister Alan Green", "Minister Alan Green"),
        ("BBC", "BBC"),
        ("SPEAKER_00", "SPEAKER_00"),
        ("O'BRIEN", "O'Brien"),
        ("Dr", "Dr"),
    ],
)
def test_display_name(label: str, name: str):
    assert display_name(label) == name


def test_a_webvtt_cue_without_its_end_time_is_read_with_a_warning(tmp_path: Path):
    """An oral history's WebVTT export cut one cue's timing short ("0:54:50.000 -->"): the cue is read as ending
    where it starts, with a warning, instead of the whole file being refused."""
    text = ("WEBVTT\n\n1\n0:54:34.000 --> 0:54:50.000\n<v Bob Neal> What year did he go out there?\n\n"
            "2\n0:54:50.000 -->\n<v Charles Neal> The gold rush.\n\n3\n0:54:55.000 --> 0:54:58.000\n"
            "<v Etta Neal> Somewhere around there.\n")
    t = written(tmp_path, "jacka.vtt", text)
    assert [turn.speaker for turn in t.turns] == ["Bob Neal", "Charles Neal", "Etta Neal"]
    assert t.warnings == ["1 cue(s) had a start time but no end time; each was read as ending there"]
