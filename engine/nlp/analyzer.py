"""Text in, concepts out: the one door to the pipelines, with a per-process LRU cache.

Pages and interests repeat far more often than they change, so each worker remembers the
analysis of the texts it saw last; the cache holds concept ids and offsets, never ``Doc``s.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import cast

import spacy
from spacy.language import Language

from engine.domain.language import SUPPORTED, detect_language
from engine.nlp.components.concepts import ConceptMatcher  # importing it registers the factory

log = logging.getLogger(__name__)
MAX_ANALYSED_CHARS = 20_000


class ModelsMissing(RuntimeError):
    """The built pipelines are not where the settings say."""


@dataclass(frozen=True)
class ConceptHit:
    concept: str
    term: str
    text: str
    start: int
    end: int
    via: str
    doubt: str | None = None  # "name" or "context": the words may mean something else here
    group: str = ""           # the concept's sector: what can vouch for an ambiguous term


def load_pipeline(path: Path) -> Language:
    """One built pipeline; its tokenizer comes from the language defaults (see build.py)."""
    if not (path / "meta.json").exists():
        raise ModelsMissing(f"no pipeline at {path}; run `make models`")
    return spacy.load(path, exclude=["tokenizer"])


def load_pipelines(models_dir: Path) -> dict[str, Language]:
    return {lang: load_pipeline(models_dir / lang) for lang in SUPPORTED}


class Analyzer:
    def __init__(self, pipelines: Mapping[str, Language], cache_size: int = 4096) -> None:
        self.pipelines = dict(pipelines)
        self._cached = lru_cache(maxsize=cache_size)(self._analyse)

    @property
    def versions(self) -> dict[str, str]:
        return {lang: f"{nlp.meta['name']}-{nlp.meta['version']}"
                for lang, nlp in self.pipelines.items()}

    @property
    def taxonomy_version(self) -> str:
        return next(iter(self.pipelines.values())).meta.get("plainsight", {}).get("taxonomy_version", "")

    def language_of(self, text: str, default: str | None = None) -> str | None:
        return detect_language(text[:MAX_ANALYSED_CHARS], default)

    def concepts(self, text: str, language: str | None = None, remember: bool = True,
                 title: bool = False) -> tuple[ConceptHit, ...]:
        """Concepts in ``text``; with no clear language both pipelines read it. ``remember=False``
        for text that must not outlive the request, such as stored preferences; ``title=True`` for
        a job title, which is also read by its head word (see components/titles.py)."""
        text = (text or "")[:MAX_ANALYSED_CHARS]
        if not text.strip():
            return ()
        if language not in self.pipelines:
            language = self.language_of(text)
        return self._cached(text, language, title) if remember else self._analyse(text, language, title)

    def coded(self, code: str) -> tuple[str, ...]:
        """The concepts a classification code stands for ("isco:2221", "esco:<uri>"), as built."""
        matcher = cast(ConceptMatcher, next(iter(self.pipelines.values())).get_pipe("plainsight_concepts"))
        return tuple(matcher.codes.get(code, ()))

    def cache_info(self):  # noqa: ANN201 - functools' named tuple
        return self._cached.cache_info()

    def _analyse(self, text: str, language: str | None, title: bool = False) -> tuple[ConceptHit, ...]:
        languages = [language] if language else list(self.pipelines)
        hits: dict[tuple[int, int, str], ConceptHit] = {}
        for lang in languages:
            nlp = self.pipelines[lang]
            matcher = cast(ConceptMatcher, nlp.get_pipe("plainsight_concepts"))
            doc = nlp.make_doc(text)
            for name, component in nlp.pipeline:  # any step before the concepts (none today)
                if name != "plainsight_concepts":
                    doc = component(doc)
            groups = matcher.groups
            # a doc's text is the text it was made from (spaCy keeps it whole), so it is passed on
            # rather than joined again from the tokens; two readings of one span and concept
            # ("hotel-restaurant"): the later one tells, as on the doc
            readings = {(r.start, r.end, r.concept): r for r in matcher.readings(doc, title, text)}
            for key, r in readings.items():
                hits.setdefault(key, ConceptHit(r.concept, r.term, r.text, r.start, r.end, r.via, r.doubt,
                                                groups.get(r.concept, r.concept)))
        return tuple(sorted(hits.values(), key=lambda h: (h.start, h.end, h.concept)))
