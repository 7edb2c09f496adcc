"""PDF transcripts (page furniture and line numbers removed) and Word files (paragraphs, or a speaker table)."""

from __future__ import annotations

from pathlib import Path

import pytest

from qa_bot.ingest import load_transcript
from qa_bot.ingest.pdf import _dotted_spaces, _full_stops, _run_together, _single_spaced, clean_pages
from qa_bot.ingest.speakers import UNKNOWN_SPEAKER
from qa_bot.pipeline.build import build_index
from tests.conftest import FIXTURE_ROOT, refusal, said

EXPORTS = FIXTURE_ROOT / "exports"
PDF = (EXPORTS / "senate-interview.pdf").read_bytes()


def index_page(k: int) -> list[str]:
    """A page of the word index: entries (a word, then page:line references) run together across columns."""
    words = sorted({w.strip(".,:?()").lower() for page in ARGUMENT for line in page for w in line.split()
                    if len(w.strip(".,:?()")) > 2 and w.strip(".,:?()").isalpha()})
    words = words[k * 45:(k + 1) * 45]
    entries = [f"{w} {2 + i % 2}:{1 + i * 7 % 25}" + (f",{1 + i * 3 % 25}" if i % 3 else "")
               for i, w in enumerate(words)]
    lines, i = [], 0
    while i < len(entries):  # alternately one entry on a line, then two running together
        step = 1 + len(lines) % 2
        lines.append(" ".join(entries[i:i + step]))
        i += step
    return lines


HEADER, FOOTER = "Official - Subject to Final Review", "Heritage Reporting Corporation"
# A Supreme Court argument: a cover page, pages of labelled argument, then a word index of two pages.
ARGUMENT = [
    ["IN THE SUPREME COURT OF THE UNITED STATES", "HARBOUR AUTHORITY, Petitioner, v. ANN GREEN", "No. 24-101",
     "Washington, D.C.", "Tuesday, March 4, 2025", " The above-entitled matter came on for oral",
     "argument before the Supreme Court of the United States", "at 10:04 a.m."],
    ["P R O C E E D I N G S", " (10:04 a.m.)", " CHIEF JUSTICE ROBERTS: We will hear argument",
     "this morning in Case 24-101, Harbour Authority", "versus Green.", " Mr. Smith.",
     " ORAL ARGUMENT OF JOHN SMITH", " ON BEHALF OF THE PETITIONER", " MR. SMITH: Mr. Chief Justice, and may it",
     "please the Court:", " The harbour dues at issue here are a fee",
     "for the use of the pier, not a tax on the cargo.",
     " JUSTICE KAGAN: Mr. Smith, suppose the", "dues were set by the tonnage of the cargo"],
    ["rather than by the length of the ship. Would", "that change your answer?",
     " MR. SMITH: It would not, Justice Kagan. The", "measure of a fee does not turn it into a tax.",
     " CHIEF JUSTICE ROBERTS: Thank you, counsel.", " Ms. Jones.", " MS. JONES: Mr. Chief Justice, the dues",
     "are prudent only if they pay for the pier.", " CHIEF JUSTICE ROBERTS: Thank you, counsel.",
     " The case is submitted.", " (Whereupon, at 10:58 a.m., the case in the", "above-entitled matter was submitted.)"],
]
COURT_PAGES = [*ARGUMENT, *[index_page(k) for k in range(2)]]


def court_pdf(pages: list[list[str]]) -> bytes:
    """A PDF whose text layer gives each page's line numbers (1-25) as a block before its text, as court
    reporters' PDFs do, under a running header and over a page number and the reporter's name."""
    def text(s: str) -> str:
        return "(" + s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"
    objects = ["<< /Type /Catalog /Pages 2 0 R >>", None, "<< /Type /Font /Subtype /Type1 /BaseFont /Courier >>"]
    kids = []
    for number, lines in enumerate(pages, 1):
        column = " T* ".join(f"{text(str(n))} Tj" for n in range(1, 26))
        body = " T* ".join(f"{text(line)} Tj" for line in [HEADER, *lines])
        stream = (f"BT /F1 11 Tf 14 TL 40 760 Td {column} ET\nBT /F1 11 Tf 14 TL 80 774 Td {body} ET\n"
                  f"BT /F1 11 Tf 300 60 Td {text(str(number))} Tj ET\nBT /F1 11 Tf 220 44 Td {text(FOOTER)} Tj ET\n")
        objects.append(f"<< /Length {len(stream)} >>\nstream\n{stream}endstream")
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> "
                       f"/Contents {len(objects)} 0 R >>")
        kids.append(f"{len(objects)} 0 R")
    objects[1] = f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(kids)} >>"
    out, offsets = "%PDF-1.4\n", []
    for i, obj in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n{obj}\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n" + "".join(f"{o:010d} 00000 n \n" for o in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    return out.encode("latin-1")


