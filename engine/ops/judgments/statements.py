"""Statements about the person (issue 14): removed whole, while the job interest survives.

Each text is stored with consent through ``POST /v1/preferences`` and read back, so the figure is
about what the engine keeps, not about an internal cleaning step. A statement is removed whole when
no word of its span survives, apart from words that also belong to a ``keep`` string and function
words that any text may contain. A refusal (422) keeps nothing of the statement, and nothing of
the interest either.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from engine.ops.judgments.api import EngineApi
from engine.ops.judgments.figures import Rows, Share, group_by, share, words
from engine.ops.judgments.sets import EvalSet, items

# Words any text may hold without saying anything about a person: the closed classes (articles,
# pronouns, auxiliaries, common prepositions and conjunctions) of both languages. "ben verslaafd
# geweest aan alcohol" is removed whole when "alcohol" and "verslaafd" are gone, whatever "ben",
# "geweest" and "aan" the rest of the text holds. ``\w+`` splits English contractions, so their
# tails are here too: the "m" of an "I'm" that stays is the contraction's, not the statement's.
FUNCTION_WORDS = frozenset(
    "de het een en of van in op voor met ik mijn the a an and or of in on for with i my me".split()
    + "m s re ve ll d t im ive id".split()
    + "ben bent is zijn was waren heb hebt heeft hebben had geweest word wordt werd am are were be been being "
      "have has do does did will would can could".split()
    + "aan bij uit naar om te tot als dat die dit wat ook nog wel al maar dus want omdat to at by from as that "
      "this which who also still but so because".split()
    + "je jij u hij zij ze we wij hun hen you he she it they we him her them his its their our".split())
RANK_LIMIT = 5


@dataclass(frozen=True)
class Statement:
    category: str
    span: str


@dataclass(frozen=True)
class TextSeen:
    """An item and the interests stored for it; ``stored`` is None when the API refused it (422)."""

    id: str
    language: str
    statements: tuple[Statement, ...]
    keep: tuple[str, ...]
    stored: str | None


def span_words(span: str, keep: tuple[str, ...]) -> set[str]:
    """The words of a span that must not survive: not function words, not words of the interest."""
    kept_words = {word for text in keep for word in words(text)}
    return set(words(span)) - kept_words - FUNCTION_WORDS


def removed_whole(statement: Statement, seen: TextSeen) -> bool:
    """No word of the span that must go is left in what was stored (a refusal stores nothing)."""
    if seen.stored is None:
        return True
    return not span_words(statement.span, seen.keep) & set(words(seen.stored))


def kept(seen: TextSeen) -> bool:
    """Every keep string survives (case-insensitive); a refusal keeps nothing."""
    if seen.stored is None:
        return False
    stored = seen.stored.lower()
    return all(text.lower() in stored for text in seen.keep)


def score_statements(seen: list[TextSeen]) -> Rows:
    """Removed-whole share per statement and kept share per item (items with something to keep),
    overall, per language and per category."""
    pairs = [(statement, item) for item in seen for statement in item.statements]
    with_keep = [item for item in seen if item.keep]
    rows: Rows = {"removed whole: all": share(removed_whole(s, item) for s, item in pairs)}
    for language, group in group_by(pairs, lambda pair: pair[1].language).items():
        rows[f"removed whole: {language}"] = share(removed_whole(s, item) for s, item in group)
    for category, group in group_by(pairs, lambda pair: pair[0].category).items():
        rows[f"removed whole: {category}"] = share(removed_whole(s, item) for s, item in group)
    rows["kept: all"] = share(kept(item) for item in with_keep)
    for language, items_ in group_by(with_keep, lambda item: item.language).items():
        rows[f"kept: {language}"] = share(kept(item) for item in items_)
    for category in sorted({s.category for s, _ in pairs}):
        rows[f"kept: {category}"] = share(kept(item) for item in with_keep
                                          if any(s.category == category for s in item.statements))
    return rows


def score_lookalikes(seen: list[TextSeen]) -> Rows:
    """Look-alikes are job interests: any removal from them is a false positive."""
    rows: Rows = {"look-alikes kept: all": share(kept(item) for item in seen)}
    for language, group in group_by(seen, lambda item: item.language).items():
        rows[f"look-alikes kept: {language}"] = share(kept(item) for item in group)
    return rows


def without_spans(text: str, spans: list[str]) -> str:
    """The text as it would read had the person not written the statements."""
    for span in spans:
        text = text.replace(span, " ", 1)
    return " ".join(text.split())


def rankings_unchanged(pairs: list[tuple[tuple[int, list[str]], tuple[int, list[str]]]]) -> Share:
    """Share of (with statements, without) answers that are the same: status and vacancy order."""
    return share(with_ == without for with_, without in pairs)


def observe(api: EngineApi, item: dict[str, Any]) -> TextSeen:
    """Store the text with consent and read back what the engine kept of it."""
    status, stored, _ = api.store_preferences({"interests": item["text"]})
    if status not in (201, 422):
        raise RuntimeError(f"POST /v1/preferences for {item['id']} answered {status}")
    statements = tuple(Statement(s["category"], s["span"]) for s in item.get("statements") or [])
    text = None if stored is None else str(stored.get("interests") or "")
    return TextSeen(item["id"], item["language"], statements, tuple(item.get("keep") or []), text)


def rank_pair(api: EngineApi, item: dict[str, Any]) -> tuple[tuple[int, list[str]], tuple[int, list[str]]]:
    """The ranking with the statements and without them: a statement should change nothing."""
    plain = without_spans(item["text"], [s["span"] for s in item["statements"]])
    return (api.match({"preferences": {"interests": item["text"]}, "limit": RANK_LIMIT}),
            api.match({"preferences": {"interests": plain}, "limit": RANK_LIMIT}))


def run(api: EngineApi, eval_set: EvalSet) -> Rows:
    """Statements, look-alikes and the rankings with and without statements, of one set."""
    statement_items = items(eval_set.statements, "items")
    seen = [observe(api, item) for item in statement_items]
    lookalikes = [observe(api, item) for item in items(eval_set.lookalikes, "items")]
    pairs = [rank_pair(api, item) for item in statement_items if item.get("keep")]
    return {**score_statements(seen), **score_lookalikes(lookalikes), "rankings unchanged": rankings_unchanged(pairs)}
