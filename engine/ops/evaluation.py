"""Match quality on the labelled set: nDCG@5 of the engine and of a BM25 keyword baseline.

Used by ``tests/test_match_quality.py`` (which holds the floor), ``bench/match_quality.py`` (the
README's table) and ``engine.ops.docs`` (the technical documentation). rank-bm25 is a development
dependency, imported only when a baseline is computed.
"""

from __future__ import annotations

import json
import math
import re
import time
from dataclasses import dataclass
from pathlib import Path

from engine.config import ROOT
from engine.domain.signals import MatchRequest, validate
from engine.web.runtime import Runtime

EVAL_SET = ROOT / "tests" / "data" / "match_eval.json"
K = 5
_TOKEN = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class QueryResult:
    id: str
    engine: float
    bm25: float
    engine_top: list[str]
    bm25_top: list[str]


def load_eval_set(path: Path = EVAL_SET) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))["queries"]


def ndcg(ranked: list[str], relevance: dict[str, int], k: int = K) -> float:
    gains = [2 ** relevance.get(v, 0) - 1 for v in ranked[:k]]
    dcg = sum(g / math.log2(i + 2) for i, g in enumerate(gains))
    ideal = sorted((2 ** r - 1 for r in relevance.values()), reverse=True)[:k]
    idcg = sum(g / math.log2(i + 2) for i, g in enumerate(ideal))
    return dcg / idcg if idcg else 0.0


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.lower())


def _query_text(request: dict) -> str:
    prefs, ctx = request.get("preferences") or {}, request.get("context") or {}
    return " ".join(filter(None, [prefs.get("interests"), ctx.get("title"), " ".join(ctx.get("keywords") or []),
                                  ctx.get("text")]))


class Bm25Baseline:
    """Okapi BM25 over title + description of the live vacancies: a keyword baseline."""

    def __init__(self, runtime: Runtime, now: float) -> None:
        from rank_bm25 import BM25Okapi

        # from the catalogue, not the index: the index keeps no descriptions
        vacancies = [r.vacancy for r in runtime.vacancies.catalogue.load_all()[1] if r.vacancy.is_live_at(now)]
        self.ids = [v.id for v in vacancies]
        self.model = BM25Okapi([_tokens(f"{v.title} {v.description}") for v in vacancies])

    def rank(self, request: dict, k: int = K) -> list[str]:
        scores = self.model.get_scores(_tokens(_query_text(request)))
        order = sorted(range(len(self.ids)), key=lambda i: (-scores[i], self.ids[i]))
        return [self.ids[i] for i in order[:k] if scores[i] > 0]


def engine_rank(runtime: Runtime, request: dict, now: float, k: int = K) -> list[str]:
    parsed = validate(MatchRequest, {**request, "limit": k})
    return [m.vacancy_id for m in runtime.ads.plainsight.decide(parsed, now).matches]


def evaluate(runtime: Runtime, queries: list[dict], now: float | None = None) -> list[QueryResult]:
    now = time.time() if now is None else now
    baseline = Bm25Baseline(runtime, now)
    results = []
    for query in queries:
        mine = engine_rank(runtime, query["request"], now)
        theirs = baseline.rank(query["request"])
        results.append(QueryResult(query["id"], ndcg(mine, query["relevance"]),
                                   ndcg(theirs, query["relevance"]), mine, theirs))
    return results


def mean(values: list[float]) -> float:
    return sum(values) / len(values) if values else 0.0