def test_court_style_pdf_loses_headers_footers_and_line_numbers():
    t = load_transcript(EXPORTS / "senate-interview.pdf")
    assert (t.format, t.title) == ("pdf (plain)", "COMMITTEE ON THE HARBOUR - INTERVIEW OF JANE DOE")
    texts = [u.text for u in t.turns]
    assert texts[0] == "The interview will come to order. We are here to ask about the ferry contract."
    assert "Where were you on the night of the storm?" in texts
    assert texts[-1] == "We are adjourned."
    everything = "\n".join(texts)
    for furniture in ("Page 1 of 2", "Ace Reporting", "COMMITTEE ON THE HARBOUR", "1   ", "  2"):
        assert furniture not in everything
    # with the line numbers gone, labels open their lines again
    assert {"THE CHAIRMAN", "MR. DAVIS", "MS. SAWYER"} <= {u.label for u in t.turns}


def test_clean_pages_keeps_numbers_that_are_not_line_numbers():
    pages = ["REPORT\nAnn: We counted 12 ferries.\n2021 was a busy year.\nPage 1", "REPORT\nBob: And 14 now.\nPage 2"]
    text, title = clean_pages(pages)
    assert text == "Ann: We counted 12 ferries.\n2021 was a busy year.\nBob: And 14 now."
    assert title == "REPORT"


def test_the_court_argument_fixture_is_built_by_court_pdf():
    assert (EXPORTS / "court-argument.pdf").read_bytes() == court_pdf(COURT_PAGES)


def test_court_argument_pdf_is_read_without_line_number_column_and_word_index():
    """The line numbers come as a block of bare numbers and the transcript ends in a word index whose entries
    (``prudent 3:9``) look like timed heads: the argument is read, labelled, and none of the index is."""
    t = load_transcript(EXPORTS / "court-argument.pdf")
    assert t.format == "pdf (plain)"
    turns = [(u.speaker, u.text) for u in t.turns if u.label]
    assert [speaker for speaker, _ in turns] == [
        "Chief Justice Roberts", "Mr. Smith", "Justice Kagan", "Mr. Smith", "Chief Justice Roberts", "Ms. Jones",
        "Chief Justice Roberts",
    ]
    assert turns[2][1] == ("Mr. Smith, suppose the dues were set by the tonnage of the cargo rather than by the "
                           "length of the ship. Would that change your answer?")  # across a page break
    assert turns[5][1] == "Mr. Chief Justice, the dues are prudent only if they pay for the pier."
    everything = "\n".join(u.text for u in t.turns)
    for furniture in ("Official - Subject", "Heritage Reporting", "prudent 2:", "3:8,4", "\n25\n", " 24 "):
        assert furniture not in everything


def test_clean_pages_drops_a_column_of_bare_line_numbers_wherever_it_sits():
    lines = ["Ann: We counted", "ferries at the pier.", "Bob: How many?", "Ann: Twelve.", "Bob: Thank you."]
    interleaved = "\n".join(f"{n}\n{line}" for n, line in enumerate(lines, 1))
    block = "\n".join(map(str, range(1, 26))) + "\n" + "\n".join(lines)
    for page in (interleaved, block):
        assert clean_pages([page])[0] == "\n".join(lines)
    few = "\n".join([*lines, "3", "4", *lines])  # a short run is no column of line numbers
    assert clean_pages([few])[0] == few


