"""Treebanks of speech: CoNLL-U with the speaker in a sentence comment (GUM's conversations, a spoken treebank's
``speaker_id``, several recordings in one file), and ORFEO's rows carrying the speaker and the times."""

from __future__ import annotations

from pathlib import Path

from qa_bot.ingest import discover
from tests.conftest import refusal, said, written


def _sentence(n: int, words: str, comments: dict[str, str], extra: list[str] | None = None) -> str:
    rows = "".join(f"{i}\t{w}\t{w.lower()}\tX\tX\t_\t0\tdep\t_\t_{extra[i - 1] if extra else ''}\n"
                   for i, w in enumerate(words.split(), 1))
    notes = "".join(f"# {k} = {v}\n" for k, v in comments.items())
    return f"# sent_id = s{n}\n{notes}# text = {words}\n{rows}\n"


def test_conllu_sentences_credited_to_the_speaker_their_comment_names(tmp_path: Path):
    """GUM's vet conversation: ``# speaker = Marcia`` over each sentence; a run of one speaker's sentences is
    one turn; summaries in the file's metadata are no one's words."""
    said_by = [("Marcia", "Okay so a recheck would be about that much"), ("Marcia", "with the x-rays and then"),
               ("Lindsey", "Mhm"), ("Marcia", "Does that sound right"), ("Lindsey", "If she wakes up fine")]
    head = "# newdoc id = GUM_conversation_vet\n# meta::summary1 = (gpt4o) A veterinary staff discusses casts\n" \
           "# meta::title = Vet Morning\n"
    text = head + "".join(_sentence(i, words, {"speaker": who, "addressee": "Kirsten"})
                          for i, (who, words) in enumerate(said_by))
    t = written(tmp_path, "GUM_conversation_vet.conllu", text)
    assert [u.speaker for u in t.turns] == ["Marcia", "Lindsey", "Marcia", "Lindsey"]
    assert said(t, "with the x-rays") == "Marcia" and t.title == "Vet Morning"
    assert not any("veterinary staff" in u.text for u in t.turns)
    codes = {"Marcia": "Mf-prof-01097", "Lindsey": "Lm-ucen-01096"}
    ids = written(tmp_path, "sst.conllu", "# newdoc id = Gos018\n" + "".join(
        _sentence(i, words, {"speaker_id": codes[who]}) for i, (who, words) in enumerate(said_by)))
    assert said(ids, "If she wakes up") == "Lm-ucen-01096"


def test_orfeo_rows_give_each_sentence_its_speaker_and_times(tmp_path: Path):
    """ORFEO's three columns after CoNLL-U's ten: start, end and the speaker's code on every word."""
    lines = [("JUL", "ah salut", 8.09), ("CLA", "salut", 8.98), ("JUL", "coucou ça va", 9.41)]
    text = "".join(_sentence(i, words, {}, [f"\t{start + k:.6f}\t{start + k + 0.1:.6f}\t{who}"
                                            for k in range(len(words.split()))])
                   for i, (who, words, start) in enumerate(lines))
    path = tmp_path / "aperitif_chat.orfeo"
    path.write_text(text, encoding="utf-8")
    assert [s.unsupported for s in discover([tmp_path])] == [None]
    t = written(tmp_path, "aperitif_chat.orfeo", text)
    assert [(u.speaker, u.text, u.start) for u in t.turns] == [
        ("JUL", "ah salut", 8.09), ("CLA", "salut", 8.98), ("JUL", "coucou ça va", 9.41)]


def test_a_conllu_file_without_sentences_is_refused_in_one_line(tmp_path: Path):
    assert "no sentences found" in refusal(tmp_path, "empty.conllu", b"# newdoc id = x\n\n")
