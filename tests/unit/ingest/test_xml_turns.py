"""XML debates and hearings read by shape: the repeated element naming a speaker and holding words."""

from __future__ import annotations

from pathlib import Path

from qa_bot.ingest import discover, load_transcript
from qa_bot.ingest.speakers import UNKNOWN_SPEAKER
from tests.conftest import refusal, said

HANDELINGEN = """\ufeff<?xml version="1.0" encoding="utf-8"?>
<officiele-publicatie><handelingen><agendapunt>
 <item-titel>Nederlandse economie na de brexit</item-titel>
 <onderwerp><al-groep><al>Aan de orde is het debat.</al></al-groep></onderwerp>
 <spreekbeurt nieuw="nee">
  <spreker><voorvoegsels>De</voorvoegsels> <naam><achternaam>voorzitter</achternaam></naam>:</spreker>
  <tekst><al-groep><al>Ik geef het woord aan de heer Paternotte.</al></al-groep></tekst>
 </spreekbeurt>
 <spreekbeurt nieuw="ja">
  <spreker><voorvoegsels>De heer</voorvoegsels> <naam><achternaam>Paternotte</achternaam></naam>
   (<politiek>D66</politiek>):</spreker>
  <tekst><al-groep><al>Dank u wel, mevrouw de
   voorzitter.</al><al>Over minder dan een jaar is het zover.</al></al-groep></tekst>
 </spreekbeurt>
 <spreekbeurt nieuw="ja">
  <spreker><voorvoegsels>Minister</voorvoegsels> <naam><achternaam>Wiebes</achternaam></naam>:</spreker>
  <tekst><al-groep><al>Het actieplan is samen met de ondernemers gemaakt.</al></al-groep></tekst>
 </spreekbeurt>
</agendapunt>
<agendapunt><item-titel>Sluiting</item-titel>
 <spreekbeurt><spreker><voorvoegsels>De</voorvoegsels> <naam><achternaam>voorzitter</achternaam></naam>:</spreker>
  <tekst><al-groep><al>Ik sluit de vergadering.</al></al-groep></tekst></spreekbeurt>
</agendapunt></handelingen></officiele-publicatie>
"""

PARLPARSE = """<?xml version="1.0" encoding="ISO-8859-1"?>
<publicwhip>
<major-heading id="uk.org.publicwhip/debate/2020-01-01a.1.0">Fisheries</major-heading>
<speech id="s1" speakername="Jane Smith" person_id="uk.org.publicwhip/person/1"><p>The fleet is smaller.</p></speech>
<speech id="s2" speakername="John Roe" person_id="uk.org.publicwhip/person/2"><p>Quotas will rise.</p>
<p>So will prices.</p></speech>
<speech id="s3" speakername="Jane Smith" person_id="uk.org.publicwhip/person/1"><p>Not for everyone.</p></speech>
</publicwhip>
"""

TEI = """<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><profileDesc><particDesc><listPerson>
 <person xml:id="AnnLee"><persName><forename>Ann</forename> <surname>Lee</surname></persName></person>
 <person xml:id="BoNg"><persName><forename>Bo</forename> <surname>Ng</surname></persName></person>
</listPerson></particDesc></profileDesc></teiHeader>
<text><body><div type="debateSection"><head>Harbour</head>
 <u who="#AnnLee" xml:id="u1"><seg>We open the harbour on Monday.</seg></u>
 <note type="comment">(Applause)</note>
 <u who="#BoNg" xml:id="u2"><seg>Will the night ferry run?</seg><seg>On Sundays too?</seg></u>
</div></body></text></TEI>
"""

AKOMA = """<?xml version="1.0" encoding="UTF-8"?>
<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><debate><meta><references>
 <TLCPerson eId="ann_lee" href="/ontology/person/ann_lee" showAs="Ann Lee"/>
 <TLCPerson eId="bo_ng" href="/ontology/person/bo_ng" showAs="Bo Ng"/>
</references></meta><debateBody><debateSection>
 <speech by="#ann_lee"><from>Ms. Lee</from><p>We open the harbour on Monday.</p></speech>
 <speech by="#bo_ng"><from>Mr. Ng</from><p>And the night ferry?</p></speech>
</debateSection></debateBody></debate></akomaNtoso>
"""


def written(folder: Path, name: str, text: str, encoding: str = "utf-8"):
    path = folder / name
    path.write_text(text, encoding=encoding)
    return load_transcript(path)


def test_a_parliamentary_record_is_read_from_its_speaker_elements(tmp_path: Path):
    record = written(tmp_path, "h-tk-70-12.xml", HANDELINGEN)
    assert record.format == "xml (turns in <spreekbeurt>)"
    assert record.title == "Nederlandse economie na de brexit"
    assert record.speakers == ["De voorzitter", "De heer Paternotte", "Minister Wiebes"]  # party note dropped
    turn = record.turns[1]
    assert turn.text == "Dank u wel, mevrouw de voorzitter.\n\nOver minder dan een jaar is het zover."
    assert not any("D66" in t.text or "Aan de orde" in t.text for t in record.turns)


def test_speakers_named_by_attribute_or_by_reference(tmp_path: Path):
    debate = written(tmp_path, "debates2020-01-01a.xml", PARLPARSE, encoding="iso-8859-1")
    assert [(t.speaker, t.text) for t in debate.turns] == [
        ("Jane Smith", "The fleet is smaller."), ("John Roe", "Quotas will rise.\n\nSo will prices."),
        ("Jane Smith", "Not for everyone.")]
    tei = written(tmp_path, "ParlaMint-XX_2020-01-01.xml", TEI)
    assert tei.format == "xml (turns in <u>)"
    assert said(tei, "We open the harbour on Monday.") == "Ann Lee"  # "#AnnLee" resolved in the listPerson
    assert said(tei, "On Sundays too?") == "Bo Ng"
    akoma = written(tmp_path, "akn-debate.xml", AKOMA)
    assert [t.speaker for t in akoma.turns] == ["Ann Lee", "Bo Ng"]  # the person's showAs, before <from>
    assert "Ms. Lee" not in akoma.turns[0].text


