"""Speech-to-text JSON of AWS Transcribe, AssemblyAI, Deepgram and Rev: speakers, texts and times in seconds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from qa_bot.errors import IngestError
from qa_bot.ingest import load_transcript
from qa_bot.ingest.speakers import UNKNOWN_SPEAKER
from qa_bot.ingest.stt_base import diarized_label, is_machine_label
from tests.conftest import FIXTURE_ROOT, said, written

EXPORTS = FIXTURE_ROOT / "exports"

HARBOUR_CALL = [
    ("SPEAKER_00", 0.44, 1.6, "Good morning, everyone."),
    ("SPEAKER_01", 2.1, 3.2, "Is the ferry late?"),
    ("SPEAKER_00", 4.05, 4.8, "Ten minutes."),
]
HARBOUR_UPDATE = [
    ("SPEAKER_00", 0.08, 3.2, "Good evening, this is the harbour update."),
    ("SPEAKER_01", 3.9, 6.1, "What about the night ferry?"),
    ("SPEAKER_00", 6.5, 9.75, "It runs again from Sunday."),
]


def rows(transcript) -> list[tuple]:
    """Speaker, start, end (rounded to milliseconds) and text of each turn."""
    return [(t.speaker, round(t.start, 3), round(t.end, 3), t.text) for t in transcript.turns]


@pytest.mark.parametrize(
    ("name", "fmt", "expected"),
    [
        ("aws-transcribe-segments.json", "json (AWS Transcribe)", HARBOUR_CALL),
        ("aws-transcribe-items.json", "json (AWS Transcribe)", HARBOUR_CALL),  # speakers from speaker_labels
        ("deepgram-utterances.json", "json (Deepgram)", HARBOUR_UPDATE),
        ("deepgram-paragraphs.json", "json (Deepgram)", HARBOUR_UPDATE),
        ("assemblyai-podcast.json", "json (AssemblyAI)", [
            ("Speaker A", 0.24, 3.12, "Welcome back to the council budget podcast."),
            ("Speaker B", 3.6, 7.44, "Thanks. Three library branches close in April."),
            ("Speaker A", 8.0, 9.1, "Which ones?"),
        ]),
        ("rev-interview.json", "json (Rev)", [
            ("Maria Reyes", 1.0, 3.0, "Thank you for coming, Doctor."),
            ("SPEAKER_01", 3.5, 7.9, "It is a pleasure. The waiting lists are shorter this year."),
            ("Maria Reyes", 9.0, 10.2, "By how much?"),
        ]),
    ],
)
def test_service_output(name: str, fmt: str, expected: list[tuple]):
    t = load_transcript(EXPORTS / name)
    assert t.format == fmt
    assert rows(t) == expected
    assert not any(turn.speaker_inferred for turn in t.turns)


def test_rev_editor_export_with_spans_and_a_speakers_list():
    """Rev's editor writes each monologue's words as ``spans`` (``endTs``) and names speakers in a ``speakers``
    list by number; a speaker left unnamed there keeps its number."""
    t = load_transcript(EXPORTS / "rev-editor-spans.json")
    assert t.format == "json (Rev)"
    assert rows(t) == [
        ("Interviewer", 0.5, 4.1, "So tell me about the bakery on Elm Street."),
        ("Ruth Alvarez", 4.5, 9.7, "My grandmother opened it in nineteen fifty. She baked rye bread every morning."),
        ("Interviewer", 9.0, 10.6, "Did you help her?"),
        ("SPEAKER_02", 11.0, 14.2, "Sorry, is this the room for the interview?"),
    ]


def test_rev_spans_with_end_ts_and_speaker_name(tmp_path: Path):
    words = [{"type": "text", "value": "Ready", "ts": 2.0, "end_ts": 2.5}, {"type": "punct", "value": "?"}]
    path = tmp_path / "rev.json"
    path.write_text(json.dumps({"monologues": [
        {"speaker": 3, "speaker_name": "Tom Reed", "spans": words},
        {"speaker": 1, "spans": [{"type": "text", "value": "Yes.", "ts": 3.0, "end_ts": 3.4}]},
    ]}), encoding="utf-8")
    assert rows(load_transcript(path)) == [("Tom Reed", 2.0, 2.5, "Ready?"), ("SPEAKER_01", 3.0, 3.4, "Yes.")]


def test_aws_items_without_diarization_become_unknown_speaker_turns_of_tens_of_seconds(tmp_path: Path):
    items = []
    for i in range(120):  # two minutes of one word a second, a sentence every five words, no pause
        items.append({"start_time": f"{i:.2f}", "end_time": f"{i + 0.9:.2f}", "type": "pronunciation",
                      "alternatives": [{"confidence": "0.99", "content": f"w{i}"}]})
        if i % 5 == 4:
            items.append({"type": "punctuation", "alternatives": [{"confidence": "0.0", "content": "."}]})
    path = tmp_path / "lecture.json"
    path.write_text(json.dumps({"jobName": "lecture", "results": {"transcripts": [{"transcript": "…"}],
                                                                  "items": items}}), encoding="utf-8")
    t = load_transcript(path)
    assert {u.speaker for u in t.turns} == {UNKNOWN_SPEAKER}
    assert len(t.turns) > 1 and all(u.end - u.start <= 60 for u in t.turns)
    assert t.turns[0].text.startswith("w0 w1 w2 w3 w4. w5")
    assert " ".join(u.text for u in t.turns).count(".") == 24


def test_assemblyai_words_without_utterances_in_milliseconds(tmp_path: Path):
    path = tmp_path / "aai.json"
    path.write_text(json.dumps({
        "id": "x", "status": "completed", "audio_duration": 2, "utterances": None, "text": "Hello there.",
        "words": [{"text": "Hello", "start": 100, "end": 480, "confidence": 0.9, "speaker": None},
                  {"text": "there.", "start": 500, "end": 900, "confidence": 0.9, "speaker": None}],
    }), encoding="utf-8")
    assert rows(load_transcript(path)) == [(UNKNOWN_SPEAKER, 0.1, 0.9, "Hello there.")]


def test_aws_call_analytics_roles_in_milliseconds(tmp_path: Path):
    path = tmp_path / "call.json"
    path.write_text(json.dumps({"JobStatus": "COMPLETED", "Participants": [], "Transcript": [
        {"ParticipantRole": "AGENT", "Content": "Thank you for calling.", "BeginOffsetMillis": 40,
         "EndOffsetMillis": 6310, "Items": []},
        {"ParticipantRole": "CUSTOMER", "Content": "Hi, my card fell into the water.", "BeginOffsetMillis": 6310,
         "EndOffsetMillis": 9000, "Items": []},
    ]}), encoding="utf-8")
    t = load_transcript(path)
    assert t.format == "json (AWS Call Analytics)"
    assert rows(t) == [("Agent", 0.04, 6.31, "Thank you for calling."),
                       ("Customer", 6.31, 9.0, "Hi, my card fell into the water.")]


def test_turn_list_with_source_text_and_turn_groups_is_unknown_speaker(tmp_path: Path):
    """A speaker_group numbers turns, not people: crediting SPEAKER_02 would name a person who may not exist."""
    path = tmp_path / "segments.json"
    path.write_text(json.dumps([{"segment_id": 1, "speaker_group": 1, "source_text": "The hearing is open."},
                                {"segment_id": 2, "speaker_group": 2, "source_text": "Thank you, Chairman."}]))
    assert [(u.speaker, u.text) for u in load_transcript(path).turns] == [
        (UNKNOWN_SPEAKER, "The hearing is open."), (UNKNOWN_SPEAKER, "Thank you, Chairman.")
    ]


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        ({"job": {"id": 3}, "output": "text"},
         "unknown JSON schema, no list of turns (found keys job, output; supported: Speechmatics, "
         "Speechmatics (format 1.0), IBM Watson, Azure Speech, whisper.cpp, YouTube captions (json3), "
         "BBC digital paper edit, Label Studio, Rev, Google Speech-to-Text, Deepgram, "
         "AWS Transcribe, "
         "AWS Call Analytics, AssemblyAI "
         "output, Whisper/WhisperX 'segments', or a list of turns"),
        ("just a string", "unknown JSON schema, no list of turns (found str; supported: "),
        ({"results": {"items": [], "transcripts": [{"transcript": ""}]}},
         "AWS Transcribe JSON holds no transcribed words"),
        ({"monologues": [{"speaker": 0, "elements": []}]}, "Rev JSON holds no transcribed words"),
        ({"monologues": [{"speaker": 0, "spans": [{"value": " "}]}]}, "Rev JSON holds no transcribed words"),
    ],
)
def test_unknown_or_empty_json_gets_a_one_line_reason(tmp_path: Path, data: object, reason: str):
    path = tmp_path / "export.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(IngestError) as info:
        load_transcript(path)
    assert info.value.reason.startswith(reason) and "\n" not in info.value.reason


@pytest.mark.parametrize(
    ("raw", "label"),
    [("spk_0", "SPEAKER_00"), ("spk_12", "SPEAKER_12"), (1, "SPEAKER_01"), ("A", "Speaker A"),
     ("C", "Speaker C"), ("ch_1", "SPEAKER_01"), ("Maria Reyes", "Maria Reyes"), ("", None), (None, None),
     (True, None)],
)
def test_diarized_labels_numbered_like_whisperx_lettered_as_the_service(raw: object, label: str | None):
    assert diarized_label(raw) == label


def test_turns_with_a_diarization_label_and_a_resolved_name_credit_the_name():
    """``speaker: SPEAKER_07`` beside ``speaker_public: Chair Jeffrey McKay``: the person is credited; a turn whose
    name was left empty takes the one name its label has elsewhere in the file, else keeps the label."""
    t = load_transcript(EXPORTS / "council-turns-resolved.json")
    assert [(u.speaker, u.text) for u in t.turns] == [
        ("Chair Jeffrey McKay", "The hearing on the advertised budget is now open."),
        ("Supervisor Dalia Palchik", "I move that we keep the library hours as they are."),
        ("Chair Jeffrey McKay", "Is there a second?"),
        ("SPEAKER_05", "Second."),
    ]


NAME_KEYS = ("speaker_public", "speaker_name", "display_name", "name", "speaker")
MACHINE_KEYS = ("speaker", "speaker_id", "speaker_label")
MACHINE_VALUES = ("SPEAKER_07", "spk_3", 3, "3", "A", "Speaker B", "3f2a9c1e-1b2c-4d5e-8f90-123456789abc")


@pytest.mark.parametrize("machine", MACHINE_VALUES)
@pytest.mark.parametrize(
    ("name_key", "machine_key"), [(n, m) for n in NAME_KEYS for m in MACHINE_KEYS if n != m]
)
def test_a_machine_label_is_never_credited_over_a_name_beside_it(
    tmp_path: Path, name_key: str, machine_key: str, machine: object
):
    """Whichever field comes first in the turn and whichever key names it."""
    for order, turn in enumerate(({name_key: "Ann Lee", machine_key: machine},
                                  {machine_key: machine, name_key: "Ann Lee"})):
        path = tmp_path / f"turns{order}.json"
        path.write_text(json.dumps({"turns": [{**turn, "text": "The budget is open."}]}), encoding="utf-8")
        assert load_transcript(path).turns[0].speaker == "Ann Lee"


@pytest.mark.parametrize("empty", ["", "  ", None, "Unknown", "unknown speaker"])
def test_an_empty_name_falls_back_to_the_machine_label(tmp_path: Path, empty: object):
    path = tmp_path / "turns.jsonl"
    path.write_text(json.dumps({"speaker_id": "spk_3", "display_name": empty, "text": "Noted."}), encoding="utf-8")
    assert load_transcript(path).turns[0].speaker == "spk_3"


@pytest.mark.parametrize(
    ("raw", "machine"),
    [("SPEAKER_07", True), ("spk_3", True), (3, True), ("3", True), ("A", True), ("Speaker A", True),
     ("ch_1", True), ("0f1e2d3c-0000-4444-8888-999900001111", True), ("Chair Jeffrey McKay", False),
     ("Ann", False), ("Speaker", False), ("Interviewer", False), (True, False), (None, False), ("", False)],
)
def test_machine_labels_are_told_from_names(raw: object, machine: bool):
    assert is_machine_label(raw) is machine


SPEECHMATICS = {"format": "2.9", "results": [
    {"type": "word", "start_time": 0.5, "end_time": 0.9, "alternatives": [{"content": "Welcome", "speaker": "S1"}]},
    {"type": "word", "start_time": 0.9, "end_time": 1.2, "alternatives": [{"content": "aboard", "speaker": "S1"}]},
    {"type": "punctuation", "start_time": 1.2, "end_time": 1.2, "alternatives": [{"content": ".", "speaker": "S1"}]},
    {"type": "word", "start_time": 2.0, "end_time": 2.4, "alternatives": [{"content": "Thanks", "speaker": "S2"}]},
    {"type": "punctuation", "start_time": 2.4, "end_time": 2.4, "alternatives": [{"content": "!", "speaker": "S2"}]}]}
AZURE = {"durationInTicks": 100000000, "recognizedPhrases": [
    {"speaker": 1, "offsetInTicks": 5000000.0, "nBest": [{"display": "Welcome aboard."}]},
    {"speaker": 2, "offsetMilliseconds": 2000, "nBest": [{"display": "Thanks!"}]}]}
WATSON = {"result_index": 0, "results": [
    {"alternatives": [{"transcript": "welcome aboard ", "timestamps": [["welcome", 0.5, 0.9], ["aboard", 0.9, 1.2]]}]},
    {"alternatives": [{"transcript": "thanks ", "timestamps": [["thanks", 2.0, 2.4]]}]}],
    "speaker_labels": [{"from": 0.5, "to": 0.9, "speaker": 0}, {"from": 0.9, "to": 1.2, "speaker": 0},
                       {"from": 2.0, "to": 2.4, "speaker": 1}]}
WHISPER_CPP = {"model": {"type": "base"}, "transcription": [
    {"timestamps": {"from": "00:00:00,500"}, "offsets": {"from": 500, "to": 1200}, "text": " Welcome aboard."},
    {"timestamps": {"from": "00:00:02,000"}, "offsets": {"from": 2000, "to": 2400}, "text": " Thanks!"}]}


@pytest.mark.parametrize(("data", "service", "turns"), [
    (SPEECHMATICS, "Speechmatics", [("S1", 0.5, "Welcome aboard."), ("S2", 2.0, "Thanks!")]),
    (AZURE, "Azure Speech", [("SPEAKER_01", 0.5, "Welcome aboard."), ("SPEAKER_02", 2.0, "Thanks!")]),
    (WATSON, "IBM Watson", [("SPEAKER_00", 0.5, "welcome aboard"), ("SPEAKER_01", 2.0, "thanks")]),
    (WHISPER_CPP, "whisper.cpp", [("Unknown speaker", 0.5, "Welcome aboard. Thanks!")]),
])
def test_more_speech_to_text_services(tmp_path: Path, data: dict, service: str, turns: list):
    path = tmp_path / "output.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    transcript = load_transcript(path)
    assert transcript.format == f"json ({service})"
    assert [(t.speaker, t.start, t.text) for t in transcript.turns] == turns


def test_segments_with_camel_case_labels_named_by_the_documents_speakers_key(tmp_path: Path):
    path = tmp_path / "episode.json"
    path.write_text(json.dumps({"speakers": {"spk_0": "Luciano", "spk_1": "Jeremy"}, "segments": [
        {"speakerLabel": "spk_0", "start": 0, "end": 2.6, "text": " Today we have a guest."},
        {"speakerLabel": "spk_1", "start": 2.9, "end": 5.0, "text": " Thanks for having me."}]}), encoding="utf-8")
    assert [(t.speaker, t.start) for t in load_transcript(path).turns] == [("Luciano", 0.0), ("Jeremy", 2.9)]


def test_diarized_clips_each_a_speaker_and_its_segments(tmp_path: Path):
    path = tmp_path / "clips.json"
    path.write_text(json.dumps({
        "clip-1.wav": ["SPEAKER_04", [{"start": 0.2, "end": 3.5, "content": "I'm your host."},
                                      {"start": 3.8, "end": 6.1, "content": "Here with my guests."}]],
        "clip-2.wav": ["SPEAKER_09", [{"start": 13.8, "end": 14.3, "content": "How are you?"}]]}), encoding="utf-8")
    t = load_transcript(path)
    assert [(u.speaker, u.start, u.text) for u in t.turns] == [
        ("SPEAKER_04", 0.2, "I'm your host. Here with my guests."), ("SPEAKER_09", 13.8, "How are you?")]


def test_court_json_with_sections_of_turns_and_text_blocks(tmp_path: Path):
    def turn(name: str, *blocks: str) -> dict:
        return {"speaker": {"name": name, "last_name": name.split()[-1]}, "text_blocks": [{"text": b} for b in blocks]}
    path = tmp_path / "argument.json"
    path.write_text(json.dumps({"id": 1, "transcript": {"sections": [
        {"turns": [turn("John G. Roberts, Jr.", " We will hear argument first.", "Mr. Ginzburg."),
                   turn("Daniel Ginzburg", "Thank you, Mr. Chief Justice.")]},
        {"turns": [turn("Lisa S. Blatt", "Mr. Chief Justice, and may it please the Court."),
                   turn("Sonia Sotomayor", "Could Congress write such a rule?")]}]}}), encoding="utf-8")
    t = load_transcript(path)
    assert [(u.speaker, u.text) for u in t.turns] == [
        ("John G. Roberts, Jr.", "We will hear argument first. Mr. Ginzburg."),
        ("Daniel Ginzburg", "Thank you, Mr. Chief Justice."),
        ("Lisa S. Blatt", "Mr. Chief Justice, and may it please the Court."),
        ("Sonia Sotomayor", "Could Congress write such a rule?")]


def test_speechmatics_first_format_words_and_speaker_spans(tmp_path: Path):
    path = tmp_path / "job.json"
    words = [("Goals", "0.12"), ("and", "0.63"), ("hopes", "0.99"), (".", "1.23"), ("Thanks", "3.10")]
    path.write_text(json.dumps({"format": "1.0", "job": {"lang": "en-US"},
                                "speakers": [{"name": "M1", "time": "0.10", "duration": "2.0"},
                                             {"name": "F2", "time": "3.0", "duration": "1.0"}],
                                "words": [{"name": w, "time": t, "duration": "0.3"} for w, t in words]}),
                    encoding="utf-8")
    t = load_transcript(path)
    assert [(u.speaker, u.text) for u in t.turns] == [("M1", "Goals and hopes."), ("F2", "Thanks")]


def test_a_transcript_kept_in_markdown_front_matter(tmp_path: Path):
    path = tmp_path / "episode.md"
    lines = [("Alexey", 104, "This week we talk about Bayesian modeling."), ("Rob", 127, "Yes!"),
             ("Alexey", 129, "Sudoku Hakaru."), ("Rob", 131, "It means to measure."), ("Alexey", 140, "Right.")]
    path.write_text("---\ntitle: Bayesian modeling\ntranscript:\n- header: Introduction\n" + "".join(
        f"- line: {words}\n  sec: {sec}\n  who: {who}\n" for who, sec, words in lines) + "---\n\nShow notes.\n",
        encoding="utf-8")
    t = load_transcript(path)
    assert [(u.speaker, u.start) for u in t.turns] == [(who, float(sec)) for who, sec, _ in lines]


def test_captions_naming_no_one_in_front_matter_join_as_timed_turns_without_spaces_in_japanese(tmp_path: Path):
    """An Astro page's ``transcriptText:`` list of ``{time, text}`` caption fragments (no speaker, words cut
    mid-phrase): timed turns cut at pauses, Japanese fragments joined without spaces; chapters are no turns."""
    captions = [("00:00", "今回は私の弱みを"), ("00:02", "暴露します。"), ("00:04", "伝え方に"),
                ("00:05", "こだわりがあります。"), ("01:30", "ここまで聞いてくださって"),
                ("01:32", "ありがとうございます。")]
    path = tmp_path / "ep6.mdx"
    path.write_text("---\npageTitle: 'ナオの音声ブログ'\nchapters:\n- time: '00:00'\n  title: '弱み'\n"
                    "transcriptText:\n" + "".join(f"- time: '{at}'\n  text: '{words}'\n" for at, words in captions)
                    + "---\n\n## 関連リンク\n", encoding="utf-8")
    t = load_transcript(path)
    assert [(u.speaker, u.start, u.text) for u in t.turns] == [
        (UNKNOWN_SPEAKER, 0.0, "今回は私の弱みを暴露します。伝え方にこだわりがあります。"),
        (UNKNOWN_SPEAKER, 90.0, "ここまで聞いてくださってありがとうございます。")]


PCA = {"ConversationAnalytics": {"SpeakerLabels": [{"Speaker": "spk_0", "DisplayText": "Agent"},
                                                   {"Speaker": "spk_1", "DisplayText": "Caller"}]},
       "SpeechSegments": [
           {"SegmentStartTime": 0.6, "SegmentEndTime": 3.1, "SegmentSpeaker": "spk_1",
            "OriginalText": "Thank you for calling support.", "DisplayText": "Thank you for calling support."},
           {"SegmentStartTime": 3.7, "SegmentEndTime": 7.2, "SegmentSpeaker": "spk_0",
            "OriginalText": "hi my router is down", "DisplayText": "Hi, my router is down."}]}


def test_amazon_post_call_analytics_segments_keep_their_labels(tmp_path: Path):
    """The pipeline's own label map can be wrong (here the 'Caller' greets for the help desk): labels stay."""
    call = written(tmp_path, "call.json", json.dumps(PCA))
    assert call.format == "json (turns at 'SpeechSegments')"
    assert [(t.speaker, t.text, t.start) for t in call.turns] == [
        ("spk_1", "Thank you for calling support.", 0.6), ("spk_0", "Hi, my router is down.", 3.7)]


