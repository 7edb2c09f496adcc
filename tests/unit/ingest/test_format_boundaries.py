"""Where a newer reader must not take another format's files, and odd input it must read without misattributing."""

from __future__ import annotations

from pathlib import Path

from qa_bot.ingest import load_transcript
from tests.conftest import refusal, said
from tests.word97 import word97_bytes


def written(folder: Path, name: str, text: str):
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return load_transcript(path)


def test_markdown_and_pages_with_lines_of_tags_are_no_chat_logs(tmp_path: Path):
    turns = "".join(f"**{who}:** {words}\n<br>\n" for who, words in [
        ("Jane", "Welcome, everyone."), ("Bob", "The budget is on track."), ("Jane", "Good."),
        ("Bob", "Two offers went out."), ("Jane", "Thanks.")])
    notes = written(tmp_path, "meeting.md", turns)
    assert notes.format == "markdown" and said(notes, "Two offers went out.") == "Bob"


def test_in_a_log_nobody_scribes_people_address_each_other(tmp_path: Path):
    log = written(tmp_path, "dev.log", (
        "[10:00] <alice> bob: did you see the build failed?\n[10:01] <bob> alice: yes, the linker again\n"
        "[10:02] <alice> ...hmm\n[10:02] <alice> ... that is weird\n[10:03] <alice> ... it passed yesterday\n"
        "[10:04] <carol> note: the CI server restarts at noon\n[10:05] <bob> ack, will do after lunch\n"
        "[10:06] < dave> i/o on the runner is slow anyway\n"))
    assert said(log, "did you see the build failed?") == "alice"  # addressed to bob, typed by alice
    assert said(log, "the CI server restarts at noon") == "carol"
    assert said(log, "ack, will do after lunch") == "bob"
    assert said(log, "i/o on the runner is slow anyway") == "dave"  # irssi's "< nick>"


def test_a_page_mentioning_dfxp_with_a_tt_element_is_a_page(tmp_path: Path):
    page = ("<html><head><title>Caption formats: SRT, WebVTT, DFXP</title></head><body><p>Run <tt>ffmpeg</tt>.</p>"
            "<p>Jane: Welcome to the captioning workshop.</p><p>Bob: Thanks Jane.</p>"
            "<p>Jane: Sure, go ahead.</p><p>Bob: SRT is simple.</p></body></html>")
    assert written(tmp_path, "workshop.html", page).format.startswith("html")


def test_agenda_times_over_labelled_paragraphs_are_no_speakers(tmp_path: Path):
    agenda = written(tmp_path, "minutes.txt", "10:02 Opening remarks\n\nJANE: Welcome to the March meeting.\n\n"
                     "Robert: Thanks, Jane.\n\n10:15 Budget review\n\nJANE: The budget shows a surplus.\n\n"
                     "Robert: Good news for the library fund.\n")
    assert "Opening remarks" not in agenda.speakers and "Budget review" not in agenda.speakers
    assert said(agenda, "The budget shows a surplus.") == "Jane"


def test_unpunctuated_lower_case_labels_alone_on_their_lines(tmp_path: Path):
    interview = written(tmp_path, "interview.txt", "".join(
        f"interviewer:\n{q}\nmaria:\n{a}\n" for q, a in [
            ("so tell me about your childhood", "i grew up in a small village near the river"),
            ("and what did your parents do", "they were farmers like everyone else"),
            ("did you help them", "every summer")]))
    assert said(interview, "every summer") == "maria" and said(interview, "did you help them") == "interviewer"


def test_whole_seconds_minutes_apart_stay_seconds(tmp_path: Path):
    table = written(tmp_path, "speeches.csv", "start,speaker,text\n0,Chair,Opening statement on the bill.\n"
                    "240,Member Lee,Remarks against the bill.\n610,Member Diaz,Remarks in favour.\n"
                    "905,Chair,Closing and call for the vote.\n")
    assert [t.start for t in table.turns] == [0.0, 240.0, 610.0, 905.0]


def test_a_sidebar_definition_list_does_not_replace_the_article(tmp_path: Path):
    article = "".join(f"<p>{who}: {words}</p>" for who, words in [
        ("REPORTER", "Mayor, what is the plan for the harbour this year?"),
        ("MAYOR", "We will open the new pier in June and extend the ferry timetable."),
        ("REPORTER", "And the budget for it?"), ("MAYOR", "Four million, mostly from the regional fund.")])
    sidebar = "<dl>" + "<dt>When</dt><dd>June</dd><dt>Where</dt><dd>Pier</dd>" * 3 + "</dl>"
    page = written(tmp_path, "interview.html", f"<html><body><article>{article}</article>"
                   f"<aside>{sidebar}</aside></body></html>")
    assert set(page.speakers) == {"Reporter", "Mayor"}


