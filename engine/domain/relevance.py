"""Whether a match deserves to be served, and what its copy may claim.

A ranking always has a best match. Serving it every time put ads on film reviews and
recipes, with copy that named a link the page did not have. This module judges the link.

- **What the copy may claim.** A concept may be named only when the request reached it
  directly, or through a broader occupation of what it named. It must also be a concept the
  vacancy itself belongs to: found in its title, occupational category, industry or listed
  skills, or in their broader occupation or sector. A link that runs only through widening (a
  skill shared by unrelated jobs) or through a passing mention in the description is no link
  to claim.
- **Whether a page context clears the floor.** The claimable link must be strong enough.
  Either the page is about work (it uses several words of work: jobs, staff, shifts, training,
  colleagues) and names the job's field, or it names the field strongly in several places
  (title, keywords, url, text).
- **Whether a stated interest clears it.** An interest must reach the vacancy through a
  claimable link of its own. A request that states only facts (place, hours, remote work) is
  served on those facts, with open copy.

The thresholds are in ``Floor``, set from the settings. They were calibrated on the development
set of judged pages, as ``docs/system.md`` describes.

Tuned on the third development batch (2026-12-03, issue 13; thresholds unchanged): beside a first
ad whose occupation the page names itself, a later ad must be reached through an occupation too
(the same one, or one of its sector, at half the weight): a gardener's training page no longer
gets a farm job through "agriculture", a district-nursing page no ICU nurse through a passing
"verpleegkundigen"; Dutch words of work that are English words ("stage", "rooster") do not count
on an English page; TV programmes are shows. With the reading of interests (``interest_text``,
``understanding``, ``matching``, ``services.render``), dev figures before → after —
first batch: false claims 2 → 1 (2.4 → 1.2 per 100 ads), interests 80.4 → 100 %, off-topic no ad
100 %, no bid 95.1 %, first ad fits 98.2 % (unchanged); third batch: false claims 10 → 6 (13.0 →
8.5 per 100), off-topic no ad 90.0 → 92.5 %, no bid 92.5 %, interests 75.0 → 92.5 %, first ad
fits 97.9 %, fitting pages served 94 % (unchanged); nDCG@5 match_eval 0.844 (unchanged).

Sixth development batch (2026-12-03; the fourth relevance batch, ``more4_*``; thresholds
unchanged): an occupation the page names only by an activity, field or object word ("tuinieren",
"biology", "repareren", "verpleegkunde": ``activity_readings``) is no link on a page not about
work, unless its title, keywords or address name a person or workplace of that field; a page
with more words of learning than of work (homework, exams, admissions) is about studying and
clears no floor; an English occupation word written as a verb ("how to nurse", "you can cook")
is doubtful (``senses``). Dev figures before → after — fourth batch: false claims 33 → 16 (42.3
→ 26.2 per 100 ads), off-topic no ad 30 → 39 of 45, no bid 33 → 39 of 45, fitting pages served
35/45, first ad fits 32/35, interests 38/40 (unchanged); third batch: no bid 37 → 38 of 40, the
rest unchanged; first batch: no bid 39 → 40 of 41, the rest unchanged; nDCG@5 0.844 (unchanged).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from itertools import islice

from engine.domain.matching import Match
from engine.domain.normalise import fold
from engine.domain.query import QueryConcept
from engine.domain.signals import ContextSignals
from engine.domain.taxonomy import Taxonomy
from engine.domain.work_words import (
    DUTCH_FALSE_FRIENDS,
    ENTERTAINMENT_ENDINGS,
    ENTERTAINMENT_WORDS,
    STUDY_WORDS,
    WORK_WORDS,
    folded_words,
    names_activity,
)

# Where in a vacancy a concept shows what the job is (not a passing mention in the description).
BELONGS_FIELDS = frozenset({"title", "occupational_category", "industry", "skills"})
# How a request may reach a concept for the copy to name it: not through a shared skill.
CLAIM_VIAS = frozenset({"direct", "broader"})
# A generic skill (``Taxonomy.generic_skills``: communication, numeracy, English) says little
# about which job a page is about: it counts for a quarter of its weight.
GENERIC_SHARE = 0.25
# A second or third ad must speak to the same field as the first, about as strongly.
SECOND_AD_SHARE = 0.5
# What vouches for an activity word (``activity_readings``): a person or workplace of its field,
# named where a page says what it is about.
FIELD_TYPES = frozenset({"occupation", "sector"})
NAMING_SIGNALS = frozenset({"context.title", "context.keywords", "context.url"})
SHORT_PAGE_WORDS = 40  # fewer words than this: one word of work says the page is about work


@dataclass(frozen=True)
class Floor:
    """The calibrated thresholds; see the module docstring."""

    context_strength: float = 0.4   # claimable weight a page needs ...
    work_words: int = 2             # ... when it uses at least this many distinct words of work
    strong_strength: float = 0.6    # or this much claimable weight ...
    strong_signals: int = 2         # ... from at least this many parts of the page
    strong_concepts: int = 2        # ... or this many concepts of the job
    interest_strength: float = 0.2  # claimable weight a stated interest needs


@dataclass(frozen=True)
class Link:
    """What ties one match to its request."""

    strength: float               # claimable weight, summed over the request's signals
    signals: frozenset[str]       # which parts of the request carry it ("context.title", ...)
    claim: str | None             # the concept the copy may name; None: open copy
    interest_strength: float = 0.0
    concepts: int = 0             # distinct claimable concepts
    specific: bool = False        # the page names an occupation or a telling skill of the job
    claimed: frozenset[str] = frozenset()  # the concepts the copy may name (found once, used twice)
    occupations: tuple[tuple[str, float], ...] = ()  # occupations the page names itself, strongest first

    @property
    def context_strength(self) -> float:
        return round(self.strength - self.interest_strength, 4)


def belongs(match: Match, concept: str, taxonomy: Taxonomy) -> bool:
    """Does the vacancy itself belong to ``concept``? Either the concept was found where the job
    is described (title, occupational category, industry, listed skills), or it is a broader
    occupation or the sector of an occupation found there. A skill confers no sector: that a
    maths teacher needs numeracy does not make the job one in finance."""
    found = match.item.evidence.get(concept)
    if found is not None and found.field in BELONGS_FIELDS and _found_as(taxonomy, concept, found.term):
        return True
    for narrower, evidence in match.item.evidence.items():
        if evidence.field not in BELONGS_FIELDS or narrower == concept or narrower not in taxonomy:
            continue
        if taxonomy[narrower].type == "occupation" and _found_as(taxonomy, narrower, evidence.term) \
                and any(a.id == concept for a in taxonomy.ancestors(narrower)):
            return True
    return False


def _found_as(taxonomy: Taxonomy, concept: str, term: str) -> bool:
    """Was ``term`` a term of ``concept`` itself (not of a narrower one it was closed over from)?"""
    if concept not in taxonomy:
        return False
    return fold(term) in taxonomy[concept].folded_terms


def assess(match: Match, query: Mapping[str, QueryConcept], taxonomy: Taxonomy,
           generic: frozenset[str] = frozenset(), passing: frozenset[tuple[str, str]] = frozenset()) -> Link:
    """The claimable part of ``match``'s concept reasons, and the strongest concept to name.
    ``passing``: the page's readings (signal, words) that are no link (``activity_readings``)."""
    strength = interest = 0.0
    signals: set[str] = set()
    concepts: set[str] = set()
    specific = False
    claim: tuple[float, str] | None = None
    occupations: dict[str, float] = {}
    for reason in match.reasons:
        if reason.kind != "concept" or reason.concept is None:
            continue
        if not claimable(match, query, reason.concept, taxonomy):
            continue
        asked = query[reason.concept]
        if passing and (asked.signal, asked.input) in passing:
            continue
        weight = reason.weight * (GENERIC_SHARE if reason.concept in generic else 1.0)
        strength += weight
        signals.add(asked.signal)
        concepts.add(reason.concept)
        if asked.source == "preferences":
            interest += weight
        specific = specific or (asked.source == "context" and reason.concept not in generic
                                and taxonomy[reason.concept].type != "sector")
        if asked.source == "context" and asked.via == "direct" and taxonomy[reason.concept].type == "occupation":
            occupations[reason.concept] = occupations.get(reason.concept, 0.0) + weight
        # the interest's own words lead the copy when they reach the job, else the page's
        rank = weight + (1.0 if asked.source == "preferences" else 0.0)
        if claim is None or rank > claim[0]:
            claim = (rank, reason.concept)
    ordered = tuple(sorted(occupations.items(), key=lambda item: (-item[1], item[0])))
    return Link(round(strength, 4), frozenset(signals), claim[1] if claim else None, round(interest, 4),
                len(concepts), specific, frozenset(concepts), ordered)