PARCZECH = """<?xml version="1.0" encoding="utf-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Sitting 16</title></titleStmt>
<publicationStmt><date when="2021-02-11">2021-02-11</date></publicationStmt></fileDesc>
<profileDesc><settingDesc><setting><date when="2014-09-10">2014-09-10</date></setting></settingDesc></profileDesc>
</teiHeader><text><body><div type="debateSection">
 <note type="speaker">Místopředseda PSP Jan Bartošek</note>
 <u who="#JanBartosek.1971" ana="#chair"><seg>Otevírám rozpravu.</seg></u>
 <pb n="2"/><note type="time"><time when="2014-09-10T13:31:00">(13.31)</time></note>
 <note type="speaker">Senátor Karel Korytář</note>
 <u who="#KarelKorytar"><seg>Senát návrh vrací.</seg></u>
 <u who="#TomioOkamura.1972"><seg>Nesouhlasím.</seg></u>
 <note type="speaker">Poslanec Václav Votava</note>
 <u who="#spk7"><seg>Odmítám to.</seg></u>
 <note type="speaker">MARIO GASPARINI:</note>
 <u who="#GaspariniMario"><seg>Čisto na kratko.</seg></u>
 <note type="speaker">GOSPOD MOHORIČ:</note>
 <u who="#unknown-M"><seg>Hvala gospod predsednik.</seg></u>
 <note type="speaker">GOSPOD ILIČ:</note>
 <u who="#unknown-M"><seg>Čisto kratko.</seg></u>
 <u who="#BožičIvan"><seg>Samo majhno vprašanje.</seg></u>
 <u who="#unknown-F"><seg>Ne.</seg></u>
</div></body></text></TEI>
"""


def test_people_listed_in_another_file_are_named_by_the_speaker_note(tmp_path: Path):
    """ParlaMint, ParCzech and siParl keep their people in a file of their own: the note before each turn names
    them, its name in either order; an id that is no name (``spk7``, ``unknown-M``, which siParl gives every
    unnamed man) is the note's speaker, else kept as written."""
    sitting = written(tmp_path, "ps2013-016-01-001-001.xml", PARCZECH)
    assert [t.speaker for t in sitting.turns] == [
        "Jan Bartošek", "Karel Korytář", "Tomio Okamura", "Poslanec Václav Votava", "Mario Gasparini",
        "Gospod Mohorič", "Gospod Ilič", "Božič Ivan", "unknown-F"]
    assert str(sitting.date) == "2014-09-10"  # when the sitting took place, not when the corpus was published
    assert "Bartošek" not in sitting.turns[0].text and "13.31" not in sitting.turns[1].text


def test_xml_without_turns_is_refused_and_no_entity_is_expanded(tmp_path: Path):
    reason = refusal(tmp_path, "config.xml", b'<?xml version="1.0"?><config><port>80</port></config>')
    assert reason.startswith("XML with no repeated element naming a speaker and holding words (root <config>")
    bomb = ('<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>'
            '<d><speech speakername="Ann">&b; words</speech><speech speakername="Bo">more words</speech></d>')
    record = written(tmp_path, "bomb.xml", bomb)
    assert "aaaa" not in record.turns[0].text
    assert [s.unsupported for s in discover([tmp_path]) if s.path.name == "bomb.xml"] == [None]


OHMS = """<?xml version="1.0" encoding="UTF-8"?>
<ROOT xmlns="https://www.weareavp.com/nunncenter/ohms"><record id="00089281" dt="2020-04-07">
<date value="1986-03-14" format="yyyy-mm-dd"/><title>Oral history interview with William E. Hanford</title>
<index><point><time>0</time><title>Pre-Interview Discussion</title>
<partial_transcript>BOHNING:  Let me just see if this is working all right.</partial_transcript></point></index>
<transcript>BOHNING: Let me just see if this is working all right. It looks like it is. And I
think there were--hmm.

HANFORD: Well, let's, before we start recording, let's get a picture of what type of
stuff you want. He said, "They've tried it!
[Wallace Hume] Carothers said he can't polymerize caprolactam."

BOHNING: I know you were born on December 9, 1908, in Bristol, Pennsylvania.

HANFORD: That's right. [Wesley R.] Peterson had proved that.
</transcript></record></ROOT>
"""


def test_an_oral_history_kept_as_text_in_one_element_is_read_as_a_transcript(tmp_path: Path):
    """OHMS XML: the whole interview as running text in <transcript>, beside an index quoting its first lines."""
    interview = written(tmp_path, "hanford_OH0139.xml", OHMS)
    assert interview.format == "xml (text in <transcript>)"
    assert interview.title == "Oral history interview with William E. Hanford" and str(interview.date) == "1986-03-14"
    assert [t.speaker for t in interview.turns] == ["Bohning", "Hanford", "Bohning", "Hanford"]
    assert said(interview, "Carothers said he can't polymerize caprolactam") == "Hanford"  # an editor's insertion


def test_speaker_elements_opening_paragraphs_label_them_and_the_paragraphs_after_go_on(tmp_path: Path):
    """A trial record's page: ``<spkr>`` opens a paragraph, the unlabelled paragraphs after it are the same
    speaker's; a ``<spkr>`` heading with no colon and no words is no one, running heads and page numbers go."""
    page = written(tmp_path, "NRMB-00136.xml", """<?xml version="1.0" encoding="utf-8"?>
<transcriptBody><seqNo>136</seqNo>
 <p><runningHead><sessionDate n="1946-12-10">10 Dec</sessionDate>-A-GES-12-1-Lehnhardt</runningHead></p>
 <p><spkr>AFTERNOON SESSION</spkr></p>
 <p><spkr>THE MARSHAL:</spkr> The Tribunal is again in session.</p>
 <p><spkr>MR. MCHANEY:</spkr> We have completed our presentation.</p>
 <p>The next document is <evidenceFileDoc n="NO-416">NO-416</evidenceFileDoc>, a chart.</p>
 <pageNum n="121">121</pageNum>
 <p><spkr>THE PRESIDENT:</spkr> Proceed.</p>
</transcriptBody>""")
    assert page.format == "xml (labels in <p>)"
    assert [(t.speaker, t.text) for t in page.turns] == [
        ("Unknown speaker", "AFTERNOON SESSION"), ("The Marshal", "The Tribunal is again in session."),
        ("Mr. McHaney", "We have completed our presentation.\n\nThe next document is NO-416, a chart."),
        ("The President", "Proceed.")]