def test_xml_names_mentioned_in_a_sentence_are_not_speakers(tmp_path: Path):
    record = written(tmp_path, "debate.xml", (
        '<?xml version="1.0"?><TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body>'
        '<u who="#JS"><seg>I thank <persName>Mr Jones</persName> for his R&D question&nbsp;today.</seg>'
        "<seg>As Minister, I reply.</seg></u>"
        '<u who="#AJ"><seg>I disagree with <persName>Mr Smith</persName>.</seg></u>'
        '<u who="#JS"><seg>So be it.</seg></u></body></text></TEI>'))
    assert record.format == "xml (turns in <u>)"
    assert said(record, "I thank Mr Jones for his R&D question today.") == "JS"  # &nbsp; a space
    assert said(record, "I disagree with Mr Smith.") == "AJ"


def test_an_unresolved_reference_yields_to_the_named_speaker(tmp_path: Path):
    record = written(tmp_path, "akn.xml", (
        '<?xml version="1.0"?><akomaNtoso><debate><debateBody>'
        '<speech by="#a"><from>The Speaker</from><p>Order.</p></speech>'
        '<speech by="#b"><from>Mr Otieno</from><p>I rise on the budget.</p></speech>'
        "</debateBody></debate></akomaNtoso>"))
    assert [t.speaker for t in record.turns] == ["The Speaker", "Mr Otieno"]


def test_ttml_with_a_zero_frame_rate_and_a_doc_whose_pieces_overrun(tmp_path: Path):
    ttml = ('<?xml version="1.0"?><tt xmlns="http://www.w3.org/ns/ttml" '
            'xmlns:ttp="http://www.w3.org/ns/ttml#parameter" ttp:frameRate="0"><body><div>'
            '<p begin="00:00:01:05" end="00:00:02.000">Jane: Hello there.</p></div></body></tt>')
    assert written(tmp_path, "zero.ttml", ttml).turns[0].start == 1 + 5 / 30
    doc = bytearray(word97_bytes([("MSM: hi\r", True)]))
    table_at = doc.index(b"\x02", 512 + 512 * 10)  # the piece table's start, in the 1Table stream
    doc[table_at + 9:table_at + 13] = (10_000_000).to_bytes(4, "little")  # a piece of ten million characters
    assert refusal(tmp_path, "overrun.doc", bytes(doc)).startswith("broken Word 97 file")


def test_an_answer_saying_someone_was_called_keeps_the_witness(tmp_path: Path):
    deposition = written(tmp_path, "deposition.txt", (
        "DEPOSITION OF JOHN DOE\n\nJOHN DOE, having been first duly sworn, testified as follows:\n\n"
        "EXAMINATION BY MR. SMITH:\nQ. Where were you on March 3?\nA. At the plant. I was called in early\n"
        "because the line had stopped.\nQ. Who else was there?\nA. The foreman. Detective Jones was called\n"
        "to the scene later that day.\nQ. Did anyone else arrive?\nA. Yes, recalled the shift manager.\n"))
    answers = [t.speaker for t in deposition.turns if t.label == "A."]
    assert answers == ["John Doe"] * 3


def test_times_inside_words_stay_words(tmp_path: Path):
    otter = written(tmp_path, "otter.txt", "Jane Smith  0:00\nWhat time should we meet?\n\nBob Jones  0:09\n"
                    "2:30 works for me.\nSee you at 10:30 AM\nand then we go.\n\nJane Smith  0:15\nGreat.\n")
    assert [(t.speaker, t.start) for t in otter.turns] == [
        ("Jane Smith", 0.0), ("Bob Jones", 9.0), ("Jane Smith", 15.0)]
    assert otter.turns[1].text.startswith("2:30 works for me.")
    zoom = written(tmp_path, "captions.txt", "[Jane Smith] 10:02:33 Can you hear me?\n[Bob Jones] 10:02:40 am I on "
                   "mute?\n[Jane Smith] 10:02:45 We hear you.\n[Bob Jones] 10:02:50 PM Modi visits next week.\n")
    assert said(zoom, "am I on mute?") == "Bob Jones" and zoom.turns[3].start == 10 * 3600 + 2 * 60 + 50


def test_a_chat_copy_s_bare_time_goes_on_with_its_sender(tmp_path: Path):
    slack = written(tmp_path, "slack.txt", "Jane Smith  10:02 AM\nThe deploy is done.\n10:04\nPing me if anything "
                    "breaks.\nBob Jones  10:06 AM\nChecking now.\nJane Smith  10:07 AM\nThanks.\n")
    assert [t.speaker for t in slack.turns] == ["Jane Smith", "Bob Jones", "Jane Smith"]
    assert slack.turns[0].start == 36120.0 and "Ping me" in slack.turns[0].text


