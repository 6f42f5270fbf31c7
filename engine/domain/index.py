"""The in-memory vacancy index each worker serves from: concept postings as numpy arrays.

A query never walks the catalogue in Python: it adds up a few posting arrays into one score
vector, masks what has expired and takes the top. Each vacancy is kept packed (compressed,
without its description) and unpacked only when it wins, so 100,000 fit in a worker. When the
catalogue version changes (checked at most every ``refresh_seconds``) the vacancies that
changed are patched in; the whole index is read again only when the change log has a gap.
"""

from __future__ import annotations

import ctypes
import logging
import threading
from array import array
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import chain, islice

import numpy as np
import numpy.typing as npt
from cachetools import LRUCache

from engine.domain.jobposting import Vacancy
from engine.domain.packing import Packer, Vocabulary
from engine.domain.places import Gazetteer, Place
from engine.domain.taxonomy import Taxonomy
from engine.domain.vacancy import Evidence, VacancyRecord, content_digest
from engine.domain.weekly_hours import weekly_hours

log = logging.getLogger(__name__)
BROADER_DECAY = 0.8  # a wijkverpleegkundige vacancy is 0.8 a verpleegkundige one
SECTOR_SHARE = 0.75  # every occupation of a sector counts alike for it, however deep it sits
Shares = dict[str, tuple[tuple[str, float], ...]]
DECODED_KEPT = 512           # unpacked vacancies each index keeps (the ones that keep winning)
COMPACT_MIN, COMPACT_SHARE = 1000, 0.2  # tombstones tolerated before positions are renumbered


@dataclass(frozen=True)
class IndexedVacancy:
    vacancy: Vacancy
    weights: dict[str, float]          # concept -> weight, closed over broader concepts
    evidence: dict[str, Evidence]      # concept -> what in the text led to it
    places: tuple[Place, ...]
    provinces: frozenset[str]
    digest: str = ""                   # of the full vacancy as stored: what an approval is bound to


LANGUAGE_CODES = {"nl": 0, "en": 1}


@dataclass(frozen=True)
class VacancyFacts:
    """What re-ranking needs of every vacancy, as arrays, so it runs without a Python loop.

    Each vacancy's first place is in the ``lat``/``lon``/``province`` arrays; the rare vacancy
    with several places lists its other places in ``more_places``.
    """

    remote: np.ndarray
    part_time: np.ndarray
    full_time: np.ndarray
    has_hours: np.ndarray
    hours_low: np.ndarray   # hours a week, as the vacancy says them in numbers (nan: it does not)
    hours_high: np.ndarray
    language: np.ndarray
    has_place: np.ndarray
    lat: np.ndarray
    lon: np.ndarray
    province: np.ndarray
    more_places: dict[int, tuple[Place, ...]]

    def concat(self, other: VacancyFacts) -> VacancyFacts:
        offset = self.remote.size
        arrays = {name: np.concatenate((getattr(self, name), getattr(other, name))) for name in FACT_ARRAYS}
        more = {**self.more_places, **{pos + offset: places for pos, places in other.more_places.items()}}
        return VacancyFacts(**arrays, more_places=more)

    def select(self, keep: np.ndarray, renumber: np.ndarray) -> VacancyFacts:
        arrays = {name: getattr(self, name)[keep] for name in FACT_ARRAYS}
        more = {int(renumber[pos]): places for pos, places in self.more_places.items() if renumber[pos] >= 0}
        return VacancyFacts(**arrays, more_places=more)


FACT_ARRAYS = ("remote", "part_time", "full_time", "has_hours", "hours_low", "hours_high", "language", "has_place",
                "lat", "lon", "province")


