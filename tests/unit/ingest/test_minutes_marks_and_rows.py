"""Shapes of real records that the held-out sets 198 to 205 brought, each written small here: Korean minutes that
mark turns with a circle (in a legacy code page, the circle written as a numeric reference), a Japanese mayor's
address under one circled label, a study's participants in braces, a debate pasted into a spreadsheet a paragraph
a row, a JSON dataset of several collections of minutes, a letter-spaced Japanese PDF, and the headings of a
report or a questionnaire that are no one's name."""

from __future__ import annotations

import json
from pathlib import Path

from qa_bot.ingest import discover, load_transcript
from qa_bot.ingest.pdf import _cjk_closed_up
from qa_bot.ingest.speakers import UNKNOWN_SPEAKER
from qa_bot.ingest.table import parse_rows
from tests.conftest import said, written

KOREAN_MINUTES = """제10호 사법개혁특별위원회회의록

(21시17분 개의)
&#9711;위원장 이상민  의석을 정돈해 주시기 바랍니다.
&#9711;윤한홍 위원  (위원장석 앞에서)
  회의가 원천무효입니다. 국회법에 따라 가지고 사&#8228;보임 자체가 무효입니다.
    (장내 소란)
&#9711;위원장 이상민  성원이 되었기 때문에 회의를 개회하겠습니다.
&#9711;윤한홍 위원  (위원장석 앞에서)
  두 번째는 사전에 회의 고지를 하지 않았습니다.
&#9711;백혜련 위원  앉아서 발언하세요. 발언할 기회 드린다고 했잖아요.
&#9711;윤한홍 위원  (위원장석 앞에서)
  오늘 새벽에 고지했습니까? 협의했습니까?
&#9711;위원장 이상민  자, 앉으세요. 국회법을 지켜 주십시오.
    (&#9711;오신환 의원 위원석 옆에서 ― 그렇지 않습니다. 저는 사임한 적이 없습니다.)
  다음은 민주당의 송기헌 위원님 말씀하세요.
&#9711;송기헌 위원  제가 말씀을 드리잖아요.
"""


def test_korean_minutes_credit_each_circled_name_a_shout_and_the_turn_it_broke_into(tmp_path: Path):
    path = tmp_path / "law_10.txt"
    path.write_bytes(KOREAN_MINUTES.encode("cp949", errors="xmlcharrefreplace"))
    minutes = load_transcript(path)
    assert said(minutes, "의석을 정돈해") == "위원장 이상민"
    assert said(minutes, "회의가 원천무효입니다") == "윤한홍 위원"  # its label's line a place note, three times
    assert said(minutes, "협의했습니까") == "윤한홍 위원"
    assert said(minutes, "사임한 적이 없습니다") == "오신환 의원"  # shouted from beside the seat
    assert said(minutes, "송기헌 위원님 말씀하세요") == "위원장 이상민"  # the chair's turn goes on after the shout
    assert "사․보임" in " ".join(t.text for t in minutes.turns)  # the reference is the character it stands for


def test_a_mayors_address_under_one_circled_label_is_the_mayors(tmp_path: Path):
    page = ("<html><body><h1>30-01_市長冒頭発言</h1><p>○市長（森井秀明） 平成30年第１回定例会の開会に当たり、報告させて"
            "いただきます。</p><p>まず、辞職勧告決議につきましては、辞職はいたしません。</p><p>（「聞き飽きた」と呼ぶ者あり）</p>"
            "<p>続きまして、主な施策の概要を申し上げます。</p></body></html>")
    address = written(tmp_path, "minutes.html", page)
    assert said(address, "辞職はいたしません") == "森井秀明"
    assert said(address, "主な施策の概要") == "森井秀明"


def test_a_studys_participants_in_braces_are_its_speakers(tmp_path: Path):
    text = ("{000}: OK. It is July 26 and I'm here with participant 104.\n\n{104}: sounds good\n\n"
            "{000}: Tell me about them. Let us begin.\n\n{104}: this one [204] feels rougher but pretty uniform.\n\n"
            "{000}: No, I think you're good, it will pick it up.\n\n{104}: it kind of thumps when you throw it.\n")
    session = written(tmp_path, "Transcripts.txt", text)
    assert said(session, "feels rougher") == "{104}"  # its square brackets are the objects handled
    assert said(session, "Let us begin") == "{000}"


def test_a_debate_pasted_a_paragraph_a_row_goes_on_under_each_label():
    rows = [["MADDOW: Hello, and welcome to the debate."], ["MITCHELL: We will cover a wide range of topics."],
            ["MADDOW: There are ten candidates here tonight."], ["Senator Warren, will you convince your colleagues?"],
            ["WARREN: Of course I will. Read the report."], ["We have to establish the principle: no one is above it."],
            ["MITCHELL: Senator Klobuchar, has your view changed?"], ["KLOBUCHAR: I have made it very clear."],
            ["But let me make very clear what is at stake."], ["WARREN: It's a sorry, not sorry."]]
    debate = parse_rows(rows, "debate", "transcript.xlsx", "transcript", "xlsx")
    assert said(debate, "establish the principle") == "Warren"
    assert said(debate, "will you convince your colleagues") == "Maddow"
    assert said(debate, "what is at stake") == "Klobuchar"


