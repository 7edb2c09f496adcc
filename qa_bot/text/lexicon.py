"""The vocabulary the stages share: stop, filler and framing words, verbs of saying, offices and countries.

Every word list lives here, so reading a question, chunking and lexical
search agree on what a word is for. The tokenizer is ``qa_bot.text.words``.
"""

from __future__ import annotations

from functools import cache

from qa_bot.text import words

# Speaker labels of the people who ask, not answer (press conferences, interviews).
QUESTION_SPEAKERS = ("Question", "Q", "Journalist", "Reporter", "Вопрос")

# Words that frame a question rather than name its subject.
QUESTION_WORDS = frozenset(
    """say says said saying tell told talk talked talking think thought thinks mention mentioned
    discuss discussed discussion discussions summarize summarise summary comment comments
    opinion opinions view views what whats when where which who whom why how did does do
    about regarding group team meeting""".split()  # noqa: SIM905
)

# Backchannel and hesitation sounds, and the annotation tags of meeting corpora.
FILLER_WORDS = frozenset(
    """yeah yep yes yup okay ok mm mhm hmm hm uh um oh ah eh er erm alright huh uhhuh
    disfmarker vocalsound nonvocalsound pause gap""".split()  # noqa: SIM905
)


# Words that mark a question rather than name who asks: a question-and-answer pair's key, a lecture's
# "**Question**:" label; in the order a pair's keys are looked for.
QUESTION_MARKERS = ("question", "vraag", "pregunta", "frage", "domanda", "pergunta", "q")
ANSWER_MARKERS = ("answer", "antwoord", "respuesta", "antwort", "risposta", "resposta", "réponse", "a")  # and answers
# The parts of minutes and summaries ("**Background:** …", "**Conclusion:** …", "Public Comments:", "Staff
# Reports:", "Present:", an action item's "**TODO**:"): headings shaped like labels, never anyone's name, whatever
# the file's other labels; a label ending with one of these words is such a heading too, and so is one ending with
# "to" or "with", a script's transitions ("CUT TO:", "INTERCUT WITH:", "FUSÃO"; "FADE OUT" below) and a heading's
# ("Interview with:"); a record's notes, a cable's "Top Secret" and "Urgent", minutes' "slide:".
SECTION_WORDS = frozenset(
    """background conclusion conclusions summary discussion overview introduction context outcome outcomes
    agenda attendees decisions note notes nota notas hinweis anmerkung remarque disclaimer source sources fonte
    fontes fuente fuentes quelle quellen observation observations observação observações observación
    observaciones comments reports present regrets absent apologies attendance correspondence adjournment
    announcements resolutions motions todo to-do objective objectives objetivo objetivos objectif objectifs
    purpose goal goals indicators indicadores indicateurs info infos informationen participants questions
    preguntas perguntas fragen to with footnote footnotes endnotes references bibliography appendix secret
    confidential urgent slide slides fade dissolve fusão""".split()  # noqa: SIM905
)
# A script's transitions ending in a word a name may end with (Korea's "Moon Jae In"): the two words together.
SCRIPT_TRANSITIONS = frozenset(("fade in", "fade out", "iris in", "iris out", "smash cut", "match cut"))
# A page's or a record's fields about itself, never a speaker: "- **Views:** 61K views" over a video's transcript,
# "Website: preining.info" in a bio, "Photo: Valeria Mongelli" under a picture, a byline's "Teksti: …, Kuva: …".
FIELD_WORDS = frozenset(
    """views view url uri website homepage link links photo photos picture image images credit credits caption format
    duration runtime length channel tags tag category categories published updated uploaded license licence topic
    copyright github gitlab twitter linkedin mastodon facebook instagram youtube email e-mail teksti kuva foto fotos
    bild""".split()  # noqa: SIM905
) | {"photo credit", "image credit", "photo credits"}
# Words that open a sentence and never a name, before a name and a colon: "Then Hen: Kenny rose up" (an old record's
# abbreviated Henry), "Here Tho: Putmans wife cryed out"
SENTENCE_OPENERS = frozenset(
    "then here there now and but when after before thus also yet while if as upon whereupon afterwards".split()  # noqa: SIM905
)
# A Chinese or Japanese heading's last word that makes it a section, whoever it is about: "受访人简介：" (the
# interviewee's profile), "作者介绍：" (about the author), "备注：" (a note).
SECTION_SUFFIXES = ("简介", "簡介", "介绍", "介紹", "说明", "說明", "备注", "備註", "摘要", "紹介", "概要")
# What transcribers write in brackets for sounds and gaps, never a speaker: "[inaudible]", "[laughs]".
NON_SPEECH_NOTES = frozenset(
    """inaudible unintelligible indiscernible crosstalk laughs laughter laughing chuckles chuckling applause
    music singing silence pause coughs coughing sighs noise background overlapping unclear graphic
    笑 笑い 拍手 音楽 歌 咳 ため息 笑声 掌声 音乐 웃음 박수 음악""".split()  # noqa: SIM905
)


