"""Layouts that hid every label: CJK labels with a full-width colon, court transcripts with printed line numbers,
Markdown heads ``**Name** [m:ss]``, and running prose with no label at all (every turn ``Unknown speaker``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from qa_bot.errors import IngestError
from qa_bot.ingest import load_transcript
from qa_bot.ingest.court import strip_page_furniture
from qa_bot.ingest.labels import learn_grammar
from qa_bot.ingest.speakers import UNKNOWN_SPEAKER
from tests.conftest import FIXTURE_ROOT, said, written

FIXTURES = FIXTURE_ROOT / "attribution"
LEGCO = "legco-sitting-1998-07-08.txt"
SCOTUS = "scotus-argument-13-1314.txt"
PODCAST = "podcast-timestamps.md"

# Who each fixture must credit with the turn holding a phrase (exactly one turn holds it).
CREDITS = [
    (LEGCO, "會議現在開始", "主席"),
    (LEGCO, "行李處理系統的問題何時可以解決", "劉慧卿議員"),
    (LEGCO, "這是不能接受的", "劉慧卿議員"),  # an unlabelled paragraph continues her turn
    (LEGCO, "誰要為這次混亂負責", "劉慧卿議員"),  # after a page break: the page header is no one's words
    (LEGCO, "並在三個月內提交報告", "規劃環境地政局局長"),
    (LEGCO, "但調查必須公開進行", "李柱銘議員"),  # "李柱銘議員（譯文）：" with a full-width note
    (LEGCO, "暫時不打算成立新的委員會", "政制事務局局長"),
    (SCOTUS, "We'll hear argument first this morning in Case 13-1314", "Chief Justice Roberts"),
    (SCOTUS, "The Elections Clause gives the power", "Mr. Clement"),
    (SCOTUS, "voted for the commission by initiative. Is the initiative not a form", "Justice Ginsburg"),
    (SCOTUS, "It is lawmaking", "Mr. Clement"),
    (SCOTUS, "What of a referendum", "Justice Kagan"),  # a justice who speaks once
    (SCOTUS, "source of the legislative power", "Mr. Waxman"),
    (SCOTUS, "Not in this Court", "Mr. Waxman"),
    (SCOTUS, "The case is submitted.", "Chief Justice Roberts"),
    (SCOTUS, "above-entitled matter was submitted", UNKNOWN_SPEAKER),  # the reporter's parenthetical
    (SCOTUS, "ORAL ARGUMENT OF SETH P. WAXMAN", UNKNOWN_SPEAKER),  # a heading, not the Chief Justice's words
    (PODCAST, "Tonight we talk about the night ferry.", "Sam Ortiz"),
    (PODCAST, "mostly shift workers", "Priya Nair"),
    (PODCAST, "Why did it stop?", "Sam Ortiz"),
    (PODCAST, "lost its subsidy", "Priya Nair"),
    (PODCAST, "my evening trade halved", "Dana Wells"),
]




@pytest.mark.parametrize(("fixture", "phrase", "speaker"), CREDITS)
def test_every_probed_line_is_credited_to_its_speaker(fixture: str, phrase: str, speaker: str):
    assert said(load_transcript(FIXTURES / fixture), phrase) == speaker


def test_cjk_labels_with_a_full_width_colon_and_page_headers_that_are_no_one():
    t = load_transcript(FIXTURES / LEGCO)
    assert set(t.speakers) == {
        UNKNOWN_SPEAKER, "主席", "劉慧卿議員", "規劃環境地政局局長", "李柱銘議員", "政制事務局局長"
    }
    assert t.label_convention.startswith("名字： (CJK name)")
    assert not any("立法會 ─" in u.text or u.text.strip() in ("1", "2", "3") for u in t.turns)
    assert "1998年7月8日" not in t.turns[1].text


def test_cjk_words_before_a_colon_in_prose_are_no_convention():
    lines = ["昨天的會議很長。", "", "他說：「我們明天再談。」", "", "結論：沒有決定。", "",
             "大家都很累，所以早點回家了。"]
    grammar = learn_grammar(lines)
    assert grammar.match("他說：「我們明天再談。」") is None
    assert grammar.match("結論：沒有決定。") is None  # one such line in four paragraphs is no convention


def test_line_numbered_court_transcript_without_numbers_headers_or_caption_speakers():
    t = load_transcript(FIXTURES / SCOTUS)
    assert set(t.speakers) == {UNKNOWN_SPEAKER, "Chief Justice Roberts", "Mr. Clement", "Justice Ginsburg",
                               "Justice Kagan", "Mr. Waxman"}
    text = " ".join(u.text for u in t.turns)
    assert "Alderson" not in text and "Official - Subject" not in text
    assert not any(part in text for part in (" 13 please", "Court: 12 ", "  "))
    assert t.turns[0].speaker == UNKNOWN_SPEAKER and "Petitioner" in t.turns[0].text


def test_page_furniture_goes_but_repeated_speech_stays():
    page = ["Heritage Reporting Corporation", "Thank you.", "(Laughter.)", "CHAIR: Order.", "Yes", "12",
            "Thank you, Vice President Pence-", "- 12 -", "--- PAGE BREAK ---", ""]
    kept = strip_page_furniture(page * 3)
    assert not {"Heritage Reporting Corporation", "12", "- 12 -", "--- PAGE BREAK ---"} & set(kept)
    assert [kept.count(line) for line in ("Thank you.", "(Laughter.)", "CHAIR: Order.", "Yes",
                                          "Thank you, Vice President Pence-")] == [3, 3, 3, 3, 3]


def test_a_number_at_the_start_of_some_lines_is_no_margin(tmp_path: Path):
    path = tmp_path / "t.txt"
    path.write_text("ANN LEE: We need 12 boats.\n\n12 boats is a lot.\n\nBOB HALE: We have 3 now.\n", encoding="utf-8")
    t = load_transcript(path)
    assert [(u.speaker, u.text) for u in t.turns] == [
        ("Ann Lee", "We need 12 boats.\n\n12 boats is a lot."), ("Bob Hale", "We have 3 now.")
    ]


def test_markdown_bold_name_and_time_heads_give_turns_with_start_times():
    t = load_transcript(FIXTURES / PODCAST)
    assert t.title == "Harbour Talk, episode 31: the night ferry"
    assert [(u.speaker, u.start) for u in t.turns] == [
        ("Sam Ortiz", 0.0), ("Priya Nair", 12.0), ("Sam Ortiz", 65.0), ("Priya Nair", 69.0), ("Dana Wells", 760.0)
    ]
    assert not any("**" in u.text or "http" in u.text for u in t.turns)


@pytest.mark.parametrize(("fixture", "paragraphs"), [("unlabelled-podcast.md", 6), ("unlabelled-interview-ru.txt", 7)])
def test_running_prose_without_labels_is_every_paragraph_unknown_speaker(fixture: str, paragraphs: int):
    t = load_transcript(FIXTURES / fixture)
    assert len(t.turns) == paragraphs
    assert all(u.speaker == UNKNOWN_SPEAKER and u.speaker_inferred and u.label is None for u in t.turns)
    assert t.warnings == [f"no speaker labels found: every turn is {UNKNOWN_SPEAKER} (read as {t.format}, "
                          "running prose with no 'Name:' labels)"]


@pytest.mark.parametrize(
    "text",
    [
        "just a shopping list\n\n- milk\n- eggs\n",
        "Call the harbour office about the wall. Ask for the survey.\n\nBook the surveyor for Tuesday morning.\n",
        "# Ideas\n\n- Ask the council why the harbour wall survey took two years to finish\n- Ferry\n- Café\n\n"
        "- Lifeboat station open day\n- Slipway costs\n\n- Interview the surveyor\n- Interview the fishermen\n",
        "Meeting notes for the harbour group, all of them short.\n\nWall.\n\nFerry.\n\nCafé.\n\nSlipway.\n\n"
        "The wall is moving by a couple of millimetres every year, says the surveyor we hired.\n",
    ],
)
def test_notes_lists_and_a_few_lines_are_still_refused(tmp_path: Path, text: str):
    path = tmp_path / "notes.md"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(IngestError, match="no speaker labels found"):
        load_transcript(path)


def test_a_wrapped_line_opening_with_a_place_and_colon_stays_in_the_turn(tmp_path: Path):
    numbered = ["MR. DAVIS:  We moved the office to", "New York: the lease ran out in May.",
                "JUSTICE KAGAN:  When was that?"]
    path = tmp_path / "t.txt"
    path.write_text("\n".join(f"{i:2d}   {line}" for i, line in enumerate(numbered, 1)), encoding="utf-8")
    t = load_transcript(path)
    assert [(u.speaker, u.text) for u in t.turns] == [
        ("Mr. Davis", "We moved the office to New York: the lease ran out in May."), ("Justice Kagan", "When was that?")
    ]


def test_paragraphs_signed_at_their_end_are_their_signers_and_a_few_q_a_lines_do_not_make_a_deposition(
        tmp_path: Path):
    """A council member's summary of a session: every question and answer ends with its speaker in full-width
    parentheses, no label opens a paragraph; headings are no one's; a short Q:/A: note further down is not the
    file's convention."""
    signed = [("商工費は全体の5%しかない。地域振興券等の施策を行わなかったのはなぜか。", "中江 美和"),
              ("キャッシュレス決済によるポイント付与2.6億円を計上している。", "余語 地域振興部長"),
              ("PCR検査センターはどうなっているか、場所は決まったか。", "伊藤 央"),
              ("小平保健所から詳細の連絡はない。発生源は都内の飲食店や劇場。", "篠宮 健康保険担当部長"),
              ("地域振興券は検討したのか。", "中江 美和"), ("検討したがコストがかかる。", "余語 地域振興部長"),
              ("市内でクラスターは発生したか。", "伊藤 央"), ("まだ聞いていない。", "篠宮 健康保険担当部長")]
    body = "\n\n".join(f"> {words}（{who}）" for words, who in signed)
    note = "Q: 地域振興券のコストは。\nA: 詳細の数字はない。\n\nQ: 困窮する市民への考えは。\nA: 支援は必要だ。\n"
    text = f"# 議案第44号 補正予算\n\n## 質疑\n\n{body}\n\n## メモ\n\n{note}"
    t = written(tmp_path, "reiwa2-gian-44.md", text)
    assert [(u.label, u.text) for u in t.turns if u.label] == [(who, words) for words, who in signed]
    assert said(t, "詳細の数字はない") == UNKNOWN_SPEAKER


