"""Shapes met in real public transcripts that ingest once refused or misattributed (fixtures written here)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from qa_bot.errors import IngestError
from qa_bot.ingest import load_transcript
from qa_bot.ingest.speakers import UNKNOWN_SPEAKER, canonical_names
from tests.conftest import refusal, said, written

# A record of proceedings: an attendance list, page headers, speeches hard-wrapped into indented paragraphs.
PROCEEDINGS = """立法會  ─  2012年 10月 10日

1

會議過程正式紀錄

出席議員：

主席曾鈺成議員 , G.B.S., J.P.

何俊仁議員

李卓人議員

涂謹申議員

陳鑑林議員 , S.B.S., J.P.

梁耀忠議員

劉皇發議員 , G.B.S., J.P.

秘書：各位議員，現在進行宣誓。

 宣誓完畢。

何俊仁議員：各位同事，秘書處已發出通知，
 說明今天的選舉程序。

梁國雄議員：我想問一個問題，據說某議員是
中國國民黨黨員，請他說明。

 他應該回答。

何俊仁議員：梁議員，我已經聽到你的問題了。

梁國雄議員：一個法人可以參選主席的嗎？

何俊仁議員：今天全屬個人投票。

 一位議員只能夠投一票。

秘書：現在派發選票。
"""


def test_cjk_labels_of_a_record_of_proceedings_are_read_and_wrapped_lines_join_without_a_space(tmp_path: Path):
    t = written(tmp_path, "legco.txt", PROCEEDINGS)
    assert said(t, "據說某議員是中國國民黨黨員") == "梁國雄議員"  # wrapped between 是 and 中: no space put in
    assert said(t, "我已經聽到你的問題了") == "何俊仁議員"
    assert said(t, "一位議員只能夠投一票") == "何俊仁議員"
    assert said(t, "現在派發選票") == "秘書"


UNLABELLED_MD = """---
title: Leer Russisch met Vladimir Poetin
---

<br/>