def test_word_level_output_of_no_known_schema_is_split_into_unnamed_turns(tmp_path: Path):
    """Vosk's ``result`` and a captioning script's lists of word groups: timed words anywhere in the document."""
    spoken = "so let's go back to the problem . " * 3 + "people collapse in the direction of their weakness"
    starts = [round(0.4 * i + (30 if i >= 24 else 0), 2) for i in range(len(spoken.split()))]  # a pause, then
    words = [{"word": w, "start": t, "end": t + 0.3, "conf": 1.0} for w, t in zip(spoken.split(), starts, strict=True)]
    vosk = written(tmp_path, "vosk.json", json.dumps({"result": words, "text": " ".join(spoken.split())}))
    assert vosk.format == "json (words)"
    assert [t.speaker for t in vosk.turns] == [UNKNOWN_SPEAKER] * len(vosk.turns) and len(vosk.turns) >= 2
    assert said(vosk, "collapse in the direction of their weakness") == UNKNOWN_SPEAKER
    assert vosk.turns[-1].start == 39.6 and "problem." in vosk.turns[0].text  # own start; punctuation glued
    groups = [[{"startTime": w["start"], "endTime": w["end"], "word": w["word"]} for w in words[i:i + 4]]
              + [{"intervalBatchOfWords": {"words": " ".join(w["word"] for w in words[i:i + 4])}}]
              for i in range(0, len(words), 4)]
    nested = written(tmp_path, "captions.json", json.dumps(groups))
    assert [t.text for t in nested.turns] == [t.text for t in vosk.turns]


