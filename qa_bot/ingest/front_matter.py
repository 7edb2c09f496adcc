"""YAML front matter and the field blocks sites and archives put atop a transcript: its title, date and the like.

A Jekyll or Hugo page opens with ``---``, YAML, ``---``; an archive's text with ``Key: value`` lines between two
HTML comments. The mapping a site keeps a page's own fields under (Hugo's ``params:``, a theme's ``meta:``) gives
its keys too, where the top level lacks them; other nested mappings (``seo:``, ``comments:``) are no page's.
"""

from __future__ import annotations

import re
from typing import Any

from qa_bot.errors import IngestError
from qa_bot.ingest.json_search import find_turn_list

_FRONT_MATTER_END = ("---", "...")
_PLAIN_FIELD = re.compile(r"^([^\W\d][\w ]{0,40}):(?:\s+(.*))?$")
MAX_FRONT_MATTER_LINES = 200  # where a front matter's closing line is looked for first
_CONTAINERS = ("params", "meta", "extra")  # keys a site keeps a page's own fields under (Hugo's, a theme's, Zola's)


def front_matter(lines: list[str], source: str) -> tuple[dict[str, Any], int]:
    """The YAML front-matter mapping and the index of the line after it (``{}, 0`` when there is none); a block
    of ``Key: value`` lines between two HTML comment lines (an archive's ``<!--start metadata-->``) is one too.

    Its closing ``---`` is looked for in the first ``MAX_FRONT_MATTER_LINES`` lines, where a broken block is an
    error; further down (a podcast site's front matter may hold the whole transcript) only a mapping holding a
    list of turns or a ``transcript`` counts, since a ``---`` far down may be a rule closing no front matter."""
    if lines and _COMMENT_LINE.match(lines[0].strip()):  # "<!--start metadata-->", fields, "<!--end metadata-->"
        end = next((i for i, line in enumerate(lines[1:MAX_FRONT_MATTER_LINES], 1) if _COMMENT_LINE.match(line)), 0)
        fields = _plain_fields(lines[1:end]) if end else {}
        return (fields, end + 1) if fields else ({}, 0)
    if not lines or lines[0].strip() != "---":
        return {}, 0
    end = next((i for i, line in enumerate(lines[1:], 1) if line.strip() in _FRONT_MATTER_END), None)
    if end is None:
        return {}, 0
    import yaml

    near = end <= MAX_FRONT_MATTER_LINES
    try:
        data = yaml.safe_load("\n".join(lines[1:end]))
    except yaml.YAMLError as exc:
        if not near:
            return {}, 0
        unquoted = getattr(exc, "problem", "") in _UNQUOTED_PROBLEMS  # "title: A: B", a value's second line
        if unquoted and (fields := _plain_fields(lines[1:end])):
            return fields, end + 1
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 2}" if mark is not None else ""
        raise IngestError(source, f"malformed front matter{where}: {getattr(exc, 'problem', None) or exc}") from exc
    except (ValueError, RecursionError) as exc:  # e.g. an impossible date such as 2021-02-30
        if not near:
            return {}, 0
        raise IngestError(source, f"malformed front matter: {exc}") from exc
    if data is None:
        return {}, end + 1
    if not isinstance(data, dict) or not (near or find_turn_list(data) or isinstance(data.get("transcript"), str)):
        if not near:
            return {}, 0  # far down, only a block that holds the transcript's turns is front matter
        raise IngestError(source, "front matter is not a mapping of keys such as title and date")
    nested = {str(k).casefold(): v for key in _CONTAINERS if isinstance(value := data.get(key), dict)
              for k, v in value.items()}
    return {**nested, **{str(k).casefold(): v for k, v in data.items()}}, end + 1


_COMMENT_LINE = re.compile(r"^\s*<!--.*-->\s*$")  # an HTML comment alone on a line
_UNQUOTED_PROBLEMS = ("mapping values are not allowed here", "could not find expected ':'")


def _plain_fields(lines: list[str]) -> dict[str, Any]:
    """Front matter that YAML refuses for a colon inside a value or a value's line of its own, read as a person
    would: each line a key, a colon and its value, a line with no key going on with the value above it (a video's
    description, its links); empty unless the first line and most lines are fields."""
    filled = [line.strip() for line in lines if line.strip()]
    found = [_PLAIN_FIELD.match(line) for line in filled]
    if not found or not found[0] or 2 * sum(map(bool, found)) < len(found):
        return {}
    fields: dict[str, Any] = {}
    key = ""
    for line, m in zip(filled, found, strict=True):
        if m:
            key = m.group(1).strip().casefold()
            fields[key] = (m.group(2) or "").strip()
        else:
            fields[key] = f"{fields[key]}\n{line}".strip()
    return fields
