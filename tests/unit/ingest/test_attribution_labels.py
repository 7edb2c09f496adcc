"""The label grammar each file uses, found from the file itself, and the speaker of every quoted line."""

from __future__ import annotations

from pathlib import Path

import pytest

from qa_bot.errors import IngestError
from qa_bot.ingest import load_transcript
from qa_bot.ingest.labels import learn_grammar
from qa_bot.ingest.speakers import UNKNOWN_SPEAKER
from tests.conftest import FIXTURE_ROOT, refusal, said, written

FIXTURES = FIXTURE_ROOT / "attribution"


# Who each fixture must credit with the turn holding a phrase (exactly one turn holds it).
CREDITS = [
    ("zoom-captions.vtt", "Can everyone hear me?", "stokes"),
    ("zoom-captions.vtt", "loud and clear", "Maria Lopez"),
    ("zoom-captions.vtt", "harbour dredging contract", "stokes"),
    ("zoom-captions.vtt", "three so far", "jdoe42"),
    ("zoom-captions.vtt", "after the deadline", "jdoe42"),
    ("zoom-captions.vtt", "leave it out", "stokes"),
    ("white-house-briefing.txt", "roads, bridges and broadband", "The Vice President"),
    ("white-house-briefing.txt", "this bill is about jobs", "The President"),
    ("white-house-briefing.txt", "four thousand bridges", "The President"),
    ("white-house-briefing.txt", "how will you pay for it?", "Question"),
    ("white-house-briefing.txt", "fair share", "The President"),
    ("white-house-briefing.txt", "will broadband reach rural counties?", "Question"),
    ("white-house-briefing.txt", "Every county, within four years.", "The Vice President"),
    ("podcast-episode-12.md", "I'm Sam, and with me is Priya.", "Sam Ortiz"),
    ("podcast-episode-12.md", "For how long?", "Sam Ortiz"),
    ("podcast-episode-12.md", "The union wants a new rota.", "Priya Nair"),
    ("podcast-episode-12.md", "keep following it", "Sam Ortiz"),
    ("deposition-doe.txt", "Please state your name", "Ms. Sawyer"),
    ("deposition-doe.txt", "John Doe.", "John A. Doe"),
    ("deposition-doe.txt", "as a harbour engineer", "John A. Doe"),
    ("deposition-doe.txt", "Objection, form.", "Mr. Davis"),
    ("deposition-doe.txt", "I'll rephrase.", "Ms. Sawyer"),
    ("deposition-doe.txt", "Who signed the dredging contract?", "Ms. Sawyer"),
    ("deposition-doe.txt", "The deputy mayor signed it.", "John A. Doe"),
    ("deposition-doe.txt", "I was not there.", "John A. Doe"),
    ("deposition-doe.txt", "did you read the contract?", "Mr. Davis"),  # the examiner changed: BY MR. DAVIS
    ("deposition-doe.txt", "Yes, twice.", "John A. Doe"),
    ("deposition-doe.txt", "Off the record?", "The Court Reporter"),
    ("deposition-doe.txt", "having been first duly sworn", UNKNOWN_SPEAKER),
]




@pytest.mark.parametrize(("fixture", "phrase", "speaker"), CREDITS)
def test_every_probed_line_is_credited_to_its_speaker(fixture: str, phrase: str, speaker: str):
    assert said(load_transcript(FIXTURES / fixture), phrase) == speaker



def test_zoom_captions_read_lower_case_handles_as_speakers():
    t = load_transcript(FIXTURES / "zoom-captions.vtt")
    assert t.label_convention == "handle: (lower case) 5, Name Surname: 2"
    assert not any(u.speaker_inferred for u in t.turns)


def test_a_lower_case_word_and_colon_in_prose_is_text(tmp_path: Path):
    path = tmp_path / "minutes.txt"
    path.write_text(
        "Alice Brown: We met the contractor on Monday.\n\n"
        "note: the meeting ran late, so the second item moved.\n\n"
        "Bob Green: Then we take it next week.\n", encoding="utf-8")
    t = load_transcript(path)
    assert [u.speaker for u in t.turns] == ["Alice Brown", "Bob Green"]
    assert "note: the meeting ran late" in t.turns[0].text
    assert t.label_convention == "Name Surname: 2"


def test_press_page_keeps_the_president_and_the_vice_president_apart_and_reads_q_lines():
    t = load_transcript(FIXTURES / "white-house-briefing.txt")
    assert set(t.speakers) == {UNKNOWN_SPEAKER, "The Vice President", "The President", "Question"}
    assert [u.label for u in t.turns if u.speaker == "Question"] == ["Q", "Q"]


def test_markdown_podcast_keeps_first_name_labels_as_written():
    t = load_transcript(FIXTURES / "podcast-episode-12.md")
    assert [u.label for u in t.turns][:4] == ["Sam Ortiz", "Priya Nair", "Sam", "Priya"]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (">> MAYOR ADE: We open Monday.\n\n>> Who pays?\n\n>> MAYOR ADE: The city.\n",
         ["Mayor Ade", UNKNOWN_SPEAKER, "Mayor Ade"]),
        ("[Jane Smith] Welcome back.\n\n[Tom Ng] Thanks.\n\n[Jane Smith] Let's begin.\n\n[Applause]\n",
         ["Jane Smith", "Tom Ng", "Jane Smith"]),
        ("Mr. GRASSLEY. The hearing will come to order.\n\nMs. JACKSON LEE. Thank you.\n\n"
         "Mr. GRASSLEY. The witness may begin.\n", ["Mr. Grassley", "Jackson Lee", "Mr. Grassley"]),
    ],
)
def test_file_conventions_chevrons_brackets_and_congressional_labels(tmp_path: Path, text: str,
                                                                    speakers: list[str]):
    path = tmp_path / "t.txt"
    path.write_text(text, encoding="utf-8")
    assert [u.speaker for u in load_transcript(path).turns] == speakers


def test_a_bracketed_sound_is_not_a_speaker():
    grammar = learn_grammar(["[Applause]", "", "Thank you all.", "", "[Applause]", "", "[Laughter] Yes."])
    assert grammar.match("[Laughter] Yes.") is None
    assert grammar.convention == "none"


def test_subtitle_word_prefix_needs_to_recur_but_handles_need_a_convention():
    grammar = learn_grammar(["JANE: Look: the tide.", "Look: it is back."], strict=True)
    assert grammar.match("Look: it is back.") is None
    grammar = learn_grammar(["ann: hi", "so: what now", "ann: yes"], strict=True)
    assert grammar.match("ann: yes").name == "ann"


def test_deposition_q_and_a_are_inferred_by_is_never_a_speaker_and_margins_go():
    t = load_transcript(FIXTURES / "deposition-doe.txt")
    assert not any(s.startswith("By ") for s in t.speakers)
    qa = [u for u in t.turns if u.label in ("Q.", "A.")]
    assert len(qa) == 8 and all(u.speaker_inferred for u in qa)
    assert not any("Page 2" in u.text or " 14 " in u.text for u in t.turns)  # margins and page lines dropped
    assert t.label_convention.startswith("Q./A. (examination) 8")


def test_examination_without_a_named_witness_or_examiner(tmp_path: Path):
    path = tmp_path / "interview.txt"
    path.write_text("Q. Where were you?\nA. At home.\nQ. Alone?\nA. Yes.\n", encoding="utf-8")
    t = load_transcript(path)
    assert [(u.speaker, u.text) for u in t.turns] == [
        ("Question", "Where were you?"), ("The Witness", "At home."),
        ("Question", "Alone?"), ("The Witness", "Yes."),
    ]


TRIAL_DAY = """THE COURT: Good morning. We probably won't get to the testimony of Mr. Shamel
Medrano today.
KARIN MAISTRELLO, resumed.
CROSS EXAMINATION CONTINUED
BY MS. SHROFF:
Q. Good morning.
A. Good morning.
THE WITNESS: May I have some water?
THE COURT: Of course.
(Witness excused)
MR. FERGENSON: The Government calls Patrick Chin.
(Witness sworn)
THE COURT: Please state your name.
THE WITNESS: Patrick Chin, C-H-I-N.
PATRICK CHIN,
called as a witness by the Government,
having been duly sworn, testified as follows:
DIRECT EXAMINATION
BY MR. FERGENSON:
Q. What state do you live in?
A. New Jersey.
(Witness excused)
THE COURT: Let's take our break.
THE WITNESS: Thank you.
"""


