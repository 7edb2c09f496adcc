"""Exceptions the library raises. Entry points turn them into one-line messages."""

from __future__ import annotations


class QABotError(Exception):
    """Base class for every error a user can cause and fix (bad input, missing index)."""


class IngestError(QABotError):
    """A transcript file could not be read; the message names the file and the reason."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class IndexNotFoundError(QABotError):
    """There is no index at the given folder."""


class IndexMismatchError(QABotError):
    """The index was built with another model, dimension or format version, or is damaged."""


class FilterError(QABotError):
    """A search filter names a speaker, transcript or date that cannot be used."""


class IndexUnavailableError(QABotError):
    """The server holding the index cannot be reached (down, wrong address, refused credentials)."""
