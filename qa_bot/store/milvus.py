"""An index in Milvus: the ``Store`` interface over one build's collections (``milvus_schema``).

The alias NAME names the current build; a reader resolves it once, when it
opens, and reads that build's collections until it is reopened, so it sees
one build whole even while a rebuild switches the alias. ``current_signature``
asks which build the alias names now (one call), which is how serving
processes notice a rebuild. Nothing is kept on local disk: any number of
processes on any number of hosts can serve one index.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterator, Sequence
from contextlib import contextmanager
from functools import cached_property
from typing import Any, TypeVar

import numpy as np

from qa_bot.errors import FilterError, IndexMismatchError, IndexNotFoundError, IndexUnavailableError
from qa_bot.store.filters import filter_expression
from qa_bot.store.lexical import fts5_idf
from qa_bot.store.location import MilvusLocation
from qa_bot.store.milvus_bm25 import field_for, query_vector
from qa_bot.store.milvus_schema import (
    LAYOUT,
    MANIFEST_KEY,
    PARTS,
    PASSAGE_FIELDS,
    TRANSCRIPT_FIELDS,
    TURN_FIELDS,
    analysed,
    build_of,
    collection,
    date_of,
    passage_from_row,
    sentence_key,
    term_from_row,
    term_key,
    transcript_from_row,
    turns_from_rows,
)
from qa_bot.store.schema import FORMAT_VERSION
from qa_bot.types import Filters, Passage, Transcript, Turn

logger = logging.getLogger(__name__)

TIMEOUT = 30.0  # seconds a call may take before the server counts as unreachable
MAX_LIMIT = 16_384  # the most hits one Milvus search returns
BATCH = 4_096
CACHED_PASSAGES = 20_000  # passage rows (text, vector, start) a loaded build keeps: ~40 MB with 384-d vectors
CACHED_TERMS = 100_000  # BM25 terms' ids and counts a loaded build keeps (cleared when full)
ROW_FIELDS = (*PASSAGE_FIELDS, "vector", "start")
_clients: dict[tuple[str, str | None], Any] = {}
_clients_lock = threading.Lock()
T = TypeVar("T")


def connect(location: MilvusLocation) -> Any:
    """A ``pymilvus.MilvusClient`` for ``location``'s server, shared by the stores of this process.

    ``IndexUnavailableError`` (one line, no traceback) when the server does not answer.
    """
    key = (location.uri, location.token)
    with _clients_lock:
        if key in _clients:
            return _clients[key]
        try:
            from pymilvus import MilvusClient
        except ImportError as exc:
            raise ImportError("a Milvus index needs pymilvus: pip install 'qa-bot[milvus]'") from exc
        # pymilvus logs every failed call with its traceback; we raise a one-line error instead
        logging.getLogger("pymilvus").setLevel(logging.CRITICAL)
        with calls(location):
            client = MilvusClient(uri=location.uri, token=location.token or "", timeout=TIMEOUT)
        _clients[key] = client
        return client


@contextmanager
def calls(location: MilvusLocation) -> Iterator[None]:
    """Turn a failed Milvus call into ``IndexUnavailableError`` naming the server and the fix."""
    from pymilvus.exceptions import MilvusException

    try:
        yield
    except MilvusException as exc:
        detail = " ".join(str(getattr(exc, "message", "") or exc).split())[:300]
        where = "the Milvus Lite file" if location.embedded else "the Milvus server"
        raise IndexUnavailableError(
            f"cannot use index {location}: {where} at {location.uri} did not answer as expected ({detail}); "
            "check that it is running and reachable (and MILVUS_TOKEN, if it wants one)"
        ) from None


def current_build(client: Any, location: MilvusLocation) -> str | None:
    """The build the alias NAME names now, or None when there is no such index."""
    with calls(location):
        if location.name not in client.list_aliases().get("aliases", []):
            return None
        target = client.describe_alias(location.name)["collection_name"]
    found = build_of(location.name, target)
    return found[0] if found else None


def ensure_loaded(client: Any, location: MilvusLocation, names: Sequence[str]) -> None:
    """Load the build's collections into the server's memory where a restart left them released."""
    with calls(location):
        for name in names:
            state = str(client.get_load_state(name, timeout=TIMEOUT).get("state", ""))
            if not state.endswith("Loaded"):
                logger.info("loading collection %s (the server had released it)", name)
                client.load_collection(name, timeout=TIMEOUT)


def read_meta(client: Any, location: MilvusLocation, build: str) -> dict[str, Any]:
    """The manifest of one build, checked: this qa-bot's format version and Milvus layout."""
    with calls(location):
        rows = client.query(collection(location.name, build, "meta"), filter=f'key like "{MANIFEST_KEY}%"',
                            output_fields=["text"], timeout=TIMEOUT)
    rows.sort(key=lambda r: int(r["key"].rpartition("/")[2]))
    rebuild = f"rebuild it with `qa-bot index SRC... --index {location} --full`"
    try:
        manifest = json.loads("".join(r["text"] for r in rows))
    except ValueError as exc:
        raise IndexMismatchError(f"index {location}: its manifest is unreadable ({exc}); {rebuild}") from None
    version = manifest.get("format_version")
    layout = (manifest.get("milvus") or {}).get("layout")
    if version != FORMAT_VERSION or layout != LAYOUT:
        raise IndexMismatchError(
            f"index {location} has format version {version!r} (Milvus layout {layout!r}); this qa-bot reads "
            f"version {FORMAT_VERSION} (layout {LAYOUT}); {rebuild}"
        )
    return manifest


