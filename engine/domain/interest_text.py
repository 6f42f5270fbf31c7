"""Read the facts a candidate writes into a free-text interest ("ik zoek parttime werk in
Groningen met kinderen"): place, radius, hours, remote, schedule and language wish, each with the
exact words it was read from, and the rest of the text (the job wish itself).

Pure: no I/O; the only outside knowledge is the Gazetteer passed in. Dutch and English.

Decisions a consumer should know:

- ``radius_km`` is only a stated radius ("binnen 20 km", "max 25km", "within 30 minutes": minutes
  at 60 km/h, 15 by bike, 5 on foot). "rond / near / omgeving X" states none: ``near`` is set,
  and ``search_radius_km`` gives ``DEFAULT_RADIUS_KM`` for a town: 30 km, not 25, because the
  development judgments assume ~30 km (Assen, 25 km from Groningen, is judged inside).
- ``hours`` is "parttime"/"fulltime" as said, else as implied: up to 35 hours a week part-time,
  from 36 full-time, a range across 36 neither; a fte below 1, up to four days a week, a
  weekend job or weekends only ("alleen in het weekend") part-time. "pt"/"ft" are part- and
  full-time in lower case only ("PT" is a personal trainer). "0,6 fte" sets ``fte`` only (a fte
  does not say of how many hours).
- Hybrid counts as remote-friendly: ``remote`` and ``hybrid`` True (keep on-site ads near the
  place too). "op locatie / on site" is False; when both are said, remote wins.
- ``schedule``: weekend, evening, night, day (daytime only), no_weekend, no_evening, no_night;
  ``schedule_strict`` when "alleen / only" or a weekend job ("nights are fine" only widens).
- Place names that are everyday words (Best, Made, Dieren, Leiden: ``COMMON_WORD_NAMES``) count
  only capitalised right after a cue ("in Best"). Typos (edit distance 1 from 5 letters, 2 from
  9) never reach those or names under 5 letters. ``place`` is the first place, ``places`` all.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import accumulate, groupby

from engine.domain import interest_words as words
from engine.domain.interest_words import CANON, COMMON_WORD_NAMES, NOT_PLACES
from engine.domain.places import Gazetteer, Place, edit_distance, name_key
from engine.domain.weekly_hours import FULL_TIME_FROM

DEFAULT_RADIUS_KM = 30

_TOKEN, _OPENINGS = re.compile(words.PIECES), re.compile(words.OPENING, re.IGNORECASE)


@dataclass(frozen=True)
class Evidence:
    """Which words of the text a fact was read from, for "plaats: Groningen (uit je tekst)"."""
    field: str
    words: str
    start: int
    end: int


@dataclass
class InterestFacts:
    """What an interest says besides the job wish; None or empty where it says nothing."""
    place: Place | None = None
    places: tuple[Place, ...] = ()
    radius_km: float | None = None
    near: bool = False
    hours: str | None = None
    hours_min: float | None = None
    hours_max: float | None = None
    fte: float | None = None
    days: int | None = None
    remote: bool | None = None
    hybrid: bool = False
    schedule: tuple[str, ...] = ()
    schedule_strict: bool = False
    language: str | None = None
    rest: str = ""
    evidence: tuple[Evidence, ...] = ()

    def words_for(self, name: str) -> str | None:
        """The words the fact ``name`` (a field name) was first read from, if any."""
        return next((e.words for e in self.evidence if e.field == name), None)

    @property
    def search_radius_km(self) -> float | None:
        """The stated radius, else the default around a town; None for a province or no place."""
        if self.place is None or self.place.is_province:
            return None
        return self.radius_km if self.radius_km is not None else DEFAULT_RADIUS_KM


@dataclass
class _Token:
    start: int
    end: int
    raw: str
    canon: str


@dataclass
class _Reading:
    """The text cut into tokens, their canonical words joined by spaces (what the patterns read),
    which fact claimed each token, and the facts found so far."""
    text: str
    tokens: list[_Token]
    canon: str = ""
    starts: list[int] = field(default_factory=list)
    claimed: list[str | None] = field(default_factory=list)
    facts: InterestFacts = field(default_factory=InterestFacts)
    evidence: list[Evidence] = field(default_factory=list)
    weekend_job: bool = False

    def __post_init__(self) -> None:
        self.starts = list(accumulate((len(t.canon) + 1 for t in self.tokens[:-1]), initial=0))
        self.canon = " ".join(tok.canon for tok in self.tokens)
        self.claimed = [None] * len(self.tokens)

    def span(self, m: re.Match[str]) -> tuple[int, int]:
        """Token indices (first, last) that a match covers."""
        start, end = m.span()
        return bisect_right(self.starts, start) - 1, bisect_right(self.starts, end - 1) - 1

    def find(self, pattern: re.Pattern[str]) -> Iterator[tuple[re.Match[str], int, int]]:
        """Matches over tokens no earlier fact has claimed."""
        for m in pattern.finditer(self.canon):
            a, b = self.span(m)
            if not any(self.claimed[a:b + 1]):
                yield m, a, b

    def claim(self, name: str, a: int, b: int, note: bool = True) -> None:
        """Tokens a..b belong to fact ``name``; ``note``: keep them as its evidence."""
        for i in range(a, b + 1):
            self.claimed[i] = name
        if note:
            words = self.text[self.tokens[a].start:self.tokens[b].end]
            self.evidence.append(Evidence(name, words, self.tokens[a].start, self.tokens[b].end))


def _words(body: str) -> re.Pattern[str]:
    """A pattern over canonical words that starts and ends on a token boundary."""
    return re.compile(rf"(?<!\S)(?:{body})(?!\S)")


_P = {name: _words(getattr(words, name)) for name in (
    "RADIUS_KM", "RADIUS_TIME", "HOURS_RANGE", "HOURS_ONE", "FTE", "DAYS", "HOURS_LABEL",
    "SCHEDULE", "REMOTE_NO", "HYBRID", "REMOTE", "LANGUAGE")}
_NOT_WEEKLY = re.compile(words.NOT_WEEKLY)
_NEAR_BEFORE, _NEAR_AFTER = re.compile(words.NEAR_BEFORE), re.compile(words.NEAR_AFTER)
_NAME_PUNCT, _AND_OR = frozenset("/-."), frozenset({"of", "or", "en", "and", "noch", "nor"})


def typo_limit(word: str) -> int:
    """How many typos a word of this length may carry and still be recognised."""
    return 2 if len(word) >= 9 else 1 if len(word) >= 5 else 0


def _canonical(raw: str) -> str:
    low = raw.lower().replace("’", "'")
    if low[0].isdigit():
        return low.replace(",", ".")
    if low in CANON and not (low in words.CASED and raw != low):
        return CANON[low]
    if not (limit := typo_limit(low)) or not low.isalpha() or low in NOT_PLACES:
        return low
    return next((canon for word, canon in words.FUZZY_KEYWORDS.items()
                 if edit_distance(low, word, limit) <= limit), low)


def _number(text: str) -> float:
    value = float(text)
    return int(value) if value.is_integer() else value


def _radius(r: _Reading) -> None:
    for m, a, b in r.find(_P["RADIUS_KM"]):
        r.facts.radius_km = _number(m["n"])
        r.claim("radius_km", a, b)
        return
    for m, a, b in r.find(_P["RADIUS_TIME"]):
        if not (m["q"] or m["mode"] or (m["to"] and m["n"])):  # not "een uur of twintig"
            continue
        minutes = float(m["n"]) if m["n"] else 30 if m["half"] else 15 if m["quarter"] else 60
        speed = words.SPEEDS_KMH["bike" if m["bike"] else "foot" if m["foot"] else "other"]
        r.facts.radius_km = _number(str(round(minutes * speed / 60, 1)))
        r.claim("radius_km", a, b)
        return


def _weekly(r: _Reading, m: re.Match[str], a: int) -> bool:
    """Hours a week, not "binnen 24 uur", "om 8 uur", "2 uur per dag" or "tot 20.00 uur"."""
    before = r.tokens[a - 1].canon if a else ""
    clock = re.search(r"\d\.\d\d(?!\S)", m.group())
    return not (before in words.CLOCK_OR_DEADLINE or clock or _NOT_WEEKLY.match(r.canon, m.end()))


def _hours_numbers(r: _Reading) -> None:
    for m, a, b in r.find(_P["HOURS_RANGE"]):
        low, high = sorted((_number(m["a"]), _number(m["b"])))
        if _weekly(r, m, a) and 0 < low and high <= 80:
            r.facts.hours_min, r.facts.hours_max = low, high
            r.claim("hours", a, b)
            return
    for m, a, b in r.find(_P["HOURS_ONE"]):
        value, qualifier = _number(m["a"]), (m["q"] or "").split(" ")[-1]
        clock = qualifier == "tot" and value <= 24 and not m["w"]  # "werken tot 17 uur"
        if clock or not (_weekly(r, m, a) and 0 < value <= 80):
            continue
        r.facts.hours_min = None if qualifier in ("max", "tot", "to") else value
        r.facts.hours_max = None if qualifier in ("minst", "min") else value
        r.claim("hours", a, b)
        return


def _hours_said(r: _Reading) -> None:
    for m, a, b in r.find(_P["HOURS_LABEL"]):
        r.facts.hours = m["l"] or f"{m['pf']}time"
        r.claim("hours", a, b)
        break
    for m, a, b in r.find(_P["FTE"]):
        if 0 < (fte := _number(m["a"])) <= 1.2:
            r.facts.fte = fte
            r.claim("fte", a, b)
            break
    for m, a, b in r.find(_P["DAYS"]):
        r.facts.days = int(m["a"]) if m["a"].isdigit() else words.DAY_COUNT[m["a"]]
        r.claim("days", a, b)
        break


def _hours_kind(r: _Reading) -> str | None:
    """Part- or full-time as said, else as the stated hours, fte, days or a weekend job imply."""
    f = r.facts
    if f.hours:
        return f.hours
    if f.hours_min is not None or f.hours_max is not None:
        return ("parttime" if f.hours_max is not None and f.hours_max < FULL_TIME_FROM else
                "fulltime" if f.hours_min is not None and f.hours_min >= FULL_TIME_FROM else None)
    if f.fte is not None or f.days is not None:  # below 1 fte, or up to four days a week
        return "parttime" if (f.fte or 1) < 1 or (f.days or 5) <= 4 else "fulltime"
    weekends_only = f.schedule_strict and f.schedule == ("weekend",)  # "alleen in het weekend"
    return "parttime" if r.weekend_job or weekends_only else None


def _schedule(r: _Reading) -> None:
    tags: list[str] = []
    negated_until = -9  # "geen avonden of weekenden": the "geen" carries over "of"
    for m, a, b in r.find(_P["SCHEDULE"]):
        job = m["tag"] == "weekendjob" or bool(m["job"])
        tag = "weekend" if job else "day" if "dag" in m["tag"] else m["tag"]
        negated = bool(m["neg"]) or (a == negated_until + 2 and r.tokens[a - 1].canon in _AND_OR)
        negated_until = b if negated else -9
        tags.append(f"no_{tag}" if negated else tag)
        before = {t.canon for t in r.tokens[max(0, a - 3):a]}  # "alleen in het weekend"
        r.facts.schedule_strict |= job or bool(m["only"]) or "alleen" in before
        r.weekend_job |= job
        r.claim("schedule", a, b)
    r.facts.schedule = tuple(dict.fromkeys(tags))


def _remote_and_language(r: _Reading) -> None:
    """Remote: said "no" is False, hybrid or remote is True (remote wins when both are said)."""
    for _m, a, b in r.find(_P["REMOTE_NO"]):
        r.facts.remote = False
        r.claim("remote", a, b)
    for _m, a, b in r.find(_P["HYBRID"]):
        r.facts.hybrid = r.facts.remote = True
        r.claim("hybrid", a, b)
    for _m, a, b in r.find(_P["REMOTE"]):
        r.facts.remote = True
        r.claim("remote", a, b)
    for m, a, b in r.find(_P["LANGUAGE"]):
        r.facts.language = m["t"] or ("en" if m["en"] else "nl")
        r.claim("language", a, b)
        break


class _Names:
    """The gazetteer's names without spaces, and those a typo may reach."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self.compact = {key.replace(" ", ""): key for key in gazetteer.names()}
        self.fuzzy = [key for c, key in self.compact.items()
                      if c.isalpha() and len(c) >= 5 and c not in COMMON_WORD_NAMES]
        self.first_words = {key.split(" ")[0] for key in self.compact.values() if " " in key}
        self.first_words |= words.NAME_PREFIXES

    def exact(self, text: str) -> tuple[Place, str] | None:
        """The place named exactly so, and its compact key."""
        compact = name_key(text).replace(" ", "")
        place = self.gazetteer.resolve(self.compact.get(compact))
        return (place, compact) if place else None

    def misspelt(self, text: str, first: str | None) -> Place | None:
        """The one place a typo of ``text`` can mean; ``first``: a word the name must start
        with (so two everyday words are never glued into a name)."""
        word = name_key(text).replace(" ", "")
        limit = typo_limit(word)
        if (not limit or not word.isalpha() or word in NOT_PLACES or word in self.compact
                or self._adjective(word) or (first and first not in self.first_words)):
            return None
        among = (n for n in self.fuzzy if not first or n.replace(" ", "").startswith(first))
        return self.gazetteer.closest(word, limit, among)

    def _adjective(self, word: str) -> bool:
        """"haagse", "utrechtse", "groninger": a name's adjective, never a typo of it."""
        return any(word.endswith(s) and word[:-len(s)] in self.compact
                   for s in words.NAME_SUFFIXES)


