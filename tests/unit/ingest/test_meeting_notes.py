"""Meeting notes and generated transcripts as real repositories keep them: headings that name speakers with a
colour and a time range, speakers named in markup left in Markdown, PDF text layers broken at every change of
type."""

from __future__ import annotations

from pathlib import Path

from qa_bot.ingest.pdf import _broken_runs
from tests.conftest import said, written


def test_generated_headings_name_speakers_with_a_colour_and_a_time_range(tmp_path: Path):
    turns = []
    for i, (colour, who) in enumerate([("🔵", "Speaker 1"), ("🟢", "Speaker 2")] * 3):
        turns += [f"### {colour} {who} &nbsp;•&nbsp; `0{i}:00 – 0{i}:50`", "",
                  f"**`0{i}:05`** — kalimat nomor {i} dari {who.lower()} tentang IFP dan listrik", ""]
    legend = "# Rapat Kerja\n\n**Keterangan:** 🔵 Speaker 1, 🟢 Speaker 2\n\n"
    t = written(tmp_path, "hari-2.md", legend + "\n".join(turns))
    assert said(t, "kalimat nomor 3") == "Speaker 2"
    assert said(t, "kalimat nomor 4") == "Speaker 1"
    assert t.turns[-1].start == 300.0


def test_speakers_named_in_markup_left_in_markdown_are_labels(tmp_path: Path):
    bubbles = []
    for who, words in [("👍 伊藤央議員（一人会派の会）", "キャッシュレスポイント事業の効果は。"),
                       ("企画政策部長（有川）", "残額は5,777万2,000円になる。"),
                       ("👍 伊藤央議員（一人会派の会）", "接種率の目標は。"),
                       ("新型コロナウイルスワクチン接種担当課長（櫻井）", "6月29日時点の速報値で3万4,940接種。"),
                       ("生活支援課長（松本）", "両方申請しても調整は行われない。")]:
        bubbles += [f'<div class="bln bright" data-speaker="{who}">', "", words, "", "</div>", ""]
    t = written(tmp_path, "gian-39.md", "# 議案第39号\n\n## 主な質疑\n\n" + "\n".join(bubbles))
    assert said(t, "残額は5,777万2,000円") == "企画政策部長"
    assert said(t, "3万4,940接種") == "新型コロナウイルスワクチン接種担当課長"
    assert said(t, "調整は行われない") == "生活支援課長"
    assert said(t, "接種率の目標は") == "伊藤央議員"


def test_a_text_layer_broken_at_every_change_of_type_is_told_by_its_lone_colons():
    broken = "Introduction\n00:00\nJacob Creech\n:\nWelcome all\nAlexander\n:\nOkay\nPhilip Taffet\n:\nOh, okay.\n"
    assert _broken_runs([broken])
    assert not _broken_runs(["Jacob Creech: Welcome all\nTimes: 10:00 to 11:00\n"])


def test_names_alone_over_their_words_in_text_without_blank_lines(tmp_path: Path):
    """A PDF's text layer (here saved as text) has no blank lines: a name alone after a finished sentence heads the
    words below it, as it would after a blank line."""
    script = ["ANJA MARTINI", "NDR INFO", "SANDRA CIESEK", "VIROLOGIE FRANKFURT", "Anja Martini",
              "Willkommen zum Podcast. Wir haben deshalb noch einmal", "eine Sonderfolge zusammengestellt."]
    for who, words in [("Sandra Ciesek", "Hallo, Frau Martini."), ("Anja Martini", "Sie denkt an Teststrategien."),
                       ("Lothar Wieler", "Hallo zusammen."), ("Anja Martini", "Er ist per App zugeschaltet."),
                       ("Lothar Wieler", "Diese Krankheit wird regional vor Ort"), ("Sandra Ciesek", "bekämpft, sagt"),
                       ("Anja Martini", "Danke schön an alle."),
                       ("Lothar Wieler", "Ich habe eine Pace von vier Minuten."),
                       ("Sandra Ciesek", "Die Kapazitäten sind groß."), ("Anja Martini", "Das war die Folge 53.")]:
        script += [who, f"{words} Das ist der Satz, den {who} in dieser Folge sagt,", "und er endet hier."]
    t = written(tmp_path, "coronaskript220.txt", "\n".join(script) + "\n")
    assert said(t, "Ich habe eine Pace von vier Minuten.") == "Lothar Wieler"
    assert said(t, "Die Kapazitäten sind groß.") == "Sandra Ciesek"
    assert said(t, "Willkommen zum Podcast.") == "Anja Martini"