def test_turns_kept_in_mappings_are_found_by_their_keys_each_once(tmp_path: Path):
    """Speech records of the Diet's API grouped by bill and party: no list of turns, one speech under two bills."""
    record = {"speaker": "岩渕友", "speech": "○岩渕友君　私は、日本共産党を代表して反対します。", "date": "2020-06-12"}
    other = {"speaker": "東徹", "speech": "○東徹君　日本維新の会は賛成します。", "date": "2020-06-12"}
    third = {"speaker": "鈴木宗男", "speech": "○鈴木宗男君　全額を寄附することに決めました。", "date": "2020-06-12"}
    votes = {"令和二年度一般会計補正予算": {"日本共産党": record, "日本維新の会": other},
             "国家公務員等の任命に関する件": {"日本共産党": record, "無所属": third}}
    diet = written(tmp_path, "party_opinions_201.json", json.dumps(votes, ensure_ascii=False))
    assert diet.format == "json (turns found by their keys)"
    assert [t.speaker for t in diet.turns] == ["岩渕友", "東徹", "鈴木宗男"]
    assert said(diet, "全額を寄附することに決めました") == "鈴木宗男"


def test_a_dataset_s_turns_with_lists_of_names_and_lines(tmp_path: Path):
    """CRD3: keys in capitals, each turn's speakers as a list and its words as a list of lines."""
    turns = [{"NAMES": ["MATT"], "UTTERANCES": ["Hello everyone.", "Welcome to the first episode."], "NUMBER": 0},
             {"NAMES": ["LAURA", "TRAVIS"], "UTTERANCES": ["Yay!"], "NUMBER": 1},
             {"NAMES": ["TRAVIS"], "UTTERANCES": ["Right, listen up!", "If you have ale, you have a friend."],
              "NUMBER": 2}]
    doc = {"METADATA": {"Synopsis": [{"heading": "Pre-Show", "content": ["The cast greets the audience."]}]},
           "TURNS": turns}
    episode = written(tmp_path, "C1E001.json", json.dumps(doc))
    assert episode.format == "json (turns at 'TURNS')"
    assert [(t.speaker, t.text) for t in episode.turns] == [
        ("Matt", "Hello everyone. Welcome to the first episode."), ("Laura & Travis", "Yay!"),
        ("Travis", "Right, listen up! If you have ale, you have a friend.")]