def test_each_witness_of_a_trial_day_answers_under_their_own_name(tmp_path: Path):
    path = tmp_path / "trial.txt"
    path.write_text(TRIAL_DAY, encoding="utf-8")
    t = load_transcript(path)
    assert [(u.speaker, u.text) for u in t.turns if u.label == "A."] == [
        ("Karin Maistrello", "Good morning."), ("Patrick Chin", "New Jersey.")]
    assert said(t, "May I have some water?") == "Karin Maistrello"
    assert said(t, "Patrick Chin, C-H-I-N.") == "Patrick Chin"  # sworn, but not yet named in the oath block
    assert said(t, "New Jersey.") == "Patrick Chin"
    assert said(t, "What state do you live in?") == "Mr. Fergenson"
    assert said(t, "Thank you.") == "The Witness"  # after the witness left, no one is named
    assert "Mr. Shamel" not in t.speakers and not any("Medrano" in s for s in t.speakers)


def test_a_one_off_word_label_among_many_is_an_aside_and_a_wrapped_line_is_not_a_label(tmp_path: Path):
    turns = "".join(f"**Jerod Santo:** Question {i}?\n\n**Adam Stacoviak:** Answer {i}.\n\n" for i in range(6))
    path = tmp_path / "episode.md"
    path.write_text(
        turns + "**Break:** \\[19:00\\]\n\n**Jerod Santo:** We're back. The situation in\n"
        "Ukraine: is it changing?\n\n**Adam Stacoviak:** Yes.\n", encoding="utf-8")
    t = load_transcript(path)
    assert said(t, "[19:00]") == UNKNOWN_SPEAKER
    assert said(t, "Ukraine: is it changing?") == "Jerod Santo"
    assert "Break" not in t.speakers and "Ukraine" not in t.speakers


def test_a_lower_case_word_ending_a_wrapped_sentence_is_no_handle(tmp_path: Path):
    path = tmp_path / "acta.txt"
    path.write_text(
        "ALCALDE: Se aprueba el presupuesto con los siguientes datos\nrelevantes:\n"
        "el gasto de personal sube un cinco por ciento.\nCONCEJALA: Pedimos que conste en acta\ncomo:\n"
        "una subida excesiva para el pueblo.\nALCALDE: Queda constancia. Y para la piscina, los datos\nrelevantes:\n"
        "el bar abre en junio.\n", encoding="utf-8")
    t = load_transcript(path)
    assert t.speakers == ["Alcalde", "Concejala"]
    assert said(t, "el gasto de personal sube") == "Alcalde"
    assert said(t, "una subida excesiva") == "Concejala"
    assert said(t, "el bar abre en junio.") == "Alcalde"


def test_labels_opening_with_an_accented_capital_are_read(tmp_path: Path):
    path = tmp_path / "entretien.txt"
    path.write_text("Journaliste : Bonjour, merci de nous recevoir.\n\nÉlisabeth Martin : Merci à vous.\n\n"
                    "Journaliste : Parlons du port.\n\nÉlisabeth Martin : Absolument pas, il reste ouvert.\n\n"
                    "Åsa Lindqvist: Jag håller med.\n\nŁukasz Nowak: Zgadzam się.\n", encoding="utf-8")
    t = load_transcript(path)
    assert said(t, "Absolument pas, il reste ouvert.") == "Élisabeth Martin"
    assert said(t, "Jag håller med.") == "Åsa Lindqvist"
    assert said(t, "Zgadzam się.") == "Łukasz Nowak"


@pytest.mark.parametrize("role", ["Respondent", "RESPONDENT", "Student", "Caller", "Teilnehmer", "Sprecher", "Utente",
                                  "User"])
def test_numbered_roles_of_focus_groups_and_anonymised_interviews(tmp_path: Path, role: str):
    path = tmp_path / "focus.txt"
    path.write_text(f"Moderator: What do you think of the ferry?\n{role} 1: It is too slow.\n"
                    f"{role} 2: I like it.\nModerator: And the price?\n{role} 1: Too high.\n", encoding="utf-8")
    t = load_transcript(path)
    assert said(t, "It is too slow.") == said(t, "Too high.") != said(t, "I like it.")
    assert said(t, "I like it.").endswith(" 2") and said(t, "And the price?") == "Moderator"


def test_numbered_speakers_of_a_tool_that_splits_a_voice_in_two_are_read_whatever_their_suffix(tmp_path: Path):
    """An Indonesian meeting tool labels every line "Pembicara N:" (speaker N), a voice it was unsure of
    "Pembicara 1-varian:": each is a speaker of its own, not words run on from the line above."""
    t = written(tmp_path, "notulen.txt", "Pembicara 1: Era ini adalah eranya digital.\n"
                "Pembicara 1-varian: Itu terserah mau ngapain.\nPembicara 2: Transisi regulasi.\n"
                "Pembicara 1: Ini aku ngomong tanpa data.\n")
    assert [turn.speaker for turn in t.turns] == ["Pembicara 1", "Pembicara 1-varian", "Pembicara 2", "Pembicara 1"]


@pytest.mark.parametrize(("record", "turns"), [
    ("El señor PRESIDENTE: Tiene la palabra la señora García López.\n\nLa señora GARCÍA LÓPEZ: Gracias, señor "
     "presidente.\n\nEl señor PRESIDENTE: Muchas gracias.\n",
     ["El señor PRESIDENTE", "La señora GARCÍA LÓPEZ", "El señor PRESIDENTE"]),
    ("Madame la présidente : La séance est ouverte.\n\nM. Jean Dupont : Merci, madame la présidente.\n\n"
     "Madame la présidente : La parole est à la ministre.\n",
     ["la présidente", "M. Jean Dupont", "la présidente"]),  # "Madame" dropped as a courtesy title
    ("De voorzitter:\nIk geef het woord aan mevrouw Ouwehand.\n\nMevrouw Ouwehand (PvdD):\nVoorzitter. De "
     "stikstofcrisis.\n\nDe voorzitter:\nEr is een interruptie.\n\nDe heer Van der Plas (BBB):\nDat klopt niet.\n",
     ["De voorzitter", "Mevrouw Ouwehand", "De voorzitter", "De heer Van der Plas"]),
    ("PRESIDENTE. Ha facoltà di parlare il senatore Rossi.\n\nROSSI (PD). Grazie, signor Presidente.\n\n"
     "PRESIDENTE. Ha facoltà di parlare la senatrice Bianchi.\n\nBIANCHI (FdI). Il decreto va bene.\n",
     ["Presidente", "Rossi", "Presidente", "Bianchi"]),
    ("President. – The next item is the debate on pollinators.\n\nMaria Schmidt, on behalf of the PPE Group. – "
     "Madam President, bees matter.\n\nPresident. – Thank you.\n\nJean Dupont (S&D). – Madame la Présidente, "
     "merci.\n", ["President", "Maria Schmidt", "President", "Jean Dupont"]),
    ("Председательствующий. Уважаемые коллеги, переходим к вопросу.\n\nПетрова А. С. Скажите, сколько школ?\n\n"
     "Председательствующий. Спасибо.\n\nИванов И. И. Около трёх тысяч школ.\n",
     ["Председательствующий", "Петрова А. С", "Председательствующий", "Иванов И. И"]),
])
def test_parliamentary_records_label_by_title_or_with_a_period(tmp_path: Path, record: str, turns: list[str]):
    path = tmp_path / "sitting.txt"
    path.write_text(record, encoding="utf-8")
    assert [t.speaker for t in load_transcript(path).turns] == turns


def test_captions_in_capitals_and_headings_with_periods_are_no_period_labels(tmp_path: Path):
    path = tmp_path / "captions.txt"
    path.write_text("OPEN THE ROLL. MEMBERS VOTE.\n\nOPEN THE ROLL. ALL MEMBERS VOTE WHO DESIRE TO VOTE.\n\n"
                    "CLOSE THE ROLL. TALLY THE VOTES.\n\nCLOSE THE ROLL. AYES 60.\n", encoding="utf-8")
    with pytest.raises(IngestError, match="no speaker labels found"):
        load_transcript(path)


