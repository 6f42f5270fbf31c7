"""The inclusive-language check with spaCy's lexicon under it: what ``POST /v1/lint``, the studio
and the vacancy import run.

The rules live in ``engine.domain.lint`` (pure Python, so the copy desk can use them too). This
layer adds spaCy's lookup tables (``spacy-lookups-data``, the same tables the concept pipelines
are built from; an installed package, nothing is downloaded) for two things word lists cannot do:

* **lemmas** — an inflected gender-coded word is found by its lemma ("domineert" → "domineren",
  "dominating" → "dominate");
* **a lexicon** — a word that is in neither language's table but one edit from a trigger word is
  a misspelling of it ("vrouwlijke", "nativ", "tusen"); a real word ("longer" next to "jonger")
  is never respelled.

The tables load once per process, on first use (about two seconds for both languages).
Figures for what each part adds: docs/system.md, "Inclusive-language check".
"""

from __future__ import annotations

import threading
from functools import cached_property, lru_cache

from spacy.lookups import Table, load_lookups

from engine.domain.language import SUPPORTED
from engine.domain.lint import Finding, lint


class Lexicon:
    """spaCy's lemma lookup tables for Dutch and English."""

    def __init__(self, cache_size: int = 1 << 16) -> None:
        self._lock = threading.Lock()
        # vacancy text repeats its words: remember the answers (a few MB at most)
        self.lemmatize = lru_cache(maxsize=cache_size)(self._lemmatize)
        self.known = lru_cache(maxsize=cache_size)(self._known)

    @cached_property
    def tables(self) -> dict[str, Table]:
        with self._lock:
            return {lang: load_lookups(lang, ["lemma_lookup"]).get_table("lemma_lookup") for lang in SUPPORTED}

    @cached_property
    def lemmas(self) -> frozenset[str]:
        """Every base form: the values of the lookup tables and the lemmatiser's word lists per part
        of speech (``lemma_index``): base forms are no keys of a lookup table."""
        words = {str(lemma).lower() for table in self.tables.values() for _, lemma in table.items()}
        for lang in SUPPORTED:
            index = load_lookups(lang, ["lemma_index"]).get_table("lemma_index")
            words.update(str(word).lower() for _, listed in index.items() for word in listed)
        return frozenset(words)

    def _lemmatize(self, word: str, language: str) -> str | None:
        """The lemma of ``word`` in ``language`` (the other language's table as a fallback)."""
        for lang in (language, *(other for other in SUPPORTED if other != language)):
            lemma = self.tables[lang].get(word)
            if lemma is not None:
                return str(lemma).lower()
        return None

    def _known(self, word: str) -> bool:
        """Whether ``word`` is a word of either language (an inflected form or a lemma)."""
        return word in self.lemmas or any(word in table for table in self.tables.values())


def lint_text(text: str, language: str | None, lexicon: Lexicon) -> tuple[list[Finding], str]:
    """Findings in ``text`` and the language used, with lemmas and misspellings (see the docstring)."""
    return lint(text, language, lemmatize=lexicon.lemmatize, known=lexicon.known)