def test_council_speeches_with_their_words_under_transcription(tmp_path: Path):
    """A council's diarised speeches: the words under ``transcription``, the chair's turns with none (left out)."""
    speeches = [{"speaker": "Dr. Belas", "start": 1, "duration": 20, "isChairPerson": True, "transcription": None},
                {"speaker": "Marcel Guderjahn", "start": 87, "duration": 71, "transcription": "Wir hatten den Antrag."},
                {"speaker": "Jörg Rehbaum", "start": 173, "duration": 50, "transcription": "Herzlichen Dank."}]
    t = written(tmp_path, "session-speeches-2025-03-17.json", json.dumps(speeches, ensure_ascii=False))
    assert [(u.speaker, u.start, u.text) for u in t.turns] == [
        ("Marcel Guderjahn", 87.0, "Wir hatten den Antrag."), ("Jörg Rehbaum", 173.0, "Herzlichen Dank.")]


def test_whisper_segments_kept_as_a_mapping_of_their_numbers(tmp_path: Path):
    """SoccerNet-Echoes' Whisper output keeps ``segments`` as ``{"0": [start, end, text]}``: read in number order
    (not the keys' text order), unlabelled, as Whisper's list is; a mapping of anything else is still refused."""
    segments = {str(i): [i * 5.0, i * 5.0 + 4.0, f"Words of segment {i}."] for i in (10, 2, 0, 1)}
    t = written(tmp_path, "1_asr.json", json.dumps({"segments": segments}))
    assert [turn.speaker for turn in t.turns] == [UNKNOWN_SPEAKER] * len(t.turns)
    text = " ".join(turn.text for turn in t.turns)
    assert text.index("segment 0.") < text.index("segment 1.") < text.index("segment 2.") < text.index("segment 10.")
    with pytest.raises(IngestError, match="unknown JSON schema"):
        written(tmp_path, "other.json", json.dumps({"segments": {"0": {"note": 1}}}))


