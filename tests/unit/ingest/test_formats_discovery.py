"""Finding files and telling formats apart by content: every file a folder index leaves out is reported."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from qa_bot.ingest import detect_format, discover, load_transcript, sniff_format
from qa_bot.ingest.speakers import UNKNOWN_SPEAKER
from qa_bot.pipeline.build import build_index
from tests.conftest import FIXTURE_ROOT, refusal, said

EXPORTS = FIXTURE_ROOT / "exports"
PAGE = (EXPORTS / "harbour-briefing.html").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("name", "text", "fmt"),
    [
        ("page.html", "<p>Ann: hi</p>", "html"),
        ("page.txt", "<!DOCTYPE html>\n<html><body><p>Ann: hi</p></body></html>", "html"),
        ("page.txt", "<?xml version='1.0'?>\n<!-- saved -->\n<html>", "html"),
        ("export.txt", '{"results": {"items": []}}', "json"),
        ("export.txt", '[{"speaker": "A", "text": "hi"}]', "json"),
        ("tiers.txt", "a\tAnn\t1.0\t2.0\thello there\nb\tBob\t2.0\t3.0\tgood morning\n", "tsv"),
        ("notes.txt", "[00:01:05] Ann: hello\n\nBob: hi\n", "plain"),
        ("notes.md", "a\tb\nc\td\n", "markdown"),  # Markdown is never read as a table
        # JSON whatever the text extension when the whole text parses as JSON; otherwise still Markdown
        ("response.md", '\ufeff\n  {"results": {"utterances": []}}\n', "json"),
        ("response.markdown", '[\n  {"speaker": "A", "text": "hi"}\n]', "json"),
        ("list.txt", '[["Ann", "hi"]]', "json"),
        ("notes.md", "[Agenda](agenda.md)\n\nAnn: hello\n", "markdown"),
        ("notes.md", "[[Home]] | [[Index]]\n\nAnn: hello\n", "markdown"),
        ("notes.md", "{{template:minutes}}\n\nAnn: hello\n", "markdown"),
        ("notes.md", '{"title": "x"}\n\nAnn: hello\n', "markdown"),  # JSON front matter, then Markdown
        ("notes.txt", "[00:01:05] Ann: hello\n", "plain"),
    ],
)
def test_detect_format_by_content(name: str, text: str, fmt: str):
    assert detect_format(Path(name), text) == fmt


@pytest.mark.parametrize(
    ("head", "fmt"),
    [
        (b"%PDF-1.7\n%\xe2\xe3", "pdf"),
        (b"PK\x03\x04\x14\x00\x00\x00word/document.xml", "docx"),
        (b"PK\x03\x04\x14\x00\x00\x00xl/workbook.xml", "xlsx"),  # a spreadsheet, read as a table
        (b"PK\x03\x04\x14\x00\x00\x00ppt/presentation.xml", None),  # slides: neither
        (b"\xef\xbb\xbf  <!doctype html><html>", "html"),
        (b'{"monologues": []}', "json"),
        (b"WEBVTT\n\n", "vtt"),
        (b"1\r\n00:00:01,000 --> 00:00:02,000\r\nhi", "srt"),
        (b"ID3\x03\x00\x00\x00", None),  # an mp3
        (b"Ann: hello", None),  # plain text is known by its extension only
        # a script holding a JSON literal (a transcript player's data); any other script is not read
        (b'var speechJSON = [\n  {\n    "speaker": "Ann",', "json"),
        (b'// generated\nexport const transcript: Data = {\n  "results"', "json"),
        (b'module.exports = {"utterances": []}', "json"),
        (b"const config = {\n  port: 8080,", None),
        (b"import x from 'y';\nconst data = [{\"a\": 1}];", None),
    ],
)
def test_sniff_format_from_first_bytes(head: bytes, fmt: str | None):
    assert sniff_format(head) == fmt


def test_folder_reports_every_file_it_leaves_out(tmp_path: Path):
    (tmp_path / "briefing.txt").write_text("Ann: We open on Monday.\n", encoding="utf-8")
    (tmp_path / "briefing.mp3").write_bytes(b"ID3\x03\x00\x00\x00 audio")  # same id, but not a transcript
    (tmp_path / "saved-page").write_text(PAGE, encoding="utf-8")  # a web page without an extension
    (tmp_path / "notes.pages").write_bytes(b"PK\x03\x04Index/Document.iwa")  # Apple Pages: not read
    (tmp_path / ".DS_Store").write_bytes(b"\x00\x01")
    found = {s.path.name: s.unsupported for s in discover([tmp_path])}
    assert set(found) == {"briefing.txt", "briefing.mp3", "saved-page", "notes.pages"}
    assert found["briefing.txt"] is None and found["saved-page"] is None
    assert found["briefing.mp3"].startswith("unsupported file type: '.mp3' files are not read (supported: .txt, ")
    assert ".html" in found["notes.pages"]


def test_build_reports_unsupported_and_indexes_the_rest(tmp_path: Path, fake_embedder):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "briefing.txt").write_text("Ann: We open on Monday.\n", encoding="utf-8")
    (docs / "recording.m4a").write_bytes(b"\x00\x00\x00\x20ftypM4A ")
    (docs / "harbour.htm").write_text(PAGE, encoding="utf-8")
    stats = build_index([docs], tmp_path / "index", embedder=fake_embedder)
    assert stats.transcripts == 2
    assert list(stats.skipped) == [str(docs / "recording.m4a")]
    assert "unsupported file type: '.m4a' files" in stats.summary()
    # a second build after the unsupported file takes a transcript's id keeps that transcript
    (docs / "briefing.txt").unlink()
    (docs / "briefing.wav").write_bytes(b"RIFF\x00\x00WAVE")
    stats = build_index([docs], tmp_path / "index", embedder=fake_embedder)
    assert stats.deleted == ["briefing"] and stats.transcripts == 1


def test_a_file_given_directly_is_read_by_content(tmp_path: Path):
    path = tmp_path / "briefing.aspx"
    path.write_text(PAGE, encoding="utf-8")
    assert [s.unsupported for s in discover([path])] == [None]
    assert load_transcript(path).format == "html (markdown)"


def test_json_saved_as_text_is_read_by_its_keys(tmp_path: Path):
    path = tmp_path / "export.txt"
    path.write_text(json.dumps({"turns": [{"speaker": "Ann", "text": "Hello."}]}), encoding="utf-8")
    t = load_transcript(path)
    assert (t.format, [(u.speaker, u.text) for u in t.turns]) == ("json in a .txt file", [("Ann", "Hello.")])


def test_speech_to_text_json_pasted_into_markdown_is_read_as_json():
    """A Deepgram response saved as ``.md`` is read by its keys, and inspect's format says it was read as JSON."""
    t = load_transcript(EXPORTS / "deepgram-pasted.md")
    assert t.format == "json (Deepgram) in a .md file"
    assert [(u.speaker, u.start, u.text) for u in t.turns] == [
        ("SPEAKER_00", 0.12, "Thanks for calling the library."),
        ("SPEAKER_01", 3.0, "I'd like to renew two books."),
        ("SPEAKER_00", 6.1, "They are renewed until June."),
    ]


