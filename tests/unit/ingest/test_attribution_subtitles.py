"""Subtitles without speakers become timed turns of tens of seconds; labelled ones keep their speakers."""

from __future__ import annotations

from pathlib import Path

from qa_bot.ingest import load_transcript
from qa_bot.ingest.speakers import UNKNOWN_SPEAKER
from tests.conftest import said, written


def _clock(seconds: float) -> str:
    ms = round(seconds * 1000)
    return f"{ms // 3_600_000:02d}:{ms // 60_000 % 60:02d}:{ms // 1000 % 60:02d},{ms % 1000:03d}"


def test_two_hours_of_unlabelled_speech_recognition_srt(tmp_path: Path):
    """A cue every 3 s for two hours, sentences running across cues, no pause: not two turns, but ~40 s ones."""
    cues = []
    for i in range(2400):
        text = f"and that was point {i} of the lecture." if i % 3 == 2 else f"so we go on with part {i} of it"
        cues.append(f"{i + 1}\n{_clock(3.0 * i)} --> {_clock(3.0 * i + 3)}\n{text}\n")
    path = tmp_path / "lecture.srt"
    path.write_text("\n".join(cues), encoding="utf-8")
    t = load_transcript(path)
    assert len(t.turns) >= 120
    assert all(u.speaker == UNKNOWN_SPEAKER and u.speaker_inferred for u in t.turns)
    assert all(u.end - u.start <= 60 for u in t.turns)
    assert all(u.text.endswith("of the lecture.") for u in t.turns[:-1])  # cut at sentence ends
    point = next(u for u in t.turns if "point 1001 of" in u.text)
    assert point.start <= 3003 <= point.end
    assert t.label_convention == "none"


def test_vtt_voice_tags_and_name_prefixes_keep_their_speakers(tmp_path: Path):
    path = tmp_path / "podcast.vtt"
    path.write_text(
        "WEBVTT\n\n00:00:00.000 --> 00:00:03.000\n<v Sam Ortiz>Welcome to the show.\n\n"
        "00:00:03.000 --> 00:00:06.000\nPriya Nair: Glad to be here.\n\n"
        "00:00:06.000 --> 00:00:09.000\n<v Sam Ortiz>Let's start.\n\n"
        "00:00:09.000 --> 00:00:12.000\n- Which ferry?\n- The night one.\n", encoding="utf-8")
    t = load_transcript(path)
    assert [(u.speaker, u.text) for u in t.turns] == [
        ("Sam Ortiz", "Welcome to the show."), ("Priya Nair", "Glad to be here."), ("Sam Ortiz", "Let's start."),
        (UNKNOWN_SPEAKER, "Which ferry?"), (UNKNOWN_SPEAKER, "The night one."),
    ]
    assert t.label_convention == "voice tags <v Name> 2, Name Surname: 1"


def test_lower_case_display_names_of_two_words_in_caption_cues(tmp_path):
    path = tmp_path / "session.vtt"
    cues = [("Sowmya A", "What is the right time to introduce it?"), ("latha sriram", "Suppose there are 8 kids."),
            ("Sowmya A", "Go on."), ("latha sriram", "Then I have only 5 chocolates.")]
    path.write_text("WEBVTT\n\n" + "".join(f"{i}\n00:00:{i:02d}.000 --> 00:00:{i + 1:02d}.000\n{who}: {words}\n\n"
                                          for i, (who, words) in enumerate(cues, 1)), encoding="utf-8")
    assert [u.speaker for u in load_transcript(path).turns] == ["Sowmya A", "latha sriram"] * 2