@cache
def stop_words() -> frozenset[str]:
    """English stop words (scikit-learn's list, a dependency of sentence-transformers), question and filler words."""
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    return frozenset(ENGLISH_STOP_WORDS) | QUESTION_WORDS | FILLER_WORDS


def content_words(text: str) -> list[str]:
    """The lower-cased words of ``text`` that are not stop words ("Yeah, okay." has none)."""
    stop = stop_words()
    return [w for w in words(text) if w not in stop and len(w) > 1]


# --- People: words that are no name, offices, countries ---------------------------------------

# Tokens of a speaker label that never identify a person on their own.
# Who a number after a word labels, in diarized and anonymised transcripts ("Speaker 1", "Teilnehmer 3"):
# regular expressions, matched without regard to case.
NUMBERED_ROLES = (
    "speaker", "спикер", "participant", "участник", "guest", "respondent", "interviewee", "interviewer(?:in)?",
    "moderator(?:in)?", "host", "researcher", "entrevistador[a]?", "intervistat(?:ore|rice)", "student", "caller",
    "person", "voice", "user", "utente", "usuári?o", "utilisateur", "nutzer(?:in)?", "intervistat[oa]",
    "teilnehmer(?:in)?", "sprecher(?:in)?", "befragte[rn]?", "intervenant", "participante?",
    "entrevistad[oa]", "orador[a]?", "locutor[a]?", "partecipante", "deelnemer", "spreker", "uczestnik",
    "rozmówca", "respondent(?:ka)?", "informant", "deltagare", "katılımcı", "peserta", "účastník", "résztvevő",
    "osallistuja", "pembicara", "narasumber", "συμμετέχων", "audience member",
    "unidentified (?:person|male|female|speaker)", "参加者",
    "受访者", "发言人", "参与者", "참석자", "화자", "प्रतिभागी", "المشارك", "משתתף", "דובר",
)
# Words that count a list's items ("One: Lead quality.", "Secondly: …"): never a speaker's name on their own.
COUNTING_WORDS = frozenset((  # noqa: SIM905
    "one two three four five six seven eight nine ten first second third fourth fifth firstly secondly thirdly "
    "lastly finally").split())
NOT_NAMES = frozenset(
    "the of and de da von van mr mrs ms miss dr prof sir lady lord hon am mp msp ms mla jr sr".split()  # noqa: SIM905
)

