"""How this worker is doing: health for load balancers and the figures behind the metrics.

Reads only what the worker already holds (its index, its oversight state, its caches) plus one
ping of the store; nothing here counts a request.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from engine.domain.taxonomy import Taxonomy
from engine.nlp.analyzer import Analyzer
from engine.services.render import Plainsight
from engine.store.client import Store
from engine.store.index import IndexHolder
from engine.store.oversight import OversightHolder


@dataclass(frozen=True)
class Gauges:
    vacancies: int
    catalogue_version: int
    index_stale: bool
    serving_stopped: bool


class HealthService:
    def __init__(self, *, store: Store, index: IndexHolder, oversight: OversightHolder, analyzer: Analyzer,
                 taxonomy: Taxonomy, plainsight: Plainsight) -> None:
        self.store = store
        self.index = index
        self.oversight = oversight
        self.analyzer = analyzer
        self.taxonomy = taxonomy
        self.plainsight = plainsight

    def report(self) -> dict[str, Any]:
        """``degraded`` when the store is down or the last refresh of the index or state failed."""
        store_up = self.store.ping()
        index = self.index.current()
        healthy = store_up and not self.index.stale and not self.oversight.stale
        return {
            "status": "ok" if healthy else "degraded",
            "store": "up" if store_up else "down",
            "vacancies": len(index),
            "catalogue_version": index.version,
            "models": self.analyzer.versions,
            "taxonomy_version": self.taxonomy.version,
        }

    def cache_totals(self) -> list[tuple[str, int, int]]:
        """(cache, hits, misses) since start, as the caches count them themselves."""
        analysis, query = self.analyzer.cache_info(), self.plainsight.query_for.cache_info()
        return [("analysis", analysis.hits, analysis.misses), ("query", query.hits, query.misses),
                ("decision", self.plainsight.decision_hits, self.plainsight.decision_misses)]

    def refresh_errors(self) -> list[tuple[str, str, int]]:
        """(source, error class, total) of the failed refreshes of the index and the oversight state."""
        return [(source, error, total)
                for source, holder in (("index_refresh", self.index), ("oversight_refresh", self.oversight))
                for error, total in list(holder.refresh_errors.items())]

    def gauges(self) -> Gauges:
        index = self.index.current()
        return Gauges(len(index), index.version, self.index.stale, self.oversight.current().kill is not None)
