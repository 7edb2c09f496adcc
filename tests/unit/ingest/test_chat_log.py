"""Chat logs (IRC, Matrix, meeting bots): messages by nick, and scribed meetings credited to whom the scribe names."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from qa_bot.ingest import detect_format, discover, load_transcript
from qa_bot.ingest.chat_log import looks_like_chat_log
from qa_bot.ingest.speakers import UNKNOWN_SPEAKER
from tests.conftest import refusal, said

IRSSI = """--- Log opened Tue Mar 03 17:00:00 2020
17:00 -!- bob [~bob@host] has joined #harbour
17:01 <@alice> Morning all, the ferry timetable is out.
17:01 <@alice> Night boats run on Sundays from May.
17:02 <+bob> Do the fares change?
17:02  * bob looks at the pier
17:03 <alice> No, they stay at four pounds.
17:04 <carol_> I can post it on the website today.
"""

# W3C's convention: a scribe types what others say; "..." goes on; Topic lines; queue commands; a bot.
SCRIBED = """[2020-03-03T17:07:31.110Z]\t<manu>\tpresent+
[2020-03-03T17:07:46.239Z]\t<dmitriz>\tpresent+
[2020-03-03T17:09:44.670Z]\t<Orie_>\ti'd like to discuss next steps on did-key if possible :)
[2020-03-03T17:14:31.002Z]\t<chriswinc>\tscribe+ chriswinc
[2020-03-03T17:14:55.343Z]\t<kimhd>\tTopic: Announcements & Reminders
[2020-03-03T17:15:10.000Z]\t<Zakim>\tsees no one on the speaker queue
[2020-03-03T17:16:10.000Z]\t<chriswinc>\tChristopherA: The workshop in April is cancelled
[2020-03-03T17:16:20.000Z]\t<chriswinc>\t... a virtual hackathon is offered instead
[2020-03-03T17:16:30.000Z]\t<JoeAndrieu>\tq+ to ask about repos
[2020-03-03T17:16:40.000Z]\t<ChristopherA>\tack JoeAndrieu
[2020-03-03T17:16:50.000Z]\t<chriswinc>\tJoeAndrieu: Would be great to have an abandoned list
[2020-03-03T17:17:00.000Z]\t<burn>\ts/in April/on April 5/
[2020-03-03T17:17:10.000Z]\t<chriswinc>\tStatus of the identity conference is unknown
[2020-03-03T17:18:00.000Z]\t<kimhd>\tChistopherA: someone else from the task force to report?
[2020-03-03T17:18:10.000Z]\t<kimhd>\tdmitriz: we moved all the relevant repositories
[2020-03-03T17:18:20.000Z]\t<kimhd>\t...redirects for the pages still need to be set up
[2020-03-03T17:18:30.000Z]\t<kimhd>\t... and the old ones archived
[2020-03-03T17:18:35.000Z]\t<kimhd>\t... the list of them goes to the chairs
[2020-03-03T17:18:40.000Z]\t<Orie_>\thappy to help close that stuff out
"""


def written(folder: Path, name: str, text: str):
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return load_transcript(path)


def test_an_irc_log_is_a_turn_per_run_of_messages_by_one_nick(tmp_path: Path):
    log = written(tmp_path, "harbour.log", IRSSI)
    assert log.format == "chat log"
    assert [t.speaker for t in log.turns] == ["alice", "bob", "alice", "carol_"]
    assert log.turns[0].text == "Morning all, the ferry timetable is out. Night boats run on Sundays from May."
    assert [t.start for t in log.turns] == [0.0, 60.0, 120.0, 180.0]  # counted from the first message
    assert "has joined" not in " ".join(t.text for t in log.turns) and "pier" not in log.turns[1].text


def test_a_chat_log_saved_as_text_is_told_by_its_lines(tmp_path: Path):
    assert written(tmp_path, "harbour.txt", IRSSI).format == "chat log"
    assert [s.unsupported for s in discover([tmp_path])] == [None]


def test_a_scribed_meeting_credits_whom_the_scribe_names(tmp_path: Path):
    log = written(tmp_path, "2020-03-03-irc.log", SCRIBED)
    assert log.date == dt.date(2020, 3, 3)
    assert said(log, "The workshop in April is cancelled") == "ChristopherA"
    assert said(log, "a virtual hackathon is offered instead") == "ChristopherA"  # "..." goes on
    assert said(log, "Would be great to have an abandoned list") == "JoeAndrieu"
    assert said(log, "did-key if possible") == "Orie_"  # typed by themselves
    assert said(log, "happy to help close that stuff out") == "Orie_"
    # the scribe's own note names no one, nor does a Topic line: credited to no one, never to the scribe
    assert said(log, "Status of the identity conference is unknown") == UNKNOWN_SPEAKER
    assert said(log, "Topic: Announcements & Reminders") == UNKNOWN_SPEAKER
    assert "chriswinc" not in log.speakers and "Zakim" not in log.speakers


def test_an_undeclared_scribe_is_known_by_continuation_lines_and_a_mistyped_nick_is_read_as_the_nick(tmp_path):
    log = written(tmp_path, "irc.log", SCRIBED)
    assert "kimhd" not in log.speakers
    assert said(log, "someone else from the task force to report?") == "ChristopherA"  # "ChistopherA:"
    assert said(log, "we moved all the relevant repositories") == "dmitriz"
    assert said(log, "redirects for the pages still need to be set up") == "dmitriz"
    text = " ".join(t.text for t in log.turns)
    for command in ("present+", "q+", "ack JoeAndrieu", "s/in April", "sees no one"):
        assert command not in text


def test_markup_and_other_logs_are_not_chat_logs(tmp_path: Path):
    page = "<html>\n<head>\n<title>Minutes</title>\n</head>\n<body>\n<p>Alice: hello</p>\n</body>\n</html>\n"
    assert not looks_like_chat_log(page)
    assert detect_format(Path("minutes.txt"), page) == "html"
    server = "2024-01-02 10:00:01 INFO starting\n2024-01-02 10:00:02 WARN disk at 91%\n" * 5
    assert "no chat messages found" in refusal(tmp_path, "server.log", server.encode())


def test_messenger_exports_name_each_sender_and_keep_messages_of_several_lines(tmp_path: Path):
    android = written(tmp_path, "WhatsApp Chat with Harbour.txt", (
        "12/31/20, 9:41 PM - Messages and calls are end-to-end encrypted. No one outside of this chat can read them.\n"
        "12/31/20, 9:41 PM - Ann Lee: Are we still meeting at the pier tomorrow?\n"
        "12/31/20, 9:42\u202fPM - Bo Ng: Yes, at nine.\nBring the tickets.\n"
        "12/31/20, 9:45 PM - Bo Ng: <Media omitted>\n"
        "12/31/20, 9:46 PM - Ann Lee: Will do. The night ferry is cancelled though.\n"
        "12/31/20, 9:47 PM - Bo Ng: Then we take the morning one.\n"))
    assert android.format == "chat log" and android.date == dt.date(2020, 12, 31)
    assert [(t.speaker, t.start) for t in android.turns] == [
        ("Ann Lee", 0.0), ("Bo Ng", 60.0), ("Ann Lee", 300.0), ("Bo Ng", 360.0)]
    assert android.turns[1].text == "Yes, at nine.\nBring the tickets."
    assert "encrypted" not in " ".join(t.text for t in android.turns)
    ios = written(tmp_path, "_chat.txt", "".join(
        f"[31.12.20, 21:4{i}:05] {who}: Message number {i} about the ferry.\n"
        for i, who in enumerate(["Ann Lee", "Bo Ng", "Ann Lee", "Bo Ng"])))
    assert ios.speakers == ["Ann Lee", "Bo Ng"] and len(ios.turns) == 4


def test_a_znc_day_log_whose_opening_is_mostly_joins_quits_and_a_bots_notices(tmp_path: Path):
    """The network's lines may outnumber the messages at the top of a day's log; they count neither way."""
    network = ["[00:04:27] *** Quits: sudden6 (~anonymous@ ) (Quit: Konversation terminated!)",
               "[00:38:09] -qtox-git-spam- [qTox] Diadlo closed pull request #3838: Friend widget",
               "[02:15:29] *** Joins: DaSpirit (~DaSpirit@ )", "[03:03:57] *** Joins: initramfs (~initramfs@ )",
               "[05:39:18] *** Quits: jjuran (~jjuran@ ) (Ping timeout: 250 seconds)"] * 2
    messages = ["[07:48:44] <nurupo> i have added #qtox to the list of IRC channels on the wiki",
                "[08:09:53] <Diadlo> zetok: Ups :)", "[08:12:01] <zetok> no worries",
                "[08:15:30] <_maxim_> noticed that you can't download the generic builds anymore"]
    log = written(tmp_path, "qtox_20161029.log.txt", "\n".join(network + messages) + "\n")
    assert log.format == "chat log"
    assert said(log, "i have added #qtox") == "nurupo" and said(log, "generic builds") == "_maxim_"
    assert not any("Quits" in turn.text or "pull request" in turn.text for turn in log.turns)


def test_a_web_client_s_copy_of_a_minuted_channel_credits_the_people_the_scribe_names(tmp_path: Path):
    """Minutes pasted from a web client: "11:09 AM <nick> Full Name" over the message, a time alone over more lines
    of the same sender, the network's lines between; the scribe writes "Name: text" without declaring herself."""
    said_by = [("masonf", "the question is about complex scenarios"), ("scotto", "arguably the toasts could sit on"),
               ("masonf", "there are ways to force the issue"), ("scotto", "would this even work on small screens"),
               ("Sarah", "team wanted a value for the database"), ("masonf", "the prototype keeps the option"),
               ("dbaron", "these events could come out of order"), ("masonf", "you can do this with a matches call"),
               ("Sarah", "options can take rich text"), ("dbaron", "this seems good enough to me")]
    lines = ["# Open UI Telecon", "", "## Agenda", "* Popup events [#342]", "", "## Minutes",
             "11:09 AM ", "→ scotto joined (~scotto@cloak)", "", "11:09 AM <una> Una Kravets", "present+", "  ",
             "11:09 AM <dbaron> L. David Baron", "present+", "  ", "11:09 AM <scotto> ", "present+", "  ",
             "11:10 AM <una> Una Kravets", "Topic: [popup] modals and toast stacking", "  "]
    for minute, (name, words) in enumerate(said_by, 11):
        lines += [f"11:{minute} AM ", f"{name}: {words}", "  "]
    lines += ["11:30 AM ", "— github-bot Successfully commented on #342", "  ", "11:31 AM ", "tantek_ → tantek", "",
              "11:32 AM <JonathanNeal> Jonathan Neal", "Agreeing with what scotto says about inert dialogs.", ""]
    path = tmp_path / "2023-01-05.md"
    path.write_text("\n".join(lines), encoding="utf-8")
    t = load_transcript(path)
    assert t.format == "chat log" and "scribed by una" in t.label_convention
    assert said(t, "would this even work on small screens") == "scotto"
    assert said(t, "team wanted a value for the database") == "Sarah"
    assert said(t, "these events could come out of order") == "dbaron"
    assert said(t, "Agreeing with what scotto says") == "JonathanNeal"
    assert said(t, "modals and toast stacking") == UNKNOWN_SPEAKER  # the scribe's heading, no one's words
    assert not any("github-bot" in turn.text or "→" in turn.text for turn in t.turns)


