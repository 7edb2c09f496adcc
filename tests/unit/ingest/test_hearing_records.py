"""Hearing and debate records as legislatures print them: typed pages in a ``<pre>`` frame, paragraphs set in
with their lines wrapped flush left, title-case labels ending in a period, written questions appended."""

from __future__ import annotations

from pathlib import Path

from qa_bot.ingest.blocks import indented_paragraphs
from tests.conftest import said, written

# As the GPO publishes a Senate hearing: one <pre>, paragraphs set in four spaces, wrapped lines flush left; a
# wrapped line may open with a title and a name ("Chairman Bernanke. And…"), and the chair calls a senator by
# name alone on a line.
_SPEECH = [
    "    Chairman Dodd. The Committee will come to order. Let me ",
    "once again thank Secretary Paulson and Chairman Cox for ",
    "agreeing to come before the Committee in such an expeditious ",
    "manner.",
    "    Senator Shelby. Thank you, Mr. Chairman. I will try to be ",
    "brief, but I think this is one of the most important hearings ",
    "we have had.",
    "    Chairman Dodd. Thank you very much, Senator Shelby. Let me ",
    "turn to you, Secretary Paulson.",
    "    Secretary Paulson. Good afternoon, everyone. The GSEs ",
    "play a central role in our housing markets.",
    "    Chairman Dodd. Can I just interrupt? The big question we ",
    "have is the discount window.",
    "    Secretary Paulson. Yes, and as I have said, since we ",
    "started, the window has been open to them.",
    "    Senator Shelby. What do you mean by temporary? How long ",
    "would this authority last?",
    "    Secretary Paulson. Eighteen months, and I would like to ",
    "see it used sparingly.",
    "    Senator Casey.",
    "    Senator Casey. Mr. Chairman, thank you very much. I had a ",
    "chance earlier to ask some questions of ",
    "Chairman Bernanke. And Chairman Cox, I hope I can get to you on ",
    "another day.",
    "    Mr. Cox. Thank you, Senator. The dark pools can only ",
    "function with a reference price in an open market.",
    "    Senator Shelby. Is that open-ended? Is that what you are ",
    "asking for here?",
    "    Mr. Cox. Senator, I am going to interpret your question as ",
    "one about the SEC's own authority.",
    "    Chairman Dodd. We will end on this note. The hearing is ",
    "adjourned.",
]
GPO_HEARING = (
    "<html>\n<title> - RECENT DEVELOPMENTS IN FINANCIAL MARKETS</title>\n<body><pre>\n"
    "[Senate Hearing 110-1008]\n[From the U.S. Government Printing Office]\n\n"
    "                         TUESDAY, JULY 15, 2008\n\n"
    + "\n".join(_SPEECH)
    + "\n    [Whereupon, at 2:46 p.m., the hearing was adjourned.]\n\n"
    "     RESPONSE TO WRITTEN QUESTIONS OF SENATOR SHELBY FROM \n"
    "                        CHRISTOPHER COX\n\n"
    "Q.1. If the Federal government purchases GSE debt, should the \n"
    "exemptions be removed?\n\n"
    "A.1. Both Fannie Mae and Freddie Mac should be required to \n"
    "become public companies like any other.\n\n"
    "Q.2. Would you discuss government investments in private \ncorporations?\n\n"
    "A.2. Neither our market economy nor the authorities given to \nagencies are premised on it.\n"
    "</pre></body></html>\n"
)


def test_a_gpo_hearing_in_a_pre_frame_is_read_by_its_title_case_labels(tmp_path: Path):
    hearing = written(tmp_path, "CHRG-110shrg50410.htm", GPO_HEARING)
    assert said(hearing, "play a central role in our housing markets") == "Secretary Paulson"
    assert said(hearing, "dark pools can only function") == "Christopher Cox"  # "Mr. Cox", named in full below
    assert said(hearing, "Thank you, Mr. Chairman. I will try") == "Senator Shelby"
    # a wrapped line opening "Chairman Bernanke." goes on with Casey's words; the call "Senator Casey." is Shelby's
    assert said(hearing, "Chairman Bernanke. And Chairman Cox, I hope") == "Senator Casey"
    assert "Chairman Bernanke" not in {turn.speaker for turn in hearing.turns}
    assert said(hearing, "The GSEs play a central role") == "Secretary Paulson"
    assert hearing.date is not None and hearing.date.isoformat() == "2008-07-15"
    assert "RECENT DEVELOPMENTS" in hearing.title


def test_written_questions_appended_to_a_hearing_are_the_asker_s_and_the_answers_the_witness_s(tmp_path: Path):
    hearing = written(tmp_path, "hearing.htm", GPO_HEARING)
    assert said(hearing, "should the exemptions be removed?") == "Senator Shelby"
    assert said(hearing, "required to become public companies") == "Christopher Cox"
    assert said(hearing, "are premised on it") == "Christopher Cox"


def test_set_in_paragraphs_are_joined_and_other_layouts_left_alone():
    lines = ["    Sen. Hassan: On a point of order, Mr. Deputy Speaker, Sir. My proposal is that",
             "you should put the Question because some of us have to go.", *(
                 ["    The Deputy Speaker (Sen. Kembi-Gitura): I allowed the House to debate this because",
                  "it is important."] * 10)]
    joined = indented_paragraphs(lines)
    assert joined[0] == ("Sen. Hassan: On a point of order, Mr. Deputy Speaker, Sir. My proposal is that you "
                         "should put the Question because some of us have to go.")
    assert joined[1] == ""
    nested_list = ["- Item one", "  - a nested point that wraps", "onto a flush line"] * 12
    assert indented_paragraphs(nested_list) == nested_list  # a list's nested items are no set-in paragraphs
    labelled_under = ["Dan:", "\tUm, so the first question is about how you tend", "to use the plots."] * 12
    assert indented_paragraphs(labelled_under)[:4] == ["Dan:", "Um, so the first question is about how you tend to "
                                                       "use the plots.", "", "Dan:"]


def test_a_wrapped_heading_opening_with_by_sets_no_examiner(tmp_path: Path):
    record = "\n".join([
        "STATEMENT ON FAMILIES AFFECTED", "BY PERENNIAL FLOODING IN TANA DELTA", "",
        "Sen. Haji: Mr. Deputy Speaker, Sir, the floods have displaced many.", "",
        "A  B  C = A+B", "A  B  C = A+B", "",
        "The Deputy Speaker (Sen. Kembi-Gitura): Thank you, Sen. Haji.", "",
        "Sen. Haji: The families need shelter before the rains.", ""])
    t = written(tmp_path, "hansard.txt", record)
    assert "examination" not in (t.label_convention or "")
    assert said(t, "families need shelter") == "Sen. Haji"


def test_a_label_with_its_holder_glued_to_the_words_opens_a_turn_among_labels_alone(tmp_path: Path):
    turns = []
    for minister in ("Finansministeren (Nicolai Wammen):", "Signe Munk (SF):") * 3:
        turns += [minister, f"Tak. Jeg svarer {len(turns)} gange på spørgsmålet om statens biler.",
                  "                                                      Kl. 13:06", ""]
    turns += ["Formanden (Søren Gade):", "Finansministeren.", "", "Finansministeren (Nicolai Wammen):Jeg tror, at "
              "vi frem mod 2030 vil se en udvikling.", ""]
    t = written(tmp_path, "folketinget.txt", "\n".join(turns))
    assert said(t, "vi frem mod 2030 vil se") in ("Finansministeren", "Finansministeren (Nicolai Wammen)")