def read_milvus_manifest(location: MilvusLocation) -> dict[str, Any]:
    """The manifest of the index's current build; ``IndexNotFoundError`` when there is none."""
    client = connect(location)
    build = current_build(client, location)
    if build is None:
        raise IndexNotFoundError(f"no index {location.name!r} at {location.uri}: build one with "
                                 f"`qa-bot index SRC... --index {location}`")
    return read_meta(client, location, build)


class MilvusStore:
    """One build of an index in Milvus, read through the ``Store`` interface."""

    def __init__(self, location: MilvusLocation) -> None:
        self._where = location
        self.location = str(location)
        self._client = connect(location)
        self._build = current_build(self._client, location)
        if self._build is None:
            raise IndexNotFoundError(f"no index {location.name!r} at {location.uri}: build one with "
                                     f"`qa-bot index SRC... --index {location}`")
        self._names = {part: collection(location.name, self._build, part) for part in PARTS}
        ensure_loaded(self._client, location, list(self._names.values()))
        self.manifest = read_meta(self._client, location, self._build)
        settings = self.manifest["milvus"]
        self._search_params: dict[str, Any] = settings.get("search_params", {})
        count = self._count("passages")
        if count != self.manifest["counts"]["passages"]:
            raise IndexMismatchError(
                f"index {location} is inconsistent: the manifest says {self.manifest['counts']['passages']} "
                f"passages, Milvus holds {count}; rebuild it with `qa-bot index SRC... --index {location} --full`"
            )
        self._speaker_counts: list[tuple[str, int]] | None = None
        self._cache: OrderedDict[int, dict[str, Any]] = OrderedDict()
        self._term_cache: dict[str, tuple[int, int] | None] = {}  # None: a word the index lacks
        self._cache_lock = threading.Lock()

    def close(self) -> None:
        """Nothing to release: the client is shared by the stores of this process."""

    def signature(self) -> Hashable:
        return self._build

    def current_signature(self) -> Hashable:
        """The build the alias names now (None when the index is gone)."""
        return current_build(self._client, self._where)

    @property
    def passage_count(self) -> int:
        return int(self.manifest["counts"]["passages"])

    def _call(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        with calls(self._where):
            return fn(*args, timeout=TIMEOUT, **kwargs)

    def _count(self, part: str, expression: str = "") -> int:
        rows = self._call(self._client.query, self._names[part], filter=expression, output_fields=["count(*)"])
        return int(rows[0]["count(*)"])

    def _rows(self, part: str, expression: str, fields: Sequence[str]) -> list[dict[str, Any]]:
        """Every row of ``part`` that ``expression`` selects (paged, so any number)."""
        rows: list[dict[str, Any]] = []
        with calls(self._where):
            pages = self._client.query_iterator(self._names[part], batch_size=BATCH, filter=expression,
                                                output_fields=list(fields), timeout=TIMEOUT)
            try:
                while page := pages.next():
                    rows.extend(page)
            finally:
                pages.close()
        return rows

    def _by_ids(self, part: str, ids: Sequence[Any], fields: Sequence[str]) -> list[dict[str, Any]]:
        unique = list(dict.fromkeys(ids))
        rows: list[dict[str, Any]] = []
        for i in range(0, len(unique), BATCH):
            rows += self._call(self._client.query, self._names[part], ids=unique[i : i + BATCH],
                               output_fields=list(fields))
        return rows

    # -- ranking -------------------------------------------------------------------

    def _search(self, field: str, data: Any, k: int, filters: Filters, params: dict[str, Any]) -> list[Any]:
        limit = min(k, self.passage_count, MAX_LIMIT)
        if limit <= 0:
            return []
        found = self._call(self._client.search, self._names["passages"], data=[data], anns_field=field,
                           limit=limit, filter=filter_expression(filters), search_params=params,
                           output_fields=["id"])
        return list(found[0])

    def dense(self, query_vector: np.ndarray, k: int, filters: Filters) -> list[tuple[int, float]]:
        """Inner product within ``filters`` (a Milvus filter expression, applied before ranking)."""
        vector = np.asarray(query_vector, dtype=np.float32).reshape(-1).tolist()
        params = {"metric_type": "IP", "params": dict(self._search_params)}
        if "ef" in params["params"]:
            params["params"]["ef"] = max(params["params"]["ef"], min(k, MAX_LIMIT))
        return [(int(h["id"]), float(h["distance"])) for h in self._search("vector", vector, k, filters, params)]

    def lexical(
        self, terms: Sequence[str], k: int, filters: Filters, region_weight: float = 0.0
    ) -> list[tuple[int, float]]:
        """FTS5's BM25 of the passages holding any of ``terms`` within ``filters`` (``milvus_bm25``).

        The inner product of the query's IDFs with the passages' stored term
        weights at the region weight nearest ``region_weight``, which is the
        score FTS5's ``-bm25(passages_fts, 1.0, region_weight)`` gives.
        """
        stems = [analysed(term).split() for term in terms]
        vector = query_vector(stems, self._terms([s for words in stems for s in words]), self.passage_count)
        if not vector:
            return []
        hits = self._search(field_for(region_weight), vector, k, filters, {"metric_type": "IP"})
        found = ((int(h["id"]), float(h["distance"])) for h in hits)
        return sorted(((pid, score) for pid, score in found if score > 0), key=lambda item: (-item[1], item[0]))

    def term_weights(self, terms: Sequence[str]) -> dict[str, float]:
        """Each term's IDF as FTS5 computes it (a term of several words: the sum of theirs)."""
        stems = {term: analysed(term).split() for term in terms}
        found = self._terms([stem for words in stems.values() for stem in words])
        total = self.passage_count
        return {term: sum(fts5_idf(total, found.get(s, (0, 0))[1]) for s in words) for term, words in stems.items()}

    def document_frequencies(self, terms: Sequence[str]) -> dict[str, int]:
        """How many passages hold each of ``terms`` in their text or region (several words: the rarest's)."""
        stems = {term: analysed(term).split() for term in terms}
        found = self._terms([stem for words in stems.values() for stem in words])
        return {term: min((found.get(s, (0, 0))[1] for s in words), default=0) for term, words in stems.items()}

    def _terms(self, stems: Sequence[str]) -> dict[str, tuple[int, int]]:
        """``(sparse id, passages holding it)`` of each analysed word the index holds, as stored with the build.

        One lookup by key for the words not yet seen (the build never changes).
        """
        with self._cache_lock:
            missing = [s for s in dict.fromkeys(stems) if s not in self._term_cache]
        if missing:
            by_key = {term_key(stem): stem for stem in missing}
            rows = self._by_ids("meta", list(by_key), ("key", "text"))
            found: dict[str, tuple[int, int] | None] = dict.fromkeys(missing)
            found.update((by_key[r["key"]], term_from_row(r)) for r in rows)
            with self._cache_lock:
                if len(self._term_cache) > CACHED_TERMS:
                    self._term_cache.clear()
                self._term_cache.update(found)
        with self._cache_lock:
            return {s: t for s in stems if (t := self._term_cache.get(s)) is not None}

    # -- reading -----------------------------------------------------------------------

    def _passage_rows(self, ids: Sequence[int]) -> dict[int, dict[str, Any]]:
        """Whole passage rows by id, from the cache or in one query for those it lacks.

        A question reads the same candidates' text, vectors and starts in turn
        (fusion, hits); one call fetches all three, and the build never changes.
        """
        wanted = [int(i) for i in ids]
        with self._cache_lock:
            found = {i: self._cache[i] for i in wanted if i in self._cache}
        missing = [i for i in dict.fromkeys(wanted) if i not in found]
        if missing:
            fetched = {int(r["id"]): r for r in self._by_ids("passages", missing, ROW_FIELDS)}
            found.update(fetched)
            with self._cache_lock:
                self._cache.update(fetched)
                while len(self._cache) > CACHED_PASSAGES:
                    self._cache.popitem(last=False)
        return found

    def passages(self, ids: Sequence[int]) -> dict[int, Passage]:
        return {pid: passage_from_row(row) for pid, row in self._passage_rows(ids).items()}

    def passage_vectors(self, ids: Sequence[int]) -> np.ndarray:
        rows = self._passage_rows(ids)
        dimension = int(self.manifest["model"]["dimension"])
        return np.array([rows[int(i)]["vector"] for i in ids], dtype=np.float32).reshape(len(ids), dimension)

    def passage_starts(self, ids: Sequence[int]) -> dict[int, float | None]:
        return {pid: row["start"] for pid, row in self._passage_rows(ids).items()}

    def transcript_passages(self, transcript_id: str) -> list[Passage]:
        rows = self._rows("passages", f"transcript_id == {json.dumps(transcript_id)}", PASSAGE_FIELDS)
        return sorted((passage_from_row(r) for r in rows), key=lambda p: p.id)

    def sentence_vectors(self, texts: Sequence[str]) -> dict[str, np.ndarray]:
        keys = {sentence_key(t): t for t in dict.fromkeys(texts)}
        rows = self._by_ids("sentences", list(keys), ("id", "text", "vector"))
        return {r["text"]: np.asarray(r["vector"], dtype=np.float32) for r in rows if keys.get(r["id"]) == r["text"]}

    def transcript(self, transcript_id: str) -> Transcript:
        rows = self._by_ids("transcripts", [transcript_id], TRANSCRIPT_FIELDS)
        if not rows:
            raise FilterError(f"no transcript {transcript_id!r} in the index")
        turns = turns_from_rows(self._rows("turns", f"transcript_id == {json.dumps(transcript_id)}", TURN_FIELDS))
        return transcript_from_row(rows[0], turns)

    def turn(self, transcript_id: str, index: int) -> Turn:
        expression = f"transcript_id == {json.dumps(transcript_id)} and idx == {int(index)}"
        turns = turns_from_rows(self._rows("turns", expression, TURN_FIELDS))
        if not turns:
            raise IndexError(f"no turn {index} in transcript {transcript_id!r}")
        return turns[0]

    @cached_property
    def has_dates(self) -> bool:
        return self._count("transcripts", "date > 0") > 0

    @cached_property
    def _transcripts(self) -> dict[str, tuple[str, dt.date | None]]:
        rows = self._rows("transcripts", 'id != ""', ("id", "title", "date"))
        return {r["id"]: (r["title"], date_of(r["date"])) for r in rows}

    def transcript_info(self) -> dict[str, tuple[str, dt.date | None]]:
        """``{id: (title, date)}``, read once per loaded build (it does not change)."""
        return dict(self._transcripts)

    def speaker_counts(self, transcripts: Sequence[str] | None = None) -> list[tuple[str, int]]:
        """From the per-transcript counts stored at build time; the whole index's is computed once."""
        if transcripts is None and self._speaker_counts is not None:
            return list(self._speaker_counts)
        if transcripts is None:
            rows = self._rows("transcripts", 'id != ""', ("id", "speakers"))
        else:
            rows = self._by_ids("transcripts", list(transcripts), ("id", "speakers"))
        totals: dict[str, int] = {}
        for row in rows:
            for name, n in json.loads(row["speakers"]):
                totals[name] = totals.get(name, 0) + n
        counts = sorted(totals.items(), key=lambda item: (-item[1], item[0]))
        if transcripts is None:
            self._speaker_counts = counts
        return list(counts)
