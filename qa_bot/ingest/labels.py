"""Speaker labels in text, and the labelling convention a file uses, learnt from the file itself.

Always read as labels: ``Name:``, ``NAME:``, ``Name Surname:``, ``S.Lavrov:``, ``Speaker 2:``, maybe after a time code
(``[00:01:05] Name:``) or with a note (``Question (retranslated):``). Read only where the file makes them its convention
(they recur, and labels open a good share of its paragraphs), so that ``note: ...`` in prose stays text: lower-case
handles (``stokes: Hello.``), ``[Name] text``, congressional ``Mr. SMITH. text``, parliaments' labels ending in a period
(``PRESIDENTE.``, ``President. –``; Brazil's ``O SR. NOME (…) -``), ``>>`` speaker changes, ``Q`` lines, ``Name —
text``, and names in scripts without capitals (``主席：``, Arabic, Hebrew, Devanagari). A title or article before a
name or office (``El señor PRESIDENTE:``) is part of the label; the full-width colon ``：`` needs no space after it.
Shared by ``plain``, ``press`` and ``cues``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from qa_bot.ingest.label_conventions import (
    CONFERENCE_ID,
    GATED,
    MIN_LABELS_FOR_ASIDES,
    STYLES,
    alone_in_brackets,
    counted_items,
    is_convention,
    noted_labels,
    one_off_asides,
    speaks_in_person,
    words_and_questions,
)
from qa_bot.text import LOWER, MARKS, UNCASED, UPPER, clean_line, date_alone, ends_mid_sentence, parse_seconds
from qa_bot.text.lexicon import NON_SPEECH_NOTES, NUMBERED_ROLES, stop_words

_TIME = r"\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3}|:\d{2}(?=\s))?"  # "01:00:03:12 NAME:" (frames, Avid)
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
_TITLE_START = re.compile(rf"{_TITLE}\s")  # "De heer Drijver", "De voorzitter": a title, though "de" is a stop word
_OFFICE = (r"(?:(?:le|la|l')\s*)?(?:présidente?|presidente|vicepresidente|vice-présidente?|voorzitter|ministre|"
           r"ministr[oa]|secretari[oa]|talman|präsident(?:in)?|vorsitzende[r]?)")
_TITLED = rf"{_TITLE}\s+(?:{_OFFICE}\b|{_NAME})"
# Han, kana and Hangul: a name or an office written without spaces ("劉慧卿議員", "主席"; a council's run long).
_CJK_CHARS = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af"
_CJK = rf"[{_CJK_CHARS}][{_CJK_CHARS}·・]{{0,23}}(?: [\uac00-\ud7af]{{1,10}}){{0,3}}"  # Korean: "의장 안석봉"
_CJK_START = re.compile(rf"[{_CJK_CHARS}]")
# Japan's Diet and assemblies: "○議長（大島理森君）　これより…", "○山田太郎君　…" (a name ending in 君), "◎市長（…）".
_KOKKAI = re.compile(rf"[○◆◎◇](?P<name>[{_CJK_CHARS}]{{1,14}}?)(?:（(?P<note>[^）\n]{{1,20}})）)?[\s\u3000]+(?=\S)")
_CJK_QUOTE = re.compile(r"[「『“\"]")  # after a CJK name and a colon, reported speech (他說：「…」), not a label
_CJK_SPEECH = re.compile(r"[的我是就了這这那你们們吗嗎呢吧么麼はがをにで]")  # particles no name or office holds
# "Speaker 1", "SPEAKER_00", "PERSON #1", "Speaker SPEAKER_00" (WhisperX's), a split's variant "Pembicara 1-varian"
_NUMBERED = rf"(?i:{'|'.join(NUMBERED_ROLES)})[ _]?#?(?i:speaker_)?\d{{1,3}}(?:-[^\W\d_]+)?"
_TIME_AFTER = re.compile(rf"^[\[(]({_TIME})[\])]\s*")
# Before a label: a time ("[0.0, 3.26] - " in seconds too), ">>" (a caption's change of speaker), the Riksdag's
# "Anf. 2", a participant's code ("(P1) Rafaela:") or Word's numbering ("1. Interviewer:"); a clock ("[下午07:11]").
_LEAD = re.compile(rf"^(?:Anf\.\s+\d+\s+|\(P\d{{1,3}}\)\s+|\d{{1,3}}\.\s+(?=[{UPPER}]))?"
                   rf"(?:[\[(]?(?:上午|下午|午前|午後|오전|오후)?(?P<time>{_TIME})(?:\s?[AaPp]\.?[Mm]\.?)?[\])]?\s+(?:[|\-–]\s+)?|\[(?P<seconds>\d+(?:\.\d+)?),\s*"
                   rf"\d+(?:\.\d+)?\]\s*[-–]\s+)?(?P<chevron>>>+\s*)?")
_ROLE = (rf"(?:[{UPPER}][{UPPER}'’.\-]*(?:,?\s+\(?[{UPPER}][{UPPER}'’.\-]*\)?){{5,29}}"  # an office after a name and a
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
_OFFICE_PERSON = re.compile(
    rf"(?P<note>(?=[^()\n:]{{0,120}}?\b(?:{_OFFICE_WORDS})\b){_WORD}(?:,?\s+(?:{_WORD}|of|for|and|the|on|at|in|to)){{1,16}})"
    rf"\s*\((?P<name>{_WORD}(?:\s+{_WORD}){{1,4}})\)\s*:\s+(?=\S)", re.S)
_CALL_SIGN = rf"{_WORD}\s\d{{1,2}}"  # a station's name and number, who is on it in parentheses: "Заря 1 (Королев):"
_COLON = re.compile(
    rf"(?P<name>{_NUMBERED}(?=\s*(?:\({_TIME}\)\s*)?[:：])|{_CALL_SIGN}(?=\s*\()|{_TITLED}|{_NAME}|{_HANDLE}|{_CJK}|{_UNCASED_NAME})(?:{_ROLE_AFTER}(?P<role>{_ROLE}))?"
    + _NOTE_GROUP.format("note") + _NOTE_GROUP.format("note2")  # "Müller (Frankfurt) (KPD):"
    + rf"(?:(?<=[)）\]]),\s*(?P<role2>{_ROLE}))?"  # an office after the party: "PRES. DONALD TRUMP (R), UNITED STATES:"
    + rf"(?:\s*::?(?:\s+|$)|\s*：\s*|:(?=[{UPPER}]))", re.S  # "Poslankyně X:: Děkuji", "THE PRESIDENT:Thank you"
)
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
# Records that end the label with a period (Assemblée nationale, Senato, Duma) or a period and a dash (the
# European Parliament): "PRESIDENTE.", "ROSSI (PD).", "M. le président.", "Иванов И. И., фракция «…».",
# "Maria Schmidt, on behalf of the PPE Group. –". Read only where the file makes it its convention.
_PERIOD = re.compile(
    rf"(?P<name>{_TITLED}|(?:(?:MR|MRS|MS|DR)\.\s+)?[{UPPER}][{UPPER}'’\-]+(?:\s+[{UPPER}][{UPPER}'’\-]+){{0,3}}|{_NAME}(?=(?:,\s*{_GROUP}[^.\n]{{0,60}}|\s*\([^()\n]{{1,30}}\))\.\s+[–—-]|\s*\([^()\n]{{1,40}}\)\.\s+[{UPPER}])|{_PRESIDING}(?=\.\s+[–—-])"
    rf"|Председательствующий|Председатель|[{UPPER}][{LOWER}]+(?:\s+[{UPPER}]\.)*\s+[{UPPER}](?=\.))"
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
_PARAGRAPH_ONLY = ("hearing", "paren")  # styles that open paragraphs, never a wrapped line ("(A) Procurement…")
_NOTE_LABEL = re.compile(r"\[(?P<name>[^\W\d][^\[\]\n]{0,48})\]\s*:(?:\s+|$)", re.S)  # "[Notes]:", never a person
MAX_BYLINE_LABELS = 1  # the file's first label over a date alone is a byline ("Clerk: 12 March 2019" later answers)
_LINK_ONLY = re.compile(r"<?https?://\S+>?")  # a one-off label over a link alone is a field, not speech
_CODE = re.compile(r"(?![QA]$)[A-Z]{1,3}\d{0,2}")  # research interviews' codes: "I", "B", "IV", "S1" ("Q:" is words)
_WORDS, MAX_LABEL_CHARS = re.compile(r"\w+"), 50
_SEMICOLON = re.compile(r"([^\W\d][\w.]*(?: [^\W\d][\w.]*)?); +(?=\S)")  # a slip for a colon after a known label
MIN_HANDLE_USES = 3  # a lower-case word alone after an unfinished line is a label only if it opens this many
QUESTION_SPEAKER = "Question"  # who a ``Q`` line is credited to outside depositions


@dataclass(frozen=True)
class Label:
    """A speaker label found at the start of a paragraph or a line."""

    name: str  # as written, without time code, note or colon: "DR. JANE SMITH"
    written: str  # the whole label as written, note included: "Question (retranslated)"
    rest: str  # the text after the colon
    start: float | None = None  # a time code written with the label, in seconds
    style: str = "names"  # one of STYLES; "chevron" (no name) and "question" (``Q``) name no one


@dataclass(frozen=True)
class _Candidate:
    """What opens a line, if it has the shape of some label style (accepted or not)."""

    style: str
    name: str
    note: str | None  # the notes and office written with the name: "Frankfurt) (KPD", joined for display
    rest: str
    time: str | None
    chevron: bool = False  # opened by ">>"


def _candidate(text: str) -> _Candidate | None:
    lead = _LEAD.match(text)
    time = lead.group("time") or lead.group("seconds") if lead else None
    chevron = bool(lead and lead.group("chevron"))
    body = text[lead.end():] if lead else text
    if (kokkai := _KOKKAI.match(body)) is not None:  # the person is in the parentheses, after the office
        office, person = kokkai.group("name"), kokkai.group("note")
        name = (person or office).removesuffix("君")
        return _Candidate("cjk", name, office if person else None, body[kokkai.end():].strip(), time, chevron)
    for pattern in (_OFFICE_PERSON, _COLON, _BRACKET, _NOTE_LABEL, _PAREN, _CONGRESS, _HEARING_LABEL, _PERIOD,
                    _SENHOR, _QUESTION, _DASH, _CJK_COLUMN):
        m = pattern.match(body)
        if not m:
            continue
        name = (m.group("name") or m.groupdict().get("cjk") or m.groupdict().get("code") or "").strip()
        numbered = bool(re.fullmatch(_NUMBERED, name) or (re.fullmatch(_CALL_SIGN, name) and m.groupdict().get("note")))
        coded = numbered or (pattern in (_COLON, _DASH) and bool(_CODE.fullmatch(name)))
        longest = MAX_LABEL_CHARS * (2 if pattern is _SENHOR else 1)  # an office in capitals before the name
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
        if pattern is _COLON and m.group(0).endswith(":") and rest and not (note or name.isupper() or " " in name):
            return None  # "Note:This" is a word; a full name ("Elon Musk:Thanks"), capitals or a note close up on words
        if style == "hearing" and not rest:
            return None  # "Senator Casey." alone: the chair gives him the floor
        if (style == "period" and not any(c.islower() for c in rest[:40])) or (
                style in ("period", "paren") and _NOT_PERIOD_NAME.fullmatch(name)):
            return None  # "OPEN THE ROLL. MEMBERS VOTE" (captions in capitals), "II.", "PRIMERO.", "INT.", "PS."
        if style in ("role", "period") and name.split()[0].casefold() in stop_words() and not _TITLE_START.match(name):
            return None  # "Well, I think:" is speech
        if style == "cjk" and (_CJK_QUOTE.match(rest) or _CJK_SPEECH.search(name)):
            return None  # reported speech, or a sentence before a colon ("我就举非常简单的例子：…") in subtitles
        return _Candidate(style, name, note, rest, time, chevron)
    return _Candidate("chevron", "", None, body.strip(), time, True) if chevron else None


_PATTERN_STYLES = {_BRACKET: "bracket", _NOTE_LABEL: "note", _CONGRESS: "congress", _HEARING_LABEL: "hearing",
                   _QUESTION: "question", _CJK_COLUMN: "column", _PAREN: "paren",
                   _DASH: "dash", _PERIOD: "period", _SENHOR: "period"}


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


@dataclass(frozen=True)
class LabelGrammar:
    """The label styles a file uses, learnt from its own lines (``learn_grammar``), and how often each opens one.
    ``strict`` (subtitles, where "Look: the tide" is speech) reads a single capitalised word as a label only
    when it opens lines twice or more."""

    styles: Counter[str] = field(default_factory=Counter)
    words: frozenset[str] = frozenset()  # single capitalised words accepted in strict mode
    strict: bool = False
    names: Counter[str] = field(default_factory=Counter)  # how often each accepted label name opens a line
    asides: frozenset[str] = frozenset()  # "Break", "Fecha": one-off words shaped like labels, not speakers
    items: frozenset[str] = frozenset()  # "One", "Two": a list's items in a turn (``counted_items``), no labels

    def uses(self, name: str) -> int:
        """How many lines of the file open with label ``name``."""
        return self.names[name]

    def match(self, text: str) -> Label | None:
        """The label that opens ``text`` under this file's convention, or None."""
        c = _candidate(text)
        if c is None and (slip := _SEMICOLON.match(text)) and self.names[slip[1]] >= 2:  # "Brian; Do we…", "Brian:"
            c = _candidate(f"{slip[1]}: {text[slip.end():]}")
        if c is not None and c.style == "code" and f"{c.name}." in self.names:  # "H:" once beside "H.:", a slip
            c = replace(c, style="word", name=f"{c.name}.")
        if c is not None and c.style in ("word", "names", "code", "cjk") and c.name in self.asides:
            return Label("", "", text, None, "aside")
        if c is None or c.name in self.items or not self._accepts(c):
            return None
        start = parse_seconds(c.time) if c.time else None
        if c.style == "note":  # "[Notes]:" names no one, unless the file writes speakers "[Name]:"
            style = "bracket" if c.name in self.words else "note"
            return Label(c.name if style == "bracket" else "", f"[{c.name}]", c.rest, start, style)
        note = c.note
        if note and start is None and re.fullmatch(_TIME, note.strip()):
            start, note = parse_seconds(note.strip()), None
        written = f"{c.name} ({note.strip()})" if note else c.name or ">>"
        return Label(c.name, written, c.rest, start, c.style)

    def _accepts(self, c: _Candidate) -> bool:
        if c.style == "handle" and " " in c.name and c.name not in self.names:  # "latha sriram:"
            return False
        if c.style in GATED:
            return c.style in self.styles and (c.style not in ("bracket", "column") or c.name in self.words)
        if self.strict and c.style == "word":
            return c.name in self.words
        return True

    def opens_turn(self, line: str, *, after_label: bool) -> bool:
        """True when a line inside a paragraph starts a new turn: a label, and, unless the paragraph opened with a
        label too, not a single word used once without a note ("Ukraine: …" may open a hard-wrapped line). A
        hearing's ``Senator Shelby.`` opens paragraphs only: inside one, "Justice Kennedy. First, …" is speech."""
        label = self.match(line)
        if label is None or label.style == "aside" or label.style in _PARAGRAPH_ONLY:
            return False
        return after_label or label.style != "word" or self.uses(label.name) > 1 or label.written != label.name

    @property
    def convention(self) -> str:
        """The styles found, most used first, with counts: ``"NAME: 12, handle: (lower case) 8"``; or "none"."""
        return ", ".join(f"{STYLES[s]} {n}" for s, n in self.styles.most_common()) or "none"


