"""Shapes of real records that the held-out sets 204 to 215 brought, each written small here: a Chinese series'
lines in corner brackets, captions under bold times, a site's own tags around speakers' names, a chat's notes with
italic nicks, plain-text minutes with bulleted labels and slide headings, HackMD signatures, a scanned hearing's
record, a speech recogniser's map of speaker codes, a commented-out module, a screenplay's text without blank
lines, a therapy session's numbered turns and a radio play's voices."""

from __future__ import annotations

import json
from pathlib import Path

from qa_bot.ingest import load_transcript
from qa_bot.ingest.label_shapes import candidate
from tests.conftest import said, written


def test_a_series_lines_after_a_closed_up_colon_in_corner_brackets_are_the_named_characters(tmp_path: Path):
    lines = ("李云龙:「一营长。」\n张大彪:「有。」\n李云龙:「张大彪，师部和野战医院转移了没有。」\n"
             "张大彪:「报告团长已经全部撤离。」\n李云龙:「这回咱们可以放开手脚和鬼子干一场了。」\n"
             "张大彪:「日军第四旅团的坂田联队。」\n")
    script = written(tmp_path, "liyunlong.txt", lines)
    assert said(script, "师部和野战医院") == "李云龙"
    assert said(script, "坂田联队") == "张大彪"
    assert candidate("他说：「我很好。」") is None  # reported speech: a verb of saying closes the name
    assert candidate("他說：「我很好」，然後就走了。") is None  # a quote inside a sentence


def test_captions_under_bold_times_read_the_labels_after_the_time(tmp_path: Path):
    chunks = ["**[00:00:21]** Krishnamurti: What shall\nwe talk about this morning?",
              "**[00:00:40]** Questioner:\nCould we review the steps",
              "**[00:00:43]** by which we come to the need\nnot to do anything,",
              "**[00:01:09]** Q: You said some very\nremarkable words, the other day.",
              "**[00:01:26]** K: I withdraw that.",
              "**[00:01:40]** Q: I don't want the withdrawal.",
              "**[00:01:44]** But I was thinking, as far as I know,",
              "**[00:01:48]** there are quite a large number\nof people here, including myself,",
              "**[00:01:53]** who would say deeply, sincerely,\n'I love you, too'.",
              "**[00:01:58]** But I do want something from you.",
              "**[00:02:03]** I want help, which you\nso generously give, at all times,",
              "**[00:02:10]** to lead a better life,\na daily life.",
              "**[00:02:50]** K: Would you ask them?"]
    captions = written(tmp_path, "Gtx_B7QLLCU.md", "\n\n".join(chunks) + "\n")
    assert said(captions, "talk about this morning") == "Krishnamurti"
    assert said(captions, "the need not to do anything") == "Questioner"  # a chunk going on with the question
    assert said(captions, "I withdraw that") == "K"
    assert said(captions, "as far as I know") == "Q"
    assert said(captions, "to lead a better life") == "Q"


def test_names_in_a_sites_own_tags_alone_on_their_lines_head_the_turns(tmp_path: Path):
    turns = [("claire", "Claire", "Hello everyone, welcome to our community session. I'm your host."),
             ("bin", "Bin", "Yeah, I can hear you clearly."),
             ("claire", "Claire", "Well, we're ready for all the burning questions from the community."),
             ("bin", "Bin", "Okay, sure. Several exchanges talk to us about listing the token."),
             ("claire", "Claire", "Thank you. So that has been answered, next one please."),
             ("o", "Speaker", "Why have the big funds not approached you yet?"),
             ("bin", "Bin", "We will announce the mainnet launch date in Toronto."),
             ("o", "Speaker", "Will holders of the token get airdrops?"),
             ("claire", "Claire", "Let's keep the spirit of innovation alive.")]
    page = "---\ntitle: AMA on Twitter\n---\n\n## Welcomes\n\n" + "".join(
        f"<{tag}>{name}</{tag}>\n\n{words}\n\n" for tag, name, words in turns)
    ama = written(tmp_path, "ama.md", page)
    assert said(ama, "mainnet launch date in Toronto") == "Bin"
    assert said(ama, "spirit of innovation") == "Claire"
    assert said(ama, "big funds") == "Speaker"