def test_a_log_naming_each_line_by_its_role_credits_the_role_and_a_name_beside_it_wins(tmp_path: Path):
    """A counselling chat (KokoroChat) names each message's ``role`` only: the counselor and the client are its
    speakers, not one unknown voice; an item giving a name as well as a role is credited to the name."""
    lines = [("counselor", "今日はよろしくお願いいたします。"), ("client", "5年くらいになります。"),
             ("counselor", "ご家族、または公共機関に頼ってください。")]
    doc = {"dialogue": [{"role": r, "time": "2020-12-25T13:25:23", "utterance": u} for r, u in lines]}
    t = written(tmp_path, "1000.json", json.dumps(doc, ensure_ascii=False))
    assert [turn.speaker for turn in t.turns] == ["counselor", "client", "counselor"]
    named = [{"role": "chair", "speaker": "Ann Lee", "text": "We begin."},
             {"role": "member", "speaker": "Bo Kim", "text": "Thank you."}]
    minutes = written(tmp_path, "minutes.json", json.dumps(named))
    assert [turn.speaker for turn in minutes.turns] == ["Ann Lee", "Bo Kim"]


def test_a_dataset_of_dialogues_is_read_whole_not_its_longest_dialogue(tmp_path: Path):
    """ACI-BENCH keeps each doctor's visit as a string of ``[doctor]`` / ``[patient]`` lines under ``data[i].src``,
    beside its clinical note: every visit is read, in order, not only the longest one; a speaker's bracket once
    over an empty line (an utterance the dataset lost) stays a speaker."""
    def visit(i: int, lines: int) -> dict[str, str]:
        turns = [f"[doctor] question {i}.{k} for you ?\n[patient] answer {i}.{k} from me ." for k in range(lines)]
        return {"src": "\n".join(turns) + ("\n[doctor]" if i == 1 else ""), "tgt": f"CHIEF COMPLAINT\n\nVisit {i}."}
    doc = {"data": [visit(0, 11), visit(1, 14), visit(2, 12)]}
    t = written(tmp_path, "valid.json", json.dumps(doc))
    assert said(t, "answer 0.2 from me") == said(t, "answer 2.3 from me") == "patient"
    assert said(t, "question 2.0 for you") == "doctor"
    assert not any("CHIEF COMPLAINT" in turn.text for turn in t.turns)