def test_a_dataset_of_several_collections_of_minutes_reads_them_all(tmp_path: Path):
    local = [{"localGovernmentName": f"市{n}", "proceeding": [
        {"speakerPosition": "議長", "speaker": "川上晋平", "utterance": f"これより第{n}日の会議を開きます。"},
        {"speakerPosition": "議員", "speaker": f"酒井隆{n}", "utterance": f"任期最後の一般質問第{n}号を行います。"}]}
        for n in range(5)]
    diet = [{"nameOfMeeting": "予算委員会", "speechRecord": [
        {"speechID": str(n), "speaker": "安倍晋三" if n % 2 else "森夏枝", "speech": f"答弁その{n}でございます。"}
        for n in range(6)]}]
    minutes = written(tmp_path, "minutes-test.json", json.dumps({"local": local, "diet": diet}, ensure_ascii=False))
    assert said(minutes, "一般質問第4号") == "酒井隆4"  # the fifth city's, beyond the items a search looks into
    assert said(minutes, "答弁その3") == "安倍晋三"
    assert minutes.turns[0].text.startswith("これより第0日")  # in the document's order


def test_a_letter_spaced_japanese_page_is_closed_up_and_korean_words_keep_their_spaces():
    spaced = ["お は よ う ご ざ い ま す 。 本 日 、 議 員 の 皆 様"]
    assert _cjk_closed_up(spaced) == ["おはようございます。本日、議員の皆様"]
    korean = ["의석을 정돈해 주시기 바랍니다. 성원이 되었습니다."]
    assert _cjk_closed_up(korean) == korean


def test_a_questionnaires_heading_is_no_speaker(tmp_path: Path):
    text = ("Interview\nQuestions:\n1- When was the last time you went to a festival ?\n2- How often do you go ?\n\n"
            "Merry, 23 years old from Czech Republic\n\n1) My last one was over two years ago, and it was postponed "
            "because of the weather and everything else that year.\n\n2) Usually five to eight, with some small local "
            "festivals too during the summer when friends come along.\n")
    answers = written(tmp_path, "Interviews.txt", text)
    assert said(answers, "My last one was over two years ago") == UNKNOWN_SPEAKER


def test_a_reports_section_headings_make_no_interview_of_its_mentions(tmp_path: Path):
    # a citizen's report of a hearing: "Rolle der Polizei" written twice in the intro is a topic, not an interviewee
    text = ("---\ntitle: Bericht von der Julisitzung\n---\n\nDie Sitzung zu den Punkten Szene und Rolle der Polizei "
            "fand am 4. Juli statt.\n\nFür den zweiten Punkt zur Rolle der Polizei waren geladen: Nils Zurawski.\n\n"
            "### Hamburger Szene (Erkenntnisse des Senates)\n\nEine Szene an sich gebe es nicht, hieß es dort. "
            "Stattdessen gebe es viele Gruppen, die nebeneinander und teilweise gegeneinander existierten.\n\n"
            "### Prävention (nach Zurawski)\n\nPrävention müsse langfristig gedacht werden, sagte er. Ein Programm "
            "allein werde die Lage in der Stadt nicht ändern, und die Polizei könne das nicht allein leisten.\n\n"
            "### Eskalation (nach Enzmann)\n\nEin massives Auftreten der Polizei eskaliere grundsätzlich, so seine "
            "Einschätzung. Das habe man in den Tagen im Juli in mehreren Vierteln gut beobachten können.\n\n"
            "### Bericht Seelsorger\n\nDer Seelsorger berichtete von langen Nächten mit erschöpften Beamten, die nach "
            "den Einsätzen oft kaum schlafen konnten und über das Erlebte sprechen wollten.\n")
    report = written(tmp_path, "bericht.markdown", text)
    assert said(report, "Eine Szene an sich gebe es nicht") == UNKNOWN_SPEAKER


def test_a_ministers_numbered_remarks_are_hers_not_a_court_record(tmp_path: Path):
    paragraphs = "".join(f"{n} Agencies have made good progress on item {n} of the clean-up, and the beaches along the "
                         f"coast will reopen in stages once tests number {n} show the water is safe again.\n\n"
                         for n in range(1, 9))
    text = ("---\ntitle: Press Conference on the Oil Spill – Ms Grace Fu\n---\n\n#### Remarks by Ms Grace Fu, Minister "
            "for Sustainability and the Environment at the Press Conference on the clean-up on 24 Jun\n\n" + paragraphs)
    remarks = written(tmp_path, "press-conference.md", text)
    assert said(remarks, "tests number 5 show") == "Grace Fu"  # shown without "Ms"


def test_two_speakers_named_in_a_statements_heading_make_it_no_ones(tmp_path: Path):
    text = ("# Introductory statement by Ms Christine Lagarde, President of the Bank, and Mr Philip Lane, Member of "
            "the Board\n\n" + "".join(f"The Governing Council agreed on point {n} of the strategy today, and we will "
                                      f"explain what has changed and why in section {n} of the paper.\n\n"
                                      for n in range(1, 8)))
    statement = written(tmp_path, "statement.md", text)
    assert said(statement, "in section 4 of the paper") == UNKNOWN_SPEAKER


