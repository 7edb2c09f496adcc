"""What an index holds that a question is read against: its speakers, the people its titles
describe, the names its passages mention, and who said a quoted turn."""

from __future__ import annotations

import difflib
from collections.abc import Sequence

from qa_bot.errors import QABotError
from qa_bot.question import Person, QuestionReading, people_from_titles, proper_names, read_question
from qa_bot.store import Store
from qa_bot.types import ConversationContext

SPELLING = 0.75  # similarity (difflib) above which a name is taken for a misspelt speaker's


class Holdings:
    """Read-only facts about one open index, with the people it describes worked out once."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._people: list[Person] | None = None

    def speakers_in(self, transcripts: Sequence[str] | None) -> tuple[str, ...]:
        """Speakers of ``transcripts`` (None: the whole index), most turns first."""
        return tuple(name for name, _ in self.store.speaker_counts(transcripts))

    def people(self) -> list[Person]:
        """People the transcript titles and speaker names describe (office, country)."""
        if self._people is None:
            titles = [title for title, _ in self.store.transcript_info().values()]
            self._people = people_from_titles(titles, list(self.speakers_in(None)))
        return self._people

    def read(self, question: str, scope: Sequence[str], method: str) -> QuestionReading:
        """``question`` read on its own against ``scope``; speakers and dates only for the hybrid method."""
        if method != "hybrid":
            return read_question(question, (), with_dates=False)
        return read_question(question, scope, people=self.people(), with_dates=self.store.has_dates)

    def unheld(self, question: str) -> tuple[str, ...]:
        """The question's proper names (places, things) that no passage of the index holds.

        A name spelt close to a speaker's ("Pheobe", "Changler") is a misspelling of it, not unheld.
        """
        speakers = self.speakers_in(None)
        names = proper_names(question, speakers, self.people())
        if not names:
            return ()
        counts = self.store.document_frequencies([n.casefold() for n in names])
        words = {w.casefold() for name in speakers for w in name.split() if len(w) >= 3}
        return tuple(n for n in names if not counts.get(n.casefold())
                     and not difflib.get_close_matches(n.casefold(), words, n=1, cutoff=SPELLING))

    def last_quoted_speaker(self, context: ConversationContext | None, question_speakers: Sequence[str]) -> str | None:
        """The speaker of the turn the last answer quoted, for "he"/"she" when no speaker is carried."""
        if context is None or not context.quoted:
            return None
        transcript_id, index, _, _ = context.quoted[-1]
        try:
            speaker = self.store.turn(transcript_id, index).speaker
        except (IndexError, QABotError):
            return None
        return None if speaker in question_speakers else speaker