Met een vragenstelster die ook zou kunnen werken voor de [schoolkrant](https://example.org/krant), en een wel
erg bewonderende blik. Transcriptie en een aanzet tot vertaling hieronder.

<br/>
<br/>

*Если бы вы пользовались, какой бы ник вы бы себе выбрали? Потому что миллион аккаунтов называются вашим именем.*

<br/>

Я знаю, что всяких аккаунтов полно, где-то около пяти тысяч, по-моему. Я не имею ни к одному из них отношения.

<br/>

Когда я учился в разведшколе, у меня был псевдоним Платов. Но сейчас пользоваться псевдонимом просто нелепо.

<br/>

Но здесь-то зачем? От чего прятаться? Мне кажется, что наоборот, если человек делает что-то достойное и интересное,
то он должен делать это открыто, под своим именем, и отвечать за свои слова перед людьми.
"""


def test_unlabelled_markdown_with_inline_html_is_read_as_unknown_speaker_prose(tmp_path: Path):
    t = written(tmp_path, "interview.ru-nl.md", UNLABELLED_MD)
    assert {turn.speaker for turn in t.turns} == {UNKNOWN_SPEAKER}
    assert said(t, "у меня был псевдоним Платов") == UNKNOWN_SPEAKER
    text = " ".join(turn.text for turn in t.turns)
    assert "<br" not in text and "https://" not in text and "schoolkrant, en een wel" in text


def test_paragraphs_on_single_lines_without_blank_lines_between_are_prose_turns(tmp_path: Path):
    lines = [f"Line {i} of the show, where we talk about productivity systems, and we keep talking about them "
             f"for a while, with a few sentences in each paragraph, the way a podcast export writes them. Yes. Okay, "
             f"so this is paragraph {i}."
             for i in range(6)]
    t = written(tmp_path, "episode.md", "---\ntitle: 89\n---\n\n" + "\n".join(lines) + "\n")
    assert len(t.turns) == 6 and {turn.speaker for turn in t.turns} == {UNKNOWN_SPEAKER}


def test_json_after_a_markdown_heading_is_read_as_the_json_it_is(tmp_path: Path):
    response = {"results": {"utterances": [
        {"speaker": 0, "start": 0.0, "end": 2.0, "transcript": "Thank you for calling Premier Phone Services."},
        {"speaker": 1, "start": 2.5, "end": 4.0, "transcript": "I need some help with my phone plan."},
    ]}}
    t = written(
        tmp_path, "deepgram_example.md", "# Deepgram Example Response\n\n" + json.dumps(response, indent=2) + "\n",
    )
    assert t.format.startswith("json") and t.format.endswith("in a .md file")
    assert said(t, "help with my phone plan") == "SPEAKER_01"
    fenced = tmp_path / "fenced.md"
    fenced.write_text("Example output:\n\n```json\n" + json.dumps(response) + "\n```\n", encoding="utf-8")
    assert said(load_transcript(fenced), "Premier Phone Services") == "SPEAKER_00"


def test_a_name_given_to_several_diarized_speakers_is_a_role_and_they_stay_apart(tmp_path: Path):
    """'Staff Member' names three diarized speakers: three people, credited by their labels, never one."""
    turns = [
        {"speaker": "SPEAKER_09", "speaker_public": "Mayor Catherine Read", "text": "I call the session to order."},
        {"speaker": "SPEAKER_00", "speaker_public": "Staff Member", "text": "Our first item is the parks plan."},
        {"speaker": "SPEAKER_02", "speaker_public": "Staff Member", "text": "Walking trails, not roads."},
        {"speaker": "SPEAKER_06", "speaker_public": "Staff Member", "text": "Splash pads for every park."},
        {"speaker": "SPEAKER_02", "speaker_public": "SPEAKER_02", "text": "And pickleball courts."},
        {"speaker": "SPEAKER_07", "speaker_public": "Mayor Catherine Read", "text": "Thank you all."},
    ]
    t = written(tmp_path, "council.json", json.dumps({"turns": turns}))
    assert said(t, "Walking trails") == "SPEAKER_02"
    assert said(t, "pickleball") == "SPEAKER_02"
    assert said(t, "parks plan") == "SPEAKER_00"
    assert said(t, "Splash pads") == "SPEAKER_06"
    assert said(t, "Thank you all") == "Mayor Catherine Read"  # a name on two labels is still the person


def test_a_name_behind_an_office_once_is_the_name_the_file_uses():
    names = canonical_names(["President of Russia Vladimir Putin"] + ["Vladimir Putin"] * 5 + ["V. Putin"])
    assert set(names.values()) == {"Vladimir Putin"}
    # Used as often as the bare name, the office form is the fuller name; an office alone never joins a name.
    assert canonical_names(["Mayor Ruth Ade", "RUTH ADE"])["RUTH ADE"] == "Mayor Ruth Ade"
    assert len(set(canonical_names(["THE PRESIDENT", "President Joe Biden", "Joe Biden", "Joe Biden"]).values())) == 2


def test_a_lone_one_off_label_in_an_interview_is_text_of_the_interviewees_answer(tmp_path: Path):
    t = written(tmp_path, "Fermat-transcript-de.md",
        "# Info\nInterviewee: Fermat\n\n# Transcript\n## Question 1: Was beschäftigt dich im Alltag?\n\n"
        "Auf kurzfristige Sicht: ob ich Zeit habe.\nMittellange Frist: Ob irgendwo Krieg ausbricht, oder?\n\n"
        "## Question 2: Und in einer Gruppe?\n\nAm Anfang meistens eher zurückhaltend.\n",
    )
    assert said(t, "Ob irgendwo Krieg ausbricht") == "Fermat"
    assert said(t, "eher zurückhaltend") == "Fermat"


NLP = """token|speaker|ts|endTs|punctuation|case|tags|wer_tags
Welcome|0||||UC|[]|[]
to|0||||LC|[]|[]
the|0||||LC|[]|[]
call|0|||.|LC|[]|[]
Thank|1|12.5|||UC|[]|[]
you|1||||LC|[]|[]
operator|1|||.|LC|[]|[]
Revenue|1||||UC|[]|[]
improved|1|||.|LC|[]|[]
Any|0||||UC|[]|[]
questions|0|||?|LC|[]|[]
"""


def test_rev_nlp_token_files_become_turns_per_speaker(tmp_path: Path):
    t = written(tmp_path, "earnings21-4386541.nlp", NLP)
    assert t.format == "nlp"
    assert [(turn.speaker, turn.text, turn.start) for turn in t.turns] == [
        ("SPEAKER_00", "Welcome to the call.", None),
        ("SPEAKER_01", "Thank you operator. Revenue improved.", 12.5),
        ("SPEAKER_00", "Any questions?", None),
    ]
    assert "without a speaker column" in refusal(tmp_path, "broken.nlp", b"token|ts\nHello|0.5\n")


def test_otter_export_without_times_names_alone_on_their_lines_head_the_turns(tmp_path: Path):
    turns = [("Jonas Rosland", "Hi everyone and welcome to another interview with indie game developers."),
             ("Jon Lawitts", "Yeah, so I guess I'll go first. We're both directors at Redstart."),
             ("Vicky Wei", "Hey everyone, I'm Vicky, and I handle the game design."),
             ("Jonas Rosland", "Awesome. So, how did you get started in game development?"),
             ("Vicky Wei", "Well, I think we worked in prior industries before this."),
             ("Jon Lawitts", "We just sort of dove in, really.")]
    body = "\n\n".join(f"{name}  \n{words}" for name, words in turns)
    t = written(
        tmp_path, "get-a-grip-chip.md", "# Interview with Jon Lawitts and Vicky Wei\n\n## Transcript\n\n" + body + "\n",
    )
    assert t.format == "timed text"
    assert said(t, "dove in, really") == "Jon Lawitts"
    assert said(t, "prior industries") == "Vicky Wei"
    assert said(t, "how did you get started") == "Jonas Rosland"


def test_section_headings_over_prose_are_not_names_alone():
    from qa_bot.ingest.name_lines import bare_names
    from qa_bot.ingest.timed_text import match_head

    lines = ["Background", "We met in May and agreed to meet again.", "", "Methods", "We asked ten people.", ""]
    assert bare_names(lines, match_head) == frozenset()
    replies = ["MS. PSAKI:  Go ahead.", "", "Q    Is that a yes? Because", "it seems to be one.", "", "Yeah.", "",
               "Q    And the Olympics, will", "they end first?", "", "Yes.", ""] * 6  # a briefing's replies, no names
    assert bare_names(replies, match_head) == frozenset()


def test_a_name_with_its_office_after_a_comma_and_a_name_with_two_notes_are_labels(tmp_path: Path):
    t = written(tmp_path, "plenarprotokoll.txt",
        "Präsident Dr. Norbert Lammert: Die Sitzung ist eröffnet. Das Wort hat die Bundeskanzlerin.\n\n"
        "Dr. Angela Merkel, Bundeskanzlerin:\nDer vergangene Donnerstag war ein Einschnitt für Europa.\n\n"
        "Präsident Dr. Norbert Lammert: Das Wort hat der Kollege Bartsch.\n\n"
        "Dr. Dietmar Bartsch (DIE LINKE): Herr Präsident! Meine Damen und Herren!\n\n"
        "Müller (Frankfurt) (KPD): Das gehört absolut dazu, Herr Präsident.\n\n"
        "Schäffer, Bundesminister der Finanzen: Warum soll man es einfach machen?\n\n"
        "Präsident Dr. Norbert Lammert: Vielen Dank.\n\n"
        "Dr. Dietmar Bartsch (DIE LINKE): Noch eine Bemerkung.\n\n"
        "Präsident Dr. Norbert Lammert: Weitere Wortmeldungen liegen nicht vor.\n\n"
        "Müller (Frankfurt) (KPD): Danke.\n\n"
        "Präsident Dr. Norbert Lammert: Die Sitzung ist geschlossen.\n",
    )
    assert said(t, "Einschnitt für Europa") == "Angela Merkel"
    assert said(t, "einfach machen") == "Schäffer"
    assert said(t, "absolut dazu") == "Müller (Frankfurt)"  # the place tells two Müllers apart; the party goes
    assert said(t, "Noch eine Bemerkung") == "Dietmar Bartsch"
    assert said(t, "Meine Damen und Herren") == "Dietmar Bartsch"


def test_well_comma_is_speech_not_a_name_with_an_office(tmp_path: Path):
    t = written(tmp_path, "hearing.txt", "Alice Brown: Go.\n\nBob Stone: Thanks.\n\nWell, I Think: that is all.\n")
    assert said(t, "that is all") == "Bob Stone"


def test_captions_pasted_into_markdown_without_their_webvtt_line_are_timed_turns(tmp_path: Path):
    cues = "\n\n".join(f"00:{s:02d}.000 --> 00:{s + 4:02d}.500\nSentence number {s} of the podcast."
                       for s in range(0, 56, 5))
    t = written(tmp_path, "artemio-urbina.md", cues + "\n")
    assert t.format == "vtt in a .md file"
    assert {turn.speaker for turn in t.turns} == {UNKNOWN_SPEAKER} and t.turns[0].start == 0.0


def test_a_redacted_witness_name_leaves_the_witness_unnamed(tmp_path: Path):
    t = written(tmp_path, "grand-jury.txt",
        "MS. WHIRLEY: And the court reporter is here.\n\n"
        "of lawful age, having been first duly sworn to\ntestify the truth, testified as follows:\n\n"
        "EXAMINATION\n\nBY MS. WHIRLEY:\n\nQ Did you see the car?\n\nA Correct, I didn't see no stippling.\n\n"
        "Q And then?\n\nA Then I left.\n\nQ Thank you.\n\nA Yes, ma'am.\n",
    )
    assert said(t, "no stippling") == "The Witness"
    assert said(t, "Did you see the car") == "Ms. Whirley"


def test_google_speech_to_text_json_bare_or_in_its_operation(tmp_path: Path):
    results = {"results": [
        {"alternatives": [{"transcript": "guten Morgen Thomas", "words": [
            {"startTime": "0.100s", "endTime": "0.700s", "word": "guten"}]}]},
        {"alternatives": [{"transcript": "Logbuch Netzpolitik Nummer 232", "words": [
            {"startTime": "24.800s", "endTime": "25.600s", "word": "Logbuch"}]}]},
    ]}
    for name, data in (("bare.json", results), ("operation.json", {"name": "1", "done": True, "response": results})):
        path = tmp_path / name
        path.write_text(json.dumps(data), encoding="utf-8")
        t = load_transcript(path)
        assert t.format == "json (Google Speech-to-Text)"
        assert said(t, "Logbuch Netzpolitik") == UNKNOWN_SPEAKER and t.turns[-1].start == 24.8
    diarized = {"results": [{"alternatives": [{"transcript": "hello there", "words": [
        {"startTime": "0s", "endTime": "1s", "word": "hello", "speakerTag": 1},
        {"startTime": "1s", "endTime": "2s", "word": "there", "speakerTag": 1},
        {"startTime": "5s", "endTime": "6s", "word": "goodbye", "speakerTag": 2}]}]}]}
    path = tmp_path / "diarized.json"
    path.write_text(json.dumps(diarized), encoding="utf-8")
    assert said(load_transcript(path), "goodbye") == "SPEAKER_02"


def test_json_of_no_known_schema_is_searched_for_its_list_of_turns(tmp_path: Path):
    data = {"caseNumber": "04-1244", "date": "2005-11-30T06:00:00.000Z", "petitioner": {"name": "Scheidler"},
            "speakers": [{"name": "CHIEF JUSTICE ROBERTS", "id": 3, "text": "We'll hear argument first today."},
                         {"name": "JUSTICE SCALIA", "id": 5, "text": "Counsel, what about the injunction?"},
                         {"name": "CHIEF JUSTICE ROBERTS", "id": 3, "text": "Thank you, counsel."}]}
    t = written(tmp_path, "04-1244.json", json.dumps(data))
    assert t.format == "json (turns at 'speakers')"
    assert said(t, "what about the injunction") == "Justice Scalia"
    assert str(t.date) == "2005-11-30"


def test_a_list_of_meetings_each_with_its_turns_is_read_meeting_after_meeting(tmp_path: Path):
    meetings = [{"Date": f"2019/4/{day}", "ProceedingTitle": f"第{n}号", "Proceeding": [
        {"Speaker": "null", "Utterance": f"出席委員　{20 + n}名"},
        {"Speaker": f"{chair}委員長", "Utterance": f"ただいまから第{n}回の委員会を開会いたします。"},
        {"Speaker": "平委員", "Utterance": f"第{n}回の案文に賛成いたします。"}]}
        for n, day, chair in ((1, 26, "増子"), (2, 27, "奥山"))]
    t = written(tmp_path, "committees.json", json.dumps(meetings, ensure_ascii=False))
    assert t.format == "json (turns at '[*].Proceeding')"
    assert said(t, "第2回の委員会を開会") == "奥山委員長" and said(t, "第1回の委員会を開会") == "増子委員長"
    assert said(t, "第2回の案文") == "平委員" and said(t, "22名") == UNKNOWN_SPEAKER


def test_table_columns_named_in_portuguese_credit_the_name_not_the_state(tmp_path: Path):
    t = written(tmp_path, "nt22.csv",
        '"","reuniao","data","nome","partido","estado","fala"\n'
        '"1","22","2021-05-19","OMAR AZIZ","PSD","AM","Havendo número regimental, declaro aberta a reunião."\n'
        '"2","22","2021-05-19","JORGINHO MELLO","PL","SC","Pela ordem, Sr. Presidente."\n'
        '"3","22","2021-05-19","EDUARDO GIRÃO","PODEMOS","CE","Quero colocar a minha indignação."\n',
    )
    assert said(t, "Pela ordem") == "Jorginho Mello"
    assert str(t.date) == "2021-05-19" and all(turn.start is None for turn in t.turns)


def test_transcriber_trs_turns_are_credited_by_its_speakers_list(tmp_path: Path):
    t = written(tmp_path, "lnp232.trs",
        '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE Trans SYSTEM "trans-14.dtd">\n'
        '<Trans audio_filename="lnp232"><Speakers><Speaker id="spkA" name="Tim Pritlove"/>'
        '<Speaker id="spkF" name="Thomas Lohninger"/></Speakers><Episode><Section type="report" startTime="0">'
        '<Turn startTime="0" endTime="2.55" speaker="spkA"><Sync time="0"/>\nGuten Morgen Thomas\n</Turn>'
        '<Turn startTime="2.55" endTime="9" speaker="spkF"><Sync time="2.55"/>\nGuten Morgen Tim\n'
        '<Sync time="5.1"/>\nIch bin in Wien.\n</Turn>'
        '<Turn startTime="9" endTime="12" speaker="spkA spkF"><Sync time="9"/><Who nb="1"/>\nJa genau\n'
        '<Who nb="2"/>\nRichtig\n</Turn></Section></Episode></Trans>\n',
    )
    assert t.format == "transcriber"
    assert said(t, "Guten Morgen Thomas") == "Tim Pritlove"
    assert said(t, "Ich bin in Wien") == "Thomas Lohninger"
    assert said(t, "Ja genau") == "Tim Pritlove" and said(t, "Richtig") == "Thomas Lohninger"


def test_a_transcriber_file_in_latin_1_keeps_its_accents(tmp_path: Path):
    """ESLO's Transcriber files declare ISO-8859-1: decoded, the text is no longer in those bytes, and its
    declaration must not make the parser decode it a second time (``malgré`` read as ``malgrÃ©``)."""
    path = tmp_path / "ESLO1_INTPERS_401_C.trs"
    path.write_bytes(
        '<?xml version="1.0" encoding="ISO-8859-1"?>\r\n<!DOCTYPE Trans SYSTEM "trans-14.dtd">\r\n<Trans>'
        '<Speakers><Speaker id="spk1" name="401PERS"/><Speaker id="spk4" name="JK"/></Speakers><Episode>'
        '<Section type="report" startTime="0"><Turn speaker="spk4" startTime="0"><Sync time="0"/>\r\n'
        "malgré euh à l'encontre de tous nos instincts\r\n</Turn><Turn speaker=\"spk1\" startTime=\"4\">"
        '<Sync time="4"/>\r\nça ne se font plus à Orléans\r\n</Turn></Section></Episode></Trans>\r\n'.encode("latin-1"))
    t = load_transcript(path)
    assert [(u.speaker, u.text) for u in t.turns] == [
        ("JK", "malgré euh à l'encontre de tous nos instincts"), ("401PERS", "ça ne se font plus à Orléans")]


def test_chat_main_tiers_are_credited_to_their_codes_without_dependent_tiers(tmp_path: Path):
    t = written(tmp_path, "snippet.cha",
        "@UTF8\n@Begin\n@Participants:\tCHI Marie Target_Child , FAT Father\n@Date:\t26-AUG-1996\n"
        "*CHI:\toui tetE@u là .\n%mor:\tco|oui=yes uni|tetE adv:place|là .\n"
        "*FAT:\tnon Marie (.) tu ne vas pas\n\tdedans .\n%mor:\tco|non=no n:prop|Marie\n"
        "*CHI:\tje peux [/] je peux aller dedans .\n@End\n",
    )
    assert t.format == "chat" and str(t.date) == "1996-08-26"
    assert said(t, "tu ne vas pas dedans") == "FAT"
    assert said(t, "je peux aller dedans") == "CHI"
    assert not any("%mor" in turn.text or "co|" in turn.text or "@u" in turn.text for turn in t.turns)


def test_chat_media_bullets_on_every_line_are_no_binary_file(tmp_path: Path):
    """CHAT marks each main tier's time span between two NAK control characters: a timed file is all bullets."""
    lines = [f"*{'KAT' if i % 2 else 'ENZ'}:\tphrase numéro {i} .\x15{i * 2000}_{i * 2000 + 1500}\x15\n"
             for i in range(40)]
    t = written(tmp_path, "session.cha", "@UTF8\n@Begin\n@Participants:\tENZ Enzo Target_Child , KAT Katerina"
                " Investigator\n" + "".join(lines) + "@End\n")
    assert t.format == "chat" and said(t, "phrase numéro 7 .") == "KAT"
    assert t.turns[7].start == 14.0 and "\x15" not in t.turns[7].text


def test_json_keeping_its_transcript_as_labelled_lines_is_read_as_their_text(tmp_path: Path):
    lines = {f"{n:03}": line for n, line in enumerate([
        "# Segmento: inicio de sesión.", "D: cuénteme qué hizo en las mañanas", "AH: yo desayuné",
        "D: ¿qué más hizo?", "AH: sopa de verduras", "D: ¿eso qué día fue?", "AH: siempre siempre"], 1)}
    t = written(tmp_path, "sesion.json", json.dumps([{"Metadatos": {"ID": "AH-1", "Fecha": "15 agosto 2024"}}, lines],
                                                    ensure_ascii=False))
    assert t.format == "json (plain)" and str(t.date) == "2024-08-15"
    assert said(t, "sopa de verduras") == "AH" and said(t, "¿eso qué día fue?") == "D"
    with pytest.raises(IngestError, match="unknown JSON schema"):
        written(tmp_path, "settings.json", json.dumps({"theme": "dark", "size": 3, "lang": "es"}))


def test_json_holding_a_pdfs_text_beside_its_metadata_is_read_as_that_text(tmp_path: Path):
    """Apache Tika's JSON of a PDF: the text in ``content``, the file's metadata beside it (its dates are the
    file's, not the sitting's: the title dates it)."""
    speeches = "\n\n".join(f"{who}: {words}\nund so weiter." for who, words in [
        ("Rasch, CDU", "Ich bin 37 Jahre alt."), ("Jurk, SPD", "Ich habe den Beruf eines Funkmechanikers erlernt."),
        ("Elsner, Linke Liste/PDS", "Eine offene Wahl, kein Wischiwaschi."), ("Rasch, CDU", "Ich danke.")])
    data = {"metadata": {"Content-Type": "application/pdf", "date": "2001-10-11T10:01:03Z",
                         "title": "Plenarprotokoll 1/8 19.12.1990", "X-Parsed-By": ["PDFParser"]},
            "content": "\n" * 20 + "Sächsischer Landtag 1. Wahlperiode\n\n" + speeches, "status": 200}
    t = written(tmp_path, "1_PlPr_8.json", json.dumps(data, ensure_ascii=False))
    assert t.format == "json (plain)" and str(t.date) == "1990-12-19"
    assert said(t, "Beruf eines Funkmechanikers") == "Jurk" and said(t, "kein Wischiwaschi") == "Elsner"


def test_json_sections_of_sentences_are_turns_of_their_speaker(tmp_path: Path):
    """A CNN transcript corpus: each section a speaker and a list of sentence objects."""
    sections = [("LEMON", ["That curfew going into effect one hour ago."]),
                ("ANNOUNCER", ["This is CNN breaking news."]),
                ("FRANKLIN", ["We didn't have enough arrest teams.", "That was the problem."]),
                ("LEMON", ["Neill Franklin, thank you."])]
    data = {"title": "CNN TONIGHT", "speakers": ["LEMON", "ANNOUNCER", "FRANKLIN"], "sections": [
        {"sentences": [{"sentId": i, "text": text} for i, text in enumerate(sentences)], "speaker": who, "secId": n}
        for n, (who, sentences) in enumerate(sections)]}
    t = written(tmp_path, "cnnt-2015-04-28.json", json.dumps(data))
    assert t.format == "json (turns at 'sections')"
    assert said(t, "enough arrest teams") == said(t, "That was the problem") == "Franklin"


SPEAKER_PAGE = """<html><head><title>LNP232 Transkript</title><script>var x = 1;</script></head><body>
<nav>Home | Archiv</nav><section class="transcript"><h2>Intro</h2>
{turns}
</section></body></html>"""


def test_a_page_marking_each_speaker_in_an_element_of_its_own_is_read_from_that_structure(tmp_path: Path):
    turns = [("Tim Pritlove", ["Guten Morgen Thomas"]), ("Thomas Lohninger", ["Guten Morgen Tim"]),
             ("Tim Pritlove", ["Logbuch Netzpolitik Nummer 232.", "Heute ohne Linus."]),
             ("Thomas Lohninger", ["Hallo, ich bin in Wien."]), ("Tim Pritlove", ["Schön, dass du da bist."])]
    html = "\n".join(
        f'<div class="turn"><p class="speaker">{name}</p>'
        + "".join(f'<p><a class="play" href="#">▶</a>\n{words}\n</p>' for words in paragraphs) + "</div>"
        for name, paragraphs in turns
    )
    t = written(tmp_path, "lnp232.html", SPEAKER_PAGE.format(turns=html))
    assert said(t, "Heute ohne Linus") == "Tim Pritlove"
    assert said(t, "ich bin in Wien") == "Thomas Lohninger"
    assert not any("var x" in turn.text or "Archiv" in turn.text for turn in t.turns)


def test_a_transcript_table_in_a_web_page_is_read_as_a_table_with_its_times(tmp_path: Path):
    rows = "".join(f"<tr><td>0h0{i}m00s</td><td>Words of minute {i} of the podcast, said by somebody.</td></tr>"
                   for i in range(5))
    path = tmp_path / "sp003.html"
    path.write_text(f"<html><body><table><tr><th>Time</th><th>Transcript</th></tr>{rows}</table></body></html>",
                    encoding="utf-8")
    t = load_transcript(path)
    assert t.format == "html (table)"
    assert said(t, "minute 4 of the podcast") == UNKNOWN_SPEAKER
    assert [turn.start for turn in t.turns][-1] == 240.0


def test_one_long_unlabelled_paragraph_under_a_title_is_prose(tmp_path: Path):
    words = " ".join(f"Quanti gamberi? Settecento, né uno di più né uno di meno, numero {i}." for i in range(12))
    path = tmp_path / "transcript.md"
    path.write_text(f"Meeting Transcript\n\n{words}\n", encoding="utf-8")
    assert said(load_transcript(path), "numero 11") == UNKNOWN_SPEAKER


def test_minutes_with_bracketed_names_in_bullets_credit_the_names_not_a_header_field(tmp_path: Path):
    bullets = "\n".join(f" * [{name}] {words}" for name, words in [
        ("anton", "Basically the use case has work-arounds."), ("rob", "Tried porting an extension to MV3."),
        ("timothy", "Safari behaves more like Chrome."), ("rob", "This is just one optional activity."),
        ("simeon", "Possible to work around, but it feels wrong."), ("oliver", "Agree we should address it."),
        ("rob", "Let's confirm the desired behavior later."), ("anton", "The extension is Chrome-specific."),
        ("simeon", "I want to support this use case."), ("oliver", "That belongs at the web level."),
    ])
    t = written(
        tmp_path, "2024-01-04-wecg.md", "# WECG Meetings 2024, Jan 4\n\n * Chair: Simeon Vincent\n\nTime: 8 AM PST\n\n"
                    f"## Issue 501: Toggleable event listeners\n\n{bullets}\n",
    )
    assert said(t, "Tried porting an extension") == "rob"
    assert said(t, "Safari behaves") == "timothy"
    assert "Time" not in {turn.speaker for turn in t.turns}


def test_webvtt_under_a_header_of_its_own_and_a_us_date_the_file_name_settles(tmp_path: Path):
    t = written(
        tmp_path, "20250703-AF.txt", "File: 20250703-AF\nDate: 07/03/2025\nAudio: https://example.org/a.mp4\n---\nWEBVTT\n\n"
                    "00:33:01.813 --> 00:33:03.281\nTHE ASSEMBLY IS NOW IN SESSION.\n\n"
                    "00:33:03.348 --> 00:33:04.882\nASSEMBLY MEMBER ROGERS NOTICES A QUORUM.\n",
    )
    assert t.format == "vtt in a .txt file"
    assert said(t, "NOW IN SESSION") == UNKNOWN_SPEAKER and t.turns[0].start == 1981.813
    assert str(t.date) == "2025-07-03" and t.date_source == "file name"


def test_time_ranged_lines_naming_no_one_are_timed_turns_of_unknown_speaker(tmp_path: Path):
    lines = "\n".join(f"[00:{s:02d} - 00:{s + 5:02d}]  Sentence {s} about machine learning and deep learning."
                      for s in range(0, 60, 5))
    t = written(tmp_path, "transcript.txt", "## Timestamped Transcript\n\n" + lines + "\n")
    assert t.format == "timed text" and {turn.speaker for turn in t.turns} == {UNKNOWN_SPEAKER}
    assert said(t, "Sentence 55 about") == UNKNOWN_SPEAKER and t.turns[0].start == 0.0


def test_exmaralda_events_in_timeline_order_credited_by_name_else_abbreviation(tmp_path: Path):
    t = written(tmp_path, "HardTalk.exb",
        '<?xml version="1.0" encoding="UTF-8"?>\n<basic-transcription><head><meta-information>'
        "<transcription-name>HARDtalk</transcription-name></meta-information><speakertable>"
        '<speaker id="SPK0"><abbreviation>StS</abbreviation><ud-speaker-information>'
        '<ud-information attribute-name="Name">Stephen Sackur</ud-information></ud-speaker-information></speaker>'
        '<speaker id="SPK1"><abbreviation>DD</abbreviation></speaker></speakertable></head><basic-body>'
        '<common-timeline><tli id="T0" time="1.3"/><tli id="T1" time="3.7"/><tli id="T2"/><tli id="T3" time="9.0"/>'
        '</common-timeline>'
        '<tier id="TIE1" speaker="SPK1" category="v" type="t"><event start="T1" end="T2">Glad to be here Stephen.'
        '</event></tier>'
        '<tier id="TIE0" speaker="SPK0" category="v" type="t"><event start="T0" end="T1">Daniel Dennett, welcome '
        'to Hard Talk.</event><event start="T2" end="T3">Now you are an atheist.</event></tier>'
        '<tier id="TIE2" speaker="SPK0" category="de" type="a"><event start="T0" end="T1">Willkommen.</event></tier>'
        "</basic-body></basic-transcription>\n",
    )
    assert t.format == "exmaralda" and t.title == "HARDtalk"
    assert [turn.speaker for turn in t.turns] == ["Stephen Sackur", "DD", "Stephen Sackur"]
    assert said(t, "welcome to Hard Talk") == "Stephen Sackur"
    assert not any("Willkommen" in turn.text for turn in t.turns)


def test_irc_minutes_page_with_name_spans_credits_each_comment(tmp_path: Path):
    comments = "\n".join(
        f'<div class="comment"><span class="name">{name}</span>: {words}</div>'
        for name, words in [("Manu Sporny", "Regrets, I cannot join."), ("Christopher Allen", "Welcome all."),
                            ("Kim Hamilton Duffy", "Thanks for hosting."), ("Christopher Allen", "Next topic."),
                            ("Manu Sporny", "I have an update on the spec."), ("Kim Hamilton Duffy", "Go ahead."),
                            ("Christopher Allen", "Thank you, Manu.")]
    )
    t = written(tmp_path, "index.html", f"<html><body><h1>CCG call</h1>{comments}</body></html>")
    assert said(t, "update on the spec") == "Manu Sporny"
    assert said(t, "Thanks for hosting") == "Kim Hamilton Duffy"


def test_restructuredtext_hearing_with_bold_names_is_read_like_markdown(tmp_path: Path):
    t = written(tmp_path, "1_Ms_Jane_Runeckles.rst",
                "Transcript of Module 2B Public Hearing on 07 March 2024.\n\n*(10.00 am)*\n\n"
                "**Lady Hallett**: Good morning.\n\n**Ms Hitchman**: May I please call Jane Runeckles.\n\n"
                "1. Ms Jane Runeckles\n====================\n\n**Ms Jane Runeckles**: Jane Sarah Runeckles.\n\n"
                "**Lady Hallett**: Thank you.\n")
    assert said(t, "Jane Sarah Runeckles") == "Jane Runeckles"
    assert said(t, "May I please call") == "Ms Hitchman" and "====" not in " ".join(x.text for x in t.turns)


def test_a_markdown_table_of_timed_lines_with_a_link_column_is_unknown_speaker_turns(tmp_path: Path):
    rows = "\n".join(f"| 2:08:{s:02d}| Line {s} of the council meeting.| [source video](https://archive.org/x?start={s})|"
                     for s in range(0, 30, 3))
    t = written(tmp_path, "city-council-110809_1.md",
                f"## City Council 110809\n### 2011-08-09\n| Time| Transcript| Video|\n|----|----|----|\n{rows}\n")
    assert t.format == "markdown (table) (captions)"  # a caption track: every row timed, a line each
    assert {turn.speaker for turn in t.turns} == {UNKNOWN_SPEAKER}  # the 'Video' column is a link, not a speaker
    assert t.turns[0].start == 7680.0 and len(t.turns) < 10  # timed lines of no one make turns, not one each


def test_sound_notes_in_brackets_are_no_speakers(tmp_path: Path):
    lines = ["Dan Ott: Welcome to the show.", "[chuckles] individual contributors too.", "Seth Hall: Thanks, Dan.",
             "[laughs]. And I just like it.", "[chuckles] Yes, really.", "Dan Ott: Go on.", "[laughs] It was fun.",
             "[chuckles] So much fun.", "Seth Hall: Right."]
    t = written(tmp_path, "6_3.srt", "".join(f"{i + 1}\n00:00:{2 * i:02d},000 --> 00:00:{2 * i + 1:02d},500\n{line}\n\n"
                                          for i, line in enumerate(lines)))
    assert {turn.speaker for turn in t.turns} == {"Dan Ott", "Seth Hall"}
    page = written(tmp_path, "ritchie.md", "Interviewer: Tell me about it.\n\nRitchie: It was [inaudible] quite well"
                   " known.\n\n[inaudible] people, really.\n\nInterviewer: And then?\n\nRitchie: Then we left.\n")
    assert {turn.speaker for turn in page.turns} == {"Interviewer", "Ritchie"}


def test_of_two_exports_of_one_episode_the_tools_own_is_read(tmp_path: Path):
    from qa_bot.ingest import discover

    for name in ("lnp232.html", "lnp232.trs"):
        (tmp_path / name).write_bytes(b"x")
    assert [s.path.name for s in discover([tmp_path]) if s.duplicate_of is None] == ["lnp232.trs"]


def test_a_time_then_a_name_and_a_bracketed_name_with_a_time_range_head_turns(tmp_path: Path):
    post = written(tmp_path, "podcast.md", "---\ntitle: Podcasting\n---\n\n[00:03:26] Frau\nPuschel.\n\n"
                   "[00:03:28] Mann\nGenau, ein Puschel.\n\n[00:03:29] Stefan\nJa, sage, wie es heißt.\n\n"
                   "[00:03:35] Mann\nDann ein Technik-Tipp: Mir ging das so.\n")
    assert said(post, "Genau, ein Puschel") == "Mann" and said(post, "Technik-Tipp") == "Mann"
    assert post.turns[0].start == 206.0
    interview = written(tmp_path, "entretien.txt", "Entretien 01\n\n[Chercheur] (0:02 - 0:34)\n\nJe me permets.\n\n"
                        "[Interviewé] (0:34 - 0:38)\n\nMoi, je suis artisan.\n\n"
                        "[Chercheur] (0:38 - 0:41)\n\nDepuis quand ?\n")
    assert said(interview, "je suis artisan") == "Interviewé" and interview.turns[1].start == 34.0


def test_congressional_names_alone_in_their_paragraphs_head_the_statements(tmp_path: Path):
    t = written(tmp_path, "os-2.html", "<html><body><p>Chairman INOUYE.</p><p>And now I call upon my colleague.</p>"
                "<p>Chairman HAMILTON.</p><p>Thank you very much, Mr. Chairman.</p><p>These hearings will show "
                "that many things went wrong.</p></body></html>")
    assert said(t, "many things went wrong") == "Chairman HAMILTON"
    assert said(t, "call upon my colleague") == "Chairman INOUYE"


def test_broken_tool_exports_get_a_one_line_reason(tmp_path: Path):
    assert "malformed Transcriber XML" in refusal(tmp_path, "broken.trs", b'<?xml version="1.0"?>\n<Trans><Turn>')
    assert "malformed EXMARaLDA XML" in refusal(tmp_path, "broken.exb", b'<?xml version="1.0"?>\n<basic-transcription>')
    assert "no main tiers found" in refusal(tmp_path, "empty.cha", b"@UTF8\n@Begin\n@End\n")


def test_a_word_97_file_is_read_from_its_pieces(tmp_path: Path):
    from tests.word97 import word97_bytes

    doc = word97_bytes([
        ("Interview with Ken Thompson, 9-6-89\rMSM:\t\tWhat did you build first?\r", True),
        ("Thompson:\tA file system \u2014 \x13 HYPERLINK \"http://x\" \x14the first one\x15.\r"
         "MSM:\t\tAnd then?\rThompson:\tThen the shell.\x07\rMSM:\t\tWho wrote it?\rThompson:\tI did.\r"
         "MSM:\t\tIn what language?\rThompson:\tAssembler, at first.\r", False),
    ])
    (tmp_path / "thompson.doc").write_bytes(doc)
    transcript = load_transcript(tmp_path / "thompson.doc")
    assert transcript.format == "doc (plain)"
    assert said(transcript, "What did you build first?") == "MSM"
    assert said(transcript, "A file system \u2014 the first one.") == "Thompson"  # a field's result, not its code
    assert said(transcript, "Then the shell.") == "Thompson"


def test_a_word_97_file_that_cannot_be_read_is_refused_with_the_reason(tmp_path: Path):
    from tests.word97 import word97_bytes

    assert refusal(tmp_path, "locked.doc", word97_bytes([("MSM: hi\r", True)], encrypted=True)) == (
        "the Word file is encrypted (password protected)")
    broken = word97_bytes([("MSM: hi\r", True)])
    assert refusal(tmp_path, "broken.doc", broken[:1200]).startswith("broken Word 97 file (")


def test_a_web_page_saved_as_doc_is_read_as_the_page_it_is(tmp_path: Path):
    page = written(tmp_path, "briefing.doc", "<html><body><p>Ann Lee: We open on Monday.</p>"
                   "<p>Bo Ng: And the ferry?</p><p>Ann Lee: It runs on Sundays.</p></body></html>")
    assert page.format.startswith("html") and said(page, "It runs on Sundays.") == "Ann Lee"


def test_podcast_namespace_and_chat_export_json_name_their_speakers(tmp_path: Path):
    podcast = written(tmp_path, "episode.json", json.dumps({"version": "1.0.0", "segments": [
        {"speaker": "Alban", "startTime": 0.5, "endTime": 3.2, "body": "Welcome to the show."},
        {"speaker": "Alban", "startTime": 3.2, "endTime": 6.0, "body": "Today: ferries."},
        {"speaker": "Sarah", "startTime": 6.5, "endTime": 9.0, "body": "Thanks for having me."}]}))
    assert [(t.speaker, t.start) for t in podcast.turns] == [("Alban", 0.5), ("Sarah", 6.5)]
    discord = written(tmp_path, "general.json", json.dumps({"channel": {"name": "general"}, "messages": [
        {"author": {"id": "9", "name": "annlee", "nickname": "Ann Lee"}, "content": "Meeting at the pier?"},
        {"author": {"id": "8", "name": "bong"}, "content": "Yes, at nine."}]}))
    assert [t.speaker for t in discord.turns] == ["Ann Lee", "bong"]
    slack = written(tmp_path, "slack.json", json.dumps([
        {"type": "message", "user": "U1", "user_profile": {"real_name": "Ann Lee"}, "text": "Meeting at the pier?"},
        {"type": "message", "user": "U2", "user_profile": {"real_name": "Bo Ng"}, "text": "Yes, at nine."}]))
    assert [t.speaker for t in slack.turns] == ["Ann Lee", "Bo Ng"]
    older = written(tmp_path, "2016-05-06.json", json.dumps([  # an older export: the sender only as an ID
        {"user": "U061A3E0G", "type": "message", "text": "I eat a significant amount of figs daily", "ts": "1462.1"},
        {"user": "U065ETZEC", "type": "message", "text": "Cannabis is a risk factor.", "ts": "1463.2"}]))
    assert [t.speaker for t in older.turns] == ["U061A3E0G", "U065ETZEC"]
    telegram = written(tmp_path, "result.json", json.dumps({"name": "Harbour", "messages": [
        {"from": "Ann Lee", "text": ["See ", {"type": "link", "text": "the timetable"}, " first."]},
        {"from": "Bo Ng", "text": "Done."}]}))
    assert said(telegram, "See the timetable first.") == "Ann Lee"


def test_youtube_sbv_captions_are_timed_cues(tmp_path: Path):
    captions = written(tmp_path, "captions.sbv",
                       "0:00:00.599,0:00:04.160\n>> ALICE: Welcome to the harbour podcast.\n\n"
                       "0:00:04.160,0:00:08.200\n>> BOB: Thanks, glad to be here\nand to talk about ferries.\n\n"
                       "0:00:08.200,0:00:10.000\n>> ALICE: Let's start.\n")
    assert captions.format == "sbv"
    assert [(t.start, t.text) for t in captions.turns] == [
        (0.599, "Welcome to the harbour podcast."), (4.16, "Thanks, glad to be here and to talk about ferries."),
        (8.2, "Let's start.")]
    assert said(captions, "Let's start.") == said(captions, "Welcome to the harbour podcast.") == "Alice"
    assert written(tmp_path, "captions.txt", "0:00:01.000,0:00:02.000\nHello there.\n").format == "sbv"
    assert refusal(tmp_path, "broken.sbv", b"Hello\n0:00:01.000,0:00:02.000\nHi\n").startswith(
        "text before the first SBV timing line, at line 1")


ELAN = """<?xml version="1.0" encoding="UTF-8"?>
<ANNOTATION_DOCUMENT AUTHOR="" DATE="2021-05-04T10:00:00+02:00" FORMAT="3.0" VERSION="3.0">
 <HEADER MEDIA_FILE="" TIME_UNITS="milliseconds"/>
 <TIME_ORDER>
  <TIME_SLOT TIME_SLOT_ID="ts1" TIME_VALUE="1000"/><TIME_SLOT TIME_SLOT_ID="ts2" TIME_VALUE="3500"/>
  <TIME_SLOT TIME_SLOT_ID="ts3" TIME_VALUE="4000"/><TIME_SLOT TIME_SLOT_ID="ts4" TIME_VALUE="6000"/>
  <TIME_SLOT TIME_SLOT_ID="ts5" TIME_VALUE="6500"/><TIME_SLOT TIME_SLOT_ID="ts6" TIME_VALUE="8000"/>
 </TIME_ORDER>
 <TIER LINGUISTIC_TYPE_REF="utt" PARTICIPANT="Interviewer" TIER_ID="A">
  <ANNOTATION><ALIGNABLE_ANNOTATION ANNOTATION_ID="a1" TIME_SLOT_REF1="ts1" TIME_SLOT_REF2="ts2">
   <ANNOTATION_VALUE>Wie lange wohnen Sie schon hier?</ANNOTATION_VALUE></ALIGNABLE_ANNOTATION></ANNOTATION>
  <ANNOTATION><ALIGNABLE_ANNOTATION ANNOTATION_ID="a3" TIME_SLOT_REF1="ts5" TIME_SLOT_REF2="ts6">
   <ANNOTATION_VALUE>Und davor?</ANNOTATION_VALUE></ALIGNABLE_ANNOTATION></ANNOTATION>
 </TIER>
 <TIER LINGUISTIC_TYPE_REF="utt" PARTICIPANT="Frau Weber" TIER_ID="B">
  <ANNOTATION><ALIGNABLE_ANNOTATION ANNOTATION_ID="a2" TIME_SLOT_REF1="ts3" TIME_SLOT_REF2="ts4">
   <ANNOTATION_VALUE>Seit dreissig Jahren.</ANNOTATION_VALUE></ALIGNABLE_ANNOTATION></ANNOTATION>
 </TIER>
 <TIER LINGUISTIC_TYPE_REF="translation" PARENT_REF="B" TIER_ID="B-en">
  <ANNOTATION><REF_ANNOTATION ANNOTATION_ID="a4" ANNOTATION_REF="a2">
   <ANNOTATION_VALUE>For thirty years.</ANNOTATION_VALUE></REF_ANNOTATION></ANNOTATION>
 </TIER>
</ANNOTATION_DOCUMENT>
"""


def test_an_elan_document_is_read_tier_by_participant_in_time_order(tmp_path: Path):
    """Tiers by participant in time order; a translation tier's words follow the words they translate (a user
    may know only the translation's language), as a JSON line's translations do."""
    elan = written(tmp_path, "interview.eaf", ELAN)
    assert elan.format == "elan"
    assert [(t.speaker, t.start, t.text) for t in elan.turns] == [
        ("Interviewer", 1.0, "Wie lange wohnen Sie schon hier?"),
        ("Frau Weber", 4.0, "Seit dreissig Jahren.\n\nFor thirty years."), ("Interviewer", 6.5, "Und davor?")]


def test_an_interlinear_elan_export_reads_free_translations_for_its_reference_numbers(tmp_path: Path):
    """FLEx's ELAN export: a top-level ``ref@SP1`` tier of sentence numbers ("10.6") per speaker, the words in
    glossing tiers below and a free translation in ``ft@SP1``: each number's turn is its translation; a
    language-named tier (``Spanish``) translates too; glosses are left out."""
    tiers = "".join(
        f'<TIER LINGUISTIC_TYPE_REF="ref" PARTICIPANT="{who}" TIER_ID="ref@{who}"><ANNOTATION><ALIGNABLE_ANNOTATION '
        f'ANNOTATION_ID="r{i}" TIME_SLOT_REF1="ts{2 * i - 1}" TIME_SLOT_REF2="ts{2 * i}"><ANNOTATION_VALUE>10.{i}'
        f'</ANNOTATION_VALUE></ALIGNABLE_ANNOTATION></ANNOTATION></TIER>'
        f'<TIER LINGUISTIC_TYPE_REF="ft" PARENT_REF="ref@{who}" PARTICIPANT="{who}" TIER_ID="ft@{who}"><ANNOTATION>'
        f'<REF_ANNOTATION ANNOTATION_ID="f{i}" ANNOTATION_REF="r{i}"><ANNOTATION_VALUE>{words}</ANNOTATION_VALUE>'
        f'</REF_ANNOTATION></ANNOTATION></TIER>'
        f'<TIER LINGUISTIC_TYPE_REF="ge" PARENT_REF="ref@{who}" PARTICIPANT="{who}" TIER_ID="ge@{who}"><ANNOTATION>'
        f'<REF_ANNOTATION ANNOTATION_ID="g{i}" ANNOTATION_REF="r{i}"><ANNOTATION_VALUE>god-FOC bring-PFV'
        f'</ANNOTATION_VALUE></REF_ANNOTATION></ANNOTATION></TIER>'
        for i, (who, words) in enumerate([("SP1", "God has brought you."), ("SP2", "Our people spent the day well.")],
                                         1))
    slots = "".join(f'<TIME_SLOT TIME_SLOT_ID="ts{k}" TIME_VALUE="{1000 * k}"/>' for k in range(1, 5))
    text = (f'<?xml version="1.0" encoding="UTF-8"?>\n<ANNOTATION_DOCUMENT FORMAT="3.0" VERSION="3.0"><HEADER/>'
            f"<TIME_ORDER>{slots}</TIME_ORDER>{tiers}</ANNOTATION_DOCUMENT>\n")
    t = written(tmp_path, "Ben_Tey.eaf", text)
    assert [(u.speaker, u.text) for u in t.turns] == [("SP1", "God has brought you."),
                                                      ("SP2", "Our people spent the day well.")]
    spanish = ELAN.replace('LINGUISTIC_TYPE_REF="translation" PARENT_REF="B" TIER_ID="B-en"',
                           'LINGUISTIC_TYPE_REF="FORM" PARENT_REF="B" TIER_ID="Spanish"')
    assert said(written(tmp_path, "kichwa.eaf", spanish), "For thirty years") == "Frau Weber"
    number = written(tmp_path, "number.eaf", ELAN.replace("Und davor?", "8"))  # a number in a tier of words: kept
    assert [u.text for u in number.turns][-1] == "8"


def test_a_page_saved_as_a_python_bytes_literal_is_read_as_the_page(tmp_path: Path):
    body = ("<p>MR. CARNEY:\\xc2\\xa0 Good afternoon, ladies and gentlemen, and thank you for being here today.</p>\\n"
            "<p>AMBASSADOR RICE:\\xc2\\xa0 Ben will start with the President\\xe2\\x80\\x99s schedule.</p>\\n"
            "<p>MR. CARNEY:\\xc2\\xa0 Oh, Ben will start, sorry, and then Susan.</p>\\n<p>Q\\xc2\\xa0 Will it be at "
            "the egg roll? (Laughter.)</p>\\n<p>MR. CARNEY:\\xc2\\xa0 As I\\'m told.</p>")
    page = written(tmp_path, "502.html", f"<h1>Press Briefing, 4/18/2014</h1>\nb'<div>\\n{body}\\n</div>'\n")
    assert page.encoding == "utf-8, bytes literal read"
    assert said(page, "Ben will start with the President\u2019s schedule.") == "Ambassador Rice"
    assert said(page, "As I'm told.") == "Mr. Carney"


RTF = (r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fmodern Courier New;}}\f0\fs24"
       r"\pard HEARING OF THE HARBOUR BOARD\par\pard\par"
       r"\pard MR. SMITH:\tab The caf\'e9 on the pier stays open \u8212? all year.\par"
       r"\pard THE CHAIR:\tab Thank you. {\b Mr. Jones?}\par"
       r"\pard MR. JONES:\tab The ferry runs on Sundays from May.\par"
       r"\pard MR. SMITH:\tab And the fares?\par}")


