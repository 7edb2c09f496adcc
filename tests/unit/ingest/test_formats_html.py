"""Saved web pages: the main text (trafilatura), without navigation or scripts, read as labelled paragraphs."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from qa_bot.errors import IngestError
from qa_bot.ingest import discover, load_transcript
from qa_bot.ingest.speakers import UNKNOWN_SPEAKER
from qa_bot.types import Transcript
from tests.conftest import FIXTURE_ROOT, said, written

EXPORTS = FIXTURE_ROOT / "exports"


def test_press_briefing_page():
    t = load_transcript(EXPORTS / "harbour-briefing.html")
    assert (t.format, t.title, t.date) == (
        "html (markdown)", "Press Briefing on the Harbour Reopening, May 2, 2023", dt.date(2023, 5, 2)
    )
    assert [(u.speaker, u.label, u.text) for u in t.turns] == [
        ("The Harbour Master", "THE HARBOUR MASTER",
         "Good morning. The north basin reopens to ferries on Monday.\n\n"
         "The dredging finished a week early, and the channel is now nine metres deep."),
        ("Q", "Q", "Will the night ferry run from the first day?"),
        ("The Harbour Master", "THE HARBOUR MASTER", "From the first Sunday, every night at eleven."),
        ("The Deputy Harbour Master", "THE DEPUTY HARBOUR MASTER",
         "And the fares stay at four pounds until the autumn."),
    ]
    everything = "\n".join(u.text for u in t.turns)
    for junk in ("Skip to main", "Newsroom", "script", "dataLayer", "Share this page", "Privacy", "<", "**"):
        assert junk not in everything


def test_page_without_an_extension_date_from_its_metadata(tmp_path: Path):
    path = tmp_path / "remarks"
    path.write_text(
        '<html><head><title>Remarks</title><meta property="article:published_time" content="2022-09-09">'
        "</head><body><article><h1>Remarks at the quay</h1>"
        "<p>ANN LEE: We thank the crews who worked through the storm last night.</p>"
        "<p>BOB HALE: The port stays open all weekend for the fishing fleet.</p></article></body></html>",
        encoding="utf-8",
    )
    t = load_transcript(path)
    assert (t.title, t.date, t.date_source) == ("Remarks at the quay", dt.date(2022, 9, 9), "metadata")
    assert [u.speaker for u in t.turns] == ["Ann Lee", "Bob Hale"]


@pytest.mark.parametrize(
    ("page", "reason"),
    [
        ("<html><head><script>var a = 1;</script></head><body><img src='a.png'></body></html>",
         "web page has no main text (only navigation, scripts or markup)"),
        ("<html><body><article><h1>Opening hours</h1><p>The office opens at nine and closes at five on "
         "weekdays. It is closed on public holidays and during the first week of January.</p>"
         "</article></body></html>",
         "no transcript in the web page's text: no speaker labels found"),
    ],
)
def test_page_without_a_transcript_gets_a_one_line_reason(tmp_path: Path, page: str, reason: str):
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    with pytest.raises(IngestError) as info:
        load_transcript(path)
    assert info.value.reason.startswith(reason) and "\n" not in info.value.reason


def test_a_page_s_content_saved_without_html_and_body_is_read(tmp_path: Path):
    """A Hansard page's content div saved alone: no <html>, no <body>, paragraphs in nested tables."""
    turns = "".join(f"<p>{label}: {words}</p><p>&nbsp;</p>" for label, words in (
        ("The SPEAKER", "Order! I call the hon member."), ("Mr D J MAYNIER", "The Minister needs to be reminded "
         "that she runs a state department, not a family business."), ("Ms A VAN WYK", "You can ask the Speaker, "
         "but not in my time."), ("The SPEAKER", "Order, hon members! Your time has expired.")))
    page = ('<div id="main"><div id="content"><h1 class="title">NA: Debate on Air Force Base Waterkloof</h1>'
            '<p align="center"><strong>UNREVISED HANSARD</strong></p><table><tr><td><table><tr><td>'
            '<p><strong>Wednesday, 22 May 2013</strong></p></td></tr></table></td></tr></table>'
            f'{turns}</div></div>')
    path = tmp_path / "20130522-na-debate-waterkloof.html"
    path.write_text(page, encoding="utf-8")
    debate = load_transcript(path)
    speakers = {t.speaker for t in debate.turns if "state department" in t.text or "not in my time" in t.text}
    assert speakers == {"D J Maynier", "A van Wyk"}