def test_a_database_export_of_a_sitting_is_read_from_its_fields_of_running_text(tmp_path: Path):
    """The Hessian Landtag's export: records of fields, one per part of the sitting holding its text with labels
    alone on their lines; the short metadata fields between them are no one's words."""
    part = ('<UpdateRecord><Field InputFieldName="DAT">31.05.2022</Field><Field InputFieldName="DNR">105</Field>'
            '<Field Long="True" InputFieldName="AVT1">\n    {0}:\n\n    {1}\n\n    {2}:\n\n    {3}\n\n'
            '    (Beifall)\n</Field></UpdateRecord>')
    t = written(tmp_path, "ePP_Export_20-105.xml", '<?xml version="1.0" encoding="UTF-8"?><Root>' + "".join([
        part.format("Vizepräsident Frank Lortz", "Ich eröffne die Plenarsitzung und begrüße Sie alle herzlich.",
                    "Volker Bouffier, Ministerpräsident", "Vor 40 Jahren wurde ich zum ersten Mal in dieses Parlament "
                    "gewählt. Mit dem heutigen Tag schließt sich für mich ein Kreis."),
        part.format("Präsidentin Astrid Wallmann", "Ich gehöre dem Landtag seit 13 Jahren an und danke Ihnen allen.",
                    "Boris Rhein [CDU]", "Ich lege gleichzeitig mein Amt als Präsident des Hessischen Landtages nieder "
                    "und danke für die Zusammenarbeit."),
        *(part.format("Präsidentin Astrid Wallmann", f"Wir kommen zu Punkt {n} der Tagesordnung, den Anträgen "
                      "der Fraktionen zur Wahl und zur Vereidigung der Mitglieder der Landesregierung.",
                      "Boris Rhein [CDU]", f"Zu Punkt {n} danke ich Ihnen allen für die gute Zusammenarbeit.")
          for n in range(2, 6))]) + "</Root>")
    assert t.format == "xml (text in <field>)"
    assert said(t, "Vor 40 Jahren") == "Volker Bouffier"
    assert said(t, "seit 13 Jahren") == "Präsidentin Astrid Wallmann" and said(t, "mein Amt") == "Boris Rhein"
    assert not any("31.05.2022" in turn.text for turn in t.turns)


def test_a_markdown_file_holding_a_sittings_xml_is_read_as_that_xml(tmp_path: Path):
    """A Hansard site's page: Jekyll front matter over the sitting's Akoma Ntoso; a dagger or asterisk before a
    member's name marks how they spoke, not who."""
    speech = ('<speech by="#{0}">\n\n<from>{1} Mr. <person refersTo="hansard_za">{2}</person> ({3})</from>\n\n'
              "<p>said {4}.</p>\n\n</speech>\n\n")
    t = written(tmp_path, "1914-03-16.markdown", "---\ntitle: 'House of Assembly: MONDAY 16 March 1914'\nlayout: "
                "debate\n---\n\n<debateSection name=\"#opening\">\n\n<heading>MONDAY, 16th March, 1914.</heading>\n\n"
                + speech.format("schoeman", "&#x2020;", "J. H. SCHOEMAN", "Oudtshoorn", "he would rather resign")
                + speech.format("madeley", "", "W. B. MADELEY", "Springs", "it was only another case of romance")
                + speech.format("kuhn", "*", "P. G. KUHN", "Prieska", "half of the overseers were too big")
                + "</debateSection>\n")
    assert t.format == "markdown (xml: turns in <speech>)" and str(t.date) == "1914-03-16"
    assert said(t, "rather resign") == "J. H. Schoeman"
    assert said(t, "overseers") == "P. G. Kuhn" and said(t, "romance") == "W. B. Madeley"


def test_written_questions_and_their_replies_are_both_read_each_naming_its_member(tmp_path: Path):
    """TheyWorkForYou's written answers: a <ques> naming the asking member, a <reply> naming the minister, under
    headings that name no one; questions and replies in the file's order."""
    pairs = [("Louise Ellman", "When will the register for tower cranes be introduced?", "Jonathan R Shaw",
              "The HSE is committed to a scheme for tower crane registration by April 2010."),
             ("Bob Spink", "What meetings has the Prime Minister had on Post Office closures?", "Gordon Brown",
              "I have regular meetings with ministerial colleagues and others."),
             ("Steve Webb", "What is the conversion rate of offered loans?", "Rosie Winterton",
              "The current conversion rate from offered to drawn loans exceeds 80 per cent.")]
    path = tmp_path / "answers2009-10-29a.xml"
    path.write_text('<?xml version="1.0"?>\n<publicwhip>' + "".join(
        f'<minor-heading nospeaker="true">Heading {n}</minor-heading>'
        f'<ques speakername="{asker}"><p>{question}</p></ques><reply speakername="{minister}"><p>{answer}</p></reply>'
        for n, (asker, question, minister, answer) in enumerate(pairs)) + "</publicwhip>", encoding="utf-8")
    t = load_transcript(path)
    assert [turn.speaker for turn in t.turns] == [name for a, _, m, _ in pairs for name in (a, m)]
    assert said(t, "drawn loans exceeds 80 per cent") == "Rosie Winterton"