def test_a_committee_s_notes_with_labels_wrapped_before_their_words_are_read_as_labels(tmp_path: Path):
    """Brazil's shorthand notes taken out of a PDF, no blank lines: "A SRA. SÂMIA BOMFIM" alone, then "(PSOL - SP) -
    Não é…"; a label after a line of words heads a turn as one after a blank line does."""
    lines = []
    for i in range(3):
        lines += ["O SR. PRESIDENTE ", f"(Marcelo Ramos. PL - AM) - Tem a palavra a Deputada, vez {i}.",
                  "A SRA. SÂMIA BOMFIM ", f"(PSOL - SP) - Sr. Presidente, eu queria agradecer {i} vezes.",
                  f"E continuo aqui pela {i}ª vez.", "O SR. DELEGADO ÉDER MAURO ", f"(PSD - PA) - Qual é o artigo {i}?"]
    lines += ["A SRA. SÂMIA BOMFIM ", "(PSOL - SP) - O direito regimental de todos nós da Oposição."]
    t = written(tmp_path, "ce_reuniao.txt", "\n".join(lines) + "\n")
    assert t.format == "plain"
    assert said(t, "O direito regimental de todos nós") == said(t, "pela 2ª vez") == "Sâmia Bomfim"
    assert said(t, "Qual é o artigo 2?") == "Delegado Éder Mauro"
    assert said(t, "Tem a palavra a Deputada, vez 2.").endswith("Presidente")


