"""The transcript-shape samples are well formed: unique file names, and every truth snippet is in its sample."""

from __future__ import annotations

import re

import pytest

from benchmarks.shapes import SETS, _norm, speaker_ok


@pytest.mark.parametrize("set_name", list(SETS))
def test_every_sample_holds_its_truth(set_name: str):
    cases, noise = SETS[set_name]
    assert len(cases) >= 100 and set(noise) <= set(cases)
    assert len({filename for filename, _, _ in cases.values()}) == len(cases)
    for name, (_, content, truth) in cases.items():
        raw = content.decode("utf-8", "ignore") if isinstance(content, bytes) else content
        text = _norm(re.sub(r"<[^<>]*>", " ", raw))  # caption timing tags between words ("<00:00:05.600><c>")
        assert len(truth) >= 2, name
        for spec, snippet, start in truth:
            assert spec and (start is None or start >= 0), name
            if not isinstance(content, bytes):
                assert _norm(snippet) in text, (name, snippet)


@pytest.mark.parametrize(("spec", "got", "same"), [
    ("Ms. Okafor", "Okafor", True),
    ("Jane Smith|Jane", "Jane", True),
    ("Unknown", "Unknown speaker", True),
    ("Bob Jones", "Jane Smith", False),
    ("Unknown", "Jane Smith", False),
])
def test_speaker_ok(spec: str, got: str, same: bool):
    assert speaker_ok(spec, got) is same