def _place_at(r: _Reading, names: _Names, i: int) -> tuple[Place, int] | None:
    """The place whose name starts at token i, with its last token index."""
    toks = r.tokens
    for n in (5, 4, 3, 2, 1):  # "Alphen a/d Rijn"
        j = i + n - 1
        if (j >= len(toks) or any(r.claimed[i:j + 1]) or not toks[j].raw[-1].isalpha()
                or any(not t.raw[-1].isalnum() and t.raw not in _NAME_PUNCT for t in toks[i:j + 1])):
            continue
        found = names.exact(r.text[toks[i].start:toks[j].end])
        if found and (found[1] not in COMMON_WORD_NAMES or _cued_capital(r, i)):
            return found[0], j
    if not toks[i].raw[0].isalpha() or r.claimed[i] or toks[i].canon != toks[i].raw.lower():
        return None
    pair = i + 1 < len(toks) and not r.claimed[i + 1] and toks[i + 1].raw.isalpha()
    if pair and (place := names.misspelt(f"{toks[i].raw} {toks[i + 1].raw}", toks[i].canon)):
        return place, i + 1
    place = names.misspelt(toks[i].raw, None)
    return (place, i) if place else None


def _cued_capital(r: _Reading, i: int) -> bool:
    """An everyday word counts as a place only as "in Best", "rond Ede", "km van Epe"."""
    return i > 0 and r.tokens[i].raw[0].isupper() and (
        r.tokens[i - 1].canon in words.PLACE_CUES or r.claimed[i - 1] == "radius_km")


