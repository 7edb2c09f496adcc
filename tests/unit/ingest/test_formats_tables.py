"""Tables whose columns are not named as we expect: columns inferred from content, or named by the caller."""

from __future__ import annotations

from pathlib import Path

import pytest

from qa_bot.errors import IngestError, QABotError
from qa_bot.ingest import load_transcript
from qa_bot.ingest.speakers import UNKNOWN_SPEAKER
from qa_bot.ingest.table import column_overrides, tabular_format
from qa_bot.pipeline.build import build_index
from tests.conftest import FIXTURE_ROOT, said, written

EXPORTS = FIXTURE_ROOT / "exports"


def rows(transcript) -> list[tuple]:
    return [(t.speaker, t.start, t.end, t.text) for t in transcript.turns]


def test_headerless_tier_export_in_txt_is_sorted_by_start():
    t = load_transcript(EXPORTS / "oral-history-tiers.txt")
    assert t.format == "tsv"
    assert rows(t) == [
        ("Boris Orlov", 1.0, 4.0, "so tell me where you were born and when"),
        ("Anna Lebedeva", 5.0, 8.5, "and then we moved to the city in the spring of that year"),
        ("Anna Lebedeva", 9.0, 12.0, "it was a small village near the river, you would not know it"),
        ("Boris Orlov", 13.0, 14.5, "and your parents, what did they do there"),
        ("Anna Lebedeva", 15.0, 19.0, "my father kept bees and my mother taught at the school"),
    ]
    assert t.warnings == ["columns read as speaker column 2, start column 3, end column 4, text column 5 "
                          "(no header row)"]


def test_unknown_header_names_are_inferred_from_the_cells():
    t = load_transcript(EXPORTS / "council-comments.csv")
    assert [(u.speaker, u.start) for u in t.turns] == [
        ("Cllr Dana Ruiz", 192.0), ("Officer Lee", 220.0), ("Cllr Dana Ruiz", 245.0), ("Cllr Sam Obi", 270.0),
        ("Officer Lee", 302.0),
    ]
    assert t.turns[0].text.startswith("The budget for the library has been cut")
    # the row number is not a time, and the constant "agency" column is not the speaker
    assert t.warnings == ["columns read as speaker 'commenter', text 'commentFull', start 'clip'"]


def test_columns_named_by_the_caller_win(tmp_path: Path):
    path = tmp_path / "export.csv"
    path.write_text("who,party,said\nAnn Lee,Green,Short.\nBob Hale,Red,Also short.\n", encoding="utf-8")
    with pytest.raises(IngestError, match="header names no text column and none could be inferred"):
        load_transcript(path)  # the text is too short to be recognised as prose
    t = load_transcript(path, columns={"speaker": "Party", "text": "said"})
    assert [(u.speaker, u.text) for u in t.turns] == [("Green", "Short."), ("Red", "Also short.")]
    t = load_transcript(path, columns={"text": "3"})  # a column number works too
    assert [u.text for u in t.turns] == ["Short.", "Also short."]
    with pytest.raises(IngestError, match=r"CSV has no column 'comment' for the text \(columns: 'who', 'party'"):
        load_transcript(path, columns={"text": "comment"})


def test_text_without_a_speaker_column_is_unknown_speaker(tmp_path: Path):
    path = tmp_path / "captions.tsv"
    path.write_text("0.0\t4.2\tgood evening and welcome to the programme\n"
                    "4.2\t9.0\ttonight we look at the harbour and its ferries\n", encoding="utf-8")
    t = load_transcript(path)
    # Timed rows of no one are cut into turns at pauses, as captions are: these two follow without a gap.
    assert [(u.speaker, u.speaker_inferred, u.start) for u in t.turns] == [("Unknown speaker", True, 0.0)]
    assert t.turns[0].text.endswith("programme tonight we look at the harbour and its ferries")
    assert t.warnings[-1].endswith("(no header row); no speaker column, so no speakers")


def test_build_index_passes_columns_through(tmp_path: Path, fake_embedder):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "export.csv").write_text("who,party,said\nAnn Lee,Green,Short.\n", encoding="utf-8")
    stats = build_index([docs], tmp_path / "index", embedder=fake_embedder, columns={"speaker": "who", "text": "said"})
    assert stats.transcripts == 1 and stats.speakers == {"Ann Lee": 1}


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        ("speaker=name,text=commentFull", {"speaker": "name", "text": "commentFull"}),
        (" Text = 5 ", {"text": "5"}),
        ({"start": "clip"}, {"start": "clip"}),
        (None, {}),
    ],
)
def test_column_overrides(spec, expected):
    assert column_overrides(spec) == expected


@pytest.mark.parametrize("spec", ["speaker", "voice=name", "text="])
def test_bad_column_override_names_the_valid_fields(spec: str):
    with pytest.raises(QABotError, match="FIELD one of speaker, text, date, start, end, title, place"):
        column_overrides(spec)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a\tb\nc\td\n", "tsv"),
        ("a\tb\tc\nd\te\tf\nno tab here\nx\ty\tz\ny\tz\tw\n", "tsv"),  # one stray line in five
        ("Ann: hello\tthere\n\nBob: hi\n", None),
        ("one line\twith a tab\n", None),
        ("mn015|so i guess, this is it.|S\nme003|this is a meeting for me.|S\n", "csv"),  # bars, commas in words
        ("| who | words |\n|---|---|\n| Ann | Hi |\n", None),  # a Markdown table
        ("Dima Gusakov | Lido: hello\nAnn: hi\n", None),
    ],
)
def test_tabular_format(text: str, expected: str | None):
    assert tabular_format(text) == expected


def test_cli_index_takes_columns(tmp_path: Path, capsys):
    from qa_bot.presentation.cli import main

    with pytest.raises(SystemExit):
        main(["index", "--help"])
    assert "--columns FIELD=COLUMN,..." in capsys.readouterr().out
    csv_path = tmp_path / "export.csv"
    csv_path.write_text("who,party,said\nAnn Lee,Green,Short.\n", encoding="utf-8")
    assert main(["index", str(csv_path), "--index", str(tmp_path / "index"), "--columns", "voice=who"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("qa-bot: error: bad column override voice='who': give FIELD=COLUMN pairs")
    assert err.count("\n") == 1


def test_speakers_written_inside_the_text_cells_are_read(tmp_path: Path):
    """A label track without a speaker column: 'spk_0>>>' opening each text cell names the speaker."""
    path = tmp_path / "labels.txt"
    path.write_text(
        "3.14\t11.67\tspk_0>>> now a motion picture. no\n"
        "11.68\t12.6\tspk_1>>>way.\n"
        "12.61\t18.53\tspk_0>>>Yes way. But it starts with Bill.\n"
        "18.54\t23.03\tspk_1>>>Ted was in danger of flunking.\n",
        encoding="utf-8",
    )
    t = load_transcript(path)
    assert [(u.speaker, u.text) for u in t.turns] == [
        ("spk_0", "now a motion picture. no"), ("spk_1", "way."),
        ("spk_0", "Yes way. But it starts with Bill."), ("spk_1", "Ted was in danger of flunking."),
    ]
    assert any("labels that open the text cells" in w for w in t.warnings)


def test_a_label_shaped_start_of_a_few_cells_is_no_speaker(tmp_path: Path):
    """'Note: …' opening one cell of many is text: speakers need most rows and recurring names."""
    rows = [f"{i}.0\t{i}.5\tThe ferry runs at {i} o'clock." for i in range(8)] + ["9.0\t9.5\tNote: the pier is closed."]
    path = tmp_path / "notes.txt"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    t = load_transcript(path)
    assert {u.speaker for u in t.turns} == {"Unknown speaker"}
    assert any("Note: the pier is closed." in u.text for u in t.turns)


def test_a_column_of_line_numbers_is_never_the_text():
    """'Line' names a text column in a script, but over 1, 2, 3… it numbers rows: 'Content' holds the words."""
    t = load_transcript(EXPORTS / "numbered-lines.txt")
    assert t.format == "tsv"
    assert [(u.speaker, u.start, u.end) for u in t.turns][:2] == [("HLM_int_01", 0.412, 2.105),
                                                                 ("HLM_se0_ag2_m_01", 2.63, 7.902)]
    assert t.turns[1].text == "[Well] I went to the school on Bridge Street, the old brick one by the mill."
    assert t.warnings == ["columns read as speaker 'Spkr', start 'StTime', text 'Content', end 'EnTime'"]


@pytest.mark.parametrize("header", ["Body", "Text of speech", "Full text", "Content"])
def test_text_headers_beyond_the_plain_synonyms(tmp_path: Path, header: str):
    path = tmp_path / "speeches.csv"
    path.write_text(f"Speaker,{header}\nAnn Lee,We open the pier.\nBob Hale,Not yet.\n", encoding="utf-8")
    assert [(u.speaker, u.text) for u in load_transcript(path).turns] == [
        ("Ann Lee", "We open the pier."), ("Bob Hale", "Not yet.")
    ]


def test_the_text_column_named_in_its_own_language_beats_a_longer_translation(tmp_path: Path):
    """A classroom study's sheet: the Hebrew words under "טקסט" (text) beside an "English Translation" that runs
    longer: the transcript is what was said, not its translation."""
    path = tmp_path / "Transcript.csv"
    path.write_text("start,stop,speaker,טקסט,English Translation\n"
                    "0,400,מ,האטמוספירה היא כמו לחץ,The atmosphere is like the pressure of your hand on the table\n"
                    "400,900,ב,הגוף שלהם מעכל את זה,Their bodies digest it into gases and other things again\n",
                    encoding="utf-8")
    assert [(u.speaker, u.text) for u in load_transcript(path).turns] == [
        ("מ", "האטמוספירה היא כמו לחץ"), ("ב", "הגוף שלהם מעכל את זה")
    ]

def test_a_named_line_column_of_dialogue_is_still_the_text(tmp_path: Path):
    path = tmp_path / "script.csv"
    path.write_text("Character,Line\nANN,Where is the ferry?\nBOB,Late again.\n", encoding="utf-8")
    assert [(u.speaker, u.text) for u in load_transcript(path).turns] == [
        ("ANN", "Where is the ferry?"), ("BOB", "Late again.")
    ]


def test_a_repeated_sentence_is_not_the_text_column_however_long(tmp_path: Path):
    """Inferred text is the longest, most varied prose: a boilerplate note on every row is not it."""
    note = "transcribed by volunteers of the harbour history archive in the winter of 2019"
    said = ["we sailed at dawn", "the nets were full that year", "my father mended them", "and then came the storm"]
    path = tmp_path / "export.csv"
    path.write_text("who,note,said\n" + "".join(f"Ann Lee,{note},{s}\n" for s in said), encoding="utf-8")
    t = load_transcript(path)
    assert [u.text for u in t.turns] == said
    assert "text 'said'" in t.warnings[-1]


def test_a_text_header_over_numbers_is_refused_with_the_reason(tmp_path: Path):
    path = tmp_path / "counts.csv"
    path.write_text("Speaker,Text\nAnn,1\nBob,2\nAnn,3\n", encoding="utf-8")
    with pytest.raises(IngestError, match="'Text' holds numbers, times or a few repeated values, not text"):
        load_transcript(path)


def test_a_speaker_column_naming_each_speaker_once_goes_on_over_blank_cells(tmp_path: Path):
    path = tmp_path / "oral-history.csv"
    path.write_text('speaker,words\nDevin Becker:,"We will go through these."\n,"Ask me anything."\n'
                    'JM:,"Sure."\nDB:,"What genres do you write in?"\n,"And on what machine?"\nJM:,"Poetry."\n',
                    encoding="utf-8")
    assert [t.speaker for t in load_transcript(path).turns] == ["Devin Becker", "Devin Becker", "JM", "Devin Becker",
                                                                "Devin Becker", "JM"]
    asr = tmp_path / "asr.csv"  # one speaker's rows follow each other named: a blank is no one
    asr.write_text("speaker,text\nA,Hello there.\nA,Welcome back.\n,inaudible words\nB,Thanks.\nB,Good to be here.\n",
                   encoding="utf-8")
    assert UNKNOWN_SPEAKER in [t.speaker for t in load_transcript(asr).turns]


def test_a_web_address_column_is_never_the_speaker(tmp_path: Path):
    path = tmp_path / "debates.tsv"
    rows = [("Gašparovič, Ivan", "45", "Vážená Národná rada, vážení hostia, vítam vás."),
            ("Húska, Augustín", "58", "Sľubujem na svoju česť a svedomie vernosť republike."),
            ("Gašparovič, Ivan", "45", "Ďakujem, pán poslanec, za vaše slová dnes."),
            ("Migaš, Jozef", "91", "Chcem sa ospravedlniť klubu poslancov za chybu.")]
    path.write_text("fullname\tmp_web\tspeech\n" + "".join(
        f"{who}\thttps://www.nrsr.sk/web/?PoslanecID={n}\t{words}\n" for who, n, words in rows), encoding="utf-8")
    assert [t.speaker for t in load_transcript(path).turns] == [who for who, _, _ in rows]


def test_one_word_per_row_with_millisecond_times(tmp_path: Path):
    path = tmp_path / "words.csv"
    path.write_text("Timestamp,Word\n30,ah\n600,excuse\n900,me\n45000,so\n45400,welcome\n45800,back\n",
                    encoding="utf-8")
    t = load_transcript(path)
    assert t.format == "csv (words)"
    assert [(u.speaker, u.start, u.text) for u in t.turns] == [(UNKNOWN_SPEAKER, 0.03, "ah excuse me so welcome back")]


def test_rows_of_quoted_cells_a_space_apart_as_r_writes_them(tmp_path: Path):
    rows = [("THREEPIO", "Did you hear that?  They've shut down the main reactor."), ("LUKE", "Hurry up!"),
            ("THREEPIO", "We're doomed!"), ("BIGGS", "I'm not going to wait for the Empire to draft me."),
            ("LUKE", "I know, Biggs.")]
    text = "\n".join(f'"{i}" "{who}" "{line}"' for i, (who, line) in enumerate(rows, 1)) + "\n"
    t = written(tmp_path, "sw-episode-iv-script.txt", text)
    assert said(t, "wait for the Empire") == "Biggs" and said(t, "We're doomed!") == "Threepio"


def test_premiere_csv_time_codes_with_frames_start_the_turns(tmp_path: Path):
    """Premiere Pro's transcript CSV: drop-frame time codes ``00;00;05;10`` (hours;minutes;seconds;frames)."""
    t = written(tmp_path, "premiere.csv", "Speaker Name,Start Time,End Time,Text\n"
                "Speaker 1,00;00;00;00,00;00;05;10,So tell me where you grew up.\n"
                "Speaker 2,00;00;05;10,00;01;12;02,A small fishing village in Norway.\n")
    assert [(u.speaker, u.start) for u in t.turns] == [("Speaker 1", 0.0), ("Speaker 2", 5.0)]


def test_a_parliament_dataset_names_its_speaker_column_member_name_beside_the_party(tmp_path: Path):
    """The Greek Parliament Proceedings dataset: one row per speech, the member in ``member_name``, the party in a
    column nearer the speech, which names no one."""
    rows = [("σκρεκας κωνσταντινος", "νεα δημοκρατια", "Ευχαριστώ, κυρία Πρόεδρε. Κυρίες και κύριοι συνάδελφοι."),
            ("κεγκερογλου βασιλειος", "κινημα αλλαγης", "Η Ελλάδα σήμερα μπορεί να πει με σιγουριά ότι προχωρά."),
            ("μανωλακου διαμαντω", "κομμουνιστικο κομμα ελλαδας", "Δεν είναι Αριστερά αυτό, είναι σοσιαλδημοκρατία."),
            ("σκρεκας κωνσταντινος", "νεα δημοκρατια", "Οι υδατοκαλλιέργειες είναι ένας δυναμικός κλάδος.")]
    t = written(tmp_path, "proceedings.csv", "member_name,sitting_date,political_party,speech\n" + "".join(
        f'{who},24/07/2020,{party},"{words}"\n' for who, party, words in rows))
    assert [(u.speaker, u.text) for u in t.turns] == [(who, words) for who, _, words in rows]


def test_interjections_a_scraper_set_inside_a_speech_cell_are_their_members_turns(tmp_path: Path):
    """Australian Hansard flattened to a row a speech: the chair and interjectors sit inside the body cell after a
    sentence, an office or a courtesy title first ("…?Mr Burke: Under…"); a title inside a sentence stays words."""
    rows = [
        ("Morrison, Scott MP", "We have a plan. The SPEAKER: The Manager of Opposition Business?Mr Burke: Under "
                               "standing order 91: he is disregarding your ruling. The SPEAKER: Resume your seat."),
        ("Albanese, Anthony MP", "I asked Mr Smith: where is the plan? He had none."),
        ("Morrison, Scott MP", "The plan is working. Mr Albanese: It is not!"),
        ("Dutton, Peter MP", "Mr Speaker, on relevance. The SPEAKER: There is no point of order."),
    ]
    path = tmp_path / "2021-11-30-main.csv"
    path.write_text("name,body\n" + "".join(f'"{name}","{body}"\n' for name, body in rows), encoding="utf-8")
    t = load_transcript(path)
    assert [(turn.speaker, turn.text) for turn in t.turns] == [
        ("Morrison, Scott MP", "We have a plan."), ("The SPEAKER", "The Manager of Opposition Business?"),
        ("Mr Burke", "Under standing order 91: he is disregarding your ruling."), ("The SPEAKER", "Resume your seat."),
        ("Albanese, Anthony MP", "I asked Mr Smith: where is the plan? He had none."),
        ("Morrison, Scott MP", "The plan is working."), ("Mr Albanese", "It is not!"),
        ("Dutton, Peter MP", "Mr Speaker, on relevance."), ("The SPEAKER", "There is no point of order.")]


def test_a_corpus_s_speaker_codes_with_digits_are_its_speaker_column_and_question_marks_no_one(tmp_path: Path):
    """KIParla's Jefferson transcripts as two tab-separated columns in a ``.txt`` without a header: a speaker code
    (``BO009``, digits and all, each used on many lines) and the line; ``???`` is a speaker nobody identified."""
    said_by = ["BO009", "BO009", "BO010", "BO009", "BO007", "BO009", "BO008", "???", "BO007", "BO010"] * 3
    lines = [f"{code}\t{words} numero {n}," for n, (code, words) in enumerate(zip(said_by, [
        "no no niente allora siamo", "però mh nel senso io ho", "ma come ma è cretino", "aspetta doveva accompagnarmi",
        "ma questo a che ora", "eh ho detto almeno educazione", "esatto proprio così", "xxx non si capisce",
        "non penso proprio", "vi devo raccontare un'altra scena"] * 3, strict=True))]
    t = written(tmp_path, "BOA3002.txt", "\n".join(lines) + "\n")
    assert [u.speaker for u in t.turns if "numero" in u.text][:10] == [
        code if code != "???" else UNKNOWN_SPEAKER for code in said_by[:10]]
    assert said(t, "esatto proprio così numero 26") == "BO008"


def test_bar_separated_rows_in_text_files_and_headers_naming_the_author(tmp_path: Path):
    """A corpus's call as ``speaker|words|act`` rows in a .txt (its first row is a row, since its speaker speaks
    again below); a scraper's CSV naming the speaker ``autor`` beside the state; counselling sessions naming it
    ``interlocutor`` beside the topic."""
    call = "b|yes|ackn\nb|i've just moved into a new address|inform\na|have you got your order number|q\nb|no|ans\n"
    t = written(tmp_path, "130043009.txt", call)
    assert t.format == "csv" and [turn.speaker for turn in t.turns] == ["b", "b", "a", "b"]
    assert t.turns[0].text.startswith("yes")
    rows = "autor,partido,uf,discurso\n" + "".join(
        f"{who},PL,{uf},\"{words}, disse {i}\"\n" for i, (who, uf, words) in enumerate(
            [("MARCELO RAMOS", "AM", "Havendo número"), ("ALICE PORTUGAL", "BA", "Questão de ordem")] * 3))
    assert said(written(tmp_path, "reuniao.csv", rows), "disse 3") == "Alice Portugal"
    sessions = "topic,interlocutor,utterance_text\n" + "".join(
        f"reducing self-harm,{who},{words} {i}\n" for i, (who, words) in enumerate(
            [("therapist", "How are you"), ("client", "Fine thanks")] * 3))
    assert said(written(tmp_path, "AnnoMI.csv", sessions), "Fine thanks 3") == "client"


def test_a_debate_s_rows_name_the_person_and_the_paragraph_beside_fact_checks(tmp_path: Path):
    rows = "pessoa;checado;selo;paragrafo;comentario\n" + "".join(
        f"{who};{'sim' if i % 3 else 'não'};{'NA' if i % 2 else 'FALSO'};{words}, parte {i}.;NA\n"
        for i, (who, words) in enumerate(
            [("MEDIADORES", "Boa noite a todos"), ("CIRO GOMES", "Arma só serve pra matar"),
             ("SIMONE TEBET", "O meu ministério será paritário")] * 3))
    t = written(tmp_path, "debate.csv", rows)
    assert said(t, "pra matar, parte 4.") == "Ciro Gomes"
    assert said(t, "paritário, parte 5.") == "Simone Tebet"


def test_a_column_of_names_beats_a_column_of_roles(tmp_path: Path):
    """A therapy session's CSV gives each row a ``speaker`` role (client, therapist) and a ``speaker_name``: the
    turns are the named people's, whichever column comes first."""
    rows = ("session,turn_number,speaker,speaker_name,text\nSylvia_5th,1,client,Sylvia,I've been learning.\n"
            "Sylvia_5th,2,therapist,Carl Rogers,It's the awareness of it that's new.\n")
    t = written(tmp_path, "Sylvia_5th_session.csv", rows)
    assert [turn.speaker for turn in t.turns] == ["Sylvia", "Carl Rogers"]
    swapped = rows.replace("speaker,speaker_name", "speaker_name,speaker").replace("client,Sylvia", "Sylvia,client")
    swapped = swapped.replace("therapist,Carl Rogers", "Carl Rogers,therapist")
    assert [turn.speaker for turn in written(tmp_path, "swapped.csv", swapped).turns] == ["Sylvia", "Carl Rogers"]


def test_an_excel_workbook_is_read_as_a_table_of_turns(tmp_path: Path):
    """A lesson transcribed in Excel, a sentence a row with the speaker's code, beside a sheet of notes: the sheet
    holding the most text is read, its columns by their headers as for CSV; a file named .xlsx that is not one
    is refused with the reason, in a folder too."""
    from openpyxl import Workbook

    workbook = Workbook()
    notes = workbook.active
    notes.title = "Notes"
    notes.append(["Coded by", "AB"])
    lesson = workbook.create_sheet("Lesson")
    lesson.append(["Line", "Speaker", "Sentence", "Talk move"])
    for number, (who, words) in enumerate([("T", "Today we look at ratios."), ("S", "Is a ratio a fraction?"),
                                           ("T", "Good question, what do you think?")], 1):
        lesson.append([number, who, words, 1.0])
    workbook.save(tmp_path / "7th grade math.xlsx")
    t = load_transcript(tmp_path / "7th grade math.xlsx")
    assert t.format == "xlsx" and [(turn.speaker, turn.text) for turn in t.turns] == [
        ("T", "Today we look at ratios."), ("S", "Is a ratio a fraction?"), ("T", "Good question, what do you think?")]
    (tmp_path / "fake.xlsx").write_text("Speaker,Sentence\nT,Hello.\n")
    with pytest.raises(IngestError, match=r"not an Excel \.xlsx file"):
        load_transcript(tmp_path / "fake.xlsx")


def test_an_excel_file_that_unpacks_past_the_limit_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A workbook whose parts unpack to more than ``MAX_CONTENT_BYTES`` is refused before it is read (a zip bomb)."""
    from openpyxl import Workbook

    from qa_bot.ingest import xlsx

    workbook = Workbook()
    workbook.active.append(["Speaker", "Text"])
    workbook.active.append(["Ann", "Hello there."])
    workbook.save(tmp_path / "big.xlsx")
    monkeypatch.setattr(xlsx, "MAX_CONTENT_BYTES", 100)
    with pytest.raises(IngestError, match="unpacks to"):
        load_transcript(tmp_path / "big.xlsx")


def test_a_table_of_dialogues_reads_the_labels_inside_its_cells(tmp_path: Path):
    """MTS-Dialog keeps a doctor-patient conversation in each row's ``dialogue`` cell, beside the section of the
    note it documents: the cells' ``Doctor:`` and ``Patient:`` lines are the turns, not one turn a row credited
    to the section name ("GENHX") that looks like a speaker column."""
    dialogues = [("GENHX", "Doctor: When did your pain begin?\n\nPatient: About eight years ago, at a store."),
                 ("ROS", "Doctor: What brings you in today?\n\nPatient: A rash on my upper arms.\n\nDoctor: Itchy?"),
                 ("GENHX", "Doctor: Any fever?\n\nPatient: No fever at all.")]
    text = "ID,section_header,section_text,dialogue\n" + "".join(
        f'{i},{section},"The patient has a note.","{dialogue}"\n' for i, (section, dialogue) in enumerate(dialogues))
    t = written(tmp_path, "MTS-Dialog.csv", text)
    assert said(t, "About eight years ago") == said(t, "A rash on my upper arms") == "Patient"
    assert said(t, "What brings you in today") == said(t, "Itchy?") == "Doctor"
    assert set(t.speakers) == {"Doctor", "Patient"}


def test_a_narrator_column_filled_on_each_narrator_s_first_row_names_the_rows_below(tmp_path: Path):
    """Densho's sentences as CSV: a ``Narrator`` column names each narrator on their first row only, beside a
    sentiment column of a few recurring words: the narrator is the speaker of the rows under the name, not the
    sentiment."""
    rows = [("Art Abe", "AA-01", "My mother's name was Sadako.", "neutral"), ("", "AA-02", "She came from Tottori.",
            "neutral"), ("Gene Akutsu", "GA-01", "I never had any allegiance to Japan.", "negative"),
            ("", "GA-02", "We were citizens.", "neutral"), ("", "GA-03", "They sent us away anyway.", "negative")]
    text = "Narrator,Code,Transcript,Sentiment Label\n" + "".join(f'{n},{c},"{t}",{s}\n' for n, c, t, s in rows)
    t = written(tmp_path, "densho.csv", text)
    assert said(t, "Tottori") == "Art Abe" and said(t, "sent us away") == "Gene Akutsu"


def test_dialogue_cells_whose_turns_a_dataset_separates_with_a_marker(tmp_path: Path):
    """MathDial keeps each tutoring conversation in one cell, its turns apart by ``|EOM|`` rather than lines,
    beside yes/no columns that look like a speaker column: the cells' ``Teacher:`` and ``Student:`` are the
    speakers."""
    talks = ["Teacher: (generic)Hi Mariana, talk me through it|EOM|Student: I let x be the spoons.|EOM|"
             "Teacher: (focus)Start again from twelve.", "Teacher: (generic)Hello Emily|EOM|Student: Sure, 3 + 12."]
    text = "qid,self-correctness,conversation\n" + "".join(
        f'{i},{"Yes" if i % 2 else "No"},"{talk}"\n' for i, talk in enumerate(talks * 2))
    t = written(tmp_path, "mathdial.csv", text)
    assert {turn.speaker for turn in t.turns} == {"Teacher", "Student"}
    assert {turn.speaker for turn in t.turns if "x be the spoons" in turn.text} == {"Student"}
    assert all("|EOM|" not in turn.text for turn in t.turns)


def test_a_column_of_people_s_full_names_beats_a_nearer_column_of_teams(tmp_path: Path):
    """Team radio a row, beside both the driver's and the team's name (neither header a speaker's): the
    driver's full names are the speakers, though the team's column sits nearer the words."""
    clips = [("Logan Sargeant", "Williams", "I could smell something burning on the first lap."),
             ("George Russell", "Mercedes", "Left hand side my seat feels very warm."),
             ("Alexander Albon", "Williams", "My front was overheating a lot through the lap."),
             ("Yuki Tsunoda", "Red Bull Racing", "I don't think I ever had a good lap but it's fine."),
             ("Logan Sargeant", "Williams", "Copy, box this lap then.")]
    text = "session,driver_name,team_name,transcription\n" + "".join(
        f'7765,{driver},{team},"{words}"\n' for driver, team, words in clips)
    t = written(tmp_path, "radio.csv", text)
    assert said(t, "burning") == "Logan Sargeant" and said(t, "overheating") == "Alexander Albon"
    assert "Williams" not in t.speakers


def test_a_headerless_table_whose_record_ids_name_the_speaker(tmp_path: Path):
    """A meeting corpus's dialogue acts as tab-separated rows with no header (id, start, end, channel, role, act,
    …, words): the channel letter the row's id spells out (``Bmr014.E.dialogueact0``) is the speaker, not the
    dialogue act's tag (``s^bk``) nearer the words, nor the role that two speakers share."""
    acts = [("E", "Professor", "s^bk", "Alright ."), ("C", "Grad", "qy.%--", "So are you ready ?"),
            ("E", "Professor", "s", "It must be February fifteenth ."), ("F", "Postdoc", "b", "Yeah ."),
            ("D", "Grad", "s", "I don't really have anything specific ."), ("C", "Grad", "s^cc", "I think so , yep ."),
            ("E", "Professor", "s", "There are big spikes on particular things ."), ("F", "Postdoc", "s", "Okay .")]
    rows = "".join(f"Bmr014.{who}.dialogueact{i}\t{i * 2.5}\t{i * 2.5 + 2}\t{who}\t{role}\t{tag}\t-1\t0\t{words}\r\n"
                   for i, (who, role, tag, words) in enumerate(acts))
    t = written(tmp_path, "Bmr014.txt", rows)
    assert [said(t, words) for *_, words in acts] == [who for who, *_ in acts]