def test_notes_of_a_chat_meeting_credit_italic_nicks_opening_bullets(tmp_path: Path):
    notes = """# Meeting Notes: Governance, Oct 20 2020

#### 2.2 QA Funding request clarified
- _lehnberg:_ @quentinlesceller you're working with mick in #qa as per the update, is that right?
   - _quentinlesceller:_ Yep still ongoing.

#### 2.5 exchanges contacted
- _lehnberg:_ @paouky how's that been going?
   - _paouky:_ Yeah it's pretty much him who did all the work.
   - _lehnberg:_ Okay cool, could you do a list of everyone that needs to be contacted?
- _paouky:_ The list exists and is updated.
"""
    meeting = written(tmp_path, "20201020-meeting-governance.md", notes)
    assert said(meeting, "Yep still ongoing") == "quentinlesceller"
    assert said(meeting, "did all the work") == "paouky"
    assert said(meeting, "everyone that needs to be contacted") == "lehnberg"


def test_plain_text_minutes_read_bulleted_labels_and_leave_slide_headings_to_no_one(tmp_path: Path):
    minutes = """MPTCP interim meeting / 10.2.2010

Marcelo:
- Have updated the draft with the feedback
* Phil: have read the earlier version, not the new one
* Mark Handley: Think we should adopt this as WG document, basis to
  say whether we've addressed the threats

slide: Goals of draft
- Want to focus on high-level design in this interim

s: Reliability
- ACK at subflow level
* Costin Raiciu: Proxies can be quite frequent in practice. Connecting to
  wireless, 3G, etc.
* Mark: Principal issue is the middleboxes.

s: Retransmissions
- Must retransmit on original subflow
* Phil: is it good to become wg document?
"""
    notes = written(tmp_path, "mptcp-notes.txt", minutes)
    assert said(notes, "Proxies can be quite frequent") == "Costin Raiciu"
    assert said(notes, "adopt this as WG document") == "Mark Handley"
    assert said(notes, "Principal issue is the middleboxes") == "Mark Handley"  # his first name, as the notes go on
    assert not {"s", "slide"} & {t.speaker for t in notes.turns}


def test_hackmd_signatures_name_the_speakers_of_their_items(tmp_path: Path):
    notes = """# Community call

What's the last film you saw in the cinema?
- [name=Yo] The new Lion King - I loved it.
- [name=Andrew] A rock opera based on the early childhood of Jeanne d'Arc; hated it!
- [name=Sam] A film about a Lucha Libre performer from El Paso.

## BlueGenes
- [name=Kalpana] Is MyMine shared between the mine and bluegenes?
    - [name=Yo] Yep, the backend will be InterMine.
"""
    call = written(tmp_path, "10-03-community-devcall.md", notes)
    assert said(call, "Jeanne d'Arc") == "Andrew"
    assert said(call, "Lucha Libre") == "Sam"
    assert said(call, "backend will be InterMine") == "Yo"