def test_a_council_app_s_talks_name_their_words_said(tmp_path: Path):
    """A council meeting app keeps its talks as ``speaker`` and ``said`` beside lists of sections and topics."""
    doc = {"sections": ["Invocation", "Public Comment"], "topics": ["", "Pave 4th St."],
           "talks": [{"speaker": "COUNCIL PRESIDENT CLARKE", "said": "    The hour has come.\n", "section": None},
                     {"speaker": "COUNCILMAN JONES", "said": "    Thank you, Mr. President.\n", "section": None}]}
    t = written(tmp_path, "ToTag.json", json.dumps(doc))
    assert [(turn.label, turn.text) for turn in t.turns] == [
        ("COUNCIL PRESIDENT CLARKE", "The hour has come."), ("COUNCILMAN JONES", "Thank you, Mr. President.")]


def test_youtube_captions_saved_as_json3_are_read_as_timed_words(tmp_path: Path):
    """YouTube's caption track as yt-dlp saves it (``json3``): ``events`` with start and duration in milliseconds
    and ``segs`` of words, a window-setup event and line breaks among them; no one is named, so the words are no
    one's, cut at pauses; in a ``.json3`` file too."""
    events = [{"tStartMs": 0, "dDurationMs": 120000, "id": 1, "wpWinPosId": 1},
              {"tStartMs": 2399, "dDurationMs": 6801, "segs": [{"utf8": "hey"}, {"utf8": " in", "tOffsetMs": 400},
                                                                {"utf8": " today's lesson"}]},
              {"tStartMs": 5000, "aAppend": 1, "segs": [{"utf8": "\n"}]},
              {"tStartMs": 9200, "dDurationMs": 3000, "segs": [{"utf8": "we speak English"}]},
              {"tStartMs": 60000, "dDurationMs": 2000, "segs": [{"utf8": "after a long pause"}]}]
    doc = {"wireMagic": "pb3", "pens": [{}], "events": events}
    t = written(tmp_path, "lesson.en.json3", json.dumps(doc))
    assert t.format.startswith("json (YouTube captions (json3))")
    assert {turn.speaker for turn in t.turns} == {UNKNOWN_SPEAKER}
    assert "hey in today's lesson" in t.turns[0].text and t.turns[0].start == 2.399
    holding = {words: next(i for i, turn in enumerate(t.turns) if words in turn.text)
               for words in ("we speak English", "after a long pause")}
    assert holding["we speak English"] < holding["after a long pause"]  # cut at the pause