# Office words: a description must contain one of them ("the Belarusian minister").
ROLE_WORDS = frozenset(
    """minister secretary president chancellor premier chair spokesperson ambassador envoy governor
    mayor senator congressman congresswoman representative deputy commissioner director professor
    councillor harbourmaster clerk judge general admiral chief ceo king queen prince
    princess host moderator interviewer presenter witness manager designer rapporteur commander
    treasurer convenor""".split()  # noqa: SIM905
)
# Variants of an office word that mean the same office; every test of ROLE_WORDS goes through
# ``question.people.role_word``, so a variant need not be listed there.
ROLE_SYNONYMS = {
    "chairman": "chair", "chairwoman": "chair", "chairperson": "chair", "chairs": "chair",
    "spokesman": "spokesperson", "spokeswoman": "spokesperson", "ministers": "minister",
    "presidents": "president", "secretaries": "secretary", "premiers": "premier",
    "councilor": "councillor", "convener": "convenor",
}
# Nationality adjectives and country names (lower-case) -> one key per country.
COUNTRIES = {
    "russia": "russia", "russian": "russia", "belarus": "belarus", "belarusian": "belarus",
    "belarussian": "belarus", "byelorussian": "belarus", "ukraine": "ukraine", "ukrainian": "ukraine",
    "america": "united states", "american": "united states", "us": "united states", "usa": "united states",
    "britain": "united kingdom", "british": "united kingdom", "uk": "united kingdom",
    "france": "france", "french": "france", "germany": "germany", "german": "germany",
    "china": "china", "chinese": "china", "japan": "japan", "japanese": "japan", "india": "india",
    "indian": "india", "canada": "canada", "canadian": "canada", "italy": "italy", "italian": "italy",
    "spain": "spain", "spanish": "spain", "poland": "poland", "polish": "poland", "turkey": "turkey",
    "turkish": "turkey", "iran": "iran", "iranian": "iran", "israel": "israel", "israeli": "israel",
    "kazakhstan": "kazakhstan", "kazakh": "kazakhstan", "armenia": "armenia", "armenian": "armenia",
    "azerbaijan": "azerbaijan", "azerbaijani": "azerbaijan", "georgia": "georgia", "georgian": "georgia",
    "lithuania": "lithuania", "lithuanian": "lithuania", "latvia": "latvia", "latvian": "latvia",
    "estonia": "estonia", "estonian": "estonia", "finland": "finland", "finnish": "finland",
    "sweden": "sweden", "swedish": "sweden", "norway": "norway", "norwegian": "norway",
    "denmark": "denmark", "danish": "denmark", "netherlands": "netherlands", "dutch": "netherlands",
    "belgium": "belgium", "belgian": "belgium", "switzerland": "switzerland", "swiss": "switzerland",
    "austria": "austria", "austrian": "austria", "hungary": "hungary", "hungarian": "hungary",
    "serbia": "serbia", "serbian": "serbia", "greece": "greece", "greek": "greece", "egypt": "egypt",
    "egyptian": "egypt", "syria": "syria", "syrian": "syria", "wales": "wales", "welsh": "wales",
    "scotland": "scotland", "scottish": "scotland", "ireland": "ireland", "irish": "ireland",
    "australia": "australia", "australian": "australia", "brazil": "brazil", "brazilian": "brazil",
    "mexico": "mexico", "mexican": "mexico", "korea": "korea", "korean": "korea",
    "vietnam": "vietnam", "vietnamese": "vietnam", "cuba": "cuba", "cuban": "cuba",
}
# Two-word country names, read as one token.
COUNTRY_PHRASES = {
    ("united", "states"): "united states", ("united", "kingdom"): "united kingdom",
    ("russian", "federation"): "russia", ("great", "britain"): "united kingdom",
}


# --- Questions: question words, verbs of saying, back-references ----------------------------------

WH_WORDS = frozenset("what who whom whose which when where why how".split())  # noqa: SIM905

# Verbs whose subject is a speaker ("did Obama say", "has Obama mentioned"): a name before one is
# read as a person. An alternation for regular expressions.
SAYING_VERBS = (
    r"say|said|says|think|thought|mention|mentioned|talk|talked|speak|spoke|spoken|tell|told|claim|claimed"
    r"|suggest|suggested|propose|proposed|argue|argued|state|stated|comment|commented|feel|felt|want|wanted"
    r"|believe|believed"
)

