"""Inclusive-language check: the endpoint, and precision and recall on a labelled set."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from engine.domain.lint import CATEGORIES, lint

EVAL = json.loads((Path(__file__).parent / "data" / "lint_eval.json").read_text(encoding="utf-8"))["sentences"]
PRECISION_FLOOR, RECALL_FLOOR = 0.95, 0.95


def evaluate() -> tuple[float, float, list]:
    true_positive = false_positive = false_negative = 0
    errors = []
    for item in EVAL:
        found = {f.category for f in lint(item["text"], item["language"])[0]}
        expected = set(item["categories"])
        true_positive += len(found & expected)
        false_positive += len(found - expected)
        false_negative += len(expected - found)
        if found != expected:
            errors.append((item["text"], sorted(expected), sorted(found)))
    precision = true_positive / (true_positive + false_positive) if true_positive + false_positive else 1.0
    recall = true_positive / (true_positive + false_negative) if true_positive + false_negative else 1.0
    return precision, recall, errors


def test_labelled_set_is_bilingual_and_has_lookalikes() -> None:
    assert {i["language"] for i in EVAL} == {"nl", "en"}
    assert sum(not i["categories"] for i in EVAL) >= 20
    assert all(set(i["categories"]) <= set(CATEGORIES) for i in EVAL)


def test_precision_and_recall() -> None:
    precision, recall, errors = evaluate()
    print(f"\nlint on {len(EVAL)} sentences: precision {precision:.3f}, recall {recall:.3f}; errors: {errors}")
    assert precision >= PRECISION_FLOOR and recall >= RECALL_FLOOR, errors


def test_finding_shape_and_span(client) -> None:
    text = "Wij zoeken een secretaresse, maximaal 35 jaar."
    findings = client.post("/v1/lint", json={"text": text, "language": "nl"}).json["findings"]
    by_category = {f["category"]: f for f in findings}
    assert set(by_category) == {"gender", "age"}
    age = by_category["age"]
    assert text[age["start"]:age["end"]] == age["text"] == "maximaal 35 jaar"
    assert age["severity"] == "hard" and age["suggestion"]
    assert by_category["gender"]["severity"] == "soft"


def test_neutral_text_has_no_findings_and_language_is_detected(client) -> None:
    response = client.post("/v1/lint", json={"text": "We are looking for a nurse to join our ward in Utrecht."}).json
    assert response == {"language": "en", "findings": []}


@pytest.mark.parametrize("body", [{}, {"text": 5}, {"text": "x", "language": "de"}, {"text": "x", "user_id": 1}])
def test_bad_lint_requests(client, body: dict) -> None:
    response = client.post("/v1/lint", json=body)
    assert response.status_code == 422 and "error" in response.json
