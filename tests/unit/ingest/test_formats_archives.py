"""Archives' transcripts of history, science and teaching: space missions' typed transcripts and loops, a tape's
transcript whose PDF text ran into one line, a journal's utterances as rows, a course page's timed spans, and a
livestream transcribed a sentence a paragraph."""

from __future__ import annotations

from pathlib import Path

from qa_bot.ingest.speakers import UNKNOWN_SPEAKER
from tests.conftest import said, written


def test_a_mission_transcript_names_codes_and_two_word_names_and_drops_page_headers(tmp_path: Path):
    header = "APOLLO 11 - AIR-TO-GROUND VOICE TRANSCRIPTION\n\n(GOSS NET 1)\nTape 1/1 - Page 1\nMILA (REV 1)\n"
    lines = [f"00 00 {i:02d} {10 + i:02d} {who} {words}" for i, (who, words) in enumerate(
        [("CDR", "Roger. Clock."), ("CC", "Roger. Roll."), ("CDR", "Roll's complete and the pitch is programed.")] * 8)]
    lines[5] = "00 00 05 15 CC MARK."
    body = "\n".join(lines[:12]) + "\nTape 1/2 - Page 2\n9\n" + "\n".join(lines[12:])
    end = ("\n04 06 45 57 PRESIDENT NIXON Hello, Neil and Buzz. I'm talking to you by telephone from the\n"
           "Oval Room at the White House.\n04 06 47 09 CDR Thank you, Mr. President.\n"
           "08 03 15 45 HORNET 11, this is Hornet. What's your error of splashdown? Over.\n")
    t = written(tmp_path, "a11-goss.txt", header + body + end)
    assert t.format == "mission transcript" and t.title == "APOLLO 11 - AIR-TO-GROUND VOICE TRANSCRIPTION"
    assert said(t, "Oval Room at the White House.") == "President Nixon"
    assert said(t, "What's your error of splashdown?") == "Hornet"
    assert said(t, "MARK.") == "CC"
    assert [turn.start for turn in t.turns[:2]] == [10.0, 71.0]
    assert not any("Tape 1/2" in turn.text or "MILA" in turn.text for turn in t.turns)


def test_a_flight_director_loop_heads_turns_with_elapsed_times_and_a_console(tmp_path: Path):
    turns = "".join(f"[55 4{i} 46 - 55 4{i} 49] {who}\n{words}\n\n" for i, (who, words) in enumerate(
        [("CAPCOM", "Okay FLIGHT, you read his pitch and yaw."), ("FLIGHT", "That's affirmative."),
         ("EECOM", "FLIGHT, EECOM."), ("Maroon EECOM", "Since it's only 0.8 amps let's hack it for a while.")]))
    t = written(tmp_path, "flight-director-loop.txt", turns + "[55 50 01] FLIGHT\nGo ahead, EECOM.\n")
    assert said(t, "only 0.8 amps") == "Maroon EECOM"
    assert said(t, "Go ahead, EECOM.") == "Flight"
    assert t.turns[-1].start == 55 * 3600 + 50 * 60 + 1


def test_labels_in_capitals_glued_to_the_words_around_them_cut_the_turns(tmp_path: Path):
    """A tape's transcript whose PDF text ran into one line: "…sit down.DEAN:Good morning."; a lower-case word or
    a page number right before the label too; "H.R. HALDEMAN" is one label."""
    text = ("TRANSCRIPT OF A RECORDING OF A MEETING ON MARCH 21, 1973*PRESIDENT:John, sit down, sit down.DEAN:Good "
            "morning.PRESIDENT:Well, what is the summary?DEAN:Full committee -3PRESIDENT:Right.DEAN:he does it, sir."
            "H.R. HALDEMAN:That's where your dangers lie.PRESIDENT:Is it?DEAN:when it reallyHALDEMAN:Well, no.\n")
    t = written(tmp_path, "tape.txt", text)
    assert said(t, "John, sit down") == "President"
    assert said(t, "Good morning.") == "Dean"
    assert said(t, "he does it, sir.") == "Dean"
    assert said(t, "where your dangers lie") == said(t, "Well, no.") == "H.R. Haldeman"


def test_rows_split_by_bars_whose_words_hold_commas_and_a_label_spilt_into_the_speaker_cell(tmp_path: Path):
    rows = [f"104:0{i}:42|T|{who}|{words} {i}" for i, (who, words) in enumerate(
        [("LMP", "Jim, could we yaw right a little bit?"), ("Irw", "Stand by, Charlie, stand by."),
         ("LMP", "Okay.")] * 3)]
    rows.insert(6, "104:06:50|T|Slayton: Okay. Then on the bottom, three lines up|delete the whole page, please.")
    t = written(tmp_path, "utterances.csv", "\n".join(rows) + "\n")
    assert said(t, "could we yaw right a little bit? 3") == "LMP"
    assert said(t, "Stand by, Charlie, stand by. 4") == "Irw"
    assert said(t, "delete the whole page") == "Slayton"
    assert "Then on the bottom, three lines up" in next(turn.text for turn in t.turns if turn.speaker == "Slayton")


def test_a_course_page_keeps_its_transcript_as_timed_spans_in_its_front_matter(tmp_path: Path):
    """MIT OpenCourseWare's Hugo pages: the whole file is front matter, the transcript a folded HTML string of
    spans timed in milliseconds (``m``), a label opening a span inside a paragraph."""
    spans = [("PATRICK WINSTON: You know, politics has become so serious.", 9215), ("Back when you were", 11320),
             ("little, it was fun.", 12900)]
    paragraphs = ["".join(f'<span m="{ms}">{words}</span> ' for words, ms in spans)]
    for i in range(6):
        paragraphs.append(f'<span m="{20000 + i * 3000}">STUDENT: Question {i}?</span>')
        paragraphs.append(f'<span m="{21000 + i * 3000}">PATRICK WINSTON: Answer {i}.</span> '
                          f'<span m="{22000 + i * 3000}">[LAUGHTER]</span> <span m="{22500 + i * 3000}">STUDENT: '
                          f'Reply {i}.</span>')
    html = "".join(f"<p>{p}</p>" for p in paragraphs)
    front = "---\ntitle: 'Lecture 9: Visual Object Recognition'\n" + "\n".join(f"uid{i}: x{i}" for i in range(90))
    t = written(tmp_path, "lecture-9.md", f"{front}\ntranscript: >-\n  {html}\ntype: courses\n---\n")
    assert t.format == "html (timed elements)" and t.title == "Lecture 9: Visual Object Recognition"
    assert said(t, "Answer 3.") == "Patrick Winston"
    assert said(t, "Reply 3.") == "Student"
    assert next(turn.start for turn in t.turns if "Answer 3." in turn.text) == 30.0


def test_a_livestream_transcribed_a_sentence_a_paragraph_is_read_unlabelled(tmp_path: Path):
    sentences = ["Herzlich Willkommen zu einer weiteren Episode.", "Sehr gerne.", "Ich bin der Marco.",
                 "Nächste Woche ist das Java Forum Stuttgart."] * 6
    t = written(tmp_path, "225.md", "# Folge 225 - Code Aufräumen\n\n" + "\n\n".join(sentences) + "\n")
    assert {turn.speaker for turn in t.turns} == {UNKNOWN_SPEAKER}
    assert any(turn.text == "Sehr gerne." for turn in t.turns)
