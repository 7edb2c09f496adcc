"""Paths into a JSON document: every value with where it sits (``sections[0].turns``), and the same place in each
of its like parts (``sections[*].turns``, ``pages.*.blocks``), which the search for a document's turns goes by."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

LIST_INDEX = re.compile(r"\[\d+\]")  # a list's index in a path: "[8].sections[1].rows" is one of "[*].sections[*].rows"


def walk(data: object) -> Iterator[tuple[object, str, int]]:
    """Every value of a JSON document, the document itself first, with its path (``sections[0].turns``) and depth."""
    pending: list[tuple[object, str, int]] = [(data, "", 0)]
    while pending:
        node, path, depth = pending.pop()
        yield node, path, depth
        children = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
        pending += reversed([(v, child_path(path, k), depth + 1) for k, v in children])


def child_path(path: str, key: str | int) -> str:
    """The path of a value inside the one at ``path``: ``sections[0]``, ``sections[0].turns``."""
    return f"{path}[{key}]" if isinstance(key, int) else f"{path}.{key}" if path else str(key)


def with_siblings(data: object, path: str, items: list[Any]) -> tuple[str, list[Any]]:
    """The turns of every list at the search's path but for its indices, in document order: ``sections[0].turns``
    is the first section's (an argument before the Supreme Court has one per advocate), ``sections[*].turns`` all
    of them; ``[*].sections[*].lines`` every section of every script a rehearsal app keeps."""
    patterns = list(generic_paths(data))
    pattern = next((at for node, at in patterns if node is items), LIST_INDEX.sub("[*]", path))
    if pattern == path:
        return path, items
    found = [x for node, at in patterns if isinstance(node, list) and at == pattern for x in node]
    return (pattern, found) if len(found) > len(items) else (path, items)


def generic_paths(data: object) -> Iterator[tuple[object, str]]:
    """Every value of a JSON document with its path, each list index as ``[*]`` and each key of an object of
    like values (``_alike``) as ``*``: a transcript's pages keyed ``"Page 001"``, ``"Page 002"``, each holding its
    blocks, are ``pages.*.blocks``; a dataset's conversations keyed by their ids, each a list of turns, ``*``."""
    pending: list[tuple[object, str]] = [(data, "")]
    while pending:
        node, path = pending.pop()
        yield node, path
        if isinstance(node, list):
            pending += reversed([(v, f"{path}[*]") for v in node])
        elif isinstance(node, dict):
            alike = _alike(list(node.values()))
            pending += reversed([(v, child_path(path, "*" if alike else k)) for k, v in node.items()])


MIN_KEYED_LISTS = 3  # lists of like objects under as many keys, for the keys to be ids (conversations)


def _alike(values: list[object]) -> bool:
    """Whether an object's values are alike, so that its keys are ids, not fields: objects sharing most keys, or
    lists of such objects (a dataset's conversations keyed by their ids, each a list of turns; a chat export's
    "participants" and "messages" are not)."""
    shapes = [v if isinstance(v, dict) else v[0] for v in values
              if isinstance(v, dict) or (isinstance(v, list) and v and isinstance(v[0], dict))]
    lists = any(isinstance(v, list) for v in values)  # a schema's "results" and "chapters" are two lists, not ids
    if len(values) < (MIN_KEYED_LISTS if lists else 2) or len(shapes) < len(values) or len(set(map(type, values))) > 1:
        return False
    return len(set.intersection(*(set(s) for s in shapes))) * 2 >= len(set().union(*shapes))