def test_json_after_a_byte_order_mark_in_a_file_without_extension(tmp_path: Path):
    path = tmp_path / "export"
    path.write_bytes(b'\xef\xbb\xbf\r\n  [{"speaker": "Ann", "text": "Hello."}]')
    t = load_transcript(path)
    assert (t.format, t.turns[0].speaker) == ("json in a file without an extension", "Ann")


def test_truncated_json_in_a_text_file_is_refused_with_where_it_breaks(tmp_path: Path):
    reason = refusal(tmp_path, "export.txt", b'{"turns": [{"speaker": "Ann", "text": "Hello."')
    assert "opens like JSON but is not valid JSON (line 1, column 47: Expecting ',' delimiter)" in reason



def test_a_transcript_kept_as_a_literal_in_a_script_is_read_and_other_scripts_are_reported(tmp_path: Path):
    turns = [{"speaker": "Ann", "minute": "01:20", "text": "Good evening."}, {"speaker": "Bob", "text": "Hi."}]
    (tmp_path / "speech.js").write_text(
        f"var speech = {json.dumps(turns, indent=2)};\n\nvar melody = {{notes: [58, 60], pad: 3}};\n",
        encoding="utf-8")
    (tmp_path / "player.ts").write_text("import { x } from './x';\nexport const play = () => x;\n", encoding="utf-8")
    found = {s.path.name: s.unsupported for s in discover([tmp_path])}
    assert found["speech.js"] is None and "'.ts' files are not read" in found["player.ts"]
    t = load_transcript(tmp_path / "speech.js")
    assert t.format == "json in a .js file"
    assert [(u.speaker, u.text) for u in t.turns] == [("Ann", "Good evening."), ("Bob", "Hi.")]