def _places(r: _Reading, gazetteer: Gazetteer) -> None:
    names, found, i = _Names(gazetteer), [], 0
    while i < len(r.tokens):
        if (hit := _place_at(r, names, i)) is None:
            i += 1
            continue
        place, j = hit
        r.claim("place", i, j)
        found.append(place)
        _claim_near(r, i, j)
        i = j + 1
    if found:
        r.facts.place, r.facts.places = found[0], tuple(dict.fromkeys(found))


def _claim_near(r: _Reading, i: int, j: int) -> None:
    """Take the cue before a place ("in", "rond", "in de buurt van") and "of omgeving" after."""
    for m in (_NEAR_BEFORE.search(r.canon, 0, r.starts[i]),
              _NEAR_AFTER.match(r.canon, r.starts[j] + len(r.tokens[j].canon))):
        if m is None:
            continue
        a, b = r.span(m)
        a = a + 1 if r.canon[m.start()] == " " else a
        if any(r.claimed[a:b + 1]):
            continue
        near = bool(re.search(words.NEAR_WORDS, m.group()))
        r.facts.near |= near
        r.claim("near" if near else "cue", a, b, note=near)


def _runs(r: _Reading) -> Iterator[tuple[int, int]]:
    """Stretches of tokens no fact claimed, without the words that only led up to a fact."""
    n = len(r.tokens)
    for claimed, group in groupby(range(n), key=lambda k: r.claimed[k] is not None):
        if claimed:
            continue
        span = list(group)
        a, b = span[0], span[-1]
        while a <= b and a > 0 and _trimmable(r.tokens[a]):
            a += 1
        while b >= a and b < n - 1 and _trimmable(r.tokens[b]):
            b -= 1
        if a <= b:
            yield a, b


