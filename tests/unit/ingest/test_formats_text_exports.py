"""Text exports of meeting tools (Otter, Zoom, Teams, Google Meet) and Markdown meeting notes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from qa_bot.errors import IngestError
from qa_bot.ingest import detect_format, discover, load_transcript
from qa_bot.ingest.speakers import UNKNOWN_SPEAKER, Utterance, line_turns
from qa_bot.ingest.timed_text import match_head
from tests.conftest import FIXTURE_ROOT, said, written

EXPORTS = FIXTURE_ROOT / "exports"


def rows(transcript) -> list[tuple]:
    return [(t.speaker, t.speaker_inferred, t.start, t.text) for t in transcript.turns]


def test_otter_export():
    t = load_transcript(EXPORTS / "otter-standup.txt")
    assert t.format == "timed text"
    assert rows(t) == [
        ("Jane Smith", False, 3.0, "Good morning, everyone. Let's start with the ferry timetable."),
        ("Bob Hale", False, 41.0, "The night ferry runs again from Sunday. We still need two more crew.\n\n"
                                  "And the fares stay where they are."),
        (UNKNOWN_SPEAKER, True, 75.0, "Sorry, who is covering the Monday shift?"),
        ("Jane Smith", False, 3727.0, "Bob, can you take it?"),
    ]


def test_zoom_saved_captions_with_a_lower_case_handle():
    t = load_transcript(EXPORTS / "zoom-captions.txt")
    assert rows(t) == [
        ("Ann Lee", False, 36153.0, "Can everyone hear me?"),
        ("stokes", False, 36161.0, "Yes, loud and clear."),
        ("Ann Lee", False, 36165.0, "Great, then let's begin with the harbour budget."),
    ]


def test_google_meet_transcript_title_and_date_from_its_header():
    t = load_transcript(EXPORTS / "meet-transcript.txt")
    assert (t.title, t.date, t.date_source) == ("Harbour board weekly – Transcript", dt.date(2023, 3, 14), "header")
    assert rows(t) == [
        ("Ann Lee", False, 0.0, "Welcome to the weekly harbour board meeting."),
        ("Bob Hale", False, 12.0, "Thanks. The dredging is a week ahead of plan."),
    ]


@pytest.mark.parametrize(
    ("line", "head"),
    [
        ("Jane Smith  0:03", ("Jane Smith", 3.0, "")),
        ("Speaker 1  1:02:03", ("Speaker 1", 3723.0, "")),
        ("[ben] 09:00:01 hi all", ("ben", 32401.0, "hi all")),
        ("Ann Lee (10:02)", ("Ann Lee", 602.0, "")),
        ("Ann Lee (10:02):", None),  # with a colon: a plain label
        ("We met at the quay at 10:30", None),  # six words: a sentence, not a name
        ("Ann: see you at 10:30", None),
        ("10:30", ("", 630.0, "")),  # a time alone names no one: the words under it go on with the speaker
        ("8:40 AM", ("", 31200.0, "")),  # a clock alone (a hearing's cover page) names no one called "AM"
        ("[10:46:17] <Vicky Risk_web_174> maybe so", ("Vicky Risk_web_174", 38777.0, "maybe so")),  # a chat's nick
        ("[00:01:44] <laughs> Oh, absolutely.", ("", 104.0, "<laughs> Oh, absolutely.")),  # a note, no nick
        ("0:07 First, the plan selector", ("", 7.0, "First, the plan selector")),  # Loom: time, then words
        ("10:02 Ann: hello", None),  # a label after the time: running text's "[time] Name:" reads it
        ("Anna Kowalski  10:02 AM", ("Anna Kowalski", 36120.0, "")),  # Slack: a 12-hour clock
        ("[10:02 PM] Anna Kowalski", ("Anna Kowalski", 79320.0, "")),  # Teams chat
        ("Anna — Today at 10:02 AM", ("Anna", 36120.0, "")),  # Discord
        ("[00:00.000 --> 00:04.200]  Good morning.", ("Unknown speaker", 0.0, "Good morning.")),  # Whisper
        ("[00:00:10.100 --> 00:00:13.000] SPEAKER_01: Will it?", ("SPEAKER_01", 10.1, "Will it?")),
        ("[00:00:03 - 00:00:07] Speaker A", ("Speaker A", 3.0, "")),
        ("**Lena Vogt** · 0:03", ("Lena Vogt", 3.0, "")),  # Substack's podcast transcripts
        ("Milton Quiroga [00:00:05] Cómo estás Jaime?", ("Milton Quiroga", 5.0, "Cómo estás Jaime?")),  # Trint, .docx
        ("Destiny [(00:00:06)](https://youtube.com/watch?v=x&t=6) History moves.", ("Destiny", 6.0, "History moves.")),
        ('[<a id="00-02-09">00:02:09</a>]  I think so.', ("", 129.0, "I think so.")),  # an anchor around the time
        ("[00:01:44]  >> Oh, absolutely.", ("", 104.0, "Oh, absolutely.")),  # whisper.cpp's change of speaker
        ("*Luke Canfield (00:56)*", ("Luke Canfield", 56.0, "")),  # a podcast page's head in italics
        ("*Audience laughs*", None),
    ],
)
def test_match_head(line: str, head: tuple | None):
    assert match_head(line) == head


def test_text_that_merely_mentions_times_is_not_timed_text():
    text = "Ann: The ferry leaves at\n10:30\n\nBob: And the last one at 22:15\n\nAnn: Right.\n"
    assert detect_format(Path("t.txt"), text) == "plain"


def test_markdown_meeting_notes_leave_out_trailing_sections():
    t = load_transcript(EXPORTS / "cl-call-notes.md")
    assert (t.format, t.title, t.date, t.date_source) == ("notes", "Harbour Board Call 42", dt.date(2023, 3, 14),
                                                          "header")
    assert rows(t) == [
        ("Ann", False, None, "Okay, everyone, today we have harbour board call 42. Let me grab the agenda.\n"
                             "First item is the dredging of the north basin."),
        ("Bob Hale", False, None, "The dredging finished a week early.\nThe channel is now nine metres deep."),
        ("Ann", False, None, "Great. Any questions before we move on?"),
    ]
    assert "Carol Ng" not in t.turns[-1].text and "2023/3/28" not in t.turns[-1].text
    assert t.warnings == ["left out 2 section(s) that are not speech: Attendees, Next meeting"]


def test_bold_label_transcripts_are_still_plain_markdown(tmp_path: Path):
    path = tmp_path / "t.md"
    path.write_text("**Ann:** Hello.\n\n**Bob:** Hi.\n\n- a list that is not under a name line\n", encoding="utf-8")
    assert load_transcript(path).format == "markdown"


def test_notes_without_a_speaker_get_a_reason(tmp_path: Path):
    from qa_bot.ingest.md_notes import parse_notes

    with pytest.raises(IngestError, match=r"no speaker found \(read as meeting notes"):
        parse_notes("# Notes\n\n**Attendees**\n* Ann\n", "t", "t.md", "t")


def test_zoom_recording_page_copied_name_over_time_over_words(tmp_path: Path):
    t = written(tmp_path, "lecture.txt", "John Rachlin\n00:00:01\nLet's see a couple of things.\nuser avatar\n"
              "Unknown Speaker\n00:00:14\nno need to panic.\nuser avatar\nJohn Rachlin\n00:00:25\nThe project runs all "
              "term.\nuser avatar\nCeara Zhang\n00:01:10\nDoes the mod function return zeros?\n")
    assert rows(t) == [("John Rachlin", False, 1.0, "Let's see a couple of things."),
                       (UNKNOWN_SPEAKER, True, 14.0, "no need to panic."),
                       ("John Rachlin", False, 25.0, "The project runs all term."),
                       ("Ceara Zhang", False, 70.0, "Does the mod function return zeros?")]


def test_labels_after_times_with_timed_continuation_lines(tmp_path: Path):
    t = written(tmp_path, "entrevista.md", "(0:02) **Sebastián:** Empezamos con su nombre.\n(0:08) **Andrea:** Andrea "
              "Ordóñez.\n(0:10) **Sebastián:** Bien, le voy a presentar\n(0:26) el proyecto de hoy.\n"
              "(0:40) **Andrea:** Claro.\n")
    assert [(u.speaker, u.start) for u in t.turns] == [("Sebastián", 2.0), ("Andrea", 8.0), ("Sebastián", 10.0),
                                                       ("Andrea", 40.0)]
    assert "el proyecto de hoy." in t.turns[2].text


def test_italic_names_alone_head_turns_even_a_name_used_once(tmp_path: Path):
    t = written(tmp_path, "town-hall.md", "### Town Hall\n\n*Adam*\n\nWe go through the agenda.\n\nMore on groups.\n\n"
              "*Alethe Denis*\n\nOur core values first.\n\n*Adam*\n\nThe minimum requirements.\n\n*Moderator*\n\n"
              "A question from the chat.\n\n*Adam*\n\nYes, that is right.\n\n*Moderator*\n\nNext question.\n")
    assert [u.speaker for u in t.turns] == ["Adam", "Alethe Denis", "Adam", "Moderator", "Adam", "Moderator"]


def test_show_notes_with_bulleted_links_over_a_labelled_transcript(tmp_path: Path):
    notes = "".join(f"**{head}**\n- [link](https://example.org/{i})\n\n" for i, head in enumerate(
        ("Learn more about our people", "News", "Events")))
    t = written(tmp_path, "episode.md", notes + "**TRANSCRIPT BELOW:**\n\n" + "".join(
        f"**{who}:** {words}\n\n" for who, words in (("Anne Currie", "AI is eating the world."),
                                                     ("Chris Adams", "Hello, and welcome."),
                                                     ("Asim Hussain", "I review pull requests at night."),
                                                     ("Anne Currie", "The grid is not always green."))))
    assert t.format == "markdown"
    assert [u.speaker for u in t.turns if u.speaker != UNKNOWN_SPEAKER] == [
        "Anne Currie", "Chris Adams", "Asim Hussain", "Anne Currie"]


def test_a_time_range_alone_then_the_name_then_the_words(tmp_path: Path):
    teams = written(tmp_path, "teams_old.txt", "Transcript\n\n0:0:0.0 --> 0:0:4.120\nJane Smith\nGood morning.\n\n"
                  "0:0:4.500 --> 0:0:9.0\nRaj Patel\nThe outage started at two.\n\n0:0:9.400 --> 0:0:12.0\nJane Smith\n"
                  "Who was on call?\n")
    assert [(u.speaker, u.start) for u in teams.turns] == [("Jane Smith", 0.0), ("Raj Patel", 4.5), ("Jane Smith", 9.4)]
    premiere = written(tmp_path, "premiere.txt", "00;00;00;00 - 00;00;05;10\nSpeaker 1\nWhere did you grow up?\n\n"
                     "00;00;05;10 - 00;00;12;02\nSpeaker 2\nA fishing village.\n\n"
                     "00;00;12;02 - 00;00;16;20\nSpeaker 1\nWhen did you leave?\n")
    assert [(u.speaker, u.start) for u in premiere.turns] == [
        ("Speaker 1", 0.0), ("Speaker 2", 5.0), ("Speaker 1", 12.0)]
    avid = written(tmp_path, "avid.txt", "01:00:03:12 INTERVIEWER: Where were you?\n01:00:07:05 ELEANOR WRIGHT: In the "
                 "newsroom.\n01:00:14:20 INTERVIEWER: And then?\n")
    assert [u.speaker for u in avid.turns] == ["Interviewer", "Eleanor Wright", "Interviewer"]


def test_a_diarised_speaker_in_brackets_after_a_cues_timing(tmp_path: Path):
    """A diarising script's cues: no numbers, the speaker after the timing, the words below; as text or as SRT."""
    cues = ("00:00:00,069 --> 00:00:01,220 [speaker_0]\nSo hi, my name is Ty.\n\n00:00:01,640 --> 00:00:02,590 "
            "[speaker_1]\nHello.\n\n00:00:02,640 --> 00:00:06,720 [speaker_0]\nWhat app do you use?\n\n"
            "00:00:06,740 --> 00:00:09,100 [speaker_1]\nInstagram, mostly.\n")
    for name in ("interview.txt", "interview.srt"):
        t = written(tmp_path, name, cues)
        assert [(u.speaker, u.start, u.text) for u in t.turns] == [
            ("speaker_0", 0.069, "So hi, my name is Ty."), ("speaker_1", 1.64, "Hello."),
            ("speaker_0", 2.64, "What app do you use?"), ("speaker_1", 6.74, "Instagram, mostly.")], name