def test_a_script_s_javascript_literals_are_read_and_a_broken_one_is_refused_with_where_it_breaks(tmp_path: Path):
    """A site's module: object literals with keys unquoted, strings in single quotes or backticks (chompjs), or
    a template literal of HTML paragraphs labelled by name."""
    (tmp_path / "source.js").write_text(
        "const source = [\n  {\n    id: 'a1',\n    speaker: ['Ann Lee'],\n    text: `Good evening.\nWelcome.`,\n  },\n"
        "  { id: 'b2', speaker: ['Bob Ray'], text: 'Hi.', },\n];\n", encoding="utf-8")
    (tmp_path / "talk.mjs").write_text(
        "export const talk = `\n<p>\n  Veritee: Hi, I&rsquo;m Veritee.\n</p>\n<p>\n  Barry: And I&rsquo;m Barry.\n"
        "</p>\n<p>\n  We moved here.\n</p>\n`;\n", encoding="utf-8")
    assert {s.path.name: s.unsupported for s in discover([tmp_path])} == {"source.js": None, "talk.mjs": None}
    source = load_transcript(tmp_path / "source.js")
    assert [(u.speaker, u.text) for u in source.turns] == [("Ann Lee", "Good evening.\n\nWelcome."), ("Bob Ray", "Hi.")]
    talk = load_transcript(tmp_path / "talk.mjs")
    assert said(talk, "I’m Veritee") == "Veritee" and said(talk, "We moved here") == "Barry"
    reason = refusal(tmp_path, "data.js", b'var data = [{"speaker": "Ann", "text": "Hello."}, {"speaker": "Bob",\n')
    assert "malformed JSON at line 2" in reason


def test_lines_kept_with_their_translations_in_a_script_are_read_in_every_language(tmp_path: Path):
    """A learner's page keeps each line in fields named by language (``en``, ``cn``; a caption's ``japanese`` and
    ``english``, its reading left out), assigned to a bare global (``data = [...]``); Japanese captions name the
    speaker in full-width parentheses where it is not plain (``（母）あ…``)."""
    (tmp_path / "season1-1.js").write_text(
        "var data = {\n\ttitle: {cn: '101 试播', en: '101 The Pilot'},\n\tcontent: [\n"
        "\t\t{name: 'Monica', en: \"There's nothing to tell!\", cn: '没什么好说的！'},\n"
        "\t\t{name: 'Joey', en: 'Come on!', cn: '少来了！',},\n\t]\n};\n", encoding="utf-8")
    sitcom = load_transcript(tmp_path / "season1-1.js")
    assert [(u.speaker, u.text) for u in sitcom.turns] == [
        ("Monica", "There's nothing to tell!\n\n没什么好说的！"), ("Joey", "Come on!\n\n少来了！")]
    cues = [("（総理大臣）表彰状", "(Prime Minister) Commendation"), ("政府は あなたを", "The government is you."),
            ("（母）あ…", "(Mother) Ah..."), ("（笑）そうね", "(laughs) Right."), ("（母）んっ ん…", "(Mother) Hmm..."),
            ("（総理大臣） タチバナさん", "(Prime Minister) Mrs. Tachibana"), ("（シャッター音）", "(shutter sound)")]
    items = [{"japanese": ja, "furigana": "よみ", "english": en, "start": n * 2.0, "end": n * 2.0 + 1.5}
             for n, (ja, en) in enumerate(cues)]
    (tmp_path / "sub_551.js").write_text(f"subtitles = {json.dumps(items, ensure_ascii=False)};\n", encoding="utf-8")
    captions = load_transcript(tmp_path / "sub_551.js")
    assert [u.speaker for u in captions.turns] == ["総理大臣", UNKNOWN_SPEAKER, "母", UNKNOWN_SPEAKER, "母",
                                                   "総理大臣", UNKNOWN_SPEAKER]
    assert captions.turns[0].text == "表彰状\n\n(Prime Minister) Commendation"
    assert not any("よみ" in u.text for u in captions.turns)


