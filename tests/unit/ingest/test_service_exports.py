"""Text exports of transcription services and meeting tools, each credited to its speakers with their times."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from qa_bot.ingest import load_transcript
from qa_bot.ingest.speakers import UNKNOWN_SPEAKER
from tests.conftest import said, written

LINES = ("Welcome to the harbour podcast, everyone.", "Thanks, glad to be here.", "Let us talk about the ferries.",
         "They run on Sundays now.")
SPEAKERS = ("Ann Lee", "Bo Ng", "Ann Lee", "Bo Ng")
STARTS = (0.0, 5.0, 9.0, 14.0)


def _heads(head: str, *, same_line: bool = False) -> str:
    """Four turns, each under (or after) a head made by ``head.format(name=…, mm=…, ss=…)``."""
    turns = []
    for line, name, start in zip(LINES, SPEAKERS, STARTS, strict=True):
        first = head.format(name=name, mm=f"{int(start) // 60:02d}", ss=f"{int(start) % 60:02d}")
        turns.append(f"{first} {line}" if same_line else f"{first}\n{line}")
    return "\n\n".join(turns) + "\n"


@pytest.mark.parametrize(("service", "head", "same_line"), [
    ("Rev / Temi", "{name} (00:{mm}:{ss}):", False),
    ("Trint", "{name} [00:{mm}:{ss}]", False),
    ("Happy Scribe", "00:{mm}:{ss} {name}", False),
    ("Fireflies", "{name} - {mm}:{ss}", False),
    ("Otter", "{name}  {mm}:{ss}", False),
    ("Sonix", "{name}: [00:{mm}:{ss}]", True),
    ("Descript", "[00:{mm}:{ss}] {name}:", True),
])
def test_a_service_export_names_each_speaker_with_the_time(tmp_path: Path, service: str, head: str,
                                                          same_line: bool):
    path = tmp_path / "export.txt"
    path.write_text(_heads(head, same_line=same_line), encoding="utf-8")
    transcript = load_transcript(path)
    assert [(t.speaker, t.start, t.text) for t in transcript.turns] == list(zip(SPEAKERS, STARTS, LINES,
                                                                               strict=True)), service


def test_numbered_speakers_with_a_time_before_the_colon(tmp_path: Path):
    path = tmp_path / "rev.txt"
    path.write_text(_heads("{name} (00:{mm}:{ss}):").replace("Ann Lee", "Speaker 1").replace("Bo Ng", "Speaker 2"),
                    encoding="utf-8")
    transcript = load_transcript(path)
    assert [(t.speaker, t.start) for t in transcript.turns] == [
        ("Speaker 1", 0.0), ("Speaker 2", 5.0), ("Speaker 1", 9.0), ("Speaker 2", 14.0)]


def test_zoom_saved_chat_in_both_layouts(tmp_path: Path):
    new = "".join(f"10:02:{10 + 5 * i}\t From  {who}  to  Everyone:\n\t{line}\n"
                  for i, (who, line) in enumerate(zip(SPEAKERS, LINES, strict=True)))
    old = "".join(f"10:02:{10 + 5 * i}\t From  {who} : {line}\n"
                  for i, (who, line) in enumerate(zip(SPEAKERS, LINES, strict=True)))
    for name, text in (("meeting_saved_chat.txt", new), ("chat.txt", old)):
        (tmp_path / name).write_text(text, encoding="utf-8")
        chat = load_transcript(tmp_path / name)
        assert chat.format == "chat log", name
        assert [(t.speaker, t.start, t.text) for t in chat.turns] == [
            (who, 5.0 * i, line) for i, (who, line) in enumerate(zip(SPEAKERS, LINES, strict=True))], name


def test_zoom_chat_with_long_names_blank_lines_and_reactions(tmp_path: Path):
    """Names carrying pronouns and affiliations; the newer layout's header ending in '\\r\\r\\n' (a blank line
    before the text); reactions, which are no one's words."""
    long_name = "Leah Wasser (she/her) Earth Lab / earthdatascience.org / pyOpenSci"
    old = (f"08:58:13\t From {long_name} : Welcome everyone!!\n09:01:53\t From Serge Sambolian : Is the workshop "
           f"recorded?\n09:01:54\t From {long_name} : Welcome from snowy Colorado!!\n"
           "09:02:30\t From Serge Sambolian : Thanks.\n")
    chat = written(tmp_path, "meeting_saved_chat.txt", old)
    assert said(chat, "Welcome from snowy Colorado!!") == long_name and said(chat, "recorded?") == "Serge Sambolian"
    new = ("17:06:15 From Christopher Ohge to Everyone:\r\r\n\tSlides for today.\r\n"
           "17:12:33 From Michael Wasserman to Everyone:\r\r\n\tIt's almost done.\r\n"
           "17:26:42 From Giles Bergel to Everyone:\r\r\n\tReacted to \"It's almost done.\" with 👍\r\n"
           "17:55:37 From Giles Bergel to Everyone:\r\r\n\thttps://github.com/livesandletters/aor\r\n")
    (tmp_path / "new").mkdir()
    path = tmp_path / "new" / "meeting_saved_chat.txt"
    path.write_bytes(new.encode("utf-8"))
    chat = load_transcript(path)
    assert [(t.speaker, t.text) for t in chat.turns] == [
        ("Christopher Ohge", "Slides for today."), ("Michael Wasserman", "It's almost done."),
        ("Giles Bergel", "https://github.com/livesandletters/aor")]