def test_an_rtf_transcript_is_read_as_running_text(tmp_path: Path):
    hearing = written(tmp_path, "hearing.rtf", RTF)
    assert hearing.format == "rtf (plain)"
    assert said(hearing, "The caf\u00e9 on the pier stays open \u2014 all year.") == "Mr. Smith"
    assert said(hearing, "Thank you. Mr. Jones?") == "The Chair"
    assert said(hearing, "The ferry runs on Sundays from May.") == "Mr. Jones"
    (tmp_path / "saved").write_text(RTF, encoding="ascii")  # no extension: known by its opening
    assert load_transcript(tmp_path / "saved").format == "rtf (plain)"


TTML = """<?xml version="1.0" encoding="UTF-8"?>
<tt xmlns="http://www.w3.org/ns/ttml" xmlns:ttp="http://www.w3.org/ns/ttml#parameter"
    xmlns:ttm="http://www.w3.org/ns/ttml#metadata" ttp:frameRate="25" ttp:tickRate="10000000">
 <head><metadata><ttm:title>Harbour news</ttm:title>
  <ttm:agent xml:id="ann" type="person"><ttm:name type="full">Ann Lee</ttm:name></ttm:agent></metadata></head>
 <body><div>
  <p begin="00:00:01.000" end="00:00:03.000" ttm:agent="ann">We open the harbour<br/>on <span>Monday</span>.</p>
  <p begin="00:00:03:12" end="00:00:05.000">&gt;&gt; BO NG: Will the night ferry run?</p>
  <p begin="60000000t" dur="2s">And on Sundays?</p>
 </div></body>
</tt>
"""