@pytest.mark.parametrize(
    ("names", "read"),
    [
        (("call.docx", "call.json"), "call.json"),  # a Word report beside the speech-to-text JSON it came from
        (("talk.srt", "talk.vtt"), "talk.vtt"),
        (("briefing.html", "briefing.txt"), "briefing.txt"),
        (("hearing.pdf", "hearing.md"), "hearing.md"),
        (("example.html", "example.srt", "example.vtt"), "example.vtt"),  # each left out names the one read
    ],
)
def test_of_two_files_with_one_id_the_more_structured_comes_first(tmp_path: Path, names: tuple[str, ...], read: str):
    for name in names:
        (tmp_path / name).write_bytes(b"x")
    found = discover([tmp_path])
    assert found[0].path.name == read and found[0].duplicate_of is None
    assert {s.path.name: s.duplicate_of for s in found[1:]} == {n: tmp_path / read for n in names if n != read}


CAPTIONS = ("WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Ann Lee>We open the harbour on Monday at nine.</v>\n\n"
            "00:00:04.000 --> 00:00:08.000\n<v Bo Ng>Will the night ferry run on Sundays too?</v>\n")


def test_a_twin_with_the_same_words_is_left_out_and_one_with_other_words_is_indexed(tmp_path: Path, fake_embedder):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "call.vtt").write_text(CAPTIONS, encoding="utf-8")
    (docs / "call.txt").write_text("Ann Lee: We open the harbour on Monday at nine.\n\n"
                                   "Bo Ng: Will the night ferry run on Sundays too?\n", encoding="utf-8")
    (docs / "call.md").write_text("**Ann Lee:** Minutes: the board approved the budget for the pier.\n\n"
                                  "**Bo Ng:** Tickets go on sale in March.\n", encoding="utf-8")
    stats = build_index([docs], tmp_path / "index", embedder=fake_embedder)
    assert stats.new == ["call", "call.md"]
    assert stats.skipped == {str(docs / "call.txt"): f"the same transcript as {docs / 'call.vtt'}, which is read"}
    stats = build_index([docs], tmp_path / "index", embedder=fake_embedder)
    assert stats.unchanged == ["call", "call.md"] and not stats.deleted
    (docs / "call.md").unlink()
    stats = build_index([docs], tmp_path / "index", embedder=fake_embedder)
    assert stats.deleted == ["call.md"] and stats.transcripts == 1


def test_an_indexed_twin_is_compared_again_when_the_file_it_stands_beside_changes(tmp_path: Path, fake_embedder):
    docs = tmp_path / "docs"
    docs.mkdir()
    draft = "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Ann Lee>An early draft of the call.</v>\n"
    (docs / "call.vtt").write_text(draft, encoding="utf-8")
    (docs / "call.txt").write_text("Ann Lee: We open the harbour on Monday at nine.\n\n"
                                   "Bo Ng: Will the night ferry run on Sundays too?\n", encoding="utf-8")
    assert build_index([docs], tmp_path / "index", embedder=fake_embedder).new == ["call", "call.txt"]
    (docs / "call.vtt").write_text(CAPTIONS, encoding="utf-8")  # the captions now hold call.txt's words
    stats = build_index([docs], tmp_path / "index", embedder=fake_embedder)
    assert stats.changed == ["call"] and stats.deleted == ["call.txt"] and stats.transcripts == 1
    assert stats.skipped == {str(docs / "call.txt"): f"the same transcript as {docs / 'call.vtt'}, which is read"}


