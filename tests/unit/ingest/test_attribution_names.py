"""Speaker names: two labels become one person only when one is plainly a short form of the other."""

from __future__ import annotations

import pytest

from qa_bot.ingest import load_transcript
from qa_bot.ingest.speakers import (
    UNKNOWN_SPEAKER,
    Utterance,
    build_turns,
    canonical_names,
    display_name,
    timed_turns,
)
from tests.conftest import said


@pytest.mark.parametrize(
    "labels",
    [
        ["THE PRESIDENT", "THE VICE PRESIDENT"],
        ["Chair", "Vice Chair"],
        ["MR. SMITH", "MRS. SMITH"],
        ["Prime Minister", "Minister"],
        ["Jane Smith", "Jane Doe", "JANE"],
        ["Dr. Smith", "Prof. Smith"],
        ["Speaker A", "Speaker B"],  # a trailing letter is no article
        ["Person A", "Person B", "A"],
        ["Ross Geller", "Julie and Ross Geller", "Julie"],  # two people speaking together are neither alone
        ["THE PRESIDENT", "HE PRESIDENT"],  # a typo of an office is no short form of it
        ["The Chair (Hon. Anthony Rota)", "The Chair (Mr. Bruce Stanton)"],  # an office held in turn
        ["CONGREGANT (Linda)", "CONGREGANT (Joe)"],  # a role, told apart by the names written after it
    ],
)
def test_different_people_stay_apart(labels: list[str]):
    names = canonical_names(labels)
    assert len(set(names.values())) == len(labels), names


def test_a_surname_two_people_share_is_neither_s_when_one_speaks_under_an_office():
    """Hansard, 1985: "Mr. Walker" answers at the dispatch box, where the record names "The Secretary of State for
    Energy (Mr. Peter Walker)" once and "Mr. Bill Walker" asks elsewhere: the surname alone is not Bill's."""
    names = canonical_names(["The Secretary of State for Energy (Mr. Peter Walker)", "Mr. Peter Walker",
                             "Mr. Peter Walker", "Mr. Bill Walker (Tayside, North)", "Mr. Walker", "Mr. Walker"])
    assert names["Mr. Walker"] not in (names["Mr. Bill Walker (Tayside, North)"], names["Mr. Peter Walker"])


def test_initials_of_one_full_name_are_that_person_and_of_two_no_one_s():
    """A podcast page names a speaker in full at a first turn, by initials after ("[Adám Brudzewsky]", "[AB]")."""
    names = canonical_names(["Adám Brudzewsky", "Conor Hoekstra", "AB", "CH", "Jesus López-González", "JLG"])
    assert names["AB"] == "Adám Brudzewsky" and names["CH"] == "Conor Hoekstra"
    assert names["JLG"] == "Jesus López-González"
    assert canonical_names(["Anna Black", "Alan Brown", "AB"])["AB"] == "AB"  # whose initials: unknown


def test_short_forms_join_the_full_name():
    names = canonical_names(["LAVROV", "S.Lavrov", "Sergey Lavrov", "Mr. Lavrov"])
    assert set(names.values()) == {"Sergey Lavrov"}
    assert canonical_names(["THE PRESIDENT", "PRESIDENT"]) == dict.fromkeys(["THE PRESIDENT", "PRESIDENT"],
                                                                            "The President")
    assert canonical_names(["Mayor Ruth Ade", "RUTH ADE"])["RUTH ADE"] == "Mayor Ruth Ade"


def test_a_short_form_two_people_could_have_stays_alone():
    """Beside Mr. and Mrs. Smith, "Jane Smith" could be either: nobody is merged."""
    names = canonical_names(["Jane Smith", "MR. SMITH", "MRS. SMITH"])
    assert names == {"Jane Smith": "Jane Smith", "MR. SMITH": "Mr. Smith", "MRS. SMITH": "Mrs. Smith"}


def test_untimed_utterance_without_a_speaker_is_unknown_not_the_previous_speaker():
    turns = build_turns("t", [Utterance("Hello.", "Ann"), Utterance("Who said this?")])
    assert [(t.speaker, t.speaker_inferred) for t in turns] == [("Ann", False), (UNKNOWN_SPEAKER, True)]


def test_a_mark_is_kept_as_label_but_the_name_stays_inferred():
    turns = build_turns("t", [Utterance("Yes.", speaker="JOHN DOE", mark="A.")])
    assert [(t.speaker, t.speaker_inferred, t.label) for t in turns] == [("John Doe", True, "A.")]


def test_long_unlabelled_speech_is_cut_into_timed_turns():
    """Two hours of two-second sentences without a pause: turns of tens of seconds, each with its start."""
    pieces = [Utterance(f"Sentence {i}.", speaker=UNKNOWN_SPEAKER, start=2.0 * i, end=2.0 * i + 2)
              for i in range(3600)]
    turns = timed_turns("t", pieces)
    assert 120 <= len(turns) <= 400
    assert all(t.speaker == UNKNOWN_SPEAKER and t.speaker_inferred for t in turns)
    assert all(t.end - t.start <= 60 for t in turns)
    assert [t.start for t in turns] == sorted({t.start for t in turns})
    assert " ".join(t.text for t in turns) == " ".join(p.text for p in pieces)


def test_words_without_punctuation_are_cut_at_a_breath_or_the_hard_limit():
    words = [Utterance("word", speaker=UNKNOWN_SPEAKER, start=0.3 * i, end=0.3 * i + 0.3) for i in range(1000)]
    turns = timed_turns("t", words)
    assert all(t.end - t.start <= 60.5 for t in turns) and len(turns) >= 5
    breath = [*words[:100], Utterance("after", speaker=UNKNOWN_SPEAKER, start=31.0, end=31.5)]
    assert [t.start for t in timed_turns("t", breath)] == [0.0, 31.0]