def test_a_time_then_a_bold_name_then_the_words(tmp_path: Path):
    t = written(tmp_path, "bookbytes.txt", "(Intro music)\n\n0:00:11.8 **Adam Garrett-Harris** Hello and welcome.\n\n"
              "0:00:24.0 **Jen Luker** It's always a possibility.\n\n[00:00:25] **qx()**: Good morning.\n\n"
              "0:00:26.1 **Adam Garrett-Harris** Yeah, so chapters 5 and 6.\n")
    assert [(u.speaker, u.start) for u in t.turns] == [("Adam Garrett-Harris", 11.8), ("Jen Luker", 24.0),
                                                       ("qx", 25.0), ("Adam Garrett-Harris", 26.1)]


def test_names_alone_over_speeches_and_a_one_off_speaker_the_record_mentions(tmp_path: Path):
    speeches = [("El president", "Bon dia. Comença la sessió."), ("Vidal Aragonés", "Gràcies, president."),
                ("El president", "Gràcies. (Maria Sirvent Escrig demana per parlar.)"),
                ("Maria Sirvent Escrig", "Ens abstindrem."), ("El president", "Molt bé."),
                ("Vidal Aragonés", "Una altra qüestió."), ("El president", "Seguim.")]
    t = written(tmp_path, "ple.txt", "Ple del Parlament\n\nSessió 6\n\n" + "".join(
        f"{who}\n\n{words}\n\n" for who, words in speeches))
    assert [(u.speaker, u.text) for u in t.turns] == speeches