class _FactColumns:
    """VacancyFacts being built, one vacancy at a time."""

    def __init__(self) -> None:
        self.columns: dict[str, list] = {name: [] for name in FACT_ARRAYS}
        self.more_places: dict[int, tuple[Place, ...]] = {}

    def add(self, pos: int, item: IndexedVacancy) -> None:
        types = set(item.vacancy.employment_types)
        first = item.places[0] if item.places else None
        c = self.columns
        c["remote"].append(item.vacancy.remote)
        c["part_time"].append("PART_TIME" in types)
        c["full_time"].append("FULL_TIME" in types)
        c["has_hours"].append(bool(types & {"PART_TIME", "FULL_TIME"}))
        vacancy = item.vacancy
        low, high = weekly_hours(vacancy.work_hours, vacancy.title, vacancy.description) or (np.nan, np.nan)
        c["hours_low"].append(low)
        c["hours_high"].append(high)
        c["language"].append(LANGUAGE_CODES.get(item.vacancy.language, 9))
        c["has_place"].append(first is not None)
        c["lat"].append(np.nan if first is None or first.lat is None else first.lat)
        c["lon"].append(np.nan if first is None or first.lon is None else first.lon)
        c["province"].append("" if first is None else first.province)
        if len(item.places) > 1:
            self.more_places[pos] = item.places[1:]

    def arrays(self) -> VacancyFacts:
        types: dict[str, npt.DTypeLike] = {"language": np.int8, "lat": np.float64, "lon": np.float64, "province": "U6",
                                           "hours_low": np.float32, "hours_high": np.float32}
        return VacancyFacts(**{name: np.array(values, dtype=types.get(name, bool))
                               for name, values in self.columns.items()}, more_places=self.more_places)


