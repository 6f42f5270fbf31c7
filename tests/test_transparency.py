"""The transparency page and document, generated from the live configuration."""

from __future__ import annotations

from engine.services.transparency import REGISTER_FIELDS
from tests.conftest import make_app


def test_document_has_every_section_and_register_field(client) -> None:
    doc = client.get("/transparency.json?lang=en").json
    for section in ("purpose", "how_matching_works", "signals_used", "signals_never_used", "versions",
                    "retention", "human_oversight", "contact", "algoritmeregister"):
        assert doc[section], section
    register = doc["algoritmeregister"]
    assert set(REGISTER_FIELDS) <= set(register)
    assert all(register[field] not in ("", None, []) for field in REGISTER_FIELDS)
    assert "cookies" in doc["signals_never_used"]


def test_document_follows_the_live_settings_and_models(redis_server, fresh_db, tmp_path) -> None:
    from engine.web.runtime import get_runtime

    app = make_app(redis_server, fresh_db[0], tmp_path, preferences_retention_days=45, controller="Gemeente Test")
    doc = app.test_client().get("/transparency.json").json
    runtime = get_runtime(app)
    assert doc["retention"]["stated_preferences_days"] == 45
    assert doc["contact"] == doc["algoritmeregister"]["organization"] == "Gemeente Test"
    assert doc["versions"]["taxonomy"] == runtime.transparency.taxonomy.version
    assert doc["versions"]["pipelines"] == runtime.transparency.analyzer.versions


def test_page_in_both_languages(client) -> None:
    dutch = client.get("/transparency", headers={"Accept-Language": "nl"}).get_data(as_text=True)
    english = client.get("/transparency?lang=en").get_data(as_text=True)
    assert "Hoe Plainsight werkt" in dutch and "Wat we nooit gebruiken" in dutch
    assert "How Plainsight works" in english and "What we never use" in english
    assert "<script" not in english
