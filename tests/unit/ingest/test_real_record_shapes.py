"""Shapes of real records that the held-out sets 111 to 140 brought, each written small here: who the record says
speaks, by a title, a heading, a field, a dateline or a label in its own style (interview protocols under coded
headings, a write-up's sections, ``Speaker:``/``Text:`` records, court clerks' ``Name:-``, police statements in
reported speech, a web page's headline, services' JSON, captions naming the speaker on a line of its own, podcast
apps' exports, OCR pages, running heads, fact-checks' quotations); and ordinary files those readings must leave
alone (``NOT_SPEAKERS``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from qa_bot.ingest import discover, load_transcript
from qa_bot.ingest.html import extract_page
from qa_bot.ingest.js_module import module_text
from qa_bot.ingest.metadata import interviewee_in_title
from qa_bot.ingest.speakers import UNKNOWN_SPEAKER
from qa_bot.text import spaced_paragraphs
from tests.conftest import refusal, said, written


@pytest.mark.parametrize(("title", "intro", "name"), [
    ("Pan Zygmunt Nowak > Transkrypcja", "", "Zygmunt Nowak"),  # the record's kind beside the name, "Pan" left out
    ("Interview | Ana López", "", "Ana López"),
    ("“BLUE HOURS” – AN INTERVIEW WITH PAINTER JAN NOWAK", "The painter Jan Nowak agreed to talk.", "Jan Nowak"),
    ("Entrevista com o estudante Gabriel Lopes Barros", "", "Gabriel Lopes Barros"),  # a role before the name
    ("Interview Student 1 (S1)", "", "S1"),  # a research report's code
    ("Interview notes (pdf)", "", None),  # a code has a capital
    ("Interview with the team", "", None),  # a role word before no full name
    ("Episode 4 - Transcript", "", None),
    ("Transcript: Board meeting", "", None),
    # who interviews, then whom, the intro writing the name too
    ("Felix Interviews: Anne Barrett, College Archivist", "Felix spoke with Anne Barrett", "Anne Barrett"),
    ("Felix interviews the Provost", "", None),  # a role, no name
    ("Job Interviews: What Recruiters Say", "We asked recruiters.", None),  # a topic the intro does not write
    ("Bruce Sterling: The Complete Interview, 2013", "A novel by Bruce Sterling.", "Bruce Sterling"),  # the record's
    ("Bruce Sterling: The Complete Interview, 2013", "", None),  # kind in a few words, the intro writing the name
    ("Climate Change: The Full Transcript", "What we know about the climate.", None),
    ("Climate Policy: Senate Testimony", "", None),  # a topic beside a record's kind is no one
])
def test_whom_a_title_names(title: str, intro: str, name: str | None):
    assert interviewee_in_title(title, intro) == name


STATEMENTS = "\n\n".join(f"QUE esclarece o ponto {n} sobre a investigação;" for n in range(1, 7))
# (file name, text, [(phrase, who the one turn holding it credits)], names that must be no speaker)
CASES = {
    # a township's notes: the header's bold fields (Date, Time, Place) are no speakers of the notes under them
    "notes under a header's bold fields": ("09-16_RM.md", "# Regular Meeting\n\n- **Date:** August 19, 2024\n"
        "- **Time:** 5:00pm\n    - Proclamations @ 4:50pm\n- **Place:** DSM City Hall\n\n## Notes\n\n" + "".join(
            f"- Boesen opens item number {n} with a statement about the agenda.\n" for n in range(12)),
        [("opens item number 7", UNKNOWN_SPEAKER)], ("Time", "Place")),
    # a council's question cards: "member" may name who asks or who answers, so the answers are no one's named;
    # an interview's record naming both its interviewer and interviewee credits each
    "question cards naming a member": ("cards.json", json.dumps({"cards": [{"member": "川内 賢幸", "party": "青雲",
        "topics": [{"title": f"議題{n}", "question": f"質問番号{n}について市の考えを問うた。",
                    "answer": f"部長は回答番号{n}の通り説明した。"} for n in range(3)]}]}, ensure_ascii=False),
        [("回答番号1の通り", UNKNOWN_SPEAKER)], ("川内 賢幸",)),
    "pairs under their interviewer and interviewee": ("interview.json", json.dumps({
        "interviewer": "Ana Ruiz", "interviewee": "Ben Ode", "qa": [
            {"question": f"Question number {n} about the hives?", "answer": f"Answer number {n} about bees."}
            for n in range(3)]}),
        [("Question number 1 about", "Ana Ruiz"), ("Answer number 2 about", "Ben Ode")], ()),
    # an earnings call copied from a page: the name, then the office at a firm on a line of its own, then the words
    "a call's names over their offices": ("call.txt", "Welcome to the call.\n\n" + "".join(
        f"{who}\n\n{office}\n\nRemark number {n} on the quarter.\n\n" if office else f"{who}\n\nRemark number {n}.\n\n"
        for n, (who, office) in enumerate([
            ("Jeremy Barnum", "Chief Financial Officer at JPMorgan Chase & Co."), ("Operator", ""),
            ("Mike Mayo", "Analyst at Wells Fargo Securities"), ("Jamie Dimon", "Chairman and CEO at JPMorgan Chase"),
            ("Mike Mayo", "Analyst at Wells Fargo Securities"), ("Operator", "")] * 2)),
        [("Remark number 2 on", "Mike Mayo"), ("Remark number 6 on", "Jeremy Barnum")],
        ("Analyst at Wells Fargo Securities",)),
    # a podcast page keeping its whole transcript on one line, a bold label after each sentence
    "bold labels run together on one line": ("169-rr.md", "---\ntitle: Episode 169\n---\n\n" + " ".join(
        f"**{who}:&nbsp;** Remark number {n} on the show." for n, who in enumerate(
            ["CHUCK", "JAMES", "DAVID", "CHUCK", "AVDI", "JAMES"])) + "\n",
        [("Remark number 1 on", "James"), ("Remark number 4 on", "Avdi")], ()),
    # a Russian podcast's bold names, with and without a colon
    "bold names in Cyrillic": ("episode-100.md", "# Выпуск 100\n\n" + "".join(
        f"{label} Реплика номер {n} в выпуске.\n\n" for n, label in enumerate(
            ["**Ольга**", "**Алексей**", "**Вадим:**", "**Ольга**", "**Алексей**", "**Вадим:**"])),
        [("Реплика номер 3 в", "Ольга"), ("Реплика номер 4 в", "Алексей")], ()),
    # a Jekyll post whose body is the page's HTML, a paragraph a line, each speaker's name a bold paragraph
    "a post's HTML paragraphs under bold names": ("2018-05-23-special.md", "---\nlayout: podcast\ntitle: Special\n"
        "---\n\n<details>\n<summary><h2>Transcript</h2></summary>\n" + "".join(
            f"<p><strong>{who}</strong></p><p>Remark number {n} in the panel discussion today.</p>\n"
            for n, who in enumerate(["Nic", "Jillian", "Nic", "Rian", "Jillian", "Rian", "Nic"])) + "</details>\n",
        [("Remark number 3 in", "Rian"), ("Remark number 4 in", "Jillian")], ()),
    # an old trial report: a witness sworn, the examiner named, each question and its answer on one line
    "an old trial report's examination": ("trial.md", "Captain LEVERSAGE sworn.\n\nExamined by Mr. Dunning.\n\n"
        + "".join(f"Q. Do you remember the evening number {n}?— I remember evening number {n} well.\n\n"
                  for n in range(3)) + "Lord Mansfield. Come to the point of the evening.\n\nANN WATKINSON sworn."
        "\n\nQ. Did you hear them in the room?— Because I heard them speak in bed.\n\n",
        [("I remember evening number 1", "Captain LEVERSAGE"), ("evening number 1?", "Mr. Dunning"),
         ("Come to the point", "Lord Mansfield"), ("heard them speak in bed", "Ann Watkinson")], ()),
    # a TEI edition's paragraphs broken by <lb/>: the words after each break are read; an abbreviated name in a
    # sentence ("Then Hen: Kenny rose up") is no label
    "a TEI edition's line breaks": ("NurExam.xml", '<?xml version="1.0"?>\n<TEI.2><teiHeader><fileDesc><titleStmt>'
        "<title>Examination of Rebecca Nurse</title></titleStmt></fileDesc></teiHeader><text><body><div1>" + "".join(
            f"<p>\nHarthorn: What do you say to the complaint<lb/>\nthe {who} brought against you, Goody Nurse<lb/>\n\n"
            f"Nurse: I am as clear as the child unborn, {who}<lb/>\n\nThen Hen: Kenny rose up to speak of his {what}"
            f"<lb/>\nIt is very awful to see these agonies in the {who}<lb/>\n</p>" for who, what in
            (("neighbours", "sickness"), ("farmers", "cows"), ("children", "fits"))) + "</div1></body></text></TEI.2>",
        [("the farmers brought against you", "Harthorn"), ("clear as the child unborn, children", "Nurse")],
        ("Then Hen",)),
    # BBC's digital paper edit: an app's store of transcripts, each its words beside spans naming the speaker
    "a paper edit's words under speaker spans": ("transcripts.json", json.dumps([{"title": title, "transcript": {
        "words": [{"id": k, "start": k * 0.5, "end": k * 0.5 + 0.4, "text": w} for k, w in enumerate(
            f"So tell me about {title}. It began in the dorm room with {title}.".split())],
        "paragraphs": [{"id": 0, "start": 0, "end": 2.5, "speaker": "James Jacoby"},
                       {"id": 1, "start": 2.5, "end": 9, "speaker": title}]}} for title in ("Soleio", "Guy Rosen")]),
        [("It began in the dorm room with Soleio", "Soleio"), ("So tell me about Guy", "James Jacoby")], ()),
    # Granola's transcript: a heading with the speaker and the ISO time over each turn
    "Granola's headings": ("1x1-transcript.md", "# Transcript for: Vinod | Howard 1x1\n\n" + "".join(
        f"### {who} (2025-10-29T17:3{n}:17.664Z)\n\nRemark number {n} in the call.\n\n"
        for n, who in enumerate(["Guest", "You", "Guest", "You"])),
        [("Remark number 2 in", "Guest"), ("Remark number 3 in", "You")], ()),
    # a WeChat article's copy: bold names after a sentence's end, their full-width colons on the next line
    "a WeChat copy's bold names": ("interview.md", "五条人专访\n\n **看理想** ：大家最近快乐吗？ **阿茂** ：我很快乐。 "
        "**仁科**\n：说到快乐，快乐的反义词是幸福。 **看理想**\n：为什么会觉得快乐和幸福是相反的呢？ **仁科**\n"
        "：你看，叔本华说，幸福的本质是减少痛苦。\n",
        [("叔本华说", "仁科"), ("我很快乐", "阿茂"), ("为什么会觉得", "看理想")], ()),
    # a bot's archive of a Discord thread: an ISO stamp, the name and its id over each message's indented lines
    "a Discord thread archived by a bot": ("thread.txt", "# Thread 'POLL' in forum #showcase\n# thread_id=149\n\n"
        + "".join(f"[2026-04-11T11:{n:02d}:56.831000+00:00] {who} (id=14924{n})\n    Message number {n} here\n"
                  + ("    [reply to theogre msg=149]\n" if n == 3 else "") + "\n"
                  for n, who in enumerate(["theogre", "doppler2u", "theogre", "rakaarwaky", "gwyntel"])),
        [("Message number 3 here", "rakaarwaky"), ("Message number 4 here", "gwyntel")], ()),
    # a coded hearing: the name as printed beside the name resolved ("NA" for witnesses) and the party
    "a coded record's name as printed": ("hearing.csv", "name_raw,name_full,cleaned,party\n" + "".join(
        f'{who},"{full}",Statement number {n} at the hearing today.,{party}\n' for n, (who, full, party) in enumerate(
            [("Mr. Platts", "platts, todd", "R"), ("Mr. Towns", "towns, ed", "D"), ("Mr. Walker", "NA", "NA"),
             ("Mr. Platts", "platts, todd", "R")] * 2)),
        [("Statement number 2 at", "Mr. Walker"), ("Statement number 5 at", "Mr. Towns")], ("NA", "R")),
    # a Slack channel archived as Markdown: a bold name and the time in UTC over each message, thread replies "↳"
    "a Slack archive's bold names and times": ("chat-archive.md", "### Mon, Mar 7th, 2022\n\n" + "".join(
        f'{"↳ " if n % 3 == 2 else ""}**{who}** <span style="color: grey;">19:3{n}:28 UTC</span>\n\n'
        f'<span style="font-size: 90%;">Message number {n} in the channel</span>\n\n'
        for n, who in enumerate(["dune73", "airween", "Paul Beckett", "dune73", "xanadu", "walter"])),
        [("Message number 2 in", "Paul Beckett"), ("Message number 5 in", "walter")], ()),
    # an IRC channel where a bridge relays another network's messages, the author's nick first
    "a bridge's relayed messages": ("2025-10-07.log", "".join(
        f"14:{n:02d} < {'bridge_' if n % 2 else 'learath2'}> {f'<{who}> ' if n % 2 else ''}Line number {n} of the day\n"
        for n, who in enumerate(["x", "robyt3", "x", "milkeeycat", "x", "robyt3", "x", "Ewan"])),
        [("Line number 3 of", "milkeeycat"), ("Line number 4 of", "learath2")], ("bridge_",)),
    # a Japanese interview page: each name in a paragraph of its own class over the words (counted without spaces)
    "names over Japanese paragraphs": ("index.html", "<html><body><div class='contents'>" + "".join(
        f"<p class='title_des'> {who} </p><p class='content_des'>第{n}の発言です。プロ野球選手になりたいという"
        "思いが芽生えたのはいつだったのでしょうか。</p>"
        for n, who in enumerate(["丸山", "石井", "丸山", "石井", "丸山", "石井"])) + "</div></body></html>",
        [("第3の発言です", "石井"), ("第4の発言です", "丸山")], ()),
    # meeting notes by delegates' codes, two of them once speaking together ("ARB, MLS:"): neither is the other
    "two codes speaking together": ("tc39-notes.txt", "".join(
        f"{who}: Remark number {n} in the meeting notes.\n\n"
        for n, who in enumerate(["MLS", "ARB", "YK", "MLS", "ARB, MLS", "MLS", "YK"])),
        [("Remark number 3 in", "MLS"), ("Remark number 5 in", "MLS"), ("Remark number 1 in", "ARB")], ()),
    # an irssi log: a long message wrapped onto an indented line under its words
    "an IRC message wrapped by the client": ("2016-05-11.txt", "--- Log opened Wed May 11 12:00:00 2016\n" + "".join(
        f"12:{n:02d} < {who}> Message number {n} of the meeting here\n"
        + (f"                the wrapped rest of message {n}\n" if n % 3 == 1 else "")
        for n, who in enumerate(["aturon", "johannh", "bstrie", "skade"] * 2)),
        [("wrapped rest of message 1", "johannh"), ("wrapped rest of message 4", "aturon")], ()),
    # a community call's announcements: bullets opening with a bold full name, no colon, then the words
    "bullets opening with bold names": ("2021-january.md", "# Community call\n\n## Announcements\n\n" + "".join(
        f"* **{who}** Announcement number {n} about the project.\n"
        for n, who in enumerate(["Frédéric Collonval", "Isabela Presedo-Floyd", "Isabela Presedo-Floyd",
                                 "Layne Sadler"])) + "\n## Agenda\n\n- Item one\n- Item two\n",
        [("Announcement number 2 about", "Isabela Presedo-Floyd"), ("Announcement number 3 about", "Layne Sadler")],
        ()),
    # a news montage: each clip's speaker in capitals with a short office and a place after commas
    "a short office in capitals after a comma": ("cnn.story", "".join(
        f"{who}: Clip number {n} of the montage, said on air.\n\n" for n, who in enumerate([
            "BUSH, 43RD U.S. PRESIDENT", "RAY NAGIN, MAYOR OF NEW ORLEANS, LOUISIANA", "CARL AZUZ, CNN ANCHOR",
            "NANCY BUSH, ANALYST, NAB RESEARCH, LLC", "CARL AZUZ, CNN ANCHOR"])),
        [("Clip number 1 of", "Ray Nagin"), ("Clip number 3 of", "Nancy Bush")], ()),
    # a hearing's dataset saved as .txt: comma rows under a header naming speaker and text, the header again where
    # two files were joined
    "a headed comma table in a .txt": ("Office.txt", "session,start,end,speaker,text\n" + "".join(
        f"p{n // 6},00:0{n}:10.0,00:0{n}:20.0,spk_{n % 3},Words number {n} of the hearing\n"
        + ("session,start,end,speaker,text\n" if n == 5 else "") for n in range(10)),
        [("Words number 4 of", "spk_1"), ("Words number 8 of", "spk_2")], ("speaker",)),
    # tweets: the author column an id's ("author_id", brands and numbers), ids no times, rows out of order
    "posts by their authors' ids": ("twcs.csv", "tweet_id,author_id,inbound,created_at,text,in_response_to_tweet_id\n"
        + "".join(f"{9 - n}00{n},{who},True,Wed Oct 11 06:55:44 +0000 2017,Tweet number {n} about the train.,{n}\n"
                  for n, who in enumerate(["105834", "VirginTrains", "105835", "AppleSupport"] * 2)),
        [("Tweet number 2 about", "105835"), ("Tweet number 5 about", "VirginTrains")], ()),
    # a call centre's corpus: each exchange an object keyed by the speakers' numbered labels, annotations beside
    "exchanges keyed by speakers' labels": ("calls.json", json.dumps([{"id": "c1", "content": [
        {"[SPEAKER 1]": f"第{n}句客服的话", "[SPEAKER 2]": f"第{n}句用户的话", "客服意图": "问候", "info": {"ents": []}}
        for n in range(4)]}], ensure_ascii=False),
        [("第2句客服的话", "SPEAKER 1"), ("第3句用户的话", "SPEAKER 2")], ()),  # brackets around a label go
    # questions and answers labelled only as such, the interview's people named in headings over their names
    "role labels, the people in the header": ("entrevista.md", "# Entrevista 1\n\n### Nome\nMicaella Gouveia\n\n"
        "### Entrevistador\nDurval Carvalho\n\n## Descrição\n\n" + "".join(
            f"**Pergunta:** Qual é a pergunta número {n}?<br/>\n**Resposta:** Esta é a resposta número {n}.\n\n"
            for n in range(4)),
        [("a resposta número 2", "Micaella Gouveia"), ("a pergunta número 3", "Durval Carvalho")], ()),
    # a dialogue kept in a Markdown pipe table among other tables, the label in the first cell
    "a labelled dialogue in a pipe table": ("entrevista-tabela.md", "## Introdução\n\n" + "A técnica da entrevista é "
        "uma conversa guiada por um roteiro de perguntas sobre o sistema atual.\n\n" * 12
        + "## Entrevista\n\n|Nome | Papel |\n-----|------|\n"
        "|Beatriz| Entrevistador|\n|Antônio| Entrevistado|\n\n|Nome do participante|Diálogo|\n|----|----|\n" + "".join(
            f"|Beatriz:|Pergunta número {n} da entrevista?|\n|Antônio:|Resposta número {n} do CEO.|\n"
            for n in range(3)) + "\n### Requisitos\n\n|ID|Descrição|\n|----|----|\n" + "".join(
            f"|REQ0{n}|O sistema deve fazer a coisa número {n} para os clientes.|\n" for n in range(6)),
        [("Resposta número 1 do", "Antônio"), ("Pergunta número 2 da", "Beatriz")], ()),
    # a clinic visit's roles told apart by ordinals, each label alone over its words
    "roles told apart by ordinals": ("A980.txt", "".join(
        f"{who} A980\nWords number {n} of the visit.\n\n"
        for n, who in enumerate(["FIRST DOCTOR", "PATIENT", "SECOND DOCTOR", "PATIENT"] * 2)),
        [("Words number 4 of", "FIRST DOCTOR A980"), ("Words number 6 of", "SECOND DOCTOR A980")], ()),
    # answers under a column naming the kind of person who wrote them ("therapistInfo"), beside counts and a topic
    "a column naming who answers": ("counsel.csv", ",questionID,questionText,topic,therapistInfo,answerText,views\n"
        + "".join(f'{n},{n // 2},Question {n}?,depression,"{who}, LCSWCouples and Family Therapist",'
                  f"Answer number {n} here.,{(7 * n) % 5}\n"
                  for n, who in enumerate(["Sherry Katz", "Lee King", "Sherry Katz", "Ann Roe"] * 2)),
        [("Answer number 3 here", "Ann Roe, LCSWCouples and Family Therapist"),
         ("Answer number 5 here", "Lee King, LCSWCouples and Family Therapist")],
        ("depression",)),
    # a Diet watch's threads, each its speeches as recorded ("raw", label first); members of one surname told apart
    # by a given name's first letter before the role ("○中川（宏）委員"), the thread's long speeches no running text
    "the Diet's speeches in threads": ("2026-03-03.json", json.dumps([
        {"id": f"t{n}", "topic": "議題", "speeches": [
            {"memberId": f"m{n}{k}", "quote": "要旨です。",
             "raw": f"{label}\u3000第{n}{k}の発言です。" + "\r\n\u3000続き。" * 25}
            for k, label in enumerate(labels)]}
        for n, labels in enumerate([["○山口委員長", "○中川（宏）委員"],
                                    ["○中川（康）委員", "○菅原参考人", "○山口委員長"]])],
        ensure_ascii=False), [("第01の発言", "中川（宏）委員"), ("第10の発言", "中川（康）委員"),
                              ("第11の発言", "菅原参考人")], ()),
    # a news feed's articles as a table, one of them an interview ("1.问：…" / "答：…" in its cell)
    "an interview among a table's articles": ("feed.csv", "title,date,body\n" + "".join(
        f'文章{n},2020-11-2{n},"这是第{n}篇文章的正文。\n\t第二段落在这里。"\n' for n in range(4)) + (
        '访谈,2018-05-11,"负责人接受采访，回答了记者提问。\n' + "".join(
            f"\t{n}.问：第{n}个问题是什么？\n\t答：这是第{n}个回答。\n" for n in range(1, 5)) + '"\n'),
        [("第3个回答", "答"), ("第2个问题", "问")], ()),
    # a spoken treebank: each document's speakers coded L1, L2 anew, their full names beside ("unspecified" none)
    "a treebank's speakers by full name": ("rhapsodie.conllu", "".join(
        f"# sent_id = Rhap_{n}\n# text = Phrase numéro {n} ici\n# speaker = L{n % 2 + 1}\n"
        f"# speaker_fullname = {who}\n1\tPhrase\tphrase\tNOUN\t_\t_\t0\troot\t_\t_\n"
        f"2\tnuméro\tnuméro\tNOUN\t_\t_\t1\tnmod\t_\t_\n3\t{n}\t{n}\tNUM\t_\t_\t2\tnummod\t_\t_\n"
        f"4\tici\tici\tADV\t_\t_\t1\tadvmod\t_\t_\n\n"
        for n, who in enumerate(["bernard pivot", "Marguerite Duras", "YVES CALVI", "unspecified"])),
        [("Phrase numéro 1 ici", "Marguerite Duras"), ("Phrase numéro 2 ici", "Yves Calvi"),
         ("Phrase numéro 3 ici", "L2")], ()),
    # a spoken treebank whose "text" marks up the speech's structure ("{ dis || eh our girls } <"): the words as
    # spelt are "text_ortho"'s
    "a treebank's orthographic text": ("JOS_10.conllu", "".join(
        f"# sent_id = JOS_10_{n}\n# speaker_id = {who}\n# text = {{ dis || eh }} < line {n} {{ well |r well }} o //\n"
        f"# text_ortho = Dis, eh, line number {n}, well, well o.\n1\tDis\tdis\tPRON\t_\t_\t0\troot\t_\t_\n\n"
        for n, who in enumerate(["Sp125", "Sp126", "Sp125", "Sp126"])),
        [("line number 1, well, well o", "Sp126"), ("line number 2, well", "Sp125")], ()),
    # a magazine's interview: its label on each question in italics, the answers below unlabelled, the interviewee
    # named in the title ("… im Publico-Interview"); the answers were the magazine's words
    "labelled questions over unlabelled answers": ("09-wendt.md", (
        '---\ntitle: "Polizeigewerkschafts-Chef Rainer Wendt im Publico-Interview: „Ich warne davor“"\n---\n\n'
        + "".join(f"<strong>Publico</strong>: _Herr Wendt, wie sehen Sie die Frage Nummer {n}?_\n\n"
                  f"Das ist meine Antwort Nummer {n}, und sie ist deutlich.\n\n" for n in range(4))
    ), [("meine Antwort Nummer 2", "Rainer Wendt")], ()),
    # a student paper's interview: each question in bold opening with the paper's name, the answers unlabelled,
    # the interviewee named in the title after who interviews; the answers were the paper's words
    "an asker's name in each question's bold": ("felix-interviews.md", (
        "---\ntitle: 'Felix Interviews: Anne Barrett, College Archivist'\n"
        "subtitle: 'Felix spoke with Anne Barrett about the archives'\n---\n"
        + "".join(f"**Felix: What happens in the archive on day {n}?**\n\nWe sort the boxes of day {n}.\n\n"
                  f"Then the readers come in, number {n}.\n\n" for n in range(4))),
        [("readers come in, number 2", "Anne Barrett"), ("archive on day 2", "Felix")], ()),
    # readers' questions to an author, each in bold under its asker's name, the author's answers unlabelled
    "readers' questions under their names": ("sterling.markdown", (
        "---\ntitle: 'Bruce Sterling: The Complete Interview, 2013'\n---\n\nCory Doctorow, Ted Striphas and Nils "
        "Gilman asked Bruce Sterling.\n\n"
        + "".join(f"**[{who}](http://example.com/{n}): Will trend number {n} last?**\n\nWell, trend {n} is "
                  f"fragile.\n\nBut it may last, number {n}.\n\n"
                  for n, who in enumerate(["Cory Doctorow", "Ted Striphas", "Nils Gilman", "Cory Doctorow"]))),
        [("may last, number 1", "Bruce Sterling"), ("trend number 2", "Nils Gilman")], ()),
    # the same questions where nothing names whom they ask: the answers are no one's, never the asker's
    "an asker's questions over answers no one names": ("archives.md", (
        "---\ntitle: 'The archives of the College'\n---\n"
        + "".join(f"**Felix: What happens in the archive on day {n}?**\n\nWe sort the boxes of day {n}.\n\n"
                  f"Then the readers come in, number {n}.\n\n" for n in range(4))),
        [("readers come in, number 2", UNKNOWN_SPEAKER), ("boxes of day 1", UNKNOWN_SPEAKER),
         ("archive on day 2", "Felix")], ()),
    # a full name with a particle once, its initials after: "AB" is Alain de Botton
    "initials of a name with a particle": ("debotton.md", (
        "There are not many people who have set up a school.\n\nJoshua Renken: How did the school start?\n\n"
        "Alain de Botton: It was started by me and colleagues in 2008.\n\n"
        + "".join(f"JR: And then, number {n}?\n\nAB: Then more, number {n}.\n\n" for n in range(3))),
        [("started by me and colleagues", "Alain de Botton"), ("Then more, number 1", "Alain de Botton")], ()),
    # a meeting's notes holding a notetaker's JSON pasted as one long line, the notes' fields above it
    "a notetaker's JSON pasted into notes": ("contacts-meeting.md", (
        "# Meeting Transcript\n\n**Participants:** Trent Christopher, Jim\n**Topic:** Contact Database\n\n"
        "## Transcript\n\n" + json.dumps([
            {"sentence": f"Sentence number {n} of the call, about the contacts.", "startTime": f"00:{n:02d}",
             "endTime": f"00:{n + 1:02d}", "speaker_name": who, "speaker_id": n % 2}
            for n, who in enumerate(["Trent Christopher", "+1 480-***-**28"] * 20)]) + "\n\n## Summary\n\n- Done.\n"),
        [("Sentence number 3 of", "+1 480-***-**28"), ("Sentence number 4 of", "Trent Christopher")],
        ("Topic", "Participants")),
    # a video call's text export: "Name | MM:SS" over the words; a user name or an address as the name
    "names and times a bar apart": ("outlier-discussion.txt", "".join(
        f"{who} | 0{n}:1{n}\nWords number {n} of the discussion, said here.\n"
        for n, who in enumerate(["Crissy Santarin", "kc.argente@example.com", "Isaac", "kc.argente@example.com",
                                 "Crissy Santarin", "Isaac"])), [("Words number 3 of", "kc.argente@example.com")], ()),
    # a notetaker's Word export read as text: the time, the user name and the words, each on a line
    "user names between times and words": ("growth.txt", "".join(
        f"00:{n:02d}\n{who}\nLínea número {n} de la reunión.\n\n"
        for n, who in enumerate(["cardonadaniel1", "Sergio Zuluaga", "cardonadaniel1", "Pedro Londono",
                                 "Sergio Zuluaga", "cardonadaniel1"])),
        [("Línea número 2 de", "cardonadaniel1"), ("Línea número 4 de", "Sergio Zuluaga")], ()),
    # an oral history in Markdown: each turn under a heading of its time ("## 00:00:47"), which names no one
    "turns under headings of their times": ("delano_timecoded.md", "".join(
        f"## 00:0{n}:12\n{who}: Answer number {n} of the interview, about the work.\n\n"
        for n, who in enumerate(["RICHARD DOUD", "JACK DELANO", "RICHARD DOUD", "IRENE DELANO", "JACK DELANO"])),
        [("Answer number 1 of", "Jack Delano"), ("Answer number 3 of", "Irene Delano")], ("##",)),
    # a diarisation script's records: the label alone, its times as fields, then its words; a rule between records
    "records of a label, times and words": ("meeting.txt", "Transcription and Diarization for meeting.mp4\n" + "=" * 50
        + "\n\n" + "".join(
            f"{who}:\nStart: 00:00:0{n}.000\nEnd: 00:00:0{n + 1}.000\nDuration: 1.000 seconds\n"
            f"Text: Record number {n} of the meeting.\n" + "-" * 50 + "\n"
            for n, who in enumerate(["Mayor Hattasal", "City Clerk", "Mayor Hattasal", "Commissioner Moores"])),
        [("Record number 1 of", "City Clerk"), ("Record number 3 of", "Commissioner Moores")],
        ("Start", "End", "Duration", "Text")),
    # a legislature's session as HTML: the title in bold, the name after it; a label after a stage direction's line
    "bold titles before names in a session's record": ("transcript.jsp", "<html><body><div>" + "".join(
        f"<b>ACTING PRESIDENT </b>MARTINS:   The bill number {n} will retain its place.<br/>\n&nbsp; <br/>\n"
        f"<b>SENATOR </b>BRESLIN:   Thank you, Mr. President, for bill number {n}.<br/>\n&nbsp; <br/>\n"
        f"&nbsp; (The Secretary called the roll.)<br/>\n&nbsp; <b>THE SECRETARY</b>:   Ayes, {40 + n}.<br/>\n"
        for n in range(4)) + "</div></body></html>",
        [("for bill number 2", "Senator Breslin"), ("Ayes, 43", "The Secretary")], ("Senator", "Acting President")),
    # a parliament watch's records in a JavaScript module, keyed by their ids, each naming its legislator
    "records keyed by their ids": ("records.js", "const records = \n" + json.dumps({
        str(n): {"id": n, "issue": "婚姻平權", "legislator": who, "party": "DPP", "date": 1336665600 + n,
                 "content": f"第{n}段質詢的內容，請問院長有何立場？", "position": "aye"}
        for n, who in enumerate(["黃昭順", "蕭美琴", "尤美女", "蕭美琴"], start=1)}, ensure_ascii=False) + "\n",
        [("第2段質詢", "蕭美琴"), ("第3段質詢", "尤美女")], ("婚姻平權", "DPP")),
    # a debates site's grid: each paragraph's number and speaker in plain spans of no telling class, the speech in
    # a <p> beside them; the site's menu of short links is no one
    "names in a grid beside each paragraph": ("14-aug-1947.html", (
        "<html><body><ul class='menu'>" + "".join(f"<li><a href='/{w}'>{w}</a></li>" for w in ("Home", "Debates",
                                                                                              "About", "Home"))
        + "</ul>" + "".join(
            f'<div class="grid" id="{n}"><div class="cols"><span class="num">5.36.{n}</span>'
            f'<span class="col-span-2 font-medium">{who}</span></div>'
            f'<div class="prose content"><p>Paragraph number {n} of the midnight session, spoken by the member.</p>'
            f"</div></div>" for n, who in enumerate(["Jawaharlal Nehru", "Chairman", "Jawaharlal Nehru",
                                                     "H. V. Kamath", "Chairman", "Jawaharlal Nehru"]))
        + "</body></html>"
    ), [("Paragraph number 2 of", "Jawaharlal Nehru"), ("Paragraph number 3 of", "H. V. Kamath"),
        ("Paragraph number 4 of", "Chairman")], ("Home", "Debates")),
    # a Chinese interview's numbered questions, its paragraphs indented by a tab (text, not a table's cells); a
    # budget's numbered items ("1.業務總收入：") are no labels
    "numbered questions indented by tabs": ("fangtan.txt", (
        "对此，负责人接受采访，回答了记者提问。\n" + "".join(
            f"\t{n}.问：第{n}个问题是什么？\n\t答：第{n}个回答是这样的。\n\t第{n}个回答的第二段。\n" for n in (1, 2, 3))
        + "\t4.業務總收入：9億8,610萬元，照列。\n"
    ), [("第2个问题是什么", "问"), ("第2个回答的第二段", "答"), ("9億8,610萬元", "答")], ("業務總收入",)),
    # a table of briefings, a transcript a row: the words opening a row before its first label are no one's named,
    # not the last row's speaker
    "a transcript a row, each opening unlabelled": ("briefings.csv", "title,date,transcript\n" + "".join(
        f'Briefing {n},2021-0{n + 1}-01,"Good afternoon, this is briefing {n}.\n\nMS. PSAKI: Hi, opening {n}.\n\n'
        f'Q: What about the bill {n}?\n\nMS. PSAKI: We are working on it, answer {n}."\n' for n in range(3)),
        [("this is briefing 1", UNKNOWN_SPEAKER), ("answer 1", "Ms. Psaki"), ("the bill 2?", "Q")], ()),
    # a civic app's record of a meeting's video: the whole transcript on one line under "fullTranscript", and a
    # summary of a few lines beside it that repeats some of its sentences
    "a video's full transcript on one line": ("S3NKv99hKXI.json", json.dumps({"data": {
        "YoutubeMetadata": {"title": "November Monthly Meeting"}, "properties": {
            "fullTranscript": " ".join(f"Sentence number {n} of the board meeting, said tonight." for n in range(60)),
            "summary": "\n".join(f"Sentence number {n} of the board meeting, said tonight." for n in range(25))}}}),
        [("Sentence number 50 of", UNKNOWN_SPEAKER)], ()),
    # a classroom dataset's rows: the student's turn and the teacher's reply, each in a column named for its role
    "a text column for each role": ("uptake_data.csv", (
        "obs_id,exchange_idx,student_text,teacher_text,uptake\n"
        "4,65,I am having trouble with these two.,To solve them?,0.6\n"
        "7,69,\"They are different, the denominators.\",What word did I use?,1.0\n"
    ), [("trouble with these two", "student"), ("To solve them?", "teacher"), ("What word did I use", "teacher")],
        ("obs",)),
    # a dharma talk's questions from people the transcriber could not name, described instead ("Same person:"):
    # each their own speaker, not the teacher's words going on
    "speakers described, not named": ("talk.md", "".join(
        f"**Katagiri Roshi:** Answer number {n}, about zazen.\n\n**{who}:** Question number {n}, about breath?\n\n"
        for n, who in enumerate(["Question", "Same person", "Another person", "Same person", "Question"])),
        [("Question number 1,", "Same person"), ("Question number 2,", "Another person"),
         ("Answer number 2,", "Katagiri Roshi")], ()),
    # a documentary edition's minutes, the editor supplying each label's colon in brackets ("J. D. Lee[:]")
    "an editor's colon in brackets": ("minutes-1847.md", "".join(
        f"> {who}[:] Remark number {n} of the council, said in turn.\n\n"
        for n, who in enumerate(["J. D. Lee", "A. P. Rockwood", "B. Young", "J. D. Lee", "B. Young"])),
        [("Remark number 1 of", "A. P. Rockwood"), ("Remark number 4 of", "B. Young")], ()),
    # a support dataset of short dialogues, each a list of one-key turns, terse replies among them
    "short dialogues of one-key turns": ("dialogs.json", json.dumps([{"dialog": [
        {"customer": f"Is order {n} shipped?"}, {"agent": "Yes."}]} for n in range(4)]),
        [("Is order 2 shipped?", "customer")], ()),
    # a travel agency's chats printed by a script with str(): a count, then a Python literal of conversations, each
    # message an object of one key, the speaker, its value the words
    "conversations as a Python literal, a key a speaker": ("data.txt", "2\n" + repr([
        {"source_id": str(90001 + c), "messages": [{who: f"Message {c}-{n} of the chat, typed here."}
                                                   for n, who in enumerate(["user", "assistance"] * 3)]}
        for c in range(2)]), [("Message 1-2 of", "user"), ("Message 0-3 of", "assistance")], ("source_id",)),
    # a show's transcript saved as a JSON object's keys, one wrapped line each, every value null
    "lines kept as an object's keys": ("Episode9.json", json.dumps(dict.fromkeys(
        ["Dimension 20", "Do Clothes Die?"] + [line for n in range(4) for line in (
            f"Aabria: Hello and welcome to the show number {n}, my", "pack of pixies.",
            f"Surena: Ooh, different over Zoom number {n}.")])),
        [("welcome to the show number 2", "Aabria"), ("over Zoom number 3", "Surena")], ()),
    # a show's turns, one a row, under "actor" and "text", beside columns of each turn's times ("start_turn"):
    # times are no role's words
    "a turn's times named like roles' columns": ("E_12.csv", '"","episode","actor","text","start_turn","end_turn"\n'
        + "".join(f'"{n}",12,"{who}","line number {n} of the game, said at the table",{n}.5,{n}.9\n'
                  for n, who in enumerate(["MATT", "LIAM", "ORION", "MATT"] * 2)),
        [("line number 2 of", "Orion"), ("line number 5 of", "Liam")], ("start", "end")),
    # a counselling corpus: an id of digits and an underscore is no time, and the speaker is the column beside the
    # header's text, not the dialogue act after it
    "a session's rows with ids and dialogue acts": ("204.csv", "ID,Type,Utterance,Dialog_Act\n" + "".join(
        f"204_{n},{'TP'[n % 2]},\"Line number {n} of the session, said in turn.\",{['gt', 'irq', 'id'][n % 3]}\n"
        for n in range(8)), [("Line number 4 of", "T"), ("Line number 5 of", "P")], ("gt", "irq", "id")),
    # a dataset's conversations keyed by their ids, each a list of turns ("turn" beside its translation)
    "conversations keyed by their ids": ("Spanish_MI.json", json.dumps({
        f"{key}.html": [{"speaker": who, "turn": f"Frase {n} de la conversación {key}.",
                         "translated_turn": f"Sentence {n} of conversation {key}.", "turn_number": n}
                        for n, who in enumerate(["counselor", "patient", "counselor"])] for key in ("a", "b", "c")}),
        [("Frase 1 de la conversación a", "patient"), ("Frase 2 de la conversación b", "counselor")], ()),
    # an e-zine's interview as a PHP page opening at <body> (a template writes the head): no main text is found
    # unless the page has a root
    "a PHP page opening at its body": ("interview.php", (
        '<?php\n  $page_title = "Interview";\n  include("./templates/header.php");\n?>\n<body>\n<div id="wrapper">\n'
        '<?php include("./templates/nav_header.html"); ?>\n<div class="left_align_narrow">\n' + "".join(
            f"<p>\nLAJ:  <span class='italic'>What is it like to live as an artist, question {n}?</span>\n</p>\n"
            f"<p>\nCE:  It is hard because I have a job as well, answer {n}.\n</p>\n" for n in range(4))
        + "</div>\n</div>\n</body>\n</html>\n"
    ), [("question 2?", "LAJ"), ("answer 3.", "CE")], ()),
    # a meeting's notes with its Zoom chat pasted in as bullets: each message its sender's
    "a Zoom chat pasted into notes": ("fedcm-notes.md", (
        "# FedCM call\n\n" + "".join(f"* **{who}**: point number {n} about the service worker.\n"
                                       for n, who in enumerate(["Heather", "Dominic", "Sam", "Dominic"]))
        + "\n## Chat\n\n"
        "  * 2026-05-19 17:44:11 From Will Bartlett to Everyone: the forbidden headers are prefixed\n"
        "  * 2026-05-19 17:48:00 From Phil Smart to Everyone: Shame token binding was not successful\n"
    ), [("point number 3", "Dominic"), ("forbidden headers", "Will Bartlett"), ("token binding", "Phil Smart")],
        ()),
    # a podcast's edit list: "EDL" on each row under its own header is no speaker; labels open a good share of the
    # long rows, each going on over the rows below it
    "a podcast's edit list": ("petaflop.tsv", "EDL\tRecord In\tRecord Out\tClipname\tSubtitle\n" + "".join(
        f"EDL\t00:{n:02d}:00,000\t00:{n:02d}:20,000\t| Commoditizing the Petaflop |\t{opening}We talk about the "
        f"compute, the chips and the frameworks people build on them, part {n} of the episode.\n"
        for n, opening in enumerate(["Swyx: Hey everyone. ", "", "George: Sure. ", "", "", "Alessio: Right. ", "",
                                     "Swyx: Okay. ", "George: Yes. ", "", "Alessio: Thanks. ", ""])),
        [("part 1 of the episode", "Swyx"), ("part 4 of the episode", "George"), ("part 6 of", "Alessio")],
        ("EDL",)),
    # a page of the Czech Chamber's record opening inside a speech names who goes on; a minister's label holds the
    # office in lower case before the name, as the Polish Sejm's does
    "a record's continued speech and ministers by office": ("s127027.txt", (
        "(18.20 hodin)\n\n(pokračuje Eva Decroix)\n\nOno to vypadá, že ten návrh je velmi elementární.\n\n"
        "Místopředseda PSP Jan Skopeček: Děkuji. Pane ministře, prosím, ujměte se slova.\n\n"
        "Ministr spravedlnosti ČR Pavel Blažek: Dobrý den. Děkuji znovu za slovo.\n\n"
        "Místopředseda PSP Jan Skopeček: Děkuji, pane ministře.\n\n"
        "Sekretarz Stanu w Ministerstwie Zdrowia Jan Nowak: Panie Marszałku, Wysoka Izbo.\n\n"
        "Poslankyně Eva Decroix: Děkuji za slovo, budu stručná.\n"
    ), [("velmi elementární", "Poslankyně Eva Decroix"),
        ("Děkuji znovu za slovo", "Ministr spravedlnosti ČR Pavel Blažek"),
        ("Wysoka Izbo", "Sekretarz Stanu w Ministerstwie Zdrowia Jan Nowak"),
        ("Děkuji, pane ministře", "Místopředseda PSP Jan Skopeček")], ()),
    # sibling bullet items each opening with a name are a round of people, each item a paragraph: "Olav", used
    # once, speaks (he was read as an aside in Amber's item); an item under a label stays its speaker's words
    "a round of introductions in bullets": ("2017-03-28.md", (
        "# Attendees\n\n| Name | Organization |\n|---|---|\n| Olav Vahtras | KTH |\n| Amber Budden | DataONE |\n\n"
        "# Agenda\n1. Introductions\n  * **Amber**: Director of Community Engagement with DataOne.\n"
        "  * **Olav**: Chemistry professor in Sweden.\n  * **Kari**: Deputy Director of Assessment.\n\n"
        + "".join(f"Kari: I got help from a member, step {n}.\n\nAlycia: NIMBioS has resources, part {n}.\n\n"
                  for n in range(4))
        + "Matt: Welcome, everyone.\n\nAmber: We ran a survey of the workshops.\n\n"
        "Matt:\n    - We have lots of people on the call\n"
        "    - Conundrum: we have an open call that anyone can join\n"
    ), [("Chemistry professor in Sweden", "Olav"), ("Director of Community Engagement", "Amber"),
        ("an open call that anyone", "Matt")], ("Conundrum",)),
    "protocols under coded headings credit each code": ("protokolle.md", (
        "## Gedächtnisprotokolle\n\n"
        "### Interview Betreuer (B1)\n\n1. Welche Aufgabe hast du?\n\nIch betreue die Studenten seit vier Jahren.\n\n"
        "2. Wie ist das Klima?\n\nDas Klima ist gut, die Wege sind kurz.\n\n"
        "### Interview Student 1 (S1)\n\n1. Welches Tool nutzt du?\n\nIch nutze am häufigsten das Mailprogramm.\n\n"
        "2. Was fehlt dir?\n\nMir fehlt mehr Rückmeldung zu den Aufgaben.\n"
    ), [("Ich betreue die Studenten", "B1"), ("die Wege sind kurz", "B1"), ("am häufigsten das Mailprogramm", "S1"),
        ("Welches Tool nutzt du?", UNKNOWN_SPEAKER)], ()),  # the interviewer, whom nothing names
    # a write-up's own sections, above every question heading, are no answers; a heading under a question's asks;
    # "Fonte:" and "Observação:" are notes, no speakers
    "a write-up's sections around its questions": ("entrevista.md", (
        "# Entrevista com a estudante Ana Maria Souza\n\n"
        "## Introdução\nNeste documento estão os resultados da entrevista com Ana Maria Souza.\n\n"
        "**Fonte:** [Larissa](https://example.org)\n\n"
        "## Respostas\n\n### Qual o seu curso?\nFisioterapia, no décimo semestre.\n\n"
        "### Você já usou estas funções?\n\n#### Declaração de Bolsista\nSim, foi bolsista uma vez só.\n\n"
        "### Como avalia o sistema?\nAs notas são fáceis de achar.\n\n**Observação:** Ela usa o celular.\n"
    ), [("Neste documento estão", UNKNOWN_SPEAKER), ("Fisioterapia, no décimo", "Ana Maria Souza"),
        ("foi bolsista uma vez", "Ana Maria Souza"), ("Ela usa o celular", "Ana Maria Souza")], ("Fonte",)),
    "speaker and text fields": ("Id_13_str.txt", (
        "Speaker: SPEAKER_02\nText:  It was easier to relax in the forest.\n\n"
        "Speaker: SPEAKER_00\nText: Could you focus on the body scan?\n\n"
        "Speaker: SPEAKER_02\nText: Yes, after a while.\n"
    ), [("easier to relax", "SPEAKER_02"), ("body scan", "SPEAKER_00")], ("Text",)),
    # a court clerk's "Name:-" labels, after a sentence's end on the same line too, the space after the dash
    # optional; a line separator (U+2028) breaks a line
    "colon-dash labels": ("depoimento.txt", (
        "TERMO DE TRANSCRIÇÃO\u2028Em 14 de março de 2016.\n\n"
        "Delegado da Polícia Federal:- O endereço do escritório? Defesa:- Como?\n"
        "Delegado da Polícia Federal:-Vamos lá. Eu vou pedir uma segurança maior.\nDeclarante:- Estou pronto.\n"
    ), [("O endereço do escritório?", "Delegado da Polícia Federal"), ("Como?", "Defesa"),
        ("uma segurança maior", "Delegado da Polícia Federal"), ("Estou pronto.", "Declarante")], ()),
    # a police statement in reported speech: a news site's headline among its paragraphs is no label
    "a police statement": ("termo.txt", (
        "Na Superintendência da Polícia Federal em Curitiba, onde presente se encontrava a Delegada, "
        f"compareceu Maria Clara Ribeiro\n\n{STATEMENTS}\n\n"
        "Leia também:\n\nJoice Silva: governo quer mudar a polícia\n\n"
        "QUE depois da reunião falou com os ministros;\n\n"
        "Que o Declarante entende que a apuração deve continuar;\n\nNada mais disse e nem lhe foi perguntado.\n"
    ), [("o ponto 3 sobre", "Maria Clara Ribeiro"), ("falou com os ministros", "Maria Clara Ribeiro"),
        ("a apuração deve continuar", "Maria Clara Ribeiro"), ("governo quer mudar", UNKNOWN_SPEAKER),
        ("Nada mais disse", UNKNOWN_SPEAKER)], ("Joice Silva",)),
    # a page whose headline alone names whom it interviews (its <title> the site's); a bold line asking nothing,
    # a sentence long, among bold questions is a prompt too
    "a page's headline": ("news-item.php", (
        "<!DOCTYPE html><html><head><title>Film Festival</title></head><body>"
        "<section><h2>“BLUE HOURS” – AN INTERVIEW WITH CINEMATOGRAPHER JAN NOWAK</h2>"
        "<p>The documentary won many awards. Its cinematographer, Jan Nowak, agreed to talk to us.</p>"
        "<p><strong>How did you feel about the awards?</strong></p><p>We were proud of how it was received.</p>"
        "<p><strong>What was the hardest part of the shoot?</strong></p><p>Winter nights in the mountains.</p>"
        "<p><strong>It sounds hard, almost like being a guide.</strong></p><p>A director is a guide for the subject."
        "</p></section></body></html>"
    ), [("proud of how it was received", "Jan Nowak"), ("Winter nights", "Jan Nowak"),
        ("almost like being a guide", UNKNOWN_SPEAKER), ("a guide for the subject", "Jan Nowak")], ()),
    # a script handing its data to a function; a numeric id's voice slug, given elsewhere in the file
    "a registered script's voices": ("minutes.js", (
        "/* generated */\nwindow.DB.registerMinutes({\"id\": \"x\", \"voices\": ["
        "{\"speaker\": \"1\", \"text\": \"Welcome to the show.\"},"
        "{\"speaker\": \"1\", \"voice\": \"annlee\", \"text\": \"My name is Ann Lee.\"},"
        "{\"speaker\": \"7\", \"voice\": \"bobroy\", \"text\": \"Glad to be here.\"}]});\n"
    ), [("Welcome to the show.", "annlee"), ("Glad to be here.", "bobroy")], ("1", "7")),
    "a name over a time range and a note": ("call.txt", (
        "Transcript:\n\nPRESENTATION\n\nJane Park 00:00:01 – 00:09:45 (Group Performance)\n\n"
        "This has been an extraordinary quarter for the group.\n\n"
        "Omar Diaz 00:09:46 – 00:15:02 (Retail)\n\nRetail grew twelve percent.\n\n"
        "Jane Park 00:15:03 – 00:20:00 (Outlook)\n\nWe expect a steady year.\n"
    ), [("extraordinary quarter", "Jane Park"), ("Retail grew", "Omar Diaz"), ("steady year", "Jane Park")], ()),
    "CLOVA Speech's utterances": ("transcription.json", (
        '{"utterances": [{"start_at": 136, "duration": 580, "spk": 0, "msg": "당뇨 관리는 근육량의 싸움입니다."},'
        ' {"start_at": 826, "duration": 320, "spk": 1, "msg": "네, 그렇군요."},'
        ' {"start_at": 1826, "duration": 320, "spk": 0, "msg": "운동을 하셔야 합니다."}]}'
    ), [("근육량의 싸움", "SPEAKER_00"), ("그렇군요", "SPEAKER_01")], ()),
    "seconds ranges of a diariser, the label on the line or alone above the words": ("diarized.txt", (
        "[  0.03s -   2.06s] SPEAKER_00: so i'll show you the room\n"
        "[  2.61s -  10.14s] SPEAKER_01: okay that sounds good\n"
        "[ 11.07s -  12.59s] SPEAKER_00: it's starting there you go\n"
    ), [("show you the room", "SPEAKER_00"), ("that sounds good", "SPEAKER_01")], ()),
    "a chat log's clock after the half of the day": ("meeting.txt", (
        "[下午07:11:48] Bestian: 我先把今天的網址貼上來好了\n\n"
        "[下午07:11:55] Joshua Yang: 因為我自己常常會忘記按這個按鍵\n\n"
        "[下午07:12:30] Bestian: 好的謝謝大家\n"
    ), [("網址貼上來", "Bestian"), ("常常會忘記", "Joshua Yang")], ()),
    "JSON a cleaning step wrote, in a .md file": ("cleaned_script.md", (
        '{"cleaned_script": [{"id": [5], "speaker": "question", "cleaned_sentence": "연휴는 잘 보내셨나요?"},'
        ' {"id": [7], "speaker": "answer", "cleaned_sentence": "집에 있었습니다."}]}'
    ), [("연휴는 잘", "question"), ("집에 있었습니다", "answer")], ()),
    # raw line breaks inside a JSON string, the turns' names in corner brackets, a base64 blob of word timings
    "a debate's JSON with cornered names": ("debate.json", (
        '{"fact": {"title": "Carter, Ford"}, "plainText": "\n'
        + "".join(f"⌊{who}⌋{words} (round {n})\n" for n in range(8) for who, words in [
            ("Walters", "Good evening, I am the moderator."), ("Ford", "I believe the people will decide."),
            ("Carter", "This administration has no urban policy.")])
        + '", "data": "' + "\n".join(["QUFBQUFBVUFBQUFPQUFBQUVnQUFBQm9BQUFBakFBQUFMUUFBQURB"] * 40) + '"}'
    ), [("no urban policy. (round 2)", "Carter"), ("people will decide. (round 5)", "Ford")], ()),
    "a speech under its dateline": ("speech.md", (
        "# Regeringsförklaringen\n\nStatsminister Ulf Kristersson, riksdagen, den 18 oktober 2022\n\n"
        "Herr talman, ärade ledamöter av Sveriges riksdag! Vi tar nu ansvar för Sverige tillsammans.\n\n"
        "I valet gav väljarna oss mandat att sätta Sverige på en ny kurs, och det mandatet tar vi på allvar.\n\n"
        "Låt mig därför idag tala klarspråk om de kriser som landet befinner sig mitt i just nu.\n\n"
        + "Regeringen ska bygga ut kärnkraften, stärka polisen och ge skolan mer tid för kunskap och lärande. " * 3
        + "\n\n"
        "Sveriges arbetslöshet är en av EU:s högsta, och vi har lägst tillväxt av alla länder i unionen.\n\n"
        "Frihet och ansvar är svenska ledstjärnor, och min regering kommer att stå upp för dem varje dag.\n"
    ), [("Statsminister Ulf", UNKNOWN_SPEAKER), ("EU:s högsta", "Ulf Kristersson"),
        ("Frihet och ansvar", "Ulf Kristersson")], ("EU",)),
    "names alone over each caption's words": ("scene.vtt", "".join(
        f"{i}\n00:00:{i:02d}.000 --> 00:00:{i:02d}.900\n{who}\n{words}\n\n" for i, (who, words) in enumerate([
            ("Camren", "Make sandwiches!"), ("Sydney", "Tina, fire every chicken."), ("Camren", "Yes, Chef."),
            ("Richie", "You don't need to curse at me."), ("Sydney", "The cakes are in the oven."),
            ("Richie", "Fine."), ("Camren", "Behind!")], start=1)
    ), [("Make sandwiches", "Camren"), ("curse at me", "Richie"), ("cakes are in the oven", "Sydney")], ()),
    # a script without case: its names recur, however long the unlabelled speech between them
    "labels in Tamil": ("debate.md", (
        "**முதல்வர்:** அனுமதி கேட்டிருக்கிறார், ஆகவே அனுமதியில்லாமல் விற்று விடுவது இல்லை.\n\n"
        + "".join(f"நான் இந்த அவையில் சொல்ல விரும்புவது இது தான், இது ஒரு நீண்ட உரை {n}.\n\n" for n in range(40))
        + "**கே. விநாயகம்:** நான் விற்க மாட்டேன் என்று இன்னும் வைத்திருக்கிறேன்.\n\n"
        "**வி. கே. கோதண்டராமன்:** எங்கள் கட்சியில் யாரும் கார் வாங்கவில்லை.\n\n"
        "**முதல்வர்:** கடவுள் உங்கள் பக்கத்தை விட்டு வெளியே போய் விட்டார்.\n\n"
        "**கே. விநாயகம்:** அது உண்மை இல்லை.\n\n**வி. கே. கோதண்டராமன்:** நாங்கள் ஒப்புக்கொள்ள மாட்டோம்.\n\n"
        "## English translation\n\n**Chief Minister:** He has asked for permission.\n\n"
        "**Vinayagam:** I still keep it.\n\n**Chief Minister:** God has left your side.\n"
    ), [("யாரும் கார் வாங்கவில்லை", "வி. கே. கோதண்டராமன்"), ("நான் விற்க மாட்டேன்", "கே. விநாயகம்"),
        ("கடவுள் உங்கள்", "முதல்வர்")], ()),
    "Deepgram's Chinese, a character a token": ("deepgram.json", (
        '{"results": {"channels": [{"alternatives": [{"transcript": "這 不 雞 配 你 知 道", "paragraphs": {'
        '"paragraphs": [{"speaker": 0, "start": 0.1, "end": 2.0, "sentences": [{"text": "這 不 雞 配 你 知 道"}]},'
        ' {"speaker": 1, "start": 2.1, "end": 4.0, "sentences": [{"text": "喝 可 樂 至 少 7 5 % 以 上"}]}]}}]}]}}'
    ), [("這不雞配你知道", "SPEAKER_00"), ("喝可樂至少75%以上", "SPEAKER_01")], ()),  # digits written apart too
    # a council record titling each speech with its speaker, again and again (an event's title empty)
    "a record's recurring titles": ("hansard.json", '{"speeches": [' + ", ".join(
        f'{{"title": "{who}", "content": "{words}", "sequence": {n}}}' for n, (who, words) in enumerate([
            ("主席", "秘書，請響鐘傳召議員進入會議廳。"), ("", "(在傳召鐘響後，多位議員進入會議廳)"),
            ("主席", "各位議員，我們幾乎每次都因為不足法定人數而未能準時開會。"),
            ("梁耀忠議員", "他只是顧左右而言他。"),
            ("主席", "請局長發言。"), ("梁耀忠議員", "我要求政府交代清楚。")])) + "]}",
     [("不足法定人數", "主席"), ("顧左右而言他", "梁耀忠議員"), ("多位議員進入", UNKNOWN_SPEAKER)], ()),
    "a scraper's fields on one line": ("five.txt", (
        "This is a rush transcript.\n"
        "Name: DANA PERINO ( CO-HOST) ; Race: N.A ; Dialogue:  Hello, everyone, and this is the show.\n"
        "Name: JESSE WATTERS ; Race: N.A ; Dialogue:  Carter Page actually helped the FBI.\n"
        "Name: DANA PERINO ; Race: N.A ; Dialogue:  There is a theory it could be a trap.\n"
    ), [("Hello, everyone", "Dana Perino"), ("helped the FBI", "Jesse Watters")], ("Name",)),
    "labels closed by two colons": ("s127027.txt", (
        "Poslankyně Helena Válková:: Děkuji. Možná je nebudu potřebovat.\n\n"
        "Místopředseda Jan Skopeček:: Děkuji, paní poslankyně.\n\n"
        "Poslankyně Helena Válková:: Mě překvapil tenhle pozměňovací návrh.\n"
    ), [("překvapil tenhle", "Poslankyně Helena Válková"), ("paní poslankyně", "Místopředseda Jan Skopeček")], ()),
    # a sheet's record naming its narrator, its dialogue labelled inside: the interviewer's question is not hers
    "records holding a dialogue": ("sheet.json", json.dumps([
        {"Name": "Joanna Tavares Fernandez", "Address": "10 Clorane St.", "Dialogue": (
            "Joanna:    My name is Joanna Fernandez.\n\nRay:    So Holy Name was racially integrated?\n\n"
            "Joanna:    Not really. There were only a few of us.")},
        {"Name": "Sylvia Ann Soares", "Address": "Bates St.", "Dialogue": (
            "Sylvia:    Good afternoon, I'm Sylvia.\n\nRay:    Tell us the decades.\n\n"
            "Sylvia:    I was born in 1941.")},
    ]), [("racially integrated", "Ray"), ("only a few of us", "Joanna"), ("born in 1941", "Sylvia")],
        ("Joanna Tavares Fernandez",)),
    # a profile's heading ("受访人简介：") is a section, whoever it is about
    "a Chinese profile heading": ("koushu.txt", (
        "主持人：请您先介绍一下自己。\n\n陈光荣：我在广州教书三十年了。\n\n受访人简介：陈光荣，男，1962年生，江西宜春人。\n\n"
        "主持人：您为什么去贵州支教？\n\n陈光荣：因为那里的孩子需要老师。\n\n主持人：谢谢您。\n\n陈光荣：不客气。\n"
    ), [("1962年生", UNKNOWN_SPEAKER), ("那里的孩子需要老师", "陈光荣")], ("受访人简介",)),
    "a lower-case name of two words after a clock": ("vtaiwan.txt", (
        "[下午07:28:17] Bestian: 就是說看Service那邊會不會傳過來\n\n"
        "[下午07:29:21] anan shi: 對因為我就是想要講一件事情\n\n"
        "[下午07:30:02] Bestian: 好那我們繼續\n\n[下午07:31:40] anan shi: 很像是在開議會的時候\n"
    ), [("很像是在開議會的時候", "anan shi"), ("好那我們繼續", "Bestian")], ()),
    # a press conference's labels in bold paragraphs of their own, again and again, in a page kept as XML text
    "labels in paragraphs of their own, in HTML inside XML": ("transcript-10583.xml", (
        '<?xml version="1.0" encoding="UTF-8" ?><transcripts><transcript><transcript-id>10583</transcript-id>'
        "<title>Questions and Answers, National Press Club</title><content><![CDATA[<p>8 December 1997</p>"
        + "".join(f"<p><b>JOURNALIST:</b></p><p>Question {n} from the floor, Prime Minister, about the budget?</p>"
                  f"<p><b>PRIME MINISTER:</b></p><p>Answer {n}: our budgets are never holding exercises.</p>"
                  for n in range(1, 6))
        + "]]></content></transcript></transcripts>"
    ), [("Question 4 from the floor", "Journalist"), ("Answer 5: our budgets", "Prime Minister")], ()),
    # a lecture's notes label the class's questions only: the lecturer's answer below is no one's, not "Question"
    "a lecture's labelled questions": ("Lesson3.md", (
        "# Lesson 3\n\nToday we look at multi-label classification and segmentation, as promised last week.\n\n"
        "**Question**: Is there a reason we shouldn't make a lot of smaller datasets to step up from? [[1:10:51]]\n\n"
        "Yes, you should totally do that. It works great, and it is called progressive resizing.\n\n"
        "**Question**:  For a dataset very different than ImageNet we should use our own stats.\n\n"
        "Jeremy once said:\n\n> If you're using a pretrained model you need to use the same stats.\n\n"
        "Why is that? Is it the possibility of skewness or something else?\n\n"
        "Nope. As you can see, I've used pre-trained models for all of those things, haven't I?\n\n"
        "In every case we use gradient descent with mini batches.\n"
    ), [("progressive resizing", UNKNOWN_SPEAKER), ("possibility of skewness", "Question"),
        ("I've used pre-trained models", UNKNOWN_SPEAKER), ("mini batches", UNKNOWN_SPEAKER)], ()),
    # a call's presentation as its own file: one name over a recording's stretch heads all the words
    "one speaker under a recording's stretch": ("presentation.txt", (
        "Transcript:\n\nPRESENTATION\n\nSh V Srikanth 00:00:01 – 00:09:45 (Group Performance)\n\n"
        "So, this has been an extraordinary quarter for the group.\n\n"
        "Moving on to retail, footfalls were up by a third on last year.\n"
    ), [("extraordinary quarter", "Sh V Srikanth"), ("footfalls were up", "Sh V Srikanth")], ("PRESENTATION",)),
    # NeMo's diarised lines: a time range in seconds, then a reader's id alone, the words below
    "a diarised id under a range in seconds": ("transcript_with_speakers.txt", (
        "[0.00s - 6.74s] sp3000:\nArctic beauty and desolation may be found here.\n\n"
        "[6.74s - 9.82s] sp3000:\nthe endurance and skill of climbers.\n\n"
        "[21.18s - 26.80s] sp422:\nThe distinctions of moral values have originated.\n"
    ), [("Arctic beauty", "sp3000"), ("skill of climbers", "sp3000"), ("moral values", "sp422")], ()),
    # a podcast app's export: each snip's summary under its restated title is no one's; its transcript's quotes
    # open with the speaker in bold
    "a podcast app's snips": ("episode.md", (
        "---\ntitle: Episode 159\n---\n\n## Show notes\n> We talk about books.\n\n## Snips\n"
        "### [05:38] Changing Book Sales\n[Play snip](https://share.example/snip/1)\n**Changing Book Sales**\n"
        "- The book market has become tougher.\n#### Transcript\nClick to expand\n"
        "<blockquote><b>Fu</b>\n\nDo people still read books at all?</blockquote>\n"
        "<blockquote><b>Luo</b>\n\nI am still editing books for the magazine.</blockquote>\n\n"
        "### [26:10] Bridging Barriers\n**Bridging Barriers**\n- Editors must bridge barriers to reading.\n"
        "#### Transcript\n<blockquote><b>Luo</b>\n\nI still want to find those readers.</blockquote>\n"
        "<blockquote><b>Fu</b>\n\nYou call the reader a user now.</blockquote>\n"
    ), [("still read books", "Fu"), ("editing books", "Luo"), ("find those readers", "Luo"),
        ("reader a user", "Fu")], ("Changing Book Sales", "Bridging Barriers")),
    # a meeting's page: each turn's line a name, the member's role in parentheses and a linked time
    "a name, a role and a linked time over the words": ("2024-04-04_EPC.md", (
        "### transcript\n\nChris Raanes (EPC Chair)  [2:21](https://youtu.be/x&t=141)\nCan anyone hear us?\n\n"
        "Selena Brown (Public Education)  [2:26](https://youtu.be/x&t=146)\nWe can hear you.\n\n"
        "Chris Raanes (EPC Chair)  [2:28](https://youtu.be/x&t=148)\nFantastic. Thank you.\n"
    ), [("anyone hear us", "Chris Raanes"), ("We can hear you", "Selena Brown"), ("Fantastic", "Chris Raanes")], ()),
    # an OCR service's page: its printed blocks name no one, its full text's labels do
    "an OCR page's full text beside its blocks": ("DOJ-OGR-00000378.json", json.dumps({
        "document_metadata": {"page_number": "13", "document_type": "SORA HEARING"},
        "full_text": "SORA HEARING page 12\n" + "\n".join(f"{n} {line}" for n, line in enumerate([
            "THE COURT: Why does he have to register here?", "MS. GAFFNEY: Because it is registrable",
            "in Florida, the state he came from.", "MS. MUSUMECI: He has already registered.",
            *[f"THE COURT: Item {n} is noted." for n in range(20)], "MS. MUSUMECI: We reserve our right."], 1)),
        "text_blocks": [{"type": "printed", "content": "SORA HEARING page 12", "position": "header"},
                        {"type": "printed", "content": "1 THE COURT: Why does he have to register here?\n2 MS. "
                         "GAFFNEY: Because it is registrable\n3 in Florida, the state he came from.\n4 MS. MUSUMECI: "
                         "He has already registered.", "position": "middle"}],
    }), [("register here", "The Court"), ("state he came from", "Ms. Gaffney"), ("already registered", "Ms. Musumeci")],
        ()),
    # a statement under a dateline heading naming its speaker; its one label, well into the speech, introduces a list
    "a dateline heading over a statement with one label in it": ("statement.md", (
        "# Press conference: introductory statement\n\n"
        "## Jane Q. Doe, Governor of the Central Bank, 9 June 1998\n\n"
        + "\n\n".join(f"Paragraph {n} of the statement says what the bank decided today and why it matters, "
                      "as the governor reads it to the press in the hall, with the board sitting beside her."
                      for n in range(1, 7)) +
        "\n\nThe Governing Council: (i) took note of the rules of procedure;\n\n(ii) agreed to meet again.\n"
    ), [("Paragraph 1 of", "Jane Q. Doe"), ("took note of the rules", "Jane Q. Doe"), ("meet again", "Jane Q. Doe")],
        ("The Governing Council",)),
    # one label after a short header: the file's one speaker
    "one label opening a speech": ("remarks.txt", (
        "East Room\n\n11:05 A.M. EST\n\nTHE PRESIDENT: Thank you so much, everybody, please have a seat.\n\n"
        + "\n\n".join(f"Part {n} of the remarks goes on about the economy, the jobs it has made this year and "
                      "the work that is left to do for the families of this country." for n in range(1, 6)) + "\n"
    ), [("please have a seat", "The President"), ("Part 4 of", "The President")], ()),
    # a dubbing pipeline's output: its words and their speakers in two lists nested alike
    "words and speakers in parallel lists": ("translate_group_output.json", json.dumps({
        "translated_groups": [["欢迎来到节目。", "好的，我准备好了。"], ["你从哪里打来的？", "我从佛蒙特州打来。"]],
        "utterance_group_speakers": [["A", "B"], ["A", "C"]],
    }, ensure_ascii=False), [("欢迎来到节目", "A"), ("我准备好了", "B"), ("你从哪里打来", "A"), ("从佛蒙特州", "C")],
        ()),
    # a results call: the hosts' names alone over their words, each analyst's once, with the firm after a comma
    "an analyst named once with the firm": ("results_call.txt", "\n\n".join([
        "Sergio Ermotti", "Thank you, and good morning, everyone. Our results were strong this quarter.",
        "Todd Tuckner", "Thank you, Sergio. Revenues rose by five percent on the year.",
        "Sergio Ermotti", "With that, let's open for questions.",
        "Kian Abouhossein, JP Morgan", "Are you seeing a peak in yield-seeking from depositors?",
        "Sergio Ermotti", "Thanks, Kian. We are not seeing a peak yet.",
        "Todd Tuckner", "Hi, Kian. Deposits were stable in the quarter.",
        "Amit Goel, Mediobanca", "Is buying a wealth firm cheaper than hiring advisers?",
        "Todd Tuckner", "Hi, Amit. We look at both, and hiring is cheaper today.",
        "Sergio Ermotti", "Thank you, Mr Chairman.", "Todd Tuckner", "Thank you all for joining us today.",
    ]) + "\n", [("peak in yield-seeking", "Kian Abouhossein, JP Morgan"), ("not seeing a peak yet", "Sergio Ermotti"),
                 ("cheaper than hiring", "Amit Goel, Mediobanca"), ("Mr Chairman", "Sergio Ermotti")], ()),
    # a video's page: its fields in a list over the captions, which name no one; a bio's links in an answer
    "a video's fields over unlabelled captions": ("trading-or-gambling.md", (
        "# Trading or Gambling - Interview\n\n- **Channel:** Garys Economics\n- **Date:** 2022-03-27\n"
        "- **Duration:** 51:06\n- **Views:** 61K views\n- **URL:** https://www.youtube.com/watch?v=x\n\n"
        "## Transcript\n\n" + "\n\n".join(f"part {n} of the talk so we went on about markets and crypto and "
                                            "how my friends lost money trading this year" for n in range(1, 5))
        + "\n\nHe said it plainly.\n\n- GitHub: @norbusan\n- Website: preining.info\n"
    ), [("part 1 of", UNKNOWN_SPEAKER), ("part 4 of", UNKNOWN_SPEAKER)], ("Views", "Date", "Website", "GitHub")),
    # a clip archive's page: its front matter's description runs over lines of its own, a byline labels a date
    "a front matter's description over lines, a byline over a date": ("20250412_clip.md", (
        "---\nDate Generated: April 13, 2025\nLength: 358s\nFollow the Socials: \n"
        "Main Channel ► https://www.youtube.com/x\nhttps://twitter.com/x\n---\n\n# Asked to Step In\n"
        "**Streamer:** [April 12, 2025](https://www.youtube.com/watch?v=x)\n"
        "*  During that time he suffered internal bleeding and could not see a specialist [[00:00:00](https://y)]\n"
        "*  I just want to give you a big thanks for everything you do [[00:00:08](https://y)]\n"
    ), [("internal bleeding", UNKNOWN_SPEAKER), ("a big thanks", UNKNOWN_SPEAKER)], ("Streamer",)),
    # f4's time marks: one paragraph holding two turns; a label written once without its accent
    "two turns between time marks, a label without its accent": ("hart_aber_fair.txt", "\n\n".join(
        [f"#00:0{n}:00-1# {who}: Turn {n} of the show about Greece. #00:0{n}:09-2#" for n, who in enumerate(
            ["Plasberg", "Blome", "Plasberg", "Gröhe", "Plasberg", "Blome", "Plasberg", "Gröhe", "Plasberg"])]
        + ["#00:10:00-1# Plasberg: You heard the appeals, Herr Gröhe. #00:10:02-0# #00:10:02-9# Nettersheim: "
           "Our kindergarten hangs the bread on the bin every afternoon. #00:10:20-0#",
           "#00:11:00-1# Grohe: Germany is liable for 37 billion already. #00:11:09-0#"]) + "\n",
     [("You heard the appeals", "Plasberg"), ("hangs the bread", "Nettersheim"), ("37 billion", "Grohe")], ()),
    # a fact-check: each claim a quotation of its own, a dash and who said it; the checker's prose is no one's
    "claims quoted with their speaker after a dash": ("factchecked.md", (
        "# Question Time, factchecked\n\nOn the panel were five guests.\n\n"
        "“There’s been no court ruling on this issue, that’s wrong”—Nigel Dodds MP\n\n"
        "There have been legal challenges, but no court has ruled.\n\n"
        "“Half our trade is with the European Union”—Lord Hain\n\nThat is about right.\n\n"
        "“You continually refuse to bring it into law”—Audience member\n"
    ), [("no court ruling", "Nigel Dodds MP"), ("Half our trade", "Lord Hain"), ("refuse to bring", "Audience member"),
        ("no court has ruled", UNKNOWN_SPEAKER)], ()),
    # a corpus of a tribunal's paragraphs: each row names the session's witness and a 0/1 class, not who speaks
    "a session's witness on every row": ("tribunal-corpus.csv", '"","paragraph","label","tribunal","witness","date"\n'
        + "".join(f'"{n}","MR PETIT paragraph {n} of the hearing where counsel speaks at length about the case",'
                  f'{n % 2},1,"{"Vann Nath" if n <= 60 else "Suada Ramic"}","29.06.2009"\n' for n in range(1, 121)),
     [("paragraph 7 of", UNKNOWN_SPEAKER), ("paragraph 90 of", UNKNOWN_SPEAKER)], ("Vann Nath", "Suada Ramic")),
    # a federal court's pages, each headed by the witness and the examination; a second file heads two witnesses
    "a running head naming the witness": ("conrad-direct.txt", "\n".join(
        [f"C2FFDAU6        Conrad - {kind}          Page {page}" + "".join(
            f"\n{n}    Q. Did you write letter {page}-{n:02} yourself?\n{n + 1}    A. I wrote letter {page}-{n:02}."
            for n in range(1, 24, 2)) for page, kind in ((201, "direct"), (202, "direct"), (203, "cross"))]) + "\n",
     [("Did you write letter 201-01", "Question"), ("I wrote letter 202-05", "Conrad"),
      ("I wrote letter 203-03", "Conrad")], ()),
    "running heads naming two witnesses": ("two-witnesses.txt", "\n".join(
        [f"C2FFDAU6        {who} - direct          Page {page}" + "".join(
            f"\n{n}    Q. Did you see car {page}-{n:02}?\n{n + 1}    A. I saw car {page}-{n:02}."
            for n in range(1, 24, 2))
         for page, who in ((201, "Conrad"), (202, "Davis"))]) + "\n",
     [("I saw car 201-01", "The Witness"), ("I saw car 202-01", "The Witness")], ("Conrad", "Davis")),
    # where the rules above must not reach: a speaker called Link; a news story opening with a person and a date;
    # a monologue after show notes; a section title over one timed stretch; a clerk answering with a date; a sermon
    # quoting one author thrice; notes under a rule; a field list beside a transcript list in JSON
    "a speaker whose name is a field word": ("gmm.txt", "".join(
        f"Link: Welcome to part {n} of the show, everyone.\nRhett: Yeah, that is right, part {n}.\n"
        for n in range(3)), [("Welcome to part 1", "Link"), ("that is right, part 2", "Rhett")], ()),
    "a clerk's answer that is a date": ("minutes.txt", (
        "Chair: When was the treaty signed?\nClerk: 12 March 2019\nChair: Thank you, clerk.\n"
        "Member: And ratified?\nChair: Next year, I believe.\nMember: Thank you.\n"
    ), [("12 March 2019", "Clerk")], ()),
    "notes under a rule": ("notes.md", "---\n**Alice Smith**\n- We shipped it.\n\n**Bob Jones**\n- Tests pass.\n",
                           [("shipped it", "Alice Smith"), ("Tests pass", "Bob Jones")], ()),
    # a translated interview asking in headings whose hashes touch the words ("###问："), answering under "答："
    "questions in unspaced headings": ("dibona.md", "# 开源是冷酷无情的\n\n" + "\n\n".join(
        f"###问：第{n}个问题，你最喜欢哪个？\n\n答：\n    第{n}个回答，我最常用安卓。" for n in range(1, 4)) + "\n",
        [("第2个问题", "问"), ("第2个回答", "答")], ()),
    # a podcast's structured notes: bulleted bold labels, one of them a code among Chinese names
    "a code among names, each after a bullet": ("sg101.md", "\n".join(
        f"- **主持人**：第{n}个问题是什么？\n- **小华**：第{n}个看法是这样的。\n- **JP**：第{n}个补充是迪士尼。"
        for n in range(1, 5)) + "\n", [("第2个补充", "JP"), ("第3个看法", "小华")], ()),
    # a blog's interview: a numbered list of bold questions, the answers indented under them, the interviewee named
    # by the title; an editor's comment inside an answer quotes someone else
    "numbered bold questions, an editor's comment": ("norbert-interview.md", (
        '---\ntitle: "Interview with Norbert Preining, Team Member"\n---\n\nNorbert joined the team in 2021.\n\n'
        + "\n\n".join(f"1. __Question {n}: how did you start out?__\n\n    Answer {n}: I got my first computer "
                      "when I was writing my thesis." for n in range(1, 4))
        + "\n\n    Comment from Reshama:\n        > Quoted words of the editor herself.\n"
    ), [("Question 2", UNKNOWN_SPEAKER), ("Answer 2", "Norbert Preining"), ("Quoted words", UNKNOWN_SPEAKER)], ()),
    # a profile whose first question asks who the interviewee is; the interviewer's bold remark among the answers
    "a profile asking who its subject is": ("clark-orr.md", (
        "## Who is Clark Orr?\n\nI am a graphic designer and illustrator here in Orlando.\n\n"
        "## Why are you in Orlando?\n\nOrlando is awesome, there is something in the water here.\n\n"
        "**Orlando needs more people like that.**\n\nYeah! We have a lot of them, and we are learning that.\n\n"
        "## What is next for you?\n\nA studio downtown with two friends from school.\n"
    ), [("graphic designer", "Clark Orr"), ("something in the water", "Clark Orr"),
        ("needs more people", UNKNOWN_SPEAKER), ("two friends from school", "Clark Orr")], ()),
    # a design report holding two interviews, each under a heading with bold fields (interviewee, date, place),
    # topics and questions as headings below it, answers quoted and follow-up questions in roman between them
    "interviews under headings with fields, answers quoted": ("task_01.md", "\n".join(
        f"## Interview {n}\n**Interviewpartner:** {who}  \n**Datum:** 2019-03-26  \n**Ort:** {place}\n\n"
        f"### Neue Patienten\n#### Wie werden Daten gespeichert?\n> Antwort {n} elektronisch gespeichert.\n\n"
        f"#### Haben Patienten Mühe?\nWarum haben sie Mühe {n}?\n\n> Sie schämen sich {n}.\n"
        for n, who, place in ((1, "Chantal Gerber", "Heimberg"), (2, "David Lieberherr (Arbeitsagoge)", "Liebefeld")))
        + "\n# Synthesize\n## Persona: Bob Baires (50)\n**Job:** Banker  \n**Residence:** Zürich\n\nBob had a life.\n",
        [("Antwort 1", "Chantal Gerber"), ("schämen sich 1", "Chantal Gerber"), ("Mühe 1?", UNKNOWN_SPEAKER),
         ("Antwort 2", "David Lieberherr"), ("Liebefeld", UNKNOWN_SPEAKER), ("Bob had", UNKNOWN_SPEAKER)],
        ("Ort", "Datum", "Job", "Residence")),
    # a board's transcript in capitals, the public's emails after it naming each sender on a line alone
    "a transcript, then emails naming their senders": ("board.txt", "2024-03-26 - Board Meeting\n" + "".join(
        f"ERIK DAVIDSON: Item {n} is now before the board.\nIAN HARWICK: I move item {n} as presented.\n"
        for n in range(12)) + "\n" + "".join(
        f"\nJack Kroll\nKeep the E line running, letter {n}.\n\nTai Parish\nPlease keep the D line, letter {n}.\n"
        for n in range(2)), [("move item 3", "Ian Harwick"), ("Item 7 is now", "Erik Davidson")], ()),
    # an OHMS oral history kept by a site generator: front matter over the XML, initials and a tab in the transcript
    "an OHMS record under front matter": ("gluck.xml", (
        "---\nPath: gluck\n---\n<ROOT>\n<record><title>Louise Gluck interviewed by Devin Becker</title>"
        "<interviewee>Louise Gluck</interviewee><index>{% for item in site.data %}<point><time>{{ item.seconds }}"
        "</time></point>{% endfor %}</index><transcript>\n\n[3:43--beginning of actual interview]\n\n"
        + "".join(f"DB:\tWhat did you write in year {n}?\n\nLG:\tPoetry, mostly, in year {n}.\n\n" for n in range(4))
        + "</transcript></record>\n</ROOT>\n"), [("write in year 2", "DB"), ("mostly, in year 3", "LG")], ()),
    # a press conference a row, its answers labelled inside the cell, the podium's names in a column of their own
    "labels in capitals inside a table's cells": ("coaches.csv", "Date,Subject,Text\n" + "".join(
        f'2016-06-{n:02},Evgeni Malkin Mike Sullivan,"EVGENI MALKIN: We played game {n} well. '
        f'COACH SULLIVAN: I liked game {n} a lot. EVGENI MALKIN: Thank you for game {n}."\n' for n in range(1, 4)),
        [("played game 2", "Evgeni Malkin"), ("liked game 3", "Coach Sullivan")], ()),
    # a presidential news conference saved a paragraph a line, no blank lines: "The President." answers "Q." lines
    "a paragraph a line, 'The President.' answering": ("newsconf.txt", "The President's News Conference\n" + "".join(
        f"Topic {n}\nQ. Mr. President, what will you do about topic number {n} now that the summit has ended, and "
        f"when will you say more about it to the people?\nThe President. On topic number {n}, I will say this: we "
        "have worked hard with our allies, and we will keep working until the job is done.\n" for n in range(5)),
        [("about topic number 3", "Question"), ("On topic number 2", "The President")], ()),
    # a committee's record kept as a JavaScript module: sayings with "speaker" and "paragraph" fields, by topic
    "sayings with a speaker and a paragraph": ("position.js", "module.exports = " + json.dumps({
        "title": "內政委員會會議紀錄", "lines": [{"topic": t, "sayings": [
            {"speaker": "陳其邁", "isChairman": True, "paragraph": f"第{t}案現在開始審議，請各位發言。"},
            {"speaker": "陳超明", "paragraph": f"我對第{t}案有意見，預算要從哪裡來？"}]} for t in range(1, 4)]},
        ensure_ascii=False) + ";\n", [("第2案現在開始", "陳其邁"), ("我對第3案有意見", "陳超明")], ()),
    # an editor's document (transcribee, on Slate): paragraphs naming a speaker id, their words subword tokens
    # carrying their own spaces
    "a Slate document of subword tokens": ("docV2.json", json.dumps({"version": 2, "speaker_names": {}, "children": [
        {"type": "paragraph", "speaker": str(n % 2 * 2), "lang": "de", "children": [
            {"text": t, "start": n + k / 10, "end": n + k / 10 + 0.1, "conf": 0.9}
            for k, t in enumerate(["Fert", "ig", "te", "ile", f" für {n}", " Ba", "ust", "ellen", "."])]}
        for n in range(4)]}), [("Fertigteile für 2 Baustellen.", "0"), ("Fertigteile für 1 Baustellen.", "2")], ()),
    # a council's minutes: headings shaped like labels, their last word a section's (present, regrets, reports)
    "minutes' headings shaped like labels": ("minutes.md", (
        "# MINUTES\n\nPresent: Mayor Tom Piper, Councillors Linda Andersen and Tom Marchant.\n\nRegrets: "
        "Councillors Tom Butler and Liz Smith.\n\nStaff Reports: Dave Yemm, Operations Superintendent, verbal "
        "report.\n\n**Roll Call**\nPresent: (via Zoom)\nPaula Villescaz, president\n\nPublic Comments: Anmarie "
        "Medin spoke about the need to keep parents informed.\n\n- **TODO**: send the poll to the list.\n"),
        [("Liz Smith", UNKNOWN_SPEAKER), ("verbal report", UNKNOWN_SPEAKER), ("keep parents informed", UNKNOWN_SPEAKER),
         ("send the poll", UNKNOWN_SPEAKER)],
        ("Present", "Regrets", "Staff Reports", "Public Comments", "Roll Call Present", "TODO", "Todo")),
    # a ministry's press items as JSON, an interview's transcript in one item, its labelled lines with no blank line
    "labelled lines inside a JSON item": ("statements.json", json.dumps([
        {"title": "Press release", "date": "2024-02-28", "content": "The minister will visit Tokyo next week."},
        {"title": "Transcript of the Minister's interview", "date": "2024-02-29", "content": "\n".join(
            f"Dawn Tan (CNA): Question {n}: what would you say to those unconvinced?\nMinister Vivian Balakrishnan: "
            f"Answer {n}: diversity is hard coded in our DNA.\nIt is a design feature, number {n}."
            for n in range(3))}]),
        [("Question 1:", "Dawn Tan"), ("design feature, number 2", "Minister Vivian Balakrishnan")], ()),
    # a meeting tool's transcript pasted under its notes: "Name: 20:35" on a line of its own, the words below
    "names and times over the words, pasted": ("2025-05-14.md", "# Meeting notes\n\n" + "".join(
        f"elf Pavlik: {n:02}:07 \n Point {n}: the delegation is handled by agents.\n\n"
        f"Christoph Braun (KIT)  uvdsl: {n:02}:35 \n Reply {n}: we don't have the standard solution yet.\n\n"
        f"Theo @thhck: {n:02}:50 \n Remark {n}: spinning up a VM is a waste.\n\n" for n in range(10, 14)),
        [("Point 11", "elf Pavlik"), ("Reply 12", "Christoph Braun (KIT) uvdsl"), ("Remark 13", "Theo @thhck")], ()),
    # a council watch's quotes of one councillor, kept under an id: each "say" is words, whose the file does not say
    "quotes under 'say', naming no one": ("7928278A.json", json.dumps({"id": "7928278A", "sayit": [
        {"relatedOrgs": ["教育局"], "summary": f"摘要{n}", "say": f"第{n}個問題是原住民教育問題", "date": "2019-05-01"}
        for n in range(4)]}, ensure_ascii=False), [("第2個問題", UNKNOWN_SPEAKER)], ()),
    # a scraped archive's news conferences, a whole one in a CSV cell, paragraphs two spaces apart, labels "Name."
    "news conferences in CSV cells, paragraphs two spaces apart": ("conferences.csv", "title,date,text\n" + "".join(
        f'Conference {n},2017-0{n}-27,"Opening words {n}. Our bond is deep.  It will stay so {n}. Thanks.  '
        f'Prime Minister May. Well, thank you, number {n}. I am pleased.  President Trump. Thank you.  Trade  '
        f'Q. Question {n}: will you visit? Tell us.  Prime Minister May. Answer {n}: we will."\n' for n in range(1, 5)),
        [("Answer 3", "Prime Minister May"), ("Question 2", "Question"), ("It will stay so 1", UNKNOWN_SPEAKER)], ()),
    # a messenger's export: notices ("X added you") and a message's further lines among the dated messages,
    # members shown by their phone numbers
    "a group chat's export, members by number": ("group.txt", (
        "11/25/20, 10:41 AM - Messages and calls are end-to-end encrypted. Tap to learn more.\n"
        "11/19/20, 11:22 AM - Tns Purity created group \"COHORT 1\"\n11/25/20, 10:41 AM - Tns Purity added you\n"
        "11/25/20, 1:03 PM - +254 702 882930: Hello, done with week one\n11/25/20, 7:14 PM - +254 706 974174 left\n"
        "11/27/20, 1:40 PM - Tns Purity: Good afternoon.\n\nKindly finish the week one lesson.\n\n"
        "We will send lessons every Monday.\n\nShare your questions here.\n\nThank you all.\n"
        + "".join(f"11/27/20, 7:5{n} PM - +254 791 877855: Message number {n} from the shop\n" for n in range(4))),
        [("done with week one", "+254 702 882930"), ("send lessons every Monday", "Tns Purity"),
         ("Message number 2", "+254 791 877855")], ()),
    # Zulip's archive: a message's sender under "sender_full_name", its words as HTML
    "a chat archive's messages by sender_full_name": ("Logo.json", json.dumps([
        {"content": f"<p>Message {n} about the logo</p>", "id": n, "sender_full_name": name, "timestamp": 1594889600}
        for n, name in enumerate(["Patrick Massot", "Rob Lewis", "Mario Carneiro", "Rob Lewis"])]),
        [("Message 2 about", "Mario Carneiro"), ("Message 3 about", "Rob Lewis")], ()),
    # a screenplay as screenplain writes it in HTML: each cue a <p class="character">, transitions no one's
    "a screenplay page's character cues": ("script.html", "<html><body>" + "".join(
        f'<div class="action"><p>Scene {n}: Scott paints.</p></div><div class="transition">CUT TO:</div>'
        f'<div class="action"><p>Baxter plays guitar in scene {n}.</p></div><div class="dialog"><p class="character">'
        f'BAXTER</p><p class="parenthetical">(picking up phone)</p><p>What is it, number {n}?</p></div><div '
        f'class="dialog"><p class="character">SCOTT</p><p>I got birthday card number {n} today.</p></div>'
        for n in range(4)) + "</body></html>",
        [("What is it, number 1?", "Baxter"), ("birthday card number 2", "Scott"),
         ("plays guitar in scene 3", UNKNOWN_SPEAKER)], ("Cut To", "CUT TO")),
    # a play's scene as an old site serves it: a bold name in an anchor over a blockquote of numbered lines, the
    # way around the site in a table cell of class "nav"
    "a play's page, names over blockquotes": ("scene.html", (
        '<html><body><table><tr><td class="nav"><a href="/">Shakespeare homepage</a> | Act 2, Scene 3<br>'
        '<a href="prev.html">Previous scene</a></td></tr></table><h3>SCENE III. A house.</h3>' + "".join(
            f"<A NAME=speech{2 * n}><b>SIR TOBY BELCH</b></a>\n<blockquote>\n<A NAME={n}>Approach, Sir Andrew, "
            f"speech {n}:</A><br>\n<A NAME={n}b>not to be abed after midnight.</A><br>\n</blockquote>\n"
            f"<A NAME=speech{2 * n + 1}><b>SIR ANDREW</b></a>\n<blockquote>\n<A NAME={n}c>Nay, my troth, reply "
            f"{n}.</A><br>\n</blockquote>\n" for n in range(4)) + "</body></html>"),
        [("Approach, Sir Andrew, speech 2:", "Toby Belch"), ("reply 3", "Sir Andrew")],
        ("Shakespeare homepage", "Previous scene")),
    # an archive's OCR text: its fields between two HTML comment lines, then the talk
    "fields between comment lines": ("talk.txt", (
        "<!--start metadata-->\nTitle: Defence equipment\nDescription: radio talk\nDate: 3/05/1970\nCollection: "
        "John Malcolm Fraser, 2007.0023\nFormat: Uncorrected OCR text\n<!--end metadata-->\n\n\nRADIO TALK\n"
        + "".join(f"     In talk {n} I listed the new equipment for the Navy, the Army and the Air Force, and what\n"
                  f"it will cost over a period of years.\n\n" for n in range(12)) + "These orders will cost a lot.\n"),
        [("These orders will cost", UNKNOWN_SPEAKER)], ("Format", "Collection", "Description")),
    # the Old Bailey's sessions papers: each deposition opens with its witness's name in small capitals, a
    # cross-examination goes on with it; the indictments and verdicts are the record's own
    "depositions opened by the witness's name": ("sessions.xml", "<TEI.2><text><body>" + "".join(
        f'<div1 type="trialAccount"><p>{n}. <persName type="defendantName">JOHN BRUCE</persName> (38), was '
        f'indicted for breaking into warehouse {n}.</p><p><hi rend="smallCaps"><persName type="witnessName">'
        f'ANN LEE{n}</persName></hi>. I live at Colonnade Mews, house {n}.</p><p>Cross-examined. He was a kind '
        f'husband, number {n}.</p><p><hi rend="smallCaps"><persName type="witnessName">TOM KING</persName></hi> '
        f'(City Policeman, 100). I took him to the station, number {n}.</p><p><hi rend="smallCaps"><persName '
        f'type="witnessName">ALEX JOHNSON</persName></hi>\'. I got the paper from my mother, {n}.</p><p>GUILTY. '
        f'Sentence number {n}.</p>'
        f'</div1>' for n in range(4)) + "</body></text></TEI.2>",
        [("Colonnade Mews, house 1", "ANN LEE1"), ("kind husband, number 2", "ANN LEE2"),
         ("station, number 3", "Tom King"), ("from my mother, 1", "Alex Johnson"),
         ("Sentence number 1", UNKNOWN_SPEAKER), ("breaking into warehouse 2", UNKNOWN_SPEAKER)], ()),
    # historic Hansard: <member> names who speaks, <membercontribution> holds the words
    "historic Hansard's members": ("housecommons.xml", "<housecommons><title>House of Commons</title><debates>"
        + "".join(f"<p><member>Mr. Douglas</member><membercontribution>: Question {n} on the coalfield?"
                  f"</membercontribution></p><p><member>Mr. Hunt</member><membercontribution>: Answer {n}: "
                  f"productivity rose.</membercontribution></p>" for n in range(3)) + "</debates></housecommons>",
        [("Question 1 on", "Mr. Douglas"), ("Answer 2:", "Mr. Hunt")], ()),
    # MICASE's SGML-era TEI: tags and attributes in capitals, a listener's backchannel nested inside the speaker's
    # <U>, read in its place
    "utterances in capitals, backchannels nested": ("advising.xml", "<TEI.2><TEXT><BODY>" + "".join(
        f'<U WHO="S1"> so i see you are from Hartland, visit {n} <U WHO="S2"> yes {n} </U> that is right up the '
        f'road {n} </U><U WHO="S2"> mhm, forty minutes from here, trip {n} </U>' for n in range(4))
        + "</BODY></TEXT></TEI.2>",
        [("right up the road 2", "S1"), ("yes 2", "S2"), ("forty minutes from here, trip 3", "S2")], ()),
    # a play's cast: an honorific before words that are no name stays ("the gentleman in a fur coat")
    "a character called by a title and a description": ("lakeiskaja.xml", (
        '<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><div type="scene">' + "".join(
            f'<sp who="#gospodin"><speaker>Господин в шубе.</speaker><p>Очень, мол, жалел, раз {n}.</p></sp>'
            f'<sp who="#grigorij"><speaker>Григорий.</speaker><p>Слушаю, сударь, раз {n}.</p></sp>'
            for n in range(3)) + "</div></body></text></TEI>"),
        [("жалел, раз 1", "Господин в шубе"), ("сударь, раз 2", "Григорий")], ("в шубе",)),
    # a dump of medical Q&A in Chinese: "您好：" (hello) and "建议：" open a few of its thousands of answers
    "a greeting before a few of many answers": ("内科.txt", "".join(
        f"高血压患者能吃党参吗？,我有高血压，请问第{n}个问题可以吗？\n"
        f"{['您好：', '建议：', '注意：'][n % 3] if n % 200 < 3 else ''}高血压病人可以口服党参的，第{n}个回答。\n\n"
        for n in range(600)), [("第200个回答", UNKNOWN_SPEAKER)], ("您好", "建议", "注意")),
    # a blog's interview in italics, each paragraph "_**Name**: …_", a guide's "_Objetivo: …_" no one's
    "an interview in italics with bold names": ("entrevista.md", "_Me encontré con él en una taberna._\n\n"
        "_Objetivo: conocer al entrenador_\n\n" + "".join(
            f"_**Grummel**: ¿Pregunta número {n}?_\n\n_**Fran**: Respuesta número {n}, snake_case intacto._\n\n"
            for n in range(4)), [("Pregunta número 2", "Grummel"), ("Respuesta número 3", "Fran"),
                                ("conocer al entrenador", UNKNOWN_SPEAKER)], ("Objetivo",)),
    # the Bundestag's plenary record copied from its web page: the member's name a line a word, the party or office
    # below it, then the speech; the chair's labels as usual
    "names set a word a line over the party": ("plenarprotokoll.txt", "".join(
        f"Präsidentin Julia Klöckner:\nDas Wort hat {who}, Runde {n}.\n(Beifall)\n{block}\n"
        f"Sehr geehrte Frau Präsidentin! Meine Rede Nummer {n} beginnt hier, und sie ist lang genug.\n"
        for n, (who, block) in enumerate([
            ("Clara Bünger", "Clara\nBünger\nDie Linke"), ("Bernd Baumann", "Dr.\nBernd\nBaumann\nAfD"),
            ("Beatrix von Storch", "Beatrix\nvon Storch\nAfD"),
            ("Alexander Dobrindt", "Alexander\nDobrindt\nBundesminister des Innern\nBundesminister BMI"),
            ("Mahmut Özdemir", "Mahmut\nÖzdemir\n(Duisburg)\nSPD"), ("Jan van Aken", "Jan\nvan Aken\nDie Linke")])),
        [("Rede Nummer 0", "Clara Bünger"), ("Rede Nummer 1", "Bernd Baumann"),
         ("Rede Nummer 2", "Beatrix von Storch"), ("Rede Nummer 3", "Alexander Dobrindt"),
         ("Rede Nummer 4", "Mahmut Özdemir (Duisburg)"), ("Rede Nummer 5", "Jan van Aken"),
         ("Runde 3", "Präsidentin Julia Klöckner")], ("Die Linke", "AfD")),
    # a bank's call as a PDF's text: each turn opens with the name, its bold lost, no colon; an analyst's firm in
    # brackets on the first question; the lines hard-wrapped
    "names opening turns without a colon": ("call.txt", "Edited transcript of the call, 2 May 2024\n" + "".join(
        f"{asker} Question {n} is on loans. Is the growth coming\nfrom better demand, number {n}?\n"
        f"Piyush Gupta  {opener} answer {n} is that demand is better. Hong Kong\nrepayments are still high, {n}.\n"
        for n, (asker, opener) in enumerate([
            ("Tan Yong Hong (Citi)", "I think"), ("Tan Yong Hong", "The"), ("Aakash Rawat (UBS)", "So far,"),
            ("Aakash Rawat", "We"), ("Jonathan Koh (UOB Kay Hian)", "My")])),
        [("Question 0 is", "Tan Yong Hong"), ("answer 1 is", "Piyush Gupta"), ("number 3?", "Aakash Rawat"),
         ("Question 4 is", "Jonathan Koh"), ("still high, 2", "Piyush Gupta")], ("Hong Kong",)),
    # user-research reports: the interviewee named in a table, the questions and answers in a table of their own
    # (or the questions in headings, the answers quoted below); the report's other tables stay, no one's
    "an interview kept in a table of questions and answers": ("entrevista.md", (
        "## Introdução\nA seguinte entrevista foi realizada com um morador da cidade, professor e usuário frequente do "
        "site da Prefeitura, com o objetivo de ajudar a definir o perfil do usuário do projeto.\n\n## Objetivo\nO "
        "objetivo deste trabalho é avaliar a usabilidade do site a partir da perspectiva do usuário, utilizando como "
        "base os princípios do livro de Barbosa e Silva.\n\n| Etapa | Descrição |\n|---|---|\n"
        "| Coleta | Entrevistas com usuários frequentes |\n\n| Nome completo do entrevistado | Idade do entrevistado | "
        "Grau de escolaridade do entrevistado |\n|---|---|---|\n| Marlucio Meireles | 56 anos | Ensino superior |\n\n"
        "| Pergunta | Resposta |\n|---|---|\n" + "".join(
            f"| **Pergunta número {n}?** | \"Resposta número {n}, pelo menos uma vez.\" |\n" for n in range(3))
        + "".join(f"\n## Conclusão {n}\nA análise número {n} das respostas mostra o que o usuário espera do site, e o "
                  "que falta.\nAs melhorias propostas seguem a ordem do impacto esperado.\n" for n in range(4))),
        [("Resposta número 2", "Marlucio Meireles"), ("Pergunta número 1?", UNKNOWN_SPEAKER),
         ("Entrevistas com usuários frequentes", UNKNOWN_SPEAKER)], ("Ensino superior",)),
    "interviews each under a heading naming whom it asks": ("relato.md", (
        "# Relato dos resultados\n\n## Introdução\nOs testes foram feitos com usuários reais do aplicativo, em "
        "sessões gravadas e depois transcritas pela equipe.\n\n## Respostas\n\n" + "".join(
            f"### {n}.1 - Entrevista {who}\n\nVídeo {n}: entrevista gravada.\n\n### {n}.2 - Respostas\n\n"
            "| ID | Pergunta | Tipo de Pergunta | Resposta |\n|-|-|-|-|\n"
            f"| 1 | Como você descreveria o protótipo? | Aberta | Resposta um de {who}. |\n"
            f"| 2 | O fluxo é coerente? | Fechada | Resposta dois de {who}. |\n\n### {n}.3 Perguntas gerais:\n\n"
            f"1. Você tem mais alguma sugestão?\n\n    - Um botão de compartilhar, sugere {who}.\n\n"
            for n, who in enumerate(["Pedro Henrique", "Iago", "Paulo José"], 1))
        + "## Conclusão\n\nA análise das respostas mostra o que falta ao protótipo, e a ordem das correções.\n"),
        [("Resposta dois de Iago", "Iago"), ("Resposta um de Paulo José", "Paulo José"),
         ("sugere Pedro Henrique", "Pedro Henrique"), ("Vídeo 2: entrevista", UNKNOWN_SPEAKER),
         ("ordem das correções", UNKNOWN_SPEAKER)], ()),
    # a report listing each interview's people in tables (the role in a cell beside the name), the answers under
    # headings naming the interview by number; another's schedule table above each interview's questions, and
    # captions "Autor: …" under every table; the one interviewer both name asks the questions
    "interviews named by number in a table of their people": ("relatoResultados.md", (
        "# Protótipo de papel - Relato dos resultados\n\n" + "".join(
            f"## {n}. Seção\nEste documento relata, na seção {n}, os resultados da avaliação do protótipo de papel,\n"
            "feita com usuários reais do sistema em sessões gravadas.\nOs termos de consentimento foram assinados.\n\n"
            for n in range(1, 6)) + "".join(
            f"| Atividade | Participante | Função | Papel |\n| --- | --- | --- | --- |\n"
            f"| Entrevista {n} | Felipe Mastromauro | Equipe | Entrevistador |\n| Entrevista {n} | {who} | Usuário | "
            f"Entrevistado |\n\nTabela {n}: Participantes da entrevista {n}\n\n"
            for n, who in ((1, "Douglas Langkammer"), (2, "João Camillo"))) + "## Resultados\n\n" + "".join(
            f"### 6.{n} Entrevista {n}\n\n| Número | Pergunta | Resposta |\n| --- | --- | --- |\n"
            f"| 1 | Você conseguiu operar o sistema? | Sim, na sessão {n}. |\n| 2 | Quais alternativas você propõe? | "
            f"Alternativa proposta na sessão {n}. |\n\n" for n in (1, 2))),
        [("Alternativa proposta na sessão 1", "Douglas Langkammer"), ("Sim, na sessão 2", "João Camillo"),
         ("Participantes da entrevista 2", UNKNOWN_SPEAKER)], ("Entrevistado", "Entrevistador")),
    "interviews after a schedule table naming whom they ask": ("relatoStoryboard.md", (
        "# Relato dos Resultados\n\n" + "".join(
            f"## {n}. Seção\nO presente documento relata, na seção {n}, os resultados obtidos durante a avaliação\n"
            "dos storyboards com usuários.\nCada entrevista foi gravada e transcrita.\n\n" for n in range(1, 6))
        + "".join(
            f"## Entrevista - Tarefa {n}\n\n### Método\n\nA entrevista foi semiestruturada.\n\n"
            f"| Entrevistador(es) | Entrevistado(s) | Data |\n| :---: | :---: | :---: |\n| Paulo Henrique | {who} | "
            f"19/12/2024 |\n\nAutor: Paulo Henrique\n\n| Objetivo | Pergunta | Resposta |\n|---|---|---|\n"
            f"| Apropriação | 1. Os fluxos são claros? | Sim, porém o quadrante {n} confunde. |\n"
            f"| Apropriação | 2. Há barreiras? | Falta de acesso à internet, na tarefa {n}. |\n\n"
            "Autor: Paulo Henrique\n\n"
            for n, who in ((1, "Igor Abreu"), (2, "Vanessa Oliveira"), (3, "Moysés Carvalho")))),
        [("quadrante 1 confunde", "Igor Abreu"), ("na tarefa 3", "Moysés Carvalho")], ("Autor",)),
    "an interview in HTML tables inside Markdown": ("consultar-sorteio.md", (
        "# Relato dos resultados\n\n" + "".join(
            f"## Seção {n}\nEsse documento apresenta, na seção {n}, os resultados da avaliação da tarefa, feita por\n"
            "meio de uma entrevista com uma usuária do site.\n\n" for n in range(1, 5))
        + "<table>\n  <thead>\n    <tr>\n      <th>Cronograma</th>\n      <th>Entrevistadora</th>\n      "
        "<th>Entrevistada</th>\n    </tr>\n  </thead>\n  <tbody>\n    <tr>\n      <td>Executado</td>\n      <td><a "
        "href=\"https://github.com/zv\">Zenilda Vieira</a></td>\n      <td>Manuella Marques</td>\n    </tr>\n"
        "  </tbody>\n</table>\n\n<table>\n  <tr><th>Pergunta</th><th>Resposta</th></tr>\n" + "".join(
            f"  <tr><td>Qual é a pergunta número {n}?</td><td>Resposta número {n}, muitas vezes.</td></tr>\n"
            for n in range(3)) + "</table>\n"),
        [("Resposta número 1", "Manuella Marques"), ("pergunta número 2?", "Zenilda Vieira")], ("Executado",)),
    # a research report quoting its interviewees, each quotation closed by the respondent's code in parentheses
    "quotations closed by a respondent's code": ("relatorio.md", "# Relatório\n\nAs respostas foram estas.\n\n"
        + "".join(
        f"“Resposta número {n}, sobre as redes sociais da biblioteca, que postam pouco sobre os horários” "
        f"({code} {n}).“\n\n"
        for code, n in (("Entrevistado n.", 7), ("Entrevistado n.", 24), ("Entrevistado n.", 25),
                        ("Entrevistadon.", 30), ("Entrevistadon.", 42), ("Entrevistadon.", 48))),
        [("Resposta número 25", "Entrevistado n. 25"), ("Resposta número 42", "Entrevistadon. 42"),
         ("As respostas foram estas", UNKNOWN_SPEAKER)], ()),
    "an interview's people in a table, its questions in headings": ("entrevista4.md", (
        "# Entrevista 1\n\n| Data de Realização | Entrevistado | Entrevistadora |\n| --- | --- | --- |\n"
        "| 22/08/2021 | Karupi | Sofia Patrocínio |\n\n## Perguntas\n\n" + "".join(
            f"### {n}. Qual é a pergunta número {n}?\n\"Resposta número {n} da entrevistada.\"\n"
            for n in range(1, 5))),
        [("Resposta número 3", "Karupi"), ("pergunta número 2?", "Sofia Patrocínio")], ()),
    # an earnings call exported from S&P Capital IQ: section lines over the speaker's line; roles only, kept whole
    "a call's sections over speakers named by their roles": ("AMD_Q1.txt", (
        "Advanced Micro Devices, Inc., Q1 2025 Earnings Call, May 06, 2025 - \n\nPresentation Operator Message\n"
        "Operator\nGreetings, and welcome to the call.\n\nPresenter Speech\nExecutives - Chair, President & CEO\n"
        "Thank you, and good afternoon.\nRevenue grew in the quarter.\n\nExecutives - Executive VP, CFO & Treasurer\n"
        "Thank you, Lisa. Margins rose.\n\nQuestion and Answer Operator Message\nOperator\nThe first question.\n\n"
        + "".join(f"Question\nAnalysts - {role}\nQuestion {n}: are those trends correct?\n\nAnswer\n"
                  f"Executives - Chair, President & CEO\nAnswer {n}: yes, they are.\n\n"
                  for n, role in enumerate(["Senior Analyst", "Managing Director"]))),
        [("Question 1:", "Analysts - Managing Director"), ("Answer 0:", "Executives - Chair, President & CEO"),
         ("Margins rose", "Executives - Executive VP, CFO & Treasurer"), ("first question", "Operator")],
        ("Question", "Answer", "Executives", "Analysts")),
    # a usability test's log: the participant's code name, a task, success flags (Y or N) and the note-taker's notes
    "a code name column beside success flags": ("usability.csv", ",,,,\nCode Name,Subtask #,First Success (Y or N),"
        "Second Success (Y or N),Notes\n" + "".join(
            f'{who},{n},{"YN"[n % 2]},{"NY"[n % 2]},"User said: I would look for the menu here, task {n}."\n'
            for n, who in enumerate(["CrimpleBackAntiqueCake"] * 4 + ["HarryPotterInHogwarts"] * 4)),
        [("task 2.", "CrimpleBackAntiqueCake"), ("task 5.", "HarryPotterInHogwarts")], ("Y", "N")),
    # a TypeScript module of news items: an interface before the data, a JavaScript escape JSON refuses (\“), the
    # outlet in a "source" object beside the words, which are the article's, no one's named
    "a TypeScript module's news items": ("timeline.ts", "export interface TimelineItem {\n    id: string;\n    "
        "content: string;\n    source: {\n      name: string;\n    };\n  }\n\nexport const timelineData: "
        "TimelineItem[] = [\n" + "".join(
            f'  {{\n    id: "{n}",\n    title: "윤석열 \\“발언 {n}\\”",\n'
            f'    content: "기사 {n}의 내용이다. 그는 말했다.",\n'
            f'    source: {{\n      name: "오마이뉴스",\n      url: "https://example.org/{n}"\n    }}\n  }},\n'
            for n in range(3)) + "];\n",
        [("기사 1의 내용", UNKNOWN_SPEAKER)], ("오마이뉴스", "content", "id")),
    # a news corpus's lines: the speaker's id, gender and first language, then the words, tab-separated
    "a gender column beside the speaker's": ("CNN_NEWSNIGHT.partial", "<LU_ANNOTATE>\n" + "".join(
        f"{who}\t{gender}\tnative\t Line {n} of the segment, as the annotators kept it /.\n"
        for n, (who, gender) in enumerate([("Paula_Zahn", "female"), ("Ed_Henry", "male"), ("Harry_Reed", "male"),
                                           ("Ed_Henry", "male"), ("speaker20", "male"), ("Paula_Zahn", "female")])),
        [("Line 2 of", "Harry_Reed"), ("Line 4 of", "speaker20")], ("male", "female")),
    # a debate as a list of "actor" and "dialogue" objects; a news corpus's speaker object in camel case, the name
    # as printed beside the person's full name
    "a script's actors over their dialogue": ("debate.json", json.dumps({"content": [
        {"actor": who, "dialogue": f"Line {n} of the debate, said by one of them."}
        for n, who in enumerate(["Simpson", "Audience Question", "Perot", "Simpson", "Bush", "Clinton"])]}),
        [("Line 2 of", "Perot"), ("Line 5 of", "Clinton")], ()),
    "a speaker object's names in camel case": ("cnn.json", json.dumps({"functionName": "clean", "input": [
        {"speaker": {"extractedName": label, "normalizedName": name, "affiliation": "CNN"},
         "text": f"Statement {n} on the air, as the anchor or an analyst made it."}
        for n, (label, name) in enumerate([("KATE BOLDUAN", "KATE BOLDUAN"), ("ENTEN", "HARRY ENTEN"),
                                           ("BOLDUAN", "KATE BOLDUAN"), ("ENTEN", "HARRY ENTEN")])]}),
        [("Statement 2 on", "Kate Bolduan"), ("Statement 3 on", "Harry Enten")], ()),
}

@pytest.mark.parametrize(("text", "paragraphs"), [
    ("One. Two. Three.  Four. Five. Six.  Seven. Eight. Nine.  Ten. Eleven.  Twelve.", 5),  # two spaces apart
    ("One.  Two.  Three.  Four.  Five.  Six.", 1),  # a typist's two spaces after every sentence
    ("One. Two.  Three.", 1),  # too few to tell
    ("One.\nTwo.  Three.  Four.  Five.  Six. Seven. Eight. Nine. Ten. Eleven.", 2),  # lines already
])
def test_paragraphs_two_spaces_apart(text: str, paragraphs: int):
    assert len(spaced_paragraphs(text).split("\n")) == paragraphs


NOT_SPEAKERS = {  # file, text, (phrase, who the turn holding it credits)
    # a chat's "Model:" answering "User:" in short words is a speaker, not a header's field
    "a model answering a user": ("chat.txt", "".join(f"User: What is the capital of country {n}?\n\nModel: City {n}\n\n"
                                                     for n in range(3)), ("City 1", "Model")),
    # a deposition's answer wrapped onto a line that opens "examined by …", and an interpreter sworn mid-answer
    "an answer naming an examination": ("depo.txt", "DEPOSITION OF JOHN DOE\n\nBY MR. SMITH:\n" + "".join(
        f"Q. What happened after accident number {n}?\nA. I was taken to the hospital and\nexamined by Dr. Jones.\n"
        f"Q. Did you need help, number {n}?\nA. Yes. Interpreter sworn.\n" for n in range(3)),
        ("Did you need help, number 2", "Mr. Smith")),
    # bold names without a colon, words after them holding a colon: the turns are theirs
    "a bold name before words with a colon": ("talk.md", "".join(
        f"**Anna** The answer is: a small town, number {n}.\n\n**Tom** I see: so you were busy, number {n}.\n\n"
        for n in range(3)), ("so you were busy, number 1", "Tom")),
    # a term in bold before a full-width colon inside a sentence is no label
    "a term in bold inside a sentence": ("notes.md", "".join(
        f"**小华**：第{n}点，董事会遵循了一个**商业逻辑**：看看谁给的钱多，号码{n}。\n\n**主持人**：好的，第{n}个问题。\n\n"
        for n in range(3)), ("看看谁给的钱多，号码1", "小华")),
    # a request to the paralegal wrapped onto a line of its own in a transcript labelled with colons
    "a wrapped request naming someone": ("trial.txt", "".join(
        f"Q. Did you see exhibit number {n}?\nA. Yes.\nMR. FINKEL: If we can publish that, please,\n"
        f"Ms. Loftus. Bring it back to the beginning number {n}.\nTHE COURT: Go ahead.\n" for n in range(3)),
        ("Bring it back to the beginning number 1", "Mr. Finkel")),
    # a chat dataset's conversations naming their two users beside the messages: the messages' senders speak
    "conversations naming their users": ("chats.json", json.dumps({"conversations": [
        {"user1": "alice", "user2": "bob", "messages": [{"sender": "alice", "text": f"Hello number {n} my friend"},
                                                        {"sender": "bob", "text": f"Reply number {n} to you"}]}
        for n in range(3)]}), ("Reply number 1 to", "bob")),
    # a README's centred logo before labelled lines is no web page
    "a README's logo over a transcript": ("README.md", '<p align="center"><img src="logo.png"></p>\n\n' + "".join(
        f"Alice: Hello number {n} there.\n\nBob: Reply number {n} here.\n\n" for n in range(3)),
        ("Reply number 2 here", "Bob")),
    # an English research interview's R (researcher) and P (participant): not the header's people by question words
    "a research interview's R and P": ("interview.txt", "Interviewer: Jane Roe\nInterviewee: John Smith\n\n" + "".join(
        f"R: How did you start number {n}?\n\nP: I started in 199{n}.\n\n" for n in range(4)),
        ("I started in 1992", "P")),
    # an IRC channel where someone pastes links in angle brackets: no bridge, the sender speaks
    "links in angle brackets": ("links.log", "".join(
        f"12:0{n} <{who}> <https://github.com/x/y/pull/{n}> is the change number {n}\n"
        for n, who in enumerate(["ann", "bob", "ann", "bob", "ann", "bob"])), ("change number 4", "ann")),
    # minutes' bullets opening with bold topics, each once: no speakers
    "bold topics opening bullets": ("minutes.md", "# Minutes\n\nAnn: We met today.\n\nBob: Yes we did.\n\n"
        "* **Release Planning** We agreed on the date.\n* **Bug Triage** Ten bugs closed.\n"
        "* **Docs Update** The guide is out.\n", ("Ten bugs closed", "Bob")),
    # a transcript in Markdown holding one JSON payload line, no turns in it: still the Markdown's turns
    "a transcript quoting a JSON payload": ("notes.md", "Ann: We sent this payload.\n\n" + json.dumps(
        {"event": "signup", "items": [{"id": n, "value": "x" * 40} for n in range(60)]})
        + "\n\nBob: And it came back fine.\n\nAnn: Good, thanks.\n", ("came back fine", "Bob")),
    # a sentence opening with an office and ending with a place before a colon is no label
    "a minister in a sentence before a colon": ("report.txt", "".join(
        f"Jane Doe: Statement number {n} on the budget.\n\nJohn Roe: Reply number {n} on the budget.\n\n"
        for n in range(3)) + "Minister Smith told reporters in Washington DC: the talks went well.\n",
        ("the talks went well", "John Roe")),
    "a news story's byline": ("auri-kananen.md", "# Auri Kananen siivoaa ilmaiseksi\n\n"
        "*Teksti: Anni Reilä, Kuva: Auri Kananen*\n\nAuri Kananen on ammattisiivooja, joka rakastaa likaa.\n\n"
        "## Mitä teit ennen nykyistä työtäsi?\n\n– Opiskelin siivousalaa peruskoulun jälkeen.\n",
        ("Opiskelin siivousalaa", UNKNOWN_SPEAKER)),
    "a saying's opening in a Chinese speech": ("fabiao.md", (
        "司仪：新书发表会现在开始。\n\n高希均：各位好朋友，大家午安！\n\n"
        "千言万语化为四句话：化敌为友，全民无忧；两岸交流，天长地久。\n\n司仪：谢谢高教授。\n\n孙震：谢谢王发行人。\n"),
        ("化敌为友", "高希均")),
    "a README's paper title": ("README.md", (
        "This dataset contains transcripts of interviews.\n\n"
        '**<a href="https://arxiv.org/abs/2103.06410">MediaSum: A Large-scale Media Interview Dataset for Dialogue '
        'Summarization</a>**\n\n_Chenguang Zhu and Yang Liu_\n\nPlease cite our paper when you use the data.\n'),
        ("Please cite our paper", UNKNOWN_SPEAKER)),
    "a chronicle quoting a witness once, late": ("cronica.md", "# Crónica de la audiencia\n\n" + "".join(
        f"El testigo número {n} declaró ante el tribunal durante la jornada, y recordó la detención.\n\n"
        for n in range(12)) + "Cuenta Valdi Uferer: “Estuve hasta el 23 de mayo del 76.”\n\nLa audiencia siguió "
        "con otros testigos, que describieron el sótano.\n", ("describieron el sótano", UNKNOWN_SPEAKER)),
    "a news story opening with a person and a date": ("strike.txt", (
        "Jane Doe, President of the Students' Union, spoke to reporters on 3 May 2021 about the strike.\n\n"
        + "\n\n".join(f"Paragraph {n} of the report goes on about the strike, the talks and the ballot that "
                      "the union will hold next month among its members." for n in range(5)) + "\n"),
        ("Paragraph 3 of", UNKNOWN_SPEAKER)),
    "a monologue after show notes": ("episode.txt", (
        " ".join(f"Show note {n} lists the links, the sponsors and the music used in this episode." for n in range(12))
        + "\n\nMary Collins: Welcome back, everyone, to the show.\n\n"
        + "\n\n".join(f"Part {n} of what I want to tell you today is about the garden." for n in range(4)) + "\n"),
        ("Part 2 of what", "Mary Collins")),
    "a section title over one timed stretch": ("remarks.txt", (
        "Opening Remarks 00:00:01 – 00:09:45\n\n" + "\n\n".join(
            f"These opening remarks, part {n}, set out what the board decided and why the remarks matter to the "
            "members here today, said at length." for n in range(6)) + "\n"), ("remarks, part 3", UNKNOWN_SPEAKER)),
    "a sermon quoting one author thrice": ("sermon.md", (
        "---\ntitle: Sunday\npastor: Pastor Nate Smith\n---\n\n" + "\n\n".join(
            f"Part {n} of the sermon speaks of hope and of the days ahead of us all, as we walk together here."
            f"\n\n“I have a dream number {n}” — Martin Luther King Jr" for n in range(6)) + "\n"),
        ("Part 1 of the sermon", "Pastor Nate Smith")),
    "an answer in bold where the interviewer is named": ("interview.md", (
        "# An interview\n\nInterviewee: Clark Orr\nInterviewer: Jane Roe\n\n"
        "## Who are you?\n\nI am a graphic designer and illustrator here in Orlando.\n\n"
        "## Why Orlando?\n\n**Orlando is the best city for designers in the whole country.**\n\n"
        "## What is next?\n\nA studio downtown with two friends from school.\n"), ("best city for", "Clark Orr")),
    "names beside roles, and the turns": ("roles.json", json.dumps({
        "speakers": ["Alice Smith", "Bob Jones"], "roles": ["host", "guest"],
        "transcript": [{"speaker": "Alice Smith", "text": "Welcome to the show today."},
                       {"speaker": "Bob Jones", "text": "Thanks for having me here."}]}),
        ("Thanks for having", "Bob Jones")),
    "two interviews with fields, their turns labelled": ("labelled.md", "\n".join(
        f"## Interview {n}\n\nInterviewer: Ana López\nInterviewee: {who}\nDate: 2019-03-0{n}\n\n"
        f"### Childhood\n\nAna López: Where were you born, {who}?\n\n{who}: I was born in Lyon, number {n}.\n\n"
        f"### Work\n\nAna López: What did you do?\n\n{who}: I taught, number {n}.\n\n"
        f"Ana López: Did you like it, number {n}?\n"
        for n, who in ((1, "Germain Dupont"), (2, "Marie Curry"))), ("like it, number 2", "Ana López")),
    "a moderator thanking an office holder": ("debate.txt", "".join(
        f"GUTHRIE:\n\nVice President Biden, thank you. Senator Harris, question {n} is yours.\n\nHARRIS:\n\n"
        f"Thank you, answer {n} is this.\n\n" for n in range(4)), ("question 2 is yours", "Guthrie")),
    "voices in the background, timed": ("tutoring.md", "".join(
        f"[00:{n:02}] Tutor: Can you hear me, number {n}?\n[00:{n:02}] Student: Yeah, number {n}.\n"
        f"[00:{n:02}] Background: Switch it, number {n}.\n" for n in range(10, 16)),
        ("Switch it, number 12", "Background")),
    # two hosts each reading a listener's question and answering it, the title naming a guest: the hosts' words
    "hosts reading questions and answering them": ("mailbag.md", "---\ntitle: 'Money Talk Interviews: Priya Shah'\n"
        "---\n\nPriya Shah joins us.\n\n" + "".join(
            f"## Listener question {n}?\n\n**{who}:** A listener asks, can I save number {n}?\n\nWell, saving is "
            f"hard, answer number {n}.\n\n" for n, who in enumerate(["Dave", "Jenny", "Dave", "Jenny"])),
        ("answer number 1", "Jenny")),
    # a host coded "JM" beside guests labelled "John and Mary": "and" is no particle, so "JM" is not their initials
    "initials beside a label of two people": ("show.txt", "".join(
        f"JM: Question number {n} for you both?\n\nJohn and Mary: Answer number {n}, together.\n\n" for n in range(4)),
        ("Question number 2 for", "JM")),
    # a topic asked under twice among a paper's questions ("**Follow-up: …?**") is no asker, and its answer the
    # interviewee's
    "a topic among askers' questions": ("follow-up.md", "---\ntitle: 'Felix Interviews: Anne Barrett, Archivist'\n"
        "subtitle: 'Felix spoke with Anne Barrett'\n---\n\n" + "".join(
            f"**{q}: How did part {n} go?**\n\nIt went well, part {n}.\n\n"
            for n, q in enumerate(["Felix", "Felix", "Follow-up", "Felix", "Follow-up", "Felix"])),
        ("It went well, part 2", "Anne Barrett")),
    # an interview's topics before its questions in headings name no one
    "topics opening questions in headings": ("archive.md", "---\ntitle: 'An interview with Anne Barrett'\n---\n\n"
        + "".join(f"## {topic}: how did part {n} go?\n\nIt went well, part {n}.\n\n"
                  for n, topic in enumerate(["Beginnings", "The Collection", "Access", "Students Today"])),
        ("It went well, part 2", "Anne Barrett")),
    "an essay's short headings over its sections": ("essay.txt", "".join(
        f"{title}\nNotes\n{season}\nOn the hill where we walked that year, in section {n}, the wind was cold and "
        "the light was thin, and we spoke of the harvest and of the long road home before the snow.\n\n"
        for n, (title, season) in enumerate([("Autumn", "Falling Leaves"), ("Winter", "Early Snow"), ("Spring",
                                             "Late Rain"), ("Summer", "Long Days")])), ("section 2", UNKNOWN_SPEAKER)),
    "a table of questions and answers naming no interviewee": ("faq.md", "# FAQ\n\nOur answers to what readers ask "
        "about the project, in full.\n\n| Question | Answer |\n|---|---|\n" + "".join(
            f"| How do I do thing {n}? | You open the menu and choose item {n}, then save it. |\n" for n in range(4)),
        ("choose item 2", UNKNOWN_SPEAKER)),
    "a report's paragraphs closed by their figures": ("relatorio.md", "# Relatório\n\n" + "".join(
        f"O resultado número {n} mostra o crescimento do uso da biblioteca ao longo do ano (Figura {n}).\n\n"
        for n in range(1, 9)), ("resultado número 4", UNKNOWN_SPEAKER)),
    "an interview's answers opening with the same words now and then": ("antworten.md", "".join(
        f"Wie läuft das Studium ab, Frage {n}?\n\nDas Studium läuft in Blöcken ab, Antwort {n}. Das Studium ist gut "
        f"organisiert. Im Tagesgeschäft sollen die Hierarchien nicht sichtbar sein.\nIm Tagesgeschäft duzen sich "
        f"alle, sagt die Antwort {n}.\n\n" for n in range(6)), ("sagt die Antwort 4", UNKNOWN_SPEAKER)),
}


@pytest.mark.parametrize("case", NOT_SPEAKERS)
def test_the_new_readings_leave_ordinary_files_alone(tmp_path: Path, case: str):
    name, text, (phrase, who) = NOT_SPEAKERS[case]
    assert said(written(tmp_path, name, text), phrase) == who


def test_a_page_declaring_its_encoding_is_read_in_it(tmp_path: Path):
    page = tmp_path / "s127027.htm"
    page.write_bytes('<html><head><meta http-equiv="Content-type" content="text/html; charset=windows-1250"></head>'
                     "<body><p>Poslankyně Helena Válková: Děkuji. Možná je nebudu potřebovat.</p>"
                     "<p>Místopředseda Jan Skopeček: Děkuji, paní poslankyně.</p></body></html>".encode("cp1250"))
    assert said(load_transcript(page), "Možná je nebudu") == "Poslankyně Helena Válková"  # not "Poslankynì"


def test_a_java_server_page_is_read_as_the_page_it_writes(tmp_path: Path):
    page = tmp_path / "interviewDetail.jsp"
    page.write_text('<%@ page language="java" contentType="text/html; charset=UTF-8"%>\n<!DOCTYPE HTML>\n<html><body>'
                    "<p>DEAN: We should go.</p><p>ROSE: Not yet.</p><p>DEAN: Then when?</p></body></html>",
                    encoding="utf-8")
    [found] = discover([tmp_path])
    assert found.unsupported is None
    assert said(load_transcript(page), "Not yet.") == "Rose"  # capitals shown as a name


def test_a_compiled_template_section_is_read_as_the_page_it_writes(tmp_path: Path):
    # a PHP framework's cached view: its code, then the section's paragraphs, no <html> around them
    page = tmp_path / "7825d2254b0f.php"
    page.write_text("<?php $__env->startSection('content'); ?><p>It is 9am in Jamie's kitchen.</p>\n\n"
                    "<p>REDKNAPP: We should go.</p>\n<p>COLE: Not yet.</p>\n<p>REDKNAPP: Then when?</p>\n"
                    "<?php $__env->stopSection(); ?>", encoding="utf-8")
    [found] = discover([tmp_path])
    assert found.unsupported is None
    assert said(load_transcript(page), "Not yet.") == "Cole"


QUESTIONS = ("What motivates you to create?", "Why are you in Orlando?", "What is next for you?")
ANSWERS = ("I have this innate sense that I need to be creating, and I am happy when I create things every day.",
           "Orlando is awesome. I love it because there is something in the water here for designers and artists.",
           "We are opening a studio downtown next spring with two friends from school, and we will teach there.")


def test_an_interview_page_asking_in_headings_keeps_its_questions(tmp_path: Path):
    """A page's questions set as subheadings, which main-text extraction drops from a bare fragment (a site's
    module exporting its HTML), are put back over their answers; the title names whom the page asks."""
    module = tmp_path / "clark-orr.js"  # eight questions of three paragraphs each: trafilatura drops the headings
    asked = [f"What did you make in year {n} of your work in the city?" for n in range(8)]
    module.write_text("export default `\n" + "".join(f"  <h2>{q}</h2>\n" + "".join(
        f"  <p>\n    Answer {n}.{k}: I have been working here for years and I <em>love</em> it, we made\n    a print "
        f"with <a href='http://x.org'>friends</a> and it went well for everyone.\n  </p>\n" for k in range(3))
        for n, q in enumerate(asked)) + "`;\n",
        encoding="utf-8")
    assert all(f"## {q}" in extract_page(module_text(module.read_text(encoding="utf-8")), "x").text for q in asked)
    page = tmp_path / "page.html"
    page.write_text("<html><head><title>An interview with Clark Orr</title></head><body>" + "".join(
        f"<h2>{q}</h2><p>{a} {a}</p>" for q, a in zip(QUESTIONS, ANSWERS, strict=True)) + "</body></html>",
        encoding="utf-8")
    t = load_transcript(page)
    assert [(said(t, q), said(t, a[:30])) for q, a in zip(QUESTIONS, ANSWERS, strict=True)] == [
        (UNKNOWN_SPEAKER, "Clark Orr")] * 3


@pytest.mark.parametrize("case", CASES)
def test_each_phrase_is_credited_to_whom_the_record_names(tmp_path: Path, case: str):
    name, text, credits, absent = CASES[case]
    t = written(tmp_path, name, text)
    assert [(phrase, said(t, phrase)) for phrase, _ in credits] == credits
    assert not set(absent) & set(t.speakers)


def _qdpx(path: Path, sources: dict[str, str]) -> Path:
    """A REFI-QDA project at ``path`` holding ``sources`` (file name: text) as its text sources."""
    import zipfile

    listed = "".join(f'<TextSource name="{name}" plainTextPath="internal://{name}" />' for name in sources)
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("project.qde", f'<Project name="qc project"><Sources>{listed}</Sources></Project>')
        for name, text in sources.items():
            archive.writestr(f"sources/{name}", text)
    return path


def test_a_qualitative_analysis_project_is_read_from_its_text_sources(tmp_path: Path):
    # a REFI-QDA project (.qdpx, a zip): its interviews as plain text under sources/, labelled by the transcriber
    interview = "".join(f"Max Bigman:         Question {n} about the committee?\n\nadmin-1:     Answer {n}, we met "
                        "every month.\n\n" for n in range(3))
    meeting = "".join(f"Speaker 1:          Item {n} of the agenda.\n\nSpeaker 2:          Comment {n} on it.\n\n"
                      for n in range(3))
    t = load_transcript(_qdpx(tmp_path / "demo.qdpx", {"admin-1.txt": interview, "board_2017.txt": meeting}))
    assert t.format.startswith("qdpx")
    assert said(t, "Answer 1,") == "admin-1" and said(t, "Question 2 about") == "Max Bigman"
    assert said(t, "Comment 2 on") == "Speaker 2"
    assert [s.path.name for s in discover([tmp_path]) if not s.unsupported] == ["demo.qdpx"]


def test_a_qualitative_analysis_project_without_text_is_refused(tmp_path: Path):
    from qa_bot.errors import IngestError

    with pytest.raises(IngestError, match="no text source"):
        load_transcript(_qdpx(tmp_path / "empty.qdpx", {}))


@pytest.mark.parametrize("data", [
    [{"title": f"Chapter number {n} of the book"} for n in range(6)],  # one key in all: a list of titles
    {"servers": [{"host": "example.org"}, {"port": "8080"}, {"user": "admin"}, {"host": "example.net"}]},  # settings
    dict.fromkeys([f"SETTING_{n}: value{n}" for n in range(8)]),  # an object of null values whose keys are no lines
])
def test_json_of_one_key_objects_or_null_values_that_is_no_dialogue_is_refused(tmp_path: Path, data: object):
    """Turns kept as ``{"speaker": "words"}`` objects need two speakers or more, recurring, and words; lines kept
    as an object's keys need words: a list of titles, a config's settings, an env file's keys are no one's."""
    assert refusal(tmp_path, "data.json", json.dumps(data).encode()).startswith("unknown JSON schema")
