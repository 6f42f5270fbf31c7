"""Statements about who a person is are dropped from free-text interests before anything stores,
matches, echoes or signs them (GDPR Art. 9 and 10; no profiling on protected grounds).

The judgment lives in ``engine.domain.statements``: the text is cut into clauses and a clause that
is a statement about a person goes whole. This module keeps the name the rest of the engine calls.
"""

from __future__ import annotations

from functools import lru_cache

from engine.domain.statements import CATEGORIES, Cleaned, drop_statements

__all__ = ["CATEGORIES", "Cleaned", "drop_sensitive"]


# Interests come back with every render of the same reader's request: a bounded memo of this pure
# function (as the analyzer keeps its readings) keeps the clause judgment off the warm path.
@lru_cache(maxsize=4096)
def drop_sensitive(text: str) -> Cleaned:
    """The text without statements about the person; and which kinds were dropped (never the words)."""
    return drop_statements(text)