def test_earnings_call_names_alone_with_their_office_a_dash_after(tmp_path: Path):
    """The Motley Fool's layout: "Name -- Office" alone over each turn, the name without the office speaking; a
    one-off analyst counts where the call mentions them. "Name — words" with a dash is a label, not an office."""
    turns = [("Operator", "Operator", "Welcome to the call. I hand over to Jane Park, head of investor relations."),
             ("Jane Park -- Head of Investor Relations", "Jane Park", "Thank you. With me is our CEO, Tom Brandt."),
             ("Tom Brandt -- Chief Executive Officer", "Tom Brandt", "Thanks, Jane. Revenue grew 14%."),
             ("Operator", "Operator", "Our first question comes from Mark Davis with Morgan Stanley."),
             ("Mark Davis--Morgan Stanley -- Analyst", "Mark Davis", "Can you talk about pricing in Europe?"),
             ("Tom Brandt -- Chief Executive Officer", "Tom Brandt", "We raised prices 3% in January.")]
    t = written(tmp_path, "earnings.txt", "Prepared Remarks:\n\n" + "".join(
        f"{head}\n\n{words}\n\n" for head, _, words in turns))
    assert [(u.speaker, u.text) for u in t.turns] == [(who, words) for _, who, words in turns]
    dashed = written(tmp_path, "interview.txt", "".join(f"{who} — {words}\n\n" for who, words in (
        ("Interviewer", "How long have you kept bees?"), ("Hélène Dubois", "Since 1998, when I inherited hives."),
        ("Interviewer", "How many colonies?"), ("Hélène Dubois", "Forty-two, in three valleys."))))
    assert [u.speaker for u in dashed.turns] == ["Interviewer", "Hélène Dubois"] * 2


def test_a_webvtt_line_over_labelled_lines_without_cues_is_text(tmp_path: Path):
    t = written(tmp_path, "zoom.md", "[[projects]]\n\nWEBVTT\n\nOscar: ¿Qué pasó ahí?\n\nJavier Ocampo: Qué onda.\n\n"
              "Oscar: Nada.\n")
    assert [u.speaker for u in t.turns if u.speaker != UNKNOWN_SPEAKER] == ["Oscar", "Javier Ocampo", "Oscar"]


def test_mdx_show_notes_and_a_labelled_transcript(tmp_path: Path):
    t = written(tmp_path, "41.mdx", "---\ntitle: x-state\n---\n\n{/* TAB: SHOW NOTES */}\n\nThis week we talk to David."
              "\n\n**Andrew:** Welcome to the podcast.\n\n**David:** Thanks for having me.\n\n**Andrew:** Great.\n")
    assert [u.speaker for u in t.turns if u.speaker != UNKNOWN_SPEAKER] == ["Andrew", "David", "Andrew"]


