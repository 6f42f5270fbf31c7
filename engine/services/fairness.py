"""Fairness monitor: who gets shown how often (from the aggregates only), and a counterfactual
table proving that statements about a person and gendered job titles do not move the ranking."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from engine.domain.signals import MatchRequest, validate
from engine.domain.taxonomy import Taxonomy
from engine.services.render import Plainsight
from engine.store.stats import Stats

# (interest with a personal statement or a gendered title, the same interest without / neutral)
COUNTERFACTUAL_PAIRS: tuple[tuple[str, str], ...] = (
    ("Ik ben 58 en zoek werk in de zorg", "zoek werk in de zorg"),
    ("Als alleenstaande moeder zoek ik werk als boekhouder", "zoek ik werk als boekhouder"),
    ("Ik ben moslim, chauffeur", "chauffeur"),
    ("Ik heb een beperking en zoek administratief werk", "zoek administratief werk"),
    ("Ik ben van Turkse afkomst, elektromonteur", "elektromonteur"),
    ("I am 61 years old, looking for teaching work", "looking for teaching work"),
    ("As a single father I want a warehouse job", "I want a warehouse job"),
    ("I'm a refugee, software developer", "software developer"),
    ("verpleegster", "verpleegkundige"),
    ("secretaresse", "secretaris"),
    ("serveerster", "ober"),
    ("verkoopster", "verkoper"),
    ("salesman", "salesperson"),
    ("waitress", "waiter"),
)


@dataclass(frozen=True)
class PairResult:
    with_statement: str
    without: str
    same: bool
    left: list[str]
    right: list[str]


def counterfactual_check(service: Plainsight, pairs=COUNTERFACTUAL_PAIRS, limit: int = 10) -> list[PairResult]:  # noqa: ANN001
    def ranking(interests: str) -> list[str]:
        request = validate(MatchRequest, {"preferences": {"interests": interests}, "limit": limit})
        return [m.vacancy_id for m in service.decide(request).matches]

    results = []
    for left_text, right_text in pairs:
        left, right = ranking(left_text), ranking(right_text)
        results.append(PairResult(left_text, right_text, left == right, left, right))
    return results


def exposure(stats: Stats, taxonomy: Taxonomy, vacancy_sectors: dict[str, str], first: date, last: date) -> dict:
    """Impressions by vacancy sector across context topics, from the k-suppressed aggregates."""
    report = stats.report(first, last)
    table: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    suppressed = 0
    for row in report["by_vacancy_topic_day"]:
        if row["impressions"] is None:
            suppressed += 1
            continue
        sector = vacancy_sectors.get(row["vacancy_id"], "unknown")
        table[sector][row["topic"]] += row["impressions"]
    totals = {sector: sum(topics.values()) for sector, topics in table.items()}
    grand = sum(totals.values()) or 1
    return {"k": report["k"], "from": report["from"], "to": report["to"], "suppressed_cells": suppressed,
            "by_sector": [{"sector": s, "impressions": totals[s], "share": round(totals[s] / grand, 4),
                           "by_context_topic": dict(sorted(table[s].items()))}
                          for s in sorted(table, key=lambda s: -totals[s])]}


def vacancy_sectors(index_items, taxonomy: Taxonomy) -> dict[str, str]:  # noqa: ANN001 - IndexedVacancy items
    """The sector each vacancy belongs to most strongly (its weights are closed over broader concepts)."""
    sectors = {}
    for item in index_items:
        candidates = [(weight, concept) for concept, weight in item.weights.items()
                      if concept in taxonomy and taxonomy[concept].type == "sector"]
        sectors[item.vacancy.id] = max(candidates)[1] if candidates else "unknown"
    return sectors