def test_podcast_namespace_transcript_names_and_times_from_cite_and_time(tmp_path: Path):
    """The podcast namespace's HTML transcript: ``<cite>`` names each turn, ``<time>`` starts it; a page's
    ``<cite>`` without a time (W3C minutes, a quoted work) stays the page's text."""
    turns = [("Kevin", "0:00", "We would like to add artwork uploads."), ("Alban", "0:09", "Tom will hate that."),
             ("Kevin", "1:15", "Tom will survive."), ("Alban", "1:21", "We will see next week.")]
    path = tmp_path / "episode.html"
    path.write_text("<html><body>" + "".join(
        f"<cite>{who}:</cite>\n<time>{when}</time>\n<p>{words}</p>\n" for who, when, words in turns)
        + "</body></html>", encoding="utf-8")
    t = load_transcript(path)
    assert [(u.speaker, u.start, u.text) for u in t.turns] == [
        ("Kevin", 0.0, turns[0][2]), ("Alban", 9.0, turns[1][2]), ("Kevin", 75.0, turns[2][2]),
        ("Alban", 81.0, turns[3][2])]


def test_a_timestamp_element_after_each_speaker_element_starts_the_turn(tmp_path: Path):
    segments = [("Maya Cohen", "00:00", "Hi, welcome to Night Owls."), ("Dr. Ken Ito", "00:05", "I study sleep."),
                ("Maya Cohen", "00:11", "Can nurses sleep well?"), ("Dr. Ken Ito", "00:16", "Yes, with curtains.")]
    path = tmp_path / "episode.html"
    path.write_text('<html><body><div class="transcript">' + "".join(
        f'<div class="segment"><span class="speaker">{who}</span> <span class="timestamp">[{when}]</span> '
        f'<span class="text">{words}</span></div>' for who, when, words in segments) + "</div></body></html>",
        encoding="utf-8")
    t = load_transcript(path)
    assert [(u.speaker, u.start, u.text) for u in t.turns] == [
        ("Maya Cohen", 0.0, segments[0][2]), ("Ken Ito", 5.0, segments[1][2]), ("Maya Cohen", 11.0, segments[2][2]),
        ("Ken Ito", 16.0, segments[3][2])]


def test_a_page_of_timed_fragments_is_read_as_timed_turns_cut_at_pauses(tmp_path: Path):
    """An interactive transcript page: one <p data-start data-end> per speech-to-text fragment, no speaker marked,
    sentences running across fragments; read as subtitles are, not refused for want of labels."""
    fragments = [(0.0, 3.1, "Hey, it's me from the future."), (3.1, 7.2, "If you're here on episode two,"),
                 (7.2, 10.0, "you went all the way back"), (10.0, 13.2, "to the beginning of the show."),
                 (13.2, 17.1, "Maybe this will become a part of"), (17.1, 19.9, "the thing that I do every week.")]
    later = [(60.0 + 4 * n, 63.5 + 4 * n, f"Matthew wrote chapter {n} for his own people.") for n in range(4)]
    path = tmp_path / "episode.html"
    path.write_text('<html><head><title>Who Was Matthew?</title><script>function seek(e) {}</script></head><body>'
                    '<h1>Who Was Matthew?</h1><div id="transcript">' + "".join(
                        f'<p onclick="seek(event)" data-start="{a}" data-end="{b}"> {words}</p>'
                        for a, b, words in fragments + later) + "</div></body></html>", encoding="utf-8")
    t = load_transcript(path)
    assert t.format == "html (timed elements)" and t.title == "Who Was Matthew?"
    assert [(u.speaker, u.start) for u in t.turns] == [(UNKNOWN_SPEAKER, 0.0), (UNKNOWN_SPEAKER, 60.0)]
    assert "you went all the way back to the beginning of the show." in t.turns[0].text
    assert t.turns[1].text.startswith("Matthew wrote chapter 0 for his own people.")