def test_a_scene_keeping_its_lines_as_parallel_lists_of_speakers_and_utterances(tmp_path: Path):
    """A sitcom dataset (MaSaC) keeps each scene as parallel lists, ``speakers`` beside ``utterances``: a turn each,
    credited to its speaker, not the scene's lines as one unknown voice."""
    scenes = [{"episode": "e1.wmv", "speakers": ["monisha", "indravardhan", "monisha"],
               "utterances": ["kamse kam tera toka toh limited hota", "ye rahe divorce ke kaagajaat", "theek hai"],
               "emotions": ["anger", "neutral", "joy"]},
              {"episode": "e2.wmv", "speakers": ["rosesh", "maya"], "utterances": ["welcome ji", "oh god"]}]
    t = written(tmp_path, "MaSaC_val_erc.json", json.dumps(scenes))
    assert [(turn.speaker, turn.text) for turn in t.turns][:3] == [
        ("monisha", "kamse kam tera toka toh limited hota"), ("indravardhan", "ye rahe divorce ke kaagajaat"),
        ("monisha", "theek hai")]
    assert said(t, "welcome ji") == "rosesh" and said(t, "oh god") == "maya"


def test_a_dataset_of_dialogues_each_a_list_of_labelled_lines_is_read_by_its_labels(tmp_path: Path):
    """Online consultations kept as a JSON list of dialogues, each a list of ``病人：…`` / ``医生：…`` strings of its
    own length: lines of dialogue read by their labels, not table rows (which are all as wide as one another)."""
    dialogues = [[f"病人：第{n}位，嗓子疼三四天了。", f"医生：第{n}位您好，有发烧吗？", "病人：没有发烧。"][: 2 + n % 2]
                 for n in range(10)]
    dialogues += [["病人：喉咙痒干咳出来白痰。", "医生：建议多喝水，观察几天。"],
                  ["病人：孩子咳嗽一周了。", "医生：有没有痰？", "病人：有一点白痰。", "医生：可以先雾化。"]]
    path = tmp_path / "test_data.json"
    path.write_text(json.dumps(dialogues, ensure_ascii=False, indent=4), encoding="utf-8")
    t = load_transcript(path)
    assert said(t, "建议多喝水，观察几天") == "医生"
    assert said(t, "孩子咳嗽一周了") == "病人"


def test_a_rehearsal_app_s_scripts_name_speakers_by_ids_a_cast_list_names(tmp_path: Path):
    """A TypeScript module that imports its types, then exports scripts whose sections' lines name a ``characterId``
    that each script's ``cast`` gives a display name: every section of every script read, the names shown."""
    scripts = [{"id": "lemonstre", "title": "Le Monstre",
                "cast": [{"id": "nob", "displayName": "Nob"}, {"id": "tim", "displayName": "Tim"}],
                "sections": [{"id": "act1", "displayName": "Act 1", "lines": [
                    {"id": "l1", "characterId": "nob", "text": "Tim. Réveille-toi."},
                    {"id": "l2", "characterId": "tim", "text": "Il est trop tôt."}]},
                    {"id": "act2", "displayName": "Act 2", "lines": [
                        {"id": "l3", "characterId": "nob", "text": "Viens voir l'animal."},
                        {"id": "l4", "characterId": "tim", "text": "Quel animal?"}]}]}]
    path = tmp_path / "scripts.ts"
    path.write_text('import { ScriptType } from "../types/script";\n\nexport const scripts: ScriptType[] = '
                    + json.dumps(scripts, ensure_ascii=False, indent=4) + ";\n", encoding="utf-8")
    t = load_transcript(path)
    assert [(u.speaker, u.text) for u in t.turns] == [("Nob", "Tim. Réveille-toi."), ("Tim", "Il est trop tôt."),
                                                      ("Nob", "Viens voir l'animal."), ("Tim", "Quel animal?")]