def test_a_labelled_speakers_long_turn_keeps_its_label_when_cut():
    pieces = [Utterance(f"Point {i}.", "ANN LEE" if i == 0 else None, start=5.0 * i, end=5.0 * i + 5)
              for i in range(20)]
    turns = timed_turns("t", pieces)
    assert len(turns) > 1
    assert all((t.speaker, t.speaker_inferred, t.label) == ("Ann Lee", False, "ANN LEE") for t in turns)


def test_a_short_form_declared_in_parentheses_is_that_person():
    names = canonical_names(["Aaron van Wirdum (AvW)", "AvW", "Sjors Provoost (SP)", "SP", "Justin (Besu)"])
    assert names == {"Aaron van Wirdum (AvW)": "Aaron van Wirdum", "AvW": "Aaron van Wirdum",
                     "Sjors Provoost (SP)": "Sjors Provoost", "SP": "Sjors Provoost", "Justin (Besu)": "Justin"}


def test_a_lower_case_name_in_parentheses_declares_no_short_form():
    """A sitcom's dataset labels a scene "bhai (monisha)" (Monisha playing a part): "monisha", her own label in
    hundreds of other lines, is not thereby "bhai"."""
    names = canonical_names(["monisha", "maya", "bhai (monisha)", "monisha"])
    assert names["monisha"] == "monisha" and names["maya"] == "maya"


def test_an_affiliation_after_a_bar_is_part_of_the_label_but_not_of_the_name():
    names = canonical_names(["Dima Gusakov | Lido", "Greg K | Lido", "Gusakov"])
    assert names == {"Dima Gusakov | Lido": "Dima Gusakov | Lido", "Greg K | Lido": "Greg K | Lido",
                     "Gusakov": "Dima Gusakov | Lido"}


def test_a_one_off_label_does_not_name_the_person_its_regular_label_names():
    """A stray 'S. HAYES' among seventeen 'MS. HAYES' joins her, but the name shown is the one the file uses."""
    names = canonical_names(["MS. HAYES"] * 17 + ["S. HAYES"])
    assert set(names.values()) == {"Ms. Hayes"}
    assert set(canonical_names(["LAVROV", "LAVROV", "Sergey Lavrov"]).values()) == {"Sergey Lavrov"}


def test_brackets_around_a_whole_label_are_not_part_of_the_name():
    labels = ["[SPEAKER_03]", "SPEAKER_03"]
    assert canonical_names(labels) == dict.fromkeys(labels, "SPEAKER_03")


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("notes.csv", "speaker,text\nAnn,The pier closes next week.\nUnknown,Who pays for it?\n"
                      "unknown speaker,Nobody.\n"),
        ("call.vtt", "WEBVTT\n\n00:00.000 --> 00:02.000\n<v Ann>The pier closes next week.\n\n"
                     "00:02.500 --> 00:04.000\n<v Unknown Speaker>Who pays for it?\n"),
    ],
)
def test_a_label_that_says_unknown_is_unknown_speaker_in_every_format(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    t = load_transcript(path)
    assert said(t, "Who pays for it?") == UNKNOWN_SPEAKER
    assert set(t.speakers) <= {"Ann", UNKNOWN_SPEAKER}


@pytest.mark.parametrize(
    ("label", "shown"),
    [("BOB MCCULLOCH", "Bob McCulloch"), ("MARCELO BLANCO DA COSTA", "Marcelo Blanco da Costa"),
     ("CONAN O'BRIEN", "Conan O'Brien"), ("THE PRESIDENT", "The President"), ("DE GAULLE", "De Gaulle"),
     ("MR. MCCULLOCH", "Mr. McCulloch"), ("СЕРГЕЙ ЛАВРОВ", "Сергей Лавров"), ("İSMAİL ÇAĞLAR", "İsmail Çağlar")],
)
def test_all_caps_labels_are_shown_as_names_are_written(label: str, shown: str):
    assert display_name(label) == shown


def test_notes_that_only_add_to_one_another_or_name_no_one_keep_one_person():
    assert set(canonical_names(["Hon. Kimani (Kikuyu)", "Hon. Kimani (Kikuyu, UDA)", "Hon. Kimani"]).values()) == {
        "Hon. Kimani"}
    assert set(canonical_names(["Question", "question (victor)", "question (kathy)"]).values()) == {"Question"}
    assert canonical_names(["CONGREGANT (Linda)", "CONGREGANT (Joe)"]) == {
        "CONGREGANT (Linda)": "Congregant (Linda)", "CONGREGANT (Joe)": "Congregant (Joe)"}
    # the names after the role are labels of their own too ("DEANNA:" later): still two people, each her label's
    names = canonical_names(["MODERATOR (TOM)", "MODERATOR (DEANNA)", "DEANNA", "TOM"])
    assert names["DEANNA"] == names["MODERATOR (DEANNA)"] != names["MODERATOR (TOM)"] == names["TOM"]


def test_how_a_news_transcript_says_a_person_is_heard_is_no_part_of_the_name():
    names = canonical_names(["GARY TUCHMAN (CNN NATIONAL CORRESPONDENT) (on camera)", "TUCHMAN (voice-over)",
                             "TUCHMAN (on camera)", "COOPER"])
    assert set(names.values()) == {"Gary Tuchman", "Cooper"}
    assert display_name("PUTIN (through translator)") == "Putin"