def test_word_spans_timed_in_milliseconds_keep_the_labels_in_their_words(tmp_path: Path):
    """Hyperaudio's markup: a span per word with its start in milliseconds (data-m) inside timed paragraphs; a
    "Name:" written in the words still names the speaker."""
    said = [("Ana:", "Where did you grow up?"), ("Ben:", "In a small town by the sea.")] * 4
    spans, ms = [], 0
    for label, words in said:
        paragraph = []
        for word in [label, *words.split()]:
            paragraph.append(f'<span data-m="{ms}" data-d="300">{word} </span>')
            ms += 400
        spans.append(f'<p data-m="{ms - 400 * len(paragraph)}">{"".join(paragraph)}</p>')
    path = tmp_path / "interview.htm"
    path.write_text(f'<html><body><article>{"".join(spans)}</article></body></html>', encoding="utf-8")
    t = load_transcript(path)
    assert [u.speaker for u in t.turns] == ["Ana", "Ben"] * 4
    assert t.turns[3].text == "In a small town by the sea." and t.turns[3].start == 8.0


def test_bracketed_bold_labels_under_linked_times_are_read_without_markdown_escapes(tmp_path: Path):
    """A diarised podcast page: each block a linked time, then the speaker in bold brackets and the words;
    extraction escapes the brackets and may set the time on a line of its own."""
    said = [("Hamilton", "Hello, this podcast is unedited."), ("Ethan Nadelmann", "I crossed paths with him."),
            ("Hamilton", "I remember my dad was asked [laughs] about it."), ("Ethan Nadelmann", "It is tragic.")]
    path = tmp_path / "interview.html"
    path.write_text("<html><body><h2>Hamilton Morris interviews Ethan Nadelmann</h2>" + "".join(
        f'<div class="text-block"><a href="https://example.org/v">00:0{n}:00.000</a>\n<b>[{who}]</b> {words}</div>'
        for n, (who, words) in enumerate(said)) + "</body></html>", encoding="utf-8")
    t = load_transcript(path)
    assert [(u.speaker, u.start, u.text) for u in t.turns] == [
        (who, 60.0 * n, words) for n, (who, words) in enumerate(said)]


def test_speakers_named_in_an_attribute_of_each_statement(tmp_path: Path):
    """The Commons' committee evidence as openparliament renders it: each statement's speaker only in a data
    attribute, a witness with an affiliation, the chair as an office with its holder."""
    chair = "The Chair (Mr. Lloyd Longfield (Guelph, Lib.))"
    fung = "Mr. Benjamin Fung (Canada Research Chair and Professor, McGill University)"
    statements = [(chair, "Welcome to meeting number 53."), (fung, "Good afternoon, Chair."),
                  (chair, "Thank you very much."), (fung, "Research security matters."), (chair, "Thank you.")]
    path = tmp_path / "committee.html"
    path.write_text("<html><body>" + "".join(
        f'<div class="statement" data-person-speaking-attribution="{who}" data-person-speaking-type="witness">'
        f"<p>{words}</p></div>" for who, words in statements) + "</body></html>", encoding="utf-8")
    t = load_transcript(path)
    assert [(u.speaker, u.text) for u in t.turns] == [
        ("The Chair", "Welcome to meeting number 53."), ("Benjamin Fung", "Good afternoon, Chair."),
        ("The Chair", "Thank you very much."), ("Benjamin Fung", "Research security matters."),
        ("The Chair", "Thank you.")]