def test_a_speaker_element_holding_its_person_s_details_is_named_by_its_name_element(tmp_path: Path):
    """Spain's Congress (ECPC): birth date, place, party and office inside <speaker>; where the name is UNKNOWN,
    the office names the speaker. Australia's Hansard: <name role="metadata"> beside ids, electorate and party."""
    def intervention(name: str, post: str, words: str) -> str:
        return (f"<intervention><speaker><name>{name}</name><birth_date>19660204</birth_date><birth_place>Sevilla"
                f"</birth_place><affiliation><national_party>PSOE</national_party></affiliation><post>{post}</post>"
                f"</speaker><speech>{words}</speech></intervention>")
    ecpc = ('<?xml version="1.0" encoding="UTF-8"?><ecpc_CD><body>'
            + intervention("UNKNOWN", "PRESIDENTA", "Muy buenos días, señorías. Se reanuda la sesión.")
            + intervention("Montero Cuadrado, María Jesús", "MINISTRA DE HACIENDA", "Muchas gracias, presidenta.")
            + intervention("UNKNOWN", "PRESIDENTA", "Señorías, les pido silencio, por favor.")
            + "</body></ecpc_CD>")
    t = written(tmp_path, "CD230223.xml", ecpc)
    assert said(t, "Se reanuda la sesión.") == "Presidenta"
    assert said(t, "Muchas gracias, presidenta.") == "Montero Cuadrado, María Jesús"

    def speech(name: str, words: str) -> str:
        return (f"<speech><talk.start><talker><page.no>49</page.no><name role=\"metadata\">{name}</name>"
                f"<name.id>83M</name.id><electorate>Sydney</electorate><party>ALP</party></talker></talk.start>"
                f"<talk.text><p>{words}</p></talk.text></speech>")
    aph = ('<?xml version="1.0"?><hansard><chamber.xscript>' + speech("Plibersek, Tanya Joan MP", "We will act.")
           + speech("Dick, Milton MP (The SPEAKER)", "Order!") + speech("Plibersek, Tanya Joan MP", "As I said.")
           + "</chamber.xscript></hansard>")
    assert said(written(tmp_path, "hansard.xml", aph), "As I said.") == "Plibersek, Tanya Joan MP"


def test_members_interjecting_inside_a_speech_are_credited_their_own_words(tmp_path: Path):
    """Australian Hansard sets interjections inside a speech's text, each paragraph opening with the member's
    label in a styled link to their id (the typesetter may split the name over two spans): each is its
    interjector's turn, named as the member with that id speaks elsewhere in the day, and the speaker's own
    heading (``Ms PLIBERSEK (Sydney) (14:16):``) and a label after words stay words."""
    def talker(name: str, member: str) -> str:
        return (f"<talk.start><talker><name role=\"metadata\">{name}</name><name.id>{member}</name.id>"
                "</talker></talk.start>")

    def label(member: str, kind: str, *parts: str) -> str:
        first, *rest = parts
        return (f'<a href="{member}" type="{kind}"><span class="HPS-{kind}">{first}</span></a>'
                + "".join(f'<span class="HPS-{kind}">{part}</span>' for part in rest))

    def para(*content: str) -> str:
        return '<p class="HPS-Normal"><span class="HPS-Normal">' + "".join(content) + "</span></p>"

    speech = ("<speech>" + talker("Plibersek, Tanya Joan MP", "83M") + "<talk.text><body>"
              + para(label("83M", "MemberAnswer", "Ms PLIBERSEK"), " (Sydney) (14:16):  The plan is a good plan.")
              + para("Those opposite delivered two gigalitres.")
              + para(label("53517", "MemberInterjecting", "The SPEAKER:"), "  I call the member for Petrie.")
              + para(label("247742", "MemberInterjecting", "Mr How", "arth:"), "  Relevance: not relevant.")
              + para("The question said nothing about the past.")
              + para(label("83M", "MemberContinuation", "Ms PLIBERSEK:"), "  As I was saying, water.")
              + para("It is, as the Speaker said: relevant.")
              + "</body></talk.text></speech>")
    chair = ("<speech>" + talker("Dick, Milton MP (The SPEAKER)", "53517")
             + "<talk.text><p>Order!</p></talk.text></speech>")
    aph = f'<?xml version="1.0"?><hansard><chamber.xscript>{chair}{speech}</chamber.xscript></hansard>'
    t = written(tmp_path, "hansard.xml", aph)
    assert said(t, "The plan is a good plan.") == "Plibersek, Tanya Joan MP"
    assert said(t, "Those opposite delivered") == "Plibersek, Tanya Joan MP"
    assert said(t, "I call the member for Petrie.") == "Dick, Milton MP"
    assert said(t, "Relevance: not relevant.") == "Mr Howarth"  # no speech of his: the label as written
    assert said(t, "The question said nothing") == "Mr Howarth"
    assert said(t, "As I was saying, water.") == "Plibersek, Tanya Joan MP"
    assert said(t, "as the Speaker said: relevant.") == "Plibersek, Tanya Joan MP"
    assert "Ms PLIBERSEK (Sydney) (14:16):" in next(turn.text for turn in t.turns if "good plan" in turn.text)
    assert not any(turn.text.startswith(("The SPEAKER", "Mr How", "arth")) for turn in t.turns)