def test_range_lines_keep_words_that_look_like_labels(tmp_path: Path):
    lines = written(tmp_path, "cooking.txt", "[00:00 - 00:04]  Welcome back. Today we cook pasta.\n"
                    "[00:04 - 00:08]  Remember: salt the water first.\n[00:08 - 00:11]  Italian Style\n"
                    "[00:11 - 00:14]  Then drain it.\n")
    assert set(lines.speakers) == {"Unknown speaker"} and "Italian Style" in " ".join(t.text for t in lines.turns)


def test_headings_ending_in_a_period_are_no_speakers(tmp_path: Path):
    notes = written(tmp_path, "notes.txt", "Alice: Did you read the note?\n\nBob: Yes. It was short.\n\n"
                    "PS. He added a line about the keys.\n\nAlice: What about the car?\n\nBob: Nothing.\n\n"
                    "NB. The keys were in the drawer.\n\nPS. Again, the keys.\n\nNB. And again.\n\nII. Next item.\n\n"
                    "III. Last item.\n")
    assert set(notes.speakers) == {"Alice", "Bob"}


def test_more_numbered_roles_prefixes_and_news_guests(tmp_path: Path):
    group = written(tmp_path, "grupp.txt", "Moderator: Vad tycker ni?\nDeltagare 1: Bra.\nDeltagare 2: Dyrt.\n"
                    "(P3) Rafaela: Tanto faz.\n(P4) Thiago: Concordo.\n1. Interviewer: Und?\n")
    assert {"Deltagare 1", "Deltagare 2", "Rafaela", "Thiago", "Interviewer"} <= set(group.speakers)
    news = written(tmp_path, "cnn.txt", "STARR: The Pentagon says more troops are going.\n\nLLOYD AUSTIN, DEFENSE "
                   "SECRETARY: We are sending them now.\n\nSTARR: That was the secretary.\n")
    assert said(news, "We are sending them now.") == "Lloyd Austin"


def test_invisible_marks_do_not_hide_labels(tmp_path: Path):
    text = written(tmp_path, "joined.txt", "Inter\u00adviewer: Where?\n\nHélène: In Grasse.\n\n\ufeffInterviewer: "
                   "When?\n\nHélène: In 1962.\n\n\u200fInterviewer: Why?\n\nHélène: Work.\n")
    assert [t.speaker for t in text.turns] == ["Interviewer", "Hélène"] * 3


def test_bracketed_times_before_unlabelled_words_and_before_labels(tmp_path: Path):
    captions = written(tmp_path, "debate.md", "[Debate](https://youtu.be/x)\n\n[00:00:00] good afternoon ladies and "
                       "gentlemen\n\n[00:00:04] session um earlier this year\n\n[00:00:07] we at The Economist\n")
    assert (captions.turns[0].speaker, captions.turns[0].start) == ("Unknown speaker", 0.0)
    assert "session um earlier this year" in captions.turns[0].text  # words, not a name
    calls = written(tmp_path, "call.txt", "[00:12] **qx()**: Happy Ergoversary everybody.\n\n"
                    "[07:52] **Dan Friedman**: So up until now.\n\n[08:10] **qx()**: Great.\n\n"
                    "[08:20] **Dan Friedman**: Yes.\n")
    assert said(calls, "So up until now.") == "Dan Friedman"


def test_teams_unpadded_cue_times_count_milliseconds(tmp_path: Path):
    """Old Teams captions write every part of a time unpadded: '0:7:27.90' is 27.090 s, so the cue ending at
    27.780 is no cue that ends before it starts; padded files keep the usual reading of a short fraction."""
    teams = ("WEBVTT\n\n0:0:0.0 --> 0:0:3.330\n<v ann@tenant>We have a summary.</v>\n\n"
             "0:7:27.50 --> 0:7:28.70\n<v bo@tenant>Right.</v>\n\n0:7:27.90 --> 0:7:27.780\n<v ann@tenant>Yes.</v>\n")
    path = tmp_path / "transcript1.vtt"
    path.write_text(teams, encoding="utf-8")
    captions = load_transcript(path)
    assert [(t.speaker, t.start) for t in captions.turns] == [("ann@tenant", 0.0), ("bo@tenant", 447.05),
                                                               ("ann@tenant", 447.09)]
    assert "ends before it starts" in refusal(tmp_path, "early.vtt", b"WEBVTT\n\n00:00:05.9 --> 00:00:05.78\nNo.\n")