def test_a_page_of_its_own_schema_names_each_speaker_in_an_author_element(tmp_path: Path):
    turns = [("Mr. Davis", "We're back on the record."), ("Mr. Simpson", "Yes."), ("Mr. Levy", "Go ahead."),
             ("Mr. Davis", "Let me summarize."), ("Mr. Simpson", "That is correct."), ("Mr. Levy", "He said more."),
             ("Mr. Davis", "Thank you.")]
    path = tmp_path / "interview.html"
    path.write_text("<html><body><section>" + "".join(
        f"<bubble><author>\n {who}\n</author><p>{words}</p></bubble>" for who, words in turns)
        + "</section></body></html>", encoding="utf-8")
    assert [(u.speaker, u.text) for u in load_transcript(path).turns] == turns


def test_a_speaker_block_opening_with_the_name_in_bold_credits_its_words_one_off_speakers_too(tmp_path: Path):
    """A Korean council's minutes: each turn a ``speaker-block`` opening with ``<strong>○office name</strong>``,
    its words after; people who speak once are speakers too, and a topic line inside a turn is its words."""
    turns = [("의장 안석봉", "성원이 되었으므로 본회의를 개의하겠습니다."),
             ("사무국장 직무대리 윤병삼", "7월 15일 공고하여 오늘 개의하게 되었습니다."),
             ("의장 안석봉", "수고하셨습니다."), ("김동수 위원", "강제 배정안을 우리 의장님이 직접 들고 나왔습니다."),
             ("의장 안석봉", "김동수 위원님 수고하셨습니다."), ("부시장 민기식", "923억 6000만 원이 증가하였습니다."),
             ("의장 안석봉", "다음은 김동수 위원 발언하여 주시기 바랍니다."),
             ("김동수 위원", "사과가 따라야 된다고 생각합니다."), ("의장 안석봉", "산회를 선포합니다.")]
    page = "".join(f'<div class="contents-block speaker-block"><strong>○{who}</strong>&nbsp;&nbsp;{words}<br></div>'
                   for who, words in turns)
    path = tmp_path / "minutes.html"
    path.write_text(f"<html><body><h1>본회의 회의록</h1>{page}</body></html>", encoding="utf-8")
    t = load_transcript(path)
    assert [(u.speaker, u.text) for u in t.turns if u.speaker != "Unknown speaker"] == turns


def test_pages_saved_one_after_another_in_one_file_are_all_read(tmp_path: Path):
    def page(n: int, who: str, words: str) -> str:
        return (f"<html>\n<head><title>Commons Debates for 15 Jan 2007 (pt {n:04d})</title></head>\n<body>"
                f"<div id='nav'><a href='/'>Home</a></div><div id='content'><p><b>{who}:</b> {words}</p>"
                f"<p><b>Mr. Speaker:</b> Order. Thank you, page {n}.</p></div></body></html>\n")
    joined = (page(1, "John Healey", "Perhaps the hon. Gentleman should study the pre-Budget report.")
              + page(2, "Susan Kramer", "Surely the Minister recognises the commercial helicopter noise.")
              + page(3, "Gillian Merron", "Helicopters are a feature of life today and we cannot wish them away."))
    t = written(tmp_path, "hc070115.html", joined)
    assert "(pt 0001)" in t.title
    assert said(t, "Helicopters are a feature of life today") == "Gillian Merron"
    assert said(t, "commercial helicopter noise") == "Susan Kramer"


def test_a_page_of_navigation_among_joined_pages_is_passed_over(tmp_path: Path):
    words = "<html><head><title>Debates (pt 2)</title></head><body><p><b>Anne Main:</b> {}</p></body></html>\n"
    joined = ("<html><head><title>Index</title></head><body><script>var x = 1;</script></body></html>\n"
              + words.format("The first page of speech is here, long enough to read.")
              + words.format("The second page of speech follows it, long enough to read."))
    t = written(tmp_path, "joined.html", joined)
    assert said(t, "second page of speech") == "Anne Main"