def test_a_scanned_hearing_reads_its_titled_names_however_wrapped_and_garbled(tmp_path: Path):
    pages = []
    for n, (city, what) in enumerate([("Minsk", "Oswald"), ("Moscow", "Kennedy"), ("Kiev", "Marina")], 1):
        pages += [f"DocId: 32277209 Page {n}", f"Mr. Klein. Did you have an opportunity to read about {what}",
                  "in the KGB file?", f"Mr. Nosenko. Yes, sir. I have seen the {what} file", f"in {city} myself,",
                  "when it was brought.", f"Mr. Dodd. Was that in {what}'s case, sir?",
                  f"Mrs. Burke. Were you upset about the promotion in {city}?",
                  f"Mr: Nosenko. No. The only one which was sent to {city},", f"this I have seen about {what}.",
                  f"The: Chairman. Anything further on {what}?", f"Mr. Sawyer. What bothers me about {city}."]
    record = written(tmp_path, "180-10131-10324.md", "\n\n".join(pages) + "\n")
    assert said(record, "promotion in Moscow") == "Mrs. Burke"
    assert said(record, "in Minsk myself") == "Mr. Nosenko"  # a line the record wrapped
    assert said(record, "seen about Kennedy") == "Mr. Nosenko"  # "Mr: Nosenko." as OCR read it
    assert said(record, "Anything further on Marina") == "The Chairman"  # and "The: Chairman."
    assert "DocId" not in {t.speaker for t in record.turns}  # a scanned page's field, each time a number


def test_a_recognisers_map_of_speaker_codes_names_its_turns_even_in_a_commented_out_module(tmp_path: Path):
    turns = [{"start": 12.1, "end": 24.2, "speaker": "S10", "transcript": "Tere õhtust, kell sai kuus."},
             {"start": 24.2, "end": 40.0, "speaker": "S26", "transcript": "Kõige tähtsam on see mudel."},
             {"start": 40.0, "end": 60.0, "speaker": "S1", "transcript": "Ilm on homme vihmane."}]
    data = {"speakers": {"S10": {"name": "Kai Vare"}, "S26": {"name": "Andres Herkel"}, "S1": {}},
            "sections": [{"start": 0, "end": 12.1, "type": "non-speech"},
                         {"start": 12.1, "end": 60.0, "type": "speech", "turns": turns}]}
    news = written(tmp_path, "news.json", json.dumps(data, ensure_ascii=False))
    assert said(news, "kell sai kuus") == "Kai Vare"
    assert said(news, "Kõige tähtsam") == "Andres Herkel"
    module = "/* const transcript = " + json.dumps(data, ensure_ascii=False) + """; */
const loadHtml = (transcript) => {
  const speakers = new Map(Object.entries(transcript.speakers));
  return { html: speakers.size, end: 12.1 };
};
export default loadHtml;
"""
    path = tmp_path / "loadTranscription.js"
    path.write_text(module, encoding="utf-8")
    commented = load_transcript(path)
    assert said(commented, "kell sai kuus") == "Kai Vare"
    assert not {"end", "speakers"} & {t.speaker for t in commented.turns}


def test_a_screenplays_text_without_blank_lines_is_read_under_its_characters_names(tmp_path: Path):
    script = """INVERNO
Roteiro de Carlos Gerbase
*****
CENA 1 - EXT/DIA - RUA DA PRAIA
Surge o Herói, caminhando pela rua da Praia. Pára e olha a vitrine.
HERÓI
Alô, a Mariana está?
EMPREGADA
Já vou chamar.
MARIANA
Alô.
HERÓI
Mariana? Oi, tudo bem?
MARIANA
Tudo legal. Vê se traz uns discos.
HERÓI
Tu tem James Taylor?
FADE OUT
CENA 2 - INT/DIA - APÊ DO HERÓI
MARIANA
Tenho Carole King também.
HERÓI
Então traz música calma.
"""
    screenplay = written(tmp_path, "inverno.txt", script)
    assert said(screenplay, "James Taylor") == "Herói"
    assert said(screenplay, "Carole King") == "Mariana"
    assert "Fade Out" not in {t.speaker for t in screenplay.turns}