def test_interjections_nested_in_a_speech_are_their_members_and_the_speech_goes_on_after_them(tmp_path: Path):
    """Australian Hansard before 2011: a speech's <talk.start> holds its member's details and first paragraph, the
    rest of the speech follows it, with interjections and continuations nested between its paragraphs, each with a
    <talk.start> of its own. Newer records nest them empty (their words are in the speech's text): the members'
    details (page, id, electorate) are never words."""
    def start(name: str, member: str, words: str = "") -> str:
        return (f'<talk.start><talker><page.no>61</page.no><name role="metadata">{name}</name>'
                f'<name.id>{member}</name.id><electorate>Oxley</electorate></talker>'
                + (f"<para>{words}</para>" if words else "") + "</talk.start>")

    old = ('<?xml version="1.0"?><hansard><chamber.xscript><debate><speech>'
           + start("Abbott, Tony, MP", "EZ5", "—Some talk about roads.") + "<para>Some more talk.</para>"
           + "<interjection>" + start("Somlyay, Alex (The DEPUTY SPEAKER)", "10000", "—Order!") + "</interjection>"
           + "<para>And on I go.</para><continue>" + start("Abbott, Tony, MP", "EZ5", "—As I said, roads.")
           + "</continue></speech><speech>" + start("Rudd, Kevin, MP", "83T", "—I thank the member.")
           + "</speech></debate></chamber.xscript></hansard>")
    t = written(tmp_path, "old.xml", old)
    assert t.format == "xml (turns in <speech>)"
    assert said(t, "Some talk about roads.") == "Abbott, Tony, MP"
    assert said(t, "Some more talk.") == "Abbott, Tony, MP"
    assert said(t, "Order!") == "Somlyay, Alex"
    assert said(t, "And on I go.") == "Abbott, Tony, MP"
    assert said(t, "As I said, roads.") == "Abbott, Tony, MP"
    assert said(t, "I thank the member.") == "Rudd, Kevin, MP"
    assert [turn.speaker for turn in t.turns] == ["Abbott, Tony, MP", "Somlyay, Alex", "Abbott, Tony, MP",
                                                  "Rudd, Kevin, MP"]

    new = ('<?xml version="1.0"?><hansard><chamber.xscript><debate><speech>' + start("Abbott, Tony, MP", "EZ5")
           + "<talk.text><p>We will build roads.</p></talk.text><interjection>"
           + start("Somlyay, Alex (The DEPUTY SPEAKER)", "10000") + "<talk.text></talk.text></interjection></speech>"
           + "<speech>" + start("Rudd, Kevin, MP", "83T") + "<talk.text><p>I thank the member.</p></talk.text>"
           + "</speech></debate></chamber.xscript></hansard>")
    t = written(tmp_path, "new.xml", new)
    assert [turn.text for turn in t.turns] == ["We will build roads.", "I thank the member."]


def test_an_utterance_numbered_rather_than_named_is_credited_to_the_label_printed_before_it(tmp_path: Path):
    """The Old Bailey Corpus numbers each speaker (``speaker="17440223-0012"``) and keeps the printed label before
    the utterance in its paragraph, a name there in a <persName>; an offence described in the narrative, a name in
    it, is nobody's turn."""
    def u(label: str, number: str, words: str) -> str:
        return f'<p>{label} <u speaker="17440223-{number}" role="Witness">{words}</u></p>'

    offence = ('<p>was indicted for <rs type="offence">stealing {}, the goods of <persName>Amey Deseret</persName>'
               "</rs>.</p>")
    record = ('<?xml version="1.0"?><TEI><text><body><div>' + offence.format("spoons") + offence.format("a mug")
              + '<p><persName id="p1">Slade <interp type="surname" value="Bowler"/>Bowler</persName> . '
              '<u speaker="17440223-0012">I lost two spoons.</u></p>'
              + u("Q.", "?ATT", "Where were they?") + u("Bowler.", "0012", "In the kitchen.")
              + u("Mrs. -", "????", "I saw him there.") + u("Prisoner.", "0010", "I never was there.")
              + "".join(u("Q.", "?ATT", f"Question {n}?") for n in range(20)) + "</div></body></text></TEI>")
    t = written(tmp_path, "OBC2-17440223.xml", record)
    assert t.format == "xml (turns in <u>)"
    assert [(turn.label, turn.text) for turn in t.turns][:5] == [
        ("Slade Bowler", "I lost two spoons."), ("Q", "Where were they?"), ("Bowler", "In the kitchen."),
        ("Mrs", "I saw him there."), ("Prisoner", "I never was there.")]
    assert not any("stealing" in turn.text for turn in t.turns)


def test_a_talker_holding_its_member_s_details_and_paragraphs_is_a_turn(tmp_path: Path):
    """South Australia's Hansard: each <talker> names its member, house and office, then holds the paragraphs,
    the first opening with a printed label (<by>) with the time: the member's words, without the details."""
    def talker(name: str, kind: str, label: str, *paragraphs: str) -> str:
        first, *rest = paragraphs
        return (f'<talker role="member" kind="{kind}"><name>{name}</name><house>Legislative Council</house>'
                f"<portfolios><portfolio><name>Leader of the Opposition</name></portfolio></portfolios>"
                f'<text><timeStamp time="17:19"/><by role="member">{label}</by>  {first}</text>'
                + "".join(f"<text>{words}</text>" for words in rest) + "</talker>")

    record = ('<hansard><name>Legislative Council</name><proceeding><subject><name>Brand South Australia</name>'
              "<text>Adjourned debate on motion of Hon M.C. Parnell:</text>"
              + talker("The Hon. K.J. MAHER", "speech", "The Hon. K.J. MAHER (Leader of the Opposition) (17:19):",
                       "I rise to support the motion.", "Brand SA has been a success.")
              + talker("The Hon. R.P. Wortley", "interjection", "The Hon. R.P. Wortley:", "He looked baffled.")
              + talker("The Hon. K.J. MAHER", "speech", "The Hon. K.J. MAHER:", "He was baffled.")
              + "</subject></proceeding></hansard>")
    t = written(tmp_path, "HANSARD-10-27074.xml", record)
    assert t.format == "xml (turns in <talker>)"
    assert [(turn.speaker, turn.text) for turn in t.turns] == [
        ("The Hon. K.J. MAHER", "I rise to support the motion.\n\nBrand SA has been a success."),
        ("The Hon. R.P. Wortley", "He looked baffled."), ("The Hon. K.J. MAHER", "He was baffled.")]