def test_whisper_tsv_times_are_milliseconds(tmp_path: Path):
    path = tmp_path / "episode.tsv"
    path.write_text("start\tend\ttext\n0\t4200\tWelcome to the harbour podcast.\n4200\t8000\tThanks for coming.\n"
                    "48000\t52000\tAfter a long pause, the ferries.\n", encoding="utf-8")
    transcript = load_transcript(path)
    assert [t.start for t in transcript.turns] == [0.0, 48.0]  # cut at the 40-second pause, not at 40,000 s


@pytest.mark.parametrize("head", ["**{name}**", "**{name}:**", "### {name}", "{name}"])
def test_a_name_alone_over_its_words_in_markdown_heads_a_turn(tmp_path: Path, head: str):
    path = tmp_path / "episode.md"
    path.write_text("\n\n".join(f"{head.format(name=name)}\n\n{line}" for name, line in zip(SPEAKERS, LINES,
                                                                                           strict=True)) + "\n",
                    encoding="utf-8")
    transcript = load_transcript(path)
    assert [(t.speaker, t.text) for t in transcript.turns] == list(zip(SPEAKERS, LINES, strict=True)), head


def test_names_over_bullet_points_stay_meeting_notes(tmp_path: Path):
    path = tmp_path / "notes.md"
    path.write_text("**Ann Lee**\n- the ferry runs on Sundays\n\n**Bo Ng**\n- tickets from March\n\n"
                    "**Ann Lee**\n- budget approved\n\n**Bo Ng**\n- next meeting in May\n", encoding="utf-8")
    assert load_transcript(path).format == "notes"


def test_answers_in_an_interview_with_a_named_guest_are_the_guest_s(tmp_path: Path):
    path = tmp_path / "interview.txt"
    path.write_text("Interview with Jane Doe, harbour master\n\nQ. When did you start?\nA. In 1998, on the night "
                    "ferry.\nQ. And now?\nA. I run the whole port.\n", encoding="utf-8")
    transcript = load_transcript(path)
    assert [t.speaker for t in transcript.turns if t.label == "A."] == ["Jane Doe", "Jane Doe"]


def test_webex_names_the_speaker_in_the_cue_identifier(tmp_path: Path):
    path = tmp_path / "meeting.vtt"
    path.write_text('WEBVTT\n\n1 "Jane Smith" (1283746501)\n00:00:01.000 --> 00:00:04.000\nWelcome to the briefing.\n\n'
                    '2 "Tomasz Nowak" (1283746502)\n00:00:04.500 --> 00:00:08.000\nThank you, Jane.\n',
                    encoding="utf-8")
    assert [(t.speaker, t.text) for t in load_transcript(path).turns] == [
        ("Jane Smith", "Welcome to the briefing."), ("Tomasz Nowak", "Thank you, Jane.")]


def test_f4_time_marks_are_no_one_s_words(tmp_path: Path):
    path = tmp_path / "interview.txt"
    path.write_text("I: Wie sind Sie dazu gekommen? #00:00:05-2#\n\nB: Durch Zufall. #00:00:12-8#\n\n"
                    "I: Und dann? #00:00:20-1#\n\nB: Dann blieb ich. #00:00:31-4#\n", encoding="utf-8")
    assert [t.text for t in load_transcript(path).turns] == [
        "Wie sind Sie dazu gekommen?", "Durch Zufall.", "Und dann?", "Dann blieb ich."]