class VacancyIndex:
    """Columns over positions: postings, facts, expiry, and each vacancy packed into bytes.

    Positions only grow between compactions: a changed vacancy is appended and its old
    position tombstoned (its expiry set to -inf, so no query can return it). That makes an
    update cost the changed vacancies, not the catalogue. ``order`` ranks positions by id,
    so ties break by id whatever the positions are.
    """

    def __init__(self, version: int, shares: Shares, gazetteer: Gazetteer, *, ids: list[str],
                 blobs: list[bytes], digests: list[str], expires: np.ndarray, facts: VacancyFacts,
                 codes: np.ndarray, weights: np.ndarray, owners: np.ndarray, vocabulary: Vocabulary,
                 packer: Packer, live: int) -> None:
        self.version = version
        self.shares = shares
        self.gazetteer = gazetteer
        self.ids, self.blobs, self.digests = ids, blobs, digests
        self.expires = expires
        self.facts = facts
        self.vocabulary = vocabulary
        self.packer = packer
        self.live = live
        self.positions = {vid: pos for pos, vid in enumerate(ids) if expires[pos] != -np.inf}
        self.order = _id_order(ids)
        self.postings = _postings(codes, weights, owners, vocabulary)
        self.items = LazyItems(self)
        self._decoded: LRUCache[int, IndexedVacancy] = LRUCache(DECODED_KEPT)
        self._decode_lock = threading.Lock()

    def __len__(self) -> int:
        return self.live

    @property
    def size(self) -> int:
        """Positions, tombstones included: the length of every column."""
        return len(self.ids)

    def live_mask(self, now: float) -> np.ndarray:
        return self.expires > now

    def get(self, vacancy_id: str) -> IndexedVacancy | None:
        pos = self.positions.get(vacancy_id)
        return None if pos is None else self.item(pos)

    def item(self, pos: int) -> IndexedVacancy:
        with self._decode_lock:
            found = self._decoded.get(pos)
        if found is None:
            found = index_item(self.packer.unpack(self.blobs[pos]), self.shares, self.gazetteer,
                               self.digests[pos])
            with self._decode_lock:
                self._decoded[pos] = found
        return found

    def patched(self, version: int, changed: list[VacancyRecord], removed: set[str],
                compact_min: int = COMPACT_MIN) -> VacancyIndex:
        """A new index with ``changed`` put (added or replaced) and ``removed`` gone; this one is
        left as it is for the requests still using it."""
        gone = [self.positions[vid] for vid in removed | {r.vacancy.id for r in changed} if vid in self.positions]
        expires = self.expires.copy()
        expires[gone] = -np.inf
        live = self.live - len(gone) + len(changed)
        if self.size + len(changed) - live > max(compact_min, COMPACT_SHARE * live):
            keep = np.flatnonzero(expires != -np.inf)
            base = self._select(keep, expires)
        else:
            base = _Columns(self.ids, self.blobs, self.digests, expires, self.facts, *self.entries())
        added = _Builder(self.shares, self.gazetteer, self.vocabulary, self.packer, offset=len(base.ids))
        for record in changed:
            added.add(record)
        return added.extend(base, version, live)

    def _select(self, keep: np.ndarray, expires: np.ndarray) -> _Columns:
        """Only the positions in ``keep``, renumbered from 0 (a compaction)."""
        renumber = np.full(self.size, -1, dtype=np.int64)
        renumber[keep] = np.arange(keep.size)
        codes, weights, owners = self.entries()
        entries = renumber[owners] >= 0
        keep_list = keep.tolist()
        return _Columns([self.ids[p] for p in keep_list], [self.blobs[p] for p in keep_list],
                        [self.digests[p] for p in keep_list], expires[keep], self.facts.select(keep, renumber),
                        codes[entries], weights[entries], renumber[owners[entries]].astype(np.int32))

    def entries(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(concept codes, weights, positions) of every posting entry: gathered back from the
        postings when a patch needs them, rather than kept twice."""
        names = list(self.postings)
        if not names:
            return np.empty(0, np.int32), np.empty(0, np.float32), np.empty(0, np.int32)
        codes = np.repeat(np.array([self.vocabulary.codes[n] for n in names], dtype=np.int32),
                          [self.postings[n][0].size for n in names])
        return (codes, np.concatenate([self.postings[n][1] for n in names]),
                np.concatenate([self.postings[n][0] for n in names]))


class LazyItems(Sequence[IndexedVacancy]):
    """``index.items``: position -> IndexedVacancy, unpacked on demand (and remembered for a
    while); iterating yields the live vacancies only."""

    def __init__(self, index: VacancyIndex) -> None:
        self._index = index

    def __len__(self) -> int:
        return self._index.size

    def __getitem__(self, pos):  # noqa: ANN001, ANN204 - Sequence protocol
        if isinstance(pos, slice):
            return [self._index.item(p) for p in range(*pos.indices(self._index.size))]
        return self._index.item(pos)

    def __iter__(self) -> Iterator[IndexedVacancy]:
        index = self._index
        for pos in sorted(index.positions.values(), key=index.order.__getitem__):
            yield index.item(pos)


def ancestor_shares(taxonomy: Taxonomy) -> dict[str, tuple[tuple[str, float], ...]]:
    """concept -> (itself or an ancestor, share of the weight it passes on), for the closure.

    A generic skill (communication, numeracy: used across many sectors) passes its weight to
    broader skills only, never to a sector: that a maths teacher needs numeracy does not make
    the job one in finance."""
    shares = {}
    for concept in taxonomy.concepts:
        chain, factor = [(concept, 1.0)], 1.0
        for ancestor in taxonomy.ancestors(concept):
            if ancestor.type == "sector" and concept in taxonomy.generic_skills:
                break
            factor *= BROADER_DECAY
            chain.append((ancestor.id, SECTOR_SHARE if ancestor.type == "sector" else factor))
        shares[concept] = tuple(chain)
    return shares


def close_over_broader(concepts: dict[str, Evidence], shares: dict[str, tuple[tuple[str, float], ...]]
                       ) -> tuple[dict[str, float], dict[str, Evidence]]:
    """Give each broader concept the decayed weight of its strongest narrower one."""
    weights: dict[str, float] = {}
    evidence: dict[str, Evidence] = {}
    for concept, found in concepts.items():
        for cid, share in shares.get(concept, ()):
            weight = found.weight * share
            if weight > weights.get(cid, 0.0):
                weights[cid] = weight
                evidence[cid] = found
    return weights, evidence


def index_item(record: VacancyRecord, shares: dict[str, tuple[tuple[str, float], ...]],
               gazetteer: Gazetteer, digest: str = "") -> IndexedVacancy:
    weights, evidence = close_over_broader(record.concepts, shares)
    places = []
    for location in record.vacancy.locations:
        place = gazetteer.resolve(location.locality) or gazetteer.resolve(location.region)
        if place is not None:
            places.append(place)
    provinces = frozenset(p.province for p in places)
    return IndexedVacancy(record.vacancy, weights, evidence, tuple(places), provinces,
                          digest or content_digest(record.vacancy))


def _postings(codes: np.ndarray, weights: np.ndarray, owners: np.ndarray,
              vocabulary: Vocabulary) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    """concept -> (positions, weights): one stable sort by concept, then slices. Entries come
    in ascending position within each concept (built in position order, patched ones after),
    so each posting stays in position order without sorting on position too."""
    order = np.argsort(codes, kind="stable")
    codes, weights, owners = codes[order], weights[order], owners[order]
    bounds = np.flatnonzero(np.diff(codes)) + 1
    starts = np.concatenate(([0], bounds)).tolist()
    ends = np.concatenate((bounds, [codes.size])).tolist()
    return {vocabulary.names[int(codes[a])]: (owners[a:b], weights[a:b])
            for a, b in zip(starts, ends, strict=True) if codes.size}


def _id_order(ids: list[str]) -> np.ndarray:
    order = np.empty(len(ids), dtype=np.int64)
    order[sorted(range(len(ids)), key=ids.__getitem__)] = np.arange(len(ids))
    return order


@dataclass(frozen=True)
class _Columns:
    ids: list[str]
    blobs: list[bytes]
    digests: list[str]
    expires: np.ndarray
    facts: VacancyFacts
    codes: np.ndarray
    weights: np.ndarray
    owners: np.ndarray


class _Builder:
    """Appends vacancies one at a time, keeping only columns: a record's objects are garbage
    as soon as it is added, so building 100,000 never holds 100,000 records."""

    def __init__(self, shares: Shares, gazetteer: Gazetteer, vocabulary: Vocabulary, packer: Packer,
                 offset: int = 0) -> None:
        self.shares, self.gazetteer, self.vocabulary, self.offset = shares, gazetteer, vocabulary, offset
        self.packer = packer
        self.ids: list[str] = []
        self.blobs: list[bytes] = []
        self.digests: list[str] = []
        self.expires = array("d")
        self.codes, self.weights, self.owners = array("i"), array("f"), array("i")
        self.facts = _FactColumns()

    def add(self, record: VacancyRecord) -> None:
        item = index_item(record, self.shares, self.gazetteer)
        pos = self.offset + len(self.ids)
        self.ids.append(record.vacancy.id)
        self.blobs.append(self.packer.pack(record))
        self.digests.append(item.digest)
        expires = record.vacancy.expires_at()
        self.expires.append(np.inf if expires is None else expires)
        code = self.vocabulary.code
        for concept, weight in item.weights.items():
            self.codes.append(code(concept))
            self.weights.append(weight)
            self.owners.append(pos)
        for province in item.provinces:
            self.codes.append(code(f"province:{province}"))
            self.weights.append(1.0)
            self.owners.append(pos)
        self.facts.add(pos, item)

    def extend(self, base: _Columns | None, version: int, live: int | None = None) -> VacancyIndex:
        new = _Columns(self.ids, self.blobs, self.digests, np.frombuffer(self.expires, dtype=np.float64),
                       self.facts.arrays(), np.frombuffer(self.codes, dtype=np.int32),
                       np.frombuffer(self.weights, dtype=np.float32), np.frombuffer(self.owners, dtype=np.int32))
        if base is not None:
            new = _Columns(base.ids + new.ids, base.blobs + new.blobs, base.digests + new.digests,
                           np.concatenate((base.expires, new.expires)), base.facts.concat(new.facts),
                           np.concatenate((base.codes, new.codes)), np.concatenate((base.weights, new.weights)),
                           np.concatenate((base.owners, new.owners)))
        return VacancyIndex(version, self.shares, self.gazetteer, ids=new.ids, blobs=new.blobs,
                            digests=new.digests, expires=new.expires.copy(), facts=new.facts,
                            codes=new.codes, weights=new.weights, owners=new.owners,
                            vocabulary=self.vocabulary, packer=self.packer, live=len(new.ids) if live is None else live)


def build_index(records: Iterable[VacancyRecord], version: int, taxonomy: Taxonomy,
                gazetteer: Gazetteer, vocabulary: Vocabulary | None = None) -> VacancyIndex:
    records = iter(records)
    sample = list(islice(records, Packer.SAMPLE))
    builder = _Builder(ancestor_shares(taxonomy), gazetteer, vocabulary or Vocabulary(), Packer.from_sample(sample))
    for record in chain(sample, records):
        builder.add(record)
    return builder.extend(None, version)


def release_free_memory() -> None:
    """Hand the heap the build left free back to the system (glibc keeps it otherwise: 30 MB
    a worker at 100,000 vacancies). Elsewhere than glibc this does nothing."""
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass
