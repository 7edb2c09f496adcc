"""JSON documents that keep their transcript as text, not as turns: lines of text one string each
(``string_lines``), blocks of a page's printed lines (``string_blocks``), rows of cells (``cell_rows``) and a page's
HTML in many strings (``html_strings``); each found by its shape, with the path it was read at."""

from __future__ import annotations

from collections import Counter
from typing import Any

from qa_bot.ingest.blocks import labelled_count
from qa_bot.ingest.json_paths import LIST_INDEX, walk
from qa_bot.ingest.json_search import HTML_BLOCK, MAX_SEARCH_DEPTH, MIN_FOUND_SHARE, MIN_RUNNING_LINES

MIN_LINE_WORDS = 4  # of most keys of an object whose values are all null, for its keys to be a text's lines
MIN_STRING_LINES = 5  # strings of one object or list that make a document kept as lines of text (``string_lines``)


def string_lines(data: object) -> tuple[str, list[str]] | None:
    """Where a document keeps its transcript as lines of text, one string each (``{"001": "D: ¿qué más?",
    "002": "AH: y atole"}``, a list of strings, or an object's keys, every value null): the object or list within
    ``MAX_SEARCH_DEPTH`` levels with the most strings, ``MIN_STRING_LINES`` at least and ``MIN_FOUND_SHARE`` of its
    values; with its path."""
    best: tuple[int, str, list[str]] | None = None
    for node, path, depth in walk(data):
        if depth > MAX_SEARCH_DEPTH or not isinstance(node, dict | list):
            continue
        values = list(node.values()) if isinstance(node, dict) else node
        if isinstance(node, dict) and node and all(v is None for v in values) and _worded_keys(node):
            values = list(node)  # lines kept as an object's keys, as a set is ({"Aabria: Hello…": null, …})
        strings = [v for v in values if isinstance(v, str) and v.strip()]
        enough = len(strings) >= max(MIN_STRING_LINES, MIN_FOUND_SHARE * len(values))
        if enough and (not best or len(strings) > best[0]):
            best = (len(strings), path or "(top level)", strings)
    return (best[1], best[2]) if best else None


def _worded_keys(node: dict[Any, Any]) -> bool:
    """Whether most of an object's keys are lines of words (``MIN_LINE_WORDS`` or more), not settings'
    (``{"DATABASE_URL: postgres://…": null}``)."""
    return 2 * sum(isinstance(key, str) and len(key.split()) >= MIN_LINE_WORDS for key in node) > len(node)


def string_blocks(data: object) -> tuple[str, list[str]] | None:
    """Where a document keeps its transcript as blocks of printed lines, a list of strings each (a gazette's
    ``blocks``, each a speaker's paragraph wrapped as the page printed it: ``["主席：本日會議邀請…", "  實際作法…"]``):
    the list within ``MAX_SEARCH_DEPTH`` levels with the most blocks, ``MIN_STRING_LINES`` at least and
    ``MIN_FOUND_SHARE`` of its items; each block its lines, one a line; with its path."""
    best: tuple[int, str, list[str]] | None = None
    for node, path, depth in walk(data):
        if depth > MAX_SEARCH_DEPTH or not isinstance(node, list):
            continue
        blocks = [x for x in node if isinstance(x, list) and x and all(isinstance(line, str) for line in x)]
        if len(blocks) >= max(MIN_STRING_LINES, MIN_FOUND_SHARE * len(node)) and (not best or len(blocks) > best[0]):
            best = (len(blocks), path or "(top level)", ["\n".join(block) for block in blocks])
    return (best[1], best[2]) if best else None


def cell_rows(data: object) -> tuple[str, list[list[str]]] | None:
    """Where a document keeps its transcript as rows of cells, a list of strings each (a hearing's ``testimony``
    of ``[speaker, words, gender]``): the lists within ``MAX_SEARCH_DEPTH`` levels of ``MIN_STRING_LINES`` such
    rows or more, ``MIN_FOUND_SHARE`` of their items, two cells or more each; where several lists sit at one path
    but for their indices (a drama's episodes, each its scenes' ``rows``), all of them in document order, the
    path that holds the most rows. With that path (``[*].sections[*].rows``). Not where most rows differ in width
    or most cells open with a speaker's label (a dataset's dialogues, each a list of ``病人：…`` / ``医生：…``
    lines: blocks of lines, ``string_blocks``)."""
    found: dict[str, list[list[str]]] = {}
    for node, path, depth in walk(data):
        if depth > MAX_SEARCH_DEPTH or not isinstance(node, list):
            continue
        rows = [[str(c) for c in x] for x in node if isinstance(x, list) and len(x) >= 2
                and all(isinstance(c, str | int | float) and not isinstance(c, bool) for c in x)]
        if rows and len(rows) >= MIN_FOUND_SHARE * len(node):
            found.setdefault(LIST_INDEX.sub("[*]", path) or "(top level)", []).extend(rows)
    best = max(found.items(), key=lambda item: len(item[1]), default=None)
    if best is None or len(best[1]) < MIN_STRING_LINES:
        return None
    widths = Counter(len(row) for row in best[1])  # a table's rows are as wide as one another; dialogues are not
    cells = [cell for row in best[1] for cell in row]  # nor do a table's cells open with labels, as dialogues' lines do
    return best if 2 * widths.most_common(1)[0][1] >= len(best[1]) and 2 * labelled_count(cells) < len(cells) else None


def html_strings(data: object) -> tuple[str, list[str]] | None:
    """Where a document keeps a page's HTML in many strings (a blog post's ``body`` of ``{"type": "text",
    "output": "<strong>Lat:</strong> …<br>…"}`` blocks): every string holding HTML blocks, in document order, with
    the first one's path, if together they hold ``MIN_RUNNING_LINES`` blocks or more; else None."""
    found = [(path, node) for node, path, _ in walk(data) if isinstance(node, str) and HTML_BLOCK.search(node)]
    if sum(len(HTML_BLOCK.findall(text)) for _, text in found) < MIN_RUNNING_LINES:
        return None
    return found[0][0] or "(top level)", [text for _, text in found]