def test_a_twin_never_takes_another_file_s_id(tmp_path: Path, fake_embedder):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "call.vtt").write_text(CAPTIONS, encoding="utf-8")
    (docs / "call.txt").write_text("Ann Lee: Minutes of another meeting.\n\nBo Ng: Tickets in March.\n",
                                   encoding="utf-8")
    (docs / "call.txt.md").write_text("**Ann Lee:** Notes of the call.\n\n**Bo Ng:** Agreed.\n", encoding="utf-8")
    stats = build_index([docs], tmp_path / "index", embedder=fake_embedder)
    assert stats.new == ["call", "call.txt"]  # call.txt.md's id
    assert stats.skipped == {str(docs / "call.txt"): f"its id as a twin of {docs / 'call.vtt'}, 'call.txt', "
                                                     "is another file's"}


def test_a_labelled_text_of_no_known_extension_is_read_in_a_folder_and_other_text_is_reported(tmp_path: Path):
    """Canada's Hansard as ``debates.055.e``, a mission log named ``MAIN``: plain text has no signature, so a text
    file of no known extension is read when its turns name two people or more, or one taking turns with unnamed
    ones."""
    (tmp_path / "debates.055.e").write_text(
        "EDITED HANSARD\n\nMr. Preston Manning: Mr. Speaker, the minister said so.\n\n"
        "Right Hon. Jean Chrétien: Mr. Speaker, that is not the case.\n\nMr. Preston Manning: It is.\n",
        encoding="utf-8")
    (tmp_path / "MAIN").write_text("Кедр: Как слышите меня?\n\nЗаря (Каманин): Слышу хорошо.\n\nКедр: Понял.\n",
                                   encoding="utf-8")
    (tmp_path / "LICENSE").write_text("Permission is hereby granted, free of charge, to any person.\n")
    # A research interview named "Interview 1": one named head taking turns with "Unknown Speaker" heads.
    (tmp_path / "Interview 1").write_text("Interview One\n\n" + "".join(
        f"Researcher  \nQuestion {i}?\n\nUnknown Speaker   \nAnswer {i}.\n\n" for i in range(4)), encoding="utf-8")
    (tmp_path / "NOTES").write_text("Researcher\nA first note.\n\nUnknown Speaker\nA reply.\n", encoding="utf-8")
    found = {s.path.name: s.unsupported for s in discover([tmp_path])}
    assert found["debates.055.e"] is None and found["MAIN"] is None and found["Interview 1"] is None
    assert found["LICENSE"].startswith("a project's own file")
    assert found["NOTES"].startswith("unsupported file type")  # one exchange is too little to tell


def test_a_project_s_own_files_without_an_extension_are_never_transcripts_however_labelled(tmp_path: Path):
    """A Debian ``copyright`` file and a wheel's ``METADATA`` are fields ("Files: *", "License: MIT", "Name: …")
    that read like two speakers' labels: a folder holding transcripts next to them leaves them out, saying why."""
    (tmp_path / "copyright").write_text("Files: *\nCopyright: 2004 Jane Smith\nLicense: GPL-2+\n\nFiles: debian/*\n"
                                        "Copyright: 2010 Bob Jones\nLicense: GPL-2+\n", encoding="utf-8")
    (tmp_path / "METADATA").write_text("Metadata-Version: 2.1\nName: qa-bot\nVersion: 1.0\nSummary: A bot.\n"
                                       "Author: Jane Smith\nLicense: MIT\n", encoding="utf-8")
    (tmp_path / "LICENSE-MIT").write_text("MIT License\n\nCopyright: Jane Smith\nPermission: granted.\n")
    (tmp_path / "MAIN").write_text("Кедр: Как слышите меня?\n\nЗаря (Каманин): Слышу хорошо.\n\nКедр: Понял.\n",
                                   encoding="utf-8")
    found = {s.path.name: s.unsupported for s in discover([tmp_path])}
    assert found["MAIN"] is None
    assert all(found[name].startswith("a project's own file") for name in ("copyright", "METADATA", "LICENSE-MIT"))
