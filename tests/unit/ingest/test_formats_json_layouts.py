"""JSON kept in layouts of its own: interviews as question-and-answer pairs (a site's data, in JSON or a script),
a tutoring session's ``dialogue`` items with ``stop`` times, and a news transcript scraped into one string whose
paragraphs are spaces apart, beside a sentence-by-sentence breakdown of it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from qa_bot.errors import IngestError
from qa_bot.ingest.speakers import UNKNOWN_SPEAKER
from tests.conftest import said, written

PAIRS = [{"question": "Hoeveel trainingen is dat per week?", "answer": "We trainen zes keer per week."},
         {"image": "01.jpg"},
         {"question": "U bent ook docent?", "answer": "Ik ben nog altijd docent bij Voetbal Vlaanderen."}]


def test_an_interview_kept_as_question_and_answer_pairs_credits_the_person_its_object_names(tmp_path: Path):
    """The object holding the pairs names its interviewee in a field of its own (``trainer``): the answers are
    theirs, the questions no one's named, the image between them no turn."""
    data = [{"id": 1, "trainer": "Eddy Vanhemel", "thumbnail": "01_Eddy.jpg", "text": PAIRS},
            {"id": 2, "trainer": "Werner Martens", "text": [
                {"question": "Hoe begon het?", "answer": "Als speler bij de jeugd van Lierse."},
                {"question": "En nu?", "answer": "Nu train ik de beloften."}]}]
    t = written(tmp_path, "interviews.json", json.dumps(data))
    assert said(t, "zes keer per week") == said(t, "nog altijd docent") == "Eddy Vanhemel"
    assert said(t, "jeugd van Lierse") == "Werner Martens"
    assert said(t, "Hoeveel trainingen") == UNKNOWN_SPEAKER and len(t.turns) == 8
    assert "question and answer pairs" in t.format
    module = written(tmp_path, "interviews.js", "export const interviews = " + json.dumps(data) + ";\n")
    assert said(module, "zes keer per week") == "Eddy Vanhemel"
    unnamed = written(tmp_path, "faq.json", json.dumps({"faq": PAIRS}))
    assert said(unnamed, "zes keer per week") == UNKNOWN_SPEAKER


def test_items_with_dialogue_and_stop_fields_are_timed_turns(tmp_path: Path):
    """A tutoring session's speech-to-text: ``{start, stop, speaker, dialogue}`` items, times as ``mm:ss.cc``."""
    items = [{"start": "00:00.00", "stop": "00:05.16", "speaker": "Tutor", "dialogue": "Do you see my pointer?"},
             {"start": "00:05.16", "stop": "00:06.16", "speaker": "Student", "dialogue": "Yep."},
             {"start": "01:06.16", "stop": "01:07.40", "speaker": "None", "dialogue": "Hello?"}]
    t = written(tmp_path, "4245.json", json.dumps(items))
    assert [(u.speaker, u.start, u.end) for u in t.turns] == [
        ("Tutor", 0.0, 5.16), ("Student", 5.16, 6.16), (UNKNOWN_SPEAKER, 66.16, 67.4)]


def test_a_transcript_scraped_into_one_string_beside_its_sentences_scored_one_by_one(tmp_path: Path):
    """A news show's JSON: the transcript in one string, its paragraphs three spaces apart and opened by labels
    in capitals, beside a breakdown of its sentences with their scores: the labelled transcript is read, not
    the sentences as no one's words."""
    said_by = [("ANDERSON COOPER, CNN HOST", "Good evening. We begin tonight with new developments."),
               ("JEFFREY TOOBIN, CNN LEGAL ANALYST", "They have to have evidence in front of the grand jury."),
               ("COOPER", "Thanks, Jeffrey."), ("TOOBIN", "Glad to be here tonight, Anderson.")] * 6
    paragraphs = [f"{label}:  {words}" for label, words in said_by]
    sentences = [[0.1, sentence] for _, words in said_by for sentence in words.split(". ")]
    data = {"title": "Anderson Cooper 360 Degrees", "transcript": "   ".join(paragraphs),
            "sentence_breakdown": [{"negative_polarities": sentences}]}
    t = written(tmp_path, "acd_01.json", json.dumps(data))
    assert {u.speaker for u in t.turns if "Good evening" in u.text} == {"Anderson Cooper"}
    assert {u.speaker for u in t.turns if "grand jury" in u.text} == {"Jeffrey Toobin"}
    assert UNKNOWN_SPEAKER not in t.speakers