def test_turn_numbers_after_the_roles_letters_are_the_roles_and_a_focus_groups_numbers_people(tmp_path: Path):
    turns = "".join(f"T{n}: Question number {n}, how did that feel?\n\nC{n}: Answer number {n}, it felt strange.\n\n"
                    for n in range(1, 13))
    session = written(tmp_path, "session.txt", "Transcript of therapy session\n\n" + turns)
    assert said(session, "Question number 4,") == "T"
    assert said(session, "Answer number 6,") == "C"
    group = "".join(f"M: Topic {n}, what do you think?\n\nP{n}: My view on topic {n} is simple.\n\n"
                    for n in range(1, 7))
    focus = written(tmp_path, "focus.txt", group)
    assert said(focus, "My view on topic 5") == "P5"  # one letter numbered: participants, never one person
    round_robin = "M: Please introduce yourselves.\n\n" + "".join(
        f"F{n}: I am woman number {n} here.\n\nM{n}: I am man number {n} here.\n\n" for n in range(1, 6))
    introductions = written(tmp_path, "round.txt", round_robin + "F1: Can I add something to that?\n")
    assert said(introductions, "woman number 3") == "F3"  # two letters, too few numbers for turns: people


def test_a_cast_of_voices_keeps_each_voice_and_reads_initials_with_dots(tmp_path: Path):
    script = "".join(f"**{who}:**  \n{words}  \n  \n" for who, words in [
        ("ARCHIVE VOICE", "Welcome to the archive of Magrathea."), ("FRANKIE MOUSE", "Extremely rich."),
        ("P.A. VOICE", "Emergency! Hostile ship has landed on planet!"), ("BENJY MOUSE", "Hell's bells."),
        ("ARCHIVE VOICE", "Please wait for the next recording."), ("FRANKIE MOUSE", "What is it now?"),
        ("P.A. VOICE", "Intruders now in the reception area."), ("BENJY MOUSE", "Get out of there!")])
    play = written(tmp_path, "fit4.md", script)
    assert said(play, "Hostile ship") == "P.A. Voice"
    assert said(play, "next recording") == "Archive Voice"


def test_ordinary_labels_these_rules_leave_as_they_were(tmp_path: Path):
    """What a review of these rules tried: a doctor's ``Dr:`` over one-word sentences, a Korean name ending in "In",
    speakers named in a tag's attribute, names alone in lower case, lower-case ``q:``/``a:``, and news quoting
    officials after a verb of saying."""
    visit = written(tmp_path, "visit.txt", "Dr: Hello. What brings you in today?\n\nPt: A cough for two weeks.\n\n"
                    "Dr: Okay. Is it a dry cough?\n\nPt: Mostly dry.\n\nDr: Right. Any fever at night?\n\nPt: No.\n")
    assert said(visit, "Is it a dry cough") == "Dr"
    summit = written(tmp_path, "summit.txt", "Moderator: Welcome to the press conference.\n\nMoon Jae In: Thank "
                     "you, it is an honour.\n\nDonald Trump: A productive meeting.\n\nMoon Jae In: We discussed "
                     "cooperation.\n\nModerator: Questions, please.\n")
    assert said(summit, "We discussed cooperation") == "Moon Jae In"
    tagged = written(tmp_path, "panel.md", "".join(f'<turn speaker="{who}">{words}</turn>\n\n' for who, words in [
        ("Moderator", "Shall we begin with introductions?"), ("Ana", "Sure"), ("Moderator", "What do you do?"),
        ("Ana", "I teach maths at the school."), ("Bruno", "Me too, same school")]))
    assert said(tagged, "Me too") == "Bruno"
    chat = written(tmp_path, "deploy.txt", "alice\nhey, did the deploy go through?\n\nbob\nyes, around midnight\n\n"
                   "alice\ngreat, any alerts this morning?\n\nbob\none disk warning on the db host\n")
    assert said(chat, "one disk warning") == "bob"
    oral = written(tmp_path, "oral.txt", "q: where did you grow up?\n\na: in a small town near leeds.\n\n"
                   "q: what did your parents do?\n\na: my dad was a miner.\n")
    assert said(oral, "my dad was a miner") == "a"
    assert candidate("总理表示:「我们将继续推进改革。」") is None  # "the Premier said": reported speech