def test_ttml_captions_are_cues_credited_by_agent_or_prefix(tmp_path: Path):
    captions = written(tmp_path, "news.dfxp", TTML)  # known by its <tt> root, not its name
    assert captions.format == "ttml" and captions.title == "Harbour news"
    assert [(t.speaker, t.start, t.text) for t in captions.turns] == [
        ("Ann Lee", 1.0, "We open the harbour on Monday."),
        ("Bo Ng", 3.48, "Will the night ferry run? And on Sundays?")]  # 12 frames at 25/s; ticks at 10 MHz
    page = b"<html><body><p><tt>code</tt> hello there.</p></body></html>"  # a page's <tt> (teletype) is no TTML
    assert refusal(tmp_path, "old.html", page).startswith("no transcript in the web page's text")


def test_a_captions_lines_each_a_paragraph_of_the_same_times_are_one_cue(tmp_path: Path):
    """Netflix's closed captions put each line of a caption in a ``<p>`` of its own, with the caption's times: a
    name alone on the first line (``LORD HOKAGE:``) speaks the line below it."""
    lines = [("IRUKA:", "What is it, Lord Hokage?"), ("LORD HOKAGE:", "I know how you feel."),
             ("You grew up just like", "Naruto, without knowing"), ("NARUTO:", "Believe it!")]
    body = "".join(f'<p begin="{10 * i}0000000t" end="{10 * i + 5}0000000t">{line}</p>'
                   for i, pair in enumerate(lines) for line in pair)
    captions = written(tmp_path, "fetch-en-cc.txt", '<?xml version="1.0"?><tt xmlns="http://www.w3.org/ns/ttml" '
                       f'xmlns:ttp="http://www.w3.org/ns/ttml#parameter" ttp:tickRate="10000000"><body><div>{body}'
                       "</div></body></tt>")
    assert said(captions, "I know how you feel") == "Lord Hokage"
    assert said(captions, "What is it, Lord Hokage") == "Iruka"