def test_clean_pages_drops_line_numbers_the_text_layer_puts_after_the_words():
    """A parole hearing's text layer gives each printed line number at the end of its line, glued to a spelt
    name's hyphen too; the hearing's own numbers (a date, a count) stay."""
    page = ("4\nDictate Express Transcription\nwith the Board of Parole Hearings, appearing in the same 1\nfashion. 2\n"
            "PRESIDING COMMISSIONER RUFF:  Ms. Mbelu. 3\nEMMANUEL YOUNG:  My name is Emmanuel Young, Y-O-4\n"
            "U-N-G. I came to Board in 2019. 5\nPRESIDING COMMISSIONER RUFF:  Room 12 6\nis where we sit. 7")
    text = clean_pages([page])[0]
    assert text.split("\n")[1:] == [
        "with the Board of Parole Hearings, appearing in the same", "fashion.",
        "PRESIDING COMMISSIONER RUFF:  Ms. Mbelu.", "EMMANUEL YOUNG:  My name is Emmanuel Young, Y-O-",
        "U-N-G. I came to Board in 2019.", "PRESIDING COMMISSIONER RUFF:  Room 12", "is where we sit."]


def test_clean_pages_drops_only_a_trailing_word_index():
    argument = "Ann: We met at 10:12 and 11:30 on the pier.\nBob: And left at 12:05."
    index = "ferry 1:3 2:4,9\npier 1:1\nprudent 12:3 45:6 tax 3:3\nvote 2:2"
    assert clean_pages([argument, index])[0] == argument
    assert clean_pages([index, argument])[0] == index + "\n" + argument  # only at the end
    assert clean_pages([argument])[0] == argument
    heads = "Ann 0:03\nWe open the pier.\nBob 0:09\nNot yet.\nAnn 0:15\nWhy not?"  # an Otter export's last page
    assert clean_pages([argument, heads])[0] == argument + "\n" + heads


def test_teams_word_export():
    t = load_transcript(EXPORTS / "teams-meeting.docx")
    assert (t.format, t.title, str(t.date)) == ("docx (timed text)", "Harbour board weekly", "2023-03-14")
    assert [(u.speaker, u.start, u.text) for u in t.turns] == [
        ("Ann Lee", 3.0, "Welcome to the weekly harbour board meeting."),
        ("Bob Hale", 12.0, "Thanks. The dredging is a week ahead of plan."),
        ("Ann Lee", 65.0, "Good. Then the fares."),
    ]


def test_word_file_with_a_speaker_table():
    t = load_transcript(EXPORTS / "service-table.docx")
    assert (t.format, t.title) == ("docx (table)", "Interview transcript")
    assert [(u.speaker, u.start) for u in t.turns] == [("Interviewer", 1.0), ("Maria Reyes", 6.0),
                                                       ("Interviewer", 14.0)]
    assert t.turns[1].text == "It is a pleasure. The ferries are busier than ever this summer."


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("broken.pdf", PDF[:300], "broken PDF ("),
        ("scan.pdf", PDF.replace(b"Tj", b"  "), "PDF has no text layer (2 page(s) of images?): run OCR on it first"),
        ("renamed.pdf", b"Ann: hello\n", "not a PDF file (it does not start with %PDF-)"),
        ("broken.docx", b"PK\x03\x04 word/document.xml but no zip", "broken Word file ("),
        ("old.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1 an old .doc", "not a Word .docx file"),
    ],
)
def test_bad_binary_files_get_a_one_line_reason(tmp_path: Path, name: str, data: bytes, reason: str):
    found = refusal(tmp_path, name, data)
    assert found.startswith(reason) and "\n" not in found


def test_a_pdf_broken_later_keeps_its_indexed_version(tmp_path: Path, fake_embedder):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "interview.pdf").write_bytes(PDF)
    first = build_index([docs], tmp_path / "index", embedder=fake_embedder)
    (docs / "interview.pdf").write_bytes(PDF[:300])
    second = build_index([docs], tmp_path / "index", embedder=fake_embedder)
    assert second.kept == ["interview"] and second.turns == first.turns
    assert second.skipped[str(docs / "interview.pdf")].startswith("broken PDF (")


def test_text_saved_by_pdftotext_loses_its_page_headers_and_footers(tmp_path: Path):
    page = "Oral History Project — Beekeeping            Page {n} of 2\n\n{body}\n\nTranscribed by ScribeCo   {n}\n"
    text = "\f".join(page.format(n=n, body=body) for n, body in enumerate((
        "Interviewer: How long have you kept bees?\n\nHélène Dubois: Since 1998. In summer I move some up to the",
        "lavender fields near Sault.\n\nInterviewer: And the biggest threat?\n\nHélène Dubois: The Asian hornet."), 1))
    path = tmp_path / "oral-history.txt"
    path.write_text(text, encoding="utf-8")
    turns = load_transcript(path).turns
    assert [t.speaker for t in turns] == ["Interviewer", "Hélène Dubois"] * 2
    assert turns[1].text == "Since 1998. In summer I move some up to the lavender fields near Sault."