@pytest.mark.parametrize(("record", "witness", "examiner"), [
    ("MS OKAFOR: My Lord, I call Mr Daniel Price.\n\nMR DANIEL PRICE (sworn)\n\nExamination-in-chief by MS OKAFOR\n\n"
     "Q. What is your occupation?\nA. I am a structural engineer.\nQ. Did you inspect it?\nA. Yes, in May.\n",
     "Daniel Price", "Ms Okafor"),
    ("MR. TREMBLAY: The Crown calls Luc Bouchard.\n\nLUC BOUCHARD: SWORN\n\nEXAMINATION IN-CHIEF BY MR. TREMBLAY:\n\n"
     "Q. What did you see?\nA. Smoke from the garage.\nQ. When?\nA. Around eleven thirty.\n",
     "Luc Bouchard", "Mr. Tremblay"),
    ("MR NGUYEN: The Crown calls Mary Walsh.\n\n<MARY WALSH, SWORN\n\n<EXAMINATION BY MR NGUYEN\n\n"
     "MR NGUYEN: Where were you stationed in 2021?---At Parramatta.\n\nAnd did you attend?---Yes, with my partner.\n",
     "Mary Walsh", "Mr Nguyen"),
])
def test_examinations_in_english_canadian_and_australian_transcripts(tmp_path: Path, record: str, witness: str,
                                                                     examiner: str):
    path = tmp_path / "trial.txt"
    path.write_text(record, encoding="utf-8")
    t = load_transcript(path)
    answers = [turn for turn in t.turns if turn.label == "A." or turn.speaker == witness]
    assert len(answers) == 2 and all(turn.speaker == witness for turn in answers)
    assert examiner in t.speakers and not any(s.startswith(("Examination", "Exam", "By ")) for s in t.speakers)


def test_diet_and_riksdag_records(tmp_path: Path):
    kokkai = tmp_path / "kokkai.txt"
    kokkai.write_text("○議長（大島理森君）　これより会議を開きます。\n"
                      "○山田太郎君　予算案につきまして御報告申し上げます。\n"
                      "○議長（大島理森君）　討論の通告があります。\n"
                      "○国務大臣（鈴木一郎君）　お答えいたします。\n", encoding="utf-8")
    assert [t.speaker for t in load_transcript(kokkai).turns] == ["大島理森", "山田太郎", "大島理森", "鈴木一郎"]
    riksdag = tmp_path / "riksdag.txt"
    riksdag.write_text("Anf. 1 TALMANNEN:\nJag förklarar sammanträdet öppnat.\n\nAnf. 2 MAGDALENA ANDERSSON (S):\n"
                       "Fru talman! Planen saknar finansiering.\n\nAnf. 3 TALMANNEN:\nOrdet går till statsministern.\n",
                       encoding="utf-8")
    assert [t.speaker for t in load_transcript(riksdag).turns] == ["Talmannen", "Magdalena Andersson", "Talmannen"]


def test_labels_in_scripts_without_case(tmp_path: Path):
    path = tmp_path / "interview.txt"
    path.write_text("المذيع: أهلا بك في البرنامج.\n\nد. سارة الخطيب: شكرا لك.\n\nالمذيع: ومتى يبدأ التنفيذ؟\n\n"
                    "د. سارة الخطيب: في بداية العام المقبل.\n", encoding="utf-8")
    t = load_transcript(path)
    assert said(t, "في بداية العام المقبل.") == said(t, "شكرا لك.") == "د. سارة الخطيب"
    assert said(t, "ومتى يبدأ التنفيذ؟") == "المذيع"


def test_a_sentence_before_a_colon_in_a_script_without_case_is_speech(tmp_path: Path):
    """A Knesset protocol: labels alone on their lines; an answer opening "כן. אתם ביקשתם שני דברים: …" (yes. you
    asked for two things: …) is the speaker's words, not a label; a one-letter abbreviation ("ד. כהן:") still is."""
    t = written(tmp_path, "protocol.txt", 'היו"ר משה גפני:\n\nאני זוכר שהיתה בעיה עם סלקום?\n\nקובי בוזו:\n\n'
                "כן. אתם ביקשתם שני דברים: אחד, הוראת שעה לשנתיים; ודבר שני, ממירים.\n\nד. כהן:\n\nזה נכון.\n\n"
                'היו"ר משה גפני:\n\nתודה רבה.\n')
    assert said(t, "ממירים") == "קובי בוזו"
    assert said(t, "זה נכון") == "ד. כהן"


def test_hebrew_labels_alone_on_their_lines_under_a_running_head_with_the_date(tmp_path: Path):
    """An OCR'd Knesset protocol: labels with offices and abbreviation marks alone on their lines; each page opens
    with the committee's name over the date, which is no speaker."""
    page = ("--- PAGE BREAK ---\n\nהוועדה המשותפת לחוק משק החשמל\n08/02/96\n"
            "היו\"ר ג' גל:\nאני פותח את ישיבת הוועדה {n}.\nד' תיכון:\nמדוע היה צורך להקים ועדה {n}?\n"
            "שר האנרגיה והתשתית ג' שגב:\nזו לא היתה ועדה {n}. זה היה צוות מקצועי.\n")
    t = written(tmp_path, "protocol.txt", "".join(page.format(n=n) for n in range(1, 5)))
    assert said(t, "אני פותח את ישיבת הוועדה 3") == 'היו"ר ג\' גל'
    assert said(t, "מדוע היה צורך להקים ועדה 2") == "ד' תיכון"
    assert said(t, "זו לא היתה ועדה 4") == "שר האנרגיה והתשתית ג' שגב"
    assert "הוועדה המשותפת לחוק משק החשמל" not in {turn.speaker for turn in t.turns}


def test_brazils_chamber_labels_and_portuguese_sentences_are_no_examination(tmp_path: Path):
    """"O SR. NAME (party - state. note.) - words": the Chamber's shorthand notes. "V.Exa." and "A PEC…" open
    Portuguese sentences, not a question and an answer; one member's notes that open alike are one person."""
    lines = ["O SR. PRESIDENTE (Paulo Folletto. PSB - ES) - Passa-se às Breves Comunicações.",
             "O SR. LUIZ COUTO (Bloco/PT - PB. Sem revisão do orador.) - Sr. Presidente, quero registrar.",
             "A PEC 47 assegura a transposição de servidores.", "V.Exa. tem a palavra por 1 minuto.",
             "A SRA. JACK ROCHA (Bloco/PT - ES. Pela ordem. Sem revisão da oradora.) - Sr. Presidente, estamos aqui.",
             "A PEC 47 é urgente.", "V.Exa. está muito bem acompanhada.",
             "O SR. PRESIDENTE (Hugo Motta. Bloco/REPUBLICANOS - PB) - Tem a palavra o Deputado Luiz Couto.",
             "O SR. LUIZ COUTO (Bloco/PT - PB. Pela ordem. Sem revisão do orador.) - Liderei o impeachment.",
             "A SRA. JACK ROCHA (Bloco/PT - ES. Para orientar a bancada.) - Não vale tudo."]
    t = written(tmp_path, "ata.txt", "\n".join(lines) + "\n")
    assert said(t, "quero registrar") == said(t, "Liderei o impeachment") == "Luiz Couto"
    assert said(t, "estamos aqui") == said(t, "Não vale tudo") == "Jack Rocha"
    assert said(t, "Breves Comunicações") == "Presidente (Paulo Folletto. PSB - ES)"
    assert said(t, "Tem a palavra o Deputado") == "Presidente (Hugo Motta. Bloco/REPUBLICANOS - PB)"
    assert said(t, "A PEC 47 é urgente.") == "Jack Rocha"


def test_a_party_after_the_comma_may_be_an_abbreviation_but_a_wrapped_sentence_is_no_label(tmp_path: Path):
    t = written(tmp_path, "landtag.txt", "\n\n".join([
        "Präsident Iltgen: Ich eröffne die Sitzung.", "Dr. Kröber, F.D.P.: Herr Präsident! Der letzte Haushalt",
        "Elsner, Linke Liste/PDS: Eine offene Wahl, kein Wischiwaschi.", "Präsident Iltgen: Danke.",
        "Dr. Kröber, F.D.P.: Wie gesagt, the committee\nknow, Hon. Oundo's Committee was nicknamed: the annulment."]))
    assert said(t, "Der letzte Haushalt") == "Dr. Kröber" and said(t, "kein Wischiwaschi") == "Elsner"
    assert said(t, "Oundo's Committee") == "Dr. Kröber"


def test_a_chinese_interview_header_is_the_header_not_speakers(tmp_path: Path):
    """"受访者：…", "时长：…" head an interview the way "Interviewee: …" does: no key of it speaks the words below."""
    path = tmp_path / "transcript.txt"  # names in a column, no labels: refused rather than credited to "时长"
    path.write_text("意大利面与 42 号混凝土\n\n受访者：延边刺客\n访谈时间：2024 年 10 月 8 日\n采访方式：线上收集\n"
                    "转录者：GES233\n时长：00:01:44\n\n凤雏     拿着你的烟哇，哥？\n摄像头    你先回答几个问题。\n"
                    "凤雏     比基尼好看不好看。\n", encoding="utf-8")
    with pytest.raises(IngestError, match="no speaker labels found"):
        load_transcript(path)