def _trimmable(tok: _Token) -> bool:
    return (not tok.raw[0].isalnum() or tok.raw.lower() in words.CONNECTORS
            or tok.canon in words.CONNECTORS)


def _rest(r: _Reading) -> str:
    """The text without the facts, the words that only led up to them, and the opening."""
    rest = " ".join(r.text[r.tokens[a].start:r.tokens[b].end] for a, b in _runs(r))
    rest = _OPENINGS.sub("", rest)
    rest = re.sub(r"\(\s*\)|\s+(?=[,.;:!?)])", "", rest)
    return re.sub(r"\s+", " ", rest).strip(" ,.;:-!?")


def read_interest(text: str, gazetteer: Gazetteer) -> InterestFacts:
    """The facts written in a free-text interest, each with the words it was read from."""
    r = _Reading(text or "", [_Token(m.start(), m.end(), m.group(), _canonical(m.group()))
                              for m in _TOKEN.finditer(text or "")])
    for step in (_radius, _hours_numbers, _hours_said, _schedule, _remote_and_language):
        step(r)
    _places(r, gazetteer)
    r.facts.hours = _hours_kind(r)
    r.facts.rest = _rest(r)
    r.facts.evidence = tuple(sorted(r.evidence, key=lambda e: e.start))
    return r.facts