def test_a_markdown_export_holding_a_page_s_html_with_names_in_parentheses(tmp_path: Path):
    """A blog's export: front matter over the post's HTML (classes and spans making most of it), each turn opened
    by the speaker's name in parentheses, in a list or not; a note in parentheses names no one."""
    turns = [("רן", "ברוכים הבאים לפודקאסט שלנו"), ("אורי", "זה התפקיד שלנו פה - לשאול שאלות טובות"),
             ("תמיר", "אולי יותר מאחת, אבל הגדולה ביותר הייתה"), ("רן", "כאילו יש לך מחסן ואתה רוצה לראות"),
             ("אורי", "שאלה מצויינת באמת"), ("תמיר", "תודה רבה")]
    span = '<span class=" author-d-1gg9uz65z1iz85zgdz68zmqkz84zo2qovw8ywz84zz80zwz89z0pz80">{}</span>'
    body = "".join(f'<div dir="rtl">{span.format(f"({who}) {words}")}</div>' if i % 2 else
                   f'<ul class="listtype-bullet"><li>{span.format(f"({who}) {words}")}</li></ul>'
                   for i, (who, words) in enumerate(turns))
    text = ('---\ntitle: "453 A payment journey"\ndate: 2023-01-08\n---\n\n<div class="post-body">\n'
            f'<div dir="rtl">{span.format("(צחוק) הקדמה")}</div>{body}</div>\n')
    t = written(tmp_path, "453-payments.md", text)
    assert t.format == "html (markdown)" and t.title == "453 A payment journey" and str(t.date) == "2023-01-08"
    assert said(t, "זה התפקיד שלנו פה") == "אורי"
    assert said(t, "אולי יותר מאחת") == "תמיר"
    assert said(t, "כאילו יש לך מחסן") == "רן"


def test_a_chat_archive_page_names_handles_and_leaves_a_departed_member_s_words_unnamed(tmp_path: Path):
    """A Slack channel's exported page: each message a ``user`` element (lower-case handles among names, one left
    empty for a member who has gone) beside a ``date`` element, then its words. Handles are labels because the
    page's markup says so; the empty one's words are no one's named, not the previous speaker's."""
    messages = [("matsubara0507", "ログ出力したい派だったので"), ("JokerTheWild", "調べて実装してみます。"),
                ("koyama41", "json さえあれば何でも表現できてしまう"), ("", "traceShowId が使えます。"),
                ("matsubara0507", "なさそうなので自作するか。"), ("Nori Hayashi", "I will try the errors package."),
                ("koyama41", "それがいいと思います。"), ("JokerTheWild", "問題解決致しました。"),
                ("Nori Hayashi", "Thanks, it works now.")]
    page = "".join(
        f'<div class="event" id="m{n}"><div class="content"><div class="summary"><div class="user">{who}</div>'
        f'<div class="date"><a class="date" href="#m{n}">2019-06-19 13:{n:02d}:35 +0900</a></div></div>'
        f'<div class="description">{words}</div></div></div>' for n, (who, words) in enumerate(messages))
    t = written(tmp_path, "questions-63.html", f"<html><body><h1>haskell-jp / questions</h1>{page}</body></html>")
    assert [(u.speaker, u.text) for u in t.turns] == [(who or UNKNOWN_SPEAKER, words) for who, words in messages]
    assert t.label_convention == "speakers named by the markup (5 names)"


def test_a_discord_export_page_keeps_continued_messages_with_their_author_and_drops_reply_previews(
        tmp_path: Path):
    """DiscordChatExporter's HTML: a message group names its author once (a nickname with an emoji), the
    messages after it are theirs; a reply shows the message it answers, author and words, which are not the
    replier's."""
    def group(who: str, *words: str, reply: str = "") -> str:
        preview = (f'<div class=chatlog__reply><div class=chatlog__reply-author title=x>{reply}</div>'
                   f'<div class=chatlog__reply-content>quoted words of {reply}</div></div>' if reply else "")
        first, *more = words
        return (f'<div class=chatlog__message-group><div class=chatlog__message-container><div class=chatlog__message>'
                f'<div class=chatlog__message-primary>{preview}<div class=chatlog__header>'
                f'<span class=chatlog__author title=x>{who}</span> <span class=chatlog__timestamp>'
                f'<a href=#x>2025-12-04 8:02 a.m.</a></span></div><div class="chatlog__content chatlog__markdown">'
                f'{first}</div></div></div></div>'
                + "".join(f'<div class=chatlog__message-container><div class=chatlog__message><div '
                          f'class="chatlog__content chatlog__markdown">{w}</div></div></div>' for w in more)
                + "</div>")
    page = (group("Serge", "This all depends on the power circuit.", "Not all MCUs need manual recovery.")
            + group("che aporeps 🌮", "The comparator triggers at 2.8v at most.")
            + group("mrdan1023", "Most nodes use an external charger board.", reply="Serge")
            + group("Serge", "Agreed.") + group("che aporeps 🌮", "I was wrong, max is 3.5v which is great.")
            + group("mrdan1023", "Good to know."))
    t = written(tmp_path, "brown-outs.html", f"<html><body><div class=chatlog>{page}</div></body></html>")
    assert said(t, "Not all MCUs need manual recovery") == "Serge"
    assert said(t, "max is 3.5v") == "che aporeps 🌮"
    assert said(t, "external charger board") == "mrdan1023"
    assert not any("quoted words" in u.text for u in t.turns)