def test_a_word_index_page_read_badly_between_two_others_goes_with_them():
    """Columns of an index page the text layer jumbles (few page:line references on the page) between two
    index pages: the whole index goes, and the argument is read as labelled turns."""
    jumbled = ["wouldn't [11] 9:25 16:25", "17:10,15 24:", "wrap [1]", "38:24", "wrapping", "[1] 15:22", "write"] * 4
    text, _ = clean_pages(["\n".join(page) for page in [*ARGUMENT, index_page(0), jumbled, index_page(1)]])
    assert "wrap" not in text and "prudent 2:" not in text and "JUSTICE KAGAN: Mr. Smith" in text


def test_a_text_layer_whose_words_run_together_is_told_and_spaced_again():
    glued = "Goodafternoonagain. I understandyour point andwe all cando our partonreducingthelengthof comments. " * 30
    spaced = "Good afternoon again. I understand your point and we all can do our part on reducing the length. " * 30
    assert _run_together([glued]) and not _run_together([spaced])
    layout = "   Mayor  Lago:  Yes,   go  ahead.\n  Next   line"
    assert _single_spaced(layout) == "   Mayor Lago: Yes, go ahead.\n  Next line"


def test_a_label_alone_on_its_line_that_opens_pages_is_kept_and_n_of_m_is_no_title():
    """A study's interview PDF: "Participant:" and "Dan:" alone on their lines open turns inside every page and
    the first line of some pages; they are labels, not a running header. "3/6" is a page number."""
    def page(n: int) -> str:
        turns = [f"{who}:\n{who} says thing {n}.{k}." for k in range(4) for who in ("Participant", "Dan")]
        return "\n".join([*turns, f"{n}/3"])
    text, title = clean_pages([page(n) for n in range(1, 4)])
    assert text.split("\n")[:2] == ["Participant:", "Participant says thing 1.0."]
    assert text.count("Participant:") == 12 and "/3" not in text and title is None


def test_oireachtas_anchors_go_and_full_stops_lost_by_the_font_come_back():
    """The Oireachtas's reports: a paragraph's anchor glued to its first words, and a font whose full stop the
    text layer gives as U+FFFD; a replacement character standing for a lost letter is left alone."""
    text, _ = clean_pages(["17/07/2020B00700Senator Lisa Chambers: I am happy to support it.\nToday we are here."])
    assert text.startswith("Senator Lisa Chambers: I am happy")
    lost = ["Senator Lisa Chambers: I support it\ufffd  No\ufffd 2 is next\ufffd\n" * 6]
    assert _full_stops(lost) == [page.replace("\ufffd", ".") for page in lost]
    letters = ["D\ufffdil \u00c9ireann passed it. S\ufffdan Kyne spoke. F\ufffdil\n" * 6]
    assert _full_stops(letters) == letters


def test_a_record_setting_its_speakers_in_a_style_of_their_own_credits_the_paragraphs_under_each(tmp_path: Path):
    """As the Parliament of Catalonia's Word records: names in "D3/ Intervinent" (whatever their shape: "El
    vicepresident primer"), speech in "D3/ Text normal", a heading style whose lines differ each time."""
    from docx import Document
    from docx.enum.style import WD_STYLE_TYPE

    doc = Document()
    for name in ("D3/ Intervinent", "D3/ Intervinent Obertura", "D3/ Text normal", "D3/ Títol negreta"):
        doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    doc.add_paragraph("XI legislatura - sèrie P - número 2", style="D3/ Text normal")
    doc.add_paragraph("La presidenta", style="D3/ Intervinent Obertura")
    doc.add_paragraph("Comença la sessió.", style="D3/ Text normal")
    for i in range(3):
        doc.add_paragraph(f"Proposta de resolució {i}", style="D3/ Títol negreta")
        doc.add_paragraph("La presidenta", style="D3/ Intervinent")
        doc.add_paragraph(f"Té la paraula el vicepresident, punt {i}.", style="D3/ Text normal")
        doc.add_paragraph("El vicepresident primer", style="D3/ Intervinent")
        doc.add_paragraph(f"«Punt {i}. El Parlament de Catalunya constata el mandat.»", style="D3/ Text normal")
        doc.add_paragraph(f"I el punt {i} continua en un altre paràgraf.", style="D3/ Text normal")
    doc.save(tmp_path / "PCAT-0301.docx")
    t = load_transcript(tmp_path / "PCAT-0301.docx")
    assert said(t, "Comença la sessió.") == "La presidenta"
    assert said(t, "I el punt 1 continua") == said(t, "«Punt 1. El Parlament") == "El vicepresident primer"
    assert said(t, "Té la paraula el vicepresident, punt 2.") == "La presidenta"
    assert said(t, "XI legislatura") == UNKNOWN_SPEAKER