def test_messenger_json_is_put_in_the_order_it_was_sent(tmp_path: Path):
    path = tmp_path / "message_1.json"
    path.write_text(json.dumps({"participants": [{"name": "Anna"}, {"name": "Ben"}], "messages": [
        {"sender_name": "Ben", "timestamp_ms": 1700000300000, "content": "See you then."},
        {"sender_name": "Anna", "timestamp_ms": 1700000200000, "content": "Nine fifteen."},
        {"sender_name": "Ben", "timestamp_ms": 1700000100000, "content": "What time tomorrow?"}]}), encoding="utf-8")
    assert [(t.speaker, t.start, t.text) for t in load_transcript(path).turns] == [
        ("Ben", 0.0, "What time tomorrow?"), ("Anna", 100.0, "Nine fifteen."), ("Ben", 200.0, "See you then.")]


def test_a_member_named_with_the_seat_once_is_one_person(tmp_path: Path):
    path = tmp_path / "holyrood.txt"
    path.write_text("The Presiding Officer (Alison Johnstone): First Minister's question time.\n\n"
                    "Douglas Ross (Highlands and Islands) (Con): To ask about engagements.\n\n"
                    "The First Minister (Nicola Sturgeon): Engagements for Scotland.\n\n"
                    "Douglas Ross: Waiting times are the worst on record.\n\n"
                    "The Presiding Officer: Order.\n", encoding="utf-8")
    transcript = load_transcript(path)
    assert said(transcript, "To ask about engagements.") == said(transcript, "Waiting times are") == "Douglas Ross"
    assert said(transcript, "Engagements for Scotland.") == "Nicola Sturgeon"  # the office's holder speaks
    assert said(transcript, "First Minister's question time.") == said(transcript, "Order.") == "Alison Johnstone"


def test_a_stenographic_version_sets_each_turn_apart_with_a_rule(tmp_path: Path):
    path = tmp_path / "version-estenografica.txt"
    path.write_text("Versión estenográfica de la conferencia\nPresidencia de la República\n---\n"
                    "PRESIDENTE ANDRÉS MANUEL LÓPEZ OBRADOR\nBuenos días.\nVamos a informar.\n---\n"
                    "LUIS RODRÍGUEZ BUCIO, COMANDANTE DE LA GUARDIA NACIONAL\nMuy buenos días.\n---\n"
                    "PRESIDENTE ANDRÉS MANUEL LÓPEZ OBRADOR\nGracias, comandante.\n---\nINTERLOCUTORA\n"
                    "Una pregunta para el comandante.\n---\nPRESIDENTE ANDRÉS MANUEL LÓPEZ OBRADOR\nAdelante.\n---\n"
                    "INTERLOCUTORA\nGracias.\n", encoding="utf-8")
    transcript = load_transcript(path)
    assert said(transcript, "Muy buenos días.") == "Luis Rodríguez Bucio"  # once, under a rule
    assert said(transcript, "Vamos a informar.") == "Presidente Andrés Manuel López Obrador"
    assert said(transcript, "Una pregunta para el comandante.") == "Interlocutora"


def test_a_column_of_time_stamps_is_no_speaker(tmp_path: Path):
    path = tmp_path / "captions.tsv"
    stamp = "2010-03-04 17:21 UTC"
    rows = [("ZA253_0001", "00:00:47.15", "EC: Tell us about your life, please, from the start.", stamp),
            ("ZA253_0004", "00:01:00.17", "We start with Bialystok, the town where I was born.", stamp),
            ("ZA253_0007", "00:01:10.00", "I remember some of the narrow streets and the shops.", stamp)]
    path.write_text("Media-ID\tTimecode\tTranscript\tCreated at\n" + "".join("\t".join(r) + "\n" for r in rows),
                    encoding="utf-8")
    assert {t.speaker for t in load_transcript(path).turns} == {"Unknown speaker"}  # not the stamps, nor the ids


def test_interview_codes_inside_the_cells_of_an_archive_export(tmp_path: Path):
    path = tmp_path / "segments.tsv"
    cells = ["EC: Tell us about your life. HBS: Well, where do I start?", "I was born in Bialystok.",
             "I remember the narrow streets.", "EC: And your father? HBS: He worked at the mill.",
             "EC: Did you write to him? HBS: No, never.", "It was not allowed."]
    rows = "".join(f"00:00:{10 + 5 * i:02d}.00\t{c}\n" for i, c in enumerate(cells))
    path.write_text("Timecode\tTranscript\n" + rows, encoding="utf-8")
    transcript = load_transcript(path)
    assert said(transcript, "I remember the narrow streets.") == "HBS"  # a row without a code goes on
    assert said(transcript, "And your father?") == "EC" and said(transcript, "It was not allowed.") == "HBS"


