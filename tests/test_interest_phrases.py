"""Everyday interests and page topics (tests/data/interest_phrases.json, written by hand) each
find at least one of the concepts a careful reader would expect."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from engine.domain.taxonomy import load_taxonomy
from engine.nlp.build import MODELS_DIR
from engine.nlp.components.concepts import SPAN_KEY
from tests.conftest import shared_pipelines

PHRASES = json.loads((Path(__file__).parent / "data" / "interest_phrases.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def pipelines() -> dict:
    return {lang: shared_pipelines(MODELS_DIR)[lang] for lang in ("nl", "en")}


def test_the_set_is_large_bilingual_and_names_real_concepts() -> None:
    phrases = PHRASES["phrases"]
    taxonomy = load_taxonomy()
    assert len(phrases) >= 300
    assert {p["language"] for p in phrases} == {"nl", "en"}
    assert all(concept in taxonomy for p in phrases for concept in p["expect"])


def test_every_phrase_finds_an_expected_concept(pipelines: dict) -> None:
    missed = []
    for phrase in PHRASES["phrases"]:
        doc = pipelines[phrase["language"]](phrase["text"])
        found = {span.label_ for span in doc.spans[SPAN_KEY]}
        if not found & set(phrase["expect"]):
            missed.append((phrase["text"], sorted(found)))
    assert missed == []
