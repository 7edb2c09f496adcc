"""Research interviews: coded labels (``I:``, ``B:``, ``S1:``, ``E2:``) as a file's convention, observers' notes
(``[Notes]:``) that are no one's, an interview header (``Interviewee: Germain``) that is no turn, questions as
``##`` headings, and German capitalised phrases (``Mittellange Frist:``) that are no speakers."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from qa_bot.errors import IngestError
from qa_bot.ingest import load_transcript
from qa_bot.ingest.blocks import split_labeled
from qa_bot.ingest.labels import learn_grammar
from qa_bot.ingest.speakers import UNKNOWN_SPEAKER, canonical_names
from tests.conftest import FIXTURE_ROOT, said, written

FIXTURES = FIXTURE_ROOT / "attribution"
DE = "interview-codes-de.txt"
ES = "interview-codes-es.md"
HEADINGS = "interview-headings.md"
ANONYMOUS = "interview-headings-anonymous.txt"

# Who each fixture must credit with the turn holding a phrase (exactly one turn holds it), and whether inferred.
CREDITS = [
    (DE, "Können Sie sich kurz vorstellen?", "I", False),
    (DE, "ich leite seit 2010 eine kleine Schreinerei", "B", False),
    (DE, "Ich finde die zweite Werkstatt zu früh", "S1", False),  # a numbered code: not folded into I's turn
    (DE, "Die Förderung ist zu kompliziert", "S1", False),
    (DE, "Da hat er leider recht.", "B", False),
    (DE, "wir stellen zwei Lehrlinge ein", UNKNOWN_SPEAKER, True),  # "Kurzfristig:" used once: no speaker
    (DE, "eine zweite Werkstatt in Halle", UNKNOWN_SPEAKER, True),  # "Mittellange Frist:" neither
    (ES, "¿Cómo empezó la cooperativa?", "Entrevistador", False),
    (ES, "Empezamos cinco familias en 2012", "E1", False),
    (ES, "Yo llegué después, en 2015", "E2", False),
    (ES, "E1 mira a E2 antes de responder", UNKNOWN_SPEAKER, True),  # an observer's note, not E1's words
    (ES, "Somos cuarenta socios", "E1", False),
    (ES, "the second interviewee leaves", UNKNOWN_SPEAKER, True),
    (ES, "vendemos en tres mercados", "E2", False),
    (HEADINGS, "Wie sind Sie nach Lyon gekommen?", "Ana Ruiz", True),  # the header's interviewer asks
    (HEADINGS, "Mein Bruder war schon hier.", "Germain", True),
    (HEADINGS, "Am Anfang war es schwer", "Germain", True),
    (HEADINGS, "Über Freunde aus dem Fußballverein.", "Germain", True),
    (ANONYMOUS, "What brought you to Lyon?", UNKNOWN_SPEAKER, True),  # no interviewer named
    (ANONYMOUS, "My brother was already here.", "Germain", True),
    (ANONYMOUS, "Through friends from the football club.", "Germain", True),
]


def credit(transcript, words: str) -> tuple[str, bool]:
    holders = [(t.speaker, t.speaker_inferred) for t in transcript.turns if words in t.text]
    assert len(holders) == 1, (words, holders)
    return holders[0]


@pytest.mark.parametrize(("fixture", "phrase", "speaker", "inferred"), CREDITS)
def test_every_probed_line_is_credited_to_its_speaker(fixture: str, phrase: str, speaker: str, inferred: bool):
    assert credit(load_transcript(FIXTURES / fixture), phrase) == (speaker, inferred)


def test_interview_codes_are_the_convention_and_stay_distinct_people():
    t = load_transcript(FIXTURES / DE)
    assert set(t.speakers) == {UNKNOWN_SPEAKER, "I", "B", "S1"}
    assert t.label_convention.startswith("I:, S1: (interview code)")
    assert next(u.text for u in t.turns if u.speaker == UNKNOWN_SPEAKER) == "Interview 4 – Handwerk in Leipzig"


def test_bold_labels_and_notes_in_markdown():
    t = load_transcript(FIXTURES / ES)
    assert set(t.speakers) == {"Entrevistador", "E1", "E2", UNKNOWN_SPEAKER}
    notes = [u for u in t.turns if u.speaker == UNKNOWN_SPEAKER]
    assert [u.label for u in notes] == ["[NOTAS DE OBSERVACIÓN]", "[Notes from the visit]"]


def test_interview_header_is_no_turn_and_names_no_speaker_of_its_own():
    t = load_transcript(FIXTURES / HEADINGS)
    assert (t.title, str(t.date), t.place) == ("Interview mit Germain", "2021-03-12", "Lyon")
    assert set(t.speakers) == {"Ana Ruiz", "Germain"}
    assert not any(word in u.text for u in t.turns for word in ("Interviewee", "Dauer", "45 min"))
    assert len(t.turns) == 4


def test_a_header_naming_two_interviewees_credits_neither(tmp_path: Path):
    path = tmp_path / "two.md"
    path.write_text((FIXTURES / ANONYMOUS).read_text(encoding="utf-8").replace(
        "Interviewee: Germain\n", "Interviewee: Germain\nInterviewee: Louise\n"), encoding="utf-8")
    with pytest.raises(IngestError, match="no speaker labels found"):  # nor "Duration" or "Interviewee"
        load_transcript(path)


def test_interviewer_and_interviewee_labels_stay_turns(tmp_path: Path):
    path = tmp_path / "labelled.txt"
    path.write_text("Interviewer: Hello\n\nInterviewee: Hi there, thanks.\n\nInterviewer: Tell me about Lyon.\n\n"
                    "Interviewee: It is big.\n", encoding="utf-8")
    t = load_transcript(path)
    assert [(u.speaker, u.text) for u in t.turns] == [
        ("Interviewer", "Hello"), ("Interviewee", "Hi there, thanks."), ("Interviewer", "Tell me about Lyon."),
        ("Interviewee", "It is big."),
    ]


def test_word_file_with_codes_credits_each_code(tmp_path: Path):
    from docx import Document

    document = Document()
    for line in ("I: Wie lange wohnen Sie schon hier?", "B1: Seit zwanzig Jahren.", "I: Und Ihre Nachbarin?",
                 "B2: Ich bin erst letztes Jahr gekommen.", "I: Danke.", "B1: Gern."):
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    path = tmp_path / "interview.docx"
    path.write_bytes(buffer.getvalue())
    t = load_transcript(path)
    assert [u.speaker for u in t.turns] == ["I", "B1", "I", "B2", "I", "B1"]


def test_codes_never_merge_with_each_other_or_with_names():
    names = canonical_names(["I", "I. Schmidt", "S1", "S. Meyer", "S2", "E", "Elena Ruiz", "IV"])
    assert names == {label: label for label in names}


def test_a_code_that_is_no_convention_names_no_one():
    lines = ["Anna Berg: We looked at the numbers.", "", "They hold.", "", "Jonas Weber: And?", "",
             "IV: the fourth finding", "", "Anna Berg: It holds.", "", "Jonas Weber: Good."]
    grammar = learn_grammar(lines)
    assert grammar.match("IV: the fourth finding").style == "aside"  # not "IV", nor Jonas Weber's words
    assert [b.label.name for b in split_labeled(lines, grammar)] == [
        "Anna Berg", "Jonas Weber", "", "Anna Berg", "Jonas Weber"
    ]
    assert learn_grammar(["The report lists findings.", "", "IV: the fourth finding", "",
                          "That is all."]).match("IV: the fourth finding") is None  # prose: text


def test_codes_with_long_answers_are_still_the_convention():
    lines = []
    for i in range(3):
        lines += [f"I: Frage {i}?", "", f"B: Antwort {i}.", ""]
        lines += [line for k in range(8) for line in (f"Absatz {i}.{k}.", "")]
    grammar = learn_grammar(lines)
    assert [b.label.name for b in split_labeled(lines, grammar)] == ["I", "B"] * 3


def test_bracketed_speakers_with_a_colon_stay_speakers():
    lines = ["[Alice]: Hello.", "", "[Bob]: Hi Alice.", "", "[Alice]: Shall we start?", "", "[Bob]: Yes."]
    assert [b.label.name for b in split_labeled(lines)] == ["Alice", "Bob", "Alice", "Bob"]


def test_a_one_off_two_word_label_stays_a_speaker_where_names_are_the_convention():
    lines = []
    for i in range(6):
        lines += [f"Maria Lopez: Question {i}?", "", f"Jonas Weber: Answer {i}.", ""]
    lines += ["Anna Kurz: I join for one remark.", "", "Maria Lopez: Thanks."]
    grammar = learn_grammar(lines)
    label = grammar.match("Anna Kurz: I join for one remark.")
    assert label is not None and label.name == "Anna Kurz"


def test_a_title_line_over_an_interview_header_and_coded_turns(tmp_path: Path):
    path = tmp_path / "t.txt"
    path.write_text("Interview 4 – Handwerk\nBefragte: Frau Weber\nInterviewerin: Ana Ruiz\nDatum: 12.03.2021\n\n"
                    "I: Wie geht es?\n\nB: Gut, danke.\n\nDas Geschäft läuft.\n\nI: Und sonst?\n\nB: Nichts Neues.\n",
                    encoding="utf-8")
    t = load_transcript(path)
    assert (t.title, str(t.date)) == ("Interview 4 – Handwerk", "2021-03-12")
    assert [(u.speaker, u.text) for u in t.turns] == [
        ("I", "Wie geht es?"), ("B", "Gut, danke.\n\nDas Geschäft läuft."), ("I", "Und sonst?"), ("B", "Nichts Neues."),
    ]


def test_a_and_b_taking_turns_under_a_title(tmp_path: Path):
    path = tmp_path / "t.txt"
    path.write_text("Meeting notes\n\nA: We should buy it.\n\nB: Yeah.\n\nA: Agreed?\n\nB: No.\n", encoding="utf-8")
    assert [u.speaker for u in load_transcript(path).turns] == [UNKNOWN_SPEAKER, "A", "B", "A", "B"]


def test_question_and_answer_letters_in_other_languages(tmp_path: Path):
    turns = written(tmp_path, "intervista.txt", "Intervista a Giulia Bianchi, restauratrice.\n\n"
                    "D. Come ha cominciato?\nR. Per caso, dopo il terremoto del 1997.\nD. E oggi cosa la preoccupa?\n"
                    "R. L'umidità nelle chiese di campagna.\n").turns
    answers = [t for t in turns if "terremoto" in t.text or "umidità" in t.text]
    assert [(t.speaker, t.speaker_inferred) for t in answers] == [("Giulia Bianchi", True)] * 2
    assert {t.speaker for t in turns if t.text.endswith("?")} == {"Question"}
    initials = written(tmp_path, "debate.txt", "R. Reagan: There you go again.\n\nD. Trump: Wrong.\n\n"
                       "R. Reagan: Well.\n\nD. Trump: No.\n")  # a name's initial, not an answer's letter
    assert [t.speaker for t in initials.turns] == ["R. Reagan", "D. Trump"] * 2


def test_witnesses_named_as_trial_reporters_set_them(tmp_path: Path):
    day = ("THE COURT: Let's get the witness.\n(The witness, Madeleine Westerhout, enters the\ncourtroom.)\n"
           "BY MS. NECHELES:\nQ. Hello again.\nA. Good morning.\n(Witness excused.)\n"
           "D A N I E L   D I X O N, a witness called on behalf\nof the People, having been first duly sworn:\n"
           "BY MR. CONROY:\nQ. What are call detail records?\nA. Records of usage.\n(Witness excused.)\n"
           "THE CLERK: Do you swear?\nTHE WITNESS: I do.\n"
           "J-A-D-E-N  J-A-R-M-E-L--S-C-H-N-E-I-D-E-R,  called as a witness\nBY MR. CONROY:\nQ. Where do you work?\n"
           "A. At the District Attorney's Office.\n")
    turns = written(tmp_path, "trial.txt", day).turns
    answers = [t.speaker for t in turns if t.text in ("Good morning.", "Records of usage.",
                                                      "At the District Attorney's Office.") and t.speaker_inferred]
    assert answers == ["Madeleine Westerhout", "Daniel Dixon", "Jaden Jarmel-Schneider"]


def test_a_witness_named_with_the_side_that_called_them(tmp_path: Path):
    turns = written(tmp_path, "trial.txt", "THE COURT: Mr. Dietz, if you'll take the stand.\n"
                    "RUSSELL DIETZ, PLAINTIFF'S WITNESS, PREVIOUSLY SWORN\nDIRECT EXAMINATION\nBY MS. ABDULLAH:\n"
                    "Q. Would you please introduce yourself?\nA. Sure. My name is Russell Dietz.\n"
                    "Q. Where do you work?\nA. At NetScout.\n").turns
    assert [t.speaker for t in turns if t.text.startswith(("Would", "Sure"))] == ["Ms. Abdullah", "Russell Dietz"]


def test_a_video_depositions_clock_down_the_margin_hides_no_examiner(tmp_path: Path):
    lines = ["EXAMINATION", "BY MR. PURCELL:", "Q.   Please state your name.", "A.   Persis Yu.",
             "Q.   Where do you work?", "A.   At a nonprofit.", "MR. BLOOD:   Objection.", "BY MR. PURCELL:",
             "Q.   You may answer.", "A.   At a law center."]
    clocked = "".join(f"{line:<60}01:{17 + i:02d}\n" for i, line in enumerate(lines))
    turns = written(tmp_path, "deposition.txt", "DEPOSITION OF PERSIS YU\n" + clocked).turns
    assert {t.speaker for t in turns if t.text.startswith(("Please", "Where", "You may"))} == {"Mr. Purcell"}
    assert {t.speaker for t in turns if t.text.startswith("At a")} == {"Persis Yu"}


def test_a_magazine_interview_with_bold_questions_and_the_interviewee_in_its_title(tmp_path: Path):
    """Questions printed in bold, answers unlabelled under them; the title names who is interviewed. A bold
    line that asks nothing (a section's name) is the answer's words, and a title naming no one reads nothing so."""
    text = ('# "We built it in a garage": an interview with Nadia Petrova\n\n'
            "Nadia Petrova founded Kinetica in 2015. We met her in Berlin.\n\n**How did Kinetica start?**\n\n"
            "In a garage in Sofia, with two friends.\n\n**What was the hardest moment?**\n\n"
            "Running out of money in 2017.\n\n**Money**\n\nWe paid salaries from my savings.\n")
    t = written(tmp_path, "interview.md", text)
    assert [(u.speaker, u.text[:22]) for u in t.turns] == [
        (UNKNOWN_SPEAKER, "Nadia Petrova founded "), (UNKNOWN_SPEAKER, "How did Kinetica start"),
        ("Nadia Petrova", "In a garage in Sofia, "), (UNKNOWN_SPEAKER, "What was the hardest m"),
        ("Nadia Petrova", "Running out of money i")]
    assert said(t, "We paid salaries") == "Nadia Petrova"
    untitled = text.replace(": an interview with Nadia Petrova", "")
    with pytest.raises(IngestError):
        written(tmp_path, "untitled.md", untitled)


def test_only_the_interviewee_labelled_the_questions_just_over_the_answers_are_no_one_s(tmp_path: Path):
    """A magazine interview labels its answers only (``RM:``), each question a line just over its answer: the
    questions are not the previous answer's words. Where several people are labelled, a line over a label goes
    on with the speaker before, as before."""
    qa = [("What was it like to make the album?", "We owed a lot to the members."),
          ("There is a painting in the middle.", "I wanted to show what I own."),
          ("You like art a lot.", "Yes, I go to exhibitions."), ("And next year?", "We will see.")]
    t = written(tmp_path, "rm.txt", "The album began in April.\n\n" + "".join(f"{q}\nRM: {a}\n\n" for q, a in qa))
    assert [(u.speaker, u.text) for u in t.turns[1:3]] == [(UNKNOWN_SPEAKER, qa[0][0]), ("RM", qa[0][1])]
    assert {said(t, q) for q, _ in qa} == {UNKNOWN_SPEAKER} and {said(t, a) for _, a in qa} == {"RM"}
    words = ["they are machines", "instructions unclear", "running it again now", "that fixed it"]
    chat = written(tmp_path, "chat.txt", "".join(f"Ann: Replying to Bob\n\n{w}\nBob: reply {w.split()[0]}\n\n"
                                                   for w in words))
    assert said(chat, "running it again") == "Ann"


def test_numbered_interviewers_written_without_a_space_are_each_their_own_speaker(tmp_path: Path):
    lines = []
    for i in range(4):
        lines += [f"Interviewer1: Question {i} about quality issues?", "",
                  f"Interviewee: Answer {i}, we retrain the model.", "",
                  f"Interviewer{2 + i % 2}: Follow-up {i} on robustness.", ""]
    t = written(tmp_path, "interview-6.txt", "\n".join(lines))
    assert said(t, "Question 2 about") == "Interviewer1"
    assert said(t, "Follow-up 1 on robustness") == "Interviewer3"
    assert said(t, "Follow-up 2 on robustness") == "Interviewer2"
    assert said(t, "Answer 3, we retrain") == "Interviewee"


def test_bold_names_opening_paragraphs_without_a_colon_are_labels_where_they_recur(tmp_path: Path):
    turns = ["**Interviewer** In principe is het gesprek om te valideren wat ik gevonden heb.", "",
             "**Business Application Manager** Nee volgens mij niet.", "",
             "**Interviewer** De scope ligt ook bij de interfaces naar MES.", "",
             "Dat is een tweede alinea van de interviewer.", "",
             "**Business Application Manager**", "Ja, flexibiliteit klinkt altijd leuk.", "",
             "**Noot** deze zin is een opmerking van de schrijver.", "", "**Afsluiting**", "", "Einde."]
    t = written(tmp_path, "validation-interview.md", "\n".join(turns))
    assert said(t, "De scope ligt ook") == "Interviewer"
    assert said(t, "Dat is een tweede alinea") == "Interviewer"
    assert said(t, "flexibiliteit klinkt altijd leuk") == "Business Application Manager"  # the words on the next line
    assert "Noot" not in {turn.speaker for turn in t.turns}  # a bold word used once stays words


def test_an_article_interview_finds_whom_it_asks_in_its_front_matter_title_standfirst_or_headline(tmp_path: Path):
    """Press interviews name their interviewee outside the body: a front matter's title ("Entrevista a Marta
    Gómez") over bold questions hard-wrapped over two lines, a standfirst naming her twice over heading
    questions, a headline quoting her by surname ("Ancelotti: …") over topic headings and quoted answers. One
    mention in the intro is not enough: it may be anyone the article is about."""
    wrapped = ("---\ntitle: Entrevista a Marta Gómez, capitana del equipo\n---\n\nEl equipo comienza la liga.\n\n"
               "**Ha llegado la hora de la verdad: ¿en qué estado llega el equipo a\neste punto?**\n\n"
               "Ahora mismo nos encontramos bastante bien.\n\n**¿Os habéis marcado ya los\nobjetivos?**\n\n"
               "Volver a estar entre los cuatro primeros.\n")
    t = written(tmp_path, "entrevista.md", wrapped)
    assert said(t, "bastante bien") == said(t, "cuatro primeros") == "Marta Gómez"
    assert said(t, "en qué estado llega el equipo a este punto") == UNKNOWN_SPEAKER
    standfirst = ("---\ntitle: Une génération laisse la place\n---\nLaurence Bloch, sa directrice, présente ses "
                  "choix.\n\nLongtemps dans l'ombre, Laurence Bloch dirige France Inter.\n\n### Comment envisagez-"
                  "vous la rentrée ?\n\nCe serait une folie de faire la révolution.\n\n### Qu'est-ce qui les fait "
                  "rester ?\n\nLe rire est le sel de la vie.\n")
    assert said(written(tmp_path, "inter.md", standfirst), "sel de la vie") == "Laurence Bloch"
    headline = ('---\ntitle: "Ancelotti: El equipo nunca se rinde"\n---\n\nCarlo Ancelotti compareció en la sala '
                "de prensa del estadio.\n\n### Igualdad en los derbis\n > Somos dos equipos muy fuertes.\n\n"
                "### La plantilla\n > Tengo mucha confianza en la plantilla.\n")
    assert said(written(tmp_path, "adn.md", headline), "mucha confianza") == "Carlo Ancelotti"
    with pytest.raises(IngestError):  # named once, with no headline: perhaps not whom the questions ask
        written(tmp_path, "once.md", standfirst.replace("Longtemps dans l'ombre, Laurence Bloch", "Elle"))


def test_an_interview_kept_as_html_in_markdown_reads_strong_questions_and_character_references(tmp_path: Path):
    """A Jekyll post whose body is the site's HTML: questions in ``<strong>``, answers in plain paragraphs, accents
    written as references (``pol&iacute;tico``), a photo credit shaped like a label; the standfirst names the
    interviewee twice."""
    text = ("---\ntitle: O MST vai resistir\nsupport_line: Em entrevista, Cedenir de Oliveira fala sobre o MST\n---\n"
            "<figcaption>Fotos: Joana Berwanger/Sul21</figcaption>\n\n<p>A ideia da carta, diz Cedenir de Oliveira, "
            "foi expressar o que o MST est&aacute; pensando.</p>\n\n<p><strong>O que representa essa trajet&oacute;"
            "ria?</strong></p>\n\n<p>&Eacute; importante levar em conta a sociedade.</p>\n\n<p><strong>O estado de "
            "nascimento do MST foi o Rio Grande do Sul?</strong></p>\n\n<p>Sim, nas fazendas Macali e Brilhante."
            "</p>\n")
    t = written(tmp_path, "mst.md", text)
    assert said(t, "É importante levar em conta") == said(t, "fazendas Macali") == "Cedenir de Oliveira"
    assert said(t, "O que representa essa trajetória?") == UNKNOWN_SPEAKER


def test_an_oral_history_asking_in_italics_names_its_narrator_in_a_field(tmp_path: Path):
    """A school's oral history as a page: the fields "采访人：" (two students) and "口述人：孙玉磊，…" under the title,
    questions in italics (one a statement, "*大家…都会说您怼天怼地。*"), answers unlabelled: the answers are the
    narrator's, the questions and the fields no one's."""
    text = ("# 改变事物请先躬身入局\n\n采访人：陈腾轩、刘宇航，北大附中2021届学生\n\n"
            "口述人：孙玉磊，北大附中校长助理\n\n"
            "*您小时候是什么样的？*\n\n我小时候其实特别乖。我是从五年级跳到初一的。\n\n*那您中间都经历了什么？*\n\n"
            "这之间有很多问题吧。\n\n*大家对您的评价都会说您怼天怼地，什么都怼。*\n\n你看，我本来那么和善的一个人。\n")
    t = written(tmp_path, "oral-history.md", text)
    assert said(t, "五年级跳到初一") == said(t, "那么和善的一个人") == "孙玉磊"
    assert said(t, "怼天怼地") == said(t, "北大附中2021届学生") == said(t, "校长助理") == UNKNOWN_SPEAKER


def test_an_interview_named_in_its_headline_and_standfirst_opens_with_the_interviewees_statement(tmp_path: Path):
    """A news site's export: the headline and an italic standfirst name the mayor (once each as "Mayor Bill de
    Blasio" and "Bill de Blasio"), the roman paragraphs after the standfirst are his opening statement, then bold
    questions over plain answers. The standfirst itself is no one's words."""
    text = ("\n# NYC Mayor Bill de Blasio Defends His First Term\n\nMayor Bill de Blasio meets with reporters "
            "(Photo: Scott Heins)\n\n*Last Friday, New York City Mayor Bill de Blasio met a group of reporters "
            "from New York City newsrooms.*\n\n*The mayor began with a statement on local journalism.*\n\n"
            "First of all, I wanted to do this in solidarity with all of you.\n\n**Is there a place for that "
            "in the budget?**\n\nToday? It is not part of our thinking.\n\n**Have you read the report?**\n\n"
            "No, same status as before.\n")
    t = written(tmp_path, "export.md", text)
    assert said(t, "in solidarity with all of you") == said(t, "same status as before") == "Bill de Blasio"
    assert said(t, "Is there a place for that in the budget?") == UNKNOWN_SPEAKER
    assert said(t, "statement on local journalism") == UNKNOWN_SPEAKER



def test_several_interviews_each_under_a_heading_with_fields_naming_its_interviewee(tmp_path: Path):
    """A file of interviews, each under its own heading with ``**Entrevistado**: Name - note`` fields and bold
    questions: every answer is its section's interviewee's, the fields label no turns. Where one section names no
    interviewee it stays as it was read."""
    sections = [("Ciro", "Milena", "Uso o prontuário eletrônico."),
                ("Wesley", "Marco Túlio", "Faço o registro no eSUS.")]
    text = "# Entrevistas\n\n## Estrutura\n\nCada entrevista tem perguntas.\n\n" + "".join(
        f"### Entrevista {i} - Dr. {name}\n\n* **Entrevistador**: {asker}\n* **Entrevistado**: {name} - médico\n\n"
        f"**1. Como registra o histórico?**\n\n{answer}\n\n**2. Existe algo mais fácil?**\n\nNão, {name.lower()}.\n\n"
        for i, (name, asker, answer) in enumerate(sections, 1))
    t = written(tmp_path, "entrevistas.md", text)
    for name, _, answer in sections:
        assert said(t, answer) == name and said(t, f"Não, {name.lower()}") == name
    assert {u.speaker for u in t.turns if "Como registra" in u.text} == {"Milena", "Marco Túlio"}
    assert "Entrevistado" not in t.speakers
    assert said(t, "Cada entrevista") == UNKNOWN_SPEAKER
    one = text.replace("* **Entrevistado**: Wesley - médico\n", "")
    assert "Wesley" not in written(tmp_path, "one.md", one).speakers


def test_a_word_interview_in_bold_questions_greeting_its_interviewee_by_title(tmp_path: Path):
    """Questions set in bold over answers in roman, the first greeting the interviewee ("Guten Tag Frau A.B."):
    the answers are hers; without the greeting no one is named and the file is refused as before."""
    from docx import Document

    def saved(greeting: str) -> Path:
        document = Document()
        for question, answer in ((f"{greeting}Für was für eine Firma arbeiten Sie?", "Für eine Tochterfirma."),
                                 ("Wie häufig sind Sie bei Klienten?", "Einmal pro Woche."),
                                 ("Müssen Medikamente abgegeben werden?", "Nein, das dürfen nur Fachleute.")):
            document.add_paragraph().add_run(question).bold = True
            document.add_paragraph(answer)
        path = tmp_path / f"interview{len(greeting)}.docx"
        document.save(str(path))
        return path

    t = load_transcript(saved("Guten Tag Frau A.B.  "))
    assert {said(t, a) for a in ("Für eine Tochterfirma", "Einmal pro Woche", "das dürfen nur")} == {"A.B."}
    assert said(t, "Wie häufig") == UNKNOWN_SPEAKER
    with pytest.raises(IngestError, match="no speaker labels"):
        load_transcript(saved(""))


@pytest.mark.parametrize(("question", "name"), [
    ("Guten Tag Frau A.B.  Für was für eine Firma arbeiten Sie?", "Frau A.B."),
    ("Dr. Okafor, how did you start?", "Dr. Okafor"), ("Welcome, Mr. J. Smith. Why now?", "Mr. J. Smith"),
    ("Señora María López, ¿cómo empezó?", "Señora María López"), ("Why did you go?", None)])
def test_whom_a_first_question_greets_by_title(question: str, name: str | None):
    from qa_bot.ingest.interview import interviewee_addressed

    assert interviewee_addressed(["Intro.", "", f"**{question}**", "", "Answer."]) == name


def test_an_interview_s_particulars_under_its_headings_name_its_interviewee(tmp_path: Path):
    """A student's interview: headings and a rule, then ``**Nombre:**`` with the interviewee's name over one-off
    particulars (``**Carrera:** Derecho``, ``**Ciclo:** Quinto ciclo``), then question headings and bold
    questions: the answers are the named student's, and no particular is a speaker."""
    qa = [("¿Cómo realiza sus trámites?", "El trámite se realiza agendando un turno."),
          ("¿Qué solicitudes realiza?", "La solicitud del certificado de estudios."),
          ("¿Le gustaría recibir notificaciones?", "Sí, por WhatsApp, que es más inmediato.")]
    text = ("# Entrevista – Estudiante\n## Trámites con Bienestar\n\n---\n\n## Introducción\n\n"
            "**Nombre:** Santiago Vázquez  \n**Carrera:** Derecho  \n**Ciclo:** Quinto ciclo  \n\n---\n\n" + "".join(
                f"## Pregunta {i}\n**{q}**\n\n{a}\n\n---\n\n" for i, (q, a) in enumerate(qa, 1)))
    t = written(tmp_path, "SantiagoVasquez.md", text)
    assert {said(t, a) for _, a in qa} == {"Santiago Vázquez"}
    assert not {"Ciclo", "Carrera", "Nombre"} & set(t.speakers)


def test_an_interview_s_front_matter_names_who_asks_and_who_answers(tmp_path: Path):
    """A magazine's interviews: who asks in a field nested in the front matter (``meta: interviewer:``, a pandoc
    ``~--`` note after the name) or in a field's value (``subtitle: "Interviewer: …"``), whom it asks in a
    Vietnamese title ("Phỏng vấn thầy …"); questions as headings, or written ``Q:`` / ``A:`` (not a court's
    ``Question`` and ``The Witness``); a country the standfirst names twice is no one."""
    headed = ("---\nlayout: interview2\nmeta:\n    title: Phỏng vấn thầy Lê Minh Hoàng\n"
              "    interviewer: \"Vương Hoàng Long ~-- ICPC World Finalist 2021\"\n---\n\n"
              "*Cảm ơn thầy đã nhận lời phỏng vấn về Tin học Việt Nam, một huyền thoại của Tin học Việt Nam.*\n\n"
              "### Cơ duyên nào đưa thầy đến với môn Tin học?\nMình tới với môn Tin học vì nó hấp dẫn.\n\n"
              "### Thầy có biết đánh cờ vua không ạ?\nMình chơi cờ từ nhỏ, máy còn chấp người đi trước.\n")
    t = written(tmp_path, "le-minh-hoang.md", headed)
    assert said(t, "Cơ duyên nào") == said(t, "đánh cờ vua") == "Vương Hoàng Long"
    assert said(t, "nó hấp dẫn") == said(t, "chơi cờ từ nhỏ") == "Lê Minh Hoàng"
    assert "Việt Nam" not in t.speakers
    asked = ("---\ntitle: Phỏng vấn Lê Bảo Hiệp\nsubtitle: \"Interviewer: Mai Vinh Hiển ~-- Tình nguyện viên\"\n"
             "Q: Hiển\nA: Hiệp\n---\nQ: Xin chào Hiệp, bạn có thể giới thiệu về bản thân không?\n\n"
             "A: Mình là Lê Bảo Hiệp, sinh viên năm 3.\n\nQ: Hiệp có học dự tuyển hay trại hè không?\n\n"
             "A: À không, mình hoàn toàn tự học.\n")
    t = written(tmp_path, "le-bao-hiep.md", asked)
    assert said(t, "giới thiệu") == said(t, "trại hè") == "Mai Vinh Hiển"
    assert said(t, "sinh viên") == said(t, "tự học") == "Lê Bảo Hiệp"


def test_an_interviewee_field_writing_the_name_twice_names_one_person(tmp_path: Path):
    """``Interviewee: 손석호 박사 / Seokho Son, Ph.D.``: the name in Korean, then romanised; the answers under the
    question headings are that person's (not an ``Interviewee`` label's)."""
    text = ("# 미래 컨트리뷰터를 위한 메시지 - 인터뷰\nInterviewee: 손석호 박사 / Seokho Son, Ph.D.\n\n"
            "## 간단한 자기소개 부탁드립니다.\n안녕하세요. 저는 클라우드 컴퓨팅을 연구하는 연구자입니다.\n\n"
            "## 처음 오픈소스 활동을 시작할때 어떤 느낌이셨는지?\n어떻게 활동해야 할지 몰라 막막했습니다.\n")
    t = written(tmp_path, "interview.md", text)
    assert said(t, "연구자입니다") == said(t, "막막했습니다") == "손석호 박사"


def test_a_country_written_as_a_name_is_no_one():
    from qa_bot.ingest.metadata import full_names, interviewee_in_intro

    intro = "Một huyền thoại của Tin học Việt Nam, người đã thay đổi nền Tin học Việt Nam."
    assert "Việt Nam" not in full_names(intro) and "United States" not in full_names("The United States said.")
    assert interviewee_in_intro(intro) is None


@pytest.mark.parametrize("title", ["# Senate Judiciary Committee: Transcript", "# Jury Trial - Transcript",
                                   "---\ntitle: \"Transcript: John Doe\"\n---", "# Phỏng vấn Bộ trưởng Nguyễn Văn Thể"])
def test_a_titles_words_name_no_witness_unless_it_says_whom_it_interviews(tmp_path: Path, title: str):
    """Q./A. under a title that is no interview's ("Jury Trial - Transcript", a defendant's name beside
    "Transcript") or names a minister by his office's first word: the answers stay ``The Witness``'s."""
    t = written(tmp_path, "hearing.md", f"{title}\n\nQ. Where were you that night?\n\nA. I was at home.\n\n"
                "Q. Did anyone see you?\n\nA. My neighbour did.\n")
    assert said(t, "at home") == said(t, "neighbour") == "The Witness"


def test_two_people_in_one_participant_field_are_not_one(tmp_path: Path):
    """``Interviewee: Ana Lopez / Juan Perez`` names two people: neither is credited with every answer."""
    from qa_bot.ingest.metadata import participant_field

    assert participant_field("Interviewee: Ana Lopez / Juan Perez") is None
    assert participant_field("Interviewee: 손석호 박사 / Seokho Son, Ph.D.") == ("interviewee", "손석호 박사")