def test_minutes_that_introduce_people_by_full_name_credit_one_off_full_names(tmp_path: Path):
    lines = ["# CCWG at IETF 120", "", "Audio Recording: <https://example.org/ccwg-120.mp3>", "",
             "Stuart Cheshire: The absence of congestion signals is no evidence.", "",
             "Neal Cardwell: Stuart's comment is interesting to incorporate.", "",
             "Ian Swett: RFC 9002 already has similar text.", ""]
    for i in range(6):
        lines += [f"Stuart: point {i} on window validation.", "", f"Neal: reply {i} about the spec.", "",
                  f"Jana: note {i} for the chairs.", ""]
    lines += ["Greg Mirsky: Delay is bounded by the laws of physics.", "", "Jana: Agreed.", ""]
    t = written(tmp_path, "ietf120-minutes.md", "\n".join(lines))
    assert said(t, "RFC 9002 already has similar text.") == "Ian Swett"
    assert said(t, "bounded by the laws of physics") == "Greg Mirsky"
    assert said(t, "point 3 on window validation") == "Stuart Cheshire"
    assert "Audio Recording" not in {turn.speaker for turn in t.turns}  # a field over a link, not a speaker


def test_an_interview_that_names_its_people_in_full_once_then_by_initials_credits_the_full_names(tmp_path: Path):
    """A journalist's interview: "Nancy-Wangue Moussissa :" and "Sébastien Bourdon :" open it, "NWM :" and "SB :"
    every turn after; the full names are the people the initials stand for, not asides, and the initials theirs."""
    lines = ["INTERVIEW", "", "Nancy-Wangue Moussissa : Quels sont les enjeux du nettoyage digital ?", "",
             "Sébastien Bourdon : C'est important de ne pas laisser traîner n'importe quoi.", ""]
    for i in range(5):
        lines += [f"NWM : Question {i} sur les données ?", "", f"SB : Réponse {i} sur les réseaux.", ""]
    t = written(tmp_path, "interview.txt", "\n".join(lines))
    assert said(t, "Quels sont les enjeux") == "Nancy-Wangue Moussissa"
    assert said(t, "ne pas laisser traîner") == "Sébastien Bourdon"
    assert said(t, "Réponse 3 sur les réseaux.") == "Sébastien Bourdon"  # the initials are hers: one person


def test_minutes_with_the_session_s_chat_pasted_under_them_read_both(tmp_path: Path):
    """IETF minutes: notes with ``Name: comment`` lines, then the Meetecho chat as ``[10:46:17] <Vicky
    Risk_web_174> text`` lines, nicks holding spaces: the notes by their labels, each chat line by its nick."""
    notes = ["DNSOP WG", "IETF 113, Vienna", "2022-03-22", "Minutes by Paul Hoffman", ""]
    for i in range(8):
        notes += [f"Draft {i}", f"    Presenter said the draft number {i} is ready.",
                  f"        Willem: Goal {i} is to give operators more confidence",
                  f"        Stephen Farrell: Point {i} is a bad idea all around", ""]
    chat = ["[10:46:17] <Vicky Risk_web_174> maybe this is a failure of imagination",
            "[10:46:31] <sftcd-x> the real problem is confidentiality",
            "[10:49:11] <Benjamin Schwartz_web_349> Authenticity requires solving the problem eventually.",
            "[10:49:40] <sftcd-x> agreed"]
    t = written(tmp_path, "dnsop-ietf113-minutes.txt", "\n".join([*notes, "Chat log", "", *chat]) + "\n")
    assert said(t, "Goal 3 is to give operators") == "Willem"
    assert said(t, "Point 5 is a bad idea") == "Stephen Farrell"
    assert said(t, "failure of imagination") == "Vicky Risk_web_174"
    assert said(t, "Authenticity requires solving") == "Benjamin Schwartz_web_349"
    assert said(t, "the real problem is confidentiality") == "sftcd-x"


def test_working_group_minutes_credit_one_off_names_a_semicolon_slip_and_conference_ids(tmp_path: Path):
    """Standards-body minutes: most people speak once ("Kazuho: I was…"), the scribe types "Brian;" for "Brian:"
    once, and the conference tool writes its participant number after a name. A one-off word over no speech
    ("Break: 10 minutes", "Present: …, David I. Lehn") or one the file writes in lower case too ("Question:"
    beside "new question") is none."""
    regulars = "".join(f"Brian: point {i} from the chair.\n\nMirja: reply {i} on the draft.\n\n" for i in range(5))
    minutes = (regulars + "Kazuho: I was previously opposed. Pure SCONE is a huge step for operators.\n\n"
               "Brian; Do we need a separate issue for that?\n\nBreak: 10 minutes\n\n"
               "Question: should the signal be explicit? Take a new question after the poll.\n\n"
               "Shumon Huque_web_844: We were definitely talking to device makers back then.\n\n"
               "Mirja: Fine with me.\n")
    header = "# WG Minutes\n\nPresent: Rob Sanderson, David I. Lehn, Ivan Herman\n\n"
    t = written(tmp_path, "ietf123-minutes.md", header + minutes)
    assert said(t, "Pure SCONE is a huge step") == "Kazuho"
    assert said(t, "Do we need a separate issue") == "Brian"
    assert said(t, "definitely talking to device makers") == "Shumon Huque_web_844"
    assert said(t, "10 minutes") == said(t, "should the signal be explicit") == "Unknown speaker"
    assert said(t, "Rob Sanderson, David I. Lehn") == "Unknown speaker"
    assert not {"Break", "Question", "Present"} & set(t.speakers)