def _odt(paragraphs: list[str]) -> bytes:
    """A minimal OpenDocument text file holding ``paragraphs`` (with a footnote and a comment to leave out)."""
    import io
    import zipfile

    body = "".join(f"<text:p>{p}</text:p>" for p in paragraphs)
    content = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content '
               'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text>'
               f"{body}</office:text></office:body></office:document-content>")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", content)
    return out.getvalue()


def test_an_opendocument_text_is_read_as_running_text(tmp_path: Path):
    (tmp_path / "interview.odt").write_bytes(_odt([
        "<text:h>Interview, 3 May 2019</text:h>",
        "Interviewer:<text:tab/>Where did you grow up?"
        "<text:note><text:note-body>Footnote.</text:note-body></text:note>",
        "Ritchie:<text:s text:c=\"2\"/>In Bronxville,<text:line-break/>New York.",
        "Interviewer:<text:tab/>And then?<office:annotation><text:p>Check this.</text:p></office:annotation>",
        "Ritchie:<text:tab/>Harvard.",
    ]))
    interview = load_transcript(tmp_path / "interview.odt")
    assert interview.format == "odt (plain)"
    assert said(interview, "Where did you grow up?") == "Interviewer"
    assert said(interview, "In Bronxville,") == "Ritchie"
    assert not any("Footnote" in t.text or "Check this" in t.text for t in interview.turns)
    assert refusal(tmp_path, "broken.odt", _odt(["x"])[:120] + b"\x00" * 20).startswith("broken OpenDocument file")


