"""Questions in a transcript are evidence of the answer, not the answer (``answering.echo``)."""

from __future__ import annotations

from qa_bot.answering.echo import asks_what_was_asked, echoes, is_evidence
from qa_bot.answering.spans import question_terms
from qa_bot.types import Hit


def _hit(text: str, speaker: str = "Interviewer") -> Hit:
    return Hit("t", "T", None, speaker, 0, 0, text, 1.0)


def test_a_question_asking_what_the_user_asks_echoes_it():
    terms = question_terms("How fast is the glacier melting?")
    assert echoes(_hit("So tell me. How fast is the glacier melting now?"), terms)


def test_a_question_on_something_else_or_a_statement_does_not_echo():
    terms = question_terms("How fast is the glacier melting?")
    assert not echoes(_hit("And what do the farmers make of it?"), terms)
    assert not echoes(_hit("The glacier is melting fast. Forty metres a year."), terms)
    assert not echoes(_hit("The glacier is melting fast, did you know? Forty metres a year."), set())


def test_the_words_must_be_in_the_question_sentence_not_elsewhere_in_the_turn():
    terms = question_terms("How fast is the glacier melting?")
    assert not echoes(_hit("The glacier is melting fast. Shall we go on?"), terms)


def test_asking_what_was_asked_lets_questions_be_quoted():
    assert asks_what_was_asked("What was the minister asked about the bases?")
    assert asks_what_was_asked("Which questions did the reporters put to her?")
    assert not asks_what_was_asked("How fast is the glacier melting?")
    terms = question_terms("How fast is the glacier melting?")
    echo = _hit("How fast is the glacier melting?")
    assert is_evidence(echo, terms, (), about_questions=False)
    assert not is_evidence(echo, terms, (), about_questions=True)
    assert is_evidence(_hit("Any comment?", speaker="Question"), terms, ("Question",), about_questions=False)


def test_a_line_handing_the_topic_over_echoes_too():
    terms = question_terms("When and how did Go get started?")
    assert echoes(_hit("Great, so let's get started. Let's talk about Go, and how Go got started.", "Host"), terms)
    assert not echoes(_hit("The project began in late 2007, and Go started on a whiteboard.", "Rob"), terms)


def test_a_question_that_says_or_asks_more_than_the_user_may_hold_the_answer():
    """Dialogue, not an interview: a line asking something close to the user's question is still the answer when
    it states something new beside its question (FriendsQA's scenes); a question asking for more than the user's
    does is still an echo (an interviewer's long question is no answer)."""
    facing = question_terms("Why does Monica say the flower blossoms should be facing up?")
    assert not echoes(_hit("Alright, you see these little flower blossoms? They should be facing up, not down, "
                           "because the head of the bed is where the sun would be."), facing)
    assert echoes(_hit("Alright, you see these little flower blossoms? Facing up?"), facing)
    app = question_terms("Why would he rather use an app than a website?")
    assert echoes(_hit("Would you rather use an app or a website to organise your books and your reading?"), app)


def test_one_shared_word_is_a_coincidence_not_an_echo():
    terms = question_terms("How did Vince take the breakup?")
    assert not echoes(_hit("Excuse me. Umm, is Vince here?"), terms)
    assert echoes(_hit("So how did Vince take the breakup?"), terms)
    assert echoes(_hit("Birthday present?"), question_terms("Who is the present from?"))  # the user's only word

