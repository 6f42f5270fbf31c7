"""Every ad explains itself: in its language, with what was used and what never is."""

from __future__ import annotations

import pytest

from engine.domain.privacy import SIGNALS_NEVER_USED

NEVER = {sid for sid, _ in SIGNALS_NEVER_USED}


@pytest.mark.parametrize(("body", "language", "lead"), [
    ({"preferences": {"interests": "verpleegkundige", "language": "nl"}}, "nl", "Je ziet deze vacature omdat"),
    ({"preferences": {"interests": "nurse", "language": "en"}}, "en", "You see this vacancy because"),
    ({"context": {"title": "Personeelstekort in de zorg", "language": "nl"}}, "nl", "Je ziet deze vacature omdat"),
])
def test_explanation_shape_and_language(client, body: dict, language: str, lead: str) -> None:
    ad = client.post("/v1/render", json=body).json["ads"][0]
    explanation = ad["explanation"]
    assert ad["language"] == language
    assert explanation["summary"].startswith(lead)
    assert {s["signal"] for s in explanation["signals_not_used"]} >= NEVER
    used = {s["signal"]: s["value"] for s in explanation["signals_used"]}
    for part, values in body.items():
        for name, value in values.items():
            assert used[f"{part}.{name}"] == value
    assert explanation["reasons"] and all(
        set(r) >= {"signal", "input", "matched", "concept", "weight"} for r in explanation["reasons"])
    # absolute, from ENGINE_PUBLIC_URL (the test app's is http://localhost): it works on a partner's page
    assert explanation["url"].startswith("http://localhost/why/")


def test_context_only_explanation_names_the_page_topic(client) -> None:
    ad = client.post("/v1/render", json={"context": {"title": "Personeelstekort in de zorg loopt op",
                                                     "language": "nl"}}).json["ads"][0]
    assert "de pagina die je leest gaat over de zorg" in ad["explanation"]["summary"]
    assert all(r["signal"] == "context" for r in ad["explanation"]["reasons"])


def test_unknown_preferences_token_falls_back_to_context_and_says_so(client) -> None:
    ad = client.post("/v1/render", json={"preferences_token": "no-such-token",
                                         "context": {"title": "Werken in de zorg"}}).json["ads"][0]
    not_used = {s["signal"]: s for s in ad["explanation"]["signals_not_used"]}
    assert not_used["preferences_token"]["reason"] == "token_unknown"
    assert all(r["signal"] == "context" for r in ad["explanation"]["reasons"])


def test_text_is_only_excerpted_in_the_explanation(client) -> None:
    text = "Ziekenhuizen zoeken verpleegkundigen: het personeelstekort groeit en vacatures blijven open. " * 20
    ad = client.post("/v1/render", json={"context": {"text": text}}).json["ads"][0]
    used = {s["signal"]: s["value"] for s in ad["explanation"]["signals_used"]}
    assert len(used["context.text"]) <= 80 and used["context.text"].endswith("…")
