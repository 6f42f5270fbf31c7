"""The explanation every ad carries: what was used, what never is, and the match's reasons.

It never repeats the reader's own interest text beyond the term that matched: a hyphenated
"zorg-ik-ben-58" matches through its part "zorg", and "zorg" is all an explanation, the
"why this ad?" page and its signed link show of it (``shown_reasons``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from engine.domain.i18n import N_, translations
from engine.domain.matching import Match, Reason
from engine.domain.normalise import fold
from engine.domain.privacy import SIGNALS_NEVER_USED
from engine.domain.signals import ContextSignals, Preferences
from engine.domain.taxonomy import Taxonomy
from engine.domain.understanding import Understood

TEXT_EXCERPT = 80
_PART = re.compile(r"[^\W_]+")  # a word or a number: hyphens, commas, brackets and spaces end it


@dataclass(frozen=True)
class Explanation:
    summary: str
    signals_used: tuple[dict, ...]
    signals_not_used: tuple[dict, ...]
    reasons: tuple[dict, ...]
    url: str | None = None
    understood: tuple[dict, ...] = ()  # "plaats: Groningen (uit je tekst)": field, value, the words

    def as_dict(self) -> dict:
        data = {"summary": self.summary, "signals_used": list(self.signals_used),
                "signals_not_used": list(self.signals_not_used), "reasons": list(self.reasons),
                "url": self.url}
        if self.understood:
            data["understood"] = list(self.understood)
        return data


@dataclass(frozen=True)
class Notes:
    """Facts about the request the explanation must mention (e.g. a token that has lapsed)."""

    not_used: tuple[tuple[str, str], ...] = ()  # (signal, reason code)
    understood: tuple[Understood, ...] = ()  # facts read from the interest text
    extra: dict = field(default_factory=dict)


_NOT_USED_REASONS = {
    "token_unknown": N_("unknown, expired or erased; only the context was used"),
    "store_unavailable": N_("could not be read just now (an outage); only what was sent along was used"),
    "not_used_for_ranking": N_("given, but not used"),
    "objection_gpc": N_("not used: your browser sends Global Privacy Control (Sec-GPC)"),
    "objection_dnt": N_("not used: your browser sends Do Not Track (DNT)"),
    "page_not_read_yet": N_("the page is still being read; until then only its address counts"),
    "pages_not_read": N_("this server does not read pages; only the address counts"),
    "personal_statement_ignored": N_("statements about yourself (such as age, family or health) were ignored"),
}


@lru_cache(maxsize=1024)
def _excerpt(text: str) -> str:
    """The page text as an explanation shows it: the same for every ad of a request, and for
    every request from one page (a whole page's whitespace rejoined each time otherwise)."""
    text = " ".join(text.split())
    return text if len(text) <= TEXT_EXCERPT else text[: TEXT_EXCERPT - 1].rsplit(" ", 1)[0] + "…"


def _parts(text: str) -> tuple[str, ...]:
    return tuple(fold(part) for part in _PART.findall(text))


_TERM_INDEX: dict[tuple[str, int], dict[tuple[str, ...], tuple[tuple[str, str], ...]]] = {}
LONGEST_TERM = 8  # words: the longest run of the reader's words looked up as one term


def _term_index(taxonomy: Taxonomy) -> dict[tuple[str, ...], tuple[tuple[str, str], ...]]:
    """Every term and name of the taxonomy by its folded words -> (term as written, concept),
    built once per taxonomy version."""
    key = (taxonomy.version, len(taxonomy))
    index = _TERM_INDEX.get(key)
    if index is None:
        found: dict[tuple[str, ...], list[tuple[str, str]]] = {}
        for concept in taxonomy.concepts.values():
            for term in dict.fromkeys([*concept.labels.values(), *(t for ts in concept.terms.values() for t in ts)]):
                if 0 < len(words := _parts(term)) <= LONGEST_TERM:
                    found.setdefault(words, []).append((term, concept.id))
        index = _TERM_INDEX[key] = {words: tuple(terms) for words, terms in found.items()}
    return index


def _leads_to(concept_id: str, related: Sequence[str], taxonomy: Taxonomy) -> bool:
    """Does a term of ``concept_id`` lead to one of ``related``: the same concept, a narrower one,
    or a skill one of them uses?"""
    if concept_id in related:
        return True
    if any(ancestor.id in related for ancestor in taxonomy.ancestors(concept_id)):
        return True
    return any(concept_id in taxonomy[c].skills for c in related if c in taxonomy)


def interest_term(words: str, concepts: Sequence[str], language: str, taxonomy: Taxonomy) -> str:
    """What an explanation shows of the reader's ``words`` that matched ``concepts`` (the reason's
    concept first): the longest run of them that is a term of the taxonomy leading to one of the
    concepts, as they wrote it, else the first concept's name. Never more of the words:
    "Zorg-ik-ben-58" shows as "Zorg"."""
    known = [c for c in concepts if c in taxonomy]
    if not known:
        return ""
    index, spans = _term_index(taxonomy), [m.span() for m in _PART.finditer(words)]
    parts = tuple(fold(words[start:end]) for start, end in spans)
    for size in range(min(LONGEST_TERM, len(parts)), 0, -1):
        starts = sorted(range(len(parts) - size + 1), key=lambda i: -len("".join(parts[i:i + size])))
        for i in starts:
            if any(_leads_to(concept, known, taxonomy) for _, concept in index.get(parts[i:i + size], ())):
                return " ".join(words[spans[i][0]:spans[i + size - 1][1]].split())
    return taxonomy[known[0]].label(language)


def shown_reasons(reasons: Sequence[Reason], language: str, taxonomy: Taxonomy) -> tuple[Reason, ...]:
    """The reasons as an explanation shows them: the reader's interest only as the term that matched."""
    stated = [r for r in reasons if r.signal == "preferences" and r.kind == "concept"]
    shown = []
    for reason in reasons:
        if reason in stated:
            related = [reason.concept, *(r.concept for r in stated if r.input == reason.input)]
            words = interest_term(reason.input, [c for c in dict.fromkeys(related) if c], language, taxonomy)
            reason = replace(reason, input=words)
        shown.append(reason)
    return tuple(shown)


def signals_given(prefs: Preferences | None, ctx: ContextSignals | None,
                  reasons: Sequence[Reason] = ()) -> list[dict]:
    """What the request gave; of the interest text only the terms that matched (``reasons``, shown)."""
    used: list[dict] = []
    if prefs:
        for name in ("interests", "location", "hours", "remote", "language"):
            value = getattr(prefs, name)
            if name == "interests" and value:
                value = ", ".join(dict.fromkeys(r.input for r in reasons if r.signal == "preferences"
                                                and r.kind == "concept" and r.input))
                used.append({"signal": "preferences.interests", "value": value})
            elif value not in (None, ""):
                used.append({"signal": f"preferences.{name}", "value": value})
    if ctx:
        for name in ("url", "title", "keywords", "text", "language", "region"):
            value = getattr(ctx, name)
            if value:
                if name == "text":
                    value = _excerpt(value)
                elif name == "keywords":
                    value = list(value)
                used.append({"signal": f"context.{name}", "value": value})
    return used


def _quote(text: str | None) -> str:
    return f"‘{text}’" if text else ""


def summarise(language: str, reasons: tuple[Reason, ...], topic: str | None) -> str:
    """One or two plain sentences in the ad's language."""
    _ = translations(language).gettext
    concept = next((r for r in reasons if r.kind == "concept"), None)
    place = next((r for r in reasons if r.kind == "location"), None)
    parts = []
    if concept is not None and concept.signal == "preferences":
        parts.append(_("your interest %(interest)s fits %(matched)s in this vacancy")
                     % {"interest": _quote(concept.input), "matched": _quote(concept.matched)})
    elif concept is not None:
        parts.append(_("the page you are reading is about %(topic)s") % {"topic": topic or concept.input})
    if place is not None and place.matched == "remote":  # a remote job is near nothing, it is anywhere
        parts.append(_("it can be done from home, wherever you live"))
    elif place is not None:
        parts.append(_("it is near the place you chose (%(place)s)") % {"place": place.input})
    if not parts:
        parts.append(_("the vacancy fits what you stated"))
    because = parts[0]
    if len(parts) == 2:  # what the ad speaks to, and the place
        because = _("%(first)s and %(second)s") % {"first": parts[0], "second": parts[1]}
    return _("You see this vacancy because %(reasons)s. We use no cookies, browsing history, device "
             "identifiers, IP address or demographics.") % {"reasons": because}


def explain(match: Match, language: str, prefs: Preferences | None, ctx: ContextSignals | None,
            topic: str | None, notes: Notes, taxonomy: Taxonomy, url: str | None = None) -> Explanation:
    _ = translations(language).gettext
    not_used = [{"signal": sid, "label": labels[language]} for sid, labels in SIGNALS_NEVER_USED]
    for signal, code in notes.not_used:
        not_used.append({"signal": signal, "label": _(_NOT_USED_REASONS[code]), "reason": code})
    reasons = shown_reasons(match.reasons, language, taxonomy)
    return Explanation(
        summary=summarise(language, reasons, topic),
        signals_used=tuple(signals_given(prefs, ctx, reasons)),
        signals_not_used=tuple(not_used),
        reasons=tuple(r.as_dict() for r in reasons),
        url=url,
        understood=tuple(u.as_dict() for u in notes.understood),
    )


_FIELDS = ("signal", "input", "matched", "concept", "weight", "kind")


def why_facts(match: Match, language: str, explanation: Explanation) -> dict:
    """What the signed "why this ad?" link carries: the decision, not the person (its reasons as
    the explanation shows them)."""
    return {
        "v": match.vacancy_id,
        "l": language,
        "s": explanation.summary,
        "r": [[r[name] for name in _FIELDS] for r in explanation.reasons[:4]],
        "u": [s["signal"] for s in explanation.signals_used],
    }


def shown_why(facts: dict, language: str, taxonomy: Taxonomy) -> dict:
    """A signed link's facts as the "why this ad?" page shows them: also a link signed before
    explanations showed only the matched term shows no more of the reader's words."""
    rows = [row for row in facts.get("r") or () if isinstance(row, list) and len(row) == len(_FIELDS)]
    before = [Reason(*row) for row in rows]
    after = shown_reasons(before, language, taxonomy)
    summary = str(facts.get("s") or "")
    for old, new in zip(before, after, strict=True):
        if old.input != new.input:
            summary = summary.replace(_quote(old.input), _quote(new.input))
    return {**facts, "s": summary, "r": [[getattr(r, name) for name in _FIELDS] for r in after]}