def test_a_name_with_a_note_speaks_once_inside_running_minutes(tmp_path: Path):
    """Minutes one remark a line: a one-word name used once is a label where a note says who ("(via XMPP)",
    "(TSC)"); a form field with a lower-case note ("Scribe(s):") is no one."""
    t = written(tmp_path, "minutes.txt", "Scribe(s): Benjamin Young\n\n" + "\n".join([
        "Nick: thinking about ciphersuites might be a good place to start.", "Martin Thomson: migrate to the new group",
        "Jonathan Lennox: you could just make a new group", "Martin Thomson: then you have to figure out how",
        "Anya (via XMPP): what about the blanking problem or double-join?", "Raphael: those concerns seem unrelated",
        "Nick: moving forward, let's get these changes in.", "Raphael: agreed", "Nick: next item",
        "Jonathan Lennox: one more thing", "Martin Thomson: fine", "Brian White (TSC): issue/PR reviewing"]) + "\n")
    assert said(t, "blanking problem") == "Anya" and said(t, "issue/PR reviewing") == "Brian White"
    assert said(t, "Benjamin Young") == UNKNOWN_SPEAKER


def test_knesset_protocol_labels_marked_by_their_kind_on_both_sides(tmp_path: Path):
    t = written(tmp_path, "protocol.txt", "פרוטוקול מס' 157\n\n << נושא >> סכנת סגירת מפעל סולבר << נושא >>\n\n"
                " << יור >> היו\"ר משה גפני: << יור >>\n\nמה הבקשה שלכם?\n\n << אורח >> טל שמעון: << אורח >>\n\n"
                "היו פה שבעה מפעלים שכולם נסגרו.\n\n << דובר >> ינון אזולאי (ש\"ס): << דובר >>\n\nהמכס לא עזר.\n\n"
                " << יור >> היו\"ר משה גפני: << יור >>\n\nתודה רבה.\n")
    assert said(t, "מה הבקשה שלכם?") == said(t, "תודה רבה.") == 'היו"ר משה גפני'
    assert said(t, "שבעה מפעלים") == "טל שמעון" and said(t, "המכס לא עזר.") == "ינון אזולאי"


def test_a_recurring_moderator_among_numbered_participants_in_a_script_without_case(tmp_path: Path):
    lines = ["진행자: 안녕하세요. 어디서 장을 보시나요?", "참석자 1: 주로 쿠팡으로 주문해요.",
             "참석자 2: 동네 시장을 자주 가요.", "진행자: 이유가 있나요?", "참석자 2: 채소가 더 신선하거든요."]
    t = written(tmp_path, "group.txt", "\n\n".join(lines) + "\n")
    assert said(t, "어디서 장을 보시나요?") == said(t, "이유가 있나요?") == "진행자"
    assert said(t, "동네 시장을 자주 가요.") == "참석자 2"


def test_a_dash_after_the_name_is_a_label_only_as_the_files_convention(tmp_path: Path):
    t = written(tmp_path, "dashed.txt", "Interviewer — How long have you kept bees?\n\nMarcel·lí Roca — Since 1998, "
                "in Provence.\n\nInterviewer — And now?\n\nMarcel·lí Roca – Forty-two colonies.\n")
    assert said(t, "Since 1998") == said(t, "Forty-two colonies.") == "Marcel·lí Roca"
    assert said(t, "And now?") == "Interviewer"
    # colon labels, and wrapped lines that open with a word and a dash
    t = written(tmp_path, "prose.txt", "Ann Lee: We thank all our partners, FEMA and the\nHHS — all of them, and the "
                "state of\nArizona — every county in it.\n\nBob Ray: Thank you.\n")
    assert said(t, "all of them") == said(t, "every county in it.") == "Ann Lee"


def test_a_one_off_name_the_file_mentions_elsewhere_speaks_but_an_aside_stays_no_one(tmp_path: Path):
    calls = "".join(f"**{who}**: {words}\n\n" for who, words in [
        ("Danny", "Welcome to call 38."), ("Paul", "Nimbus is syncing."), ("Danny", "Thanks Paul."),
        ("Mehdi", "we found 5 bugs on nimbus."), ("Danny", "Great, thanks."), ("Paul", "One more thing."),
        ("Danny", "Go ahead."), ("Paul", "Done."), ("Example", "when the user leaves, the lock is on."),
        ("Danny", "For example, that one."), ("Paul", "Yes."), ("Danny", "Next call in two weeks.")])
    t = written(tmp_path, "call_038.md", calls + "Attendees\n\n* Danny Ryan\n* Paul Hauner\n* Mehdi (Sigma Prime)\n")
    assert said(t, "we found 5 bugs on nimbus.") == "Mehdi"
    assert said(t, "when the user leaves, the lock is on.") == UNKNOWN_SPEAKER


def test_a_role_that_speaks_once_is_a_speaker_but_a_field_naming_one_is_not():
    """A press conference's captions: "Caller:" alone over one question among many "Reporter:" turns is someone, not
    an aside as a one-off word would be; "Interviewer: Yasmine Hassan" in the header names who took part."""
    pairs = [("Reporter", "Good morning."), ("Trudeau", "Hello."), ("Reporter", "On testing?"),
             ("Trudeau", "We test more."), ("Caller", "Are you aware of any foreign takeover deals?"),
             ("Trudeau", "We watch them."), ("Reporter", "And parliament?"), ("Trudeau", "Every week."),
             ("Reporter", "Thank you."), ("Trudeau", "Merci."), ("Reporter", "One more."), ("Trudeau", "Go ahead.")]
    grammar = learn_grammar(["Interviewer: Yasmine Hassan", ""] + [x for who, words in pairs
                                                                   for x in (f"{who}:", words, "")])
    assert grammar.match("Caller:").name == "Caller"
    assert grammar.match("Interviewer: Yasmine Hassan").style == "aside"


def test_a_gazette_s_bulleted_labels_outweigh_its_headings_and_page_headers(tmp_path: Path):
    """A Legislative Yuan gazette in Markdown: "* 名：" labels in lists, with "說明：" over quoted letters and the
    running page header alone on their lines. The page header is no speaker; the bulleted labels are."""
    header = "立法院公報　第101卷　第63期　院會紀錄"
    exchange = "\n\n".join(f"    * {name}：{line}" for name, line in (
        ("邱委員議瑩", "院長，法院根本是遇到國民黨就轉彎。"), ("陳院長冲", "據我瞭解，不是這樣。"),
        ("邱委員議瑩", "院長，我告訴你，不是。"), ("陳院長冲", "對，那個路段太久不用了。")))
    letter = "\n\n".join(f"    說明：\n\n    一、第{n}案的說明，請查照。" for n in range(1, 6))
    parts = [f"# 院會紀錄\n\n{header}\n\n* 主席：現在開會，進行報告事項。", exchange, letter,
             f"        {header}\n\n        繼續開會（14時31分）", exchange, f"* {header}",
             exchange.replace("對，", "對，因為"), f"    {header}", "* 主席：本日排定質詢委員均已質詢完畢。"]
    record = written(tmp_path, "4004.md", "\n\n".join(parts) + "\n")
    assert said(record, "因為那個路段太久不用了") == "陳院長冲"
    assert said(record, "本日排定質詢委員均已質詢完畢") == "主席"
    assert header not in record.speakers


def test_closed_captions_that_run_turns_together_inside_lines(tmp_path: Path):
    """A council's caption text: a label after a sentence's end and two spaces, inside a hard-wrapped line.
    'Mr.  Speaker:' is a title before a label, not a sentence's end."""
    text = ("Adams: Thank you all for coming.  Congratulations.    Al Sigala:  Thank you, mr. Mayor, my name is al\n"
            "sigala.  Our mission is to provide mentors for our children.\n\n"
            "Adams: Thank you.  Item 71.  Geason:  Good morning.  There's currently 40 fte in the\n"
            "parking garages.  Leonard:  This is a dramatic shift.  Geason:  That is right.\n\n"
            "Adams: Next item, please.  Mr.  Speaker:  We have guests today.\n")
    t = written(tmp_path, "2011-1-19raw.txt", text)
    assert said(t, "40 fte in the parking garages") == "Geason" and said(t, "a dramatic shift.") == "Leonard"
    assert said(t, "Our mission is to provide mentors") != "Adams"  # Al Sigala speaks once: no one, not Adams
    assert said(t, "We have guests today.") == "Adams"  # no split after "Mr."