def test_a_register_entry_that_is_no_name_yields_to_the_printed_label(tmp_path: Path):
    """Chile's Chamber in Akoma Ntoso: every vote and some speeches point at a generic register entry (``#persona``,
    "representa cualquier persona"), the speech's <from> printing who speaks (``El señor CORNEJO
    (Vicepresidente).-``); a <from> may hold the label and the first words of the speech together."""
    record = ('<?xml version="1.0"?><akomaNtoso><debate><meta><references>'
              '<TLCPerson eId="persona" showAs="representa cualquier persona"/>'
              '<TLCPerson eId="Urrutia" showAs="Sergio Urrutia"/></references></meta><debateBody><debateSection>'
              '<speech by="#persona"><from>El señor <person refersTo="#persona">CORNEJO</person> (Vicepresidente).-'
              "</from><p>Tiene la palabra el señor Urrutia.</p></speech>"
              '<speech by="#Urrutia"><from>El señor URRUTIA.-</from><p>Señor Presidente, gracias.</p></speech>'
              '<speech by="#Ulloa"><from>El señor ULLOA.- Señor Presidente, en la última modificación a la ley de '
              "Tránsito no se incorporó dentro de la calificación de licencias especiales a los vehículos.</from>"
              "<p>Por lo tanto, la Comisión solicita que la Cámara apruebe.</p></speech>"
              '<vote by="#persona"><p>Votaron por la afirmativa los señores Ortiz y Forni.</p></vote>'
              '<vote by="#persona"><p>Votaron por la negativa los señores Loyola.</p></vote>'
              "</debateSection></debateBody></debate></akomaNtoso>")
    t = written(tmp_path, "cl_Sesion56_2.an.xml", record)
    assert t.format == "xml (turns in <speech>)"
    assert said(t, "Tiene la palabra el señor Urrutia.") == "El señor CORNEJO"
    assert said(t, "Señor Presidente, gracias.") == "Sergio Urrutia"
    assert said(t, "la Comisión solicita que la Cámara apruebe.") == "El señor ULLOA"
    assert said(t, "en la última modificación a la ley") == "El señor ULLOA"
    assert not any("Votaron" in turn.text for turn in t.turns)


def test_a_chair_s_turn_without_a_who_is_credited_to_the_note_opening_it(tmp_path: Path):
    """The Faroese Løgting's TEI: members' turns point at their person (``who``), the chair's turns carry none and
    open with a printed ``<note>Formaðurin:</note>``; their words were lost."""
    record = ('<?xml version="1.0"?><TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><div>'
              '<u who="#JenisAvRana"><p><s>Vit eru ein flokkur við einum tingmanni.</s></p></u>'
              '<u ana="#chair"><note>Formaðurin:</note><p><s>So kunnu vit verða liðug við átta-tíðina.</s></p></u>'
              '<u who="#EydunElttor"><p><s>Spurningurin um Danmark.</s></p></u>'
              "</div></body></text></TEI>")
    t = written(tmp_path, "fragreiding.xml", record)
    assert said(t, "liðug við átta-tíðina") == "Formaðurin"
    assert "Formaðurin:" not in " ".join(turn.text for turn in t.turns)
    assert said(t, "Vit eru ein flokkur") == "Jenis Av Rana"


def test_a_speech_transcription_naming_speakers_by_code_is_read_without_its_events_and_found_without_extension(
        tmp_path: Path):
    """TEI-CORPO's speech transcriptions (CFPP, a Transcriber file converted to TEI, saved without ``.xml``): each
    ``<annotatedU wh="spk2">`` names its speaker by the code a ``<person code="spk2" name="…">`` gives; laughter and
    pauses inside the words (``<incident><desc>rires</desc></incident>``) are described, not said."""
    people = [("spk1", "Ozgur Kiliç"), ("spk2", "Sonia Branca-Rosoff (ENQ)"), ("spk3", "Augustin")]
    said_by = [("spk1", "vous pouvez la reposer encore"), ("spk2", "vous l'avez entendue deux fois"),
               ("spk3", "je travaille sur un call-center"), ("spk1", "comment on s'est rencontrés"),
               ("spk3", "bah les deux c'est vrai")]
    laugh = '<incident type="Event"><desc type="desc">rires</desc><desc type="extent">instantaneous</desc></incident>'
    turns = "".join(f'<annotatedU wh="{code}"><u type="ortho"><seg>{laugh}{words} </seg></u></annotatedU>'
                    for code, words in said_by)
    path = tmp_path / "Ozgur_Kilic_H_32_alii_3e-1-v2"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<!DOCTYPE TEI SYSTEM "tei_speechTrans.dtd">\n'
        '<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><profileDesc><particDesc>'
        + "".join(f'<person code="{code}" name="{name}" scope="local"/>' for code, name in people)
        + f'</particDesc></profileDesc></teiHeader><text><body><div type="report">{turns}</div></body></text></TEI>',
        encoding="utf-8")
    assert [s.unsupported for s in discover([tmp_path])] == [None]
    t = load_transcript(path)
    speakers = {"spk1": "Ozgur Kiliç", "spk2": "Sonia Branca-Rosoff", "spk3": "Augustin"}  # "(ENQ)": a note
    assert [(u.speaker, u.text) for u in t.turns] == [(speakers[code], words) for code, words in said_by]


BUNDESTAG_REDE = """<rede id="ID2012302900">
 <p klasse="redner"><a id="r32"/><redner id="11004917"><name><vorname>Alexander</vorname><nachname>Throm</nachname>
  <fraktion>CDU/CSU</fraktion></name></redner>Alexander Throm (CDU/CSU):</p>
 <p klasse="J_1">Sehr geehrte Frau Präsidentin! Ich war wirklich gespannt darauf.</p>
 <kommentar>(Beifall bei der CDU/CSU – Lamya Kaddor [BÜNDNIS 90/DIE GRÜNEN]: Jetzt sind wir gespannt!
  – Gegenruf der Abg. Clara Bünger [DIE LINKE]: Abschottung!)</kommentar>
 <p klasse="O">Deswegen kann ich auch nicht enttäuscht werden.</p>
 <kommentar>(Zurufe von der SPD)</kommentar>
 <p klasse="O">Nur zur Erinnerung: Sie waren dabei. Sie leiden an einer GroKo-Demenz.</p>
 <name>Vizepräsidentin Aydan Özoğuz:</name>
 <p klasse="J_1">Erlauben Sie eine Zwischenfrage aus der Fraktion Die Grünen?</p>
 <p klasse="redner"><redner id="11004917"><name><vorname>Alexander</vorname><nachname>Throm</nachname>
  <fraktion>CDU/CSU</fraktion></name></redner>Alexander Throm (CDU/CSU):</p>
 <p klasse="J_1">Aber immer gerne.</p>
 <p klasse="redner"><redner id="11004969"><name><vorname>Marcel</vorname><nachname>Emmerich</nachname>
  <fraktion>BÜNDNIS 90/DIE GRÜNEN</fraktion></name></redner>Marcel Emmerich (BÜNDNIS 90/DIE GRÜNEN):</p>
 <p klasse="J_1">Was bedeutet denn die Zurückweisung in der Konsequenz?</p>
</rede>
"""


