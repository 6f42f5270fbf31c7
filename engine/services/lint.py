"""The inclusive-language check, for the public API and the studio's panel: the rules of
``engine.domain.lint`` with spaCy's lexicon under them (``engine.nlp.lint``)."""

from __future__ import annotations

from dataclasses import dataclass

from engine.domain.lint import Finding
from engine.nlp.lint import Lexicon, lint_text


@dataclass(frozen=True)
class LintPanel:
    findings: list[Finding]
    language: str  # the language the text was checked in
    marked: list[tuple[str, Finding | None]]  # the text in plain and flagged pieces


def marked(text: str, findings: list[Finding]) -> list[tuple[str, Finding | None]]:
    """The text cut into plain pieces and flagged pieces (with their finding), for highlighting."""
    pieces: list[tuple[str, Finding | None]] = []
    at = 0
    for finding in findings:
        if finding.start < at:
            continue
        pieces.append((text[at:finding.start], None))
        pieces.append((text[finding.start:finding.end], finding))
        at = finding.end
    pieces.append((text[at:], None))
    return [p for p in pieces if p[0]]


class LintService:
    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon  # one per process, built by the composition root

    def check(self, text: str, language: str | None = None) -> tuple[list[Finding], str]:
        """Findings, and the language the text was checked in (detected when not given)."""
        return lint_text(text, language, self.lexicon)

    def panel(self, text: str, language: str | None, fallback_language: str) -> LintPanel:
        """The studio's panel: no text, no check (and the reader's language for the empty form)."""
        findings, used = lint_text(text, language, self.lexicon) if text else ([], language or fallback_language)
        return LintPanel(findings, used, marked(text, findings))
