"""Where an index lives: a folder, or a named index on a Milvus server or in a Milvus Lite file.

    embeddings/default                   a folder (manifest + FAISS + SQLite)
    milvus://HOST:PORT/NAME              a Milvus server or cluster (plain gRPC)
    milvus+https://HOST:PORT/NAME        the same over TLS
    milvus-lite:PATH.db/NAME             Milvus Lite, embedded in this process, data in PATH.db

A Milvus server that wants a token gets ``$MILVUS_TOKEN`` (``config.environment``).
Every entry point parses a location here and nowhere else.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from qa_bot.config import environment
from qa_bot.errors import QABotError

_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,99}$")
_SCHEMES = {"milvus": "http", "milvus+https": "https"}
SYNTAX = "a folder, milvus://HOST:PORT/NAME, milvus+https://HOST:PORT/NAME or milvus-lite:PATH.db/NAME"


@dataclass(frozen=True)
class FolderLocation:
    """An index folder (the default store)."""

    path: Path

    def __str__(self) -> str:
        return str(self.path)


@dataclass(frozen=True)
class MilvusLocation:
    """A named index in Milvus: ``uri`` is what ``pymilvus.MilvusClient`` connects to.

    ``text`` is the location as the user wrote it (for messages and commands);
    ``token`` the credentials the server wants, if any (never shown).
    """

    text: str
    uri: str
    name: str
    token: str | None = None

    def __str__(self) -> str:
        return self.text

    def __repr__(self) -> str:  # keeps the token out of logs and tracebacks
        return f"MilvusLocation({self.text!r})"

    @property
    def embedded(self) -> bool:
        """Whether this is a Milvus Lite file that this process serves itself."""
        return self.text.startswith("milvus-lite:")


Location = FolderLocation | MilvusLocation


def parse_location(location: str | Path | Location) -> Location:
    """The index location that ``location`` names; ``QABotError`` for a malformed Milvus one.

    Anything that is not a Milvus location is a folder, as before Milvus was supported.
    """
    if isinstance(location, (FolderLocation, MilvusLocation)):
        return location
    if isinstance(location, Path):
        return FolderLocation(location)
    text = str(location).strip()
    if text.startswith("milvus-lite:"):
        path, _, name = text[len("milvus-lite:"):].rpartition("/")
        if not path.endswith(".db"):
            raise QABotError(f"index location {text!r}: Milvus Lite keeps its data in a file ending in .db, "
                             "as in milvus-lite:embeddings/archive.db/default")
        return MilvusLocation(text, str(Path(path).expanduser()), _checked_name(name, text))
    scheme, sep, rest = text.partition("://")
    if not sep or scheme.lower() not in _SCHEMES:
        if scheme.lower().startswith("milvus"):
            raise QABotError(f"index location {text!r}: unknown scheme {scheme!r}; an index location is {SYNTAX}")
        return FolderLocation(Path(text))
    address, _, name = rest.partition("/")
    if not re.fullmatch(r"[A-Za-z0-9.\-\[\]:]+:\d+", address):
        raise QABotError(f"index location {text!r}: expected HOST:PORT after {scheme}://, "
                         f"as in {scheme}://127.0.0.1:19530/default")
    return MilvusLocation(text, f"{_SCHEMES[scheme.lower()]}://{address}", _checked_name(name, text),
                          environment().milvus_token)


def _checked_name(name: str, text: str) -> str:
    if not _NAME.match(name):
        raise QABotError(
            f"index location {text!r}: the index name {name!r} must start with a letter or '_' and hold only "
            "letters, digits and '_' (at most 100), as Milvus names collections"
        )
    return name