def test_a_label_studio_export_of_transcribed_audio_regions(tmp_path: Path):
    """Label Studio's JSON export: tasks, each an annotation's regions; a region's transcription (``textarea``)
    is credited to the label its other result gives (``Speaker 1``), and a class of audio (``Speech``) names no
    one."""
    def region(rid: str, start: float, label: object, text: str, control: str = "labels") -> list[dict]:
        value = {"start": start, "end": start + 2.0, "channel": 0}
        return [{"id": rid, "from_name": control, "type": "labels", "value": {**value, "labels": [label]}},
                {"id": rid, "from_name": "transcription", "type": "textarea", "value": {**value, "text": [text]}}]

    tasks = [{"id": 4, "annotations": [{"id": 3, "result": [
        *region("a1", 1.0, "Speaker 1", "Battalion 2710, how do you copy?"),
        *region("a2", 40.0, "Speaker 2", "Loud and clear on command two."),
        *region("a3", 90.0, "Speech", "Truck 26 you can return to quarters."),
        *region("a4", 130.0, "Complaint", "The siren woke the whole street.", control="intent"),  # no speaker
        *region("a5", 170.0, 5, "Engine five is back in service."),
        *region("a6", 210.0, "Speaker one", "Copy that, heading back now.", control="label")]}],  # the diarization
        "data": {"audio": "a.mp3"}},  # template's control and values
        {"id": 5, "annotations": [{"id": 4, "result": region("b1", 2.0, "Speaker 1", "Code two medical fifteen.")}]}]
    t = written(tmp_path, "playground_export.json", json.dumps(tasks))
    assert t.format == "json (Label Studio (2 records))"
    assert said(t, "how do you copy") == said(t, "medical fifteen") == "SPEAKER_01"  # as diarized labels are written
    assert said(t, "Loud and clear") == "SPEAKER_02"
    assert said(t, "Truck 26") == said(t, "siren woke") == UNKNOWN_SPEAKER
    assert said(t, "Engine five") == "SPEAKER_05"  # a number as the label: a diarized speaker's
    assert said(t, "Copy that") == "Speaker one"


def test_nist_segment_time_marks(tmp_path: Path):
    """An STM reference: comments, category labels, alternations read as their first choice, NIST's stand-ins for
    no one left out; several recordings in one file, each in time order; a line that is no segment is an error."""
    stm = (';; CATEGORY "0" "" ""\n;; LABEL "O" "Overall" "Overall Scores"\n'
           "2347 a 2347-a 1.06 3.47 <O,WA> i've { um / uh } as far as i'm concerned\n"
           "2347 b 2347-b 0.20 1.00 <O,WA> all right\n2347 a 2347-a 3.50 4.00 <O,NA>\n"
           "2347 a inter_segment_gap 4.00 5.00 <O>\n2347 b 2347-b 5.10 9.00 <O,WA> i was a school teacher { @ / uh }\n"
           "SBC001 1 0001_LENORE 6.31 9.21 So you don't need to go borrow equipment,\n"
           "SBC001 1 0003_LYNNE 15.01 16.78 Well,\n")
    t = written(tmp_path, "lvc_refe.stm", stm)
    assert t.format == "stm"
    assert [(u.speaker, u.start, u.text) for u in t.turns] == [
        ("2347-b", 0.2, "all right"), ("2347-a", 1.06, "i've um as far as i'm concerned"),
        ("2347-b", 5.1, "i was a school teacher"), ("0001_LENORE", 6.31, "So you don't need to go borrow equipment,"),
        ("0003_LYNNE", 15.01, "Well,")]
    assert written(tmp_path, "no_suffix.txt", stm).format == "stm"  # told by its lines, whatever its name
    with pytest.raises(IngestError, match="not an STM segment at line 2"):
        written(tmp_path, "broken.stm", "2347 a 2347-a 1.06 3.47 hello\nthis is no segment\n")


def test_timed_words_naming_their_speaker(tmp_path: Path):
    """Word-level JSON of no known schema whose words carry ``spk`` (Spjallrómur's conversations): the words are
    their speaker's, turns changing where the speaker does."""
    words = [("Við", 6.0, "a"), ("eigum", 6.42, "a"), ("að", 6.69, "a"), ("spjalla.", 6.78, "a"),
             ("Já,", 8.0, "b"), ("ókei.", 8.3, "b"), ("Ég", 9.1, "a"), ("er", 9.3, "a"), ("hér", 9.5, "a"),
             ("í", 9.7, "a"), ("dag.", 9.9, "a")]
    doc = {"metadata": {"speaker_a": {"age": "30-39"}}, "words": [
        {"word": w, "norm_word": w.lower(), "start": s, "end": s + 0.2, "spk": k} for w, s, k in words]}
    t = written(tmp_path, "combined.json", json.dumps(doc, ensure_ascii=False))
    assert [(u.speaker, u.text) for u in t.turns] == [("a", "Við eigum að spjalla."), ("b", "Já, ókei."),
                                                      ("a", "Ég er hér í dag.")]


def test_tables_and_diarisation_lists_are_no_stm(tmp_path: Path):
    """Lines shaped nearly as STM segments that are something else: a tab-separated table with its header, RTTM's
    ``SPEAKER`` records (a channel number where STM's speaker is); a sound tag after a cue's timing names no one."""
    rows = "id\tspeaker\tstart\tend\ttext\n" + "".join(
        f"{i}\t{name}\t{i}.0\t{i}.5\tWords number {i}.\n" for i, name in enumerate(["John Smith", "Mary Jones"] * 3))
    assert {u.speaker for u in written(tmp_path, "rows.txt", rows).turns} == {"John Smith", "Mary Jones"}
    rttm = "".join(f"SPEAKER call 1 {s:.2f} 1.50 <NA> <NA> spk{s % 2:.0f} <NA> <NA>\n" for s in range(6))
    assert written(tmp_path, "call.rttm.txt", rttm + "\nJane: Hello.\n").format != "stm"
    music = written(tmp_path, "music.srt", "00:00:00,000 --> 00:00:04,000 [Music]\nLa la la.\n\n"
                    "00:00:04,500 --> 00:00:06,000 [speaker_1]\nHello there.\n")
    assert "Music" not in music.speakers and said(music, "Hello there") == "speaker_1"
