"""Fairness monitor: exposure by sector from the aggregates, and the counterfactual table."""

from __future__ import annotations

from engine.services.fairness import COUNTERFACTUAL_PAIRS, counterfactual_check
from engine.web.runtime import get_runtime
from tests.conftest import ADMIN


def test_counterfactual_pairs_rank_the_same(app) -> None:
    results = counterfactual_check(get_runtime(app).ads.plainsight)
    assert len(results) == len(COUNTERFACTUAL_PAIRS)
    assert [r for r in results if not r.same] == []
    assert all(r.right for r in results)  # every pair finds something, so "same" is not "both empty"


def test_counterfactual_command(app) -> None:
    result = app.test_cli_runner().invoke(args=["fairness", "counterfactual"])
    assert result.exit_code == 0 and f"all {len(COUNTERFACTUAL_PAIRS)} pairs rank the same" in result.output


def test_exposure_by_sector(fresh_app, demo_payload) -> None:
    client = fresh_app.test_client()
    client.post("/v1/vacancies", json=demo_payload, headers=ADMIN)
    for _ in range(12):
        client.post("/v1/render", json={"context": {"title": "Personeelstekort in de zorg", "language": "nl"}})
    client.post("/v1/render", json={"context": {"title": "Five lessons from moving to Kubernetes"}})
    report = client.get("/v1/fairness/exposure", headers=ADMIN).json
    assert report["k"] == 10 and report["suppressed_cells"] >= 1  # the one tech impression is below k
    (row,) = report["by_sector"]
    assert row["sector"] == "sector.healthcare" and row["impressions"] == 12 and row["share"] == 1.0
    assert row["by_context_topic"] == {"sector.healthcare": 12}
    assert client.get("/v1/fairness/exposure").status_code == 401