def test_names_without_a_colon_opening_every_cue(tmp_path: Path):
    """Captions written by hand, each cue opening with its speaker's full name and no colon; a couple speak
    together ("John & Marie McKinney"). Ordinary captions opening with capitalised words are not read so."""
    lines = [("Tim Davis", "There are several things that make the store exceptional."),
             ("Tim Davis", "First is a proven business model."),
             ("Michelle Van-Slyke", "It is a brand with a great deal of strength,"),
             ("Michelle Van-Slyke", "so the minute you open your doors you have visibility."),
             ("John & Marie McKinney", "We joined after doing research."),
             ("John & Marie McKinney", "We wanted a better work life balance."),
             ("Tim Davis", "Another item is that our owners work from the heart.")]
    path = tmp_path / "franchise.vtt"
    cues = (f"{i}\n00:00:{2 * i:02d}.000 --> 00:00:{2 * i + 2:02d}.000\n{who} {words}\n\n"
            for i, (who, words) in enumerate(lines, 1))
    path.write_text("WEBVTT\n\n" + "".join(cues), encoding="utf-8")
    t = load_transcript(path)
    assert [(u.speaker, u.text) for u in t.turns] == [
        ("Tim Davis", f"{lines[0][1]} {lines[1][1]}"), ("Michelle Van-Slyke", f"{lines[2][1]} {lines[3][1]}"),
        ("John & Marie McKinney", f"{lines[4][1]} {lines[5][1]}"), ("Tim Davis", lines[6][1])]
    plain = tmp_path / "talk.srt"
    plain.write_text("".join(f"{i}\n00:00:0{i},000 --> 00:00:0{i + 1},000\n{words}\n\n" for i, words in enumerate(
        ["Thank you all for coming.", "Today I want to talk about bees.", "Bees matter a great deal.",
         "Thank you for listening."], 1)), encoding="utf-8")
    assert {u.speaker for u in load_transcript(plain).turns} == {UNKNOWN_SPEAKER}


def test_names_without_a_colon_that_share_a_first_name_are_not_guessed(tmp_path: Path):
    """"John Smith …" and "John Doe …" on every cue: the name a run of words gives would be "John" for both, so
    no names are read (no one named is better than two people under one name)."""
    lines = [("John Smith", "Welcome to the show."), ("John Doe", "Thanks for having me."),
             ("Mary Jones", "And me too."), ("John Smith", "Tell us about bees."), ("John Doe", "Bees are wonderful."),
             ("Mary Jones", "They are."), ("John Smith", "Why so?"), ("John Doe", "Because of the honey.")]
    path = tmp_path / "show.vtt"
    path.write_text("WEBVTT\n\n" + "".join(f"00:00:{2 * i:02d}.000 --> 00:00:{2 * i + 2:02d}.000\n{who} {words}\n\n"
                                            for i, (who, words) in enumerate(lines)), encoding="utf-8")
    assert {u.speaker for u in load_transcript(path).turns} == {UNKNOWN_SPEAKER}


def test_machine_subtitles_mark_speaker_changes_and_a_sentence_before_a_colon_is_speech(tmp_path: Path):
    """A podcast's machine subtitles: 【说话人N】 where the speaker changes, the cues after it theirs; "我就举非常简单的
    例子：…" is a sentence, not a speaker named before a colon."""
    cues = ["【说话人0】我们审视时间的价值。", "欢迎收听会课堂。", "讲过无数次的一句话就是：现在谁能接住光。",
            "【说话人3】整体跌了大概是14%。", "我就举非常简单的例子：今年上半年这么多量化私募。", "他们的超额稳定吗？",
            "【说话人0】你要考虑一下：以前没有这个词。", "就是轮动。", "讲过无数次的一句话就是：相信未来。"]
    srt = "".join(f"{i}\n00:00:{2 * i:02},000 --> 00:00:{2 * i + 1:02},500\n{cue}\n\n" for i, cue in enumerate(cues, 1))
    t = written(tmp_path, "vol95.srt", srt)
    assert said(t, "整体跌了大概是14%") == said(t, "今年上半年这么多量化私募") == "说话人3"
    assert said(t, "现在谁能接住光") == said(t, "以前没有这个词") == "说话人0"
    assert {turn.speaker for turn in t.turns} == {"说话人0", "说话人3"}


def test_a_handle_alone_on_its_line_speaks_the_words_below_it(tmp_path: Path):
    """Captions in capitals whose speakers are lower-case handles: "male narrator:" alone over the first cue's
    words, once, beside "narrator:" in later cues; a caps line ending in a colon leads into its words."""
    cues = [("male narrator:\nIN THE SUMMER OF 1957,", 38), ("LITTLE ROCK WAS CONSIDERED", 40),
            ("narrator: YOU MAY BE FAMILIAR", 50), ("THIS PROGRAM IS MADE POSSIBLE BY:\nVIEWERS LIKE YOU.", 60),
            ("narrator: DURING THE LOST YEAR,", 70), ("THE SCHOOLS WERE CLOSED.", 72)]
    srt = "".join(f"{i}\n00:00:{s:02d},000 --> 00:00:{s + 2:02d},000\n{text}\n\n"
                  for i, (text, s) in enumerate(cues, 1))
    t = written(tmp_path, "captions.srt", srt)
    assert said(t, "IN THE SUMMER OF 1957") == said(t, "LITTLE ROCK WAS CONSIDERED") == "male narrator"
    assert "VIEWERS LIKE YOU" in next(u.text for u in t.turns if "MADE POSSIBLE BY:" in u.text)


