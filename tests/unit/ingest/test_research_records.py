"""Records of research, police and publishing work whose speakers a field, a heading or a title names: interview
protocols under coded headings, a write-up's sections around its question headings, ``Speaker:`` / ``Text:``
records, court clerks' ``Name:-`` labels, police statements in reported speech, and web pages whose headline
alone says whom they interview."""

from __future__ import annotations

from pathlib import Path

import pytest

from qa_bot.ingest.metadata import interviewee_in_title
from qa_bot.ingest.speakers import UNKNOWN_SPEAKER
from tests.conftest import said, written


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
])
def test_whom_a_title_names(title: str, intro: str, name: str | None):
    assert interviewee_in_title(title, intro) == name


STATEMENTS = "\n\n".join(f"QUE esclarece o ponto {n} sobre a investigação;" for n in range(1, 7))
# (file name, text, [(phrase, who the one turn holding it credits)], names that must be no speaker)
CASES = {
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
}


@pytest.mark.parametrize("case", CASES)
def test_each_phrase_is_credited_to_whom_the_record_names(tmp_path: Path, case: str):
    name, text, credits, absent = CASES[case]
    t = written(tmp_path, name, text)
    assert [(phrase, said(t, phrase)) for phrase, _ in credits] == credits
    assert not set(absent) & set(t.speakers)