def test_a_label_in_capitals_hard_wrapped_over_lines_with_a_long_office(tmp_path: Path):
    """Mexico's stenographic versions: the name, a comma and an office of twenty words in capitals, wrapped over
    up to three lines; a caption line in capitals that ends a sentence is not part of the next one's label."""
    t = written(tmp_path, "version.md", (
        "RUY LÓPEZ RIDAURA, DIRECTOR GENERAL DEL CENTRO NACIONAL DE PROGRAMAS\n"
        "PREVENTIVOS Y CONTROL DE ENFERMEDADES (CENAPRECE): Buenas noches. Soy el\ndoctor López Ridaura.\n\n"
        "**BLAS NÚÑEZ JORDÁN, JEFE DEL CENTRO COORDINADOR DE OPERACIONES (CCO)\nDEL TREN MAYA. DIRECCIÓN GENERAL DE "
        "INGENIEROS DE LA SECRETARÍA DE LA DEFENSA\nNACIONAL (SEDENA):** Con su permiso, señor presidente.\n\n"
        "HUGO LÓPEZ-GATELL RAMÍREZ, SUBSECRETARIO DE PREVENCIÓN Y PROMOCIÓN DE LA SALUD: Muchas gracias.\n\n"
        "RUY LÓPEZ RIDAURA, DIRECTOR GENERAL DEL CENTRO NACIONAL DE PROGRAMAS\n"
        "PREVENTIVOS Y CONTROL DE ENFERMEDADES (CENAPRECE): Gracias.\n"))
    assert [u.text for u in t.turns] == ["Buenas noches. Soy el doctor López Ridaura.",
                                         "Con su permiso, señor presidente.", "Muchas gracias.", "Gracias."]
    assert [u.speaker.split(" (")[0] for u in t.turns] == [
        "Ruy López Ridaura", "Blas Núñez Jordán", "Hugo López-Gatell Ramírez", "Ruy López Ridaura"]
    captions = written(tmp_path, "cart.txt", ">> GOOD EVENING. THIS MEETING WILL COME TO ORDER.\n"
                       ">> COUNCILMEMBER PARK: I MOVE TO APPROVE THE MINUTES.\n>> CHAIR OKAFOR: ALL IN FAVOR?\n")
    assert said(captions, "APPROVE THE MINUTES") == "Councilmember Park"


def test_an_office_after_a_dash_in_a_label(tmp_path: Path):
    """Earnings calls: "Katrin Albers - Chief Executive Officer: …"; an interjection or a sentence with a dash
    before a colon is no label ("GRÜNEN – Zuruf von der LINKEN: Oh!", "machen. – So geht es nicht: …")."""
    t = written(tmp_path, "call.txt", (
        "Operator: Good morning and welcome to the results call.\n\n"
        "Katrin Albers - Chief Executive Officer: Order intake rose 22% in the quarter.\n\n"
        "Paul Meyer - Chief Financial Officer: Free cash flow was EUR 140 million.\n\n"
        "Operator: The first question is from Sarah Klein, Deutsche Bank.\n\n"
        "Sarah Klein - Deutsche Bank: How sustainable is the backlog?\n\n"
        "Katrin Albers - Chief Executive Officer: It covers production through 2027.\n"))
    assert [u.speaker for u in t.turns] == [
        "Operator", "Katrin Albers", "Paul Meyer", "Operator", "Sarah Klein", "Katrin Albers"]
    speech = written(tmp_path, "rede.txt", (
        "Präsident Dr. Norbert Lammert: Nächster Redner ist Thomas Oppermann.\n\n"
        "Thomas Oppermann (SPD): Europa ist eine Familie.\n(Beifall bei der SPD und dem BÜNDNIS 90/DIE\n"
        "GRÜNEN – Zuruf von der LINKEN: Oh!)\nWer austreten möchte, kann nicht alles behalten. Das wollen wir nicht\n"
        "machen. – So geht es nicht: Wir bleiben zusammen.\n\n"
        "Präsident Dr. Norbert Lammert: Danke schön.\n"))
    assert said(speech, "So geht es nicht") == said(speech, "Zuruf von der LINKEN") == "Thomas Oppermann"


def test_a_line_reporting_who_takes_the_floor_labels_the_paragraphs_under_it(tmp_path: Path):
    """Colombian council records: "Intervino el concejal José Luis Marín Mora:" over quoted paragraphs; the office
    goes, the name speaks; a sentence that merely starts with "Intervino" stays words."""
    t = written(tmp_path, "acta.md", (
        "Intervino el presidente Sebastián López Valencia:\n\n“Vamos a proceder con la votación.\n\n"
        "Se les recuerda el reglamento”.\n\nIntervino el concejal José Luis Marín Mora:\n\n“¿Cuáles son?”\n\n"
        "Intervino el secretario General ad hoc, Brisvani Alexis Arenas Suaza:\n\n“Hago lectura al comunicado”.\n\n"
        "Replicó el concejal José Luis Marín Mora:\n\n“Gracias”.\n\nIntervino el concejal en la sesión anterior.\n"))
    assert [u.speaker for u in t.turns] == [
        "Sebastián López Valencia", "José Luis Marín Mora", "Brisvani Alexis Arenas Suaza", "José Luis Marín Mora"]
    assert said(t, "Se les recuerda") == "Sebastián López Valencia"
    assert said(t, "en la sesión anterior") == "José Luis Marín Mora"


def test_names_in_lenticular_brackets_as_japanese_broadcasts_write_them(tmp_path: Path):
    t = written(tmp_path, "bangumi.txt", "【田中】皆さんこんばんは、ラジオ深夜便の時間です。\n\n"
                "【高橋】こんばんは、お招きいただき光栄です。\n\n【田中】今夜は星空観察のお話ですね。\n\n"
                "【高橋】はい、冬はオリオン座が一番見やすい季節です。\n\nこの番組は全国に放送されています。\n")
    assert [u.speaker for u in t.turns] == ["田中", "高橋", "田中", "高橋"]
    assert said(t, "全国に放送") == "高橋"


def test_a_site_template_s_tag_naming_the_speaker_labels_the_paragraphs_under_it(tmp_path: Path):
    """Jekyll's include with the speaker's id, repeated over every turn (not page furniture); Hugo's shortcode."""
    turns = [("holik", "Blíží se Vánoce."), ("tengler", "Nejlepší pivní firma v lepším světě."),
             ("holik", "Díky moc."), ("hicl", "Vyvíjel jsem motory."), ("holik", "A co dál?"),
             ("tengler", "Uvidíme.")]
    t = written(tmp_path, "81.md", "{% include 2050/transcript-start.html %}\n\n" + "".join(
        f'{{% include 2050/transcript-person.html id="{who}" %}}\n\n{words}\n\n' for who, words in turns))
    assert [(u.speaker, u.text) for u in t.turns] == turns
    spoken = (("Ann Lee", "Hi."), ("Bo Ng", "Hello."), ("Ann Lee", "Bye."))
    hugo = written(tmp_path, "ep.md", "".join(f'{{{{< speaker name="{w}" >}}}}\n\n{words}\n\n' for w, words in spoken))
    assert [u.speaker for u in hugo.turns] == ["Ann Lee", "Bo Ng", "Ann Lee"]


def test_a_diarised_dump_with_seconds_in_brackets_before_each_label(tmp_path: Path):
    t = written(tmp_path, "report.md", "[0.0, 3.26] - SPEAKER_02:  Je voulais savoir pourquoi. <br>\n\n"
                "[37.16, 37.44] - SPEAKER_00:  Il aurait été inconcevable. <br>\n\n"
                "[46.12, 48.12] - SPEAKER_02:  Jusqu'où ?\n")
    assert [(u.speaker, u.start) for u in t.turns] == [
        ("SPEAKER_02", 0.0), ("SPEAKER_00", 37.16), ("SPEAKER_02", 46.12)]


def test_a_time_and_a_dash_before_a_label(tmp_path: Path):
    """A meeting tool's export: "01:15 - Dave Kaplan: words", one line a turn."""
    t = written(tmp_path, "meeting.md", "01:15 - Dave Kaplan: Hey, is Michael joining?\n01:21 - Laura Dolphin: Yes.\n"
                "01:30 - Dave Kaplan: Okay.\n01:41 - Laura Dolphin: He is on his way.\n")
    assert [(u.speaker, u.start) for u in t.turns] == [
        ("Dave Kaplan", 75.0), ("Laura Dolphin", 81.0), ("Dave Kaplan", 90.0), ("Laura Dolphin", 101.0)]