def test_one_person_addressed_again_and_again_makes_no_scribe(tmp_path: Path):
    lines = [f"[17:{i:02d}] <alice> bob: point {i} about the ferry timetable" for i in range(12)]
    lines += [f"[17:{i:02d}] <bob> I see, point {i}" for i in range(12, 16)]
    path = tmp_path / "chat.log"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert said(load_transcript(path), "point 3 about the ferry") == "alice"


def test_a_discord_channel_exported_as_text_is_read_by_its_heads(tmp_path: Path):
    """DiscordChatExporter's text export: its opening names the guild and channel, then ``[date time] Name`` over
    each message (display names hold spaces), the app's ``{Reactions}`` and ``{Attachments}`` blocks no one's."""
    export = ("==============================================================\nGuild: Komodo\n"
              "Channel: atomicdex_ama_august2019\nTopic: \nMessages: 100\n"
              "==============================================================\n\n"
              "[31-Jul-19 07:37 PM] alperC#7758\nWe'll be holding an AMA on Discord.\n\n{Reactions}\n"
              "👍 (6) 👌 (2) KMD (5)\n\n[31-Jul-19 07:39 PM] alperC#7758\n\n{Attachments}\n"
              "https://cdn.discordapp.com/attachments/1/2/atomicdex.gif\n\n"
              "[31-Jul-19 07:40 PM] Gordon Komodo#7477\nimagine, your trade with libra is completed.\n"
              "Now your libra is gone.\n\n[31-Jul-19 07:41 PM] crumb#2550\nwhat is the timeline for the desktop?\n")
    t = written(tmp_path, "atomicdex-ama-august2019-1.txt", export)
    assert t.format == "chat log"
    assert [(turn.speaker, turn.text) for turn in t.turns] == [
        ("alperC#7758", "We'll be holding an AMA on Discord."),
        ("Gordon Komodo#7477", "imagine, your trade with libra is completed.\nNow your libra is gone."),
        ("crumb#2550", "what is the timeline for the desktop?")]