def learn_grammar(lines: Iterable[str], *, strict: bool = False) -> LabelGrammar:
    """Find the label styles ``lines`` use: every line that opens a paragraph or has a label's shape counts.
    A gated style (``GATED``) is the file's convention when it opens lines repeatedly and labels of any style open
    at least ``MIN_LABEL_SHARE`` of the paragraphs: a handle must recur, bracket names must not stand alone
    (``[Applause]``), and there must be two or more distinct names or three uses. A name with an office after a
    comma (``Schäffer, Bundesminister der Finanzen:``) counts that way too, or once in a file with
    ``MIN_LABELS_FOR_ASIDES`` other labels. Congressional names alone on their lines (``Chairman HAMILTON.`` over a
    statement), two people or more, count however few paragraphs they open.
    """
    found: list[_Candidate] = []
    wrapped: Counter[str] = Counter()  # handles alone after a line that stops mid-sentence
    mentions: Counter[str] = Counter()  # every word as written, for names used once; a name speaking as "I" counts
    runs_on: set[str] = set()  # words shaped like labels that open a line inside a paragraph
    openings = 0
    previous = ""
    for raw in lines:
        line = clean_line(raw)
        mentions.update(_WORDS.findall(line))
        c = _candidate(line) if line else None
        c = None if c and c.style in _PARAGRAPH_ONLY and previous else c  # such labels open paragraphs only
        if line and (not previous or c):
            openings += 1
            if c:
                found.append(c)
                wrapped[c.name] += c.style == "handle" and not c.rest and ends_mid_sentence(previous)
                if previous:  # only a name opening its own paragraph may be a one-off speaker
                    runs_on.add(c.name)
        previous = line
    # "… los siguientes datos" / "relevantes:" once or twice is a hard-wrapped sentence's last word, no handle;
    # "interviewer:" over every answer of an unpunctuated transcript is one
    rare = Counter(c.name for c in found)
    handles = {c.name for c in found if c.style == "handle" and " " not in c.name and rare[c.name] >= 2}
    found = [c for c in found if not (wrapped[c.name] and rare[c.name] < MIN_HANDLE_USES)  # "male narrator:" once
             and (c.style != "handle" or " " not in c.name or (strict and rare[c.name] >= 2) or c.time  # "[07:29]
                  or (strict and c.name.split()[-1] in handles))]  # anan shi:"; "male narrator:" beside "narrator:"
    by_style: dict[str, Counter[str]] = {}
    for c in found:
        by_style.setdefault(c.style, Counter())[c.name] += 1
    if "chevron" in by_style:  # named or not, every ">>" line shows the convention
        by_style["chevron"] = Counter({"": sum(c.chevron for c in found)})
    everything = len(found) / max(openings, 1)
    share = sum(c.style != "column" for c in found) / max(openings, 1)  # a column counts once it is the convention
    alone = alone_in_brackets([(c.name, bool(c.rest)) for c in found if c.style == "bracket"])
    styles, words, used = Counter[str](), set[str](), Counter[str]()  # accepted styles, words, names with their uses
    notes = by_style.get("note", Counter())
    if len(notes) >= 2 and 2 * sum(notes.values()) >= len(found):  # "[Alice]: Hi." "[Bob]: Hi.": the file's speakers
        by_style.setdefault("bracket", Counter()).update(by_style.pop("note"))
    if 2 * sum(by_style.get("dash", Counter()).values()) <= len(found):
        by_style.pop("dash", None)  # "Name — text" only as a file's main convention: prose has dashes after a word
    for style, names in by_style.items():
        if style == "bracket":
            names = Counter({n: k for n, k in names.items() if n not in alone})
            words.update(names)
        headings = style == "congress" and len(names) >= 2 and all(not c.rest for c in found if c.style == style)
        if style == "role" or (style in GATED and not headings
                               and not is_convention(style, names, everything if style == "column" else share,
                                                     words_and_questions(by_style))):
            continue  # "Name, Office:" is decided below, once the file's other labels are counted
        if (strict and style == "word") or style == "column":  # a column's names recur; a sentence's first word not
            names = Counter({n: k for n, k in names.items() if k >= 2})
            words.update(names)
        if names:
            styles[style] = sum(names.values())
            used.update(names)
    offices = by_style.get("role")
    if offices and (is_convention("role", offices, share) or sum(styles.values()) >= MIN_LABELS_FOR_ASIDES):
        styles["role"] = sum(offices.values())  # in a labelled file, "Dr. Angela Merkel, Bundeskanzlerin:" once
        used.update(offices)
    mentions.update(c.name for c in found if speaks_in_person(c.rest) and c.name.casefold() not in stop_words())
    mentioned = {name for name in used if mentions[name] >= 2 and not mentions[name.lower()] and name not in runs_on}
    asides = set() if strict else one_off_asides(used, by_style, styles, mentioned, found) - noted_labels(found)
    asides |= {c.name for c in found if c.style in ("word", "names") and used[c.name] == 1  # over a link, or a
               and (_LINK_ONLY.fullmatch(c.rest) or (date_alone(c.rest) and c in found[:MAX_BYLINE_LABELS]))}  # byline
    asides -= (items := counted_items(used))
    for name in asides | items:
        del used[name]
        styles["word" if name in by_style.get("word", ()) else "names"] -= 1
    if not strict and used and "code" in by_style and "code" not in styles:
        asides.update(by_style["code"])  # "B:" once among names: who spoke is unknown, not the previous speaker
    return LabelGrammar(+styles, frozenset(words), strict, used, frozenset(asides), frozenset(items))


def has_label_shape(text: str, styles: tuple[str, ...] = ()) -> bool:
    """True when ``text`` opens with something shaped like a label of any style (of ``styles``), as ``nixo:``; a
    column's CJK name only when asked for (any CJK line with a space may have that shape)."""
    found = _candidate(text)
    return found is not None and (found.style in styles if styles else found.style != "column")


def match_label(text: str) -> Label | None:
    """The label that opens ``text`` in the styles every file may use (``Name:``, ``[00:01:05] Name:``,
    ``Name (note):``, ``Speaker 2:``), or None; file conventions need ``learn_grammar``."""
    return _ALWAYS.match(text)


_ALWAYS = LabelGrammar()