def test_titled_labels_of_other_parliaments_and_capitals_closed_up_on_their_words(tmp_path: Path):
    lines = ["O señor PRESIDENTE: Bo día.", "O señor CONSELLEIRO DE FACENDA (Martínez García): Moitas grazas.",
             "A señora PONTÓN MONDELO: Moi bo día.", "O señor PRESIDENTE:Grazas."]
    t = written(tmp_path, "pleno.txt", "\n\n".join(lines) + "\n")
    assert [u.speaker for u in t.turns] == ["O señor PRESIDENTE", "O señor CONSELLEIRO DE FACENDA",
                                            "A señora PONTÓN MONDELO", "O señor PRESIDENTE"]


def test_kramdown_attributes_after_a_bold_label(tmp_path: Path):
    t = written(tmp_path, "interview.md", "**Interviewer:**{: .text-yellow-000}\nHallo.\n\n"
              "**Befragte:**{: .text-green-000}\nHallo.\n\n**Interviewer:**{: .text-yellow-000}\nWas machst du?\n")
    assert [(u.speaker, u.text) for u in t.turns] == [("Interviewer", "Hallo."), ("Befragte", "Hallo."),
                                                      ("Interviewer", "Was machst du?")]


def test_a_period_and_a_dash_after_a_senate_label(tmp_path: Path):
    t = written(tmp_path, "sesion.md", "El señor ZALDÍVAR, don Andrés (Presidente).- Su Excelencia concurre.\n\n"
              "El señor FREI (Presidente de la República).- Señor Presidente del Senado.\n\n"
              "El señor ZALDÍVAR, don Andrés (Presidente).- ¡Ruego silencio!\n")
    assert [u.speaker for u in t.turns] == ["El señor ZALDÍVAR (don Andrés)", "El señor FREI",
                                            "El señor ZALDÍVAR (don Andrés)"]


def test_hansard_copied_names_with_constituency_and_party_over_each_speech(tmp_path: Path):
    speeches = [("Jane Doe (Northtown) (Lab)", "If he will list his engagements."),
                ("The Prime Minister (John Major)", "This morning I had meetings."),
                ("Jane Doe", "Waiting lists have doubled."), ("The Prime Minister", "No, they have fallen."),
                ("Mr Speaker", "Order. I call Sir Peter Grant."),
                ("Sir Peter Grant (Eastvale) (Con)", "Will he welcome the bypass?")]
    t = written(tmp_path, "hansard.txt", "Prime Minister: Engagements\n\n" + "".join(
        f"{who}\n{words}\n\n" for who, words in speeches))
    assert [u.speaker for u in t.turns] == ["Jane Doe", "The Prime Minister", "Jane Doe", "The Prime Minister",
                                            "Mr Speaker", "Peter Grant"]


def test_headings_name_the_speakers_one_off_reporters_included(tmp_path: Path):
    turns = [("### Governor Michele Bullock", "The Board left the rate unchanged."),
             ("### **Shane Wright (SMH/AGE)**", "Why not rule it out?"),
             ("### **Governor Bullock**", "There are risks on the upside."), ("### Jonathan Shapiro", "And rents?"),
             ("### **Governor Bullock**", "Rents are slowing."), ("### David Taylor (ABC)", "How many lose jobs?"),
             ("### **Governor Bullock**", "I won't put a number on it."), ("### Jonathan Shapiro", "Thank you.")]
    t = written(tmp_path, "presser.md", "Transcript\n----------\n\n" + "".join(f"{h}\n\n{w}\n\n" for h, w in turns))
    assert [u.speaker for u in t.turns] == [
        "Governor Michele Bullock", "Shane Wright", "Governor Michele Bullock", "Jonathan Shapiro",
        "Governor Michele Bullock", "David Taylor", "Governor Michele Bullock", "Jonathan Shapiro"]


def test_scribed_minutes_with_names_after_bullets(tmp_path: Path):
    t = written(tmp_path, "minutes.md", "# Call\n\n* SameParty\n    * Lily: It builds on First Party Sets.\n"
              "    * Kris Chapman: Salesforce supports the direction.\n    * Lily: Thanks.\n"
              "* Click measurement\n    * John Wilander: Mostly positive so far.\n    * Kris Chapman: Agreed.\n"
              "    * John Wilander: Good.\n")
    assert [u.speaker for u in t.turns if u.speaker != UNKNOWN_SPEAKER] == [
        "Lily", "Kris Chapman", "Lily", "John Wilander", "Kris Chapman", "John Wilander"]


def test_headings_with_a_full_width_colon_and_an_ikiwiki_file(tmp_path: Path):
    turns = [("柯華葳", "目前有十九位委員到場。"), ("黃政傑", "一定是包含了以前的課。"),
             ("柯華葳", "現在會議正式開始。"), ("林文虎", "這是不夠的。"), ("黃政傑", "同意。")]
    t = written(tmp_path, "minutes.mdwn", "".join(f"### {who}：\n\n{words}\n\n" for who, words in turns))
    assert [(u.speaker, u.text) for u in t.turns] == turns


def test_europarl_sitting_turns_from_speaker_tags_and_date_from_the_file_name(tmp_path: Path):
    """Europarl's SGML: SPEAKER tags name each turn (quoted or not, several on one line), <P> parts paragraphs,
    a CHAPTER's title is no one's words; the sitting's date is in the file's name."""
    t = written(tmp_path, "ep-00-01-17.txt", (
        '<CHAPTER ID=1> Resumption of the session <SPEAKER ID=1 NAME="President"> I declare resumed the session. '
        "<P>Please rise for a minute's silence.<P>(The House rose)<SPEAKER ID=2 NAME=\"Evans, Robert J\">Madam "
        "President, on a point of order.\n<CHAPTER ID=2>\nRelating to Wednesday\n<SPEAKER ID=3 LANGUAGE=DE "
        "NAME=Schroedter AFFILIATION=\"Verts/ALE\">\nI should like to draw your attention to a case.\n"))
    assert (t.format, t.date) == ("europarl", dt.date(2000, 1, 17))
    assert [(u.speaker, u.text) for u in t.turns] == [
        ("President", "I declare resumed the session.\n\nPlease rise for a minute's silence.\n\n(The House rose)"),
        ("Evans, Robert J", "Madam President, on a point of order."),
        ("Schroedter", "I should like to draw your attention to a case.")]