def test_a_log_saved_as_markdown_with_escaped_nicks_is_read_as_the_log(tmp_path: Path):
    """A project site's meeting logs: front matter, then ``**\\<nick\\>** text`` lines, the nick's brackets and
    underscores escaped for Markdown (``sgp\\_``, ``ErCiccione\\[m\\]``)."""
    lines = [("sgp\\_", "0. Introduction"), ("endogenic", "o hi"),
             ("sgp\\_", "We would like to welcome everyone to this Monero Community Workgroup Meeting!"),
             ("selsta", "we are preparing v0.16.0.1 with small bug fixes"), ("sarang", "Hello"),
             ("ErCiccione\\[m\\]", "i assign it a label and determine how important it is"),
             ("sgp\\_", "thanks everyone for being here!")]
    text = ("---\nlayout: post\ntitle: Logs for the Community Meeting Held on 2020-06-20\n---\n\n# Logs\n\n"
            + "".join(f"**\\<{nick}\\>** {words}  \n" for nick, words in lines))
    t = written(tmp_path, "2020-06-20-monero-community-meeting.md", text)
    assert t.format == "chat log"
    assert said(t, "preparing v0.16.0.1") == "selsta"
    assert said(t, "determine how important it is") == "ErCiccione[m]"
    assert said(t, "being here") == "sgp_"