def page_reading(ctx: ContextSignals | None, floor: Floor) -> tuple[bool, bool]:
    """Whether the page speaks of work (``floor.work_words`` distinct words of work, or one in a
    short page), and whether it is short: a title and a few keywords, as bid requests carry."""
    reading = page_and_study(ctx, floor)
    return reading[0], reading[1]


def page_and_study(ctx: ContextSignals | None, floor: Floor) -> tuple[bool, bool, bool]:
    """``page_reading``, and whether the page is about studying: it uses more words of learning
    (homework, exams, admissions) than words of work, and at least two (one on a short page,
    as for words of work). The page's distinct words are met with both word sets at once."""
    if ctx is None:
        return False, False, False
    text = " ".join(filter(None, (ctx.title, " ".join(ctx.keywords), ctx.text)))
    words = folded_words(text)
    short = len(words) < SHORT_PAGE_WORDS
    english = (ctx.language or "").lower().startswith("en")
    vocabulary = set(words)
    work = vocabulary & WORK_WORDS
    if english:
        work -= DUTCH_FALSE_FRIENDS
    found, study = len(work), len(vocabulary & STUDY_WORDS)
    needed = 1 if short else floor.work_words
    return found >= needed, short, study >= needed and study > found


def entertainment(ctx: ContextSignals | None) -> bool:
    """Does the page say, in its title or keywords, that it is a game, film, series, book or
    show, or a review of one? Its occupations are then a story's, not work on offer."""
    if ctx is None:
        return False
    words = set(folded_words(" ".join(filter(None, (ctx.title, *ctx.keywords)))))
    return any(w in ENTERTAINMENT_WORDS or (len(w) > 7 and w.endswith(ENTERTAINMENT_ENDINGS)) for w in words)