def test_zoom_captions_with_long_display_names_that_open_with_digits(tmp_path: Path):
    t = written(tmp_path, "meeting_saved_closed_caption.txt", (
        "[2002_鶴丸 真也 ツルマル シンヤ] 22:05:47\n来月で退職する予定です。\n\n"
        "[Arya Musthofa Roja SMKN 1 WONOSOBO RPL] 22:05:53\nBarusan sinyalnya trouble.\n\n"
        "[Hani] 22:05:58\nOke, lanjut.\n\n[2002_鶴丸 真也 ツルマル シンヤ] 22:06:03\nはい。\n"))
    student = "2002_鶴丸 真也 ツルマル シンヤ"
    assert [u.speaker for u in t.turns] == [student, "Arya Musthofa Roja SMKN 1 WONOSOBO RPL", "Hani", student]


def test_red_hen_newsscape_captions_by_content_whatever_the_extension(tmp_path: Path):
    """Red Hen's TV news captions: a TOP| header, then start|end|CC1|words rows; >> and NAME: as in captions."""
    rows = [("000103.329", "000104.630", "SEG_00", "Type=Story start"),
            ("000103.329", "000104.630", "CC1", "THE UNITED NATIONS MOVES CLOSER"),
            ("000104.630", "000106.000", "CC1", "TO A RESOLUTION."),
            ("000131.124", "000132.492", "CC1", ">> JIM LEHRER: GOOD EVENING."),
            ("000132.625", "000134.327", "CC1", "THE NEWS TONIGHT."),
            ("000140.000", "000142.000", "CC1", ">> GWEN IFILL: THANK YOU, JIM.")]
    path = tmp_path / "2006-08-03_0000_US_KCET.txt3"
    path.write_text("TOP|20060803000000|2006-08-03_0000_US_KCET\nLAN|ENG\n" + "".join(
        f"20060803{a}|20060803{b}|{track}|{words}\n" for a, b, track, words in rows), encoding="utf-8")
    assert [s.unsupported for s in discover([tmp_path])] == [None]
    t = load_transcript(path)
    assert (t.format, t.date, t.title) == ("red hen captions", dt.date(2006, 8, 3), "2006-08-03_0000_US_KCET")
    assert [(u.speaker, u.start, u.text) for u in t.turns] == [
        (UNKNOWN_SPEAKER, 63.329, "THE UNITED NATIONS MOVES CLOSER TO A RESOLUTION."),
        ("Jim Lehrer", 91.124, "GOOD EVENING. THE NEWS TONIGHT."), ("Gwen Ifill", 100.0, "THANK YOU, JIM.")]


def test_speech_to_text_lines_each_after_its_time_name_no_one(tmp_path: Path):
    """Whisper's "[00:00:29] words" lines: a line of Latin capitals ("PTC陶瓷快速導熱", "Happy Birthday") right over
    the next time is speech, not a name over its words."""
    lines = ["臺灣的冬季潮溼寒冷", "PTC陶瓷快速導熱", "啓動及順熱溫暖即刻來襲", "Happy Birthday",
             "信仰不一定是在講宗教", "Goldman Sachs的分析師所提到", "這可能是CTA的一個賣盤"]
    t = written(tmp_path, "ep612.md", "# EP612 逐字稿\n\n## 全文\n\n"
                + "".join(f"[00:00:{2 * i:02}] {line}\n" for i, line in enumerate(lines)))
    assert {turn.speaker for turn in t.turns} == {"Unknown speaker"}
    assert said(t, "PTC陶瓷快速導熱") == said(t, "這可能是CTA") == "Unknown speaker"


def test_headings_holding_a_bold_name_and_a_linked_time_head_the_turns(tmp_path: Path):
    """A meeting page: an AI summary's bold links first, then "##### **Name** [[00:00:16](…&t=16)]" over each
    turn's words."""
    heads = [("Chenyu", 0, "Okay, welcome everyone to our meeting."), ("Nimlgen", 16, "We sold two more boxes."),
             ("Geohot", 21, "TinyBox Red was down."), ("Nimlgen", 31, "That was the main thing.")]
    t = written(tmp_path, "meeting.md", "# 2025-12-15 Meeting\n\n### Highlights\n\n- **[Company Update](#x)**: "
                "Sold two boxes.\n\n### Transcript\n\n" + "".join(
                    f"##### **{who}** [[00:00:{at:02}](https://www.youtube.com/watch?v=x&t={at})]\n\n{words}\n\n"
                    for who, at, words in heads))
    assert [(turn.speaker, turn.start, turn.text) for turn in t.turns if turn.speaker != "Unknown speaker"] == [
        (who, float(at), words) for who, at, words in heads]


def test_whisper_lines_timed_in_seconds_saved_as_srt_are_read_as_timed_text(tmp_path: Path):
    lines = ["All right, welcome to the WAN show.", "So, this is John.", "John went to Duke.", "I like the band."]
    text = "".join(f"[{9.54 * i:.2f} → {9.54 * i + 5:.2f}] {line}\n" for i, line in enumerate(lines))
    t = written(tmp_path, "wan.srt", text)
    assert t.format == "timed text" and {turn.speaker for turn in t.turns} == {UNKNOWN_SPEAKER}
    assert said(t, "like the band") == UNKNOWN_SPEAKER and t.turns[0].start == 0.0