def test_a_page_of_turns_as_a_definition_list(tmp_path: Path):
    turns = "".join(f"<dt>{who}</dt><dd>{words}</dd>" for who, words in [
        ("Ann Lee", "Welcome to the harbour podcast."), ("Bo Ng", "Thanks, glad to be here."),
        ("Ann Lee", "Let us talk about the ferries."), ("Bo Ng", "They run on Sundays.")])
    page = written(tmp_path, "episode.html", f"<html><body><h1>Episode 4</h1><dl>{turns}</dl></body></html>")
    assert [t.speaker for t in page.turns] == ["Ann Lee", "Bo Ng", "Ann Lee", "Bo Ng"]
    assert said(page, "They run on Sundays.") == "Bo Ng"


def test_a_caption_track_exported_as_a_table_keeps_each_label_over_the_rows_below(tmp_path: Path):
    """YouTube transcripts saved as CSV (index, text, start, duration): a name in capitals opens only the row
    where the speaker changes, as in subtitles; sound notes are no one's words."""
    lines = [("[MUSIC PLAYING]", 0.0), ("SPOT: Hello, world.", 102.5), ("DAVID J. MALAN: All right.", 235.1),
             ("This is CS50, Harvard\nUniversity's introduction", 236.2), ("to computer science.", 239.0),
             ("AUDIENCE: Five.", 865.8), ("DAVID J. MALAN: Five, I'm hearing five.", 867.1),
             ("So I can tear the problem", 870.0), ("in half again.", 872.5), ("[APPLAUSE]", 880.0),
             ("JORDAN MITTLER: Hi. I'm Jordan,", 900.0), ("concentrating in economics.", 902.0)]
    rows = "\n".join(f'{i},"{text}",{start},2.0' for i, (text, start) in enumerate(lines))
    t = written(tmp_path, "transcript.csv", f",text,start,duration\n{rows}\n")
    assert t.format == "csv (captions)"
    assert said(t, "Harvard University's introduction") == said(t, "in half again.") == "David J. Malan"
    assert said(t, "concentrating in economics.") == "Jordan Mittler" and said(t, "Five.") == "Audience"
    assert not any("MUSIC" in turn.text or "APPLAUSE" in turn.text for turn in t.turns)


