"""Chat logs: IRC, Matrix and meeting-bot logs (``[17:07] <nick> text``) and messenger exports, a message a line.

A line is a message when a nick in angle brackets opens it, after an
optional time stamp (``[2020-03-03T17:07:31.110Z]``, ``17:07:31``,
``2020-03-03 17:07``), separated by spaces or tabs; a channel mode sign
(``<@nick>``, ``<+nick>``) is not part of the nick. Consecutive messages of
one nick form a turn; a turn's time is counted from the first message, and
the log's date is read from its stamps. Network lines (joins, ``* nick``
actions, ``-!-``) and what people type to the meeting's bots (``q+``,
``ack nick``, ``present+``, ``s/old/new/`` corrections, lines by Zakim or
RRSAgent) are left out.

Messenger exports (WhatsApp, Signal) and Zoom's saved meeting chat
(``10:02:33 From Ann Lee to Everyone:``) open each message with its date or
time, then the sender's name and a colon (``12/31/20, 9:41 PM - Ann Lee:
text``, ``[31.12.20, 21:41:05] Ann Lee: text``); a line without a date goes
on with the message before it, and the app's own lines (``Messages and calls
are end-to-end encrypted``, ``<Media omitted>``) are left out.

Scribed meetings, as W3C groups hold them on IRC: whoever is named by
``scribe: nick`` (or ``scribenick:``, or says ``scribe+``) types what others
say as ``Name: text`` and goes on with ``... text``. Those lines are
credited to the person named, not to the scribe (a second scribe who takes
over undeclared is known by three ``...`` lines); a scribe's line naming no
one (a note, a summary) is credited to no one, and ``Topic:``,
``Resolved:`` and the like are kept as such notes. In a log nobody scribes,
``nick: text`` is one person addressing another, and stays the typist's.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections import Counter
from difflib import get_close_matches

from qa_bot.errors import IngestError
from qa_bot.ingest.metadata import first_date
from qa_bot.ingest.speakers import UNKNOWN_SPEAKER, Utterance, build_turns
from qa_bot.text import clean_line, clock_seconds
from qa_bot.types import Transcript

FORMAT = "chat log"
_STAMP = r"\[[^\]\n]{4,40}\]|\d{4}-\d{2}-\d{2}[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?|\d{1,2}:\d{2}(?::\d{2})?"
# "<" nick ">": no spaces, quotes, "=" or "/" inside, so markup (<html>, <a href="…">, </p>) is never a nick
_NICK = r"<[@+%&~ ]?(?P<nick>[^\s<>\"'=/]{1,40})>"  # irssi writes "<@op>", "<+voiced>", "< plain>"
_MESSAGE = re.compile(rf"^(?:(?P<stamp>{_STAMP})[ \t]+)?{_NICK}(?:[ \t]+|$)(?P<text>.*)$")
# Messenger exports (WhatsApp, Signal): "12/31/20, 9:41 PM - Ann Lee: text" or "[31.12.20, 21:41:05] Ann Lee: text".
_DATED = re.compile(r"^\u200e?\[?(?P<stamp>\d{1,4}[./-]\d{1,2}[./-]\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?"
                    r"(?:\s?[AaPp]\.?\s?[Mm]\.?)?)\]?(?:\s+-)?\s+(?P<nick>[^:\n\"“]{1,60}?):\s(?P<text>.*)$")
# Zoom's saved meeting chat: "10:02:33\t From  Ann Lee : text", or "10:02:33 From Ann Lee to Everyone:" over the text.
ZOOM_MESSAGE = re.compile(r"^(?P<stamp>\d{1,2}:\d{2}:\d{2})\s+From\s+(?P<nick>[^\s:][^:\n]{0,120}?)"
                   r"(?:\s+to\s+[^:\n]{1,60}?)?\s*:\s*(?P<text>.*)$")
_DATE_FIRST = re.compile(r"^\u200e?\[?\d{1,4}[./-]\d{1,2}[./-]\d{2,4},?\s+\d{1,2}:\d{2}")  # any dated line
_ATTACHMENT = re.compile(r"^\u200e?(?:<Media omitted>|<attached: [^>]*>|(?:image|video|audio|sticker|GIF|document) "
                         r"omitted|This message was deleted|You deleted this message|"
                         r"Reacted to \".*\" with \S+)$", re.I)  # Zoom's reactions
_NUMERIC_DATE = re.compile(r"^\u200e?\[?(\d{1,2})[./-](\d{1,2})[./-](\d{2}|\d{4})\b")
_CLOCK = re.compile(r"(\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(?:\s?(?P<half>[AaPp])\.?\s?[Mm]\b)?")
# An IRC client's line for the network, not a person: "*** Quits: …", "-bot- notice", "--> joined", "* nick waves".
_NETWORK = re.compile(rf"^(?:(?:{_STAMP})[ \t]+)?(?:\*{{1,3}}|-[^\s-]\S*-|-->|<--|--)\s")
# A web client's copy of a channel: "11:09 AM <una> Una Kravets" over the message's lines, "11:12 AM" alone over
# more lines of the same sender; "— github-bot …", "→ scotto joined", "tantek_ → tantek" are the network's.
_CLIENT_HEAD = re.compile(r"^(?P<stamp>\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp][Mm])?)(?:\s+<(?P<nick>[^\s<>\"'=/@+]"
                          r"[^\s<>\"'=/]{0,39})>(?:\s+[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,4})?)?\s*$")
_CLIENT_NETWORK = re.compile(r"^(?:[—→←]\s|\S+\s+→\s+\S+$)")
# DiscordChatExporter's text export, known by its opening: "[31-Jul-19 07:37 PM] Gordon Komodo#7477" over each
# message's lines; "{Reactions}", "{Attachments}" and the lines under them, to a blank line, are the app's.
_EXPORT_HEADER = re.compile(r"^={10,}\s*\nGuild: [^\n]*\nChannel: ")
_EXPORT_HEAD = re.compile(r"^\[(?P<stamp>[^\]\n]{0,24}\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp][Mm])?)\]\s+"
                          r"(?P<nick>\S.{0,79})$")
# A bot's archive of a Discord thread: "[2026-04-11T11:18:56.831000+00:00] theogre (id=1492484093194272919)" over
# the message's indented lines, "[reply to gwyntel msg=…]" among them the app's
_ARCHIVE_HEAD = re.compile(r"^\[(?P<stamp>\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}[\d:.]*(?:Z|[+-]\d{2}:?\d{2})?)\]\s+"
                           r"(?P<nick>[^\s<:][^\t<>:]{0,79}?)\s+\(id=\d+\)$")
_EXPORT_BLOCK = re.compile(r"^\{(?:Reactions|Attachments|Embeds?|Stickers)\}$")
_REPLY_NOTE = re.compile(r"^\[reply to [^\]\n]+\]$")  # a line of its own, the message's words around it
_MARKED_MESSAGE = re.compile(r"^\*\*\\<(?P<nick>[^<>\s*]{1,60}?)\\>\*\*[ \t]*(?P<text>.*?)[ \t]*$", re.M)
_UNESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!<>|])")  # Markdown's escapes: "sgp\_" is "sgp_"
MIN_MESSAGES = 4  # in the opening of a file, for it to be taken as a chat log
MIN_MESSAGE_SHARE = 0.5  # of its non-blank opening lines (joins and quits can be many)
MIN_CONTINUATIONS = 3  # "..." lines that make a nick a second, undeclared scribe in a scribed meeting
MIN_SCRIBED_LINES, MIN_SCRIBED_SHARE = 10, 0.6  # "Name: text" lines of a nick who scribes undeclared, and their share
MIN_SCRIBE_SHARE = 0.5  # of a log's messages, written by a nick who scribes undeclared
MIN_SCRIBED_PEOPLE = 3  # people such lines name (one person addressed again and again is a conversation)
CLOSE_NICK = 0.85  # similarity at which a scribed name is taken for a nick mistyped (difflib's ratio)
BOTS = frozenset({"zakim", "rrsagent", "trackbot", "github-bot", "ghurlbot", "agendabot"})
# What people type to the meeting's bots, not to each other.
_COMMAND = re.compile(
    r"^(?:(?:present|regrets|q|queue)\s*[+\-?](?:\s|$)|q\?$|ack\s+[\w\-]+\s*$|scribe(?:nick)?\b|"
    r"(?:zakim|rrsagent)\b|s/[^/]*/[^/]*/?\s*$|i/[^/]*/[^/]*/?\s*$)", re.I)
_SCRIBE = re.compile(r"^scribe(?:nick)?\s*(?::\s*(?P<named>[^\s,]+)|\+\s*(?P<added>[^\s,]*))", re.I)
_CONTINUED = re.compile(r"^(?:\.\.\.|…)\s*")
_SCRIBED = re.compile(r"^(?P<name>[^\W\d][\w.\-']{0,30}(?: [A-Z][\w.\-']{0,30}){0,2})\s*:\s+(?P<text>\S.*)$")
# What a scribe writes as a heading or a decision: kept as a note, credited to no one.
NOTE_WORDS = frozenset({
    "topic", "subtopic", "agenda", "action", "resolved", "resolution", "proposal", "proposed", "meeting",
    "chair", "chairs", "present", "regrets", "date", "note", "summary", "scribe", "scribenick", "minutes", "issue",
    "question", "decision", "decided", "agreed", "link",
})
# Element names that open lines of web pages and Markdown ("<br>", "<p>"): never a nick.
HTML_TAGS = frozenset({
    "html", "head", "body", "p", "br", "hr", "div", "span", "b", "i", "u", "em", "strong", "a", "ul", "ol", "li",
    "table", "tr", "td", "th", "tbody", "thead", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "code", "blockquote",
    "section", "article", "header", "footer", "nav", "main", "small", "sub", "sup", "center", "font", "tt", "img",
})


def looks_like_chat_log(head: str) -> bool:
    """True when most non-blank lines of a file's opening are ``<nick> text`` messages; the network's lines
    (``*** Joins: …``, a bot's ``-qtox-git-spam- …`` notice), however many, count neither way."""
    lines = _unmarked(head.lstrip("\ufeff")).splitlines()
    lines = [line for line in (lines if head.endswith("\n") else lines[:-1])
             if line.strip() and not _NETWORK.match(line)]  # the last line, cut, left out too
    if sum(bool(_DATE_FIRST.match(line)) for line in lines) >= MIN_MESSAGES:  # a messenger's export: an undated
        lines = [line for line in lines if _DATE_FIRST.match(line)]  # line goes on the message above, either way
    messages = sum(bool((m := _match(line)) and (m["text"].strip() or m.re is ZOOM_MESSAGE)  # Zoom's text is below
                        and m["nick"].lower() not in HTML_TAGS) and "</" not in line for line in lines)
    irc = messages >= MIN_MESSAGES and messages >= MIN_MESSAGE_SHARE * len(lines)
    return irc or _client_heads(lines) >= MIN_MESSAGES or _exported(head)


def _exported(text: str) -> bool:
    """Whether a text is an app's export of messages, each head over its lines: DiscordChatExporter's (known by
    its opening) or a bot's archive of a thread (``MIN_MESSAGES`` heads stamped in ISO 8601)."""
    heads = sum(bool(_ARCHIVE_HEAD.match(line)) for line in text.splitlines())
    return bool(_EXPORT_HEADER.match(text.lstrip("\ufeff"))) or heads >= MIN_MESSAGES


def _unmarked(text: str) -> str:
    """A log saved as Markdown (a site's meeting logs: ``**\\<sgp\\_\\>** We would like…``, nick in bold, its
    brackets and underscores escaped) as the log's own lines; other text as it is."""
    if "**\\<" not in text:
        return text
    def plain(m: re.Match[str]) -> str:
        nick, words = (_UNESCAPE.sub(r"\1", m[key]) for key in ("nick", "text"))
        return f"<{nick}> {words}"

    return _MARKED_MESSAGE.sub(plain, text)


def _client_heads(lines: list[str]) -> int:
    """How many lines are a web client's heads naming a sender over a message (a chat log's own line never is)."""
    return sum(bool((m := _CLIENT_HEAD.match(line.strip())) and m["nick"] and after.strip() and not _match(after))
               for line, after in itertools.pairwise(lines))


def _client_copy(text: str) -> str:
    """A web client's copy of a channel (``_CLIENT_HEAD`` lines over the messages) as ``[stamp] <nick> text``
    lines, one a message line; other text as it is."""
    lines = text.lstrip("\ufeff").splitlines()
    if _client_heads(lines) < MIN_MESSAGES:
        return text
    out, stamp, nick = [], None, None
    for line in map(str.strip, lines):
        if head := _CLIENT_HEAD.match(line):
            stamp, nick = head["stamp"], head["nick"] or nick
        elif line and nick and not _CLIENT_NETWORK.match(line):
            out.append(f"[{stamp}] <{nick}> {line}")
        elif line:
            nick = None if _CLIENT_NETWORK.match(line) else nick  # after a bot's line, only a named head goes on
    return "\n".join(out)


def parse_chat_log(text: str, transcript_id: str, source: str, default_title: str) -> Transcript:
    """One turn per run of messages by one person, scribed lines credited to whom they name; see the module."""
    messages = _relayed(_exported_messages(text) if _exported(text) else _messages(_client_copy(_unmarked(text))))
    if not messages:
        raise IngestError(source, "no chat messages found (expected lines like '[17:07] <nick> text')")
    scribes = _scribes(messages)
    people = {nick.lower(): nick for _, nick, _ in messages}
    first = _seconds(messages[0][0])
    utterances: list[Utterance] = []
    scribed: str | None = None  # whom the scribe's last line named
    for stamp, nick, words in messages:
        if not words or _COMMAND.match(words):
            continue
        seconds = _seconds(stamp)
        start = round(seconds - first, 3) if seconds is not None and first is not None and seconds >= first else None
        continued, named = _CONTINUED.match(words), _SCRIBED.match(words)
        if scribes and named and named["name"].split()[0].lower() in NOTE_WORDS:  # "Topic: …", "RESOLVED: …"
            utterances.append(Utterance(words, speaker=UNKNOWN_SPEAKER, start=start))
        elif nick not in scribes:
            utterances.append(Utterance(words, nick, start=start))
        elif continued and scribed:
            utterances.append(Utterance(words[continued.end():], scribed, start=start))
        elif named and (person := _person(named["name"], people)):
            scribed = person
            utterances.append(Utterance(named["text"], scribed, start=start))
        else:
            scribed = None
            utterances.append(Utterance(words, speaker=UNKNOWN_SPEAKER, start=start))
    if not utterances:
        raise IngestError(source, "the chat log holds only bot commands and network lines")
    date = _export_date([stamp for stamp, _, _ in messages])
    date, date_source = first_date(("metadata", date or messages[0][0] or ""))
    turns = build_turns(transcript_id, utterances, merge=True)
    transcript = Transcript(transcript_id, default_title, date, None, source, turns, FORMAT, date_source=date_source)
    irc = any(_MESSAGE.match(line) for line in text.splitlines())
    style = "<nick> messages" if irc else "date, time - Name: messages"
    transcript.label_convention = style + (f", scribed by {', '.join(sorted(scribes))}" if scribes else "")
    return transcript


# A bridge bot's message relaying another network's: the sender's nick first ("<milkeeycat> It's mostly fine…",
# "**<ChillerDragon>** its a german saying…")
_RELAYED = re.compile(r"^(?:\*\*)?<(?P<nick>[\w\-\[\]\\^{}|`]{1,32})>(?:\*\*)?\s+(?P<text>\S.*)$", re.S)
MIN_RELAYED, MIN_RELAYED_SHARE = 3, 0.5  # a bridge's relayed messages, and their share of all it sends


def _relayed(messages: list[tuple[str | None, str, str]]) -> list[tuple[str | None, str, str]]:
    """The messages with those a bridge relays credited to the nick that wrote them on the other network, not to
    the bridge: a sender most of whose messages, ``MIN_RELAYED`` or more, open with an IRC nick (``<milkeeycat>``,
    not a mention ``<@1492…>``, an address or an HTML tag)."""
    relayed = [m if (m := _RELAYED.match(words)) and m["nick"].lower() not in HTML_TAGS else None
               for _, _, words in messages]
    sent = Counter(nick for _, nick, _ in messages)
    relays = Counter(nick for (_, nick, _), m in zip(messages, relayed, strict=True) if m)
    bridges = {nick for nick, n in relays.items() if n >= MIN_RELAYED and n >= MIN_RELAYED_SHARE * sent[nick]}
    return [(stamp, m["nick"], m["text"]) if m and nick in bridges else (stamp, nick, words)
            for (stamp, nick, words), m in zip(messages, relayed, strict=True)]


_WRAPPED = re.compile(r"^\s{4,}\S")  # irssi's wrapping of a long message: the rest indented under its words


def _match(line: str) -> re.Match[str] | None:
    """A chat message's stamp, nick and text, in any of the styles read here."""
    return _MESSAGE.match(line) or _DATED.match(line) or ZOOM_MESSAGE.match(line)


def _messages(text: str) -> list[tuple[str | None, str, str]]:
    """(stamp, nick, words) of each message, bots' left out. In a messenger export a line that opens with no
    date goes on with the message before it (a message of several lines); in an IRC log such a line is the
    network's, and left out, unless indented under a message (the client wrapped it)."""
    messages: list[tuple[str | None, str, str]] = []
    exported = False  # whether the message before was a messenger's or Zoom's, whose text may go on below
    wraps = False  # whether the line before was an IRC message, which a client may wrap onto indented lines
    for line in text.lstrip("\ufeff").splitlines():
        m = _match(line)
        if m and m["nick"].lower() not in BOTS and m["nick"].lower() not in HTML_TAGS:
            messages.append((m["stamp"], m["nick"].strip(), clean_line(m["text"])))
            exported, wraps = m.re is not _MESSAGE, m.re is _MESSAGE
        elif exported and not line.strip():
            continue  # a blank line inside a message, or Zoom's "to Everyone:\r\r\n" before its text
        elif (exported and m is None and not _DATE_FIRST.match(line)) or (wraps and _WRAPPED.match(line)):
            stamp, nick, words = messages[-1]
            messages[-1] = (stamp, nick, f"{words}\n{clean_line(line)}".strip())
        else:
            exported = wraps = False
    return [(stamp, nick, words) for stamp, nick, words in messages if not _ATTACHMENT.match(words)]


def _exported_messages(text: str) -> list[tuple[str | None, str, str]]:
    """(stamp, name, words) of each message of a DiscordChatExporter text export (``_EXPORT_HEAD`` over its lines)
    or a bot's archive (``_ARCHIVE_HEAD``), the app's reactions, attachments and reply notes left out."""
    messages: list[tuple[str | None, str, str]] = []
    app = False
    for line in text.splitlines():
        line = clean_line(line)
        if _REPLY_NOTE.match(line):
            continue
        app = bool(_EXPORT_BLOCK.match(line)) or (app and bool(line))  # the app's block, to a blank line
        if head := _EXPORT_HEAD.match(line) or _ARCHIVE_HEAD.match(line):
            messages.append((head["stamp"], head["nick"], ""))
        elif messages and line and not app:
            stamp, nick, words = messages[-1]
            messages[-1] = (stamp, nick, f"{words}\n{line}".strip())
    return [message for message in messages if message[2]]


def _scribes(messages: list[tuple[str | None, str, str]]) -> set[str]:
    """The nicks that scribe the meeting: named by ``scribe: nick``, saying ``scribe+`` themselves, or
    going on with ``...`` lines as only a scribe does (a second scribe often takes over undeclared)."""
    nicks = {nick.lower(): nick for _, nick, _ in messages}
    scribes = set()
    for _, nick, words in messages:
        m = _SCRIBE.match(words)
        if m:
            named = m["named"] or m["added"] or nick
            scribes.add(nicks.get(named.lower(), named))
    scribes |= _undeclared_scribes(messages)
    if not scribes:  # "..." alone is how people trail off in chat; only a scribed meeting has second scribes
        return scribes
    continuing = Counter(nick for _, nick, words in messages if _CONTINUED.match(words))
    return scribes | {nick for nick, n in continuing.items() if n >= MIN_CONTINUATIONS}


def _undeclared_scribes(messages: list[tuple[str | None, str, str]]) -> set[str]:
    """Nicks that scribe without saying so: they write most of the log, and most of their many lines open with
    ``Name: text`` naming several people (a meeting's minutes copied from the client); not one person addressed
    again and again, nor a regular of a channel who answers several people by name."""
    lines: Counter[str] = Counter(nick for _, nick, words in messages if words)
    lines = Counter({nick: n for nick, n in lines.items() if n >= MIN_SCRIBE_SHARE * lines.total()})
    named: dict[str, list[str]] = {}
    for _, nick, words in messages:
        if (m := _SCRIBED.match(words)) and m["name"].split()[0].lower() not in NOTE_WORDS:
            named.setdefault(nick, []).append(m["name"].lower())
    return {nick for nick, names in named.items() if nick in lines and len(names) >= MIN_SCRIBED_LINES
            and len(names) >= MIN_SCRIBED_SHARE * lines[nick] and len(set(names)) >= MIN_SCRIBED_PEOPLE}


def _person(name: str, people: dict[str, str]) -> str | None:
    """Whom a scribed ``Name:`` names: a nick of the log (also as mistyped: ``ChistopherA``), or a
    capitalised name as written; None for a lower-case word that is no nick."""
    close = get_close_matches(name.lower(), people, n=1, cutoff=CLOSE_NICK)
    if close:
        return people[close[0]]
    return name if name[0].isupper() else None


def _export_date(stamps: list[str | None]) -> dt.date | None:
    """The first message's date in a messenger export (``12/31/20``, ``31.12.20``): day or month first as the
    export's other dates show (a first number over 12 is a day), two-digit years in this century; else None."""
    found = [tuple(int(n) for n in m.groups()) for stamp in stamps if (m := _NUMERIC_DATE.match(stamp or ""))]
    if not found:
        return None
    dotted = "." in (stamps[0] or "")  # 31.12.20: dots are written day first
    day_first = any(a > 12 for a, _, _ in found) or (dotted and not any(b > 12 for _, b, _ in found))
    a, b, year = found[0]
    day, month = (a, b) if day_first else (b, a)
    try:
        return dt.date(year + 2000 if year < 100 else year, month, day)
    except ValueError:
        return None


def _seconds(stamp: str | None) -> float | None:
    """The clock time in a message's stamp, in seconds since midnight (``17:01`` is hours and minutes), or None."""
    clock = _CLOCK.search(stamp or "")
    return clock_seconds(clock.group(0), hours_first=True) if clock else None