def test_bulleted_remarks_of_a_developers_meeting_are_credited_to_their_handles(tmp_path: Path):
    t = written(tmp_path, "DevMeeting.md", "# [Feature #20281] ruby_free_at_exit_p\n\nDiscussion:\n\n"
                "* shyouhei: What is the problem? This seems just okay.\n* ko1: A runtime check is needed.\n"
                "* peter: ASAN detects memory leaks because C exts don't tidy up.\n* ko1: OK.\n\nConclusion:\n\n"
                "* matz: accepted.\n* shyouhei: I wanted this before.\n* peter: Thanks.\n")
    assert said(t, "ASAN detects") == "peter" and said(t, "runtime check") == "ko1"
    assert said(t, "I wanted this before") == "shyouhei" and said(t, "accepted.") == "matz"


def test_factbase_exports_head_each_turn_with_name_and_time_range(tmp_path: Path):
    """Factba.se: "Name 00:00:14-00:00:41 (27 sec)" over an analysis line ("No StressLens", "No Signal (0.531)"),
    then the words; the analysis lines are no one's words."""
    t = written(tmp_path, "hannity.txt", "Full Transcript\nNote 00:00:00-00:00:00 ( sec)\nNo StressLens\n"
                "[The following transcript was provided by Fox News.]\nSean Hannity 00:00:00-00:00:01 (1 sec)\n"
                "No StressLens\nMr. President --\nDonald Trump 00:00:01-00:00:02 (1 sec)\nNo Signal (0)\nThank you.\n"
                "Sean Hannity 00:00:05-00:00:14 (9 sec)\nNo Signal (0.531)\nHow do you feel?\n"
                "Donald Trump 00:00:14-00:00:41 (27 sec)\nNo StressLens\nWell, it was a lot of work.\n")
    assert said(t, "How do you feel?") == "Sean Hannity" and said(t, "a lot of work") == "Donald Trump"
    assert t.turns[-1].start == 14.0 and not any("StressLens" in turn.text or "Signal" in turn.text for turn in t.turns)


def test_a_copied_youtube_transcript_as_bulleted_linked_times_names_no_one(tmp_path: Path):
    """Glasp's copy of YouTube's transcript: each line a list item opening with a link to its moment."""
    lines = "".join(f"- ([00:{i:02d}](https://www.youtube.com/watch?v=x&t={i}s)) palavras da linha {i} aqui\n"
                    for i in range(2, 14, 2))
    t = written(tmp_path, "episodio.md", f"# 30: Ecossistemas de software - YouTube\n\n## Transcript:\n{lines}")
    assert t.format == "timed text" and {u.speaker for u in t.turns} == {"Unknown speaker"}
    assert t.turns[0].start == 2.0 and "palavras da linha 12 aqui" in t.turns[-1].text
    assert not any("youtube.com" in u.text for u in t.turns)


def test_otter_heads_with_a_pseudonyms_code_for_a_name(tmp_path: Path):
    """A research interview exported from Otter, the participant named by a code that starts with a digit."""
    t = written(tmp_path, "interview.md", (
        "# Voice-Assistant Extended\n\nAdrian Demleitner  0:02  \nGood. Thank you for your time.\n\n"
        "3j14j0  0:06  \nIt's okay. Nice to catch up.\n\nAdrian Demleitner  0:13  \nI attended your workshop.\n\n"
        "3j14j0  1:44  \nVibrant matter. Actually, I've never heard of it.\n"))
    assert said(t, "Nice to catch up") == said(t, "never heard of it") == "3j14j0"
    assert said(t, "attended your workshop") == "Adrian Demleitner"


def test_subtitle_cues_set_as_code_in_a_podcast_page_under_its_front_matter(tmp_path: Path):
    """A Hugo page: front matter with the title and date, words about the episode, a 'Recorded: date.' line, then
    an AI transcription's cues as code ("`1 00:00:00,000 --> 00:00:08,660`") with the words below, naming no one:
    turns cut at pauses, and no label taken from the 'Inspelat:' line."""
    cues = "".join(f"`{i} 00:00:{2 * i:02d},000 --> 00:00:{2 * i + 1:02d},500`\nOrd nummer {i} här.\n\n\n"
                   for i in range(1, 20))
    t = written(tmp_path, "avsnitt.md", (
        "---\ndate: '2013-09-19T12:44:49'\ntitle: 'Intervjuavsnitt #6 - Mullvad'\n---\n## Lyssna\n\n"
        "Detta är det sjätte intervjuavsnittet.\n\nInspelat: 2013-08-15. Längd: 01:10:02.\n\n"
        f"## AI transkribering\n\n{cues}"))
    assert t.title == "Intervjuavsnitt #6 - Mullvad" and t.date == dt.date(2013, 9, 19)
    assert {u.speaker for u in t.turns} == {UNKNOWN_SPEAKER}
    timed = [u for u in t.turns if u.start is not None]
    assert timed[0].start == 2.0 and len(timed) < 10 and "Ord nummer 19 här." in timed[-1].text
    assert not any("Inspelat" in u.speaker for u in t.turns)


def test_an_untimed_introduction_stays_apart_from_timed_lines_cut_at_pauses():
    pieces = [Utterance("About this episode.", None, UNKNOWN_SPEAKER)] + [
        Utterance(f"Words {i}.", None, UNKNOWN_SPEAKER, float(3 * i)) for i in range(40)]
    turns = line_turns("t", pieces)
    assert turns[0].text == "About this episode." and turns[0].start is None
    assert 2 < len(turns) < 20 and [u.index for u in turns] == list(range(len(turns)))