# Words of a question that asks for someone's own words ("What did Kavanaugh say", "according to", "her
# view"), not for what others said of them ("How did Chandler feel?", "Why did Emily want to …?").
# An alternation for regular expressions.
ASKING_FOR_WORDS = (
    r"say|said|says|mention|mentioned|talk|talked|speak|spoke|tell|told|claim|claimed|suggest|suggested|"
    r"propose|proposed|argue|argued|state|stated|comment|commented|think|thought|believe|believed|answer|answered|"
    r"reply|replied|promise|promised|announce|announced|explain|explained|according\s+to|views?|opinions?|"
    r"position|stance|remarks|words|comments"
)

# Verbs of saying, asking and thinking: the subject of such a verb in a dialogue is the turn's speaker.
SPEECH_VERBS = (
    "say|said|says|saying|tell|told|tells|telling|ask|asked|asks|asking|talk|talked|talks|talking|"
    "speak|spoke|speaks|speaking|mention|mentioned|mentions|mentioning|suggest|suggested|suggests|suggesting|"
    "propose|proposed|proposes|proposing|claim|claimed|claims|claiming|argue|argued|argues|arguing|"
    "state|stated|states|stating|call|called|calls|calling|complain|complained|complains|complaining|"
    "shout|shouted|shouts|shouting|yell|yelled|yells|yelling|scream|screamed|screams|screaming|"
    "reply|replied|replies|replying|answer|answered|answers|answering|raise|raised|raises|raising|"
    "bring\\s+up|brought\\s+up|brings\\s+up|comment|commented|comments|commenting|"
    "object|objected|objects|objecting|agree|agreed|agrees|agreeing|disagree|disagreed|disagrees|"
    "insist|insisted|insists|insisting|explain|explained|explains|explaining|announce|announced|announces|"
    "warn|warned|warns|warning|promise|promised|promises|promising|admit|admitted|admits|admitting|"
    "joke|joked|jokes|joking|think|thinks|thought|thinking|believe|believes|believed|"
    "want|wants|wanted|wanting|interrupt|interrupted|interrupts|interrupting|"
    "describe|described|describes|describing|point\\s+out|pointed\\s+out|points\\s+out|"
    "criticise|criticised|criticises|criticize|criticized|criticizes|defend|defended|defends|"
    "deny|denied|denies|denying|refer|referred|refers|referring|discuss|discussed|discusses|discussing|"
    "express|expressed|expresses|expressing|whisper|whispered|whispers|whispering|"
    "confess|confessed|confesses|apologise|apologised|apologises|apologize|apologized|apologizes|"
    "thank|thanked|thanks|greet|greeted|greets|offer|offered|offers|invite|invited|invites|"
    "order|ordered|orders|request|requested|requests|recommend|recommended|recommends"
)
SPEECH_ADVERBS = (
    r"first|also|else|actually|ever|then|just|really|originally|initially|later|finally|always|never|still|"
    r"repeatedly|publicly|openly|once|again"
)

PERSON_PRONOUNS = frozenset(
    "he she him his her hers himself herself they them their theirs themselves".split()  # noqa: SIM905
)
THING_PRONOUNS = frozenset({"it", "its", "itself"})
# "that"/"this"/"there" refer back only where they stand alone ("Who said that?"), not as
# determiners or conjunctions ("that treaty", "said that NATO …").
DEMONSTRATIVES = frozenset({"that", "this", "those", "these", "there"})
# Words that frame a question without naming its subject, beyond the stop words.
FOLLOW_UP_FRAMING_WORDS = frozenset(
    """else also anything something more other another again too well instead exactly actually really
    agree agreed happen happened mean meant feel felt believe believed answer answered reply replied
    respond responded ask asked claim claimed state stated explain explained speak spoke share shared
    quote quotes word words like tell me us""".split()  # noqa: SIM905
)
