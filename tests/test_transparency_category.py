"""``/transparency.json`` names the register's publication category in the AI Act's wording: the
engine targets job ads at candidates' stated preferences, which nothing turns off, so it is a
high-risk AI system (Annex III, point 4(a)); everything else in the document stays as it was."""

from __future__ import annotations

from flask.testing import FlaskClient

from engine.services.transparency import PUBLICATION_CATEGORY, REGISTER_FIELDS
from tests.test_openapi_contract import check_answer


def test_the_category_is_high_risk_in_both_languages_with_the_legal_reference(client: FlaskClient) -> None:
    for language in ("nl", "en"):
        doc = client.get(f"/transparency.json?lang={language}").json
        category = doc["publication_category"]
        assert category["value"] == "high_risk_ai_system"
        assert category["label"] == {"nl": "Hoog-risico AI-systeem", "en": "High-risk AI system"}
        assert "gerichte vacatures" in category["description"]["nl"]
        assert "targeted job advertisements" in category["description"]["en"]
        assert "2024/1689" in category["legal_reference"]["en"] and "Annex III, point 4(a)" in \
            category["legal_reference"]["en"]
        assert "bijlage III, punt 4, onder a" in category["legal_reference"]["nl"]
        assert category["legal_reference"]["url"].startswith("https://eur-lex.europa.eu/")
        # the register block carries the standard's own (Dutch) value
        assert doc["algoritmeregister"]["publication_category"] == "Hoog-risico AI-systeem"


def test_the_rest_of_the_document_is_unchanged(client: FlaskClient) -> None:
    doc = client.get("/transparency.json?lang=en").json
    assert set(doc) == {"purpose", "how_matching_works", "signals_used", "signals_never_used", "versions",
                        "retention", "human_oversight", "contact", "algoritmeregister", "publication_category"}
    assert set(doc["algoritmeregister"]) == set(REGISTER_FIELDS)
    assert doc["signals_used"]["stated_preferences"] == ["interests", "location", "hours", "remote", "language"]


def test_the_answer_follows_the_openapi_document(client: FlaskClient) -> None:
    check_answer("GET", "/transparency.json", client.get("/transparency.json"))
    assert PUBLICATION_CATEGORY["value"] in ("high_risk_ai_system", "impactful_algorithm", "other_algorithm")


def test_the_page_names_the_category(client: FlaskClient) -> None:
    dutch = client.get("/transparency?lang=nl").get_data(as_text=True)
    english = client.get("/transparency?lang=en").get_data(as_text=True)
    assert "Registercategorie" in dutch and "Hoog-risico AI-systeem" in dutch
    assert "Register category" in english and "High-risk AI system" in english
    assert 'data-value="high_risk_ai_system"' in english