def test_a_bundestag_speech_credits_the_chair_and_the_hecklers_and_goes_on_under_its_speaker(tmp_path: Path):
    """The Bundestag's XML: each speaker's ``<p klasse="redner">`` holds the member's details and the label as
    printed; the presiding officer is a ``<name>`` beside the paragraphs; a ``<kommentar>``'s calls by named
    members are theirs (a ``Gegenruf der Abg.`` too), after which the speech goes on; a sentence opening with
    words and a colon is no label where the markup names every speaker; comments naming no one are left out."""
    path = tmp_path / "CDU_CSU-Throm-ID2012302900.xml"
    path.write_text(BUNDESTAG_REDE, encoding="utf-8")
    t = load_transcript(path)
    assert [(u.speaker, u.text) for u in t.turns] == [
        ("Alexander Throm", "Sehr geehrte Frau Präsidentin! Ich war wirklich gespannt darauf."),
        ("Lamya Kaddor", "Jetzt sind wir gespannt!"), ("Clara Bünger", "Abschottung!"),
        ("Alexander Throm", "Deswegen kann ich auch nicht enttäuscht werden.\n\n"
                            "Nur zur Erinnerung: Sie waren dabei. Sie leiden an einer GroKo-Demenz."),
        ("Vizepräsidentin Aydan Özoğuz", "Erlauben Sie eine Zwischenfrage aus der Fraktion Die Grünen?"),
        ("Alexander Throm", "Aber immer gerne."),
        ("Marcel Emmerich", "Was bedeutet denn die Zurückweisung in der Konsequenz?")]


def test_records_of_fields_from_an_api_are_read_by_their_keys(tmp_path: Path):
    """The Diet's API as XML: ``<speechRecord>`` holding ``<speaker>``, ``<speech>`` and ids, times and readings
    as fields, one value each; read as the JSON objects they would be, dated by the meeting's ``<date>``."""
    said_by = [("会議録情報", "昭和二十二年七月二十八日（月曜日）"), ("加藤勘十", "○加藤委員長　それでは開きます。"),
               ("米窪滿亮", "○米窪國務大臣　世界勞連は本年の初めに大會を開いて"),
               ("加藤勘十", "○加藤委員長　次に竹山君。"),
               ("竹山祐太郎", "○竹山委員　總括的なことだけを質問しておきたい")]
    records = "".join(
        f"<speechRecord><speechID>100105291X00119470728_00{n}</speechID><speechOrder>{n}</speechOrder>"
        f"<speaker>{who}</speaker><speakerYomi></speakerYomi><speakerGroup></speakerGroup><speech>{words}</speech>"
        f"<startPage>1</startPage><speechURL>https://kokkai.ndl.go.jp/txt/{n}</speechURL></speechRecord>"
        for n, (who, words) in enumerate(said_by))
    path = tmp_path / "1-end.xml"
    path.write_text(f"<data><records><record><recordData><meetingRecord><nameOfHouse>衆議院</nameOfHouse>"
                    f"<date>1947-07-28</date>{records}</meetingRecord></recordData></record></records></data>",
                    encoding="utf-8")
    t = load_transcript(path)
    assert t.format == "xml (fields of <speechrecord>)" and str(t.date) == "1947-07-28"
    assert [(u.speaker, u.text) for u in t.turns] == [(who, words.replace("\u3000", " ")) for who, words in said_by]


def test_a_tweede_kamer_vlos_report_credits_speeches_and_the_interruptions_inside_them(tmp_path: Path):
    """VLOS: a <woordvoerder> speech holds the <interrumpant> interruptions made during it; each names its speaker
    in a <spreker> of names, party and office, beside times and flags that are no words."""
    def spreker(aanhef: str, naam: str, voornaam: str) -> str:
        return (f"<spreker><fractie>PvdD</fractie><aanhef>{aanhef}</aanhef><verslagnaam>{naam}</verslagnaam>"
                f"<weergavenaam>E. {naam}</weergavenaam><voornaam>{voornaam}</voornaam><achternaam>{naam}</achternaam>"
                "</spreker><markeertijdbegin>2014-10-15T11:26:47</markeertijdbegin><isvoorzitter>false</isvoorzitter>")

    def tekst(label: str, words: str) -> str:
        return f"<tekst><alinea><alineaitem>{label}:</alineaitem><alineaitem>{words}</alineaitem></alinea></tekst>"

    speeches = "".join(
        f"<activiteititem><woordvoerder>{spreker('Mevrouw', 'Ouwehand', 'Esther')}"
        f"{tekst('Mevrouw Ouwehand (PvdD)', f'Europa is best belangrijk, punt {i}.')}"
        f"<interrumpant>{spreker('De heer', 'Verheijen', 'Mark')}{tekst('De heer Verheijen (VVD)', f'Vraag {i}?')}"
        f"</interrumpant><interrumpant>{spreker('Mevrouw', 'Ouwehand', 'Esther')}"
        f"{tekst('Mevrouw Ouwehand (PvdD)', f'Antwoord {i}.')}</interrumpant></woordvoerder></activiteititem>"
        for i in range(3))
    path = tmp_path / "vlos.xml"
    path.write_text(f'<vergadering xmlns="http://www.tweedekamer.nl/ggm/vergaderverslag/v1.0">{speeches}'
                    "</vergadering>", encoding="utf-8")
    t = load_transcript(path)
    assert said(t, "punt 2.") == "Mevrouw Ouwehand"
    assert said(t, "Vraag 2?") == "De heer Verheijen"
    assert said(t, "Antwoord 2.") == "Mevrouw Ouwehand"
    assert not any("2014-10-15" in turn.text or "false" in turn.text for turn in t.turns)


