"""What the inclusive-language tests of each development batch check alike (test_lint_constructions,
test_lint_indirect, test_lint_grounds): a finding of the category over the words named."""

from __future__ import annotations

from engine.domain.lint import lint


def assert_flagged(text: str, language: str, category: str, words: str) -> None:
    """A finding of ``category`` overlaps ``words`` (the part of ``text`` that carries the problem)."""
    findings, _ = lint(text, language)
    start = text.index(words)
    assert any(f.category == category and f.start < start + len(words) and start < f.end for f in findings), findings