def context_clears(link: Link, about_work: bool, short: bool, floor: Floor) -> bool:
    """A page is about this job: it speaks of work and names the field; or, on a short page (a
    title and keywords, as bid requests carry), it names an occupation or telling skill the
    job belongs to (a sector alone is too broad: a bank's news is not a finance job); or it
    names the field strongly,
    in several parts of the page or with several of the job's concepts."""
    strength = link.context_strength
    page_signals = {s for s in link.signals if s.startswith("context.")}
    if about_work and strength >= floor.context_strength:
        return True
    if short and link.specific and strength >= floor.context_strength:
        return True
    return strength >= floor.strong_strength and (len(page_signals) >= floor.strong_signals
                                                  or link.concepts >= floor.strong_concepts)


def interest_weight(match: Match, query: Mapping[str, QueryConcept]) -> float:
    """How strongly the reader's own interest reaches the vacancy, widening included: a vacancy
    that needs the skill someone asked for is worth showing, with open copy when the skill is
    no link to claim."""
    return sum(r.weight for r in match.reasons
               if r.kind == "concept" and r.concept is not None and r.concept in query
               and query[r.concept].source == "preferences")


def same_field(first: Link, other: Link, taxonomy: Taxonomy) -> bool:
    """Does ``other`` claim the first ad's concept or its sector, at half its strength or more?
    When the page names the first ad's occupation, ``other`` must be reached through an
    occupation too, at half the first's weight or more: the same one, or one of its sector. A
    page on district nurses names "nurse" in passing; that is no page about ICU nursing, and a
    gardener's training page is no page for a farm job of the same sector."""
    if other.strength < SECOND_AD_SHARE * first.strength or first.claim is None or other.claim is None:
        return False
    if first.occupations and not _same_occupation(first, other, taxonomy):
        return False
    if other.claim == first.claim:
        return True
    sectors = [taxonomy.sector_of(c) if c in taxonomy else None for c in (first.claim, other.claim)]
    return sectors[0] is not None and sectors[1] is not None and sectors[0].id == sectors[1].id


def _same_occupation(first: Link, other: Link, taxonomy: Taxonomy) -> bool:
    lead, weight = first.occupations[0]
    theirs = {concept for concept, _ in first.occupations}
    sector = taxonomy.sector_of(lead)
    for concept, strength in other.occupations:
        if strength < SECOND_AD_SHARE * weight:
            break  # strongest first: the rest are weaker still
        if concept in theirs:
            return True
        own = taxonomy.sector_of(concept)
        if sector is not None and own is not None and own.id == sector.id:
            return True
    return False