def _textgrid(tiers: list[tuple[str, str, list[tuple[float, float, str]]]], short: bool = False) -> str:
    """A Praat TextGrid of ``(class, name, intervals)`` tiers, in the long text format or the short one."""
    if short:
        body = "".join(f'"{kind}"\n"{name}"\n0\n9\n{len(items)}\n' + "".join(f'{a}\n{b}\n"{t}"\n' for a, b, t in items)
                       for kind, name, items in tiers)
        return f'File type = "ooTextFile"\nObject class = "TextGrid"\n\n0\n9\n<exists>\n{len(tiers)}\n{body}'
    body = "".join(
        f'    item [{i}]:\n        class = "{kind}"\n        name = "{name}"\n        xmin = 0\n        xmax = 9\n'
        f"        intervals: size = {len(items)}\n" + "".join(
            f'        intervals [{k}]:\n            xmin = {a}\n            xmax = {b}\n            text = "{t}"\n'
            for k, (a, b, t) in enumerate(items, 1)) for i, (kind, name, items) in enumerate(tiers, 1))
    return (f'File type = "ooTextFile"\nObject class = "TextGrid"\n\nxmin = 0\nxmax = 9\ntiers? <exists>\n'
            f"size = {len(tiers)}\nitem []:\n{body}")


@pytest.mark.parametrize("short", [False, True])
def test_a_praat_textgrid_is_read_tier_by_speaker_in_time_order(tmp_path: Path, short: bool):
    """A tier per speaker; a tier of phones under a speaker is no one's words; empty intervals are pauses."""
    tiers = [("IntervalTier", "Anna", [(0, 2, "Привет, как дела?"), (2, 4.5, ""), (4.5, 6, "А у тебя?")]),
             ("IntervalTier", "Boris", [(0, 2.5, ""), (2.5, 4.5, "Хорошо, спасибо.")]),
             ("IntervalTier", "Boris - phones", [(2.5, 4.5, "x o r o")])]
    t = written(tmp_path, "interview.TextGrid", _textgrid(tiers, short))
    assert t.format == "praat"
    assert [(u.speaker, u.start, u.text) for u in t.turns] == [
        ("Anna", 0.0, "Привет, как дела?"), ("Boris", 2.5, "Хорошо, спасибо."), ("Anna", 4.5, "А у тебя?")]
    aligned = written(tmp_path, "aligned.TextGrid", _textgrid([
        ("IntervalTier", "words", [(0, 0.4, "good"), (0.4, 0.9, "morning")]),
        ("IntervalTier", "phones", [(0, 0.4, "G UH D")])]))
    assert [(u.speaker, u.text) for u in aligned.turns] == [(UNKNOWN_SPEAKER, "good morning")]
    for level in ("text-label", "transcript", "Tier 1"):  # a speech-to-text tool's one tier names no one
        recognised = written(tmp_path, "tower.TextGrid", _textgrid([
            ("IntervalTier", level, [(0, 5, "Tower, Delta 2181 approaching."), (5, 9, "Delta 2181, clear to land.")])]))
        assert {u.speaker for u in recognised.turns} == {UNKNOWN_SPEAKER}


def test_json_speeches_with_the_speaker_in_an_object_beside_the_words(tmp_path: Path):
    """ParlaMint-EE: each speech's metadata in an object of its own, the name in two fields, the words a list of
    paragraphs."""
    speeches = [{"speech_data": {"speaker_first_name": first, "speaker_last_name": last, "mp_chair": chair},
                 "speech": words} for first, last, chair, words in (
        ("Jüri", "Ratas", 1, ["Tere hommikust, austatud Riigikogu!", "Alustame istungit."]),
        ("Heljo", "Pikhof", 0, ["Aitäh, austatud juhataja!"]),
        ("Jüri", "Ratas", 1, ["Aitäh! Istung on lõppenud."]))]
    t = written(tmp_path, "ParlaMint-EE.json", json.dumps(speeches, ensure_ascii=False))
    assert said(t, "Alustame istungit.") == said(t, "Istung on lõppenud.") == "Jüri Ratas"
    assert said(t, "austatud juhataja") == "Heljo Pikhof"


def test_json_minutes_whose_words_open_with_the_speakers_mark_inside_html(tmp_path: Path):
    """A Japanese council's minutes API: each item's body is HTML (``<pre>``) opening with the speaker's mark
    (○ the chair, ◎ the mayor, ◆ a committee chair) and the person in parentheses after the office."""
    body = "<pre>○議長（吉田崇仁）\u3000{}\n──────\n</pre>"
    minutes = {"tenant_minutes": [
        {"minute_id": 1, "title": "（名簿）", "body": "<pre>令和６年第１回定例会会議録\n〇出席議員（２６人）</pre>"},
        {"minute_id": 2, "title": "議長（吉田崇仁）", "body": body.format("ただいまから定例会を開会いたします。")},
        {"minute_id": 3, "title": "市長（大泉潤）", "body": "<pre>◎市長（大泉潤）\u3000市政執行につきまして。</pre>"},
        {"minute_id": 4, "title": "議長（吉田崇仁）", "body": body.format("本日はこれで散会いたします。")}]}
    t = written(tmp_path, "minute.json", json.dumps(minutes, ensure_ascii=False))
    assert said(t, "定例会を開会いたします") == said(t, "これで散会いたします") == "吉田崇仁"
    assert said(t, "市政執行につきまして") == "大泉潤"
    assert not any("<pre>" in turn.text for turn in t.turns)


