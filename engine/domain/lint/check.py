"""Running the rules over a text: every match is checked against the sentence it stands in (see
``context.py``), gendered words also against their other form, and overlapping findings of one
category collapse to the widest.

Two optional hooks let the layer above add what word lists cannot hold: ``lemmatize(word,
language)`` finds an inflected gender-coded word by its lemma ("domineert", "dominating"), and
``known(word)`` tells real words from misspellings so that a misspelled trigger is read as the
trigger ("vrouwlijke", "nativ"; see ``spelling.py``). The domain keeps no lexicon of its own
(``engine/nlp/lint.py`` passes spaCy's lookup tables in).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from functools import cache

from engine.domain.language import detect_language
from engine.domain.lint import (
    rules_age,
    rules_belief,
    rules_body,
    rules_gender,
    rules_health,
    rules_labels,
    rules_origin,
)
from engine.domain.lint.context import allowed, answers, sentence_of, sentence_spans
from engine.domain.lint.model import GROUNDS, Finding, Rule
from engine.domain.lint.spelling import Known, Respelled, Speller
from engine.domain.lint.words import CODED_NOT_BEFORE, FEMININE_EN, FEMININE_NL, MASCULINE_EN, MASCULINE_NL

Lemmatize = Callable[[str, str], "str | None"]

RULES: tuple[Rule, ...] = (*rules_age.RULES, *rules_gender.RULES, *rules_origin.RULES, *rules_health.RULES,
                           *rules_body.RULES, *rules_labels.RULES, *rules_belief.RULES)
_BY_NAME = {r.name: r for r in RULES}
# the gender-coded rules again, for words found by their lemma (the pattern itself is not used)
_CODED_BY_LEMMA: dict[str, Rule] = {
    **dict.fromkeys([*MASCULINE_NL, *MASCULINE_EN], _BY_NAME["masculine-coded"]),
    **dict.fromkeys([*FEMININE_NL, *FEMININE_EN], _BY_NAME["feminine-coded"]),
}
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_NOT_BEFORE = re.compile(rf"\s+{CODED_NOT_BEFORE}\b", re.IGNORECASE)


def _passes(rule: Rule, sentence: str, start: int, end: int) -> bool:
    if rule.before_unless is not None and rule.before_unless.search(sentence[:start]):
        return False
    if rule.pairs and rules_gender.paired(sentence, start, end):
        return False
    return allowed(rule, sentence, start, end)


def _context(text: str, spans: list[tuple[int, int]], starts: list[int], position: int) -> tuple[int, int]:
    """The sentence at ``position``; a question runs on into the sentence that answers it ("Heb je een
    migratieachtergrond? We moedigen je aan te reageren.", "Do you have children? Then do not apply.")."""
    first, last = sentence_of(spans, starts, position)
    if text[first:last].rstrip().endswith("?"):
        at = starts.index(first)
        if at + 1 < len(spans) and answers(text[spans[at + 1][0]:spans[at + 1][1]]):
            last = spans[at + 1][1]
    return first, last


def _finding(rule: Rule, text: str, start: int, end: int, language: str) -> Finding:
    suggestion = rule.suggestion[0 if language == "nl" else 1]
    return Finding(rule.category, start, end, text[start:end], rule.severity, suggestion, GROUNDS[rule.category])


def _rule_findings(text: str, language: str, spans: list[tuple[int, int]]) -> Iterator[Finding]:
    starts = [start for start, _ in spans]
    lower = text.lower()
    present: dict[tuple[str, ...], bool] = {}
    for each in RULES:
        if each.language not in (None, language):
            continue
        if each.requires is not None:
            if each.requires not in present:
                present[each.requires] = any(part in lower for part in each.requires)
            if not present[each.requires]:
                continue
        for match in each.pattern.finditer(text):
            if match.end() > match.start():
                first, last = _context(text, spans, starts, match.start())
                sentence = text[first:max(last, match.end())]
                if _passes(each, sentence, match.start() - first, match.end() - first):
                    yield _finding(each, text, match.start(), match.end(), language)


def _lemma_findings(text: str, language: str, spans: list[tuple[int, int]], lemmatize: Lemmatize,
                    taken: list[Finding]) -> Iterator[Finding]:
    """Gender-coded words the lists miss in this inflection, found by their lemma."""
    starts = [start for start, _ in spans]
    for word in _WORD.finditer(text):
        lemma = lemmatize(word.group(0).lower(), language)
        coded = _CODED_BY_LEMMA.get(lemma or "")
        if coded is None or any(f.start < word.end() and word.start() < f.end for f in taken):
            continue
        if _NOT_BEFORE.match(text, word.end()):
            continue
        first, last = _context(text, spans, starts, word.start())
        if _passes(coded, text[first:last], word.start() - first, word.end() - first):
            yield _finding(coded, text, word.start(), word.end(), language)


def collapse(findings: list[Finding], text: str) -> list[Finding]:
    """Sorted by position; overlapping findings of one category merge into one span (hard if any is
    hard, with the suggestion of the first hard one)."""
    kept: list[Finding] = []
    last: dict[str, int] = {}  # category -> index in kept of its last finding
    for finding in sorted(findings, key=lambda f: (f.start, -f.end, f.category)):
        at = last.get(finding.category)
        if at is None or finding.start >= kept[at].end:
            last[finding.category] = len(kept)
            kept.append(finding)
            continue
        before = kept[at]
        end = max(before.end, finding.end)
        lead = before if before.severity == "hard" or finding.severity == "soft" else finding
        kept[at] = replace(lead, start=before.start, end=end, text=text[before.start:end])
    return sorted(kept, key=lambda f: (f.start, -f.end, f.category))


@cache
def speller() -> Speller:
    return Speller((r.pattern.pattern for r in RULES), _CODED_BY_LEMMA)


def _back(finding: Finding, respelled: Respelled, text: str) -> Finding:
    start, end = respelled.span(finding.start, finding.end)
    return replace(finding, start=start, end=end, text=text[start:end])


def lint(text: str, language: str | None = None, lemmatize: Lemmatize | None = None,
         known: Known | None = None) -> tuple[list[Finding], str]:
    """Findings in ``text`` (sorted by position) and the language its suggestions are phrased in.
    ``lemmatize`` and ``known`` come from the layer above (see the module's docstring)."""
    language = language if language in ("nl", "en") else (detect_language(text, default="nl") or "nl")
    respelled = speller().respell(text, known) if known is not None else None
    checked = respelled.text if respelled is not None else text
    spans = sentence_spans(checked)
    findings = list(_rule_findings(checked, language, spans))
    if lemmatize is not None:
        findings += _lemma_findings(checked, language, spans, lemmatize, findings)
    if respelled is not None:
        findings = [_back(finding, respelled, text) for finding in findings]
    return collapse(findings, text), language