def _server_page(folder: Path, name: str, text: str) -> Transcript:
    """A server page's source written under ``name``: found as a file we read (not refused for its extension),
    and read."""
    path = folder / name
    path.write_text(text, encoding="utf-8")
    assert [s.unsupported for s in discover([folder])] == [None]
    return load_transcript(path)


def test_a_server_page_with_code_before_its_doctype_is_read_as_the_page(tmp_path: Path):
    """A ``.php`` interview page: markup and the server's code and includes before ``<!DOCTYPE html>``, styles
    in its head; read as the web page it is (in a folder too), its CSS never labels."""
    turns = [("M.SEZER", "Adınız soyadınız?"), ("C.YARALI", "Emekli Deniz astsubayı Cemil Yaralı"),
             ("M.SEZER", "Harekât sırasında göreviniz neydi?"), ("C.YARALI", "Kocatepe gemisinde astsubaydım"),
             ("M.SEZER", "Çok teşekkür ederim anlattığınız için.")]
    body = "".join(f'<p class="{who.lower()}">{who}: {words}</p>\n' for who, words in turns)
    t = _server_page(tmp_path, "mulakat1.php",
                     '<section>\n<link rel="stylesheet" href="style.css">\n<?php\n$title = "Mülakatlar";\n'
                     "include 'header.php';\n?>\n<!DOCTYPE html>\n<html lang=\"tr\"><head><title>Röportaj</title>"
                     "<style>\n.c-yarali {\n  color: #FFB6C1;\n}\n</style></head>\n<body>\n"
                     f"{body}</body></html>\n<?php include 'footer.php'; ?>\n</section>\n")
    assert t.format.startswith("html") and [u.label for u in t.turns] == [who for who, _ in turns]


def test_a_php_template_holding_a_page_s_main_element_is_a_web_page(tmp_path: Path):
    """A school paper's interview as a PHP template: the site's header included by code, then ``<main>`` with
    the title naming the interviewee, bold questions and quoted answers; no ``<html>`` or ``<body>`` of its own."""
    qa = [("Você quer ser jogador profissional?", "Sim, é um sonho que tenho."),
          ("Qual é sua principal motivação?", "Assisto jogadores de futebol."), ("Gosta de treinar?", "Sim.")]
    body = "".join(f'<p><b>• {q}</b></p>\n<p>"{a}"</p>\n' for q, a in qa)
    t = _server_page(tmp_path, "entrevista.php",
                     "<?php\ninclude_once './includes/_header.php';\n?>\n<main>\n<h1>Entrevista com Leonardo Erig - "
                     f"Futebol</h1>\n<h5>Autor: Nean Garcia</h5>\n{body}</main>\n<?php include 'footer.php'; ?>\n")
    assert said(t, "um sonho que tenho") == said(t, "Assisto jogadores") == "Leonardo Erig"