def test_a_parliament_api_s_json_keeping_the_debate_as_one_html_string(tmp_path: Path):
    """Singapore's Hansard API: attendance lists and metadata, then one section whose content is the debate's HTML,
    each speech opened by a bold name (the office and the holder on a member's first speech)."""
    speeches = [("Mdm Speaker", "Order. On behalf of this House, I place on record the demise."),
                ("The Minister for Defence (Dr Ng Eng Hen)", "Mdm Speaker, today this House mourns."),
                ("Mr Low Thia Khiang (Aljunied)", "Founding Prime Minister Lee Kuan Yew was a giant."),
                ("Mdm Speaker", "Order. I now call the Prime Minister.")]
    html = "<p>[(proc text) Special Sitting (proc text)]</p><h6>4.00 pm</h6>" + "".join(
        f"<p><strong>{name}</strong>: {words}</p>" + "".join(f"<p>More words of speech {i}, {k}.</p>" for k in range(5))
        for i, (name, words) in enumerate(speeches))
    record = {"metadata": {"sittingDate": "26-03-2015", "parlimentNO": 12}, "attendanceList": [{"mpName": "Mr A"}],
              "takesSectionVOList": [{"title": "Tribute to Mr Lee Kuan Yew", "content": html}]}
    t = written(tmp_path, "2015-03-26.json", json.dumps(record))
    assert said(t, "today this House mourns") == "Ng Eng Hen"
    assert said(t, "was a giant") == "Low Thia Khiang"
    assert not any("<p>" in u.text or "<strong>" in u.text for u in t.turns)


def test_a_generated_transcripts_banner_header_and_disclaimer_are_no_speakers(tmp_path: Path):
    """A council meeting's speech-to-text: a banner of "=" around the title line, fields (a figure among them) and
    a wrapped disclaimer, then running words naming no one."""
    rule = "=" * 60
    words = "All right. Welcome, everyone. We call the meeting to order.  " * 20 + "One of them is a sidewalk plan."
    t = written(tmp_path, "1088.txt", f"{rule}\n11/15/22 City Council\nDate: 2022-11-15\nType: City Council\n"
                f"Transcript Accuracy: ~81.4%\n{rule}\n\nDISCLAIMER: This transcript was generated using AI\n"
                f"and may contain errors. Please verify against the video.\n\n{rule}\n\n {words}\n")
    assert t.title == "11/15/22 City Council" and str(t.date) == "2022-11-15"
    assert [u.speaker for u in t.turns] == [UNKNOWN_SPEAKER] and t.turns[0].text.startswith("All right.")


def test_unpunctuated_speech_to_text_lines_are_read_as_no_ones_words_but_short_notes_are_refused(tmp_path: Path):
    """YouTube's automatic captions saved as text: lower case, no punctuation, a line per turn; read as
    Unknown speaker prose. A few short lines without punctuation stay refused: they are notes, not speech."""
    asked = ("so we like to start off with our district candidates with something that you know is on the mind of "
             "everyone who is looking at these hyper localized elections what is the biggest challenge in your "
             "district and how would you go about solving it if the voters of the district elect you next month")
    answer = ("the biggest challenge facing the district actually happens to be the challenges facing the entire "
              "city we are in a crisis a fiscal crisis that we have not seen in some time but it has been coming for "
              "twenty years and the roads are in disrepair and we do not have enough proper drainage and that is "
              "because the city has been mismanaged for the last twenty years and we need to change it")
    t = written(tmp_path, "travis.txt", f"{asked}\n\n{answer}\n")
    assert [(u.speaker, u.text) for u in t.turns] == [(UNKNOWN_SPEAKER, asked), (UNKNOWN_SPEAKER, answer)]
    assert "no speaker labels" in refusal(tmp_path, "todo.txt", b"buy milk\n\ncall the plumber about the sink\n")


def test_json_rows_of_cells_are_read_as_a_table_s_rows(tmp_path: Path):
    """The Truth Commission's hearings as JSON: a header, then ``testimony`` rows of ``[speaker, words, gender]``;
    the speaker is the column before the words, not the gender after them; ``Unknown`` names no one."""
    rows = [["CHAIRPERSON", "Good morning. I just want to apologise for the slight delay.", "Unknown"],
            ["MR VALLY", "Good Morning my apologies. I was consulting with my learned colleagues.", "Male"],
            ["MS GUMBI", "Mr Minty has always been the better organised one of the three of us.", "Female"],
            ["MR HAYSOM", "The fact that it is in camera does not preclude a full tape transcript.", "Male"],
            ["CHAIRPERSON", "Witnesses, please go down to our tea room on the 7th floor.", "Unknown"],
            ["DR BORAINE", "It would be extraordinarily difficult for us to delay the hearing now.", "Male"]]
    header = {"type": "Chemical and Biological Warfare Hearings", "starting date": "1998-06-08",
              "speakers": sorted({row[0] for row in rows})}
    t = written(tmp_path, "cbw-hearing-day1.json", json.dumps({"header": header, "testimony": rows}))
    assert t.format == "json (rows at 'testimony')"
    assert [(u.speaker, u.text) for u in t.turns] == [(who.title(), words) for who, words, _ in rows]


def test_rows_kept_in_every_scene_of_every_episode_are_all_read_cjk_names_apart_from_the_words(tmp_path: Path):
    """A drama's subtitles as a script's data: episodes, each with sections of ``rows`` ``[speaker, Hakka words,
    English]``; every scene's rows in order, the short names the speakers (CJK words, written without spaces, are
    no names however few spaces they hold)."""
    scenes = [[["希瓦", "沒錯。謝謝。", "Yeah, I think so, thank you."],
               ["KK", "大吉嶺个茶，當然好啦。", "Darjeeling tea, of course."]],
              [["茶販", "昨晡日三個銀，今晡日兩個銀。", "Three yesterday, two today."],
               ["石", "下晝兩點到五點摘个茶菁，最乾。", "Leaves picked from two to five are the driest."]],
              [["希瓦", "你這茶菁賣幾多錢？", "How much for your tea leaves?"],
               ["茶販", "兩個銀，毋使講價。", "Two, no bargaining."]]]
    data = [{"EP": str(n), "sections": [{"t": "0:23", "rows": scene}]} for n, scene in enumerate(scenes, 1)]
    t = written(tmp_path, "data.js", f"data = {json.dumps(data, ensure_ascii=False)};\n")
    assert t.format == "json (rows at '[*].sections[*].rows') in a .js file"
    assert [u.speaker for u in t.turns] == [row[0] for scene in scenes for row in scene]


def test_a_gazette_kept_as_json_blocks_of_printed_lines_reads_each_block_as_a_paragraph(tmp_path: Path):
    """g0v's Legislative Yuan gazettes: ``blocks``, each a speaker's paragraph as the page printed it, wrapped
    lines and all, beside the people and the date."""
    blocks = [["主席：現在繼續開會。", "   進行今日議程。"],
              ["吳部長釗燮：主席、各位委員。今天非常高興能夠代表外交部", "  在這邊提出報告。"]]
    answers = [("口罩外交", "我們會檢討"), ("留學生", "已經寄出"), ("新南向", "正在評估"), ("友邦", "謝謝委員")]
    for topic, answer in answers:
        blocks += [[f"羅委員致政：部長，請問{topic}的", "  細節部分。"], [f"吳部長釗燮：{answer}。"]]
    t = written(tmp_path, "LCIDC01.doc.json", json.dumps({"blocks": blocks, "persons": ["羅致政", "吳釗燮"],
                                                          "title": "外交及國防委員會", "時間": "2020-04-13"}))
    assert said(t, "在這邊提出報告") == "吳部長釗燮"
    assert said(t, "請問友邦的細節部分") == "羅委員致政"
    assert said(t, "正在評估") == "吳部長釗燮"


def test_a_site_module_keeping_a_post_as_html_blocks_is_read_as_that_page(tmp_path: Path):
    """A personal site's module: ``const post = {"body": [{"type": "text", "output": "<strong>Lat:</strong> …<br>…"},
    …]}`` (trailing commas and all), the interview's labels in bold inside the HTML of each block."""
    answers = "".join(f"<strong>{who}:</strong> <em>{words} {i}.</em><br>" for i, (who, words) in enumerate(
        [("Vertexity", "I play the flex support role"), ("Lat", "I act as main support"),
         ("L", "Sometimes I play more than 10 hours")] * 6))
    blocks = [{"type": "text", "output": "Over the past few months the team has been a fixture.<br>" * 3},
              {"type": "text", "output": f"<strong>Introduce yourselves?</strong><br>{answers}"},
              {"type": "image", "output": "https://example.org/team.jpg"}]
    module = "const post =\n" + json.dumps({"date": "2017-08-23", "title": "Team Interview", "body": blocks},
                                           indent=2).replace("}\n  ]", "},\n  ]") + "\n"
    t = written(tmp_path, "team-interview.js", module)
    assert said(t, "I act as main support 4.") == "Lat"
    assert said(t, "more than 10 hours 11.") == "L"


def test_a_podcast_page_keeping_its_whole_transcript_in_a_front_matter_block_is_read(tmp_path: Path):
    """A Hugo page whose front matter holds the transcript as a ``transcript: |`` block far down (its closing
    ``---`` past the first lines), the page's body empty."""
    turns = "".join(f"  **{who}:** {words} {i}.\n\n" for i, (who, words) in enumerate(
        [("Manoush Z.", "What did you recently get"), ("Christina", "I don't really have anything to hide"),
         ("Mat Honan", "My Google password was 21 characters")] * 12))
    t = written(tmp_path, "s04e02.md", "---\ntitle: Your Password Is the Worst\ndate: 2018-12-10\ntranscript: |\n"
                + turns + "---\n")
    assert said(t, "anything to hide 13.") == "Christina"
    assert said(t, "21 characters 35.") == "Mat Honan"