def test_a_note_taker_s_at_time_dash_name_heads_over_long_turns(tmp_path: Path):
    """A meeting note-taker's export: '@0:25 - Name (e-mail)' over paragraphs, turns many paragraphs long, and
    'ACTION ITEM:' lines inside the turns (no one's label)."""
    paragraphs = ["Impromptu Google Meet Meeting - May 29"]
    for n in range(6):
        paragraphs += [f"@{n}:00 - Tom Gituma", *(f"Sector {n}.{k} is where we focus." for k in range(5)),
                       f"ACTION ITEM: Provide Lloyd list {n} - WATCH", f"@{n}:30 - Lloyd Ian (lloyd@example.com)",
                       f"Find out in shipping {n}. Yes."]
    paragraphs[3] = "We were getting enquiries from Djibouti."
    t = written(tmp_path, "meeting_transcript.md", "\n\n".join(paragraphs) + "\n")
    assert said(t, "getting enquiries from Djibouti") == "Tom Gituma" and t.turns[-1].start == 330.0
    assert said(t, "Find out in shipping 5.") == "Lloyd Ian" and "Action Item" not in t.speakers


def test_words_before_the_first_head_are_kept_as_no_one_s(tmp_path: Path):
    """A podcast host's narration above the first timed head, under a contents list: kept, credited to no one."""
    toc = "\n".join(f"- [\\[00:0{n}:00\\] Part {n}](#part-{n})" for n in range(3))
    intro = ("I'm going to tell you about a company that might help you buy a home in the near\nfuture.\n\n"
             "Housing is expensive. A big part of that expense is the labor cost, and it is\ngetting worse.")
    turns = "\n\n".join(f"[00:0{n}:27] **{name}:** Line {n} of the interview, said plainly."
                        for n, name in enumerate(["Audrow Nash", "Oleg Kandrashou", "Audrow Nash"]))
    t = written(tmp_path, "8-can-you-ship-a-factory.md", f"{toc}\n\n## [00:00:00] Introducing\n\n{intro}\n\n{turns}\n")
    assert said(t, "A big part of that expense is the labor cost") == UNKNOWN_SPEAKER
    assert said(t, "Line 1 of the interview") == "Oleg Kandrashou" and t.title.startswith("- [")


def test_initials_over_a_time_and_alone_over_more_words(tmp_path: Path):
    """MeetGeek's text export: initials, then a time line or not, then the words; a greeting before any."""
    lines = ["\ufeffOk. Boa tarde, professor Mário Farelo.", "É um prazer ter ela aqui conosco hoje.", "DM",
             "00:00:08", "O senhor é atualmente professor do Departamento de História.", "MF", "00:00:48",
             "Bom, antes de mais, muito obrigado.", "MF", "Daniella, pelo convite e, obviamente, é um prazer.", "DM",
             "00:01:23", "Há cerca de um ano.", "MF", "Portanto, é essa a visão."]
    t = written(tmp_path, "entrevista_meetgeek.txt", "\r\n".join(lines) + "\r\n")
    assert said(t, "É um prazer ter ela aqui conosco hoje.") == UNKNOWN_SPEAKER
    assert said(t, "pelo convite") == "MF" and "MF" not in " ".join(turn.text for turn in t.turns)
    assert said(t, "Portanto, é essa a visão.") == "MF"


def test_a_bold_name_with_its_colon_outside_the_bold_beside_names_with_it_inside(tmp_path: Path):
    parts = ["**Reshama**:", "Hello and welcome to the webinar, I am the founder of Data Umbrella."]
    for n in range(3):
        parts += ["**Hugo:**", f"Point {n} about scaling data science.", "**James:**", f"Reply {n} on Dask."]
    t = written(tmp_path, "16-hugo-james-dask.md", "# Webinar\n\n" + "\n\n".join(parts) + "\n")
    assert said(t, "founder of Data Umbrella") == "Reshama" and said(t, "Reply 2 on Dask.") == "James"


def test_speech_to_text_json_saved_under_a_captions_name_is_read_as_json(tmp_path: Path):
    doc = {"format": "1.0", "speakers": [{"name": "M1", "time": "0.5", "duration": "3.0"}],
           "words": [{"name": w, "time": str(0.5 + i / 2), "duration": "0.4"} for i, w in
                     enumerate(["Welcome", "to", "the", "eLife", "podcast", "."])]}
    t = written(tmp_path, "podcast.vtt", json.dumps(doc))
    assert t.format.startswith("json (") and said(t, "Welcome to the eLife podcast") == "M1"


