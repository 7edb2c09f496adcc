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
    load_manifest,
    merged_people,
    normalise_text,
    quote_holds,
    speakers_match,
)

FIELDS = ("file", "source", "repo", "commit", "path", "licence", "committable", "shape", "language", "probes")
CJK = ("zh", "ja", "ko")  # no spaces between words: a phrase is 6-30 characters instead of 4-12 words


@pytest.fixture(scope="module")
def entries():
    return load_manifest(MANIFEST)


def test_manifest_has_enough_files_sources_and_shapes(entries):
    assert len(entries) >= 24
    assert len({e["source"] for e in entries}) >= 12
    assert len({e["shape"] for e in entries}) >= 12
    assert any(e["language"] != "en" for e in entries)
    assert len({e["file"] for e in entries}) == len(entries)


@pytest.fixture(scope="module")
def holdout():
    return load_manifest(HOLDOUT)


def test_holdout_manifest_has_enough_files_and_sources(holdout):
    assert len(holdout) >= 14
    assert len({e["repo"] for e in holdout}) >= 8
    assert len({e["file"] for e in holdout}) == len(holdout)
    assert all(e["split"] == "holdout" for e in holdout)
    assert len({e["language"] for e in holdout} - {"en"}) >= 2


def test_holdout_shares_no_file_or_repository_with_dev(entries, holdout):
    assert not {e["repo"] for e in entries} & {e["repo"] for e in holdout}
    assert not {(e["repo"], e["path"]) for e in entries} & {(e["repo"], e["path"]) for e in holdout}


@pytest.fixture(scope="module")
def holdout2():
    return load_manifest(HOLDOUT2)


def test_holdout2_manifest_has_enough_files_and_sources(holdout2):
    assert SPLITS["holdout2"] == HOLDOUT2
    assert len(holdout2) >= 12
    assert len({e["repo"] for e in holdout2}) >= 8
    assert len({e["file"] for e in holdout2}) == len(holdout2)
    assert all(e["split"] == "holdout2" for e in holdout2)
    assert len({e["language"] for e in holdout2} - {"en"}) >= 2


def test_holdout2_shares_no_file_or_repository_with_dev_or_holdout(entries, holdout, holdout2):
    earlier = entries + holdout
    assert not {e["repo"] for e in earlier} & {e["repo"] for e in holdout2}
    assert not {(e["repo"], e["path"]) for e in earlier} & {(e["repo"], e["path"]) for e in holdout2}
    assert not {e["file"] for e in earlier} & {e["file"] for e in holdout2}


def _split(name, entries, holdout, holdout2):
    return {"dev": entries, "holdout": holdout, "holdout2": holdout2}[name]


@pytest.mark.parametrize("split", ["dev", "holdout", "holdout2"])
def test_every_entry_names_its_origin(split, entries, holdout, holdout2):
    for entry in _split(split, entries, holdout, holdout2):
        assert all(entry.get(key) not in (None, "") for key in FIELDS if key != "committable"), entry["file"]
        assert isinstance(entry["committable"], bool)
        assert entry["file"].split("/")[0] == entry["source"]
        assert re.fullmatch(r"[0-9a-f]{40}", entry["commit"]), entry["file"]
        assert re.fullmatch(r"[\w.-]+/[\w.-]+", entry["repo"]), entry["file"]


@pytest.mark.parametrize("split", ["dev", "holdout", "holdout2"])
def test_every_file_has_two_probes_with_a_short_verbatim_phrase(split, entries, holdout, holdout2):
    for entry in _split(split, entries, holdout, holdout2):
        assert len(entry["probes"]) >= 2, entry["file"]
        for probe in entry["probes"]:
            assert probe["question"].strip() and probe["speaker"].strip(), probe
            if entry["language"] in CJK:
                assert 6 <= len(probe["phrase"]) <= 30 and "\n" not in probe["phrase"], probe["phrase"]
            else:
                assert 4 <= len(probe["phrase"].split()) <= 12, probe["phrase"]
            assert normalise_text(probe["phrase"]) not in normalise_text(probe["question"]), probe


@pytest.mark.parametrize(("expected", "found"), [
    ("MS. PSAKI", "Ms. Psaki"),
    ("Ms. Psaki", "Jen Psaki"),
    ("Ms. Hayes", "Brittney Hayes"),
    ("LAVROV", "Sergey Lavrov"),
    ("S.Lavrov", "Sergey Lavrov"),
    ("AA", "Andreas Antonopoulos"),
    ("AvW", "Aaron van Wirdum"),
    ("spk_1", "Speaker 1"),
    ("SPEAKER_02", "Speaker 2"),
    ("Speaker A", "A"),
    ("Dima Gusakov | Lido", "Dima Gusakov"),
    ("stokes", "Stokes"),
    ("Q", "Question"),
    ("Unknown speaker", "unknown"),
    ("Señor Pérez", "Senor Perez"),
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
    ("Unknown speaker", "Speaker 28"),
    ("terence", "stokes"),
    ("Q", "Ms. Psaki"),
    ("AA", "Aaron van Wirdum"),
])
def test_speakers_match_different_people(expected, found):
    assert not speakers_match(expected, found)
    assert not speakers_match(found, expected)


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