def test_a_label_used_once_in_long_captions_names_no_one_but_one_in_a_short_clip_does(tmp_path: Path):
    """A symposium's translated captions: one "REACH：(the acronym) …" line among hundreds is no speaker for the
    hour that follows; in a clip of a few cues, one label opening it names the speaker."""
    def sbv(lines: list[str]) -> str:
        return "".join(f"0:{n // 60:02d}:{n % 60:02d}.000,0:{n // 60:02d}:{n % 60:02d}.900\n{line}\n\n"
                       for n, line in enumerate(lines))
    talk = [f"研究について話していきます{n}。" for n in range(30)] + ["REACH：(略語を指して)Raising co-creativity"] + [
        f"深層学習が行われ{n}ます。" for n in range(30)]
    t = written(tmp_path, "ja.sbv", sbv(talk))
    assert {turn.speaker for turn in t.turns} == {UNKNOWN_SPEAKER} and t.label_convention == "none"
    clip = written(tmp_path, "clip.sbv", sbv(["JOHN: Hello and welcome.", "Today we talk about ferries.", "Enjoy."]))
    assert {turn.speaker for turn in clip.turns} == {"John"}


_ASS_HEAD = ("\ufeff[Script Info]\r\nTitle: Toradora 02\r\nScriptType: v4.00+\r\n\r\n[V4+ Styles]\r\n"
             "Format: Name, Fontname, Fontsize, PrimaryColour, SecondaryColour, OutlineColour, BackColour, Bold, "
             "Italic, Underline, StrikeOut, ScaleX, ScaleY, Spacing, Angle, BorderStyle, Outline, Shadow, Alignment, "
             "MarginL, MarginR, MarginV, Encoding\r\nStyle: Default,Arial,20,&H00FFFFFF,&H000000FF,&H00000000,"
             "&H00000000,0,0,0,0,100,100,0,0,1,2,2,2,10,10,10,1\r\n\r\n[Events]\r\n"
             "Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text\r\n")


def test_substation_alpha_events_are_credited_to_their_name_field(tmp_path: Path):
    events = [
        "Dialogue: 0,0:00:04.00,0:00:05.00,Default,Taiga,0,0,0,,Quero mais!",
        "Dialogue: 0,0:00:05.25,0:00:07.00,Default,Ryuuji,0,0,0,,{\\an8}Por que você está tomando\\Ncafé aqui?!",
        "Comment: 0,0:00:07.00,0:00:08.00,Default,Ryuuji,0,0,0,,check the timing here",
        "Dialogue: 0,0:00:09.00,0:00:11.00,Default,Yasuko,0,0,0,,Ela ocupa quase nenhum espaço.",
        "Dialogue: 0,0:00:12.00,0:00:14.00,Sign,,0,0,0,,{\\pos(320,50)}Escola Ohashi",
        "Dialogue: 0,0:00:15.00,0:00:17.00,Default,Taiga,0,0,0,,Vamos embora.",
        # the opening song, appended after the episode by the editor, sung at the start
        "Dialogue: 0,0:00:01.00,0:00:03.00,Abertura,,0,0,0,,{\\k20}Pre{\\k30}cious",
    ]
    t = written(tmp_path, "toradora-02.ass", _ASS_HEAD + "\r\n".join(events) + "\r\n")
    assert t.format == "ass" and t.title == "Toradora 02"
    assert said(t, "Por que você está tomando café aqui?!") == "Ryuuji"
    assert said(t, "quase nenhum espaço") == "Yasuko"
    assert said(t, "Escola Ohashi") == UNKNOWN_SPEAKER  # a sign, not the previous speaker's words
    assert said(t, "Precious") == UNKNOWN_SPEAKER and t.turns[0].text == "Precious"  # in time order
    assert not any("timing" in turn.text for turn in t.turns)  # a comment is no one's words


