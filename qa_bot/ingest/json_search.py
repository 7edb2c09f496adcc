"""Reading JSON of no fixed schema: the keys that name a speaker, hold words and time them, and the search for
where a document keeps its turns.

A transcript's JSON item is read by its keys (``SPEAKER_KEYS``, ``TEXT_KEYS``, ``START_KEYS``, ``END_KEYS``,
camelCase and capitals too, as ``turn_fields`` writes them). Where no known key holds the turns, they are found by
shape: the list of the most objects with words (``find_turn_list``), else the objects naming a speaker and
holding words wherever they sit (``named_objects``), else timed word objects (``timed_words``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

from qa_bot.ingest.json_paths import LIST_INDEX, child_path, walk, with_siblings
from qa_bot.ingest.speakers import UNRESOLVED_LABEL, Utterance
from qa_bot.ingest.stt_base import WORD_HEADERS, word_utterances
from qa_bot.text import clean_line, snake_case

MAX_SEARCH_DEPTH = 6  # levels searched for a list of turns in JSON of no known schema (``find_turn_list``)
MAX_ITEMS_SEARCHED = 3  # items of each list looked into for nested lists
MIN_FOUND_SHARE = 0.8  # of a list's items that must have a text field for it to be the turns
MIN_COLLECTION_TURNS = 5  # turns under a path, for them to be another collection beside those found (``_collections``)
MIN_NAMED_OBJECTS = 3  # objects naming a speaker and holding words, in a document with no list of turns
MIN_RUNNING_LINES = 20  # lines of one string that make it a document's running text (``running_text``)
_GAP = re.compile(r"[ \t\u00a0]{3,}")  # a scraper's paragraph break in a string of no lines ("…fiscal year.   ERIN…")
HTML_BLOCK = re.compile(r"<(?:p|br|div|li)[\s/>]", re.I)  # as many in a document's text make it a page's HTML
MIN_TIMED_WORDS = 10  # timed word objects that make a document of no known schema word-level speech-to-text
# Fields that may name a turn's speaker, in order of preference. A person's name is credited before a machine
# label in the same turn (``speaker_public: "Chair Jeffrey McKay"`` beside ``speaker: "SPEAKER_07"``), whatever
# their order here; the machine label only when no name is given.
# (Not "speaker_group": exports that have it number turns with it, not people.)
# A counselling or chatbot log names only each line's "role" ("counselor", "client"; "user", "assistant"): last.
# Chat exports name the sender in an object (Discord's "author", Slack's "user_profile"), or as "from" (Telegram),
# "sender_full_name" (Zulip's archive), or by an ID (Slack's "user": "U061A3E0G", kept as written). "names": one
# turn's speakers, listed (CRD3's NAMES); "voice": Podlove's slug; "spk": CLOVA's; "actor": a script's, over "dialogue";
# "legislator": a parliament watch's records; "debater_name": a debate site's speeches.
SPEAKER_KEYS = ("speaker_public", "speaker_name", "display_name", "speaker", "name", "author", "user_profile",
                "from", "sender_full_name", "sender_name", "sender", "user_name", "username", "who", "speaker_label",
                "speaker_id", "segment_speaker", "names", "user", "character", "character_id", "person_slug", "role",
                "voice", "spk", "actor", "legislator", "debater_name", "debater")
# in such an object, best first; a news corpus's speaker object: "normalizedName" beside the label as printed
NAME_KEYS = ("real_name", "nickname", "display_name", "name", "username", "normalized_name", "extracted_name")
# A text or a person's name under a key its vendor prefixed (S&P's earnings calls: "componenttext" beside
# "transcriptpersonname"; a cleaning step's "cleaned_sentence"; a speech dataset's "full_transcript", "full_ts"):
# read as "text" and "speaker_name" where no key above is there.
_PREFIXED_TEXT = re.compile(r"^(?:component|segment|utterance|speech|turn|paragraph|sentence|dialogue)_?text$"
                            r"|^(?:clean(?:ed)?|corrected|normali[sz]ed|final)_?(?:text|sentence)$"
                            r"|^full_?(?:text|transcript|transcription|ts)$")
_PREFIXED_NAME = re.compile(r"^(?:transcript|component|segment|turn)_?(?:person|speaker)_?name$")
PARALLEL_TEXT_KEYS = ("utterances", "sentences", "lines", "texts")  # beside a list of "speakers", a turn each
# "body": podcast namespace JSON (Podcasting 2.0); "message": chat exports; "display_text": Amazon post-call analytics;
# "said": a council app's talks; "speech": the Diet's API; "utterances": a list of lines (CRD3); "sentences": a turn's
# sentences (a CNN corpus); "msg": Naver CLOVA Speech's; "paragraph": a legislature's speeches; "children": a Slate
# editor's paragraph (transcribee's); "say": a council watch's quotes; "turn": a dialogue dataset's (MIDAS's, beside
# its "translated_turn"); "sentence": Fireflies'; "raw": a Diet watch's speech as recorded, label first. A text
# field holds a string, or a list of strings or {"text": …} pieces (Oyez's text blocks, subword tokens), or of
# both (Telegram's formatted messages).
TEXT_KEYS = ("text", "display_text", "content", "utterance", "source_text", "body", "message", "transcript",
             "transcription", "text_blocks", "line", "speech", "utterances", "sentences", "said", "dialogue", "snippet",
             "msg", "paragraph", "children", "say", "turn", "sentence", "raw")
# Fields named by a language, where an item holds a line and its translations ({"name": …, "en": …, "cn": …}, a
# caption's "japanese" and "english"): its words are all of them, in the item's order (not readings: "furigana").
LANGUAGE_KEYS = frozenset(("en", "zh", "cn", "ja", "jp", "ko", "kr", "fr", "de", "es", "pt", "ru", "ar", "he", "hi",
                           "vi", "th", "tr", "english", "chinese", "japanese", "korean", "french", "german", "spanish",
                           "portuguese", "russian", "arabic", "hebrew", "hindi", "vietnamese", "thai", "turkish"))
_NAME_PARTS = tuple((f"{who}{a}", f"{who}{b}") for who in ("speaker_", "") for a, b in (
    ("first_name", "last_name"), ("given_name", "family_name"), ("forename", "surname"), ("firstname", "lastname")))
MAX_TOKEN_CHARS = 8  # the median piece of a text split into subword tokens, which carry their own spaces
START_KEYS = ("start", "start_time", "startTime", "sec", "segment_start_time", "time")
END_KEYS = ("end", "end_time", "endTime", "segment_end_time", "stop")


# Objects beside a text that name where it was published, not who said it: a news timeline's {"source": {"name":
# "오마이뉴스", "url": …}} beside the article's words
_CITED_OBJECTS = frozenset(("source", "publisher", "outlet", "publication", "media", "link", "reference", "citation"))


def turn_fields(item: object) -> object:
    """A turn object as the keys above are written: camelCase keys in snake_case (``speakerLabel`` ->
    ``speaker_label``); a name given in two fields joined (``speaker_first_name`` and ``speaker_last_name``,
    ``given_name`` and ``family_name``) as ``speaker_name``; and, where the object names no speaker itself, the
    fields of an object inside it that does (ParlaMint-EE's ``{"speech_data": {"speaker_first_name": …},
    "speech": […]}``), unless it names where the words were published (``_CITED_OBJECTS``)."""
    if not isinstance(item, dict):
        return item
    item = _own_fields(item)
    if not speaker_of(item) and item_text(item) is not None:  # words here, who spoke in an object beside them
        inner = next((fields for k, v in item.items() if isinstance(v, dict) and k not in _CITED_OBJECTS
                      and speaker_of(fields := _own_fields(v))), None)
        if inner is not None:
            item = {**inner, **item}
    return item


def parallel_turns(item: object) -> list[object]:
    """An item keeping its turns as parallel lists of one length (a sitcom scene's ``{"speakers": ["monisha",
    "rosesh"], "utterances": ["…", "…"]}``, as dialogue datasets export them) as an item a turn; else itself."""
    if isinstance(item, dict) and isinstance(who := item.get("speakers"), list):
        said = next((item[k] for k in PARALLEL_TEXT_KEYS if isinstance(item.get(k), list)), None)
        if said and len(said) == len(who) and all(isinstance(x, str) for x in (*who, *said)):
            return [{"speaker": speaker, "text": text} for speaker, text in zip(who, said, strict=True)]
    return [item]


def _snake_keys(item: dict[Any, Any]) -> dict[Any, Any]:
    """``item`` with its keys as the key lists above write them: camelCase in snake_case, lower case."""
    return {snake_case(k) if isinstance(k, str) else k: v for k, v in item.items()}


def _own_fields(item: dict[Any, Any]) -> dict[Any, Any]:
    item = _snake_keys(item)
    for pattern, field, known in ((_PREFIXED_TEXT, "text", TEXT_KEYS), (_PREFIXED_NAME, "speaker_name", SPEAKER_KEYS)):
        key = next((k for k in item if isinstance(k, str) and pattern.match(k)), None)
        if key is not None and not any(k in item for k in known):  # "componenttext": a transcript vendor's text
            item[field] = item[key]
    for given_key, family_key in _NAME_PARTS:
        parts = [item.get(k) for k in (given_key, family_key)]
        if all(isinstance(v, str) and v.strip() for v in parts) and "speaker_name" not in item:
            item["speaker_name"] = " ".join(v.strip() for v in parts)
    return item


def has_text(items: object) -> bool:
    """Whether a list holds an object with words (``TEXT_KEYS``)."""
    return isinstance(items, list) and any(isinstance(x, dict) and item_text(turn_fields(x)) is not None for x in items)


def named_objects(data: object) -> list[dict[str, Any]]:
    """The objects naming a speaker and holding words, wherever they sit, each once: turns kept in mappings, not
    lists (the Diet's speech records by bill and party, ``{"…法律案": {"日本共産党": {"speaker": …, "speech":
    …}}}``, one speech under several bills); empty under ``MIN_NAMED_OBJECTS``."""
    found = _objects(data, lambda item: item_text(item) is not None and speaker_of(item))
    once = list({json.dumps(item, sort_keys=True, ensure_ascii=False, default=str): item for item in found}.values())
    return once if len(once) >= MIN_NAMED_OBJECTS else []


_WORD_SPEAKER_KEYS = ("speaker", "speaker_label", "speaker_tag", "spk")  # on each word: Spjallrómur's "spk": "a"


def timed_words(data: object) -> list[Utterance]:
    """Word-level output of no known schema (Vosk's ``result``, a captioning script's lists of word groups): the
    objects holding a word and its start time, as words naming no one unless they carry a speaker label; empty
    under ``MIN_TIMED_WORDS``."""
    def word(item: dict[str, Any]) -> str | None:
        return next((w for k in WORD_HEADERS if isinstance(w := item.get(k), str)), None)
    found = _objects(data, lambda item: word(item) is not None and first(item, START_KEYS) is not None)
    words = [(text, first(item, _WORD_SPEAKER_KEYS), first(item, START_KEYS), first(item, END_KEYS),
              not any(c.isalnum() for c in text)) for item in found if (text := word(item))]
    return word_utterances(words) if len(words) >= MIN_TIMED_WORDS else []


def _objects(data: object, wanted: Callable[[dict[str, Any]], bool]) -> list[dict[str, Any]]:
    """The objects (keys in snake_case) that ``wanted`` picks wherever they sit, in document order, none looked
    into once picked."""
    found: list[dict[str, Any]] = []
    pending: list[object] = [data]
    while pending:
        node = pending.pop()
        if isinstance(node, dict) and wanted(item := turn_fields(node)):
            found.append(item)
            continue
        children = node.values() if isinstance(node, dict) else node if isinstance(node, list) else ()
        pending += reversed([child for child in children if isinstance(child, dict | list)])
    return found


def find_turn_list(data: object) -> tuple[str, list[Any]] | None:
    """Where a document of no known schema keeps its turns: the list, anywhere within ``MAX_SEARCH_DEPTH``
    levels, of the most objects with a text field (``TEXT_KEYS``), ``MIN_FOUND_SHARE`` of its items at least;
    returned with its path (``speakers``, ``sections[0].turns``) so the format can say which list was read. None
    where that list names no speaker nor any time and only breaks down the running text the document holds whole."""
    best: tuple[tuple[bool, int], str, list[Any]] | None = None  # lists whose items name speakers first
    pending: list[tuple[object, str, int]] = [(data, "", 0)]
    while pending:
        node, path, depth = pending.pop()
        if depth > MAX_SEARCH_DEPTH:
            continue
        if isinstance(node, dict):
            pending += [(v, child_path(path, k), depth + 1) for k, v in node.items() if isinstance(v, dict | list)]
        elif isinstance(node, list) and node:
            with_text = sum(isinstance(x, dict) and item_text(turn_fields(x)) is not None for x in node)
            named = any(isinstance(x, dict) and speaker_of(turn_fields(x)) for x in node[:MAX_ITEMS_SEARCHED])
            score = (named, with_text)  # a paragraph naming its speaker over its own tokens, though fewer
            if with_text >= max(2, MIN_FOUND_SHARE * len(node)) and (best is None or score > best[0]):
                best = (score, path or "(top level)", node)
            pending += [(x, child_path(path, i), depth + 1) for i, x in enumerate(node[:MAX_ITEMS_SEARCHED])
                        if isinstance(x, dict | list)]
    if best is None:
        return None
    path, items = with_siblings(data, best[1], best[2])
    if best[0][0]:  # turns naming their speakers: other collections of such turns beside them too
        path, items = _collections(data, path, items)
    fields = [turn_fields(x) for x in items]
    timed = any(isinstance(f, dict) and first(f, START_KEYS) is not None for f in fields)
    if timed or any(map(speaker_of, fields)) \
            or not breaks_down_running_text(data, [[item_text(f) or ""] for f in fields], path):
        return path, items
    return None  # an OCR service's page: printed blocks naming no one beside its full text, whose labels name them


def holds_turn_list(line: str) -> bool:
    """Whether a line of text is a JSON document holding a list of turns (``find_turn_list``)."""
    try:
        return find_turn_list(json.loads(line)) is not None
    except (ValueError, RecursionError):
        return False


def running_text(data: object) -> tuple[str, str] | None:
    """Where a document keeps its transcript as running text (Apache Tika's ``content`` of a PDF, a scraper's
    ``text`` or ``transcript``, its paragraphs on lines or three spaces apart, a parliament's API's HTML): its
    longest string of ``MIN_RUNNING_LINES`` lines or HTML paragraphs at least, with its path; or, where a list's
    items each hold such a string under one key (a dataset's dialogues, ``data[0].src``, ``data[1].src``…), all
    of them in order, if together they are longer. None if it has none."""
    groups: dict[str, list[tuple[str, str]]] = {}
    for node, path, _ in walk(data):
        if isinstance(node, str) and "\n" not in node and len(_GAP.findall(node)) >= MIN_RUNNING_LINES:
            node = _GAP.sub("\n\n", node)  # a transcript scraped into one line, its paragraphs spaces apart
        if isinstance(node, str) and "\n" not in node and _TRANSCRIPT_KEY.search(path) and len(
                node.split()) >= MIN_TRANSCRIPT_WORDS:  # a video's "fullTranscript", punctuated, on one line
            node = _SENTENCE_END.sub("\n", node)
        if isinstance(node, str) and node.count("\n") + node.count("<p") >= MIN_RUNNING_LINES and not _encoded(node):
            groups.setdefault(LIST_INDEX.sub("[*]", path), []).append((path or "(top level)", node))  # data[*].src
    best = max(groups.values(), key=lambda texts: sum(len(text) for _, text in texts), default=None)
    return (best[0][0], "\n\n".join(text for _, text in best)) if best else None


_TRANSCRIPT_KEY = re.compile(r"(?i)transcri(?:pt|ption)$")  # the key a document names its transcript by
MIN_TRANSCRIPT_WORDS = 200  # in such a string on one line, for it to be running text
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
_ENCODED_RUN = re.compile(r"[A-Za-z0-9+/]{40,}")  # base64 of a file or of numbers (MyTake's word timings)


def _encoded(text: str) -> bool:
    """Whether most of a string is encoded data, runs of base64 without a space, not words."""
    return 2 * sum(map(len, _ENCODED_RUN.findall(text))) > len(text)


MIN_TITLED = 4  # items of a list of turns whose recurring titles name its speakers
MAX_TITLE_SHARE = 0.5  # distinct titles among those items, at most


def titles_as_speakers(items: list[Any]) -> list[object] | None:
    """Each item's ``title`` where a list of turns names no speaker otherwise but titles its items again and again
    (a council record's ``{"title": "主席", "content": "…"}``, the title empty for an event): its titles are who
    speaks; None where they do not recur so (a list of articles, each titled once)."""
    titles = [clean_line(item["title"]) if isinstance(item, dict) and isinstance(item.get("title"), str) else ""
              for item in items]
    named = [title for title in titles if title]
    if len(named) < MIN_TITLED or len(set(named)) > MAX_TITLE_SHARE * len(named):
        return None
    return [title or None for title in titles]


def breaks_down_running_text(data: object, rows: list[list[str]], rows_at: str | None = None) -> bool:
    """Whether a document's rows break down a running text it holds whole, no shorter than they are (a news
    transcript's sentences scored one by one beside the transcript): the text, read by its labels, is the
    transcript. The rows' own texts (under ``rows_at``, a Diet watch's long speeches) are not such a whole."""
    text = running_text(data)
    own = rows_at is not None and text is not None and LIST_INDEX.sub("[*]", text[0]).startswith(
        f"{LIST_INDEX.sub('[*]', rows_at)}[*]")
    return text is not None and not own and len(text[1]) >= sum(len(cell) for row in rows for cell in row)


def _collections(data: object, path: str, items: list[Any]) -> tuple[str, list[Any]]:
    """The turns found with those of every other list of turns naming their speakers, in document order, where a
    document keeps several collections (a dataset's city assemblies under ``local[*].proceeding`` and the Diet's
    under ``diet[*].speechRecord``, each a list of sittings holding turns); with their paths. A list repeating any
    of their words, inside a turn, beside the turns in the same record or in none (an episode's ``comments``, a
    page's ``highlights``), or of fewer than ``MIN_COLLECTION_TURNS`` in all, is no other collection."""
    chosen = LIST_INDEX.sub("[*]", path)
    parent = chosen.rpartition(".")[0]
    texts = {item_text(turn_fields(x)) for x in items if isinstance(x, dict)}
    found: dict[str, list[Any]] = {}
    for node, concrete, _ in walk(data):
        if (at := LIST_INDEX.sub("[*]", concrete)) == chosen:
            found.setdefault(chosen, [])  # its place among the others
        elif isinstance(node, list) and not (at.startswith(chosen) or chosen.startswith(at)) and "[*]" in parent \
                and "[*]" in (beside := at.rpartition(".")[0]) and beside != parent:
            named = [x for x in node if isinstance(x, dict) and item_text(f := turn_fields(x)) is not None
                     and speaker_of(f)]
            if len(named) >= max(2, MIN_FOUND_SHARE * len(node)):
                found.setdefault(at, []).extend(named)
    others = {at for at, turns in found.items() if at != chosen and len(turns) >= MIN_COLLECTION_TURNS
              and not texts & {item_text(turn_fields(x)) for x in turns}}
    if not others:
        return path, items
    order = [at for at in found if at == chosen or at in others]
    return ", ".join(order), [x for at in order for x in (items if at == chosen else found[at])]


def with_cast_names(data: object, items: list[Any]) -> list[Any]:
    """The turns with the names a cast list elsewhere in the document gives the ids they name their speakers by
    (``{"characterId": "nob", …}`` beside ``{"id": "nob", "displayName": "Nob"}``, a rehearsal app's script, or
    ``{"speakers": {"S10": {"name": "Kai Vare"}}}``, a speech recogniser's map of its speaker codes); items whose
    speaker no cast entry names stay as they were."""
    cast: dict[str, str] = {}
    for node, _, _ in walk(data):
        if not isinstance(node, dict):
            continue
        if isinstance(node.get("id"), str) and (name := _cast_name(node)) is not None:
            cast.setdefault(node["id"], name)
        for key, value in node.items():
            if isinstance(value, dict) and (name := _cast_name(value)) is not None:
                cast.setdefault(key, name)
    if not cast:
        return items
    out = []
    for item in items:
        fields = turn_fields(item)
        if not isinstance(fields, dict):
            out.append(item)
            continue
        key = next((k for k in SPEAKER_KEYS if isinstance(fields.get(k), str)), None)
        out.append({**fields, key: cast[fields[key]]} if key and fields[key] in cast else item)
    return out


def _cast_name(node: dict[Any, Any]) -> str | None:
    """The name a cast entry gives (one of ``NAME_KEYS``), where the entry holds no words of its own."""
    fields = _own_fields(node)
    name = next((fields[k] for k in NAME_KEYS if isinstance(fields.get(k), str) and fields[k].strip()), None)
    return name if name is not None and item_text(fields) is None else None


def speaker_of(item: object) -> bool:
    """Whether an item names its speaker in one of ``SPEAKER_KEYS``."""
    return isinstance(item, dict) and any(given(named(item.get(k))) for k in SPEAKER_KEYS)


def given(value: object) -> bool:
    """A speaker field with something in it: a number (not a flag), or a string other than blank or ``Unknown``
    (a name field left unresolved says less than the diarization label beside it)."""
    if isinstance(value, str):
        return bool(value.strip()) and not UNRESOLVED_LABEL.match(value)
    return isinstance(value, int) and not isinstance(value, bool)


def item_text(item: dict[str, Any]) -> str | None:
    """An item's words: the first ``TEXT_KEYS`` field holding a string, or a list of strings and text pieces; else
    its ``LANGUAGE_KEYS`` fields, a paragraph each."""
    for key in TEXT_KEYS:
        value = item.get(key)
        if isinstance(value, list) and value and all(isinstance(v, str | dict) for v in value):
            mixed = any(isinstance(v, str) for v in value) and any(isinstance(v, dict) for v in value)
            pieces = [v if isinstance(v, str) else str(_own_fields(v).get("text", "")) for v in value]
            short = sorted(map(len, pieces))[len(pieces) // 2] <= MAX_TOKEN_CHARS  # Telegram's pieces, and subword
            spaced = mixed or (short and any(p[:1] == " " for p in pieces[1:]))  # tokens (" Ba", "ust"), carry spaces
            value = ("" if spaced else " ").join(pieces)  # lines and blocks do not
        if isinstance(value, str):
            return value
    versions = item.get("words")  # a game's line and its translation, "Words": ["后厨不接待客人。", "Kitchen is…"]
    if isinstance(versions, str | list) and (said := _strings(versions)):
        return "\n\n".join(said)
    lines = [value for key, value in item.items() if key in LANGUAGE_KEYS and isinstance(value, str) and value.strip()]
    return "\n\n".join(lines) if lines else None


def named(value: object) -> object:
    """A speaker field's value, or for an object naming a person (``{"name": …, "nickname": …}``, keys in any case,
    camel case too) its best name; a name kept in several languages (``"Name": ["James O'Sullivan", "James
    O'Sullivan"]``) is one person, its versions apart by a slash where they differ."""
    if isinstance(value, dict):
        fields = _snake_keys(value)
        found = next((v for v in (fields.get(k) for k in NAME_KEYS) if isinstance(v, str | list) and _strings(v)),
                     None)
        return " / ".join(_strings(found)) if found is not None else None
    if isinstance(value, list) and value and all(isinstance(v, str) and v.strip() for v in value):
        return " & ".join(v.strip() for v in value)  # people speaking together, no short form of either
    return value


def _strings(value: str | list[Any]) -> list[str]:
    """The distinct non-blank strings of a value that is a string or a list of nothing but strings, in order."""
    values = [value] if isinstance(value, str) else value
    if not all(isinstance(v, str) for v in values):
        return []
    return list(dict.fromkeys(v.strip() for v in values if v.strip()))


def first(item: dict[str, Any], keys: tuple[str, ...]) -> Any:
    return next((item[k] for k in keys if k in item), None)