def test_turkish_assembly_labels_an_office_before_the_name_and_a_dash_wrapped_as_scraped(tmp_path: Path):
    """Turkey's Grand National Assembly: "BAŞKAN – …" and the office before the name in capitals, a province in
    parentheses and a dash; scraped with each paragraph's first word alone on its line, so the chair's label
    stands over its dash and a long label wraps, its notes and dash maybe on the next line. "BAŞKAN" alone over
    every turn of the chair is no running header; Turkish capitals lower as Turkish does (I to ı)."""
    t = written(tmp_path, "tutanak.txt", (
        "BİRİNCİ OTURUM\nBAŞKAN\n– Sayın milletvekilleri, birleşimi açıyorum.\nToplantı\nyeter sayısı vardır.\n"
        "BAŞKAN\n- Söz sırası Sayın Kılıçdaroğlu’nundur.\nCUMHURİYET\n"
        "HALK PARTİSİ GENEL BAŞKANI KEMAL KILIÇDAROĞLU (İzmir) –\nSayın Başkan, değerli milletvekilleri.\n"
        "BAŞKAN\n– Teşekkür ediyoruz.\nMİLLİYETÇİ\nHAREKET PARTİSİ GENEL BAŞKANI DEVLET BAHÇELİ\n"
        "(Osmaniye) - Sayın Başkan, darbe girişimi.\nBAŞKAN\n– Birleşimi kapatıyorum.\n"))
    assert said(t, "birleşimi açıyorum") == said(t, "Birleşimi kapatıyorum") == "Başkan"
    assert said(t, "yeter sayısı vardır") == said(t, "Söz sırası") == "Başkan"
    assert said(t, "değerli milletvekilleri.") == "Cumhuriyet Halk Partisi Genel Başkanı Kemal Kılıçdaroğlu"
    assert said(t, "darbe girişimi") == "Milliyetçi Hareket Partisi Genel Başkanı Devlet Bahçeli"
    assert said(t, "Teşekkür ediyoruz") == "Başkan"


def test_interview_codes_and_a_hyphen_as_the_files_convention(tmp_path: Path):
    """A television interview written "A - …" / "B - …"; a hyphen after a word in prose stays text."""
    t = written(tmp_path, "entrevista.txt", (
        "A - Eu queria começar confessando um pecado.\n\nB - É muito mais um jogo de palavras.\n\n"
        "A - Sim, mas a capa do livro já apresenta você de casaca.\n\nB - É.\n\nContinuo a resposta aqui.\n"))
    assert [u.speaker for u in t.turns] == ["A", "B", "A", "B"]
    assert said(t, "Continuo a resposta") == "B"
    prose = written(tmp_path, "notes.txt", "Alice: We met at noon.\n\nI - I think so, yes.\n\nBob: Fine.\n")
    assert said(prose, "I think so") == "Alice"


def test_an_office_with_its_holder_in_parentheses_credits_the_holder(tmp_path: Path):
    """Westminster's records: "The Prime Minister (Boris Johnson):" is Boris Johnson, and a minister's label whose
    note wraps onto the next line is read whole, and the office alone later in the sitting is that person; a
    member's constituency in parentheses is no person."""
    t = written(tmp_path, "hansard.txt", (
        "The Prime Minister (Boris Johnson): I thank my hon. Friend.\n\n"
        "Keir Starmer (Holborn and St Pancras) (Lab): The Prime Minister is wrong.\n\n"
        "Minister for Communications, Climate Action and Environment (Deputy Eamon\nRyan): I thank the "
        "Cathaoirleach.\n\nKeir Starmer: Again wrong.\n\nDeputy Eamon Ryan: Later words.\n\n"
        "The Prime Minister: Once more.\n"))
    assert said(t, "my hon. Friend") == "Boris Johnson"
    assert said(t, "is wrong") == said(t, "Again wrong") == "Keir Starmer"
    assert said(t, "I thank the Cathaoirleach") == said(t, "Later words") == "Deputy Eamon Ryan"
    assert said(t, "Once more") == "Boris Johnson"


def test_a_label_used_once_is_a_speaker_where_it_carries_a_time_as_the_files_speakers_do(tmp_path: Path):
    """A podcast page's bold labels, each with its time: "**Child’s Voice: (00:00:48)**" once among first names
    used many times is a voice, not an aside."""
    turns = [("Shaun", 0, "On Friday Troy logged on."), ("Troy", 8, "I oversee the team."),
             ("Child’s Voice", 48, "Something’s broken, it’s your fault."), ("Shaun", 55, "Welcome to REWORK."),
             ("Wailin", 61, "And I’m Wailin Wong."), ("Shaun", 90, "We ended up with two posts."),
             ("Troy", 95, "It was the last week."), ("Wailin", 99, "Basecamp had outages."),
             ("Shaun", 120, "So what happened?"), ("Troy", 130, "The database failed."),
             ("Wailin", 140, "That is bad."), ("Shaun", 150, "Thanks, Troy.")]
    text = "\n\n".join(f"**{name}: (00:{s // 60:02d}:{s % 60:02d})** {words}" for name, s, words in turns)
    t = written(tmp_path, "episode.md", f"# Something's broken\n\n{text}\n")
    assert said(t, "it’s your fault") == "Child’s Voice"
    assert said(t, "The database failed") == "Troy"


def test_canada_s_hansard_labels_with_a_long_note_holding_one_of_its_own(tmp_path: Path):
    """Canada's Hansard: the member's office and party after the name, a parenthesis inside it, the words on the
    next line; French titles before the name ("Le très hon.", "L'hon.")."""
    t = written(tmp_path, "debates.txt", (
        "Mr. Peter MacKay (Pictou—Antigonish—Guysborough, PC):\nMr. Speaker, my question is for the minister.\n\n"
        "Hon. George S. Baker (Minister of Veterans Affairs and Secretary of State (Atlantic Canada Opportunities "
        "Agency), Lib.):\nMr. Speaker, those were the years 1991 and 1992.\n\n"
        "Le très hon. Jean Chrétien (premier ministre, Lib.):\nMonsieur le Président, une vérification a été faite.\n"))
    assert said(t, "years 1991 and 1992").startswith("George S. Baker")
    assert said(t, "une vérification a été faite").startswith("Le très hon. Jean Chrétien")
    assert said(t, "my question is for the minister").startswith("Peter MacKay")


def test_a_call_sign_and_who_is_on_it_is_a_label(tmp_path: Path):
    """Spacelog's Vostok transcript: "Заря 1 (Королев):", a ground station's call sign and the person speaking on
    it; a numbered heading without a note ("Chapter 1:") stays text."""
    t = written(tmp_path, "MAIN.txt", (
        "Кедр: Как слышите меня?\n\nЗаря 1 (Каманин): Слышу хорошо.\n\nКедр: Вас слышу хорошо.\n\n"
        "Заря 1 (Королев): Пройдет минуток шесть.\n\nКедр: Понял.\n\nChapter 1: the launch went well.\n"))
    assert said(t, "Пройдет минуток шесть") == "Заря 1 (Королев)"
    assert said(t, "Слышу хорошо") == "Заря 1 (Каманин)"
    assert said(t, "the launch went well") == "Кедр"


def test_bold_labels_alone_and_before_words_in_one_record_are_labels_not_names_alone(tmp_path: Path):
    """A stenographic record in Markdown: most turns are ``**Name:** words``, the chair's and the clerk's often
    ``**Name:**`` alone over a paragraph; the title in bold and a lunch break with its time are no speakers."""
    alone = "".join(f"**Ivan Horák:**\n\nBod {n} je na programu.\n\n**Marta Malá:**\n\nK bodu {n} nic.\n\n"
                    f"**Karel Bílý:** k bodu {n} mám dotaz.\n\n**Eva Nová:** bod {n} podporuji.\n\n" for n in range(6))
    t = written(tmp_path, "steno.md", f"# **Stenozáznam zasedání výboru**\n\nPřestávka na oběd 12:57\n\n{alone}"
                "**Karel Bílý:** systém neumí palce dolu.\n\n**Eva Nová:** kdo bude hlídat stránku?\n")
    assert said(t, "systém neumí palce dolu") == said(t, "k bodu 3 mám dotaz") == "Karel Bílý"
    assert said(t, "kdo bude hlídat stránku") == "Eva Nová"
    assert said(t, "K bodu 4 nic") == "Marta Malá"
    assert said(t, "Bod 2 je na programu") == "Ivan Horák"
    assert not {"Stenozáznam zasedání výboru", "Přestávka na oběd"} & {turn.speaker for turn in t.turns}


