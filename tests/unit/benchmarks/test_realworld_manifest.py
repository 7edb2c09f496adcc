"""The real-world benchmark's manifest is well formed, and its speaker matching does what it says.

Needs neither the corpus folder nor a model: only the committed manifest and pure functions.
"""

from __future__ import annotations

import re

import pytest

from benchmarks.realworld import (
    HOLDOUT,
    HOLDOUT2,
    MANIFEST,
    SPLITS,
    ProbeResult,
    credited_name,
    load_manifest,
    merged_people,
    normalise_text,
    quote_holds,
    speakers_match,
)
from qa_bot.types import Turn

FIELDS = ("file", "source", "repo", "commit", "path", "licence", "committable", "shape", "language", "probes")
CJK = ("zh", "ja", "ko")  # no spaces between words: a phrase is 6-40 characters instead of 4-15 words


HELD_OUT = [split for split in SPLITS if split != "dev"]


@pytest.fixture(scope="module")
def manifests():
    return {split: load_manifest(path) for split, path in SPLITS.items()}


def test_every_manifest_in_the_folder_is_a_split():
    assert list(SPLITS)[:3] == ["dev", "holdout", "holdout2"]
    assert SPLITS["dev"] == MANIFEST and SPLITS["holdout"] == HOLDOUT and SPLITS["holdout2"] == HOLDOUT2
    assert len(HELD_OUT) >= 7
    assert sorted(HELD_OUT, key=lambda split: int(split.removeprefix("holdout") or 1)) == HELD_OUT


def test_dev_manifest_has_enough_files_sources_and_shapes(manifests):
    entries = manifests["dev"]
    assert len(entries) >= 24
    assert len({e["source"] for e in entries}) >= 12
    assert len({e["shape"] for e in entries}) >= 12
    assert any(e["language"] != "en" for e in entries)


@pytest.mark.parametrize("split", HELD_OUT)
def test_held_out_manifest_has_enough_files_sources_and_languages(split, manifests):
    entries = manifests[split]  # five files where a focus's helper found no more (holdout99): still a set
    assert len(entries) >= 5
    assert len({e["repo"] for e in entries}) >= 5
    assert sum(len(e["probes"]) for e in entries) >= 20
    assert all(e["split"] == split for e in entries)


def test_held_out_sets_together_span_many_languages(manifests):
    languages = {e["language"] for split in HELD_OUT for e in manifests[split]}
    assert len(languages - {"en"}) >= 8


@pytest.mark.parametrize("split", HELD_OUT)
def test_held_out_set_shares_no_repository_or_file_with_any_earlier_split(split, manifests):
    earlier = [e for name in list(SPLITS)[:list(SPLITS).index(split)] for e in manifests[name]]
    entries = manifests[split]
    assert not {e["repo"] for e in earlier} & {e["repo"] for e in entries}
    assert not {(e["repo"], e["path"]) for e in earlier} & {(e["repo"], e["path"]) for e in entries}


@pytest.mark.parametrize("split", list(SPLITS))
def test_every_entry_names_its_origin(split, manifests):
    entries = manifests[split]
    assert len({e["file"] for e in entries}) == len(entries)
    for entry in entries:
        assert all(entry.get(key) not in (None, "") for key in FIELDS if key != "committable"), entry["file"]
        assert isinstance(entry["committable"], bool)
        assert entry["file"].split("/")[0] == entry["source"]
        assert re.fullmatch(r"[0-9a-f]{40}", entry["commit"]), entry["file"]
        assert re.fullmatch(r"[\w.-]+/[\w.-]+", entry["repo"]), entry["file"]


@pytest.mark.parametrize("split", list(SPLITS))
def test_every_file_has_two_probes_with_a_short_verbatim_phrase(split, manifests):
    for entry in manifests[split]:
        assert len(entry["probes"]) >= 2, entry["file"]
        for probe in entry["probes"]:
            assert probe["question"].strip() and probe["speaker"].strip(), probe
            if entry["language"] in CJK:
                assert 6 <= len(probe["phrase"]) <= 40 and "\n" not in probe["phrase"], probe["phrase"]
            else:
                assert 4 <= len(probe["phrase"].split()) <= 15, probe["phrase"]
            assert normalise_text(probe["phrase"]) not in normalise_text(probe["question"]), probe