def test_parlamint_names_are_given_names_first_and_an_unlisted_id_takes_the_note_holding_its_parts(tmp_path: Path):
    people = ('<listPerson><person xml:id="PAD_08214"><persName><surname>Mikl-Leitner</surname>'
              "<forename>Johanna</forename><roleName>Mag.</roleName></persName></person></listPerson>")
    turns = "".join(f'<note type="speaker">{note}</note><u who="{who}"><seg>{words}</seg></u>' for note, who, words in [
        ("Bundesministerin Mag. Johanna Mikl-Leitner", "#PAD_08214", "Wenn man 63 Fragen zu beantworten hat."),
        ("Elsa Artadi i Vila", "ArtadiElsa", "De la proposta de resolució."),
        ("Elsa Artadi i Vila", "ArtadiElsa", "Gràcies, president.")] * 2)
    path = tmp_path / "ParlaMint-AT_2013-04-03.xml"
    path.write_text(f'<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader>{people}</teiHeader><text><body>'
                    f"<div>{turns}</div></body></text></TEI>", encoding="utf-8")
    t = load_transcript(path)
    assert set(t.speakers) == {"Mag. Johanna Mikl-Leitner", "Elsa Artadi i Vila"}


def test_a_final_draft_screenplay_credits_each_character_cue_and_keeps_directions_as_no_one_s(tmp_path: Path):
    """Final Draft's ``.fdx``: ``Character`` paragraphs (extensions such as ``(V.O.)`` left out of the name) over
    ``Dialogue``; action and scene headings no one's; a scene's summary, nested in its properties, left out."""
    def paragraph(kind: str, text: str, inner: str = "") -> str:
        return f'<Paragraph Type="{kind}">{inner}<Text Style="">{text}</Text></Paragraph>'

    summary = '<SceneProperties Title="Opening"><Summary>' + paragraph("", "A note for the writer.") + "</Summary>"
    body = "".join([paragraph("Scene Heading", "EXT. MAST FARM - NIGHT", summary + "</SceneProperties>"),
                    paragraph("Action", "Wheat fields in moonlight."), paragraph("Character", "WaLTER (V.O.)"),
                    paragraph("Dialogue", "I’m not asking for a hand-out, George."),
                    paragraph("Parenthetical", "(beat)"), paragraph("Dialogue", "Just time."),
                    paragraph("Character", "MARY"), paragraph("Dialogue", "My Daddy says so.")])
    path = tmp_path / "test.fdx"
    path.write_text('<?xml version="1.0" encoding="UTF-8" standalone="no" ?>\n<FinalDraft DocumentType="Script" '
                    f'Version="3"><Content>{body}</Content></FinalDraft>', encoding="utf-8")
    t = load_transcript(path)
    assert t.format == "final draft"
    assert said(t, "hand-out, George") == said(t, "Just time.") == "WaLTER"
    assert said(t, "My Daddy says so.") == "Mary"
    assert said(t, "Wheat fields in moonlight.") == UNKNOWN_SPEAKER
    assert "A note for the writer." not in " ".join(turn.text for turn in t.turns)


def test_a_trelby_screenplay_is_read_as_a_final_draft_one(tmp_path: Path):
    """Trelby's own file: settings sections, then after ``#Start-Script`` a line per element line, ``>`` going on
    below and ``.`` ending it, then its kind (``_`` a cue, ``:`` dialogue, ``(`` a parenthetical, ``.`` action)."""
    script = ("\ufeff#Version 3\n#Begin-Config \nFontSize:12\n#End-Config \n#Title-String 0.0,80.0,32,cb,Times,,"
              "THE KOALA INCIDENT\n#Start-Script \n..FADE IN:\n.\\ext. stonehenge - night\n>.A blizzard rages. "
              "Snow is\n..everywhere.\n._fisherman #1\n.(excited)\n>:Is it true that they\n.:stole the stones?\n"
              "._CAPTAIN (V.O.)\n.:It is.\n..LATER\n")
    t = written(tmp_path, "sample.trelby", script)
    assert (t.format, t.title) == ("trelby", "THE KOALA INCIDENT")
    assert said(t, "Is it true that they stole the stones?") == "fisherman #1"
    assert said(t, "It is.") == "Captain"
    assert said(t, "A blizzard rages. Snow is everywhere.") == said(t, "LATER") == UNKNOWN_SPEAKER



def test_records_holding_lists_of_records_name_each_segment_s_speaker(tmp_path: Path):
    """An ECHR hearing's corpus XML: a ``<Transcript>`` (not Transcriber's ``<Trans>``) of ``<SpeakerSegment>``s,
    each a ``<Role>``, a ``<Name>`` (``UNK`` for no one named: the role then) and ``<Snippet>``s of ``<Text>``
    with times: each segment is its speaker's turn."""
    segments = [("Announcer", "UNK", ["La Cour!"]), ("JudgeP", "Luis López Guerra", ["Bonjour.", "Je déclare ouvert."]),
                ("Government", "GR1", ["Avec la permission de la Cour."]), ("JudgeP", "Luis López Guerra", ["Merci."])]
    body = "".join(f"<SpeakerSegment><Role>{role}</Role><Name>{name}</Name>" + "".join(
        f"<Snippet><Language>fr</Language><TimestampBegin>{i}.5</TimestampBegin><Text>{text}</Text></Snippet>"
        for i, text in enumerate(texts)) + "</SpeakerSegment>\n" for role, name, texts in segments)
    t = written(tmp_path, "3342710_transcript.xml",
                f"<?xml version='1.0' encoding='utf-8'?>\n<Transcript><WebcastID>3342710</WebcastID>\n{body}"
                "</Transcript>\n")
    assert [u.speaker for u in t.turns] == ["Announcer", "Luis López Guerra", "GR1", "Luis López Guerra"]
    assert said(t, "Je déclare ouvert") == "Luis López Guerra" and "fields of <speakersegment>" in t.format
