"""Which names a question holds: capitalised words that name something specific."""



def test_proper_names_are_the_capitalised_words_that_are_no_speaker_month_or_office():
    from qa_bot.question import proper_names

    speakers = ["Sergey Lavrov", "Vladimir Makei"]
    assert proper_names("What did Lavrov say about Geneva in June?", speakers) == ("Geneva",)
    assert proper_names("Was the Foreign Minister in Minsk or Moscow?", speakers) == ("Minsk", "Moscow")
    assert proper_names("What did he say? Atlantis was mentioned, I think.", speakers) == ()  # a sentence's first word
    assert proper_names("how did it go?", speakers) == ()
