"""The shapes a speaker label takes at the start of a line, style by style, and what opens a line if it has one
(``candidate``): the patterns behind ``labels``, which learns which of them a file makes its convention.

Shapes: ``Name:``, ``NAME:``, ``Name (note):``, ``[Name]``, a time before the name, ``Speaker 2:`` and other numbered
roles, lower-case handles, congressional ``Mr. SMITH.``, hearings' ``Senator Casey.``, labels ending in a period
(``PRESIDENTE.``, ``The President.``) or a dash (``O SR. NOME (…) -``), ``Q`` lines, ``>>`` changes, names in scripts
without capitals (``主席：``, Arabic, Hebrew) and the Diet's ``○議長（額賀福志郎君）``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from qa_bot.ingest.label_conventions import CONFERENCE_ID
from qa_bot.text import LOWER, MARKS, UNCASED, UPPER
from qa_bot.text.lexicon import NON_SPEECH_NOTES, NUMBERED_ROLES, SENTENCE_OPENERS, stop_words

TIME_CODE = r"\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3}|:\d{2}(?=\s))?"  # "01:00:03:12 NAME:" (frames, Avid)
_WORD = rf"[{UPPER}][\w.'’·\-]*"  # capitalised in any cased script (Élise, Жанна, Marcel·lí); particles: "de la"
# An affiliation after a bar counts as part of the name, as Zoom chat writes it: "Dima Gusakov | Lido".
_NAME = rf"{_WORD}(?:(?:\s+|\s*\|\s*)(?:(?:[{LOWER}]{{1,3}}|très|hon\.)\s+){{0,2}}{_WORD}){{0,4}}"  # Le très hon. Jean…
_HANDLE = rf"[{LOWER}][\w.\-]{{0,30}}(?: [{LOWER}][\w.\-]{{0,30}})?"  # "stokes", "latha sriram" (Zoom)
# A name in a script without case (Arabic, Hebrew, Thai): 1-5 words, an office first; vowel marks, Hebrew's ' and ".
# a word of a script without case; only a single letter takes a period ("د. سارة", an abbreviation): after a
# longer word it ends a sentence ("כן. אתם ביקשתם שני דברים: …" is speech)
_UNCASED_WORD = rf"(?:[{UNCASED}][{MARKS}]*\.|[{UNCASED}][{UNCASED}{MARKS}'’\"׳״\-]*)"
_UNCASED_NAME = rf"{_UNCASED_WORD}(?:\s+{_UNCASED_WORD}){{0,4}}"
_UNCASED_START = re.compile(rf"[{UNCASED}]")
# Parliaments' titles before a name or office: "El señor PRESIDENTE", "O señor PUY FRAGA", "Mme Claire Dupont".
_TITLE = (r"(?:El señor|La señora|O señor|A señora|El senyor|La senyora|O senhor|A senhora|Madame|Monsieur|M\.|Mme|"
          r"Mlle|De heer|Mevrouw|Wethouder|Burgemeester|Staatssecretaris|Gedeputeerde|Il|El|La|Le|De)")
_OFFICE = (r"(?:(?:le|la|l')\s*)?(?:présidente?|presidente|vicepresidente|vice-présidente?|voorzitter|ministre|"
           r"ministr[oa]|secretari[oa]|talman|präsident(?:in)?|vorsitzende[r]?)")
_TITLED = rf"{_TITLE}\s+(?:{_OFFICE}\b|{_NAME})"
# Central Europe's parliaments write a member of the government by office, in lower case, then name: "Ministr
# spravedlnosti ČR Pavel Blažek:", "Sekretarz Stanu w Ministerstwie Zdrowia Jan Nowak:"; the label ends in the name.
_GOVERNMENT = (r"(?:Ministr(?:yně)?|(?:Wicem|M)inister(?:ka)?|(?:Místop|P)ředsed(?:a|kyně)|(?:Podp|P)redsed(?:a|níčka)|"
               r"Náměst(?:ek|kyně)|Státní tajemník|(?:Pods|S)ekretarz|Prezes|Rzecznik|Zastępca)")
_OFFICE_FIRST = rf"{_GOVERNMENT}(?:\s+[^\s:：,.;!?()]+){{1,9}}?\s+{_WORD}\s+{_WORD}(?=\s*:|$)"
_OFFICE_LABEL = re.compile(_OFFICE_FIRST)
# Han, kana and Hangul: a name or an office written without spaces ("劉慧卿議員", "主席"; a council's run long).
_CJK_CHARS = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af"
# Korean: "의장 안석봉"; a role told apart by a letter: "民眾Ａ", "民眾B"
_CJK = rf"[{_CJK_CHARS}][{_CJK_CHARS}·・]{{0,23}}(?: [\uac00-\ud7af]{{1,10}}){{0,3}}[\uff21-\uff3aA-Z]?"
_CJK_START = re.compile(rf"[{_CJK_CHARS}]")
# Japan's Diet and assemblies: "○議長（大島理森君）　これより…", "○山田太郎君　…" (a name ending in 君), "◎市長（…）";
# the Diet's record tells two members of one surname apart by a given name's first letter before the role:
# "○中川（宏）委員", "○松本（洋）国務大臣" (the whole label is the person).
_KOKKAI = re.compile(rf"[○◆◎◇](?P<name>[{_CJK_CHARS}]{{1,14}}?)(?:（(?P<note>[^）\n]{{1,20}})）"
                     rf"(?P<role>[{_CJK_CHARS}]{{1,10}})?)?[\s\u3000]+(?=\S)")
# a courtesy title or "The" with a colon after it (OCR's reading of "Mr." in a scanned hearing) before a name
_SCANNED_TITLE = re.compile(r"^(?:(Mrs?|(?:Ms|Dr)(?=\.))|(The))\s*[.:;]*\s*[:;]\s*(?=[A-Z][a-z]+\.\s)")  # never "Dr:",
# a doctor's label, nor "Ms:"
_EDITED_COLON = re.compile(r"^([^\[\]:\n]{1,45}?)\[:\]\s+")  # a documentary edition supplies a label's colon so
_CJK_QUOTE = re.compile(r"[「『“\"]")  # after a CJK name and a colon, reported speech (他說：「…」), not a label
# unless the quote is the whole line and no verb of saying closes the name: a script's "李云龙:「一营长。」"
_CJK_LINE_QUOTE = re.compile(r"「[^「」]*」|『[^『』]*』")
_CJK_SAYS = re.compile(r"(?:[说說道问問曰喊叫答云讲講告称稱]|表示|指出|认为|認為|强调|強調)$")  # 总理表示:「…」
# particles no name or office holds; and "words" at the end ("千言万语化为四句话：" opens a saying, "谈话人：" speaks)
_CJK_SPEECH = re.compile(r"[的我是就了這这那你们們吗嗎呢吧么麼はがをにで]|[话話]$")
# "Speaker 1", "SPEAKER_00", "PERSON #1", "Speaker SPEAKER_00" (WhisperX's), a split's variant "Pembicara 1-varian"
_NUMBERED = rf"(?i:{'|'.join(NUMBERED_ROLES)})[ _]?#?(?i:speaker_)?\d{{1,3}}(?:-[^\W\d_]+)?"
_TIME_AFTER = re.compile(rf"^[\[(]({TIME_CODE})[\])]\s*")
# Before a label: a time ("[0.0, 3.26] - " in seconds too), ">>" (a caption's change of speaker), the Riksdag's
# "Anf. 2", a participant's code ("(P1) Rafaela:"), Word's numbering ("1. Interviewer:"), a numbered question
# ("1.问：", not a list's "1.業務總收入："); a clock ("[下午07:11]").
_LEAD = re.compile(rf"^(?:Anf\.\s+\d+\s+|\(P\d{{1,3}}\)\s+|\d{{1,3}}\.\s+(?=[{UPPER}])"
                   r"|\d{1,3}[.、．]\s*(?=[问問][：:]))?"
                   rf"(?:[\[(]?(?:上午|下午|午前|午後|오전|오후)?(?P<time>{TIME_CODE})(?:\s?[AaPp]\.?[Mm]\.?)?[\])]?\s+(?:[|\-–]\s+)?|\[(?P<seconds>\d+(?:\.\d+)?),\s*"
                   rf"\d+(?:\.\d+)?\]\s*[-–]\s+)?(?P<chevron>>>+\s*)?")
_ROLE = (rf"(?:[{UPPER}][{UPPER}'’.\-]*(?:,?\s+\(?[{UPPER}][{UPPER}'’.\-]*\)?){{3,29}}"  # an office after a name and a
         rf"|(?:[{UPPER}]\.){{2,}}|[{UPPER}][\w'’\-/]*(?:\s+[\w'’\-/]+){{0,5}})")  # comma: capitals, F.D.P., Liste/PDS
_ROLE_AFTER = rf"(?:,\s*|(?<![.,;!?])\s+[-–—]\s+(?={_WORD}(?:\s+(?:{_WORD}|of|and|for|the|&))*\s*:))"  # ", " or " - "
# "(Frankfurt)", "[CDU]" (Hessen); Canada's Hansard: "(Minister of Veterans Affairs and Secretary of State (Atlantic
# Canada Opportunities Agency), Lib.)", a long note holding one of its own
_NOTE_GROUP = r"(?:\s*[(（\[](?P<{}>(?:[^()（）\[\]\n]|\([^()\n]{{1,60}}\)){{1,120}})[)）\]])?"
# Westminster's way: an office, then the person holding it in parentheses ("The Prime Minister (Boris Johnson):",
# "Minister for Communications, Climate Action and Environment (Deputy Eamon Ryan):"); the person speaks, the
# office is a note: offices pass from one person to another.
_OFFICE_WORDS = (r"Minister|Secretary|Leader|Chancellor|Speaker|Chair\w*|President|Attorney|Solicitor|Taoiseach|"
                 r"Tánaiste|Treasurer|Premier|Commissioner|Governor|Whip|Cathaoirleach|Presiding|Convener")
# "De heer Drijver", "De voorzitter", "The President": a title or office, though "de" and "the" are stop words
_TITLE_START = re.compile(rf"(?:{_TITLE}|The(?=\s+(?:Vice\s+)?(?:{_OFFICE_WORDS})\b))\s")
_OFFICE_PERSON = re.compile(
    rf"(?P<note>(?=[^()\n:]{{0,120}}?\b(?:{_OFFICE_WORDS})\b){_WORD}(?:,?\s+(?:{_WORD}|of|for|and|the|on|at|in|to)){{1,16}})"
    rf"\s*\((?P<name>{_WORD}(?:\s+{_WORD}){{1,4}})\)\s*:\s+(?=\S)", re.S)
# Someone a transcriber could not name, described instead ("Same person:", "Another student:", "Audience member:")
_DESCRIBED = (r"(?:Someone|Somebody)(?: else)?|(?:Another|Same|Other|Second|Third|Next|Female|Male|Unidentified|Older"
              r"|Younger|Audience) (?:person|student|man|woman|voice|speaker|questioner|participant|member|caller)")
_CALL_SIGN = rf"{_WORD}\s\d{{1,2}}"  # a station's name and number, who is on it in parentheses: "Заря 1 (Королев):"
_COLON = re.compile(
    rf"(?P<name>(?:{_NUMBERED}|{_DESCRIBED})(?=\s*(?:\({TIME_CODE}\)\s*)?[:：])|{_CALL_SIGN}(?=\s*\()|{_TITLED}|{_NAME}|{_OFFICE_FIRST}|{_HANDLE}|{_CJK}|{_UNCASED_NAME})(?:{_ROLE_AFTER}(?P<role>{_ROLE}))?"
    + _NOTE_GROUP.format("note") + _NOTE_GROUP.format("note2")  # "Müller (Frankfurt) (KPD):"
    + rf"(?:(?<=[)）\]]),\s*(?P<role2>{_ROLE}))?"  # an office after the party: "PRES. DONALD TRUMP (R), UNITED STATES:"
    + rf"(?:\s*::?(?:\s+|$)|\s*：\s*|:(?=[{UPPER}「『{_CJK_CHARS}]))", re.S
)  # "Poslankyně X:: Děkuji"; closed up on capitals or CJK: "THE PRESIDENT:Thank you", "李云龙:「一营长。」"
_BRACKET = re.compile(rf"\[(?P<name>{_NUMBERED}|{_NAME}|{_HANDLE})\]\s*:?(?:\s+|$)"
                      rf"|【(?P<cjk>{_CJK}\d{{0,3}})】\s*", re.S)  # 【田中】, 【说话人1】
# Hearings as the GPO prints them write the surname in title case after an English title: "Senator Shelby.",
# "Chairman Dodd.", "Mr. Cox.", "Mr. Smith of Texas.", "The Chairman.".
_HEARING_TITLE = (r"(?:Mr|Mrs|Ms|Dr|Sen|Rep)\.|Miss|Senator|Representative|Congress(?:man|woman)|Chair(?:man|woman)?|"
                  r"Vice Chair(?:man|woman)?|Ranking Member|Secretary|Governor|Commissioner|Director|Judge|Justice|"
                  r"General|Admiral|Ambassador|Mayor|Delegate|Professor")
_HEARING = (rf"(?:{_HEARING_TITLE})\s+[{UPPER}][{LOWER}'’\-]+(?:[{UPPER}][{LOWER}]+)?(?:\s+[{UPPER}][{LOWER}'’\-]+)?"
            rf"(?:\s+of\s+[{UPPER}][{LOWER}]+(?:\s+[{UPPER}][{LOWER}]+)?)?"
            r"|The (?:Chair(?:man|woman)?|Vice Chair(?:man|woman)?|Clerk|Speaker|President|Presiding Officer)")
_CONGRESS = re.compile(rf"(?P<name>(?:[{UPPER}][{LOWER}]+\s+|[{UPPER}][{LOWER}]{{1,3}}\.\s+){{1,2}}"
                       rf"[{UPPER}][{UPPER}'’\-]+(?:\s+[{UPPER}][{UPPER}'’\-]+)?)\.(?:\s+|$)", re.S)
_HEARING_LABEL = re.compile(rf"(?P<name>{_HEARING})\.(?:\s+|$)", re.S)
# After a name and a comma, what says for whom a member speaks ("on behalf of the PPE Group", "au nom du groupe S&D").
_GROUP = (r"(?:on behalf of|au nom d|im Namen d|a nome d|en nombre d|namens|w imieniu|em nome d|"
          r"rapporteur|rapporteure|Berichterstatter|relatore|ponente|Member of the Commission|фракци)")
_PRESIDING = r"(?:President|Présidente?|Presidente|Präsident(?:in)?|Voorzitter|Przewodnicząc[ya])"
# Labels ending with a period (Assemblée nationale, Senato, Duma, the American Presidency Project's "The President.",
# "Prime Minister May.") or a period and a dash (European Parliament): "PRESIDENTE.", "ROSSI (PD).", "M. le président.",
# "Иванов И. И., фракция «…».", "Maria Schmidt, on behalf of the PPE Group. –". Read where the file's convention.
_PERIOD = re.compile(
    rf"(?P<name>{_TITLED}|(?:(?:MR|MRS|MS|DR)\.\s+)?[{UPPER}][{UPPER}'’\-]+(?:\s+[{UPPER}][{UPPER}'’\-]+){{0,3}}|{_NAME}(?=(?:,\s*{_GROUP}[^.\n]{{0,60}}|\s*\([^()\n]{{1,30}}\))\.\s+[–—-]|\s*\([^()\n]{{1,40}}\)\.\s+[{UPPER}])|{_PRESIDING}(?=\.\s+[–—-])"
    rf"|Председательствующий|Председатель|[{UPPER}][{LOWER}]+(?:\s+[{UPPER}]\.)*\s+[{UPPER}](?=\.)|The\s+(?:Vice\s+)?(?:{_OFFICE_WORDS})(?=\.)|(?:Prime\s+|Vice\s+)?(?:{_OFFICE_WORDS})\s+[{UPPER}][\w'’\-]+(?=\.))"
    rf"(?:\s*\((?P<note>[^()\n]{{1,30}})\))?(?:,\s*(?P<role>[^.()\n]{{3,60}}?))?(?:\s*\((?P<note2>[^()\n]{{1,30}})\))?"
    rf"\.(?:\s*[–—-])?\s+(?=\S)", re.S)  # Chile's Senate: "El señor ZALDÍVAR, don Andrés (Presidente).- Su…"
_CAPS = rf"[{UPPER}][{UPPER}'’\-]+"  # a word in capitals
# A label in capitals, a dash after it: Brazil's Chamber and Senate ("O SR. LUIZ COUTO (Bloco/PT - PB…) - Sr. …"),
# Turkey's Assembly, an office before the name ("… GRUBU BAŞKANI KEMAL KILIÇDAROĞLU (İzmir) – Sayın…", "BAŞKAN – …").
_SENHOR = re.compile(rf"(?:(?:[OA] )?SRA?\. )?(?P<name>{_CAPS}(?: (?:D[AEO]S? )?{_CAPS}){{0,14}})"
                     r"(?: ?\((?P<note>[^()\n]{1,120})\))? [-–] (?=\S)")
# Headings, not people, that end in a period: Roman numerals, ordinals, short capitals (INT., EXT., PS., USA.); and
# a name's middle initial ("Gary C. Kelly - Southwest Airlines Co.", a call's name line), which no label ends with.
_NOT_PERIOD_NAME = re.compile(r"[IVXLC]+|[A-Z]{1,3}|.+ [A-Z]|(?i:primer[oa]|segund[oa]|tercer[oa]|cuart[oa]|quint[oa]|"
                              r"first|second|third|fourth|fifth|premier|premi[eè]re|deuxi[eè]me|troisi[eè]me)")
_QUESTION = re.compile(rf"(?P<name>Q)(?:[.:]\s*|\s+)(?=\S)|(?P<code>[—―─]{{2}})\s*(?=[{_CJK_CHARS}])", re.S)  # "――"
# A name and a dash, a code and a hyphen: "Hélène Dubois — Since 1998…", "B - É."; a convention only ("Paris — …").
_DASH = re.compile(rf"(?:(?P<name>{_NUMBERED}|{_NAME})\s+[–—]|(?P<code>[A-Z]{{1,3}}\d{{0,2}})\s+-)\s+(?=\S)", re.S)
# A Chinese or Japanese name set in a column before the words, a space apart, no colon (a script laid out in Typst or
# Word: "凤雏 拿着你的烟哇，哥？"); never Hangul, which spaces its words. A convention only (``is_convention``).
_CJK_COLUMN = re.compile(r"(?P<name>[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]{1,6})[ \u3000\t]+(?=[^\s\d])")
# A name in parentheses opening its paragraph, no colon (a Hebrew podcast's "(רן) text", Japanese captions'
# "（母）あ…", full-width and closed up, or "(いしら) 一言で…"); a convention only.
_PAREN = re.compile(rf"(?:\((?P<name>{_NAME}|{_UNCASED_NAME})\)\s+"
                    rf"|[（(](?![一二三四五六七八九十百〇]+[）)])"
                    rf"(?P<cjk>[{_CJK_CHARS}･・]{{1,12}})[）)][ \u3000]*)(?=\S)", re.S)
PARAGRAPH_ONLY = ("hearing", "paren")  # styles that open paragraphs, never a wrapped line ("(A) Procurement…")
# A participant's code in braces, as a study's transcripts write the experimenter and each participant: "{000}:",
# "{104}:" (its square brackets hold the objects handled: "this one [204] feels rougher")
_BRACED = re.compile(r"(?P<name>\{[^{}\s:][^{}\n:]{0,29}\})\s*:(?:\s+|$)")
_NOTE_LABEL = re.compile(r"\[(?P<name>[^\W\d][^\[\]\n]{0,48})\]\s*:(?:\s+|$)", re.S)  # "[Notes]:", never a person
_CODE = re.compile(r"(?![QA]$)[A-Z]{1,3}\d{0,2}")  # research interviews' codes: "I", "B", "IV", "S1" ("Q:" is words)
MAX_LABEL_CHARS = 50


@dataclass(frozen=True)
class Candidate:
    """What opens a line, if it has the shape of some label style (accepted or not)."""

    style: str
    name: str
    note: str | None  # the notes and office written with the name: "Frankfurt) (KPD", joined for display
    rest: str
    time: str | None
    chevron: bool = False  # opened by ">>"
    circled: bool = False  # a Diet record's "○市長（森井秀明）": an office and its holder after a circle, never prose


def candidate(text: str) -> Candidate | None:
    lead = _LEAD.match(text)
    time = lead.group("time") or lead.group("seconds") if lead else None
    chevron = bool(lead and lead.group("chevron"))
    body = text[lead.end():] if lead else text
    body = _SCANNED_TITLE.sub(lambda m: f"{m[1]}. " if m[1] else "The ", body)  # OCR's "Mr: Nosenko.", "The: Chairman."
    body = _EDITED_COLON.sub(r"\1: ", body, count=1)  # an editor's colon in brackets: "J. D. Lee[:] I will try…"
    if (kokkai := _KOKKAI.match(body)) is not None:  # the person is in the parentheses, after the office
        office, person = kokkai.group("name"), kokkai.group("note")
        if kokkai.group("role") and len(person) <= 2:  # a given name's first letter or two, then the role
            office, person = None, f"{office}（{person}）{kokkai.group('role')}"
        name = (person or office).removesuffix("君")
        return Candidate("cjk", name, office if person else None, body[kokkai.end():].strip(), time, chevron,
                         circled=bool(person and office))
    for pattern in (_OFFICE_PERSON, _COLON, _BRACKET, _NOTE_LABEL, _PAREN, _CONGRESS, _HEARING_LABEL, _PERIOD,
                    _SENHOR, _QUESTION, _DASH, _CJK_COLUMN, _BRACED):
        m = pattern.match(body)
        if not m:
            continue
        name = (m.group("name") or m.groupdict().get("cjk") or m.groupdict().get("code") or "").strip()
        numbered = bool(re.fullmatch(_NUMBERED, name) or re.fullmatch(_DESCRIBED, name)
                        or (re.fullmatch(_CALL_SIGN, name) and m.groupdict().get("note")))
        coded = numbered or (pattern in (_COLON, _DASH) and bool(_CODE.fullmatch(name)))
        # an office in capitals before the name, or a minister's in words ("Místopředseda vlády a ministr práce…")
        office = pattern is _COLON and _OFFICE_LABEL.fullmatch(name) and not re.fullmatch(_NAME, name)
        if office and _mixed_case(name.split()[1:-2]):
            return None  # "Minister Smith told reporters in Washington DC:" is a sentence, not an office and a name
        longest = MAX_LABEL_CHARS * (2 if pattern is _SENHOR or office else 1)
        digits = any(c.isdigit() for c in CONFERENCE_ID.sub("", name))  # "Shumon Huque_web_844": Meetecho's id
        if len(name) > longest or (digits and not coded and name[0].isupper()):
            return None
        if pattern in (_BRACKET, _NOTE_LABEL, _PAREN) and name.casefold() in NON_SPEECH_NOTES:
            return None  # "[inaudible] quite well-known people": a transcriber's note, not a name
        if pattern is _BRACKET and m.group(0).rstrip().endswith(":"):
            pattern = _NOTE_LABEL  # "[Notes]:" is a note unless the file writes its speakers so (learn_grammar)
        groups = m.groupdict()
        notes = [x for x in (groups.get("role"), groups.get("note"), groups.get("note2"), groups.get("role2")) if x]
        note = ") (".join(x.strip() for x in notes) or None  # written "Name (office) (note)": shown as a note
        rest = body[m.end():].strip()
        after = _TIME_AFTER.match(rest) if time is None else None
        if after:  # "Jane Smith: [00:00:05] Welcome." (Sonix): the time is the turn's, not its words
            time, rest = after.group(1), rest[after.end():]
        style = "role" if pattern is _COLON and groups.get("role") else _style(pattern, name, numbered)
        if style == "role" and name.isupper() and groups["role"].isupper():
            style = "caps"  # "LLOYD AUSTIN, DEFENSE SECRETARY:", as news transcripts write a guest, once or more
        if pattern is _COLON and m.group(0).endswith(":") and rest and not (
                note or name.isupper() or " " in name or _CJK_START.match(name)):
            return None  # "Note:This" is a word; a full name ("Elon Musk:Thanks"), capitals, a note or CJK close up
        if style == "hearing" and not rest:
            return None  # "Senator Casey." alone: the chair gives him the floor
        if (style == "period" and not any(c.islower() for c in rest[:40])) or (
                style in ("period", "paren") and _NOT_PERIOD_NAME.fullmatch(name)):
            return None  # "OPEN THE ROLL. MEMBERS VOTE" (captions in capitals), "II.", "PRIMERO.", "INT.", "PS."
        if style in ("role", "period") and name.split()[0].casefold() in stop_words() and not _TITLE_START.match(name):
            return None  # "Well, I think:" is speech
        if style == "names" and " " in name and name.split()[0].casefold() in SENTENCE_OPENERS:
            return None  # "Then Hen: Kenny rose up to speak" (an old record's abbreviated Henry) is a sentence
        quoted = _CJK_QUOTE.match(rest) and not (_CJK_LINE_QUOTE.fullmatch(rest) and not _CJK_SAYS.search(name))
        if style == "cjk" and (quoted or _CJK_SPEECH.search(name)):
            return None  # reported speech, or a sentence before a colon ("我就举非常简单的例子：…") in subtitles
        return Candidate(style, name, note, rest, time, chevron)
    return Candidate("chevron", "", None, body.strip(), time, True) if chevron else None


_PATTERN_STYLES = {_BRACKET: "bracket", _NOTE_LABEL: "note", _CONGRESS: "congress", _HEARING_LABEL: "hearing",
                   _QUESTION: "question", _CJK_COLUMN: "column", _PAREN: "paren",
                   _DASH: "dash", _PERIOD: "period", _SENHOR: "period", _BRACED: "code"}


def _mixed_case(words: list[str]) -> bool:
    """Whether the words between an office and a name mix lower-case words and capitalised ones (short particles
    and abbreviations such as "w", "ČR" aside): an office is written one way ("spravedlnosti", "Stanu … Zdrowia")."""
    lower = any(w[0].islower() and len(w) > 3 for w in words)
    return lower and any(w[0].isupper() and not w.isupper() for w in words)


def _style(pattern: re.Pattern[str], name: str, numbered: bool) -> str:
    if pattern in _PATTERN_STYLES and not (pattern is _PAREN and (_CJK_START.match(name) or numbered)):  # "（母）"
        return _PATTERN_STYLES[pattern]
    if pattern is _COLON and _CODE.fullmatch(name):
        return "code"
    if numbered:
        return "numbered"
    if _CJK_START.match(name):
        return "cjk"
    if _UNCASED_START.match(name):
        return "uncased"
    if name[0].islower():
        return "handle"
    if name.isupper() and sum(c.isalpha() for c in name) >= 2:
        return "caps"
    return "names" if len(name.split()) > 1 or "." in name.rstrip(".") else "word"