def test_bold_times_before_the_words_name_no_one_and_bold_italic_labels_are_labels(tmp_path: Path):
    """A podcast chunk whose lines open with a bold time (``**[00:13]** words``), under an 'Episode: [link]' line;
    an interview post labelled in bold italics (``***Maria Lewalska:***``); a bold time alone over a labelled line
    stays no head (IETF minutes: ``**[03:14]**`` over ``**Chair:** Good morning``)."""
    lines = "\n\n".join(f"**[00:{10 * i:02d}]** Words of line {i} here." for i in range(6))
    chunk = written(tmp_path, "chunk.md", f"# E.376 - Chunk 1\n\nEpisode: [Full chat](../episode.md)\n\n"
                                          f"## Transcript\n\n{lines}\n")
    assert {u.speaker for u in chunk.turns if "Words of line" in u.text} == {UNKNOWN_SPEAKER}
    post = written(tmp_path, "post.md", "***Maria Lewalska:*** How did it start?\n\n***WCh:*** I was born deaf.\n\n"
                                        "***ML:*** Really?\n\n***WCh:*** Yes.\n")
    assert said(post, "How did it start") == "Maria Lewalska" and said(post, "born deaf") == "WCh"
    minutes = written(tmp_path, "minutes.md", "**[03:14]**\n\n**Chair:** Good morning everybody.\n\n**[03:40]**\n\n"
                                              "**Tommy Pauly:** Hello.\n\n**Chair:** Thanks.\n")
    assert said(minutes, "Good morning") == "Chair" and said(minutes, "Hello.") == "Tommy Pauly"


def test_italic_heads_over_show_notes_with_labelled_bullets(tmp_path: Path):
    """A podcast page: show notes whose bullets open with "Topic: …", then each turn under an italic
    "*Name (MM:SS)*" head; the bullets are no one's words and no speaker."""
    notes = "### What We Cover\n\n- War-flying: drones as hacking platforms\n- Detection: RF, acoustic, radar\n\n"
    turns = [("Luke Canfield", "00:00", "It was in New York, on a Mavic."), ("Adam Roth", "00:04", "I haven't."),
             ("Joe Patti", "00:05", "Welcome to the show."), ("Luke Canfield", "01:13", "They flew in lobster.")]
    t = written(tmp_path, "episode.md", notes + "## Full Episode Transcript\n\n" + "".join(
        f"*{who} ({when})*\n{words}\n\n" for who, when, words in turns))
    assert t.format == "timed text"
    assert [(u.speaker, u.text) for u in t.turns if u.speaker != UNKNOWN_SPEAKER] == [
        (who, words) for who, _, words in turns]
    assert said(t, "They flew in lobster.") == "Luke Canfield" and t.turns[-1].start == 73.0



def test_a_call_copied_with_names_and_firms_over_the_words_and_few_blank_lines(tmp_path: Path):
    """Seeking Alpha's call pages saved as text: ``Name - Firm`` alone over the words, a middle initial in the name
    (never a label ``Gary C.``), ``Operator`` alone, and only a blank line here and there."""
    lines = ["Southwest Airlines Co. (NYSE:LUV) Q2 2018 Earnings Call", "Executives",
             "Gary C. Kelly - Southwest Airlines Co.", "Analysts", "Mary Schlangenstein - Bloomberg LP", "Operator",
             "Good day, everyone, and welcome to the call.", "Gary C. Kelly - Southwest Airlines Co.",
             "Thank you, and good morning everybody.", "It was a strong quarter.", ""]
    for n in range(4):
        lines += ["Mary Schlangenstein - Bloomberg LP", f"What led to step {n} of the inspections?",
                  "Gary C. Kelly - Southwest Airlines Co.", f"Step {n} was a precaution.", "Operator",
                  f"Our next question {n} comes from the line.", *([""] if n == 2 else [])]
    path = tmp_path / "CT_LUV_2018_q2.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    t = load_transcript(path)
    assert said(t, "welcome to the call") == "Operator"
    assert said(t, "It was a strong quarter.") == "Gary C. Kelly"
    assert said(t, "What led to step 2") == "Mary Schlangenstein"
    assert said(t, "Step 3 was a precaution.") == "Gary C. Kelly"
    assert said(t, "Our next question 1") == "Operator"


def test_a_diarised_export_s_machine_labels_alone_on_their_lines_head_turns_used_once_too(tmp_path: Path):
    """A panel's diarisation as text: ``SPEAKER_NN`` alone on its line over the indented words; the moderator's
    label heads many turns, a panellist's may head one, and is theirs all the same."""
    turns = [("SPEAKER_06", "Actually, the world today is a lot different than it was seven years ago."),
             ("SPEAKER_00", "There's no such thing as enough. We start from a situation of scarcity."),
             ("SPEAKER_01", "I don't disagree with that at all. Let me turn back to your example."),
             ("SPEAKER_06", "Yeah, and you've already discussed the risk of new investments."),
             ("SPEAKER_03", "If I can just build on that with the bar example from your question."),
             ("SPEAKER_04", "So that I think is the question and the challenge for us all."),
             ("SPEAKER_06", "I need to ask a final question because we're approaching the end."),
             ("SPEAKER_01", "Well, I don't know if we should be here, but it's not my comfort blanket."),
             ("SPEAKER_06", "So there is a risk to discuss what we are discussing. Any last word?"),
             ("SPEAKER_04", "Looking at the A-list versus B-list, it's as easy to turn them around."),
             ("SPEAKER_06", "Thank you all for joining this panel today.")]
    text = "TRANSCRIPT OF file x2.wav \n\n" + "".join(f"{who} \n  {words} \n\n" for who, words in turns)
    t = written(tmp_path, "sei-panel-diarisation.txt", text)
    assert [(u.label, u.text) for u in t.turns] == turns


