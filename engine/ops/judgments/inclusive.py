"""The inclusive-language check (issue 14), as ``POST /v1/lint`` answers it.

Three figures per language: whether a sentence is flagged at all (precision and recall against
"the gold has findings"), whether every hard finding is caught somewhere on its words (any of our
findings overlapping its span), and per category whether a finding of the same category overlaps
it. The gold's ``appearance`` has no category of its own in the API, so unless the API is seen
answering ``appearance``, a gold appearance finding counts as caught by ``gender`` or ``other``;
the table says which mapping was used.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from engine.ops.judgments.api import EngineApi
from engine.ops.judgments.figures import Rows, Share, Shares, group_by, share
from engine.ops.judgments.sets import EvalSet, items

APPEARANCE = "appearance"
APPEARANCE_FALLBACK = frozenset({"gender", "other"})

Span = tuple[int, int]


@dataclass(frozen=True)
class Gold:
    category: str
    severity: str
    spans: tuple[Span, ...]  # every occurrence of the span: any of them may be the one meant


@dataclass(frozen=True)
class Found:
    category: str
    span: Span


@dataclass(frozen=True)
class SentenceSeen:
    id: str
    language: str
    gold: tuple[Gold, ...]
    found: tuple[Found, ...]


def occurrences(text: str, needle: str) -> tuple[Span, ...]:
    """Every place a gold span occurs: the set's authors let any occurrence count."""
    spans, start = [], text.find(needle)
    while needle and start >= 0:
        spans.append((start, start + len(needle)))
        start = text.find(needle, start + 1)
    return tuple(spans)


def overlaps(a: Span, b: Span) -> bool:
    """At least one character in common."""
    return a[0] < b[1] and b[0] < a[1]


def caught(gold: Gold, found: tuple[Found, ...], categories: frozenset[str] | None = None) -> bool:
    """Whether a finding (of one of ``categories``, when given) lies on the gold finding's words."""
    return any(overlaps(f.span, g) for f in found for g in gold.spans
               if categories is None or f.category in categories)


def category_mapping(seen_categories: set[str], gold_categories: set[str]) -> dict[str, frozenset[str]]:
    """Gold category -> the API categories that count for it: itself, except appearance when the
    API never answers it."""
    mapping = {category: frozenset({category}) for category in gold_categories}
    if APPEARANCE in gold_categories and APPEARANCE not in seen_categories:
        mapping[APPEARANCE] = APPEARANCE_FALLBACK
    return mapping


def _sentence_rows(label: str, sentences: list[SentenceSeen]) -> Rows:
    flagged = [s for s in sentences if s.found]
    positive = [s for s in sentences if s.gold]
    hard = [(g, s) for s in sentences for g in s.gold if g.severity == "hard"]
    return {f"sentences flagged, precision: {label}": share(bool(s.gold) for s in flagged),
            f"sentences flagged, recall: {label}": share(bool(s.found) for s in positive),
            f"hard findings caught: {label}": share(caught(g, s.found) for g, s in hard)}


def _category_recall(sentences: list[SentenceSeen], category: str, counted: frozenset[str]) -> Share:
    return share(caught(g, s.found, counted) for s in sentences for g in s.gold if g.category == category)


def score(sentences: list[SentenceSeen]) -> Rows:
    """Sentence precision and recall, hard-finding recall, and same-category recall per language."""
    seen = {f.category for s in sentences for f in s.found}
    gold_categories = {g.category for s in sentences for g in s.gold}
    mapping = category_mapping(seen, gold_categories)
    languages = group_by(sentences, lambda s: s.language)
    rows: Rows = {}
    for language, group in [*languages.items(), ("all", sentences)]:
        rows.update(_sentence_rows(language, group))
    for category in sorted(gold_categories):
        parts = [(language, _category_recall(group, category, mapping[category]))
                 for language, group in [*languages.items(), ("all", sentences)]]
        rows[f"same-category recall: {category}"] = Shares(tuple(parts))
    rows["appearance counted as"] = " or ".join(sorted(mapping.get(APPEARANCE, {APPEARANCE})))
    rows["gold categories the API never answered"] = ", ".join(sorted(gold_categories - seen)) or "none"
    return rows


def found_of(finding: dict[str, Any], text: str) -> Found:
    """Our finding with its span; by the text it quotes when the API gives no offsets."""
    if isinstance(finding.get("start"), int) and isinstance(finding.get("end"), int):
        return Found(finding["category"], (finding["start"], finding["end"]))
    spans = occurrences(text, str(finding.get("text") or "")) or ((0, 0),)
    return Found(finding["category"], spans[0])


def observe(api: EngineApi, sentence: dict[str, Any]) -> SentenceSeen:
    """A sentence's gold findings next to what ``POST /v1/lint`` found in it."""
    text = sentence["text"]
    gold = tuple(Gold(f["category"], f["severity"], occurrences(text, f["span"])) for f in sentence["findings"])
    found = tuple(found_of(f, text) for f in api.lint(text, sentence["language"]))
    return SentenceSeen(sentence["id"], sentence["language"], gold, found)


def run(api: EngineApi, eval_set: EvalSet) -> Rows:
    """Every sentence of the set through ``POST /v1/lint``."""
    return score([observe(api, sentence) for sentence in items(eval_set.lint, "sentences")])