@pytest.mark.parametrize(("expected", "found"), [
    ("MS. PSAKI", "Ms. Psaki"),
    ("Ms. Psaki", "Jen Psaki"),
    ("Ms. Hayes", "Brittney Hayes"),
    ("LAVROV", "Sergey Lavrov"),
    ("S.Lavrov", "Sergey Lavrov"),
    ("AA", "Andreas Antonopoulos"),
    ("AvW", "Aaron van Wirdum"),
    ("AB", "Alain de Botton"),  # initials may leave out a particle
    ("EG", "El Gráfico"),  # the initials of a magazine whose name opens with an article
    ("spk_1", "Speaker 1"),
    ("[SPEAKER 1]", "SPEAKER 1"),  # a label wholly in brackets
    ("SPEAKER_02", "Speaker 2"),
    ("Speaker A", "A"),
    ("Dima Gusakov | Lido", "Dima Gusakov"),
    ("stokes", "Stokes"),
    ("Q", "Question"),
    ("Unknown speaker", "unknown"),
    ("Señor Pérez", "Senor Perez"),
    ("LUIS RODRÍGUEZ BUCIO, COMANDANTE DE LA GUARDIA NACIONAL", "Luis Rodríguez Bucio"),
    ("El señor ZALDÍVAR, don Andrés (Presidente)", "El señor ZALDÍVAR (don Andrés)"),
    ("SENATOR SMITH", "Senator Bob Smith"),
    ("BIDEN", "President Joe Biden"),  # a label after the first turn's full name and office
    ("Emily Field--Barclays -- Analyst", "Emily Field"),
    ("Gary C. Kelly - Southwest Airlines Co.", "Gary C. Kelly"),
    ("ERIKA HILTON", "ERIKA HILTON (Bloco/PSOL - SP. Pela ordem.)"),  # a hyphen inside the note is the note's
    ("Minister for Communications, Climate Action and Environment (Deputy Eamon Ryan)", "Deputy Eamon Ryan"),
    ("The Prime Minister (Boris Johnson)", "Boris Johnson"),
    ("Moderator (DEANNA)", "DEANNA"),  # a debate's role with the name it also writes alone
    ("DONALD REGAN, Treasury Secretary", "Donald Regan"),
    ("議長（吉田崇仁）", "吉田崇仁"),
    ("KEMAL KILIÇDAROĞLU (İzmir)", "Kemal Kılıçdaroğlu"),
    ("JOHN SPENCER", "Spencer, John"),  # a name column written surname first
    ("MELVIN W. QUALE", "Quale, Melvin W."),
    ("DanailovStefan", "Danailov Stefan"),  # a ParlaMint id, its name spelt out
    ("Mr BRIAN MITCHELL", "Mitchell, Brian MP"),  # Australian Hansard's metadata name, a post-nominal after it
    ("El señor URRUTIA", "Sergio Urrutia"),
    ("El señor ASCENCIO (Presidente)", "Ascencio Mansilla, don Gabriel"),  # the first of two surnames
])
def test_speakers_match_same_person(expected, found):
    assert speakers_match(expected, found)
    assert speakers_match(found, expected)


@pytest.mark.parametrize(("expected", "found"), [
    ("The President", "The Vice President"),
    ("Chair", "Vice Chair"),
    ("Senador", "Senador Black"),
    ("Paul", "Paul Harris"),  # a first name alone may be someone else's
    ("spk_0", "spk_1"),
    ("[SPEAKER 1]", "[SPEAKER 2]"),
    ("Unknown speaker", "Speaker 28"),
    ("terence", "stokes"),
    ("Q", "Ms. Psaki"),
    ("AA", "Aaron van Wirdum"),
    ("The Prime Minister (Boris Johnson)", "Keir Starmer"),
    ("Moderator (DEANNA)", "TOM"),
    ("JOHN SPENCER", "Spencer, Laura"),
    ("DanailovStefan", "Danailov Stefana"),
    ("Mr BRIAN MITCHELL", "Mitchell, Rob MP"),
])
def test_speakers_match_different_people(expected, found):
    assert not speakers_match(expected, found)
    assert not speakers_match(found, expected)


def test_a_first_name_is_the_full_name_only_where_the_file_has_no_namesake():
    assert speakers_match("Dan", "Dan Ott", ["Dan Ott", "Seth Hall"])
    assert not speakers_match("Dan", "Dan Ott", ["Dan Ott", "Dan Friedman"])
    assert not speakers_match("Dan", "Seth Hall", ["Dan Ott", "Seth Hall"])


def test_a_turn_credits_its_label_where_that_is_the_speaker_with_an_office_in_brackets():
    def turn(speaker, label):
        return Turn("t", 0, speaker, "words", label=label)

    assert credited_name(turn("Dick, Milton MP", "Dick, Milton MP (The SPEAKER)")) == "Dick, Milton MP (The SPEAKER)"
    assert speakers_match("The SPEAKER", credited_name(turn("Dick, Milton MP", "Dick, Milton MP (The SPEAKER)")))
    assert credited_name(turn("John Smith", "MR. SMITH")) == "John Smith"
    assert credited_name(turn("Jane Doe", "Chair (John Roe)")) == "Jane Doe"  # a label naming someone else


def test_a_speaker_inferred_from_a_role_label_is_that_role_as_written():
    answer = Turn("t", 0, "Alexandre Machado", "words", label="Resposta", speaker_inferred=True)
    assert credited_name(answer, "Resposta") == "Resposta"
    assert credited_name(answer, "Alexandre Machado") == "Alexandre Machado"
    assert credited_name(Turn("t", 0, "Ana Lima", "words", label="Resposta"), "Resposta") == "Ana Lima"  # written


def test_quote_holds_the_phrase_or_a_part_of_it():
    phrase = "We can merge that, hopefully, in the next two days"
    assert quote_holds("I'll have a PR out. We can merge that, hopefully, in the next  two days, and yeah.", phrase)
    assert quote_holds("merge that, hopefully, in the next", phrase)
    assert not quote_holds("the next two", phrase)
    assert not quote_holds("Was this with the parent block?", phrase)


def test_merged_people_groups_distinct_speakers_on_one_indexed_speaker():
    def probe(speaker, found):
        return ProbeResult("f", "q?", speaker, "a b c d", found_speaker=found, read="read")

    assert merged_people([probe("The President", "The President"), probe("The Vice President", "The President")]) == [
        ["The President", "The Vice President"]]
    assert merged_people([probe("Ms. Psaki", "Jen Psaki"), probe("MS. PSAKI", "Jen Psaki")]) == []
    assert merged_people([probe("Unknown speaker", "X"), probe("Paul", "X")]) == []


def test_a_phrase_of_spaced_japanese_morphemes_matches_the_text_joined():
    assert normalise_text("個人 の Ａｎｄｒｏｉｄ スマホ") == normalise_text("個人のAndroidスマホ")
    assert normalise_text("the Android phone") != normalise_text("the Androidphone")  # Latin keeps its spaces