def test_a_fathom_export_heads_each_turn_with_its_time_a_dash_and_the_name(tmp_path: Path):
    """Fathom's note-taker export: ``5:12 - Christina Bowen (SocialRoots)`` over the indented words (the
    organisation a note); each head starts its turn at that time."""
    heads = [("0:00", "Corey Gouker", "From what I could tell, nobody's there yet."),
             ("3:02", "Julian Fleck", "I feel like coming back to the different layers."),
             ("5:12", "Christina Bowen (SocialRoots)", "complimentary, yeah."), ("5:13", "Julian Fleck", "Exactly."),
             ("5:14", "Christina Bowen (SocialRoots)", "And I really like Tim's attitude."),
             ("1:02:05", "Corey Gouker", "You also consider just plain text messages.")]
    text = "MinSpecs for the Knowledge Forest experiment - April 16\nVIEW RECORDING - 131 mins (No highlights): \n\n" \
           "---\n\n" + "".join(f"{when} - {who}\n  {words}\n\n" for when, who, words in heads)
    t = written(tmp_path, "minspecs-call.txt", text)
    starts = [0.0, 182.0, 312.0, 313.0, 314.0, 3725.0]
    assert [(u.speaker, u.start, u.text) for u in t.turns] == [
        (who.removesuffix(" (SocialRoots)"), start, words)
        for start, (_, who, words) in zip(starts, heads, strict=True)]


def test_a_debate_page_heads_turns_with_a_bold_time_and_name_and_names_short_replies_without_a_time(tmp_path: Path):
    """C-SPAN's debate as Markdown: ``**0:01:12 MODERATOR (TOM)**`` over the words, two moderators told apart by
    the names after the role, and a short reply headed by the name alone in bold or as a bold label before words."""
    text = ("# Debate\n\n**0:01:12 MODERATOR (TOM)**\nWe begin with the car tax.\n\n**00:01:39 EARLE-SEARS**\n"
            "We could have gotten rid of it.\n\n**00:02:27 MODERATOR**\nI want an answer from you.\n\n"
            "**EARLE-SEARS**: I answered the question.\n\n**00:02:40 MODERATOR (DEANNA)**\nFifteen seconds to "
            "clarify.\n\n**EARLE-SEARS**\nWe have the money for it.\n\n**00:03:32 SPANBERGER**\nA car tax is "
            "the most hated tax.\n\n**00:04:48 SPANBERGER**\nIt requires bringing people together.\n\n"
            "**00:05:03 EARLE-SEARS**\nWe will repeal it.\n\n**00:35:10 DEANNA**\nAbortion is legal in Virginia.\n")
    t = written(tmp_path, "debate.md", text)
    assert said(t, "I answered the question.") == said(t, "We have the money for it.") == "Earle-Sears"
    assert said(t, "I want an answer from you.") == "Moderator"
    assert said(t, "We begin with the car tax.") == "Moderator (TOM)"
    assert said(t, "Fifteen seconds to clarify.") == said(t, "Abortion is legal") == "Moderator (DEANNA)"


def test_a_podcast_page_glues_the_time_to_the_bracketed_name_and_uses_initials_after_the_first_turn(tmp_path: Path):
    """ArrayCast's pages: ``00:00:00[Adám Brudzewsky]`` over a first turn, ``00:00:06[AB]`` after, alone on their
    lines; the initials are the person named in full, and a bracketed note with no words under it is no turn."""
    text = ("# Episode 87\n\n00:00:00[Adám Brudzewsky]\n\nWhich array language is the best one.\n\n"
            "00:00:04[Conor Hoekstra]\n\nFantastic.\n\n00:00:06[AB]\n\nIt is floating in the ether.\n\n"
            "00:00:09[CH]\n\nCopout!\n\n00:00:15[MUSIC]\n\n00:00:23[CH]\n\nWelcome to episode 87.\n")
    t = written(tmp_path, "2024-08-31-panel.md", text)
    assert said(t, "floating in the ether") == said(t, "Which array language") == "Adám Brudzewsky"
    assert said(t, "Welcome to episode 87.") == "Conor Hoekstra"
    assert "MUSIC" not in " ".join(turn.text for turn in t.turns)