def test_a_user_research_interview_codes_its_participant_beside_interviewers_full_names(tmp_path: Path):
    """An Italian user interview: the interviewer by full name, the participant as "Utente 4", in bold."""
    t = written(tmp_path, "Utente4.md", "**Denise Nanni:** Ok. Ciao Utente 4\\. Iniziamo?\n\n**Utente 4:** Sì.\n\n"
                "**Denise Nanni:** Dove sei andato?\n\n**Utente 4:** Sono stato due settimane a New York.\n\n"
                "**Nicolò:** E come hai scelto i ristoranti?\n\n**Utente 4:** Sempre Trip Advisor.\n")
    assert said(t, "due settimane a New York") == said(t, "Trip Advisor") == "Utente 4"
    assert said(t, "Dove sei andato?") == "Denise Nanni"


def test_a_column_of_chinese_names_before_the_words_names_the_speakers(tmp_path: Path):
    script = ("意大利面与 42 号混凝土\n受访者： 延边刺客\n时长： 00:01:44\n"
              "凤雏 拿着你的烟哇，哥？\n摄像头 你先回答几个问题。\n凤雏 你说。\n摄像头 你多长时间没洗澡了？\n"
              "凤雏 比基尼好看不好看。\n摄像头 回答正确。\n卧龙 他这种答案要是也能拿烟的话，那那我不拍了。\n"
              "我不拍了，你们俩拍吧。\n啊？我不敢苟同他的观点啊。\n摄像头 那你说。\n"
              "卧龙 我个人认为这个意大利面就应该拌混凝土。\n")
    t = written(tmp_path, "transcript.txt", script)
    assert said(t, "比基尼好看不好看") == "凤雏"
    assert said(t, "我不敢苟同他的观点啊") == "卧龙"  # a line under a name goes on with its words
    assert said(t, "回答正确") == "摄像头"


def test_chinese_prose_spaced_into_phrases_is_no_column_of_names():
    lines = [f"我们 今天 讨论 第{i}个 问题" if i % 3 else f"但是 这个 问题 {i} 很难" for i in range(12)]
    lines += ["所以 我们 需要 更多 时间", "大家 觉得 怎么样", "然后 我们 继续"]
    assert "column" not in learn_grammar(lines).styles


def test_a_typed_record_s_capitals_labels_with_a_courtesy_title_and_run_on_by_a_pdf_s_text(tmp_path: Path):
    """The Fed's 1977 transcripts, as text pulled from the PDF: ``MR. ROOS.`` and ``CHAIRMAN BURNS.`` open turns,
    two spaces after the period, at a line's start or after another's sentence on the same line."""
    record = ("CHAIRMAN BURNS.  Now you have heard the names of the officers.\n"
              "And Mr. Lilly is going to start the \nrevolution. MR. LILLY.  I would move that the nominations be "
              "closed \nand that the Secretary cast a ballot.\nCHAIRMAN BURNS.  Mr. Roos. \n"
              "MR. ROOS.  In connection with this, just last week a drought was feared.\n"
              "very strong in this. CHAIRMAN BURNS.  Thank you, Mr. Roos.  Mr. Mayo, please. MR. MAYO.  Mr. "
              "Chairman, I have never felt any confidence.\nVICE CHAIRMAN VOLCKER.  Did you get a rainstorm?\n"
              "MR. LILLY.  Yes. MR. MAYO.  No, that is wrong.\n")
    t = written(tmp_path, "19770315meeting.txt", record)
    assert said(t, "nominations be closed") == "Mr. Lilly"
    assert said(t, "a drought was feared") == "Mr. Roos"
    assert said(t, "Thank you, Mr. Roos.") == "Chairman Burns"
    assert said(t, "I have never felt any confidence") == "Mr. Mayo"
    assert said(t, "Did you get a rainstorm?") == "Vice Chairman Volcker"
    assert said(t, "No, that is wrong.") == "Mr. Mayo"


def test_numbered_sections_in_full_width_parentheses_are_no_speakers(tmp_path: Path):
    """Chinese and Japanese documents number their sections （一）, （二）…: not the （母） of a caption's speaker."""
    sections = "".join(f"（{n}）本院第{k}次會議審議事項，說明如下。\n\n" for k, n in enumerate("一二三一二三", 1))
    reason = refusal(tmp_path, "gazette.txt", ("立法院公報\n\n" + sections).encode())
    assert "no speaker labels found" in reason


def test_captions_in_capitals_run_names_in_after_a_sentence_s_end(tmp_path: Path):
    """A broadcast's closed captions in capitals, hard-wrapped, each speaker's name in capitals after the previous
    speaker's sentence on the same line ("…GOING UP? DREW:", "[LAUGHTER] EMILY: SPEAKING OF…")."""
    text = ("ROMAINE: WELCOME BACK. I'M CURIOUS, DREW, YOU THINK THIS CHANGE\nIS MORE STRUCTURAL,"
            " OR WERE THERE SEASONAL FACTORS GOING UP? DREW:\nTHESE ARE STRUCTURAL CHANGES, DRIVERS LEAVING THE"
            " INDUSTRY\nAND NOT COMING BACK. ROMAINE: WOW. WHEN WAS THE LAST TIME YOU HAD\nA DOMINO'S, CAROL? CAROL:"
            " IT'S BEEN A WHILE.\nI'VE HAD OTHER PIZZA DELIVERED. [LAUGHTER] EMILY: SPEAKING OF FOOD DELIVERIES, A\n"
            "BIG SELLOFF IN DELIVERY STOCKS. ROMAINE: HOW MANY STORES ARE YOU ADDING? TODD:\nWE THINK WE WILL HAVE"
            " 100 STORES IN CHINA.\n")
    expected = {"DRIVERS LEAVING THE INDUSTRY": "Drew", "OTHER PIZZA DELIVERED": "Carol",
                "SPEAKING OF FOOD DELIVERIES": "Emily", "100 STORES IN CHINA": "Todd", "SEASONAL FACTORS": "Romaine"}
    t = written(tmp_path, "the-close.md", text)
    assert {words: said(t, words) for words in expected} == expected


def test_an_initial_written_once_without_its_period_is_the_same_label(tmp_path: Path):
    """A magazine interview one sentence a line, labelled ``H.:`` and ``P.D.:``; once the interviewer's label
    lost its period (``H:``): still the interviewer, not the last speaker going on."""
    lines = ["H.: Budapestre a családjával érkezett.", "Hogy bírja ezt a tempót?", "P.D.: Nem nagy ügy.",
             "Megszoktam és imádom.", "H.: Élete három színtéren zajlik.", "P.D.: Olyan ember vagyok.",
             "H.: Önnél mikor és ki kopogott?", "P.D.: Franco Corellire kell most visszaemlékeznem.",
             "Tanulni bármikor tudok.", "H: Azonnal lecsapok a repülőre.", "Éppen utazott valamerre 2001-ben.",
             "Félt?", "P.D.: A pilótától értesültem arról."]
    t = written(tmp_path, "domingo-interju.txt", "\n".join(lines) + "\n")
    assert [said(t, words) for words in ("Éppen utazott valamerre", "Tanulni bármikor tudok")] == ["H.", "P.D."]


def test_counting_words_opening_paragraphs_are_a_list_in_a_turn_not_people(tmp_path: Path):
    """A sales call's speaker lists her plans as "One: …", "Two: …", "Three: …" paragraphs: items of her turn, not
    three people; one "First:" alone may still be a name."""
    text = ("SPEAKER_01: So here's what I'm thinking.\n"
            "SPEAKER_00: One: Lead quality. Marketing is tidying audience filters.\n\n"
            "Two: Conversion rates. I've drafted a checklist on budget and urgency.\n\n"
            "Three: Pricing. We hold the discount line.\n\n"
            "SPEAKER_01: That sounds right to me.\n")
    t = written(tmp_path, "kpi-call.txt", text)
    assert [said(t, words) for words in ("budget and urgency", "discount line")] == ["SPEAKER_00", "SPEAKER_00"]
    assert "Two" not in t.speakers and "Three" not in t.speakers