def test_an_earnings_call_whose_vendor_prefixes_its_keys_and_segments_naming_a_person_by_slug(tmp_path: Path):
    """S&P's transcripts keep the words in ``componenttext`` and the speaker in ``transcriptpersonname``; a
    meeting's curated segments name theirs by ``person_slug``."""
    parts = [("Operator", "Good day. My name is Savannah, your conference operator."),
             ("Steven Demetriou", "Thank you, John. Raising the bottom was an indication of confidence."),
             ("Adam Bubes", "How are you thinking about recent FX movements?")]
    data = [{"componentorder": str(i), "componenttext": words, "transcriptpersonname": who, "title": ""}
            for i, (who, words) in enumerate(parts)]
    t = written(tmp_path, "2551380.json", json.dumps(data))
    assert [u.speaker for u in t.turns] == [who for who, _ in parts]
    segments = "".join(json.dumps({"person_slug": who, "text": words, "start_secs": 60 * i}) + "\n"
                       for i, (who, words) in enumerate([("mike-edgington", "Call the meeting to order."),
                                                         ("cathy-giessel", "We will see more revenue.")]))
    assert said(written(tmp_path, "segments.jsonl", segments), "more revenue") == "cathy-giessel"


def test_a_game_s_lines_kept_beside_their_translation_under_a_speaker_object(tmp_path: Path):
    """A detective game's dialogue: ``"Words": [Chinese, English]`` beside a ``Speaker`` object whose ``Name`` is
    a list of the name in each language: the line is both versions, its speaker one person."""
    lines = [("James O'Sullivan", "后厨不接待客人。你找谁？", "Kitchen is closed to guests."),
             ("Zack Brennan", "干侦探这行，倒也没见得好到哪去。", "Being a detective is no better."),
             ("James O'Sullivan", "客人点了夜宵，我下去送了一趟。", "A guest ordered a late snack.")]
    data = [{"id": str(i), "Speaker": {"id": "107", "Name": [who, who], "role": "2"}, "Words": [zh, en]}
            for i, (who, zh, en) in enumerate(lines)]
    t = written(tmp_path, "james_001.json", json.dumps(data, ensure_ascii=False))
    assert said(t, "干侦探这行") == "Zack Brennan" and said(t, "late snack") == "James O'Sullivan"


def test_a_yaml_document_of_speeches_is_read_as_json_is(tmp_path: Path):
    """A debate site's YAML (``- debater_name: Alec`` over ``content: …``): each speech its debater's, not a
    ``content:`` label's; a YAML file holding no turns is still read as running text."""
    speeches = ("- debater_name: Alec\n  content: 'The US military saves more lives than it takes.'\n"
                "- debater_name: blamonkey\n"
                "  content: \"**C1: Waste**\\n\\nMost of the budget funds useless projects.\"\n"
                "- debater_name: Alec\n  content: China is not feasibly defeatable.\n")
    t = written(tmp_path, "debate.yml", speeches)
    assert t.format.startswith("yaml")
    assert said(t, "saves more lives") == said(t, "not feasibly") == "Alec"
    assert said(t, "useless projects") == "blamonkey" and "content" not in t.speakers
    notes = written(tmp_path, "notes.yaml", "Jane: Good morning, everyone.\nRaj: The outage started at two.\n")
    assert [u.speaker for u in notes.turns] == ["Jane", "Raj"]


def test_a_yaml_document_of_aliases_is_not_expanded(tmp_path: Path):
    """Nested YAML aliases (a few lines that expand beyond memory) and dates as keys: read as running text,
    quickly, never expanded nor a traceback."""
    bomb = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join([f'*{chr(97 + i)}'] * 9)}]\n" for i in range(7))
    t = written(tmp_path, "laughs.yml", bomb + "\nJane: Hello there.\nRaj: Hello.\n")
    assert said(t, "Hello there") == "Jane"
    with pytest.raises(IngestError, match="no speaker labels"):  # a clear refusal, as for such running text
        written(tmp_path, "diary.yml", "2023-05-01:\n  Jane: We met at noon.\n2023-05-02:\n  Raj: Rain all day.\n")