def test_anonymised_codes_in_parentheses_label_lines_run_together(tmp_path: Path):
    lines = [f"(PERSON{1 + i % 2}) Line {i} of the meeting, said here." for i in range(8)]
    t = written(tmp_path, "meeting_transcript.txt", "\n".join(["And just to be complete.", *lines, "Going on."]) + "\n")
    assert said(t, "Line 5 of the meeting") == "PERSON2"
    assert said(t, "Line 6 of the meeting") == "PERSON1"


def test_turns_wrapped_in_elements_named_for_their_speaker_are_labelled_so(tmp_path: Path):
    """An oral history's Markdown whose turns are ``<interviewer>…</interviewer>`` and ``<interviewee>…`` (no HTML
    elements), under front matter naming both and a title naming the interviewee."""
    turns = "\n\n".join(f"<{who}>{words} {i}.</{who}>" for i, (who, words) in enumerate(
        [("interviewer", "Será que pode começar por se apresentar"), ("interviewee", "O meu nome é Carina")] * 3))
    t = written(tmp_path, "entrevista.md", "---\ntitle: Memórias\ninterviewee: Carina Faria\n---\n\n"
                "# Entrevista a Carina Faria\n\n<audio controls></audio>\n\n" + turns + "\n")
    assert said(t, "O meu nome é Carina 3.") == "interviewee"
    assert said(t, "se apresentar 4.") == "interviewer"
    assert not any("</interviewee>" in turn.text for turn in t.turns)


def test_an_office_after_a_party_closes_a_news_transcript_s_label(tmp_path: Path):
    text = "".join(f"{who}: {words} {i}.\n\n" for i, (who, words) in enumerate(
        [("BILL O'REILLY, FOX NEWS HOST", "Welcome back"), ("UNIDENTIFIED FEMALE", "From President Trump"),
         ("PRES. DONALD TRUMP (R), UNITED STATES", "It's no longer obsolete"),
         ("SEN. LINDSEY GRAHAM (R), SOUTH CAROLINA", "Well, I think")] * 2))
    t = written(tmp_path, "factor.txt", text)
    assert said(t, "It's no longer obsolete 6.").startswith("Pres. Donald Trump")
    assert said(t, "Well, I think 7.").startswith("Sen. Lindsey Graham")


def test_a_sermon_whose_front_matter_names_its_preacher_credits_its_unlabelled_words_to_them(tmp_path: Path):
    """A church site's sermon post: ``pastor: Pastor Nate Ellis`` in the front matter, then speech-to-text with no
    labels: every paragraph is the pastor's, inferred, and a warning says why. A front matter that also names a
    guest credits no one so."""
    words = "".join(f"Sentence {i} of the sermon about Cain and his family, read slowly.\n\n" for i in range(30))
    front = "---\ntitle: Genesis 4:17-26\npastor: Pastor Nate Ellis\n---\n\n## Transcription\n\n"
    t = written(tmp_path, "sermon.md", front + words)
    assert set(t.speakers) == {"Pastor Nate Ellis"} and all(u.speaker_inferred for u in t.turns)
    assert any("front matter names as its speaker" in w for w in t.warnings)
    guest = written(tmp_path, "talk.md", front.replace("pastor:", "guest: Ann Lee\npastor:") + words)
    assert set(guest.speakers) == {UNKNOWN_SPEAKER}
