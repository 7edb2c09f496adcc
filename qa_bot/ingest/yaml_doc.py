"""YAML documents (.yaml, .yml): the same data a JSON transcript holds, written another way.

A debate site's speeches (``- debater_name: Alec`` over ``content: …``), a static site's data file: parsed with
PyYAML (``safe_load``: no code runs) and read as JSON is (``json_turns``), speakers and words by their keys. A YAML
file holding no list of turns, or using aliases (which nest into a file beyond memory), is read as running text, as
it was before YAML had a reader of its own.
"""

from __future__ import annotations

import json

from qa_bot.errors import IngestError
from qa_bot.ingest.json_turns import parse_json
from qa_bot.ingest.plain import parse_plain
from qa_bot.types import Transcript

FORMAT = "yaml"


def looks_like_yaml(head: str) -> bool:
    """Never by content: much running text parses as YAML; a file is read as YAML by its extension only."""
    return False


def parse_yaml(text: str, transcript_id: str, source: str, default_title: str) -> Transcript:
    """Turns of a YAML document as JSON's are read; running text where it holds none, or does not parse."""
    import yaml

    class Unaliased(yaml.SafeLoader):
        """PyYAML's safe loader, refusing an alias where it meets one: in one pass, nothing expanded."""

        def compose_node(self, parent: yaml.Node | None, index: object) -> yaml.Node | None:
            if self.check_event(yaml.AliasEvent):
                raise ValueError("aliases")  # an alias repeats a node: nested, a few lines expand beyond memory
            return super().compose_node(parent, index)  # type: ignore[arg-type]

    try:
        loader = Unaliased(text)  # its reader refuses control characters at once
        try:
            data = loader.get_single_data()
        finally:
            loader.dispose()
        transcript = parse_json(json.dumps(data, default=str), transcript_id, source, default_title)
    except (yaml.YAMLError, IngestError, RecursionError, TypeError, ValueError):  # TypeError: dates as keys
        return parse_plain(text, transcript_id, source, default_title)
    transcript.format = transcript.format.replace("json", FORMAT, 1)
    return transcript