def test_a_whisperx_page_heads_turns_with_speaker_headings_over_bold_time_ranges(tmp_path: Path):
    """A WhisperX transcript rendered as Markdown: ``## Speaker_SPEAKER_06`` (or a name the editor gave, maybe
    opening with a word such as "Will") over ``**[00:01:17 - 00:01:33]** words`` lines; a field over the first
    heading (``**Language:** Unknown``) speaks for no one."""
    turns = []
    for i, who in enumerate(["Speaker_SPEAKER_06", "Will Garrett (Dr. OK)", "Speaker_SPEAKER_01", "Will Garrett"] * 8):
        turns.append(f"## {who}\n\n**[00:{i:02d}:10 - 00:{i:02d}:15]** Words of turn {i}.\n\n"
                     f"**[00:{i:02d}:16 - 00:{i:02d}:20]** More words {i}.\n")
    t = written(tmp_path, "episode_97.md", "# episode 97\n\n**Language:** Unknown\n\n---\n\n" + "\n\n".join(turns))
    assert said(t, "More words 4.") == "Speaker_SPEAKER_06"
    assert said(t, "Words of turn 5.") == said(t, "Words of turn 7.") == "Will Garrett"
    assert not any("[00:05:16" in turn.text for turn in t.turns)
    assert next(turn.start for turn in t.turns if "Words of turn 5." in turn.text) == 310.0
    lines = "".join(f"Speaker SPEAKER_0{i % 2}: Line {i} of the recording.\n" for i in range(6))
    assert said(written(tmp_path, "diarized_transcript.txt", lines), "Line 3 of") == "Speaker SPEAKER_01"


def test_a_ren_py_script_credits_say_statements_to_their_characters_and_narration_to_no_one(tmp_path: Path):
    """A visual novel's ``.rpy`` scene: ``te "…"`` say statements, an image attribute between the character and its
    words, a character defined here credited by its name, bare strings the narration; statements that take a
    string without saying it (``play music "…"``) and menu choices are no words."""
    script = ('define sc = Character("Scott")\n\nlabel esc_14C_1:\n\n    scene bg casa with fade\n'
              '    play music "audio/noche.ogg"\n    "La lámpara sobre la mesa parpadea."\n    show te1 at right\n'
              '    te "Fui a la biblioteca del distrito."\n    sc enojado "¿Fuiste allí {i}sola{/i}?"\n'
              '    te "Sí, \\"sola\\"."\n    menu:\n        "Contarle todo":\n            jump fin\n')
    t = written(tmp_path, "Esc14C_1.rpy", script)
    assert t.format == "ren'py"
    assert said(t, "Fui a la biblioteca del distrito.") == "te"
    assert said(t, "¿Fuiste allí sola?") == "Scott"
    assert said(t, 'Sí, "sola".') == "te"
    assert said(t, "La lámpara sobre la mesa parpadea.") == UNKNOWN_SPEAKER
    assert not any("noche.ogg" in turn.text or "Contarle" in turn.text for turn in t.turns)


def test_a_reports_pages_above_its_appendixs_timed_log_are_kept(tmp_path: Path):
    """A report whose appendix is a timed log (a PDF's text, no blank lines): its forty lines of findings above the
    first head are no header to drop but no one's words, kept."""
    report = "\n".join(["Final report AO-2019-006"] + [f"{n}.{n} Finding number {n} of the inquiry"
                                                         if n % 3 else f"Section {n}" for n in range(1, 41)])
    log = "".join(f"{who}  0:{10 + n:02d}\nMasterton traffic, call number {n} of the log.\n"
                  for n, who in enumerate(["Massey", "Tower", "Massey", "Tower"]))
    t = written(tmp_path, "report.txt", report + "\n" + log)
    assert said(t, "Finding number 29 of") == UNKNOWN_SPEAKER
    assert said(t, "call number 2 of") == "Massey"


def test_a_recording_s_length_in_a_header_is_no_speaker(tmp_path: Path):
    """A research interview's particulars (``Dauer der Aufnahme: 53:57``) over ``I:`` / ``B:`` turns: the length of
    the recording is no timed head naming a speaker of the whole file."""
    t = written(tmp_path, "interview.txt", "Kürzel: Bootsbauer_M26\nDauer der Aufnahme: 53:57\n\n"
                "I: Welche Informationen kannst du dieser Darstellung entnehmen? 01:06\n\n"
                "B: Einen grob linearen Anstieg der Inzidenz. 01:22\n\nI: Helfen dir die Darstellungen? 01:27\n\n"
                "B: Mir persönlich eher weniger. 02:10\n")
    assert "Dauer der Aufnahme" not in t.speakers
    from qa_bot.ingest.timed_text import match_head

    assert match_head("Dauer der Aufnahme: 53:57") is None and match_head("Duration: 1:02:03") is None
    assert match_head("Theo @thhck: 06:18") == ("Theo @thhck", 378.0, "")
    assert said(t, "Anstieg der Inzidenz") == said(t, "eher weniger") == "B"


def test_a_time_then_a_code_in_parentheses_heads_an_excerpt(tmp_path: Path):
    """A report's excerpts, each a time and the participant's code in parentheses before the words (``0:18:13.4
    (P2) I think…``) under a table's header row: the code is the speaker, the header row no one; a sound in
    parentheses after a time (``(Laughter)``) names no one."""
    t = written(tmp_path, "excerpts.txt", "Respondent Text Annotation\n\n0:10:55.2 (P1) Maybe developers\n\n"
                "0:11:00.8 (P2) Development team, I don't know.\n\n0:18:13.4 (P2) We can still do developers.\n\n"
                "0:18:18.2 (P1) Yeah?\n\n0:18:20.0 (Laughter) So the system, then.\n")
    phrases = ("Maybe developers", "Development team", "still do", "Yeah?")
    assert [said(t, w) for w in phrases] == ["P1", "P2", "P2", "P1"]
    assert "Respondent Text Annotation" not in t.speakers and "Laughter" not in t.speakers