def activity_readings(query: Mapping[str, QueryConcept], taxonomy: Taxonomy) -> frozenset[tuple[str, str]]:
    """The page's words that name an occupation only by what it does or deals with ("gardening",
    "biologie", "repareren", "verpleegkunde"), as (signal, words), where nothing else in the
    page's title, keywords or address names a person or workplace of that field ("ziekenhuis",
    "patients", "thuiszorg" beside "wijkverpleging"): on a page not about work such a word is a
    hobby, a school subject or a news topic, so neither it nor the broader occupations reached
    from it are a link. A passing mention in the text vouches for nothing (a DIY page sends you to
    the bike mechanic when all else fails). Looked at once per request, over the query."""
    activities: list[QueryConcept] = []
    named: set[str | None] = set()
    for q in query.values():
        if q.via != "direct" or q.source != "context":
            continue
        concept = taxonomy[q.concept]
        if concept.type == "occupation" and names_activity(q.input, concept.folded_terms):
            activities.append(q)
        elif concept.type in FIELD_TYPES and q.signal in NAMING_SIGNALS:
            named.add(_sector_id(taxonomy, q.concept))
    named.discard(None)  # a concept of no sector vouches for none
    return frozenset((q.signal, q.input) for q in activities if _sector_id(taxonomy, q.concept) not in named)


def _sector_id(taxonomy: Taxonomy, concept: str) -> str | None:
    sector = taxonomy.sector_of(concept)
    return sector.id if sector is not None else None


def without_claims(match: Match) -> Match:
    """The match as served with open copy: its concept reasons are not a link to claim."""
    return replace(match, reasons=tuple(r for r in match.reasons if r.kind != "concept"))


def claimable(match: Match, query: Mapping[str, QueryConcept], concept: str | None, taxonomy: Taxonomy) -> bool:
    """May the copy name ``concept`` for this match: reached directly (not through a skill shared
    by other jobs), and a concept the vacancy itself belongs to. A generic skill the reader
    asked for and the vacancy lists is a true link, if a weak one (``assess`` weighs it less)."""
    if concept is None:
        return False
    asked = query.get(concept)
    return asked is not None and asked.via in CLAIM_VIAS and belongs(match, concept, taxonomy)


def as_claimed(match: Match, link: Link) -> Match:
    """The match with only what it may claim: its claimable concept reasons, the one the copy
    names first, and its reasons of fact (place, hours, remote work, language, region)."""
    concepts = [r for r in match.reasons if r.kind == "concept" and r.concept in link.claimed]
    concepts.sort(key=lambda r: r.concept != link.claim)  # stable: the rest keep their order
    facts = [r for r in match.reasons if r.kind != "concept"]
    return replace(match, reasons=tuple(concepts + facts))


def serve(matches: Iterable[Match], query: Mapping[str, QueryConcept], ctx: ContextSignals | None,
          floor: Floor, taxonomy: Taxonomy, generic: frozenset[str] = frozenset(),
          career_site: bool = False, limit: int | None = None) -> list[Match]:
    """The matches that clear the floor, each with only what it may claim.

    A request that reached no concept at all (only a place, hours or remote work) is served on
    those facts, with open copy. Otherwise the reader's stated interest must reach the vacancy
    strongly enough (with open copy when no link is one to claim), or the page must clear the
    context floor. On a page alone, every ad after the first must speak to the first one's
    field about as strongly: a page on hotels gets hotel jobs, not a customer-service job that
    shares a language skill. A career site's slot (``career_site``) is about work by what its
    owner declared. With ``limit``, the matches after the ``limit``-th served are not looked at
    (``matches`` may unpack them lazily: see ``matching.ranked``).
    """
    if not query:
        return [without_claims(m) for m in islice(matches, limit)]
    asked_interest = any(q.source == "preferences" for q in query.values())
    about_work, short, studying = page_and_study(ctx, floor)
    about_work = about_work or career_site
    # a game, film or show (or its review) names occupations as its story ("career mode", "the
    # show works"), a page about studying names them as subjects: the page clears no floor, only
    # the reader's own interest can
    story = (entertainment(ctx) or studying) and not career_site
    passing = frozenset() if about_work else activity_readings(query, taxonomy)
    served: list[tuple[Match, Link]] = []
    for match in matches:
        link = assess(match, query, taxonomy, generic, passing)
        wanted = asked_interest and interest_weight(match, query) >= floor.interest_strength
        if not (wanted or (not story and context_clears(link, about_work, short, floor))):
            continue
        if not asked_interest and served and not same_field(served[0][1], link, taxonomy):
            continue
        served.append((as_claimed(match, link), link))
        if len(served) == limit:
            break
    return [match for match, _ in served]
