"""Inclusive-language check: the endpoint, and precision and recall on a labelled set."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from engine.domain.lint import CATEGORIES, GROUNDS, lint

EVAL = json.loads((Path(__file__).parent / "data" / "lint_eval.json").read_text(encoding="utf-8"))["sentences"]
PRECISION_FLOOR, RECALL_FLOOR = 0.95, 0.95
# the labelled set predates the appearance category: its looks findings were labelled "other" (issue 14)
RELABELLED = {"other": "appearance"}


def evaluate() -> tuple[float, float, list]:
    true_positive = false_positive = false_negative = 0
    errors = []
    for item in EVAL:
        found = {f.category for f in lint(item["text"], item["language"])[0]}
        expected = {RELABELLED.get(category, category) for category in item["categories"]}
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
    assert {"appearance", "religion"} <= set(CATEGORIES) and set(GROUNDS) == set(CATEGORIES)


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
    assert age["severity"] == "hard" and age["suggestion"] and age["ground"] == "WGBL"
    # a gendered title without the other form is a discriminating requirement (issue 14), no longer soft
    assert by_category["gender"]["severity"] == "hard" and by_category["gender"]["ground"] == "AWGB, WGB m/v"


def test_neutral_text_has_no_findings_and_language_is_detected(client) -> None:
    response = client.post("/v1/lint", json={"text": "We are looking for a nurse to join our ward in Utrecht."}).json
    assert response == {"language": "en", "findings": []}


@pytest.mark.parametrize("body", [{}, {"text": 5}, {"text": "x", "language": "de"}, {"text": "x", "user_id": 1}])
def test_bad_lint_requests(client, body: dict) -> None:
    response = client.post("/v1/lint", json=body)
    assert response.status_code == 422 and "error" in response.json


# --- the examples of issue 14 ---------------------------------------------------------------------

@pytest.mark.parametrize(("text", "language", "category", "words"), [
    ("Wij zoeken een jonge, enthousiaste collega.", "nl", "age", "jonge"),
    ("Applicants must be between 21 and 35 years old.", "en", "age", "between 21 and 35 years old"),
    ("This role is not suitable for candidates over 50.", "en", "age", "over 50"),
    ("Wij zoeken een representatieve vrouw voor de balie.", "nl", "gender", "vrouw"),
    ("Wij zoeken een representatieve vrouw voor de balie.", "nl", "appearance", "representatieve vrouw"),
    ("Je hebt een verzorgd uiterlijk.", "nl", "appearance", "verzorgd uiterlijk"),
    ("Warehouse operative, max 30 years old.", "en", "age", "max 30 years old"),
    ("Je spreekt accentloos Nederlands.", "nl", "language", "accentloos"),
    ("Native English speaker required.", "en", "language", "Native English speaker"),
    ("Wij zoeken een christelijke boekhouder voor ons bedrijf.", "nl", "religion", "christelijke boekhouder"),
    ("Je bent net afgestudeerd en wilt het vak leren.", "nl", "age", "net afgestudeerd"),
    ("Kandidaten geboren na 1995 worden uitgenodigd.", "nl", "age", "geboren na 1995"),
    ("Je hebt maximaal 5 jaar werkervaring.", "nl", "age", "maximaal 5 jaar werkervaring"),
    ("Je hebt nog minstens 20 jaar tot je pensioen.", "nl", "age", "minstens 20 jaar tot je pensioen"),
])
def test_issue_examples_are_flagged(text: str, language: str, category: str, words: str) -> None:
    findings, _ = lint(text, language)
    assert any(f.category == category and words in text[f.start:f.end] for f in findings), findings
    assert all(f.ground == GROUNDS[f.category] and f.suggestion for f in findings)


@pytest.mark.parametrize(("text", "language"), [
    ("Wij zoeken een gastheer/gastvrouw voor ons restaurant.", "nl"),
    ("Verkoopmedewerker (m/v/x) voor 24-32 uur per week.", "nl"),
    ("Wij zijn een jong bedrijf met een groeiende klantenkring.", "nl"),
    ("Je begeleidt kinderen van 0 tot 18 jaar en hun ouders in de jeugdzorg.", "nl"),
    ("Vanwege de Alcoholwet moet je minimaal 18 jaar oud zijn.", "nl"),
    ("You need a forklift licence; by law you must be at least 18.", "en"),
    ("We are a young company with big ambitions.", "en"),
    ("We offer a competitive salary and a pension scheme.", "en"),
    ("He or she reports to the team lead.", "en"),
    ("Als geestelijk verzorger vanuit islamitische achtergrond begeleid je moslimpatiënten.", "nl"),
])
def test_issue_lookalikes_are_not_flagged(text: str, language: str) -> None:
    assert lint(text, language)[0] == []


def test_suggestions_are_in_the_language_of_the_text() -> None:
    [dutch] = lint("Je bent maximaal 28 jaar.", "nl")[0]
    [english] = lint("You are no older than 28.", "en")[0]
    assert "leeftijd" in dutch.suggestion and "age" in english.suggestion


def test_the_api_answers_the_new_categories_with_their_ground(client) -> None:
    text = "Je draagt geen hoofddoek. Je hebt geen zichtbare tatoeages."
    findings = client.post("/v1/lint", json={"text": text, "language": "nl"}).json["findings"]
    assert {(f["category"], f["ground"]) for f in findings} == {("religion", "AWGB"), ("appearance", "AWGB, WGB m/v")}


def test_every_rule_pattern_compiles() -> None:
    """Rules compile their patterns on first use (start-up compiles none): a broken pattern must
    still fail here, not on the first vacancy that holds the rule's words."""
    from engine.domain.lint.check import RULES

    patterns = [p for r in RULES for p in (r.pattern, r.unless, r.before_unless) if p is not None]
    assert len(patterns) > 200
    assert all(p.compiled().flags & re.IGNORECASE for p in patterns)