def test_a_markdown_page_s_css_scripts_and_comments_are_no_one_s_words(tmp_path: Path):
    """An Astro page's Markdown opens with a ``<style>`` block: its properties ("color: white;") are not speakers
    and its rules not text, nor is a script or a comment; the labelled turns below read as before."""
    text = ("---\ntitle: Player interviews\n---\n\n<style>\n  .card {\n    display: grid;\n    color: white;\n  }\n"
            "</style>\n<script>\n  const speaker = 'nobody';\n</script>\n\n<!-- toshio: a note for editors -->\n\n"
            "Host: Who is your key player?\n\nToshio: Everyone on the team is strong.\n\nHost: Thank you.\n")
    t = written(tmp_path, "interviews.md", text)
    assert t.speakers == ["Host", "Toshio"]
    assert not any(words in turn.text for turn in t.turns for words in ("display", "nobody", "editors"))


def test_a_dutch_council_s_minutes_label_turns_with_a_full_stop(tmp_path: Path):
    """Dutch council minutes (notulen) open each turn with its speaker and a full stop: "De voorzitter.", "De heer
    Drijver (I).", "Mevrouw Van Diepen (I).", "Wethouder Kapteijns (GroenLinks).", and a member by name and party
    ("Richard de Mos (Hart voor Den Haag)."); "de" being an English stop word does not make "De heer" speech."""
    text = ("De voorzitter. Ingevolge het Reglement van orde open ik de vergadering.\n"
            "Richard de Mos (Hart voor Den Haag). Voorzitter, gisteren was er een inspreker over het\n"
            "referendum over betaald parkeren, dat 15.000 handtekeningen opleverde.\n"
            "De voorzitter. Dan geef ik het woord aan mevrouw Van Diepen.\n"
            "Mevrouw Van Diepen (I). Goedemiddag. Den Haag kampt met een braindrain van talent.\n"
            "De heer Drijver (I). De monumentstatus is belangrijk.\n"
            "Wethouder Kapteijns (GroenLinks). Welkom in de wereld van de gemeentefinanciën.\n"
            "De voorzitter. Dank u wel.\n")
    t = written(tmp_path, "notulen.txt", text)
    assert said(t, "15.000 handtekeningen") == "Richard de Mos"
    assert said(t, "braindrain") == "Mevrouw Van Diepen" and said(t, "monumentstatus") == "De heer Drijver"
    assert said(t, "gemeentefinanciën") == "Wethouder Kapteijns" and said(t, "Dank u wel") == "De voorzitter"


def test_a_council_s_written_questions_are_theirs_who_submitted_them(tmp_path: Path):
    """Limerick's minutes head each written question "8.Question submitted by Councillor S. Hartigan" in bold,
    the question in bold italics under it, the council's "**REPLY**:" after: the question is the councillor's."""
    text = ("**8.Question submitted by Councillor S. Hartigan**\n\n***I will ask for a progress report on the South"
            " Circular Road scheme.***\n\n**REPLY**: The scheme is in the final stages of detail design.\n\n"
            "**10.** **Question submitted by Councillor J. Leddin**\n\n***I will ask why the pedestrian surface "
            "remains badly stained.***\n\n**REPLY**: The Council deploys the following resources.\n")
    t = written(tmp_path, "minutes.md", text)
    assert said(t, "South Circular Road scheme") == "Councillor S. Hartigan"
    assert said(t, "badly stained") == "Councillor J. Leddin" and said(t, "following resources") == "Reply"


def test_a_japanese_interview_marks_questions_with_dashes_and_answers_with_the_name_in_brackets(tmp_path: Path):
    """A Japanese staff report: "―― " opens each of the interviewer's questions, "(いしら) " each answer, which runs
    on over unlabelled paragraphs; a pair of dashes before English words is no question mark."""
    text = ("さて。今回はインタビュー形式で、いしらさんにお聞きしました。\n\n"
            "―― まずはグラミー賞の感想を聞かせてください。\n\n(いしら) 一言で言うと、それはもう楽しかったですね。\n\n"
            "個人的には、ノラ・ジョーンズが賞をとったことがうれしかったですね。\n\n"
            "―― 初めての司会はいかがでしたか？\n\n(いしら) 司会って言ってもコメンテーター的な役割でした。\n\n"
            "―― 特に印象的だったことは？\n\n(いしら) 生中継っておもしろいなぁって思いましたね。\n")
    t = written(tmp_path, "019.txt", text)
    assert said(t, "ノラ・ジョーンズ") == said(t, "生中継って") == "いしら"
    assert said(t, "初めての司会はいかがでしたか") == "Question"
    english = written(tmp_path, "ocr.txt", "Mr. Smith: We met.\n\n—— and then nothing.\n\nMr. Jones: Yes.\n")
    assert "Question" not in english.speakers


def test_a_scraped_call_s_full_names_close_up_on_their_words(tmp_path: Path):
    """An earnings call scraped from a web page lost the space after each label ("Elon Musk:Thanks, Travis."): a
    full name still labels the turn, while a single word closed up on the next ("Note:This") stays words."""
    text = ("Full Conference Call Transcript\n\nElon Musk:Thanks, Travis. So I have updated the mission.\n\n"
            "Vaibhav Taneja:Thanks, Elon. There are six factories starting production.\n\n"
            "Elon Musk:Note:This is still my turn.\n\nTravis Axelrod:Thank you. Next question.\n")
    t = written(tmp_path, "TSLA_2025_Q4.txt", text)
    assert said(t, "updated the mission") == said(t, "still my turn") == "Elon Musk"
    assert said(t, "six factories") == "Vaibhav Taneja" and "Note" not in t.speakers


def test_a_summary_s_sections_and_link_definitions_are_no_one(tmp_path: Path):
    """A developers' meeting summary heads its parts "**Background:**", "**Discussion ([log][log alert]):**",
    "**Conclusion:**" and defines its links at the end ("[log alert]: https://…"): none of them is a speaker,
    while a minutes file's labels beside a "Background:" paragraph still are."""
    text = ("**Background:** in 2010, someone created a block that overflowed.\n\n**Discussion ([log][log alert]):**"
            " Bryan Bishop introduced the topic.\n\n**Conclusion:** no explicit conclusion.\n\n"
            "[log alert]: http://www.erisian.com.au/meetbot/bitcoin-core-dev/2018/\n"
            "[rwconf meeting 2018-05-24]: /en/meetings/2018/05/24/\n")
    t = written(tmp_path, "2018-06-21-meeting.md", text)
    assert set(t.speakers) == {UNKNOWN_SPEAKER}
    assert not any("erisian" in turn.text for turn in t.turns)
    minutes = written(tmp_path, "minutes.txt", "Background: the budget was cut.\n\nAnn: We need more.\n\n"
                                               "Bob: We have none.\n\nAnn: Then we wait.\n")
    assert minutes.speakers == [UNKNOWN_SPEAKER, "Ann", "Bob"]


def test_a_label_glued_to_the_end_of_the_question_before_it_opens_a_turn(tmp_path: Path):
    """A scraped magazine interview runs each bold question into its answer ("**EG: ¿Y a vos?**DM: Alemania."):
    the answer is the interviewee's turn, not the end of the question; an initial glued to a name ("M.Sezer:")
    stays one label."""
    pairs = [("¿Y a vos?", "Alemania."), ("¿Por qué?", "Por la fuerza, por el estilo."),
             ("¿Qué partidos te gustaron?", "Portugal-Inglaterra, Bélgica-URSS."), ("¿Y el tema?", "No sé.")]
    t = written(tmp_path, "maradona.md", "".join(f"**EG: {q}**DM: {a}\n\n" for q, a in pairs))
    assert said(t, "Por la fuerza") == "DM" and said(t, "Qué partidos") == "EG"
    lines = [("M.Sezer", "Adınız soyadınız?"), ("C.Yarali", "Emekli astsubayım."), ("M.Sezer", "Göreviniz neydi?"),
             ("C.Yarali", "Kocatepe gemisinde."), ("M.Sezer", "Teşekkür ederim.")]
    turkish = written(tmp_path, "mulakat.txt", "".join(f"{name}: {words}\n\n" for name, words in lines))
    assert said(turkish, "Kocatepe") == "C.Yarali"


@pytest.mark.parametrize("word", ["Note", "Hinweis", "Disclaimer"])
def test_a_note_shaped_like_a_label_is_no_one_s(tmp_path: Path, word: str):
    """A wiki page's ``> **Note:** this document was made by many hands`` is an editor's note, never a speaker
    whose turn the transcript below would go on."""
    t = written(tmp_path, "page.md", f"Intro about the stream.\n\n> **{word}:** _This document was made possible by "
                                     "many hands._\n\nAnn: Welcome to the show.\n\nBob: Thanks for having me.\n\n"
                                     "Ann: Let us begin.\n")
    assert word not in t.speakers and said(t, "made possible") == UNKNOWN_SPEAKER