def test_headings_repeated_over_labelled_turns_are_sections_not_speakers(tmp_path: Path):
    """A focus-group study's Word file: "Informationen zum Termin" and "Transkript" in a heading style again and
    again, the turns under them labelled with codes (``GA: …``, ``TN6: …``): the codes speak, not the headings."""
    from docx import Document
    from docx.enum.style import WD_STYLE_TYPE

    doc = Document()
    doc.styles.add_style("LR: 2) Abschnitt", WD_STYLE_TYPE.PARAGRAPH)
    for group in range(3):
        doc.add_paragraph(f"Focus Group {group + 1}")
        doc.add_paragraph("Informationen zum Termin", style="LR: 2) Abschnitt")
        doc.add_paragraph(f"Teilnehmende: TN{group}, TN{group + 5}")
        doc.add_paragraph("Transkript", style="LR: 2) Abschnitt")
        doc.add_paragraph(f"GA: Was ist für euch die Herausforderung, Gruppe {group}?")
        doc.add_paragraph(f"TN{group}: Die Ernährung, würde ich sagen, in Gruppe {group}.")
        doc.add_paragraph(f"TN{group + 5}: Bei uns eher der Sensor, Gruppe {group}.")
    doc.save(tmp_path / "Alle Transkripte.docx")
    t = load_transcript(tmp_path / "Alle Transkripte.docx")
    assert said(t, "Was ist für euch die Herausforderung, Gruppe 1?") == "GA"
    assert said(t, "Die Ernährung, würde ich sagen, in Gruppe 2.") == "TN2"
    assert said(t, "Bei uns eher der Sensor, Gruppe 0.") == "TN5"
    assert not {"Transkript", "Informationen zum Termin"} & set(t.speakers)

def test_a_text_layer_of_one_word_a_line_is_joined_into_its_paragraphs():
    """A speech-to-text service's PDF sets every word on a line of its own, paragraphs a blank line apart: read
    word by word, each capitalised word after a full stop would look like a name over the words below it."""
    paragraphs = ["Меня отвлекали , но может быть сейчас срочно вопрос . Ничего страшного .",
                  "Меня зовут Незамедина Абдулаев . Я руководитель ассоциации польско - узбекского сотрудничества .",
                  "Моя деятельность заключается в выводе экспорта товаров предпринимателей Узбекистана ."] * 2
    page = "\n  \n".join("\n".join(words.split()) for words in paragraphs)
    text, _ = clean_pages([page])
    assert text.split("\n") == paragraphs


def test_a_court_reporters_layout_of_middle_dots_reads_as_numbered_lines():
    """A hearing's PDF whose reporter's software fills the layout with middle dots: the dots are spaces, so the
    printed line numbers go and the Q/A marks and labels read; a page without them keeps its dots (Catalan l·l)."""
    page = ("·1· · · ·and belief?\n·2· ·A· ·Yes, they are.\n·3· ·Q· ·And do you adopt those documents?\n"
            "·4· · · · · · THE CHAIR:· It's wrong on all accounts.\n·5· ·A· ·I do.\n")
    text = clean_pages(_dotted_spaces([page]))[0]
    assert "·" not in text and "THE CHAIR:  It's wrong on all accounts." in " ".join(text.split("\n"))
    assert not any(line.lstrip()[:1].isdigit() for line in text.split("\n"))
    assert _dotted_spaces(["La col·lecció és nova.\nUna altra línia."]) == ["La col·lecció és nova.\nUna altra línia."]