def test_a_page_after_a_long_php_block_is_read_as_a_page_not_as_its_source(tmp_path: Path):
    """A staff report's PHP page sets its variables and photo list in a block longer than the first lines a format
    is told by: the page after it is still HTML (its words, not its tags and code, are read)."""
    photos = "".join(f"\t,array('p{i}.jpg', 'XXX')\n" for i in range(1, 16))
    path = tmp_path / "019.php"
    path.write_text(f"<?php\ninclude_once('./_include/common.php');\n$pArr = array(\n{photos});\npFix($pArr);\n?>\n\n"
                    "<!DOCTYPE html>\n<html><head><title>NY report</title></head><body>\n"
                    "<p>Anna: We flew to New York for the awards.</p>\n<p>Ben: How was the ceremony?</p>\n"
                    "<p>Anna: It was the biggest music festival in the world.</p>\n</body></html>\n", encoding="utf-8")
    t = load_transcript(path)
    assert t.format.startswith("html") and said(t, "biggest music festival") == "Anna"
    assert not any("pFix" in turn.text or "<p>" in turn.text for turn in t.turns)


def test_a_php_template_opening_with_a_section_and_labels_in_radicals_is_read(tmp_path: Path):
    """A WordPress template whose page opens with ``<section>`` after its code, words before any ``<article>``;
    its Japanese labels sometimes written in the Kangxi radicals PDF tools leave ("⼭⽥：" for "山田："), which
    are the same name."""
    turns = [("山田", "明治時代に建てられた酒蔵で。"), ("伊藤", "毎年、記録として標す石。"),
             ("⼭⽥", "それは、喜びますよね。"), ("伊藤", "そうだね。記録に残る。"),
             ("⼭⽥", "早いですよね。"), ("伊藤", "その間に作ったものだね。")]
    body = "".join(f"<p>{who}：{words}</p>\n" for who, words in turns)
    t = _server_page(tmp_path, "page-guest_03.php",
                     "<?php\nget_header();\n?>\n<section class=\"contents\">\n<header><p>特別インタビュー</p>"
                     f"<h1>開催を前に</h1></header>\n<article>\n{body}</article>\n</section>\n<?php get_footer(); ?>\n")
    assert said(t, "早いですよね") == said(t, "明治時代") == "山田" and said(t, "その間に作った") == "伊藤"


def test_a_page_titled_as_an_interview_credits_the_answers_under_its_bold_questions(tmp_path: Path):
    """The page's own title (``<title>Interview with Nadia Petrova</title>``), not a heading of its text, names
    whom it asks; its questions are in bold."""
    qa = [("How did Kinetica start?", "In a garage in Sofia, with two friends."),
          ("What was the hardest moment?", "Running out of money in 2017."), ("And now?", "We are forty people.")]
    body = "".join(f"<p><strong>{q}</strong></p>\n<p>{a}</p>\n" for q, a in qa)
    path = tmp_path / "kinetica.html"
    path.write_text(f"<html><head><title>Interview with Nadia Petrova</title></head><body>\n{body}</body></html>\n",
                    encoding="utf-8")
    t = load_transcript(path)
    assert said(t, "garage in Sofia") == said(t, "forty people") == "Nadia Petrova"
    assert said(t, "hardest moment") == UNKNOWN_SPEAKER


def test_a_php_template_opening_with_a_div_after_its_code_is_a_page(tmp_path: Path):
    """An oral-history site's PHP page: an include, then ``<div>``s holding bold questions over answers; read as
    the page it is, not refused for its extension."""
    answer = "Urodziłem się w małej miejscowości, a rodzice pracowali ciężko przez wiele lat, zanim przyszła wojna."
    body = "".join(f'<div class="titled"><p><b>Pytanie {i}?</b><br>{answer} To było {i} lat temu.</p></div>\n'
                   for i in range(8))
    t = _server_page(tmp_path, "transcription.php",
                     f"<?php include $_SERVER['DOCUMENT_ROOT'].'/top.php'; ?>\n\n<div class=\"subheader-box\">"
                     f"<h2>Pan Zygmunt Załęski > Transkrypcja</h2></div>\n<div id=\"content\">\n{body}</div>\n")
    assert t.format.startswith("html")