def test_japanese_captions_name_speakers_after_an_off_screen_mark_and_inside_an_event(tmp_path: Path):
    # Japanese television's closed captions: "(name)" opens a line, after "≪" (a voice off screen) or on an
    # event's second line; "➡" carries a sentence over to the next caption
    events = "".join(
        f"Dialogue: 0,0:0{n}:01.00,0:0{n}:03.00,Default,,0,0,0,,≪({a}){n}番目の質問ですね➡\r\n"
        f"Dialogue: 0,0:0{n}:04.00,0:0{n}:06.00,Default,,0,0,0,,そうですね\\N({b}){n}番目の答えです\r\n"
        for n, (a, b) in enumerate([("和枝", "徳田"), ("山崎", "和枝"), ("徳田", "山崎"), ("和枝", "山崎")]))
    t = written(tmp_path, "drama.ass", _ASS_HEAD + events)
    assert said(t, "1番目の質問") == "山崎" and said(t, "2番目の答え") == "山崎" and said(t, "3番目の質問") == "和枝"
    assert not any("➡" in turn.text for turn in t.turns)


def test_captions_signed_at_the_end_of_a_line_leave_the_unsigned_lines_to_no_one(tmp_path: Path):
    # a think-aloud study: the experimenter signs his lines "(Béla)", the participant's go unsigned; "[sóhajt]"
    # (a sigh, in lower case) is a note, no one
    srt = "".join(f"{2 * n + 1}\n00:0{n}:00,000 --> 00:0{n}:05,000\nSo in this session, task {n}, you fix a bug (Béla)"
                  f"\n\n{2 * n + 2}\n00:0{n}:06,000 --> 00:0{n}:09,000\n[sóhajt] Okay, I open the test file {n}\n\n"
                  for n in range(9))
    t = written(tmp_path, "thinkaloud.srt", srt)
    assert said(t, "task 4,") == "Béla" and said(t, "test file 5") == UNKNOWN_SPEAKER
    assert "sóhajt" not in t.speakers and not any("(Béla)" in turn.text for turn in t.turns)


def test_older_ssa_subtitles_without_names_read_labels_in_their_words(tmp_path: Path):
    head = ("[Script Info]\nScriptType: v4.00\n\n[V4 Styles]\nFormat: Name, Fontname, Fontsize, PrimaryColour, "
            "SecondaryColour, TertiaryColour, BackColour, Bold, Italic, BorderStyle, Outline, Shadow, Alignment, "
            "MarginL, MarginR, MarginV, AlphaLevel, Encoding\nStyle: Default,Arial,20,16777215,65535,65535,0,0,0,1,2,"
            "2,2,10,10,10,0,0\n\n[Events]\nFormat: Marked, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, "
            "Text\n")
    lines = ["Dialogue: Marked=0,0:00:01.00,0:00:03.00,Default,,0000,0000,0000,,ANNA: Bom dia a todos.",
             "Dialogue: Marked=0,0:00:03.50,0:00:05.00,Default,,0000,0000,0000,,PEDRO: Bom dia, Anna.",
             "Dialogue: Marked=0,0:00:05.50,0:00:07.00,Default,,0000,0000,0000,,ANNA: Vamos começar."]
    t = written(tmp_path, "ep.ssa", head + "\n".join(lines) + "\n")
    assert t.format == "ssa"
    assert said(t, "Bom dia, Anna.") == "Pedro" and said(t, "Vamos começar.") == "Anna"


def test_a_name_in_capitals_alone_on_a_cue_speaks_the_words_below_it(tmp_path: Path):
    """Subtitles for the hard of hearing name a speaker only where the picture does not, in capitals, sometimes
    alone on the cue's first line over the words (``NOGUEIRA:`` / ``Dá licença…``), sometimes glued to them."""
    cues = ["HOMEM:Não fala ? Desgraçado.", "Confessa !", "NOGUEIRA:\nDá licença, senhor inspetor ?",
            "GOUVEIA:Esse Santos Simões é um tipo inteligente.", "HUMBERTO:\nCerto, e todos estamos cientes\n"
            "que estas eleições são uma farsa.", "NOGUEIRA:És ou não és comunista ?", "HOMEM:Falas ?",
            "GOUVEIA:\nSó ainda não encontrei uma relação."]
    vtt = "WEBVTT\n\n" + "".join(f"{i}\n00:00:{2 * i:02}.000 --> 00:00:{2 * i + 1:02}.500\n{cue}\n\n"
                                 for i, cue in enumerate(cues, 1))
    t = written(tmp_path, "episode.vtt", vtt)
    assert said(t, "Dá licença, senhor inspetor") == "Nogueira"
    assert said(t, "todos estamos cientes") == "Humberto"
    assert said(t, "Só ainda não encontrei") == "Gouveia"