def test_a_first_question_greeting_a_first_name_asks_the_one_the_intro_names(tmp_path: Path):
    text = ("---\ntitle: Intervista ai Muse\n---\nEcco cosa mi ha raccontato **Chris Wolstenholme**, bassista dei "
            "Muse, durante l'incontro per la presentazione alla stampa.\n\n**Chris, qual è l'idea che ha dato vita al "
            "disco?**\n\nIn realtà, l'artefice del disco è stato Matthew, che ha composto ogni pezzo da solo.\n\n"
            "**Ancora una volta avete scelto di collaborare con Tommaso?**\n\nTommaso è un grande, ci fidiamo molto di "
            "lui e del suo lavoro in studio.\n")
    interview = written(tmp_path, "post.md", text)
    assert said(interview, "Tommaso è un grande") == "Chris Wolstenholme"


def test_questions_asked_in_any_script_make_an_interview(tmp_path: Path):
    text = ("# An interview with Ahmed Hassan\n\n## كيف بدأت العمل في الصحافة؟\n\nبدأت في جريدة محلية صغيرة في "
            "الإسكندرية، وكنت أكتب عن الرياضة.\n\n## ما هو أصعب موقف واجهته في عملك؟\n\nعندما غطيت الانتخابات لأول "
            "مرة، كان الضغط كبيرا جدا.\n")
    assert said(written(tmp_path, "ar_interview.md", text), "جريدة محلية صغيرة") == "Ahmed Hassan"


def test_what_the_new_readings_leave_alone(tmp_path: Path):
    # a running header with a colon stays page furniture; numbered paragraphs keep their labels; an episode's
    # comments beside its transcript are no turns; remarks by two people, or answering questions, are no one's;
    # Windows-1252's references are its characters; a Korean attendance list names no speaker
    pages = "".join(f"会議録：令和5年 予算委員会\n山田委員：質問{n}を伺います。\n\n鈴木大臣：お答え{n}です。\n{n}\n"
                    for n in range(1, 4))
    assert {t.speaker for t in written(tmp_path, "ja.txt", pages).turns} == {"山田委員", "鈴木大臣"}
    numbered = "".join(f"{n} {who}: Thank you for the point number {n}, which the committee will weigh carefully when "
                       f"it writes its report on the regional rail network and its timetable later this year.\n\n"
                       for n, who in enumerate(["CHAIR", "MR SMITH", "CHAIR", "MS JONES"] * 2, start=1))
    assert said(written(tmp_path, "evidence.txt", numbered), "point number 4,") == "Ms Jones"
    episode = {"transcript": [{"speaker": "Alice" if n % 2 else "Bob", "text": f"Line {n} of the show."}
                              for n in range(6)],
               "comments": [{"author": f"fan{n}", "text": f"Great episode {n}!"} for n in range(5)]}
    assert not any("Great episode" in t.text for t in written(tmp_path, "ep.json", json.dumps(episode)).turns)
    body = "".join(f"Paragraph {n}: we discussed the outlook for growth and prices at length, and we agreed on the "
                   f"steps set out in section {n} of the communique.\n\n" for n in range(1, 5))
    two = written(tmp_path, "g20.md", "# Remarks by Janet Yellen, Christine Lagarde at the G20\n\n" + body)
    assert said(two, "section 3 of") == UNKNOWN_SPEAKER
    asked = written(tmp_path, "qa.md", "# Remarks by Ms Grace Fu at the Press Conference\n\n" + body
                    + "Will the carbon tax go up again next year, as some industry groups have warned?\n\n")
    assert said(asked, "section 3 of") == UNKNOWN_SPEAKER
    quoted = written(tmp_path, "nel.md", "JOHN SMITH: Well&#133; I don&#146;t know.\n\nMARY JONES: What next?\n\n"
                     "JOHN SMITH: They closed it.\n")
    assert "Well… I don’t know." in quoted.turns[0].text
    minutes = KOREAN_MINUTES + "\n◯출석 위원\n  강기윤  김도읍  윤한홍\n"
    path = tmp_path / "law_11.txt"
    path.write_bytes(minutes.encode("cp949", errors="xmlcharrefreplace"))
    assert "출석 위원" not in {t.speaker for t in load_transcript(path).turns}


def test_a_module_exporting_a_function_that_hands_back_its_transcript_is_read(tmp_path: Path):
    turns = "".join(f"<p><strong>{who}</strong><br />\nMy pick number {n} this week is a show on telemarketers.\n</p>\n"
                    for n, who in enumerate(["Ryan Burgess", "Stacy London", "Jem Young"] * 2))
    module = tmp_path / "150.js"
    body = f"    const transcript =`\n{turns}`;\n    return transcript;\n"
    module.write_text(f"module.exports = function() {{\n{body}}};\n", encoding="utf-8")
    [found] = discover([tmp_path])
    assert found.unsupported is None  # a folder's index reads it
    assert said(load_transcript(module), "My pick number 4 this") == "Stacy London"
